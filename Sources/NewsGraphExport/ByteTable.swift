/// A small hash table keyed by byte strings (FNV-1a), for the readers: key ids to columns,
/// predicate names to predicates, document ids to their shared `String`. Looking a key up
/// neither allocates nor builds a `String`.
struct ByteTable<Value> {
    private var hashes: [UInt32]
    private var keys: [[UInt8]]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: [], count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash | 1  // never 0, the empty slot's mark
    }

    @inline(__always) private func slot(_ bytes: UnsafeRawBufferPointer, _ hash: UInt32) -> Int {
        var slot = Int(hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash && keys[slot].count == bytes.count
                && keys[slot].withUnsafeBytes({ $0.elementsEqual(bytes) })
            {
                return slot
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// The value for these bytes, if any.
    subscript(_ bytes: UnsafeRawBufferPointer) -> Value? {
        values[slot(bytes, Self.hash(bytes))]
    }

    /// The value for these bytes, made by `make` and kept if new.
    mutating func value(_ bytes: UnsafeRawBufferPointer, _ make: () -> Value) -> Value {
        let hash = Self.hash(bytes)
        let slot = slot(bytes, hash)
        if let value = values[slot] { return value }
        let value = make()
        set(slot, hash, bytes, value)
        return value
    }

    /// Sets the value for these bytes.
    mutating func set(_ bytes: UnsafeRawBufferPointer, _ value: Value) {
        let hash = Self.hash(bytes)
        let slot = slot(bytes, hash)
        if values[slot] != nil {
            values[slot] = value
        } else {
            set(slot, hash, bytes, value)
        }
    }

    private mutating func set(_ slot: Int, _ hash: UInt32, _ bytes: UnsafeRawBufferPointer, _ value: Value) {
        hashes[slot] = hash
        keys[slot] = Array(bytes)
        values[slot] = value
        count += 1
        if count * 2 > hashes.count { grow() }
    }

    private mutating func grow() {
        let old = (hashes, keys, values)
        self = ByteTable(capacity: hashes.count)
        for index in old.0.indices where old.0[index] != 0 {
            old.1[index].withUnsafeBytes { set($0, old.2[index]!) }
        }
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
