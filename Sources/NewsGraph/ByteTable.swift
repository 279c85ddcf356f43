#if canImport(Glibc)
    import Glibc
#endif

/// A hash table keyed by byte strings, for the readers: key ids to columns, predicate names to
/// predicates, document ids to their shared `String`, node ids to entity ids. Looking a key up
/// neither allocates nor builds a `String`.
///
/// Each slot holds the key's hash, its length, the value, and the key itself when it has at
/// most 8 bytes (packed in a word; a longer key's bytes live in one array, the slot holds their
/// offset): a look-up of a short key, such as a node id `n12345` among a million, reads one slot
/// (one cache miss) instead of a slot, the key's bytes and the value in three places.
///
/// Its look-ups are `@inlinable`: the GraphML reader (another module) uses it, and called
/// across the module boundary the generic code asked the runtime for `Optional<Value>`'s
/// metadata on every look-up (10 % of the instructions of `convert` at 100k/500k, callgrind).
public struct ByteTable<Value> {
    @usableFromInline struct Slot {
        @usableFromInline var word: UInt64 = 0  // the key packed (length ≤ 8), else the offset of its bytes in `bytes`
        @usableFromInline var hash: UInt32 = 0  // 0: empty
        @usableFromInline var length: UInt32 = 0
        @usableFromInline var value: Value? = nil

        @inlinable init(word: UInt64 = 0, hash: UInt32 = 0, length: UInt32 = 0, value: Value? = nil) {
            self.word = word
            self.hash = hash
            self.length = length
            self.value = value
        }
    }
    @usableFromInline var slots: [Slot]
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// A key of up to 8 bytes as a word, the first byte lowest (one-to-one with the length).
    @inlinable @inline(__always) static func pack(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var word: UInt64 = 0
        if bytes.count == 8 { return bytes.loadUnaligned(as: UInt64.self).littleEndian }
        for index in 0..<bytes.count { word |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return word
    }

    /// Seeded, never 0 (the empty slot's mark): a short key's packed word through the standard
    /// library's hash of a word, a longer one's bytes through ``WordTable/hash(bytes:)`` (not
    /// FNV-1a, whose collisions chain: a file could hold any number of node ids with one FNV-1a
    /// hash, and probing them was quadratic). Nothing iterates the slots, so nothing read
    /// depends on the seed.
    @inlinable @inline(__always) public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        hash(bytes, bytes.count <= 8 ? pack(bytes) : 0)
    }

    @inlinable @inline(__always) static func hash(_ bytes: UnsafeRawBufferPointer, _ word: UInt64) -> UInt32 {
        if bytes.count <= 8 { return UInt32(truncatingIfNeeded: word.hashValue) | 1 }
        return WordTable.hash(bytes: bytes) | 1
    }

    /// The slot holding these bytes, or the empty slot they would take.
    @inlinable @inline(__always) func slot(_ key: UnsafeRawBufferPointer, _ word: UInt64, _ hash: UInt32) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(hash) & mask
            if key.count <= 8 {
                while slots[slot].hash != 0 {
                    if slots[slot].word == word && slots[slot].hash == hash && Int(slots[slot].length) == key.count {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
                return slot
            }
            return bytes.withUnsafeBytes { bytes in
                while slots[slot].hash != 0 {
                    if slots[slot].hash == hash && Int(slots[slot].length) == key.count
                        && memcmp(bytes.baseAddress! + Int(slots[slot].word), key.baseAddress!, key.count) == 0
                    {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
                return slot
            }
        }
    }

    /// Starts loading the slot where a look-up of these bytes begins (see ``prefetch(_:)``):
    /// for a look-up whose key is known early.
    @inlinable @inline(__always) public func prefetch(_ key: UnsafeRawBufferPointer) {
        let word = key.count <= 8 ? Self.pack(key) : 0
        let slot = Int(Self.hash(key, word)) & mask
        slots.withUnsafeBufferPointer { NewsGraph.prefetch($0.baseAddress! + slot) }
    }

    /// When the table holds these bytes and their value keeps a native `String` of 16 bytes or
    /// more at byte `offset`: starts loading that string's storage (its reference count and
    /// first bytes), for a reader that will copy or compare it soon, after its slot has come in
    /// (``prefetch(_:)`` some records before). Read from the value's bits, without a retain:
    /// only a hint (bits that are no address load nothing of use, and a prefetch never faults).
    @inlinable public func prefetchString(_ key: UnsafeRawBufferPointer, at offset: Int) {
        let word = key.count <= 8 ? Self.pack(key) : 0
        let index = slot(key, word, Self.hash(key, word))
        guard let valueOffset = MemoryLayout<Slot>.offset(of: \Slot.value) else { return }
        slots.withUnsafeBufferPointer { slots in
            guard slots[index].hash != 0 else { return }
            // A `String`'s second word: flags in the top byte (bit 61: a small string, held
            // inline), the storage's address below them.
            let object = (UnsafeRawPointer(slots.baseAddress! + index) + valueOffset + offset + 8).loadUnaligned(as: UInt64.self)
            guard object & 0x2000_0000_0000_0000 == 0,
                let address = UnsafeRawPointer(bitPattern: UInt(object & 0x00FF_FFFF_FFFF_FFFF))
            else { return }
            NewsGraph.prefetch(address)
            NewsGraph.prefetch(address + 32)
        }
    }

    /// The value for these bytes, if any.
    @inlinable public subscript(_ key: UnsafeRawBufferPointer) -> Value? {
        let word = key.count <= 8 ? Self.pack(key) : 0
        return slots[slot(key, word, Self.hash(key, word))].value
    }

    /// The value for these bytes, made by `make` and kept if new.
    @inlinable public mutating func value(_ key: UnsafeRawBufferPointer, _ make: () -> Value) -> Value {
        let word = key.count <= 8 ? Self.pack(key) : 0
        let hash = Self.hash(key, word)
        let slot = slot(key, word, hash)
        if let value = slots[slot].value { return value }
        let value = make()
        set(slot, word, hash, key, value)
        return value
    }

    /// Sets the value for these bytes.
    @inlinable public mutating func set(_ key: UnsafeRawBufferPointer, _ value: Value) {
        let word = key.count <= 8 ? Self.pack(key) : 0
        let hash = Self.hash(key, word)
        let slot = slot(key, word, hash)
        if slots[slot].hash != 0 {
            slots[slot].value = value
        } else {
            set(slot, word, hash, key, value)
        }
    }

    /// Calls `body` with the value for these bytes (`nil`: none) to change it in place; a value
    /// given where there was none is added (one look-up where reading, then setting, took two).
    @inlinable public mutating func modify(_ key: UnsafeRawBufferPointer, _ body: (inout Value?) -> Void) {
        let word = key.count <= 8 ? Self.pack(key) : 0
        let hash = Self.hash(key, word)
        let slot = slot(key, word, hash)
        if slots[slot].hash != 0 {
            body(&slots[slot].value)
        } else {
            var value: Value? = nil
            body(&value)
            if let value { set(slot, word, hash, key, value) }
        }
    }

    @usableFromInline mutating func set(_ slot: Int, _ word: UInt64, _ hash: UInt32, _ key: UnsafeRawBufferPointer, _ value: Value) {
        var word = word
        if key.count > 8 {
            word = UInt64(bytes.count)
            bytes.append(contentsOf: key)
        }
        slots[slot] = Slot(word: word, hash: hash, length: UInt32(key.count), value: value)
        count += 1
        if count * 2 > slots.count { grow() }
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
    public mutating func removeAll() { self = ByteTable() }
}
