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
    func run(matches: VerbMatches, pronoun resolvePronoun: (Int) -> Int?) -> Speakers {
        let seg = ctx.seg
        let tokens = ctx.tokens
        // The sentences with a speaker of their own, in order.
        var found = Speakers()
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
                    found.append(sentence: s, speaker: speaker)
                    break
                }
            }
        }
        // A quotation spread over several sentences is spoken by the next named speaker: from the
        // last sentence back, one that opens inside a quotation and has no speaker of its own
        // takes the next one's.
        var speakers = Speakers()
        var cursor = found.count - 1
        var next: Int? = nil
        for s in stride(from: seg.sentences.count - 1, through: 0, by: -1) {
            var speaker: Int? = nil
            if cursor >= 0, found.sentence(at: cursor) == s {
                speaker = found.speaker(at: cursor)
                cursor -= 1
            } else if s < seg.sentences.count - 1 {
                let first = seg.sentences[s].tokens.lowerBound
                if tokens[first].inQuote || tokens[first].kind == .quote { speaker = next }
            }
            if let speaker { speakers.append(sentence: s, speaker: speaker) }
            next = speaker
        }
        speakers.reverse()
        return speakers
    }
}

/// The speaker of each sentence that has one (``SpeakerRules``): the sentences with a speaker
/// and their speakers, in sentence order, read by binary search. Most sentences have none, and
/// an optional entity per sentence took 16 bytes a sentence (8 per byte of "! ! !").
struct Speakers: Sendable {
    private var sentences: [Int32] = []
    private var entities: [Int32] = []

    var count: Int { sentences.count }
    fileprivate func sentence(at k: Int) -> Int { Int(sentences[k]) }
    fileprivate func speaker(at k: Int) -> Int { Int(entities[k]) }
    fileprivate mutating func append(sentence: Int, speaker: Int) {
        sentences.append(Int32(truncatingIfNeeded: sentence))
        entities.append(Int32(truncatingIfNeeded: speaker))
    }
    fileprivate mutating func reverse() {
        sentences.reverse()
        entities.reverse()
    }

    /// The speaker of sentence `s`, if it has one.
    subscript(s: Int) -> Int? {
        guard !sentences.isEmpty else { return nil }
        let key = Int32(truncatingIfNeeded: s)
        let low = sentences.partitionPoint { $0 < key }
        return low < sentences.count && sentences[low] == key ? Int(entities[low]) : nil
    }
}
