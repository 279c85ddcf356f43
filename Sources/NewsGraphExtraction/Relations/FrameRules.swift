import NewsGraph

/// Relations read from clauses and noun groups through the lexicon's frames
/// (``Frame``): a clause whose verb has frames is matched against them, most specific
/// first; the first that matches draws its relation, named `frame:<lemma> <pattern>`.
/// A passive clause is matched as its active ("Y was attacked by X"); a negated one draws
/// nothing. A noun group whose noun has frames is matched the same way, its agent taken
/// from its possessor, a name before it, a "by" phrase, or the subject of the clause it is
/// the object of ("X launched an attack on Y").
struct FrameRules {
    let lexicon: CompiledLexicon
    let ctx: RelationFinder.Context
    /// The country the text is about: the target of a `main` frame whose clause names none.
    var mainCountry: Int? = nil
    /// The document's organizations by the last word of their name (``namedOrgan(_:of:)``).
    let organizations: OrganizationIndex

    /// What `run` reads of its sentence more than once, made when first asked.
    let sentence = SentenceCache()

    init(lexicon: CompiledLexicon, ctx: RelationFinder.Context, mainCountry: Int? = nil) {
        self.lexicon = lexicon
        self.ctx = ctx
        self.mainCountry = mainCountry
        organizations = OrganizationIndex(ctx.entities)
    }

    /// The sentence's speech clauses (their verbs' tokens in order, with the actors of their
    /// subjects), for ``reporter(at:_:)``, and each noun group's chunk: read once per sentence,
    /// not once per clause or noun group that asks (a sentence of many reported frames was
    /// quadratic).
    final class SentenceCache {
        /// Clause k's actors are `actors[starts[k]..<starts[k + 1]]`; `unquoted` the places of
        /// the clauses whose verb is not quoted. (32-bit, in four arrays: an array of actors per
        /// speech clause took ~40 bytes a clause at the peak of a sentence of ~200k of them.)
        @exclusivity(unchecked) var speech: (verbs: [Int32], starts: [Int32], actors: [Int32], unquoted: [Int32])? = nil
        /// Per noun group, its chunk (-1: none): made only when a group is asked whose chunk the search by
        /// token in ``chunk(of:_:)`` does not find (a possessor's group, inside its owner's chunk).
        @exclusivity(unchecked) var chunkOfNoun: [Int32]? = nil
        /// The noun groups that complete a clause as a copula's object or an "as" complement
        /// (``apposed(_:_:objectOf:)``), each with the first such clause, sorted by group: (group << 32 | clause).
        /// (Kept for those groups alone: a clause number per noun group was 4 bytes a group at the peak of a
        /// sentence of ~200k reported frames; issue 14.)
        @exclusivity(unchecked) var completedClause: [UInt64]? = nil
        func reset() {
            speech = nil
            chunkOfNoun = nil
            completedClause = nil
        }
    }

    /// `anchor` is the token of the verb or noun that carries the relation (hedges near it
    /// lower the confidence).
    typealias Emit = (_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, _ confidence: Double, _ anchor: Int) -> Void

    /// Verbs that ask for the act of the infinitive after them ("ordered X to sign").
    static let directiveLemmas: Set<String> = [
        "order", "urge", "ask", "call", "tell", "instruct", "direct", "press", "pressure", "push", "encourage", "appeal", "want",
    ]

    /// Heads of what a state or a body sends to talk, not to act on the ground: "sent its envoy to Y", "send delegations
    /// to Y", "sent their foreign ministers to Y", "ready to send a mediation team to Y" (`deployed_to` is not read).
    static let envoyNouns: Set<String> = [
        "envoy", "emissary", "minister", "ambassador", "delegation", "delegate", "mediator", "negotiator", "diplomat",
        "representative", "mediation", "diplomatic", "negotiating", "spokesman", "spokeswoman",
    ]

    /// Verbs of an intention or an offer whose infinitive is not yet done: "offered to buy Y", "plans to acquire Y" (no
    /// merger drawn).
    static let intentionLemmas: Set<String> = [
        "offer", "plan", "seek", "propose", "bid", "try", "attempt", "hope", "aim", "intend", "want", "wish", "threaten", "consider",
    ]

    /// Verbs of an attack on a military's own posts, reported by it ("said Y had shelled its positions").
    static let reportedAttackLemmas: WordSet = [
        "attack", "attacked", "attacks", "attacking", "shelled", "shell", "shells", "shelling", "struck", "strike", "strikes",
        "bombed", "bomb", "bombs", "bombing", "raided", "raid", "raids", "ambushed", "ambush", "targeted", "target", "targets",
        "fired", "hit", "hits", "assaulted", "stormed", "rammed",
    ]

    /// Head nouns that stand for the actor named before them: "Turkish drones struck",
    /// "Russia's forces", "posts housing Azerbaijani troops".
    static let standIns = WordSet(
        RelationFinder.governmentNouns.words.union(RelationFinder.fighterNouns.words).union([
            "efforts", "effort",
            // "Chile's foreign ministry criticized": an organ named in lower case acts for its state.
            "ministry",
            // "destroyed Indian posts", "shelled Chilean positions": a state's military posts stand for it.
            "post", "posts", "outpost", "outposts", "position", "positions", "checkpoint", "checkpoints",
        ]))

    /// The lemma of a group's head (its plural's singular), as a string.
    func headLemma(_ group: NounGroup) -> String {
        let token = ctx.tokens[group.head]
        return lexicon.lemmaText(lexicon.lemma(of: token), of: token)
    }

    /// Predicates whose actors may be named through a stand-in noun: forces fight for their state.
    static let standInPredicates: Set<Predicate> = [
        .attacked, .killed, .fought, .threatened, .controls, .deployedTo, .accused, .supports,
    ]

    /// Verbs whose object noun names the event their subject takes part in: "launched an
    /// attack on", "held talks with", "signed a deal with".
    static let lightVerbs: Set<String> = [
        "launch", "carry", "conduct", "stage", "mount", "make", "begin", "continue", "intensify", "resume", "unleash", "step",
        "hold", "have", "open", "conclude", "attend", "start", "join", "host", "sign", "reach", "strike", "seal", "negotiate",
        "finalize", "finalise", "announce", "complete", "pursue", "agree", "claim", "order", "plan", "file", "bring", "level",
        "form", "establish", "create", "level", "voice", "issue", "lodge", "repeat", "renew", "deliver", "express",
    ]

