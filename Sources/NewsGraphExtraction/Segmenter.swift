import Foundation
import NewsGraph

/// A token as a ``Token`` view holds it: 8 bytes of plain data (the text as a number into the
/// document's ``TokenStrings``, two marks, the tag and kind in one byte, the token's own four
/// flags as bits; a word's shape flags are its text's, read from the strings). ``Tokens``
/// stores it in 6 bytes (``StoredToken``), with the start as a 10-bit offset from its block's
/// start.
///
/// A token is made for every ~5.5 bytes of news text (and for every byte of a text of
/// punctuation) and tokens are the largest part of the memory extraction takes; the stages read
/// them as ``Token``s through ``Tokens``, which adds the start offset and the strings the
/// numbers refer to (no pointer per stored token). What the strings know is not stored again:
/// the end offset is the start plus the text's length in scalars (a token's text is exactly the
/// scalars it covers), the norm is the text's (``TokenStrings/norm(ofText:)``: a function of the
/// text, but for a bare apostrophe read as a possessive, which a bit marks), the word number is
/// the norm's (``TokenStrings/word(ofNorm:)``). 6 bytes stored, not 24 (12 while the start was
/// stored whole, 8 while the record was stored as it is).
struct TokenRecord: Sendable, Hashable {
    var textNumber: Int32
    /// The start's offset from the start of the token's block (``Tokens/blockSize`` tokens) in
    /// the low 14 bits (unread in a wide block, whose starts are kept whole), then the two marks: bit 14,
    /// the norm is "'s" whatever the text ("the States' commitment"); bit 15, the text is string
    /// `textNumber` with its first letter upper case (``TokenStrings/foldsCapitals``).
    private var offsetAndMarks: UInt16 = 0
    /// The tag in the low 5 bits, the kind in the high 3.
    private var tagAndKind: UInt8
    var flags: UInt8 = 0

    init(textNumber: Int32, kind: Token.Kind) {
        self.textNumber = textNumber
        tagAndKind = kind.rawValue << 5 | Tag.noun.rawValue
    }

    /// A record read back from its ``StoredToken`` form (the offset is not kept: ``Tokens``
    /// reads the start itself).
    @inline(__always) init(textNumber: Int32, marks: UInt16, tagAndKind: UInt8, flags: UInt8) {
        self.textNumber = textNumber
        offsetAndMarks = marks << 14
        self.tagAndKind = tagAndKind
        self.flags = flags
    }

    /// The two marks (possessive, capital folded) in the low 2 bits.
    var marks: UInt16 { @inline(__always) get { offsetAndMarks >> 14 } }
    /// The tag in the low 5 bits, the kind in the high 3.
    var packedTagAndKind: UInt8 { @inline(__always) get { tagAndKind } }

    /// The start's offset from its block's start (set by ``Tokens/append(_:)``).
    var offset: UInt16 {
        @inline(__always) get { offsetAndMarks & 0x3FFF }
        set { offsetAndMarks = offsetAndMarks & 0xC000 | (newValue & 0x3FFF) }
    }
    /// Whether the norm is "'s" whatever the text ("the States' commitment").
    var isPossessive: Bool {
        @inline(__always) get { offsetAndMarks & 0x4000 != 0 }
        set { offsetAndMarks = newValue ? offsetAndMarks | 0x4000 : offsetAndMarks & ~0x4000 }
    }
    /// Whether the text is string `textNumber` (its norm, lower-case ASCII letters) with its
    /// first letter upper case: "Halvern" kept as "halvern" (``TokenStrings/foldsCapitals``).
    var isCapitalFolded: Bool {
        @inline(__always) get { offsetAndMarks & 0x8000 != 0 }
        set { offsetAndMarks = newValue ? offsetAndMarks | 0x8000 : offsetAndMarks & ~0x8000 }
    }

    var tag: Tag {
        get { Tag(rawValue: tagAndKind & 0x1F).unsafelyUnwrapped }
        set { tagAndKind = tagAndKind & 0xE0 | newValue.rawValue }
    }
    var kind: Token.Kind {
        get { Token.Kind(rawValue: tagAndKind >> 5).unsafelyUnwrapped }
        set { tagAndKind = tagAndKind & 0x1F | newValue.rawValue << 5 }
    }
}

/// One token of a document: a word, number or punctuation mark, with scalar offsets; a
/// ``TokenRecord`` read with the ``TokenStrings`` its numbers refer to.
///
/// The stages get tokens from a ``Tokens`` collection (a ``Segmentation``'s, or the one
/// ``Segmenter/tokenize(_:)-(String)`` returns), which owns the strings; a token holds them
/// unretained, so that copying one costs no reference counting: use a token only while the
/// collection it came from lives (every stage receives the segmentation it reads).
struct Token: Sendable, Hashable {
    enum Kind: UInt8, Sendable, Hashable { case word, number, punctuation, quote, dash }
    /// What the document stores.
    var record: TokenRecord
    /// The offset of the first scalar (the record stores it relative to its block).
    let start32: Int32
    private let strings: Unmanaged<TokenStrings>

    /// The numbers of `text` and `norm` in `strings`.
    var textNumber: Int32 { record.textNumber }
    var normNumber: Int32 { strings._withUnsafeGuaranteedRef { $0.normNumber(record) } }
    /// The number of `norm`: a ``CompiledLexicon/vocabulary`` word's number, or one of the
    /// numbers after it for the document's other words (numbered by ``CompiledLexicon/intern(_:)``
    /// per norm string; -1 before).
    var word: Int32 { strings._withUnsafeGuaranteedRef { $0.word(ofNorm: $0.normNumber(record)) } }
    /// The part of speech (set by ``Tagger``; its lemma: ``CompiledLexicon/lemma(of:)``).
    var tag: Tag {
        get { record.tag }
        set { record.tag = newValue }
    }
    var kind: Kind {
        get { record.kind }
        set { record.kind = newValue }
    }

    /// The text as written.
    var text: String { live._withUnsafeGuaranteedRef { $0.text(of: record) } }
    /// Whether the text is the one ASCII character `c`: `text == String(c)` without the `String`
    /// and its comparison. (Exact for an ASCII character that no other character is canonically
    /// equivalent to: any but ";", "`" and "K", which U+037E, U+1FEF and U+212A equal.)
    @inline(__always) func textIs(_ c: Unicode.Scalar) -> Bool {
        assert(c.value < 0x80 && c != ";" && c != "`" && c != "K", "textIs: an ASCII character without canonical equivalents")
        return live._withUnsafeGuaranteedRef {
            $0.withBytes(of: record.textNumber) { $0.count == 1 && $0[0] == UInt8(truncatingIfNeeded: c.value) }
        }
    }
    /// Whether the norm is `word` (lower-case ASCII letters, apostrophes, hyphens): `norm == word`
    /// without the `String` and its comparison. (Exact: no character but themselves is
    /// canonically equivalent to these; U+212A, equivalent to "K", is "k" in a norm.)
    @inline(__always) func normIs(_ word: StaticString) -> Bool { withNormBytes { Self.bytes($0, are: word) } }
    /// Whether the norm is one of the words (see ``normIs(_:)``): `[a, b].contains(norm)`
    /// without an array, `String`s or their comparisons; the norm's bytes are looked up once.
    @inline(__always) func normIsOne(of a: StaticString, _ b: StaticString) -> Bool {
        withNormBytes { Self.bytes($0, are: a) || Self.bytes($0, are: b) }
    }
    @inline(__always) func normIsOne(of a: StaticString, _ b: StaticString, _ c: StaticString) -> Bool {
        withNormBytes { Self.bytes($0, are: a) || Self.bytes($0, are: b) || Self.bytes($0, are: c) }
    }
    @inline(__always) func normIsOne(of a: StaticString, _ b: StaticString, _ c: StaticString, _ d: StaticString) -> Bool {
        withNormBytes { Self.bytes($0, are: a) || Self.bytes($0, are: b) || Self.bytes($0, are: c) || Self.bytes($0, are: d) }
    }
    @inline(__always) func normIsOne(
        of a: StaticString, _ b: StaticString, _ c: StaticString, _ d: StaticString, _ e: StaticString
    ) -> Bool {
        withNormBytes {
            Self.bytes($0, are: a) || Self.bytes($0, are: b) || Self.bytes($0, are: c) || Self.bytes($0, are: d)
                || Self.bytes($0, are: e)
        }
    }
    /// The norm's UTF-8 bytes, read in place.
    @inline(__always) private func withNormBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        live._withUnsafeGuaranteedRef { strings in strings.withBytes(of: strings.normNumber(record), body) }
    }
    /// Whether `bytes` are the UTF-8 of `word`: a loop over a few bytes, inlined (`elementsEqual`, a
    /// generic algorithm left out of line, was ~1 % of extracting news text, asked at most tokens).
    @inline(__always) private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, are word: StaticString) -> Bool {
        word.withUTF8Buffer { word in
            guard bytes.count == word.count else { return false }
            for k in 0..<word.count where bytes[k] != word[k] { return false }
            return true
        }
    }
    /// The strings, checked (in debug builds) to be still alive: a token holds them
    /// unretained, and a token kept past its ``Tokens`` would read freed memory.
    @inline(__always) private var live: Unmanaged<TokenStrings> {
        assert(strings._withUnsafeGuaranteedRef { $0.isAlive }, "a Token used after its Tokens collection was freed")
        return strings
    }
    /// Lower case, periods removed: the key for lexicon look-ups ("U.S." → "us").
    var norm: String { live._withUnsafeGuaranteedRef { $0[$0.normNumber(record)] } }

    /// `compute`'s readings of the norm, computed once per norm string of the document
    /// (``CompiledLexicon/analyze(_:)``, a function of the norm alone).
    @inline(__always) func analysis(_ compute: (String) -> Lexical) -> Lexical {
        live._withUnsafeGuaranteedRef { $0.analysis(ofNorm: $0.normNumber(record), compute) }
    }

    /// Whether the norm is in `list` (answered once per norm string and list).
    @inline(__always) func isIn(_ list: WordSet) -> Bool {
        live._withUnsafeGuaranteedRef { $0.isIn(list, norm: $0.normNumber(record)) }
    }

    /// Makes the norm "'s", whatever the text: a bare apostrophe or "‘s" read as a possessive.
    mutating func markPossessive() {
        record.isPossessive = true
        strings._withUnsafeGuaranteedRef { $0.numberPossessive() }
    }

    /// A stored token read with its strings.
    @inline(__always) init(_ record: TokenRecord, start32: Int32, strings: Unmanaged<TokenStrings>) {
        self.record = record
        self.start32 = start32
        self.strings = strings
    }

    /// A token of the scalars `start..<end`, whose text `text` is (its length in scalars).
    /// (`norm` must be the norm of every token of this text: ``TokenStrings/setNorm(_:ofText:)``.)
    init(start: Int, text: Int32, norm: Int32, kind: Kind, spaceBefore: Bool, strings: TokenStrings) {
        // (A document is at most 2 GiB: `ScalarText` checks it.)
        record = TokenRecord(textNumber: text, kind: kind)
        start32 = Int32(truncatingIfNeeded: start)
        strings.setNorm(norm, ofText: text)
        self.strings = Unmanaged.passUnretained(strings)
        self.spaceBefore = spaceBefore
    }

    /// A token of a text whose norm is already recorded (a token of that text was made).
    init(start: Int, text: Int32, kind: Kind, spaceBefore: Bool, strings: TokenStrings) {
        record = TokenRecord(textNumber: text, kind: kind)
        start32 = Int32(truncatingIfNeeded: start)
        self.strings = Unmanaged.passUnretained(strings)
        self.spaceBefore = spaceBefore
    }

    static func == (a: Token, b: Token) -> Bool {
        a.start32 == b.start32 && a.end == b.end && a.word == b.word && a.tag == b.tag
            && a.kind == b.kind && a.record.flags == b.record.flags && a.text == b.text && a.norm == b.norm
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(start32)
        hasher.combine(end)
        hasher.combine(text)
        hasher.combine(norm)
    }

    /// Offset of the first scalar.
    var start: Int { Int(start32) }
    /// Offset just past the last scalar: the start plus the text's length in scalars.
    var end: Int { Int(start32) + strings._withUnsafeGuaranteedRef { $0.scalarLength(record.textNumber) } }

    @inline(__always) private func flag(_ bit: UInt8) -> Bool { record.flags & bit != 0 }
    @inline(__always) private mutating func set(_ bit: UInt8, _ value: Bool) {
        if value { record.flags |= bit } else { record.flags &= ~bit }
    }

    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool {
        get { flag(1) }
        set { set(1, newValue) }
    }
    /// Whether a line break precedes the token.
    var newlineBefore: Bool {
        get { flag(2) }
        set { set(2, newValue) }
    }
    /// Whether the token sits between quotation marks.
    var inQuote: Bool {
        get { flag(4) }
        set { set(4, newValue) }
    }
    /// Whether the token is a photo credit split off a caption ("Reuters" in "EsperReuters").
    var isCredit: Bool {
        get { flag(8) }
        set { set(8, newValue) }
    }
    /// The shape flags of a word (`isCapitalized` 16, `isAllCaps` 32, `isLowerInitial` 64,
    /// `hasNameShape` 128; 0 for another kind): a function of the text, kept per text by the
    /// strings (``TokenStrings/storedShape(ofText:)``), read only where asked (a token is read
    /// far more often than its shape); a capital-folded word, "Halvern" stored as "halvern", is
    /// capitalized and name-shaped.
    @inline(__always) private var shape: UInt8 {
        guard record.kind == .word else { return 0 }
        if record.isCapitalFolded { return 0x90 }
        return live._withUnsafeGuaranteedRef { $0.storedShape(ofText: record.textNumber) }
    }
    /// First scalar is an upper-case letter (words only).
    @inline(__always) var isCapitalized: Bool { shape & 16 != 0 }
    /// Every letter is upper case and there are at least two letters ("NATO", "U.S.").
    @inline(__always) var isAllCaps: Bool { shape & 32 != 0 }
    /// First scalar is a lower-case letter.
    @inline(__always) var isLowerInitial: Bool { shape & 64 != 0 }
    /// Shaped like part of a name: a capitalized or all-capital word, or a word starting
    /// with a digit that has letters ("75th"); not a contraction ("We're"). Computed once per
    /// text (``Segmenter``) because the mention finder asks for every token many times.
    @inline(__always) var hasNameShape: Bool { shape & 128 != 0 }
}

