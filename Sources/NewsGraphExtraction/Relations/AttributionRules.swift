import NewsGraph

/// An outlet that reports what a sentence's speaker said (the examples are invented):
/// `attribution`, an `attribution` pattern of `[verbs]` ("according to the Velmar Times") with
/// the speaker of the sentence or of a quotation just before it; `attribution-reported`, an
/// outlet named before "reported" at the end of the sentence ("…, the Velmar Times newspaper
/// reported.").
struct AttributionRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    /// The speaker of each sentence (``SpeakerRules``).
    let speakers: Speakers

    typealias Emit = (_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// "according to X": an `attribution` pattern of sentence `s` (token range `a..<b`) ending at `end`.
    func accordingTo(_ predicate: Predicate, after end: Int, sentence s: Int, from a: Int, to b: Int, emit: Emit) {
        let tokens = ctx.tokens
        if let outlet = finder.object(ctx, after: end, to: b, skipLimit: 1) {
            // The speaker of this sentence, or of a quotation just before it.
            let speaker = speakers[s] ?? (s > 0 && tokens[a].kind == .quote ? speakers[s - 1] : nil)
            emit(outlet, speaker, predicate, "attribution", 0.9)
        }
    }

    /// "…, the Nation newspaper reported.": the outlet reports what the sentence's speaker said.
    func reported(sentence s: Int, from a: Int, to b: Int, emit: Emit) {
        let tokens = ctx.tokens
        if let speaker = speakers[s], b - a >= 4 {
            var q = b - 1
            if tokens[q].textIs(".") { q -= 1 }
            if q > a, tokens[q].normIs("reported") || tokens[q].normIs("reports") {
                var r = q - 1
                while r > a, r >= q - 3, tokens[r].isLowerInitial,
                    RelationFinder.bodyNouns.contains(tokens[r]) || tokens[r].normIs("news")
                {
                    r -= 1
                }
                if let outlet = ctx.mentionByEnd[r + 1], ctx.kind(outlet) == .organization, ctx.entity(outlet) != speaker,
                    ctx.mentions[outlet].start > a,
                    tokens[ctx.mentions[outlet].start - 1].textIs(",") || tokens[ctx.mentions[outlet].start - 1].normIs("the")
                {
                    emit(ctx.entity(outlet), speaker, .reported, "attribution-reported", 0.8)
                }
            }
        }
    }
}
