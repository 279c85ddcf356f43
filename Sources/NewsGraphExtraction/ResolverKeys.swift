/// The resolver's number for the norm of a token: the document's local word number
/// (``Segmentation/localWord``), except that norms which are the same `String` by canonical
/// equivalence ("Müller" composed and decomposed) share the number of the first of them, as
/// `String` keys compared them. Numbers are dense, from 0 to the document's distinct norms.
struct ResolverWords {
    private let tokens: Tokens
    private let strings: TokenStrings
    private let localOfString: [Int32]
    /// The document's distinct norms (local word numbers are `0..<localWordCount`).
    private let localWordCount: Int
    /// Per local word, the number of the first equal one; empty when every norm is ASCII
    /// without ";", "`" or "K" (the only ASCII characters that have a canonical equivalent),
    /// where the local numbers are the answer.
    private let canonical: [Int32]

    init(_ seg: Segmentation) {
        tokens = seg.tokens
        strings = seg.strings
        localOfString = seg.localOfString
        localWordCount = seg.localWordCount
        var canonical: [Int32] = []
        var byString: [String: Int32] = [:]
        // (In the order the document first read its strings: the first of equal norms is the one it read first.)
        for s in strings.documentStrings.lazy.map(Int.init) where s < localOfString.count && localOfString[s] >= 0 {
            // (Told by the strings, which read each one's bytes once when it was added.)
            if !strings.mayHaveEquivalent(Int32(truncatingIfNeeded: s)) { continue }
            let string = strings[Int32(truncatingIfNeeded: s)]
            let local = localOfString[s]
            if canonical.isEmpty { canonical = (0..<Int32(truncatingIfNeeded: seg.localWordCount)).map { $0 } }
            if let first = byString[string] {
                canonical[Int(local)] = first
            } else {
                byString[string] = local
            }
        }
        self.canonical = canonical
    }

    /// The number of the norm of token `k`.
    @inline(__always) subscript(k: Int) -> Int32 {
        let local = localOfString[Int(tokens.normNumber(at: k))]
        return canonical.isEmpty ? local : canonical[Int(local)]
    }

    /// The number of distinct norms (every number is below it).
    var count: Int { localWordCount }

    /// The number of a norm string if a token has it (else -2, which no token has).
    func number(_ norm: String) -> Int32 {
        guard let s = strings.existingNumber(norm), Int(s) < localOfString.count, localOfString[Int(s)] >= 0 else { return -2 }
        let local = localOfString[Int(s)]
        return canonical.isEmpty ? local : canonical[Int(local)]
    }

    /// Per word number, its text (the first norm string of that number); built when asked.
    func texts() -> [String] {
        var result = [String?](repeating: nil, count: localWordCount)
        for s in strings.documentStrings.lazy.map(Int.init) where s < localOfString.count && localOfString[s] >= 0 {
            let local = Int(localOfString[s])
            let word = canonical.isEmpty ? local : Int(canonical[local])
            if result[word] == nil { result[word] = strings[Int32(truncatingIfNeeded: s)] }
        }
        return result.map { $0 ?? "" }
    }
}

/// Sequences of word numbers, each with a tag and a value (a lexicon actor, a state), numbered
/// once per distinct key from 0 in order of first ``intern(_:_:_:)``: the resolver's cluster
/// keys ("the lexicon's actor 12", "the name 'ali hassan'", "the organ 'foreign ministry' of
/// state 7") and its sets of names. One flat table: the words of every key in one array (or,
/// for a key interned from a run of ``WordRuns``, that run's number), an
/// open-addressing index found by a seeded hash of the key and confirmed by comparing the key
/// itself, so two keys have one number only when their tag, value and words are equal.
struct WordKeyTable {
    private(set) var tags: [UInt8] = []
    private(set) var values: [Int32] = []
    /// Where the words of key `k` are: `spans[k] >= 0`, run `spans[k]` of ``runs`` (a key interned
    /// by ``intern(_:_:run:)``, not copied: the resolver's names are its mentions' runs, and a copy
    /// of their words with an end each was 8.4 MB of a text of 700k names, issue 14); else
    /// `words[~spans[k]]` is their count and the words follow it.
    private var spans: [Int32] = []
    private var words: [Int32] = []
    /// The runs keys may be read from (see ``intern(_:_:run:)``).
    var runs = WordRuns(capacity: 0, words: 0)
    // (No hash is kept per key, 4 bytes of ~30: a probe compares the key's tag and value first,
    // and ``grow()`` hashes the keys again.)
    /// Per slot, the key number + 1 (0: empty).
    private var slots: [Int32]
    private var mask: Int
    /// The bits of each hash the index uses: all of them, but in a test that makes every key
    /// collide (0), which must change no answer.
    let hashMask: UInt32