/// A token as ``Tokens`` stores it: 6 bytes (three 16-bit words, so an array of them has no
/// padding), where a ``TokenRecord`` takes 8.
///
/// - `low`: the text's number, bits 0–15;
/// - `middle`: the text's number, bits 16–23, then the tag (5 bits) and the kind (3 bits);
/// - `high`: the start's offset from its block's start (10 bits), the two marks (possessive,
///   capital folded), then the four flags that are the token's own (`spaceBefore`,
///   `newlineBefore`, `inQuote`, `isCredit`).
///
/// The four shape flags (`isCapitalized`, `isAllCaps`, `isLowerInitial`, `hasNameShape`) are a
/// function of a word's text and are stored nowhere per token: the strings keep them per text
/// (``TokenStrings/storedShape(ofText:)``), a capital-folded word's are "capitalized,
/// name-shaped", and a token of another kind has none (``Token``'s getters read them there). A text number of ``Tokens/textLimit`` or more (a
/// document of more than 16.7 M distinct strings) is stored as the limit, its number kept in
/// a side table by position (``Tokens``' `overflow`).
struct StoredToken: Sendable {
    var low: UInt16
    var middle: UInt16
    var high: UInt16

    /// The number of the text, or ``Tokens/textLimit`` for one kept in the side table.
    @inline(__always) var text: UInt32 { UInt32(low) | UInt32(middle & 0xFF) << 16 }
    /// The start's offset from its block's start.
    var offset: Int { @inline(__always) get { Int(high & 0x3FF) } }
}

/// A document's (or a phrase's) tokens and the strings they read: stored as 6-byte
/// ``StoredToken``s, read as ``Token``s (a ``TokenRecord`` and its start).
///
/// The start offsets are stored in two parts: per block of ``blockSize`` tokens the start of its
/// first token (`blockStarts`, 32 bits), and in each stored token the offset from it (10 bits). A
/// block whose tokens do not all fit (they span more than 1,023 scalars: a very long word or run
/// of spaces, or 32 tokens of 32 scalars each on average) is wide: its entry in `blockStarts` is
/// `~k`, and its tokens' starts are whole in `wideStarts[k * blockSize ..< (k + 1) * blockSize]`.
/// ~6.1 bytes a token (a text of punctuation has a token per byte), against 8.1 with 8-byte
/// records, 12 with the start stored whole in each. Reading a token's start is two loads and no
/// call, so a token read for its text or tag, whose start goes unused, costs nothing more. A
/// token written back in place (``MutableCollection``) keeps the start of the slot it is written
/// to: tokens are never reordered (no `swapAt`, `sort` or `reverse` on them), only their tags
/// and flags rewritten.
struct Tokens: RandomAccessCollection, MutableCollection, Sendable {
    private var stored: [StoredToken] = []
    /// Per block of ``blockSize`` tokens, the start of its first token, or `~k` for the `k`th
    /// wide block.
    private var blockStarts: [Int32] = []
    /// The starts of the wide blocks' tokens, ``blockSize`` a block.
    private var wideStarts: [Int32] = []
    /// The positions (ascending) and text numbers of the tokens whose text number does not fit
    /// in 24 bits (``textLimit`` or more), a pair after the other: stored as the limit, their
    /// number here. (One array: a copy of the collection retains each.)
    private var overflow: [Int32] = []
    /// The first text number kept in the side table (2^24 - 1; lower in tests).
    let textLimit: UInt32
    /// The strings the tokens read (their owner: a token holds no reference to them).
    let strings: TokenStrings

    /// Tokens per block: a block's tokens are within 1,023 scalars of its start unless the text
    /// has on average over 32 scalars a token there.
    static let blockShift = 5
    static let blockSize = 1 << blockShift
    /// The largest offset from a block's start a stored token holds (10 bits).
    static let largestOffset = 0x3FF
    /// The largest text number a stored token holds whole, plus one (24 bits).
    static let storedTextLimit: UInt32 = 0xFF_FFFF

    init(strings: TokenStrings, textLimit: UInt32 = Tokens.storedTextLimit) {
        precondition(textLimit <= Self.storedTextLimit, "a stored text number has 24 bits")
        self.strings = strings
        self.textLimit = textLimit
    }

