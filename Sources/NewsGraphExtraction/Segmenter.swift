/// One token of a document: a word, number or punctuation mark, with scalar offsets.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punctuation, quote, dash }
    /// Offset of the first scalar.
    var start: Int
    /// Offset just past the last scalar.
    var end: Int
    /// The text as written.
    var text: String
    /// Lower case, periods removed: the key for lexicon look-ups ("U.S." → "us").
    var norm: String
    var kind: Kind
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// Whether a line break precedes the token.
    var newlineBefore: Bool = false
    /// Whether the token sits between quotation marks.
    var inQuote: Bool = false
    /// Whether the token is a photo credit split off a caption ("Reuters" in "EsperReuters").
    var isCredit: Bool = false
    /// First scalar is an upper-case letter (words only).
    var isCapitalized: Bool = false
    /// Every letter is upper case and there are at least two letters ("NATO", "U.S.").
    var isAllCaps: Bool = false
    /// First scalar is a lower-case letter.
    var isLowerInitial: Bool = false
    /// Shaped like part of a name: a capitalized or all-capital word, or a word starting
    /// with a digit that has letters ("75th"); not a contraction ("We're"). Computed once
    /// here because the mention finder asks for every token many times.
    var hasNameShape: Bool = false
    /// The number of `norm`: a ``CompiledLexicon/vocabulary`` word's number, or one of the
    /// numbers after it for the document's other words (set by ``CompiledLexicon/intern(_:)``).
    var word: Int32 = -1
}

/// A sentence: a range of tokens and the scalar span they cover.
struct Sentence: Sendable, Hashable {
    var tokens: Range<Int>
    var start: Int
    var end: Int
}

/// A segmented document.
struct Segmentation: Sendable {
    var source: ScalarText
    var tokens: [Token]
    var sentences: [Sentence]
    /// One more than the largest ``Token/word`` number (after ``CompiledLexicon/intern(_:)``).
    var wordCount = 0

    /// The document's scalars.
    var scalars: [Unicode.Scalar] { source.scalars }
    /// The whole text.
    var original: String { source.original }

    /// The text of `start..<end` (scalar offsets).
    func text(_ start: Int, _ end: Int) -> String { source.string(start, end) }
}

/// A text as Unicode scalars, with the UTF-8 offset of every scalar, so that substrings
/// at scalar offsets are cut from the UTF-8 bytes without re-encoding scalar by scalar.
struct ScalarText: Sendable {
    let original: String
    let scalars: [Unicode.Scalar]
    let utf8: [UInt8]
    /// `offsets[i]` is the UTF-8 offset of scalar `i`; `offsets[count]` is the byte length
    /// (32 bits: a document is at most 2 GiB, and 8 bytes per scalar was a fifth of the
    /// memory extraction took).
    let offsets: [Int32]

