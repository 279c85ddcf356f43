import NewsGraph

/// Who speaks in each sentence, read before every other rule so that "we" in a quotation and
/// "according to" know who speaks: the subject of a `speech` or `speakerOnly` pattern of
/// `[verbs]` ("Lena Varga said"), or the person after it ("…,” said Gen. Tomas Brel"); a person
/// or an organization. A sentence that opens inside a quotation spread over several sentences
/// is spoken by the next sentence's speaker.
struct SpeakerRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    var lexicon: CompiledLexicon { finder.lexicon }

    /// The speaker of each sentence (an entity index), from the `[verbs]` matches of each sentence.
    func run(matches: VerbMatches, pronoun resolvePronoun: (Int) -> Int?) -> [Int?] {
        let seg = ctx.seg
        let tokens = ctx.tokens
        var speakers = Array(repeating: Int?.none, count: seg.sentences.count)
        for (s, sentence) in seg.sentences.enumerated() {
            let a = sentence.tokens.lowerBound
            let b = sentence.tokens.upperBound
            for (start, end, p) in matches[s] where !lexicon.verbFlags[p].isDisjoint(with: [.speech, .speakerOnly]) {
                guard !tokens[start].inQuote else { continue }
                var speaker: Int?
                switch finder.subject(ctx, before: start, from: a, pronoun: resolvePronoun) {
                case .entity(let e): speaker = e
                default:
                    // "…,” said Maj. Gen. Bradford Gering"
                    if start > a, tokens[start - 1].kind == .quote || tokens[start - 1].textIs(",") {
                        speaker = finder.object(ctx, after: end, to: b, skipLimit: 1).flatMap { ctx.entities.kinds[$0] == .person ? $0 : nil }
                    }
                }
                if let speaker, ctx.entities.kinds[speaker] == .person || ctx.entities.kinds[speaker] == .organization {
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
        return speakers
    }
}
