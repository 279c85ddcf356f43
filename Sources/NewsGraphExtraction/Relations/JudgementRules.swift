import NewsGraph

/// An actor's blame of an event the text reports, read as an accusation of whoever did it (the
/// examples are invented): "Lisk called the launch 'a grave provocation'" (`judgement:called`),
/// "Lisk said the vote was 'a coup'" (`judgement:said`); "Chile condemned the decision" is read
/// by ``VerbRules`` with the same doer. The event is named by a noun of ``eventNouns`` after
/// "the", with no name after it: the event the text opens with, so its doer is the actor that
/// opens the text's first sentence (`lede`, ``JudgementRules/ledeActor(_:_:sentence:)``). The
/// judgement must blame: a word of ``blameWords`` in the quotation or the words after "as"/"was"
/// ("called the decision 'a welcome step'" blames no one).
struct JudgementRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    /// The actor whose deed the text's first sentence reports (``JudgementRules/ledeActor(_:_:sentence:)``).
    let lede: Int?

    typealias Emit = (_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// Nouns of a deed an actor does: the event a text opens with ("the launch", "the seizure").
    /// Not nouns of speech ("the allegations", "the report"): calling those false is a denial.
    static let eventNouns: WordSet = [
        "launch", "launches", "test", "tests", "seizure", "seizures", "decision", "ruling", "resolution", "vote", "move", "contract",
        "deal", "arrest", "arrests", "detention", "sentence", "sentencing", "verdict", "expulsion", "expulsions", "ban", "decree",
        "measure", "measures", "sanctions", "strike", "strikes", "attack", "attacks", "raid", "raids", "killing", "killings",
        "shelling", "bombing", "annexation", "blockade", "closure", "suspension", "removal", "dismissal", "impeachment",
        "incursion", "invasion", "operation", "crackdown", "shutdown", "takeover", "seizing", "indictment", "fine", "fines",
        "tariffs", "deportation", "deportations", "disqualification", "sacking", "boarding", "detentions", "collision",
        "bans", "pardon", "levy", "surcharge", "revocation", "revocations", "withdrawal", "restrictions", "judgement", "judgment",
        "lawsuit", "order", "designation", "veto", "refusal", "audit", "reshuffle",
    ]
    /// Event nouns read only as the deed a verb of the last sentences reported (``recentDoer(of:before:sentenceStart:pronoun:)``),
    /// never as the text's lede: "the order", "the audit" name a deed of any actor as often as the one the text opens with.
    static let deedOnlyNouns: WordSet = ["order", "designation", "veto", "refusal", "audit", "reshuffle"]
    /// Words of blame in a judgement (general English): "a provocation", "an act of piracy",
    /// "politically motivated", "illegal".
    static let blameWords: WordSet = [
        "provocation", "provocations", "provocative", "coup", "piracy", "illegal", "illegitimate", "unlawful", "unacceptable",
        "violation", "revenge", "motivated", "absurd", "reckless", "dangerous", "crime", "crimes", "criminal", "aggression",
        "aggressive", "terror", "terrorism", "unjust", "outrageous", "irresponsible", "betrayal", "farce", "sham", "blackmail",
        "theft", "fraud", "fraudulent", "scandal", "scandalous", "shameful", "disgrace", "disgraceful", "hostile", "escalation",
        "destabilizing", "destabilising", "arbitrary", "abuse", "persecution", "witch-hunt", "vendetta", "insult", "interference",
        "meddling", "sabotage", "barbaric", "cowardly", "heinous", "atrocity", "massacre", "genocide", "robbery", "bullying",
        "unpatriotic", "lawless", "hooliganism", "banditry", "blatant", "flagrant", "grave", "threat", "attack",
        "assault", "terrorist", "unconstitutional", "undemocratic", "vengeance", "harassment", "intimidation",
        "expropriation", "flawed", "unfriendly", "disproportionate", "discriminatory", "unjustified", "unjustifiable",
        "unscientific", "unfair", "punitive", "protectionist", "xenophobic", "racist", "void", "overreach", "hypocritical",
        "hysterical", "kidnapping", "brutality", "opportunistic", "smear", "gag", "censorship",
    ]
    /// Verbs that name a judgement of their object ("called the launch 'a provocation'").
    static let judgeVerbs: WordSet = [
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "termed", "terms", "labelled",
        "labeled", "dubbed",
    ]
    static let copulas: WordSet = ["was", "is", "were", "are", "amounted", "amounts"]

    /// The end of "the [modifier] <event noun>" starting at `p` (the token after the noun), or
    /// `nil`. A noun of ``deedOnlyNouns`` only with `deeds`.
    func eventNounEnd(at p: Int, to b: Int, deeds: Bool = false) -> Int? {
        let tokens = ctx.tokens
        guard p + 1 < b, tokens[p].normIs("the") else { return nil }
        var q = p + 1
        if q + 1 < b, !Self.eventNouns.contains(tokens[q]), tokens[q].isLowerInitial, tokens[q].kind == .word,
            !RelationFinder.stopWords.contains(tokens[q])
        {
            q += 1
        }
        guard Self.eventNouns.contains(tokens[q]), tokens[q].isLowerInitial, ctx.mentionByStart[q] == nil,
            deeds || !Self.deedOnlyNouns.contains(tokens[q])
        else { return nil }
        // "the decision of the Velmar Court", "the launch Korvex planned": the event's doer is named.
        if q + 1 < b, tokens[q + 1].isCapitalized || tokens[q + 1].normIsOne(of: "of", "by") { return nil }
        return q + 1
    }

    /// The doer named before the event noun and the end of "the <name>['s] [modifier] <event noun>" starting
    /// at `p` (the examples are invented): "called the Velmar Union's decision 'hasty'", "called the Korvex
    /// decision 'unjust'" blame the named body, not the text's lede. A place, a facility or an adjective
    /// of a people names no doer ("the Lima decision", "the Chilean decision" stay the lede's).
    func namedEventEnd(at p: Int, to b: Int) -> (doer: Int, end: Int)? {
        let tokens = ctx.tokens
        guard p + 2 < b, tokens[p].normIs("the"), let m = ctx.mentionByStart[p + 1], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective
        else { return nil }
        let doer = ctx.entity(m)
        guard ctx.entities.kinds[doer] == .organization || ctx.entities.kinds[doer] == .country || ctx.entities.kinds[doer] == .person
        else { return nil }
        var q = ctx.mentions[m].end
        if q < b, tokens[q].normIs("'s") { q += 1 }
        if q + 1 < b, !Self.eventNouns.contains(tokens[q]), tokens[q].isLowerInitial, tokens[q].kind == .word,
            !RelationFinder.stopWords.contains(tokens[q])
        {
            q += 1
        }
        guard q < b, Self.eventNouns.contains(tokens[q]), tokens[q].isLowerInitial, ctx.mentionByStart[q] == nil else { return nil }
        // "the Velmar decision of the court", "the Korvex ruling by …": another doer is named after it.
        if q + 1 < b, tokens[q + 1].isCapitalized || tokens[q + 1].normIsOne(of: "of", "by") { return nil }
        return (doer, q + 1)
    }

    /// The verb forms that report the deed an event noun names ("ordered" for "the order"), for
    /// ``recentDoer(of:before:sentenceStart:pronoun:)``.
    static let deedVerbs: [String: Set<String>] = [
        "decision": ["decided", "decides"], "ruling": ["ruled", "rules"], "order": ["ordered", "orders"],
        "ban": ["banned", "bans"], "bans": ["banned", "bans"], "fine": ["fined", "fines"], "fines": ["fined", "fines"],
        "suspension": ["suspended", "suspends"], "arrest": ["arrested"], "arrests": ["arrested"], "detention": ["detained"],
        "expulsion": ["expelled", "expels"], "seizure": ["seized", "seizes"], "closure": ["closed", "shut"],
        "sanctions": ["sanctioned"], "designation": ["designated", "designates"], "veto": ["vetoed", "vetoes"],
        "refusal": ["refused", "refuses"], "sentence": ["sentenced"], "indictment": ["indicted"], "revocation": ["revoked"],
        "deportation": ["deported"], "deportations": ["deported"], "dismissal": ["dismissed", "sacked", "fired"],
        "removal": ["removed"], "raid": ["raided"], "raids": ["raided"], "annexation": ["annexed"], "blockade": ["blockaded"],
        "lawsuit": ["sued"], "audit": ["audited"], "reshuffle": ["reshuffled"], "crackdown": [], "move": [],
    ]

    /// How far back, in tokens, ``recentDoer(of:before:sentenceStart:pronoun:)`` looks for the verb that reported a
    /// deed: three sentences of news are about a hundred tokens.
    static let recentDoerReach = 160

    /// The actor that did the deed an event noun at `noun` names, by the verb that reported it in the noun's sentence
    /// or the two before (the examples are invented): "The Velmar Court ordered Korvex to close the dam. Korvex called
    /// the order 'legally flawed'" is the court's order, whoever the text's first sentence names. The latest such verb
    /// with a named subject (a person, a body or a state); none, nothing. At most ``recentDoerReach`` tokens back, so
    /// a sentence of many judgements costs no more per judgement as it grows.
    func recentDoer(of noun: Int, before p: Int, sentenceStart a: Int, pronoun: (Int) -> Int?) -> Int? {
        let tokens = ctx.tokens
        guard let forms = Self.deedVerbs[tokens[noun].norm], !forms.isEmpty else { return nil }
        let s = ctx.seg.sentences.partitionPoint { $0.tokens.upperBound <= a }
        let reach = max(0, p - Self.recentDoerReach)
        var sentence = s
        var end = p
        while sentence >= 0, sentence >= s - 2, end > reach {
            let range = ctx.seg.sentences[sentence].tokens
            var k = end - 1
            while k > range.lowerBound, k >= reach {
                if tokens[k].kind == .word, tokens[k].isLowerInitial, forms.contains(tokens[k].norm),
                    case .entity(let e) = finder.subject(ctx, before: k, from: range.lowerBound, pronoun: pronoun),
                    ctx.entities.kinds[e].isOne(of: .person, .organization, .country)
                {
                    return e
                }
                k -= 1
            }
            sentence -= 1
            if sentence >= 0 { end = ctx.seg.sentences[sentence].tokens.upperBound }
        }
        return nil
    }

    /// The doer a judgement names after "by" (the examples are invented): "called the shelling 'a war crime
    /// by the Kestrel Front'", "… 'a war crime' committed by the Kestrel Front", "… 'political revenge' by President
    /// Anna Lisk": the first name after a "by" inside the quotation that opens at `p`, or right after it (over one
    /// participle); a person, a body or a state. Not a quotation that holds no "by", nor a name past the clause.
    func doerNamedByJudgement(from p: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        guard p < b, tokens[p].kind == .quote else { return nil }
        var q = p + 1
        var closed = false
        while q + 1 < b, q < p + 24 {
            let t = tokens[q]
            if t.kind == .quote {
                if closed { return nil }
                closed = true
                q += 1
                // (Over one participle after the quotation: "… 'a war crime' committed by …".)
                if q + 1 < b, tokens[q].isLowerInitial, tokens[q].norm.hasSuffix("ed"), tokens[q + 1].normIs("by") { q += 1 }
                guard q < b, tokens[q].normIs("by") else { return nil }
                continue
            }
            if closed && !t.normIs("by") { return nil }
            if t.text == ";" || (closed && t.textIs(",")) { return nil }
            if t.normIs("by"), t.isLowerInitial {
                var k = q + 1
                if k < b, tokens[k].normIs("the") { k += 1 }
                if let title = ctx.titleByStart[k] { k = title.end }
                guard k < b, let m = ctx.mentionByStart[k], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
                    ctx.kind(m).isOne(of: .person, .organization, .country)
                else { return nil }
                return ctx.entity(m)
            }
            q += 1
        }
        return nil
    }

    /// Verbs of approval of a deed: "welcomed the ruling".
    static let welcomeVerbs: WordSet = ["welcomed", "welcomes", "welcoming", "applauded", "applauds", "hailed", "hails", "praised", "praises"]

    /// "Velmar's decision", "the Velmar Union's ruling" at `p` with no article: the possessor and the end of the event noun.
    func possessedEventEnd(at p: Int, to b: Int) -> (doer: Int, end: Int)? {
        let tokens = ctx.tokens
        guard p + 2 < b, let m = ctx.mentionByStart[p], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective else { return nil }
        let q = ctx.mentions[m].end
        guard q + 1 < b, tokens[q].normIs("'s"), Self.eventNouns.contains(tokens[q + 1]), ctx.mentionByStart[q + 1] == nil
        else { return nil }
        let doer = ctx.entity(m)
        guard ctx.entities.kinds[doer].isOne(of: .organization, .country, .person) else { return nil }
        if q + 2 < b, tokens[q + 2].isCapitalized || tokens[q + 2].normIsOne(of: "of", "by") { return nil }
        return (doer, q + 2)
    }

    /// Whether the judgement from `p` blames: a word of ``blameWords`` in the quotation opening
    /// there, or in the words up to the clause's end.
    func blames(from p: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        var q = p
        var steps = 0
        let quoted = q < b && tokens[q].kind == .quote
        if quoted { q += 1 }
        while q < b, steps < 14 {
            let t = tokens[q]
            if t.kind == .quote || (!quoted && (t.textIs(",") || t.text == ";" || t.textIs("."))) { break }
            if Self.blameWords.contains(t) { return true }
            q += 1
            steps += 1
        }
        return false
    }

    func run(from a: Int, to b: Int, pronoun: (Int) -> Int?, emit: Emit) {
        let tokens = ctx.tokens
        // (The lists every lower-case word is tested against, read once: a lazy static's guard per token and test.)
        let judgeVerbs = Self.judgeVerbs
        let welcomeVerbs = Self.welcomeVerbs
        for p in a..<b {
            let t = tokens[p]
            guard t.kind == .word, t.isLowerInitial else { continue }
            var rule: String
            var judgement: Int
            var doer = lede
            if judgeVerbs.contains(t) {
                // "called the launch 'a grave provocation'", "described the seizure as an act of piracy"
                var found = eventNounEnd(at: p + 1, to: b, deeds: true)
                // (The doer the judgement itself names, "called the shelling 'a war crime' committed by the Kestrel Front".)
                if let end = found, end < b, let named = doerNamedByJudgement(from: end, to: b) {
                    doer = named
                } else if let end = found, let recent = recentDoer(of: end - 1, before: p, sentenceStart: a, pronoun: pronoun) {
                    // (The deed a verb of the last sentences reported, "… ordered Korvex to close the dam": its subject's.)
                    doer = recent
                } else if lede == nil || found.map({ Self.deedOnlyNouns.contains(tokens[$0 - 1]) }) == true {
                    found = nil
                }
                if found == nil, let named = namedEventEnd(at: p + 1, to: b) {
                    // "called the Velmar Union's decision 'hasty and unjust'": the named doer's deed.
                    found = named.end
                    doer = named.doer
                }
                guard let end = found, end < b else { continue }
                judgement = tokens[end].normIs("as") ? end + 1 : end
                guard tokens[end].kind == .quote || tokens[end].normIs("as") else { continue }
                rule = doer == lede ? "judgement:called" : "judgement:called-named"
            } else if t.normIsOne(of: "said", "says") {
                // "said the vote was 'a parliamentary coup'"
                var q = p + 1
                if q < b, tokens[q].normIs("that") { q += 1 }
                var found = lede == nil ? nil : eventNounEnd(at: q, to: b)
                if found == nil, let named = namedEventEnd(at: q, to: b) {
                    found = named.end
                    doer = named.doer
                }
                guard let end = found, end < b, Self.copulas.contains(tokens[end]) else { continue }
                judgement = end + 1
                if judgement < b, tokens[judgement].normIs("to") { judgement += 1 }
                rule = doer == lede ? "judgement:said" : "judgement:said-named"
            } else if welcomeVerbs.contains(t) {
                // "Amnesty welcomed the ruling", "welcomed the Velmar Union's decision", "welcomed Velmar's decision": support
                // of the deed's doer.
                var found = lede == nil ? nil : eventNounEnd(at: p + 1, to: b)
                if found == nil, let named = namedEventEnd(at: p + 1, to: b) ?? possessedEventEnd(at: p + 1, to: b) {
                    found = named.end
                    doer = named.doer
                }
                // (Not an accord or a vote, which are more than one actor's: "welcomed the deal".)
                guard let end = found, !tokens[end - 1].normIsOne(of: "deal", "contract", "vote", "resolution"), let doer,
                    !RelationFinder.isNegated(ctx.tokens, before: p, from: a),
                    case .entity(let judge) = finder.subject(ctx, before: p, from: a, pronoun: pronoun), judge != doer,
                    ctx.entities.kinds[judge].isOne(of: .person, .organization, .country)
                else { continue }
                emit(judge, doer, .supports, "judgement:welcomed", 0.6)
                continue
            } else {
                continue
            }
            guard let doer, blames(from: judgement, to: b) else { continue }
            guard case .entity(let judge) = finder.subject(ctx, before: p, from: a, pronoun: pronoun), judge != doer,
                ctx.entities.kinds[judge] != .location, ctx.entities.kinds[judge] != .facility
            else { continue }
            emit(judge, doer, .accused, rule, 0.65)
        }
    }
}

