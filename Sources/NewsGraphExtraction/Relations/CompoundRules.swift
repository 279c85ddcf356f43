import NewsGraph

/// Hyphenated compounds from the lexicon's `[compounds]`: "Chile-backed militia X" → Chile
/// `supports` X; "the Peru-led coalition" → `leads`; `reverse` turns the relation around
/// ("Korvex, a Danish-based unit" → Korvex `located_in` Denmark). The target is the next
/// named actor (`compound:<participle>`) or the head of the apposition the compound is in
/// (`compound-apposition:<participle>`: "the Velmar Front, a Chile-backed group").
struct CompoundRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    var lexicon: CompiledLexicon { finder.lexicon }

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
                // ("The Lima-based builder sued Korvex": a verb between, so the compound describes the noun before it.)
                !(k + 2..<mentions[target].start).contains(where: { Self.clauseVerbTags.contains(tokens[$0].tag) })
            {
                emitCompound(ctx.entity(target), "compound:" + tokens[k + 1].norm, 0.85)
            } else if let head = finder.appositionHead(ctx, before: mentions[m].start, from: a) {
                // "Ansarallah, a deadly Iran-backed militia group": the apposition's head.
                emitCompound(head, "compound-apposition:" + tokens[k + 1].norm, 0.75)
            } else if let named = namedAfterDescription(k + 2, compound: m, from: a, to: b) {
                // "a Mombasa-based clearing firm, Tana Coast Logistics,": the name the description is
                // apposed to.
                emitCompound(named, "compound-described:" + tokens[k + 1].norm, 0.75)
            }
        }
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
