import NewsGraph

/// A relation read from one sentence, between resolved entities (by index).
/// A relation's ends and predicate, for counting a sentence's distinct relations.
struct SentenceRelation: Hashable {
    var source: Int
    var predicate: Predicate
    var target: Int
}

/// 32 bytes (ends and sentence as 32-bit numbers, the predicate, rule and role one shared
/// ``RelationLabel`` of the document's ``RelationMemory``): a long document finds a relation
/// every ~40 bytes of text, and a sentence of many relative clauses one every ~28; with the
/// predicate's strings inline a found relation took 136 bytes, with its rule and role as
/// strings 64 (and a frame's rule, "frame:" and the frame, a string allocated per relation),
/// with the predicate shared and the rule and role numbered beside it 40.
struct FoundRelation: Sendable, Hashable {
    fileprivate var source32: Int32
    fileprivate var target32: Int32
    fileprivate var sentence32: Int32
    fileprivate var label: RelationLabel
    var confidence: Double

    init(source: Int, target: Int, label: RelationLabel, sentence: Int, confidence: Double) {
        source32 = Int32(truncatingIfNeeded: source)
        target32 = Int32(truncatingIfNeeded: target)
        sentence32 = Int32(truncatingIfNeeded: sentence)
        self.label = label
        self.confidence = confidence
    }

    var source: Int { Int(source32) }
    var target: Int { Int(target32) }
    var sentence: Int { Int(sentence32) }
    var predicate: Predicate { label.predicate }
    /// The numbers of the rule and the role (-1: none) in ``RelationMemory/names``.
    var ruleNumber: Int32 { label.rule }
    var roleNumber: Int32 { label.role }
}

/// Elements stored in blocks of 4,096: appending never moves what is stored. A growing array
/// doubles, and while it copies, its old and new storage (three times its count) are alive:
/// the relations found in a long document grow so until the end of its relation finding.
struct ChunkedList<Element>: RandomAccessCollection {
    private static var shift: Int { 12 }
    private var chunks: [[Element]] = []
    private(set) var endIndex = 0
    var startIndex: Int { 0 }

    subscript(position: Int) -> Element { chunks[position >> Self.shift][position & (1 << Self.shift - 1)] }

    mutating func append(_ element: Element) {
        if endIndex & (1 << Self.shift - 1) == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(1 << Self.shift)
        }
        chunks[chunks.count - 1].append(element)
        endIndex += 1
    }
}

extension ChunkedList: Sendable where Element: Sendable {}

/// The relations a document's rules found, in the order found: 20 bytes each (ends, sentence, the
/// label's number and the confidence's, each 32 bits: a document's labels and confidences are few), read as
/// ``FoundRelation``s. Stored whole (32 bytes: a label reference and a `Double`), the relations of a
/// sentence of ~600k relative clauses took 19 MB at the peak of its extraction (issue 14).
/// A relation found again right after itself (the same ends, sentence, label and confidence: "X, which Y
/// owns, X, which Y owns, …" states one relation per clause) is stored once, with a count of its repeats in
/// a side list (``Run``, only for the relations that repeat): the list still reads, counts and walks every
/// relation as found, so the rules that count relations read back see the same ones (12 MB of one
/// relation at the peak of a sentence of ~600k relative clauses).
struct FoundList: RandomAccessCollection, Sendable {
    private struct Packed: Sendable {
        var source32: Int32
        var target32: Int32
        var sentence32: Int32
        var label32: Int32
        var confidence32: Int32
    }
    private var stored = ChunkedList<Packed>()
    /// A stored relation read `extra + 1` times in a row: its place in `stored` and the place of its
    /// first reading in the list.
    private struct Run: Sendable {
        var stored32: Int32
        var first32: Int32
        var extra32: Int32
    }
    /// The stored relations that repeat, in order (none in most texts: then a place in the list is a
    /// place in `stored`).
    private var runs: [Run] = []
    /// The number of relations as found (repeats included).
    private var total = 0
    /// The labels by ``RelationLabel/number``.
    private var labels: [RelationLabel] = []
    /// The distinct confidences, in the order first found, and their numbers by bit pattern.
    private var confidences: [Double] = []
    private var confidenceNumbers: [UInt64: Int32] = [:]
    /// The confidence appended last and its number (most relations repeat the one before's).
    private var lastConfidence: (bits: UInt64, number: Int32) = (0, -1)

    var startIndex: Int { 0 }
    var endIndex: Int { total }

    /// The place in `stored` of the relation at `position` of the list.
    @inline(__always) private func storedPlace(_ position: Int) -> Int {
        if runs.isEmpty { return position }
        // The last run that starts at or before `position`.
        let k = runs.partitionPoint { Int($0.first32) <= position } - 1
        guard k >= 0 else { return position }
        let run = runs[k]
        let first = Int(run.first32)
        let extra = Int(run.extra32)
        // (Inside the run: its one stored relation; past it, the repeats of this run and of every run before it
        // are skipped.)
        if position <= first + extra { return Int(run.stored32) }
        return position - (first - Int(run.stored32)) - extra
    }

    subscript(position: Int) -> FoundRelation {
        precondition(position >= 0 && position < total, "found relation index out of range")
        let p = stored[storedPlace(position)]
        var found = FoundRelation(
            source: 0, target: 0, label: labels[Int(p.label32)], sentence: 0, confidence: confidences[Int(p.confidence32)])
        found.source32 = p.source32
        found.target32 = p.target32
        found.sentence32 = p.sentence32
        return found
    }

    mutating func append(_ found: FoundRelation) {
        let label = found.label
        let n = Int(label.number)
        if n >= labels.count { labels.append(contentsOf: repeatElement(label, count: n + 1 - labels.count)) }
        // (A number's slot may hold a later label as a stand-in until its own is appended.)
        if labels[n] !== label { labels[n] = label }
        let bits = found.confidence.bitPattern
        let confidence: Int32
        if lastConfidence.number >= 0 && lastConfidence.bits == bits {
            confidence = lastConfidence.number
        } else if let known = confidenceNumbers[bits] {
            confidence = known
        } else {
            confidence = Int32(truncatingIfNeeded: confidences.count)
            confidences.append(found.confidence)
            confidenceNumbers[bits] = confidence
        }
        lastConfidence = (bits, confidence)
        let packed = Packed(
            source32: found.source32, target32: found.target32, sentence32: found.sentence32,
            label32: Int32(truncatingIfNeeded: n), confidence32: confidence)
        total += 1
        if stored.endIndex > 0 {
            let last = stored[stored.endIndex - 1]
            if last.source32 == packed.source32, last.target32 == packed.target32, last.sentence32 == packed.sentence32,
                last.label32 == packed.label32, last.confidence32 == packed.confidence32
            {
                // (The same relation again: counted, not stored.)
                let lastPlace = Int32(truncatingIfNeeded: stored.endIndex - 1)
                if let run = runs.last, run.stored32 == lastPlace {
                    runs[runs.count - 1].extra32 += 1
                } else {
                    runs.append(Run(stored32: lastPlace, first32: Int32(truncatingIfNeeded: total - 2), extra32: 1))
                }
                return
            }
        }
        stored.append(packed)
    }
}

/// The relations a document's rules found, with the rule and role names they refer to by number.
struct FoundRelations: Sendable {
    var list = FoundList()
    var names: [String] = []
    func rule(_ found: FoundRelation) -> String { names[Int(found.ruleNumber)] }
    func role(_ found: FoundRelation) -> String? { found.roleNumber < 0 ? nil : names[Int(found.roleNumber)] }
}

/// A predicate, rule and role held once per document and shared by the relations found with
/// them (the rule and role as numbers in ``RelationMemory/names``, -1: no role).
final class RelationLabel: Sendable, Hashable {
    let predicate: Predicate
    let rule: Int32
    let role: Int32
    /// The label's number among its document's, in the order made (``FoundList``).
    let number: Int32
    init(_ predicate: Predicate, rule: Int32, role: Int32, number: Int32) {
        self.predicate = predicate
        self.rule = rule
        self.role = role
        self.number = number
    }
    static func == (lhs: RelationLabel, rhs: RelationLabel) -> Bool {
        lhs.predicate == rhs.predicate && lhs.rule == rhs.rule && lhs.role == rhs.role
    }
    func hash(into hasher: inout Hasher) {
        hasher.combine(predicate)
        hasher.combine(rule)
        hasher.combine(role)
    }
}

