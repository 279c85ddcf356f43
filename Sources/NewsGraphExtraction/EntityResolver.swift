import NewsGraph

/// One actor of a document after resolution.
struct ResolvedEntity: Sendable {
    var name: String
    var kind: EntityKind
    /// The distinct surfaces it is named by; empty when its name is the only one (an array of
    /// one string is 48 bytes, for every entity of a text of names only).
    var surfaces: [String]
    /// The stable id of `name`, computed once.
    var id: String
    // (Its mentions are those the resolver's `owner` gives it, in mention order: no array per
    // entity, 48 bytes and more on text of names only, each a one-mention entity.)

    init(name: String, kind: EntityKind, surfaces: [String]) {
        self.init(name: name, kind: kind, surfaces: surfaces, id: Self.stableID(name))
    }

    /// An entity whose id is already known.
    init(name: String, kind: EntityKind, surfaces: [String], id: String) {
        self.name = name
        self.kind = kind
        self.surfaces = surfaces
        self.id = id
    }

    /// The stable id of a canonical name (``StableID/make(_:)``, which has its own ASCII
    /// fast path).
    static func stableID(_ name: String) -> String { StableID.make(name) }
}

/// The entities of one document, by column (issue 14): the kinds in one array, names as UTF-8
/// bytes one after the other in one buffer, surfaces only where an entity has more than its
/// name; an id is not kept but made from the name when read (an entity's id is always the
/// stable id of its name: its bytes were 17 MB at the peaks of a text of 700k names). An entity read as a ``ResolvedEntity`` (its `String`s made on the
/// read) was a 48-byte record with two heap strings of its own, ~180 bytes an entity at the
/// peak of a text of names only; here ~50. The rules read ``kinds`` and ``name(_:)``.
struct ResolvedEntities: RandomAccessCollection, Sendable {
    /// Per entity, its kind.
    private(set) var kinds: [EntityKind] = []
    /// Per entity, its distinct surfaces; empty when its name is the only one.
    var surfaces = Surfaces()
    /// The names that are not read from the text, one after the other.
    private var nameBytes: [UInt8] = []
    /// Per entity, where its name's UTF-8 bytes start: in the document's text from offset 0 up,
    /// else (negative) at `~start` in `nameBytes`; and how many there are. Most names are a
    /// mention's words as the text has them, read there: 8 bytes a name, where its bytes and their
    /// end took ~26 (18 MB at the peak of a text of 700k names, a copy of most of the text).
    private var nameStarts: [Int32] = []
    private var nameLengths: [Int32] = []
    /// The text names are read from.
    private let text: ScalarText?

    init() { text = nil }

    /// Entities whose names may be read from `text`.
    init(text: ScalarText) { self.text = text }

    var startIndex: Int { 0 }
    var endIndex: Int { kinds.count }

    /// Entity `index`, its name and id made as `String`s.
    subscript(index: Int) -> ResolvedEntity {
        ResolvedEntity(name: name(index), kind: kinds[index], surfaces: surfaces[index], id: id(index))
    }

    /// The canonical name of entity `index`.
    func name(_ index: Int) -> String { withNameBytes(index) { String(decoding: $0, as: UTF8.self) } }

    /// The stable id of entity `index` (``ResolvedEntity/stableID(_:)`` of its name).
    func id(_ index: Int) -> String { ResolvedEntity.stableID(name(index)) }

    /// Calls `body` with the UTF-8 bytes of entity `index`'s name (no `String` made).
    func withNameBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(nameStarts[index])
        let length = Int(nameLengths[index])
        if start >= 0, let text {
            return text.withBytes { body(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
        }
        let from = ~start
        return nameBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<from + length])) }
    }

    mutating func reserveCapacity(_ count: Int) {
        kinds.reserveCapacity(count)
        nameStarts.reserveCapacity(count)
        nameLengths.reserveCapacity(count)
    }

    /// Entities' surfaces, kept only for an entity that has more than its name: an array per
    /// entity took 8 bytes for each of a text of names only, where almost every one is empty.
    struct Surfaces: Sendable {
        private var stored: [Int32: [String]] = [:]

        /// Entity `index`'s surfaces (none: empty).
        subscript(index: Int) -> [String] {
            get { stored.isEmpty ? [] : stored[Int32(truncatingIfNeeded: index)] ?? [] }
            set {
                if newValue.isEmpty {
                    if !stored.isEmpty { stored[Int32(truncatingIfNeeded: index)] = nil }
                } else {
                    stored[Int32(truncatingIfNeeded: index)] = newValue
                }
            }
        }
    }

    /// Appends an entity; its id is ``ResolvedEntity/stableID(_:)`` of `name`. The name is read
    /// from the text at UTF-8 offset `textOffset` if the text has its bytes there, else kept.
    mutating func append(name: String, kind: EntityKind, surfaces: [String], textOffset: Int? = nil) {
        kinds.append(kind)
        self.surfaces[kinds.count - 1] = surfaces
        var name = name
        let length = name.utf8.count
        let inText = textOffset.map { offset in
            text?.withBytes { text in
                offset >= 0 && offset + length <= text.count
                    && name.withUTF8 { $0.elementsEqual(UnsafeBufferPointer(rebasing: text[offset..<offset + length])) }
            } ?? false
        } ?? false
        if inText, let textOffset {
            nameStarts.append(Int32(truncatingIfNeeded: textOffset))
        } else {
            nameStarts.append(~Int32(truncatingIfNeeded: nameBytes.count))
            // (The bytes grow by a quarter when full, not doubled.)
            nameBytes.makeRoom(for: nameBytes.count + length)
            nameBytes.append(contentsOf: name.utf8)
        }
        nameLengths.append(Int32(truncatingIfNeeded: length))
    }
}

/// Per mention, the index of its entity (-1: none), read and written as `Int`s and kept as 32-bit
/// numbers (an `[Int]` was 5.6 MB, alive from the resolver to the end of relation finding, of a
/// text of 700k names; issue 14).
struct MentionOwners: RandomAccessCollection, MutableCollection, Equatable, Sendable, CustomStringConvertible {
    private var storage: [Int32]

    init(repeating value: Int, count: Int) { storage = [Int32](repeating: Int32(truncatingIfNeeded: value), count: count) }

    init(_ owners: [Int]) { storage = owners.map { Int32(truncatingIfNeeded: $0) } }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    subscript(index: Int) -> Int {
        get { Int(storage[index]) }
        set { storage[index] = Int32(truncatingIfNeeded: newValue) }
    }

    var description: String { Array(self).description }
}

/// Merges the mentions of one document into actors: gazetteer entries, surname and full
/// name, acronym and expansion, demonym and country. Gives each a canonical name.
///
/// Mentions are clustered by keys numbered in a ``WordKeyTable``: a lexicon actor, a name
/// (the sequence of its words' numbers, ``ResolverWords``) or an organ of a state (the state
/// and the organ's words). A key is never a `String`: two mentions share a key exactly when the
/// joined norms the keys once were are equal, and the tables by word (surnames, first words,
/// last words) are keyed by word numbers.
struct EntityResolver: Sendable {
    let lexicon: CompiledLexicon
    /// The bits of each key's hash the resolver's tables use (``WordKeyTable/hashMask``): all
    /// of them; a test passes 0, every key colliding, and must get the same actors.
    var hashMask: UInt32 = .max

    /// Whether a name's last word makes it a company's: a body's head word that is no state organ's and no
    /// word a person's name ends a body in ("Airways", "Group"; not "Ministry", "Church"), or a trade's word
    /// (``MentionFinder/companyEndWords``: "Lines", "Trading").
    private func isCompanyWord(_ last: Token) -> Bool {
        (lexicon.headKind(last) == .organization && !lexicon.isWord(last, .organHead) && !Self.namedAfterPeopleHeads.contains(last))
            || MentionFinder.companyEndWords.contains(last)
    }

    /// Whether a person's title stands right before a name ("its chairman Omar Haddad", "the firm's founder,
    /// Omar Haddad") or after it and a comma ("Tarvo Lenk, its founder,", "Tarvo Lenk, the company's chairman").
    /// Looks at most four words to either side.
    func hasPersonTitle(_ m: MentionCandidate, _ tokens: Tokens) -> Bool {
        var before = m.start
        if before > 0, tokens[before - 1].textIs(",") { before -= 1 }
        for k in 1...3 where before - k >= 0 {
            if lexicon.matchTitle(tokens, at: before - k, end: before)?.length == k { return true }
        }
        guard m.end + 1 < tokens.count, tokens[m.end].textIs(",") else { return false }
        var p = m.end + 1
        if tokens[p].normIsOne(of: "its", "the", "his", "her", "their") { p += 1 }
        // ("the company's founder")
        if p + 2 < tokens.count, tokens[p].kind == .word, tokens[p + 1].normIs("'s") { p += 2 }
        guard p < tokens.count else { return false }
        return lexicon.matchTitle(tokens, at: p, end: min(tokens.count, p + 4)) != nil
    }

    /// Organization heads that also name institutions after a person ("the Ruth Adler Fund"): a
    /// two-word name before them may be that person's, not the body's short name.
    static let namedAfterPeopleHeads: WordSet = ["fund", "trust", "society", "church", "chamber", "institution", "programme", "program"]
    /// Words naming an international body's organ, not a state's ("International Tribunal", "World
    /// Council"): such bare organs are not given the text's country.
    static let internationalWords: WordSet = ["international", "intergovernmental", "world", "global", "european"]
    /// Organ heads a bare name keeps without the text's country: they as often name a body of an international
    /// organization or of another actor ("the Governing Council", "Southern Command", "the Committee").
    static let sharedOrganHeads: WordSet = ["committee", "council", "command"]
    /// Organ heads a name of one word may be given the text's country by: a legislature's or a cabinet's ("told
    /// Parliament"), not "the Court", "the Commission".
    static let loneStateOrganHeads: WordSet = ["parliament", "senate", "congress", "cabinet", "legislature"]
    /// Organ heads that also end companies' names ("Korvex Services", "Tarsel Agency"): a lone first word still
    /// names such a body.
    static let companyLikeOrganHeads: WordSet = [
        "service", "services", "agency", "center", "centre", "centers", "centres", "unit", "division", "office", "bureau",
    ]
    /// The first two words of a name (its word numbers), as one key.
    static func firstTwo(_ n: ArraySlice<Int32>) -> Int64 { Int64(n[n.startIndex]) << 32 | Int64(UInt32(bitPattern: n[n.startIndex + 1])) }
    /// The tags of the keys of a ``WordKeyTable``: a set of word sequences, an actor of the
    /// lexicon (its number as the value), a name (its words), an organ (the state's actor
    /// number as the value, the organ's words).
    static let wordsTag: UInt8 = 0
    static let lexiconTag: UInt8 = 1
    static let nameTag: UInt8 = 2
    static let organTag: UInt8 = 3
    /// Nouns that, right after a lone name, make it a place's ("Kestrava province").
    static let placeNounsAfterName: WordSet = [
        "province", "region", "state", "district", "county", "municipality", "governorate", "prefecture", "department",
        // Land's nouns ("the Tarvo area", "the Orvel field"): MentionFinder's place nouns after a name.
        "area", "field", "oilfield", "gasfield", "basin", "valley", "island",
    ]