    var startIndex: Int { 0 }
    var endIndex: Int { stored.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    /// The start offset of token `position`, stored as `token`. (Loads only, no check that could
    /// trap: unused, the compiler drops it.)
    @inline(__always) private func start32(_ position: Int, _ token: StoredToken) -> Int32 {
        let block = blockStarts.withUnsafeBufferPointer { $0[position >> Self.blockShift] }
        if block >= 0 { return block &+ Int32(truncatingIfNeeded: token.offset) }
        return wideStarts.withUnsafeBufferPointer { $0[Int(~block) << Self.blockShift | position & (Self.blockSize - 1)] }
    }

    /// The number of wide blocks (for tests).
    var wideBlockCount: Int { wideStarts.count >> Self.blockShift }
    /// The number of tokens whose text number is kept in the side table (for tests).
    var overflowCount: Int { overflow.count / 2 }

    /// The text number of token `position`, stored as `token`.
    @inline(__always) private func textNumber(_ position: Int, _ token: StoredToken) -> Int32 {
        let text = token.text
        if text < textLimit { return Int32(bitPattern: text) }
        return overflowText(position)
    }

    /// The text number of token `position` from the side table. (Reads only and cannot trap, so
    /// that where a token is read for its tag alone the compiler drops the text's look-up.)
    @_effects(readonly) @inline(never)
    private func overflowText(_ position: Int) -> Int32 {
        let p = Int32(truncatingIfNeeded: position)
        return overflow.withUnsafeBufferPointer { pairs in
            let k = Self.overflowIndex(pairs, p)
            // (Every stored token at the limit has its entry: ``store(_:at:offset:)``.)
            return 2 * k + 1 < pairs.count ? pairs[2 * k + 1] : 0
        }
    }

    /// The index of the first pair of `pairs` whose position is `p` or more.
    private static func overflowIndex(_ pairs: UnsafeBufferPointer<Int32>, _ p: Int32) -> Int {
        var low = 0
        var high = pairs.count / 2
        while low < high {
            let middle = (low + high) >> 1
            if pairs[2 * middle] < p { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The record of token `position`, stored as `token`.
    @inline(__always) private func record(_ position: Int, _ token: StoredToken) -> TokenRecord {
        let text = textNumber(position, token)
        let tagAndKind = UInt8(truncatingIfNeeded: token.middle >> 8)
        let marks = (token.high >> 10) & 3
        let flags = UInt8(truncatingIfNeeded: token.high >> 12)
        return TokenRecord(textNumber: text, marks: marks, tagAndKind: tagAndKind, flags: flags)
    }

    /// The number of the norm of token `position` (``TokenStrings/normNumber(_:)``).
    @inline(__always) func normNumber(at position: Int) -> Int32 {
        let token = stored[position]
        // (Bit 10: the possessive mark.)
        if token.high & 0x400 != 0 { return strings.possessiveNorm }
        return strings.norm(ofText: textNumber(position, token))
    }

    /// `token`'s record as stored at `position` whose start's offset is `offset`.
    @inline(__always) private mutating func store(_ record: TokenRecord, at position: Int, offset: Int) -> StoredToken {
        var text = UInt32(bitPattern: record.textNumber)
        if text >= textLimit {
            let p = Int32(truncatingIfNeeded: position)
            let k = overflow.withUnsafeBufferPointer { Self.overflowIndex($0, p) }
            if 2 * k < overflow.count && overflow[2 * k] == p {
                overflow[2 * k + 1] = record.textNumber
            } else {
                overflow.insert(contentsOf: [p, record.textNumber], at: 2 * k)
            }
            text = textLimit
        }
        assert(record.flags & 0xF0 == 0, "a token's own flags are its low 4 bits")
        return StoredToken(
            low: UInt16(truncatingIfNeeded: text),
            middle: UInt16(truncatingIfNeeded: text >> 16) | UInt16(record.packedTagAndKind) << 8,
            high: UInt16(truncatingIfNeeded: offset) | record.marks << 10 | UInt16(record.flags & 0x0F) << 12)
    }

    subscript(position: Int) -> Token {
        @inline(__always) get {
            let token = stored[position]
            return Token(record(position, token), start32: start32(position, token), strings: Unmanaged.passUnretained(strings))
        }
        @inline(__always) set {
            // (The start is the one stored: a token is set back at its own place.)
            assert(newValue.start32 == start32(position, stored[position]), "a token is set back where it was read")
            let offset = stored[position].offset
            stored[position] = store(newValue.record, at: position, offset: offset)
        }
    }

    /// Sets the tag of token `position` (what the tagger writes: no other field is read or packed).
    @inline(__always) mutating func setTag(_ tag: Tag, at position: Int) {
        stored[position].middle = stored[position].middle & 0xE0FF | UInt16(tag.rawValue) << 8
    }

    mutating func append(_ token: Token) {
        let position = stored.count
        let b = position >> Self.blockShift
        var offset = 0
        if position & (Self.blockSize - 1) == 0 {
            blockStarts.append(token.start32)
        } else if blockStarts[b] >= 0 {
            let distance = Int(token.start32) - Int(blockStarts[b])
            assert(distance >= 0, "tokens are appended in text order")
            if distance <= Self.largestOffset {
                offset = distance
            } else {
                // (Too far: the block becomes wide, its earlier tokens' starts copied out whole.)
                let first = b << Self.blockShift
                let k = wideStarts.count >> Self.blockShift
                for p in first..<position { wideStarts.append(start32(p, stored[p])) }
                wideStarts.append(contentsOf: repeatElement(0, count: Self.blockSize - (position - first)))
                blockStarts[b] = ~Int32(truncatingIfNeeded: k)
            }
        }
        if blockStarts[b] < 0 {
            wideStarts[Int(~blockStarts[b]) << Self.blockShift | position & (Self.blockSize - 1)] = token.start32
        }
        let packed = store(token.record, at: position, offset: offset)
        stored.append(packed)
    }
    mutating func reserveCapacity(_ count: Int) {
        stored.reserveCapacity(count)
        blockStarts.reserveCapacity(count >> Self.blockShift + 1)
    }
    /// Lets the stored tokens go (the strings stay).
    mutating func removeAll() {
        stored = []
        blockStarts = []
        wideStarts = []
        overflow = []
    }
}

/// A sentence: a range of tokens (its scalar span: ``Segmentation/span(of:)``, from its first
/// and last tokens).
///
/// 8 bytes, and stored as 4 (``Sentences``): text of short sentences ("! ! !") makes one per
/// two bytes; they were 16 while they stored their span too.
struct Sentence: Sendable, Hashable {
    private var first: Int32
    private var last: Int32

    init(tokens: Range<Int>) {
        first = Int32(truncatingIfNeeded: tokens.lowerBound)
        last = Int32(truncatingIfNeeded: tokens.upperBound)
    }

    /// The tokens `tokens.lowerBound..<tokens.upperBound` of the segmentation.
    var tokens: Range<Int> {
        get { Int(first)..<Int(last) }
        set {
            first = Int32(truncatingIfNeeded: newValue.lowerBound)
            last = Int32(truncatingIfNeeded: newValue.upperBound)
        }
    }
}

/// A document's sentences, which cut its tokens into consecutive ranges from the first token to
/// the last: stored as the end of each (4 bytes a sentence; 32-bit, a document is at most 2 GiB).
struct Sentences: RandomAccessCollection, Sendable {
    /// Sentence `s` is tokens `ends[s - 1]..<ends[s]` (`0..<ends[0]` for the first).
    private(set) var ends: [Int32] = []

    var startIndex: Int { 0 }
    var endIndex: Int { ends.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(position: Int) -> Sentence {
        @inline(__always) get { Sentence(tokens: (position == 0 ? 0 : Int(ends[position - 1]))..<Int(ends[position])) }
    }

    /// Ends the next sentence before token `end` (it starts where the last one ended).
    mutating func close(at end: Int) { ends.append(Int32(truncatingIfNeeded: end)) }
}

/// The strings of one document's tokens, their text and norm, each distinct sequence of
/// bytes once (byte for byte, not by canonical equivalence, so that a token reads back exactly
/// what it was made of), looked up with a seeded hash of the bytes (``hash(_:)``).
///
/// Its properties are read without the runtime's exclusivity checks (`@exclusivity(unchecked)`):
/// tokens read them on every `text` and `norm`, and only the segmenter, before any token is
/// read elsewhere, writes them.
///
/// A string is kept as its bytes, and as a `String` only in strings shared between documents
/// (``SharedStrings``, at most 131,072 strings: the stages read `text` and `norm` often, and
/// making a `String` of the bytes on each read cost 7% of the instructions of news
/// extraction); strings of one long document make a `String` when asked (``subscript(_:)``: an
/// array of `String`s took 16 bytes a string more). Every per-string array grows by a quarter
/// when full (`makeRoom(for:)`), not by doubling: a text of names only has two strings per name
/// (its text and its norm), and doubling left up to half of each array unused at the peak.
final class TokenStrings: @unchecked Sendable {
    /// Each string as a `String` (when `keepsStrings`).
    @exclusivity(unchecked) private var strings: [String] = []
    private let keepsStrings: Bool
    /// Per string that is a token's text, the number of its norm (-1 for others).
    @exclusivity(unchecked) private var normOfText: [Int32] = []
    /// The number of "'s", once a token is marked possessive (-1 before).
    @exclusivity(unchecked) private var possessive: Int32 = -1
    /// Per string that is a token's norm, its word number (``Token/word``; set by
    /// ``CompiledLexicon/intern(_:)``, empty before: every word -1).
    @exclusivity(unchecked) private var words: [Int32] = []
    /// Per norm slot (``normSlot(_:)``), the readings ``CompiledLexicon/analyze(_:)`` gave a word
    /// the vocabulary lacks (empty tags: not asked yet), so that its lemma is worked out once.
    @exclusivity(unchecked) private var analyses: [Lexical] = []
    /// Per string, its norm slot (-1: none yet): what is known of a norm alone (its vocabulary
    /// number — in shared strings —, readings and word lists, 12 or 16 bytes) is kept per slot, given to a string the first
    /// time it is asked as a norm, so that a text that is no norm ("Halvern" of "halvern") has
    /// none of it (4 bytes a string, where those arrays took 16 for every string).
    @exclusivity(unchecked) private var normSlots: [Int32] = []
    /// Whether a word of an upper-case ASCII letter and lower-case ASCII letters after it
    /// ("Halvern") is stored as its norm's string ("halvern") with a bit in its token
    /// (``TokenRecord/isCapitalFolded``), not as a string of its own; so in strings of one
    /// document (``Segmenter/segment(_:reusing:)`` without shared strings), where a text of
    /// names is half such words and each took a string beside its norm's (its bytes, length,
    /// end, hash slots, norm, word and local numbers: ~45 bytes). What is read from a text's
    /// number is the same for the word and its norm: the norm (the norm's norm is itself), the
    /// length, and every test of the text's bytes the stages make (one character, a period
    /// first or last); only ``Token/text`` makes the capital again.
    let foldsCapitals: Bool
    /// False once freed (debug builds check it on every read through a ``Token``).
    private(set) var isAlive = true
    /// The bytes of every string, one after the other, and where each ends: what a look-up
    /// compares with (reading a `String`'s bytes costs more than the comparison).
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var ends: [Int32] = []
    /// Per slot, the number + 1 of the string whose seeded hash leads there (0: empty): 4 bytes
    /// a slot, 8 to 16 a string (the slots were 8 bytes with the hash beside the number: a look-up
    /// compares the bytes of the strings it meets, their lengths first, and ``grow()`` hashes
    /// them again).
    @exclusivity(unchecked) private var slots: [UInt32]
    @exclusivity(unchecked) private var mask: Int
    /// A direct-mapped cache in front of `slots`, by a cheap unseeded hash of the bytes: the
    /// number of the string last looked up in each entry (-1: none), confirmed by comparing
    /// the bytes. Most tokens repeat a text already seen, and this finds it without the
    /// seeded hash. Words crafted to share a cheap hash only miss here (one probe, one
    /// comparison) and go on to `slots`: no chain forms.
    /// (None for the strings of a few tokens, a lexicon entry's; up to 4,096 entries, one per
    /// token expected.)
    @exclusivity(unchecked) private var front: [Int32]
    /// 64 minus the bits of an index into `front`.
    private let frontShift: UInt64
    /// Per string: bit 0 set once the shape bits of a word of this text are known (bits 4-7:
    /// ``Token``'s shape `isCapitalized`, `isAllCaps`, `isLowerInitial`, `hasNameShape`, which
    /// are functions of the text and are stored here only, not per token); bit 1 set when the bytes hold a byte of 0x80 or more, ";",
    /// "`" or "K" (the only ASCII characters with a canonical equivalent); bit 2 set when they
    /// hold a byte of 0x80 or more (``scalarLength(_:)`` counts the scalars of those only).
    @exclusivity(unchecked) private var info: [UInt8] = []

    // Strings kept from one document to the next (``Extractor``'s worker tables, see
    // ``Segmenter/segment(_:reusing:)``): each string's text, norm, shape, readings and
    // vocabulary number are a function of its bytes and stay; what belongs to one document is
    // told apart by a document number per string.
    /// The number of the document being read (starts at 1; ``beginDocument()`` counts on).
    /// While it is 1 the strings are one document's alone (never shared: a long document's,
    /// ``Extractor/extract(_:)``), numbered in the order it first read them, and neither
    /// `seenIn` nor `readOrder` is kept (8 bytes a string, 10 with their growth).
    @exclusivity(unchecked) private var document: UInt32 = 1
    /// Per string, the number of the last document that looked it up (``number(_:)``; from the
    /// second document on).
    @exclusivity(unchecked) private var seenIn: [UInt32] = []
    /// The strings the current document looked up, in the order it first did (from the second
    /// document on).
    @exclusivity(unchecked) private var readOrder: [Int32] = []
    /// The strings the current document looked up, in the order it first did: the numbers a
    /// table of this document's strings alone would have given them, in that order (for the
    /// first document, every string in number order).
    var documentStrings: DocumentStrings { DocumentStrings(list: document == 1 ? nil : readOrder, all: count) }

    /// ``documentStrings``: a list, or every string's number in order.
    struct DocumentStrings: RandomAccessCollection {
        let list: [Int32]?
        let all: Int
        var startIndex: Int { 0 }
        var endIndex: Int { list?.count ?? all }
        subscript(position: Int) -> Int32 { list.map { $0[position] } ?? Int32(truncatingIfNeeded: position) }
    }
    /// Per norm slot, its vocabulary number (``CompiledLexicon/vocabulary``; -1: none, -2: not
    /// looked up yet); kept from the second document on (see ``vocabularyWord(ofNorm:_:)``).
    @exclusivity(unchecked) private var vocabularyWords: [Int32] = []
    /// Per norm string of the current document, its local word number (``Segmentation/localWord``;
    /// -1 for every other string: reset by ``beginDocument()``).
    @exclusivity(unchecked) private(set) var localOfString: [Int32] = []
    /// The strings whose `localOfString` the current document set (shared strings only:
    /// ``resetLocalWords()`` resets a single document's whole).
    @exclusivity(unchecked) private var localsSet: [Int32] = []

    init(capacity: Int = 256, tokens: Int = 0, frontBits: UInt64 = 12, keepsStrings: Bool = false, foldsCapitals: Bool = false) {
        self.keepsStrings = keepsStrings
        self.foldsCapitals = foldsCapitals
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        var bits: UInt64 = 8
        while bits < frontBits && 1 << bits < tokens { bits += 1 }
        front = tokens < 64 ? [] : Array(repeating: -1, count: 1 << Int(bits))
        frontShift = 64 - bits
    }

    /// Starts the strings of another document: the strings stay, with what is known of each;
    /// the document's own numbers (local and unknown word numbers) and its list of strings go.
    func beginDocument() {
        // (The first document's strings: seen in none of the next ones; its local numbers, of
        // which no list was kept, all reset.)
        if document == 1 {
            seenIn = [UInt32](repeating: 0, count: count)
            resetLocalWords()
            vocabularyWords = [Int32](repeating: -2, count: lists.count)
        }
        document &+= 1
        if document == 0 {
            // (After 2^32 documents: no string may look seen.)
            document = 2
            for k in seenIn.indices { seenIn[k] = 0 }
        }
        readOrder.removeAll(keepingCapacity: true)
        resetLocalWords()
    }

    /// Forgets the local word numbers set so far (``CompiledLexicon/intern(_:)`` sets them anew).
    func resetLocalWords() {
        if document == 1 {
            // (One document's strings: every number is its own, none listed.)
            localOfString.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
            return
        }
        for s in localsSet { localOfString[Int(s)] = -1 }
        localsSet.removeAll(keepingCapacity: true)
    }

    /// Per norm slot, what the word lists (``WordSet``) say of it: in the high 7 bits the number
    /// of lists (up to 64) made when they were asked (0: not yet), in the low 25 the number + 1
    /// of its entry in `listsHolding` (0: none of those lists holds it). 4 bytes a norm, where a
    /// bit per list known and a bit per list holding it took 16 for every norm, of which most
    /// (a text's names) are in no list.
    @exclusivity(unchecked) private var lists: [UInt32] = []
    /// Per norm held by a list, a bit per list that holds it.
    @exclusivity(unchecked) private var listsHolding: [UInt64] = []

    /// Whether norm string `number` is in `list`: the lists are asked once per string (again
    /// only for a list made after that).
    @inline(__always) func isIn(_ list: WordSet, norm number: Int32) -> Bool {
        guard list.bit < 64 else { return list.words.contains(self[number]) }
        let n = normSlot(number)
        var entry = lists.withUnsafeBufferPointer { $0[n] }
        if Int(entry >> 25) <= list.bit { entry = askLists(slot: n, norm: number) }
        let held = Int(entry & 0x1FF_FFFF)
        return held != 0 && listsHolding.withUnsafeBufferPointer { $0[held - 1] } & 1 << UInt64(list.bit) != 0
    }

    /// Reads what the lists made so far say of norm string `number` (slot `n`).
    private func askLists(slot n: Int, norm number: Int32) -> UInt32 {
        let (made, bits) = WordSet.lists(holding: self[number])
        var held = Int(lists[n] & 0x1FF_FFFF)
        if held != 0 {
            listsHolding[held - 1] = bits
        } else if bits != 0 {
            listsHolding.append(bits)
            held = listsHolding.count
            // (Only the words of the lists have an entry: a few thousand.)
            precondition(held < 1 << 25, "word list entries")
        }
        let entry = UInt32(min(made, 64)) << 25 | UInt32(held)
        lists[n] = entry
        return entry
    }

    /// The norm slot of string `number`, given if it has none yet.
    @inline(__always) private func normSlot(_ number: Int32) -> Int {
        let slot = normSlots.withUnsafeBufferPointer { $0[Int(number)] }
        return slot >= 0 ? Int(slot) : newNormSlot(number)
    }

    private func newNormSlot(_ number: Int32) -> Int {
        let slot = lists.count
        normSlots[Int(number)] = Int32(truncatingIfNeeded: slot)
        if document > 1 { vocabularyWords.appendGrowingSlowly(-2) }
        if !analysesReleased { analyses.appendGrowingSlowly(Lexical(tags: TagSet(rawValue: 0), preferred: .noun)) }
        lists.appendGrowingSlowly(0)
        return slot
    }

    /// Whether ``beginDocument()`` has been called: strings from earlier documents may be present.
    var isShared: Bool { document > 1 }

    /// The vocabulary number of norm string `number`, looked up once per string.
    @inline(__always) func vocabularyWord(ofNorm number: Int32, _ lookUp: (String) -> Int32?) -> Int32 {
        // (One document's strings: ``CompiledLexicon/intern(_:)`` asks once per norm, and no
        // other document asks again; nothing is kept, 4 bytes a norm.)
        if document == 1 { return lookUp(self[number]) ?? -1 }
        let n = normSlot(number)
        let known = vocabularyWords.withUnsafeBufferPointer { $0[n] }
        if known != -2 { return known }
        let found = lookUp(self[number]) ?? -1
        vocabularyWords[n] = found
        return found
    }

    /// The local word number of norm string `number` in the current document (-1: not set yet).
    @inline(__always) func localWord(ofNorm number: Int32) -> Int32 {
        let n = Int(number)
        return localOfString.withUnsafeBufferPointer { n < $0.count ? $0[n] : -1 }
    }

    /// Sets the word and local word numbers of norm string `number` for the current document.
    func setWord(_ word: Int32, local: Int32, ofNorm number: Int32) {
        let n = Int(number)
        if words.count < count { words.extend(to: count, with: -1) }
        if localOfString.count < count { localOfString.extend(to: count, with: -1) }
        words[n] = word
        localOfString[n] = local
        // (Listed for ``resetLocalWords()`` only in shared strings: one document's reset them
        // all, 4 bytes less a norm of a text of names only.)
        guard document > 1 else { return }
        localsSet.makeRoom(for: localsSet.count + 1)
        localsSet.append(number)
    }

    /// Whether string `number` may be canonically equal to another string (see `info`).
    @inline(__always) func mayHaveEquivalent(_ number: Int32) -> Bool {
        info.withUnsafeBufferPointer { $0[Int(number)] & 2 != 0 }
    }

    /// The shape flags of a word whose text is string `number`, if known.
    @inline(__always) func wordShape(ofText number: Int32) -> UInt8? {
        let bits = info.withUnsafeBufferPointer { $0[Int(number)] }
        return bits & 1 != 0 ? bits & 0xF0 : nil
    }

    /// Records the shape flags of a word whose text is string `number`.
    @inline(__always) func setWordShape(_ shape: UInt8, ofText number: Int32) {
        info[Int(number)] = info[Int(number)] & 0x0E | shape & 0xF0 | 1
    }

    /// The norm number of the text `number`, if a token of that text was made (-1 before).
    @inline(__always) func knownNorm(ofText number: Int32) -> Int32 {
        normOfText.withUnsafeBufferPointer { Int(number) < $0.count ? $0[Int(number)] : -1 }
    }

    deinit { isAlive = false }

    /// The number of strings.
    var count: Int { ends.count }

    /// String `number`, made from its bytes.
    subscript(number: Int32) -> String {
        keepsStrings ? strings[Int(number)] : withBytes(of: number) { String(decoding: $0, as: UTF8.self) }
    }


    /// The text of a token stored as `record`.
    func text(of record: TokenRecord) -> String {
        guard record.isCapitalFolded else { return self[record.textNumber] }
        return withBytes(of: record.textNumber) { norm in
            String(unsafeUninitializedCapacity: norm.count) { copy in
                _ = copy.initialize(from: norm)
                copy[0] -= 32
                return norm.count
            }
        }
    }

    /// The length in scalars of string `number` (a token's end is its start plus its text's
    /// length): its length in bytes for an ASCII string, else its bytes that start a scalar,
    /// counted when asked. (Not kept per string: 4 bytes a string, 3.2 MB of a text of 700k names
    /// and 4 of "A of B and C of D …", for the few words of news text that are not ASCII.)
    @inline(__always) func scalarLength(_ number: Int32) -> Int {
        let n = Int(number)
        return bytes.withUnsafeBufferPointer { stored in
            ends.withUnsafeBufferPointer { ends in
                let from = n == 0 ? 0 : Int(ends[n - 1])
                let to = Int(ends[n])
                guard info.withUnsafeBufferPointer({ $0[n] }) & 4 != 0 else { return to - from }
                var scalars = 0
                for k in from..<to where stored[k] & 0xC0 != 0x80 { scalars += 1 }
                return scalars
            }
        }
    }

    /// The shape flags of a word whose text is string `number` (0 if not known: ``Tokens`` reads a
    /// stored word's here, every word's text having them).
    @inline(__always) func storedShape(ofText number: Int32) -> UInt8 {
        info.withUnsafeBufferPointer { $0[Int(number)] & 0xF0 }
    }

    /// The number of "'s", the norm of a token marked possessive.
    var possessiveNorm: Int32 { @inline(__always) get { possessive } }

    /// The number of the norm of the text `number` (of a token made of it).
    @inline(__always) func norm(ofText number: Int32) -> Int32 {
        normOfText.withUnsafeBufferPointer { $0[Int(number)] }
    }

    /// The number of the norm of a token stored as `record`.
    @inline(__always) func normNumber(_ record: TokenRecord) -> Int32 {
        if record.isPossessive { return possessive }
        return normOfText.withUnsafeBufferPointer { $0[Int(record.textNumber)] }
    }

    /// Records `norm` as the norm of the text `text` (the same for every token of that text).
    func setNorm(_ norm: Int32, ofText text: Int32) {
        if normOfText.count < count { normOfText.extend(to: count, with: -1) }
        assert(normOfText[Int(text)] < 0 || normOfText[Int(text)] == norm, "one norm per text")
        normOfText[Int(text)] = norm
    }

    /// The UTF-8 bytes of string `number`, read in place (valid while no string is added).
    @inline(__always) func withBytes<R>(of number: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let n = Int(number)
        return bytes.withUnsafeBufferPointer { stored in
            ends.withUnsafeBufferPointer { ends in
                let from = n == 0 ? 0 : Int(ends[n - 1])
                return body(UnsafeBufferPointer(rebasing: stored[from..<Int(ends[n])]))
            }
        }
    }

    /// `compute`'s readings of norm string `number`, computed once per string.
    /// (Computed on each call once ``releaseAnalyses()`` let them go.)
    @inline(__always) func analysis(ofNorm number: Int32, _ compute: (String) -> Lexical) -> Lexical {
        if analysesReleased { return compute(self[number]) }
        let n = normSlot(number)
        let cached = analyses.withUnsafeBufferPointer { $0[n] }
        if cached.tags.rawValue != 0 { return cached }
        let result = compute(self[number])
        analyses[n] = result
        return result
    }

    /// Numbers "'s", the norm of a possessive (``Token/markPossessive()``).
    func numberPossessive() {
        if possessive < 0 { possessive = number("'s") } else { touch(possessive) }
    }

    /// The word number of the norm string `number` (-1 before ``CompiledLexicon/intern(_:)``).
    @inline(__always) func word(ofNorm number: Int32) -> Int32 {
        let n = Int(number)
        return words.withUnsafeBufferPointer { n < $0.count ? $0[n] : -1 }
    }


    /// The number of `string`, added if new.
    func number(_ string: String) -> Int32 {
        var string = string
        return string.withUTF8 { number($0) }
    }

    /// The number of the string of the UTF-8 `bytes`, added if new.
    func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let number = frontNumber(bytes)
        touch(number)
        return number
    }

    /// Records that the current document reads string `number` (``documentStrings``): every
    /// string a token's text or norm refers to is looked up or touched, in the order a table
    /// of the document's strings alone would have numbered them.
    @inline(__always) func touch(_ number: Int32) {
        // (One document's strings: numbered in the order it read them.)
        if document == 1 { return }
        let n = Int(number)
        let seen = seenIn.withUnsafeMutableBufferPointer { seenIn in
            if seenIn[n] == document { return true }
            seenIn[n] = document
            return false
        }
        if !seen {
            readOrder.appendGrowingSlowly(number)
        }
    }

    /// ``number(_:)`` through the front cache and the seeded table.
    @inline(__always) private func frontNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if front.isEmpty { return seededNumber(bytes) }
        // The front cache first (FNV-1a, its high bits).
        var cheap: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { cheap = (cheap ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let entry = Int(truncatingIfNeeded: cheap >> frontShift)
        let cached = front.withUnsafeBufferPointer { $0[entry] }
        if cached >= 0 {
            if isString(Int(cached), bytes) { return cached }
        }
        let number = seededNumber(bytes)
        front.withUnsafeMutableBufferPointer { $0[entry] = number }
        return number
    }

    /// ``number(_:)`` through the seeded table alone.
    private func seededNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (found, slot) = find(bytes)
        if let found { return found }
        let number = count
        var special = false
        var ascii = true
        for byte in bytes {
            if byte >= 0x80 { ascii = false }
            if byte >= 0x80 || byte == 0x3B || byte == 0x60 || byte == 0x4B { special = true }
        }
        if keepsStrings { strings.appendGrowingSlowly(String(decoding: bytes, as: UTF8.self)) }
        normSlots.appendGrowingSlowly(-1)
        info.makeRoom(for: number + 1)
        info.append((special ? 2 : 0) | (ascii ? 0 : 4))
        if document > 1 { seenIn.appendGrowingSlowly(0) }
        self.bytes.makeRoom(for: self.bytes.count + bytes.count)
        self.bytes.append(contentsOf: bytes)
        ends.makeRoom(for: number + 1)
        ends.append(Int32(truncatingIfNeeded: self.bytes.count))
        slots[slot] = UInt32(truncatingIfNeeded: number + 1)
        if count * 2 > slots.count { grow() }
        return Int32(truncatingIfNeeded: number)
    }

    /// The number of `string` if a token has it, byte for byte (for an ASCII word without
    /// ";", "`" or "K", the only strings canonically equal to it).
    func existingNumber(_ string: String) -> Int32? {
        var string = string
        return string.withUTF8 { bytes in
            guard slots.isEmpty else { return find(bytes).number }
            // (The index let go: the strings in order, their lengths compared first.)
            for number in 0..<count where isString(number, bytes) { return Int32(truncatingIfNeeded: number) }
            return nil
        }
    }

    /// Lets the hash index go: a long document's own strings once it is segmented (4 bytes a slot,
    /// 8 to 16 a string: 8.4 MB of a text of 800k names, held to the end of its extraction for
    /// the few words the later stages ask for). ``existingNumber(_:)`` then reads the strings
    /// one by one (a few words per document); adding a string builds the index again.
    func releaseIndex() {
        guard document == 1, !keepsStrings else { return }
        slots = []
    }

    /// Whether ``releaseAnalyses()`` let the readings go.
    @exclusivity(unchecked) private var analysesReleased = false

    /// Lets the cached readings go (8 bytes a norm: 5.7 MB of a text of 700k names, 7.9 of "A of B
    /// and C of D …", held to the end of its extraction): a long document's own strings once it is
    /// tagged, after which only ``CompiledLexicon/lemma(of:)`` asks, for a verb or plural noun the
    /// vocabulary lacks, and ``analysis(ofNorm:_:)`` computes the readings again (a function of
    /// the norm alone: the same answer).
    func releaseAnalyses() {
        guard document == 1, !keepsStrings else { return }
        analyses = []
        analysesReleased = true
    }

    /// Lets the local word numbers go (a long document's own strings, once resolved: only the
    /// resolver reads them; ``localWord(ofNorm:)`` then answers -1).
    func releaseLocalWords() {
        guard document == 1, !keepsStrings else { return }
        localOfString = []
    }

    /// Builds the hash index again after ``releaseIndex()``.
    private func rebuildIndex() {
        var size = 16
        while size < count * 2 + 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size / 2)
        grow()
    }

    /// The number of `bytes` if present, and the empty slot it would take if not.
    @inline(__always) private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int32?, slot: Int) {
        if slots.isEmpty { rebuildIndex() }
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            let number = Int(entry) - 1
            if isString(number, bytes) { return (Int32(truncatingIfNeeded: number), slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Whether string `number` is the UTF-8 `bytes`, byte for byte.
    @inline(__always) private func isString(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        self.bytes.withUnsafeBufferPointer { stored in
            ends.withUnsafeBufferPointer { ends in
                let from = number == 0 ? 0 : Int(ends[number - 1])
                guard Int(ends[number]) - from == bytes.count else { return false }
                for k in 0..<bytes.count where stored[from + k] != bytes[k] { return false }
                return true
            }
        }
    }

    /// ``WordTable/hash(bytes:)``: Swift's seeded hash of the bytes, not FNV-1a,
    /// whose collisions chain: a text of words sharing one FNV-1a hash made every look-up walk
    /// past all the earlier ones (issue 14; `Benchmarks/pathological` shape `fnv-words`).
    /// Numbers are given in insertion order, so nothing depends on the seed.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        WordTable.hash(bytes: UnsafeRawBufferPointer(bytes))
    }

    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for number in 0..<Int32(truncatingIfNeeded: count) {
            let hash = withBytes(of: number) { Self.hash($0) }
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(truncatingIfNeeded: number + 1)
        }
    }
}

/// A segmented document.
struct Segmentation: Sendable {
    var source: ScalarText
    var tokens: Tokens
    /// The strings `tokens` read.
    var strings: TokenStrings { tokens.strings }
    var sentences: Sentences
    /// One more than the largest ``Token/word`` number (after ``CompiledLexicon/intern(_:)``).
    var wordCount = 0
    /// Per token, the number of its norm among the document's distinct norms, in order of
    /// first occurrence (set by ``CompiledLexicon/intern(_:)``): a table per word of one
    /// document is sized by the document (``localWordCount``), not by the vocabulary. Read
    /// through each token's norm number (``localOfString``): no array of 4 bytes per token.
    var localWord: LocalWords { LocalWords(tokens: tokens, ofString: localOfString) }
    /// Per string of ``strings`` that is a token's norm, its local word number (-1 for others;
    /// ``TokenStrings/localOfString`` as ``CompiledLexicon/intern(_:)`` left it).
    var localOfString: [Int32] = []
    /// The number of distinct norms in the document.
    var localWordCount = 0

    /// The whole text.
    var original: String { source.original }

    /// The text of `start..<end` (scalar offsets).
    func text(_ start: Int, _ end: Int) -> String { source.string(start, end) }

    /// The scalar span of a sentence: from its first token's first scalar to just past its last
    /// token (read while the tokens are alive).
    func span(of sentence: Sentence) -> (start: Int, end: Int) {
        (tokens[sentence.tokens.lowerBound].start, tokens[sentence.tokens.upperBound - 1].end)
    }
}

/// The local word number of each token of a segmentation (``Segmentation/localWord``).
struct LocalWords: RandomAccessCollection, Sendable {
    let tokens: Tokens
    let ofString: [Int32]
    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }
    subscript(position: Int) -> Int32 {
        @inline(__always) get { ofString[Int(tokens.normNumber(at: position))] }
    }
}

/// A text cut at scalar offsets: the string itself and the UTF-8 offset of every 32nd
/// scalar (none when the text is ASCII, where scalar `i` is byte `i`), so that a substring
/// at scalar offsets is cut from the UTF-8 bytes, reading at most 31 scalars to find each
/// end. About 1.1 bytes per byte of text: a scalar array and a UTF-8 offset per scalar
/// took 8 more, for the whole extraction.
struct ScalarText: Sendable {
    static let stride = 32
    let original: String
    /// Whether every scalar is ASCII (then `checkpoints` is empty).
    let isASCII: Bool
    /// `checkpoints[k]` is the UTF-8 offset of scalar `k * stride` (32 bits: a document
    /// is at most 2 GiB).
    let checkpoints: [Int32]
    /// The number of scalars.
    let count: Int

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        original = text
        let utf8 = text.utf8
        precondition(utf8.count < Int(Int32.max), "a document is at most 2 GiB")
        var checkpoints: [Int32] = []
        var count = 0
        var ascii = true
        utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x80 {
                ascii = false
                break
            }
            if ascii {
                count = bytes.count
                return
            }
            checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                // (A lead byte: one scalar starts here.)
                if count % Self.stride == 0 { checkpoints.append(Int32(offset)) }
                count += 1
            }
        }
        isASCII = ascii
        self.checkpoints = checkpoints
        self.count = count
    }

    /// The UTF-8 offset of scalar `index` (`count` for the end), read from the nearest
    /// checkpoint before it.
    @inline(__always) func byteOffset(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if isASCII || index >= count { return isASCII ? index : bytes.count }
        var offset = Int(checkpoints[index / Self.stride])
        var remaining = index % Self.stride
        while remaining > 0 {
            let lead = bytes[offset]
            offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            remaining -= 1
        }
        return offset
    }

    /// Calls `body` with the text's UTF-8 bytes.
    @inline(__always) func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // (`init` made the string's storage contiguous UTF-8.)
        try original.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// The text's UTF-8 bytes, read in place: `utf8.withUnsafeBufferPointer { … }`.
    var utf8: Bytes { Bytes(source: self) }
    /// The UTF-8 offset of each scalar (and of the end, at `count`): `offsets[i]`.
    var offsets: Offsets { Offsets(source: self) }

    struct Bytes {
        let source: ScalarText
        func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            try source.withBytes(body)
        }
    }

    struct Offsets {
        let source: ScalarText
        subscript(index: Int) -> Int32 {
            Int32(truncatingIfNeeded: source.withBytes { source.byteOffset(index, $0) })
        }
    }

    /// The text of scalars `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        withBytes { bytes in
            let from = byteOffset(start, bytes)
            let to = byteOffset(end, bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
    }
}

