import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A candidate name in a sentence, before resolution.
struct MentionCandidate: Sendable, Hashable {
    // 24 bytes (positions and indices as 32-bit numbers, -1 for none; a document is at most
    // 2 GiB; the surface and the alias cut from the text when asked for, not stored): a long
    // document makes a candidate every ~30 bytes of text, and the candidates were the second
    // largest allocation of its extraction at 104 bytes each, 56 with the surface, 40 with an
    // array for the alias, 32 with the end, head and alias as 32-bit positions (1.2M candidates
    // before a sentence of ~600k clauses is parsed; issue 14). The end, the head and the alias's
    // bound are 16-bit distances from the start: a span is at most a few times
    // ``MentionFinder/maxNameTokens`` long.
    private var sentence32: Int32
    private var start32: Int32
    private var actor32: Int32
    private var partOf32: Int32 = -1
    /// `end - start`.
    private var length16: UInt16
    /// `headIndex - start`; `UInt16.max` none.
    private var head16 = UInt16.max
    /// The alias's bound (``extraAlias``) less the start: its lower bound for a suffix, its upper
    /// bound for a prefix (``Flags/aliasIsPrefix``); `UInt16.max` none.
    private var alias16 = UInt16.max
    var kind: EntityKind
    private var flags: Flags = []

    private struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let adjective = Flags(rawValue: 1)
        static let kindGuessed = Flags(rawValue: 2)
        static let aliasIsPrefix = Flags(rawValue: 4)
        static let personBySpelling = Flags(rawValue: 8)
    }

    /// The surface is a demonym or adjective ("Iranian").
    var isAdjective: Bool {
        get { flags.contains(.adjective) }
        set { if newValue { flags.insert(.adjective) } else { flags.remove(.adjective) } }
    }
    /// The kind is the default for an unknown name (`person`), not read from a head word or a cue.
    var kindGuessed: Bool {
        get { flags.contains(.kindGuessed) }
        set { if newValue { flags.insert(.kindGuessed) } else { flags.remove(.kindGuessed) } }
    }

    /// The kind is a person's only because the name's first word spells a given name ("Vida Austral said"), no
    /// cue read it: a cue that names a body at another mention of the same name outweighs it ("insurer Vida
    /// Austral").
    var personBySpelling: Bool {
        get { flags.contains(.personBySpelling) }
        set { if newValue { flags.insert(.personBySpelling) } else { flags.remove(.personBySpelling) } }
    }

    init(sentence: Int, start: Int, end: Int, kind: EntityKind, actor: Int?, isAdjective: Bool = false) {
        sentence32 = Int32(truncatingIfNeeded: sentence)
        start32 = Int32(truncatingIfNeeded: start)
        length16 = Self.distance(end, from: start)
        actor32 = Self.pack(actor)
        self.kind = kind
        self.isAdjective = isAdjective
    }

    /// The text of the span, as written.
    func surface(in seg: Segmentation) -> String { seg.text(seg.tokens[start].start, seg.tokens[end - 1].end) }

    @inline(__always) private static func pack(_ value: Int?) -> Int32 { value.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    @inline(__always) private static func unpack(_ value: Int32) -> Int? { value < 0 ? nil : Int(value) }
    /// `position - start` in 16 bits (`UInt16.max` is kept for none).
    @inline(__always) private static func distance(_ position: Int, from start: Int) -> UInt16 {
        precondition(position >= start && position - start < Int(UInt16.max), "a mention spans fewer than 65535 tokens")
        return UInt16(truncatingIfNeeded: position - start)
    }

    var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(truncatingIfNeeded: newValue) }
    }
    /// Token range `start..<end`. (A new start keeps the end, the head and the alias's bound
    /// where they were, as when each was a position.)
    var start: Int {
        get { Int(start32) }
        set {
            let end = self.end, head = headIndex
            let aliasBound = alias16 == .max ? nil : start + Int(alias16)
            start32 = Int32(truncatingIfNeeded: newValue)
            length16 = Self.distance(end, from: newValue)
            headIndex = head
            alias16 = aliasBound.map { Self.distance($0, from: newValue) } ?? .max
        }
    }
    var end: Int {
        get { Int(start32) + Int(length16) }
        set { length16 = Self.distance(newValue, from: start) }
    }
    /// The lexicon actor, when the gazetteer matched.
    var actor: Int? {
        get { Self.unpack(actor32) }
        set { actor32 = Self.pack(newValue) }
    }
    /// The mention this one is an organ or part of ("U.S." for "U.S. Senate"), by index.
    var partOf: Int? {
        get { Self.unpack(partOf32) }
        set { partOf32 = Self.pack(newValue) }
    }
    /// The head word's token index when it is not the last word ("Office" in "Office of …").
    var headIndex: Int? {
        get { head16 == .max ? nil : start + Int(head16) }
        set { head16 = newValue.map { Self.distance($0, from: start) } ?? .max }
    }
    /// Another surface form the span stands for, as its tokens ("Senate" for "U.S. Senate",
    /// "Tarvel" for "Tarvel police station"): a part of the span that ends or starts with it.
    /// Set it once the span is final.
    var extraAlias: Range<Int>? {
        get {
            if alias16 == .max { return nil }
            return flags.contains(.aliasIsPrefix) ? start..<start + Int(alias16) : start + Int(alias16)..<end
        }
        set {
            guard let range = newValue else {
                alias16 = .max
                flags.remove(.aliasIsPrefix)
                return
            }
            if range.upperBound == end {
                alias16 = Self.distance(range.lowerBound, from: start)
                flags.remove(.aliasIsPrefix)
            } else {
                precondition(range.lowerBound == start, "an alias is a prefix or a suffix of its span")
                alias16 = Self.distance(range.upperBound, from: start)
                flags.insert(.aliasIsPrefix)
            }
        }
    }

    /// The text of ``extraAlias``, as written.
    func aliasSurface(in seg: Segmentation) -> String? {
        extraAlias.map { seg.text(seg.tokens[$0.lowerBound].start, seg.tokens[$0.upperBound - 1].end) }
    }
}

/// A title or office in a sentence ("Secretary of Defense", "spokeswoman").
struct TitleCandidate: Sendable, Hashable {
    // 16 bytes (32-bit numbers, as ``MentionCandidate``'s: a document is at most 2 GiB); with `Int`s
    // 32, 9 MB at the peak of a sentence of ~225k appositions, each naming a leader (issue 14).
    private var sentence32: Int32
    private var start32: Int32
    private var end32: Int32
    private var title32: Int32

    init(sentence: Int, start: Int, end: Int, title: Int) {
        sentence32 = Int32(truncatingIfNeeded: sentence)
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        title32 = Int32(truncatingIfNeeded: title)
    }

    var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(truncatingIfNeeded: newValue) }
    }
    var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }
    var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }
    /// The lexicon title's number.
    var title: Int {
        get { Int(title32) }
        set { title32 = Int32(truncatingIfNeeded: newValue) }
    }
}

/// Finds candidate names: gazetteer hits, capitalized spans with their connectors,
/// acronyms, demonyms, titles; rejects capitalized words that are not names.
struct MentionFinder: Sendable {
    let lexicon: CompiledLexicon

    /// The small words a headline leaves in lower case ("Talks in Oslo end").
    static let headlineSmallWords: WordSet = ["of", "the", "and", "in", "to", "for", "a", "an", "on", "with", "as", "at", "by"]
    static let placeNounsAfter: WordSet = [
        "province", "region", "city", "town", "village", "district", "county", "governorate", "prefecture", "sector",
        "regency", "oblast", "canton", "reservoir", "lake", "river", "valley", "mountains", "island", "peninsula",
        // Land and its features ("the Tarvo area of the north", "the Orvel gas field", "the Kessa archipelago").
        "area", "field", "oilfield", "gasfield", "archipelago", "hills", "basin", "plain", "plains", "plateau", "desert",
        "highlands", "estuary", "aquifer", "township", "suburb",
        // Water and its features ("the Tarvo waterway", "the Orvel delta", "Kessa atoll"; not "channel", a broadcaster's).
        "waterway", "strait", "delta", "atoll", "lagoon", "wetlands", "glacier",
    ]
    /// Nouns before "of" that make one unknown name after them a place ("off the coast of Tarvelia",
    /// "the deserts of Orvano", "the governor of Kessa", "the outskirts of Velmo").
    static let placeNounsBeforeOf: WordSet = [
        "coast", "coasts", "shore", "shores", "outskirts", "desert", "deserts", "mountains", "hills", "streets", "residents",
        "inhabitants", "mayor", "ruler",
    ]
    /// (Not "governor": a central bank has one, "the governor of Velbank".)

    /// Whether "field" after the name at `i..<end` names land ("the Orvel field", "the Orvel oil
    /// field"), not a race or a discipline: not after an adjective ("the crowded Velmoran field"),
    /// not a party's or an adjective's name ("the Republican field"), not before "of" ("the Korvel
    /// field of study").
    static func namesOilField(_ tokens: Tokens, _ i: Int, _ end: Int, _ a: Int, _ b: Int, _ lexicon: CompiledLexicon) -> Bool {
        if end + 1 < b && tokens[end + 1].normIs("of") { return false }
        if i > a {
            let p = tokens[i - 1]
            if p.normIsOne(of: "oil", "gas") || p.normIs("offshore") { return true }
            if p.isLowerInitial && (p.tag == .adjective || Self.isOnlyAdjective(lexicon.lexical(p.norm).tags)) { return false }
        }
        if end - i == 1 {
            let t = tokens[i]
            if t.normIsOne(of: "republican", "democratic", "democrat") || t.normIsOne(of: "conservative", "liberal", "labour")
                || !lexicon.lexical(t.norm).tags.isDisjoint(with: TagSet([.adjective]))
            {
                return false
            }
        }
        return true
    }
    /// Whether a lower-case place noun's plural stands at `k`, maybe after a word that says which kind
    /// ("villages", "national parks", "game reserves").
    static func isPlacePlural(_ tokens: Tokens, _ k: Int, _ b: Int) -> Bool {
        guard k < b, tokens[k].isLowerInitial else { return false }
        if placeNounPlurals.contains(tokens[k]) { return true }
        return placePluralModifiers.contains(tokens[k]) && k + 1 < b && tokens[k + 1].isLowerInitial
            && placeNounPlurals.contains(tokens[k + 1])
    }
    static let placePluralModifiers: WordSet = ["national", "nature", "game", "wildlife", "border"]
    /// Two last words of a name that give it its kind where the last alone does not: parks and reserves by their kind
    /// (the corpus's conventions: a national or marine park is a `Location`, an industrial park a `Facility`).
    static let twoWordHeads: [String: EntityKind] = [
        "national park": .location, "marine park": .location, "nature park": .location, "game park": .location,
        "wildlife park": .location, "game reserve": .location, "nature reserve": .location, "forest reserve": .location,
        "wildlife reserve": .location, "marine reserve": .location, "wildlife sanctuary": .location,
        "industrial park": .facility, "science park": .facility, "technology park": .facility, "business park": .facility,
        "industrial estate": .facility, "industrial zone": .facility,
    ]
    /// The plurals of ``placeNounsAfter`` after coordinated names ("the Orvel and Kastrin districts").
    static let placeNounPlurals: WordSet = [
        "provinces", "regions", "cities", "towns", "villages", "districts", "counties", "governorates", "prefectures",
        "sectors", "islands", "valleys", "rivers", "lakes", "straits", "atolls", "lagoons",
        // ("the Bralno, Kestin and Ubrava crossings": border villages named for their crossings.)
        "crossings", "checkpoints",
        // ("the Namiv and Mangori national parks", "the Orvo and Tesk game reserves".)
        "parks", "reserves",
        // The plurals of the other place nouns of ``placeNounsAfter`` ("the disputed Orvel, Kessa and Tarn areas").
        "areas", "fields", "oilfields", "gasfields", "basins", "deserts", "plateaus", "estuaries", "aquifers", "townships",
        "suburbs", "waterways", "deltas", "glaciers", "peninsulas", "reservoirs", "regencies", "oblasts", "cantons",
    ]
    /// Participles after a hyphen that make the name before it a place ("the Tarvona-based firm").
    /// ("-registered" only before a company's or a ship's noun, ``registeredNouns``: "a Velcor-registered
    /// agent" is an agent of a body; "-born" not at all: "a Korvex-born dispute".)
    static let placeParticiples: WordSet = ["based", "headquartered", "flagged"]
    /// Head words of a law or treaty whose name goes on after a preposition ("Convention on …", "Treaty on the …");
    /// not an event's, which may name a body ("Forum for the Environment").
    static let instrumentHeads: WordSet = [
        "act", "treaty", "convention", "accord", "agreement", "protocol", "charter", "law", "code", "covenant",
    ]
    static let registeredNouns: WordSet = [
        "company", "firm", "vessel", "ship", "tanker", "freighter", "carrier", "trawler", "bulk", "cargo", "container",
    ]

    /// Whether the word at `end` shows the name at `i..<end` to be a clause's subject or a possessor,
    /// not a place joined to one: a possessive ("and Oskan's lawyers"), a relative word ("and Oskan,
    /// who"), or a finite verb or an auxiliary ("and Oskan called") when the sentence before the name
    /// has its own verb ("The firm shut plants in Tarvel and Oskan bought two") or opens with a
    /// preposition ("After protests in Tarvel and Oskan called for calm"); not "Centres in Tarvel
    /// and Oskan stayed open", whose verb is the sentence's.
    static func startsClauseAfter(_ tokens: Tokens, _ i: Int, _ end: Int, _ a: Int, _ b: Int, _ lexicon: CompiledLexicon) -> Bool {
        guard end < b else { return false }
        let w = tokens[end]
        if w.normIs("'s") || w.normIs("'") || w.tag == .possessive { return true }
        if w.normIsOne(of: "who", "whose") { return true }
        if w.textIs(","), end + 1 < b, tokens[end + 1].normIsOne(of: "who", "whose") { return true }
        guard w.tag.isOne(of: .verbPast, .verbPresent, .verbThird) || w.tag.isOne(of: .modal, .auxiliary) else { return false }
        if tokens[a].tag.isOne(of: .preposition, .subordinator) { return true }
        // (A past form or an auxiliary: "centres", "plants" may be a noun the tagger read as a verb.)
        return (a..<i).contains {
            let t = tokens[$0]
            return t.isLowerInitial
                && (t.tag.isOne(of: .verbPast, .modal, .auxiliary) || lexicon.lexical(t.norm).tags.contains(.verbPast))
        }
    }

    /// Whether "exchange" before the name at `i` is an exchange of words or prisoners, not a stock
    /// exchange's noun: another lower-case word before it ("the heated exchange Velk had", "the
    /// prisoner exchange Tomas Brel negotiated"), or a verb after the name.
    static func exchangeOfWords(_ tokens: Tokens, _ i: Int, _ end: Int, _ a: Int, _ b: Int) -> Bool {
        guard i > a, tokens[i - 1].normIs("exchange") else { return false }
        if i - 1 > a {
            let p = tokens[i - 2]
            if p.isLowerInitial, p.kind == .word, !p.normIsOne(of: "the", "a", "an"), !p.normIsOne(of: "stock", "crypto", "cryptocurrency"),
                !p.normIsOne(of: "commodities", "commodity", "futures"), !p.normIsOne(of: "its", "their", "rival")
            {
                return true
            }
        }
        guard end < b else { return false }
        let w = tokens[end]
        return w.tag.isOne(of: .verbPast, .verbPresent, .verbThird) || w.tag.isOne(of: .modal, .auxiliary)
    }

    /// Whether the words from `end` are "and" or a comma, then names and more commas or "and",
    /// then a place noun's plural: the name before `end` is one of those places.
    static func beforePlacePlural(_ tokens: Tokens, _ end: Int, _ b: Int) -> Bool {
        guard end < b, tokens[end].normIs("and") || tokens[end].textIs(",") else { return false }
        var k = end
        var sawName = false
        while k < b, k < end + 12 {
            let t = tokens[k]
            if t.normIs("and") || t.textIs(",") {
                k += 1
            } else if t.isCapitalized {
                sawName = true
                k += 1
            } else {
                return sawName && isPlacePlural(tokens, k, b)
            }
        }
        return false
    }

