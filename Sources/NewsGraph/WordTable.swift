/// A set of words numbered in insertion order, looked up with a byte hash. The
/// tokenizer numbers every token's norm with one (`CompiledLexicon.intern`), and the
/// writers find both ends of every relation among the sorted entity ids with one
/// (`GraphOrder`): in both, a standard `[String: Int32]` was a measurable part of the time.
///
/// Words are equal as Swift strings are (canonical equivalence: "é" precomposed or as "e"
/// and a combining accent): ASCII words, whose bytes decide, go through the byte hash; so do
/// the few others that are canonically equivalent to an ASCII string (U+212A KELVIN SIGN is
/// "K"), filed under that string's hash; the rest go through a standard dictionary, which
/// hashes them normalized.
public struct WordTable: Sendable {
    /// Per slot, the word's hash in the high 32 bits and its number + 1 in the low 32 (0:
    /// empty): one read tells whether the slot may hold the word.
    private var slots: [UInt64]
    public private(set) var words: [String] = []
    private var mask: Int
    /// The numbers of the words that have no ASCII form (see ``asciiFormHash(_:)``).
    private var others: [String: Int32] = [:]

    /// A table for about `capacity` words.
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    public var count: Int { words.count }

    /// Lets go of the room the words' array grew into beyond its words (up to half of it, 16
    /// bytes a word): for a table that is built once and then only read, as the lexicon's
    /// vocabulary. Numbers and look-ups are unchanged.
    public mutating func shrinkToFit() {
        if words.capacity > words.count { words = words.withUnsafeBufferPointer { Array($0) } }
    }

