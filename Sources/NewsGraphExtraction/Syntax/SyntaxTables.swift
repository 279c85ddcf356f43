import NewsGraph

/// The syntactic layer's look-up tables, compiled once with the lexicon: every word
/// WordNet and the closed classes know, numbered in the lexicon's vocabulary, with its
/// readings (``Lexical``), and the demonyms of the lexicon's countries ("Iranian"), which
/// the tagger reads as adjectives.
struct SyntaxTables: Sendable {
    /// Per vocabulary word: its readings, or `nil` for a word only the lexicon knows.
    let lexicalByWord: [Lexical?]
    /// Per vocabulary word: whether it is a country's demonym or adjective.
    let isDemonym: [Bool]

    init(lexicon: Lexicon, adjectives: [Set<String>], vocabulary: inout WordTable) {
        var byWord: [Lexical?] = []
        func set(_ word: String, _ value: Lexical) {
            let id = Int(vocabulary.insert(word))
            if id >= byWord.count { byWord += [Lexical?](repeating: nil, count: id - byWord.count + 1) }
            byWord[id] = value
        }
        for form in WordNetWords.forms {
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
        if byWord.count < vocabulary.count { byWord += [Lexical?](repeating: nil, count: vocabulary.count - byWord.count) }
        lexicalByWord = byWord
        isDemonym = demonym
    }
}

extension CompiledLexicon {
    /// Per vocabulary word: its readings (see ``SyntaxTables``).
    var lexicalByWord: [Lexical?] { syntax.lexicalByWord }

    /// Whether the token is a country's demonym or adjective ("Iranian").
    func isDemonym(_ token: Token) -> Bool {
        let id = Int(token.word)
        return id >= 0 && id < syntax.isDemonym.count && syntax.isDemonym[id]
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
            return Lexical(tags: TagSet([.verbGerund, .noun]), preferred: .verbGerund, lemma: lemma(norm.dropLast(3), ["e"]))
        }
        if count > 4, norm.hasSuffix("ed") {
            return Lexical(tags: TagSet([.verbPast, .verbParticiple]), preferred: .verbPast, lemma: lemma(norm.dropLast(2), ["e"]))
        }
        if count > 3, norm.hasSuffix("s"), !norm.hasSuffix("ss"), !norm.hasSuffix("us"), !norm.hasSuffix("is") {
            return Lexical(tags: TagSet(.nounPlural), preferred: .nounPlural, lemma: lemma(norm.dropLast(), []))
        }
        return .unknown
    }
}