extension JudgementRules {
    /// The actor whose deed the text's first sentence `s` reports (the examples are invented): the name
    /// it opens with (``RelationFinder/openingMention(_:sentence:)``), else the holder of an office it
    /// opens with ("President Anna Lisk on Friday dismissed …"), else the state whose government or
    /// instruments open it ("Peru's military government has seized …", "Chilean naval commandos
    /// boarded …", "A Chilean drone strike killed …"). Nil for anything else ("Peru's competition
    /// regulator fined …": an unnamed body is no state).
    static func ledeActor(_ finder: RelationFinder, _ ctx: RelationFinder.Context, sentence s: Int) -> Int? {
        if let m = finder.openingMention(ctx, sentence: s) { return ctx.entity(m) }
        let tokens = ctx.tokens
        let range = ctx.seg.sentences[s].tokens
        let b = range.upperBound
        var p = RelationFinder.afterDateline(tokens, range)
        if p < b, tokens[p].normIsOne(of: "the", "a", "an") { p += 1 }
        guard p < b else { return nil }
        // "President Anna Lisk on Friday dismissed …"
        if let title = ctx.titleByStart[p], let m = ctx.mentionByStart[title.end], ctx.kind(m) == .person, !ctx.mentions[m].isAdjective,
            ctx.owner[m] >= 0
        {
            let next = ctx.mentions[m].end
            guard next < b, tokens[next].kind == .word, tokens[next].isLowerInitial, !tokens[next].normIs("'s"),
                opensWithDeed(tokens, from: next, to: b)
            else { return nil }
            return ctx.entity(m)
        }
        // "Peru's military government", "Chilean naval commandos", "A Chilean drone strike".
        guard let m = ctx.mentionByStart[p], ctx.owner[m] >= 0, ctx.kind(m) == .country else { return nil }
        var q = ctx.mentions[m].end
        if !ctx.mentions[m].isAdjective {
            guard q < b, tokens[q].normIs("'s") else { return nil }
            q += 1
        }
        var head: Int?
        while q < b, q < ctx.mentions[m].end + 5, tokens[q].kind == .word, tokens[q].isLowerInitial,
            !RelationFinder.stopWords.contains(tokens[q]), ctx.mentionByStart[q] == nil,
            [.noun, .nounPlural, .adjective].contains(tokens[q].tag)
        {
            head = q
            q += 1
        }
        guard let head, RelationFinder.governmentNouns.contains(tokens[head]) || RelationFinder.attackNouns.contains(tokens[head])
                || tokens[head].normIs("junta"),
            opensWithDeed(tokens, from: head + 1, to: b)
        else { return nil }
        return ctx.entity(m)
    }