    init(_ text: String) {
        original = text
        utf8 = Array(text.utf8)
        precondition(utf8.count < Int(Int32.max), "a document is at most 2 GiB")
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// The text of scalars `start..<end`.
    @inline(__always) func string(_ start: Int, _ end: Int) -> String {
        String(decoding: utf8[Int(offsets[start])..<Int(offsets[end])], as: UTF8.self)
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
    }

    // ASCII fast paths: Unicode property look-ups are the tokenizer's main cost otherwise.
    @inline(__always) private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always) private static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 { return false }
        return s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark
    }

    @inline(__always) private static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always) private static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    @inline(__always) private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always) private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    /// Abbreviations that may also end a sentence ("… Acme Inc. The …").
    static let closingAbbreviations: Set<String> = ["inc", "corp", "co", "ltd", "jr", "sr", "etc"]

    func segment(_ text: String) -> Segmentation {
        let source = ScalarText(text)
        let tokens = tokenize(source)
        let sentences = split(tokens, source.scalars)
        return Segmentation(source: source, tokens: tokens, sentences: sentences)
    }

    /// Tokens only, for compiling lexicon entries the same way text is read.
    func tokenize(_ text: String) -> [Token] { tokenize(ScalarText(text)) }

    private func makeToken(_ source: ScalarText, _ start: Int, _ end: Int, _ kind: Token.Kind, _ space: Bool)
        -> Token
    {
        let scalars = source.scalars
        let text = source.string(start, end)
        var letters = 0
        var upper = 0
        var norm: String
        if scalars[start..<end].allSatisfy({ $0.value < 0x80 }) {
            // ASCII (most tokens): lower-cased straight into the string, no property look-ups.
            norm = String(unsafeUninitializedCapacity: end - start) { buffer in
                var count = 0
                for k in start..<end {
                    let value = scalars[k].value
                    if value == 0x2E { continue }
                    if value >= 0x41 && value <= 0x5A {
                        buffer[count] = UInt8(value + 32)
                        letters += 1
                        upper += 1
                    } else {
                        if value >= 0x61 && value <= 0x7A { letters += 1 }
                        buffer[count] = UInt8(value)
                    }
                    count += 1
                }
                return count
            }
        } else {
            norm = Self.norm(scalars[start..<end], letters: &letters, upper: &upper)
        }
        if norm.isEmpty { norm = text }
        var token = Token(start: start, end: end, text: text, norm: norm, kind: kind, spaceBefore: space)
        if kind == .word, let first = scalars[start..<end].first {
            let isUpper = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            let isLower = first.value < 0x80 ? (first.value >= 0x61 && first.value <= 0x7A) : first.properties.isLowercase
            token.isCapitalized = isUpper
            token.isLowerInitial = isLower
            token.isAllCaps = letters >= 2 && upper == letters
            token.hasNameShape = Self.hasNameShape(token, scalars[start..<end])
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
    private static func hasNameShape(_ t: Token, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        // Contractions are not names: "We're", "It'll", "Don't".
        if t.norm.utf8.contains(0x27), let apostrophe = t.norm.firstIndex(of: "'") {
            let rest = t.norm[t.norm.index(after: apostrophe)...]
            if ["re", "ll", "ve", "d", "m", "t"].contains(rest) { return false }
        }
        if t.isCapitalized || t.isAllCaps { return true }
        // "75th Ranger Regiment"
        guard let first = scalars.first else { return false }
        let leadingDigit = first.value < 0x80 ? (first.value >= 0x30 && first.value <= 0x39) : first.properties.numericType != nil
        return leadingDigit
            && scalars.contains { $0.value < 0x80 ? ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A : $0.properties.isAlphabetic }
    }

    func tokenize(_ source: ScalarText) -> [Token] {
        let s = source.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4)
        var i = 0
        var space = true
        var newline = false
        var inDouble = false
        let n = s.count
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
                            && abbreviations.contains(String(String.UnicodeScalarView(s[i..<j])).lowercased()))
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
                var token = makeToken(source, start, j, kind, space || tokens.isEmpty)
                if token.norm == "w/" { token.norm = "with" }
                token.newlineBefore = newline
                token.inQuote = inDouble
                // A photo credit glued to a caption: "EsperReuters".
                if kind == .word, let split = creditSplit(s, start, j) {
                    var first = makeToken(source, start, split, .word, token.spaceBefore)
                    first.newlineBefore = newline
                    first.inQuote = inDouble
                    var second = makeToken(source, split, j, .word, false)
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
                var token = makeToken(source, start, j, kind, space || tokens.isEmpty)
                if kind == .word { token.norm = "'s" }
                token.newlineBefore = newline
                token.inQuote = inDouble && kind != .quote
                tokens.append(token)
                i = j
            }
            space = false
            newline = false
        }
        return tokens
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

    private func split(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var lineStart = 0  // scalar offset where the current line started
        func close(_ endExclusive: Int) {
            guard endExclusive > first else { return }
            sentences.append(
                Sentence(tokens: first..<endExclusive, start: tokens[first].start, end: tokens[endExclusive - 1].end))
            first = endExclusive
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.newlineBefore {
                // The line breaks between the previous token and this one (LF, CR LF, CR alone,
                // U+2028, U+2029 each count once), and where the token's line starts: only this
                // gap is read, so the split is linear whatever the line endings.
                let gapStart = i > 0 ? tokens[i - 1].end : 0
                var breaks = 0
                var lastBreakEnd = gapStart
                var k = gapStart
                while k < token.start {
                    let c = scalars[k]
                    if c == "\n" || c == "\u{2028}" || c == "\u{2029}" || (c == "\r" && (k + 1 >= scalars.count || scalars[k + 1] != "\n"))
                    {
                        breaks += 1
                        lastBreakEnd = k + 1
                    }
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
            if token.kind == .punctuation, token.text.hasPrefix(".") || token.text == "!" || token.text == "?" || token.text == "\u{2026}" {
                var j = i + 1
                // Closing quotes and brackets belong to the sentence they end.
                while j < tokens.count, !tokens[j].spaceBefore,
                    tokens[j].kind == .quote || tokens[j].text == ")" || tokens[j].text == "]"
                {
                    j += 1
                }
                if j >= tokens.count || tokens[j].spaceBefore {
                    close(j)
                    i = j
                    continue
                }
            } else if token.kind == .word, token.text.hasSuffix("."), token.text.count > 2, i + 1 < tokens.count {
                // "… the U.S. The next …": a dotted acronym ends a sentence before a sentence starter.
                let next = tokens[i + 1]
                let dots = token.text.utf8.reduce(0) { $0 + ($1 == 0x2E ? 1 : 0) }
                if dots >= 2 || Self.closingAbbreviations.contains(token.norm), next.spaceBefore, next.isCapitalized,
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