    /// Nouns that name a company or a body ("the oil company", "investment group X"), shared
    /// with the relation finder's ``RelationFinder/bodyNouns``.
    static let companyNouns: Set<String> = [
        "company", "firm", "group", "giant", "maker", "manufacturer", "producer", "operator", "carrier", "airline", "bank",
        "lender", "insurer", "platform", "startup", "start-up", "broadcaster", "newspaper", "agency", "conglomerate",
        "retailer", "supplier", "developer", "contractor", "miner", "exporter", "importer", "shipper", "shipbuilder",
        "refiner", "utility", "builder", "exchange", "haulier", "hauler", "wholesaler", "distributor", "shipowner",
        "consultancy", "distiller", "distillery", "bottler", "winery", "brewery",
    ]
    /// Common nouns that describe the organization named right after them ("investment group
    /// SoftBank", "potash producer Belaruskali", "rival Kestrel Micro") or in an apposition
    /// ("Aramco, the world's largest oil exporter").
    static let organizationCues = WordSet(
        companyNouns.union([
            "rival", "designer", "chipmaker", "automaker", "carmaker", "drugmaker", "fund", "subsidiary", "unit", "watchdog",
            "regulator", "outlet", "publisher", "union", "militia", "party", "movement", "organisation", "organization",
            "association", "federation", "body", "alliance", "bloc", "institute", "charity", "club", "network", "channel",
            "foundation", "consortium", "cooperative", "roaster", "factory", "side", "daily", "tabloid",
        ]))
    static let placeCues: Set<String> = [
        "in", "near", "outside", "province", "city", "town", "village", "region", "district", "capital", "port",
        "county", "state", "suburb", "neighborhood", "area", "vicinity", "off", "island", "islands", "peninsula",
        "provinces", "cities", "towns", "villages", "regions", "districts", "counties", "municipality", "commune",
        "settlement", "settlements", "township", "hamlet", "oasis",
    ]
    /// Nouns before "to" that make one unknown word after it a place ("the road to Tarvel").
    static let routeNouns: WordSet = ["road", "highway", "motorway", "route", "railway", "corridor"]
    /// Verbs of travel before "to" that make one unknown word after it a place ("fled to Tarvel").
    static let travelVerbs: WordSet = [
        "travelled", "traveled", "flew", "fled", "returned", "moved", "marched", "sailed", "retreated", "relocated",
        "evacuated", "drove", "headed", "advanced", "withdrew",
    ]
    /// Nouns of a border before "at" that make one or two unknown words after it a place ("queues at the border at
    /// Dravnik", "a border post at Orlesk"), besides the facility nouns ("the crossings at Dravnik").
    static let atPlaceNouns: WordSet = ["border", "frontier", "post", "posts", "queues", "blockade", "blockades"]
    /// Nouns of fighting before "at" that make one unknown word after it a place ("a battle at Tarvel").
    static let battleNouns: WordSet = ["battle", "fighting", "clashes", "siege", "massacre", "ambush", "skirmish", "offensive"]

    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow",
    ]
    /// Words that end a body's name before "to" and a capitalized verb ("Campaign to …", "Fund to …"),
    /// though alone they are no body's head word.
    static let headsNameBeforeTo: WordSet = ["campaign", "fund", "initiative", "movement", "drive", "project", "mission", "coalition", "alliance"]
    static let prepositions: WordSet = ["of", "from", "at", "for", "with", "in", "on", "to", "by", "across", "around"]

    /// Where each word of a document occurs, so that "does this name occur elsewhere?" costs
    /// the occurrences of the name's rarest word instead of a scan of the whole text (a
    /// text of many headline-like lines asked that once per line: quadratic). Built on the
    /// first question, once per document; answers are remembered per name.
    final class Occurrences {
        private let seg: Segmentation
        /// Token positions grouped by the document's word number (``Segmentation/localWord``):
        /// `positions[first[w]..<first[w + 1]]`, ascending.
        @exclusivity(unchecked) private var first: [Int32] = []
        @exclusivity(unchecked) private var positions: [Int32] = []
        /// The answers given, by the span's bytes (``Answers``): a `[String: Bool]` kept a string
        /// per distinct span, ~3.5 bytes per byte of a text of headlines of distinct names (issue 14).
        @exclusivity(unchecked) private var answers = Answers()

        init(_ seg: Segmentation) { self.seg = seg }

        private func build() {
            let local = seg.localWord
            var counts = [Int32](repeating: 0, count: seg.localWordCount + 1)
            for w in local { counts[Int(w) + 1] += 1 }
            for w in 0..<seg.localWordCount { counts[w + 1] += counts[w] }
            first = counts
            var next = counts
            positions = [Int32](repeating: 0, count: Int(counts[seg.localWordCount]))
            for (k, w) in local.enumerated() {
                positions[Int(next[Int(w)])] = Int32(k)
                next[Int(w)] += 1
            }
        }

        /// Whether the tokens `a..<b` occur at least twice in the text, byte for byte, without
        /// overlapping, each occurrence starting and ending at a token's edges.
        func occursTwice(_ a: Int, _ b: Int) -> Bool {
            let tokens = seg.tokens
            let spanStart = Int(seg.source.offsets[tokens[a].start])
            let spanLength = Int(seg.source.offsets[tokens[b - 1].end]) - spanStart
            if let known = seg.source.utf8.withUnsafeBufferPointer({ answers.answer(spanStart, spanLength, $0) }) { return known }
            if positions.isEmpty, !seg.tokens.isEmpty { build() }
            let local = seg.localWord
            // The span's rarest word: its occurrences are the only places the span can start from.
            var rarest = a
            var fewest = Int32.max
            for k in a..<b {
                let w = Int(local[k])
                let count = first[w + 1] - first[w]
                if count < fewest {
                    fewest = count
                    rarest = k
                }
            }
            let answer = seg.source.utf8.withUnsafeBufferPointer { utf8 -> Bool in
                let offsets = seg.source.offsets
                let start = Int(offsets[tokens[a].start])
                let length = Int(offsets[tokens[b - 1].end]) - start
                let w = Int(local[rarest])
                var firstStart = -1
                for slot in Int(first[w])..<Int(first[w + 1]) {
                    let p = Int(positions[slot]) - (rarest - a)
                    guard p >= 0, p + (b - a) <= tokens.count else { continue }
                    let s = Int(offsets[tokens[p].start])
                    guard Int(offsets[tokens[p + (b - a) - 1].end]) - s == length,
                        memcmp(utf8.baseAddress! + s, utf8.baseAddress! + start, length) == 0
                    else { continue }
                    if firstStart < 0 {
                        firstStart = s
                    } else if s >= firstStart + length {
                        return true
                    }
                }
                return false
            }
            seg.source.utf8.withUnsafeBufferPointer { answers.insert(spanStart, spanLength, answer, $0) }
            return answer
        }

        /// ``occursTwice(_:_:)``'s answers by the bytes of the span asked: open addressing over
        /// 8-byte slots (the first such span's byte offset + 1, its length, the answer in the top
        /// bit; 0 empty), hashed with the per-process seeded `Hasher`, compared with `memcmp`. (Byte
        /// for byte, as the scan compares: the `String` key took canonically equivalent spans, "é" as
        /// one scalar or two, for one.)
        struct Answers {
            private var slots: [UInt64] = []
            private var count = 0

            private static func hash(_ start: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
                var hasher = Hasher()
                hasher.combine(bytes: UnsafeRawBufferPointer(start: bytes.baseAddress! + start, count: length))
                return hasher.finalize()
            }

            /// The slot of the span's bytes, or of the empty slot where they would go.
            private func find(_ start: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
                let mask = slots.count - 1
                var i = Self.hash(start, length, bytes) & mask
                while true {
                    let slot = slots[i]
                    if slot == 0 { return i }
                    let otherStart = Int(slot & 0xFFFF_FFFF) - 1
                    if Int((slot >> 32) & 0x7FFF_FFFF) == length,
                        otherStart == start || memcmp(bytes.baseAddress! + otherStart, bytes.baseAddress! + start, length) == 0
                    {
                        return i
                    }
                    i = (i + 1) & mask
                }
            }

            func answer(_ start: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
                guard !slots.isEmpty else { return nil }
                let slot = slots[find(start, length, bytes)]
                return slot == 0 ? nil : slot >> 63 != 0
            }

            mutating func insert(_ start: Int, _ length: Int, _ answer: Bool, _ bytes: UnsafeBufferPointer<UInt8>) {
                if (count + 1) * 4 > slots.count * 3 {
                    let old = slots
                    slots = [UInt64](repeating: 0, count: Swift.max(64, old.count * 2))
                    for slot in old where slot != 0 {
                        let otherStart = Int(slot & 0xFFFF_FFFF) - 1
                        slots[find(otherStart, Int((slot >> 32) & 0x7FFF_FFFF), bytes)] = slot
                    }
                }
                let i = find(start, length, bytes)
                if slots[i] == 0 { count += 1 }
                slots[i] = UInt64(start + 1) | UInt64(length) << 32 | (answer ? 1 << 63 : 0)
            }
        }
    }

    /// A word that can be part of a name (see ``Token/hasNameShape``), not a photo credit.
    func isNameToken(_ t: Token) -> Bool { t.hasNameShape && !t.isCredit }

    /// The long forms that an acronym after them defines, as `start: end` token indices within
    /// `a..<b`: "Organization for Security and Cooperation in Europe (OSCE)", "…, or OSCE". The
    /// long form is the shortest run of words before the acronym whose capitalized words' initials
    /// spell it, in order (Schwartz and Hearst's abbreviation rule, on word initials; an abbreviation
    /// with periods, "U.N.", spells its capitals); lower-case words inside are connectors ("of", "and",
    /// "to", "in") or particles glued by a hyphen ("ul-Islam"). Only when no other reading fits may a
    /// connector or particle spell a letter ("Interim Force in Lebanon (UNIFIL)").
    func acronymDefinitions(_ tokens: Tokens, _ a: Int, _ b: Int) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var k = a + 1
        while k + 1 < b {
            defer { k += 1 }
            // "(ACR)" or ", or ACR"
            let acronymIndex: Int
            if tokens[k].textIs("("), k + 2 < b, tokens[k + 2].textIs(")") {
                acronymIndex = k + 1
            } else if tokens[k].textIs(","), k + 2 < b, tokens[k + 1].normIs("or"), tokens[k + 1].isLowerInitial {
                acronymIndex = k + 2
            } else {
                continue
            }
            let acronym = tokens[acronymIndex]
            // (An acronym may hold lower-case letters among more capitals: "KoRMT", "FinCEN"; its capitals spell it.)
            guard acronym.kind == .word, acronym.isAllCaps || Self.isMixedCaseAcronym(acronym.text) else { continue }
            let letters = Array(acronym.text.unicodeScalars.filter { $0.properties.isUppercase })
            guard (2...10).contains(letters.count) else { continue }
            // Walk back over the words before the acronym, matching their initials from the last letter.
            // Lower-case particles glued by a hyphen are skipped; only if that leaves letters unused
            // does a second walk let them spell a letter ("al-Qa'ida in the Arabian Peninsula (AQAP)").
            for particlesSpell in [false, true] {
                if let start = longFormStart(tokens, a, k, letters, particlesSpell: particlesSpell) {
                    if result[start] == nil { result[start] = k }
                    break
                }
            }
        }
        return result
    }

    /// Where the long form ending before token `k` starts, if the words `a..<k` end with one whose
    /// initials spell `letters` (see ``acronymDefinitions(_:_:_:)``): two words at least, every
    /// letter used, starting with a capitalized word or a particle that spells a letter.
    private func longFormStart(
        _ tokens: Tokens, _ a: Int, _ k: Int, _ letters: [Unicode.Scalar], particlesSpell: Bool
    ) -> Int? {
        var matched = letters.count
        var start = k
        var p = k - 1
        while p >= a, k - p <= 2 * letters.count + 4, matched > 0 {
            let t = tokens[p]
            let glued = p + 1 < k && tokens[p + 1].textIs("-") && !tokens[p + 1].spaceBefore
            if t.kind == .word, t.isCapitalized, t.text.utf8.contains(0x2E) {
                // "U.N. Support Mission in Libya (UNSMIL)": an abbreviation spells its capitals.
                let capitals = t.text.unicodeScalars.filter { $0.properties.isUppercase }
                guard !capitals.isEmpty, capitals.count <= matched,
                    letters[(matched - capitals.count)..<matched].elementsEqual(capitals)
                else { return nil }
                matched -= capitals.count
                start = p
            } else if t.kind == .word, t.isCapitalized {
                guard let first = t.text.unicodeScalars.first, Self.baseLetter(first) == letters[matched - 1] else { return nil }
                matched -= 1
                start = p
            } else if particlesSpell, t.kind == .word, t.isLowerInitial,
                glued || Self.acronymConnectors.contains(t) || lexicon.isWord(t, .connector),
                let first = t.text.unicodeScalars.first, first.properties.uppercaseMapping == String(letters[matched - 1])
            {
                // (A particle glued by a hyphen, or a connector: "Interim Force in Lebanon (UNIFIL)".)
                matched -= 1
                start = p
            } else if t.kind == .word, t.isLowerInitial,
                Self.acronymConnectors.contains(t) || lexicon.isWord(t, .connector) || glued
            {
                // a connector inside the long form
            } else if (t.textIs("-") || t.normIs("'s") || t.textIs("&")), p > a {
                // a hyphen, a possessive or an ampersand inside
            } else {
                return nil
            }
            p -= 1
        }
        guard matched == 0, k - start >= 2, tokens[start].isCapitalized || particlesSpell else { return nil }
        return start
    }
    /// Whether a word is an acronym written with some lower-case letters ("KoRMT", "FinCEN"): it starts with a
    /// capital, has three capitals or more, and more capitals than lower-case letters, or is a capital, the "o"
    /// of "of" or the "f" of "for", and a capital ("DoJ", "OfS"); not the plural of an acronym ("NGOs", "IDPs":
    /// capitals and a final "s").
    static func isMixedCaseAcronym(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isUppercase(first) else { return false }
        var upper = 0, lower = 0
        for scalar in text.unicodeScalars {
            if isUppercase(scalar) { upper += 1 } else if isLowercase(scalar) { lower += 1 } else { return false }
        }
        if lower == 1, text.unicodeScalars.last == "s" { return false }
        // "DoJ", "OfS": two capitals around the initial of "of" or "for" ("Department of Justice", "Office for
        // Students"); not "PhD".
        if upper == 2, lower == 1, text.unicodeScalars.count == 3 {
            let second = text.unicodeScalars[text.unicodeScalars.index(after: text.unicodeScalars.startIndex)]
            if second == "o" || second == "f" { return true }
        }
        return upper >= 3 && upper > lower
    }
    /// Unicode's Uppercase and Lowercase properties, answered for ASCII without the property tables (in ASCII they
    /// hold of A–Z and a–z alone): asked of every scalar of most capitalized words, the tables were ~0.7 % of
    /// extracting news text.
    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "A" && scalar <= "Z" : scalar.properties.isUppercase
    }
    @inline(__always) static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "a" && scalar <= "z" : scalar.properties.isLowercase
    }
    /// A capital without its accent ("É" → "E"), as acronyms write the initials of accented words ("Électricité
    /// Nationale (EN)"); a scalar that has none, itself.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.isASCII ? scalar : scalar.withoutAccent
    }
    /// Whether the capitalized words of a name spell an acronym's capitals, in order ("OSCE").
    static func initialsSpell(_ acronym: String, _ name: Slice<Tokens>) -> Bool {
        let letters = acronym.unicodeScalars.filter { $0.properties.isUppercase }
        let initials = name.compactMap { $0.kind == .word && $0.isCapitalized ? $0.text.unicodeScalars.first.map(baseLetter) : nil }
        return letters.count >= 2 && letters.elementsEqual(initials)
    }

    /// The end of a body's name from its head word at `h` that goes on with a capitalized preposition
    /// ("Office Against Fraud (FEF)", "Bureau for Asset Recovery (BAR)"): where the bracketed acronym after it
    /// opens; `nil` when no acronym closes it within eight words.
    private func bodyNameBeforeAcronym(_ tokens: Tokens, _ h: Int, _ end: Int, depth: Int) -> Int? {
        guard depth == 0, h + 2 < end, Self.isNamePreposition(tokens[h + 1]),
            let e = spanEnd(tokens, h, end, depth: depth + 1), e > h + 2, e - h <= 8,
            e + 2 < end, tokens[e].textIs("("), tokens[e + 1].isAllCaps, tokens[e + 2].textIs(")")
        else { return nil }
        return e
    }

    /// "(Reuters) -" at `k`: a bracket of at most four words closed before a dash.
    static func isCreditThenDash(_ tokens: Tokens, _ k: Int, _ b: Int) -> Bool {
        guard k < b, tokens[k].textIs("(") else { return false }
        var close = k + 1
        while close < min(b, k + 6), !tokens[close].textIs(")") { close += 1 }
        return close > k + 1 && close + 1 < b && tokens[close].textIs(")") && tokens[close + 1].kind == .dash
    }

    /// A preposition written with a capital inside a name ("Reporters Without Borders", "Mothers
    /// Against Drunk Driving"): a closed-class preposition, capitalized, not at a sentence's start.
    static func isNamePreposition(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && !t.isAllCaps && namePrepositions.contains(t)
    }
    static let namePrepositions: WordSet = [
        "without", "against", "beyond", "across", "for", "of", "in", "on", "to", "with", "under", "over", "between",
    ]
    static let acronymConnectors: WordSet = ["of", "for", "and", "to", "in", "on", "the", "de", "la", "del", "des", "du"]

    /// Whether the capitalized words of `words` and of `name` agree one by one on their first five letters
    /// (case aside): another spelling of the same name ("Organisation" for "Organization"), not another name
    /// ("Cricket" for "Criminal").
    static func sameCapitalizedWords(_ words: Slice<Tokens>, _ name: String) -> Bool {
        let left = words.filter { $0.kind == .word && $0.isCapitalized }.map { String($0.norm.prefix(5)) }
        let right = name.split(separator: " ").filter { $0.first?.isUppercase == true }.map { String($0.lowercased().prefix(5)) }
        return !left.isEmpty && left == right
    }

    /// An initial: one capital letter and a period ("T.").
    static func isInitialLetter(_ t: Token) -> Bool {
        guard t.kind == .word, t.text.utf8.count <= 3, t.text.utf8.last == 0x2E else { return false }
        let scalars = t.text.unicodeScalars
        return scalars.count == 2 && scalars.first!.properties.isUppercase
    }

    /// Nouns that make the name before them a place in an apposition ("Tarvel, a garrison town in …").
    static let placeNouns: WordSet = [
        "town", "city", "village", "district", "province", "region", "suburb", "island", "hamlet", "municipality", "county",
        "capital", "neighbourhood", "neighborhood", "commune", "enclave", "governorate", "oblast", "prefecture", "port",
        "regency", "canton", "volcano", "mountain", "river", "lake",
    ]

    /// "Tarvel, a garrison town in central Kalmar", "Oskel, the provincial capital": an apposition whose
    /// head noun (within a few words) is a kind of place.
    private func describedAsPlace(_ tokens: Tokens, after end: Int, to b: Int) -> Bool {
        guard end + 2 < b, tokens[end].textIs(","), tokens[end + 1].normIsOne(of: "the", "a", "an") else { return false }
        var k = end + 2
        while k < b, k < end + 7 {
            let t = tokens[k]
            guard t.kind == .word || (t.textIs("-") && !t.spaceBefore) else { return false }
            if t.isLowerInitial, Self.placeNouns.contains(t) {
                // The noun ends the description: "a city councillor" describes a person.
                return k + 1 >= b || !tokens[k + 1].isLowerInitial || Self.afterPlaceNoun.contains(tokens[k + 1])
            }
            if t.normIs("of") || RelationFinder.stopWords.contains(t) { return false }
            k += 1
        }
        return false
    }
    static let afterPlaceNoun: WordSet = [
        "in", "of", "near", "on", "that", "where", "which", "with", "about", "some", "close", "outside", "along", "from", "north",
        "south", "east", "west", "and",
    ]

    /// Facility nouns that may follow a name in lower case and end it ("Kilimani police station",
    /// "the Tarvel mine"); each is a `Facility` head in the lexicon's `[heads]`.
    static let facilityNouns: WordSet = [
        "station", "base", "airport", "prison", "hospital", "embassy", "stadium", "camp", "crossing", "checkpoint", "mine",
        "plant", "refinery", "temple", "dam", "terminal", "museum", "mosque", "shrine", "reactor", "airfield", "airbase",
        "barracks", "harbour", "harbor", "building", "palace", "canal", "pipeline", "mall", "port", "market", "farm",
        "penitentiary", "jail",
    ]
    /// Facility nouns that are no facility's head word when capitalized ("Common Market", "Animal Farm";
    /// a capital "Camp" opens a name, "Camp Orvel", rather than ending one), read as one only in lower
    /// case after a name; "camp" only after a modifier ("the Quessel refugee camp"), as "the Korvaldt
    /// camp" is a politician's side.
    static let lowerCaseFacilityNouns: WordSet = ["market", "farm", "penitentiary", "jail", "camp"]

    /// Words before "camp" that make it a place people are held or trained in ("the Tarvo refugee
    /// camp"), not a politician's side ("the Korvaldt election camp").
    static let campModifiers: WordSet = [
        "refugee", "refugees", "military", "army", "training", "detention", "prison", "internment", "displacement",
        "displaced", "migrant", "migrants", "transit", "labour", "labor", "boot", "base", "idp", "concentration",
        "protest", "tent",
    ]
    /// Whether words of the stock market come near the name at `i` before "market" at `k` ("Shares on
    /// the Velkospi market fell"): an index's or an exchange's market, no facility.
    static func nearStockWords(_ tokens: Tokens, _ i: Int, _ k: Int, _ a: Int, _ b: Int) -> Bool {
        if tokens[i].isAllCaps { return true }
        return (max(a, i - 6)..<min(b, k + 6)).contains {
            tokens[$0].normIsOne(of: "shares", "stocks", "trading") || tokens[$0].normIsOne(of: "stock", "index", "equities")
                || tokens[$0].normIsOne(of: "investors", "benchmark")
                // ("Traders at the Velmora Kapo market" stand in a market place.)
                || (tokens[$0].normIs("traders") && !($0 + 1 < b && tokens[$0 + 1].normIs("at")))
        }
    }

    /// Whether a lower-case word after a name is a facility's noun ("station", "mine", "market").
    private func isFacilityNoun(_ t: Token) -> Bool {
        t.isLowerInitial && Self.facilityNouns.contains(t) && (headKind(t) == .facility || Self.lowerCaseFacilityNouns.contains(t))
    }

    /// Legal forms of companies (their norms): GLEIF's (``BuiltInLexicon/legalFormWords``: "gmbh",
    /// "s.a.", "oyj") and English words and abbreviations its filters leave out ("Corp" is a
    /// surname, "Limited" an English word, "SpA" spells "spa"; the Malay "Berhad", "Bhd").
    static let legalForms = WordSet(
        BuiltInLexicon.legalFormWords.union(["corp", "corp.", "corporation", "co", "co.", "limited", "s.p.a.", "spa", "berhad", "bhd", "bhd."]))

    /// Nouns that name a company and never a person's trade ("its operator, Korvash Gold"; not
    /// "producer", "developer", "supplier", which may be a person's).
    /// Words of a trade or a commodity that end companies' names ("Tarvik Copper", "Orsk Advisory", "Kessa
    /// Hydropower", "Velmar Daily") but that the common words (`Words.generated.swift`) leave out: family names in
    /// the census list ("Copper", "Cable", "Gold", "Power") or nouns WordNet's concordance never tagged ("knitwear",
    /// "hydropower"). Typed by hand: no source at hand lists a trade's words; a name whose first word is a given name
    /// stays a person's ("Ann Copper"). ("Naviera" is Spanish for a shipping line, written after the name.)
    static let tradeWords: WordSet = [
        "copper", "nickel", "cobalt", "lithium", "uranium", "aluminium", "gold", "hydro", "hydropower", "solar",
        "power", "cable", "cables", "advisory", "consulting", "knitwear", "apparel", "agro", "daily", "naviera",
        // Plural trades and Spanish or Portuguese company words that end a shipping, freight or trading house's
        // name ("Korvel Cruises", "Tarsel Lines", "Verde Campo Exportadora").
        "cruises", "lines", "shipping", "logistics", "freight", "exportadora", "importadora", "comercializadora",
        // A trade's gerund or a service's noun ("Orsk Trading", "Kessa Star Manpower", "Tarvo Analytics").
        "trading", "contracting", "manpower", "analytics", "engineering",
        // A shipowner's word ("Varen Dolk Maritime").
        "maritime",
    ]
    /// Trade words that end only a company's name, no person's, even after a given name's spelling in a name of
    /// three words or more ("Marcus Freight Lines", "Al Varsa Contracting"; "Ann Copper" stays a person).
    static let companyEndWords: WordSet = [
        "lines", "cruises", "shipping", "logistics", "freight", "trading", "contracting", "manpower", "analytics", "engineering",
        "consulting", "maritime",
    ]

    /// Nouns of bodies that have members, which name no person ("X, Tarvo's regional association").
    static let memberBodyNouns: WordSet = ["association", "federation", "confederation", "union", "party", "club"]

    static let companyOnlyNouns: WordSet = [
        "company", "firm", "operator", "carrier", "airline", "bank", "lender", "insurer", "conglomerate", "shipbuilder",
        "refiner", "utility", "startup", "start-up", "broadcaster", "newspaper", "subsidiary", "automaker", "carmaker",
        "drugmaker", "chipmaker", "arm", "affiliate", "division",
        // Trades of goods in bulk, which name a firm, not a person, after the text's determiner and before a comma
        // ("the country's largest exporter, Tarvo Golden Rice"; a given name first stays a person's).
        "exporter", "importer", "distributor", "wholesaler", "retailer", "manufacturer", "shipper", "haulier", "hauler",
    ]

    /// A body's head word in a language that writes it before the name ("Banco Velmarino", "Grupo
    /// Tarvo", "Polska Grupa Korvex", "Compagnie Velmar"): Spanish, Portuguese, Italian, French and
    /// Polish words for a bank, a group, a company, an institute, a builder, a miner, a laboratory, a
    /// meatpacker, a party and a foundation; and Spanish and Portuguese words that open a movement's,
    /// a union's or an association's name ("Alianza Tarvel", "Acción Velmara", "Frente Kessa"; the own
    /// corpus's gold bodies open with them too).
    static let headWordsFirst: WordSet = [
        "banco", "banca", "banque", "grupo", "gruppo", "groupe", "grupa", "compañía", "companhia", "compagnie", "compania",
        "société", "sociedad", "sociedade", "instituto", "istituto", "constructora", "construtora", "minera", "mineração",
        "laboratorios", "laboratórios", "frigorífico", "industrias", "indústrias", "empresa", "corporación", "partido",
        "fundación", "fundação", "petróleos", "aerolíneas", "galería", "galeria", "galerie", "galleria",
        "alianza", "aliança", "acción", "ação", "frente", "movimiento", "movimento", "unión", "união", "coalición",
        "asociación", "associação", "federación", "confederación", "sindicato", "cooperativa", "agencia", "agência",
        // A state's organs and public bodies, and unions, named the same way ("Ministerio de Energía y Minas", "Dirección
        // General de Aguas", "Syndicat des Transporteurs …").
        "ministerio", "ministério", "ministère", "secretaría", "dirección", "direção", "superintendencia",
        "superintendência", "procuraduría", "fiscalía", "defensoría", "contraloría", "consejo", "conselho", "conseil",
        "comisión", "comissão", "syndicat", "caja", "caixa", "universidad", "universidade", "université", "servicio",
        "serviço", "juzgado", "autoridad", "autoridade", "fédération", "confédération",
    ]

    /// The lower-case links of Spanish, Portuguese and French names ("de", "do", "des", "y", "e", "et", "en"), which
    /// go on with a body's name only when it opens with a ``headWordsFirst`` word (see `spanEnd`).
    static let romanceLinks: WordSet = [
        "de", "del", "do", "da", "dos", "das", "des", "du", "y", "e", "et", "en", "la", "las", "los", "le", "les",
    ]
    /// Whether the name `i..<j` opens with a body's head word written first (its first or second word: "Polska Grupa …").
    static func opensWithHeadWordFirst(_ tokens: Tokens, _ i: Int, _ j: Int) -> Bool {
        (i..<min(j, i + 2)).contains { headWordsFirst.contains(tokens[$0]) && tokens[$0].isCapitalized }
    }

    /// Where a body's name goes on after the Romance links at `j` (at most two, "de la", or "de l'" glued to the next
    /// word): past the capitalized name word after them; nil when none follows.
    private func romanceLinkEnd(_ tokens: Tokens, _ j: Int, _ end: Int) -> Int? {
        var k = j
        while k < end, k < j + 2, tokens[k].isLowerInitial,
            Self.romanceLinks.contains(tokens[k]) || tokens[k].text == "l'" || tokens[k].text == "l\u{2019}"
                || tokens[k].text == "d'" || tokens[k].text == "d\u{2019}"
        {
            k += 1
        }
        // ("de l'Ouest" may be read as one word after the link.)
        guard k > j, k < end, !tokens[k].newlineBefore else { return nil }
        let w = tokens[k]
        // ("Grupo Tarvel y Chile": "and" before a known country or person joins two actors, not a name.)
        if tokens[j].normIsOne(of: "y", "e", "et"),
            let g = lexicon.matchActor(tokens, at: k, end: end), lexicon.actors[g.index].kind.isOne(of: .country, .person)
        {
            return nil
        }
        if isNameToken(w), !w.isAllCaps || w.text.utf8.count > 1 { return k + 1 }
        if w.kind == .word, let first = w.text.first, first == "l" || first == "d", w.text.dropFirst().first.map({ $0 == "'" || $0 == "\u{2019}" }) == true,
            w.text.dropFirst(2).first?.isUppercase == true
        {
            return k + 1
        }
        return nil
    }

    /// What only a company has, after its name's possessive ("Tarvo Seiyaku's chief executive",
    /// "Keng Hup's property arm"; a person has no shareholders, board or subsidiary), over one lower-case
    /// word.
    static let companyPossessions: WordSet = [
        "subsidiary", "subsidiaries", "shareholders", "shareholder", "board", "chairman", "chairwoman", "ceo", "cfo",
        "auditor", "auditors", "creditors", "bondholders", "earnings", "workforce", "arm", "executives",
    ]

    /// Whether the words around a name say it names a company: "X's chief executive", "X's board",
    /// "X's property arm" (``companyPossessions``; "arm" only after a modifier), "shares of X", "shares in X".
    static func namesCompanyByContext(_ tokens: Tokens, _ i: Int, _ end: Int, _ a: Int, _ b: Int) -> Bool {
        if afterShares(tokens, i, a) { return true }
        guard end + 1 < b, tokens[end].normIs("'s") else { return false }
        let n = tokens[end + 1]
        guard n.kind == .word, n.isLowerInitial else { return false }
        if n.normIs("chief"), end + 2 < b, tokens[end + 2].normIsOne(of: "executive", "executives") { return true }
        if companyPossessions.contains(n), !n.normIs("arm") { return true }
        // "X's property arm", "X's sporting director" is no company's alone; "X's mining unit".
        guard end + 2 < b, tokens[end + 2].kind == .word, tokens[end + 2].isLowerInitial, !RelationFinder.stopWords.contains(n) else { return false }
        return companyPossessions.contains(tokens[end + 2]) || tokens[end + 2].normIs("unit")
    }

    /// "shares of X", "Shares in X" right before the name at `i`.
    static func afterShares(_ tokens: Tokens, _ i: Int, _ a: Int) -> Bool {
        guard i - 2 >= a, tokens[i - 1].isLowerInitial else { return false }
        // (Not a place glued to a participle: "shareholders of Linz-based Korvex".)
        if i + 1 < tokens.count, tokens[i + 1].textIs("-"), !tokens[i + 1].spaceBefore { return false }
        // "shares of Tarvo", "a stake in Korvex", "its holding in Velmar": what is owned of a company.
        // ("Shareholders of Tarvo", "bondholders of Korvex": those who own a company's shares or bonds.)
        return (tokens[i - 1].normIsOne(of: "of", "in") && tokens[i - 2].normIs("shares"))
            || (tokens[i - 1].normIs("of") && tokens[i - 2].normIsOne(of: "shareholders", "bondholders", "stockholders"))
            || (tokens[i - 1].normIs("in") && tokens[i - 2].normIsOne(of: "stake", "stakes", "holding", "holdings"))
    }

    /// Legal forms written before a company's name ("PT Pertamina", "PJSC Gazprom Neft").
    static let legalFormsFirst: Set<String> = ["PT", "PJSC", "JSC", "OJSC", "OAO", "OOO", "ZAO"]

    /// Nouns after a name that make it a leader's ("the Duque administration", "the Hun Sen regime").
    static let leaderNouns: WordSet = ["administration", "regime", "presidency"]
    /// Ordinals that open a numbered body's name after "the" ("the Second Institute of Geology").
    static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    /// Kin nouns: "Tarvik's son Delmo", "his daughter Amira" name a person.
    static let kinNouns: WordSet = [
        "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "sister", "father", "mother", "nephew",
        "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow", "stepson", "stepdaughter",
    ]
    /// Nouns of a currency or a traded commodity after a word that names no actor: "VXA francs", "Velkor crude".
    static let marketNouns: WordSet = ["franc", "francs", "crude", "futures"]
    /// Nouns for a thing, a programme or a people after an unknown word the text never uses alone:
    /// that word names no actor ("the Artemis program", "Grad rockets", "Yezidi religious minorities",
    /// "a Dunmore outbreak": a disease named after a place).
    static let thingOrPeopleNouns: WordSet = [
        "program", "programs", "programme", "programmes", "project", "projects", "architecture", "system", "systems", "rocket",
        "rockets", "missile", "missiles", "launcher", "launchers", "vehicle", "vehicles", "spacecraft", "satellite",
        "satellites", "rifle", "rifles", "drone", "drones", "tank", "tanks", "jet", "jets", "aircraft", "helicopter",
        "helicopters", "weapon", "weapons", "technology", "vaccine", "vaccines", "variant", "virus", "outbreak", "outbreaks",
        "epidemic", "pandemic", "disease", "fever", "software", "malware",
        "minority", "minorities", "community", "communities", "tribe", "tribes", "tribesmen", "people", "peoples", "clan",
        "clans", "ethnic", "language", "dialect",
    ]

    /// A plural of people that takes "'s" ("people", "women", "children", "Cattlemen", "Fishermen"; not a given
    /// name, "Carmen").
    static func isPeoplePlural(_ t: Token, _ lexicon: CompiledLexicon) -> Bool {
        guard t.kind == .word, !t.isAllCaps else { return false }
        if t.normIsOne(of: "people", "women", "men", "children") { return true }
        return t.isCapitalized && t.norm.hasSuffix("men") && t.norm.utf8.count >= 6 && !lexicon.isWord(t, .givenName)
    }

    /// Whether WordNet reads a word as a noun and never as an adjective, adverb or verb form
    /// other than the base ("transport", not "former", "neighbouring", "visiting").
    static func isPlainNoun(_ tags: TagSet) -> Bool {
        tags.contains(.noun) && !tags.contains(.adjective) && !tags.contains(.adverb) && !tags.contains(.verbGerund)
            && !tags.contains(.verbParticiple) && !tags.contains(.verbPast)
    }

    /// Whether one capitalized word alone may be a company's name before "of" and a country ("Velgrid
    /// of Estonia"): no common word, head word, title, given name or word that is no name, and no
    /// people's plural ("Tarvans of Kalmar") unless an acronym.
    static func isOneWordCompany(_ t: Token, _ lexicon: CompiledLexicon) -> Bool {
        !t.isLowerInitial && (t.isAllCaps || !t.norm.hasSuffix("s")) && !lexicon.isWord(t, .commonWord)
            && !lexicon.isWord(t, .givenName) && !lexicon.isWord(t, .titleWord) && !lexicon.isWord(t, .nonName)
            && lexicon.headKind(t) == nil
    }

    /// Whether a word has the shape of an English abstract noun ("Biosecurity", "Infrastructure",
    /// "Biodiversity"): a derivational suffix no given name or family name ends in, seven letters or more.
    /// WordNet's table leaves out the nouns it reads by shape alone, so a field word such as these is
    /// known by its suffix, not its entry.
    static func hasAbstractNounShape(_ t: Token) -> Bool {
        guard t.kind == .word, t.norm.utf8.count >= 7, !t.isAllCaps else { return false }
        return abstractNounSuffixes.contains { t.norm.hasSuffix($0) }
    }
    static let abstractNounSuffixes = ["ity", "tion", "ment", "ness", "ism", "ture", "ance", "ence", "ology"]

    /// Whether a word has the shape of an agent noun's plural ("Recyclers", "Exporters", "Growers"): "-ers" after four
    /// letters or more (not "Peters", "Myers": a family name's short stem).
    static func hasAgentPluralShape(_ t: Token) -> Bool {
        t.kind == .word && !t.isAllCaps && t.norm.utf8.count >= 8 && t.norm.hasSuffix("ers")
    }

    /// Whether a word has the shape of the plural of a place of trade ("Refineries", "Creameries",
    /// "Laboratories", "Breweries"): "-eries" or "-ories", which no family name ends in.
    static func isTradePlural(_ t: Token) -> Bool {
        t.kind == .word && !t.isAllCaps && t.norm.utf8.count >= 8 && (t.norm.hasSuffix("eries") || t.norm.hasSuffix("ories"))
            && !t.normIs("territories")  // a place's plural: "the Occupied Territories"
    }

    /// Whether a word of letters holds a capital after a first part of four letters or more, then a lower-case letter
    /// ("AgroTrade", "PetroGas"; not "McDonald", "MacArthur", "DeSantis", nor "FitzGerald"), or a digit among its letters ("Av3ngers"):
    /// a brand's spelling, no person's name. (At most 32 scalars are read.)
    static func hasInnerCapitalOrDigit(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { return false }
        var lowerRun = 0
        var index = 0
        var sawCapital = false
        for scalar in t.text.unicodeScalars {
            defer { index += 1 }
            if index >= 32 { return false }
            if index == 0 { continue }
            if scalar.properties.numericType != nil { return true }
            if isLowercase(scalar) {
                if sawCapital { return !t.text.hasPrefix("Fitz") }
                lowerRun += 1
            } else if isUppercase(scalar) {
                if sawCapital || lowerRun < 3 || lowerRun != index - 1 { return false }
                sawCapital = true
            } else {
                return false
            }
        }
        return false
    }

    /// Whether WordNet reads a word only as an adjective ("Olympic", "Royal"), never as a noun or a verb.
    static func isOnlyAdjective(_ tags: TagSet) -> Bool {
        tags.contains(.adjective) && tags.isDisjoint(with: TagSet.nouns) && !isBaseVerb(tags)
    }

    /// Whether a word's readings include a verb's base form ("Protect", "Stop").
    static func isBaseVerb(_ tags: TagSet) -> Bool { tags.contains(.verbBase) || tags.contains(.verbPresent) }

    private func headKind(_ t: Token) -> EntityKind? { lexicon.headKind(t) }

    /// "X, the world's largest oil exporter", "X, a Swiss trading firm": an apposition whose
    /// head noun (within a few lower-case or adjective words) names a kind of organization.
    private func describedAsBody(_ tokens: Tokens, after end: Int, to b: Int) -> Bool {
        guard end + 2 < b, tokens[end].textIs(",") else { return false }
        // "X, one of the country's largest private health insurers": the plural of such a noun after "one of the",
        // within a few words, ending the description.
        if tokens[end + 1].normIs("one"), end + 4 < b, tokens[end + 2].normIs("of"), tokens[end + 3].normIs("the") {
            var k = end + 4
            while k < b, k < end + 11 {
                let t = tokens[k]
                if t.kind != .word, !t.normIs("'s"), !t.textIs("-") { return false }
                if t.isLowerInitial, t.norm.hasSuffix("s"), !t.norm.hasSuffix("ss") {
                    let singular = t.norm.hasSuffix("ies") ? String(t.norm.dropLast(3)) + "y" : String(t.norm.dropLast())
                    if Self.organizationCues.contains(singular) {
                        return k + 1 >= b || !(tokens[k + 1].normIs("'s") || tokens[k + 1].isLowerInitial && !RelationFinder.stopWords.contains(tokens[k + 1]))
                    }
                }
                if t.kind == .word, RelationFinder.stopWords.contains(t) || t.normIs("of") { return false }
                k += 1
            }
            return false
        }
        // (Or a name's possessive first, at most four words: "X, World Tarvo's regional association"; then only a noun
        // that names no person's place beside another's, not "X, Tarvo's long-time rival".)
        var k = end + 2
        var afterNamePossessive = false
        if !tokens[end + 1].normIsOne(of: "the", "a", "an") {
            afterNamePossessive = true
            var p = end + 1
            while p < b, p < end + 5, tokens[p].kind == .word, tokens[p].isCapitalized { p += 1 }
            guard p > end + 1, p + 1 < b, tokens[p].normIs("'s") else { return false }
            k = p + 1
        }
        while k < b, k < end + 9 {
            let t = tokens[k]
            if t.kind == .punctuation, !t.textIs("-"), !t.normIs("'s") { return false }
            // "Park Tae-soo, the chairman of the group": the description's head is a person's office
            // ("chairman", a title word), or came before "of".
            // (Not a word that only qualifies an office: "a civil protection group".)
            if t.normIs("of")
                || (t.isLowerInitial && lexicon.isWord(t, .titleWord) && !lexicon.isWord(t, .titleModifier)
                    && !Self.organizationCues.contains(t))
            {
                return false
            }
            if t.isLowerInitial, Self.organizationCues.contains(t),
                !afterNamePossessive || Self.companyOnlyNouns.contains(t) || Self.memberBodyNouns.contains(t)
            {
                // "the carmaker's Mexican subsidiary", "the group's leader": a possessor, the head comes after it.
                if k + 2 < b, tokens[k + 1].normIs("'s") {
                    k += 2
                    continue
                }
                // The noun ends the description: "the group's leader" describes a person; "the company building
                // the dam", "a firm owned by", "a company jointly owned by" describe a body (a participle, or an
                // adverb and a participle, after the noun).
                // ("a trading firm he controlled": a relative clause without "that".)
                return k + 1 >= b
                    || (k + 2 < b && tokens[k + 1].isLowerInitial && tokens[k + 1].norm.hasSuffix("ly")
                        && lexicon.lexical(tokens[k + 1].norm).tags.contains(.adverb)
                        && tokens[k + 2].isLowerInitial && tokens[k + 2].norm.hasSuffix("ed"))
                    || !(tokens[k + 1].normIs("'s")
                        || tokens[k + 1].isLowerInitial && !RelationFinder.stopWords.contains(tokens[k + 1]))
                    || tokens[k + 1].normIsOne(of: "he", "she", "they", "we", "it")
                    || (tokens[k + 1].isLowerInitial
                        && (tokens[k + 1].norm.hasSuffix("ing") || tokens[k + 1].norm.hasSuffix("ed"))
                        && !lexicon.lexical(tokens[k + 1].norm).tags.isDisjoint(with: TagSet.verbs))
            }
            if t.kind == .word, RelationFinder.stopWords.contains(t), !t.normIs("of") { return false }
            k += 1
        }
        return false
    }
    private func kind(forHead t: Token) -> EntityKind? { headKind(t) }

    /// Whether a title at `i` really is one (not "Justice" in "Justice Department").
    private func titleAt(_ tokens: Tokens, _ i: Int, _ end: Int, depth: Int = 0) -> (index: Int, length: Int)? {
        guard let title = lexicon.matchTitle(tokens, at: i, end: end) else { return nil }
        let after = i + title.length
        // "Velmar Marine Mutual", "Andes Marine Popular": a one-word title between a name's word (unknown, or a
        // place's that is no country) and one capitalized common word that ends the name is inside a body's
        // name: no office, and the common word no person. ("U.S. Marine Sgt.", "Chile President Lisk" stay.)
        if title.length == 1, i > 0, after < end, !tokens[i].newlineBefore, tokens[i].spaceBefore,
            isNameToken(tokens[i - 1]), tokens[i - 1].isCapitalized, !tokens[i - 1].isAllCaps, headKind(tokens[i - 1]) == nil,
            !lexicon.isWord(tokens[i - 1], .titleWord), !lexicon.isWord(tokens[i - 1], .givenName),
            !lexicon.isWord(tokens[i - 1], .commonWord), !lexicon.isWord(tokens[i - 1], .nonName),
            lexicon.matchActor(tokens, at: i - 1, end: i).map({ lexicon.actors[$0.index].kind == .location }) ?? true,
            // (No known name of several words ends before it: "New Zealand Marine …".)
            !(max(0, i - 3)..<(i - 1)).contains(where: { k in lexicon.matchActor(tokens, at: k, end: i).map { k + $0.length == i } ?? false }),
            tokens[after].kind == .word, tokens[after].isCapitalized, !tokens[after].isAllCaps, tokens[after].spaceBefore,
            lexicon.isWord(tokens[after], .commonWord), !lexicon.isWord(tokens[after], .givenName),
            !lexicon.isWord(tokens[after], .titleWord), lexicon.matchActor(tokens, at: after, end: end) == nil,
            after + 1 >= end || !isNameToken(tokens[after + 1])
        {
            return nil
        }
        if after < end, tokens[after].isCapitalized, headKind(tokens[after]) != nil { return nil }
        // "Reporters Without Borders": a capitalized preposition after the word joins a name; it is no title.
        if after + 1 < end, Self.isNamePreposition(tokens[after]), isNameToken(tokens[after + 1]) { return nil }
        if after < end, tokens[after].isCapitalized, lexicon.matchActor(tokens, at: after, end: end) == nil,
            let rightEnd = spanEnd(tokens, after, end, depth: depth + 1),
            rightEnd - after >= 3
                // (Two words after a title that follows a country's name: "Kalmar Marine Fisheries Association".)
                || (rightEnd - after == 2 && i > 0
                    && lexicon.matchActor(tokens, at: i - 1, end: i).map({ lexicon.actors[$0.index].kind == .country }) == true),
            headKind(tokens[rightEnd - 1]) == .organization
        {
            return nil
        }
        return title
    }

    /// Whether the words `a..<b` (two or more, one space apart) are exactly a city or subdivision
    /// of the place table that is no common English word ("Upper Nile", "Rio Grande do Sul").
    private func isTablePlace(_ tokens: Tokens, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, b <= tokens.count else { return false }
        var text = ""
        for k in a..<b {
            guard tokens[k].kind == .word, k == a || tokens[k].spaceBefore else { return false }
            if k > a { text += " " }
            text += tokens[k].text
        }
        return PlaceTable.builtIn.place(named: text).map { !$0.isCommonWord } ?? false
    }

    /// Where the name starts after a run of lower-case surname particles at `i` ("bin Salman",
    /// "von der Leyen"): particles that are also connectors of names, not "as"; `nil` if none.
    private func particleRun(_ tokens: Tokens, _ i: Int, _ end: Int) -> Int? {
        var k = i
        while k < end, k < i + 3, lexicon.isWord(tokens[k], .particle), lexicon.isWord(tokens[k], .connector),
            tokens[k].isLowerInitial, !tokens[k].normIs("as")
        {
            k += 1
        }
        guard k > i, k < end, isNameToken(tokens[k]), !tokens[k].newlineBefore else { return nil }
        return k
    }

    /// Whether the words `from..<to` name a person in full: two or three words of a name (particles
    /// and hyphens inside), none a common English word, a title word or a head word, none a known actor
    /// but a person.
    private func isPersonRun(_ tokens: Tokens, _ from: Int, _ to: Int) -> Bool {
        guard from < to, isNameToken(tokens[from]), !lexicon.isWord(tokens[from], .particle) else { return false }
        var words = 0
        for k in from..<to {
            let t = tokens[k]
            if t.textIs("-"), !t.spaceBefore { continue }
            guard t.kind == .word else { return false }
            // ("Lim Soo-kyung": a lower-case syllable glued to a name by a hyphen.)
            if k > from, t.isLowerInitial, !t.spaceBefore, tokens[k - 1].textIs("-") { continue }
            words += 1
            if lexicon.isWord(t, .particle) { continue }
            // (After a given name a surname may be an English word too: "Helen Farrow".)
            guard isNameToken(t), !t.isAllCaps, headKind(t) == nil, !lexicon.isWord(t, .titleWord), !Self.isNamePreposition(t),
                !lexicon.isWord(t, .commonWord) || lexicon.isWord(t, .givenName) || lexicon.isWord(tokens[from], .givenName)
            else { return false }
        }
        if let known = lexicon.matchActor(tokens, at: from, end: to), lexicon.actors[known.index].kind != .person { return false }
        return (2...3).contains(words)
    }

    /// After an office at `i` ("Minister", "Under Secretary"): where the person starts when a portfolio
    /// after "for" or "of" runs up to a person named in full ("… for Foreign Affairs, Helen Carrow",
    /// "… for Terrorism and Financial Intelligence Brian Whitcomb"): after the portfolio's last common
    /// word ("Affairs", "Intelligence"). `nil` when the words after the office are not so.
    func personAfterPortfolio(_ tokens: Tokens, _ i: Int, _ b: Int) -> Int? {
        guard i + 2 < b, tokens[i].normIs("for") || tokens[i].normIs("of"), tokens[i].isLowerInitial else { return nil }
        var k = i + 1
        if tokens[k].normIs("the") { k += 1 }
        var lastCommon = -1
        var scan = k
        while scan < b, scan - i < 20 {
            let u = tokens[scan]
            if u.newlineBefore { break }
            if isNameToken(u) || (u.textIs("-") && !u.spaceBefore) {
                if lexicon.isWord(u, .commonWord), !lexicon.isWord(u, .givenName) { lastCommon = scan }
                scan += 1
            } else if u.normIs("and") || u.textIs(",") || u.textIs("&"), scan + 1 < b, isNameToken(tokens[scan + 1]) {
                scan += 1
            } else {
                break
            }
        }
        // A given name starts the person ("… Affairs, Helen Farrow"); else the words after the last common one.
        var start: Int
        if let p = (k..<scan).first(where: { lexicon.isWord(tokens[$0], .givenName) && isPersonRun(tokens, $0, scan) }) {
            start = p
        } else {
            guard lastCommon >= k, isPersonRun(tokens, lastCommon + 1, scan) else { return nil }
            start = lastCommon + 1
            while start < scan, !isNameToken(tokens[start]) { start += 1 }
        }
        // The portfolio is common words only: "the envoy for Yemen, Hans Grundberg" names a country.
        for q in k..<start where isNameToken(tokens[q]) {
            guard lexicon.isWord(tokens[q], .commonWord), lexicon.matchActor(tokens, at: q, end: start) == nil else { return nil }
        }
        return start
    }

    /// The most words a name spans, and how deep ``spanEnd(_:_:_:depth:)`` looks at the name
    /// after an "of" or "and" or a title inside a name: unbounded, "A B of C D of E F of …"
    /// took time exponential in its length (22 pairs, 2 s; 200, hours) and a long "A of B
    /// and C of D and …" overflowed the stack.
    static let maxNameTokens = 32
    static let maxSpanNesting = 2

    /// Whether the title word at `j` stands between two names of one person, as Somali and Arabic names carry
    /// "Sheikh" ("Abdulle Sheikh Warfa", "Rashid Sheikh Omane"): part of the name that starts at `i`, not the
    /// title of the name after it.
    /// ("Nadia Sheikh said": after a given name and before no other name it is the family name.)
    private func honorificInsideName(_ tokens: Tokens, _ j: Int, from i: Int, _ end: Int) -> Bool {
        guard j > i, tokens[j].normIsOne(of: "sheikh", "shaikh", "sheik"), !tokens[j].isAllCaps,
            isNameToken(tokens[j - 1]), headKind(tokens[j - 1]) == nil, lexicon.matchActor(tokens, at: j - 1, end: j) == nil,
            lexicon.matchTitle(tokens, at: j - 1, end: end) == nil
        else { return false }
        if j + 1 < end, isNameToken(tokens[j + 1]) { return headKind(tokens[j + 1]) == nil }
        return lexicon.isWord(tokens[j - 1], .givenName) && (j + 1 >= end || !tokens[j + 1].textIs("-"))
    }

    /// Whether a one-word place that ends a capitalized run is a surname after a given name and one or two more name
    /// words: "Ana Maria Lima", "Gerardo Solís Mena" (Spanish and Portuguese names; a place never follows a person's
    /// name without a comma or a preposition). Not when a name follows ("Ana Maria Lima Foundation" is read by its
    /// head word), nor after a known actor, a common word or a body's head word ("Banco Lima", "Maria Bank Lima").
    private func afterGivenNames(
        _ tokens: Tokens, _ i: Int, _ j: Int, place: (index: Int, length: Int), kind: EntityKind, startsNewName: Bool,
        end: Int
    ) -> Bool {
        guard kind == .location, place.length == 1, !startsNewName, (2...3).contains(j - i),
            lexicon.isWord(tokens[i], .givenName), !tokens[j].isAllCaps
        else { return false }
        for k in i + 1..<j {
            let t = tokens[k]
            guard isNameToken(t), !t.isAllCaps, !lexicon.isWord(t, .commonWord), headKind(t) == nil,
                lexicon.matchActor(tokens, at: k, end: j) == nil
            else { return false }
        }
        return true
    }

    /// The end of the capitalized span starting at `i`, or `nil`.
    private func spanEnd(_ tokens: Tokens, _ i: Int, _ end: Int, depth: Int = 0) -> Int? {
        guard i < end, depth <= Self.maxSpanNesting else { return nil }
        var j = i
        // "al-Abdallah": a lower-case particle glued to a name.
        if lexicon.isWord(tokens[i], .connector), i + 2 < end, tokens[i + 1].textIs("-"), !tokens[i + 1].spaceBefore,
            isNameToken(tokens[i + 2])
        {
            j = i + 3
        } else if let start = particleRun(tokens, i, end) {
            // "bin Salman", "von der Leyen": lower-case particles of a surname before it.
            j = start + 1
        } else if isNameToken(tokens[i]) {
            j = i + 1
        } else {
            return nil
        }
        // A known name at the start ends where the next known name begins ("… Africa Command United States …").
        let leading = lexicon.matchActor(tokens, at: i, end: end)
        // ("Papua New Guinea Defence Force", "the Royal Papua New Guinea Constabulary": a shorter known name inside a
        // known name already taken into the span, "New Guinea", starts no new name.)
        var insideKnown = i + (leading?.length ?? 0)
        while j < end, j - i < Self.maxNameTokens {
            let t = tokens[j]
            if t.newlineBefore || t.isCredit { break }
            if isNameToken(t) {
                // ("Office of the Attorney General": an office after "of" or "of the" ends an organization's name.)
                let of = j >= i + 3 && tokens[j - 1].normIs("the") && tokens[j - 1].isLowerInitial ? j - 2 : j - 1
                if let title = titleAt(tokens, j, end, depth: depth), !(title.length == 1 && honorificInsideName(tokens, j, from: i, end)) {
                    // ("Office of the Surveyor General": an office of one capitalized word and a one-word title
                    // after "of the" ends it as well; "Ministry of Defence General Darvo Kellan" stays two.)
                    // ("Council for Justice": after "for" too.)
                    let officeOf: (Int) -> Bool = { of in
                        of >= i + 1 && tokens[of].normIsOne(of: "of", "for") && headKind(tokens[of - 1]) == .organization
                    }
                    let twoWordOffice =
                        title.length == 1 && j - 1 > i && isNameToken(tokens[j - 1]) && headKind(tokens[j - 1]) == nil
                        && lexicon.matchTitle(tokens, at: j - 1, end: end) == nil
                        && officeOf(j - 1 >= i + 3 && tokens[j - 2].normIs("the") && tokens[j - 2].isLowerInitial ? j - 3 : j - 2)
                    // ("Directorate General of Customs", "Inspectorate General of Labour": a body's head word, then a
                    // one-word title and "of", is one body's name, not an office; not "Army General Darvo Kellan".)
                    // ("Dirección General de Aguas": a head word written first, then the title and a Romance "de".)
                    let headFirst = j - 1 >= i && Self.headWordsFirst.contains(tokens[j - 1])
                    if title.length == 1, j - 1 >= i, headKind(tokens[j - 1]) == .organization || headFirst, !tokens[j - 1].isAllCaps,
                        j + 2 < end, tokens[j + 1].normIs("of") || (headFirst && Self.romanceLinks.contains(tokens[j + 1])),
                        tokens[j + 1].isLowerInitial, isNameToken(tokens[j + 2]),
                        lexicon.matchActor(tokens, at: j + 2, end: end) == nil
                    {
                        j += 1
                        continue
                    }
                    // ("Centre for Marine Research": a one-word title before a field's common noun is the field's.)
                    guard
                        (officeOf(of) || twoWordOffice)
                            && (j + title.length >= end || !isNameToken(tokens[j + title.length])
                                || (title.length == 1 && officeOf(of) && isFieldNounAfterTitle(tokens[j + 1])))
                    else { break }
                    if title.length > 1 {
                        j += title.length
                        continue
                    }
                }
                // A known place or person starts a new name: "… Command Stuttgart, Germany".
                if j >= insideKnown, !lexicon.isWord(tokens[j - 1], .connector), let g = lexicon.matchActor(tokens, at: j, end: end) {
                    let kind = lexicon.actors[g.index].kind
                    let startsNewName = j + g.length < end && isNameToken(tokens[j + g.length])
                    // "Luís Montenegro", "Air India", "DP World Australia" keep the country; a place or a
                    // new name after two words starts a new span ("… Command Stuttgart", "… United States Africa Command").
                    // ("Maria Santiago": a place after a given name is a surname.)
                    // ("Airline chairman Tomas Lima": a lower-case person's title before the two words makes the
                    // first a given name too; not a country, "chairman Tomas Peru".)
                    let afterGivenName =
                        (j - i == 1
                            && (lexicon.isWord(tokens[i], .givenName)
                                || (kind == .location && g.length == 1 && !startsNewName && i >= 1 && tokens[i - 1].isLowerInitial
                                    && (1...2).contains(where: { k in i - k >= 0 && lexicon.matchTitle(tokens, at: i - k, end: i)?.length == k })
                                    && !lexicon.isWord(tokens[i], .commonWord) && headKind(tokens[i]) == nil
                                    && lexicon.matchActor(tokens, at: i, end: j) == nil)))
                        || afterGivenNames(tokens, i, j, place: g, kind: kind, startsNewName: startsNewName, end: end)
                    // ("U.S. Pacific Command", "Russian Black Sea Fleet": a country, then a place, then a body's head word
                    // is one name.)
                    let countryPlaceBody =
                        kind == .location && startsNewName && headKind(tokens[j + g.length]) == .organization
                        && (leading.map { $0.length == j - i && lexicon.actors[$0.index].kind == .country } ?? false)
                    // ("Radio Phoenix", "Television Kampala": a broadcaster named for its city.)
                    let broadcaster = j - i == 1 && tokens[i].normIsOne(of: "radio", "television") && !tokens[i].isAllCaps
                    // ("Islamic State Sahel Province": a known organization's branch named for a region.)
                    let branch =
                        kind == .location && j + g.length < end && tokens[j + g.length].text == "Province"
                        && (leading.map { $0.length >= 2 && $0.length == j - i && lexicon.actors[$0.index].kind == .organization } ?? false)
                    let breaks =
                        !branch
                        && (((kind == .location && !afterGivenName && !countryPlaceBody && !broadcaster) || kind == .person)
                            && !(j - i == 1 && kind == .person)
                        || (kind == .country && j - i >= 2 && startsNewName)
                        || (leading.map {
                            $0.length >= 2 && $0.length <= j - i
                                // ("Sri Lanka Navy": a country's name of two words, then a known body's
                                // one-word short name with nothing after it, is that country's organ.)
                                && !($0.length == j - i && lexicon.actors[$0.index].kind == .country && kind == .organization
                                    && g.length == 1 && !startsNewName && headKind(t) == .organization)
                        } ?? false))
                    // ("Andes Pacific Airways": two known places, then a company's head word that ends the name, are
                    // one company's name; not an organ of the place: "Gaza Health Ministry".)
                    let placesThenCompany =
                        kind == .location && j + g.length + 1 <= end
                        && (leading.map { $0.length == j - i && lexicon.actors[$0.index].kind == .location }
                            ?? (j - i == 1 && PlaceTable.builtIn.place(named: tokens[i].text).map { !$0.isCommonWord } ?? false
                                || isTablePlace(tokens, i, j)))
                        && isNameToken(tokens[j + g.length]) && headKind(tokens[j + g.length]) == .organization
                        && !lexicon.isWord(tokens[j + g.length], .organHead)
                        && (j + g.length + 1 >= end || !isNameToken(tokens[j + g.length + 1]))
                    // ("Orvask Gulf Trading", "Tarvo Asia Analytics": one unknown word, a known place, then a
                    // company's word that ends the name are one company's name.)
                    let unknownPlaceCompany =
                        kind == .location && j - i == 1 && leading == nil && g.length == 1 && j + 1 < end
                        && !lexicon.isWord(tokens[i], .givenName) && !lexicon.isWord(tokens[i], .commonWord)
                        && headKind(tokens[i]) == nil && !RelationFinder.compassWords.contains(tokens[i])
                        && isNameToken(tokens[j + 1]) && !tokens[j + 1].isAllCaps
                        && (Self.companyEndWords.contains(tokens[j + 1])
                            || (headKind(tokens[j + 1]) == .organization && !lexicon.isWord(tokens[j + 1], .organHead)))
                        && (j + 2 >= end || !isNameToken(tokens[j + 2]))
                    if breaks, placesThenCompany || unknownPlaceCompany {
                        j += g.length + 1
                        continue
                    }
                    // ("Central Nairobi Lands Tribunal": a compass word, a known place, then more of a name is one
                    // body's name, not "Central" alone.)
                    if breaks, kind == .location, j - i == 1, startsNewName, tokens[i].isCapitalized,
                        RelationFinder.compassWords.contains(tokens[i]), !lexicon.isWord(tokens[i], .nonName),
                        leading == nil
                    {
                        j += g.length
                        continue
                    }
                    // ("Upper Nile": a word and a known place after it that together are one place of the table.)
                    if breaks, kind == .location, isTablePlace(tokens, i, j + g.length) {
                        j += g.length
                        continue
                    }
                    // ("Tarvo Relief International Kalmar": a known organization's name, then a country that ends the
                    // capitalized run, is the body's national section; not before a lower-case noun, "the Tarvo Relief
                    // International Kalmar office", nor a hyphen, "… Kalmar-based".)
                    let section =
                        kind == .country && !startsNewName && j > i
                        && (leading.map { $0.length == j - i && lexicon.actors[$0.index].kind == .organization } ?? false)
                        && (j + g.length >= end
                            || !(tokens[j + g.length].isLowerInitial && tokens[j + g.length].tag.isOne(of: .noun, .nounPlural))
                                && !tokens[j + g.length].textIs("-"))
                    if section {
                        j += g.length
                        break
                    }
                    // ("Fans Network Europe", "University of the South Pacific": a body's name, with a head word of one,
                    // then a region in no one country (a continent, an ocean) that ends the capitalized run, is one
                    // body's name; not before a lower-case noun or a hyphen, as for a section above. The head word is
                    // looked for in the twelve words before the region: a run of places stays linear.)
                    let regionalBody =
                        kind == .location && !startsNewName && j > i
                        && ((max(i, j - 12)..<j).contains { headKind(tokens[$0]) == .organization }
                            || (leading.map { $0.length == j - i && lexicon.actors[$0.index].kind == .organization } ?? false))
                        && g.length == 1 && lexicon.actors[g.index].within == nil
                        && PlaceTable.builtIn.place(named: tokens[j].text).map({ $0.country.isEmpty && !$0.isSubdivision }) != false
                        && (j + g.length >= end
                            || !(tokens[j + g.length].isLowerInitial && tokens[j + g.length].tag.isOne(of: .noun, .nounPlural))
                                && !tokens[j + g.length].textIs("-"))
                    if regionalBody {
                        j += g.length
                        break
                    }
                    if breaks { break }
                    insideKnown = j + g.length
                    if branch {
                        j += g.length
                        continue
                    }
                }
                if lexicon.isWord(t, .nonName), !t.isAllCaps, headKind(t) == nil {
                    // "Arakan Rohingya Salvation Army": an adjective inside a longer name.
                    let inside =
                        j + 1 < end && isNameToken(tokens[j + 1]) && !lexicon.isWord(tokens[j + 1], .nonName)
                        && !lexicon.isWord(t, .timeWord)
                    // "Mohammed Shia al-Sudani": after a given name, before a particle's surname ("al-X").
                    let beforeSurname =
                        j > i && lexicon.isWord(tokens[i], .givenName) && j + 3 < end && lexicon.isWord(tokens[j + 1], .particle)
                        && tokens[j + 2].textIs("-") && isNameToken(tokens[j + 3]) && !lexicon.isWord(t, .timeWord)
                    // "the Tavora First party": a capitalized word the lexicon knows as no name ends a party's own name
                    // before the lower-case word "party".
                    let partyName = j > i && t.isCapitalized && j + 1 < end && tokens[j + 1].kind == .word && tokens[j + 1].text == "party"
                    // "the Kelmo Residents' Committee": a plural the lexicon knows as no name, its possessive apostrophe,
                    // then a body's head word (the rule for a plural's apostrophe below keeps the rest).
                    let pluralPossessive =
                        j > i && t.isCapitalized && t.norm.hasSuffix("s") && !t.norm.hasSuffix("ss") && j + 2 < end
                        && !tokens[j + 1].spaceBefore && (tokens[j + 1].textIs("'") || tokens[j + 1].text == "\u{2019}")
                        && tokens[j + 2].spaceBefore && isNameToken(tokens[j + 2]) && !tokens[j + 2].isAllCaps
                        && headKind(tokens[j + 2]) == .organization
                    // "the Panel of Experts on Kelmaria": a plural common word of people after a body's head word and "of".
                    let afterBodyOf =
                        j >= i + 2 && tokens[j - 1].normIs("of") && tokens[j - 1].isLowerInitial
                        && headKind(tokens[j - 2]) == .organization && t.isCapitalized && t.norm.hasSuffix("s")
                        && !t.norm.hasSuffix("ss") && lexicon.isWord(t, .commonWord) && !lexicon.isWord(t, .timeWord)
                    // "Nghe An", "Hoi An": a capitalized word the lexicon knows as no name ("An") that ends a place's
                    // name of the table.
                    let endsTablePlace =
                        j > i && t.isCapitalized && (j + 1 >= end || !isNameToken(tokens[j + 1])) && isTablePlace(tokens, i, j + 1)
                    if !inside && !beforeSurname && !partyName && !pluralPossessive && !afterBodyOf && !endsTablePlace { break }
                }
                j += 1
                continue
            }
            if t.textIs("-"), !t.spaceBefore, j + 1 < end, !tokens[j + 1].spaceBefore, tokens[j + 1].kind == .word {
                let next = tokens[j + 1]
                if lexicon.lexicon.compounds[next.norm] != nil { break }
                if isNameToken(next),
                    lexicon.matchActor(tokens, at: j + 1, end: end) == nil || lexicon.matchActor(tokens, at: j - 1, end: j) == nil
                {
                    j += 2
                    continue
                }
                if lexicon.isWord(next, .connector), j + 3 < end, tokens[j + 2].textIs("-") || isNameToken(tokens[j + 2]) {
                    j += 2
                    continue
                }
                // "Lashkar-e-Taiba", "Tehrik-i-Taliban", "Hizb-ut-Tahrir": a short lower-case particle between two
                // names, glued by hyphens on both sides.
                if next.isLowerInitial, next.text.utf8.count <= 3, j + 3 < end, tokens[j + 2].textIs("-"),
                    !tokens[j + 2].spaceBefore, !tokens[j + 3].spaceBefore, isNameToken(tokens[j + 3])
                {
                    j += 4
                    continue
                }
                // "Son Jae-il", "Lim Soo-kyung": a lower-case syllable glued to the last of two names.
                if j - i >= 2, next.isLowerInitial, next.text.count <= 5, lexicon.lexicon.compounds[next.norm] == nil,
                    !lexicon.isWord(next, .connector), j + 2 >= end || tokens[j + 2].spaceBefore || tokens[j + 2].kind != .word
                {
                    j += 2
                    continue
                }
                break
            }
            if t.kind == .dash || t.normIs("-") { break }
            // "Rothschild & Co.", "Procter & Gamble": an ampersand between two parts of one name.
            if t.textIs("&"), j + 1 < end, !tokens[j + 1].newlineBefore,
                isNameToken(tokens[j + 1]) || Self.legalForms.contains(tokens[j + 1])
            {
                j += 2
                continue
            }
            // "Workers' Party of Korea", "Citizens' Coalition for Economic Justice": a plural's possessive
            // apostrophe inside a body's name whose head word follows (the words before it name nothing known).
            if !t.spaceBefore, t.textIs("'") || t.text == "\u{2019}", tokens[j - 1].norm.hasSuffix("s"), j + 1 < end,
                tokens[j + 1].spaceBefore, isNameToken(tokens[j + 1]), lexicon.matchActor(tokens, at: i, end: j) == nil,
                let rightEnd = spanEnd(tokens, j + 1, end, depth: depth + 1),
                (j + 1..<rightEnd).contains(where: { headKind(tokens[$0]) == .organization })
            {
                j += 1
                continue
            }
            // "Workers' Support and Insurance Fund": after a plural's possessive apostrophe, one field's word, "and",
            // then a body's name that ends in its head word (the look-ahead above stops at "and").
            if !t.spaceBefore, t.textIs("'") || t.text == "\u{2019}", tokens[j - 1].norm.hasSuffix("s"), j + 3 < end,
                tokens[j + 1].spaceBefore, isNameToken(tokens[j + 1]), !tokens[j + 1].isAllCaps, headKind(tokens[j + 1]) == nil,
                !lexicon.isWord(tokens[j + 1], .givenName), tokens[j + 2].normIs("and"), tokens[j + 2].isLowerInitial,
                isNameToken(tokens[j + 3]), !tokens[j + 3].isAllCaps, lexicon.matchActor(tokens, at: i, end: j) == nil,
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil, lexicon.matchActor(tokens, at: j + 3, end: end) == nil,
                let rightEnd = spanEnd(tokens, j + 3, end, depth: depth + 1), rightEnd - j <= 6,
                headKind(tokens[rightEnd - 1]) == .organization
            {
                j = rightEnd
                continue
            }
            // "the Tarvo Mission to Kelmaria", "the EU Delegation to Kelmaria": a mission's head word, "to" and the
            // country it is sent to, which ends the capitalized run.
            if t.normIs("to"), t.isLowerInitial, j + 1 < end, tokens[j - 1].isCapitalized, tokens[j - 1].normIsOne(of: "mission", "delegation"),
                let g = lexicon.matchActor(tokens, at: j + 1, end: end), lexicon.actors[g.index].kind == .country,
                j + 1 + g.length >= end || !isNameToken(tokens[j + 1 + g.length])
            {
                j += 1 + g.length
                break
            }
            // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": "to" and a capitalized
            // verb after a body's head word, or after a word that heads such a name only before "to" ("Campaign", "Fund").
            if t.normIs("to"), t.isLowerInitial, j + 2 < end,
                headKind(tokens[j - 1]) == .organization
                    || (tokens[j - 1].isCapitalized && Self.headsNameBeforeTo.contains(tokens[j - 1].norm)),
                isNameToken(tokens[j + 1]), !tokens[j + 1].isAllCaps, Self.isBaseVerb(lexicon.lexical(tokens[j + 1].norm).tags),
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil,
                isNameToken(tokens[j + 2]) || (tokens[j + 2].normIs("the") && j + 3 < end && isNameToken(tokens[j + 3]))
            {
                j += 1
                continue
            }
            // "Network of People Living with HIV", "Association of Persons Living with Disabilities": "with"
            // after a capitalized "-ing" word in a body's name, before more of the name.
            if t.normIs("with"), t.isLowerInitial, j - i >= 3, j + 1 < end, isNameToken(tokens[j + 1]),
                tokens[j - 1].isCapitalized, tokens[j - 1].norm.hasSuffix("ing"),
                (i..<j).contains(where: { headKind(tokens[$0]) == .organization }),
                (i..<j).contains(where: { tokens[$0].normIs("of") && tokens[$0].isLowerInitial })
            {
                j += 1
                continue
            }
            // "Fund for Saving the Aral Sea", "Committee to Protect the Environment": "the" after a
            // capitalized verb that follows "for" or "to" inside the name.
            if t.normIs("the"), t.isLowerInitial, j - i >= 3, j + 1 < end, isNameToken(tokens[j + 1]),
                tokens[j - 2].normIsOne(of: "for", "to"), tokens[j - 2].isLowerInitial, tokens[j - 1].isCapitalized,
                tokens[j - 1].norm.hasSuffix("ing") || Self.isBaseVerb(lexicon.lexical(tokens[j - 1].norm).tags)
            {
                j += 1
                continue
            }
            // "Kaldorian Dockmen's Association", "Kaldorian People's Party": a possessive inside an
            // organization's name (not after a known name: "the U.S. Navy's Fleet"; a country's adjective may start it).
            // "the People's Defence Force", "Women's Democratic Front": a people's noun (a plural, "people", "women"),
            // its possessive, then a name a body's head word ends.
            // (Also after one name of a place or people before it, "the Kelmar Women's Peace Network": "people",
            // "women", "men" or "children" then.)
            if t.normIs("'s"), j - i == 1 || (j - i == 2 && tokens[j - 1].normIsOne(of: "people", "women", "men", "children")
                && isNameToken(tokens[i]) && !lexicon.isWord(tokens[i], .givenName) && !lexicon.isWord(tokens[i], .titleWord)),
                depth == 0, j + 1 < end, isNameToken(tokens[j + 1]), tokens[j - 1].kind == .word,
                !tokens[j - 1].isAllCaps, !lexicon.isWord(tokens[j - 1], .givenName),
                tokens[j - 1].normIsOne(of: "people", "women", "men", "children")
                    || (lexicon.isWord(tokens[j - 1], .commonWord) && tokens[j - 1].norm.hasSuffix("s") && !tokens[j - 1].norm.hasSuffix("ss")
                        && !tokens[j - 1].norm.hasSuffix("us")),
                lexicon.matchActor(tokens, at: j - 1, end: end) == nil,
                let right = spanEnd(tokens, j + 1, end, depth: depth + 1), right - j <= 6,
                (j + 1..<right).contains(where: { headKind(tokens[$0]) == .organization })
            {
                j = right
                continue
            }
            // (Not after a person's title: "Prime Minister Alan Vorne's Government of National Unity" is his.)
            // (The name may go on after its head word with a capitalized preposition, up to an acronym in brackets:
            // "the Special Auditor's Office Against Fraud (FEF)".)
            // ("the Ombudsman's Office", "the Registrar's Office": one common noun that names an office holder, before a
            // state organ's head word.)
            if t.normIs("'s"), j - i >= 2 || (j - i == 1 && isOfficeHolderNoun(tokens[i]) && lexicon.isWord(tokens[j + 1], .organHead)),
                j + 1 < end, isNameToken(tokens[j + 1]), headKind(tokens[j + 1]) == .organization,
                let possessedEnd = j + 2 >= end || !isNameToken(tokens[j + 2]) ? j + 2 : bodyNameBeforeAcronym(tokens, j + 1, end, depth: depth),
                headKind(tokens[j - 1]) == nil,
                !(max(0, i - 4)..<i).contains(where: { k in titleAt(tokens, k, end, depth: depth).map { k + $0.length == i } ?? false }),
                // (A known place first only before a people's plural: "the Tarvel Highlands Cattlemen's Association".)
                lexicon.matchActor(tokens, at: i, end: j).map({
                    $0.length < j - i
                        && (lexicon.actors[$0.index].kind == .country
                            || (lexicon.actors[$0.index].kind == .location && Self.isPeoplePlural(tokens[j - 1], lexicon)))
                        && lexicon.matchActor(tokens, at: i + $0.length, end: j) == nil
                }) ?? true
            {
                j = possessedEnd
                continue
            }
            if t.normIs("as"), j - i == 1, j + 1 < end, isNameToken(tokens[j + 1]), titleAt(tokens, j + 1, end, depth: depth) == nil,
                j + 2 >= end || !isNameToken(tokens[j + 2]),
                // (Not a known name after it: "sold in Malindi as Kenyan tea".)
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil
            {
                // "Dar as Salam"
                j += 2
                continue
            }
            // "Association 193", "the Tarvel Brigade 12": a body's capitalized head word, then a number of one to four
            // digits that is no year, ends the body's name (not before a noun it counts: "the Committee 15 members").
            if t.kind == .number, j - 1 >= i, headKind(tokens[j - 1]) == .organization, tokens[j - 1].isCapitalized,
                !tokens[j - 1].isAllCaps, t.text.utf8.count <= 4, t.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                !(t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20"))),
                j + 1 >= end || !(isNameToken(tokens[j + 1]) || tokens[j + 1].kind == .number
                    || (tokens[j + 1].isLowerInitial
                        && (tokens[j + 1].tag.isOne(of: .noun, .nounPlural, .adjective) || tokens[j + 1].tag == .number
                            || lexicon.lexical(tokens[j + 1].norm).tags.contains(.number)))
                    || tokens[j + 1].textIs("%") || tokens[j + 1].textIs("-"))
            {
                return j + 1
            }
            // "Construtora Vale do Tarvo", "Banco Atlântico do Norte", "Ministerio de Energía y Minas", "Syndicat des
            // Transporteurs de l'Ouest": in a body's name that opens with a head word of a language that writes it first,
            // that language's lower-case links ("of", "of the", "and", "in") join the capitalized words after them.
            if t.isLowerInitial, Self.romanceLinks.contains(t), Self.opensWithHeadWordFirst(tokens, i, j),
                let k = romanceLinkEnd(tokens, j, end)
            {
                j = k
                continue
            }
            // "Rio Grande do Sul", "Mato Grosso do Sul": a lower-case particle inside a place's name.
            if t.isLowerInitial, lexicon.isWord(t, .particle), j + 1 < end, isNameToken(tokens[j + 1]),
                let placeEnd = [j + 3, j + 2].first(where: { $0 <= end && isTablePlace(tokens, i, $0) })
            {
                j = placeEnd
                continue
            }
            if lexicon.isWord(t, .connector), !t.normIs("as") {
                // "Deir al-Zour", "Abd al-Khaliq": a particle glued to the next name.
                if j + 2 < end, tokens[j + 1].textIs("-"), !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore,
                    isNameToken(tokens[j + 2])
                {
                    j += 3
                    continue
                }
                var k = j + 1
                if t.normIs("of") || t.normIs("for"), k < end, tokens[k].normIs("the") { k += 1 }
                // "Committee on the Elimination of …", "Commission on the Status of …": "on the" after a body's head
                // word, before a capitalized common word, the body's field, that starts no known name (not "the Council
                // on the Tarvel crisis").
                if t.normIs("on"), t.isLowerInitial, headKind(tokens[j - 1]) == .organization, k + 1 < end, tokens[k].normIs("the"),
                    tokens[k].isLowerInitial, isNameToken(tokens[k + 1]), !tokens[k + 1].isAllCaps,
                    lexicon.isWord(tokens[k + 1], .commonWord) || Self.hasAbstractNounShape(tokens[k + 1]),
                    lexicon.matchActor(tokens, at: k + 1, end: end) == nil
                {
                    k += 1
                }
                while !t.normIs("of"), k + 1 < end, lexicon.isWord(tokens[k], .connector), tokens[k].isLowerInitial,
                    !tokens[k].normIsOne(of: "of", "for", "on")
                {
                    k += 1
                }
                guard k < end, !tokens[k].newlineBefore else { break }
                let right = tokens[k]
                let particleStart =
                    lexicon.isWord(right, .connector) && k + 2 < end && tokens[k + 1].textIs("-") && isNameToken(tokens[k + 2])
                guard isNameToken(right) || particleStart else { break }
                // "Court of Justice", "Ministry of Justice": a title word can end an organization's name
                // (after "for" too: "the Council for Justice and Remembrance").
                // ("Centre for Marine Research": a title word before a common noun that names no one is the field's.)
                if let title = titleAt(tokens, k, end, depth: depth),
                    !(t.normIsOne(of: "of", "for") && headKind(tokens[j - 1]) == .organization
                        && (k + title.length >= end || !isNameToken(tokens[k + title.length])
                            || (title.length == 1 && k + 1 < end && isFieldNounAfterTitle(tokens[k + 1]))))
                {
                    break
                }
                // ("U.S. Attorney's Office for the Southern District of New York": a compass word before a
                // place's head word is part of the name.)
                // ("the Panel of Experts on Kelmaria", "the Council of Elders": a plural common word of people right
                // after a body's head word and "of" goes on with the name.)
                if lexicon.isWord(right, .nonName), lexicon.matchActor(tokens, at: k, end: end) == nil,
                    !(RelationFinder.compassWords.contains(right) && k + 1 < end && isNameToken(tokens[k + 1])
                        && headKind(tokens[k + 1]) == .location && (i..<j).contains(where: { headKind(tokens[$0]) == .organization })),
                    !(t.normIs("of") && k == j + 1 && headKind(tokens[j - 1]) == .organization && right.isCapitalized && !right.isAllCaps
                        && right.norm.hasSuffix("s") && !right.norm.hasSuffix("ss") && lexicon.isWord(right, .commonWord)
                        && !lexicon.isWord(right, .timeWord))
                {
                    break
                }
                let leftLength = j - i
                switch t.norm {
                case "of":
                    // "the Quds Force of the IRGC" is two organizations; "Department of State" is one name.
                    if let g = lexicon.matchActor(tokens, at: k, end: end), lexicon.actors[g.index].kind == .organization {
                        return j
                    }
                    // "Korvex of Finland", "Velgrid of Estonia": one unknown word (no common word, head word, title or
                    // given name; no people's plural, "Tarvans of Kalmar") names a company of the country, not a body "of" it.
                    if leftLength == 1, Self.isOneWordCompany(tokens[i], lexicon), !tokens[k - 1].normIs("the"),
                        let g = lexicon.matchActor(tokens, at: k, end: end), lexicon.actors[g.index].kind == .country,
                        k + g.length >= end || !isNameToken(tokens[k + g.length])
                    {
                        return j
                    }
                    // "Judge Ana Ferreira of Portugal", "Lena Ortiz of the Tarvel-based institute": a person's name (a
                    // given name first, or right after a person's title; no head word) ends before "of" and a country
                    // or a known place ("Senator Ana Lisk of Vermont", "Ambassador Kofi Mensa-Tarvo of Ghana"), and
                    // before "of the".
                    if leftLength >= 2,
                        lexicon.isWord(tokens[i], .givenName)
                            || (i > 0 && lexicon.isWord(tokens[i - 1], .titleWord) && !lexicon.isWord(tokens[i - 1], .organHead)
                                && tokens[i - 1].isCapitalized)
                            // ("Opposition lawmaker Lena Ortiz of the Velmar bloc": a lexicon's office of one or two
                            // words right before, then "of the".)
                            || (i > 0 && tokens[k - 1].normIs("the") && tokens[i - 1].isLowerInitial
                                && (1...2).contains(where: { n in i - n >= 0 && lexicon.matchTitle(tokens, at: i - n, end: i)?.length == n })),
                        !(i..<j).contains(where: { headKind(tokens[$0]) != nil }),
                        tokens[k - 1].normIs("the")
                            || (lexicon.matchActor(tokens, at: k, end: end).map { lexicon.actors[$0.index].kind.isOne(of: .country, .location) }
                                ?? (isNameToken(tokens[k]) && PlaceTable.builtIn.place(named: tokens[k].text).map { !$0.isCommonWord } ?? false))
                    {
                        return j
                    }
                    // "Hilmar Sastro of the University of Kalmar": two or three unknown capitalized words (no head word,
                    // common word, title or known name) before "of the" and a body whose head word comes first are a
                    // person and the body they belong to.
                    if (2...3).contains(leftLength), tokens[k - 1].normIs("the"), headKind(right) == .organization,
                        (i..<j).allSatisfy({
                            tokens[$0].isCapitalized && !tokens[$0].isAllCaps && headKind(tokens[$0]) == nil
                                && !lexicon.isWord(tokens[$0], .commonWord) && !lexicon.isWord(tokens[$0], .titleWord)
                        }),
                        lexicon.matchActor(tokens, at: i, end: j) == nil
                    {
                        return j
                    }
                    // (But one plural head word is the body's field, no body itself: "Zambia Chamber of Mines".)
                    if leftLength >= 2, let rightEnd = spanEnd(tokens, k, end, depth: depth + 1),
                        headKind(tokens[rightEnd - 1]) == .organization,
                        !(rightEnd == k + 1 && !right.isAllCaps && right.norm.hasSuffix("s") && !right.norm.hasSuffix("ss"))
                    {
                        return j
                    }
                case "for", "on":
                    // "Committee on Foreign Affairs", "Court of Arbitration for Sport"
                    // ("the Rally for Change movement", "the Patriots for Tarvel group": a party's own name with "for"
                    // inside and no head word, before a lower-case party's noun.)
                    guard (i..<j).contains(where: { headKind(tokens[$0]) == .organization })
                        || (t.normIs("for") && partyNameWithFor(tokens, i, j, k, end, depth: depth) != nil)
                    else { return j }
                default:
                    break
                }
                j = k
                continue
            }
            if t.normIs("and"), j + 1 < end, isNameToken(tokens[j + 1]), let leading, leading.length == j - i,
                lexicon.actors[leading.index].kind == .location, let rightEnd = spanEnd(tokens, j + 1, end, depth: depth + 1),
                rightEnd - j >= 3,
                headKind(tokens[rightEnd - 1]) == .organization
            {
                // "Hong Kong and Shanghai Banking Corporation"
                return rightEnd
            }
            // ("National Environmental and Water Committee of Kalmar": a left side that ends in an adjective is no name
            // alone, so the right side may be longer.)
            if t.normIs("and"), j + 1 < end, isNameToken(tokens[j + 1]), j - i >= 2, leading == nil,
                headKind(tokens[j - 1]) == nil, let rightEnd = spanEnd(tokens, j + 1, end, depth: depth + 1),
                rightEnd - j <= 3 || (rightEnd - j <= 5 && Self.isOnlyAdjective(lexicon.lexical(tokens[j - 1].norm).tags)),
                // (A body's head word last, or before "of": "… Sports Committee of Kalmar".)
                (j + 1..<rightEnd).contains(where: {
                    headKind(tokens[$0]) == .organization && ($0 == rightEnd - 1 || tokens[$0 + 1].normIs("of"))
                }),
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil || isGenericBodyName(tokens, j + 1, rightEnd),
                // (The right side goes on in common words: "Korvex Mobile and Tarnis Telecom" are two companies.)
                lexicon.isWord(tokens[j + 1], .commonWord), !tokens[j + 1].isAllCaps
            {
                // "Salman Humanitarian Aid and Relief Centre"
                return rightEnd
            }
            // "Tarvo Road and Bridge Group", "Velmar Banknote Printing and Minting Corporation": two words or more that
            // end in no body's head word (a known country or place may open them, not be all of them), "and", then one
            // or two English words that name nothing and a body's head word that ends the capitalized run: one
            // company's name, its trades joined by "and". (Not "Korvex Mobile and Tarnis Group": an unknown word after
            // "and" starts a name of its own; not "Tarvo Holdings and Bridge Group": a head word ends the left side.)
            if depth == 0, t.normIs("and"), t.isLowerInitial, j - i >= 2, j + 2 < end, isNameToken(tokens[j + 1]),
                headKind(tokens[j - 1]) != .organization, !tokens[j - 1].isAllCaps,
                leading.map({ $0.length < j - i && lexicon.actors[$0.index].kind.isOne(of: .country, .location) }) ?? true,
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil,
                let rightEnd = spanEnd(tokens, j + 1, end, depth: depth + 1), (3...4).contains(rightEnd - j),
                headKind(tokens[rightEnd - 1]) == .organization, !tokens[rightEnd - 1].isAllCaps,
                // ("Tarvo Fisheries and Aquaculture Service", "Tarvo Ship Breakers and Recyclers Association": a
                // field's abstract noun or an agent noun's plural the tables lack is a trade's word too.)
                (j + 1..<rightEnd - 1).allSatisfy({
                    isTradeWord(tokens[$0])
                        || (Self.hasAbstractNounShape(tokens[$0]) || Self.hasAgentPluralShape(tokens[$0]))
                            && tokens[$0].isCapitalized && !lexicon.isWord(tokens[$0], .givenName)
                }),
                rightEnd >= end || !(tokens[rightEnd].normIs("and") || isNameToken(tokens[rightEnd]))
            {
                return rightEnd
            }
            // "Ethics and Anti-Corruption Commission", "Peace and Security Council": one capitalized
            // common word that names nothing, "and", then a body's name no lexicon actor starts (or a known
            // body's name of common words: "Security Council" is no known body after "Peace and").
            // (Not inside the look-ahead after "of": "Office of Hydrocarbons and Mines" stays whole.)
            // ("Biosecurity and Food Safety Agency": a field word WordNet reads by its shape; "Peace": a word
            // WordNet reads only as a noun, which the common words leave out as a family name too.)
            // (After a country's name, a state's organ: "U.S. Fish and Wildlife Service"; one named by its fields in
            // common words alone ends in an abstract noun instead of a head word: "U.S. Customs and Border Protection".)
            let countryLed = leading.map { $0.length == j - i - 1 && lexicon.actors[$0.index].kind == .country } ?? false
            if depth == 0, t.normIs("and"), j - i == 1 || countryLed, j + 1 < end, isNameToken(tokens[j + 1]),
                leading == nil || countryLed,
                lexicon.isWord(tokens[j - 1], .commonWord) || Self.hasAbstractNounShape(tokens[j - 1])
                    || isKnownPlainNoun(tokens[j - 1]) || isKnownNounPlural(tokens[j - 1])
                    // ("Maritime and Port Authority": an adjective WordNet knows, which no name is alone.)
                    || (isWordNetWord(tokens[j - 1]) && Self.isOnlyAdjective(lexicon.lexical(tokens[j - 1].norm).tags)),
                !lexicon.isWord(tokens[j - 1], .givenName), !lexicon.isWord(tokens[j - 1], .nonName),
                !tokens[j - 1].isAllCaps, titleAt(tokens, j - 1, end, depth: depth) == nil,
                let rightEnd = spanEnd(tokens, j + 1, end, depth: depth + 1), rightEnd - j <= 5,
                // (Portfolios before an office are no body: "Mines and Energy Minister Ana Lisk".)
                rightEnd >= end || titleAt(tokens, rightEnd, end, depth: depth) == nil,
                // (A place's or a facility's head word may be the field, and a body's in the plural, which names no
                // body alone: "Mines and Energy Ministry"; not "the Army and Air Force". "Energy and Mines Ministry": a
                // company's head word is a field too before a state organ's head.)
                // ("Maritime and Port Authority of Tarvel": the right side's head may come before its own "of", when it is
                // a state organ's.)
                let rightHead = Optional((j + 2..<max(j + 2, rightEnd - 1)).first(where: { tokens[$0].normIsOne(of: "of", "for") && tokens[$0].isLowerInitial })
                    .map({ lexicon.isWord(tokens[$0 - 1], .organHead) ? $0 - 1 : rightEnd - 1 }) ?? (rightEnd - 1)),
                headKind(tokens[j - 1]) != .organization || isKnownNounPlural(tokens[j - 1])
                    // ("Financial and Business Services Employees Union": a company's head word that is only an
                    // adjective, which names no body alone, is a field too.)
                    || (j - i == 1 && Self.isOnlyAdjective(lexicon.lexical(tokens[j - 1].norm).tags))
                    || (!lexicon.isWord(tokens[j - 1], .organHead) && lexicon.isWord(tokens[rightHead], .organHead)),
                headKind(tokens[rightHead]) == .organization
                    || (countryLed && Self.hasAbstractNounShape(tokens[rightEnd - 1])
                        && (j + 1..<rightEnd).allSatisfy {
                            !tokens[$0].isAllCaps && !lexicon.isWord(tokens[$0], .givenName)
                                && (lexicon.isWord(tokens[$0], .commonWord) || Self.hasAbstractNounShape(tokens[$0])
                                    || isWordNetWord(tokens[$0]))
                        }),
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil || isGenericBodyName(tokens, j + 1, rightEnd),
                // (Another "and" after it: only before a known actor, "… Safety Agency and Chile".)
                rightEnd >= end || !tokens[rightEnd].normIs("and")
                    || (rightEnd + 1 < end && lexicon.matchActor(tokens, at: rightEnd + 1, end: end) != nil)
            {
                return rightEnd
            }
            // "Truth, Reconciliation and Reparations Commission": fields listed before a body's head word.
            if t.textIs(","), depth == 0, leading == nil, let bodyEnd = fieldListBodyEnd(tokens, i, j, end) {
                return bodyEnd
            }
            // "Ministry of Food, Agriculture and Fisheries": a list of portfolios inside a body's "X of A, B and C".
            if t.textIs(","), depth == 0, j + 1 < end,
                (i + 1..<j).contains(where: {
                    headKind(tokens[$0 - 1]) == .organization
                        && (tokens[$0].normIsOne(of: "of", "for")
                            // "Fund to Fight Malaria, Measles and Polio": a body's "X to <Verb> A, B and C".
                            || ($0 + 1 < j && tokens[$0].normIs("to") && tokens[$0 + 1].isCapitalized
                                && Self.isBaseVerb(lexicon.lexical(tokens[$0 + 1].norm).tags)))
                }),
                let listEnd = portfolioListEnd(tokens, j, end)
            {
                return listEnd
            }
            // "Office on Drugs and Crime": a body's "X on A and B", B one English word that names nothing and ends the run.
            if t.normIs("and"), t.isLowerInitial, j + 1 < end, isNameToken(tokens[j + 1]),
                (i + 1..<j).contains(where: { tokens[$0].normIs("on") && tokens[$0].isLowerInitial && headKind(tokens[$0 - 1]) == .organization }),
                j + 2 >= end || !(isNameToken(tokens[j + 2]) || tokens[j + 2].normIs("and") || tokens[j + 2].textIs("-")),
                !tokens[j + 1].isAllCaps, headKind(tokens[j + 1]) == nil, !lexicon.isWord(tokens[j + 1], .givenName),
                lexicon.isWord(tokens[j + 1], .commonWord) || Self.hasAbstractNounShape(tokens[j + 1]) || isWordNetWord(tokens[j + 1]),
                lexicon.matchActor(tokens, at: j + 1, end: end) == nil
            {
                return j + 2
            }
            if t.normIs("and"), j + 1 < end, isNameToken(tokens[j + 1]),
                (i..<j).contains(where: {
                    tokens[$0].normIs("of") || ($0 > i && tokens[$0].normIs("for") && headKind(tokens[$0 - 1]) == .organization)
                })
            {
                // "Department of Mines and Geology", "Alliance for Democracy and Progress": only inside an
                // "X of A and B" or a body's "X for A and B" name.
                // (Three words after "and" only when they end in a field's word, not a body's head, and hold no given
                // name: "Centre for Volcanology and Geological Hazard Mitigation", not "the Bank of Velmar and Harlow
                // Trading Company".)
                if let rightEnd = spanEnd(tokens, j + 1, end, depth: depth + 1),
                    rightEnd - j <= 3
                        || (rightEnd - j == 4 && !tokens[rightEnd - 1].isAllCaps && headKind(tokens[rightEnd - 1]) == nil
                            && (Self.hasAbstractNounShape(tokens[rightEnd - 1])
                                || lexicon.isWord(tokens[rightEnd - 1], .commonWord))
                            && (j + 1..<rightEnd).allSatisfy { !lexicon.isWord(tokens[$0], .givenName) }),
                    lexicon.matchActor(tokens, at: j + 1, end: end).map({
                        // ("Directorate General of Budget and Treasury": a known body's bare head word as the last
                        // field, in a name no lexicon entry starts.)
                        $0.length == 1 && rightEnd == j + 2 && leading == nil && headKind(tokens[j + 1]) == .organization
                            && lexicon.actors[$0.index].kind == .organization
                    }) ?? true,
                    rightEnd >= end
                        || !tokens[rightEnd].normIs("and")
                            && !(tokens[rightEnd].textIs(",") && rightEnd + 1 < end && isNameToken(tokens[rightEnd + 1]))
                {
                    return rightEnd
                }
            }
            break
        }
        // A name never ends in "of the": "Lena Ortiz of the Tarvel-based institute" stops before "of" when a known
        // place after it starts a new name.
        while j > i + 1, tokens[j - 1].isLowerInitial, tokens[j - 1].normIs("the") || tokens[j - 1].normIsOne(of: "of", "for", "on") {
            j -= 1
        }
        return j
    }

    /// Whether a possessive ("'s", or a plural's apostrophe) at a position of `range` comes right before a body's head
    /// word: "… Highlands Cattlemen's Association" is one body's name, not a place and the rest. (`range` lies inside
    /// one capitalized run, before its last token.)
    private func possessiveBeforeBody(_ tokens: Tokens, _ range: Range<Int>) -> Bool {
        range.contains {
            (tokens[$0].normIs("'s") || tokens[$0].textIs("'") || tokens[$0].text == "\u{2019}")
                && headKind(tokens[$0 + 1]) == .organization
        }
    }

    /// Lower-case nouns after a party's or a movement's own name ("the Rally for Change movement").
    static let partyNouns: WordSet = ["movement", "party", "group", "alliance", "coalition", "bloc", "front", "campaign"]

    /// Where the name ends in "the Rally for Change movement", "the Patriots for Tarvel group": one to three
    /// capitalized words (no given name, title, head word or known name first), "for" at `j`, then one to three
    /// capitalized words from `k` that a lower-case party's noun follows; nil otherwise.
    private func partyNameWithFor(_ tokens: Tokens, _ i: Int, _ j: Int, _ k: Int, _ end: Int, depth: Int) -> Int? {
        guard depth == 0, (1...3).contains(j - i), k == j + 1, tokens[j].isLowerInitial,
            (i..<j).allSatisfy({
                isNameToken(tokens[$0]) && !tokens[$0].isAllCaps && headKind(tokens[$0]) == nil
                    && !lexicon.isWord(tokens[$0], .givenName) && !lexicon.isWord(tokens[$0], .titleWord)
            }),
            lexicon.matchActor(tokens, at: i, end: j) == nil, titleAt(tokens, i, j) == nil,
            let rightEnd = spanEnd(tokens, k, end, depth: depth + 1), rightEnd - k <= 3, rightEnd < end,
            tokens[rightEnd].kind == .word, tokens[rightEnd].isLowerInitial, Self.partyNouns.contains(tokens[rightEnd]),
            !(k..<rightEnd).contains(where: { lexicon.isWord(tokens[$0], .givenName) && !lexicon.isWord(tokens[$0], .commonWord) })
        else { return nil }
        return rightEnd
    }

    /// Whether WordNet itself, not a guess from the word's shape, reads a word only as a noun ("Peace"; not an
    /// unknown company's name, "Korvair").
    private func isKnownPlainNoun(_ t: Token) -> Bool {
        let id = Int(t.word)
        guard id >= 0, id < lexicon.lexicalByWord.count, let known = lexicon.lexicalByWord[id] else { return false }
        return Self.isPlainNoun(known.tags)
    }

    /// Whether WordNet itself, not a guess from the word's shape, reads a word as a noun's plural ("Mines", which the
    /// common words leave out as a family name).
    private func isKnownNounPlural(_ t: Token) -> Bool {
        let id = Int(t.word)
        guard id >= 0, id < lexicon.lexicalByWord.count, let known = lexicon.lexicalByWord[id] else { return false }
        return known.tags.contains(.nounPlural) && known.lemma >= 0
    }

    /// Whether WordNet itself, not a guess from the word's shape, reads a word as an adjective ("Pacific", "Baltic").
    private func isKnownAdjective(_ t: Token) -> Bool {
        let id = Int(t.word)
        guard id >= 0, id < lexicon.lexicalByWord.count, let known = lexicon.lexicalByWord[id] else { return false }
        return known.tags.contains(.adjective)
    }

    /// Whether a capitalized word inside a company's name is an English word that names nothing ("Bridge", "Minting"):
    /// no acronym, given name, title or body's head word (a place's or a facility's may be a trade: "Bridge"), and
    /// WordNet knows it, or the common words do, or it is a gerund or a plural of a word WordNet knows.
    private func isTradeWord(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, headKind(t) != .organization, !lexicon.isWord(t, .givenName),
            !lexicon.isWord(t, .titleWord), !lexicon.isWord(t, .nonName) || lexicon.isWord(t, .commonWord)
        else { return false }
        if lexicon.isWord(t, .commonWord) || isWordNetWord(t) { return true }
        let guess = lexicon.lexical(t.norm)
        return guess.lemma >= 0 && (guess.tags.contains(.verbGerund) || guess.tags.contains(.nounPlural))
    }

    /// Whether WordNet's table has a word ("Border", which the common words leave out as a family name too).
    private func isWordNetWord(_ t: Token) -> Bool {
        let id = Int(t.word)
        return id >= 0 && id < lexicon.lexicalByWord.count && lexicon.lexicalByWord[id] != nil
    }

    /// Whether the words `a..<b` are exactly a known body's name made of common words and its head word ("Security
    /// Council", "Supreme Court"): after "Peace and" or "Korvex Peace and" they end another body's longer name
    /// ("the Tarvel Union's Peace and Security Council"), not that known body.
    private func isGenericBodyName(_ tokens: Tokens, _ a: Int, _ b: Int) -> Bool {
        guard let known = lexicon.matchActor(tokens, at: a, end: b), a + known.length == b, known.length >= 2,
            lexicon.actors[known.index].kind == .organization
        else { return false }
        return (a..<b).allSatisfy {
            !tokens[$0].isAllCaps && (lexicon.isWord(tokens[$0], .commonWord) || headKind(tokens[$0]) == .organization)
                && !lexicon.isWord(tokens[$0], .givenName)
        }
    }

    /// Whether a known city or subdivision of one country (`g`, at `i`) opens a company's name that goes on to `end` with
    /// an unknown word that is no common, WordNet or given name, no surname written first and no place of the table:
    /// "Ganzhou Tarvo Materials", "Ningbo Qelvin Cobalt" (not "Ningbo Wang Gang", "Lima Tarvo Kellan" alone: the caller
    /// asks for a company's last word).
    private func cityFirstCompany(_ tokens: Tokens, _ i: Int, _ g: (index: Int, length: Int), _ end: Int, _ placeName: String) -> Bool {
        let rest = i + g.length
        guard lexicon.actors[g.index].kind == .location, end - rest >= 2 else { return false }
        let w = tokens[rest]
        return w.kind == .word && w.isCapitalized && !w.isAllCaps && !lexicon.isWord(w, .commonWord) && !lexicon.isWord(w, .givenName)
            && headKind(w) == nil && !isWordNetWord(w) && !lexicon.isWord(w, .familyFirst) && !lexicon.isWord(w, .titleWord)
            && PlaceTable.builtIn.place(named: placeName).map({ !$0.country.isEmpty && !$0.isCommonWord }) == true
            && PlaceTable.builtIn.place(named: w.text) == nil
    }

    /// A capitalized common noun after a one-word title inside a body's "for"/"of" ("Centre for Marine Research"): a field
    /// word, which starts no one's name (no given name, title, head word or all-capitals word), that ends the name there.
    private func isFieldNounAfterTitle(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && !t.isAllCaps
            && (lexicon.isWord(t, .commonWord) || Self.hasAbstractNounShape(t))
            && !lexicon.isWord(t, .givenName) && !lexicon.isWord(t, .titleWord) && headKind(t) == nil
            && !lexicon.isWord(t, .nonName) && !lexicon.isWord(t, .placeStart)
    }

    /// A capitalized singular common noun, title word or "-sman" word that may name the holder of an office
    /// ("Ombudsman", "Registrar"), not a given name (unless a title word), a body's head word or a place's first word.
    private func isOfficeHolderNoun(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && !t.isAllCaps
            && (lexicon.isWord(t, .commonWord) || isWordNetWord(t) || lexicon.isWord(t, .titleWord) || t.norm.hasSuffix("sman"))
            && (!lexicon.isWord(t, .givenName) || lexicon.isWord(t, .titleWord)) && !lexicon.isWord(t, .nonName)
            && !lexicon.isWord(t, .placeStart)
            && headKind(t) == nil && !t.norm.hasSuffix("s")
    }

    /// The end of a body named by the fields it deals with, listed before its head word ("Truth, Reconciliation and
    /// Reparations Commission", "Control, Ethics and Disciplinary Body"), when the words from `i` to `comma` start
    /// one: each item one or two capitalized nouns or adjectives that name nothing known (no given name, no
    /// adverb: "However, Tarvo and Lenk Bank" is no such name), joined by commas and "and", the last one ending
    /// in a body's head word that ends the name. Nil otherwise ("Tarvia, Kessland and Orvan Commission").
    private func fieldListBodyEnd(_ tokens: Tokens, _ i: Int, _ comma: Int, _ end: Int) -> Int? {
        func isField(_ w: Int) -> Bool {
            let t = tokens[w]
            return t.kind == .word && t.isCapitalized && !t.isAllCaps && headKind(t) == nil
                && (lexicon.isWord(t, .commonWord) || isWordNetWord(t) || Self.hasAbstractNounShape(t)
                    || (t.norm.hasSuffix("s") && Self.abstractNounSuffixes.contains { t.norm.dropLast().hasSuffix($0) })
                    // ("Disciplinary", "Consultative": an adjective's shape.)
                    || (t.norm.utf8.count >= 7 && ["ary", "ory", "ive", "ical", "ial"].contains { t.norm.hasSuffix($0) }))
                && !lexicon.isWord(t, .givenName) && !lexicon.isWord(t, .nonName) && !lexicon.isWord(t, .adverb)
                // (A title word that names no person itself is a field: "Foreign, Commonwealth and Development Office".)
                && (!lexicon.isWord(t, .titleWord) || lexicon.isWord(t, .titleModifier))
                && lexicon.matchActor(tokens, at: w, end: end) == nil
        }
        guard comma > i, comma - i <= 2, (i..<comma).allSatisfy(isField),
            let w = listEnd(tokens, comma, end, isItem: isField), w < end,
            headKind(tokens[w]) == .organization, tokens[w].isCapitalized, !tokens[w].isAllCaps,
            w + 1 >= end || !isNameToken(tokens[w + 1])
        else { return nil }
        return w + 1
    }

    /// The end of a list that `comma` opens (", B and C", ", B, and C"): each item one or two tokens `isItem`
    /// accepts, at most six items; nil when `comma` opens no such list. Shared by the body named by its fields
    /// (`fieldListBodyEnd`) and a body's list of portfolios (`portfolioListEnd`).
    private func listEnd(_ tokens: Tokens, _ comma: Int, _ end: Int, isItem: (Int) -> Bool) -> Int? {
        var k = comma
        for _ in 0..<6 {
            guard k < end, tokens[k].textIs(",") || tokens[k].normIs("and") else { return nil }
            var last = tokens[k].normIs("and")
            if tokens[k].textIs(","), k + 1 < end, tokens[k + 1].normIs("and") {
                k += 1
                last = true
            }
            var w = k + 1
            while w < end, w < k + 3, isItem(w) { w += 1 }
            guard w > k + 1 else { return nil }
            if last { return w }
            k = w
        }
        return nil
    }

    /// The end of a list of portfolios after a body's "X of A" (", B and C", ", B, and C"): each item one or two
    /// capitalized common words that name nothing known, at most six; nil when `comma` starts no such list.
    private func portfolioListEnd(_ tokens: Tokens, _ comma: Int, _ end: Int) -> Int? {
        let w = listEnd(tokens, comma, end) { w in
            tokens[w].kind == .word && tokens[w].isCapitalized && !tokens[w].isAllCaps
                && (lexicon.isWord(tokens[w], .commonWord) || !lexicon.lexical(tokens[w].norm).tags.isDisjoint(with: TagSet.nouns))
                && !lexicon.isWord(tokens[w], .givenName) && lexicon.matchActor(tokens, at: w, end: end) == nil
                // (A company's head word names a field here: "Ministry of Forests, Mines and Energy"; an organ's
                // does not: "Ministry of Defence, Army".)
                && (headKind(tokens[w]) == nil || (headKind(tokens[w]) == .organization && !lexicon.isWord(tokens[w], .organHead)))
        }
        guard let w else { return nil }
        return w < end && isNameToken(tokens[w]) ? nil : w
    }

    /// What the whole text shows of each of its words (per ``Segmentation/localWord``), read
    /// before names are sought. Its own function, kept out of `find`: inside that long
    /// function the compiler copied the whole token (retaining its two strings) for each
    /// field this loop reads.
    @inline(never)
    private func wordEvidence(_ seg: Segmentation) -> (
        lowercaseWords: [Bool], capitalizedInside: [Bool], startsName: [Bool], endsName: [Bool], standsAlone: [Bool]
    ) {
        let tokens = seg.tokens
        let local = seg.localWord
        // (Texts compared by number: each distinct text has one.)
        let openParenthesis = seg.strings.existingNumber("(") ?? -2
        let colon = seg.strings.existingNumber(":") ?? -2
        // Written in lower case somewhere in the text.
        var lowercaseWords = [Bool](repeating: false, count: seg.localWordCount)
        for (k, t) in tokens.enumerated() where t.kind == .word {
            if t.isLowerInitial { lowercaseWords[Int(local[k])] = true }
        }

        // Words written with a capital inside sentences somewhere in the text: evidence they are names.
        var capitalizedInside = [Bool](repeating: false, count: seg.localWordCount)
        // Words that start a longer capitalized name somewhere ("Halvern" in "Halvern Chemical"),
        // wherever it stands: a company's short name.
        var startsName = [Bool](repeating: false, count: seg.localWordCount)
        // Words that end a longer capitalized name somewhere ("Court" in "Federal Court"): a lone
        // "the Court" may stand for that name; without one it is a common noun written large.
        var endsName = [Bool](repeating: false, count: seg.localWordCount)
        // Capitalized words that stand somewhere other than right before a lower-case noun or
        // adjective ("Artemis said", not only "the Artemis program").
        var standsAlone = [Bool](repeating: false, count: seg.localWordCount)
        for sentence in seg.sentences {
            var first = true
            for k in sentence.tokens {
                let t = tokens[k]
                if t.kind == .word, !t.isLowerInitial,
                    !(k + 1 < sentence.tokens.upperBound && tokens[k + 1].kind == .word && tokens[k + 1].isLowerInitial
                        && tokens[k + 1].tag.isOne(of: .noun, .nounPlural, .adjective))
                {
                    standsAlone[Int(local[k])] = true
                }
                if t.kind == .word, t.isCapitalized, k > sentence.tokens.lowerBound, tokens[k - 1].kind == .word,
                    tokens[k - 1].isCapitalized || tokens[k - 1].isAllCaps
                {
                    endsName[Int(local[k])] = true
                }
                if t.kind == .word, t.isCapitalized, k + 1 < sentence.tokens.upperBound, tokens[k + 1].kind == .word,
                    tokens[k + 1].isCapitalized, k == sentence.tokens.lowerBound || !tokens[k - 1].isCapitalized
                {
                    startsName[Int(local[k])] = true
                }
                if t.kind == .quote || t.kind == .dash || t.textNumber == openParenthesis || t.textNumber == colon {
                    first = true
                    continue
                }
                if t.kind == .word, t.isCapitalized, !first, k > sentence.tokens.lowerBound, tokens[k - 1].textNumber != colon,
                    lexicon.matchTitle(tokens, at: k + 1, end: sentence.tokens.upperBound) == nil
                {
                    capitalizedInside[Int(local[k])] = true
                }
                if t.kind == .word { first = false }
            }
        }
        return (lowercaseWords, capitalizedInside, startsName, endsName, standsAlone)
    }

    /// Whether the words `a..<b` are exactly a known city or subdivision (a gazetteer place or one of
    /// the place table), not a country.
    func isCityOrSubdivision(_ tokens: Tokens, _ a: Int, _ b: Int, _ text: String) -> Bool {
        guard a < b else { return false }
        if let known = lexicon.matchActor(tokens, at: a, end: b) {
            return known.length == b - a && lexicon.actors[known.index].kind == .location
        }
        guard (a..<b).allSatisfy({ tokens[$0].kind == .word }), let place = PlaceTable.builtIn.place(named: text) else {
            return false
        }
        return !place.isCommonWord
    }

    /// Whether `text` is a known region's adjective: the region's name ("West Africa", "Himalayas")
    /// with "n" for its last letter or after it ("West African", "Himalayan").
    func isRegionAdjective(_ text: String) -> Bool {
        guard text.hasSuffix("n"), text.unicodeScalars.count > 3 else { return false }
        let base = String(text.dropLast())
        // ("African" → "Africa", "European" → "Europe".)
        for name in [base, base + "s", String(text.dropLast(2))] {
            if let actor = lexicon.actorByName[name], lexicon.actors[actor].kind == .location { return true }
        }
        return false
    }

    func find(_ seg: Segmentation) -> (mentions: [MentionCandidate], titles: [TitleCandidate]) {
        let tokens = seg.tokens
        // The tables below are per word of the document (``Segmentation/localWord``).
        let local = seg.localWord
        let (lowercaseWords, capitalizedInside, startsName, endsName, standsAlone) = wordEvidence(seg)
        var mentions: [MentionCandidate] = []
        var titles: [TitleCandidate] = []
        // Compass adjectives kept at the start of a body's name, with the word after them ("Southern Tarvel").
        var compassNames: Set<Int64> = []

        func surface(_ a: Int, _ b: Int) -> String { seg.text(tokens[a].start, tokens[b - 1].end) }

        func gazetteerMention(_ s: Int, _ a: Int, _ length: Int, _ actor: Int) -> MentionCandidate {
            let text = surface(a, a + length)
            return MentionCandidate(
                sentence: s, start: a, end: a + length, kind: lexicon.actors[actor].kind, actor: actor,
                isAdjective: lexicon.adjectives[actor].contains(text))
        }

        // "the Istanbul Chief Public Prosecutor's Office", "the Kessa Attorney General's Office": a known city's,
        // region's or country's name right before an office's name (no comma between) opens it. The city is no
        // actor of its own there, as in "Kessa Police"; the country stays, the office its organ, as in "Russian
        // Coast Guard". (The mentions passed `inout`, not captured, as for `skipClassAcronym` below.)
        func appendOffice(_ office: MentionCandidate, to mentions: inout [MentionCandidate]) {
            var office = office
            if let p = mentions.indices.last, case let place = mentions[p], place.end == office.start, place.sentence == office.sentence,
                tokens[place.end - 1].kind == .word, tokens[place.end - 1].isCapitalized, place.partOf == nil,
                // (A city's name is its own adjective, "the Kessa office"; a country's demonym opens no office's name.)
                (place.kind == .country && !place.isAdjective) || isCityOrSubdivision(tokens, place.start, place.end, surface(place.start, place.end))
            {
                office.start = place.start
                if place.kind != .country {
                    mentions.removeLast()
                } else {
                    office.partOf = p
                    office.extraAlias = place.end..<office.end
                }
            }
            mentions.append(office)
        }
        let occurrences = Occurrences(seg)
        // Acronyms a text defines for a class of things it names ("Foreign Terrorist Organization (FTO)",
        // "Executive Order (E.O.)"), by norm: later uses ("SDGT entities", "E.O. 13224") are no names.
        var classAcronyms: Set<String> = []
        // Acronyms the text defines for a name of its own that a known actor's acronym also spells
        // ("the All Kelmar Congress (ABC)" is not ABC the broadcaster): no longer that actor here.
        var redefinedAcronyms: Set<String> = []
        // After a dropped phrase at `a..<end`: skips its acronym in parentheses, and remembers it and its
        // plural ("SDGTs" → "SDGT"). (The set passed `inout`, not captured: a captured `var` is read
        // through a dynamic exclusivity check, and the loop below reads it at every word.)
        func skipClassAcronym(after end: Int, in b: Int, _ classAcronyms: inout Set<String>) -> Int {
            guard end + 2 < b, tokens[end].textIs("("), tokens[end + 2].textIs(")") else { return end }
            let acronym = tokens[end + 1]
            guard acronym.kind == .word, acronym.text.unicodeScalars.first?.properties.isUppercase ?? false,
                acronym.text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2
            else { return end }
            classAcronyms.insert(acronym.norm)
            if acronym.norm.hasSuffix("s") { classAcronyms.insert(String(acronym.norm.dropLast())) }
            return end + 3
        }
        for (s, sentence) in seg.sentences.enumerated() {
            let a = sentence.tokens.lowerBound
            let b = sentence.tokens.upperBound
            // Names an acronym defines ("Group to Support Islam and Muslims (GSIM)"), by their first token.
            let defined = acronymDefinitions(tokens, a, b)
            // The same, by the "(" that ends each long form.
            let definedByParenthesis = Dictionary(defined.map { ($0.value, $0.key) }, uniquingKeysWith: { min($0, $1) })
            // A headline, subhead or caption line: short, capitalized words, no closing punctuation.
            let isHeadline: Bool = {
                guard b - a <= 10, let last = tokens[a..<b].last(where: { $0.kind != .quote }),
                    ![".", "!", "?", ":"].contains(last.text)
                else { return false }
                return tokens[a..<b].allSatisfy {
                    $0.kind != .word || $0.isCapitalized || $0.isAllCaps || Self.headlineSmallWords.contains($0)
                        || !$0.isLowerInitial
                }
            }()
            var i = a
            // The first word of a sentence, of a quotation or after a colon or dash.
            func isInitial(_ k: Int) -> Bool {
                var p = k - 1
                while p >= a, tokens[p].kind == .quote || tokens[p].textIs("(") { p -= 1 }
                return p < a || tokens[p].textIs(":") || tokens[p].kind == .dash || tokens[p].textIs(".")
            }
            while i < b {
                let t = tokens[i]
                guard t.kind == .word, !t.isCredit else {
                    i += 1
                    continue
                }
                if !classAcronyms.isEmpty, !t.isLowerInitial,
                    classAcronyms.contains(t.norm) || (t.norm.hasSuffix("s") && classAcronyms.contains(String(t.norm.dropLast())))
                {
                    i += 1
                    continue
                }
                // "Mariupol [Mah-ree-you-poll]": a pronunciation in brackets, syllables joined by hyphens.
                if i > a, tokens[i - 1].textIs("["), let close = (i..<min(b, i + 16)).first(where: { tokens[$0].textIs("]") }),
                    (i..<close).contains(where: {
                        tokens[$0].textIs("-") && $0 + 1 < close && !tokens[$0 + 1].spaceBefore && tokens[$0 + 1].isLowerInitial
                    })
                {
                    i = close + 1
                    continue
                }
                var g = lexicon.matchActor(tokens, at: i, end: b)
                if let known = g, known.length == 1, t.isAllCaps {
                    if redefinedAcronyms.contains(t.text) {
                        g = nil
                    } else if i > a + 2, tokens[i - 1].textIs("("), i + 1 < b, tokens[i + 1].textIs(")"),
                        let start = definedByParenthesis[i - 1],
                        lexicon.matchActor(tokens, at: start, end: i - 1).map({ $0.index != known.index || $0.length != i - 1 - start }) ?? true,
                        // (A spelling of the known actor's own name is that actor: "World Health Organisation (WHO)".)
                        !Self.sameCapitalizedWords(tokens[start..<(i - 1)], lexicon.actors[known.index].name)
                    {
                        redefinedAcronyms.insert(t.text)
                        g = nil
                    }
                }
                // "Neighbouring Solomon Islands signed …": a participle that starts a sentence before a known
                // country or place is no part of its name (not a place itself: "Reading", "Kettering").
                if g == nil, t.isCapitalized, !t.isAllCaps, t.norm.hasSuffix("ing"), t.norm.utf8.count > 5, isInitial(i),
                    i + 1 < b, let next = lexicon.matchActor(tokens, at: i + 1, end: b),
                    lexicon.actors[next.index].kind == .country || lexicon.actors[next.index].kind == .location,
                    headKind(t) == nil, !lexicon.isWord(t, .givenName), PlaceTable.builtIn.place(named: t.text) == nil
                {
                    i += 1
                    continue
                }
                // "Rival Kalmari firm Tarvo Metals said …", "Fellow Kalmari lender X": a common word that opens a
                // sentence before a country's demonym and a lower-case noun describes the body named after them; it
                // joins no name with the demonym.
                if g == nil, t.isCapitalized, !t.isAllCaps, isInitial(i), lexicon.isWord(t, .commonWord), headKind(t) == nil,
                    !lexicon.isWord(t, .givenName), !lexicon.isWord(t, .placeStart), !RelationFinder.compassWords.contains(t),
                    i + 2 < b, let next = lexicon.matchActor(tokens, at: i + 1, end: b), next.length == 1,
                    lexicon.actors[next.index].kind == .country, lexicon.adjectives[next.index].contains(surface(i + 1, i + 2)),
                    tokens[i + 2].kind == .word, tokens[i + 2].isLowerInitial
                {
                    i += 1
                    continue
                }
                // "Thirteen Western embassies urged …": a number word that opens a sentence before a word that is no
                // name's and a lower-case word is no name. ("Seven Seas Shipping" goes on as before.)
                if g == nil, t.isCapitalized, !t.isAllCaps, isInitial(i), lexicon.isWord(t, .commonWord),
                    lexicon.lexical(t.norm).tags.contains(.number), i + 2 < b, tokens[i + 1].kind == .word,
                    tokens[i + 1].isCapitalized, lexicon.isWord(tokens[i + 1], .nonName), lexicon.matchActor(tokens, at: i + 1, end: b) == nil,
                    tokens[i + 2].kind == .word, tokens[i + 2].isLowerInitial
                {
                    i += 1
                    continue
                }
                // (Only where the usual span would end elsewhere, and no known name starts there but a
                // shorter one: "al-Qaida in the Arabian Peninsula (AQAP)" is not "al-Qaida".)
                // (Also where the usual span would start with a word that alone is no name: "the All Kelmar
                // Congress (AKC)".)
                if g.map({ g in defined[i].map { i + g.length < $0 } ?? false }) ?? true, let definedEnd = defined[i],
                    spanEnd(tokens, i, b) != definedEnd || (lexicon.isWord(t, .nonName) && !isInitial(i))
                {
                    g = nil
                    // The whole long form is one name; its kind comes from its head word, else it is a body's.
                    var headIndex = definedEnd - 1
                    // "… in the Arabian Peninsula": the words after "in" name where the body is, not
                    // what it is; without a head word before "in", it is a body.
                    var placed = false
                    for k in i..<definedEnd where k > i && tokens[k].normIsOne(of: "of", "on", "for", "in") {
                        headIndex = k - 1
                        placed = tokens[k].normIs("in")
                        break
                    }
                    if lexicon.isWord(tokens[definedEnd - 1], .excludedHead) || lexicon.isWord(t, .excludedHead) {
                        i = skipClassAcronym(after: definedEnd, in: b, &classAcronyms)
                        continue
                    }
                    var mention = MentionCandidate(
                        sentence: s, start: i, end: definedEnd,
                        kind: headKind(tokens[headIndex]) ?? (placed ? nil : headKind(tokens[definedEnd - 1])) ?? .organization,
                        actor: nil)
                    if headIndex != definedEnd - 1 { mention.headIndex = headIndex }
                    mentions.append(mention)
                    i = definedEnd
                    continue
                }
                // "Mark T. Esper", "Dana W. J. White": a first name and initials before a known person's
                // surname are that person.
                if g == nil, isNameToken(t), !t.isAllCaps, !Self.isInitialLetter(t) {
                    var k = i + 1
                    while k < b, k < i + 4, Self.isInitialLetter(tokens[k]) { k += 1 }
                    if k > i + 1, k < b, let known = lexicon.matchActor(tokens, at: k, end: b),
                        lexicon.actors[known.index].kind == .person
                    {
                        mentions.append(gazetteerMention(s, i, k - i + known.length, known.index))
                        i = k + known.length
                        continue
                    }
                }
                // "the Prosecutor General's Office", "Comptroller General's Office": an office's title ending in
                // "General" (a title word or not), a possessive and a body's head word name one body, not a person
                // "General" nor a body "General's Office".
                if t.isCapitalized, !t.isAllCaps, i + 3 < b, tokens[i + 1].normIs("general"), tokens[i + 1].isCapitalized,
                    tokens[i + 2].normIs("'s"), !tokens[i + 2].spaceBefore, tokens[i + 3].isCapitalized, !tokens[i + 3].isAllCaps,
                    headKind(tokens[i + 3]) == .organization
                {
                    let nameEnd = bodyNameBeforeAcronym(tokens, i + 3, b, depth: 0) ?? (i + 4)
                    if nameEnd >= b || !isNameToken(tokens[nameEnd]) {
                        appendOffice(MentionCandidate(sentence: s, start: i, end: nameEnd, kind: .organization, actor: nil), to: &mentions)
                        i = nameEnd
                        continue
                    }
                }
                // A place whose name holds a possessive, as the place table writes it ("X's Bay", "X's Y Z"): one
                // place, not a name "X" and a body "Bay" (when no capitalized word goes on after it).
                if t.isCapitalized, !t.isAllCaps, i + 2 < b, tokens[i + 1].normIs("'s"), !tokens[i + 1].spaceBefore,
                    tokens[i + 2].isCapitalized, !tokens[i + 2].isAllCaps
                {
                    var placeEnd: Int?
                    for n in [4, 3] where i + n <= b && (i + 2..<(i + n)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) {
                        if let place = PlaceTable.builtIn.place(named: surface(i, i + n)), !place.isCommonWord,
                            i + n >= b || !isNameToken(tokens[i + n])
                        {
                            placeEnd = i + n
                            break
                        }
                    }
                    if let placeEnd {
                        mentions.append(MentionCandidate(sentence: s, start: i, end: placeEnd, kind: .location, actor: nil))
                        i = placeEnd
                        continue
                    }
                }
                // "Children's Hospital of Tarvel", "the Women's Fund": the people a body serves, a possessive
                // and a body's or a building's head word start one name.
                if g == nil, t.isCapitalized, !t.isAllCaps, t.normIsOne(of: "children", "women", "men"), i + 2 < b,
                    tokens[i + 1].normIs("'s"), !tokens[i + 1].spaceBefore, tokens[i + 2].isCapitalized, !tokens[i + 2].isAllCaps,
                    let head = headKind(tokens[i + 2]), head == .organization || head == .facility
                {
                    let e = spanEnd(tokens, i + 2, b) ?? (i + 3)
                    mentions.append(MentionCandidate(sentence: s, start: i, end: e, kind: head, actor: nil))
                    i = e
                    continue
                }
                if let title = titleAt(tokens, i, b), title.length > (g?.length ?? 0),
                    // "the Marine Stewardship Council", "the General Staff": one title word after "the", before a
                    // name a body's head word ends, starts that body's name.
                    !(title.length == 1 && i > a && tokens[i - 1].normIs("the")
                        && spanEnd(tokens, i + 1, b).map { headKind(tokens[$0 - 1]) == .organization } == true)
                {
                    // "the Attorney General's Office", "the Prime Minister's Office": an office's title, a possessive and
                    // an organization's head word that ends the name name one body, not a person.
                    // (Its name may go on after the head word with a capitalized preposition, up to an acronym in
                    // brackets: "the Special Auditor's Office Against Fraud (FEF)".)
                    let after = i + title.length
                    if t.isCapitalized, after + 1 < b, tokens[after].normIs("'s"), tokens[after + 1].isCapitalized,
                        headKind(tokens[after + 1]) == .organization, !tokens[after + 1].isAllCaps
                    {
                        let nameEnd = bodyNameBeforeAcronym(tokens, after + 1, b, depth: 0) ?? (after + 2)
                        if nameEnd >= b || !isNameToken(tokens[nameEnd]) {
                            appendOffice(MentionCandidate(sentence: s, start: i, end: nameEnd, kind: .organization, actor: nil), to: &mentions)
                            i = nameEnd
                            continue
                        }
                    }
                    titles.append(TitleCandidate(sentence: s, start: i, end: i + title.length, title: title.index))
                    i += title.length
                    // "Minister for Foreign Affairs, Helen Carrow", "Under Secretary for Terrorism and Financial
                    // Intelligence Brian Whitcomb": the portfolio after "for"/"of" belongs to the office; the
                    // person is the two or three words after its last common word.
                    if let person = personAfterPortfolio(tokens, i, b) {
                        titles[titles.count - 1].end = person
                        i = person
                    }
                    continue
                }
                var spanEndIndex = spanEnd(tokens, i, b)
                // "Trinidad and Tobago Police Service", "the Bosnia and Herzegovina Chamber of Trade": a known country's or
                // place's name that holds a word the span stops at ("and"), then more of a name that a body's or a
                // building's head word ends (before its "of"), is one name, as "Kessa Police Service" is.
                if let known = g, let e = spanEndIndex, known.length > e - i, lexicon.actors[known.index].kind.isOne(of: .country, .location),
                    i + known.length < b, isNameToken(tokens[i + known.length]), !tokens[i + known.length].isAllCaps,
                    !tokens[i + known.length].newlineBefore, lexicon.matchActor(tokens, at: i + known.length, end: b) == nil,
                    let restEnd = spanEnd(tokens, i + known.length, b),
                    case let head = (i + known.length..<restEnd).first(where: { tokens[$0].normIs("of") }).map({ $0 - 1 }) ?? (restEnd - 1),
                    head >= i + known.length, headKind(tokens[head]) == .organization || headKind(tokens[head]) == .facility,
                    tokens[head].isCapitalized
                {
                    spanEndIndex = restEnd
                }
                var draftLength = spanEndIndex.map { $0 - i } ?? 0
                // "Victoria Nuland", "Sofia Ortega": a city named like a given name, then a surname, is a person.
                if let known = g, known.length == 1, draftLength == 2, lexicon.actors[known.index].kind == .location,
                    lexicon.isWord(t, .givenName), headKind(tokens[i + 1]) == nil,
                    lexicon.matchActor(tokens, at: i + 1, end: b) == nil
                {
                    g = nil
                }
                if let g, g.length >= draftLength {
                    // "U.S. Africa Command": a known name that starts with the country it belongs to; "U.N.
                    // Security Council": or with the body it is an organ of (its name after the prefix an alias).
                    if g.length >= 2, let p = lexicon.matchActor(tokens, at: i, end: i + g.length - 1),
                        lexicon.actors[p.index].kind == .country || lexicon.actors[p.index].kind == .organization,
                        lexicon.actors[g.index].kind == .organization,
                        lexicon.matchActor(tokens, at: i + p.length, end: i + g.length).map({
                            $0.index == g.index && $0.length == g.length - p.length
                        }) ?? false
                    {
                        let prefixIndex = mentions.count
                        mentions.append(gazetteerMention(s, i, p.length, p.index))
                        var whole = gazetteerMention(s, i, g.length, g.index)
                        whole.partOf = prefixIndex
                        whole.extraAlias = i + p.length..<i + g.length
                        mentions.append(whole)
                    } else {
                        mentions.append(gazetteerMention(s, i, g.length, g.index))
                    }
                    i += g.length
                    continue
                }
                guard var draftEnd = spanEndIndex else {
                    i += 1
                    continue
                }
                // "SpaceX of Hawthorne, California", "Tarvel Holding of Kalmar": a company's name (one unknown
                // word, or a name ending in a legal form or "Holding"/"Group") "of" a known city or
                // subdivision is the company, then where it is; not "University of Maryland", "Bank of
                // Korea", "Duke of York".
                if g == nil, draftLength >= 3, let of = (i + 1..<(draftEnd - 1)).first(where: { tokens[$0].normIs("of") }),
                    of - i == 1
                        ? (!lexicon.isWord(t, .commonWord) && !lexicon.isWord(t, .titleWord) && !lexicon.isWord(t, .givenName)
                            && headKind(t) == nil && !t.isAllCaps && PlaceTable.builtIn.place(named: t.text) == nil)
                        : (Self.legalForms.contains(tokens[of - 1]) || tokens[of - 1].normIsOne(of: "holding", "holdings", "group")),
                    isCityOrSubdivision(tokens, of + 1, draftEnd, surface(of + 1, draftEnd))
                {
                    draftEnd = of
                    draftLength = draftEnd - i
                }
                // "Commerce Minister", "Home Affairs Minister", "Business and Trade Secretary": the portfolio
                // is part of the office, which starts at its first word.
                var portfolioEnd = draftEnd
                // (Right after an office, a name that opens with no common word is its holder, not a portfolio:
                // "President Karel Vantro and Prime Minister Ilse Marand" names two people.)
                let holder = titles.last.map { $0.sentence == s && $0.end == i } == true && !lexicon.isWord(t, .commonWord)
                if g == nil, !holder, draftEnd + 1 < b, tokens[draftEnd].normIs("and"), tokens[draftEnd + 1].isCapitalized,
                    lexicon.matchActor(tokens, at: draftEnd + 1, end: b) == nil,
                    let second = spanEnd(tokens, draftEnd + 1, b), second - draftEnd <= 3
                {
                    portfolioEnd = second
                }
                // ("Tamil Nadu Chief Minister X": a state's or city's name before an office is where the office is,
                // not its portfolio; it is named for itself, and the office starts after it.)
                for candidate in portfolioEnd > draftEnd ? [portfolioEnd, draftEnd] : [draftEnd] {
                    // ("Armed Forces Minister": a portfolio of common words may end in a body's head word.)
                    // (A determiner opening the sentence is no portfolio: "Its foreign minister, X", "Former finance
                    // minister X"; the office starts after it.)
                    if g == nil, !(candidate - i == 1 && RelationFinder.determiners.contains(tokens[i])),
                        kind(forHead: tokens[candidate - 1]) == nil || candidate - i == 1
                            // (A plural head only: "Communist Party Secretary X" is the party's secretary.)
                            || (tokens[candidate - 1].norm.hasSuffix("s") && !tokens[candidate - 1].norm.hasSuffix("ss")
                                && (i..<candidate).allSatisfy({
                                    (lexicon.isWord(tokens[$0], .commonWord) && !tokens[$0].isAllCaps
                                        && !lexicon.isWord(tokens[$0], .givenName))
                                        // ("Lands and Natural Resources Minister": portfolios joined by "and".)
                                        || ($0 > i && tokens[$0].normIs("and") && tokens[$0].isLowerInitial)
                                })),
                        let title = titleAt(tokens, candidate, b),
                        ["Minister", "Secretary", "minister", "secretary", "Commissioner", "commissioner"].contains(
                            tokens[candidate + title.length - 1].text),
                        !isCityOrSubdivision(tokens, i, candidate, surface(i, candidate))
                    {
                        var officeStart = i
                        if candidate - i >= 2,
                            let place = (i + 1..<candidate).reversed().first(where: {
                                isCityOrSubdivision(tokens, i, $0, surface(i, $0))
                            })
                        {
                            if let known = lexicon.matchActor(tokens, at: i, end: place), known.length == place - i {
                                mentions.append(gazetteerMention(s, i, known.length, known.index))
                            } else {
                                mentions.append(MentionCandidate(sentence: s, start: i, end: place, kind: .location, actor: nil))
                            }
                            officeStart = place
                        }
                        titles.append(TitleCandidate(sentence: s, start: officeStart, end: candidate + title.length, title: title.index))
                        draftEnd = candidate + title.length
                        if let person = personAfterPortfolio(tokens, draftEnd, b) {
                            titles[titles.count - 1].end = person
                            draftEnd = person
                        }
                        break
                    }
                }
                if draftEnd > portfolioEnd {
                    i = draftEnd
                    continue
                }
                // In a headline only known names count, or names the text repeats elsewhere.
                if g == nil, isHeadline {
                    let elsewhere = occurrences.occursTwice(i, draftEnd)
                    if !elsewhere {
                        i = draftEnd
                        continue
                    }
                }
                // "New Jersey", "North Carolina": a word that is no name alone starts a place's name.
                if g == nil, lexicon.isWord(t, .placeStart), i + 1 < b, isNameToken(tokens[i + 1]) {
                    var placeEnd: Int?
                    for n in [3, 2] where i + n <= b && (i..<(i + n)).allSatisfy({ tokens[$0].kind == .word }) {
                        if let place = PlaceTable.builtIn.place(named: surface(i, i + n)), !place.isCommonWord {
                            placeEnd = i + n
                            break
                        }
                    }
                    // (Not when the name goes on to a possessive and a body's head word: "the Tarvel Highlands
                    // Cattlemen's Association" is the body's name.)
                    if let placeEnd,
                        !(placeEnd + 2 < draftEnd && possessiveBeforeBody(tokens, placeEnd + 1..<draftEnd - 1))
                    {
                        mentions.append(
                            MentionCandidate(
                                sentence: s, start: i, end: placeEnd, kind: .location, actor: nil))
                        i = placeEnd
                        continue
                    }
                }
                // "designated it a Foreign Terrorist Organization (FTO)", "named them Specially Designated
                // Global Terrorists": a class of things, not one actor. After an indefinite article, as the
                // head of its phrase; or led by an adverb in -ly (no given name, no place).
                if g == nil, !t.isAllCaps,
                    (i > a && (tokens[i - 1].normIs("a") || tokens[i - 1].normIs("an")) && tokens[i - 1].isLowerInitial
                        && (draftEnd >= b || !tokens[draftEnd].isLowerInitial)
                        // (Not a name glued to a participle, "a Tarvona-based firm": it modifies the head.)
                        && !(draftEnd + 1 < b && tokens[draftEnd].textIs("-") && !tokens[draftEnd].spaceBefore && tokens[draftEnd + 1].isLowerInitial))
                        // (Not a noun in "-ly", "Assembly", "Family": an adverb, or no common word.)
                        || (draftLength >= 2 && t.norm.hasSuffix("ly") && t.norm.utf8.count > 5 && !lexicon.isWord(t, .givenName)
                            && (lexicon.isWord(t, .adverb) || !lexicon.isWord(t, .commonWord))
                            && PlaceTable.builtIn.place(named: t.text) == nil)
                        // "designated them as Foreign Terrorist Organizations": a plural class after "as".
                        || (draftLength >= 2 && i > a && tokens[i - 1].normIs("as") && tokens[i - 1].isLowerInitial
                            && tokens[draftEnd - 1].norm.hasSuffix("s") && headKind(tokens[draftEnd - 1]) == nil
                            && lexicon.isWord(tokens[draftEnd - 1], .commonWord))
                {
                    i = skipClassAcronym(after: draftEnd, in: b, &classAcronyms)
                    continue
                }
                // "Section 1(b)", "Article 5": a word before a number is a part of a text, not a name.
                if g == nil, draftLength == 1, draftEnd < b, tokens[draftEnd].kind == .number || tokens[draftEnd].text.first?.isNumber == true,
                    !t.isAllCaps
                {
                    i = draftEnd
                    continue
                }
                // "The U.S. Has also said": a capitalized function word alone is no name.
                if g == nil, draftLength == 1, RelationFinder.stopWords.contains(t), !lexicon.isWord(t, .givenName) {
                    i += 1
                    continue
                }
                // "Joseph Dunford, Jr.": a generational suffix after a comma belongs to the name before it.
                if g == nil, draftLength == 1, i > a, tokens[i - 1].textIs(","), lexicon.isWord(t, .nameSuffix) {
                    i += 1
                    continue
                }
                // "the Court", "the Alliance": a head word alone after "the" names nothing unless some
                // longer name in the text ends with it (then it is that name's short form).
                if g == nil, draftLength == 1, i > a, tokens[i - 1].normIs("the"), tokens[i - 1].isLowerInitial, !t.isAllCaps,
                    headKind(t) == .organization || headKind(t) == .facility, !endsName[Int(local[i])]
                {
                    i += 1
                    continue
                }
                // Capitalized words that are not names.
                // (But a capitalized compass adjective before a name that is no known place or actor and
                // that ends in a body's head word starts that body's name: "Southern
                // Cross Airlines", "Northern Star Bank"; "Northern Iraq", "Eastern Tarvel" stay apart.)
                // (The same two words later start the short name: "Southern Tarvel said".)
                var compassStart = false
                // "Polish rower Jan Kowal": "Jan" without its period before a surname (a capitalized word that is
                // no other name's start and no number after it) is a given name, not January's abbreviation.
                let givenNotMonth =
                    t.text == "Jan" && draftLength == 2 && !tokens[i + 1].isAllCaps && !lexicon.isWord(tokens[i + 1], .nonName)
                    && lexicon.matchActor(tokens, at: i + 1, end: draftEnd) == nil && (draftEnd >= b || tokens[draftEnd].kind != .number)
                if g == nil, lexicon.isWord(t, .nonName), !givenNotMonth {
                    // ("European Court of Human Rights", "European Medicines Agency": a region's adjective before a
                    // body's name no lexicon entry starts is part of it.)
                    let keepsRegion =
                        draftLength >= 3 && isRegionAdjective(t.text) && lexicon.matchActor(tokens, at: i + 1, end: draftEnd) == nil
                        && !(i > a && tokens[i - 1].textIs("-") && !t.spaceBefore)  // (not "pro-European")
                        && (i + 1..<draftEnd).contains { headKind(tokens[$0]) == .organization }
                    let keepsCompass =
                        keepsRegion
                        || RelationFinder.compassWords.contains(t.norm) && draftLength >= 2 && i + 1 < draftEnd
                        && lexicon.matchActor(tokens, at: i + 1, end: draftEnd) == nil
                        && PlaceTable.builtIn.place(named: tokens[i + 1].text) == nil && !lexicon.isWord(tokens[i + 1], .nonName)
                        && ((draftLength >= 3 && headKind(tokens[draftEnd - 1]) == .organization)
                            || compassNames.contains(Int64(t.word) << 32 | Int64(UInt32(bitPattern: tokens[i + 1].word))))
                    // ("Reporters Without Borders": a plural before a capitalized preposition inside a name.)
                    let beforePreposition =
                        !isHeadline && draftLength >= 3 && Self.isNamePreposition(tokens[i + 1])
                        && !lexicon.isWord(tokens[i + 2], .nonName)
                    // ("Second Thomas Shoal": an ordinal before a name that ends in a natural place's head word.)
                    // ("the Second Institute of Geology", "the Fifth Fleet": an ordinal after "the" before a body's head
                    // word opens the body's name.)
                    let ordinalStart =
                        (draftLength >= 3 && t.normIsOne(of: "first", "second", "third") && headKind(tokens[draftEnd - 1]) == .location
                            || (draftLength >= 2 && i > a && tokens[i - 1].normIs("the") && tokens[i - 1].isLowerInitial
                                && Self.ordinalWords.contains(t) && headKind(tokens[i + 1]) == .organization))
                        && lexicon.matchActor(tokens, at: i + 1, end: draftEnd) == nil
                    // ("the foundation Mar Velde": a word that is no name alone, a month's abbreviation, opens the name
                    // that a body's noun names right before it.)
                    let afterBodyNoun =
                        draftLength >= 2 && i > a && tokens[i - 1].isLowerInitial && Self.organizationCues.contains(tokens[i - 1])
                        && !t.isAllCaps && !lexicon.isWord(tokens[i + 1], .nonName) && lexicon.matchActor(tokens, at: i + 1, end: draftEnd) == nil
                    // ("the Southern Tarvel Cattlemen's Association": a compass word that opens a place's name before a
                    // people's possessive and a body's head word opens the body's name.)
                    let possessiveBody =
                        RelationFinder.compassWords.contains(t.norm) && draftLength >= 4 && i + 1 < draftEnd
                        && possessiveBeforeBody(tokens, i + 2..<draftEnd - 1)
                    if !keepsCompass && !beforePreposition && !ordinalStart && !afterBodyNoun && !possessiveBody {
                        i += 1
                        continue
                    }
                    compassNames.insert(Int64(t.word) << 32 | Int64(UInt32(bitPattern: tokens[i + 1].word)))
                    compassStart = true
                }
                // A language's name alone is no actor ("a statement in Arabic"; ISO 639), unless it is
                // also a place's.
                if g == nil, draftLength == 1, lexicon.isWord(t, .language), PlaceTable.builtIn.place(named: t.text) == nil {
                    i += 1
                    continue
                }
                // A known region's adjective is no actor ("the West African country", "the Himalayan
                // region": "West Africa", "Himalayas" + n).
                if g == nil, draftLength <= 3, tokens[draftEnd - 1].norm.hasSuffix("n"), isRegionAdjective(surface(i, draftEnd)) {
                    i = draftEnd
                    continue
                }
                if g == nil, isInitial(i), lowercaseWords[Int(local[i])], !lexicon.isWord(t, .particle) {
                    i += 1
                    continue
                }
                // A pronoun alone is no name, wherever it stands: "\"Nobody will be forced,\" he said", "Themselves".
                if g == nil, draftLength == 1, !t.isAllCaps,
                    ClosedClass.indefinitePronouns.contains(t.norm) || ClosedClass.words[t.norm]?.first == .pronoun
                {
                    i += 1
                    continue
                }
                if g == nil, draftLength == 1, t.text.unicodeScalars.count == 1 || t.text.unicodeScalars.first?.properties.numericType != nil
                {
                    // A lone capital letter ("F" in "F-35") is not a name.
                    i += 1
                    continue
                }
                if g == nil, draftLength == 1 {
                    // A modifier before a title ("Outgoing President", "Presiding Judge"), unless the text
                    // uses the word as a name elsewhere ("Brightline Chief Executive").
                    // (An acronym is a name: "ILA president Harold Daggett"; so is a city or subdivision, the
                    // office's place: "Kerala Governor".)
                    if titleAt(tokens, draftEnd, b) != nil, !t.isAllCaps,
                        !capitalizedInside[Int(local[i])], !isCityOrSubdivision(tokens, i, draftEnd, surface(i, draftEnd))
                    {
                        i += 1
                        continue
                    }
                    // A capitalized word that starts a sentence and never appears as a name inside one
                    // ("Floods triggered", "Turnout was", "Port operators").
                    // (A place's name is a name wherever it stands, unless it is also a common word: "Oklahoma
                    // sued", not "Split decisions".)
                    // (A word never written in lower case that starts a longer name is that name's short
                    // form: "Halvern said" after "Halvern Chemical".)
                    // (A name may stand before a comma, "Baptiste, the mayor, …"; a sentence adverb does:
                    // "Indeed,", "Notably,", "Separately,".)
                    if isInitial(i), !capitalizedInside[Int(local[i])], !t.isAllCaps,
                        !(startsName[Int(local[i])] && !lowercaseWords[Int(local[i])] && !lexicon.isWord(t, .titleWord)),
                        draftEnd >= b || !((tokens[draftEnd].textIs(",") && !lexicon.isWord(t, .adverb)) || tokens[draftEnd].normIs("'s")),
                        PlaceTable.builtIn.place(named: t.text).map({ $0.isCommonWord }) ?? true
                    {
                        i += 1
                        continue
                    }
                    // A sentence-initial word before a preposition ("Tens of", "Lawmakers from"), or an
                    // adjective ("International efforts", "Numerous reports").
                    if isInitial(i), draftEnd < b,
                        Self.prepositions.contains(tokens[draftEnd])
                            || (tokens[draftEnd].isLowerInitial && ["ional", "ive", "ous", "ary"].contains(where: { t.norm.hasSuffix($0) }))
                    {
                        i += 1
                        continue
                    }
                }
                // "Drugmakers Korvaldt Pharma and …": a plural common noun before a name at the start.
                // (Not a word the text writes with a capital inside a sentence: "Lumen Digital said" after "owned by
                // Lumen Digital" is the company's name.)
                if g == nil, draftLength >= 3 || (draftLength == 2 && headKind(tokens[draftEnd - 1]) == nil), isInitial(i),
                    ["ers", "ors", "ists", "ants", "ents", "men"].contains(where: { t.norm.hasSuffix($0) }),
                    !lexicon.isWord(t, .givenName),  // (not "Carmen", "Peters")
                    !capitalizedInside[Int(local[i])],
                    isHeadline || !Self.isNamePreposition(tokens[i + 1])
                {
                    i += 1
                    continue
                }
                // A dateline in capitals at the start of a paragraph: "KATHMANDU —", "WASHINGTON,", or
                // with an agency's credit in brackets before the dash, "KATHMANDU (Reuters) -". After a comma a
                // dateline goes on with a name, a date or a credit ("NAIROBI, Kenya —", "BOGOTA, June 11"), never a
                // lower-case word: "KORVEX, the players' union, urged …" is an acronym's apposition.
                let isDateline =
                    g == nil && t.isAllCaps && (i == a || tokens[i].newlineBefore)
                    && draftEnd < b
                    && (tokens[draftEnd].kind == .dash
                        || (tokens[draftEnd].textIs(",") && (draftEnd + 1 >= b || !tokens[draftEnd + 1].isLowerInitial))
                        || Self.isCreditThenDash(tokens, draftEnd, b))
                if isDateline {
                    mentions.append(
                        MentionCandidate(sentence: s, start: i, end: draftEnd, kind: .location, actor: nil))
                    i = draftEnd
                    continue
                }
                if draftLength == 1, t.isAllCaps, t.text.unicodeScalars.count > 5, g == nil, !t.text.utf8.contains(0x2E),
                    isHeadline || b - a == 1
                {
                    // Headings in capitals ("BACKGROUND") are not names unless the gazetteer knows them.
                    i += 1
                    continue
                }
                // "Emergency Relief Coordinator Mark Lowcock", "Commodore Faisal Al-Rashidi": an office in
                // title words or an agent noun before a person named in full; the person is the name after it.
                if g == nil, draftLength >= 3,
                    let q = (i..<(draftEnd - 2)).last(where: {
                        let w = tokens[$0]
                        return headKind(w) == nil
                            && (lexicon.isWord(w, .titleWord)
                                || (lexicon.isWord(w, .commonWord) && (w.norm.hasSuffix("or") || w.norm.hasSuffix("er"))))
                            && !honorificInsideName(tokens, $0, from: i, draftEnd)
                    }), isPersonRun(tokens, q + 1, draftEnd)
                {
                    i = q + 1
                    continue
                }
                // "Former CIA Director …": a common word that opens a sentence is no part of the known name after it.
                // (But a noun that is no adjective before a country's name is a body's name: "Transport Canada".)
                if g == nil, isInitial(i), draftLength >= 2, lexicon.isWord(t, .commonWord), !lexicon.isWord(t, .givenName),
                    headKind(t) == nil, !t.isAllCaps,
                    let known = lexicon.matchActor(tokens, at: i + 1, end: draftEnd), i + 1 + known.length == draftEnd,
                    PlaceTable.builtIn.place(named: surface(i, draftEnd)) == nil,
                    !(draftLength == 2 && lexicon.actors[known.index].kind == .country && Self.isPlainNoun(lexicon.lexical(t.norm).tags))
                {
                    i += 1
                    continue
                }
                // Laws, treaties, operations, events are not actors ("Executive Order", "World Cup").
                // (A first word after a title is a given name: "Administrator Bill Nelson".)
                // (But a body's name may open with a law's word: "the Law Society of Tarvo", "the Charter Workers' Union":
                // its head, the word before its "of" or its last, is a body's noun. Never an operation's, a war's or an
                // event's: "Operation Velmar Force" stays none.)
                if g == nil,
                    lexicon.isWord(tokens[draftEnd - 1], .excludedHead)
                        || (lexicon.isWord(t, .excludedHead) && !(draftLength >= 2 && titles.last?.end == i)
                            && !(draftLength >= 2 && Self.instrumentHeads.contains(t)
                                && headKind(tokens[((i + 1)..<draftEnd).first(where: { tokens[$0].normIs("of") }).map { $0 - 1 } ?? (draftEnd - 1)])
                                    == .organization))
                {
                    // ("Convention on International Trade in Endangered Species", "Treaty on the Non-Proliferation of
                    // Nuclear Weapons": the words of its name after the head word and a preposition are none either,
                    // up to a known name or a place after "in": "the Agreement on Trade in Tarvel".)
                    var lawEnd = draftEnd
                    if lexicon.isWord(tokens[draftEnd - 1], .excludedHead), Self.instrumentHeads.contains(tokens[draftEnd - 1]) {
                        while lawEnd + 1 < b, tokens[lawEnd].isLowerInitial, tokens[lawEnd].normIsOne(of: "on", "of", "for", "in", "against") {
                            var k = lawEnd + 1
                            if tokens[k].normIs("the"), tokens[k].isLowerInitial, k + 1 < b { k += 1 }
                            // (After "in" only words of a field, not a place: "the Agreement on Trade in Tarvel".)
                            // (Never a day: "the Treaty on Monday against Tarvel Group" names its actor.)
                            guard isNameToken(tokens[k]), !tokens[k].newlineBefore, lexicon.matchActor(tokens, at: k, end: b) == nil,
                                !lexicon.isWord(tokens[k], .timeWord),
                                !tokens[lawEnd].normIs("in") || lexicon.isWord(tokens[k], .commonWord) || isWordNetWord(tokens[k]),
                                let nameEnd = spanEnd(tokens, k, b), lexicon.matchActor(tokens, at: k, end: nameEnd) == nil
                            else { break }
                            lawEnd = nameEnd
                        }
                    }
                    i = skipClassAcronym(after: lawEnd, in: b, &classAcronyms)
                    continue
                }
                // "Deir al-Zor military council": a name with a lower-case head noun.
                var bareName: Range<Int>?
                if g == nil, draftEnd < b, !tokens[draftEnd].isCapitalized {
                    var k = draftEnd
                    // (A verb is not a modifier: "Paul Kabuswe met union leaders".)
                    // ("Kilimani police station", "Tarvel steel plant": a modifier before a facility's noun too.)
                    // (Nor a possessive: "Prime Minister X's government" is X's, a description.)
                    // (Nor a determiner: "assured Parliament the government would act" is two actors.)
                    let isModifier = { (m: Int) -> Bool in
                        tokens[m].kind == .word && !RelationFinder.stopWords.contains(tokens[m]) && tokens[m].norm != "'s"
                            && tokens[m].isLowerInitial
                            && self.lexicon.verbs(startingWith: tokens[m]) == nil && !tokens[m].norm.hasSuffix("ed")
                            && (ClosedClass.words[tokens[m].norm].map({ $0.first != .determiner && $0.first != .pronoun }) ?? true)
                    }
                    if k + 1 < b, tokens[k].kind == .word, !RelationFinder.stopWords.contains(tokens[k]), tokens[k].norm != "'s",
                        headKind(tokens[k + 1]) == .organization || isFacilityNoun(tokens[k + 1]),
                        tokens[k + 1].isLowerInitial,
                        lexicon.verbs(startingWith: tokens[k]) == nil, !tokens[k].norm.hasSuffix("ed"),
                        ClosedClass.words[tokens[k].norm].map({ $0.first != .determiner && $0.first != .pronoun }) ?? true
                    {
                        k += 1
                    } else if k + 2 < b, isModifier(k), isModifier(k + 1), isFacilityNoun(tokens[k + 2]),
                        !tokens[k + 2].normIs("camp"), !tokens[k + 2].normIs("market")
                    {
                        // ("the Alcorneo nuclear power station": two modifiers before a facility's noun.)
                        k += 2
                    }
                    // (Not a known place named elsewhere in the text too: "its Copperbelt mine" after "Copperbelt".)
                    // ("the Tarvo refugee camp": a camp only after a modifier.)
                    if isFacilityNoun(tokens[k]),
                        !tokens[k].normIs("camp") || (k > draftEnd && Self.campModifiers.contains(tokens[k - 1])),
                        !tokens[k].normIs("market") || !Self.nearStockWords(tokens, i, k, a, b),
                        PlaceTable.builtIn.place(named: surface(i, draftEnd)) == nil || !occurrences.occursTwice(i, draftEnd),
                        // ("at a Copperbelt mine": one of the place's mines, not a named one.)
                        !(i > a && (tokens[i - 1].normIs("a") || tokens[i - 1].normIs("an")) && tokens[i - 1].isLowerInitial)
                    {
                        // "Kilimani police station"
                        bareName = i..<draftEnd
                        draftEnd = k + 1
                        draftLength = draftEnd - i
                    } else if tokens[k].isLowerInitial,
                        (headKind(tokens[k]) == .organization
                            && [
                                "council", "militia", "committee", "commission", "party", "movement", "coalition", "brigade", "government",
                                "union",
                            ].contains(tokens[k].norm))
                            // ("the Patriots for Tarvel group": a party's name with "for" inside, see `partyNameWithFor`.)
                            || (k == draftEnd && (i + 1..<draftEnd).contains(where: { tokens[$0].normIs("for") && tokens[$0].isLowerInitial })
                                && Self.partyNouns.contains(tokens[k]))
                    {
                        bareName = i..<draftEnd
                        draftEnd = k + 1
                        draftLength = draftEnd - i
                    }
                }
                // The span, fixed from here on: `let`s, which the closures below read without the dynamic
                // exclusivity check that a `var` a closure captures takes at each read (~0.5 % of extraction).
                let end = draftEnd, spanLength = draftLength
                let text = surface(i, end)
                // Kind from the head word (the word before "of"/"on"/"for", or the last word).
                var headIndex = end - 1
                for k in i..<end where tokens[k].normIsOne(of: "of", "on", "for") {
                    headIndex = k - 1
                    break
                }
                // "Port of Rotterdam Authority": an organization's head word at the end wins over a place before "of".
                if headIndex != end - 1, headKind(tokens[end - 1]) == .organization, headKind(tokens[headIndex]) != .organization {
                    headIndex = end - 1
                }
                var kind = headKind(tokens[headIndex])
                // "the Korvo National Park", "Tarvel Marine Park", "the Orsk Industrial Park": a park's name by the kind
                // of park its last two words say; "Park" alone is no head word ("Chairman Park" is a surname).
                if kind == nil, spanLength >= 2, headIndex == end - 1, let k = Self.twoWordHeads[tokens[end - 2].norm + " " + tokens[end - 1].norm],
                    tokens[end - 2].isCapitalized, tokens[end - 1].isCapitalized
                {
                    kind = k
                }
                // "the Dantro market", "the Kessa wind farm": a lower-case facility noun that is no head word.
                if kind == nil, bareName != nil, isFacilityNoun(tokens[end - 1]) { kind = .facility }
                // "Kessa Water Limited", "Velmar Grain Ltd": a known place's name, a word of the name and a legal form
                // that ends it are a company's whole name, not the place and a company "Water Limited".
                if kind == nil, let g, spanLength - g.length >= 2, headIndex == end - 1, Self.legalForms.contains(tokens[end - 1]),
                    lexicon.actors[g.index].kind.isOne(of: .country, .location)
                {
                    kind = .organization
                }
                // "the Kessa Police Crime Branch", "the Velmar Army Signals Wing": a known place's name, an organ's head
                // word and more capitalized words are a unit of that organ, whatever the last word.
                if kind == nil, let g, spanLength - g.length >= 3, headIndex == end - 1, lexicon.actors[g.index].kind.isOne(of: .country, .location),
                    lexicon.isWord(tokens[i + g.length], .organHead), tokens[i + g.length].isCapitalized,
                    (i + g.length + 1..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps })
                {
                    kind = .organization
                }
                // "U.S. Customs and Border Protection": a state's organ named by its fields, joined by "and".
                if kind == nil, let g, g.length + 3 <= spanLength, lexicon.actors[g.index].kind == .country,
                    (i + g.length + 1..<end - 1).contains(where: { tokens[$0].normIs("and") && tokens[$0].isLowerInitial }),
                    Self.hasAbstractNounShape(tokens[end - 1])
                {
                    kind = .organization
                }
                // "Lancaster House" is a building, "the House" alone a chamber of a legislature.
                if kind == .facility, spanLength == 1, t.normIs("house") { kind = nil }
                // (A compass word kept at a name's start names a body: "Southern Tarvel".)
                if kind == nil, compassStart { kind = .organization }
                // "Greek Shipping Minister": a known name, then a portfolio of the office after it.
                if let g, g.length < spanLength, end - i - g.length <= 2, lexicon.actors[g.index].kind == .country,
                    let title = titleAt(tokens, end, b),
                    ["Minister", "Secretary", "minister", "secretary", "Commissioner", "commissioner"].contains(
                        tokens[end + title.length - 1].text)
                {
                    mentions.append(gazetteerMention(s, i, g.length, g.index))
                    titles.append(TitleCandidate(sentence: s, start: i + g.length, end: end + title.length, title: title.index))
                    i = end + title.length
                    continue
                }
                // "Ningbo Qelvin Cobalt": the same when the name's own words already make it a company's.
                if let g, g.length < spanLength, kind == .organization, headIndex == end - 1,
                    cityFirstCompany(tokens, i, g, end, surface(i, i + g.length)),
                    (i + g.length..<end).allSatisfy({ tokens[$0].kind == .word && lexicon.matchActor(tokens, at: $0, end: end) == nil })
                {
                    mentions.append(MentionCandidate(sentence: s, start: i, end: end, kind: .organization, actor: nil))
                    i = end
                    continue
                }
                if let g, g.length < spanLength, kind == nil,
                    lexicon.matchActor(tokens, at: i + g.length, end: end)?.length != end - i - g.length
                {
                    // "Denver-based Pacific Golden Grains", "Peru Tarvo Harbour Construction": a known place after
                    // "X-based", or a country's name before an unknown word, that starts a longer name ending in a
                    // common English word (no head word, no other known name inside) is a company's whole name, not
                    // the place and another name. (A company named after its country names no country.)
                    let rest = i + g.length
                    let endsInCommonWord =
                        lexicon.isWord(tokens[end - 1], .commonWord) && !lexicon.isWord(tokens[end - 1], .titleWord)
                        && !lexicon.isWord(tokens[end - 1], .givenName) && !tokens[end - 1].isAllCaps
                        && (rest..<end).allSatisfy { tokens[$0].kind == .word && lexicon.matchActor(tokens, at: $0, end: end) == nil }
                    let afterBased =
                        i >= a + 2 && tokens[i - 2].textIs("-") && !tokens[i - 2].spaceBefore && Self.placeParticiples.contains(tokens[i - 1])
                        && lexicon.actors[g.index].kind.isOne(of: .location, .country)
                    let countryFirst =
                        lexicon.actors[g.index].kind == .country && end - rest >= 2 && !lexicon.isWord(tokens[rest], .commonWord)
                        && !lexicon.isWord(tokens[rest], .givenName) && headKind(tokens[rest]) == nil
                        && !(lexicon.adjectives[g.index].contains(surface(i, rest)))
                        && PlaceTable.builtIn.place(named: tokens[rest].text) == nil
                    // ("Ganzhou Tarvo Materials": a known city or subdivision of one country likewise, `cityFirst`.)
                    // (A trade's word last too, after a city: "Ningbo Qelvin Cobalt".)
                    let endsInTrade =
                        Self.tradeWords.contains(tokens[end - 1]) && !tokens[end - 1].isAllCaps
                        && (rest..<end).allSatisfy { tokens[$0].kind == .word && lexicon.matchActor(tokens, at: $0, end: end) == nil }
                    if endsInCommonWord && (afterBased || countryFirst) || (endsInCommonWord || endsInTrade)
                        && cityFirstCompany(tokens, i, g, end, surface(i, i + g.length))
                    {
                        mentions.append(MentionCandidate(sentence: s, start: i, end: end, kind: .organization, actor: nil))
                        i = end
                        continue
                    }
                    // "Pacific Mobile", "Atlantic Cable": a sea's or a region's name that WordNet also reads as an
                    // adjective (a known place in no one country, not a city or a subdivision) before one capitalized
                    // word that names nothing known and is no head word, given name, title, day or month, is a
                    // company's whole name, not the place and another name. (Not a region's noun, "Scandinavia
                    // Quellmar", nor two words after it, which may be a person's name.)
                    let regionFirst =
                        lexicon.actors[g.index].kind == .location && g.length == 1 && end - rest == 1
                        && !lexicon.isWord(t, .givenName) && isKnownAdjective(t)
                        && PlaceTable.builtIn.place(named: surface(i, rest)).map({ $0.country.isEmpty && !$0.isSubdivision }) == true
                        && PlaceTable.builtIn.place(named: surface(i, end)) == nil
                        && (rest..<end).allSatisfy {
                            let w = tokens[$0]
                            return w.kind == .word && w.isCapitalized && !w.isAllCaps && !lexicon.isWord(w, .givenName)
                                && !lexicon.isWord(w, .nonName) && !lexicon.isWord(w, .titleWord) && headKind(w) == nil
                                && !RelationFinder.compassWords.contains(w) && lexicon.matchActor(tokens, at: $0, end: end) == nil
                                && PlaceTable.builtIn.place(named: w.text).map({ $0.isCommonWord }) != false
                                && !Self.regionPartNouns.contains(w)
                        }
                    if regionFirst {
                        mentions.append(MentionCandidate(sentence: s, start: i, end: end, kind: .organization, actor: nil))
                        i = end
                        continue
                    }
                    // "Pacific Varden" after "Pacific Varden Energy": the first words of a longer name found
                    // shortly before (among the last 64 mentions) are its short form, not a known name and another.
                    // (Not a person's name after a place's: "Georgia Ellis" after "the Georgia Ellis Trust".)
                    if !lexicon.isWord(t, .givenName), let longer = mentions.suffix(64).last(where: { m in
                        m.actor == nil && m.end - m.start > end - i
                            && (0..<(end - i)).allSatisfy { tokens[m.start + $0].text == tokens[i + $0].text }
                    }) {
                        mentions.append(MentionCandidate(sentence: s, start: i, end: end, kind: longer.kind, actor: nil))
                        i = end
                        continue
                    }
                    // A known name followed by other capitalized words without a head: keep the known name.
                    mentions.append(gazetteerMention(s, i, g.length, g.index))
                    i += g.length
                    continue
                }
                // "Islamic State Sahel Province": a known organization's branch is an organization of its own.
                // (A name of two words or more: "Taliban Helmand Province commanders" are the Taliban's.)
                if let g, g.length >= 2, lexicon.actors[g.index].kind == .organization, spanLength > g.length + 1,
                    tokens[end - 1].text == "Province"
                {
                    mentions.append(MentionCandidate(sentence: s, start: i, end: end, kind: .organization, actor: nil))
                    i = end
                    continue
                }
                // "Halvern Inc." for a known "Halvern": a legal form after a known company's name is that company.
                if let g, lexicon.actors[g.index].kind == .organization, g.length < spanLength,
                    (i + g.length..<end).allSatisfy({ Self.legalForms.contains(tokens[$0]) || tokens[$0].textIs(",") })
                {
                    mentions.append(gazetteerMention(s, i, end - i, g.index))
                    i = end
                    continue
                }
                if let g, g.length < spanLength,
                    kind != nil || lexicon.matchActor(tokens, at: i + g.length, end: end)?.length == end - i - g.length,
                    lexicon.actors[g.index].kind != .person
                {
                    // A name with a known prefix: "U.S. Senate", "Russian Coast Guard", "US Embassy".
                    let remainderStart = i + g.length
                    let prefixIndex = mentions.count
                    var prefix = gazetteerMention(s, i, g.length, g.index)
                    if let r = lexicon.matchActor(tokens, at: remainderStart, end: end), r.length == end - remainderStart,
                        lexicon.names(r.index, prefix: g.index, prefixText: surface(i, remainderStart))
                            || (r.length >= 2 && lexicon.actors[r.index].kind == .organization && prefix.kind == .country)
                    {
                        // ("U.S. Federal Reserve": a specific known name after a country is that body.)
                        mentions.append(prefix)
                        var rest = gazetteerMention(s, remainderStart, r.length, r.index)
                        if lexicon.isWord(tokens[headIndex], .organHead) || rest.kind == .organization {
                            rest.partOf = prefixIndex
                        }
                        // The mention covers the whole name; the part after the prefix is an alias.
                        rest.start = i
                        rest.extraAlias = remainderStart..<end
                        mentions.append(rest)
                        i = end
                        continue
                    }
                    // "Australian Defence Force", "Sudanese Armed Forces": a state's military is its organ.
                    let organ =
                        lexicon.isWord(tokens[headIndex], .organHead)
                        || (tokens[headIndex].normIsOne(of: "force", "forces") && headIndex > i + g.length - 1
                            && RelationFinder.forceModifiers.contains(tokens[headIndex - 1]))
                    prefix.end = prefix.start + g.length
                    // "Virginia Military Institute" names no actor Virginia; "Russian Coast Guard" names Russia.
                    // (A company named after its country names no country: "China National Petroleum Corporation".)
                    let keepsPrefix =
                        prefix.kind == .organization
                        || (prefix.kind == .country && !Self.legalForms.contains(tokens[end - 1])
                            && !tokens[end - 1].normIs("company"))
                    if keepsPrefix { mentions.append(prefix) }
                    var whole = MentionCandidate(sentence: s, start: i, end: end, kind: kind ?? .organization, actor: nil)
                    if keepsPrefix, organ || prefix.kind == .organization {
                        whole.partOf = prefixIndex
                    }
                    // "the Kenyan-Ugandan Joint Water Commission": another state's adjective glued by a hyphen before
                    // the prefix opens the body's name too (a body of the two states).
                    if prefix.kind == .country, prefix.isAdjective, i >= a + 2, tokens[i - 1].textIs("-"), !tokens[i - 1].spaceBefore,
                        !t.spaceBefore, let before = mentions[..<prefixIndex].last, before.end == i - 1, before.sentence == s,
                        before.kind == .country, before.isAdjective, before.actor != nil, before.actor != prefix.actor
                    {
                        whole.start = before.start
                    }
                    whole.extraAlias = remainderStart..<end
                    mentions.append(whole)
                    i = end
                    continue
                }
                var guessed = false
                var bySpelling = false
                // "VXA francs", "Velkor crude": a currency's or a commodity's name, no actor (a given name's spelling
                // too: no person is named before these nouns).
                if kind == nil, spanLength == 1, end < b, tokens[end].isLowerInitial,
                    Self.marketNouns.contains(tokens[end])
                {
                    i = end
                    continue
                }
                if kind == nil {
                    if spanLength == 1 && (t.isAllCaps || t.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })) {
                        kind = .organization
                    } else if spanLength == 3, tokens[i + 1].textIs("-"), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
                        [t, tokens[i + 2]].allSatisfy({
                            $0.kind == .word && $0.isAllCaps && (2...6).contains($0.text.count) && !lexicon.isWord($0, .givenName)
                        })
                    {
                        // "KLP-UM", "TDA-EA": two acronyms joined by a hyphen name a body (a party and its wing, an
                        // agency and its region), not a name in capitals ("JEAN-LUC": given names).
                        kind = .organization
                    } else {
                        func lower(_ k: Int) -> String {
                            k >= a && (tokens[k].isLowerInitial) ? tokens[k].norm : ""
                        }
                        // (The first word of a sentence counts too: "In Tarvel, …".)
                        let prev1 = i - 1 == a && tokens[a].kind == .word ? tokens[a].norm : lower(i - 1)
                        // (So does it two words before: "Crossings at Dravnik were shut".)
                        let prev2 = i - 2 == a && tokens[a].kind == .word ? tokens[a].norm : lower(i - 2)
                        let nextIsCountry: Bool = {
                            guard end + 1 < b, tokens[end].textIs(",") || tokens[end].normIs("in") else { return false }
                            // "Tobruk in eastern Libya"
                            var k = end + 1
                            if tokens[end].normIs("in"), k < b, RelationFinder.compassWords.contains(tokens[k]) { k += 1 }
                            guard let c = lexicon.matchActor(tokens, at: k, end: b) else { return false }
                            // (The country's name, not its demonym: "Korvex Biologics, Indian generics firm Y" lists firms.)
                            return lexicon.actors[c.index].kind == .country && !lexicon.adjectives[c.index].contains(surface(k, k + c.length))
                        }()
                        // "Sindh province", "Surin province": a name before a place noun.
                        // "the Orvel and Kastrin districts": names joined by "and" or commas before a place noun's plural.
                        // "the Tarvona-based builder": a name before "-based", "-born", "-headquartered".
                        let nextIsPlaceNoun =
                            (end < b && tokens[end].isLowerInitial && Self.placeNounsAfter.contains(tokens[end])
                                && !(tokens[end].normIs("field") && !Self.namesOilField(tokens, i, end, a, b, lexicon)))
                            || Self.beforePlacePlural(tokens, end, b)
                            || (end < b && i > a && (tokens[i - 1].normIs("and") || tokens[i - 1].textIs(","))
                                && Self.isPlacePlural(tokens, end, b))
                            || (end + 1 < b && tokens[end].textIs("-") && Self.placeParticiples.contains(tokens[end + 1]))
                            || (end + 2 < b && tokens[end].textIs("-") && tokens[end + 1].normIs("registered")
                                && Self.registeredNouns.contains(tokens[end + 2]))
                        // "Khartoum, Sudan" locates a place; "al-Burhan, Sudan's head of state" does not.
                        let countryIsPossessive =
                            nextIsCountry
                            && {
                                guard let c = lexicon.matchActor(tokens, at: end + 1, end: b), end + 1 + c.length < b else { return false }
                                return tokens[end + 1 + c.length].normIs("'s")
                            }()
                        // A name that is exactly a city's or a subdivision's (the place table) is a place,
                        // unless a cue right before it says it names a body ("the firm Tula").
                        // (Not a word that is also a common word, a given name or a particle alone: "Grad
                        // rockets", "Ali", "Abu" are parts of other names.)
                        func isKnownPlace() -> Bool {
                            !(spanLength == 1 && (lexicon.isWord(t, .givenName) || lexicon.isWord(t, .particle)))
                                && !Self.organizationCues.contains(prev1)
                                && (PlaceTable.builtIn.place(named: text).map { !$0.isCommonWord } ?? false)
                        }
                        // "from Cairns, Townsville and Darwin": one word that spells a given name and a city of the
                        // place table, listed with places.
                        let tablePlace = spanLength == 1 && (PlaceTable.builtIn.place(named: text).map { !$0.isCommonWord } ?? false)
                        // "Port-Velou", "Port Tarvel": "Port" and a name that is no common word nor a head word
                        // (not "Port Authority").
                        let portPlace: Bool = {
                            guard spanLength >= 2, t.normIs("port"), t.isCapitalized, !t.isAllCaps else { return false }
                            let k = tokens[i + 1].textIs("-") && !tokens[i + 1].spaceBefore ? i + 2 : i + 1
                            return k < end && tokens[k].isCapitalized && !tokens[k].isAllCaps
                                && !lexicon.isWord(tokens[k], .commonWord) && headKind(tokens[k]) == nil
                                && headKind(tokens[end - 1]) == nil
                        }()
                        // A title word that may name a person ("Commander", "Judge") before a name; not one that
                        // only qualifies an office ("Radio", "Police") unless another title word follows it
                        // ("Police Commissioner …").
                        func personTitle(_ k: Int) -> Bool {
                            lexicon.isWord(tokens[k], .titleWord)
                                && (!lexicon.isWord(tokens[k], .titleModifier)
                                    || (k + 1 < end && lexicon.isWord(tokens[k + 1], .titleWord)))
                        }
                        // A common noun's plural ("Tankers", "Holdings"; not "Truss", "Coons" is a surname) ends
                        // a body's name even after a word that is also a given name: "Delta Tankers".
                        func isPluralNoun(_ w: Token) -> Bool {
                            guard lexicon.isWord(w, .commonWord), w.norm.utf8.count >= 5, w.norm.hasSuffix("s") else { return false }
                            return !w.norm.hasSuffix("ss") && !w.norm.hasSuffix("us") && !w.norm.hasSuffix("is")
                        }
                        // "the Duque administration": a leader's name.
                        let beforeLeaderNoun =
                            spanLength <= 3 && end < b && tokens[end].isLowerInitial && Self.leaderNouns.contains(tokens[end])
                        // "the Dunmore site": a name that modifies a common noun after it takes no article itself.
                        let modifiesNoun =
                            end < b && tokens[end].kind == .word && tokens[end].isLowerInitial && lexicon.isWord(tokens[end], .commonWord)
                            && !Self.organizationCues.contains(tokens[end])
                        // "Government spokesman Serge Ngaïssona": a full name right after an office's title
                        // is its holder's, though its first word is also a common one ("serge").
                        // ("Its chairman, Sable Tarvane, said": the holder in apposition, between commas.)
                        let afterTitle =
                            spanLength >= 2 && spanLength <= 4
                            && titles.last.map {
                                $0.sentence == s
                                    && ($0.end == i || ($0.end == i - 1 && tokens[i - 1].norm == "," && end < b && tokens[end].norm == ","))
                            } == true
                            && !(i..<end).contains { tokens[$0].isAllCaps || lexicon.isWord(tokens[$0], .connector) }
                            // (Not a body's name after a rank or a byline's office: "General Santander Police
                            // Academy", "Public Affairs Naval Support Activity"; nor a place's before its noun:
                            // "the head of East Tarvo regency, …".)
                            && headKind(tokens[end - 1]) == nil && !nextIsPlaceNoun
                            // (A last word that is also a common one, "Thura Win", only after words that are not.)
                            && (!lexicon.isWord(tokens[end - 1], .commonWord)
                                || (!(i..<end - 1).contains { lexicon.isWord(tokens[$0], .commonWord) }
                                    && !isPluralNoun(tokens[end - 1])))
                        // "its Canadian operator, Korvash Gold": a company's noun, a comma, then the name.
                        // (Not a body after a preposition: "Russia's envoy to the agency, Pavel Lebedev".)
                        let afterCompanyNoun: Bool = {
                            // (Not a noun that may name a person's trade, "the film's producer, Harvey X", nor a
                            // given name first.)
                            // ("The main opposition alliance, Velko Demokratika, said": a collective body's noun
                            // before a name of two words or more.)
                            guard i - 3 >= a, tokens[i - 1].textIs(","), tokens[i - 2].isLowerInitial,
                                Self.companyOnlyNouns.contains(tokens[i - 2])
                                    || (spanLength >= 2 && (RelationFinder.collectiveNouns.contains(tokens[i - 2])
                                        || tokens[i - 2].normIsOne(of: "party", "movement"))
                                        // (Not a speaker's aside: "The alliance, Dagny Vold said, will …".)
                                        && !(end < b && TitleRules.reportingWords.contains(tokens[end]))),
                                !lexicon.isWord(t, .givenName)
                            else { return false }
                            for d in stride(from: i - 3, through: max(a, i - 6), by: -1) {
                                let w = tokens[d]
                                if w.normIsOne(of: "its", "their", "the", "a", "an") || w.normIs("'s") {
                                    // ("a dispute with its Canadian operator, Korvash Gold": a body's own noun
                                    // after a preposition too.)
                                    return d == a || w.normIsOne(of: "its", "their") || !Self.prepositions.contains(tokens[d - 1])
                                }
                                // ("its loss-making logistics arm, Tarvo Butsuryu": a hyphen inside a modifier.)
                                if (w.kind != .word && !w.textIs("-")) || Self.prepositions.contains(w) { return false }
                            }
                            return false
                        }()
                        // "the Tarvona-based Qelvin Interactive", "Tarvona-listed Qelvin Digital": a name right after a
                        // place's "-based", "-headquartered" or "-listed" (a stock exchange's place) (no noun
                        // between) is a body's; a person based somewhere is named after a noun ("the Tarvona-based
                        // lawyer Lena Ortiz"); so is one right after "-registered" or "-incorporated" ("Tarvona-registered
                        // Qelvin Digital"). (Not a given name first; not "-flagged", which names ships.)
                        let afterPlaceParticiple =
                            i - 3 >= a && tokens[i - 1].normIsOne(of: "based", "headquartered", "listed", "registered", "incorporated")
                            && tokens[i - 1].isLowerInitial
                            && tokens[i - 2].textIs("-") && !tokens[i - 2].spaceBefore && !tokens[i - 1].spaceBefore
                            && !lexicon.isWord(t, .givenName) && !modifiesNoun
                        // "The two largest operators, Velko Wireless and Dara Connect, …": names listed after a
                        // company noun's plural and a comma (the list's later names too). Only a list: a name followed
                        // by "and" or a comma, or after "and" ("In a letter to the airlines, Tarvik wrote …" is a
                        // person's clause).
                        let listedAfterCompanyPlural: Bool = {
                            guard !lexicon.isWord(t, .givenName),
                                prev1 == "and" || (end < b && (tokens[end].textIs(",") || tokens[end].normIs("and")))
                            else { return false }
                            var k = i - 1
                            var steps = 0
                            while k - 1 >= a, steps < 16 {
                                let w = tokens[k]
                                if w.textIs(","), tokens[k - 1].isLowerInitial, tokens[k - 1].norm.hasSuffix("s") {
                                    return Self.companyOnlyNouns.contains(String(tokens[k - 1].norm.dropLast()))
                                }
                                guard w.textIs(",") || (w.normIs("and") && w.isLowerInitial) || (w.kind == .word && w.isCapitalized)
                                else { return false }
                                k -= 1
                                steps += 1
                            }
                            return false
                        }()
                        // "Al-Varin, based in Tarvel, said …" after "Al-Varin Hospitality Services": the first words of
                        // an organization's longer name found shortly before (among the last 64 mentions) are its
                        // short form. (Not a given name first, "Georgia Ellis" after "the Georgia Ellis Trust", but
                        // "Al" glued by a hyphen is an article: "Al-Varin".)
                        // (Two words or more: a lone first word is the resolver's to read, "Korvaldt" for "Korvaldt
                        // Pharma".)
                        let shortFormOfOrganization =
                            spanLength >= 2 && !RelationFinder.compassWords.contains(t)
                            && (!lexicon.isWord(t, .givenName)
                                || (spanLength >= 3 && tokens[i + 1].textIs("-") && !tokens[i + 1].spaceBefore))
                            && mentions.suffix(64).contains { m in
                                // (Not a body named after a person, "the Tarvik-Osei Trust … Tarvik-Osei said".)
                                m.kind == .organization && m.actor == nil && m.end - m.start > spanLength
                                    && !EntityResolver.namedAfterPeopleHeads.contains(tokens[m.end - 1])
                                    && !tokens[m.end - 1].normIsOne(of: "foundation", "institute")
                                    && (0..<spanLength).allSatisfy { tokens[m.start + $0].text == tokens[i + $0].text }
                            }
                        // "a man identified only as Dravko", "known only as Dravko": how police name a person
                        // they have not named in full, by one word. ("A group known as Fancy Wolf" is a body's
                        // name.)
                        let identifiedAs =
                            spanLength == 1 && prev1 == "as" && prev2 == "only" && i - 3 >= a
                            && tokens[i - 3].normIsOne(of: "identified", "known")
                        // "Sable Nandoro, 41, said", "Sable Nandoro, who …": an age between commas or "who" after a
                        // name of two or three words says a person, though its first word is a common one. (No
                        // capitals-only word inside: "KT Orbis, who" is rare, an acronym names a body.)
                        // (An age beats a trade's word, "Dore Gold, 68, said"; "who" does not, as British copy says
                        // it of clubs and companies.)
                        let aged =
                            end + 2 < b && tokens[end + 2].textIs(",") && tokens[end + 1].kind == .number
                            && Int(tokens[end + 1].text).map { $0 >= 16 && $0 <= 110 } == true
                        let personApposed =
                            spanLength >= 2 && spanLength <= 3 && end + 1 < b && tokens[end].textIs(",")
                            && (aged || (tokens[end + 1].normIs("who") && !Self.tradeWords.contains(tokens[end - 1])))
                            && !(i..<end).contains { tokens[$0].isAllCaps || !tokens[$0].isCapitalized || Self.isTradePlural(tokens[$0]) }
                            && !isPluralNoun(tokens[end - 1])
                        // "Tarvik's son Delmo", "his daughter Amira Lenk": a kin noun after a possessive.
                        let namedKin =
                            spanLength <= 3 && i - 2 >= a && tokens[i - 1].isLowerInitial && Self.kinNouns.contains(tokens[i - 1])
                            && (tokens[i - 2].normIs("'s") || tokens[i - 2].normIsOne(of: "his", "her", "their"))
                            && !(i..<end).contains { tokens[$0].isAllCaps || headKind(tokens[$0]) != nil }
                        if beforeLeaderNoun || afterTitle || identifiedAs || personApposed || namedKin {
                            kind = .person
                        } else if Self.afterShares(tokens, i, a)
                            || (end < b && tokens[end].isLowerInitial && tokens[end].normIs("shares") && !lexicon.isWord(t, .givenName))
                        {
                            // "Shares in Norvik fell", "trading in Norvik shares": a company, though "in" often places.
                            kind = .organization
                        } else if prev1 == "founded" || prev1 == "co-founded" || prev1 == "cofounded", !lexicon.isWord(t, .givenName) {
                            // "who co-founded Korvex Digital": a person founds a body, and no one founds a person.
                            kind = .organization
                        } else if prev1 == "of", ["page", "pages", "edition", "issue"].contains(prev2), end >= b || !tokens[end].normIs("'s") {
                            // "on the front page of Le Korvo", "the latest issue of Tarvel Weekly": a publication (a
                            // given name first too; not a person's work, "an edition of Lena Ortiz's memoir").
                            kind = .organization
                        } else if Self.placeCues.contains(prev1)
                            || (prev1 == "of"
                                && (Self.placeCues.contains(prev2) || RelationFinder.compassWords.contains(prev2)
                                    || (Self.placeNounsBeforeOf.contains(prev2) && spanLength <= 3)))
                            // "counting centres in Orvano and Kessa": one or two unknown words joined by "and" to
                            // a place read from its context just before (not a country, and not a given name first:
                            // "in Tarvel and Maria Lopez's house").
                            // (Not a new clause's subject: "in Tarvel and Oskan called for calm", "in Tarvel
                            // and Oskan's lawyers", "in Tarvel and Oskan, who …".)
                            || (prev1 == "and" && spanLength <= 2 && (!lexicon.isWord(t, .givenName) || tablePlace)
                                && !Self.startsClauseAfter(tokens, i, end, a, b, lexicon)
                                && mentions.last.map {
                                    $0.sentence == s && $0.end == i - 1 && $0.kind == .location && !$0.kindGuessed
                                } == true)
                            // "clinics in Orvano, Kessa and Tarvel Dol": one or two unknown words after a comma that
                            // follows a place read from its context after a lower-case "in", "near" or "at", with "and"
                            // or a comma after them (a list of places goes on).
                            || (i > a && tokens[i - 1].textIs(",") && spanLength <= 2 && (!lexicon.isWord(t, .givenName) || tablePlace)
                                && end + 1 < b
                                && (tokens[end].normIs("and") || tokens[end].textIs(",")) && isNameToken(tokens[end + 1])
                                && mentions.last.map {
                                    $0.sentence == s && $0.end == i - 1 && $0.kind == .location && !$0.kindGuessed
                                        && $0.start - 1 > a && tokens[$0.start - 1].isLowerInitial
                                        && tokens[$0.start - 1].normIsOne(of: "in", "near", "at")
                                } == true)
                            || (nextIsCountry && !countryIsPossessive) || nextIsPlaceNoun || isKnownPlace() || portPlace
                            // "the road to Tarvel", "fled to Tarvel", "a battle at Tarvel" (not a given name first).
                            // (One word after a journey: "moved to Lena Ortiz's house" names a person; two after a battle.)
                            || (!lexicon.isWord(t, .givenName)
                                && ((spanLength == 1 && prev1 == "to" && (Self.routeNouns.contains(prev2) || Self.travelVerbs.contains(prev2)))
                                    || (spanLength <= 2 && prev1 == "at" && Self.battleNouns.contains(prev2))
                                    // "the crossings at Dravnik", "queues at the border at Dravnik": a place where
                                    // a facility or a border stands (not "workers at Tarvex": no such noun).
                                    || (spanLength <= 2 && prev1 == "at"
                                        && (Self.facilityNouns.contains(prev2) || Self.atPlaceNouns.contains(prev2)
                                            || (prev2.hasSuffix("s") && Self.facilityNouns.contains(String(prev2.dropLast())))))))
                            || describedAsPlace(tokens, after: end, to: b)
                            // "Lake Balkhash": a natural place's head word, then one name that is no common word
                            // (not "Gulf Air", "Sea Shepherd", "Lake Victoria Fisheries"; "State House" is no state).
                            || (spanLength == 2 && headKind(t) == .location && !t.isAllCaps
                                && !t.normIsOne(of: "state", "city", "province") && !t.normIsOne(of: "region", "county", "district")
                                && tokens[end - 1].isCapitalized && !lexicon.isWord(tokens[end - 1], .commonWord)
                                && headKind(tokens[end - 1]) == nil)
                        {
                            // ("south of Tarvel", "the districts of Oskel", "Tarvel, a garrison town".)
                            kind = .location
                        } else if spanLength == 2, RelationFinder.compassWords.contains(t), t.isCapitalized, !t.isAllCaps,
                            !t.normIsOne(of: "coastal", "rural"), tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
                            !tokens[i + 1].isAllCaps, headKind(tokens[i + 1]) == nil, !Self.tradeWords.contains(tokens[i + 1]),
                            !lexicon.isWord(tokens[i + 1], .givenName), !Self.organizationCues.contains(prev1),
                            !describedAsBody(tokens, after: end, to: b),
                            !(end < b && tokens[end].isLowerInitial && Self.organizationCues.contains(tokens[end]))
                        {
                            // "Floods hit West Kessa", "Central Tarvo": a compass word and one name that ends in no
                            // head word names a region (a guess: a club's cue elsewhere, "West Kessa said", outweighs it),
                            // though the name is also a common word ("Java") or unknown.
                            kind = .location
                            guessed = true
                        } else if (Self.organizationCues.contains(prev1) && !Self.exchangeOfWords(tokens, i, end, a, b))
                            || describedAsBody(tokens, after: end, to: b) || afterCompanyNoun
                            || afterPlaceParticiple || listedAfterCompanyPlural || shortFormOfOrganization
                            // "the Kessa-based team Orvan Esports": a team's name after the noun.
                            || (prev1 == "team" && !lexicon.isWord(t, .givenName))
                            // "the grid operators Velgrid …": a company noun's plural right before one unknown word.
                            || (spanLength == 1 && prev1.hasSuffix("s") && !lexicon.isWord(t, .givenName)
                                && Self.companyNouns.contains(String(prev1.dropLast())))
                            // "Dorvan Agro Refineries", "Halmer Creameries": a trade's place in the plural last.
                            || (spanLength >= 2 && Self.isTradePlural(tokens[end - 1]))
                            // "Tarvik Copper", "Halmer Hydropower", "Orsk Advisory": a trade's or a commodity's word
                            // last that the common words leave out as a family name or a rare noun (not after a given
                            // name or a person's title).
                            || (spanLength >= 2 && Self.tradeWords.contains(tokens[end - 1]) && !tokens[end - 1].isAllCaps
                                && (!lexicon.isWord(t, .givenName) || (spanLength >= 3 && Self.companyEndWords.contains(tokens[end - 1])))
                                && !personTitle(i))
                            // "Kestrel AgroTrade", "Orsk Av3nue": a word with a capital or a digit inside names no person.
                            || (spanLength >= 2 && (i..<end).contains { Self.hasInnerCapitalOrDigit(tokens[$0]) })
                            // "PT PAL", "PJSC Rostelecom": a legal form before the name.
                            || (spanLength >= 2 && Self.legalFormsFirst.contains(t.text))
                            // "Banco Velmarino", "Grupo Tarvo", "Polska Grupa Korvex": a body's head word of a
                            // language that writes it first (or second, after an adjective of the country).
                            || (spanLength >= 2 && (i..<min(end - 1, i + 2)).contains { Self.headWordsFirst.contains(tokens[$0]) })
                            // "Korvex Pharma Ireland": a body's head word before a country's name that ends it.
                            || (spanLength >= 3 && headKind(tokens[end - 2]) == .organization
                                && lexicon.matchActor(tokens, at: end - 1, end: end).map { lexicon.actors[$0.index].kind == .country } == true)
                            // "Tarvo Seiyaku's chief executive", "Keng Hup's property arm", "shares of Tarvo
                            // Seiyaku": what only a company has, or a company's shares.
                            || Self.namesCompanyByContext(tokens, i, end, a, b)
                            // "Delta Air Lines", "Viva Air": "Air" after a name's first word.
                            // (Not a given name described after a comma, "Mark Air, a Kenyan lawyer": a description
                            // that names a body was read just above.)
                            || (spanLength >= 2
                                && !(lexicon.isWord(t, .givenName) && end + 1 < b && tokens[end].textIs(",")
                                    && tokens[end + 1].normIsOne(of: "a", "an", "the"))
                                && (i + 1..<end).contains { tokens[$0].normIs("air") && tokens[$0].isCapitalized })
                            // "Air Zimbara cancelled flights": "Air" first, before a word that is no title ("Air
                            // Marshal Tovan Reyes", "Air Chief Marshal …" are officers).
                            || (spanLength >= 2 && t.normIs("air") && t.isCapitalized && !t.isAllCaps && !personTitle(i)
                                && !lexicon.isWord(tokens[i + 1], .titleWord) && !lexicon.isWord(tokens[i + 1], .titleModifier))
                            // "Al-Manar news agency", "Kestrel newspaper": a body's noun within two lower-case words after it.
                            || (end < b && tokens[end].isLowerInitial
                                && (Self.organizationCues.contains(tokens[end])
                                    || (end + 1 < b && tokens[end + 1].isLowerInitial
                                        && Self.organizationCues.contains(tokens[end + 1])
                                        // ("its Velmar media outlet": a body's head word in lower case before the noun.)
                                        && (lexicon.isWord(tokens[end], .commonWord) || headKind(tokens[end]) == .organization))))
                            // A name that starts with a common English word names no person: "Fancy Bear",
                            // "Delta Tankers", "Radio Norte" (not a given name, a title, a compass word or a
                            // place's first word: "North Kordofan").
                            // (Short words are often family names first: "Hun", "Ma".)
                            || (spanLength >= 2 && t.kind == .word && t.norm.utf8.count >= 4 && lexicon.isWord(t, .commonWord)
                                && !t.isAllCaps
                                && !lexicon.isWord(t, .givenName) && !personTitle(i) && !lexicon.isWord(t, .particle)
                                && !lexicon.isWord(t, .placeStart) && !RelationFinder.compassWords.contains(t)
                                && !lexicon.isWord(t, .nonName))
                            || (spanLength >= 2 && (headKind(t) == .organization || lexicon.isWord(t, .commonWord))
                                && !lexicon.isWord(t, .givenName)
                                && lexicon.matchActor(tokens, at: i + 1, end: end).map {
                                    lexicon.actors[$0.index].kind == .country && i + 1 + $0.length == end
                                } ?? false)
                            || (spanLength >= 2 && (!lexicon.isWord(t, .givenName) || isPluralNoun(tokens[end - 1]))
                                && !personTitle(i)
                                // ("Wang Gang", "Li Bo": a surname written first, then one short word that is no plural,
                                // is a person's name in full, though the word is also a common one.)
                                && !(spanLength == 2 && lexicon.isWord(t, .familyFirst) && !lexicon.isWord(t, .commonWord)
                                    && tokens[end - 1].norm.utf8.count <= 5 && !isPluralNoun(tokens[end - 1])
                                    && !tokens[end - 1].isAllCaps)
                                && (lexicon.isWord(tokens[end - 1], .commonWord) && !lexicon.isWord(tokens[end - 1], .particle)
                                    && !(lexicon.isWord(tokens[end - 1], .titleWord)
                                        && !lexicon.isWord(tokens[end - 1], .titleModifier))
                                    || ((i..<end).contains {
                                        // (A regnal or generational numeral is no acronym: "Abdullah II".)
                                        tokens[$0].isAllCaps && !tokens[$0].text.utf8.contains(0x2E)
                                            && !lexicon.isWord(tokens[$0], .nameSuffix)
                                    }
                                        && !(i..<end).allSatisfy { tokens[$0].isAllCaps || tokens[$0].kind != .word })))
                            // A name whose initials an acronym after it spells names a body, not a person:
                            // "Ansar al-Sharia (AAS)".
                            || (spanLength >= 2 && defined[i] == end)
                            // A capitalized preposition or "to" inside: "Reporters Without Borders", "Committee to
                            // Protect Journalists".
                            || (spanLength >= 3
                                && (i + 1..<end - 1).contains {
                                    Self.isNamePreposition(tokens[$0]) || tokens[$0].normIs("to")
                                        // "Juntos por el Perú", "Alianza por la Democracia": no person's name holds "por".
                                        || (tokens[$0].normIs("por") && tokens[$0].isLowerInitial)
                                })
                            // "Emirates Global Aluminium": a common English word inside a name of three or more words
                            // (not a given name, a particle or a title: "Sarah Mercy Otieno", "Abu Bakr al-Baghdadi").
                            || (spanLength >= 3
                                && (i + 1..<end - 1).contains {
                                    let w = tokens[$0]
                                    return w.kind == .word && w.isCapitalized && !w.isAllCaps && w.norm.utf8.count >= 4
                                        && lexicon.isWord(w, .commonWord) && !lexicon.isWord(w, .givenName)
                                        && !lexicon.isWord(w, .particle) && !lexicon.isWord(w, .connector)
                                        && !lexicon.isWord(w, .titleWord) && !lexicon.isWord(w, .nonName)
                                })
                            // "Golden Tarvo Resort": a given name's spelling first, then words that are no given name nor
                            // particle, and a common English noun last (which no frequent surname spells: the common words
                            // leave those out) name no person of three words or more, whose last word is a name.
                            || (spanLength >= 3 && lexicon.isWord(t, .givenName) && !personTitle(i) && !afterTitle
                                && (i + 1..<end).allSatisfy {
                                    tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                                        && !lexicon.isWord(tokens[$0], .givenName) && !lexicon.isWord(tokens[$0], .particle)
                                        && !lexicon.isWord(tokens[$0], .familyFirst)
                                }
                                && lexicon.isWord(tokens[end - 1], .commonWord) && !lexicon.isWord(tokens[end - 1], .titleWord)
                                && lexicon.lexical(tokens[end - 1].norm).tags.contains(.noun))
                            // "Procter & Gamble": an ampersand inside joins no person's names.
                            || (spanLength >= 3 && (i + 1..<end - 1).contains { tokens[$0].textIs("&") })
                            // "Los Halcones", "Las Fieras": a Spanish plural article starts no person's name.
                            || (spanLength >= 2 && t.normIsOne(of: "los", "las"))
                            // "Cape Biovac, which signed …": people are "who" (not after "of", where "which" may be
                            // the noun's before it: "the party of Keiko Fujimori, which holds …").
                            || (end + 1 < b && tokens[end].textIs(",") && tokens[end + 1].normIs("which") && prev1 != "of"
                                && !lexicon.isWord(t, .givenName))
                        {
                            // (… or an organization's head word or a common noun before a country's name: "Athletics
                            // Kenya", "Transport Canada"; not "Luís Montenegro". A name that ends in a common English
                            // word, or holds an acronym, names no person: "Delta Tankers", "Guardia Civil", "LG Uplus".)
                            kind = .organization
                        } else if prev1 == "the", i > a, tokens[i - 1].text == "the", !modifiesNoun {
                            // People take no article: "told the Daily Courier", "the Nation newspaper". But rivers,
                            // straits and regions take one too ("the Orvask flows …"): a guess, which a place's cue at
                            // another mention of the name outweighs ("the Orvask river").
                            kind = .organization
                            guessed = true
                        } else if prev1 == "from"
                            && (spanLength == 1
                                // ("a herder from Al-Varsa": an Arabic article glued to one name, as one word.)
                                || (spanLength == 3 && t.normIsOne(of: "al", "el") && tokens[i + 1].textIs("-")
                                    && !tokens[i + 1].spaceBefore && !tokens[i + 2].spaceBefore))
                        {
                            // "a senator from Mandera": one unknown word after "from" is likely a
                            // place, but "a statement from Glencore" is not, so it stays a guess
                            // that a cue elsewhere in the text outweighs.
                            kind = .location
                            guessed = true
                        } else if spanLength == 1, !standsAlone[Int(local[i])], !lexicon.isWord(t, .givenName), !t.isAllCaps,
                            end < b, Self.thingOrPeopleNouns.contains(
                                tokens[end].tag == .adjective && end + 1 < b && tokens[end + 1].isLowerInitial
                                    ? tokens[end + 1] : tokens[end])
                        {
                            // "the Artemis program", "Grad rockets", "Yezidi religious minorities": an unknown word
                            // the text only ever writes before a common noun (or an adjective) names a thing,
                            // a programme or a people when that noun is one, not an actor ("Twitter account" stays).
                            i = end
                            continue
                        } else {
                            kind = .person
                            // A name that starts with a given name ("Lamar Whitfield") is a person for sure, unless
                            // another mention of it reads a body's cue (`personBySpelling`).
                            guessed = !(spanLength >= 2 && lexicon.isWord(t, .givenName))
                            bySpelling = !guessed
                        }
                    }
                }
                var mention = MentionCandidate(sentence: s, start: i, end: end, kind: kind ?? .person, actor: nil)
                mention.kindGuessed = guessed
                mention.personBySpelling = bySpelling
                // "the Scandinavia Varnet Watch": a region's name (a known place that is no country, city or
                // subdivision of one, unless only by a common word's spelling) right after "the", kept apart from the
                // capitalized words after it, opens the organization those words name: one body, not the region
                // and a body cut short.
                if kind == .organization, let last = mentions.last, last.sentence == s, last.end == i,
                    let place = last.actor, lexicon.actors[place].kind == .location, !last.isAdjective,
                    last.start > a, tokens[last.start - 1].normIs("the"),
                    PlaceTable.builtIn.place(named: surface(last.start, last.end)).map({ $0.isCommonWord || $0.country.isEmpty }) ?? true
                {
                    mentions.removeLast()
                    mention.start = last.start
                }
                if headIndex != end - 1 { mention.headIndex = headIndex }
                if let bareName { mention.extraAlias = bareName }
                mentions.append(mention)
                i = end
            }
        }
        // "Korvex Seafood Peru … Korvex Seafood ASA": a name guessed a person's that ends in a country's name,
        // whose first word opens another organization's name in the text, or that two or more unknown
        // words open, is that company's branch named after its country, an organization (not a person
        // with the country for surname).
        // ("Dana Peru" with a given name first stays a person; so does "Tarvo Peru", one unknown word no
        // company's words open.)
        if mentions.contains(where: { $0.kind == .person && $0.kindGuessed }) {
            // (The organizations' names by their first word's norm, at most 8 a word: a text of many such names and
            // many companies stays linear.)
            var orgsByFirstWord: [Int32: [Int32]] = [:]
            for (index, o) in mentions.enumerated() where o.kind == .organization && o.actor == nil && o.end - o.start >= 2 {
                let key = tokens[o.start].word
                if orgsByFirstWord[key, default: []].count < 8 { orgsByFirstWord[key, default: []].append(Int32(index)) }
            }
            for index in mentions.indices {
                let m = mentions[index]
                guard m.kind == .person, m.kindGuessed, m.actor == nil, m.end - m.start >= 2 else { continue }
                guard let k = (m.start + 1..<m.end).first(where: { k in
                    lexicon.matchActor(tokens, at: k, end: m.end).map {
                        $0.length == m.end - k && lexicon.actors[$0.index].kind == .country
                    } ?? false
                }) else { continue }
                guard (m.start..<k).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { continue }
                // (The company's first word is enough: "Brenvik Aqua Peru" beside "Brenvik Seafood ASA".)
                let opensCompany = (orgsByFirstWord[tokens[m.start].word] ?? []).contains { n in
                    let o = mentions[Int(n)]
                    return tokens[o.start].text == tokens[m.start].text && !(o.start..<o.end).contains { tokens[$0].text == tokens[k].text }
                }
                // (Two or more unknown words before the country's name are a company's too, alone in the text:
                // "Korvex Salmon Chile"; a person's given names are known, "Ana Maria Chile" stays.)
                let unknownWords =
                    k - m.start >= 2
                    && (m.start..<k).allSatisfy { j in
                        let w = tokens[j]
                        return !lexicon.isWord(w, .givenName) && !lexicon.isWord(w, .particle) && !lexicon.isWord(w, .connector)
                            && !lexicon.isWord(w, .titleWord) && !w.isAllCaps
                    }
                if opensCompany || unknownWords {
                    mentions[index].kind = .organization
                    mentions[index].kindGuessed = false
                }
            }
        }
        joinContinentSuffixedNames(&mentions, tokens)
        typeNamesAfterBodyNouns(&mentions, tokens)
        typeRepeatedFullNames(&mentions, tokens)
        bindClubShortNames(&mentions, tokens)
        bindCompanyPlaceShortNames(&mentions, tokens)
        unbindForeignOrgans(&mentions, tokens)
        // The candidates live through resolution and the relation finder: at their count, not
        // at the capacity doubling left (up to twice it; 29 MB where 20 were used at the
        // peak of a 16.7 MB document).
        if mentions.capacity - mentions.count > 4096 {
            var exact: [MentionCandidate] = []
            exact.reserveCapacity(mentions.count)
            exact.append(contentsOf: mentions)
            mentions = exact
        }
        return (mentions, titles)
    }
}

