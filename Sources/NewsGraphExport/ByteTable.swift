import NewsGraph
#if canImport(Glibc)
    import Glibc
#endif

/// A hash table keyed by byte strings (Swift's seeded hash of the bytes), for the readers: key ids to columns,
/// predicate names to predicates, document ids to their shared `String`, node ids to entity
/// ids. Looking a key up neither allocates nor builds a `String`; the keys' bytes live in one
/// array, each slot is 16 bytes (hash, length, offset), and values are held densely.
struct ByteTable<Value> {
    private struct Slot {
        var hash: UInt32 = 0  // 0: empty
        var length: UInt32 = 0
        var offset = 0  // of the key in `bytes`
        var index = 0  // of the value in `values`
    }
    private var slots: [Slot]
    private var bytes: [UInt8] = []
    private var values: [Value] = []
    private var mask: Int
    var count: Int { values.count }

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// ``WordTable/hash(bytes:)``, seeded (not FNV-1a, whose collisions chain: a file could
    /// hold any number of node ids with one FNV-1a hash, and probing them was quadratic).
    /// Values are held in insertion order and nothing iterates the slots, so nothing read
    /// depends on the seed.
    @inline(__always) static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        WordTable.hash(bytes: bytes) | 1  // never 0, the empty slot's mark
    }

    /// The slot holding these bytes, or the empty slot they would take.
    @inline(__always) private func slot(_ key: UnsafeRawBufferPointer, _ hash: UInt32) -> Int {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBytes { bytes in
                var slot = Int(hash) & mask
                while slots[slot].hash != 0 {
                    if slots[slot].hash == hash && Int(slots[slot].length) == key.count
                        && (key.count == 0
                            || memcmp(bytes.baseAddress! + slots[slot].offset, key.baseAddress!, key.count) == 0)
                    {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
                return slot
            }
        }
    }

    /// The value for these bytes, if any.
    subscript(_ key: UnsafeRawBufferPointer) -> Value? {
        let slot = slot(key, Self.hash(key))
        return slots[slot].hash == 0 ? nil : values[slots[slot].index]
    }

    /// The value for these bytes, made by `make` and kept if new.
    mutating func value(_ key: UnsafeRawBufferPointer, _ make: () -> Value) -> Value {
        let hash = Self.hash(key)
        let slot = slot(key, hash)
        if slots[slot].hash != 0 { return values[slots[slot].index] }
        let value = make()
        set(slot, hash, key, value)
        return value
    }

    /// Sets the value for these bytes.
    mutating func set(_ key: UnsafeRawBufferPointer, _ value: Value) {
        let hash = Self.hash(key)
        let slot = slot(key, hash)
        if slots[slot].hash != 0 {
            values[slots[slot].index] = value
        } else {
            set(slot, hash, key, value)
        }
    }

    private mutating func set(_ slot: Int, _ hash: UInt32, _ key: UnsafeRawBufferPointer, _ value: Value) {
        slots[slot] = Slot(hash: hash, length: UInt32(key.count), offset: bytes.count, index: values.count)
        bytes.append(contentsOf: key)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var new = [Slot](repeating: Slot(), count: size)
        let newMask = size - 1
        for entry in slots where entry.hash != 0 {
            var slot = Int(entry.hash) & newMask
            while new[slot].hash != 0 { slot = (slot + 1) & newMask }
            new[slot] = entry
        }
        slots = new
        mask = newMask
    }

    /// Empties the table.
    mutating func removeAll() { self = ByteTable() }
}

extension String {
    /// A string from UTF-8 bytes (libxml2 gives only valid UTF-8).
    @inline(__always) init(utf8Bytes bytes: UnsafeRawBufferPointer) {
        self.init(decoding: bytes, as: UTF8.self)
    }
}
