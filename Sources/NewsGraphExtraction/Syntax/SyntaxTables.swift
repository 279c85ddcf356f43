import NewsGraph

/// Function words the syntactic layer tests for, as bits per vocabulary word (so that a test
/// is an array read, not a string comparison).
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt64
    static let be = WordFlags(rawValue: 1 << 0)
    static let have = WordFlags(rawValue: 1 << 1)
    static let `do` = WordFlags(rawValue: 1 << 2)
    static let subjectPronoun = WordFlags(rawValue: 1 << 3)
    static let possessivePronoun = WordFlags(rawValue: 1 << 4)
    /// didn't, isn't, hasn't, won't …
    static let negative = WordFlags(rawValue: 1 << 5)
    /// won't, can't, couldn't … (a modal)
    static let negativeModal = WordFlags(rawValue: 1 << 6)
    /// the possessive 's
    static let possessiveS = WordFlags(rawValue: 1 << 7)
    /// a bare apostrophe after a plural ("the States' commitment")
    static let apostrophe = WordFlags(rawValue: 1 << 8)
    static let that = WordFlags(rawValue: 1 << 9)
    static let to = WordFlags(rawValue: 1 << 10)
    static let there = WordFlags(rawValue: 1 << 11)
    static let but = WordFlags(rawValue: 1 << 12)
    /// all, nothing, anything, everyone, none ("all but two")
    static let quantifierBeforeBut = WordFlags(rawValue: 1 << 13)
    /// after, before, since, until, till, as: a preposition or a conjunction
    static let prepositionOrConjunction = WordFlags(rawValue: 1 << 14)
    static let get = WordFlags(rawValue: 1 << 15)
    /// he, she, him, her
    static let personPronoun = WordFlags(rawValue: 1 << 16)
    /// they, we
    static let pluralPronoun = WordFlags(rawValue: 1 << 17)
    /// could, may, might, would, should
    static let hedgingModal = WordFlags(rawValue: 1 << 18)
    /// will, shall, won't
    static let future = WordFlags(rawValue: 1 << 19)
    /// was, were, had, did and their negatives
    static let pastAuxiliary = WordFlags(rawValue: 1 << 20)
    /// be, been, being, having (a non-finite auxiliary opening a group)
    static let nonfiniteAuxiliary = WordFlags(rawValue: 1 << 21)
    /// up, down, out, off
    static let particle = WordFlags(rawValue: 1 << 22)
    static let never = WordFlags(rawValue: 1 << 23)
    static let by = WordFlags(rawValue: 1 << 24)
    static let and = WordFlags(rawValue: 1 << 25)
    static let comma = WordFlags(rawValue: 1 << 26)
    static let colon = WordFlags(rawValue: 1 << 27)
    /// that, what, here: "'s" after them is "is"
    static let contractionHost = WordFlags(rawValue: 1 << 28)
    static let i = WordFlags(rawValue: 1 << 29)
    static let it = WordFlags(rawValue: 1 << 30)
    static let you = WordFlags(rawValue: 1 << 31)
    static let currency = WordFlags(rawValue: 1 << 32)
    static let and_or = WordFlags(rawValue: 1 << 33)
    static let on = WordFlags(rawValue: 1 << 34)
    static let of = WordFlags(rawValue: 1 << 35)
    static let hyphen = WordFlags(rawValue: 1 << 36)
    /// $ % & € £
    static let symbol = WordFlags(rawValue: 1 << 37)
    /// said, told, claimed, believes …: a finite verb that takes a clause without "that"
    /// ("officials said militants attacked a post"), so a clause may begin after it.
    static let clauseTaking = WordFlags(rawValue: 1 << 38)

    /// The words of each flag.
    static let lists: [(WordFlags, String)] = [
        (.be, "be is are was were been being am 're 'm isn't aren't wasn't weren't"),
        (.have, "have has had having 've hasn't haven't hadn't"),
        (.do, "do does did didn't doesn't don't"),
        (.subjectPronoun, "i you he she it we they"),
        (.possessivePronoun, "my your his her its our their"),
        (
            .negative,
            "didn't doesn't don't isn't aren't wasn't weren't hasn't haven't hadn't won't can't couldn't wouldn't shouldn't mustn't mightn't"
        ),
        (.negativeModal, "won't can't couldn't wouldn't shouldn't mustn't mightn't"),
        (.possessiveS, "'s"), (.apostrophe, "'"), (.that, "that"), (.to, "to"), (.there, "there"), (.but, "but"),
        (.quantifierBeforeBut, "all nothing anything everyone none"),
        (.prepositionOrConjunction, "after before since until till as"),
        (.get, "get got gets getting gotten"),
        (.personPronoun, "he she him her"), (.pluralPronoun, "they we"),
        (.hedgingModal, "could may might would should couldn't wouldn't shouldn't mightn't"),
        (.future, "will shall 'll won't"),
        (.pastAuxiliary, "was were had did wasn't weren't hadn't didn't"),
        (.nonfiniteAuxiliary, "be been being having"),
        (.particle, "up down out off"), (.never, "never"), (.by, "by"), (.and, "and"), (.comma, ","), (.colon, ":"),
        (.contractionHost, "that what here"), (.i, "i"), (.it, "it"), (.you, "you"), (.currency, "$ € £ us$"),
        (.and_or, "and or"), (.on, "on upon"), (.of, "of"), (.hyphen, "-"), (.symbol, "$ % & € £"),
        (
            .clauseTaking,
            "say says said tell tells told claim claims claimed allege alleges alleged believe believes believed "
                + "think thinks thought insist insists insisted argue argues argued admit admits admitted "
                + "acknowledge acknowledges acknowledged confirm confirms confirmed warn warns warned add adds added "
                + "fear fears feared suspect suspects suspected assert asserts asserted contend contends contended"
        ),
    ]
}