extension MentionFinder {
    /// Nouns after a sea's or a region's name that name a part or the people of the region, not a company: "the
    /// Caribbean Coast", "Pacific Rim economies", "Pacific Islanders", "the Atlantic Seaboard", "the Baltic States".
    static let regionPartNouns: WordSet = [
        "coast", "coasts", "coastline", "seaboard", "shore", "shores", "rim", "shelf", "basin", "ridge", "trench", "islands",
        "islanders", "isles", "littoral", "lowlands", "highlands", "plain", "plains", "waters", "states", "nations",
        "countries", "region", "regions", "fleet", "command", "theatre", "theater", "games", "war", "wars", "slope",
    ]

    /// The last words of the US legislatures' names that another state's chambers share.
    static let legislatureEnds = [" Senate", " Congress", " House of Representatives"]

    /// The state a dateline names at the text's start: "VELSA, Kalmaria —" (a country after the place and a comma) or
    /// "LONDON —" (a known place's country); nil without one.
    func datelineState(_ mentions: [MentionCandidate], _ tokens: Tokens) -> Int? {
        guard let first = mentions.first, first.start == 0, first.end < tokens.count, tokens[0].isAllCaps else { return nil }
        if tokens[first.end].textIs(","), mentions.count > 1, mentions[1].start == first.end + 1, let country = mentions[1].actor,
            lexicon.actors[country].kind == .country
        {
            return country
        }
        guard let place = first.actor, lexicon.actors[place].kind == .location, let within = lexicon.actors[place].within else { return nil }
        return lexicon.actorByName[within].flatMap { lexicon.actors[$0].kind == .country ? $0 : nil }
    }