/// Splits text into sentences and tokens with Unicode scalar offsets.
///
/// Handles abbreviations ("U.S.", "Gen.", "Jan."), initials ("Dana W. White"), straight
/// and curly quotes, dashes, "w/", "&", repeated spaces, headline and caption lines, and
/// photo credits glued to a caption ("Mark EsperReuters" → "Mark Esper" + credit "Reuters").
struct Segmenter: Sendable {
    let abbreviations: Set<String>
    var credits: Set<String>
    var sentenceStarters: Set<String>
    /// The length of the longest abbreviation, in scalars.
    let longestAbbreviation: Int

    init(lexicon: Lexicon) {
        self.credits = lexicon.credits
        self.sentenceStarters = lexicon.nonNames
        self.abbreviations = [
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "gov", "sen", "rep",
            "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "jr",
            "sr", "inc", "corp", "co", "ltd", "vs", "etc", "prof", "pres", "gens", "cmdr", "brig", "ft", "mt",
            "dept", "univ", "assn", "bros", "messrs", "rev", "hon", "pvt", "cpl", "spc",
        ]
        longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0
        abbreviationKeys = abbreviations.compactMap(Self.packedKey).sorted()
    }

    /// The abbreviations of at most 8 ASCII bytes, each packed in a number (``packedKey(_:)``),
    /// sorted: an ASCII word is tested without making a string.
    let abbreviationKeys: [UInt64]