    init(capacity: Int = 8, hashMask: UInt32 = .max) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        self.hashMask = hashMask
    }

    /// The number of distinct keys.
    var count: Int { tags.count }

    /// The words of key `key`.
    func words(_ key: Int32) -> ArraySlice<Int32> {
        let span = Int(spans[Int(key)])
        if span >= 0 { return runs[span] }
        let from = ~span
        return words[(from + 1)..<(from + 1 + Int(words[from]))]
    }

    /// The number of the key, added if new.
    mutating func intern(_ tag: UInt8, _ value: Int32, _ keyWords: ArraySlice<Int32>) -> Int32 {
        let (found, slot) = find(tag, value, keyWords)
        if let found { return found }
        let key = Int32(truncatingIfNeeded: tags.count)
        // (Grown by a quarter when full, not doubled: a text of names only has a key or two per name.)
        tags.appendGrowingSlowly(tag)
        values.appendGrowingSlowly(value)
        spans.appendGrowingSlowly(~Int32(truncatingIfNeeded: words.count))
        words.makeRoom(for: words.count + 1 + keyWords.count)
        words.append(Int32(truncatingIfNeeded: keyWords.count))
        words.append(contentsOf: keyWords)
        slots[slot] = key + 1
        // (Grown past three quarters full, not half: a text of 700k names has a key a name, and
        // 4-byte slots for twice as many were 8 MB; a probe is a few slots more.)
        if tags.count * 4 > slots.count * 3 { grow() }
        return key
    }

    /// The number of the key of the words of run `run` of ``runs``, added if new (its words read
    /// from the run, not copied).
    mutating func intern(_ tag: UInt8, _ value: Int32, run: Int) -> Int32 {
        let keyWords = runs[run]
        let (found, slot) = find(tag, value, keyWords)
        if let found { return found }
        let key = Int32(truncatingIfNeeded: tags.count)
        tags.appendGrowingSlowly(tag)
        values.appendGrowingSlowly(value)
        spans.appendGrowingSlowly(Int32(truncatingIfNeeded: run))
        slots[slot] = key + 1
        // (Grown past three quarters full, as above.)
        if tags.count * 4 > slots.count * 3 { grow() }
        return key
    }

    /// The number of the key if it was added.
    func number(_ tag: UInt8, _ value: Int32, _ keyWords: ArraySlice<Int32>) -> Int32? {
        find(tag, value, keyWords).number
    }

    private func hash(_ tag: UInt8, _ value: Int32, _ keyWords: ArraySlice<Int32>) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(tag)
        hasher.combine(value)
        hasher.combine(keyWords.count)
        for word in keyWords { hasher.combine(word) }
        return UInt32(truncatingIfNeeded: hasher.finalize()) & hashMask
    }

    private func find(_ tag: UInt8, _ value: Int32, _ keyWords: ArraySlice<Int32>) -> (number: Int32?, slot: Int) {
        var slot = Int(hash(tag, value, keyWords)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (nil, slot) }
            let k = entry - 1
            if tags[k] == tag, values[k] == value {
                let known = words(Int32(truncatingIfNeeded: k))
                if known.count == keyWords.count, known.elementsEqual(keyWords) {
                    return (Int32(truncatingIfNeeded: k), slot)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for k in 0..<tags.count {
            var slot = Int(hash(tags[k], values[k], words(Int32(truncatingIfNeeded: k)))) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: k + 1)
        }
    }
}

/// Runs of word numbers (the resolver's words of each mention, then of each name), all in
/// one array: 8 bytes per run and 4 per word, where an array of `String`s per mention was
/// about 60 bytes and a `String` per word. From the first ``repeatRun(_:)`` on, a run is the
/// number of the run whose words it has (4 bytes: the resolver's names are mostly their
/// mention's words, and each took a start and a count of its own).
struct WordRuns {
    private(set) var words: [Int32] = []
    /// The runs whose words were appended: where each starts, how many words.
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    /// Runs from `firstLinked` on (once a run was repeated), each as the number of the run
    /// among `starts` whose words it has; before it, run `k` is `starts[k]`.
    private var links: [Int32] = []
    private var firstLinked = -1

    /// Room for `capacity` runs and `words` words (more words grow the array by a quarter).
    init(capacity: Int, words: Int) {
        starts.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
        self.words.reserveCapacity(words)
    }

    var count: Int { firstLinked < 0 ? starts.count : firstLinked + links.count }

    subscript(index: Int) -> ArraySlice<Int32> {
        let own = firstLinked < 0 || index < firstLinked ? index : Int(links[index - firstLinked])
        let from = Int(starts[own])
        return words[from..<from + Int(counts[own])]
    }