    /// Words of speech and judgement: an opening "President X on Monday denounced …" or "Chilean
    /// officials said …" reports no deed of theirs.
    static let speechVerbs: WordSet = [
        "said", "says", "told", "announced", "denounced", "condemned", "criticised", "criticized", "accused", "called",
        "warned", "urged", "rejected", "denied", "welcomed", "praised", "protested", "demanded", "appealed", "asked",
    ]

    /// Whether the first verb from `p` (within twelve words: "on Friday", "on a car in …") is an active deed in
    /// the past: "dismissed", "has seized"; not a passive ("were killed", "was seized by") nor a
    /// word of speech.
    static func opensWithDeed(_ tokens: Tokens, from p: Int, to b: Int) -> Bool {
        var q = p
        while q < b, q < p + 12 {
            let t = tokens[q]
            switch t.tag {
            case .verbPast, .verbThird:
                return !speechVerbs.contains(t)
            case .auxiliary:
                guard t.normIsOne(of: "has", "have", "had"), q + 1 < b else { return false }
                let next = tokens[q + 1]
                return next.tag == .verbParticiple && !next.normIs("been") && !speechVerbs.contains(next)
            case .modal, .verbPresent, .verbBase, .verbParticiple, .verbGerund, .punctuation, .quote, .dash:
                return false
            default:
                q += 1
            }
        }
        return false
    }
}