/// What the rules remember of a document across its sentences: the relations found so far (in
/// sentence order), the accusations a later denial may answer, and who holds an office in or is
/// an organ of whom.
final class RelationMemory {
    @exclusivity(unchecked) var found = FoundList()
    private struct LabelKey: Hashable {
        var predicate: Predicate
        var rule: Int32
        var role: Int32
    }
    /// The labels of `found`, one object each.
    @exclusivity(unchecked) private var labels: [LabelKey: RelationLabel] = [:]
    /// The label of `predicate`, `rule` and `role`, made once.
    func label(_ predicate: Predicate, rule: String, role: String?) -> RelationLabel {
        let key = LabelKey(predicate: predicate, rule: number(rule), role: role.map(number) ?? -1)
        if let known = labels[key] { return known }
        // (Room for a document's usual labels at the first: grown from one entry, the table was made four times for eight labels.)
        if labels.isEmpty { labels.reserveCapacity(16) }
        let new = RelationLabel(predicate, rule: key.rule, role: key.role, number: Int32(truncatingIfNeeded: labels.count))
        labels[key] = new
        return new
    }
    /// The rule and role names of `found`, each once.
    @exclusivity(unchecked) private(set) var names: [String] = []
    @exclusivity(unchecked) private var nameNumbers: [String: Int32] = [:]
    func number(_ name: String) -> Int32 {
        if let known = nameNumbers[name] { return known }
        // (As for the labels: room at the first, not four tables for eight names, each rehashing their strings.)
        if nameNumbers.isEmpty { nameNumbers.reserveCapacity(16) }
        let number = Int32(truncatingIfNeeded: names.count)
        names.append(name)
        nameNumbers[name] = number
        return number
    }
    @exclusivity(unchecked) var accusations: [(sentence: Int, accuser: Int, accused: Int)] = []
    @exclusivity(unchecked) var offices: Set<RelationFinder.OfficeKey> = []
    /// The same offices by person, in the order found (a scan of every office per look-up was
    /// quadratic in a document of many office holders).
    @exclusivity(unchecked) var officesByPerson: [Int: [Int]] = [:]
    /// Per person, the last `leads` or `role_in` relation found (its index in `found`).
    @exclusivity(unchecked) var lastOffice: [Int: Int] = [:]
    @exclusivity(unchecked) var organs: Set<RelationFinder.OfficeKey> = []

    // `found` and `accusations` grow in sentence order: the look-backs below read only the
    // last few sentences' entries, not the whole document's (quadratic on a long document).
    func lastFound(since sentence: Int, limit: Int = Int.max, where matches: (FoundRelation) -> Bool) -> FoundRelation? {
        var k = found.count - 1
        let stop = limit == Int.max ? -1 : found.count - 1 - limit
        while k >= 0, k > stop, found[k].sentence >= sentence {
            if matches(found[k]) { return found[k] }
            k -= 1
        }
        return nil
    }
    /// The index of the first accusation made in `sentence` or after, but not before `floor` (the walk back stops there).
    func recentAccusations(since sentence: Int, floor: Int = 0) -> Int {
        var k = accusations.count
        while k > Swift.max(0, floor), accusations[k - 1].sentence >= sentence { k -= 1 }
        return k
    }
    func holdsOffice(_ person: Int, in actor: Int) -> Bool {
        offices.contains(RelationFinder.OfficeKey(person: person, actor: actor))
    }
}

/// Reads typed, directed relations between the resolved entities of a document. `find` reads
/// the speakers first (``SpeakerRules``), then runs each rule family of `Relations/` over each
/// sentence in turn: `[verbs]` patterns (``VerbRules``), blame of the text's opening event
/// (``JudgementRules``), attribution (``AttributionRules``), help and donors (``SupportRules``),
/// an accused named as a relative clause's antecedent (``AccusedAntecedentRules``),
/// frames over clauses (``FrameRules``), compounds (``CompoundRules``), titles
/// (``TitleRules``) and structure (``StructureRules``). The phrase readers they share are in
/// `RelationFinder+Phrases.swift`.
struct RelationFinder: Sendable {
    let lexicon: CompiledLexicon

    /// Whether the verb group ending before `position` is negated: "not", "n't" or "never" among the at most four
    /// auxiliaries and adverbs right before it ("has not sanctioned", "did not deny", "has never welcomed"). The verb
    /// patterns and the judgement rules both ask it.
    static func isNegated(_ tokens: Tokens, before position: Int, from a: Int) -> Bool {
        var q = position - 1
        while q >= a, q >= position - 4, auxiliaries.contains(tokens[q]) || tokens[q].norm.hasSuffix("n't") {
            if tokens[q].normIsOne(of: "not", "never", "n't") || tokens[q].norm.hasSuffix("n't") { return true }
            q -= 1
        }
        return false
    }

    /// Words allowed between a title and the name before it ("Nowak, the former minister").
    static let titleGlue: WordSet = [
        "the", "a", "an", "former", "outgoing", "then", "now", "its", "chief", "senior", "top", "deputy", "as", "next", "new", "acting",
        "interim", "'s",
    ]
    /// Verbs and adverbs of taking an office ("he became minister").
    static let titleBecoming: WordSet = [
        "became", "becomes", "become", "was", "is", "served", "serves", "worked", "works", "later", "also", "named", "appointed",
    ]
    /// Relative days that may stand between a verb and its object ("met today the …").
    static let dayWords: WordSet = ["today", "yesterday", "tonight"]
    static let auxiliaries: WordSet = [
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "did", "does",
        "do", "also", "later", "then", "reportedly", "allegedly", "jointly", "formally", "officially", "not", "n't",
        "never", "already", "still", "just", "recently", "repeatedly", "publicly", "on", "last", "this", "week",
        "earlier", "today", "yesterday", "again", "previously", "once", "now", "is", "was", "were", "are", "be",
        "been", "being", "to", "both", "all", "unanimously", "each", "who", "which",
    ]
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"]
    static let determiners: WordSet = [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some", "several",
        "another", "other", "fellow", "former", "outgoing", "then", "new", "top", "senior",
    ]
    static let stopWords: WordSet = [
        "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "that", "which", "who", "as",
        "after", "before", "while", "when", "if", "because", "than", "into", "over", "under", "about", "against",
        "during", "since", "until", "said", "says", "is", "was", "were", "are", "has", "have", "had", "will",
        "would", "could", "not",
    ]
    static let negations: WordSet = [
        "withdrew", "withdraws", "withdrawn", "cancelled", "canceled", "rescinded", "revoked", "not", "never", "no", "n't", "neither",
        "nor", "cannot", "didn't", "won't", "doesn't", "don't", "isn't", "wasn't", "weren't", "hasn't", "haven't",
    ]
    /// Words before "Force(s)" that make a state's armed or police force ("Armed Forces of Chile",
    /// "Chilean Ground Forces"), read by the mention finder and the structure rules.
    static let forceModifiers: WordSet = [
        "armed", "defence", "defense", "self-defense", "self-defence", "security", "air", "naval", "police", "border", "maritime",
        "ground", "land", "space",
    ]
    static let compassWords: WordSet = [
        "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "north", "south", "east", "west", "coastal", "rural",
    ]
    static let governmentNouns: WordSet = [
        "regime", "government", "governments", "authorities", "administration", "leadership", "state", "people", "side", "delegation",
        // A state's instruments act for it: "Chinese ships rammed", "Indian tariffs", "Russian troops".
        "forces", "troops", "military", "army", "navy", "warships", "ships", "jets", "aircraft", "officials",
        "diplomats", "tariffs", "sanctions", "police", "coast", "border", "vessels", "boat", "boats", "warplanes", "drones",
        "artillery", "soldiers", "naval", "gunboats", "missiles", "militias", "intelligence", "spies", "prosecutors", "investigators",
        // "Latvian border guards had beaten him", "Kenyan police officers", "Swedish ground units"
        "guard", "guards", "guardsmen", "gendarmes", "gendarmerie", "commandos", "marines", "paratroopers", "sailors", "units",
        "personnel", "agents", "officers", "patrols", "helicopters", "tanks", "frigates", "rockets",
        // what a state or group holds, struck for it: "air strikes on Houthi targets"
        "targets", "positions", "posts",
    ]
    static let placeNouns: WordSet = ["region", "province", "city", "town", "village", "port", "capital", "district", "area", "state"]
    static let personPronouns: WordSet = ["he", "she"]
    /// Nouns naming a company or body, for "X, the British price comparison site".
    static let bodyNouns = WordSet(MentionFinder.companyNouns.union(["site", "utility"]))
    /// "urged both sides", "invited both agencies": the kinds of the two parties each noun can name.
    static let partyNouns: [String: Set<EntityKind>] = [
        "sides": [.country, .organization], "parties": [.country, .organization], "governments": [.country], "countries": [.country],
        "nations": [.country], "neighbours": [.country], "neighbors": [.country], "states": [.country], "agencies": [.organization],
        "companies": [.organization], "firms": [.organization], "groups": [.organization], "organisations": [.organization],
        "organizations": [.organization], "unions": [.organization], "leaders": [.person], "men": [.person], "ministers": [.person],
        // (Clans and tribes: named collectives this extractor types as organizations.)
        "tribes": [.organization], "clans": [.organization],
    ]
    /// Whether "in" and a gerund follow at `position` (before `end`): "joined the United States in condemning
    /// the test" is an act shared with the object, no membership of it (verb patterns and frames alike).
    static func sharedActFollows(_ tokens: Tokens, at position: Int, to end: Int) -> Bool {
        position + 1 < end && tokens[position].normIs("in") && tokens[position + 1].norm.hasSuffix("ing")
    }

