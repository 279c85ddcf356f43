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
    var lexicon: CompiledLexicon { finder.lexicon }

    /// Nouns a description of a body ends in ("the Lagos-based lender", "the Paris-based watchdog").
    static let describedNouns = WordSet(
        MentionFinder.organizationCues.words.union(RelationFinder.companyAnaphors.words).union(RelationFinder.collectiveNouns.words)
            .union(["tribunal", "court", "authority", "agency", "commission", "council", "committee"]))

    /// Tags of a verb that ends a description: the words skipped to a compound's named actor hold none.
    static let clauseVerbTags: Set<Tag> = [.verbPast, .verbThird, .verbPresent, .modal, .auxiliary]

    typealias Emit = (_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// Runs over one sentence (token range `a..<b`).
    func run(from a: Int, to b: Int, emit report: Emit) {
        let tokens = ctx.tokens
        let mentions = ctx.mentions
        func emit(_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, confidence: Double) {
            report(source, target, predicate, rule, confidence)
        }
        for k in a..<b where tokens[k].textIs("-") && !tokens[k].spaceBefore && k + 1 < b && !tokens[k + 1].spaceBefore {
            guard let predicate = lexicon.lexicon.compounds[tokens[k + 1].norm], let m = ctx.mentionByEnd[k] else { continue }
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
                !(k + 2..<mentions[target].start).contains(where: {
                    Self.clauseVerbTags.contains(tokens[$0].tag) && !(Self.describedNouns.contains(tokens[$0]) && $0 + 1 == mentions[target].start)
                })
            {
                emitCompound(ctx.entity(target), "compound:" + tokens[k + 1].norm, 0.85)
            } else if let head = finder.appositionHead(ctx, before: mentions[m].start, from: a) {
                // "Ansarallah, a deadly Iran-backed militia group": the apposition's head.
                emitCompound(head, "compound-apposition:" + tokens[k + 1].norm, 0.75)
            } else if let named = namedAfterDescription(k + 2, compound: m, from: a, to: b) {
                // "a Mombasa-based clearing firm, Tana Coast Logistics,": the name the description is
                // apposed to.
                emitCompound(named, "compound-described:" + tokens[k + 1].norm, 0.75)
            } else if reverse, let described = describedEarlier(k + 2, compound: m, from: a, to: b) {
                // "Korvex Air grounded six jets. The Tarvo-based carrier said …": the body named before.
                emitCompound(described, "compound-anaphor:" + tokens[k + 1].norm, 0.7)
            }
        }
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
        // (Not the sentence's own subject when the description is an object: "Korvex Air sued the Graz-based carrier".)
        if let index = finder.anaphor(ctx, at: n, requireArticle: false, asObject: start - 1 > a) { return usable(index) }
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
