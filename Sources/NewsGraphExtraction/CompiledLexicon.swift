import NewsGraph

/// A ``Lexicon`` turned into look-up tables, built once per ``Extractor``.
final class CompiledLexicon: Sendable {
    /// A lexicon entry as a token sequence.
    struct Entry: Sendable {
        var norms: [String]
        /// `norms` as word numbers (see ``vocabulary``).
        var words: [Int32] = []
        /// The surface as written in the lexicon, with periods removed (for case checks).
        var surface: String
        /// Short forms ("US", "IS") must match with the same case.
        var caseSensitive: Bool
        var index: Int
        /// The rank of the lexicon it came from (``Lexicon/Actor/rank``): on equal length, a
        /// higher rank is tried first.
        var rank = 0
    }

    let lexicon: Lexicon
    let segmenter: Segmenter
    /// Canonical actors, merged by name (later kinds win).
    let actors: [Lexicon.Actor]
    /// Whether an actor's alias is a demonym or adjective ("Iranian"), by actor index.
    let adjectives: [Set<String>]

    /// Whether `alias`, of several words, is the demonym of the country `name`: the same words but the last, which
    /// differs from the name's last and opens with its first four letters ("South African" of "South Africa", "Sri
    /// Lankans" of "Sri Lanka"; not "Republic of South Africa").
    static func isCompoundDemonym(_ alias: String, of name: String) -> Bool {
        let words = alias.split(separator: " ")
        let nameWords = name.split(separator: " ")
        guard words.count >= 2, words.count == nameWords.count, words.dropLast() == nameWords.dropLast(),
            let last = words.last, let nameLast = nameWords.last, last != nameLast, nameLast.count >= 4
        else { return false }
        return last.lowercased().hasPrefix(nameLast.prefix(4).lowercased())
    }
    let actorByName: [String: Int]
    /// The names the relation rules look an entity up by (``RelationFinder``'s `entityByName`):
    /// the actors' names and the countries they are `within`.
    let namesLookedUp: Set<String>
    /// Per verb pattern, the rule name its relations carry ("verb:attacked", "noun:met_with").
    let verbRules: [String]
    /// Per verb pattern, its flags and predicate (read in the relation finder's inner loop without copying patterns).
    let verbFlags: [Lexicon.VerbFlags]
    let verbWords: [[[String]]]
    let verbPredicates: [Predicate]
    /// Per verb pattern, the rank of its lexicon (``Lexicon/VerbPattern/rank``).
    let verbRanks: [Int]
    let hasRankedVerbs: Bool

    /// Every word a look-up table or word list of the lexicon knows (lower case, periods
    /// removed, as in ``Token/norm``), numbered from 0. ``intern(_:)`` gives each token the
    /// number of its norm, so that the stages test words by number instead of hashing
    /// strings again and again.
    let vocabulary: WordTable
    /// Per vocabulary word: which word lists it is in.
    let wordClasses: [WordClass]
    /// Per vocabulary word: the kind a span ending in it has (``Lexicon/heads``).
    let headKinds: [EntityKind?]
    /// The actor entries that start with a vocabulary word, longest first, by the word's number
    /// (only the few thousand words that start one: an array of all ~50k words was 8 bytes each).
    let actorsByWord: [Int32: ActorList]
    /// The actor entries of a first word, and beside each, in the same order, what ``matchActor(_:at:end:)``
    /// turns it down by before reading the entry or any token again: its length in tokens and its second
    /// word. Lists of a common first word ("united", "national") are long, and reading each entry's words
    /// against the tokens was most of the ~280 instructions a match took (callgrind).
    struct ActorList: Sendable {
        var entries: [Entry]
        var shapes: [Shape]
        struct Shape: Sendable {
            var length: Int32
            /// -1 for an entry of one word.
            var secondWord: Int32
        }
        init(_ entries: [Entry]) {
            self.entries = entries
            shapes = entries.map { Shape(length: Int32($0.words.count), secondWord: $0.words.count > 1 ? $0.words[1] : -1) }
        }
    }
    /// The titles whose first word has a vocabulary word as norm, longest first, by its number.
    let titlesByWord: [Int32: [Entry]]
    /// Per vocabulary word: whether an actor entry (bit 0) or a title (bit 1) starts with it, or a verb
    /// pattern may (bit 2), so that ``matchActor(_:at:end:)``, ``matchTitle(_:at:end:)`` and
    /// ``verbs(startingWith:)`` turn most tokens down with one byte read, not a dictionary
    /// looked up (they are asked at most capitalized tokens, and at every word).
    let startsEntry: [UInt8]
    /// The verb patterns whose first word a vocabulary word can be, by its number.
    let verbsByWord: [Int32: [Int]]
    /// The tagger's and the clause rules' tables (``SyntaxTables``).
    let syntax: SyntaxTables