    /// The hash of an ASCII word: Swift's seeded hash of its bytes (SipHash-1-3, a new seed per
    /// process). Not a fixed hash such as FNV-1a, whose collisions chain (two blocks that
    /// collide from one state collide after any common prefix and before any common suffix):
    /// a file could hold any number of words with one FNV-1a hash, and probing them was
    /// quadratic (32,768 such node ids, 4.4 MB of GraphML, took `stats` 80 s). Numbers are
    /// given in insertion order and nothing iterates the slots, so no number and no output
    /// depends on the seed.
    /// The byte tables of the readers, the validator and the segmenter use it too.
    @inlinable @inline(__always) public static func hash(bytes: UnsafeRawBufferPointer) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return UInt32(truncatingIfNeeded: hasher.finalize())
    }

    /// ``hash(bytes:)`` of the UTF-8 bytes, or `nil` when a byte is not ASCII.
    @inline(__always) static func hash(_ word: String) -> UInt32? {
        if let hash = word.utf8.withContiguousStorageIfAvailable({ asciiHash(UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        return Array(word.utf8).withUnsafeBytes { asciiHash($0) }
    }

    @inline(__always) private static func asciiHash(_ bytes: UnsafeRawBufferPointer) -> UInt32? {
        var all: UInt8 = 0
        for byte in bytes { all |= byte }
        return all < 0x80 ? hash(bytes: bytes) : nil
    }

    /// The byte hash a word that is not all ASCII is filed under: when every scalar is ASCII or
    /// one of ``asciiEquivalents``, the word is canonically equivalent to the ASCII string
    /// they spell ("\u{212A}enya" is "Kenya") and takes that string's hash (the same bytes
    /// through ``hash(bytes:)``); else `nil` (it is in ``others``). Nothing else can be:
    /// composing only ever makes non-ASCII characters.
    static func asciiFormHash(_ word: String) -> UInt32? {
        // Each scalar gives one byte, and takes at least one byte of UTF-8.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.utf8.count) { buffer in
            var count = 0
            for scalar in word.unicodeScalars {
                if scalar.isASCII {
                    buffer[count] = UInt8(scalar.value)
                } else if let ascii = asciiEquivalents[scalar.value] {
                    buffer[count] = ascii
                } else {
                    return nil
                }
                count += 1
            }
            return hash(bytes: UnsafeRawBufferPointer(start: buffer.baseAddress, count: count))
        }
    }

    /// The non-ASCII scalars whose canonical decomposition is one ASCII character, so that a
    /// Swift string holding them equals an ASCII string: GREEK QUESTION MARK (";"), GREEK
    /// VARIA ("`") and KELVIN SIGN ("K"). A test checks the list against every scalar.
    public static let asciiEquivalents: [UInt32: UInt8] = [
        0x037E: UInt8(ascii: ";"), 0x1FEF: UInt8(ascii: "`"), 0x212A: UInt8(ascii: "K"),
    ]

    /// The number of `word`, if it is in the table.
    public func number(of word: String) -> Int32? {
        if let hash = Self.hash(word) { return number(of: word, hash: hash) }
        if let number = others[word] { return number }
        guard let hash = Self.asciiFormHash(word) else { return nil }
        return number(of: word, hash: hash)
    }

    @inline(__always) private func number(of word: String, hash: UInt32) -> Int32? {
        probe(word, hash).number
    }

    /// Where `word`, filed under `hash`, is: its number, or the empty slot it would take.
    @inline(__always) private func probe(_ word: String, _ hash: UInt32) -> (number: Int32?, slot: Int) {
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash && words[Int(entry & 0xFFFF_FFFF) - 1] == word {
                return (Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, slot)
            }
            slot = (slot + 1) & mask
        }
    }

    /// How many words ``numbers(_:_:_:)`` looks up together.
    public static let batchSize = 32

    /// The numbers of `count` words at once (at most ``batchSize``): `result(i, n)` is called
    /// for `i` in `0..<count` with the number of `word(i)`, or `nil`. `word` may be called more
    /// than once for each `i` and must give the same word.
    ///
    /// In a table much larger than the caches, looking words up one after the other waits
    /// for one or two cache misses at a time. This reads the slots of the whole batch first,
    /// then the words they point to, so that the misses of the batch overlap.
    public func numbers(_ count: Int, _ word: (Int) -> String, _ result: (Int, Int32?) -> Void) {
        precondition(count <= Self.batchSize)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.batchSize) { hashes in
            var touched: UInt64 = 0
            slots.withUnsafeBufferPointer { slots in
                // The first slot each word probes: independent reads, in flight together.
                for i in 0..<count {
                    if let hash = Self.hash(word(i)) {
                        hashes[i] = UInt64(hash)
                        touched &+= slots[Int(hash) & mask]
                    } else {
                        hashes[i] = UInt64.max
                    }
                }
                // The word each of those slots holds (the string's count is read where the
                // array holds the string, which is where a short string's bytes are).
                words.withUnsafeBufferPointer { words in
                    for i in 0..<count where hashes[i] != UInt64.max {
                        let entry = slots[Int(hashes[i]) & mask]
                        if entry != 0 { touched &+= UInt64(words[Int(entry & 0xFFFF_FFFF) - 1].utf8.count) }
                    }
                }
            }
            keep(touched)
            for i in 0..<count {
                let word = word(i)
                result(i, hashes[i] == UInt64.max ? number(of: word) : number(of: word, hash: UInt32(truncatingIfNeeded: hashes[i])))
            }
        }
    }

    /// Keeps the reads that only bring cache lines in from being optimized away.
    @inline(never) private func keep(_: UInt64) {}

    /// The number of `word`, added with the next number if it is new.
    public mutating func insert(_ word: String) -> Int32 {
        let hash: UInt32
        if let ascii = Self.hash(word) {
            hash = ascii
        } else if let number = others[word] {
            return number
        } else if let form = Self.asciiFormHash(word) {
            hash = form
        } else {
            let number = Int32(words.count)
            words.append(word)
            others[word] = number
            return number
        }
        let (found, slot) = probe(word, hash)
        if let found { return found }
        let number = Int32(words.count)
        words.append(word)
        slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
        if words.count * 2 > slots.count { grow() }
        return number
    }

    /// The longest walk, in slots, from a word's first probe to the slot that holds it: what a
    /// look-up may have to read. For tests (colliding hashes would make it grow with the table).
    var longestProbe: Int {
        var longest = 0
        for (slot, entry) in slots.enumerated() where entry != 0 {
            longest = Swift.max(longest, (slot - Int(entry >> 32)) & mask)
        }
        return longest
    }

    private mutating func grow() {
        let old = words
        self = WordTable(capacity: slots.count)
        for word in old { _ = insert(word) }
    }
}