/// Per vocabulary word, its ``WordFlags``, read as an array: a byte per word, the number of its
/// combination of flags among the few distinct ones (the words with flags are numbered last, so
/// an array of 8-byte flags ran through the whole vocabulary: 0.45 MiB for a few hundred words).
struct WordFlagTable: Sendable {
    private let codes: [UInt8]
    private let sets: [WordFlags]

    init(_ flags: [WordFlags]) {
        var sets: [WordFlags] = [[]]
        var codeOf: [UInt64: UInt8] = [0: 0]
        var codes = [UInt8](repeating: 0, count: flags.count)
        for (id, flag) in flags.enumerated() where !flag.isEmpty {
            if let code = codeOf[flag.rawValue] {
                codes[id] = code
            } else {
                precondition(sets.count < 256, "more than 255 combinations of word flags")
                codeOf[flag.rawValue] = UInt8(sets.count)
                codes[id] = UInt8(sets.count)
                sets.append(flag)
            }
        }
        self.codes = codes
        self.sets = sets
    }

    var count: Int { codes.count }

    @inline(__always) subscript(id: Int) -> WordFlags { sets[Int(codes[id])] }
}

/// The syntactic layer's look-up tables, compiled once with the lexicon: every word
/// WordNet and the closed classes know, numbered in the lexicon's vocabulary, with its
/// readings (``Lexical``), and the demonyms of the lexicon's countries ("Iranian"), which
/// the tagger reads as adjectives.
struct SyntaxTables: Sendable {
    /// Per vocabulary word: its readings, or `nil` for a word only the lexicon knows.
    let lexicalByWord: [Lexical?]
    /// Per vocabulary word: whether it is a country's demonym or adjective.
    let isDemonym: [Bool]
    /// Per vocabulary word: the function-word tests it passes.
    let flags: WordFlagTable
    /// The lexicon's frames, a later one replacing an earlier one of the same lemma and shape.
    let frames: [Frame]
    /// Verb lemma (vocabulary number) → frames to try, most specific first, a user's
    /// before a built-in one of the same specificity.
    let verbFrames: [Int32: [Int]]
    /// Noun lemma → frames, in the same order.
    let nounFrames: [Int32: [Int]]
    /// Per vocabulary word: whether it is the lemma of a verb or noun with frames (a form of
    /// "be" when the copula has frames).
    let hasFrames: [Bool]
    /// The vocabulary number of "be": the lemma whose verb frames a copula clause takes ("Y was
    /// behind the attack"; a copula's verb group has no main verb, so no lemma of its own).
    let copulaLemma: Int32

