import NewsGraph

/// A relation read from one sentence, between resolved entities (by index).
/// A relation's ends and predicate, for counting a sentence's distinct relations.
struct SentenceRelation: Hashable {
    var source: Int
    var predicate: Predicate
    var target: Int
}

struct FoundRelation: Sendable, Hashable {
    var source: Int
    var target: Int
    var predicate: Predicate
    var rule: String
    var role: String?
    var sentence: Int
    var confidence: Double
}

/// Reads typed, directed relations between the resolved entities of a document: verb
/// and noun patterns (active and passive), compounds ("Iran-backed"), titles and
/// appositions, "of" chains, possessives, locatives, attribution, and a denial that
/// answers an accusation in an earlier sentence.
struct RelationFinder: Sendable {
    let lexicon: CompiledLexicon

    /// Words allowed between a title and the name before it ("Nowak, the former minister").
    static let titleGlue: Set<String> = [
        "the", "a", "an", "former", "outgoing", "then", "now", "its", "chief", "senior", "top", "deputy", "as", "next", "new", "acting",
        "interim", "'s",
    ]
    /// Verbs and adverbs of taking an office ("he became minister").
    static let titleBecoming: Set<String> = [
        "became", "becomes", "become", "was", "is", "served", "serves", "worked", "works", "later", "also", "named", "appointed",
    ]
    /// Relative days that may stand between a verb and its object ("met today the …").
    static let dayWords: Set<String> = ["today", "yesterday", "tonight"]
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "did", "does",
        "do", "also", "later", "then", "reportedly", "allegedly", "jointly", "formally", "officially", "not", "n't",
        "never", "already", "still", "just", "recently", "repeatedly", "publicly", "on", "last", "this", "week",
        "earlier", "today", "yesterday", "again", "previously", "once", "now", "is", "was", "were", "are", "be",
        "been", "being", "to", "both", "all", "unanimously", "each", "who", "which",
    ]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"]
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some", "several",
        "another", "other", "fellow", "former", "outgoing", "then", "new", "top", "senior",
    ]
    static let stopWords: Set<String> = [
        "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "that", "which", "who", "as",
        "after", "before", "while", "when", "if", "because", "than", "into", "over", "under", "about", "against",
        "during", "since", "until", "said", "says", "is", "was", "were", "are", "has", "have", "had", "will",
        "would", "could", "not",
    ]
    static let negations: Set<String> = [
        "withdrew", "withdraws", "withdrawn", "cancelled", "canceled", "rescinded", "revoked", "not", "never", "no", "n't", "neither",
        "nor", "cannot", "didn't", "won't", "doesn't", "don't", "isn't", "wasn't", "weren't", "hasn't", "haven't",
    ]
    static let compassWords: Set<String> = [
        "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "north", "south", "east", "west", "coastal", "rural",
    ]
    static let governmentNouns: Set<String> = [
        "regime", "government", "governments", "authorities", "administration", "leadership", "state", "people", "side", "delegation",
        // A state's instruments act for it: "Chinese ships rammed", "Indian tariffs", "Russian troops".
        "forces", "troops", "military", "army", "navy", "warships", "ships", "jets", "aircraft", "officials",
        "diplomats", "tariffs", "sanctions", "police", "coast", "border", "vessels", "boat", "boats", "warplanes", "drones",
        "artillery", "soldiers", "naval", "gunboats", "missiles", "militias", "intelligence", "spies",
        // what a state or group holds, struck for it: "air strikes on Houthi targets"
        "targets", "positions", "posts",
    ]
    static let placeNouns: Set<String> = ["region", "province", "city", "town", "village", "port", "capital", "district", "area", "state"]
    static let personPronouns: Set<String> = ["he", "she"]
    /// Nouns naming a company or body, for "X, the British price comparison site".
    static let bodyNouns: Set<String> = MentionFinder.companyNouns.union(["site", "utility"])
    /// "urged both sides", "invited both agencies": the kinds of the two parties each noun can name.
    static let partyNouns: [String: Set<EntityKind>] = [
        "sides": [.country, .organization], "parties": [.country, .organization], "governments": [.country], "countries": [.country],
        "nations": [.country], "neighbours": [.country], "neighbors": [.country], "states": [.country], "agencies": [.organization],
        "companies": [.organization], "firms": [.organization], "groups": [.organization], "organisations": [.organization],
        "organizations": [.organization], "unions": [.organization], "leaders": [.person], "men": [.person], "ministers": [.person],
    ]
    /// Events addressed to an actor, never to a place: a capital named in their place stands for a government.
    static let actorOnlyPredicates: Set<Predicate> = [
        .accused, .urged, .denied, .threatened, .metWith, .agreedWith, .invited, .notified, .ordered, .saidTo, .reported,
    ]
    /// Body nouns that name a state's organ rather than a company ("Japan's space agency JAXA").
    static let stateBodyNouns: Set<String> = ["agency", "broadcaster", "regulator", "watchdog", "authority", "utility"]
    /// Nouns naming a part of an organization: "the UN peacekeeping mission, MONUSCO".
    static let unitNouns: Set<String> = [
        "mission", "agency", "unit", "wing", "arm", "branch", "subsidiary", "division", "affiliate", "office", "watchdog", "regulator",
    ]
    /// Jobs done for a person: "his lawyer, Peter Wanjala".
    static let clientTitles: Set<String> = [
        "lawyer", "lawyers", "attorney", "attorneys", "aide", "adviser", "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson",
    ]
    /// Head words of company names.
    static let companyHeads: Set<String> = [
        "inc", "corp", "corporation", "company", "co", "ltd", "llc", "sa", "ag", "gmbh", "plc", "nv", "holdings", "pharma",
        "pharmaceuticals", "motors", "airlines", "airways", "petroleum", "telecom", "technologies", "industries", "aerospace",
        "terminals", "logistics", "shipping", "automotive", "chemicals", "semiconductor", "therapeutics", "biotech", "electronics",
        "steel", "mining", "shipbuilding", "shipyard", "dynamics",
    ]
    /// Capitalized words that belong to a title rather than a portfolio ("Director General").
    static let rankWords: Set<String> = ["director", "general", "deputy", "acting", "chief", "vice", "senior", "executive", "secretary"]
    /// Whether a word ends in "ing" (a gerund or participle), without Foundation.
    static func endsInIng(_ word: String) -> Bool {
        let utf8 = word.utf8
        return utf8.count > 4 && utf8.suffix(3).elementsEqual("ing".utf8)
    }
    static let attackNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "bombing", "bombings", "shelling", "assault", "raid", "raids", "killing", "killings",
        "airstrike", "airstrikes", "massacre", "massacres", "ambush", "invasion", "storming", "incursion",
    ]
    /// Fighters named after their group: "Houthi rebels in Yemen".
    static let fighterNouns: Set<String> = ["rebels", "militants", "insurgents", "fighters", "separatists", "jihadists", "guerrillas"]
    static let currencySigns: Set<String> = ["$", "€", "£", "¥", "US$"]
    static let amountWords: Set<String> = [
        "million", "billion", "trillion", "percent", "euro", "euros", "dollar", "dollars", "pound", "pounds", "yuan", "yen",
    ]

    /// A value per token position (mention or title starting or ending there): an array,
    /// read like the dictionary it replaces (`nil` outside the text).
    /// Four bytes per token (the slot of the value in `items`, -1 for none): an array of
    /// optionals took 16 bytes per token for an `Int` and 40 for a `TitleCandidate`, the
    /// largest allocation when extracting one long document.
    struct TokenMap<Value> {
        private var slots: [Int32]
        private var items: [Value] = []
        init(count: Int) { slots = Array(repeating: -1, count: count + 1) }
        subscript(position: Int) -> Value? {
            get {
                guard position >= 0 && position < slots.count else { return nil }
                let slot = slots[position]
                return slot >= 0 ? items[Int(slot)] : nil
            }
            set {
                let slot = slots[position]
                if let newValue {
                    if slot >= 0 {
                        items[Int(slot)] = newValue
                    } else {
                        slots[position] = Int32(items.count)
                        items.append(newValue)
                    }
                } else {
                    slots[position] = -1
                }
            }
        }
    }

    final class Context {
        let seg: Segmentation
        let mentions: [MentionCandidate]
        let owner: [Int]
        let entities: [ResolvedEntity]
        var mentionByStart: TokenMap<Int>
        var mentionByEnd: TokenMap<Int>
        var titleByStart: TokenMap<TitleCandidate>
        var titleByEnd: TokenMap<TitleCandidate>
        var personMentionsBefore: [Int] = []  // token start of each person mention (sorted), parallel to entity
        var personMentionEntity: [Int] = []
        /// Per entity, whether its name ends in a company's head word ("Halvorsen Pharma"), for "the company".
        var isCompany: [Bool] = []
        var tokens: [Token] { seg.tokens }

        /// Words after which a named person is not a candidate for "he"/"she" ("a letter to Smith").
        static let pronounBlockers: Set<String> = ["of", "to", "with", "by", "for", "from", "at", "in", "on", "against"]

        init(seg: Segmentation, mentions: [MentionCandidate], owner: [Int], entities: [ResolvedEntity], titles: [TitleCandidate]) {
            self.seg = seg
            self.mentions = mentions
            self.owner = owner
            self.entities = entities
            mentionByStart = TokenMap(count: seg.tokens.count)
            mentionByEnd = TokenMap(count: seg.tokens.count)
            titleByStart = TokenMap(count: seg.tokens.count)
            titleByEnd = TokenMap(count: seg.tokens.count)
            for (index, m) in mentions.enumerated() where owner[index] >= 0 {
                if let existing = mentionByStart[m.start], mentions[existing].end >= m.end {} else { mentionByStart[m.start] = index }
                if let existing = mentionByEnd[m.end], mentions[existing].start <= m.start {} else { mentionByEnd[m.end] = index }
                // Candidates for "he"/"she": people named outside quotations, not after a preposition.
                if entities[owner[index]].kind == .person, !seg.tokens[m.start].inQuote,
                    m.start == 0 || !Self.pronounBlockers.contains(seg.tokens[m.start - 1].norm)
                {
                    personMentionsBefore.append(m.start)
                    personMentionEntity.append(owner[index])
                }
            }
            for title in titles {
                titleByStart[title.start] = title
                titleByEnd[title.end] = title
            }
            isCompany = entities.map { entity in
                guard entity.kind == .organization, let last = entity.name.split(separator: " ").last else { return false }
                return RelationFinder.companyHeads.contains(String(last.lowercased().filter { $0 != "." }))
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
        func kind(_ mention: Int) -> EntityKind { entities[owner[mention]].kind }

        /// The most recent person other than `excluded` mentioned before token `position`
        /// (a few mentions back at most).
        func lastPerson(before position: Int, other excluded: Int) -> Int? {
            let low = countBelow(position, personMentionsBefore.count) { personMentionsBefore[$0] }
            var index = low - 1
            while index >= 0, index >= low - 6 {
                if personMentionEntity[index] != excluded { return personMentionEntity[index] }
                index -= 1
            }
            return nil
        }

        /// The most recent person mentioned before token `position`.
        func lastPerson(before position: Int) -> Int? {
            let below = countBelow(position, personMentionsBefore.count) { personMentionsBefore[$0] }
            return below > 0 ? personMentionEntity[below - 1] : nil
        }
    }

    enum Subject { case entity(Int), speaker, none }

    struct OfficeKey: Hashable { var person: Int; var actor: Int }

    func find(
        seg: Segmentation, mentions: [MentionCandidate], owner: [Int], entities: [ResolvedEntity], titles: [TitleCandidate]
    ) -> [FoundRelation] {
        let ctx = Context(seg: seg, mentions: mentions, owner: owner, entities: entities, titles: titles)
        let clauseFinder = ClauseFinder(ctx: ctx, lexicon: lexicon)
        let frameRules = FrameRules(lexicon: lexicon, ctx: ctx)
        let tokens = seg.tokens
        var found: [FoundRelation] = []
        var speakers = Array(repeating: Int?.none, count: seg.sentences.count)
        var accusations: [(sentence: Int, accuser: Int, accused: Int)] = []
        var offices: Set<OfficeKey> = []
        // Per person, the last `leads` or `role_in` relation found (its index in `found`).
        var lastOffice: [Int: Int] = [:]
        // The first entity of each name.
        var entityByName: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where entityByName[entity.name] == nil { entityByName[entity.name] = index }
        // `found` and `accusations` grow in sentence order: the look-backs below read only the
        // last few sentences' entries, not the whole document's (quadratic on a long document).
        func lastFound(since sentence: Int, where matches: (FoundRelation) -> Bool) -> FoundRelation? {
            var k = found.count - 1
            while k >= 0, found[k].sentence >= sentence {
                if matches(found[k]) { return found[k] }
                k -= 1
            }
            return nil
        }
        func recentAccusations(since sentence: Int) -> Int {
            var k = accusations.count
            while k > 0, accusations[k - 1].sentence >= sentence { k -= 1 }
            return k
        }
        var organs: Set<OfficeKey> = []
        // Mentions and titles by sentence, so that each sentence's rules see only its own.
        var mentionsBySentence = Array(repeating: [Int](), count: seg.sentences.count)
        for (index, m) in mentions.enumerated() where owner[index] >= 0 { mentionsBySentence[m.sentence].append(index) }
        var titlesBySentence = Array(repeating: [TitleCandidate](), count: seg.sentences.count)
        for title in titles { titlesBySentence[title.sentence].append(title) }

        // Verb matches per sentence, computed once.
        var matches: [[(start: Int, end: Int, pattern: Int)]] = []
        for sentence in seg.sentences {
            var list: [(Int, Int, Int)] = []
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                if tokens[i].kind == .word, let candidates = lexicon.verbs(startingWith: tokens[i]) {
                    var found: [(Int, Int, Int)] = []
                    for p in candidates {
                        if let end = match(lexicon.verbWords[p], tokens, i, sentence.tokens.upperBound) {
                            found.append((i, end, p))
                        }
                    }
                    lexicon.preferred(&found)
                    list += found
                }
                i += 1
            }
            matches.append(list)
        }

        func resolvePronoun(_ position: Int) -> Int? { ctx.lastPerson(before: position) }
        // The country a text is mostly about, for offices named without one ("President X").
        var countryMentions: [Int: Int] = [:]
        for (index, m) in mentions.enumerated() where owner[index] >= 0 && entities[owner[index]].kind == .country {
            countryMentions[owner[index], default: 0] += m.isAdjective ? 1 : 2
        }
        // The country a text names most often is the one it is about.
        // A dateline ("LONDON —") names the home country when the lexicon knows where the city is;
        // otherwise the country named most often.
        let datelineCountry: Int? = {
            guard let first = mentions.indices.first(where: { owner[$0] >= 0 }), mentions[first].sentence == 0,
                // A place: a known person's country (the 4th lexicon field) is not a dateline.
                let actor = mentions[first].actor, [.location, .facility].contains(lexicon.actors[actor].kind),
                let within = lexicon.actors[actor].within,
                mentions[first].end < seg.tokens.count,
                seg.tokens[mentions[first].start].isAllCaps,
                seg.tokens[mentions[first].end].kind == .dash || seg.tokens[mentions[first].end].text == ","
            else { return nil }
            return entities.firstIndex { $0.name == within }
        }()
        let mainCountry = datelineCountry ?? countryMentions.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key

        // Pass 1: speakers (subjects of speech verbs), so that "we" in a quotation and
        // "according to" know who speaks.
        for (s, sentence) in seg.sentences.enumerated() {
            let a = sentence.tokens.lowerBound
            let b = sentence.tokens.upperBound
            for (start, end, p) in matches[s] where !lexicon.verbFlags[p].isDisjoint(with: [.speech, .speakerOnly]) {
                guard !tokens[start].inQuote else { continue }
                var speaker: Int?
                switch subject(ctx, before: start, from: a, pronoun: resolvePronoun) {
                case .entity(let e): speaker = e
                default:
                    // "…,” said Maj. Gen. Bradford Gering"
                    if start > a, tokens[start - 1].kind == .quote || tokens[start - 1].text == "," {
                        speaker = object(ctx, after: end, to: b, skipLimit: 1).flatMap { ctx.entities[$0].kind == .person ? $0 : nil }
                    }
                }
                if let speaker, ctx.entities[speaker].kind == .person || ctx.entities[speaker].kind == .organization {
                    speakers[s] = speaker

                    break
                }
            }
        }
        // A quotation spread over several sentences is spoken by the next named speaker.
        for s in stride(from: seg.sentences.count - 2, through: 0, by: -1) where speakers[s] == nil {
            let first = seg.sentences[s].tokens.lowerBound
            if tokens[first].inQuote || tokens[first].kind == .quote { speakers[s] = speakers[s + 1] }
        }

        for (s, sentence) in seg.sentences.enumerated() {
            let a = sentence.tokens.lowerBound
            let b = sentence.tokens.upperBound
            // The distinct relations this sentence has given, at most `maxRelationsPerSentence`.
            var sentenceRelations: Set<SentenceRelation> = []
            func emit(_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, confidence: Double, role: String? = nil) {
                guard let source, let target, source != target else { return }
                if sentenceRelations.count >= Extractor.maxRelationsPerSentence,
                    !sentenceRelations.contains(SentenceRelation(source: source, predicate: predicate, target: target))
                {
                    return
                }
                // Capitals standing in for governments ("Beijing has denied", "urged Tokyo and Canberra") carry no events.
                if predicate != .locatedIn, ctx.entities[source].kind == .location || ctx.entities[source].kind == .facility { return }
                if Self.actorOnlyPredicates.contains(predicate),
                    ctx.entities[target].kind == .location || ctx.entities[target].kind == .facility
                {
                    return
                }
                if predicate == .leads || predicate == .roleIn {
                    offices.insert(OfficeKey(person: source, actor: target))
                    lastOffice[source] = found.count
                }
                if predicate == .memberOf { organs.insert(OfficeKey(person: source, actor: target)) }
                sentenceRelations.insert(SentenceRelation(source: source, predicate: predicate, target: target))
                found.append(
                    FoundRelation(
                        source: source, target: target, predicate: predicate, rule: rule, role: role, sentence: s, confidence: confidence))
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
            func hedged(_ lo: Int, _ hi: Int) -> Double {
                var factor = 1.0
                for k in max(a, lo)..<min(b, hi) {
                    let t = tokens[k]
                    guard t.kind == .word, t.isLowerInitial else { continue }
                    if lexicon.lexicon.hedges.contains(t.norm) { factor = min(factor, 0.6) }
                }
                for k in max(a, lo - 3)..<min(b, lo + 3) where Self.negations.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("n't") {
                    factor = min(factor, 0.3)
                }
                return factor
            }
            func subjectEntity(_ before: Int) -> Int? {
                switch subject(ctx, before: before, from: a, pronoun: resolvePronoun) {
                case .entity(let e): return e
                case .speaker: return speakers[s]
                case .none: return nil
                }
            }

            // Verb and noun patterns.
            var coveredUntil = a
            var lastSubjectInSentence: Int?
            func holdsOffice(_ person: Int, in actor: Int) -> Bool {
                offices.contains(OfficeKey(person: person, actor: actor))
            }
            for (start, end, p) in matches[s].sorted(by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }) {
                let flags = lexicon.verbFlags[p]
                if start < coveredUntil && !flags.contains(.mutual) { continue }
                let predicate = lexicon.verbPredicates[p]
                let rule = lexicon.verbRules[p]
                lazy var confidence = (flags.contains(.noun) ? 0.7 : 0.8) * hedged(start - 3, end + 1)
                if start > a, !flags.contains(.denial), Self.endsInIng(tokens[start].norm),
                    matches[s].contains(where: { $0.end == start && lexicon.verbFlags[$0.pattern].contains(.denial) })
                {
                    continue
                }
                if flags.contains(.speakerOnly) {
                    // "Kairidis said … and accused …": the speaker is the subject of what follows "and".
                    if let subject = subjectEntity(start) { lastSubjectInSentence = subject }
                    continue
                }
                if flags.contains(.speech) {
                    // The subject of "told" itself ("X said its chairman, Y, told Z"), else the sentence's speaker.
                    let direct = subjectEntity(start).flatMap { [.person, .organization].contains(ctx.entities[$0].kind) ? $0 : nil }
                    if predicate == .saidTo, let speaker = direct ?? speakers[s],
                        let target = object(ctx, after: end, to: b, skipLimit: 2),
                        [.organization, .person].contains(ctx.entities[target].kind), !tokens[start].inQuote
                    {
                        emit(speaker, target, predicate, "verb:told", confidence: 0.8)
                    }
                    continue
                }
                if flags.contains(.attribution) {
                    if let outlet = object(ctx, after: end, to: b, skipLimit: 1) {
                        // The speaker of this sentence, or of a quotation just before it.
                        let speaker = speakers[s] ?? (s > 0 && tokens[a].kind == .quote ? speakers[s - 1] : nil)
                        emit(outlet, speaker, predicate, "attribution", confidence: 0.9)
                    }
                    continue
                }
                if flags.contains(.noun), flags.contains(.mutual) {
                    // "talks between Russia and Ukraine", "clashes between the army and the RSF".
                    if let first = objectMention(ctx, after: end, to: b, skipLimit: 1) {
                        var q = ctx.mentions[first].end
                        if q < b, tokens[q].norm == "'s" {
                            q += 1
                            while q < b, q < ctx.mentions[first].end + 4, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm)
                            { q += 1 }
                        }
                        if q + 1 < b, tokens[q].norm == "and", let second = object(ctx, after: q + 1, to: b, skipLimit: 1),
                            second != ctx.entity(first), (ctx.entities[second].kind == .person) == (ctx.kind(first) == .person)
                        {
                            emit(ctx.entity(first), second, predicate, rule + ":between", confidence: confidence)
                            coveredUntil = end
                        }
                    }
                    continue
                }
                if flags.contains(.noun) {
                    var agent = nounAgent(ctx, before: start, from: a)
                    let patient = object(ctx, after: end, to: b, skipLimit: 3)
                    if agent == nil { agent = byAgent(ctx, after: end, to: b) }
                    if agent == nil {
                        // "Esper tweeted a warning to Iran": the subject of the verb before the noun.
                        var p = start - 1
                        while p > a,
                            Self.determiners.contains(tokens[p].norm) || tokens[p].kind == .number
                                || Self.amountWords.contains(tokens[p].norm) || Self.currencySigns.contains(tokens[p].text)
                        {
                            p -= 1
                        }
                        // "held separate talks with": one adjective between the verb and the noun.
                        if p > a + 1, p == start - 1, tokens[p].isLowerInitial,
                            tokens[p].norm.hasSuffix("e") || tokens[p].norm.hasSuffix("al"),
                            !Self.stopWords.contains(tokens[p].norm), tokens[p - 1].isLowerInitial,
                            !Self.stopWords.contains(tokens[p - 1].norm)
                        {
                            p -= 1
                        }
                        // "approved $300 million in emergency financing for": an amount "in" the noun.
                        var r = p
                        if r > a + 2, r >= start - 2, tokens[r].isLowerInitial, !Self.stopWords.contains(tokens[r].norm), r < start {
                            r -= 1
                        }
                        if r > a + 2, tokens[r].norm == "in", Self.amountWords.contains(tokens[r - 1].norm) || tokens[r - 1].kind == .number
                        {
                            r -= 1
                            while r > a,
                                tokens[r].kind == .number || Self.amountWords.contains(tokens[r].norm)
                                    || Self.currencySigns.contains(tokens[r].text)
                                    || Self.determiners.contains(tokens[r].norm)
                            {
                                r -= 1
                            }
                            p = r
                        }
                        if p > a + 1, tokens[p].norm == "as" || tokens[p].norm == "in" || tokens[p].norm == "during" { p -= 1 }
                        // "spoke on Monday in an interview with …"
                        while p > a + 1,
                            lexicon.isWord(tokens[p], .timeWord) && tokens[p].isCapitalized && tokens[p - 1].norm == "on"
                        {
                            p -= 2
                        }
                        if p > a, p < start - 1, tokens[p].kind == .word, tokens[p].isLowerInitial,
                            !Self.stopWords.contains(tokens[p].norm)
                        {
                            agent = subjectEntity(p)
                            // "… and held talks with": the subject of the sentence's earlier verb.
                            if agent == nil, p - 1 >= a, tokens[p - 1].norm == "and" { agent = lastSubjectInSentence }
                        }
                    }
                    if agent == nil, flags.contains(.noun), let lastSubject = lastSubjectInSentence {
                        // "ADF fighters killed 23 villagers in an overnight attack on Mangina": the clause's subject.
                        var q = start - 1
                        while q > a, q >= start - 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm),
                            !Self.determiners.contains(tokens[q].norm)
                        {
                            q -= 1
                        }
                        while q > a, Self.determiners.contains(tokens[q].norm) { q -= 1 }
                        if q > a, ["in", "during"].contains(tokens[q].norm), tokens[q - 1].kind == .word || tokens[q - 1].kind == .number {
                            agent = lastSubject
                        }
                    }
                    // "Egypt said that talks with Ethiopia had failed": the speaker took part.
                    if agent == nil, predicate == .metWith, start > a, tokens[start - 1].norm == "that", let speaker = speakers[s] {
                        agent = speaker
                    }
                    if agent == nil, predicate == .metWith, start > a + 2,
                        ["during", "at", "after", "in"].contains(tokens[start - 1].norm)
                            || ["during", "at", "after", "in"].contains(tokens[start - 2].norm),
                        let first = mentionsBySentence[s].first, ctx.mentions[first].start < start,
                        (a..<ctx.mentions[first].start).allSatisfy({
                            tokens[$0].isCapitalized || ctx.titleByStart[$0] != nil || tokens[$0].kind == .dash
                        }),
                        ctx.mentions[first].end < b, let lead = ctx.mentionByStart[ctx.mentions[first].start].map({ _ in first })
                    {
                        // "Mattis highlighted … during a meeting with Y": the sentence's subject, over its title.
                        var leadMention = lead
                        if let title = ctx.titleByStart[ctx.mentions[lead].end], let holder = ctx.mentionByStart[title.end] {
                            leadMention = holder
                        }
                        if !ctx.mentions[leadMention].isAdjective { agent = ctx.entity(leadMention) }
                    }
                    if agent == nil, let head = appositionHead(ctx, before: start, from: a) {
                        // "TNK, a Swiss-based unit of Rosneft"
                        agent = head
                    }
                    if agent == nil, start > a, tokens[start - 1].norm == "in", let patient,
                        let patientEnd = objectEnd(ctx, after: end, to: b)
                    {
                        // "In coordination with X, Y conducted …"
                        var q = patientEnd
                        while q < b, tokens[q].text != "," { q += 1 }
                        if q + 1 < b, let m = ctx.mentionByStart[q + 1] ?? (tokens[q + 1].norm == "the" ? ctx.mentionByStart[q + 2] : nil),
                            ctx.entity(m) != patient
                        {
                            agent = ctx.entity(m)
                        }
                    }
                    if flags.contains(.placeObject), let patient, ![.location, .country, .facility].contains(ctx.entities[patient].kind) {
                        continue
                    }
                    // "claimed the attack on its Amaq news agency": "on its …" names the agent's own outlet, not a target.
                    if predicate == .attacked, end < b, ["its", "their"].contains(tokens[end].norm) { continue }
                    var nounPredicate = predicate
                    if predicate == .memberOf, let agent, ctx.entities[agent].kind == .person { nounPredicate = .roleIn }
                    emit(agent, patient, nounPredicate, rule, confidence: confidence)
                    // "filed a lawsuit against X": an accusation X may answer.
                    if nounPredicate == .accused, let agent, let patient, agent != patient { accusations.append((s, agent, patient)) }
                    if agent != nil && patient != nil { coveredUntil = end }
                    continue
                }
                // Passive: "was killed … by/attributed to X", "led by X".
                var aux = start - 1
                while aux >= a, Self.auxiliaries.contains(tokens[aux].norm), !Self.passiveAuxiliaries.contains(tokens[aux].norm) {
                    aux -= 1
                }
                let hasAux = aux >= a && Self.passiveAuxiliaries.contains(tokens[aux].norm)
                let participle =
                    tokens[end - 1].norm.hasSuffix("ed")
                    || ["led", "held", "run", "struck", "hit", "sent", "met", "told"].contains(tokens[end - 1].norm)
                if (hasAux && participle) || (end < b && tokens[end].norm == "by" && participle) {
                    if flags.contains(.mutual) {
                        // "The deal was signed by A and B"
                        if let by = (end..<min(b, end + 8)).first(where: { tokens[$0].norm == "by" }) {
                            emitPairs(coordinatedAfter(ctx, by + 1, to: b), predicate, rule + ":passive-mutual", confidence: confidence)
                        } else if predicate.isSymmetric, hasAux {
                            // "The United States and Poland are partnered": a state, not a passive.
                            let group = coordinated(ctx, before: start, from: a, pronoun: resolvePronoun)
                            if group.count >= 2 { emitPairs(group, predicate, rule + ":mutual", confidence: confidence) }
                        }
                        continue
                    }
                    guard let agent = byAgent(ctx, after: end, to: b) else { continue }
                    var patient: Int?
                    if hasAux {
                        patient = subjectEntity(aux)
                    } else {
                        patient = nearestLeft(ctx, before: start, from: a)
                    }
                    if predicate == .killed, let patient, ctx.entities[patient].kind != .person { continue }
                    if flags.contains(.reverse) {
                        // "Konkola Copper Mines, owned by Vedanta Resources": a company is part of a company, not of a person.
                        if predicate == .memberOf, ctx.entities[agent].kind == .person { continue }
                        emit(patient, agent, predicate, rule + ":passive", confidence: confidence)
                    } else {
                        emit(agent, patient, predicate, rule + ":passive", confidence: confidence)
                    }
                    continue
                }
                // Coordinated subjects: "A, B and C signed".
                if flags.contains(.mutual) {
                    let group = coordinated(ctx, before: start, from: a, pronoun: resolvePronoun)
                    if group.count >= 2 { emitPairs(group, predicate, rule + ":mutual", confidence: confidence) }
                    continue
                }
                var subjectFound = subjectEntity(start)
                if subjectFound == nil, start > a, tokens[start - 1].norm == "and" || tokens[start - 1].norm == "but" {
                    subjectFound = lastSubjectInSentence
                    // "Netanyahu thanked Qatar but accused Hamas": the subject of the first verb, when no pattern matched it.
                    var q = start - 2
                    while subjectFound == nil, q > a, q > start - 12, tokens[q].text != ",", tokens[q].kind != .quote {
                        if tokens[q].kind == .word, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm),
                            ctx.mentionByEnd[q] != nil
                        {
                            subjectFound = subjectEntity(q)
                            break
                        }
                        q -= 1
                    }
                }
                // "X criticised the plan, accusing Y of …": a participle clause shares the main clause's subject.
                if subjectFound == nil, start > a, tokens[start - 1].text == ",", Self.endsInIng(tokens[start].norm) {
                    subjectFound = lastSubjectInSentence
                }
                if subjectFound == nil, start > a, tokens[start - 1].text == "," { subjectFound = nearestLeft(ctx, before: start, from: a) }
                guard let subject = subjectFound else { continue }
                lastSubjectInSentence = subject
                // "Germany and Italy urged …": the other coordinated subject acts too.
                var coSubjects: [Int] = []
                let subjectMention: Int? = {
                    guard var index = ctx.mentionIndex(before: start) else { return nil }
                    let stop = index - 10
                    while index >= 0, index > stop {
                        if ctx.mentions[index].end <= start, ctx.owner[index] == subject, ctx.mentions[index].sentence == s { return index }
                        index -= 1
                    }
                    return nil
                }()
                if let m = subjectMention,
                    ctx.mentions[m].start >= 2, tokens[ctx.mentions[m].start - 1].norm == "and",
                    let other = ctx.mentionByEnd[ctx.mentions[m].start - 1], ctx.kind(other) == ctx.entities[subject].kind,
                    !ctx.mentions[other].isAdjective, ctx.entity(other) != subject
                {
                    coSubjects.append(ctx.entity(other))
                }
                var objectMention = objectMention(ctx, after: end, to: b, skipLimit: 3)
                if objectMention == nil, predicate == .attacked {
                    // "struck suspected hideouts of the Pakistani Taliban": the owner of what was hit.
                    var q = end
                    while q < b, q < end + 4,
                        Self.determiners.contains(tokens[q].norm) || (tokens[q].isLowerInitial && !Self.stopWords.contains(tokens[q].norm))
                    {
                        q += 1
                    }
                    if q > end, q + 1 < b, tokens[q].norm == "of" {
                        objectMention = self.objectMention(ctx, after: q + 1, to: b, skipLimit: 0)
                    }
                }
                if let objectMention, predicate.category == .structural, ctx.mentions[objectMention].end < b {
                    // "leads a NATO battle group": the name only qualifies an unnamed thing.
                    // ("heads the PASTEF party": the organization's own head noun.)
                    let next = tokens[ctx.mentions[objectMention].end]
                    if next.kind == .word, next.isLowerInitial, !Self.stopWords.contains(next.norm),
                        !Self.auxiliaries.contains(next.norm), !Self.determiners.contains(next.norm),
                        !(lexicon.headKind(next) == .organization && ctx.kind(objectMention) == .organization)
                    {
                        continue
                    }
                }
                var pronounTarget: Int?
                if objectMention == nil, end < b {
                    // "urged him to …": the person named last (not the subject).
                    let hasNext = end + 1 < b
                    let isObjectPronoun =
                        tokens[end].norm == "him"
                        || (tokens[end].norm == "her"
                            && (!hasNext || tokens[end + 1].kind != .word || Self.stopWords.contains(tokens[end + 1].norm)))
                    // "Albanese, who hosted him": the person named before the subject.
                    if isObjectPronoun, let person = ctx.lastPerson(before: end, other: subject) { pronounTarget = person }
                    // "accused it of …", "urged it to …": the organization named last.
                    if tokens[end].norm == "it", hasNext, tokens[end + 1].norm == "of" || tokens[end + 1].norm == "to",
                        predicate.category == .event,
                        var index = ctx.mentionIndex(before: end)
                    {
                        let stop = index - 8
                        while index >= 0, index > stop {
                            if ctx.owner[index] >= 0, ctx.kind(index) == .organization, ctx.entity(index) != subject,
                                !ctx.mentions[index].isAdjective
                            {
                                pronounTarget = ctx.entity(index)
                                break
                            }
                            index -= 1
                        }
                    }
                    // "urged both sides", "called on both governments": the two parties of the latest event.
                    if pronounTarget == nil, predicate.category == .event, end + 1 < b,
                        tokens[end].norm == "both" || (tokens[end].norm == "the" && tokens[end + 1].norm == "two"),
                        let noun = Optional(tokens[end].norm == "both" ? tokens[end + 1].norm : (end + 2 < b ? tokens[end + 2].norm : "")),
                        let kinds = Self.partyNouns[noun]
                    {
                        if let last = lastFound(
                            since: s - 6,
                            where: { r in
                                r.predicate.category == .event && r.predicate != .saidTo
                                    && [r.source, r.target].allSatisfy { e in kinds.contains(ctx.entities[e].kind) }
                                    && r.source != subject && r.target != subject
                            })
                        {
                            emit(subject, last.source, predicate, rule + ":both", confidence: confidence * 0.8)
                            emit(subject, last.target, predicate, rule + ":both", confidence: confidence * 0.8)
                            coveredUntil = end
                            continue
                        }
                    }
                    // "urged them to reach a settlement": the two parties of the event just before.
                    if pronounTarget == nil, predicate.category == .event, tokens[end].norm == "them",
                        let last = lastFound(
                            since: s - 2,
                            where: { r in
                                r.predicate.category == .event && r.predicate != .saidTo
                                    && [r.source, r.target].allSatisfy { [.country, .organization].contains(ctx.entities[$0].kind) }
                            }), last.source != subject, last.target != subject
                    {
                        emit(subject, last.source, predicate, rule + ":them", confidence: confidence * 0.7)
                        emit(subject, last.target, predicate, rule + ":them", confidence: confidence * 0.7)
                        coveredUntil = end
                        continue
                    }
                    // "The United States condemned the attack": the attacker named last.
                    if pronounTarget == nil, predicate == .accused, end + 1 < b, tokens[end].norm == "the",
                        Self.attackNouns.contains(tokens[end + 1].norm),
                        let attack = lastFound(since: s - 5, where: { $0.predicate == .attacked || $0.predicate == .killed }),
                        attack.source != subject, attack.target != subject
                    {
                        pronounTarget = attack.source
                    }
                    // "accused the government of …": the country the text is about.
                    // ("accused the army of …", "urged the health ministry to …")
                    var stateNoun = end + 1
                    if stateNoun + 1 < b, tokens[stateNoun].isLowerInitial, !Self.stopWords.contains(tokens[stateNoun].norm),
                        ["ministry", "government", "forces", "services"].contains(tokens[stateNoun + 1].norm)
                    {
                        stateNoun += 1
                    }
                    let nounEnd = stateNoun + 1
                    if pronounTarget == nil, predicate.category == .event, stateNoun < b, tokens[end].norm == "the",
                        ["government", "regime", "authorities", "army", "military", "ministry", "police", "forces", "services"].contains(
                            tokens[stateNoun].norm),
                        nounEnd >= b || !tokens[nounEnd].isCapitalized, let mainCountry, mainCountry != subject,
                        !holdsOffice(subject, in: mainCountry)
                    {
                        pronounTarget = mainCountry
                    }
                    // "The Orange Democratic Movement, which Odinga leads": the relative clause's antecedent.
                    if pronounTarget == nil, let m = subjectMention,
                        ctx.mentions[m].end == start || Self.auxiliaries.contains(tokens[ctx.mentions[m].end].norm)
                    {
                        var q = ctx.mentions[m].start - 1
                        if q > a, tokens[q].norm == "the" { q -= 1 }
                        if q > a + 1, tokens[q].norm == "which" || tokens[q].norm == "whom", tokens[q - 1].text == ",",
                            let antecedent = ctx.mentionByEnd[q - 1], ctx.entity(antecedent) != subject
                        {
                            pronounTarget = ctx.entity(antecedent)
                        }
                    }
                }
                guard var target = objectMention.map({ ctx.entity($0) }) ?? pronounTarget else {
                    if predicate == .accused { accusations.append((s, subject, -1)) }
                    if flags.contains(.denial) {
                        func answered(within window: Int) -> (sentence: Int, accuser: Int, accused: Int)? {
                            let recent = accusations[recentAccusations(since: s - window)...].filter { $0.accuser != subject }
                            // "India's Commerce Ministry rejected …", "the Russian Foreign Ministry denied …": an organ of the accused.
                            func namesOrganOf(_ accused: Int) -> Bool {
                                guard let m = subjectMention else { return false }
                                let mention = ctx.mentions[m]
                                if let parent = mention.partOf, ctx.owner[parent] >= 0, ctx.entity(parent) == accused { return true }
                                return mention.start >= a + 2 && tokens[mention.start - 1].norm == "'s"
                                    && ctx.mentionByEnd[mention.start - 1].map { ctx.entity($0) == accused } == true
                            }
                            return recent.last(where: {
                                $0.accused == subject
                                    || ($0.accused >= 0
                                        && (holdsOffice(subject, in: $0.accused)
                                            || organs.contains(OfficeKey(person: subject, actor: $0.accused))
                                            || namesOrganOf($0.accused)))
                            })
                                ?? recent.last(where: { $0.accused < 0 })
                        }
                        // The last two sentences first, then one more ("…, denied any role" after a paragraph of detail).
                        if let accusation = answered(within: 2) ?? answered(within: 3) {
                            emit(
                                subject, accusation.accuser, predicate, "denial-of-accusation", confidence: 0.7 * hedged(start - 3, end + 1)
                            )
                        }
                    }
                    continue
                }
                if flags.contains(.placeObject), ![.location, .country, .facility].contains(ctx.entities[target].kind) { continue }
                if predicate == .killed, ctx.entities[target].kind != .person { continue }
                if flags.contains(.denial), ctx.entities[target].kind == .person || ctx.entities[target].kind == .country {
                    if let accuser = accusations[recentAccusations(since: s - 2)...].last(where: { $0.accused == subject })?.accuser {
                        target = accuser
                    } else if ctx.entities[target].kind == .person, let objectMention,
                        ctx.mentions[objectMention].end >= b || tokens[ctx.mentions[objectMention].end].norm != "'s"
                    {
                        // "dismissed Finance Minister X": a person is dismissed, not a claim.
                        continue
                    }
                }
                if predicate == .accused { accusations.append((s, subject, target)) }
                var finalPredicate = predicate
                // "McCarthy joined Lockheed Martin": a person holds a job; a state or unit is a member.
                if predicate == .memberOf, ctx.entities[subject].kind == .person { finalPredicate = .roleIn }
                if predicate == .roleIn, ctx.entities[subject].kind != .person { finalPredicate = .memberOf }
                if flags.contains(.reverse) {
                    // "Tata Group, which owns Jaguar Land Rover"
                    if !(predicate == .memberOf && ctx.entities[subject].kind == .person) {
                        emit(target, subject, predicate, rule, confidence: confidence)
                    }
                    coveredUntil = end
                    continue
                }
                emit(subject, target, finalPredicate, rule, confidence: confidence)
                // "urged Sudan's army and the paramilitary Rapid Support Forces": a coordinated second object.
                if let objectMention, predicate.category == .event {
                    var q = ctx.mentions[objectMention].end
                    if q < b, tokens[q].norm == "'s" {
                        q += 1
                        while q < b, q < ctx.mentions[objectMention].end + 4, tokens[q].isLowerInitial,
                            !Self.stopWords.contains(tokens[q].norm)
                        { q += 1 }
                    }
                    if q + 1 < b, tokens[q].norm == "and",
                        Self.determiners.contains(tokens[q + 1].norm) || tokens[q + 1].isCapitalized,
                        let second = object(ctx, after: q + 1, to: b, skipLimit: 1), second != subject, second != target,
                        (ctx.entities[second].kind == .person) == (ctx.entities[target].kind == .person)
                    {
                        emit(subject, second, finalPredicate, rule + ":second-object", confidence: confidence * 0.9)
                        if predicate == .accused { accusations.append((s, subject, second)) }
                    }
                }
                for other in coSubjects where !predicate.isSymmetric {
                    emit(other, target, finalPredicate, rule + ":coordinated", confidence: confidence * 0.9)
                    if predicate == .accused { accusations.append((s, other, target)) }
                }
                // "accused Rwanda of backing the M23": the alleged act, as an allegation.
                if predicate == .accused, let objectMention, ctx.mentions[objectMention].end + 1 < b,
                    tokens[ctx.mentions[objectMention].end].norm == "of"
                {
                    let gerund = ctx.mentions[objectMention].end + 1
                    if let (_, gerundEnd, q) = matches[s].first(where: { $0.start == gerund }), tokens[gerund].norm.hasSuffix("ing"),
                        !lexicon.lexicon.verbs[q].flags.contains(.noun), lexicon.lexicon.verbs[q].predicate != .accused,
                        let alleged = object(ctx, after: gerundEnd, to: b, skipLimit: 2)
                    {
                        emit(
                            target, alleged, lexicon.lexicon.verbs[q].predicate, "alleged:" + lexicon.lexicon.verbs[q].predicate.name,
                            confidence: 0.5)
                    }
                }
                coveredUntil = end
            }

            // "…, the Nation newspaper reported.": the outlet reports what the sentence's speaker said.
            if let speaker = speakers[s], b - a >= 4 {
                var q = b - 1
                if tokens[q].text == "." { q -= 1 }
                if q > a, tokens[q].norm == "reported" || tokens[q].norm == "reports" {
                    var r = q - 1
                    while r > a, r >= q - 3, tokens[r].isLowerInitial, Self.bodyNouns.contains(tokens[r].norm) || tokens[r].norm == "news" {
                        r -= 1
                    }
                    if let outlet = ctx.mentionByEnd[r + 1], ctx.kind(outlet) == .organization, ctx.entity(outlet) != speaker,
                        ctx.mentions[outlet].start > a,
                        tokens[ctx.mentions[outlet].start - 1].text == "," || tokens[ctx.mentions[outlet].start - 1].norm == "the"
                    {
                        emit(ctx.entity(outlet), speaker, .reported, "attribution-reported", confidence: 0.8)
                    }
                }
            }

            // Clauses and noun groups through the lexicon's frames.
            if !lexicon.syntax.frames.isEmpty, lexicon.hasFrames(tokens, a..<b) {
                let syntax = clauseFinder.parse(a, b)
                frameRules.run(syntax) { source, target, predicate, rule, confidence, anchor in
                    emit(source, target, predicate, rule, confidence: confidence * hedged(anchor - 3, anchor + 1))
                }
            }

            // Compounds: "Iran-backed militia", "Saudi-led coalition".
            for k in a..<b where tokens[k].text == "-" && !tokens[k].spaceBefore && k + 1 < b && !tokens[k + 1].spaceBefore {
                guard let predicate = lexicon.lexicon.compounds[tokens[k + 1].norm], let m = ctx.mentionByEnd[k] else { continue }
                let reverse = lexicon.lexicon.reversedCompounds.contains(tokens[k + 1].norm)
                func emitCompound(_ target: Int, _ rule: String, _ confidence: Double) {
                    if reverse {
                        emit(target, ctx.entity(m), predicate, rule, confidence: confidence)
                    } else {
                        emit(ctx.entity(m), target, predicate, rule, confidence: confidence)
                    }
                }
                if let target = object(ctx, after: k + 2, to: b, skipLimit: 2, skipAdjectives: true) {
                    emitCompound(target, "compound:" + tokens[k + 1].norm, 0.85)
                } else if let head = appositionHead(ctx, before: mentions[m].start, from: a) {
                    // "Ansarallah, a deadly Iran-backed militia group": the apposition's head.
                    emitCompound(head, "compound-apposition:" + tokens[k + 1].norm, 0.75)
                }
            }

            // Titles and appositions.
            for title in titlesBySentence[s] {
                let info = lexicon.lexicon.titles[title.title]
                var holders: [(entity: Int, after: Bool)] = []
                if let holder = titleHolder(ctx, title, from: a, to: b, pronoun: resolvePronoun) {
                    holders = [holder]
                } else if title.end < b, tokens[title.end].text == ",", tokens[title.start].norm.hasSuffix("s") {
                    // "Ansarallah's leaders, A, B, and C"
                    let group = coordinatedAfter(ctx, title.end + 1, to: b).filter { ctx.entities[$0].kind == .person }
                    if group.count >= 2 { holders = group.map { ($0, true) } }
                }
                let isFormer = title.start > a && ["former", "late", "ex"].contains(tokens[title.start - 1].norm)
                // "his lawyer, Peter Wanjala": someone's lawyer works for that person.
                if title.start > a, ["his", "her"].contains(tokens[title.start - 1].norm),
                    Self.clientTitles.contains(tokens[title.end - 1].norm),
                    let holder = holders.first, let client = ctx.lastPerson(before: title.start - 1, other: holder.entity)
                {
                    emit(holder.entity, client, .affiliatedWith, "title-client", confidence: 0.7)
                    continue
                }
                for holder in holders where !(isFormer && info.predicate == .leads) {
                    var org: Int?
                    var downgraded = false
                    var k = title.end
                    if k < b, ["of", "at"].contains(tokens[k].norm) {
                        k += 1
                        if k < b, tokens[k].norm == "the" { k += 1 }
                        if let m = ctx.mentionByStart[k] {
                            org = ctx.entity(m)
                            // "spokesman of Afghanistan's Taliban government": the possessed organization.
                            let after = ctx.mentions[m].end
                            if after + 1 < b, tokens[after].norm == "'s", let n = ctx.mentionByStart[after + 1],
                                ctx.kind(n) == .organization,
                                !mentions[n].isAdjective
                            {
                                org = ctx.entity(n)
                            }
                        }
                    }
                    if org == nil {
                        var p = title.start - 1
                        if p >= a, tokens[p].norm == "'s" { p -= 1 }
                        if let m = ctx.mentionByEnd[p + 1], ctx.entity(m) != holder.entity { org = ctx.entity(m) }
                        if org == nil, p > a, tokens[p].isCapitalized, tokens[p].kind == .word, ctx.mentionByEnd[p + 1] == nil,
                            ctx.titleByEnd[p + 1] == nil, !Self.rankWords.contains(tokens[p].norm),
                            let m = ctx.mentionByEnd[p], ctx.entity(m) != holder.entity, ctx.kind(m) != .person
                        {
                            org = ctx.entity(m)
                        }
                        // "Hamas political leader", "Italy's central bank governor": a name before a few lower-case words.
                        if org == nil {
                            var q = p
                            while q >= a, q > p - 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm),
                                !Self.determiners.contains(tokens[q].norm), tokens[q].norm != "its"
                            {
                                q -= 1
                            }
                            if q < p, q >= a {
                                let possessive = tokens[q].norm == "'s"
                                if possessive { q -= 1 }
                                if q >= a, let m = ctx.mentionByEnd[q + 1], ctx.entity(m) != holder.entity, ctx.kind(m) != .person {
                                    org = ctx.entity(m)
                                    // The words name a unit of it ("central bank"): an office in, not the head of, the whole
                                    // ("Sudan's de facto head of state" names no unit).
                                    if possessive,
                                        ((q + 1)...p).contains(where: {
                                            lexicon.headKind(tokens[$0]) != nil || Self.bodyNouns.contains(tokens[$0].norm)
                                        })
                                    {
                                        downgraded = true
                                    }
                                }
                            }
                        }
                        // "commission chairman Esau Chulu": a common noun naming an organization mentioned before.
                        if org == nil, p >= a, !(p > a && tokens[p - 1].norm == "'s"), let m = anaphor(ctx, at: p, requireArticle: false) {
                            org = ctx.entity(m)
                        }
                        // "its leader, Pedro Nuno Santos": the organization named last.
                        // "the Evil Corp group, whose leader Maksim Yakubets"
                        if org == nil, p > a, tokens[p].norm == "whose", tokens[p - 1].text == "," {
                            var q = p - 2
                            while q > a, q > p - 5, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) { q -= 1 }
                            if let m = ctx.mentionByEnd[q + 1], ctx.kind(m) != .person { org = ctx.entity(m) }
                        }
                        // "The alliance said … Its spokesman, X": a definite description opening this or the previous sentence.
                        if org == nil, p >= a, tokens[p].norm == "its" {
                            for sentence in [s, s - 1] where sentence >= 0 {
                                let first = seg.sentences[sentence].tokens.lowerBound
                                // A sentence that opens with a name ("The Federation of … said its chairman") is its own subject.
                                if sentence == s, let opening = ctx.mentionByStart[first] ?? ctx.mentionByStart[first + 1],
                                    ctx.kind(opening) == .organization,
                                    ctx.mentions[opening].end <= p
                                {
                                    break
                                }
                                if first + 1 < seg.sentences[sentence].tokens.upperBound, tokens[first].norm == "the",
                                    first + 1 < p, let m = anaphor(ctx, at: first + 1, requireArticle: true), ctx.entity(m) != holder.entity
                                {
                                    org = ctx.entity(m)
                                    break
                                }
                            }
                        }
                        if org == nil, p >= a, tokens[p].norm == "its", let last = ctx.mentionIndex(before: p) {
                            // Prefer an organization that opened its sentence (the subject), then the last one.
                            var index = last
                            var fallback: Int?
                            while index >= 0, index > last - 12 {
                                if ctx.owner[index] >= 0, ctx.kind(index) == .organization, ctx.entity(index) != holder.entity {
                                    if fallback == nil { fallback = ctx.entity(index) }
                                    let m = ctx.mentions[index]
                                    let sentenceStart = seg.sentences[m.sentence].tokens.lowerBound
                                    let opens =
                                        ctx.mentionIndex(before: m.start).map { $0 < 0 || ctx.mentions[$0].sentence != m.sentence } ?? true
                                    if opens && m.start <= sentenceStart + 1 {
                                        org = ctx.entity(index)
                                        break
                                    }
                                }
                                index -= 1
                            }
                            if org == nil { org = fallback }
                        }
                    }
                    if org == nil, title.start > a, tokens[title.start - 1].norm == "government" { org = mainCountry }
                    if org == nil, !holder.after {
                        // "…, deputy director for operations, U.S. Africa Command"
                        var q = title.end
                        var steps = 0
                        while q < b, steps < 10, tokens[q].kind != .quote, tokens[q].text != ".", tokens[q].text != ";" {
                            if let m = ctx.mentionByStart[q], [.organization, .country].contains(ctx.kind(m)) {
                                org = ctx.entity(m)
                                break
                            }
                            q += 1
                            steps += 1
                        }
                    }
                    var rule = holder.after ? "title-prefix" : "title-apposition"
                    var confidence = 0.9
                    if org == nil, let implied = info.implied {
                        if implied == "@country", let actor = lexicon.actorByName[ctx.entities[holder.entity].name],
                            let serves = lexicon.actors[actor].within, let country = entityByName[serves]
                        {
                            // "President Donald Trump" in a text about China: the country the lexicon says he serves.
                            org = country
                            rule = "title-known-country"
                            confidence = 0.8
                        } else if implied == "@country" {
                            org = mainCountry
                            var q = title.start - 1
                            // "The people of Venezuela, interim President Juan Guaido": the first country the
                            // sentence names before the title.
                            while q >= a {
                                if let m = ctx.mentionByEnd[q + 1], ctx.kind(m) == .country { org = ctx.entity(m) }
                                q -= 1
                            }
                            rule = "title-implied-country"
                            confidence = 0.6
                        } else {
                            if implied.hasPrefix("@") {
                                // "Presiding Judge X" → the court named last; "commissioner X" → the commission.
                                let heads = Set(implied.dropFirst().split(separator: "|").map { $0.lowercased() })
                                if var index = ctx.mentionIndex(before: title.start) {
                                    let stop = index - 60
                                    while index >= 0, index > stop {
                                        // (A gazetteer name has no head index: "International Court of Justice" has "Court" inside.)
                                        let mention = ctx.mentions[index]
                                        if ctx.owner[index] >= 0, ctx.kind(index) == .organization,
                                            heads.contains(tokens[headToken(mention)].norm)
                                                || (mention.actor != nil
                                                    && (mention.start..<mention.end).contains {
                                                        heads.contains(tokens[$0].norm) && tokens[$0].isCapitalized
                                                    })
                                        {
                                            org = ctx.entity(index)
                                            break
                                        }
                                        index -= 1
                                    }
                                }
                            } else {
                                org = ctx.entities.firstIndex { $0.name == implied }
                            }
                            rule = "title-implied"
                        }
                    }
                    guard let org, ctx.entities[org].kind != .person else { continue }
                    var predicate = info.predicate
                    if downgraded, predicate == .leads { predicate = .roleIn }
                    if info.phrase == "counterpart" {
                        // "her Cambodian counterpart, Hun Manet": the office of the person whose counterpart this is.
                        var q = title.start - 1
                        while q > a, let m = ctx.mentionByEnd[q + 1], ctx.mentions[m].isAdjective { q = ctx.mentions[m].start - 1 }
                        if q >= a, ["his", "her"].contains(tokens[q].norm), let other = ctx.lastPerson(before: q), other != holder.entity,
                            let office = lastOffice[other].map({ found[$0] })
                        {
                            predicate = office.predicate
                        }
                    }
                    // "director of public affairs": the head of a department, not of the organization.
                    if predicate == .leads, title.end + 1 < b, ["of", "for"].contains(tokens[title.end].norm),
                        tokens[title.end + 1].isLowerInitial,
                        tokens[title.end + 1].norm != "the"
                    {
                        predicate = .roleIn
                    }
                    emit(holder.entity, org, predicate, rule, confidence: confidence, role: info.phrase)
                }
            }

            // Structure from adjacency.
            for index in mentionsBySentence[s] {
                let m = mentions[index]
                let e = ctx.entity(index)
                let kind = ctx.entities[e].kind
                // Organs named after their country or parent: "U.S. Senate", "Russian Coast Guard".
                if let parent = m.partOf, owner[parent] >= 0 {
                    let pe = ctx.entity(parent)
                    // "U.S. Senate", "Russian Coast Guard"; not a company named after its country ("Saudi Aramco").
                    let namedAfter =
                        m.actor.map {
                            let name = lexicon.actors[$0].name.lowercased()
                            let last = String(name.split(separator: " ").last ?? "")
                            return name.hasPrefix(tokens[mentions[parent].start].norm + " ") && !lexicon.lexicon.organHeads.contains(last)
                        } ?? false
                    if kind == .organization, !(namedAfter && ctx.entities[pe].kind == .country) {
                        emit(e, pe, .memberOf, "name-prefix", confidence: 0.85)
                    }
                } else if kind == .organization, m.actor == nil, m.end - m.start >= 3,
                    lexicon.isWord(tokens[headToken(m)], .organHead)
                {
                    // "Royal Thai Army", "Federal Government of Somalia": an organ naming its country inside.
                    for k in (m.start + 1)..<m.end where tokens[k].isCapitalized && tokens[k].spaceBefore {
                        if let g = lexicon.matchActor(tokens, at: k, end: m.end), lexicon.actors[g.index].kind == .country,
                            k + g.length == m.end || k + g.length == headToken(m),
                            let country = entityByName[lexicon.actors[g.index].name]
                        {
                            emit(e, country, .memberOf, "name-inside", confidence: 0.75)
                            break
                        }
                    }
                }
                // "Belarusian potash producer Belaruskali", "Japanese investment group SoftBank": a
                // company described by its country.
                if m.isAdjective, kind == .country, m.end + 1 < b, m.start == a || tokens[m.start - 1].text != "-" {
                    var q = m.end
                    while q < b, q < m.end + 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm),
                        !Self.governmentNouns.contains(tokens[q].norm)
                    {
                        q += 1
                    }
                    if q > m.end, q < b, Self.bodyNouns.contains(tokens[q - 1].norm), tokens[q - 1].norm != "agency",
                        let n = ctx.mentionByStart[q], ctx.kind(n) == .organization, !mentions[n].isAdjective
                    {
                        emit(ctx.entity(n), e, .locatedIn, "demonym-company", confidence: 0.7)
                    }
                }
                // "The UN peacekeeping mission, MONUSCO": an organ introduced by its parent.
                if kind == .organization, m.start > a + 2, tokens[m.start - 1].text == ",",
                    Self.unitNouns.contains(tokens[m.start - 2].norm)
                {
                    var q = m.start - 2
                    while q > a, q >= m.start - 4, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) { q -= 1 }
                    if let parent = ctx.mentionByEnd[q + 1], q + 1 < m.start - 1, ctx.entity(parent) != e,
                        [.organization, .country].contains(ctx.kind(parent)), !mentions[parent].isAdjective
                    {
                        emit(e, ctx.entity(parent), .memberOf, "apposed-unit", confidence: 0.7)
                    }
                }
                var k = m.end
                guard k < b else { continue }
                // "Frontex, the European Union's border agency": an organ described by its parent.
                let orgLike = kind == .organization || (kind == .person && m.actor == nil && m.end - m.start == 1)
                if orgLike, k + 3 < b, tokens[k].text == ",", tokens[k + 1].norm == "the",
                    let parent = ctx.mentionByStart[k + 2], [.organization, .country].contains(ctx.kind(parent))
                {
                    var q = ctx.mentions[parent].end
                    if q < b, tokens[q].norm == "'s" {
                        q += 1
                        var last: Token?
                        while q < b, q < ctx.mentions[parent].end + 5, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) {
                            last = tokens[q]; q += 1
                        }
                        if let last, lexicon.headKind(last) == .organization {
                            emit(e, ctx.entity(parent), .memberOf, "apposed-organ", confidence: 0.75)
                        }
                    }
                }
                // "Foundem, the British price comparison site": a body described by its country.
                if orgLike, k + 3 < b, tokens[k].text == ",", ["the", "a", "an"].contains(tokens[k + 1].norm),
                    let country = ctx.mentionByStart[k + 2], ctx.mentions[country].isAdjective, ctx.kind(country) == .country,
                    ctx.mentions[country].end + 1 < b, tokens[ctx.mentions[country].end].isLowerInitial,
                    !Self.governmentNouns.contains(tokens[ctx.mentions[country].end].norm),
                    !Self.stopWords.contains(tokens[ctx.mentions[country].end].norm)
                {
                    var q = ctx.mentions[country].end
                    while q < b, q < ctx.mentions[country].end + 4, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) {
                        q += 1
                    }
                    let headWord = tokens[q - 1].norm
                    if Self.bodyNouns.contains(headWord) {
                        emit(e, ctx.entity(country), .locatedIn, "apposed-demonym", confidence: 0.7)
                    }
                }
                // "the Ukrainian port of Mariupol"
                if m.isAdjective, kind == .country, k + 1 < b, Self.placeNouns.contains(tokens[k].norm), tokens[k + 1].norm == "of",
                    let n = ctx.mentionByStart[k + 2], ctx.kind(n) == .location
                {
                    emit(ctx.entity(n), e, .locatedIn, "adjective-place", confidence: 0.75)
                }
                // "the Quds Force of the IRGC"
                if tokens[k].norm == "of", kind == .organization {
                    k += 1
                    if k < b, tokens[k].norm == "the" { k += 1 }
                    if let n = ctx.mentionByStart[k], [.organization, .country].contains(ctx.kind(n)), !mentions[n].isAdjective {
                        emit(e, ctx.entity(n), .memberOf, "of-chain", confidence: 0.8)
                    } else if let n = ctx.mentionByStart[k], ctx.kind(n) == .person, m.start > a, tokens[m.start - 1].norm == "the",
                        mentions[n].end >= b || !["'s", "-"].contains(tokens[mentions[n].end].norm)
                    {
                        // "the Party for Freedom of Geert Wilders": his party.
                        emit(ctx.entity(n), e, .leads, "of-person", confidence: 0.7)
                    }
                    continue
                }
                // "Chile's water authority, the Direccion General de Aguas": an organ named in an apposition.
                if kind == .country || kind == .organization, !m.isAdjective, tokens[k].norm == "'s" {
                    var q = k + 1
                    while q < b, q < k + 4, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) { q += 1 }
                    if q > k + 1, q + 2 < b, tokens[q].text == ",", lexicon.headKind(tokens[q - 1]) == .organization {
                        let r = tokens[q + 1].norm == "the" ? q + 2 : q + 1
                        if let n = ctx.mentionByStart[r], ctx.kind(n) == .organization, !mentions[n].isAdjective, ctx.entity(n) != e {
                            emit(ctx.entity(n), e, .memberOf, "possessive-apposed-organ", confidence: 0.7)
                        }
                    }
                }
                // "Germany and Italy, the EU's largest steel producers": states described as the bloc's.
                if kind == .country, !m.isAdjective, k + 3 < b, tokens[k].text == ",", tokens[k + 1].norm == "the",
                    let bloc = ctx.mentionByStart[k + 2], ctx.kind(bloc) == .organization, !mentions[bloc].isAdjective,
                    ctx.mentions[bloc].end < b, tokens[ctx.mentions[bloc].end].norm == "'s"
                {
                    emit(e, ctx.entity(bloc), .memberOf, "apposed-member", confidence: 0.7)
                    if m.start >= a + 2, tokens[m.start - 1].norm == "and", let other = ctx.mentionByEnd[m.start - 1],
                        ctx.kind(other) == .country,
                        !mentions[other].isAdjective
                    {
                        emit(ctx.entity(other), ctx.entity(bloc), .memberOf, "apposed-member", confidence: 0.7)
                    }
                }
                // "Otieno's Orange Democratic Movement": a person's party.
                if kind == .person, tokens[k].norm == "'s", let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization,
                    ["party", "movement", "front", "alliance", "coalition", "congress", "league"].contains(
                        tokens[headToken(mentions[n])].norm)
                {
                    emit(e, ctx.entity(n), .memberOf, "possessive-party", confidence: 0.7)
                }
                // "Venezuela's Nicolas Maduro regime"
                if tokens[k].norm == "'s", kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .person,
                    mentions[n].end < b, ["regime", "government", "administration", "cabinet"].contains(tokens[mentions[n].end].norm)
                {
                    emit(ctx.entity(n), e, .leads, "possessive-regime", confidence: 0.75)
                    continue
                }
                // "Ukraine's Foreign Ministry"; "Syria's northwestern region of Afrin"
                if tokens[k].norm == "'s", [.country, .organization, .location].contains(kind) {
                    // "Japan's space agency JAXA"
                    var described: Int?
                    var q = k + 1
                    while q < b, q < k + 4, tokens[q].isLowerInitial { q += 1 }
                    if q > k + 1, lexicon.headKind(tokens[q - 1]) == .organization, let n = ctx.mentionByStart[q],
                        ctx.kind(n) == .organization
                    {
                        described = n
                    }
                    if let described, kind == .country, Self.bodyNouns.contains(tokens[q - 1].norm),
                        !Self.stateBodyNouns.contains(tokens[q - 1].norm)
                    {
                        // "Chile's state copper company Codelco": a company is based in, not part of, its country.
                        emit(ctx.entity(described), e, .locatedIn, "possessive-company", confidence: 0.7)
                    } else if let described {
                        emit(ctx.entity(described), e, .memberOf, "possessive-organ", confidence: 0.75)
                    } else if kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .location, !mentions[n].isAdjective {
                        // "Pakistan's Sindh province"
                        emit(ctx.entity(n), e, .locatedIn, "possessive-place", confidence: 0.75)
                    } else if kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization, mentions[n].actor == nil,
                        Self.companyHeads.contains(tokens[headToken(mentions[n])].norm)
                    {
                        // "South Korea's Hanwha Aerospace": a company is based in, not part of, its country.
                        emit(ctx.entity(n), e, .locatedIn, "possessive-company", confidence: 0.75)
                    } else if let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization,
                        kind == .country || lexicon.isWord(tokens[headToken(mentions[n])], .organHead)
                    {
                        emit(ctx.entity(n), e, .memberOf, "possessive-organ", confidence: 0.8)
                    } else {
                        var q = k + 1
                        var sawPlace = false
                        while q < b, q < k + 5, tokens[q].kind == .word, tokens[q].isLowerInitial {
                            if Self.placeNouns.contains(tokens[q].norm) { sawPlace = true }
                            if tokens[q].norm == "of" { q += 1; break }
                            q += 1
                        }
                        if sawPlace, q < b, tokens[q].text == ",", ctx.mentionByStart[q] == nil { q += 1 }
                        if sawPlace, let n = ctx.mentionByStart[q], ctx.kind(n) == .location {
                            emit(ctx.entity(n), e, .locatedIn, "possessive-place", confidence: 0.75)
                        }
                    }
                    continue
                }
                // "Houthi rebels in Yemen"
                if kind == .organization, k + 2 < b, Self.fighterNouns.contains(tokens[k].norm), tokens[k + 1].norm == "in",
                    let n = ctx.mentionByStart[k + 2], [.country, .location].contains(ctx.kind(n)), !mentions[n].isAdjective
                {
                    emit(e, ctx.entity(n), .locatedIn, "fighters-in", confidence: 0.7)
                }
                // "the US Embassy in Baghdad", "Buenos Aires, Argentina"
                if [.facility, .location, .organization].contains(kind), !m.isAdjective {
                    if ["in", "at"].contains(tokens[k].norm) {
                        var q = k + 1
                        if ctx.mentionByStart[q] == nil, q < b, tokens[q].norm == "the" { q += 1 }
                        if ctx.mentionByStart[q] == nil, q < b, Self.compassWords.contains(tokens[q].norm) { q += 1 }
                        // "in Zambia's Copperbelt province": the possessed place.
                        if let n = ctx.mentionByStart[q], ctx.mentions[n].end + 1 < b, tokens[ctx.mentions[n].end].norm == "'s",
                            let place = ctx.mentionByStart[ctx.mentions[n].end + 1], ctx.kind(place) == .location,
                            !mentions[place].isAdjective
                        {
                            q = ctx.mentions[place].start
                        }
                        if let n = ctx.mentionByStart[q], [.location, .country].contains(ctx.kind(n)), !mentions[n].isAdjective,
                            kind != .organization || ctx.kind(n) == .location || ctx.kind(n) == .country
                        {
                            if kind != .organization || k + 1 == q {
                                emit(e, ctx.entity(n), .locatedIn, "locative", confidence: 0.75)
                            }
                        }
                    } else if tokens[k].text == ",", kind != .organization, k + 2 < b, ["in", "on"].contains(tokens[k + 1].norm),
                        let n = ctx.mentionByStart[k + 2] ?? (tokens[k + 2].norm == "the" ? ctx.mentionByStart[k + 3] : nil),
                        [.location, .country].contains(ctx.kind(n)), !mentions[n].isAdjective
                    {
                        // "Odessa, on the Black Sea"; "Mariupol, in the Sea of Azov"
                        emit(e, ctx.entity(n), .locatedIn, "apposed-place", confidence: 0.7)
                    } else if tokens[k].text == ",", kind != .organization, let n = ctx.mentionByStart[k + 1],
                        ctx.kind(n) == .country || (ctx.kind(n) == .location && (kind == .facility || mentions[n].actor != nil)),
                        !mentions[n].isAdjective
                    {
                        let after = mentions[n].end
                        let isList =
                            after < b
                            && (tokens[after].norm == "and" || tokens[after].norm == "'s"
                                || (tokens[after].text == "," && ctx.mentionByStart[after + 1] != nil))
                        if !isList && kind != .country { emit(e, ctx.entity(n), .locatedIn, "apposed-place", confidence: 0.75) }
                    }
                }
            }
        }
        return found
    }

    // MARK: Helpers

    /// Matches a pattern's words at `i`; returns the end of the match.
    private func match(_ words: [[String]], _ tokens: [Token], _ i: Int, _ end: Int) -> Int? {
        var k = i
        for (w, forms) in words.enumerated() {
            // "agreed on Monday to merge": time expressions inside a phrase.
            while w > 0, k < end {
                if tokens[k].norm == "on", k + 1 < end, tokens[k + 1].isCapitalized, lexicon.isWord(tokens[k + 1], .nonName) {
                    k += 2
                } else if tokens[k].isCapitalized, lexicon.isWord(tokens[k], .nonName), !forms.contains(tokens[k].norm) {
                    k += 1
                } else if Self.dayWords.contains(tokens[k].norm), !forms.contains(tokens[k].norm) {
                    // "a meeting today with"
                    k += 1
                } else {
                    break
                }
            }
            if k < end, tokens[k].kind == .number || (tokens[k].kind != .word && Self.currencySigns.contains(tokens[k].text)),
                forms.contains("#")
            {
                // "#" is an amount: "3", "$10 billion", "2.4 billion euro".
                k += 1
                while k < end, tokens[k].kind == .number || Self.amountWords.contains(tokens[k].norm) { k += 1 }
            } else if k < end, tokens[k].kind == .word || tokens[k].kind == .punctuation, forms.contains(tokens[k].norm) {
                k += 1
            } else if forms.contains("") && w > 0 {
                continue
            } else {
                return nil
            }
        }
        return k
    }

    /// The subject left of `position`: the nearest entity, across one apposition
    /// ("X, head of Y, said"), over auxiliaries and adverbs; "he"/"she" resolved by `pronoun`.
    private func subject(_ ctx: Context, before position: Int, from a: Int, pronoun: (Int) -> Int?) -> Subject {
        let tokens = ctx.tokens
        var p = position - 1
        var jumped = false
        var steps = 0
        while p >= a, steps < 12 {
            steps += 1
            if let m = ctx.mentionByEnd[p + 1] {
                // "Houthi rebels in Yemen launched": the place only locates the subject.
                let start = ctx.mentions[m].start
                let placeKind = ctx.kind(m) == .location || ctx.kind(m) == .country
                if placeKind, !ctx.mentions[m].isAdjective, start - 2 >= a,
                    ["in", "from", "near", "inside"].contains(tokens[start - 1].norm), tokens[start - 2].isLowerInitial,
                    !Self.stopWords.contains(tokens[start - 2].norm),
                    case .entity(let e) = subject(ctx, before: start - 1, from: a, pronoun: pronoun),
                    ![.location, .country].contains(ctx.entities[e].kind) || ctx.mentionByEnd[start - 2] != nil
                {
                    return .entity(e)
                }
                return .entity(ctx.entity(m))
            }
            let t = tokens[p]
            if Self.personPronouns.contains(t.norm) { return pronoun(p).map { .entity($0) } ?? .none }
            if t.norm == "it", !t.inQuote { return openingActor(ctx, before: p).map { .entity($0) } ?? .none }
            if t.norm == "we" || t.norm == "i", t.inQuote { return .speaker }
            if ["after", "before", "while", "when", "since"].contains(t.norm), p + 1 == position, tokens[position].norm.hasSuffix("ing") {
                // "Pistorius said on Monday after meeting his counterpart": the main clause's subject.
                return .speaker
            }
            if t.text == ")" {
                // "The Russian Federal Security Service (FSB) accuses …"
                var q = p - 1
                while q >= a, tokens[q].text != "(" { q -= 1 }
                guard q > a else { return .none }
                p = q - 1
                continue
            }
            if t.text == ",", p + 1 < position, ["who", "which"].contains(tokens[p + 1].norm) {
                // "Banda, who leads …"
                p -= 1
                continue
            }
            if let m = anaphor(ctx, at: p, requireArticle: true) { return .entity(ctx.entity(m)) }
            if t.kind == .word, t.isLowerInitial, !Self.stopWords.contains(t.norm),
                !Self.auxiliaries.contains(t.norm), p - 1 >= a
            {
                // "EU observers met", "Myanmar's government denied": a named modifier of the subject.
                if let m = ctx.mentionByEnd[p], !ctx.mentions[m].isAdjective || Self.governmentNouns.contains(t.norm) {
                    return .entity(ctx.entity(m))
                }
                // "Afghan border forces fired": a state's instrument behind one or two more words.
                if Self.governmentNouns.contains(t.norm) {
                    var q = p - 1
                    while q > a, q >= p - 2, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm),
                        !Self.auxiliaries.contains(tokens[q].norm)
                    {
                        if let m = ctx.mentionByEnd[q], ctx.mentions[m].isAdjective, ctx.kind(m) == .country {
                            return .entity(ctx.entity(m))
                        }
                        q -= 1
                    }
                }
                if tokens[p - 1].norm == "'s", let m = ctx.mentionByEnd[p - 1] { return .entity(ctx.entity(m)) }
            }
            // "Its chief executive, Lin Wei-ting, told": the name in the apposition is the subject.
            if t.text == ",", !jumped, p > a, let m = ctx.mentionByEnd[p], ctx.kind(m) == .person, ctx.mentions[m].start > a,
                tokens[ctx.mentions[m].start - 1].text == ","
            {
                return .entity(ctx.entity(m))
            }
            if t.text == ",", !jumped {
                var q = p - 1
                while q >= a, tokens[q].text != ",", tokens[q].kind != .quote { q -= 1 }
                guard q >= a, tokens[q].text == "," else { return .none }
                jumped = true
                p = q - 1
                continue
            }
            if t.kind == .word,
                Self.auxiliaries.contains(t.norm) || (t.norm.hasSuffix("ly") && t.text.first?.isLowercase == true)
                    || lexicon.isWord(t, .nonName) && t.isCapitalized && p > a
            {
                p -= 1
                continue
            }
            if t.kind == .number { p -= 1; continue }
            return .none
        }
        return .none
    }

    /// The first entity right of `position`, over determiners, titles and a few adjectives.
    private func object(_ ctx: Context, after position: Int, to b: Int, skipLimit: Int, skipAdjectives: Bool = false) -> Int? {
        objectMention(ctx, after: position, to: b, skipLimit: skipLimit, skipAdjectives: skipAdjectives).map { ctx.entity($0) }
    }

    /// The head word of a mention: the word before its first "of"/"on"/"for", or its last word.
    func headToken(_ m: MentionCandidate) -> Int {
        // Tokens are not available here without context; callers pass mentions of the same segmentation.
        m.headIndex ?? (m.end - 1)
    }

    /// The mention behind ``object(_:after:to:skipLimit:skipAdjectives:)``.
    private func objectMention(_ ctx: Context, after position: Int, to b: Int, skipLimit: Int, skipAdjectives: Bool = false) -> Int? {
        let tokens = ctx.tokens
        var p = position
        var skipped = 0
        while p < b {
            if let m = ctx.mentionByStart[p] {
                let end = ctx.mentions[m].end
                // A country naming a title holder: "Chinese President Xi Jinping".
                if let title = ctx.titleByStart[end] {
                    // "Saudi Foreign Minister Prince Faisal": over a second title.
                    let after = ctx.titleByStart[title.end]?.end ?? title.end
                    if let holder = ctx.mentionByStart[after] { return holder }
                }
                if end + 1 < b, tokens[end].isLowerInitial, !Self.stopWords.contains(tokens[end].norm),
                    let title = ctx.titleByStart[end + 1], let holder = ctx.mentionByStart[title.end], ctx.kind(holder) == .person
                {
                    return holder
                }
                if let title = ctx.titleByStart[end], title.end + 1 < b, tokens[title.end].text == ",",
                    let holder = ctx.mentionByStart[title.end + 1], ctx.kind(holder) == .person
                {
                    return holder
                }
                // A modifier in a compound ("Iran-backed") or an adjective before an unnamed actor.
                let isCompound = end + 1 < b && tokens[end].text == "-" && !tokens[end].spaceBefore
                // "Syria's northwestern region of Afrin": the place, not the country.
                if end + 1 < b, tokens[end].norm == "'s" {
                    var q = end + 1
                    var sawPlace = false
                    while q < b, q < end + 5, tokens[q].isLowerInitial, tokens[q].norm != "of" {
                        if Self.placeNouns.contains(tokens[q].norm) { sawPlace = true }
                        q += 1
                    }
                    if sawPlace, q + 1 < b, tokens[q].norm == "of", let n = ctx.mentionByStart[q + 1] { return n }
                }
                // "the Iranian regime" is Iran; "a Philippine supply boat" names no actor.
                var describes = false
                if ctx.mentions[m].isAdjective, end < b, tokens[end].isLowerInitial, !Self.governmentNouns.contains(tokens[end].norm),
                    !Self.stopWords.contains(tokens[end].norm)
                {
                    describes = true
                    // "Ukrainian naval ships", "a Philippine supply boat": the state's instrument.
                    if end + 1 < b, tokens[end + 1].isLowerInitial, Self.governmentNouns.contains(tokens[end + 1].norm) {
                        describes = false
                    }
                }
                // "accused Mopani's owner, the International Resources Holding": the apposition names the actor.
                if end + 3 < b, tokens[end].norm == "'s", !ctx.mentions[m].isAdjective {
                    var q = end + 1
                    while q < b, q < end + 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) { q += 1 }
                    if q > end + 1, q + 1 < b, tokens[q].text == "," {
                        q += 1
                        if tokens[q].norm == "the" { q += 1 }
                        if q < b, let n = ctx.mentionByStart[q], !ctx.mentions[n].isAdjective { return n }
                    }
                }
                // "with South Korea's Hanwha Aerospace", "met China's President Xi": the possessed name.
                if end + 1 < b, tokens[end].norm == "'s", !ctx.mentions[m].isAdjective {
                    if let n = ctx.mentionByStart[end + 1], !ctx.mentions[n].isAdjective { return n }
                    if let title = ctx.titleByStart[end + 1], let holder = ctx.mentionByStart[title.end], ctx.kind(holder) == .person {
                        return holder
                    }
                }
                if isCompound || describes || (skipAdjectives && ctx.mentions[m].isAdjective) {
                    skipped += 1
                    if skipped > skipLimit + 1 { return nil }
                    p = isCompound ? end + 2 : end
                    continue
                }
                return m
            }
            if let title = ctx.titleByStart[p] {
                p = title.end
                continue
            }
            let t = tokens[p]
            if t.norm == "that", skipped > 0 { return nil }
            if t.norm == "the", p + 1 < b, let m = anaphor(ctx, at: p + 1, requireArticle: true) {
                // "the federation", "the ministry": the organization named before with that head word.
                return m
            }
            if Self.determiners.contains(t.norm) {
                p += 1
                continue
            }
            if t.isCapitalized, lexicon.isWord(t, .nonName), !lexicon.isWord(t, .timeWord) {
                // "the Kurdish YPG militia"
                p += 1
                continue
            }
            if t.kind == .word, !Self.stopWords.contains(t.norm), t.isLowerInitial,
                skipped < skipLimit
            {
                skipped += 1
                p += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// The agent after a passive or noun: "by X", "attributed to X", "carried out by X".
    private func byAgent(_ ctx: Context, after position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position
        while p < b, p < position + 12 {
            if tokens[p].text == "," || tokens[p].text == ";" || tokens[p].kind == .quote { return nil }
            if tokens[p].norm == "by" || (tokens[p].norm == "to" && p > 0 && ["attributed", "blamed"].contains(tokens[p - 1].norm)) {
                // "by Japanese investment group SoftBank", "by general secretary Goodwell Kaluba"
                return object(ctx, after: p + 1, to: b, skipLimit: 0)
                    ?? objectMention(ctx, after: p + 1, to: b, skipLimit: 3).flatMap { m in
                        // Only a name that ends the phrase: not "by the group's leaders".
                        let end = ctx.mentions[m].end
                        return end >= b || !tokens[end].isLowerInitial || Self.stopWords.contains(tokens[end].norm) ? ctx.entity(m) : nil
                    }
                    ?? {
                        // "commanded by his former deputy, Mohamed Hamdan Dagalo"
                        var q = p + 1
                        while q < b, q < p + 5, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) { q += 1 }
                        guard q > p + 1, q + 1 < b, tokens[q].text == ",", let m = ctx.mentionByStart[q + 1], ctx.kind(m) == .person else {
                            return nil
                        }
                        return ctx.entity(m)
                    }()
            }
            p += 1
        }
        return nil
    }

    /// The agent before a noun: "US air strikes", "Turkey's January attack".
    private func nounAgent(_ ctx: Context, before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        var steps = 0
        while p >= a, steps < 4 {
            if let m = ctx.mentionByEnd[p + 1] { return ctx.entity(m) }
            let t = tokens[p]
            let lowerWord = t.kind == .word && (t.isLowerInitial) && !Self.stopWords.contains(t.norm)
            guard
                lowerWord || t.norm == "'s" || t.kind == .number || Self.currencySigns.contains(t.text)
                    || lexicon.isWord(t, .nonName) && t.isCapitalized
            else {
                return nil
            }
            if t.norm == "the" || t.norm == "a" { return nil }
            p -= 1
            steps += 1
        }
        return nil
    }

    /// "it": the organization or country that opened the current or a recent sentence (its subject).
    private func openingActor(_ ctx: Context, before position: Int) -> Int? {
        guard var index = ctx.mentionIndex(before: position) else { return nil }
        let stop = index - 10
        while index >= 0, index > stop {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, !m.isAdjective, [.organization, .country].contains(ctx.kind(index)) {
                let sentenceStart = ctx.seg.sentences[m.sentence].tokens.lowerBound
                var q = sentenceStart
                while q < m.start, ctx.tokens[q].norm == "the" || ctx.tokens[q].kind == .dash || ctx.tokens[q].isAllCaps { q += 1 }
                if q == m.start { return ctx.entity(index) }
            }
            index -= 1
        }
        return nil
    }

    /// The nearest entity to the left, over an apposition comma and a few lower-case words.
    private func nearestLeft(_ ctx: Context, before position: Int, from a: Int) -> Int? {
        var p = position - 1
        var steps = 0
        while p >= a, steps < 4 {
            if let m = ctx.mentionByEnd[p + 1] { return ctx.entity(m) }
            // "The union, led by …": a definite description of an organization named before.
            if let m = anaphor(ctx, at: p, requireArticle: true) { return ctx.entity(m) }
            let t = ctx.tokens[p]
            guard t.text == "," || (t.kind == .word && t.isLowerInitial) else { return nil }
            p -= 1
            steps += 1
        }
        return nil
    }

    /// "A, B and C" right before `position`, over titles and their country modifiers.
    private func coordinated(_ ctx: Context, before position: Int, from a: Int, pronoun: (Int) -> Int? = { _ in nil }) -> [Int] {
        let tokens = ctx.tokens
        var group: [Int] = []
        var p = position - 1
        // Over auxiliaries and "on Monday", but not over the end of a name ("Rapid Support Forces").
        while p >= a, ctx.mentionByEnd[p + 1] == nil,
            Self.auxiliaries.contains(tokens[p].norm) || (tokens[p].isCapitalized && lexicon.isWord(tokens[p], .nonName))
        {
            p -= 1
        }
        while p >= a {
            if Self.personPronouns.contains(tokens[p].norm), let person = pronoun(p) {
                // "he and Defense Minister Wei Fenghe began talks"
                group.append(person)
                p -= 1
                guard p >= a, tokens[p].text == "," || tokens[p].norm == "and" else { break }
                p -= 1
                continue
            }
            guard let m = ctx.mentionByEnd[p + 1] else { break }
            group.append(ctx.entity(m))
            p = ctx.mentions[m].start - 1
            if let title = ctx.titleByEnd[p + 1] {
                p = title.start - 1
                if p >= a, let modifier = ctx.mentionByEnd[p + 1] { p = ctx.mentions[modifier].start - 1 }
            }
            // A descriptor before the name: "Japan's space agency JAXA".
            var q = p
            while q >= a, q > p - 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q].norm) { q -= 1 }
            if q < p, q >= a, tokens[q].norm == "'s", let owner = ctx.mentionByEnd[q] { p = ctx.mentions[owner].start - 1 }
            // "… and the paramilitary Rapid Support Forces": adjectives after an article.
            var r = p
            while r >= a, r > p - 2, tokens[r].isLowerInitial, !Self.stopWords.contains(tokens[r].norm),
                !Self.determiners.contains(tokens[r].norm)
            { r -= 1 }
            if r < p, r >= a, Self.determiners.contains(tokens[r].norm) { p = r }
            while p >= a, Self.determiners.contains(tokens[p].norm) { p -= 1 }
            guard p >= a, tokens[p].text == "," || tokens[p].norm == "and" else { break }
            p -= 1
            if p >= a, tokens[p].norm == "and" || tokens[p].text == "," { p -= 1 }
        }
        var seen: Set<Int> = []
        let unique = group.reversed().filter { seen.insert($0).inserted }
        // Only actors of one sort are coordinated: people with people, states with states.
        guard let first = unique.first else { return [] }
        let kind = ctx.entities[first].kind
        return unique.allSatisfy({ ctx.entities[$0].kind == kind }) ? unique : []
    }

    /// The named head of an apposition ending before `position`: "Ansarallah, a deadly …",
    /// "Trading International S.A. (TNK), a Swiss-based unit".
    private func appositionHead(_ ctx: Context, before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        var steps = 0
        while p > a, steps < 6 {
            let t = tokens[p]
            let lower = t.kind == .word && (t.isLowerInitial) && !Self.stopWords.contains(t.norm)
            if Self.determiners.contains(t.norm) || lower || t.text == "-" || t.kind == .number {
                p -= 1
                steps += 1
                continue
            }
            if let m = ctx.mentionByEnd[p + 1], ctx.mentions[m].isAdjective {
                p = ctx.mentions[m].start - 1
                steps += 1
                continue
            }
            break
        }
        guard p > a, tokens[p].text == "," else { return nil }
        if let n = ctx.mentionByEnd[p] { return ctx.entity(n) }
        if tokens[p - 1].text == ")", let n = ctx.mentionByEnd[p - 1] { return ctx.entity(n) }
        return nil
    }

    /// A definite description ("the ministry") that names an organization or place mentioned
    /// earlier by a name with the same head word ("Sports Ministry").
    func anaphor(_ ctx: Context, at p: Int, requireArticle: Bool) -> Int? {
        let tokens = ctx.tokens
        let t = tokens[p]
        guard t.kind == .word, t.isLowerInitial,
            let kind = lexicon.headKind(t), kind == .organization || kind == .facility
        else { return nil }
        if requireArticle { guard p > 0, tokens[p - 1].norm == "the" else { return nil } }
        if p + 1 < tokens.count, tokens[p + 1].kind == .word, tokens[p + 1].isCapitalized { return nil }
        // The most recent earlier mention with that head, looking back a bounded distance;
        // "the company", "the firm": one whose head is a company's ("Halvorsen Pharma").
        guard let last = ctx.mentionIndex(before: p) else { return nil }
        let company = t.norm == "company" || t.norm == "firm"
        var index = last
        while index >= 0, index > last - 200 {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, m.end <= p {
                let head = tokens[headToken(m)].norm
                if head == t.norm { return index }
                if company, ctx.isCompany[ctx.entity(index)] { return index }
            }
            index -= 1
        }
        return nil
    }

    /// The token just past the object found by ``objectMention``.
    private func objectEnd(_ ctx: Context, after position: Int, to b: Int) -> Int? {
        objectMention(ctx, after: position, to: b, skipLimit: 2).map { ctx.mentions[$0].end }
    }

    /// "A and B" starting at `position`, over titles and their country modifiers.
    private func coordinatedAfter(_ ctx: Context, _ position: Int, to b: Int) -> [Int] {
        let tokens = ctx.tokens
        var group: [Int] = []
        var p = position
        while p < b {
            while p < b, Self.determiners.contains(tokens[p].norm) { p += 1 }
            // "Nigerian President Musa Adewale": skip the country and the title.
            if let m = ctx.mentionByStart[p], let title = ctx.titleByStart[ctx.mentions[m].end] { p = title.end }
            if let title = ctx.titleByStart[p] { p = title.end }
            guard p < b, let m = ctx.mentionByStart[p] else { break }
            group.append(ctx.entity(m))
            p = ctx.mentions[m].end
            guard p < b, tokens[p].text == "," || tokens[p].norm == "and" else { break }
            p += 1
            if p < b, tokens[p].norm == "and" { p += 1 }
        }
        var seen: Set<Int> = []
        let unique = group.filter { seen.insert($0).inserted }
        guard let first = unique.first else { return [] }
        let kind = ctx.entities[first].kind
        return unique.allSatisfy({ ctx.entities[$0].kind == kind }) ? unique : []
    }

    /// The person a title belongs to: right after it ("President Donald Trump"; `after` is
    /// true) or before it in an apposition ("Soleimani, head of …").
    private func titleHolder(
        _ ctx: Context, _ title: TitleCandidate, from a: Int, to b: Int, pronoun: (Int) -> Int? = { _ in nil }
    ) -> (entity: Int, after: Bool)? {
        let tokens = ctx.tokens
        var k = title.end
        // Chained titles: "Maj. Gen. Bradford Gering".
        if let next = ctx.titleByStart[k] { k = next.end }
        if let m = ctx.mentionByStart[k], ctx.kind(m) == .person { return (ctx.entity(m), true) }
        // "Russia's ambassador to Lithuania, Nikolai Petrov"; "his Lithuanian counterpart, Laurynas Kasčiūnas"
        var q = k
        if q < b, ["to", "in", "at", "of", "for"].contains(tokens[q].norm), let m = ctx.mentionByStart[q + 1] { q = ctx.mentions[m].end }
        let plural = tokens[title.end - 1].norm.hasSuffix("s") && tokens[title.end - 1].isLowerInitial
        var r = q + 1
        if r < b, let rank = ctx.titleByStart[r] { r = rank.end }
        if !plural, r < b, tokens[q].text == ",", let m = ctx.mentionByStart[r], ctx.kind(m) == .person,
            ctx.mentions[m].end >= b || [",", ".", ";"].contains(tokens[ctx.mentions[m].end].text)
        {
            return (ctx.entity(m), true)
        }
        var p = title.start - 1
        var sawComma = false
        while p >= a, p >= title.start - 6 {
            if let m = ctx.mentionByEnd[p + 1] {
                if ctx.kind(m) == .person, sawComma || tokens[p + 1].norm == "as" || (p + 1 < title.start && tokens[p + 1].norm == "as") {
                    return (ctx.entity(m), false)
                }
                // "China's defense minister": the organization, then the holder before it.
                if p + 1 < b, tokens[p + 1].norm == "'s" || ctx.kind(m) != .person {
                    p = ctx.mentions[m].start - 1
                    continue
                }
                return nil
            }
            let t = tokens[p]
            if Self.personPronouns.contains(t.norm), p + 1 < title.start, Self.titleBecoming.contains(tokens[p + 1].norm) {
                return pronoun(p).map { ($0, false) }
            }
            // "Dmytro Lubinets, Ukraine's human rights commissioner": portfolio words before the title.
            let portfolio =
                t.kind == .word && t.isLowerInitial && !Self.stopWords.contains(t.norm) && p >= title.start - 3
                && p > a && (tokens[p - 1].norm == "'s" || tokens[p - 1].isLowerInitial)
            if t.text == "," {
                sawComma = true
            } else if !Self.titleGlue.contains(t.norm) && !Self.titleBecoming.contains(t.norm) && !portfolio {
                return nil
            }
            p -= 1
        }
        return nil
    }
}