    /// Events addressed to an actor, never to a place: a capital named in their place stands for a government.
    static let actorOnlyPredicates: Set<Predicate> = [
        .accused, .urged, .denied, .threatened, .metWith, .agreedWith, .invited, .notified, .ordered, .saidTo, .reported,
        // ("A and B fought near Gondar": one fights an actor, never a place.)
        .fought,
    ]
    /// Body nouns that name a state's organ rather than a company ("Japan's space agency JAXA").
    /// (Not "broadcaster" nor "utility": a state broadcaster or power utility is a company the state owns, in the
    /// country and no organ of it, "Kalmar's state broadcaster KTV".)
    static let stateBodyNouns: WordSet = ["agency", "regulator", "watchdog", "authority"]
    /// Nouns naming a part of an organization: "the UN peacekeeping mission, MONUSCO".
    static let unitNouns: WordSet = [
        "mission", "agency", "unit", "wing", "arm", "branch", "subsidiary", "division", "affiliate", "office", "watchdog", "regulator",
    ]
    /// Jobs done for a person: "his lawyer, Peter Wanjala".
    static let clientTitles: WordSet = [
        "lawyer", "lawyers", "attorney", "attorneys", "aide", "adviser", "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson",
    ]
    /// Head words of company names: the legal forms (``BuiltInLexicon/legalFormWords``, from GLEIF's
    /// list: "gmbh", "sa", "plc") and these.
    static let companyHeads: Set<String> = BuiltInLexicon.legalFormWords.union([
        "corp", "corporation", "company", "co", "holdings", "pharma",
        "pharmaceuticals", "motors", "airlines", "airways", "petroleum", "telecom", "technologies", "industries", "aerospace",
        "terminals", "logistics", "shipping", "automotive", "chemicals", "semiconductor", "therapeutics", "biotech", "electronics",
        "steel", "mining", "shipbuilding", "shipyard", "dynamics", "resources", "holding", "group", "energy", "minerals", "capital",
        "partners", "systems", "media", "financial", "insurance", "labs", "laboratories", "bancorp", "railway", "railways", "bank",
        // ("South Korea's Velk Energy Solution", "China's Tarsel Petroleum Engineering", "Japan's Korvo Lines".)
        "solution", "solutions", "engineering", "lines",
        // (Foreign head words of a company that are no legal form, by hand as in the lexicon's [heads]:
        // "Tarvo Seiyaku", "Oudhof Advocaten", "Velka Sanayi", "Norsk Energi".)
        "seiyaku", "kogyo", "sangyo", "shoji", "advocaten", "sanayi", "enerji", "energi",
    ])
    /// Whether `head` (lower case, no periods) makes the last word of a name of `words` words a company's: a
    /// legal form ends a longer name ("Korvex GmbH"), never is one by itself (an acronym such as "NPC" or "ICC"
    /// the list also holds is a body's name).
    static func isCompanyHead(_ head: String, words: Int) -> Bool {
        companyHeads.contains(head) && (words > 1 || !BuiltInLexicon.legalFormWords.contains(head))
    }
    /// Capitalized words that belong to a title rather than a portfolio ("Director General").
    static let rankWords: WordSet = ["director", "general", "deputy", "acting", "chief", "vice", "senior", "executive", "secretary"]
    /// Whether a word ends in "ing" (a gerund or participle), without Foundation.
    static func endsInIng(_ word: String) -> Bool {
        let utf8 = word.utf8
        return utf8.count > 4 && utf8.suffix(3).elementsEqual("ing".utf8)
    }
    static let attackNouns: WordSet = [
        "attack", "attacks", "strike", "strikes", "bombing", "bombings", "shelling", "assault", "raid", "raids", "killing", "killings",
        "airstrike", "airstrikes", "massacre", "massacres", "ambush", "invasion", "storming", "incursion",
    ]
    /// Nouns that, after "the", stand for the company named last ("the operator"; ``anaphor(_:at:requireArticle:)``).
    static let companyAnaphors: WordSet = [
        "company", "firm", "operator", "carrier", "airline", "drugmaker", "miner", "lender", "insurer", "automaker", "carmaker",
        "shipper", "manufacturer", "producer", "supplier", "retailer", "contractor", "conglomerate",
    ]
    /// Nouns for a body of any name: "the bloc", "the alliance" (``anaphor(_:at:requireArticle:)``).
    static let collectiveNouns: WordSet = ["bloc", "alliance", "coalition", "organisation", "organization", "union"]
    /// Fighters named after their group: "Houthi rebels in Yemen".
    static let fighterNouns: WordSet = ["rebels", "militants", "insurgents", "fighters", "separatists", "jihadists", "guerrillas"]
    static let currencySigns: Set<String> = ["$", "€", "£", "¥", "US$"]
    static let amountWords: WordSet = [
        "million", "billion", "trillion", "percent", "euro", "euros", "dollar", "dollars", "pound", "pounds", "yuan", "yen",
    ]

    /// A value per token position (mention or title starting or ending there), read like the
    /// dictionary it is built from (`nil` outside the text).
    ///
    /// A bit per token says whether a value is there, and the values sit in position order:
    /// a value's slot is the number of bits set before its position, counted from a running
    /// total kept per 64 tokens. About 0.19 bytes per token: a slot number per token took 4
    /// (four maps, 16 bytes per token, the relation finder's largest allocation on a long
    /// document), an array of optionals 16 to 40.
    struct TokenMap<Value> {
        private var bits: [UInt64]
        /// `before[w]`: the bits set in `bits[0..<w]`.
        private var before: [Int32]
        private var items: [Value]
        private let count: Int