    /// The bytes of `word` in one number, first byte highest, if it is ASCII of at most 8 bytes.
    static func packedKey(_ word: String) -> UInt64? {
        guard word.utf8.count <= 8, word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) else { return nil }
        return word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether the word `s[i..<j]`, in lower case, is one of `abbreviations`.
    private func isAbbreviation(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        if j - i <= 8 {
            var key: UInt64 = 0
            var ascii = true
            for k in i..<j {
                let v = s[k].value
                if v >= 0x80 || v == 0 {
                    ascii = false
                    break
                }
                key = key << 8 | UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v)
            }
            if ascii {
                var low = 0
                var high = abbreviationKeys.count
                while low < high {
                    let middle = (low + high) / 2
                    if abbreviationKeys[middle] < key { low = middle + 1 } else { high = middle }
                }
                return low < abbreviationKeys.count && abbreviationKeys[low] == key
            }
        }
        return abbreviations.contains(String(String.UnicodeScalarView(s[i..<j])).lowercased())
    }

    // ASCII fast paths: Unicode property look-ups are the tokenizer's main cost otherwise.
    @inline(__always) private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        if isLatinLetter(v) { return true }
        if isPunctuationBlock(v) { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// U+00C0–U+024F but × and ÷: Latin letters (alphabetic, no mark, no space), known without
    /// a look-up of the scalar's properties.
    @inline(__always) private static func isLatinLetter(_ v: UInt32) -> Bool {
        v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7
    }

    /// U+2010–U+2027 and U+2030–U+205E, the dashes, quotation marks, ellipsis, primes and the
    /// rest of General Punctuation's punctuation (news text's commonest scalars past ASCII):
    /// no letter, digit, mark or space, neither upper nor lower case (checked against the
    /// scalar properties of Swift's Unicode data), known without a look-up.
    @inline(__always) private static func isPunctuationBlock(_ v: UInt32) -> Bool {
        (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    @inline(__always) private static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 || isPunctuationBlock(s.value) { return false }
        return s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark
    }

    @inline(__always) private static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if isPunctuationBlock(v) { return false }
        return s.properties.isUppercase
    }

    @inline(__always) private static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if isPunctuationBlock(v) { return false }
        return s.properties.isLowercase
    }

    @inline(__always) private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if isLatinLetter(v) || isPunctuationBlock(v) { return false }
        return s.properties.isWhitespace
    }

    @inline(__always) private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    /// Whether `s` is an ASCII mark the tokenizer always makes a token of one scalar, deciding
    /// nothing from what is around it, and that no token before it can take in unless a digit
    /// follows (a number's ","): not a letter, digit, space, quote, apostrophe, "-", "." or "/".
    @inline(__always) static func isPlainPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "!", "#", "$", "%", "&", "(", ")", "*", "+", ",", ":", ";", "<", "=", ">", "?", "@", "[", "\\", "]", "^",
            "{", "|", "}", "~":
            true
        default: false
        }
    }

    /// The last place `k` in `piece` (0 < k < count) between two plain marks
    /// (``isPlainPunctuation(_:)``), or `nil`. Tokenizing `piece[..<k]` and then the rest gives
    /// the tokens of the whole: the mark before `k` is a token of its own whatever follows it
    /// (the one after it is no digit that would make it a number's ","), and the one at `k`
    /// starts a token of its own whatever comes before it; the tokenizer's state carries over.
    /// So a text of punctuation without a space ("," × 16 Mi) is read in pieces too, not whole
    /// (its scalars took 4 bytes a byte, and twice that as the piece doubled).
    static func lastPlainPunctuationPair(_ piece: [Unicode.Scalar]) -> Int? {
        var k = piece.count - 1
        while k > 0 {
            if !isPlainPunctuation(piece[k]) {
                k -= 1
            } else if isPlainPunctuation(piece[k - 1]) {
                return k
            } else {
                k -= 2  // (the mark at k - 1 is the left of no pair either)
            }
        }
        return nil
    }

    /// Abbreviations that may also end a sentence ("… Acme Inc. The …").
    static let closingAbbreviations: WordSet = ["inc", "corp", "co", "ltd", "jr", "sr", "etc"]

    /// The scalars the tokenizer reads at a time: the text is cut after its last space within
    /// each 64 Ki scalars (or, with no space there, at the next one), and the pieces are
    /// tokenized in turn, with the tokenizer's state carried over. No token spans a space and
    /// no look-ahead reads past one, so the tokens are those of the whole text at once; but
    /// the scalars take 256 KiB, not 4 bytes per scalar of the text (67 MB for 16.7 MB of text,
    /// the peak of a long document's extraction).
    static let pieceScalars = 1 << 16

    func segment(_ text: String) -> Segmentation { segment(text, reusing: nil) }

    /// The segmentation of `text`, its token strings added to `shared` if given (strings kept
    /// from earlier documents: a word seen before is neither numbered nor analysed again; see
    /// ``TokenStrings/beginDocument()``), else to strings of its own.
    func segment(_ text: String, reusing shared: TokenStrings?) -> Segmentation {
        let source = ScalarText(text)
        let estimate = source.withBytes { Self.tokenCountEstimate(bytes: $0) }
        // (Distinct texts and norms: fewer than the tokens of a long text, about as many in a short one.)
        // (A front cache as large as the shared strings' for a long document: 2^14 entries.)
        let strings = shared ?? TokenStrings(capacity: min(max(estimate, 64), 1024), tokens: estimate, frontBits: 14, foldsCapitals: true)
        shared?.beginDocument()
        var tokens = Tokens(strings: strings)
        tokens.reserveCapacity(estimate)
        source.withBytes { bytes in segment(source, bytes, strings, into: &tokens) }
        let sentences = split(tokens, source)
        return Segmentation(source: source, tokens: tokens, sentences: sentences)
    }

    /// The scalars of valid UTF-8 bytes (a `String`'s), decoded in place.
    struct UTF8Scalars: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        @inline(__always) mutating func next() -> Unicode.Scalar? {
            guard at < bytes.count else { return nil }
            let lead = UInt32(bytes[at])
            if lead < 0x80 {
                at += 1
                return Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
            }
            var value: UInt32
            if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F)
                at += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                at += 3
            } else {
                value =
                    (lead & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12 | UInt32(bytes[at + 2] & 0x3F) << 6
                    | UInt32(bytes[at + 3] & 0x3F)
                at += 4
            }
            return Unicode.Scalar(value).unsafelyUnwrapped
        }
    }

    private func segment(
        _ source: ScalarText, _ bytes: UnsafeBufferPointer<UInt8>, _ strings: TokenStrings, into tokens: inout Tokens
    ) {
        var state = TokenizerState()
        var piece: [Unicode.Scalar] = []
        piece.reserveCapacity(Self.pieceScalars)
        var scalars = UTF8Scalars(bytes: bytes)
        var base = 0
        var exhausted = false
        while !exhausted {
            var cut: Int?
            var target = Self.pieceScalars
            while cut == nil {
                while piece.count < target {
                    // A run of ASCII bytes is appended at once (no capacity and uniqueness check per scalar).
                    let from = scalars.at
                    let upTo = min(bytes.count, from + (target - piece.count))
                    var ascii = from
                    while ascii < upTo, bytes[ascii] < 0x80 { ascii += 1 }
                    if ascii > from {
                        piece.append(contentsOf: bytes[from..<ascii].lazy.map { Unicode.Scalar($0) })
                        scalars.at = ascii
                        continue
                    }
                    guard let scalar = scalars.next() else { break }
                    piece.append(scalar)
                }
                if piece.count < target {
                    exhausted = true
                    cut = piece.count
                } else if let space = piece.lastIndex(where: Self.isSpace) {
                    cut = space + 1
                } else if let plain = Self.lastPlainPunctuationPair(piece) {
                    // No space, but two plain marks side by side (",,,,"): cut between them.
                    cut = plain
                } else {
                    // No space yet (text of punctuation alone): read on to the next one.
                    target = piece.count * 2
                }
            }
            tokenize(piece, count: cut!, base: base, strings, into: &tokens, state: &state)
            base += cut!
            piece.removeFirst(cut!)
        }
    }

    /// Tokens only, for compiling lexicon entries the same way text is read.
    func tokenize(_ text: String) -> Tokens {
        tokenize(Array(text.unicodeScalars), TokenStrings())
    }

    /// The tokens of `s` (offsets from 0).
    func tokenize(_ s: [Unicode.Scalar], _ strings: TokenStrings) -> Tokens {
        var tokens = Tokens(strings: strings)
        tokens.reserveCapacity(Self.tokenCountEstimate(s))
        var state = TokenizerState()
        tokenize(s, count: s.count, base: 0, strings, into: &tokens, state: &state)
        return tokens
    }

    /// What the tokenizer carries from one piece of a text to the next.
    struct TokenizerState {
        var space = true
        var newline = false
        var inDouble = false
    }

    private func makeToken(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind, _ space: Bool,
        _ strings: TokenStrings, base: Int
    ) -> Token {
        var letters = 0
        var upper = 0
        var norm: Int32 = -1
        var text: Int32 = -1
        // Whether the norm has an apostrophe (known from the copy loop for ASCII tokens).
        var apostrophe = false
        // The text's norm and shape, when a token of this text was made before.
        var normKnown = false
        var shape: UInt8?
        var ascii = true
        var folded = false
        let length = end - start
        // (Room for the ASCII text and its norm, or for the UTF-8 of any text: 4 bytes a scalar.)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * length) { buffer in
            // ASCII (most tokens): the text copied straight into a buffer and numbered from
            // there, no property look-ups; the norm (its lower case) made and numbered only for
            // a text the document has not had before, and a string made only for a sequence of
            // bytes it has not had before.
            var any: UInt32 = 0
            for k in start..<end {
                let value = scalars[k].value
                any |= value
                buffer[k - start] = UInt8(truncatingIfNeeded: value)
            }
            guard any < 0x80 else {
                ascii = false
                // Another text ("“", "—", "São"): its UTF-8 numbered from the buffer; a text met
                // before takes its norm (and a word its shape) from the strings, as ASCII does;
                // a new one is read below.
                var count = 0
                for k in start..<end {
                    let value = scalars[k].value
                    if value < 0x80 {
                        buffer[count] = UInt8(truncatingIfNeeded: value)
                        count += 1
                    } else if value < 0x800 {
                        buffer[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                        buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count += 2
                    } else if value < 0x10000 {
                        buffer[count] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                        buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
                        buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count += 3
                    } else {
                        buffer[count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                        buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F)
                        buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
                        buffer[count + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count += 4
                    }
                }
                text = strings.number(UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<count]))
                let known = strings.knownNorm(ofText: text)
                if known >= 0 {
                    norm = known
                    normKnown = true
                    strings.touch(known)
                    if kind == .word, let bits = strings.wordShape(ofText: text) { shape = bits }
                }
                return
            }
            let all = UnsafeBufferPointer(buffer)
            if strings.foldsCapitals, kind == .word, length >= 2, buffer[0] &- 0x41 < 26,
                !all[1..<length].contains(where: { $0 &- 0x61 >= 26 })
            {
                // "Halvern": the string of its norm "halvern", which is its own norm; the shape
                // of such a word is capitalized and name-shaped.
                buffer[0] += 32
                text = strings.number(UnsafeBufferPointer(rebasing: all[0..<length]))
                if strings.knownNorm(ofText: text) < 0 { strings.setNorm(text, ofText: text) }
                norm = text
                normKnown = true
                folded = true
                shape = 16 | 128
                return
            }
            text = strings.number(UnsafeBufferPointer(rebasing: all[0..<length]))
            let known = strings.knownNorm(ofText: text)
            if known >= 0 {
                norm = known
                normKnown = true
                // (Read by this document as if numbered here, when it was in an earlier one.)
                strings.touch(known)
                if kind != .word { return }
                if let bits = strings.wordShape(ofText: text) {
                    shape = bits
                    return
                }
            }
            var count = 0
            for k in 0..<length {
                let value = buffer[k]
                if value == 0x2E { continue }
                if value >= 0x41 && value <= 0x5A {
                    buffer[length + count] = value + 32
                    letters += 1
                    upper += 1
                } else {
                    if value >= 0x61 && value <= 0x7A { letters += 1 }
                    if value == 0x27 { apostrophe = true }
                    buffer[length + count] = value
                }
                count += 1
            }
            if normKnown { return }
            // (An empty norm, "...": the text.)
            // ("w/" is "with".)
            if count == 2 && all[length] == 0x77 && all[length + 1] == 0x2F {
                norm = strings.number("with")
            } else if count == 0 || (upper == 0 && count == length) {
                // (No capital and no period: the norm is the text, byte for byte.)
                norm = text
            } else {
                norm = strings.number(UnsafeBufferPointer(rebasing: all[length..<length + count]))
            }
        }
        if !ascii, !normKnown || (kind == .word && shape == nil) {
            // (The text was numbered above; a known norm needs only the letter counts for the shape.)
            let normString = Self.norm(scalars[start..<end], letters: &letters, upper: &upper)
            apostrophe = normString.utf8.contains(0x27)
            if !normKnown { norm = normString.isEmpty ? text : strings.number(normString) }
        }
        var token =
            normKnown
            ? Token(start: base + start, text: text, kind: kind, spaceBefore: space, strings: strings)
            : Token(start: base + start, text: text, norm: norm, kind: kind, spaceBefore: space, strings: strings)
        token.record.isCapitalFolded = folded
        assert(token.end == base + end)
        // (A word's shape is its text's, kept by the strings once per text; a folded word's is
        // its mark's.)
        if kind == .word, shape == nil, let first = scalars[start..<end].first {
            let isUpper = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            let isLower = first.value < 0x80 ? (first.value >= 0x61 && first.value <= 0x7A) : first.properties.isLowercase
            let isAllCaps = letters >= 2 && upper == letters
            let nameShape = Self.hasNameShape(token, scalars[start..<end], apostrophe: apostrophe, capitalized: isUpper || isAllCaps)
            let bits: UInt8 = (isUpper ? 16 : 0) | (isAllCaps ? 32 : 0) | (isLower ? 64 : 0) | (nameShape ? 128 : 0)
            strings.setWordShape(bits, ofText: text)
        }
        return token
    }

    /// The norm of a token with non-ASCII scalars: lower case, periods removed, curly
    /// apostrophes straight; counts its letters and upper-case letters.
    private static func norm(_ scalars: ArraySlice<Unicode.Scalar>, letters: inout Int, upper: inout Int) -> String {
        var normBytes: [UInt8] = []
        normBytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars where scalar != "." {
            let value = scalar.value
            if value < 0x80 {
                // ASCII fast path: no property look-ups.
                if value >= 0x41 && value <= 0x5A {
                    normBytes.append(UInt8(value + 32))
                    letters += 1
                    upper += 1
                } else {
                    if value >= 0x61 && value <= 0x7A { letters += 1 }
                    normBytes.append(UInt8(value))
                }
            } else if Self.isApostrophe(scalar) {
                normBytes.append(0x27)
            } else if scalar.properties.isUppercase {
                normBytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                letters += 1
                upper += 1
            } else {
                if scalar.properties.isAlphabetic { letters += 1 }
                normBytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return String(decoding: normBytes, as: UTF8.self)
    }

    /// See ``Token/hasNameShape``.
    private static func hasNameShape(_ t: Token, _ scalars: ArraySlice<Unicode.Scalar>, apostrophe: Bool, capitalized: Bool) -> Bool {
        // Contractions are not names: "We're", "It'll", "Don't".
        if apostrophe, let apostrophe = t.norm.firstIndex(of: "'") {
            let rest = t.norm[t.norm.index(after: apostrophe)...]
            if ["re", "ll", "ve", "d", "m", "t"].contains(rest) { return false }
        }
        if capitalized { return true }
        // "75th Ranger Regiment"
        guard let first = scalars.first else { return false }
        let leadingDigit = first.value < 0x80 ? (first.value >= 0x30 && first.value <= 0x39) : first.properties.numericType != nil
        return leadingDigit
            && scalars.contains { $0.value < 0x80 ? ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A : $0.properties.isAlphabetic }
    }

    /// Appends the tokens of `s[0..<n]`, the scalars from offset `base` of a text, to `tokens`.
    /// `s[n - 1]` is a space, or `n` is the end of the text: no token and no look-ahead crosses
    /// it.
    private func tokenize(
        _ s: [Unicode.Scalar], count n: Int, base: Int, _ strings: TokenStrings, into tokens: inout Tokens,
        state: inout TokenizerState
    ) {
        var i = 0
        var space = state.space
        var newline = state.newline
        var inDouble = state.inDouble
        defer { state = TokenizerState(space: space, newline: newline, inDouble: inDouble) }
        while i < n {
            let c = s[i]
            if Self.isSpace(c) {
                space = true
                if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { newline = true }
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            if Self.isLetterOrDigit(c) {
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if Self.isLetterOrDigit(d) || Self.isMark(d) {
                        j += 1
                    } else if Self.isApostrophe(d), j + 1 < n, Self.isLetterOrDigit(s[j + 1]) {
                        // Split the possessive "'s"; keep "don't", "O'Brien", "we're" whole.
                        let isPossessive =
                            (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= n || !Self.isLetterOrDigit(s[j + 2]))
                        if isPossessive { break }
                        j += 1
                    } else {
                        break
                    }
                }
                // Abbreviations, initials and dotted acronyms keep their periods.
                if j < n, s[j] == "." {
                    // (Most words before a period end a sentence: the word is only put together when
                    // it is short enough to be an abbreviation.)
                    let single = j - i == 1 && Self.isUpper(s[i])
                    if single
                        || (j - i <= longestAbbreviation
                            && isAbbreviation(s, i, j))
                    {
                        j += 1
                        // U.S., S.A., D.C.
                        while j + 1 < n, s[j].properties.isAlphabetic, s[j + 1] == "." { j += 2 }
                    }
                }
                // "w/" is "with".
                if j - i == 1, (s[i] == "w" || s[i] == "W"), j < n, s[j] == "/" { j += 1 }
                let allDigits = s[i..<j].allSatisfy { Self.isDigit($0) || $0 == "." }
                kind = allDigits ? .number : .word
                // Numbers: 2,000 and 2.5
                if kind == .number {
                    while j + 1 < n, (s[j] == "," || s[j] == "."), Self.isDigit(s[j + 1]) {
                        j += 2
                        while j < n, Self.isDigit(s[j]) { j += 1 }
                    }
                }
                var token = makeToken(s, start, j, kind, space || tokens.isEmpty, strings, base: base)
                token.newlineBefore = newline
                token.inQuote = inDouble
                // A photo credit glued to a caption: "EsperReuters".
                if kind == .word, let split = creditSplit(s, start, j) {
                    var first = makeToken(s, start, split, .word, token.spaceBefore, strings, base: base)
                    first.newlineBefore = newline
                    first.inQuote = inDouble
                    var second = makeToken(s, split, j, .word, false, strings, base: base)
                    second.isCredit = true
                    second.inQuote = inDouble
                    tokens.append(first)
                    tokens.append(second)
                } else {
                    tokens.append(token)
                }
                i = j
            } else {
                var j = i + 1
                switch c {
                case "\"":
                    kind = .quote
                    inDouble.toggle()
                case "\u{201C}", "\u{201E}":
                    kind = .quote
                    inDouble = true
                case "\u{201D}":
                    kind = .quote
                    inDouble = false
                case "'", "\u{2018}", "\u{2019}":
                    // A possessive "'s" after a word.
                    if j < n, s[j] == "s" || s[j] == "S", j + 1 >= n || !Self.isLetterOrDigit(s[j + 1]), !space {
                        j += 1
                        kind = .word
                    } else if !space, c != "\u{2018}", let last = tokens.last, last.kind == .word, last.norm.hasSuffix("s"),
                        j >= n || Self.isSpace(s[j])
                    {
                        // "the United States' commitment": a bare apostrophe after a plural.
                        kind = .word
                    } else {
                        kind = .quote
                    }
                case "\u{2014}", "\u{2013}", "\u{2012}", "\u{2015}":
                    kind = .dash
                case "-":
                    if j < n, s[j] == "-" {
                        while j < n, s[j] == "-" { j += 1 }
                        kind = .dash
                    } else {
                        kind = space || (j < n && Self.isSpace(s[j])) ? .dash : .punctuation
                    }
                case ".":
                    while j < n, s[j] == "." { j += 1 }
                default:
                    kind = .punctuation
                }
                var token = makeToken(s, start, j, kind, space || tokens.isEmpty, strings, base: base)
                if kind == .word { token.markPossessive() }
                token.newlineBefore = newline
                token.inQuote = inDouble && kind != .quote
                tokens.append(token)
                i = j
            }
            space = false
            newline = false
        }
    }

    /// How many tokens `s` makes, at most (but for photo credits split off a word): every
    /// token starts at a scalar that is not a space and not a letter, digit or mark right
    /// after another. Reserving this many (48 bytes each) instead of a guess per scalar
    /// neither wastes a third of the array on news text nor doubles it on text of
    /// punctuation.
    static func tokenCountEstimate<Scalars: Sequence<Unicode.Scalar>>(_ s: Scalars) -> Int {
        var count = 0
        var previousInWord = false
        for c in s {
            let v = c.value
            let inWord: Bool
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    previousInWord = false
                    continue
                }
                inWord = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            } else {
                if isSpace(c) {
                    previousInWord = false
                    continue
                }
                inWord = isLetterOrDigit(c) || isMark(c)
            }
            if !(inWord && previousInWord) { count += 1 }
            previousInWord = inWord
        }
        return count
    }

    /// ``tokenCountEstimate(_:)`` of the scalars of valid UTF-8 `bytes`, decoded in place.
    static func tokenCountEstimate(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // The same count as over the decoded scalars, with ASCII bytes classed by a table (a
        // scalar of more bytes is decoded and classed as there).
        var count = 0
        var previousInWord = false
        var at = 0
        let n = bytes.count
        // Bit v: ASCII byte v (< 64) is a space as ``isSpace(_:)`` says (tab to carriage return, space).
        let asciiSpaces: UInt64 = 0x0000_0001_0000_3E00
        // Bit v: ASCII byte v (< 64) is a digit.
        let asciiDigits: UInt64 = 0x03FF_0000_0000_0000
        // Bit v: ASCII byte 64 + v is a letter (A–Z, a–z).
        let asciiLetters: UInt64 = 0x07FF_FFFE_07FF_FFFE
        while at < n {
            let byte = bytes[at]
            let inWord: Bool
            if byte < 0x80 {
                at += 1
                if byte < 64 {
                    if (asciiSpaces >> UInt64(byte)) & 1 != 0 {
                        previousInWord = false
                        continue
                    }
                    inWord = (asciiDigits >> UInt64(byte)) & 1 != 0
                } else {
                    inWord = (asciiLetters >> UInt64(byte &- 64)) & 1 != 0
                }
            } else {
                var scalars = UTF8Scalars(bytes: bytes)
                scalars.at = at
                guard let c = scalars.next() else { break }
                at = scalars.at
                if isSpace(c) {
                    previousInWord = false
                    continue
                }
                inWord = isLetterOrDigit(c) || isMark(c)
            }
            if !(inWord && previousInWord) { count += 1 }
            previousInWord = inWord
        }
        return count
    }


    /// Where to split a word that ends in a known photo credit after a lower-case letter.
    private func creditSplit(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard end - start > 3, !credits.isEmpty else { return nil }
        var k = start + 1
        while k < end - 1 {
            if Self.isUpper(s[k]), Self.isLower(s[k - 1]) {
                let suffix = String(String.UnicodeScalarView(s[k..<end]))
                if credits.contains(suffix) { return k }
            }
            k += 1
        }
        return nil
    }

    private func split(_ tokens: Tokens, _ source: ScalarText) -> Sentences {
        source.withBytes { bytes in split(tokens, source, bytes) }
    }

    private func split(_ tokens: Tokens, _ source: ScalarText, _ bytes: UnsafeBufferPointer<UInt8>) -> Sentences {
        let strings = tokens.strings
        // The text starts with "." or is "!", "?" or "…".
        func endsSentence(_ text: Int32) -> Bool {
            strings.withBytes(of: text) { b in
                guard let first = b.first else { return false }
                return first == 0x2E || (b.count == 1 && (first == 0x21 || first == 0x3F))
                    || (b.count == 3 && first == 0xE2 && b[1] == 0x80 && b[2] == 0xA6)
            }
        }
        // The text is ")" or "]".
        func isClosingBracket(_ text: Int32) -> Bool {
            strings.withBytes(of: text) { $0.count == 1 && ($0[0] == 0x29 || $0[0] == 0x5D) }
        }
        var sentences = Sentences()
        var first = 0
        var lineStart = 0  // scalar offset where the current line started
        func close(_ endExclusive: Int) {
            guard endExclusive > first else { return }
            sentences.close(at: endExclusive)
            first = endExclusive
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.newlineBefore {
                // The line breaks between the previous token and this one (LF, CR LF, CR alone,
                // U+2028, U+2029 each count once), and where the token's line starts: only this
                // gap is read, so the split is linear whatever the line endings.
                // (Read as UTF-8: scalar `k` of the gap is the `k`-th lead byte from its start.)
                let gapStart = i > 0 ? tokens[i - 1].end : 0
                var breaks = 0
                var lastBreakEnd = gapStart
                var k = gapStart
                var at = source.byteOffset(gapStart, bytes)
                while k < token.start {
                    let c = bytes[at]
                    let isBreak =
                        c == 0x0A || (c == 0xE2 && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9))
                        || (c == 0x0D && (at + 1 >= bytes.count || bytes[at + 1] != 0x0A))
                    if isBreak {
                        breaks += 1
                        lastBreakEnd = k + 1
                    }
                    at += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                    k += 1
                }
                if i > first {
                    let lineLength = tokens[i - 1].end - lineStart
                    if breaks >= 2 || lineLength < 90 || tokens[i - 1].kind == .punctuation {
                        close(i)
                    }
                }
                lineStart = lastBreakEnd
            }
            if token.kind == .punctuation, endsSentence(token.textNumber) {
                var j = i + 1
                // Closing quotes and brackets belong to the sentence they end.
                while j < tokens.count, !tokens[j].spaceBefore,
                    tokens[j].kind == .quote || isClosingBracket(tokens[j].textNumber)
                {
                    j += 1
                }
                if j >= tokens.count || tokens[j].spaceBefore {
                    close(j)
                    i = j
                    continue
                }
            } else if token.kind == .word, strings.withBytes(of: token.textNumber, { $0.last == 0x2E }), token.text.count > 2,
                i + 1 < tokens.count
            {
                // "… the U.S. The next …": a dotted acronym ends a sentence before a sentence starter.
                let next = tokens[i + 1]
                let dots = token.text.utf8.reduce(0) { $0 + ($1 == 0x2E ? 1 : 0) }
                if dots >= 2 || Self.closingAbbreviations.contains(token), next.spaceBefore, next.isCapitalized,
                    sentenceStarters.contains(next.norm)
                {
                    close(i + 1)
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }
}

/// A fixed list of words that rules test tokens' norms against ("the", "said", "troops"): a
/// `Set<String>` whose answer for a token is kept per norm string in the token's
/// ``TokenStrings`` (one bit per list), so that a word is hashed once per list, not at each
/// test — and, with the strings an ``Extractor`` keeps between documents, once per list for
/// all its documents.
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
    /// The words (lower case, periods removed, as ``Token/norm``).
    let words: Set<String>
    /// The list's bit in ``TokenStrings``'s answers (64 or more: none, every test hashes).
    let bit: Int

    /// Bits given out so far, one per list made (lists are static: a few dozen), and every word
    /// of the lists with a bit, with the bits of the lists that hold it. (`NSLock`, a pthread
    /// mutex, rather than `Synchronization.Mutex`: ThreadSanitizer does not see the futex that
    /// `Mutex` waits on as ordering, and reported two lists made at once on two threads as a race,
    /// as it did for ``SharedStrings``.)
    private final class Made: @unchecked Sendable {
        let lock = NSLock()
        /// Only read or written under `lock`.
        var count = 0
        var bits: [String: UInt64] = [:]
    }
    private static let made = Made()

    init(_ words: Set<String>) {
        self.words = words
        let made = Self.made
        bit = made.lock.withLock {
            let bit = made.count
            made.count += 1
            if bit < 64 {
                for word in words { made.bits[word, default: 0] |= 1 << UInt64(bit) }
            }
            return bit
        }
    }

    /// The number of lists made so far, and the bits of those of them that hold `word` (the
    /// answer of `contains(word)` of each list whose bit is below that number).
    static func lists(holding word: String) -> (made: Int, bits: UInt64) {
        let made = Self.made
        return made.lock.withLock { (made.count, made.bits[word] ?? 0) }
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    /// Whether `word` is in the list.
    @inline(__always) func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the token's norm is in the list (the same answer as `contains(token.norm)`).
    @inline(__always) func contains(_ token: Token) -> Bool { token.isIn(self) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

extension Equatable {
    /// Whether the value is `a` or `b`: `[a, b].contains(self)` without an array.
    @inline(__always) func isOne(of a: Self, _ b: Self) -> Bool { self == a || self == b }
    /// Whether the value is `a`, `b` or `c`: `[a, b, c].contains(self)` without an array.
    @inline(__always) func isOne(of a: Self, _ b: Self, _ c: Self) -> Bool { self == a || self == b || self == c }
}

extension Unicode.Scalar {
    /// The scalar's first one after canonical decomposition: a letter without its accents ("É" → "E").
    var withoutAccent: Unicode.Scalar {
        String(self).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? self
    }
}