    /// - Returns: the entities and, per mention, the index of its entity.
    /// - Parameter titles: the offices' titles the mention finder found (for the text's own country,
    ///   ``RelationFinder/documentCountry(seg:mentions:resolved:country:isPlace:placeWithin:titleAt:)``).
    func resolve(
        _ mentions: [MentionCandidate], _ seg: Segmentation, titles: [TitleCandidate] = []
    ) -> (entities: ResolvedEntities, owner: MentionOwners) {
        let tokens = seg.tokens
        let word = ResolverWords(seg)
        let theWord = word.number("the")
        let asWord = word.number("as")
        let knownWord = word.number("known")
        let alsoWord = word.number("also")
        let dashText = seg.strings.existingNumber("-") ?? -2
        let count = mentions.count
        // Every cluster key of the document.
        var table = WordKeyTable(capacity: count / 2, hashMask: hashMask)
        let lexiconTag = Self.lexiconTag, nameTag = Self.nameTag, organTag = Self.organTag, wordsTag = Self.wordsTag
        var keyOf = [Int32](repeating: -1, count: count)
        // Runs 0..<count: per mention, its words' numbers without a leading "the". Runs
        // count..<2 count: per mention not from the gazetteer that may name a person, the words
        // of that name without title words before it ("Chairman Park") and generational
        // suffixes after it ("Santos Jr.", "Whitfield III"): the name's core, from which its
        // surname is read (the mention's own run for the others).
        let runs: WordRuns = {
            // (Room for the first runs' words exactly: twice the runs' count, reserved, was up to
            // twice the words of a text of names only.)
            var mentionWords = 0
            for m in mentions { for k in m.start..<m.end where tokens[k].kind == .word { mentionWords += 1 } }
            // (Room for the mentions' runs: the names' runs are mostly repeats of them, kept apart.)
            var runs = WordRuns(capacity: count, words: mentionWords)
            for m in mentions {
                let from = runs.end
                for k in m.start..<m.end where tokens[k].kind == .word { runs.appendWord(word[k]) }
                // (Nor a legal form written first, "PT", "PJSC": "PT Sarvan Jaya" and "Sarvan Jaya" name one
                // company.)
                let formFirst =
                    m.actor == nil && m.kind == .organization && runs.end - from > 1
                    && ((m.start..<m.end).first { tokens[$0].kind == .word }.map { MentionFinder.legalFormsFirst.contains(tokens[$0].text) } == true
                        // (Nor a club's prefix before a known place: "SV Tarvstadt" and a later "Tarvstadt" name one club.)
                        || MentionFinder.isPrefixedPlaceName(tokens, m.start, m.end, lexicon))
                runs.close(from: from, drop: runs.end - from > 1 && (runs.words[from] == theWord || formFirst) ? 1 : 0)
            }
            for (index, m) in mentions.enumerated() {
                guard m.actor == nil, m.kind == .person || m.kindGuessed, m.end - m.start >= 2,
                    lexicon.isWord(tokens[m.start], .titleWord) || lexicon.isWord(tokens[m.end - 1], .nameSuffix)
                        || tokens[m.end - 1].kind != .word
                else {
                    runs.repeatRun(index)
                    continue
                }
                var words = (m.start..<m.end).filter { tokens[$0].kind == .word }
                if let first = words.first, word[first] == theWord { words.removeFirst() }
                while words.count >= 2, lexicon.isWord(tokens[words[0]], .titleWord), tokens[words[0]].isCapitalized,
                    !lexicon.isWord(tokens[words[0]], .givenName)
                {
                    words.removeFirst()
                }
                while words.count >= 3, let last = words.last, lexicon.isWord(tokens[last], .nameSuffix) {
                    words.removeLast()
                }
                let from = runs.end
                for k in words { runs.appendWord(word[k]) }
                runs.close(from: from)
            }
            return runs
        }()
        // (The names' keys are read from these runs, not copied: ``WordKeyTable/intern(_:_:run:)``.)
        table.runs = runs
        func mentionNorms(_ index: Int) -> ArraySlice<Int32> { runs[index] }
        func nameNorms(_ index: Int) -> ArraySlice<Int32> { runs[count + index] }
        // Whether a mention's words before its last are all particles or connectors ("von der
        // Leyen", "bin Salman", "al-Baghdadi"): one surname.
        func isSurname(_ n: ArraySlice<Int32>, _ index: Int) -> Bool {
            guard !n.isEmpty else { return false }
            if n.count == 1 { return true }
            // The mention's last n words: all but the last must be particles or connectors.
            let m = mentions[index]
            var remaining = n.count
            var k = m.end - 1
            while k >= m.start, remaining > 0 {
                if tokens[k].kind == .word {
                    if remaining < n.count, !(lexicon.isWord(tokens[k], .particle) || lexicon.isWord(tokens[k], .connector)) {
                        return false
                    }
                    remaining -= 1
                }
                k -= 1
            }
            return true
        }
        // "Park Tae-soo", "Kim Jong-un": a family name first, then a given name of syllables glued by
        // hyphens; a lone "Park" names this person.
        func isFamilyNameFirst(_ index: Int) -> Bool {
            let m = mentions[index]
            // "Wang Yi", "Kim Jong Un": a name of two or three words whose first is a surname written first.
            if m.kind == .person, m.end - m.start >= 2, m.end - m.start <= 3, lexicon.isWord(tokens[m.start], .familyFirst),
                (m.start + 1..<m.end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
            {
                return true
            }
            guard m.end - m.start >= 4, m.kind == .person, tokens[m.start].kind == .word, !lexicon.isWord(tokens[m.start], .givenName)
            else {
                return false
            }
            for k in (m.start + 1)..<(m.end - 1) where tokens[k].textNumber == dashText && !tokens[k].spaceBefore {
                if !tokens[k + 1].spaceBefore, tokens[k + 1].isLowerInitial { return true }
            }
            return false
        }
        // Per key, the kind of its first mention (nil for a key no mention has had yet).
        var clusterKind: [EntityKind?] = []
        // (Only worth building when the text has an unknown acronym to resolve, pass 3.)
        // (Or one with lower-case letters among more capitals, "KoRMT", read by its capitals.)
        func isAcronym(_ t: Token) -> Bool { t.isAllCaps || MentionFinder.isMixedCaseAcronym(t.text) }
        let hasAcronym = mentions.contains { $0.actor == nil && $0.end - $0.start == 1 && isAcronym(tokens[$0.start]) }
        // The keys in the order they got a kind, for pass 3 alone (none kept without an acronym:
        // 4 bytes a key, alive at the resolver's peak on a text of 700k names, issue 14).
        var firstSeen: [Int32] = []
        func kindOfCluster(_ key: Int32) -> EntityKind? { Int(key) < clusterKind.count ? clusterKind[Int(key)] : nil }
        func assign(_ index: Int, _ key: Int32, _ kind: EntityKind) {
            keyOf[index] = key
            if Int(key) >= clusterKind.count { clusterKind.extend(to: Int(key) + 1, with: nil) }
            if clusterKind[Int(key)] == nil {
                clusterKind[Int(key)] = kind
                if hasAcronym { firstSeen.appendGrowingSlowly(key) }
            }
        }
        // Full names that a lone surname can stand for: their key and the run of their words.
        // (The run's number in 32 bits: a full name per mention of a text of names only.)
        var fullNames: [(key: Int32, run: Int32)] = []
        // Surnames of the people named in full anywhere in the document.
        // (Built by the loop below, then sealed; asked only after it.)
        var allFullNameSuffixes = WordSequenceSet(wordCount: word.count, hashMask: hashMask)
        func isFullNameSuffix(_ n: ArraySlice<Int32>) -> Bool { allFullNameSuffixes.contains(n) }
        // Whether a full name of three words or more ends in two surnames, the father's then the
        // mother's ("Wilmer Quispe Huamán", "Fernando de la Puente Rojas"): its next-to-last word
        // is capitalized, no initial, no given name (a middle name: "John Michael Smith") and no
        // particle. A lone "Quispe" or "De la Puente" then names the person too.
        func endsInTwoSurnames(_ index: Int) -> Bool {
            let m = mentions[index]
            guard m.actor == nil, m.kind == .person, nameNorms(index).count >= 3 else { return false }
            var last = m.end - 1
            while last > m.start, tokens[last].kind != .word { last -= 1 }
            var before = last - 1
            while before > m.start, tokens[before].kind != .word { before -= 1 }
            guard before > m.start, tokens[last].isCapitalized, tokens[before].isCapitalized else { return false }
            let t = tokens[before]
            return t.text.utf8.count >= 3 && !t.text.utf8.contains(0x2E) && !lexicon.isWord(t, .givenName)
                && !lexicon.isWord(t, .particle) && !lexicon.isWord(tokens[last], .particle)
                && !lexicon.isWord(tokens[last], .nameSuffix)
        }
        // Full names whose first word is their family name ("Park Tae-soo"), by that word.
        var familyNameFirst: [Int32: Int32] = [:]
        for (index, m) in mentions.enumerated() where m.kind == .person && m.end - m.start >= 2 {
            let n = nameNorms(index)
            if n.count >= 2 {
                allFullNameSuffixes.insert(n.suffix(1))
                if n.count >= 3 { allFullNameSuffixes.insert(n.suffix(2)) }
                // "bin Salman", "von der Leyen": the surname with its particles.
                var k = n.count - 1
                let words = (m.start..<m.end).filter { tokens[$0].kind == .word }.suffix(n.count)
                while k > 1, lexicon.isWord(tokens[words[words.startIndex + k - 1]], .particle) { k -= 1 }
                if k < n.count - 1 { allFullNameSuffixes.insert(n[(n.startIndex + k)...]) }
                if endsInTwoSurnames(index) {
                    // The father's surname, with its particles ("de la Puente").
                    let father = n.dropLast()
                    allFullNameSuffixes.insert(father.suffix(1))
                    var k = father.count - 1
                    while k > 1, lexicon.isWord(tokens[words[words.startIndex + k - 1]], .particle) { k -= 1 }
                    if k < father.count - 1 { allFullNameSuffixes.insert(father[(father.startIndex + k)...]) }
                }
            }
            if m.actor == nil, isFamilyNameFirst(index), !n.isEmpty {
                allFullNameSuffixes.insert(n.prefix(1))
            }
        }
        allFullNameSuffixes.seal()
        // Organizations named in full in this document, by their last word: a lone "Army" is the
        // "Royal Thai Army" of the text rather than a gazetteer entry known by that short alias.
        var unknownOrgsByHead: [Int32: Set<Int32>] = [:]
        let hasLoneGazetteerOrganization = mentions.contains {
            $0.end - $0.start == 1 && $0.actor.map { lexicon.actors[$0].kind == .organization } == true
        }
        if hasLoneGazetteerOrganization {
            for (index, m) in mentions.enumerated()
            where m.actor == nil && m.kind == .organization && m.partOf == nil && !m.isAdjective && m.end - m.start >= 2 {
                let n = mentionNorms(index)
                if n.count >= 2, let last = n.last { unknownOrgsByHead[last, default: []].insert(table.intern(nameTag, 0, run: index)) }
            }
        }
        // Organs of a state named with it ("Ukraine's Foreign Ministry", "Ukrainian Foreign Ministry"):
        // one actor per state, keyed by the state and the organ's own words. The same words
        // without a state ("the Foreign Ministry") then name the organ of the state mentioned
        // most recently with them.
        // (Allocated for the first organ found: most documents have none.)
        var organKey: [Int32] = []
        var organWords = WordKeyTable(hashMask: hashMask)
        var organsByWords: [[(index: Int, key: Int32)]] = []
        var lastMentionEndingAt = MentionPositionIndex()
        for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization && !m.isAdjective {
            let head = m.headIndex ?? m.end - 1
            guard lexicon.isWord(tokens[head], .organHead) else { continue }
            if lastMentionEndingAt.isEmpty {
                lastMentionEndingAt = MentionPositionIndex(mentions: mentions, byEnd: true, last: true)
            }
            var state: Int?
            var wordsFrom = m.start
            if let p = m.partOf, let actor = mentions[p].actor, lexicon.actors[actor].kind == .country,
                mentions[p].start == m.start
            {
                state = actor
                wordsFrom = mentions[p].end
            } else if m.start >= 1, tokens[m.start - 1].normIs("'s"), let p = lastMentionEndingAt[m.start - 1],
                let actor = mentions[p].actor, lexicon.actors[actor].kind == .country
            {
                state = actor
            }
            let words = (wordsFrom..<m.end).filter { tokens[$0].kind == .word }.map { word[$0] }
            guard let state, !words.isEmpty else { continue }
            let key = table.intern(organTag, Int32(truncatingIfNeeded: state), words[...])
            if organKey.isEmpty { organKey = [Int32](repeating: -1, count: count) }
            organKey[index] = key
            let organ = Int(organWords.intern(wordsTag, 0, words[...]))
            if organ == organsByWords.count { organsByWords.append([]) }
            organsByWords[organ].append((index, key))
        }
        if !organsByWords.isEmpty {
            for (index, m) in mentions.enumerated() where organKey[index] < 0 && m.actor == nil && m.kind == .organization {
                guard let organ = organWords.number(wordsTag, 0, mentionNorms(index)) else { continue }
                let organs = organsByWords[Int(organ)]
                organKey[index] = (organs.last { $0.index < index } ?? organs[0]).key
            }
        }
        // The same words without a state and never named with one ("told Parliament", "the Health
        // Ministry") name the organ of the text's own country, when it is clear (its dateline's, else
        // the one it names most, as ``RelationFinder`` reads it for offices): "Romanian Health
        // Ministry", not one node of every text's ministry. Only a generic organ's name: one or two
        // words, the head last and not one international bodies share (``sharedOrganHeads``: "Governing
        // Council"; alone, only a legislature's or a cabinet's, ``loneStateOrganHeads``), the other a common English word
        // (not "Velmar High Court", "Kessa Army"); not an international body's ("World
        // Council"), one the text names with another owner ("the Kelvar Union's …") or whose words end a
        // longer name of the text ("European Parliament"), nor in a sentence naming another country.
        var documentCountry: Int?? = nil
        var endsOfLongerNames: WordKeyTable? = nil
        var sentencesNamingOthers: Set<Int>? = nil
        var vetoedOrgans: WordKeyTable? = nil
        var bareOrgans: [(index: Int, state: Int)] = []
        for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization && !m.isAdjective && m.partOf == nil {
            guard organKey.isEmpty || organKey[index] < 0 else { continue }
            let head = m.headIndex ?? m.end - 1
            guard lexicon.isWord(tokens[head], .organHead) else { continue }
            let words = mentionNorms(index)
            guard !words.isEmpty, words.count <= 2, head == m.end - 1, !Self.companyLikeOrganHeads.contains(tokens[head]),
                !Self.sharedOrganHeads.contains(tokens[head]), words.count == 2 || Self.loneStateOrganHeads.contains(tokens[head]),
                organWords.number(wordsTag, 0, words) == nil,
                (m.start..<head).allSatisfy({
                    tokens[$0].kind != .word || (lexicon.isWord(tokens[$0], .commonWord) && !Self.internationalWords.contains(tokens[$0]))
                }),
                !(index + 1 < mentions.count && mentions[index + 1].start < m.end),
                !(index > 0 && mentions[index - 1].end > m.start)
            else { continue }
            if documentCountry == nil {
                let titleStarts = Set(titles.map(\.start))
                let found = RelationFinder.documentCountry(
                    seg: seg, mentions: mentions, resolved: { _ in true },
                    country: { i in mentions[i].actor.flatMap { lexicon.actors[$0].kind == .country ? $0 : nil } },
                    isPlace: { i in
                        mentions[i].actor.map { lexicon.actors[$0].kind.isOne(of: .location, .facility) }
                            ?? mentions[i].kind.isOne(of: .location, .facility)
                    },
                    placeWithin: { i in
                        guard let actor = mentions[i].actor, lexicon.actors[actor].kind.isOne(of: .location, .facility),
                            let within = lexicon.actors[actor].within
                        else { return nil }
                        return .some(
                            mentions.lazy.compactMap(\.actor).first {
                                lexicon.actors[$0].kind == .country && lexicon.actors[$0].name == within
                            })
                    },
                    titleAt: { titleStarts.contains($0) })
                documentCountry = .some(found.clear ? found.country : nil)
            }
            guard let state = documentCountry ?? nil else { break }
            // (Nor in a sentence naming another country: "the people of Peru … and the National
            // Assembly" in a text about another state's sanctions on it.)
            if sentencesNamingOthers == nil {
                sentencesNamingOthers = Set(
                    mentions.lazy.filter { o in o.actor.map { $0 != state && lexicon.actors[$0].kind == .country } ?? false }
                        .map(\.sentence))
            }
            // (Then none of the mentions of the same words: one organ of the text.)
            if sentencesNamingOthers?.contains(m.sentence) == true {
                if vetoedOrgans == nil { vetoedOrgans = WordKeyTable(hashMask: hashMask) }
                _ = vetoedOrgans?.intern(wordsTag, 0, words)
                continue
            }
            // (Words ending a longer name of the text: another body's organ.)
            // (And the words of every mention after a possessive: "the Kelvar Union's Executive Council".)
            if endsOfLongerNames == nil {
                var ends = WordKeyTable(hashMask: hashMask)
                for (other, o) in mentions.enumerated() {
                    let n = mentionNorms(other)
                    for from in n.indices.dropFirst() { _ = ends.intern(wordsTag, 0, n[from...]) }
                    if o.start >= 1, tokens[o.start - 1].normIs("'s"), !n.isEmpty { _ = ends.intern(wordsTag, 0, n) }
                }
                endsOfLongerNames = ends
            }
            guard endsOfLongerNames?.number(wordsTag, 0, words) == nil else { continue }
            bareOrgans.append((index, state))
        }
        for (index, state) in bareOrgans where vetoedOrgans?.number(wordsTag, 0, mentionNorms(index)) == nil {
            if organKey.isEmpty { organKey = [Int32](repeating: -1, count: count) }
            organKey[index] = table.intern(organTag, Int32(truncatingIfNeeded: state), mentionNorms(index))
        }
        // Organizations named in full by three words or more, by their first two words: "Northern
        // Heron" names the document's one "Northern Heron Airlines" (a short name without the head
        // word; "National Bank" is no short name of "National Bank of Egypt").
        var orgsByFirstTwo = KeysByPair()
        // Those of them whose last word is a company's head ("Holdings", "Resources"; not an organ's,
        // "Council", nor a head that names an institution after a person, "Fund", "Trust"): their
        // first two words stand for them even when the first is also a given name ("Rosa Marel" for
        // "Rosa Marel Holdings").
        // (Not when the two words were named alone before the company: "Ana Reyes founded Ana Reyes
        // Holdings" names its founder first.)
        var companiesByFirstTwo: Set<Int32> = []
        // Those whose words after the first two are a group's word or legal forms only ("Holdings Berhad",
        // "Group Ltd"): the parent company a bare short name stands for beside its units named alike
        // ("Tarsen Vale" for "Tarsen Vale Holdings Berhad", not its "Tarsen Vale Land").
        var parentsByFirstTwo: Set<Int32> = []
        var pairsNamedAlone: Set<Int64> = []
        var countryUnitsByFirstTwo: Set<Int32> = []
        for (index, m) in mentions.enumerated() where m.actor == nil && m.partOf == nil && !m.isAdjective {
            if m.end - m.start == 2, m.kind == .person {
                let n = mentionNorms(index)
                if n.count == 2 { pairsNamedAlone.insert(Self.firstTwo(n)) }
                continue
            }
            // (And a facility named by a lower-case noun after its name: "Velmar Oskos" for "the Velmar
            // Oskos penitentiary".)
            guard m.kind == .organization || (m.kind == .facility && tokens[m.end - 1].isLowerInitial), m.end - m.start >= 3
            else { continue }
            let n = mentionNorms(index)
            guard n.count >= 3 else { continue }
            let pair = Self.firstTwo(n)
            let key = table.intern(nameTag, 0, run: index)
            orgsByFirstTwo.insert(key, for: pair)
            // The token after the first two words, over a hyphen between them ("Al-Varin Holdings": "Holdings").
            var rest = m.start
            var words = 0
            while rest < m.end, words < 2 {
                if tokens[rest].kind == .word { words += 1 }
                rest += 1
            }
            if (rest..<m.end).allSatisfy({
                MentionFinder.legalForms.contains(tokens[$0]) || tokens[$0].normIsOne(of: "holdings", "holding", "group")
            }) {
                parentsByFirstTwo.insert(key)
            }
            // ("Brenvik Seafood Peru": a unit named after its country, which a bare "Brenvik Seafood" beside
            // the parent's longer name does not stand for.)
            if (rest..<m.end).contains(where: { k in
                lexicon.matchActor(tokens, at: k, end: m.end).map {
                    $0.length == m.end - k && lexicon.actors[$0.index].kind == .country
                } ?? false
            }) {
                countryUnitsByFirstTwo.insert(key)
            }
            // ("Tarvo Hanh Dairy", "Mai Lan Bakery": a common English noun last that is no head word names a firm as a
            // company's word does; not an organ's or a body's head, nor one a person's name may end in.)
            let last = tokens[m.end - 1]
            let commonNounLast =
                m.kind == .organization && last.isCapitalized && !last.isAllCaps && lexicon.headKind(last) == nil
                && lexicon.isWord(last, .commonWord) && !lexicon.isWord(last, .titleWord) && !lexicon.isWord(last, .givenName)
                && !Self.namedAfterPeopleHeads.contains(last)
            if isCompanyWord(last) || commonNounLast, !pairsNamedAlone.contains(pair) {
                companiesByFirstTwo.insert(key)
            }
        }
        // Pass 1: gazetteer hits and multi-word names.
        for (index, m) in mentions.enumerated() {
            if let actor = m.actor, m.end - m.start == 1, lexicon.actors[actor].kind == .organization,
                let local = unknownOrgsByHead[word[m.start]], local.count == 1, let key = local.first,
                tokens[m.start].norm != lexicon.actors[actor].name.lowercased()
            {
                assign(index, key, .organization)
                continue
            }
            if let actor = m.actor,
                !(lexicon.actors[actor].kind == .country && !m.isAdjective && m.end - m.start == 1
                    && isFullNameSuffix(mentionNorms(index)))
            {
                // (A country's name that is also the surname of someone named in full, "Montenegro",
                // falls through to the surname pass.)
                let key = table.intern(lexiconTag, Int32(truncatingIfNeeded: actor), [])
                assign(index, key, lexicon.actors[actor].kind)
                if m.kind == .person, m.end - m.start >= 2 {
                    fullNames.append((key, Int32(truncatingIfNeeded: index)))
                    // ("Kim" for a known "Kim Jong Un" named before another "Kim Yo Jong".)
                    if isFamilyNameFirst(index), let first = mentionNorms(index).first, familyNameFirst[first] == nil {
                        familyNameFirst[first] = key
                    }
                }
                continue
            }
            if !organKey.isEmpty, organKey[index] >= 0 {
                assign(index, organKey[index], .organization)
                continue
            }
            let n = nameNorms(index)
            // ("Kharan Ovoo" for "Kharan Ovoo Mining": the first two words of exactly one longer organization name,
            // also when read as a person's only by default.)
            // (A given name first, "Rosa Marel", only for a company's name and without a title before it.)
            // (Two words joined by a hyphen too, when the mention finder read them as the body's short form:
            // "Al-Varin" for "Al-Varin Hospitality Services"; not after a compass word, "North-East", nor a
            // person's name beside a body named after him.)
            if !orgsByFirstTwo.isEmpty, m.actor == nil, n.count == 2,
                m.end - m.start == 2
                    || (m.end - m.start == 3 && tokens[m.start + 1].textIs("-")
                        && (m.kind == .organization || (m.kind == .location && m.kindGuessed))
                        && !RelationFinder.compassWords.contains(tokens[m.start])),
                lexicon.headKind(tokens[m.end - 1]) == nil,
                let keys = orgsByFirstTwo[Self.firstTwo(n)],
                let key = keys.one
                    ?? Self.onlyElement(keys.many.filter { parentsByFirstTwo.contains($0) })
                        ?? Self.onlyElement(keys.many.filter { !countryUnitsByFirstTwo.contains($0) }),
                m.kind == .organization
                    || (m.kind == .person && m.kindGuessed && !lexicon.isWord(tokens[m.start], .givenName))
                    // ("a statement from Al-Varsa" before "Al-Varsa Group": a place only guessed from "from".)
                    || (m.kind == .location && m.kindGuessed)
                    || (m.kind == .person && companiesByFirstTwo.contains(key)
                        && (m.start == 0 || !lexicon.isWord(tokens[m.start - 1], .titleWord))),
                // (Not a person's name by a title beside it: "Tarvo Lenk, its founder," or "its chairman Omar Haddad"
                // beside "… Shipping" is the founder, named like the company.)
                !(m.kind == .person && hasPersonTitle(m, tokens))
            {
                assign(index, key, .organization)
                continue
            }
            // ("Ferrer Vidal", "Asante-Boakye": the last two words of a person named in full in three or
            // more, not starting with a given name, stand for that person as a surname does.)
            let isLoneName =
                isSurname(n, index)
                || (n.count == 2 && m.kind == .person && m.actor == nil && !lexicon.isWord(tokens[m.start], .givenName)
                    && isFullNameSuffix(n))
            // A lone name may be a surname whatever kind its context suggested ("in McCarthy's career").
            let surnameOfKnownPerson = isLoneName && isFullNameSuffix(n)
            if !isLoneName || (m.kind != .person && !surnameOfKnownPerson) {
                let key = table.intern(nameTag, 0, run: count + index)
                assign(index, key, m.kind)
                if m.kind == .person, n.count >= 2 {
                    fullNames.appendGrowingSlowly((key, Int32(truncatingIfNeeded: count + index)))
                    if m.actor == nil, isFamilyNameFirst(index), let first = n.first, familyNameFirst[first] == nil {
                        familyNameFirst[first] = key
                    }
                }
            }
        }
        // (Asked in pass 1 alone: let go before the tables below are built, 8 bytes a two-word
        // surname, alive at the peak of a text of names only, issue 14.)
        allFullNameSuffixes = WordSequenceSet(wordCount: 0)
        // Pass 2: surnames to the full name mentioned most recently before them (else the first one).
        // The distinct organization names that start with each word (the rules ask whether there
        // is one, or one besides a given name: up to two are kept, and whether there are more).
        var orgStartKeys: [Int32: FewKeys] = [:]
        // The same for organization names that start with a country's name, by their second word.
        var countryNamedKeys: [Int32: FewKeys] = [:]
        for (index, m) in mentions.enumerated() where m.end - m.start >= 2 && m.kind != .person && !m.isAdjective {
            guard keyOf[index] >= 0, m.partOf == nil else { continue }
            let n = mentionNorms(index)
            // (Not a name that only adds an organ's head to its first word: "Mercosur Council" is a body of
            // the bloc a lone "Mercosur" names, not its short name. Company-like organ heads still do:
            // "Korvex Services".)
            let onlyAddsOrgan =
                m.kind == .organization && m.actor == nil && m.end - m.start == 2 && tokens[m.start + 1].kind == .word
                && lexicon.isWord(tokens[m.start + 1], .organHead) && !Self.companyLikeOrganHeads.contains(tokens[m.start + 1])
                // (A name's own, capitalized head after a word that is no common English word: a lone "Federal" or
                // "Olympic" is the "Federal Police" or the "Olympic committee" cut short.)
                && tokens[m.start + 1].isCapitalized && !lexicon.isWord(tokens[m.start], .commonWord)
            if n.count >= 2, let first = n.first, !onlyAddsOrgan { orgStartKeys[first, default: FewKeys()].insert(keyOf[index]) }
            // "Velmarino" for "Banco Velmarino": a name after a head word written first is named by its next word.
            if n.count >= 2, MentionFinder.headWordsFirst.contains(tokens[m.start]) {
                orgStartKeys[n[n.startIndex + 1], default: FewKeys()].insert(keyOf[index])
            }
            // "Tarvo" for "Peru Tarvo Harbour Construction": a company named after its country first is named
            // by its next word (see below).
            if n.count >= 3, m.kind == .organization, m.actor == nil, let c = lexicon.matchActor(tokens, at: m.start, end: m.end),
                c.length == 1, lexicon.actors[c.index].kind == .country, !tokens[m.start + 1].isLowerInitial
            {
                countryNamedKeys[n[n.startIndex + 1], default: FewKeys()].insert(keyOf[index])
            }
        }
        // (By word number, in one array each: a dictionary of arrays took an array per word.)
        // (Positions in `fullNames`, by the word each function gives.)
        func lastWord(_ position: Int) -> Int32 { runs[Int(fullNames[position].run)].last ?? -1 }
        func fatherWord(_ position: Int) -> Int32 {
            let candidate = fullNames[position]
            guard Int(candidate.run) >= count && endsInTwoSurnames(Int(candidate.run) - count) else { return -1 }
            let n = runs[Int(candidate.run)]
            return n[n.endIndex - 2]
        }
        var fullNamesByLast = WordBuckets(count: fullNames.count, word: lastWord)
        // Full names that end in two surnames, by the father's (the next-to-last word).
        var fullNamesByFather = WordBuckets(count: fullNames.count, word: fatherWord)
        // (32-bit: a key per mention or two of a text of names only.)
        var firstIndexOfKey = [Int32](repeating: .max, count: table.count)
        for index in mentions.indices where keyOf[index] >= 0 && firstIndexOfKey[Int(keyOf[index])] == .max {
            firstIndexOfKey[Int(keyOf[index])] = Int32(truncatingIfNeeded: index)
        }
        // Per surname (the lone mention's words), the full names it can stand for: the first in
        // document order, and all of them sorted by their first mention, built once per surname
        // (a scan of every full name for every lone surname was quadratic).
        var surnames = WordKeyTable(hashMask: hashMask)
        var surnameTargets: [(first: Int32?, byFirstMention: [(first: Int, key: Int32)])] = []
        func targets(_ n: ArraySlice<Int32>) -> (first: Int32?, byFirstMention: [(first: Int, key: Int32)]) {
            let surname = Int(surnames.intern(wordsTag, 0, n))
            if surname < surnameTargets.count { return surnameTargets[surname] }
            var firstKey: Int32?
            var byFirstMention: [(first: Int, key: Int32)] = []
            var seenKeys: Set<Int32> = []
            let byLast = fullNamesByLast.positions(of: n.last, lastWord)
            let byFather = fullNamesByFather.positions(of: n.last, fatherWord)
            for (position, candidate) in (Array(byLast) + Array(byFather)).map({ fullNames[Int($0)] }).enumerated() {
                let norms = position < byLast.count ? runs[Int(candidate.run)] : runs[Int(candidate.run)].dropLast()
                guard norms.count > n.count, norms.suffix(n.count).elementsEqual(n) else { continue }
                if firstKey == nil { firstKey = candidate.key }
                if seenKeys.insert(candidate.key).inserted {
                    let first = Int(candidate.key) < firstIndexOfKey.count ? Int(firstIndexOfKey[Int(candidate.key)]) : Int.max
                    byFirstMention.append((first, candidate.key))
                }
            }
            byFirstMention.sort { $0.first < $1.first }
            surnameTargets.append((firstKey, byFirstMention))
            return (firstKey, byFirstMention)
        }
        // Names read as a person's only by default ("Halvern Chemical": no given name, no cue), by
        // their first word: a lone first word names a company ("Halvern said"), since a person is
        // named by a surname.
        // (Both built on first need: most lone names are surnames.)
        var guessedPersonStarts: [Int32: Set<Int32>] = [:]
        // Every person's full name by its first word ("Mike" for "Mike Pompeo").
        var personStarts: [Int32: Set<Int32>] = [:]
        var startsBuilt = false
        func buildStarts() {
            startsBuilt = true
            for (index, m) in mentions.enumerated() where m.kind == .person && mentionNorms(index).count >= 2 {
                let key = keyOf[index]
                guard key >= 0, table.tags[Int(key)] == nameTag || table.tags[Int(key)] == lexiconTag,
                    let first = mentionNorms(index).first
                else { continue }
                personStarts[first, default: []].insert(key)
                if m.actor == nil, m.kindGuessed, table.tags[Int(key)] == nameTag, !isFamilyNameFirst(index),
                    !lexicon.isWord(tokens[m.start], .particle), !lexicon.isWord(tokens[m.start], .connector)
                {
                    guessedPersonStarts[first, default: []].insert(key)
                }
            }
        }
        var companyKeys: Set<Int32> = []
        for (index, m) in mentions.enumerated() where keyOf[index] < 0 {
            let n = nameNorms(index)
            // The full name mentioned most recently before this mention, else the first one.
            let (firstTarget, byFirstMention) = targets(n)
            var best = firstTarget
            let low = byFirstMention.partitionPoint { $0.first < index }
            if low > 0 { best = byFirstMention[low - 1].key }
            let lone = n.count == 1 ? n.first : nil
            if best == nil, let lone, let key = familyNameFirst[lone] {
                // "Chairman Park" for "Park Tae-soo".
                best = key
            }
            if best == nil, let lone {
                // "Korvaldt" for "Korvaldt Pharma": the first word of exactly one longer organization name.
                if let keys = orgStartKeys[lone], let only = keys.only(besides: -1) {
                    best = only
                } else if let (x, y) = orgStartKeys[lone]?.pair {
                    // "Tarsel" for "Tarsel Pharma" beside its "Tarsel Pharma Ireland": the name the other
                    // only lengthens.
                    let wx = table.words(x), wy = table.words(y)
                    if wx.count < wy.count, wy.starts(with: wx) { best = x } else if wy.count < wx.count, wx.starts(with: wy) { best = y }
                }
            }
            // "Tarvo" for "Peru Tarvo Harbour Construction": the second word of exactly one longer organization
            // name that a country's name starts; not right after that country's name, the rest of another name
            // ("the Georgia Ellis Trust … its founder, Georgia Ellis").
            if best == nil, let lone, let keys = countryNamedKeys[lone], let only = keys.only(besides: -1),
                !(m.start > 0 && lexicon.matchActor(tokens, at: m.start - 1, end: m.start).map { lexicon.actors[$0.index].kind == .country } == true)
            {
                best = only
            }
            if best == nil, lone != nil, !startsBuilt { buildStarts() }
            if best == nil, let lone, lexicon.isWord(tokens[m.start], .givenName) || lexicon.isWord(tokens[m.start], .particle),
                let keys = personStarts[lone], keys.count == 1
            {
                // "Mike" for "Mike Pompeo", "Abu" for "Abu Karim Nassar": a given name alone names the one
                // person of the text who has it.
                best = keys.first
            }
            if best == nil, let lone, m.kind == .person, let keys = personStarts[lone], keys.count == 1, let key = keys.first,
                guessedPersonStarts[lone]?.contains(key) != true
            {
                // "Prabowo" for "President Prabowo Subianto", "Joko" for "Joko Widodo" named after his title: a
                // lone first word of the one person of the text named in full with a cue names that person.
                best = key
            }
            if best == nil, let lone, let keys = guessedPersonStarts[lone], keys.count == 1, let key = keys.first {
                // "Halvern" for "Halvern Chemical": a company named by its first word.
                best = key
                companyKeys.insert(key)
            }
            assign(index, best ?? table.intern(nameTag, 0, run: count + index), best.flatMap { kindOfCluster($0) } ?? m.kind)
        }
        // (The surnames' tables are asked by the loop above alone: let go here, not with the
        // other tables below, they were ~25 MB of the resolver's peak on a text of 700k names,
        // issue 14.)
        fullNamesByLast = WordBuckets()
        fullNamesByFather = WordBuckets()
        firstIndexOfKey = []
        surnames = WordKeyTable()
        surnameTargets = []
        fullNames = []
        // The text of each word a key is read from (built when a key's text is needed).
        var wordTexts: [String] = []
        func text(_ w: Int32) -> String {
            if wordTexts.isEmpty { wordTexts = word.texts() }
            return wordTexts[Int(w)]
        }
        // Pass 3: acronyms to their expansion ("SDF" ↔ "Syrian Democratic Forces", "(TNK)").
        var initialsOf: [String: Int32] = [:]
        // (Only worth building when the text has an unknown acronym to resolve.)
        // (Or one with lower-case letters among more capitals, "KoRMT", read by its capitals.)
        for key in firstSeen where hasAcronym && table.tags[Int(key)] == nameTag {
            // ("Kaldorian Dockmen's Association" is "KDA": no letter for "'s".)
            let all = table.words(key).map(text)
            let words = all.filter { word in
                let first = word.utf8.first
                return first != 0x2D && first != 0x27 && first != 0xE2 && !lexicon.lexicon.connectors.contains(word)
            }
            guard words.count >= 2 else { continue }
            let initials = String(words.compactMap(\.first))
            if initialsOf[initials] == nil { initialsOf[initials] = key }
            // "International Resources Holding of Abu Dhabi" is also "IRH".
            if let of = all.firstIndex(of: "of"), of >= 2 {
                let before = String(all[..<of].compactMap(\.first))
                if initialsOf[before] == nil { initialsOf[before] = key }
            }
        }
        // From here on keys change by relabelling every mention of a key at once, which
        // `ClusterKeys` does in near-constant time (a loop over every mention per relabelling
        // was quadratic in a document with many acronyms or organization names).
        firstSeen = []
        // (`keyOf`'s array becomes the keys' own, in place: no second array of a key per mention.)
        var keys = ClusterKeys(taking: &keyOf, keyCount: table.count)
        // Mentions by their first and last token (the first and the last such mention), for the
        // look-ups by position below (a search of every mention per look-up was quadratic).
        // (Reading the mentions' own starts and ends: no array of positions beside them.)
        let lastMentionByEnd = MentionPositionIndex(mentions: mentions, byEnd: true, last: true)
        let firstMentionByStart = MentionPositionIndex(mentions: mentions, byEnd: false, last: false)
        for (index, m) in mentions.enumerated() where m.actor == nil && m.end - m.start == 1 && isAcronym(tokens[m.start]) {
            let acronym =
                tokens[m.start].isAllCaps
                ? tokens[m.start].norm : String(String.UnicodeScalarView(tokens[m.start].text.unicodeScalars.filter { $0.properties.isUppercase })).lowercased()
            var target = initialsOf[acronym]
            // "Trading International S.A. (TNK)": an acronym in brackets right after a name.
            if m.start >= 2, tokens[m.start - 1].textIs("("), m.end < tokens.count, tokens[m.end].textIs(")"),
                let previous = lastMentionByEnd[m.start - 1], previous != index
            {
                target = keys[previous]
            }
            // "League for Peace and Cooperation in Tarvelia, or LPCT"
            if m.start >= 3, tokens[m.start - 1].normIs("or"), tokens[m.start - 2].textIs(","),
                let previous = lastMentionByEnd[m.start - 2], previous != index,
                MentionFinder.initialsSpell(tokens[m.start].text, tokens[mentions[previous].start..<mentions[previous].end])
            {
                target = keys[previous]
            }
            if let target { keys.relabel(keys[index], to: target) }
        }
        // "Organization for Security and Cooperation in Europe, or OSCE" where the lexicon knows the acronym:
        // the long form before it is that actor.
        for (index, m) in mentions.enumerated()
        where m.actor != nil && m.end - m.start == 1 && m.start >= 2 && tokens[m.start].isAllCaps {
            let previousEnd: Int
            if tokens[m.start - 1].textIs("("), m.end < tokens.count, tokens[m.end].textIs(")") {
                previousEnd = m.start - 1
            } else if m.start >= 3, tokens[m.start - 1].normIs("or"), tokens[m.start - 2].textIs(",") {
                previousEnd = m.start - 2
            } else {
                continue
            }
            guard let previous = lastMentionByEnd[previousEnd], previous != index, mentions[previous].actor == nil,
                MentionFinder.initialsSpell(tokens[m.start].text, tokens[mentions[previous].start..<mentions[previous].end])
            else { continue }
            keys.relabel(keys[previous], to: keys[index])
        }
        // "X also uses the aliases A, B, and C": each name listed after "alias(es)" is the person named
        // last before it (within a few words, in the sentence; the list ends at a lower-case word).
        // (Only a name mentioned nowhere else: "Abu" in "Abu-Umar" may already stand for another person.)
        var mentionsOfKey: [Int32] = []
        // (The words' numbers among the document's strings: no token is compared unless one has them.)
        let aliasWords = [seg.strings.existingNumber("alias"), seg.strings.existingNumber("aliases")].compactMap { $0 }
        if !aliasWords.isEmpty, tokens.contains(where: { aliasWords.contains($0.normNumber) }) {
            mentionsOfKey = [Int32](repeating: 0, count: table.count)
            for index in mentions.indices { mentionsOfKey[Int(keys[index])] += 1 }
        }
        for q in tokens.indices where !aliasWords.isEmpty && aliasWords.contains(tokens[q].normNumber) {
            var subject: Int?
            var p = q - 1
            while p >= 0, p >= q - 12, !tokens[p].textIs("."), tokens[p].text != ";" {
                if let candidate = lastMentionByEnd[p + 1], mentions[candidate].end == p + 1, mentions[candidate].kind == .person {
                    subject = candidate
                    break
                }
                p -= 1
            }
            guard let subject else { continue }
            var r = q + 1
            if r < tokens.count, tokens[r].normIs("of") { continue }  // "the alias of …"
            while r < tokens.count, r < q + 40 {
                if let listed = firstMentionByStart[r], listed != subject {
                    if mentionsOfKey[Int(keys[listed])] == 1 { keys.relabel(keys[listed], to: keys[subject]) }
                    r = max(r + 1, mentions[listed].end)
                    continue
                }
                let t = tokens[r]
                guard
                    t.textIs(",") || t.normIs("and") || t.normIs("or") || t.kind == .quote || t.textIs("-") || t.isCapitalized
                        || (t.kind == .punctuation && !t.spaceBefore && !t.textIs(".") && t.text != ";")
                else { break }
                r += 1
            }
        }
        // "Jajarkot" for "Jajarkot District": a lone name that starts exactly one longer place or organization name.
        var loneKeys: [Int32: [Int]] = [:]
        for (index, m) in mentions.enumerated() where m.actor == nil {
            let key = keys[index]
            guard table.tags[Int(key)] == nameTag, table.words(key).count <= 1 else { continue }
            loneKeys[key, default: []].append(index)
        }
        var firstOfKey: [Int32: Int] = [:]  // (built once, only when a lone place may name a body)
        for (key, indices) in loneKeys {
            var target = table.words(key).first.flatMap { orgStartKeys[$0] }?.only(besides: key)
            // ("Kelvora's board" for "Kelvora Digital", a name read as a person's until its lone first word
            // made it a company.)
            if target == nil, let first = table.words(key).first, let guessed = guessedPersonStarts[first], guessed.count == 1,
                let only = guessed.first, only != key, companyKeys.contains(only), indices.allSatisfy({ mentions[$0].kind != .location })
            {
                target = only
            }
            // A place is not its airport: "Pokhara" stays apart from "Pokhara International Airport";
            // nor a body named after it when every lone mention reads as a place and one is followed by
            // a place noun: "Kestrava province" and "in Kestrava" stay apart from the "Kestrava
            // Liberation Front" ("in Kestrava" alone may still be the front's short name).
            let loneIsPlace = indices.contains { mentions[$0].kind == .location }
            let loneIsOnlyPlace =
                loneIsPlace && indices.allSatisfy { mentions[$0].kind == .location }
                && indices.contains {
                    // (Or a place noun's plural after coordinated names: "in Kessa and Kestrava provinces".)
                    mentions[$0].end < tokens.count
                        && (Self.placeNounsAfterName.contains(tokens[mentions[$0].end])
                            || MentionFinder.placeNounPlurals.contains(tokens[mentions[$0].end]))
                }
            // Nor a body named after the place later in the text: "a tournament in Kestrava" before "the Kestrava
            // Chess Club" is the town, as no reader has met the club yet.
            let loneIsEarlierPlace =
                loneIsPlace && indices.allSatisfy { mentions[$0].kind == .location && !mentions[$0].kindGuessed }
                && target.map { target in
                    if firstOfKey.isEmpty {
                        for i in mentions.indices.reversed() { firstOfKey[keys[i]] = i }
                    }
                    return indices.allSatisfy { $0 < firstOfKey[target, default: -1] }
                } == true
            // Nor a place of its own, the place table's, inside a longer place's name that goes on with no place noun or
            // head word: "the state of Bihar" stays apart from its city "Bihar Sharif" ("Jajarkot" still joins "Jajarkot
            // District", "Baltic" the "Baltic Sea").
            let loneIsOtherPlace =
                loneIsPlace
                && target.map { target in
                    guard kindOfCluster(target) == .location,
                        indices.contains(where: { mentions[$0].kind == .location && !mentions[$0].kindGuessed }),
                        indices.allSatisfy({ mentions[$0].kind == .location || mentions[$0].kindGuessed }),
                        let first = indices.first(where: { mentions[$0].kind == .location }),
                        let place = PlaceTable.builtIn.place(named: mentions[first].surface(in: seg)), !place.isCommonWord
                    else { return false }
                    if firstOfKey.isEmpty {
                        for i in mentions.indices.reversed() { firstOfKey[keys[i]] = i }
                    }
                    guard let whole = firstOfKey[target] else { return false }
                    let m = mentions[whole]
                    return m.end - m.start >= 2 && !Self.placeNounsAfterName.contains(tokens[m.end - 1])
                        && !MentionFinder.placeNounsAfter.contains(tokens[m.end - 1]) && lexicon.headKind(tokens[m.end - 1]) == nil
                } == true
            if let target, !(loneIsPlace && kindOfCluster(target) == .facility),
                !(loneIsOnlyPlace && kindOfCluster(target) == .organization),
                !(loneIsEarlierPlace && kindOfCluster(target) == .organization), !loneIsOtherPlace
            {
                for index in indices { keys[index] = target }
            }
        }
        // "Trading International S.A." for "TNK Trading International S.A.": the end of a longer organization name.
        // ("the Court" for "Federal Criminal Court": a head word alone after "the" too.)
        var orgKeys: [Int32: Int] = [:]  // key -> the mention with its most words
        var loneHeadKeys: Set<Int32> = []
        for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization && m.partOf == nil {
            let key = keys[index]
            if let longest = orgKeys[key] {
                if mentionNorms(index).count > mentionNorms(longest).count { orgKeys[key] = index }
            } else if !mentionNorms(index).isEmpty {
                orgKeys[key] = index
            }
            // ("Bureau chief Lena Ortiz": a head word alone before a lower-case title names the body too.)
            if m.end - m.start == 1, lexicon.headKind(tokens[m.start]) != nil,
                (m.start >= 1 && word[m.start - 1] == theWord)
                    || (m.end < tokens.count && tokens[m.end].isLowerInitial && lexicon.matchTitle(tokens, at: m.end, end: tokens.count) != nil)
            {
                loneHeadKeys.insert(key)
            }
        }
        // A known body written in full is a target too, never moved: "the Commission" after "the
        // European Commission" (the lexicon's) is that body.
        var knownOrgKeys: [Int32: Int] = [:]
        if !loneHeadKeys.isEmpty {
            for (index, m) in mentions.enumerated() where m.end - m.start >= 2 && m.partOf == nil {
                guard let actor = m.actor, lexicon.actors[actor].kind == .organization, orgKeys[keys[index]] == nil
                else { continue }
                let key = keys[index]
                if knownOrgKeys[key].map({ mentionNorms(index).count > mentionNorms($0).count }) ?? true {
                    knownOrgKeys[key] = index
                }
            }
        }
        // Every proper suffix of every name, with how many names end in it and the (one, when
        // one) name (one pass over the names' words instead of a comparison of every pair of names).
        var suffixes = WordKeyTable(hashMask: hashMask)
        var suffixCount: [Int32] = []
        var suffixKey: [Int32] = []
        for (key, index) in orgKeys.merging(knownOrgKeys, uniquingKeysWith: { a, _ in a })
        where mentionNorms(index).count >= 2 {
            let n = mentionNorms(index)
            for k in stride(from: n.count - 1, through: 1, by: -1) {
                let suffix = Int(suffixes.intern(wordsTag, 0, n[(n.startIndex + k)...]))
                if suffix == suffixCount.count {
                    suffixCount.append(1)
                    suffixKey.append(key)
                } else {
                    suffixCount[suffix] += 1
                }
            }
        }
        // The relabellings, applied in the order of the keys' texts (as the names were once
        // sorted): one may move a key another moves to.
        var moves: [(from: Int32, to: Int32)] = []
        for (key, index) in orgKeys {
            let n = mentionNorms(index)
            guard n.count >= 2 || (n.count == 1 && loneHeadKeys.contains(key)),
                let suffix = suffixes.number(wordsTag, 0, n), suffixCount[Int(suffix)] == 1, suffixKey[Int(suffix)] != key
            else { continue }
            moves.append((key, suffixKey[Int(suffix)]))
        }
        if moves.count > 1 {
            func keyText(_ key: Int32) -> String {
                let value = table.values[Int(key)]
                let words = table.words(key).map(text).joined(separator: " ")
                switch table.tags[Int(key)] {
                case lexiconTag: return "L\(value)"
                case organTag: return "O\(value) " + words
                default: return "S" + words
                }
            }
            moves = moves.map { (text: keyText($0.from), move: $0) }.sorted { $0.text < $1.text }.map { $0.move }
        }
        for move in moves { keys.relabel(move.from, to: move.to) }
        // "Navy" in a text that names the "Sri Lanka Navy": a known body's one-word short name that
        // is an organization's head word ("Army", "Navy") is the longer organization name of the
        // text ending in that word, the one named last before it (else the only one), not the
        // lexicon's body ("U.S. Navy" itself stays the lexicon's).
        // (Built only when such a short name is mentioned: a text of names only made an entry of every
        // organization's mention, 16 bytes each and grown by doubling, the resolver's peak on a sentence of
        // ~600k relative clauses; issue 14.)
        var namesByLastWord: [Int32: [(start: Int32, key: Int32)]] = [:]
        func isKnownShortName(_ m: MentionCandidate) -> Bool {
            guard m.end - m.start == 1, m.partOf == nil, let actor = m.actor, lexicon.actors[actor].kind == .organization,
                tokens[m.start].isCapitalized, !tokens[m.start].isAllCaps, lexicon.headKind(tokens[m.start]) == .organization
            else { return false }
            return true
        }
        if mentions.contains(where: isKnownShortName) {
            for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization {
                let n = mentionNorms(index)
                guard n.count >= 2, let last = n.last, tokens[m.end - 1].isCapitalized else { continue }
                namesByLastWord[last, default: []].append((Int32(truncatingIfNeeded: m.start), keys[index]))
            }
        }
        if !namesByLastWord.isEmpty {
            // (The names of a word come in mention order: the last one before a mention is found by a binary search,
            // and whether all share one key is asked once per word, so a text of many short names and many longer
            // ones costs no more per name; issue 14.)
            var oneKey: [Int32: Bool] = [:]
            for (index, m) in mentions.enumerated() where isKnownShortName(m) {
                let lastWord = word[m.start]
                guard let names = namesByLastWord[lastWord] else { continue }
                let after = names.partitionPoint { Int($0.start) < m.start }
                if after > 0 {
                    keys[index] = names[after - 1].key
                } else if oneKey[lastWord] ?? {
                    let all = names.allSatisfy({ $0.key == names[0].key })
                    oneKey[lastWord] = all
                    return all
                }() {
                    keys[index] = names[0].key
                }
            }
        }
        // "known as A or B": two names for one actor.
        for (index, m) in mentions.enumerated()
        where m.start >= 2 && word[m.start - 1] == asWord && word[m.start - 2] == knownWord {
            // "X, known as Y", "X (XY) — also known as Y"
            var separator = m.start - 3
            if separator >= 1, word[separator] == alsoWord { separator -= 1 }
            if separator >= 1, tokens[separator].textIs(",") || tokens[separator].kind == .dash,
                let named = lastMentionByEnd[tokens[separator - 1].textIs(")") ? separator - 1 : separator],
                keys[index] != keys[named], !(mentions[named].kind == .person) || m.kind == .person
            {
                keys.relabel(keys[index], to: keys[named])
            }
            guard m.end + 1 < tokens.count, ["or", "and", ","].contains(tokens[m.end].norm),
                let other = firstMentionByStart[m.end + 1], keys[other] != keys[index]
            else { continue }
            keys.relabel(keys[other], to: keys[index])
        }
        // What the entities are made from: each key's tag and value. The rest of the key table
        // (its words, hashes and index) and the tables only the clustering reads go before the
        // entities' names, ids and surfaces are made: at the peak of a text of names only
        // ("A of B and C of D …") they were alive beside them (issue 14).
        let keyCount = table.count
        let keyTags = table.tags, keyValues = table.values
        table = WordKeyTable()
        organWords = WordKeyTable()
        suffixes = WordKeyTable()
        suffixCount = []
        suffixKey = []
        mentionsOfKey = []
        unknownOrgsByHead = [:]
        orgsByFirstTwo = KeysByPair()
        companiesByFirstTwo = []
        parentsByFirstTwo = []
        orgStartKeys = [:]
        orgKeys = [:]
        knownOrgKeys = [:]
        loneHeadKeys = []
        initialsOf = [:]
        namesByLastWord = [:]
        guessedPersonStarts = [:]
        personStarts = [:]
        // Build entities in order of first mention: each key's mentions in one array, in order.
        var order: [Int32] = []
        var memberCount = [Int32](repeating: 0, count: keyCount)
        var finalKey = [Int32](repeating: 0, count: count)
        for index in mentions.indices {
            let key = keys[index]
            finalKey[index] = key
            if memberCount[Int(key)] == 0 { order.append(key) }
            memberCount[Int(key)] += 1
        }
        keys = ClusterKeys([], keyCount: 0)
        var memberStart = [Int32](repeating: 0, count: keyCount)
        var total: Int32 = 0
        for key in order {
            memberStart[Int(key)] = total
            total += memberCount[Int(key)]
        }
        // (Mention indices, 32-bit: alive while the entities are made, the peak of a text of names only.)
        var members = [Int32](repeating: 0, count: count)
        var filled = [Int32](repeating: 0, count: keyCount)
        for index in mentions.indices {
            let key = Int(finalKey[index])
            members[Int(memberStart[key] + filled[key])] = Int32(truncatingIfNeeded: index)
            filled[key] += 1
        }
        finalKey = []
        // (Names read from the text where it has them: ``ResolvedEntities/append(name:kind:surfaces:textOffset:)``.)
        var entities = ResolvedEntities(text: seg.source)
        entities.reserveCapacity(order.count)
        var owner = MentionOwners(repeating: -1, count: count)
        // The entity of each id: an open-addressing index of entity numbers by the id's hash
        // (`String`'s, so equal ids hash alike), each candidate with the same 32 bits of hash
        // confirmed by its id compared as a `String` (as a `[String: Int]` compares keys). The ids
        // themselves are not kept: a candidate's is made from its name (a table of `String` keys
        // held every id, ~64 bytes each, at the peak of a text of names only; a `[Int: Int32]` by
        // hash and a chain per entity, 15 MB of 700k names, issue 14; here 4 bytes a slot, at most
        // three quarters full, and 4 a hash).
        var idSlotCount = 16
        while idSlotCount * 3 < order.count * 4 { idSlotCount <<= 1 }
        // (Per slot, the entity + 1; 0: empty.)
        var idSlots = [Int32](repeating: 0, count: idSlotCount)
        var idHashes: [UInt32] = []
        idHashes.reserveCapacity(order.count)
        /// The entity of `id` (nil: none), and the slot to put a new one in.
        func entity(withID id: String, hash: Int) -> (entity: Int?, slot: Int) {
            let hash32 = UInt32(truncatingIfNeeded: hash)
            var slot = hash & (idSlotCount - 1)
            while idSlots[slot] != 0 {
                let candidate = Int(idSlots[slot]) - 1
                if idHashes[candidate] == hash32, entities.id(candidate) == id { return (candidate, slot) }
                slot = (slot + 1) & (idSlotCount - 1)
            }
            return (nil, slot)
        }
        for key in order {
            let list = members[Int(memberStart[Int(key)])..<Int(memberStart[Int(key)] + memberCount[Int(key)])].map { Int($0) }
            let tag = keyTags[Int(key)]
            // Each member's surface, cut from the text once (the name is one of them, and shares
            // its storage), and the distinct surfaces and aliases in order.
            var texts: [String] = []
            texts.reserveCapacity(list.count)
            var surfaces: [String] = []
            // The distinct ones: compared with the list while it is short (most clusters have a
            // few surfaces), through a set from 8 on (linear however many).
            var seen: Set<String> = []
            func addDistinct(_ s: String) {
                if !seen.isEmpty {
                    if seen.insert(s).inserted { surfaces.append(s) }
                    return
                }
                if surfaces.contains(s) { return }
                surfaces.append(s)
                if surfaces.count >= 8 { seen = Set(surfaces) }
            }
            for index in list {
                let surface = mentions[index].surface(in: seg)
                texts.append(surface)
                let alias = mentions[index].aliasSurface(in: seg)
                if list.count == 1, alias == nil {
                    surfaces.append(surface)
                    continue
                }
                addDistinct(surface)
                if let alias { addDistinct(alias) }
            }
            var name: String
            let kind: EntityKind
            // The mention the name is cut from, if it is (its end is the name's end in the text).
            var nameMention: Int? = nil
            if tag == lexiconTag {
                let actor = Int(keyValues[Int(key)])
                name = lexicon.actors[actor].name
                kind = lexicon.actors[actor].kind
            } else {
                // The longest surface in words, preferring one that is not in capitals.
                // (The first of the longest, as `max(by:)` picks.)
                var longest = 0
                for j in list.indices.dropFirst() {
                    let a = mentions[list[longest]], b = mentions[list[j]]
                    let la = a.end - a.start, lb = b.end - b.start
                    if la < lb || (la == lb && tokens[a.start].isAllCaps && !tokens[b.start].isAllCaps) { longest = j }
                }
                name = stripArticle(texts[longest])
                nameMention = list[longest]
                // Kinds read from full names (head words, context of a multi-word name) outweigh the
                // guesses made for lone words ("Korvaldt" beside "Korvaldt Pharma").
                // A kind read from a cue ("Copperbelt province", "BENI, Congo —") outweighs the default
                // guess for a mention without one.
                // One pass over the cluster: kinds weighted by length, full names first, cued mentions
                // over default guesses. Counts are per kind, in `EntityKind` order (no hashing).
                let kinds = EntityKind.allCases
                func slot(_ kind: EntityKind) -> Int { kinds.firstIndex(of: kind) ?? 0 }
                var counts = [0, 0, 0, 0, 0, 0, 0, 0]  // all mentions
                var cuedCounts = counts
                var multiCounts = counts
                var cuedMultiCounts = counts
                var namedInFull = false  // a full name read as a person
                var otherKindInFull = false  // a cued full name of another kind ("rival Kestrel Micro")
                var anyCued = false
                var anyCuedMulti = false
                var allOneWord = true
                // A person's kind read from a given name's spelling alone ("Vida Austral said") counts as a cue only
                // when no mention of the cluster reads a body's cue ("insurer Vida Austral"); kept apart until then.
                var spellingLength = 0
                var spellingMultiLength = 0
                var cuedBody = false
                for index in list {
                    let length = mentions[index].end - mentions[index].start
                    let k = slot(mentions[index].kind)
                    let guessed = mentions[index].kindGuessed
                    let bySpelling = mentions[index].kind == .person && mentions[index].personBySpelling
                    if !guessed, mentions[index].kind == .organization { cuedBody = true }
                    counts[k] += length
                    if bySpelling {
                        spellingLength += length
                        if length >= 2 { spellingMultiLength += length }
                    } else if !guessed {
                        anyCued = true
                        cuedCounts[k] += length
                    }
                    if length >= 2 {
                        allOneWord = false
                        multiCounts[k] += length
                        if !guessed, !bySpelling {
                            anyCuedMulti = true
                            cuedMultiCounts[k] += length
                        }
                        if mentions[index].kind == .person { namedInFull = true }
                        if !guessed, mentions[index].kind != .person { otherKindInFull = true }
                    }
                }
                if spellingLength > 0, !cuedBody {
                    let k = slot(.person)
                    anyCued = true
                    cuedCounts[k] += spellingLength
                    if spellingMultiLength > 0 {
                        anyCuedMulti = true
                        cuedMultiCounts[k] += spellingMultiLength
                    }
                }
                let chosen = anyCued ? (anyCuedMulti ? cuedMultiCounts : cuedCounts) : (allOneWord ? counts : multiCounts)
                // The heaviest kind; on a tie, the one first in `EntityKind` order.
                var best: EntityKind?
                var bestCount = 0
                for (k, kind) in kinds.enumerated() where chosen[k] > bestCount {
                    best = kind
                    bestCount = chosen[k]
                }
                var guess = kindOfCluster(key) == .person && namedInFull && !otherKindInFull ? .person : best ?? .person
                // People are named in full at least once; a name only ever seen as one unknown word
                // ("Glencore", "Europol", "Belaruskali") is an organization.
                if guess == .person, !anyCued, allOneWord { guess = .organization }
                // A name read as a person's by default and named again by its first word is a company.
                if guess == .person, companyKeys.contains(key),
                    !list.contains(where: { mentions[$0].kind == .person && !mentions[$0].kindGuessed })
                {
                    guess = .organization
                }
                // "Coral Sky Airways … Coral Sky said", "Marcus Freight Lines … Marcus Freight said": a name taken
                // from a company's full name, read as one by its company word, outweighs its short name read as a
                // person's (its first word a given name's spelling).
                let full = mentions[list[longest]]
                if guess == .person, full.kind == .organization, !full.kindGuessed, full.end - full.start >= 3,
                    isCompanyWord(tokens[full.end - 1])
                {
                    guess = .organization
                }
                kind = guess
            }
            if tag == organTag, !list.contains(where: { mentions[$0].partOf != nil }) {
                // "Ukraine's Foreign Ministry" alone: named with the state's adjective, as a prefix would
                // ("Ukrainian Foreign Ministry"), and known by the possessive form too.
                let state = Int(keyValues[Int(key)])
                let actor = lexicon.actors[state]
                // (Of several adjectives, the one the state's name starts with and goes on three letters or more
                // after, its current spelling: "Tajik" for Tajikistan, not "Tadzhik"; "Saudi", not "Saudi Arabian";
                // not "Serb" for Serbia, "Swede" for Sweden: the first adjective, "Serbian", "Swedish".)
                let adjectives = actor.aliases.filter { lexicon.adjectives[state].contains($0) }
                let adjective =
                    adjectives.first { actor.name.hasPrefix($0) && actor.name.count - $0.count >= 3 } ?? adjectives.first ?? actor.name
                name = adjective + " " + stripArticle(mentions[list[0]].surface(in: seg))
                for index in list where mentions[index].start >= 2 && tokens[mentions[index].start - 1].normIs("'s") {
                    let possessive = seg.text(
                        tokens[lastMentionByEnd[mentions[index].start - 1].map { mentions[$0].start } ?? mentions[index].start].start,
                        tokens[mentions[index].end - 1].end)
                    addDistinct(possessive)
                }
            }
            surfaces = surfaces.map(stripArticle)
            let id = ResolvedEntity.stableID(name)
            let idHash = id.hashValue
            let (found, idSlot) = entity(withID: id, hash: idHash)
            if let existing = found {
                if entities.surfaces[existing].isEmpty { entities.surfaces[existing] = [entities.name(existing)] }
                entities.surfaces[existing] += surfaces
                for index in list { owner[index] = existing }
            } else {
                idSlots[idSlot] = Int32(truncatingIfNeeded: entities.count + 1)
                idHashes.append(UInt32(truncatingIfNeeded: idHash))
                for index in list { owner[index] = entities.count }
                // (Where the name would start in the text if it is the end of its mention's surface:
                // `append` compares the bytes.)
                let textOffset = nameMention.map { m in
                    seg.source.withBytes { seg.source.byteOffset(tokens[mentions[m].end - 1].end, $0) } - name.utf8.count
                }
                entities.append(
                    name: name, kind: kind, surfaces: surfaces.count == 1 && surfaces[0] == name ? [] : surfaces,
                    textOffset: textOffset)
            }
        }
        return (entities, owner)
    }

    private func stripArticle(_ s: String) -> String {
        if s.hasPrefix("the "), s.count > 4 { return String(s.dropFirst(4)) }
        if s.hasPrefix("The "), s.count > 4 { return String(s.dropFirst(4)) }
        return s
    }
}

/// The cluster key of every mention, relabelled a whole key at a time: mentions point to
/// nodes, nodes to a parent (union by relabelling), each root carries its key, and each key
/// has at most one root. Keys are numbers of a ``WordKeyTable`` (`keyCount` of them).
extension EntityResolver {
    /// The one element of `set`, or `nil` when it has none or more.
    static func onlyElement(_ set: Set<Int32>) -> Int32? { set.count == 1 ? set.first : nil }
}

struct ClusterKeys {
    private var nodeOfMention: [Int32]
    // Until the first change that moves a mention (`isIdentity`), node `k` is key `k`'s, its own
    // root and labelled `k`, and `parent`, `label` and `rootOfKey` are empty: a mention's node
    // is its key (three arrays of a node or a key each, 8.4 MB of a text of 700k names that
    // never moves one, issue 14). The first change makes them so.
    private var parent: [Int32] = []
    private var label: [Int32] = []
    /// Per key, its root node (-1: none).
    private var rootOfKey: [Int32] = []
    private var isIdentity = true
    private let keyCount: Int
    /// While `isIdentity`, a bit per key that a mention has (a key no mention has has no node).
    private var used: [UInt64] = []

