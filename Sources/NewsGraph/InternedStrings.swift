#if canImport(Glibc)
    import Glibc
#endif

/// Strings numbered by their exact bytes, in the order first seen: a ``RelationTable`` column
/// holds a 4-byte number where a relation held a 16-byte `String`, and each distinct string
/// is kept once.
///
/// Two strings get one number only when their UTF-8 is the same (not merely canonically
/// equivalent, as Swift's `==` has it): a number gives back the very spelling it was given.
/// The index is an open-addressing table of 8-byte slots (the hash and the number) hashed with ``RelationTable/part(_:)``
/// (which gives canonically equal strings, a fortiori equal bytes, one hash), and can be let
/// go (``dropIndex()``) and built again when a string is next added.
struct InternedStrings: Sendable {
    /// The strings, by number.
    private(set) var strings: [String] = []
    /// Each string's ``RelationTable/part(_:)``.
    private(set) var hashes: [UInt32] = []
    /// Per slot, the string's hash in the high 32 bits and its number + 1 in the low 32 (0: empty).
    private var slots: [UInt64] = []
    private var mask = -1

    init() {}

    var count: Int { strings.count }

    subscript(number: UInt32) -> String { strings[Int(number)] }

    /// The number of `string`, whose ``RelationTable/part(_:)`` is `hash`, added if new.
    mutating func number(_ string: String, hash: UInt32) -> UInt32 {
        if mask < 0 { reindex() }
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let number = UInt32(truncatingIfNeeded: entry) - 1
                if Self.sameBytes(strings[Int(number)], string) { return number }
            }
            slot = (slot + 1) & mask
        }
        precondition(strings.count < Int(UInt32.max) - 1, "too many distinct strings")
        let number = UInt32(strings.count)
        strings.append(string)
        hashes.append(hash)
        slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
        if strings.count * 10 > slots.count * 7 { rebuild(capacity: strings.count) }
        return number
    }

    /// The number of `string`, added if new.
    mutating func number(_ string: String) -> UInt32 { number(string, hash: RelationTable.part(string)) }

    /// Lets the index go; the next ``number(_:hash:)`` builds it again.
    mutating func dropIndex() {
        slots = []
        mask = -1
    }

    private mutating func reindex() {
        slots = []
        mask = -1
        rebuild(capacity: Swift.max(8, strings.count))
    }

    /// A table under 70 % full with `capacity` strings, holding every string.
    private mutating func rebuild(capacity: Int) {
        var size = 16
        while capacity * 10 > size * 7 { size <<= 1 }
        var new = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        hashes.withUnsafeBufferPointer { hashes in
            for number in hashes.indices {
                var slot = Int(hashes[number]) & newMask
                while new[slot] != 0 { slot = (slot + 1) & newMask }
                new[slot] = UInt64(hashes[number]) << 32 | UInt64(number + 1)
            }
        }
        slots = new
        mask = newMask
    }

    /// Starts loading the slot where looking up a string of this hash begins.
    func prefetch(hash: UInt32) {
        guard mask >= 0 else { return }
        slots.withUnsafeBufferPointer { NewsGraph.prefetch($0.baseAddress! + (Int(hash) & mask)) }
    }

    /// Whether two strings have the same UTF-8.
    @inline(__always) static func sameBytes(_ a: String, _ b: String) -> Bool {
        // The same representation (one storage, or the same small string): the same bytes. (A
        // `String` is two words on the 64-bit platforms this builds for; the test folds away.)
        if MemoryLayout<String>.size == 16,
            unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
        {
            return true
        }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in bytesEqual(UnsafeRawBufferPointer(x), UnsafeRawBufferPointer(y)) } }
    }
}

/// Whether two runs of bytes are equal (the one byte comparison of the entity, relation and
/// sentence tables).
@inline(__always) func bytesEqual(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Bool {
    x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
}