    /// Where the next run's words start (``appendWord(_:)`` them, then ``close(from:drop:)``).
    var end: Int { words.count }
    mutating func appendWord(_ word: Int32) { words.appendGrowingSlowly(word) }
    /// Ends a run of the words appended since `from`, without its first `drop`.
    mutating func close(from: Int, drop: Int = 0) {
        starts.appendGrowingSlowly(Int32(truncatingIfNeeded: from + drop))
        counts.appendGrowingSlowly(Int32(truncatingIfNeeded: words.count - from - drop))
        if firstLinked >= 0 { links.appendGrowingSlowly(Int32(truncatingIfNeeded: starts.count - 1)) }
    }
    /// Adds a run of the same words as run `index` (not copied).
    mutating func repeatRun(_ index: Int) {
        let own = firstLinked < 0 || index < firstLinked ? index : Int(links[index - firstLinked])
        if firstLinked < 0 { firstLinked = starts.count }
        links.appendGrowingSlowly(Int32(truncatingIfNeeded: own))
    }
}

/// Positions `0..<count` grouped by a word number given for each (a negative one: left out),
/// each word's in increasing order: the positions sorted by their word, then by position, and
/// found by binary search, each position's word read again from the function that gave it (a
/// dictionary of arrays held an array, ~80 bytes, per word of a text of names only; an offset per
/// word of the document, the positions' words and values beside them were 11 MB at the
/// resolver's peak on a text of 700k names, issue 14: here 4 bytes a position).
struct WordBuckets {
    private let positions: [Int32]

    /// No positions.
    init() { positions = [] }

    /// Groups every position `i` of `0..<count` by `word(i)` where that is not negative.
    init(count: Int, word: (Int) -> Int32) {
        var kept = 0
        for i in 0..<count where word(i) >= 0 { kept += 1 }
        var positions: [Int32] = []
        positions.reserveCapacity(kept)
        for i in 0..<count where word(i) >= 0 { positions.append(Int32(truncatingIfNeeded: i)) }
        positions.sort { a, b in
            let wa = word(Int(a)), wb = word(Int(b))
            return wa != wb ? wa < wb : a < b
        }
        self.positions = positions
    }

    /// The positions of word `word` (none for nil or a word no position has); `wordOf` is the
    /// function the buckets were made with.
    // (Not inlined: inlined into the resolver it crashed the 6.3.1 optimizer, CopyPropagation.)
    @inline(never) func positions(of word: Int32?, _ wordOf: (Int) -> Int32) -> ArraySlice<Int32> {
        guard let word, word >= 0 else { return positions[0..<0] }
        let low = positions.partitionPoint { wordOf(Int($0)) < word }
        let high = positions[low...].partitionPoint { wordOf(Int($0)) <= word }
        return positions[low..<high]
    }
}

/// A set of word sequences that is built, then sealed, then asked (the resolver's surnames of
/// the people named in full): a sequence of one word is a bit per word number, one of two words
/// a 64-bit pair in a sorted array, a longer one (a surname with its particles, "von der Leyen")
/// a key of a ``WordKeyTable``. About 8 bytes a two-word sequence and a bit a word, where a
/// ``WordKeyTable`` of them all took ~24 a key (24 MB of a text of "A of B and C of D …").
struct WordSequenceSet {
    /// Per word number, whether the one-word sequence is in the set.
    private var singles: [UInt64]
    /// The two-word sequences, the first word in the high 32 bits: sorted and unique once sealed.
    private var pairs: [UInt64] = []
    private var isSealed = false
    /// The longer sequences (and any with a negative word number, which no token has).
    private var longer: WordKeyTable

    /// A set of sequences of word numbers below `wordCount`.
    init(wordCount: Int, hashMask: UInt32 = .max) {
        singles = [UInt64](repeating: 0, count: (max(wordCount, 0) + 63) / 64)
        longer = WordKeyTable(hashMask: hashMask)
    }

    @inline(__always) private static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// Adds `words` (before ``seal()``).
    mutating func insert(_ words: ArraySlice<Int32>) {
        precondition(!isSealed, "a sealed WordSequenceSet")
        let first = words.first ?? -1
        if words.count == 1, first >= 0, Int(first) < singles.count * 64 {
            singles[Int(first) >> 6] |= 1 << UInt64(first & 63)
        } else if words.count == 2, first >= 0, words[words.startIndex + 1] >= 0 {
            pairs.appendGrowingSlowly(Self.pair(first, words[words.startIndex + 1]))
        } else {
            _ = longer.intern(0, 0, words)
        }
    }

    /// Ends the building: the pairs sorted, each once.
    mutating func seal() {
        pairs.sort()
        pairs.removeAdjacentDuplicates(by: ==)
        isSealed = true
    }

    /// Whether `words` was added (after ``seal()``).
    func contains(_ words: ArraySlice<Int32>) -> Bool {
        assert(isSealed, "ask a WordSequenceSet once sealed")
        let first = words.first ?? -1
        if words.count == 1, first >= 0, Int(first) < singles.count * 64 {
            return singles[Int(first) >> 6] & 1 << UInt64(first & 63) != 0
        }
        if words.count == 2, first >= 0, words[words.startIndex + 1] >= 0 {
            let key = Self.pair(first, words[words.startIndex + 1])
            let k = pairs.partitionPoint { $0 < key }
            return k < pairs.count && pairs[k] == key
        }
        return longer.number(0, 0, words) != nil
    }
}