        /// A map of positions `0...count` with the values given at them, in the order given:
        /// where a position is given again, `keepsEarlier(earlier, later)` says whether the
        /// earlier value stays (what a dictionary filled in that order would hold). Positions
        /// and values are sorted, not hashed: the dictionaries this was built from took 27 MB at
        /// the peak of a 16.7 MB document (two of 357k mentions, one of them growing).
        init(count: Int, positions: [Int32], values: [Value], keepsEarlier: (Value, Value) -> Bool) {
            // Entry numbers by position, then by the order they were given.
            // (Not `Array(unsafeUninitializedCapacity:)`: at capacity 0 it writes the count of the
            // runtime's shared empty array, a data race with every thread reading an empty array.)
            var order = Array(0..<Int32(truncatingIfNeeded: positions.count))
            // (Positions given in order, as a document's mentions and titles mostly are, are their own order: no sort.)
            if zip(positions, positions.dropFirst()).contains(where: { $0 > $1 }) {
                order.sort { positions[Int($0)] != positions[Int($1)] ? positions[Int($0)] < positions[Int($1)] : $0 < $1 }
            }
            var kept: [Int32] = []
            var k = 0
            while k < order.count {
                var chosen = Int(order[k])
                let position = positions[chosen]
                k += 1
                while k < order.count, positions[Int(order[k])] == position {
                    if !keepsEarlier(values[chosen], values[Int(order[k])]) { chosen = Int(order[k]) }
                    k += 1
                }
                if position >= 0 && Int(position) <= count { kept.append(Int32(truncatingIfNeeded: chosen)) }
            }
            order = []
            // (No value at all, as in a text of punctuation: no bits either; every position reads nil.)
            self.count = kept.isEmpty ? 0 : count + 1
            let words = (self.count + 63) / 64
            var bits = [UInt64](repeating: 0, count: words)
            for entry in kept {
                let position = Int(positions[Int(entry)])
                bits[position >> 6] |= 1 << UInt64(position & 63)
            }
            var before = [Int32](repeating: 0, count: words)
            var total: Int32 = 0
            for w in 0..<words {
                before[w] = total
                total += Int32(bits[w].nonzeroBitCount)
            }
            // (`kept` is in position order, one entry per position.)
            // (A value at every position given, in position order, as the resolved mentions of a
            // text mostly are: the values' own array, shared, not a copy; issue 14.)
            if kept.count == values.count, kept.indices.allSatisfy({ kept[$0] == Int32(truncatingIfNeeded: $0) }) {
                self.items = values
            } else {
                self.items = kept.map { values[Int($0)] }
            }
            self.bits = bits
            self.before = before
        }

        subscript(position: Int) -> Value? {
            guard position >= 0 && position < count else { return nil }
            let word = bits[position >> 6]
            let bit: UInt64 = 1 << UInt64(position & 63)
            guard word & bit != 0 else { return nil }
            return items[Int(before[position >> 6]) + (word & (bit &- 1)).nonzeroBitCount]
        }
    }

    /// A mention number per token position: a ``TokenMap`` of 32-bit numbers read as `Int`s (8
    /// bytes a mention were 11 MB in the two maps of a text of 700k names).
    struct MentionMap {
        private let map: TokenMap<Int32>
        init(_ map: TokenMap<Int32>) { self.map = map }
        subscript(position: Int) -> Int? { map[position].map { Int($0) } }
    }

    final class Context {
        let seg: Segmentation
        let mentions: [MentionCandidate]
        let owner: MentionOwners
        let entities: ResolvedEntities
        /// The mentions that have an entity, in mention order (shared with the mention maps'
        /// values when they are in position order, and with ``find``'s sentence order).
        let resolvedMentions: [Int32]
        // Constants once built (`let`: a class's `var` is read through a dynamic exclusivity check).
        let mentionByStart: MentionMap
        let mentionByEnd: MentionMap
        let titleByStart: TokenMap<TitleCandidate>
        let titleByEnd: TokenMap<TitleCandidate>
        /// The mentions of people that "he"/"she" may stand for, in mention order (so by start):
        /// their starts and entities are read from `mentions` and `owner`. (One 32-bit array, shared
        /// with `resolvedMentions` when every resolved mention is one: a start and an entity each
        /// were 5.6 MB at the peak of a text of 700k names, two `[Int]`s before them 17.)
        let personMentions: [Int32]
        /// Per entity, whether its name ends in a company's head word ("Korvaldt Pharma"), for "the company".
        let isCompany: [Bool]
        /// Per entity, a person's sex where the text or the given name says it (``Sex``).
        let sexes: [Sex]
        /// `seg.tokens`, kept as a constant: the rules read it per token, and a computed copy
        /// of the collection retained and released each of its arrays on every read.
        let tokens: Tokens
        /// Per entity, ``StructureRules/isCivilBody(_:)`` of its name once asked (0: not yet, 1: no, 2: yes): the
        /// structure rules ask it of each mention of a body, in every sentence, and it lowercases and splits the name
        /// (1.6 % of extracting the real-text corpus). Made at the first question, a byte an entity.
        @exclusivity(unchecked) private var civilBodies: [UInt8] = []

        /// ``StructureRules/isCivilBody(_:)`` of entity `e`'s name, answered once per entity.
        func isCivilBody(_ e: Int) -> Bool {
            if civilBodies.isEmpty { civilBodies = [UInt8](repeating: 0, count: entities.count) }
            if civilBodies[e] == 0 { civilBodies[e] = StructureRules.isCivilBody(entities.name(e)) ? 2 : 1 }
            return civilBodies[e] == 2
        }

        /// The norms of the lower-case words a name is introduced with, just before it or in its apposition ("club" in
        /// "Kessan club X", "lessor" in "X, a Dublin-based lessor"), made at the first question: ``RelationFinder/describedBy(_:_:_:)``
        /// is asked only for these, not for every "the <noun>" against the last 200 mentions.
        @exclusivity(unchecked) private var descriptorNorms: Set<Int32>?

        /// Whether `t` is a word some name of the document is introduced with (a superset of what `describedBy` accepts).
        func mayDescribe(_ t: Token) -> Bool {
            if descriptorNorms == nil {
                var norms: Set<Int32> = []
                for m in mentions {
                    if m.start > 0, tokens[m.start - 1].kind == .word, tokens[m.start - 1].isLowerInitial {
                        norms.insert(tokens[m.start - 1].normNumber)
                    }
                    guard m.end + 2 < tokens.count, tokens[m.end].textIs(","), tokens[m.end + 1].normIsOne(of: "a", "an", "the") else { continue }
                    var q = m.end + 2
                    while q < tokens.count, q <= m.end + 6, tokens[q].kind == .word || tokens[q].textIs("-") || tokens[q].textIs("'") {
                        if tokens[q].kind == .word, tokens[q].isLowerInitial { norms.insert(tokens[q].normNumber) }
                        q += 1
                    }
                }
                descriptorNorms = norms
            }
            return descriptorNorms?.contains(t.normNumber) ?? false
        }

        /// A person's sex, as far as "he"/"she" need it.
        enum Sex: UInt8 { case unknown, male, female }
        /// Honorifics before a name that say its bearer's sex ("Mr.", "Ms").
        static let maleHonorifics: WordSet = ["mr", "mr.", "sir", "monsieur", "senor", "señor", "herr"]
        static let femaleHonorifics: WordSet = ["mrs", "mrs.", "ms", "ms.", "miss", "madame", "mme", "senora", "señora", "dame", "lady"]

        /// Words after which a named person is not a candidate for "he"/"she" ("a letter to Smith").
        static let pronounBlockers: WordSet = ["of", "to", "with", "by", "for", "from", "at", "in", "on", "against"]