    init(lexicon: Lexicon, adjectives: [Set<String>], vocabulary: inout WordTable) {
        var byWord: [Lexical?] = []
        func set(_ word: String, _ value: Lexical) {
            let id = Int(vocabulary.insert(word))
            if id >= byWord.count { byWord += [Lexical?](repeating: nil, count: id - byWord.count + 1) }
            byWord[id] = value
        }
        WordNetWords.forEachForm { form in
            let lemma = form.lemma.map { vocabulary.insert($0) } ?? -1
            set(form.word, Lexical(tags: form.tags, preferred: form.preferred, lemma: lemma))
        }
        for (word, tags) in ClosedClass.words.sorted(by: { $0.key < $1.key }) {
            var lexical = Lexical(tags: TagSet(tags), preferred: tags[0])
            // "has", "did", "done": do and have are also main verbs, with themselves as lemma.
            if tags.contains(where: \.isVerb) {
                let lemma = ClosedClass.have.contains(word) ? "have" : (ClosedClass.do.contains(word) || word == "done" ? "do" : word)
                lexical.lemma = vocabulary.insert(lemma)
            }
            set(word, lexical)
        }
        var demonym = [Bool](repeating: false, count: vocabulary.count)
        for forms in adjectives {
            for form in forms where !form.contains(" ") {
                let id = Int(vocabulary.insert(CompiledLexicon.stripPeriods(form).lowercased()))
                if id >= demonym.count { demonym += [Bool](repeating: false, count: id - demonym.count + 1) }
                demonym[id] = true
            }
        }
        var flags: [WordFlags] = []
        for (flag, list) in WordFlags.lists {
            for word in list.split(separator: " ") {
                let id = Int(vocabulary.insert(String(word)))
                if id >= flags.count { flags += [WordFlags](repeating: [], count: id - flags.count + 1) }
                flags[id].insert(flag)
            }
        }
        self.flags = WordFlagTable(flags)
        if byWord.count < vocabulary.count { byWord += [Lexical?](repeating: nil, count: vocabulary.count - byWord.count) }
        lexicalByWord = byWord.exactCopy()
        isDemonym = demonym.exactCopy()
        // Frames by lemma; a later frame with the same lemma and shape replaces an earlier one.
        var verbFrames: [Int32: [Int]] = [:]
        var nounFrames: [Int32: [Int]] = [:]
        // A frame's shape is its elements as values: a slot's kinds compare as a set, whatever
        // order they were written or iterate in (a printed `Set` would not be deterministic).
        struct Shape: Hashable { var lemma: String, isNoun: Bool, elements: [Frame.Element], future: Bool }
        var bySignature: [Shape: Int] = [:]
        for (index, frame) in lexicon.frames.enumerated() {
            var lemmas: [String] = []
            for lemma in frame.lemmas {
                if lemma.hasPrefix("@") { lemmas += WordNetWords.classes[String(lemma.dropFirst())] ?? [] } else { lemmas.append(lemma) }
            }
            for lemma in lemmas {
                let id = vocabulary.insert(lemma)
                let key = Shape(lemma: lemma, isNoun: frame.isNoun, elements: frame.elements, future: frame.future)
                if let earlier = bySignature[key] {
                    verbFrames[id]?.removeAll { $0 == earlier }
                    nounFrames[id]?.removeAll { $0 == earlier }
                }
                bySignature[key] = index
                if frame.isNoun { nounFrames[id, default: []].append(index) } else { verbFrames[id, default: []].append(index) }
            }
        }
        let frames = lexicon.frames
        func order(_ table: inout [Int32: [Int]]) {
            for key in table.keys {
                table[key]?.sort {
                    frames[$0].elements.count != frames[$1].elements.count
                        ? frames[$0].elements.count > frames[$1].elements.count
                        // (A `future` frame before the frame of the same size that reads the clause otherwise.)
                        : frames[$0].future != frames[$1].future ? frames[$0].future : $0 > $1
                }
            }
        }
        order(&verbFrames)
        order(&nounFrames)
        self.frames = frames
        self.verbFrames = verbFrames
        self.nounFrames = nounFrames
        var hasFrames = [Bool](repeating: false, count: vocabulary.count)
        for id in verbFrames.keys { hasFrames[Int(id)] = true }
        for id in nounFrames.keys { hasFrames[Int(id)] = true }
        let be = vocabulary.insert("be")
        copulaLemma = be
        if verbFrames[be] != nil {
            for form in ["am", "is", "are", "was", "were", "been", "being"] {
                let id = Int(vocabulary.insert(form))
                if id >= hasFrames.count { hasFrames += [Bool](repeating: false, count: id - hasFrames.count + 1) }
                hasFrames[id] = true
            }
        }
        self.hasFrames = hasFrames.exactCopy()
    }
}

extension CompiledLexicon {
    /// The function-word tests the token's word passes.
    @inline(__always) func flags(_ token: Token) -> WordFlags {
        let id = Int(token.word)
        return id >= 0 && id < syntax.flags.count ? syntax.flags[id] : []
    }