    init(_ keys: [Int32], keyCount: Int) {
        var keys = keys
        self.init(taking: &keys, keyCount: keyCount)
    }

    /// The keys of mentions `keys` (left empty: its array becomes the mentions' nodes, where a
    /// copy beside it took 4 bytes a mention more at the resolver's peak; issue 14).
    init(taking keys: inout [Int32], keyCount: Int) {
        self.keyCount = keyCount
        nodeOfMention = keys
        keys = []
        used = [UInt64](repeating: 0, count: (keyCount + 63) >> 6)
        for key in nodeOfMention { used[Int(key) >> 6] |= 1 << UInt64(key & 63) }
    }

    /// Whether key `key` has a node (a mention has it, or had it before a relabelling).
    private func hasRoot(_ key: Int32) -> Bool {
        if isIdentity { return key >= 0 && Int(key) < keyCount && used[Int(key) >> 6] & (1 << UInt64(key & 63)) != 0 }
        return Int(key) < rootOfKey.count && rootOfKey[Int(key)] >= 0
    }

    /// Writes out the nodes of the keys (before the first change).
    private mutating func materialize() {
        guard isIdentity else { return }
        isIdentity = false
        parent = Array(0..<Int32(truncatingIfNeeded: keyCount))
        label = parent
        rootOfKey = (0..<keyCount).map { used[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 ? Int32(truncatingIfNeeded: $0) : -1 }
        used = []
    }

    private mutating func node(for key: Int32) -> Int32 {
        if Int(key) >= rootOfKey.count { rootOfKey += repeatElement(-1, count: Int(key) + 1 - rootOfKey.count) }
        let root = rootOfKey[Int(key)]
        if root >= 0 { return root }
        let node = Int32(truncatingIfNeeded: parent.count)
        parent.append(node)
        label.append(key)
        rootOfKey[Int(key)] = node
        return node
    }

    private mutating func root(_ node: Int32) -> Int32 {
        var r = node
        while parent[Int(r)] != r { r = parent[Int(r)] }
        var n = node
        while parent[Int(n)] != r {
            let next = parent[Int(n)]
            parent[Int(n)] = r
            n = next
        }
        return r
    }

    /// The key of a mention; setting it moves that mention alone.
    subscript(mention: Int) -> Int32 {
        mutating get { isIdentity ? nodeOfMention[mention] : label[Int(root(nodeOfMention[mention]))] }
        set {
            materialize()
            nodeOfMention[mention] = node(for: newValue)
        }
    }

    /// Gives every mention whose key is `from` the key `to`.
    mutating func relabel(_ from: Int32, to: Int32) {
        guard from != to, hasRoot(from) else { return }
        materialize()
        let source = rootOfKey[Int(from)]
        rootOfKey[Int(from)] = -1
        if Int(to) < rootOfKey.count, rootOfKey[Int(to)] >= 0 {
            parent[Int(source)] = rootOfKey[Int(to)]
        } else {
            if Int(to) >= rootOfKey.count { rootOfKey += repeatElement(-1, count: Int(to) + 1 - rootOfKey.count) }
            label[Int(source)] = to
            rootOfKey[Int(to)] = source
        }
    }
}

/// Up to two distinct keys, and whether more were inserted: what the resolver asks of the
/// organization names starting with a word ("the one besides this one"), in 12 bytes, where a
/// `Set` and an array per word took ~150 bytes a name on a text of "A of B and C of D …".
struct FewKeys: Sendable {
    private var first: Int32 = -1
    private var second: Int32 = -1
    private var more = false