    /// The actors of noun groups `groups`, in order: ``entities(_:_:standIns:pairs:)`` of each,
    /// in one array reserved for one actor a group (a list of 700k names: no array grown by
    /// doubling to a million slots).
    func actors(_ groups: some Collection<Int>, _ syntax: SentenceSyntax, standIns: Bool = true, pairs: Bool = false) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(groups.count)
        for n in groups { result += entities(n, syntax, standIns: standIns, pairs: pairs) }
        return result
    }

    /// The actors a noun group stands for: its name; a pronoun's antecedent; for a stand-in
    /// noun ("troops", "government"), the actor named before it (only with `standIns`).
    /// With `pairs`, "the two countries" stands for the two named before (subjects only: "urged
    /// both sides" names the sides of a dispute, often not the two named last).
    func entities(_ n: Int, _ syntax: SentenceSyntax, standIns: Bool = true, pairs: Bool = false) -> [Int] {
        let group = syntax.nouns[n]
        if let entity = group.entity {
            // "the commander of U.S. Pacific Command" stands for the office's unnamed holder.
            if ctx.entities.kinds[entity] != .person,
                RelationFinder.unnamedOfficeHolderEnd(ctx, lexicon, after: group.start, to: group.end) == group.end
            {
                return []
            }
            return [entity]
        }
        if pairs, let pair = pairReferent(group) { return pair }
        if group.isPronoun {
            let norm = ctx.tokens[group.start].norm
            if norm == "he" || norm == "she" || norm == "him" || norm == "her" {
                return ctx.lastPerson(before: group.start).map { [$0] } ?? []
            }
            return []
        }
        if standIns, Self.standIns.contains(ctx.tokens[group.head]) {
            if let modifier = group.modifier {
                // "Chilean rebel forces": fighters against the state, not its instrument.
                if ctx.entities.kinds[modifier] == .country,
                    (group.start..<group.head).contains(where: { VerbRules.notStateModifiers.contains(ctx.tokens[$0]) })
                {
                    return []
                }
                return [namedOrgan(group, of: modifier) ?? modifier]
            }
            if let owner = group.possessor, let entity = syntax.nouns[owner].entity {
                // "Anna Lisk's government" is the state she leads, which the frames cannot tell: nobody.
                if ctx.entities.kinds[entity] == .person, RelationFinder.governmentNouns.contains(ctx.tokens[group.head]) { return [] }
                return [entity]
            }
        }
        return []
    }

    /// Heads of a stand-in that may describe a state's organ the text names ("Latvian border
    /// guards" … "the State Border Guard"; "the Sri Lankan navy" … "the Sri Lanka Navy").
    static let organNouns: WordSet = ["guard", "guards", "navy", "army", "police", "gendarmerie"]

    /// The organization a stand-in with a country modifier describes, when the text names one:
    /// its name holds the country's name or adjective as whole words and ends in the group's head
    /// ("Sri Lanka Navy"), or names no country and ends in the group's last two words ("border
    /// guards": "State Border Guard"); the only one so named. ("Cambodian army" is not "Royal Thai
    /// Army", "Omani border police" not "Romanian Border Police", "Latvian border guards" not
    /// "Estonian Border Guard": the country stays.) One answer per head, word and country, kept for
    /// the document: the organizations are scanned once per such question, not per stand-in.
    func namedOrgan(_ group: NounGroup, of country: Int) -> Int? {
        let tokens = ctx.tokens
        guard ctx.entities.kinds[country] == .country, Self.organNouns.contains(tokens[group.head]) else { return nil }
        let head = headLemma(group)
        let before = group.head > group.start && tokens[group.head - 1].isLowerInitial && ctx.mentionByEnd[group.head] == nil
            ? tokens[group.head - 1].norm : nil
        return organizations.organ(head: head, before: before, country: country)
    }

    /// The document's organizations by the last word of their name, lower case, with the
    /// countries each name holds (read once, when first asked), and the answers of `namedOrgan`.
    /// (A name's words are split again when asked, not kept: an array of `Substring`s, its string and
    /// a dictionary entry per organization were ~300 bytes each, 75 MB of a text of 250k bodies ending in
    /// one head word, at the peak of its extraction; issue 14.)
    final class OrganizationIndex {
        @exclusivity(unchecked) private var table: [String: [Int]]? = nil
        /// Per entity, the countries of the text its name holds, once asked: `noCountryAsked` not yet,
        /// -1 none, `c >= 0` the one country `c`, `~k` (below -1) the list `lists[k]` of two or more.
        @exclusivity(unchecked) private var countriesNamed: [Int32] = []
        @exclusivity(unchecked) private var lists: [[Int]] = []
        private static let noCountryAsked = Int32.min
        @exclusivity(unchecked) private var countryForms: [(country: Int, words: [Substring])]? = nil
        @exclusivity(unchecked) private var answers: [String: Int?] = [:]
        private let entities: ResolvedEntities
        init(_ entities: ResolvedEntities) { self.entities = entities }
        private var byLastWord: [String: [Int]] {
            if let table { return table }
            var built: [String: [Int]] = [:]
            for e in entities.indices where entities.kinds[e] == .organization {
                if let last = nameWords(e).last { built[String(last), default: []].append(e) }
            }
            table = built
            return built
        }

        /// The text's countries, each by its name and every surface ("Latvia", "Latvian"), as words.
        private var forms: [(country: Int, words: [Substring])] {
            if let countryForms { return countryForms }
            var built: [(country: Int, words: [Substring])] = []
            for c in entities.indices where entities.kinds[c] == .country {
                var seen: Set<String> = []
                for form in [entities.name(c)] + entities.surfaces[c] {
                    let lower = form.lowercased().replacingOccurrences(of: ".", with: "")
                    guard !lower.isEmpty, seen.insert(lower).inserted else { continue }
                    built.append((c, lower.split(separator: " ")))
                }
            }
            countryForms = built
            return built
        }

        /// The countries of the text whose name or adjective is whole words of `e`'s name.
        private func countries(in e: Int) -> [Int] {
            if countriesNamed.isEmpty { countriesNamed = [Int32](repeating: Self.noCountryAsked, count: entities.count) }
            let known = countriesNamed[e]
            if known != Self.noCountryAsked {
                if known == -1 { return [] }
                return known >= 0 ? [Int(known)] : lists[Int(~known)]
            }
            let name = nameWords(e)
            var found: [Int] = []
            for form in forms where !form.words.isEmpty && form.words.count <= name.count && !found.contains(form.country) {
                let n = form.words.count
                if (0...(name.count - n)).contains(where: { name[$0..<($0 + n)].elementsEqual(form.words) }) {
                    found.append(form.country)
                }
            }
            switch found.count {
            case 0: countriesNamed[e] = -1
            case 1: countriesNamed[e] = Int32(truncatingIfNeeded: found[0])
            default:
                countriesNamed[e] = ~Int32(truncatingIfNeeded: lists.count)
                lists.append(found)
            }
            return found
        }

        private func nameWords(_ e: Int) -> [Substring] {
            entities.name(e).lowercased().replacingOccurrences(of: ".", with: "").split(separator: " ")
        }

        func organ(head: String, before: String?, country: Int) -> Int? {
            let key = "\(head) \(before ?? "") \(country)"
            if let known = answers[key] { return known }
            var found: Int? = nil
            var several = false
            for e in byLastWord[head] ?? [] {
                let named = countries(in: e)
                let twoWords = before.map { before in
                    let name = nameWords(e)
                    return name.count >= 2 && name[name.count - 2] == before
                } ?? false
                guard named.contains(country) || (twoWords && named.isEmpty) else { continue }
                if found != nil {
                    several = true
                    break
                }
                found = e
            }
            let answer = several ? nil : found
            answers[key] = answer
            return answer
        }
    }

    /// Plural heads of "the two X" / "both X" and the kinds of the actors they stand for.
    static let pairNouns: [String: Set<EntityKind>] = {
        var table: [String: Set<EntityKind>] = [:]
        for noun in ["countries", "nations", "states", "governments", "neighbours", "neighbors", "capitals"] { table[noun] = [.country] }
        for noun in ["companies", "firms", "agencies", "groups", "organizations", "organisations", "banks", "carriers", "airlines"] {
            table[noun] = [.organization]
        }
        for noun in ["leaders", "men", "women", "ministers", "presidents", "officials", "heads", "chiefs", "candidates"] {
            table[noun] = [.person]
        }
        for noun in ["sides", "parties", "rivals", "armies", "militaries", "allies", "adversaries", "foes", "powers", "superpowers", "enemies", "partners"] {
            table[noun] = [.country, .organization]
        }
        return table
    }()

    /// "the two countries", "both sides", "both the rival nations": the two actors of the
    /// head's kind named last before the group — the first two of the latest sentence (of this
    /// one and the two before) that names two, else the two named last. Nil when the group is
    /// no such reference; empty when two such actors are not found.
    func pairReferent(_ group: NounGroup, excluding excluded: [Int] = []) -> [Int]? {
        let tokens = ctx.tokens
        guard group.mention == nil, let kinds = Self.pairNouns[tokens[group.head].norm] else { return nil }
        // "two" or "both" inside the group, or "both" right before it; no other number or name.
        let low = group.start > 0 && tokens[group.start - 1].normIs("both") ? group.start - 1 : group.start
        guard (low..<group.head).contains(where: { tokens[$0].normIs("two") || tokens[$0].normIs("both") }),
            !(low..<group.head).contains(where: { ctx.mentionByStart[$0] != nil })
        else { return nil }
        guard var index = ctx.mentionIndex(before: low) else { return [] }
        var recent: [Int] = []  // the most recent first
        var sentence = ctx.mentions[index].sentence
        var inSentence: [Int] = []  // text order reversed, distinct
        let oldest = sentence - 2
        let stop = index - 40
        func close(_ list: [Int]) -> [Int]? {
            // A sentence that names two: its first two.
            if recent.isEmpty, list.count >= 2 { return Array(list.reversed().prefix(2)) }
            for e in list where !recent.contains(e) {
                recent.append(e)
                if recent.count == 2 { return recent.reversed() }
            }
            return nil
        }
        while index >= 0, index > stop, ctx.mentions[index].sentence >= oldest {
            let m = ctx.mentions[index]
            if m.sentence != sentence {
                if let found = close(inSentence) { return found }
                inSentence = []
                sentence = m.sentence
            }
            if ctx.owner[index] >= 0, low - m.end < 160, kinds.contains(ctx.kind(index)), !ctx.demonymOfNamedBody(index),
                !excluded.contains(ctx.entity(index))
            {
                let e = ctx.entity(index)
                if let at = inSentence.firstIndex(of: e) { inSentence.remove(at: at) }
                inSentence.append(e)
            }
            index -= 1
        }
        return close(inSentence) ?? []
    }

    private func accepts(_ slot: Frame.Slot, _ entity: Int) -> Bool {
        slot.kinds.isEmpty || slot.kinds.contains(ctx.entities.kinds[entity])
    }

    /// The clause each noun group of a sentence is the object of (the first such clause; -1: none),
    /// kept for the groups that are objects alone, sorted (a 32-bit number per noun group was
    /// 2.8 MB of a list of 700k names, issue 14).
    struct ObjectClauses {
        private var groups: [Int32] = []
        private var clauses: [Int32] = []

        init(_ syntax: SentenceSyntax) {
            @inline(__always) func key(_ n: Int, _ index: Int) -> UInt64 {
                UInt64(UInt32(truncatingIfNeeded: n)) << 32 | UInt64(UInt32(truncatingIfNeeded: index))
            }
            // The pairs come in order when each clause's objects follow the last clause's (the common
            // case): then they are kept as they come, in arrays of their exact size, with no array of
            // pairs to sort beside them (16 bytes an object, growing by doubling: the peak of a sentence
            // of ~1M participial asides; issue 14).
            var count = 0
            var previous: UInt64 = 0
            var inOrder = true
            for (index, clause) in syntax.clauses.enumerated() {
                for n in clause.object {
                    let pair = key(n, index)
                    if pair < previous { inOrder = false }
                    previous = pair
                    count += 1
                }
            }
            if inOrder {
                groups.reserveCapacity(count)
                clauses.reserveCapacity(count)
                for (index, clause) in syntax.clauses.enumerated() {
                    for n in clause.object where groups.last != Int32(truncatingIfNeeded: n) {
                        groups.append(Int32(truncatingIfNeeded: n))
                        clauses.append(Int32(truncatingIfNeeded: index))
                    }
                }
                return
            }
            var pairs: [UInt64] = []
            pairs.reserveCapacity(count)
            for (index, clause) in syntax.clauses.enumerated() {
                for n in clause.object { pairs.append(key(n, index)) }
            }
            pairs.sort()
            for pair in pairs where groups.last != Int32(truncatingIfNeeded: pair >> 32) {
                groups.append(Int32(truncatingIfNeeded: pair >> 32))
                clauses.append(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
            }
        }

        subscript(n: Int) -> Int32 {
            let k = groups.partitionPoint { Int($0) < n }
            return k < groups.count && Int(groups[k]) == n ? clauses[k] : -1
        }
    }

    /// What a match binds: the source and target actors.
    private struct Binding {
        var sources: [Int] = []
        var targets: [Int] = []
        var subjects: [Int] = []
    }

    private func bind(_ slot: Frame.Slot, _ actors: [Int], _ binding: inout Binding) -> Bool {
        // (Every actor accepted, the common case, shares `actors`; a first binding takes the
        // array rather than a copy: a list of 700k names made two more arrays of them, 14 MB at
        // the peak of its extraction.)
        let accepted = actors.allSatisfy { accepts(slot, $0) } ? actors : actors.filter { accepts(slot, $0) }
        switch slot.role {
        case .source:
            guard !accepted.isEmpty else { return false }
            if binding.sources.isEmpty { binding.sources = accepted } else { binding.sources += accepted }
        case .target:
            guard !accepted.isEmpty else { return false }
            if binding.targets.isEmpty { binding.targets = accepted } else { binding.targets += accepted }
        case .none: break
        }
        return true
    }

    func run(_ syntax: SentenceSyntax, emit: Emit) {
        sentence.reset()
        defer { sentence.reset() }
        // Which clause each noun group is the object of (for a noun frame's agent), made when a noun frame is
        // first tried: most sentences have none (the table took ~0.5 % of extracting news text, and 8 bytes a
        // group at the peak of a sentence of ~1M participial asides, which has none; issue 14).
        var objectOf: ObjectClauses?
        var agentOfEvent: [Int: [Int]] = [:]
        for (n, group) in syntax.nouns.enumerated() {
            guard let frames = frames(of: group, noun: true) else { continue }
            // An attack named with its agent ("a French air strike", "Chile's raid") is that
            // agent's, whether or not a frame draws from it: a passive killing "in" it is theirs.
            if frames.contains(where: { lexicon.syntax.frames[$0].predicate.isOne(of: .attacked, .killed) }),
                let agent = group.modifier ?? group.possessor.flatMap({ syntax.nouns[$0].entity })
            {
                agentOfEvent[n] = [agent]
            }
            for index in frames {
                if objectOf == nil { objectOf = ObjectClauses(syntax) }
                if matchNoun(lexicon.syntax.frames[index], n, syntax, objectOf: objectOf!, emit: emit, agent: &agentOfEvent) { break }
            }
        }
        for clause in syntax.clauses where !clause.verb.negated {
            // A copula ("Y was behind the attack") takes the frames of "be".
            let lemma = clause.verb.copula ? lexicon.syntax.copulaLemma : clause.verb.lemma
            guard lemma >= 0, let frames = lexicon.syntax.verbFrames[lemma] else { continue }
            // "other nations, including Iran" lists examples: "including" is a preposition, no clause's verb.
            if ctx.tokens[clause.verb.main].normIs("including") { continue }
            // A user's verb pattern on this verb shadows the frames of lower rank.
            var shadow = 0
            if lexicon.hasRankedVerbs, let patterns = lexicon.verbs(startingWith: ctx.tokens[clause.verb.main]) {
                shadow = patterns.map { lexicon.verbRanks[$0] }.max() ?? 0
            }
            // ("X, who ran the company from 2019 to 2023": a term that ended leads nothing, `VerbRules.endedTerm`.)
            // (Read only when a frame of `leads` is tried: most clauses have none, and the scan was ~0.6 % of extraction.)
            let main = clause.verb.main
            var ended: Bool?
            for index in frames where lexicon.syntax.frames[index].rank >= shadow {
                if lexicon.syntax.frames[index].predicate == .leads {
                    if ended == nil {
                        ended = VerbRules.endedTerm(
                            ctx.tokens, after: main + 1, to: min(ctx.tokens.count, main + 14), past: clause.verb.tense == .past)
                    }
                    if ended == true { continue }
                }
                if matchVerb(lexicon.syntax.frames[index], clause, syntax, events: agentOfEvent, emit: emit) { break }
            }
        }
        reportedBlame(syntax, emit: emit)
    }

    /// Blame quoted in reported speech, whatever the verb (the examples are invented): "Chile said
    /// Peru had 'systematically breached' the accord", "… the Velmar Front was 'preparing the ground
    /// for a coup'", "… the regulator had acted 'unlawfully'": a clause whose subject names an actor,
    /// reported by a speaker (``reporter(of:_:)``), holding a quotation with a word of blame
    /// (``JudgementRules/blameWords``, or an adverb made from one, "illegally") or a verb of a reported
    /// accusation frame (`@wrongdo` and the like: "had 'repeatedly violated'") is the speaker's
    /// accusation of that actor (`frame:reported-blame`). Not a negated, modal, future or passive clause
    /// ("Y had been 'attacked by gangs'" blames the gangs), nor a copula's ("'Y is a dangerous enemy'"
    /// describes Y, and the copula's own frames read "was behind"), not a pronoun's, and not one whose own verb is of speech or judgement ("Y had called Z 'a thief'" is
    /// Y's blame of Z, not the speaker's of Y).
    func reportedBlame(_ syntax: SentenceSyntax, emit: Emit) {
        let tokens = ctx.tokens
        // The sentence's end: blame quoted in the next sentence is no clause's of this one.
        let sentenceEnd: Int = {
            guard let last = syntax.chunks.last else { return tokens.count }
            switch last {
            case .noun(let n): return syntax.nouns[n].end
            case .verb(let v): return syntax.verbs[v].end
            case .word(let k): return k + 1
            }
        }()
        // The clauses' verb starts, in order (clause i is verb group i, the groups in token order): each clause
        // finds the next verb by a binary search in place (a scan of every later clause per clause was quadratic
        // in a sentence of many clauses; a sorted copy of the starts took 16 bytes a clause).
        let clauseVerbs = 0..<syntax.clauses.count
        for clause in syntax.clauses where clause.kind == .main {
            let verb = clause.verb
            guard !verb.negated, !verb.modal, !verb.passive, !verb.copula, verb.tense != .future, verb.form == .finite, !clause.subject.isEmpty,
                !clause.subject.contains(where: { syntax.nouns[$0].isPronoun })
            else { continue }
            let main = tokens[verb.main]
            if JudgementRules.judgeVerbs.contains(main) || JudgementRules.speechVerbs.contains(main) { continue }
            if let patterns = lexicon.verbs(startingWith: main),
                patterns.contains(where: { !lexicon.verbFlags[$0].isDisjoint(with: [.speech, .speakerOnly, .denial]) })
            {
                continue
            }
            // The clause's words: from its verb group to the next clause's verb (or the sentence's end), at most 24.
            let after = clauseVerbs.partitionPoint { syntax.verbs.start($0) <= verb.main }
            let nextVerb = after < clauseVerbs.count ? syntax.verbs.start(after) : Int.max
            let lastGroup = clause.subject.map { syntax.nouns[$0].end }.max() ?? verb.start
            var q = min(lastGroup, verb.start)
            let limit = min(nextVerb, verb.end + 24, sentenceEnd, tokens.count)
            var blamed = false
            var quoted = 0
            while q < limit {
                let t = tokens[q]
                if t.kind == .quote {
                    quoted += 1
                } else if t.inQuote, q >= verb.start || quoted > 0, isBlame(t) {
                    blamed = true
                    break
                } else if !t.inQuote, t.text == ";" || (q > verb.end && t.textIs(",") && quoted == 0) {
                    break
                }
                q += 1
            }
            guard blamed else { continue }
            let doers = actors(clause.subject, syntax, standIns: true)
            guard !doers.isEmpty else { continue }
            let reporters = reporter(of: clause, syntax).filter { !doers.contains($0) }
            for reporter in reporters {
                for doer in doers where ctx.entities.kinds[doer] != .location && ctx.entities.kinds[doer] != .facility {
                    emit(reporter, doer, .accused, "frame:reported-blame", confidence(clause) * 0.9, verb.main)
                }
            }
        }
    }

    /// Whether a quoted word blames: a word of ``JudgementRules/blameWords``, an adverb made from one
    /// ("illegally", "arbitrarily"), or a verb with a reported accusation frame ("violated", "looted").
    func isBlame(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if JudgementRules.blameWords.contains(token) { return true }
        let norm = token.norm
        if norm.hasSuffix("ly"), norm.count > 5 {
            let stem = String(norm.dropLast(2))
            if JudgementRules.blameWords.contains(stem) { return true }
            if stem.hasSuffix("i"), JudgementRules.blameWords.contains(String(stem.dropLast()) + "y") { return true }
        }
        guard [.verbPast, .verbParticiple, .verbPresent, .verbThird, .verbBase, .verbGerund].contains(token.tag) else { return false }
        let lemma = lexicon.lemma(of: token)
        guard lemma >= 0, let frames = lexicon.syntax.verbFrames[lemma] else { return false }
        return frames.contains { lexicon.syntax.frames[$0].reported && lexicon.syntax.frames[$0].predicate == .accused }
    }

    private func frames(of group: NounGroup, noun: Bool) -> [Int]? {
        let token = ctx.tokens[group.head]
        guard token.tag == .noun || token.tag == .nounPlural else { return nil }
        let id = lexicon.lemma(of: token)
        return lexicon.syntax.nounFrames[id]
    }

    private func confidence(_ clause: Clause) -> Double { clause.verb.modal ? 0.5 : 0.8 }

    /// "A and B said they would send ships": a subject "they" right after a verb of saying (over "that") is
    /// that verb's subject, when its names are of actors that are no person. ("X said it …" is read once, in
    /// the clause layer: ``ClauseFinder`` gives "it" its speaker before any frame runs.)
    func speakerOfPronoun(_ clause: Clause, _ syntax: SentenceSyntax) -> [Int] {
        guard clause.kind == .main, clause.subject.count == 1 else { return [] }
        let group = syntax.nouns[clause.subject[0]]
        guard group.isPronoun, ctx.tokens[group.start].normIs("they") else { return [] }
        var before = group.start - 1
        if before >= 0, ctx.tokens[before].normIs("that") { before -= 1 }
        guard before >= 0, lexicon.flags(ctx.tokens[before]).contains(.clauseTaking),
            let speech = syntax.clauses.first(where: { $0.verb.main == before && !$0.verb.passive })
        else { return [] }
        // Only a speaker named by its name ("the U.N. mission, UNOVEL, said it": the description is not the name's).
        guard speech.subject.allSatisfy({ n in syntax.nouns[n].mention.map { ctx.mentions[$0].end == syntax.nouns[n].end } ?? false }) else {
            return []
        }
        let speakers = actors(speech.subject, syntax, standIns: false)
        guard speakers.count > 1, speakers.allSatisfy({ ctx.entities.kinds[$0] != .person }) else { return [] }
        return speakers
    }

    /// "It urged Y to …", "X … and said it would ask Y to …": a subject "it" (not in a quotation) that the clause
    /// layer left unread is the organization or state that opens a recent sentence, as the verb patterns read it
    /// (``RelationFinder/openingActor(_:before:)``): one that opens the pronoun's own sentence or, for an "It" that
    /// opens its sentence, the one before ("The company said it would ask …" after another sentence's opener is the
    /// company's, whoever that is; "It" two sentences on may be the resolution it adopted). An opener described and
    /// named in apposition is the name: "Chile's state logistics agency, Korvex, said it …", "The U.N. mission,
    /// UNOVEL, said it …".
    func openingActorOfIt(_ clause: Clause, _ syntax: SentenceSyntax) -> [Int] {
        let tokens = ctx.tokens
        guard clause.subject.count == 1, case let group = syntax.nouns[clause.subject[0]], group.isPronoun,
            tokens[group.start].normIs("it"), !tokens[group.start].inQuote,
            let actor = RelationFinder(lexicon: lexicon).openingActor(ctx, before: group.start),
            var index = ctx.mentionIndex(before: group.start)
        else { return [] }
        let sentence = ctx.seg.sentences.partitionPoint { $0.tokens.upperBound <= group.start }
        let opensSentence = group.start == ctx.seg.sentences[sentence].tokens.lowerBound
        let earliest = opensSentence ? sentence - 1 : sentence
        var opener: Int? = nil
        // (At most 256 mentions back: a long sentence of many "it"s reads a bounded stretch for each.)
        var steps = 0
        while index >= 0, steps < 256, ctx.mentions[index].sentence >= earliest {
            if ctx.owner[index] >= 0, ctx.entity(index) == actor { opener = index }
            index -= 1
            steps += 1
        }
        // ("Chile and Peru said it …": a pronoun that does not agree with its subject.)
        guard let opener, ctx.mentions[opener].end >= tokens.count || !tokens[ctx.mentions[opener].end].normIs("and") else { return [] }
        // The apposed name: after the opener, its possessive and at most four lower-case words, ", Name,".
        var q = ctx.mentions[opener].end
        if q < tokens.count, tokens[q].normIs("'s") { q += 1 }
        let limit = min(q + 4, tokens.count)
        while q < limit, tokens[q].kind == .word, tokens[q].isLowerInitial { q += 1 }
        if q + 1 < tokens.count, q > ctx.mentions[opener].end, tokens[q].textIs(","), let named = ctx.mentionByStart[q + 1],
            ctx.owner[named] >= 0, !ctx.mentions[named].isAdjective, ctx.kind(named) == .organization,
            ctx.mentions[named].end < tokens.count, tokens[ctx.mentions[named].end].textIs(",")
        {
            return [ctx.entity(named)]
        }
        return [actor]
    }

    /// Matches a verb frame against a clause; emits and returns true on a match.
    /// Whether a clause says what is to come: a modal or future verb group ("would sue", "will sue", "could sue"), or a
    /// "to" clause under a verb of intent (``intentionLemmas``: "threatened to sue", "plans to sue").
    private func isFuture(_ clause: Clause, _ syntax: SentenceSyntax) -> Bool {
        if clause.verb.negated { return false }
        if clause.verb.modal || clause.verb.tense == .future { return true }
        return intended(clause, syntax)
    }

    /// Whether a "to" clause is one a verb of intent governs (``intentionLemmas``, not negated): "offered to buy Y",
    /// "threatened to sue Y".
    private func intended(_ clause: Clause, _ syntax: SentenceSyntax) -> Bool {
        guard clause.kind == .infinitival, let parent = clause.parent, parent < syntax.clauses.count else { return false }
        let verb = syntax.clauses[parent].verb
        return !verb.negated && Self.intentionLemmas.contains(lexicon.lemmaText(verb.lemma, of: ctx.tokens[verb.main]))
    }

    private func matchVerb(_ frame: Frame, _ clause: Clause, _ syntax: SentenceSyntax, events: [Int: [Int]], emit: Emit) -> Bool {
        // "ordered the agency to conclude a contract with Y", "urged X to sign a deal with Y": an act
        // asked for is not one done.
        if clause.kind == .infinitival, (frame.predicate.isOne(of: .agreedWith, .metWith, .mergedWith) || frame.predicate == .urged), let parent = clause.parent,
            parent < syntax.clauses.count, Self.directiveLemmas.contains(lexicon.lemmaText(syntax.clauses[parent].verb.lemma, of: ctx.tokens[syntax.clauses[parent].verb.main]))
        {
            return false
        }
        // "Chile denied it had sent troops": a denied deed is not drawn.
        if !clause.verb.negated, frame.predicate != .denied, clause.subject.count == 1, syntax.nouns[clause.subject[0]].isPronoun,
            VerbRules.isDenied(before: syntax.nouns[clause.subject[0]].end, from: 0, ctx.tokens)
        {
            return false
        }
        // "Korvex offered to buy Velmar Dairy": a purchase offered or planned is no merger yet.
        if frame.predicate == .mergedWith, intended(clause, syntax) { return false }
        // "said it would sue Y", "threatened to sue Y": a `future` frame reads only what is to come.
        if frame.future, !isFuture(clause, syntax) { return false }
        // "Korvex managed the mine until 2019": a tie that ended is none now.
        if frame.predicate.isOne(of: .leads, .memberOf, .roleIn) || frame.predicate == .controls,
            clause.complements.contains(where: { $0.preposition == "until" || $0.preposition == "till" })
        {
            return false
        }
        // "had warned the ministry in March that the alarms were faulty": a past notice, read by ``VerbRules`` as `notified`.
        if frame.predicate == .threatened, !clause.verb.passive {
            let tokens = ctx.tokens
            let main = clause.verb.main
            var stop = main + 1
            while stop < tokens.count, stop < main + 41, !tokens[stop].textIs("."), tokens[stop].text != ";" { stop += 1 }
            if VerbRules.warningAsNotice(at: main, end: main + 1, from: max(0, main - 4), to: stop, tokens) { return false }
        }
        // "sent its envoy to Y", "agreed to send delegations to Y", "urged Velmar to send Lena Ortiz to Y": a diplomat, a
        // delegation or one named person sent somewhere is no deployment (a frame that names no kind of force only).
        if frame.predicate == .deployedTo, !clause.verb.passive, let first = clause.object.first,
            !frame.elements.contains(where: { if case .objectWord = $0 { return true } else { return false } }),
            case let group = syntax.nouns[first],
            Self.envoyNouns.contains(headLemma(group)) || group.entity.map({ ctx.entities.kinds[$0] == .person }) == true
                || (group.head > group.start && Self.envoyNouns.contains(ctx.tokens[group.head - 1].norm))
        {
            return false
        }
        let stand = Self.standInPredicates.contains(frame.predicate)
        var subject = actors(clause.subject, syntax, standIns: stand, pairs: true)
        if subject.isEmpty { subject = speakerOfPronoun(clause, syntax) }
        // (Not a reported wrong: "X said it had ignored the warnings" may blame a body the text names since.)
        if subject.isEmpty, !frame.reported { subject = openingActorOfIt(clause, syntax) }
        var object = clause.object
        var objectActors = actors(clause.object, syntax, standIns: stand)
        var complements = clause.complements
        if clause.verb.passive {
            // "Y was attacked by X": the active clause's object is the subject; its subject the "by" phrase.
            object = clause.subject
            objectActors = subject
            if let by = complements.firstIndex(where: { $0.preposition == "by" }) {
                subject = actors(complements[by].groups, syntax, standIns: stand)
                complements.remove(at: by)
            } else if let event = complements.first(where: {
                ["in", "during", "by"].contains($0.preposition) && $0.groups.contains { events[$0] != nil }
            }) {
                // "X was killed in a French air strike": the strike's agent.
                subject = event.groups.flatMap { events[$0] ?? [] }
            } else {
                subject = []
            }
        }
        // "Minister X said the government would ask Y to …": the speaker announcing their side's
        // request makes it (a request to come, by a state or body; not "said Z would ask": a person asks in person).
        if frame.predicate == .urged, !clause.verb.passive, clause.verb.modal || clause.verb.tense == .future,
            let first = clause.subject.first, !syntax.nouns[first].isPronoun,
            clause.subject.allSatisfy({ syntax.nouns[$0].entity.map { ctx.entities.kinds[$0] != .person } ?? true }),
            case let speakers = reporter(of: clause, syntax), speakers.count == 1, ctx.entities.kinds[speakers[0]] == .person,
            !objectActors.contains(speakers[0])
        {
            subject = speakers
        }
        // "X said the government had ignored the warning": a reported wrong of "the government", "the state" or "the
        // authorities", unqualified, is one of the country the text is about (the reporter's own side excluded below).
        if frame.reported, frame.predicate == .accused, subject.isEmpty, !clause.verb.passive, clause.subject.count == 1,
            case let group = syntax.nouns[clause.subject[0]], group.entity == nil, group.modifier == nil, group.possessor == nil,
            group.head == group.start + 1, ctx.tokens[group.start].normIs("the"),
            ctx.tokens[group.head].normIsOne(of: "government", "state", "authorities"),
            // (Not a condition: "would resume fighting if the government failed to …".)
            group.start == 0 || !ctx.tokens[group.start - 1].normIsOne(of: "if", "unless", "once", "when", "whether"),
            let mainCountry, ctx.entities.kinds[mainCountry] == .country
        {
            subject = [mainCountry]
        }
        // "offered Peru technical assistance" read as one group: the name before the aid is its
        // recipient (a name, not a demonym: "offered Chilean assistance" is Chile's).
        var recipientInGroup = false
        if let words = frame.elements.lazy.compactMap({ e -> [String]? in if case .secondObjectWord(let w) = e { return w } else { return nil } }).first,
            clause.secondObject.isEmpty, clause.object.count == 1, case let group = syntax.nouns[clause.object[0]],
            words.contains(headLemma(group)),
            let m = (group.start..<group.head).lazy.compactMap({ self.ctx.mentionByStart[$0] }).first,
            ctx.mentions[m].end <= group.head, ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
            case let recipient = ctx.entity(m), group.modifier == recipient || group.entity == recipient
        {
            objectActors = [recipient]
            recipientInGroup = true
        }
        var binding = Binding()
        for element in frame.elements {
            switch element {
            case .subject(let slot):
                if slot.role != .none, subject.isEmpty { return false }
                guard bind(slot, subject, &binding) else { return false }
            case .object(let slot):
                guard !object.isEmpty, bind(slot, objectActors, &binding) else { return false }
            case .objectWord(let words):
                guard let first = object.first else { return false }
                // ("Chile sent boats and a team of divers": relief sent with no recipient named may be any of a list.)
                let heads = frame.predicate == .supports && frame.toMain ? Array(object) : [first]
                guard words.contains("*") || heads.contains(where: { words.contains(headLemma(syntax.nouns[$0])) }) else { return false }
            case .complement(let prepositions, let slot):
                guard let c = complements.first(where: { prepositions.contains($0.preposition) }) else { return false }
                guard bind(slot, actors(c.groups, syntax, standIns: stand), &binding) else { return false }
            case .complementWord(let prepositions, let words):
                guard
                    complements.contains(where: { c in
                        prepositions.contains(c.preposition)
                            && c.groups.contains { words.contains("*") || words.contains(headLemma(syntax.nouns[$0])) }
                    })
                else { return false }
            case .secondObjectWord(let words):
                if recipientInGroup { continue }
                guard let second = clause.secondObject.first, words.contains("*") || words.contains(headLemma(syntax.nouns[second])) else {
                    return false
                }
            case .next(let words, let required):
                // The token after the object (after the verb group without one).
                let at = object.last.map { syntax.nouns[$0].end } ?? clause.verb.end
                let found = at < ctx.tokens.count && words.contains(ctx.tokens[at].norm)
                guard found == required else { return false }
            case .possessor, .modifier, .pair, .apposed:
                return false
            }
        }
        if frame.reported {
            // "Chile said Peru had violated the accord": the reporter accuses; nothing unreported.
            guard !clause.verb.modal else { return false }
            binding.sources = reporter(of: clause, syntax).filter { !binding.targets.contains($0) }
            guard !binding.sources.isEmpty else { return false }
            // "Chile said Peru had shelled its positions": the attack reported is on the reporter too.
            if frame.predicate == .accused, !clause.verb.passive, let first = object.first, syntax.nouns[first].entity == nil,
                syntax.nouns[first].possessor == nil, ctx.tokens[syntax.nouns[first].start].normIsOne(of: "its", "their", "our"),
                Self.reportedAttackLemmas.contains(ctx.tokens[clause.verb.main])
            {
                for attacker in binding.targets {
                    for reporter in binding.sources where reporter != attacker {
                        emit(attacker, reporter, .attacked, "frame:reported-attack", confidence(clause) * 0.9, clause.verb.main)
                    }
                }
            }
        }
        if frame.toMain, binding.targets.isEmpty {
            // "Chile sent tents": to the country the text is about, unless the clause names where
            // or to whom ("… to Peru", "… for the victims in Peru": other frames' work).
            guard let mainCountry, ctx.entities.kinds[mainCountry] == .country,
                !complements.contains(where: { ["to", "for", "in", "into", "at"].contains($0.preposition) }),
                binding.sources.allSatisfy({ ctx.entities.kinds[$0].isOne(of: .country, .organization) })
            else { return false }
            binding.targets = [mainCountry]
        }
        if frame.predicate == .supports, isPrice(clause, complements, syntax) { return false }
        // "The Velmar Front joined the Kalar Alliance in attacking the town": an act shared, no membership.
        if frame.predicate == .memberOf || frame.predicate == .roleIn, let last = clause.object.last,
            RelationFinder.sharedActFollows(ctx.tokens, at: syntax.nouns[last].end, to: ctx.tokens.count)
        {
            return false
        }
        if frame.predicate == .deployedTo, Self.keepingLemmas.contains(lexicon.lemmaText(clause.verb.lemma, of: ctx.tokens[clause.verb.main])) {
            // "Korvex Mining has 300 personnel in Peru": a company's staff is no force.
            if binding.sources.contains(where: { isCompany($0) }) { return false }
            // "Chile has troops in its northern region", "… in Arica" (a Chilean city): a state's forces at home.
            if complements.contains(where: { c in
                c.preposition == "in" && c.groups.contains { ctx.tokens[syntax.nouns[$0].start].normIsOne(of: "its", "their") }
            }) {
                return false
            }
            binding.targets.removeAll { target in
                guard let country = PlaceTable.builtIn.place(named: ctx.entities.name(target))?.country, !country.isEmpty else { return false }
                return binding.sources.contains { ctx.entities.kinds[$0] == .country && ctx.entities.name($0) == country }
            }
            if binding.targets.isEmpty { return false }
        }
        // "Velmar Air, which is partly owned by Korvex": a part owner is a tie, not the parent.
        let main = clause.verb.main
        if frame.predicate == .memberOf, main > 0, VerbRules.partOwnerWords.contains(ctx.tokens[main - 1]) {
            draw(frame, binding, predicate: .affiliatedWith, confidence: confidence(clause), anchor: main, emit: emit)
            return true
        }
        draw(frame, binding, confidence: confidence(clause), anchor: clause.verb.main, emit: emit)
        return true
    }

    /// Verbs of a force kept somewhere: "has troops in", "keeps soldiers in".
    static let keepingLemmas: Set<String> = ["have", "keep", "maintain", "station"]
    /// What a sum "for" buys: "offered $40 million for the stake".
    static let purchaseNouns: Set<String> = [
        "stake", "share", "holding", "company", "firm", "business", "unit", "division", "subsidiary", "asset", "operation",
        "licence", "license", "right", "takeover", "acquisition", "club", "player", "bid", "control", "mine", "plant", "brand",
    ]
    /// Words of a sum of money.
    static let moneyWords: Set<String> = ["million", "billion", "trillion", "money", "dollar", "euro", "pound", "cash", "sum"]

    /// Whether a clause's sum is a price, not aid: a sum ("$40 million") paid "for" a purchase ("for
    /// the stake", "for its shares", "for Korvex Mining").
    func isPrice(_ clause: Clause, _ complements: [Clause.Complement], _ syntax: SentenceSyntax) -> Bool {
        guard (clause.object + clause.secondObject).contains(where: { Self.moneyWords.contains(headLemma(syntax.nouns[$0])) }) else { return false }
        return complements.contains { c in
            c.preposition == "for"
                && c.groups.contains { g in
                    Self.purchaseNouns.contains(headLemma(syntax.nouns[g]))
                        || syntax.nouns[g].entity.map { ctx.entities.kinds[$0] == .organization } ?? false
                }
        }
    }

    /// Whether an organization is a company by its name's last word ("Korvex Mining", "Tarsel Energy Group"): the
    /// context's table, made once per document.
    func isCompany(_ entity: Int) -> Bool { ctx.isCompany[entity] }

    /// Who reports a clause: the subject of the nearest clause of the sentence whose verb is a
    /// speech verb of the lexicon's `[verbs]` (flag `speech` or `speaker`), before it ("Chile
    /// said Peru had …", "Chile accused Peru, saying it had …" excluded: the subject must be
    /// named) or, for a quotation, after it ("'Peru has betrayed us,' Chile's minister said").
    /// A negated or hedged speech verb ("did not say") reports nothing.
    func reporter(of clause: Clause, _ syntax: SentenceSyntax) -> [Int] { reporter(at: clause.verb.main, syntax) }

    /// Who reports what is said at token `at` (a clause's verb or a noun group's head): see
    /// ``reporter(of:_:)``.
    func reporter(at: Int, _ syntax: SentenceSyntax) -> [Int] {
        let tokens = ctx.tokens
        if sentence.speech == nil {
            // Every speech clause, in the order of its verb (the clauses' order: clause i is verb group i, in token
            // order); an unnegated, unhedged one whose subject names actors.
            var verbs: [Int32] = []
            var starts: [Int32] = [0]
            var actors: [Int32] = []
            var unquoted: [Int32] = []
            for other in syntax.clauses where !other.verb.negated && !other.verb.modal {
                let verb = other.verb.main
                guard let patterns = lexicon.verbs(startingWith: tokens[verb]),
                    patterns.contains(where: { !lexicon.verbFlags[$0].isDisjoint(with: [.speech, .speakerOnly]) })
                else { continue }
                let count = actors.count
                for n in other.subject {
                    for e in entities(n, syntax, standIns: true) { actors.append(Int32(truncatingIfNeeded: e)) }
                }
                // "An audit by X found that …": a finding's author speaks.
                if actors.count == count, other.subject.count == 1, let author = findingAuthor(syntax.nouns[other.subject[0]]) {
                    actors.append(Int32(truncatingIfNeeded: author))
                }
                guard actors.count > count else { continue }
                assert(verbs.last.map { Int($0) < verb } ?? true, "speech clauses in the order of their verbs")
                if !tokens[verb].inQuote { unquoted.append(Int32(truncatingIfNeeded: verbs.count)) }
                verbs.append(Int32(truncatingIfNeeded: verb))
                starts.append(Int32(truncatingIfNeeded: actors.count))
            }
            sentence.speech = (verbs, starts, actors, unquoted)
        }
        guard let speech = sentence.speech, !speech.verbs.isEmpty else { return accordingTo(at).map { [$0] } ?? [] }
        // Before the clause (the nearest); after it only when the clause is quoted and the speech verb is
        // not (the nearest such); the nearer of the two, the one before on a tie.
        var best: (distance: Int, index: Int)?
        let before = speech.verbs.partitionPoint { Int($0) < at } - 1
        if before >= 0 { best = (at - Int(speech.verbs[before]), before) }
        if tokens[at].inQuote {
            let k = speech.unquoted.partitionPoint { Int(speech.verbs[Int($0)]) <= at }
            if k < speech.unquoted.count {
                let index = Int(speech.unquoted[k])
                let distance = Int(speech.verbs[index]) - at
                if best.map({ distance < $0.distance }) ?? true { best = (distance, index) }
            }
        }
        return best.map { speech.actors[Int(speech.starts[$0.index])..<Int(speech.starts[$0.index + 1])].map { Int($0) } }
            ?? accordingTo(at).map { [$0] } ?? []
    }

    /// How far from a reported frame, in tokens, ``accordingTo(_:)`` reads for "according to X": a long news
    /// sentence is about sixty.
    static let accordingReach = 120

    /// Nouns of a finding whose "by" phrase names its author: "an audit by X found that …", "according to a report by X".
    static let findingNouns: WordSet = [
        "audit", "report", "review", "inquiry", "investigation", "probe", "inspection", "study", "assessment", "panel",
    ]

    /// The author of a finding named by noun group `group`: "an audit by [the] X", "a report from X" (a body, a state
    /// or a person).
    func findingAuthor(_ group: NounGroup) -> Int? {
        let tokens = ctx.tokens
        guard Self.findingNouns.contains(tokens[group.head]), group.end + 1 < tokens.count,
            tokens[group.end].normIsOne(of: "by", "from")
        else { return nil }
        var q = group.end + 1
        if tokens[q].normIs("the") { q += 1 }
        guard q < tokens.count, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
            ctx.kind(m).isOne(of: .organization, .country, .person)
        else { return nil }
        return ctx.entity(m)
    }

    /// Who reports what the sentence holding token `at` says when no clause of speech does: "according to [the] X",
    /// "according to a report by X" (a body, a state or a person), in the sentence within ``accordingReach`` tokens of
    /// `at` (so that a long sentence of many frames costs no more per frame as it grows).
    func accordingTo(_ at: Int) -> Int? {
        let tokens = ctx.tokens
        let s = ctx.seg.sentences.partitionPoint { $0.tokens.upperBound <= at }
        guard s < ctx.seg.sentences.count else { return nil }
        let sentence = ctx.seg.sentences[s].tokens
        let range = max(sentence.lowerBound, at - Self.accordingReach)..<min(sentence.upperBound, at + Self.accordingReach)
        var k = range.lowerBound
        while k + 2 < range.upperBound {
            defer { k += 1 }
            guard tokens[k].normIs("according"), tokens[k + 1].normIs("to") else { continue }
            var q = k + 2
            // ("according to a report by X": the finding's author.)
            if tokens[q].normIsOne(of: "a", "an", "the"), q + 2 < range.upperBound, Self.findingNouns.contains(tokens[q + 1]),
                tokens[q + 2].normIsOne(of: "by", "from")
            {
                q += 3
            }
            if q < range.upperBound, tokens[q].normIs("the") { q += 1 }
            guard q < range.upperBound, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
                ctx.kind(m).isOne(of: .organization, .country, .person)
            else { continue }
            return ctx.entity(m)
        }
        return nil
    }

    /// The chunk of noun group `n` (the sentence's table, made once).
    func chunk(of n: Int, _ syntax: SentenceSyntax) -> Int? {
        // The chunks are in token order, each starting where the one before ends: the first chunk that does not
        // start before the group is its chunk, when it is the group's. (A table of every group's chunk was 4
        // bytes a group at the peak of a sentence of ~200k reported frames; issue 14.)
        if sentence.chunkOfNoun == nil, n >= 0, n < syntax.nouns.count {
            let start = syntax.nouns[n].start
            let c = syntax.chunks.indices.partitionPoint { c in
                switch syntax.chunks[c] {
                case .noun(let m): return syntax.nouns[m].start < start
                case .verb(let v): return syntax.verbs.start(v) < start
                case .word(let k): return k < start
                }
            }
            if c < syntax.chunks.count, case .noun(let m) = syntax.chunks[c], m == n { return c }
        }
        if sentence.chunkOfNoun == nil {
            var chunkOf = [Int32](repeating: -1, count: syntax.nouns.count)
            for (c, chunk) in syntax.chunks.enumerated() {
                if case .noun(let m) = chunk, m < chunkOf.count, chunkOf[m] < 0 { chunkOf[m] = Int32(truncatingIfNeeded: c) }
            }
            sentence.chunkOfNoun = chunkOf
        }
        guard let table = sentence.chunkOfNoun, n < table.count, table[n] >= 0 else { return nil }
        return Int(table[n])
    }

    /// Matches a noun frame against a noun group and the prepositional phrases after it.
    private func matchNoun(
        _ frame: Frame, _ n: Int, _ syntax: SentenceSyntax, objectOf: ObjectClauses, emit: Emit, agent: inout [Int: [Int]]
    ) -> Bool {
        let stand = Self.standInPredicates.contains(frame.predicate)
        let group = syntax.nouns[n]
        // The prepositional phrases right after the group.
        var phrases: [(preposition: String, groups: [Int])] = []
        if let c = chunk(of: n, syntax) {
            var q = c + 1
            // ("a 'provocation' by Y": over the quotation's close.)
            if q < syntax.chunks.count, case .word(let k) = syntax.chunks[q], ctx.tokens[k].kind == .quote, !ctx.tokens[k].spaceBefore {
                q += 1
            }
            while q + 1 < syntax.chunks.count, case .word(let k) = syntax.chunks[q], ctx.tokens[k].tag == .preposition,
                case .noun(let m) = syntax.chunks[q + 1]
            {
                var groups = [m]
                q += 2
                // "between A and B", "of A and B"
                if q + 1 < syntax.chunks.count, case .word(let and) = syntax.chunks[q], ctx.tokens[and].normIs("and"),
                    case .noun(let second) = syntax.chunks[q + 1]
                {
                    groups.append(second)
                    q += 2
                }
                phrases.append((ctx.tokens[k].norm, groups))
            }
        }
        var binding = Binding()
        var agentFound = false
        var predicate = frame.predicate
        for element in frame.elements {
            switch element {
            case .apposed(let slot):
                guard frame.predicate.category != .structural || !describesFormer(group) else { return false }
                guard bind(slot, apposed(n, syntax, objectOf: objectOf), &binding) else { return false }
                agentFound = slot.role == .source
                // "X, deputy leader of Y": an office under the head.
                if predicate == .leads, isDeputy(group) { predicate = .roleIn }
            case .possessor(let slot):
                guard let owner = group.possessor, let entity = syntax.nouns[owner].entity, bind(slot, [entity], &binding) else {
                    return false
                }
                agentFound = slot.role == .source
            case .modifier(let slot):
                let actor = group.modifier ?? group.compoundEntity
                guard let actor, bind(slot, [actor], &binding) else { return false }
                agentFound = slot.role == .source
            case .complement(let prepositions, let slot):
                guard let phrase = phrases.first(where: { prepositions.contains($0.preposition) }),
                    bind(slot, phrase.groups.flatMap { entities($0, syntax, standIns: stand) }, &binding)
                else { return false }
                if slot.role == .source { agentFound = true }
            case .pair(let prepositions, let a, let b):
                // "a treaty between the two countries", "talks between both governments": the two named before
                // (``pairReferent(_:)``). Not for a noun of two kinds ("talks between the two sides" are often a dispute's
                // sides, not the two named last), nor for a tie ("trade between the two countries", "relations between the
                // two neighbours" state no act).
                // (Not the go-between that "mediated an agreement between the two countries": the two are others.)
                var goBetween: [Int] = []
                if objectOf[n] >= 0 {
                    let clause = syntax.clauses[Int(objectOf[n])]
                    if Self.goBetweenVerbs.contains(lexicon.lemmaText(clause.verb.lemma, of: ctx.tokens[clause.verb.main])) {
                        goBetween = actors(clause.subject, syntax, standIns: stand)
                    }
                }
                if frame.predicate != .affiliatedWith,
                    !phrases.contains(where: { prepositions.contains($0.preposition) && $0.groups.count == 2 }),
                    let phrase = phrases.first(where: { prepositions.contains($0.preposition) }), phrase.groups.count == 1,
                    Self.pairNouns[ctx.tokens[syntax.nouns[phrase.groups[0]].head].norm]?.count == 1,
                    let pair = pairReferent(syntax.nouns[phrase.groups[0]], excluding: goBetween), pair.count == 2
                {
                    guard bind(a, [pair[0]], &binding), bind(b, [pair[1]], &binding) else { return false }
                    continue
                }
                guard let phrase = phrases.first(where: { prepositions.contains($0.preposition) && $0.groups.count == 2 }) else {
                    return false
                }
                guard bind(a, entities(phrase.groups[0], syntax, standIns: stand), &binding),
                    bind(b, entities(phrase.groups[1], syntax, standIns: stand), &binding)
                else {
                    return false
                }
            case .complementWord(let prepositions, let words):
                guard
                    phrases.contains(where: { p in
                        prepositions.contains(p.preposition) && p.groups.contains { words.contains(headLemma(syntax.nouns[$0])) }
                    })
                else { return false }
            case .subject, .object, .objectWord, .secondObjectWord, .next:
                return false
            }
        }
        // No agent in the group: the subject of the clause it is the object of ("X launched an attack on Y").
        if !agentFound, binding.sources.isEmpty, objectOf[n] >= 0 {
            let clause = syntax.clauses[Int(objectOf[n])]
            let lemma = lexicon.lemmaText(clause.verb.lemma, of: ctx.tokens[clause.verb.main])
            if !clause.verb.negated, !clause.verb.passive, Self.lightVerbs.contains(lemma) {
                binding.sources = actors(clause.subject, syntax, standIns: stand)
            }
        }
        // A tie or meeting "in" which a clause's subject acts: "X acted in coordination with Y",
        // "X took part in talks with Y" (symmetric predicates only: a victim "killed in an
        // attack on Y" is no attacker).
        if !agentFound, binding.sources.isEmpty, frame.predicate.isSymmetric,
            let clause = syntax.clauses.first(where: { c in
                c.complements.contains { ["in", "during"].contains($0.preposition) && $0.groups.first == n }
            }), !clause.verb.negated, !clause.verb.passive
        {
            binding.sources = clause.subject.flatMap { entities($0, syntax, standIns: stand) }
        }
        if frame.reported {
            // "Chile said the fire was an act of sabotage by Peru": the reporter accuses. Not when the clause
            // the group is in is negated or hedged, or a negation or a modal goes a few words before it ("was
            // not an act of …", "may have been …", "no evidence of sabotage by Peru", "found no sign of …").
            if objectOf[n] >= 0, syntax.clauses[Int(objectOf[n])].verb.negated || syntax.clauses[Int(objectOf[n])].verb.modal { return false }
            var k = group.start - 1
            while k >= 0, k >= group.start - 6, ctx.tokens[k].kind == .word {
                if ctx.tokens[k].normIsOne(of: "no", "not", "never") || ctx.tokens[k].normIsOne(of: "without", "nor", "n't")
                    || ctx.tokens[k].tag == .modal
                {
                    return false
                }
                k -= 1
            }
            binding.sources = reporter(at: group.head, syntax).filter { !binding.targets.contains($0) }
        }
        // "X, a member of the Unity party", "of the Velmar Assembly": a member, not an office in it (but "a member of the
        // council" holds a seat).
        if predicate == .roleIn, headLemma(group) == "member", !binding.targets.isEmpty,
            binding.targets.allSatisfy({ ctx.entities.kinds[$0] == .organization && ctx.isMembershipBody($0, before: group.head) })
        {
            predicate = .memberOf
        }
        if frame.predicate == .attacked || frame.predicate == .killed, !binding.sources.isEmpty { agent[n] = binding.sources }
        guard !binding.sources.isEmpty, !binding.targets.isEmpty || frame.mutual else { return false }
        draw(frame, binding, predicate: predicate, confidence: 0.7, anchor: group.head, emit: emit)
        return true
    }

    /// Verbs of a go-between, whose subject is no party to what it brings about: "X mediated an agreement between the two".
    static let goBetweenVerbs: Set<String> = ["mediate", "broker", "facilitate", "arrange", "host", "sponsor", "oversee", "witness", "guarantee"]
    /// Words before a head noun that make an office no longer held ("former leader").
    static let formerWords: WordSet = ["former", "ex", "late", "onetime", "erstwhile", "outgoing"]
    /// Words before a head noun that make an office one under the head ("deputy leader").
    static let deputyWords: WordSet = ["deputy", "vice", "assistant", "associate", "co"]

    private func describesFormer(_ group: NounGroup) -> Bool {
        (group.start..<group.head).contains { Self.formerWords.contains(ctx.tokens[$0]) }
    }

    private func isDeputy(_ group: NounGroup) -> Bool {
        (group.start..<group.head).contains { Self.deputyWords.contains(ctx.tokens[$0]) }
    }

    /// The named groups of a list that ends with the group at chunk `c` ("A, B and C", "A, B, and C"), read back over
    /// commas and one "and"/"or" (at most 16 groups); empty unless every group names an actor and the list has its "and".
    func listEnding(at c: Int, _ syntax: SentenceSyntax) -> [Int] {
        let tokens = ctx.tokens
        guard c >= 0, case .noun(let last) = syntax.chunks[c], syntax.nouns[last].entity != nil else { return [] }
        var list = [last]
        var sawAnd = false
        var k = c - 1
        while k >= 1, list.count < 16, case .word(let w) = syntax.chunks[k] {
            let flags = lexicon.flags(tokens[w])
            guard flags.contains(.comma) || flags.contains(.and_or) else { break }
            if flags.contains(.and_or) {
                guard !sawAnd, list.count == 1 else { break }
                sawAnd = true
                // (The serial comma: "A, B, and C".)
                if k >= 2, case .word(let w0) = syntax.chunks[k - 1], lexicon.flags(tokens[w0]).contains(.comma) { k -= 1 }
            }
            guard case .noun(let previous) = syntax.chunks[k - 1], syntax.nouns[previous].entity != nil else { break }
            list.append(previous)
            k -= 2
        }
        return sawAnd ? list.reversed() : []
    }

    /// Clauses whose object, or whose "as" complement, says what their subject is:
    /// "X is a unit of Y", "X became leader of Y", "X served as head of Y".
    static let copulaLemmas: Set<String> = ["become", "remain"]
    static let asLemmas: Set<String> = ["serve", "act", "work", "remain", "continue"]

    /// The actors a noun group describes: the name before it in an apposition ("X, a unit of
    /// Y, said"), or the subject of the copula it completes ("X is a unit of Y", "X served
    /// as head of Y"), or the name after a possessed group ("Peru's water authority, the
    /// Velmar Directorate, said"). Not a member of a list ("Chile, a unit of Y and Peru").
    func apposed(_ n: Int, _ syntax: SentenceSyntax, objectOf: ObjectClauses) -> [Int] {
        let tokens = ctx.tokens
        // An age between the name and the group: "X, 47, a member of Y".
        func isAge(_ chunk: Chunk) -> Bool {
            switch chunk {
            case .word(let k): return tokens[k].text.count <= 3 && tokens[k].text.allSatisfy { $0.isASCII && $0.isNumber }
            case .noun(let g):
                let group = syntax.nouns[g]
                return group.end == group.start + 1 && tokens[group.start].text.count <= 3
                    && tokens[group.start].text.allSatisfy { $0.isASCII && $0.isNumber }
            default: return false
            }
        }
        var before = chunk(of: n, syntax).map { $0 - 2 } ?? -1
        if before >= 2, isAge(syntax.chunks[before]), case .word(let comma) = syntax.chunks[before - 1],
            lexicon.flags(tokens[comma]).contains(.comma), case .noun(let m) = syntax.chunks[before - 2], syntax.nouns[m].entity != nil,
            ctx.entities.kinds[syntax.nouns[m].entity!] == .person
        {
            before -= 2
        }
        if let c = chunk(of: n, syntax), before >= 0, case .word(let comma) = syntax.chunks[c - 1],
            lexicon.flags(tokens[comma]).contains(.comma), case .noun(let m) = syntax.chunks[before]
        {
            // The group and the prepositional phrases after it end the aside: no "and" follows. (A phrase's two
            // names are one phrase, as the frame reads them: "X, a joint venture of Y and Z,".)
            var q = c + 1
            while q + 1 < syntax.chunks.count, case .word(let k) = syntax.chunks[q], tokens[k].tag == .preposition,
                case .noun = syntax.chunks[q + 1]
            {
                q += 2
                if q + 1 < syntax.chunks.count, case .word(let and) = syntax.chunks[q], tokens[and].normIs("and"),
                    case .noun(let second) = syntax.chunks[q + 1], syntax.nouns[second].entity != nil
                {
                    q += 2
                }
            }
            let listFollows: Bool = {
                guard q < syntax.chunks.count, case .word(let k) = syntax.chunks[q] else { return false }
                return lexicon.flags(tokens[k]).contains(.and_or)
            }()
            // Nor the second of a list before it ("A, B, a unit of C").
            let listBefore: Bool = {
                guard before >= 1, case .word(let k) = syntax.chunks[before - 1] else { return false }
                return lexicon.flags(tokens[k]).contains(.comma) || lexicon.flags(tokens[k]).contains(.and_or)
            }()
            if !listFollows, !listBefore, syntax.nouns[n].entity == nil {
                return entities(m, syntax, standIns: false)
            }
            // A plural group describes the whole list before it: "A, B and C, its partners in the Velmar bloc,".
            if !listFollows, listBefore, syntax.nouns[n].entity == nil, tokens[syntax.nouns[n].head].tag == .nounPlural {
                let list = listEnding(at: before, syntax)
                if list.count >= 2 { return list.flatMap { entities($0, syntax, standIns: false) } }
            }
        }
        // The name after it: "Chile's water authority, the Direccion General de Aguas, said"
        // (a possessed group, its phrases, a comma, one name that no list goes on from).
        func isComma(_ chunk: Chunk) -> Bool {
            if case .word(let k) = chunk { return lexicon.flags(tokens[k]).contains(.comma) }
            return false
        }
        func isAndOr(_ index: Int) -> Bool {
            guard index < syntax.chunks.count, case .word(let k) = syntax.chunks[index] else { return false }
            return lexicon.flags(tokens[k]).contains(.and_or)
        }
        if let c = chunk(of: n, syntax), syntax.nouns[n].entity == nil, syntax.nouns[n].possessor != nil {
            var q = c + 1
            while q + 1 < syntax.chunks.count, case .word(let k) = syntax.chunks[q], tokens[k].tag == .preposition,
                case .noun = syntax.chunks[q + 1]
            {
                q += 2
            }
            if q + 1 < syntax.chunks.count, isComma(syntax.chunks[q]), case .noun(let m) = syntax.chunks[q + 1],
                syntax.nouns[m].entity != nil
            {
                // "the International Resources Holding of Abu Dhabi,": the name's own phrases.
                q += 2
                while q + 1 < syntax.chunks.count, case .word(let k) = syntax.chunks[q], tokens[k].tag == .preposition,
                    case .noun = syntax.chunks[q + 1]
                {
                    q += 2
                }
                q -= 2
                let ends: Bool = {
                    guard q + 2 < syntax.chunks.count else { return true }
                    guard case .word(let k) = syntax.chunks[q + 2] else { return false }
                    let flags = lexicon.flags(tokens[k])
                    if flags.contains(.comma) { return !isAndOr(q + 3) }
                    return tokens[k].textIs(".") || tokens[k].text == ";"
                }()
                if ends { return entities(m, syntax, standIns: false) }
            }
        }
        // The clause the group completes as a copula's object or an "as" complement: the table is made once per
        // sentence (a scan of every clause per group asked was quadratic in a sentence of many appositions).
        if sentence.completedClause == nil {
            var pairs: [UInt64] = []
            let count = syntax.nouns.count
            func add(_ m: Int, _ index: Int) {
                guard m >= 0, m < count else { return }
                pairs.append(UInt64(UInt32(truncatingIfNeeded: m)) << 32 | UInt64(UInt32(truncatingIfNeeded: index)))
            }
            for (index, clause) in syntax.clauses.enumerated() where !clause.verb.negated && !clause.subject.isEmpty {
                let lemma = lexicon.lemmaText(clause.verb.lemma, of: ctx.tokens[clause.verb.main])
                if clause.verb.copula || Self.copulaLemmas.contains(lemma) {
                    for m in clause.object { add(m, index) }
                }
                if Self.asLemmas.contains(lemma) {
                    for complement in clause.complements where complement.preposition == "as" {
                        for m in complement.groups { add(m, index) }
                    }
                }
            }
            // (By group, then clause: the first entry of each group is its first clause.)
            pairs.sort()
            // (Kept in place: a second array of them took 8 bytes more a group at the peak of a
            // sentence of many appositions.)
            pairs.removeAdjacentDuplicates { $0 >> 32 == $1 >> 32 }
            sentence.completedClause = pairs
        }
        if let table = sentence.completedClause, n >= 0 {
            let k = table.partitionPoint { Int($0 >> 32) < n }
            if k < table.count, Int(table[k] >> 32) == n {
                return syntax.clauses[Int(table[k] & 0xFFFF_FFFF)].subject.flatMap { entities($0, syntax, standIns: false) }
            }
        }
        return []
    }

    /// Emits the relations a match binds: every source to every target, or, for a mutual
    /// frame, the coordinated subjects to each other; at most as many relations as actors.
    private func draw(_ frame: Frame, _ binding: Binding, predicate: Predicate? = nil, confidence: Double, anchor: Int, emit: Emit) {
        let rule = frame.rule
        let predicate = predicate ?? frame.predicate
        var budget = binding.sources.count + binding.targets.count
        if frame.mutual, binding.targets.isEmpty {
            // The distinct actors in increasing order: as a sorted copy, or, when the actors are at least one in 64
            // of the document's entities, as a bit per entity (a sorted copy of the sources was 5.6 MB at the peak of
            // a list of 700k names, issue 14; a `Set` and its array before it 14 MB). Either costs in proportion to
            // the frame's actors: a bitset as long as the document's entities for a frame of a few actors would cost
            // frames × entities.
            // (Sources are entities of the document, as every emitted actor is.)
            var sorted: [Int] = []
            var present: [UInt64] = []
            var distinct = 0
            if binding.sources.count * 64 < ctx.entities.count || binding.sources.count <= 64 {
                for e in binding.sources.sorted() where sorted.last != e { sorted.append(e) }
                distinct = sorted.count
            } else {
                present = [UInt64](repeating: 0, count: (ctx.entities.count + 63) >> 6)
                for e in binding.sources where present[e >> 6] & (1 << UInt64(e & 63)) == 0 {
                    present[e >> 6] |= 1 << UInt64(e & 63)
                    distinct += 1
                }
            }
            guard distinct >= 2 else { return }
            budget = distinct
            // "The two sides accuse each other": a directed predicate holds both ways.
            if !predicate.isSymmetric { budget *= 2 }
            // The first actor after `e` (from 0 for -1), or nil.
            func next(after e: Int) -> Int? {
                if present.isEmpty {
                    let k = sorted.partitionPoint { $0 <= e }
                    return k < sorted.count ? sorted[k] : nil
                }
                var w = (e + 1) >> 6
                guard w < present.count else { return nil }
                var bits = present[w] & (~0 << UInt64((e + 1) & 63))
                while bits == 0 {
                    w += 1
                    guard w < present.count else { return nil }
                    bits = present[w]
                }
                return w << 6 | bits.trailingZeroBitCount
            }
            // (The loops stop when the budget is spent: iterating on would cost N² for N actors.)
            var x = next(after: -1)
            pairs: while let a = x {
                var y = next(after: a)
                while let b = y {
                    guard budget > 0 else { break pairs }
                    emit(a, b, predicate, rule, confidence, anchor)
                    budget -= 1
                    if !predicate.isSymmetric, budget > 0 {
                        emit(b, a, predicate, rule, confidence, anchor)
                        budget -= 1
                    }
                    y = next(after: b)
                }
                x = next(after: a)
            }
            return
        }
        pairs: for source in binding.sources {
            for target in binding.targets where source != target {
                guard budget > 0 else { break pairs }
                emit(source, target, predicate, rule, confidence, anchor)
                budget -= 1
            }
        }
    }
}
