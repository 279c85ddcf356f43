import NewsGraph

/// Help and money named by a phrase, not a verb of support (the examples are invented):
/// - "Korvex traced the attack with the help of Tarvel Labs", "… with help from the Velmar Union",
///   "… with the assistance of X": the helper `supports` the clause's subject (`support:help-of`);
/// - "the Velmar Union, a major donor to Peru", "Chile, Peru's largest aid donor": the donor
///   `supports` the receiver (`support:donor`); also "X, the country's largest aid donor" (the text's country), "X,
///   which is Peru's largest aid donor", "X, Peru's largest trading partner and biggest aid donor".
struct SupportRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    /// The country the text is about: "the country's largest donor" gives to it.
    var mainCountry: Int? = nil

    typealias Emit = (_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// Nouns of help after "with [the]" and before "of"/"from".
    static let helpNouns: WordSet = ["help", "assistance", "support", "backing"]
    /// Degree words before "donor" ("a major donor", "its largest aid donor").
    static let donorModifiers: WordSet = [
        "major", "main", "key", "big", "biggest", "large", "largest", "leading", "top", "principal", "important", "aid",
        "single", "bilateral", "foreign", "chief",
    ]

    static let verbTags: [Tag] = [.verbPast, .verbThird, .verbPresent, .verbParticiple, .verbGerund]

    func run(from a: Int, to b: Int, pronoun: (Int) -> Int?, emit: Emit) {
        let tokens = ctx.tokens
        for p in a..<b where tokens[p].kind == .word && tokens[p].isLowerInitial {
            if tokens[p].normIs("with") {
                helpOf(at: p, from: a, to: b, pronoun: pronoun, emit: emit)
            } else if tokens[p].normIs("donor") {
                donor(at: p, from: a, to: b, emit: emit)
            }
        }
    }

    /// "with [the] help of X", "with help from X" at `p` ("with"): X supports the subject of the verb before.
    func helpOf(at p: Int, from a: Int, to b: Int, pronoun: (Int) -> Int?, emit: Emit) {
        let tokens = ctx.tokens
        var q = p + 1
        if q < b, tokens[q].normIs("the") { q += 1 }
        guard q + 2 < b, Self.helpNouns.contains(tokens[q]), tokens[q + 1].normIsOne(of: "of", "from") else { return }
        // The helper's name right after, over "the" and a country's adjective or a few describing words ("the U.S. Coast
        // Guard", "Velmar-based security firm Tarvel Labs"): a name ending the phrase, not "the help of its members".
        guard let helperMention = finder.objectMention(ctx, after: q + 2, to: b, skipLimit: 3, skipAdjectives: true),
            ctx.owner[helperMention] >= 0, !ctx.mentions[helperMention].isAdjective
        else { return }
        // ("with the help of its own coast guard": the doer's own body.)
        if (q + 2..<max(q + 2, ctx.mentions[helperMention].start)).contains(where: { tokens[$0].normIsOne(of: "its", "their", "his", "her", "our") }) { return }
        let helper = ctx.entity(helperMention)
        guard ctx.entities.kinds[helper].isOne(of: .organization, .country, .person) else { return }
        // The doer: the subject of the last verb before "with" ("with the help of X, Korvex traced …" is not read).
        // (Read back at most 40 tokens: a sentence of many "with the help of" phrases stays linear.)
        guard let verb = (max(a, p - 40)..<p).last(where: { Self.verbTags.contains(tokens[$0].tag) }) else { return }
        // ("was filtered with the help of X": a passive's subject is no doer.)
        if verb > a, tokens[verb].tag == .verbParticiple, RelationFinder.passiveAuxiliaries.contains(tokens[verb - 1]) { return }
        guard case .entity(let doer) = finder.subject(ctx, before: verb, from: a, pronoun: pronoun), doer != helper,
            ctx.entities.kinds[doer].isOne(of: .organization, .country, .person)
        else { return }
        emit(helper, doer, .supports, "support:help-of", 0.7)
    }

    /// "X, a [major] donor to Y", "X, Y's largest [aid] donor" at `p` ("donor").
    func donor(at p: Int, from a: Int, to b: Int, emit: Emit) {
        let tokens = ctx.tokens
        // Back over the degree words to the article or the receiver's possessive.
        guard p > a else { return }
        var q = p - 1
        while q > a, q >= p - 3, Self.donorModifiers.contains(tokens[q]), tokens[q].isLowerInitial { q -= 1 }
        // ("Peru's largest trading partner and biggest aid donor": over another description joined by "and".)
        if q > a + 1, tokens[q].normIs("and") {
            var r = q - 1
            while r > a, r >= q - 4, tokens[r].kind == .word, tokens[r].isLowerInitial, !RelationFinder.stopWords.contains(tokens[r]) {
                r -= 1
            }
            if r < q - 1, tokens[r].normIs("'s") { q = r }
        }
        var receiver: Int?
        var open = q
        if tokens[q].normIs("'s"), q >= a + 3, tokens[q - 1].normIs("country"), tokens[q - 2].normIs("the"), let mainCountry {
            // "Chile, the country's largest aid donor": the country the text is about.
            receiver = mainCountry
            open = q - 3
        } else if tokens[q].normIs("'s"), let m = ctx.mentionByEnd[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective {
            // "Chile, Peru's largest donor"
            receiver = ctx.entity(m)
            open = ctx.mentions[m].start - 1
        } else if tokens[q].normIsOne(of: "a", "the"), p + 2 < b, tokens[p + 1].normIsOne(of: "to", "of") {
            // "the Velmar Union, a major donor to Peru"
            if let m = finder.objectMention(ctx, after: p + 2, to: b, skipLimit: 0), ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective {
                receiver = ctx.entity(m)
            }
            open = q - 1
        }
        // ("Chile, which is Peru's largest aid donor": over the relative's copula.)
        if open > a + 2, tokens[open].normIsOne(of: "is", "was"), tokens[open - 1].normIs("which") { open -= 2 }
        guard let receiver, open > a, tokens[open].textIs(","), let m = ctx.mentionByEnd[open], ctx.owner[m] >= 0,
            !ctx.mentions[m].isAdjective
        else { return }
        let donor = ctx.entity(m)
        guard donor != receiver, ctx.entities.kinds[donor].isOne(of: .organization, .country),
            ctx.entities.kinds[receiver].isOne(of: .organization, .country, .location)
        else { return }
        emit(donor, receiver, .supports, "support:donor", 0.75)
    }
}
