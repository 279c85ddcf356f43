/// A set of words numbered in insertion order, looked up with a cheap byte hash. The
/// tokenizer numbers every token's norm with one (`CompiledLexicon.intern`), and the
/// writers find both ends of every relation among the sorted entity ids with one
/// (`GraphOrder`): in both, the standard library's seeded SipHash of each string was a
/// measurable part of the time.
///
/// Words are equal as Swift strings are (canonical equivalence: "é" precomposed or as "e"
/// and a combining accent): ASCII words, whose bytes decide, go through the byte hash;
/// the others through a standard dictionary, which hashes them normalized.
public struct WordTable: Sendable {
    /// Per slot, the word's number + 1 (0: empty).
    private var slots: [Int32]
    private var hashes: [UInt32]
    public private(set) var words: [String] = []
    private var mask: Int
    /// The numbers of the words that are not all ASCII.
    private var others: [String: Int32] = [:]

    /// A table for about `capacity` words.
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        hashes = Array(repeating: 0, count: size)
        mask = size - 1
    }

    public var count: Int { words.count }

    /// FNV-1a over the UTF-8 bytes, or `nil` when a byte is not ASCII.
    @inline(__always) private static func hash(_ word: String) -> UInt32? {
        var hash: UInt32 = 2_166_136_261
        var all: UInt8 = 0
        for byte in word.utf8 {
            all |= byte
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return all < 0x80 ? hash : nil
    }

    /// The number of `word`, if it is in the table.
    public func number(of word: String) -> Int32? {
        guard let hash = Self.hash(word) else { return others[word] }
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if hashes[slot] == hash && words[Int(entry - 1)] == word { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `word`, added with the next number if it is new.
    public mutating func insert(_ word: String) -> Int32 {
        guard let hash = Self.hash(word) else {
            if let number = others[word] { return number }
            let number = Int32(words.count)
            words.append(word)
            others[word] = number
            return number
        }
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if hashes[slot] == hash && words[Int(entry - 1)] == word { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let number = Int32(words.count)
        words.append(word)
        slots[slot] = number + 1
        hashes[slot] = hash
        if words.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        let old = words
        self = WordTable(capacity: slots.count)
        for word in old { _ = insert(word) }
    }
}