    /// Known actors of the United States named by a bare common name ("Congress", "Senate", "Air Force", "Treasury")
    /// that another state's possessive or adjective qualifies ("Brazil's Congress", "the Kenyan Air Force") are that
    /// state's organs, not the US ones: their mentions lose the actor, and the resolver names them as organs of the
    /// state ("Brazilian Congress"). Later bare mentions of the same actor follow the last qualified one ("U.S.
    /// Congress" is the US one again), unless "Washington" or "American" goes right before them.
    func unbindForeignOrgans(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        unbindBareTreasury(&mentions, tokens)
        // The qualified mention's state for each actor, while the last qualified mention was another state's.
        var foreign: [Int: Bool] = [:]
        let home = datelineState(mentions, tokens)
        let abroad = home.map { lexicon.actors[$0].name != "United States" } ?? false
        for index in mentions.indices {
            guard let actor = mentions[index].actor, lexicon.actors[actor].kind == .organization,
                lexicon.actors[actor].name.utf8.starts(with: "US ".utf8)
            else { continue }
            // ("KATHMANDU, Nepal — The minister told the House of Representatives": a legislature named bare in a
            // text datelined in another state is that state's, until a US one is named.)
            if abroad, foreign[actor] == nil, Self.legislatureEnds.contains(where: { lexicon.actors[actor].name.hasSuffix($0) }) {
                foreign[actor] = true
            }
            let m = mentions[index]
            if tokens[m.start].normIsOne(of: "us", "u.s.", "united", "american", "america") {
                foreign[actor] = false
                continue
            }
            // A state's adjective inside the name ("Kenyan Air Force"), or the mention just before: a state's
            // possessive ("Brazil's") or its adjective ("Brazilian").
            var state: Int?
            var adjective: Int?
            if let p = m.partOf, mentions[p].start == m.start, let other = mentions[p].actor, lexicon.actors[other].kind == .country {
                state = other
            }
            var k = index - 1
            while k >= 0, k >= index - 3, state == nil {
                let q = mentions[k]
                if let other = q.actor, lexicon.actors[other].kind == .country,
                    q.end == m.start && q.isAdjective || q.end + 1 == m.start && tokens[q.end].normIs("'s")
                {
                    state = other
                    adjective = q.isAdjective && q.end == m.start ? k : nil
                }
                k -= 1
            }
            if let state {
                foreign[actor] = lexicon.actors[state].name != "United States"
            }
            // ("Mexico's Senate ratified it. In Washington, the Senate …": the US one again.)
            if state == nil, (max(m.start - 4, 0)..<m.start).contains(where: { tokens[$0].normIsOne(of: "washington", "american", "u.s.", "us") }) {
                foreign[actor] = false
            }
            guard foreign[actor] == true else { continue }
            mentions[index].actor = nil
            // "South African Air Force": one name with the adjective, as "Kenyan Air Force" is read.
            if let adjective {
                mentions[index].start = mentions[adjective].start
                mentions[index].partOf = adjective
                mentions[index].extraAlias = m.start..<m.end
            }
        }
    }
}

