import NewsGraph

/// A ``Lexicon`` turned into look-up tables, built once per ``Extractor``.
struct CompiledLexicon: Sendable {
    /// A lexicon entry as a token sequence.
    struct Entry: Sendable {
        var norms: [String]
        /// The surface as written in the lexicon, with periods removed (for case checks).
        var surface: String
        /// Short forms ("US", "IS") must match with the same case.
        var caseSensitive: Bool
        var index: Int
    }

    let lexicon: Lexicon
    let segmenter: Segmenter
    /// Canonical actors, merged by name (later kinds win).
    let actors: [Lexicon.Actor]
    /// Whether an actor's alias is a demonym or adjective ("Iranian"), by actor index.
    let adjectives: [Set<String>]
    let actorIndex: [String: [Entry]]
    let actorByName: [String: Int]
    let titleIndex: [String: [Entry]]
    let verbIndex: [String: [Int]]
    /// Per verb pattern, the rule name its relations carry ("verb:attacked", "noun:met_with").
    let verbRules: [String]
    /// Per verb pattern, its flags and predicate (read in the relation finder's inner loop without copying patterns).
    let verbFlags: [Lexicon.VerbFlags]
    let verbWords: [[[String]]]
    let verbPredicates: [Predicate]

    /// The built-in lexicon, compiled once per process.
    static let builtIn = CompiledLexicon(.builtIn)

    static func stripPeriods(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "." }))
    }

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        let segmenter = Segmenter(lexicon: lexicon)
        self.segmenter = segmenter
        var actors: [Lexicon.Actor] = []
        var byName: [String: Int] = [:]
        for actor in lexicon.actors {
            if let existing = byName[actor.name] {
                actors[existing].kind = actor.kind
                actors[existing].aliases += actor.aliases
                if let within = actor.within { actors[existing].within = within }
            } else {
                byName[actor.name] = actors.count
                actors.append(actor)
            }
        }
        self.actors = actors
        self.actorByName = byName

        func entry(_ text: String, index: Int) -> Entry? {
            let norms = segmenter.tokenize(text).map(\.norm)
            guard !norms.isEmpty else { return nil }
            let bare = String(String.UnicodeScalarView(Self.stripPeriods(text).unicodeScalars.filter { $0 != " " }))
            let letters = bare.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            return Entry(norms: norms, surface: bare, caseSensitive: letters <= 3, index: index)
        }
        var actorIndex: [String: [Entry]] = [:]
        var adjectives: [Set<String>] = []
        for (index, actor) in actors.enumerated() {
            var adjective: Set<String> = []
            for alias in [actor.name] + actor.aliases {
                if let e = entry(alias, index: index) { actorIndex[e.norms[0], default: []].append(e) }
                // A one-word alias of a country that is not its name, short form or acronym is a demonym.
                if actor.kind == .country, alias != actor.name, !alias.contains(" "), !alias.contains("."),
                    !alias.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
                    alias.lowercased() != actor.name.lowercased(),
                    !["america", "britain", "holland", "burma", "czechia", "turkiye", "bosnia", "macedonia"].contains(alias.lowercased())
                {
                    adjective.insert(alias)
                }
            }
            adjectives.append(adjective)
        }
        for key in actorIndex.keys { actorIndex[key]?.sort { $0.norms.count > $1.norms.count } }
        self.actorIndex = actorIndex
        self.adjectives = adjectives

        var titleIndex: [String: [Entry]] = [:]
        for (index, title) in lexicon.titles.enumerated() {
            let tokens = segmenter.tokenize(title.phrase)
            guard let first = tokens.first else { continue }
            // Titles match on the exact text: "President" is a title, "president" is not.
            titleIndex[first.text, default: []].append(
                Entry(norms: tokens.map(\.text), surface: title.phrase, caseSensitive: true, index: index))
        }
        for key in titleIndex.keys { titleIndex[key]?.sort { $0.norms.count > $1.norms.count } }
        self.titleIndex = titleIndex

        var verbIndex: [String: [Int]] = [:]
        for (index, pattern) in lexicon.verbs.enumerated() {
            for form in pattern.words[0] where !form.isEmpty { verbIndex[form, default: []].append(index) }
        }
        self.verbIndex = verbIndex
        verbRules = lexicon.verbs.map { ($0.flags.contains(.noun) ? "noun:" : "verb:") + $0.predicate.name }
        verbFlags = lexicon.verbs.map(\.flags)
        verbWords = lexicon.verbs.map(\.words)
        verbPredicates = lexicon.verbs.map(\.predicate)
    }

    /// The longest actor entry matching at `i` (not past `end`), and its length in tokens.
    func matchActor(_ tokens: [Token], at i: Int, end: Int) -> (index: Int, length: Int)? {
        guard i >= 0, i < end, i < tokens.count, let candidates = actorIndex[tokens[i].norm] else { return nil }
        for candidate in candidates where i + candidate.norms.count <= end {
            var ok = true
            for (k, norm) in candidate.norms.enumerated() {
                let token = tokens[i + k]
                if token.norm != norm || token.isCredit || (k > 0 && token.newlineBefore) { ok = false; break }
            }
            guard ok else { continue }
            let first = tokens[i]
            // The first letter must be upper case ("us" is a pronoun, "Us" is not the US).
            guard first.kind != .word || first.text.unicodeScalars.contains(where: { $0.properties.isUppercase })
                || candidate.surface.unicodeScalars.first.map({ !$0.properties.isUppercase }) ?? false
            else { continue }
            if candidate.caseSensitive {
                var surface = ""
                for k in 0..<candidate.norms.count { surface += Self.stripPeriods(tokens[i + k].text) }
                if surface != candidate.surface { continue }
            }
            return (candidate.index, candidate.norms.count)
        }
        return nil
    }

    /// Whether actor `index` is named after actor `prefix` ("US Army" after "U.S."), so that
    /// "U.S. Army" may resolve to it but "Nepali Army" may not.
    func names(_ index: Int, prefix: Int, prefixText: String) -> Bool {
        if index == prefix { return false }
        let forms = ([actors[prefix].name] + actors[prefix].aliases).map { Self.stripPeriods($0).lowercased() }
        for name in [actors[index].name] + actors[index].aliases {
            let words = Self.stripPeriods(name).lowercased().split(separator: " ").map(String.init)
            if let first = words.first, forms.contains(first) { return true }
            if words.count >= 2, forms.contains(words[0] + " " + words[1]) { return true }
        }
        return false
    }

    /// The longest title matching at `i`, and its length in tokens.
    func matchTitle(_ tokens: [Token], at i: Int, end: Int) -> (index: Int, length: Int)? {
        guard i >= 0, i < end, i < tokens.count, let candidates = titleIndex[tokens[i].text] else { return nil }
        for candidate in candidates where i + candidate.norms.count <= end {
            var ok = true
            for (k, text) in candidate.norms.enumerated() where tokens[i + k].text != text {
                ok = false
                break
            }
            if ok { return (candidate.index, candidate.norms.count) }
        }
        return nil
    }
}