        init(
            seg: Segmentation, mentions: [MentionCandidate], owner: MentionOwners, entities: ResolvedEntities, titles: [TitleCandidate],
            maleNames: Set<String> = [], femaleNames: Set<String> = []
        ) {
            self.seg = seg
            self.tokens = seg.tokens
            self.mentions = mentions
            self.owner = owner
            self.entities = entities
            // The resolved mentions' starts and ends; where several start at one token, the first
            // of the longest; where several end at one, the first of those starting first.
            var resolved: [Int32] = []
            var starts: [Int32] = []
            var ends: [Int32] = []
            resolved.reserveCapacity(mentions.count)
            starts.reserveCapacity(mentions.count)
            ends.reserveCapacity(mentions.count)
            // (While every resolved mention is one, none is written: `resolved` is the list.)
            var personMentions: [Int32] = []
            var allPeople = true
            let people = mentions.indices.lazy.filter { owner[$0] >= 0 && entities.kinds[owner[$0]] == .person }.count
            // A person's sex: an honorific before one of its mentions ("Ms. Roe"), else the given
            // name its name or a surface starts with, when the census gives it one sex only.
            var sexes = [Sex](repeating: .unknown, count: entities.count)
            var honored = [Bool](repeating: false, count: entities.count)
            for e in entities.indices where entities.kinds[e] == .person {
                var found = Sex.unknown
                // (The name's first word read from its bytes; surfaces the same way.)
                var word = entities.withNameBytes(e) { Self.firstWordLowercased($0) } ?? Self.firstWordLowercased(entities.name(e))
                var surfaceIndex = 0
                let surfaces = entities.surfaces[e]
                while true {
                    if case .word(let word) = word {
                        let sex: Sex = maleNames.contains(word) ? .male : femaleNames.contains(word) ? .female : .unknown
                        if sex != .unknown {
                            if found != .unknown, found != sex {
                                found = .unknown
                                break
                            }
                            found = sex
                        }
                    }
                    guard surfaceIndex < surfaces.count else { break }
                    var surface = surfaces[surfaceIndex]
                    surfaceIndex += 1
                    word = surface.withUTF8 { Self.firstWordLowercased($0) } ?? Self.firstWordLowercased(surface)
                }
                sexes[e] = found
            }
            for (index, m) in mentions.enumerated() where owner[index] >= 0 {
                let e = owner[index]
                if entities.kinds[e] == .person, m.start > 0 {
                    let before = seg.tokens[m.start - 1]
                    let sex: Sex = Self.maleHonorifics.contains(before) ? .male : Self.femaleHonorifics.contains(before) ? .female : .unknown
                    if sex != .unknown {
                        // Two honorifics of both sexes for one entity say nothing.
                        sexes[e] = honored[e] && sexes[e] != sex ? .unknown : sex
                        honored[e] = true
                    }
                }
                resolved.append(Int32(truncatingIfNeeded: index))
                starts.append(Int32(truncatingIfNeeded: m.start))
                ends.append(Int32(truncatingIfNeeded: m.end))
                // Candidates for "he"/"she": people named outside quotations, not after a preposition.
                if entities.kinds[owner[index]] == .person, !seg.tokens[m.start].inQuote,
                    m.start == 0 || !Self.pronounBlockers.contains(seg.tokens[m.start - 1])
                {
                    if !allPeople { personMentions.append(Int32(truncatingIfNeeded: index)) }
                } else if allPeople {
                    allPeople = false
                    personMentions.reserveCapacity(people)
                    personMentions += resolved.dropLast()
                }
            }
            let count = seg.tokens.count
            self.mentionByStart = MentionMap(TokenMap(count: count, positions: starts, values: resolved) {
                mentions[Int($0)].end >= mentions[Int($1)].end
            })
            self.mentionByEnd = MentionMap(TokenMap(count: count, positions: ends, values: resolved) {
                mentions[Int($0)].start <= mentions[Int($1)].start
            })
            starts = []
            ends = []
            // (`resolved` is kept: ``resolvedMentions``, shared with the maps' values.)
            // (A later title at a position replaces an earlier one.)
            let titleStarts = titles.map { Int32(truncatingIfNeeded: $0.start) }
            let titleEnds = titles.map { Int32(truncatingIfNeeded: $0.end) }
            self.titleByStart = TokenMap(count: count, positions: titleStarts, values: titles) { _, _ in false }
            self.titleByEnd = TokenMap(count: count, positions: titleEnds, values: titles) { _, _ in false }
            self.personMentions = allPeople ? resolved : personMentions
            self.resolvedMentions = resolved
            self.sexes = sexes
            isCompany = entities.indices.map { e in
                guard entities.kinds[e] == .organization else { return false }
                let head = entities.withNameBytes(e) { Self.lastWordHead($0) } ?? Self.lastWordHead(entities.name(e))
                guard let head else { return false }
                let spaced = entities.withNameBytes(e) { RelationFinder.asciiContains($0, " ") } ?? entities.name(e).contains(" ")
                return RelationFinder.isCompanyHead(head, words: spaced ? 2 : 1)
            }
        }

        /// A surface's first word, lower-cased, or none.
        enum FirstWord { case none, word(String) }