    /// The vocabulary number of a tagged token's lemma: a verb's or plural noun's base form
    /// ("attacked" → "attack"), else the word itself. Computed from the word's readings when
    /// asked (the token keeps only its tag, to stay 48 bytes).
    func lemma(of token: Token) -> Int32 {
        guard token.tag.isVerb || token.tag == .nounPlural else { return token.word }
        let id = Int(token.word)
        let readings = id >= 0 && id < syntax.lexicalByWord.count ? syntax.lexicalByWord[id] : nil
        let lexical = readings ?? token.analysis { analyze($0) }
        // "lay" is the past of "lie" and a verb of its own: a base form is its own lemma.
        if token.tag == .verbBase || token.tag == .verbPresent, lexical.tags.contains(.verbBase) { return token.word }
        return lexical.lemma >= 0 ? lexical.lemma : token.word
    }

    /// A lemma number as text. A word the built-in vocabulary lacks is numbered per document
    /// (past the vocabulary's end) and is its own lemma, so its text is the token's.
    func lemmaText(_ lemma: Int32, of token: Token) -> String {
        lemma >= 0 && Int(lemma) < vocabulary.words.count ? vocabulary.words[Int(lemma)] : token.norm
    }

    /// Whether a sentence has a word with frames (only such a sentence is parsed).
    func hasFrames(_ tokens: Tokens, _ range: Range<Int>) -> Bool {
        let table = syntax.hasFrames
        for k in range {
            let id = Int(lemma(of: tokens[k]))
            if id >= 0, id < table.count, table[id] { return true }
        }
        return false
    }

    /// Per vocabulary word: its readings (see ``SyntaxTables``).
    var lexicalByWord: [Lexical?] { syntax.lexicalByWord }

    /// Whether the token is a country's demonym or adjective ("Iranian").
    func isDemonym(_ token: Token) -> Bool {
        let id = Int(token.word)
        return id >= 0 && id < syntax.isDemonym.count && syntax.isDemonym[id]
    }

    /// The readings of a word (lower case, periods removed), from the tables or its shape.
    func lexical(_ norm: String) -> Lexical {
        if let id = vocabulary.number(of: norm), Int(id) < syntax.lexicalByWord.count, let known = syntax.lexicalByWord[Int(id)] {
            return known
        }
        return analyze(norm)
    }

    /// The readings of a word neither WordNet nor the closed classes know, from its shape
    /// and, for an inflection of a known word, that word ("embargoed" → "embargo").
    func analyze(_ norm: String) -> Lexical {
        let utf8 = norm.utf8
        if utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            // "75th", "1990s", "G7"
            let ordinal = norm.hasSuffix("th") || norm.hasSuffix("st") || norm.hasSuffix("nd") || norm.hasSuffix("rd")
            return ordinal ? Lexical(tags: TagSet(.adjective), preferred: .adjective) : Lexical(tags: TagSet(.number), preferred: .number)
        }
        func lemma(_ stem: Substring, _ alternatives: [String]) -> Int32 {
            for candidate in [String(stem)] + alternatives.map({ String(stem) + $0 }) {
                if let id = vocabulary.number(of: candidate), Int(id) < lexicalByWord.count, lexicalByWord[Int(id)] != nil { return id }
            }
            // "shelled" → "shell" after an undoubled consonant: "stopped" → "stop".
            if stem.count >= 3, let last = stem.last, stem.dropLast().last == last {
                return vocabulary.number(of: String(stem.dropLast())) ?? -1
            }
            return -1
        }
        let count = utf8.count
        if count > 4, norm.hasSuffix("ly") { return Lexical(tags: TagSet(.adverb), preferred: .adverb) }
        if count > 5, norm.hasSuffix("ing") {
            return Lexical(tags: TagSet(.verbGerund), preferred: .verbGerund, lemma: lemma(norm.dropLast(3), ["e"]))
        }
        if count > 4, norm.hasSuffix("ed") {
            return Lexical(tags: TagSet([.verbPast, .verbParticiple]), preferred: .verbPast, lemma: lemma(norm.dropLast(2), ["e"]))
        }
        if count > 3, norm.hasSuffix("s"), !norm.hasSuffix("ss"), !norm.hasSuffix("us"), !norm.hasSuffix("is") {
            // ("advisers" → "adviser": a singular read as a noun by its shape is left out of WordNet's table,
            // but a word the lexicon's tables name is in the vocabulary.)
            let singular = lemma(norm.dropLast(), [])
            return Lexical(
                tags: TagSet(.nounPlural), preferred: .nounPlural, lemma: singular >= 0 ? singular : vocabulary.number(of: String(norm.dropLast())) ?? -1)
        }
        return .unknown
    }
}
