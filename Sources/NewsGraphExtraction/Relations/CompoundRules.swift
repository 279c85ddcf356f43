import NewsGraph

/// Hyphenated compounds from the lexicon's `[compounds]`: "Chile-backed militia X" → Chile
/// `supports` X; "the Peru-led coalition" → `leads`; `reverse` turns the relation around
/// ("Korvex, a Danish-based unit" → Korvex `located_in` Denmark). The target is the next
/// named actor (`compound:<participle>`) or the head of the apposition the compound is in
/// (`compound-apposition:<participle>`: "the Velmar Front, a Chile-backed group").
struct CompoundRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    /// The actor the text's first sentence reports on (``JudgementRules/ledeActor(_:_:sentence:)``), if any.
    var lede: Int? = nil
    /// The country the text is about: the state of "the state-backed X" when no other is named (``stateBacked(_:from:to:)``).
    var mainCountry: Int? = nil
    var lexicon: CompiledLexicon { finder.lexicon }

    /// The participles of "a state-backed/state-funded X": the state supports X.
    static let stateParticiples: WordSet = ["backed", "funded", "financed", "sponsored", "supported"]

    /// Nouns a description of a body ends in ("the Lagos-based lender", "the Paris-based watchdog").
    static let describedNouns = WordSet(
        MentionFinder.organizationCues.words.union(RelationFinder.companyAnaphors.words).union(RelationFinder.collectiveNouns.words)
            .union(["tribunal", "court", "authority", "agency", "commission", "council", "committee"]))

    /// Tags of a verb that ends a description: the words skipped to a compound's named actor hold none.
    static let clauseVerbTags: Set<Tag> = [.verbPast, .verbThird, .verbPresent, .modal, .auxiliary]

    /// Names of peoples that are no state's own adjective: "the Serb-run region", "the Hutu-led militia" name who runs
    /// or leads it, not a state that does ("Serbian-run" would be Serbia's).
    static let peoples: WordSet = [
        "serb", "serbs", "croat", "croats", "bosniak", "bosniaks", "hutu", "hutus", "tutsi", "tutsis", "tamil", "tamils", "kurd",
        "kurds", "kurdish", "pashtun", "pashtuns", "baloch", "uighur", "uyghur", "rohingya", "hazara", "alawite", "druze", "shia",
        "shiite", "sunni", "amhara", "oromo", "tigrayan",
    ]

    /// Participles of ownership a nationality's adjective before them gives the owners' nationality, not the state's
    /// control: "the Norwegian-owned salmon farmer X" (unlike "the Norway-owned X" or "state-owned").
    static let ownedParticiples: WordSet = ["owned"]

    typealias Emit = (_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// Runs over one sentence (token range `a..<b`).
    func run(from a: Int, to b: Int, emit report: Emit) {
        let tokens = ctx.tokens
        let mentions = ctx.mentions
        func emit(_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, confidence: Double) {
            report(source, target, predicate, rule, confidence)
        }
        for k in a..<b where tokens[k].textIs("-") && !tokens[k].spaceBefore && k + 1 < b && !tokens[k + 1].spaceBefore {
            if k > a, tokens[k - 1].normIs("state"), tokens[k - 1].isLowerInitial, Self.stateParticiples.contains(tokens[k + 1]) {
                if let (state, target) = stateBacked(k, from: a, to: b), state != target {
                    emit(state, target, .supports, "compound:state-" + tokens[k + 1].norm, confidence: 0.75)
                }
                continue
            }
            guard let predicate = lexicon.lexicon.compounds[tokens[k + 1].norm], let m = ctx.mentionByEnd[k],
                !Self.peoples.contains(tokens[k - 1]),
                !(Self.ownedParticiples.contains(tokens[k + 1]) && ctx.mentions[m].isAdjective && ctx.kind(m) == .country)
            else { continue }
            let reverse = lexicon.lexicon.reversedCompounds.contains(tokens[k + 1].norm)
            func emitCompound(_ target: Int, _ rule: String, _ confidence: Double) {
                if reverse {
                    emit(target, ctx.entity(m), predicate, rule, confidence: confidence)
                } else {
                    emit(ctx.entity(m), target, predicate, rule, confidence: confidence)
                }
            }
            if let target = finder.objectMention(ctx, after: k + 2, to: b, skipLimit: 2, skipAdjectives: true),
                // ("The Lima-based builder sued Korvex": a verb between, so the compound describes the noun before it;
                // not a body's noun a tagger read as a verb, "the Lima-based payments firm Korvex".)
                !(k + 2..<max(k + 2, mentions[target].start)).contains(where: {
                    Self.clauseVerbTags.contains(tokens[$0].tag) && !(Self.describedNouns.contains(tokens[$0]) && $0 + 1 == mentions[target].start)
                })
            {
                // "Houston-based LNG exporter Korvex Energy": a name before a body's noun and its own name is an attribute
                // of the body named after them.
                let named = mentions[target].isAdjective ? nil : namedAfterBodyNoun(mentions[target].end, to: b)
                emitCompound(named ?? ctx.entity(target), "compound:" + tokens[k + 1].norm, 0.85)
            } else if let named = namedAfterBodyNoun(k + 2, to: b) {
                // "the Kessa-based palm oil group Orvan Berhad", "Oslo-based fact-checking outlet Velkam".
                emitCompound(named, "compound:" + tokens[k + 1].norm, 0.8)
            } else if let head = finder.appositionHead(ctx, before: mentions[m].start, from: a) {
                // "Ansarallah, a deadly Iran-backed militia group": the apposition's head.
                emitCompound(head, "compound-apposition:" + tokens[k + 1].norm, 0.75)
            } else if let named = namedAfterDescription(k + 2, compound: m, from: a, to: b) {
                // "a Mombasa-based clearing firm, Tana Coast Logistics,": the name the description is
                // apposed to.
                emitCompound(named, "compound-described:" + tokens[k + 1].norm, 0.75)
            } else if reverse, let listed = listAfterDescription(k + 2, compound: m, from: a, to: b) {
                // "two Mauritius-based funds, Korvex Capital and Velmar Holdings,": each body listed.
                for body in listed { emitCompound(body, "compound-described:" + tokens[k + 1].norm, 0.75) }
            } else if reverse, let described = describedEarlier(k + 2, compound: m, from: a, to: b) {
                // "Korvex Air grounded six jets. The Tarvo-based carrier said …": the body named before.
                emitCompound(described, "compound-anaphor:" + tokens[k + 1].norm, 0.7)
            }
        }
    }

    /// "the Chilean state-backed lender Korvex", "Korvex, a state-funded agency", "the state-funded Peru Institute of
    /// Health": the state (a country's name or demonym right before "state", else a country named inside the body's own
    /// name, else the country the text is about) and the body (the next named organization, within two words, or the
    /// head of the apposition the compound is in). The hyphen is at `k`.
    func stateBacked(_ k: Int, from a: Int, to b: Int) -> (state: Int, body: Int)? {
        let mentions = ctx.mentions
        var body: Int?
        var bodyMention: Int?
        if let target = finder.objectMention(ctx, after: k + 2, to: b, skipLimit: 2, skipAdjectives: true), ctx.kind(target) == .organization,
            !(k + 2..<max(k + 2, mentions[target].start)).contains(where: { Self.clauseVerbTags.contains(ctx.tokens[$0].tag) })
        {
            body = ctx.entity(target)
            bodyMention = target
        } else {
            var start = k - 1
            if start - 1 > a, let named = ctx.mentionByEnd[start], ctx.kind(named) == .country { start = mentions[named].start }
            if let head = finder.appositionHead(ctx, before: start, from: a), ctx.entities.kinds[head] == .organization { body = head }
        }
        guard let body else { return nil }
        if let named = ctx.mentionByEnd[k - 1], ctx.owner[named] >= 0, ctx.kind(named) == .country { return (ctx.entity(named), body) }
        if let bodyMention {
            let span = mentions[bodyMention].start..<mentions[bodyMention].end
            if let index = ctx.mentionIndex(before: span.upperBound) {
                var i = index
                while i >= 0, mentions[i].start >= span.lowerBound {
                    if i != bodyMention, mentions[i].end <= span.upperBound, ctx.owner[i] >= 0, ctx.kind(i) == .country { return (ctx.entity(i), body) }
                    i -= 1
                }
            }
        }
        // (Not when the sentence names another state and not the text's: "a group that Peru says is Kalmar's …, a
        // state-backed unit".)
        guard let mainCountry, !ctx.namesOnlyOtherCountry(than: mainCountry, from: a, to: b) else { return nil }
        return (mainCountry, body)
    }

    /// The body named earlier that a definite description opened by the compound stands for: "the
    /// <compound> [up to two lower-case words] N", N a body's noun, no name after it ("The Tarvo-based
    /// carrier said"). The body is the one ``RelationFinder/anaphor(_:at:requireArticle:)`` finds for N
    /// (the last one named with N as its head word, "the tribunal"; for a company's noun the company
    /// named last; for "the organisation" the body named last nearby); else, when the description opens
    /// its sentence, the body that opened the sentence before (no state's organ), or else the text's lede
    /// actor when it is an organization and no other one was named between its last mention (within the
    /// last 200 mentions) and the description ("The Tarvo-based watchdog said"; elsewhere in the sentence only
    /// "the Tarvo-based body" or "organisation"). As an object, never the actor that opens the description's
    /// own sentence.
    func describedEarlier(_ position: Int, compound m: Int, from a: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        let start = ctx.mentions[m].start
        guard start > a, tokens[start - 1].normIs("the") else { return nil }
        var p = position
        var noun: Int? = nil
        while p < b, p < position + 3, tokens[p].kind == .word, tokens[p].isLowerInitial, ctx.mentionByStart[p] == nil {
            if Self.describedNouns.contains(tokens[p]) {
                // (Not "rival" nor "competitor": "the Oslo-based rival said" is another body than the one named before.)
                if tokens[p].normIsOne(of: "rival", "competitor") { return nil }
                noun = p
                break
            }
            if Self.clauseVerbTags.contains(tokens[p].tag) { return nil }
            p += 1
        }
        guard let n = noun else { return nil }
        // A name or an "of" after the noun: the description is no stand-in ("the Tarvo-based body of experts").
        if n + 1 < b, ctx.mentionByStart[n + 1] != nil || tokens[n + 1].normIs("of") || tokens[n + 1].isCapitalized && tokens[n + 1].kind == .word {
            return nil
        }
        let place = ctx.entity(m)
        func usable(_ index: Int) -> Int? {
            let e = ctx.entity(index)
            guard e != place, ctx.kind(index) == .organization, !ctx.mentions[index].isAdjective, ctx.mentions[index].end <= start else { return nil }
            return e
        }
        // (Not the sentence's own subject when the description is an object: "Korvex Air sued the Graz-based carrier";
        // but the speaker of a reporting clause after a comma is that subject: "Korvex Air grounded six jets, the
        // Graz-based carrier said".)
        let trailingSpeaker = start - 2 >= a && tokens[start - 2].textIs(",") && n + 1 < b && TitleRules.reportingWords.contains(tokens[n + 1])
        if let index = finder.anaphor(ctx, at: n, requireArticle: false, asObject: start - 1 > a && !trailingSpeaker) { return usable(index) }
        // A description that opens its sentence continues the subject of the sentence before.
        let s = ctx.mentions[m].sentence
        if start - 1 == a, s > 0, let opening = finder.openingMention(ctx, sentence: s - 1), let e = usable(opening),
            !lexicon.isWord(tokens[finder.headToken(ctx.mentions[opening])], .organHead)
        {
            return e
        }
        // (As the sentence's subject; elsewhere only for a noun any body fits, "the Tarvo-based body", and never
        // for the sentence's own subject; over a bounded stretch of mentions.)
        guard let lede, ctx.entities.kinds[lede] == .organization, lede != place,
            start - 1 == a || (tokens[n].normIsOne(of: "body", "organisation", "organization") && finder.sentenceOpeningEntity(ctx, at: start) != lede),
            let last = ctx.mentionIndex(before: start)
        else { return nil }
        var index = last
        while index >= 0, index > last - 200 {
            if ctx.owner[index] >= 0, !ctx.mentions[index].isAdjective, ctx.mentions[index].end <= start {
                if ctx.entity(index) == lede { return lede }
                if ctx.kind(index) == .organization { return nil }
            }
            index -= 1
        }
        return nil
    }

    /// The organization named right after a longer description the compound opens, up to five lower-case
    /// words or glued hyphens that end in a body's noun (``describedNouns``) and hold no verb: "the Kessa-based palm
    /// oil group Orvan Berhad", "Oslo-based fact-checking outlet Velkam".
    func namedAfterBodyNoun(_ position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position
        while p < b, p < position + 5, ctx.mentionByStart[p] == nil,
            (tokens[p].kind == .word && tokens[p].isLowerInitial && !Self.clauseVerbTags.contains(tokens[p].tag))
                || (tokens[p].textIs("-") && !tokens[p].spaceBefore)
        {
            p += 1
        }
        guard p > position, p < b, Self.describedNouns.contains(tokens[p - 1]), let named = ctx.mentionByStart[p],
            ctx.kind(named) == .organization, !ctx.mentions[named].isAdjective
        else { return nil }
        return ctx.entity(named)
    }

    /// Number words before a plural description a list of names follows ("two Tarvo-based funds, A and B").
    static let listNumbers: WordSet = ["two", "three", "four", "five", "six", "both"]

    /// The organizations listed right after a plural description the compound opens with a number: "two <compound>
    /// [up to three lower-case words], A and B" ("two Mauritius-based funds, Korvex Capital and Velmar Holdings");
    /// nil unless two or more are listed, all organizations.
    func listAfterDescription(_ position: Int, compound m: Int, from a: Int, to b: Int) -> [Int]? {
        let tokens = ctx.tokens
        let start = ctx.mentions[m].start
        guard start > a, Self.listNumbers.contains(tokens[start - 1]) else { return nil }
        var p = position
        var words = 0
        while p < b, words < 4, tokens[p].kind == .word, tokens[p].isLowerInitial, ctx.mentionByStart[p] == nil {
            p += 1
            words += 1
        }
        guard words > 0, tokens[p - 1].tag == .nounPlural, p + 1 < b, tokens[p].textIs(","), ctx.mentionByStart[p + 1] != nil else { return nil }
        let listed = finder.coordinatedAfter(ctx, p + 1, to: b)
        guard listed.count >= 2, listed.allSatisfy({ ctx.entities.kinds[$0] == .organization }) else { return nil }
        return listed
    }

    /// The organization named right after a description the compound opens: "a/the <compound>
    /// [up to three lower-case words], NAME" ("a Dubai-based shipping company, Korvex Marine,").
    func namedAfterDescription(_ position: Int, compound m: Int, from a: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        let start = ctx.mentions[m].start
        guard start > a, tokens[start - 1].normIsOne(of: "a", "an", "the") else { return nil }
        var p = position
        var words = 0
        while p < b, words < 4, tokens[p].kind == .word, tokens[p].isLowerInitial, ctx.mentionByStart[p] == nil {
            p += 1
            words += 1
        }
        guard words > 0, p + 1 < b, tokens[p].textIs(","), let named = ctx.mentionByStart[p + 1],
            ctx.kind(named) == .organization, !ctx.mentions[named].isAdjective
        else { return nil }
        return ctx.entity(named)
    }
}