    /// The word lists a vocabulary word belongs to.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt16
        static let connector = WordClass(rawValue: 1 << 0)
        static let nonName = WordClass(rawValue: 1 << 1)
        static let organHead = WordClass(rawValue: 1 << 2)
        static let excludedHead = WordClass(rawValue: 1 << 3)
        static let timeWord = WordClass(rawValue: 1 << 4)
        /// A given name ("lamar"), a particle of a surname ("al", "van"), a generational
        /// suffix ("jr", "iii"), a word of a title ("chairman").
        static let givenName = WordClass(rawValue: 1 << 5)
        static let particle = WordClass(rawValue: 1 << 6)
        static let nameSuffix = WordClass(rawValue: 1 << 7)
        static let titleWord = WordClass(rawValue: 1 << 8)
        /// A word that is no name alone but starts the name of a place in ``PlaceTable`` ("New"
        /// Jersey, "North" Carolina).
        static let placeStart = WordClass(rawValue: 1 << 9)
        /// An adverb ("indeed", "notably"; WordNet).
        static let adverb = WordClass(rawValue: 1 << 10)
        /// A common English noun or adjective that is no frequent name ("securities", "civil").
        static let commonWord = WordClass(rawValue: 1 << 11)
        /// A language's name ("arabic"; ISO 639).
        static let language = WordClass(rawValue: 1 << 12)
        /// A title word that names no person itself ("foreign", "police", "radio").
        static let titleModifier = WordClass(rawValue: 1 << 13)
        /// A surname that may come first in a name ("wang", "kim"; US Census 2010).
        static let familyFirst = WordClass(rawValue: 1 << 14)
    }

    /// The built-in lexicon, compiled once per process. The literals it was read from are then
    /// let go of (``LiteralPages``): only the place table is read again, and a page of it is read
    /// from the file again when a look-up needs it.
    static let builtIn: CompiledLexicon = {
        let compiled = CompiledLexicon(.builtIn)
        LiteralPages.release(
            BuiltInLexicon.sources + [WordNetWords.table, WordNetWords.verbClasses, BuiltInLexicon.placeTable, BuiltInLexicon.countryCodes])
        return compiled
    }()

    static func stripPeriods(_ text: String) -> String {
        // (Most texts have none: the text itself, without a filtered copy; `matchActor` asks at every
        // case-sensitive entry it matches, "US" at every "US".)
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "." }))
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
                actors[existing].rank = max(actors[existing].rank, actor.rank)
                actors[existing].aliases += actor.aliases
                if let within = actor.within { actors[existing].within = within }
            } else {
                byName[actor.name] = actors.count
                actors.append(actor)
            }
        }
        self.actors = actors
        self.actorByName = byName
        self.namesLookedUp = Set(byName.keys).union(actors.lazy.compactMap(\.within))

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
            var forms = [actor.name] + actor.aliases
            // A country's one-word demonym in "-i" or "-an" names its people in the plural too, as the generated
            // demonyms do ("Nepali" → "Nepalis", "Azeri" → "Azeris"; not "Frenchman", whose plural is irregular),
            // when no form of the lexicon's is that plural already.
            if actor.kind == .country {
                for alias in actor.aliases where !alias.contains(" ") && !alias.contains(".") && alias.count >= 4
                    && alias.first?.isUppercase == true && alias.dropFirst().allSatisfy({ $0.isLowercase })
                    && (alias.hasSuffix("i") || (alias.hasSuffix("an") && !alias.hasSuffix("man")))
                {
                    let plural = alias + "s"
                    if !forms.contains(plural), byName[plural] == nil, !lexicon.countryNames.contains(plural.lowercased()) {
                        forms.append(plural)
                    }
                }
            }
            for alias in forms {
                if var e = entry(alias, index: index) {
                    e.rank = actor.rank
                    actorIndex[e.norms[0], default: []].append(e)
                }
                // A one-word alias of a country that is not its name, short form, acronym or another
                // name of it ([countrynames]: "Britain") is a demonym.
                if actor.kind == .country, alias != actor.name, !alias.contains(" "), !alias.contains("."),
                    !alias.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
                    alias.lowercased() != actor.name.lowercased(),
                    !lexicon.countryNames.contains(alias.lowercased())
                {
                    adjective.insert(alias)
                }
                // A country's demonym of several words is its name's words with the last one made an adjective
                // ("South African", "Sri Lankan", "New Zealanders"), not another name ("Republic of South Africa").
                if actor.kind == .country, alias != actor.name, Self.isCompoundDemonym(alias, of: actor.name) {
                    adjective.insert(alias)
                }
            }
            adjectives.append(adjective)
        }
        // Longest first; on equal length, a later lexicon's entry (a user's) before an earlier one's,
        // then the lexicon's order.
        for key in actorIndex.keys {
            actorIndex[key]?.sort {
                $0.norms.count != $1.norms.count
                    ? $0.norms.count > $1.norms.count : $0.rank != $1.rank ? $0.rank > $1.rank : $0.index < $1.index
            }
        }
        self.adjectives = adjectives

        var titleIndex: [String: [Entry]] = [:]
        let phrases = Set(lexicon.titles.map(\.phrase))
        for (index, title) in lexicon.titles.enumerated() {
            let tokens = segmenter.tokenize(title.phrase)
            guard let first = tokens.first else { continue }
            // Titles match on the exact text: "President" is a title, "president" is not.
            titleIndex[first.text, default: []].append(
                Entry(norms: tokens.map(\.text), surface: title.phrase, caseSensitive: true, index: index))
            // A lower-case office of several words also matches with a capital first word, as where it opens a
            // sentence: "Managing director X said" (unless the lexicon lists that spelling itself, as "Chief
            // executive"); inside a sentence that spelling names the same office. Not "<body> chief":
            // "Army chief of staff X" names the army before its office.
            if tokens.count >= 2, let c = first.text.first, c.isLowercase, tokens.last?.text != "chief" {
                let opening = first.text.prefix(1).uppercased() + first.text.dropFirst()
                let phrase = ([opening] + tokens.dropFirst().map(\.text)).joined(separator: " ")
                if !phrases.contains(phrase), segmenter.tokenize(phrase).map(\.text) == [opening] + tokens.dropFirst().map(\.text) {
                    titleIndex[opening, default: []].append(
                        Entry(norms: [opening] + tokens.dropFirst().map(\.text), surface: title.phrase, caseSensitive: true, index: index))
                }
            }
        }
        for key in titleIndex.keys { titleIndex[key]?.sort { $0.norms.count > $1.norms.count } }

        var verbIndex: [String: [Int]] = [:]
        for (index, pattern) in lexicon.verbs.enumerated() {
            for form in pattern.words[0] where !form.isEmpty { verbIndex[form, default: []].append(index) }
        }
        verbRules = lexicon.verbs.map { ($0.flags.contains(.noun) ? "noun:" : "verb:") + $0.predicate.name }
        verbFlags = lexicon.verbs.map(\.flags)
        verbWords = lexicon.verbs.map(\.words)
        verbPredicates = lexicon.verbs.map(\.predicate)
        verbRanks = lexicon.verbs.map(\.rank)
        hasRankedVerbs = lexicon.verbs.contains { $0.rank > 0 }

        // About the size the vocabulary reaches (WordNet's 43k words and the lexicon's), so that
        // the table does not grow (rehash) several times on the way.
        var vocabulary = WordTable(capacity: 1 << 16)
        func number(_ word: String) -> Int32 { vocabulary.insert(word) }
        // Sorted keys: the numbering, like everything else, is the same in every run.
        let actorLists = actorIndex.sorted { $0.key < $1.key }.map { key, list in
            (
                number(key),
                list.map { entry -> Entry in
                    var entry = entry
                    entry.words = entry.norms.map(number)
                    return entry
                }
            )
        }
        var titleLists: [(Int32, [Entry])] = []
        for (_, list) in titleIndex.sorted(by: { $0.key < $1.key }) {
            for var entry in list {
                entry.words = segmenter.tokenize(lexicon.titles[entry.index].phrase).map { number($0.norm) }
                titleLists.append((entry.words[0], [entry]))
            }
        }
        let verbLists = verbIndex.sorted { $0.key < $1.key }.map { (number($0.key), $0.value) }
        var classes: [(String, WordClass)] = []
        for word in lexicon.connectors { classes.append((word, .connector)) }
        for word in lexicon.nonNames { classes.append((word, .nonName)) }
        for word in lexicon.organHeads { classes.append((word, .organHead)) }
        for word in lexicon.excludedHeads { classes.append((word, .excludedHead)) }
        for word in MentionFinder.timeWords { classes.append((word, .timeWord)) }
        for word in lexicon.givenNames.sorted() { classes.append((word, .givenName)) }
        for word in lexicon.particles.sorted() { classes.append((word, .particle)) }
        for word in lexicon.suffixes.sorted() { classes.append((word, .nameSuffix)) }
        for word in lexicon.titleWords.sorted() { classes.append((word, .titleWord)) }
        for word in lexicon.titleModifiers.sorted() { classes.append((word, .titleModifier)) }
        for word in lexicon.familyFirstNames.sorted() { classes.append((word, .familyFirst)) }
        for word in lexicon.adverbs.sorted() { classes.append((word, .adverb)) }
        for word in lexicon.commonWords.sorted() { classes.append((word, .commonWord)) }
        for word in lexicon.languages.sorted() { classes.append((word, .language)) }
        for word in lexicon.nonNames.sorted() where PlaceTable.builtIn.hasName(startingWith: word + " ") {
            classes.append((word, .placeStart))
        }
        for (word, _) in classes { _ = number(word) }
        for word in lexicon.heads.keys.sorted() { _ = number(word) }

        var wordClasses = [WordClass](repeating: [], count: vocabulary.count)
        for (word, wordClass) in classes { wordClasses[Int(number(word))].insert(wordClass) }
        var headKinds = [EntityKind?](repeating: nil, count: vocabulary.count)
        for (word, kind) in lexicon.heads { headKinds[Int(number(word))] = kind }
        var actorsByWord: [Int32: ActorList] = [:]
        for (id, list) in actorLists where !list.isEmpty { actorsByWord[id] = ActorList(list) }
        var titlesByWord: [Int32: [Entry]] = [:]
        for (id, list) in titleLists where !list.isEmpty { titlesByWord[id, default: []] += list }
        for id in titlesByWord.keys where titlesByWord[id]!.count > 1 {
            // Longest first; among equals, the order of the lexicon.
            titlesByWord[id]!.sort { $0.norms.count != $1.norms.count ? $0.norms.count > $1.norms.count : $0.index < $1.index }
        }
        var verbsByWord: [Int32: [Int]] = [:]
        for (id, list) in verbLists where !list.isEmpty { verbsByWord[id] = list }
        var startsEntry = [UInt8](repeating: 0, count: vocabulary.count)
        for id in actorsByWord.keys { startsEntry[Int(id)] |= 1 }
        for id in titlesByWord.keys { startsEntry[Int(id)] |= 2 }
        for id in verbsByWord.keys { startsEntry[Int(id)] |= 4 }
        self.syntax = SyntaxTables(lexicon: lexicon, adjectives: adjectives, vocabulary: &vocabulary)
        vocabulary.shrinkToFit()
        self.vocabulary = vocabulary
        self.wordClasses = wordClasses
        self.headKinds = headKinds
        self.actorsByWord = actorsByWord
        self.titlesByWord = titlesByWord
        self.startsEntry = startsEntry
        self.verbsByWord = verbsByWord
    }

    /// Numbers the tokens' norms (``Token/word``, kept per norm string in ``TokenStrings``): vocabulary words keep their number,
    /// every other word of the document gets the next free one. Also numbers the document's
    /// own words (``Segmentation/localWord``).
    func intern(_ seg: inout Segmentation) {
        let strings = seg.strings
        strings.resetLocalWords()
        // (Sized by the document's distinct strings, not its tokens, nor the strings kept from
        // other documents.)
        let distinct = strings.documentStrings.count
        var local = WordTable(capacity: distinct / 2)
        let known = Int32(vocabulary.count)
        // Word number → local number: an open-addressing table with at least twice as many
        // slots as distinct strings (Fibonacci hashing); a slot holds the word number + 1 in
        // its high half and the local number in its low half, 0 when empty.
        var bits = 4
        while 1 << bits < distinct * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        var localCount: Int32 = 0
        // Per distinct norm string of the document (``TokenStrings``), its word and local
        // numbers once found: each string is hashed once, not once per token (and its
        // vocabulary number once for all the documents that share the strings).
        for k in seg.tokens.indices {
            let n = seg.tokens[k].normNumber
            if strings.localWord(ofNorm: n) >= 0 { continue }
            let vocabularyWord = strings.vocabularyWord(ofNorm: n) { vocabulary.number(of: $0) }
            let word = vocabularyWord >= 0 ? vocabularyWord : known + local.insert(strings[n])
            let key = UInt64(UInt32(bitPattern: word &+ 1))
            var slot = Int((UInt32(truncatingIfNeeded: key) &* 2_654_435_769) >> (32 - UInt32(bits))) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 {
                    slots[slot] = key << 32 | UInt64(UInt32(localCount))
                    strings.setWord(word, local: localCount, ofNorm: n)
                    localCount += 1
                    break
                }
                if entry >> 32 == key {
                    strings.setWord(word, local: Int32(truncatingIfNeeded: entry), ofNorm: n)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        seg.wordCount = Int(known) + local.count
        seg.localOfString = strings.localOfString
        seg.localWordCount = Int(localCount)
    }

    /// Of the verb patterns that matched at one word, those of the latest lexicon: a user's
    /// pattern shadows the built-in ones that match where it does.
    func preferred(_ found: inout [(Int, Int, Int)]) {
        guard hasRankedVerbs, found.count > 1, let top = found.map({ verbRanks[$0.2] }).max() else { return }
        found.removeAll { verbRanks[$0.2] < top }
    }

    /// Whether the token's word is in the word list `wordClass`.
    @inline(__always)
    func isWord(_ token: Token, _ wordClass: WordClass) -> Bool {
        let id = Int(token.word)
        return id < wordClasses.count && wordClasses[id].contains(wordClass)
    }

    /// The kind a span ending in this token has, if its word is a head word.
    @inline(__always)
    func headKind(_ token: Token) -> EntityKind? {
        let id = Int(token.word)
        return id < headKinds.count ? headKinds[id] : nil
    }

    /// The verb patterns whose first word this token can be.
    @inline(__always)
    func verbs(startingWith token: Token) -> [Int]? {
        let id = Int(token.word)
        guard id < startsEntry.count, startsEntry[id] & 4 != 0 else { return nil }
        return verbsByWord[Int32(id)]
    }

    /// The longest actor entry matching at `i` (not past `end`), and its length in tokens.
    func matchActor(_ tokens: Tokens, at i: Int, end: Int) -> (index: Int, length: Int)? {
        guard i >= 0, i < end, i < tokens.count else { return nil }
        let firstWord = Int(tokens[i].word)
        guard firstWord < startsEntry.count, startsEntry[firstWord] & 1 != 0 else { return nil }
        guard let list = actorsByWord[Int32(firstWord)] else { return nil }
        let first = tokens[i]
        if first.isCredit { return nil }
        // The second token's word, read once (-2: none, past `end`; -3: not a name's, after a line break or a credit).
        var secondWord: Int32 = -2
        if i + 1 < end {
            let second = tokens[i + 1]
            secondWord = second.isCredit || second.newlineBefore ? -3 : second.word
        }
        for c in list.shapes.indices {
            let shape = list.shapes[c]
            guard i + Int(shape.length) <= end, shape.length == 1 || shape.secondWord == secondWord else { continue }
            // (The first word is the list's, the second is checked; the rest, if any.)
            var ok = true
            if shape.length > 2 {
                let words = list.entries[c].words
                for k in 2..<words.count {
                    let token = tokens[i + k]
                    if token.word != words[k] || token.isCredit || token.newlineBefore { ok = false; break }
                }
            }
            guard ok else { continue }
            let candidate = list.entries[c]
            // The first letter must be upper case ("us" is a pronoun, "Us" is not the US).
            guard first.kind != .word || first.isCapitalized || first.isAllCaps || Self.caseAllows(first.text, candidate.surface)
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

    /// Whether a word that is neither capitalized nor all capitals may still name the entry of `surface`: it has
    /// an upper-case letter somewhere, or the entry itself opens in lower case. (Its own function: the
    /// Unicode properties it reads cost every call of ``matchActor(_:at:end:)`` a metadata look-up on entry.)
    @inline(never) private static func caseAllows(_ text: String, _ surface: String) -> Bool {
        text.unicodeScalars.contains(where: { $0.properties.isUppercase })
            || surface.unicodeScalars.first.map({ !$0.properties.isUppercase }) ?? false
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
    func matchTitle(_ tokens: Tokens, at i: Int, end: Int) -> (index: Int, length: Int)? {
        guard i >= 0, i < end, i < tokens.count else { return nil }
        let firstWord = Int(tokens[i].word)
        guard firstWord < startsEntry.count, startsEntry[firstWord] & 2 != 0 else { return nil }
        guard let candidates = titlesByWord[Int32(firstWord)] else { return nil }
        // (Entries read in place, none copied; their words, numbers, compared before any text. The first word is
        // the list's.)
        for c in candidates.indices where i + candidates[c].norms.count <= end {
            let words = candidates[c].words
            guard (1..<words.count).allSatisfy({ tokens[i + $0].word == words[$0] }) else { continue }
            let norms = candidates[c].norms
            if norms.indices.allSatisfy({ tokens[i + $0].text == norms[$0] }) { return (candidates[c].index, norms.count) }
        }
        return nil
    }
}