    mutating func insert(_ key: Int32) {
        if key == first || key == second || more { return }
        if first < 0 { first = key } else if second < 0 { second = key } else { more = true }
    }

    /// The two keys, if exactly two were inserted.
    var pair: (Int32, Int32)? { !more && first >= 0 && second >= 0 ? (first, second) : nil }

    /// The one key other than `excluded`, if there is exactly one (what `Set(keys).subtracting([excluded])`
    /// holds when its count is 1).
    func only(besides excluded: Int32) -> Int32? {
        if more { return nil }
        let a = first >= 0 && first != excluded ? first : -1
        let b = second >= 0 && second != excluded ? second : -1
        if a >= 0 && b >= 0 { return nil }
        return a >= 0 ? a : b >= 0 ? b : nil
    }
}

/// Sets of keys by a pair of words (64 bits): a pair's one key in the dictionary itself, two or
/// more in a `Set` of their own. Most pairs have one key; a `Set` of one per pair (~70 bytes and
/// a dictionary value of 8) was at the resolver's peak on a text of 250k organizations named by
/// two words each of their own ("The Varna City Police …"; issue 14).
struct KeysByPair {
    /// The pair's one key (`>= 0`), or `-1 - i`: its keys are `more[i]`.
    private var keys: [Int64: Int32] = [:]
    private var more: [Set<Int32>] = []

    /// A pair's keys: `one` when it has one, else `many` (two or more).
    struct Keys {
        var one: Int32?
        var many: Set<Int32>
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func insert(_ key: Int32, for pair: Int64) {
        precondition(key >= 0)
        guard let value = keys[pair] else {
            keys[pair] = key
            return
        }
        if value >= 0 {
            if value == key { return }
            keys[pair] = -1 - Int32(truncatingIfNeeded: more.count)
            more.append([value, key])
        } else {
            more[Int(-1 - value)].insert(key)
        }
    }

    subscript(pair: Int64) -> Keys? {
        guard let value = keys[pair] else { return nil }
        return value >= 0 ? Keys(one: value, many: []) : Keys(one: nil, many: more[Int(-1 - value)])
    }
}