extension MentionFinder {
    /// Whether the name at `start..<end` is an all-capitals prefix of two to four letters that names no known actor, then
    /// a known place (no country) and nothing else: a club's name ("SV Tarvstadt", "MFK Velka Lorna"), the place's
    /// words its short name.
    static func isPrefixedPlaceName(_ tokens: Tokens, _ start: Int, _ end: Int, _ lexicon: CompiledLexicon) -> Bool {
        guard end - start >= 2, end - start <= 4, tokens[start].kind == .word, tokens[start].isAllCaps,
            (2...4).contains(tokens[start].text.unicodeScalars.count),
            lexicon.matchActor(tokens, at: start, end: start + 1) == nil
        else { return false }
        if let rest = lexicon.matchActor(tokens, at: start + 1, end: end) {
            return rest.length == end - start - 1 && lexicon.actors[rest.index].kind == .location
        }
        guard (start + 1..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && tokens[$0].spaceBefore }),
            let place = PlaceTable.builtIn.place(named: placeWords(tokens, start + 1, end))
        else { return false }
        return !place.isCommonWord
    }

    /// The words at `a..<b` joined by spaces.
    static func placeWords(_ tokens: Tokens, _ a: Int, _ b: Int) -> String {
        (a..<b).map { tokens[$0].text }.joined(separator: " ")
    }

    /// A club named by an all-capitals prefix and a known place ("SV Tarvstadt") is named later by the place's words
    /// alone ("Tarvstadt finished higher", "Tarvstadt's loans"): those later mentions of the place lose the place and
    /// are the club's (the resolver keys such a name by its words after the prefix, as a legal form written first).
    func bindClubShortNames(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        // The places' words named after a prefix, and where the first such name ends.
        var places: [String: Int] = [:]
        for m in mentions where m.actor == nil && m.kind == .organization && m.partOf == nil {
            guard Self.isPrefixedPlaceName(tokens, m.start, m.end, lexicon) else { continue }
            let words = Self.placeWords(tokens, m.start + 1, m.end)
            if places[words] == nil { places[words] = m.end }
        }
        bindLaterPlaceMentions(&mentions, tokens, to: places, maxLength: 3)
    }

    /// Gives the later mentions of a place whose words name a body (`places`: the words, and where the body's first
    /// name ends) to that body: they lose the place and are an organization, unless `keepsPlace` says the words around
    /// them keep them a place. (Shared by ``bindClubShortNames(_:_:)`` and ``bindCompanyPlaceShortNames(_:_:)``.)
    func bindLaterPlaceMentions(
        _ mentions: inout [MentionCandidate], _ tokens: Tokens, to places: [String: Int], maxLength: Int,
        keepsPlace: (MentionCandidate) -> Bool = { _ in false }
    ) {
        guard !places.isEmpty else { return }
        for index in mentions.indices {
            let m = mentions[index]
            guard m.kind == .location, !m.isAdjective, m.partOf == nil, m.end - m.start <= maxLength,
                let after = places[Self.placeWords(tokens, m.start, m.end)], m.start >= after, !keepsPlace(m)
            else { continue }
            mentions[index].actor = nil
            mentions[index].kind = .organization
            mentions[index].kindGuessed = false
        }
    }

    /// Words before a known place that keep it the place after a company named with it ("in Tarvstadt", "north of Tarvstadt").
    static let placePrepositions: WordSet = [
        "in", "at", "on", "near", "to", "into", "through", "across", "around", "outside", "inside", "of", "from", "toward",
        "towards", "throughout", "within", "between", "via",
    ]

    /// Nouns after a place's name, besides the resolver's, that keep it the place ("the Tarvo river", "Tarvo residents").
    static let placeNounsAfterPlace: WordSet = ["river", "lake", "city", "town", "bay", "residents", "airport", "port"]

    /// A company whose name is a known place (no country, no state or province) then two words or more ending in a company's
    /// head word, no legal form ("Tarvo Bay Water Holdings", "Grand Isle Education Group") is named later by the place's
    /// words alone ("Tarvo Bay, a Houston-based company", "Grand Isle's founder"): those later mentions lose the place and
    /// are the company's, which the resolver's first words then join. Not when the text named the place alone before the
    /// company, and not after a preposition of place ("in Tarvo Bay"), before a hyphen ("Tarvo Bay-based") or before a
    /// place's noun ("the Tarvo Bay area"). (A place then a legal form, "Tarvstadt plc", is often a miner named for its
    /// town, which the text names too.)
    func bindCompanyPlaceShortNames(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        func isPlace(_ a: Int, _ b: Int) -> Bool {
            guard (a..<b).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return false }
            if let actor = lexicon.matchActor(tokens, at: a, end: b) {
                return actor.length == b - a && lexicon.actors[actor.index].kind == .location
            }
            guard let place = PlaceTable.builtIn.place(named: Self.placeWords(tokens, a, b)) else { return false }
            return !place.isCommonWord && !place.isSubdivision
        }
        // The companies' leading place words (a place of two words tried first), with where each company's name ends.
        var candidates: [(words: String, start: Int, end: Int)] = []
        for m in mentions where m.actor == nil && m.kind == .organization && m.partOf == nil && m.end - m.start >= 3 {
            guard (m.start..<m.end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { continue }
            let head = tokens[m.end - 1].norm
            guard RelationFinder.companyHeads.contains(head), !BuiltInLexicon.legalFormWords.contains(head) else { continue }
            if let k = [2, 1].first(where: { m.end - m.start - $0 >= 2 && isPlace(m.start, m.start + $0) }) {
                candidates.append((Self.placeWords(tokens, m.start, m.start + k), m.start, m.end))
            }
        }
        guard !candidates.isEmpty else { return }
        // Where the text first names each such place alone (one pass over the mentions, not one per company).
        let wanted = Set(candidates.map(\.words))
        var firstAlone: [String: Int] = [:]
        for m in mentions where m.kind == .location && m.end - m.start <= 2 {
            let words = Self.placeWords(tokens, m.start, m.end)
            if wanted.contains(words), firstAlone[words] == nil { firstAlone[words] = m.start }
        }
        var places: [String: Int] = [:]
        for candidate in candidates where places[candidate.words] == nil {
            // (Not a place the text named alone before the company.)
            if let alone = firstAlone[candidate.words], alone < candidate.start { continue }
            places[candidate.words] = candidate.end
        }
        bindLaterPlaceMentions(&mentions, tokens, to: places, maxLength: 2) { m in
            if m.start > 0, tokens[m.start - 1].kind == .word, Self.placePrepositions.contains(tokens[m.start - 1]) { return true }
            guard m.end < tokens.count else { return false }
            let next = tokens[m.end]
            if next.textIs("-") && !next.spaceBefore { return true }
            return next.kind == .word && next.isLowerInitial
                && (EntityResolver.placeNounsAfterName.contains(next) || Self.placeNounsAfterPlace.contains(next))
        }
    }

    /// Nouns after "Treasury" that make it a kind of security or its market, no body: "Treasury bills", "Treasury yields".
    static let treasuryInstrumentNouns: WordSet = [
        "bill", "bills", "bond", "bonds", "note", "notes", "yield", "yields", "security", "securities", "market", "markets",
        "debt", "auction", "auctions", "rate", "rates", "futures", "prices", "curve",
    ]

    /// A bare "Treasury" (one word, the US body's alias) in a text about another state is that state's treasury,
    /// not the US department: the mention loses the actor and is a body of its own name ("the Treasury said"); before
    /// an office's title it is only the office's field ("Treasury Cabinet Secretary X", an office of the text's
    /// state, as "Health Cabinet Secretary X"), no mention at all. It stays the US one when the text opens with a
    /// "WASHINGTON" dateline or names the United States ("Washington" counted for it) at least as often as any other
    /// country, names the US department by a longer name ("the Treasury Department", "U.S. Treasury"), or puts
    /// "Washington", "American" or "U.S." right before it. Before a security's noun ("Treasury bills", "Treasury yields") it names
    /// no actor at all.
    func unbindBareTreasury(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        var bare: [Int] = []
        var longer: Set<Int> = []
        var countries: [Int: Int] = [:]
        for index in mentions.indices {
            guard let actor = mentions[index].actor else { continue }
            let kind = lexicon.actors[actor].kind
            if kind == .country {
                countries[actor, default: 0] += mentions[index].isAdjective ? 1 : 2
                continue
            }
            guard kind == .organization, lexicon.actors[actor].name == "US Treasury Department" else { continue }
            let m = mentions[index]
            if m.end - m.start == 1, tokens[m.start].normIs("treasury") {
                bare.append(index)
            } else if m.end < tokens.count, tokens[m.end].kind == .word, Self.treasuryInstrumentNouns.contains(tokens[m.end]) {
                // "U.S. Treasury yields": a security, no body.
                bare.append(index)
            } else {
                longer.insert(actor)
            }
        }
        guard !bare.isEmpty else { return }
        // "Washington" stands for the United States here, a capital speaking for it.
        // (Ties go to the United States, as the text's country would stay open.)
        var us = (0..<tokens.count).reduce(0) { $0 + (tokens[$1].normIs("washington") ? 2 : 0) }
        var other = 0
        for (actor, count) in countries {
            if lexicon.actors[actor].name == "United States" { us += count } else { other = max(other, count) }
        }
        // (A "WASHINGTON —" dateline makes it the text's country, as it does the relation finder's.)
        let dateline = tokens.count > 1 && tokens[0].normIs("washington") && tokens[0].isAllCaps
        let aboutAnother = other > us && !dateline
        // Mentions that name no actor: a security ("Treasury bills"), an office's field ("Treasury Cabinet Secretary").
        var instruments: [Int] = []
        for index in bare {
            let m = mentions[index]
            if m.end < tokens.count, tokens[m.end].kind == .word, Self.treasuryInstrumentNouns.contains(tokens[m.end]) {
                instruments.append(index)
                continue
            }
            guard m.end - m.start == 1, aboutAnother, let actor = m.actor, !longer.contains(actor),
                !(max(m.start - 3, 0)..<m.start).contains(where: { tokens[$0].normIsOne(of: "washington", "american", "u.s.", "us") })
            else { continue }
            // "Treasury Cabinet Secretary X": the field of an office of the text's state, as "Health" is in "Health
            // Cabinet Secretary X", no body of its own.
            if m.end < tokens.count, lexicon.matchTitle(tokens, at: m.end, end: min(tokens.count, m.end + 6)) != nil {
                instruments.append(index)
                continue
            }
            mentions[index].actor = nil
        }
        guard !instruments.isEmpty else { return }
        dropMentions(Set(instruments), from: &mentions)
    }

    /// The last words of a continent's name that a body's name may end in ("… Justice Africa", "… Supporters Europe").
    static let continentEnds: WordSet = ["africa", "europe", "asia", "america", "americas"]

    /// "Tarvel Fairness Africa, a Velmora-based group": two or more capitalized words, no known actor among them,
    /// right before a continent's name (not its possessive, no capitalized word after it) are one body's name that
    /// ends in the continent, not a name and a place. (Mentions inside the run are dropped; the continent's becomes
    /// the body's.)
    func joinContinentSuffixedNames(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        var dropped: Set<Int> = []
        // (Mentions by start and the targets of `partOf`, built once at the first candidate: a text of many such names
        // asks a few positions each, not every mention.)
        var byStart: [Int: [Int]]?
        var wholes: Set<Int> = []
        for index in mentions.indices {
            let c = mentions[index]
            guard let actor = c.actor, lexicon.actors[actor].kind == .location, c.end - c.start <= 2, c.start > 0,
                Self.continentEnds.contains(tokens[c.end - 1]), !tokens[c.start].newlineBefore
            else { continue }
            // (Nor before a lower-case noun or a hyphen: "the Velmar Network Africa office", "… Africa-based".)
            if c.end < tokens.count {
                let after = tokens[c.end]
                if after.normIs("'s") || after.normIs("'") || after.tag == .possessive || after.textIs("-") { continue }
                if after.kind == .word, !after.isLowerInitial || after.tag.isOne(of: .noun, .nounPlural) { continue }
            }
            var p = c.start
            while p > 0, tokens[p - 1].kind == .word, tokens[p - 1].isCapitalized, !tokens[p - 1].isCredit,
                !tokens[p].newlineBefore, c.start - p < 6
            {
                p -= 1
            }
            while p < c.start, Self.headlineSmallWords.contains(tokens[p]) { p += 1 }
            // (One word before the continent only when it is a noun or an unknown word that opens no phrase of its own:
            // "Greenpeace Africa", "Rugby Europe"; not "Across Europe", "Its Africa", "Sub-Saharan Africa", "Southern
            // Africa", "Today Europe".)
            let oneWord: Bool = {
                guard c.start - p == 1 else { return false }
                let w = tokens[p]
                guard w.kind == .word, !w.isAllCaps, !(p > 0 && tokens[p - 1].textIs("-") && !w.spaceBefore),
                    !lexicon.isWord(w, .nonName), !lexicon.isWord(w, .adverb), !lexicon.isWord(w, .language),
                    !lexicon.isWord(w, .titleWord), !lexicon.isWord(w, .placeStart), !RelationFinder.compassWords.contains(w),
                    !isRegionAdjective(w.text)
                else { return false }
                let tags = lexicon.lexical(w.norm).tags
                return !Self.isOnlyAdjective(tags)
                    && tags.isDisjoint(with: TagSet([.preposition, .determiner, .pronoun, .wh, .coordinator, .subordinator, .modal, .auxiliary]))
            }()
            guard c.start - p >= 2 || oneWord else { continue }
            // (No known actor, given name or known person among the words, no title opening them: "UN Africa", "Kalmar
            // Africa", "Lena Tarvo Europe", "Prime Minister Kalo Europe"; a title word inside is the name's: "… Justice Africa".)
            if byStart == nil {
                var starts: [Int: [Int]] = [:]
                for (k, m) in mentions.enumerated() {
                    starts[m.start, default: []].append(k)
                    if let whole = m.partOf { wholes.insert(whole) }
                }
                byStart = starts
            }
            // (Those starting up to 16 tokens before the run and reaching into it, or inside it.)
            let inside = (max(0, p - 16)..<c.start).flatMap { byStart?[$0] ?? [] }.filter { mentions[$0].end > p && $0 != index }
            guard inside.allSatisfy({ mentions[$0].actor == nil && (mentions[$0].kind != .person || mentions[$0].kindGuessed)
                && mentions[$0].start >= p && mentions[$0].end <= c.start && mentions[$0].partOf == nil }),
                !wholes.contains(index),
                (p..<c.start).allSatisfy({ !lexicon.isWord(tokens[$0], .givenName) }), lexicon.matchTitle(tokens, at: p, end: c.start) == nil
            else { continue }
            dropped.formUnion(inside)
            mentions[index].start = p
            mentions[index].actor = nil
            mentions[index].kind = .organization
            mentions[index].isAdjective = false
            mentions[index].kindGuessed = false
            mentions[index].headIndex = nil
        }
        guard !dropped.isEmpty else { return }
        dropMentions(dropped, from: &mentions)
    }

    /// Lower-case nouns of a body that a name right after them is the name of ("the hotel chain X", "the opposition
    /// party X", "the Velmora clubs X and Y", "the national hunting association, X,").
    static let bodyNounsBeforeName: WordSet = [
        "party", "parties", "club", "clubs", "side", "sides", "team", "teams", "chain", "consortium", "association",
        "federation", "firm", "firms", "company", "companies", "roaster", "airline", "airlines", "carrier", "lender",
        "insurer", "broadcaster", "newspaper", "movement", "coalition", "charity", "conglomerate", "cooperative",
        // Trades a firm is named by ("Argentine trader X", "French laboratory X"; "oil trader Juan Perez" keeps its
        // given name's person); ``companyOnlyNouns`` count too.
        "trader", "laboratory", "laboratories", "brewer",
    ]

    /// A name guessed a person's (no known given name, no cue) right after a body's noun in a noun phrase opened by a
    /// determiner ("the hotel chain Tarvo Hoteles", "the consortium, Velmar Sur,"), and ending before punctuation,
    /// "and", "or" or a number, is that body's name: an organization; so is a name after it in the same list ("the
    /// Velmora clubs Blue Anchor and Tarvik"). ("The party Lena Tarvo founded" keeps its person: a verb follows.)
    func typeNamesAfterBodyNouns(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        var listEnd = -1
        for index in mentions.indices {
            let m = mentions[index]
            guard m.start >= 2 else { continue }
            var n = m.start - 1
            var inList = false
            if tokens[n].normIsOne(of: "and", "or") || tokens[n].textIs(","), n == listEnd { inList = true }
            if !inList, tokens[n].textIs(","), n >= 2 { n -= 1 }
            var bodyNoun = false
            var afterDemonym = false
            if !inList, tokens[n].kind == .word, tokens[n].isLowerInitial,
                Self.bodyNounsBeforeName.contains(tokens[n]) || Self.companyOnlyNouns.contains(tokens[n])
            {
                // (A determiner or a possessive opens the noun phrase within four words before the noun.)
                var k = n - 1
                while k >= 0, n - k <= 4 {
                    let w = tokens[k]
                    if w.normIsOne(of: "the", "a", "an", "its", "their") || w.normIs("'s") || w.tag == .possessive {
                        bodyNoun = true
                        break
                    }
                    // (Or a state's demonym: "Argentine trader X", "French laboratory X".)
                    // (Among the three mentions before this one; a demonym that opens its own noun phrase, not one
                    // after an article, "The French party X founded", which the article's reading keeps.)
                    if (max(0, index - 3)..<index).contains(where: {
                        mentions[$0].end == k + 1 && mentions[$0].isAdjective && mentions[$0].kind == .country
                            && !(mentions[$0].start > 0 && RelationFinder.determiners.contains(tokens[mentions[$0].start - 1]))
                    }) {
                        bodyNoun = true
                        afterDemonym = true
                        break
                    }
                    if w.kind != .word, !w.textIs("-") { break }
                    k -= 1
                }
            }
            guard inList || bodyNoun else { continue }
            // (After a demonym the name is the subject a verb may follow: "French laboratory X had stopped shipments".)
            if m.end < tokens.count, !afterDemonym {
                let after = tokens[m.end]
                guard after.kind != .word || after.normIsOne(of: "and", "or") || !after.isLowerInitial
                    || lexicon.lexical(after.norm).tags.contains(.number)
                else { continue }
            }
            listEnd = m.end
            guard m.kind == .person, m.kindGuessed, m.actor == nil, !lexicon.isWord(tokens[m.start], .givenName) else { continue }
            mentions[index].kind = .organization
            mentions[index].kindGuessed = false
        }
    }

    /// A name of two words read a person's only by default ("Pernod Ricard", "Halvern Orsk"; not by a given name's
    /// spelling first, "Rosa Meridia", which a person's name written twice in full may be), that the text writes in
    /// full twice or more and whose last word it never writes alone, is an organization's: news names a person in
    /// full once, then by the family name ("Tarsk said"); a company keeps its whole name. (Not a surname written
    /// first, "Hun Sen"; not a name with an initial, a particle or a hyphen; not three words, as Somali and Arabic
    /// names are written in full again, "Abdi Ali Warsame"; not when any of its mentions reads a person's cue, a
    /// title.)
    func typeRepeatedFullNames(_ mentions: inout [MentionCandidate], _ tokens: Tokens) {
        func candidate(_ m: MentionCandidate) -> Bool {
            m.kind == .person && m.actor == nil && m.end - m.start == 2
                && !lexicon.isWord(tokens[m.start], .familyFirst)
                && (m.start..<m.end).allSatisfy {
                    let w = tokens[$0]
                    return w.kind == .word && w.isCapitalized && w.text.unicodeScalars.count >= 2 && !w.text.hasSuffix(".")
                        && !lexicon.isWord(w, .particle) && !lexicon.isWord(w, .connector)
                }
        }
        // The candidates' names by their last word (a handful a text): how many times each is written in full.
        var full: [Int32: [(index: Int, count: Int, cued: Bool)]] = [:]
        var byIndex: [Int] = []
        for index in mentions.indices {
            let m = mentions[index]
            guard m.kind == .person, m.actor == nil else { continue }
            let key = tokens[m.end - 1].word
            let same = full[key]?.firstIndex { entry in
                let o = mentions[entry.index]
                return o.end - o.start == m.end - m.start && (0..<(m.end - m.start)).allSatisfy { tokens[o.start + $0].text == tokens[m.start + $0].text }
            }
            let cued = !candidate(m) || !m.kindGuessed
            if let same {
                full[key]![same].count += 1
                if cued { full[key]![same].cued = true }
            } else if full[key, default: []].count < 8 {
                full[key, default: []].append((index, 1, cued))
            }
            byIndex.append(index)
        }
        guard full.values.contains(where: { $0.contains { $0.count >= 2 && !$0.cued } }) else { return }
        // Every capitalized occurrence of those last words in the text.
        var written: [Int32: Int] = [:]
        for t in tokens where t.kind == .word && t.isCapitalized {
            let key = t.word
            if full[key] != nil { written[key, default: 0] += 1 }
        }
        for index in byIndex {
            let m = mentions[index]
            let key = tokens[m.end - 1].word
            guard let entries = full[key],
                let entry = entries.first(where: { e in
                    let o = mentions[e.index]
                    return o.end - o.start == m.end - m.start && (0..<(m.end - m.start)).allSatisfy { tokens[o.start + $0].text == tokens[m.start + $0].text }
                }), entry.count >= 2, !entry.cued, written[key] == entry.count
            else { continue }
            mentions[index].kind = .organization
            mentions[index].kindGuessed = true
            mentions[index].personBySpelling = false
        }
    }

    /// Drops the mentions at `dropped` in place; the mentions after them, and what they are part of, move down (no
    /// second array of mentions, a 32-bit shift per mention).
    func dropMentions(_ dropped: Set<Int>, from mentions: inout [MentionCandidate]) {
        var shift = [Int32](repeating: 0, count: mentions.count)
        var removed: Int32 = 0
        for index in mentions.indices {
            shift[index] = removed
            if dropped.contains(index) { removed += 1 }
        }
        var write = 0
        for index in mentions.indices where !dropped.contains(index) {
            var m = mentions[index]
            if let p = m.partOf { m.partOf = dropped.contains(p) ? nil : p - Int(shift[p]) }
            mentions[write] = m
            write += 1
        }
        mentions.removeLast(mentions.count - write)
    }
}