        /// `surface.split(separator: " ").first`, lower-cased, read from ASCII bytes; nil (ask
        /// ``firstWordLowercased(_:)-(String)``) when a byte is not ASCII.
        static func firstWordLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> FirstWord? {
            var start = 0
            for byte in bytes where byte >= 0x80 { return nil }
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            guard start < bytes.count else { return FirstWord.none }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            return .word(asciiLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]), droppingPeriods: false))
        }

        static func firstWordLowercased(_ surface: String) -> FirstWord {
            guard let first = surface.split(separator: " ").first else { return FirstWord.none }
            return .word(String(first).lowercased())
        }

        /// `name.split(separator: " ").last`, lower-cased, periods removed (the form of
        /// ``RelationFinder/companyHeads``), read from ASCII bytes; nil (ask ``lastWordHead(_:)-(String)``)
        /// when a byte is not ASCII; `.some(nil)` when there is no word.
        static func lastWordHead(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
            for byte in bytes where byte >= 0x80 { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return .some(asciiLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]), droppingPeriods: true))
        }

        static func lastWordHead(_ name: String) -> String? {
            guard let last = name.split(separator: " ").last else { return nil }
            return String(last.lowercased().filter { $0 != "." })
        }

        /// ASCII bytes lower-cased as a `String`, periods dropped if asked.
        private static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>, droppingPeriods: Bool) -> String {
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for byte in bytes {
                    if droppingPeriods, byte == 0x2E { continue }
                    out[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }

        func entity(_ mention: Int) -> Int { owner[mention] }

        /// How many of `count` ascending values (read by `value`) are below `position`.
        private func countBelow(_ position: Int, _ count: Int, _ value: (Int) -> Int) -> Int {
            var low = 0
            var high = count
            while low < high {
                let mid = (low + high) / 2
                if value(mid) < position { low = mid + 1 } else { high = mid }
            }
            return low
        }

        /// The index of the last mention that starts before token `position` (mentions are in text order).
        func mentionIndex(before position: Int) -> Int? {
            let below = countBelow(position, mentions.count) { mentions[$0].start }
            return below > 0 ? below - 1 : nil
        }
        func kind(_ mention: Int) -> EntityKind { entities.kinds[owner[mention]] }

        /// Whether mention `index` is a demonym that only describes a named body after it, over at most four lower-case
        /// words ("Chinese state builder Huaxia Group", "a Danish shipping firm Velmar Lines"): a company's origin, not
        /// the state acting, so "the two governments" and "both countries" do not count it. ("Chinese troops", "Chinese
        /// President Xi": a state's forces and offices stay the state's.)
        func demonymOfNamedBody(_ index: Int) -> Bool {
            guard mentions[index].isAdjective else { return false }
            var q = mentions[index].end
            let stop = min(q + 5, tokens.count)
            while q < stop, mentionByStart[q] == nil, tokens[q].kind == .word && tokens[q].isLowerInitial || tokens[q].textIs("-") {
                q += 1
            }
            guard q > mentions[index].end, q < stop, let n = mentionByStart[q], owner[n] >= 0 else { return false }
            return kind(n) == .organization && !mentions[n].isAdjective
        }

        /// Whether tokens `a..<b` name a country other than `main` (by name or demonym) and never `main`: a state
        /// left unnamed there ("the ruling party", "a state-backed group") is not sure to be the text's country.
        /// (Over at most 64 mentions.)
        func namesOnlyOtherCountry(than main: Int, from a: Int, to b: Int) -> Bool {
            guard var index = mentionIndex(before: b) else { return false }
            let stop = index - 64
            var other = false
            while index >= 0, index > stop, mentions[index].start >= a {
                if owner[index] >= 0, kind(index) == .country {
                    if entity(index) == main { return false }
                    other = true
                }
                index -= 1
            }
            return other
        }

        /// The sex a pronoun at `position` asks for: "he", "him", "his", "himself" a man,
        /// "she", "her", "hers", "herself" a woman; any other word none.
        func pronounSex(at position: Int) -> Sex {
            guard position >= 0, position < tokens.count else { return .unknown }
            let token = tokens[position]
            if Self.malePronouns.contains(token) { return .male }
            if Self.femalePronouns.contains(token) { return .female }
            return .unknown
        }
        static let malePronouns: WordSet = ["he", "him", "his", "himself"]
        static let femalePronouns: WordSet = ["she", "her", "hers", "herself"]

        /// Whether a person may be what a pronoun of sex `sex` stands for: not a person known to
        /// be of the other sex.
        func agrees(_ entity: Int, _ sex: Sex) -> Bool { sex == .unknown || sexes[entity] == .unknown || sexes[entity] == sex }

        /// The most recent person other than `excluded` mentioned before token `position`
        /// (a few mentions back at most); a pronoun at `position` passes over a person of the
        /// other sex ("Ms. Roe met Mr. Doe. He said": Doe).
        func lastPerson(before position: Int, other excluded: Int) -> Int? {
            let sex = pronounSex(at: position)
            let low = countBelow(position, personMentions.count) { mentions[Int(personMentions[$0])].start }
            var index = low - 1
            while index >= 0, index >= low - 6 {
                let entity = owner[Int(personMentions[index])]
                if entity != excluded, agrees(entity, sex) { return entity }
                index -= 1
            }
            return nil
        }

        /// The most recent person mentioned before token `position`; a pronoun at `position`
        /// passes over people of the other sex (a few mentions back at most, and none when no
        /// one nearer agrees).
        func lastPerson(before position: Int) -> Int? { lastPerson(before: position, other: -1) }
    }

    enum Subject { case entity(Int), speaker, none }

    struct OfficeKey: Hashable { var person: Int; var actor: Int }


    /// Whether the bytes of an ASCII name contain the ASCII `word`, or nil when the name is not ASCII: in ASCII a
    /// byte match is a match of characters. `String.contains` of a string is Foundation's search, which cost about 1 %
    /// of extracting the real-text corpus when asked of every entity.
    static func asciiContains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard !needle.isEmpty, bytes.count >= needle.count else { return needle.isEmpty }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The country a text is mostly about: the one its dateline names (after its place, "VELSA,
    /// Kalmaria —", or as the country the lexicon puts the place in, "LONDON —"), else the one it
    /// names most often; shared by the relation finder (offices named without a country) and the
    /// entity resolver (organs named without a state), each with its own identities of countries.
    /// - Parameters:
    ///   - resolved: whether a mention names an entity at all.
    ///   - country: the identity of the country a mention names (nil: none).
    ///   - isPlace: whether a mention names a location or facility.
    ///   - placeWithin: for a mention of a place the lexicon knows in a country, that country's
    ///     identity (`.some(nil)`: the text does not name it); nil: no such place.
    ///   - titleAt: whether an office's title starts at a token.
    /// - Returns: the country and whether it is clear: named by the dateline, or named more often
    ///   than any other (a tie goes to the lowest identity, not clear).
    static func documentCountry(
        seg: Segmentation, mentions: [MentionCandidate], resolved: (Int) -> Bool, country: (Int) -> Int?,
        isPlace: (Int) -> Bool, placeWithin: (Int) -> Int??, titleAt: (Int) -> Bool
    ) -> (country: Int?, clear: Bool) {
        var countryMentions: [Int: Int] = [:]
        for (index, m) in mentions.enumerated() {
            if let c = country(index) { countryMentions[c, default: 0] += m.isAdjective ? 1 : 2 }
        }
        // The country a text names most often is the one it is about.
        // A dateline names the home country when it names one after its place ("VELSA, Kalmaria —") or the
        // lexicon knows where the city is ("LONDON —"); otherwise the country named most often.
        // The dateline's place (its first mention) and the country named after it ("STRASBOURG, France —").
        var datelineMentions = 0..<0
        let datelineCountry: Int? = {
            guard let first = mentions.indices.first(where: resolved), mentions[first].sentence == 0,
                mentions[first].end < seg.tokens.count,
                seg.tokens[mentions[first].start].isAllCaps,
                seg.tokens[mentions[first].end].kind == .dash || seg.tokens[mentions[first].end].textIs(",")
                    // "BANGKOK (AP) —": an agency's credit in brackets between the place and the dash.
                    || (seg.tokens[mentions[first].end].text == "(" && mentions[first].end + 3 < seg.tokens.count
                        && (mentions[first].end + 2..<min(seg.tokens.count - 1, mentions[first].end + 5)).contains {
                            seg.tokens[$0].text == ")" && seg.tokens[$0 + 1].kind == .dash
                        })
            else { return nil }
            // "SAO VELSA, Kalmaria —": the country the dateline names after its place, whether or not the lexicon
            // knows the place.
            if seg.tokens[mentions[first].end].textIs(","), isPlace(first),
                first + 1 < mentions.count, mentions[first + 1].start == mentions[first].end + 1,
                let named = country(first + 1), !mentions[first + 1].isAdjective,
                mentions[first + 1].end < seg.tokens.count,
                seg.tokens[mentions[first + 1].end].textIs(",") || seg.tokens[mentions[first + 1].end].kind == .dash
                    || seg.tokens[mentions[first + 1].end].text == "("
            {
                datelineMentions = first..<(first + 2)
                return named
            }
            // A place: a known person's country (the 4th lexicon field) is not a dateline.
            guard let within = placeWithin(first) else { return nil }
            datelineMentions = first..<(first + 1)
            if seg.tokens[mentions[first].end].textIs(","), first + 1 < mentions.count, mentions[first + 1].start == mentions[first].end + 1 {
                datelineMentions = first..<(first + 2)
            }
            return within
        }()
        let mostNamed = countryMentions.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        var mainCountry = datelineCountry ?? mostNamed?.key
        var clear = datelineCountry != nil
            || mostNamed.map { most in !countryMentions.contains { $0.key != most.key && $0.value == most.value } } ?? false
        // A dateline may name a venue, not the country the text is about: when the lede (past its
        // dateline) names countries but not the dateline's, the one of them the text names most is the
        // text's country, if the text names it more often than the dateline's outside the dateline
        // ("STRASBOURG, France — The European Court of Human Rights ruled that Latvia had …";
        // "NEW YORK — The U.N. Security Council renewed an arms embargo on South Sudan").
        if let dateline = datelineCountry {
            var ledeCountries: Set<Int> = []
            var outside = countryMentions
            for index in datelineMentions {
                if let c = country(index) { outside[c, default: 0] -= mentions[index].isAdjective ? 1 : 2 }
            }
            // (Not when an office named without a country speaks first: "MOSCOW — Foreign Minister X said
            // Ukraine had shelled …" is the dateline's minister.)
            var firstLedeCountry: Int? = nil
            for (index, m) in mentions.enumerated() where m.sentence == 0 && !datelineMentions.contains(index) {
                if let c = country(index) {
                    ledeCountries.insert(c)
                    if firstLedeCountry == nil { firstLedeCountry = m.start }
                }
            }
            let ledeStart = datelineMentions.last.map { mentions[$0].end } ?? 0
            let bareOfficeFirst = firstLedeCountry.map { first in (ledeStart..<first).contains(where: titleAt) } ?? false
            // (Nor when the lede names the dateline's country inside another name, as the text names it elsewhere:
            // "YEREVAN, Kalmaria — The Central Bank of Kalmaria revoked …", "VELSA (Reuters) - Bourse Kalmaria
            // suspended …"; the lede's first 200 tokens.)
            func namesDatelineInside() -> Bool {
                guard let named = mentions.indices.first(where: {
                    !datelineMentions.contains($0) && !mentions[$0].isAdjective && country($0) == dateline
                }) else { return false }
                let words = mentions[named].start..<mentions[named].end
                guard !words.isEmpty, words.count <= 4, let ledeRange = seg.sentences.first?.tokens else { return false }
                let low = max(ledeStart, ledeRange.lowerBound)
                let high = min(ledeRange.upperBound, low + 200)
                guard high - low >= words.count else { return false }
                return (low...(high - words.count)).contains { q in
                    words.indices.allSatisfy { seg.tokens[q + $0 - words.lowerBound].norm == seg.tokens[$0].norm }
                }
            }
            if !ledeCountries.isEmpty, !ledeCountries.contains(dateline), !bareOfficeFirst,
                let lede = ledeCountries.max(by: { (outside[$0] ?? 0, $1) < (outside[$1] ?? 0, $0) }),
                outside[lede] ?? 0 > outside[dateline] ?? 0, !namesDatelineInside()
            {
                mainCountry = lede
                clear = true
            }
        }
        return (mainCountry, clear)
    }

    func find(
        seg: Segmentation, mentions: [MentionCandidate], owner: MentionOwners, entities: ResolvedEntities, titles: [TitleCandidate]
    ) -> FoundRelations {
        let ctx = Context(
            seg: seg, mentions: mentions, owner: owner, entities: entities, titles: titles,
            maleNames: lexicon.lexicon.maleNames, femaleNames: lexicon.lexicon.femaleNames)
        let clauseFinder = ClauseFinder(ctx: ctx, lexicon: lexicon)
        let tokens = seg.tokens
        let memory = RelationMemory()
        // The first entity of each name the rules look up (a lexicon actor's, or the country one
        // is `within`): a table of every entity was 24 bytes and more per name, at the peak of a
        // text of names only.
        var entityByName: [String: Int] = [:]
        // The document's ministries (the first 64) with their names' words, for "Culture Minister X" (TitleRules.ministry).
        var ministries: [TitleRules.Ministry] = []
        for index in entities.indices {
            let name = entities.name(index)
            if lexicon.namesLookedUp.contains(name) && entityByName[name] == nil { entityByName[name] = index }
            if ministries.count < 64, entities.kinds[index] == .organization,
                entities.withNameBytes(index, { Self.asciiContains($0, "Ministry") }) ?? name.contains("Ministry")
            {
                ministries.append(TitleRules.Ministry(entity: index, name: name))
            }
        }
        // Mentions and titles by sentence, so that each sentence's rules see only its own: the
        // resolved mentions in sentence order (mention order within one), read with a cursor as
        // the sentences go by (no array, nor an offset, per sentence: "! ! !" makes a sentence per
        // two bytes).
        // (The context's resolved mentions, shared, when they are in sentence order: a copy was
        // 2.8 MB at the peak of a text of 700k names.)
        var mentionIndex = ctx.resolvedMentions
        let inOrder = !zip(mentionIndex, mentionIndex.dropFirst()).contains {
            mentions[Int($0.0)].sentence > mentions[Int($0.1)].sentence
        }
        if !inOrder {
            // (Found out of sentence order: sorted, stably.)
            mentionIndex.sort { (mentions[Int($0)].sentence, $0) < (mentions[Int($1)].sentence, $1) }
        }
        var sortedTitles = titles
        if zip(titles, titles.dropFirst()).contains(where: { $0.sentence > $1.sentence }) {
            sortedTitles = titles.indices.sorted { (titles[$0].sentence, $0) < (titles[$1].sentence, $1) }.map { titles[$0] }
        }
        var nextMention = 0
        var nextTitle = 0

        // Verb matches per sentence, computed once.
        var matches = verbMatches(seg)

        func resolvePronoun(_ position: Int) -> Int? { ctx.lastPerson(before: position) }
        // The country a text is mostly about, for offices named without one ("President X").
        let mainCountry = Self.documentCountry(
            seg: seg, mentions: mentions,
            resolved: { owner[$0] >= 0 },
            country: { owner[$0] >= 0 && entities.kinds[owner[$0]] == .country ? owner[$0] : nil },
            isPlace: { owner[$0] >= 0 && entities.kinds[owner[$0]].isOne(of: .location, .facility) },
            placeWithin: { index in
                guard let actor = mentions[index].actor, lexicon.actors[actor].kind.isOne(of: .location, .facility),
                    let within = lexicon.actors[actor].within
                else { return nil }
                return .some(entities.indices.first { entities.name($0) == within })
            },
            titleAt: { ctx.titleByStart[$0] != nil }
        ).country

        // The heads of state and government the titles name with their country, for offices named without one.
        let heads = TitleRules.HeadTable(finder: self, ctx: ctx, titles: sortedTitles, entityByName: entityByName)

        // Pass 1: speakers (subjects of speech verbs), so that "we" in a quotation and
        // "according to" know who speaks.
        let frameRules = FrameRules(lexicon: lexicon, ctx: ctx, mainCountry: mainCountry)
        let speakers = SpeakerRules(finder: self, ctx: ctx).run(matches: matches, pronoun: resolvePronoun)
        // The actor the text's first sentence opens with: the doer of "the launch", "the decision"
        // a later sentence judges (``JudgementRules``).
        // (A headline, a first sentence without its final stop, "Peru Condemns Chilean Launch", is passed
        // over for the sentence after it.)
        let ledeSentence = seg.sentences.indices.prefix(2).first { s in
            let range = seg.sentences[s].tokens
            guard let last = range.last else { return false }
            let t = tokens[last]
            return t.textIs(".") || t.textIs("!") || t.textIs("?") || t.kind == .quote
        }
        let lede: Int? = ledeSentence.flatMap { JudgementRules.ledeActor(self, ctx, sentence: $0) }.flatMap {
                [.country, .organization, .person].contains(entities.kinds[$0]) ? $0 : nil
            }
        var verbRules = VerbRules(finder: self, ctx: ctx, memory: memory, speakers: speakers, mainCountry: mainCountry)
        verbRules.lede = lede
        let judgementRules = JudgementRules(finder: self, ctx: ctx, lede: lede)
        let attribution = AttributionRules(finder: self, ctx: ctx, speakers: speakers)

        // The distinct relations the sentence being read has given, at most `maxRelationsPerSentence`: one set for
        // every sentence, emptied with its room kept (a set per sentence was allocated and grown again in each).
        var sentenceRelations: Set<SentenceRelation> = []
        for (s, sentence) in seg.sentences.enumerated() {
            let a = sentence.tokens.lowerBound
            let b = sentence.tokens.upperBound
            let firstMention = nextMention
            while nextMention < mentionIndex.count, mentions[Int(mentionIndex[nextMention])].sentence == s { nextMention += 1 }
            let sentenceMentions = MentionList(mentionIndex[firstMention..<nextMention])
            let firstTitle = nextTitle
            while nextTitle < sortedTitles.count, sortedTitles[nextTitle].sentence == s { nextTitle += 1 }
            sentenceRelations.removeAll(keepingCapacity: true)
            func emit(_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, confidence: Double, role: String? = nil) {
                guard let source, let target, source != target else { return }
                if sentenceRelations.count >= Extractor.maxRelationsPerSentence,
                    !sentenceRelations.contains(SentenceRelation(source: source, predicate: predicate, target: target))
                {
                    return
                }
                // Capitals standing in for governments ("Beijing has denied", "urged Tokyo and Canberra") carry no events.
                if predicate != .locatedIn, ctx.entities.kinds[source] == .location || ctx.entities.kinds[source] == .facility { return }
                if Self.actorOnlyPredicates.contains(predicate),
                    ctx.entities.kinds[target] == .location || ctx.entities.kinds[target] == .facility
                {
                    // ("accusing Addis Ababa of …" is still an accusation a later denial may answer, of an
                    // accused the rules do not name.)
                    if predicate == .accused { memory.accusations.append((s, source, -1)) }
                    return
                }
                // "X led rival candidate Y in the count": a person leads or holds an office in no person (one whose given
                // name says so: a body's name read as a person's, "leads the conservative Alianza Velmar", keeps it).
                if predicate == .leads || predicate == .roleIn, ctx.entities.kinds[source] == .person,
                    ctx.entities.kinds[target] == .person, ctx.sexes[target] != .unknown
                {
                    return
                }
                // "Japan joined the United States in condemning the test": a state is no member of a state.
                if predicate == .memberOf, ctx.entities.kinds[source] == .country, ctx.entities.kinds[target] == .country { return }
                if predicate == .leads || predicate == .roleIn {
                    if memory.offices.insert(OfficeKey(person: source, actor: target)).inserted {
                        memory.officesByPerson[source, default: []].append(target)
                    }
                    memory.lastOffice[source] = memory.found.count
                }
                if predicate == .memberOf { memory.organs.insert(OfficeKey(person: source, actor: target)) }
                // Every accusation a later denial may answer, whichever family read it ("filed a complaint against").
                if predicate == .accused, memory.accusations.last.map({ $0 != (s, source, target) }) ?? true {
                    memory.accusations.append((s, source, target))
                }
                sentenceRelations.insert(SentenceRelation(source: source, predicate: predicate, target: target))
                memory.found.append(
                    FoundRelation(
                        source: source, target: target, label: memory.label(predicate, rule: rule, role: role), sentence: s,
                        confidence: confidence))
            }
            /// Every pair of a coordinated group ("A, B and C signed"), until the sentence's
            /// bound is reached (a list of N names has N²/2 pairs).
            func emitPairs(_ group: [Int], _ predicate: Predicate, _ rule: String, confidence: Double) {
                for x in 0..<group.count {
                    for y in (x + 1)..<group.count {
                        if sentenceRelations.count >= Extractor.maxRelationsPerSentence { return }
                        emit(group[x], group[y], predicate, rule, confidence: confidence)
                    }
                }
            }
            func hedged(_ lo: Int, _ hi: Int) -> Double { self.hedged(lo, hi, from: a, to: b, tokens) }

            // The sentence's clauses, parsed once when a rule first asks (the verb patterns for a subject, the frames).
            var parsed: SentenceSyntax?
            func syntax() -> SentenceSyntax {
                if let parsed { return parsed }
                let syntax = clauseFinder.parse(a, b)
                parsed = syntax
                return syntax
            }

            // Verb and noun patterns.
            verbRules.run(
                matches: matches[s], sentenceMentions: sentenceMentions, sentence: s, from: a, to: b, syntax: syntax,
                emit: { source, target, predicate, rule, confidence in emit(source, target, predicate, rule, confidence: confidence) },
                emitPairs: { group, predicate, rule, confidence in emitPairs(group, predicate, rule, confidence: confidence) })
            // (The last sentence's verb rules have read the last matches: they go before its frames and syntax, 16
            // bytes a match at the peak of a sentence of ~600k relative clauses; issue 14.)
            if s == seg.sentences.count - 1 { matches = VerbMatches() }

            // "X called the launch 'a provocation'": blame of the event the text opens with.
            judgementRules.run(from: a, to: b, pronoun: resolvePronoun) { source, target, predicate, rule, confidence in
                emit(source, target, predicate, rule, confidence: confidence)
            }

            // "…, the Nation newspaper reported.": the outlet reports what the sentence's speaker said.
            attribution.reported(sentence: s, from: a, to: b) { source, target, predicate, rule, confidence in
                emit(source, target, predicate, rule, confidence: confidence)
            }

            // "with the help of X", "X, a major donor to Y".
            SupportRules(finder: self, ctx: ctx, mainCountry: mainCountry).run(from: a, to: b, pronoun: resolvePronoun) { source, target, predicate, rule, confidence in
                emit(source, target, predicate, rule, confidence: confidence)
            }

            // "… its treasurer, X, whom it accused of …": the antecedent is the accused.
            AccusedAntecedentRules(finder: self, ctx: ctx).run(from: a, to: b, pronoun: resolvePronoun) { source, target, predicate, rule, confidence in
                emit(source, target, predicate, rule, confidence: confidence)
            }

            // Clauses and noun groups through the lexicon's frames.
            // (32-bit ends and the rule's number in ``RelationMemory/names``: 24 bytes an accusation; with `Int`s and
            // the rule's `String`, 40, at the peak of a sentence of ~200k reported frames.)
            var frameAccusations: [(source: Int32, target: Int32, rule: Int32, confidence: Double)] = []
            // (A sentence with a quotation is read too: blame quoted in reported speech, ``FrameRules/reportedBlame(_:emit:)``.)
            if !lexicon.syntax.frames.isEmpty, lexicon.hasFrames(tokens, a..<b) || (a..<b).contains(where: { tokens[$0].kind == .quote }) {
                frameRules.run(syntax()) { source, target, predicate, rule, confidence, anchor in
                    // An accusation waits for the sentence's offices and organs (read below): a speaker does not accuse their own side.
                    if predicate == .accused {
                        frameAccusations.append(
                            (
                                Int32(truncatingIfNeeded: source), Int32(truncatingIfNeeded: target), memory.number(rule),
                                confidence * hedged(anchor - 3, anchor + 1)
                            ))
                        return
                    }
                    emit(source, target, predicate, rule, confidence: confidence * hedged(anchor - 3, anchor + 1))
                }
            }

            // Compounds: "Iran-backed militia", "Saudi-led coalition".
            CompoundRules(finder: self, ctx: ctx, lede: lede, mainCountry: mainCountry).run(from: a, to: b) { source, target, predicate, rule, confidence in
                emit(source, target, predicate, rule, confidence: confidence)
            }

            // Titles and appositions.
            TitleRules(finder: self, ctx: ctx, entityByName: entityByName, mainCountry: mainCountry, ministries: ministries, heads: heads).run(
                titles: sortedTitles[firstTitle..<nextTitle], sentence: s, from: a, to: b, pronoun: resolvePronoun,
                office: { person in memory.lastOffice[person].map { memory.found[$0].predicate } }
            ) { source, target, predicate, rule, confidence, role in
                emit(source, target, predicate, rule, confidence: confidence, role: role)
            }

            // Structure from adjacency.
            StructureRules(lexicon: lexicon, ctx: ctx, entityByName: entityByName, mainCountry: mainCountry, finder: self).run(mentions: sentenceMentions, from: a, to: b) {
                source, target, predicate, rule, confidence in
                emit(source, target, predicate, rule, confidence: confidence)
            }

            // The frames' accusations, but of the speaker's own side (as found so far, this sentence's offices
            // and organs included): the body they hold an office in, a body theirs belongs to or that belongs
            // to theirs, or their own organ ("Korvex chief executive X said the company had ignored …").
            for (source32, target32, ruleNumber, confidence) in frameAccusations {
                let source = Int(source32)
                let target = Int(target32)
                let rule = memory.names[Int(ruleNumber)]
                func ownSide(_ body: Int) -> Bool {
                    memory.organs.contains(OfficeKey(person: body, actor: target)) || memory.organs.contains(OfficeKey(person: target, actor: body))
                }
                if memory.holdsOffice(source, in: target) || ownSide(source) || (memory.officesByPerson[source]?.contains { $0 == target || ownSide($0) } ?? false) {
                    continue
                }
                emit(source, target, .accused, rule, confidence: confidence)
            }
        }
        return FoundRelations(list: memory.found, names: memory.names)
    }
}

/// A sentence's resolved mentions, in order, read as `Int`s from the 32-bit index they are a
/// slice of: no array of its own (an `[Int]` per sentence was 5.6 MB at the peak of a sentence of
/// 700k names).
struct MentionList: RandomAccessCollection, Sendable {
    private let indices32: ArraySlice<Int32>

    init(_ indices: ArraySlice<Int32>) { indices32 = indices }

    var startIndex: Int { 0 }
    var endIndex: Int { indices32.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }
    subscript(position: Int) -> Int {
        @inline(__always) get { Int(indices32[indices32.startIndex + position]) }
    }
}
