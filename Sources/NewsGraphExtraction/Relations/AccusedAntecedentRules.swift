import NewsGraph

/// An accusation whose accused is the antecedent of a relative clause (the examples are invented):
/// "… suspended her coach, Anna Lisk, whom it accused of supplying drugs", "… raided Tarvel Files,
/// which the Velmar Agency accused of hiding grants": the relative clause's subject (a pronoun, or a name,
/// over its article)
/// `accused` the name before the comma (`accused:antecedent`). The verb's own object is the relative
/// pronoun, so ``VerbRules`` finds no accused there.
struct AccusedAntecedentRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context

    typealias Emit = (_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// Verbs of accusation with the charge after "of"/"for"/"with".
    static let accusationVerbs: WordSet = ["accused", "accuses", "blamed", "blames", "charged", "charges", "suspected", "suspects"]
    /// Auxiliaries and adverbs between the relative clause's subject and its verb ("whom it had earlier accused").
    static let relativeAdverbs: WordSet = ["has", "had", "have", "also", "previously", "earlier", "repeatedly"]
    static let relativePronouns: WordSet = ["whom", "which", "who", "that"]

    func run(from a: Int, to b: Int, pronoun: (Int) -> Int?, emit: Emit) {
        let tokens = ctx.tokens
        for p in (a + 2)..<max(a + 2, b - 3) {
            guard Self.relativePronouns.contains(tokens[p]), tokens[p].isLowerInitial, tokens[p - 1].textIs(",") else { continue }
            // The antecedent: a name ending right before the comma (or an acronym in brackets after it).
            var end = p - 1
            if tokens[end - 1].textIs(")"), end - 3 >= a, ctx.mentionByEnd[end - 1] != nil, tokens[end - 3].textIs("(") { end -= 3 }
            guard let m = ctx.mentionByEnd[end], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective else { continue }
            let accused = ctx.entity(m)
            guard ctx.entities.kinds[accused].isOne(of: .person, .organization, .country) else { continue }
            // The relative clause's subject: "it", "he"/"she", or a name.
            var q = p + 1
            let accuser: Int?
            if tokens[q].normIsOne(of: "it", "they") {
                accuser = finder.openingActor(ctx, before: q)
                q += 1
            } else if RelationFinder.personPronouns.contains(tokens[q]) {
                accuser = pronoun(q)
                q += 1
            } else if let s = ctx.mentionByStart[q] ?? (q + 1 < b && tokens[q].normIs("the") ? ctx.mentionByStart[q + 1] : nil),
                ctx.owner[s] >= 0, !ctx.mentions[s].isAdjective
            {
                accuser = ctx.entity(s)
                q = ctx.mentions[s].end
            } else {
                continue
            }
            while q < b, Self.relativeAdverbs.contains(tokens[q]) { q += 1 }
            guard q + 1 < b, Self.accusationVerbs.contains(tokens[q]), tokens[q + 1].normIsOne(of: "of", "for", "with") else { continue }
            guard let accuser, accuser != accused, ctx.entities.kinds[accuser].isOne(of: .person, .organization, .country) else { continue }
            emit(accuser, accused, .accused, "accused:antecedent", 0.75)
        }
    }
}
