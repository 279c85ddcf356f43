/// Gives every token a part of speech (``Token/tag``) and, for verbs and plural nouns,
/// the number of its lemma (``Token/lemma``).
///
/// A lexicon-and-rules tagger: each word's readings come from WordNet (``WordNetWords``,
/// through the compiled vocabulary) or the closed classes (``ClosedClass``); words neither
/// knows are read from their shape (capitalized: a name; "-ly": an adverb; "-ed", "-ing",
/// "-s": a verb form or a plural). Context then picks one reading per token, left to right,
/// with rules of the kind a grammar book states: after a determiner comes a noun or an
/// adjective, after "to" or a modal a verb's base form, after "be" a participle, a past form
/// followed by "by" or after a subject that already has its verb is a participle, and so on.
/// Why rules and not a trained model: the rules cost a look-up and a few comparisons per
/// token (extraction must stay fast), need no tagged corpus (none under a licence the project
/// can ship was at hand), and each decision can be read and tested. Measured on hand-tagged
/// sentences by `TaggerTests`.
struct Tagger: Sendable {
    let lexicon: CompiledLexicon
    /// The lexicon's tables, held here so that the inner loop reads them without going
    /// through the class.
    private let table: [Lexical?]
    private let wordFlags: WordFlagTable
    private let demonyms: [Bool]

    init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        table = lexicon.lexicalByWord
        wordFlags = lexicon.syntax.flags
        demonyms = lexicon.syntax.isDemonym
    }

    @inline(__always) private func flags(_ token: Token) -> WordFlags {
        let id = Int(token.word)
        return id >= 0 && id < wordFlags.count ? wordFlags[id] : []
    }

    /// Tags every sentence of `seg` (whose tokens carry their word numbers).
    /// - Parameter mostStoredReadings: see ``mostStoredReadings`` (tests set it to 0, to read
    ///   every sentence's readings from its tokens).
    func tag(_ seg: inout Segmentation, mostStoredReadings: Int = Self.mostStoredReadings) {
        var local = [Lexical?](repeating: nil, count: max(0, seg.wordCount - table.count))
        var lexicals: [Lexical] = []
        for sentence in seg.sentences {
            if sentence.tokens.count > mostStoredReadings {
                // (A sentence of millions of tokens, "," × 16 Mi: its readings are read from the
                // tokens each time they are asked, not stored, 8 bytes a token.)
                tagSentence(&seg.tokens, sentence.tokens, ComputedReadings(tagger: self))
                continue
            }
            lexicals.removeAll(keepingCapacity: true)
            lexicals.reserveCapacity(sentence.tokens.count)
            for k in sentence.tokens {
                lexicals.append(readings(seg.tokens, k, local: &local))
            }
            tagSentence(&seg.tokens, sentence.tokens, StoredReadings(lexicals: lexicals, base: sentence.tokens.lowerBound))
        }
    }

    /// The most tokens of a sentence whose readings are computed once and stored (8 bytes each)
    /// while the sentence is tagged; a longer sentence's are computed each time they are read.
    static let mostStoredReadings = 1 << 14

    /// The readings of a token before context, without the local table (the same readings:
    /// the table only keeps what the vocabulary and the strings' analyses give).
    func readings(_ tokens: Tokens, _ k: Int) -> Lexical {
        if let fixed = readingsByKind(tokens[k]) { return fixed }
        let id = Int(tokens[k].word)
        if id >= 0, id < table.count, let known = table[id] { return known }
        return tokens[k].analysis { lexicon.analyze($0) }
    }

    /// The readings of a token that is no word (a number, quote, dash, punctuation), from its kind alone.
    private func readingsByKind(_ t: Token) -> Lexical? {
        switch t.kind {
        case .number: return Lexical(tags: TagSet(.number), preferred: .number)
        case .quote: return Lexical(tags: TagSet(.quote), preferred: .quote)
        case .dash: return Lexical(tags: TagSet(.dash), preferred: .dash)
        case .punctuation:
            let f = flags(t)
            if f.contains(.hyphen) { return Lexical(tags: TagSet(.dash), preferred: .dash) }
            if f.contains(.symbol) { return Lexical(tags: TagSet(.symbol), preferred: .symbol) }
            return Lexical(tags: TagSet(.punctuation), preferred: .punctuation)
        case .word: return nil
        }
    }

    /// The readings of a token before context.
    func readings(_ tokens: Tokens, _ k: Int, local: inout [Lexical?]) -> Lexical {
        if let fixed = readingsByKind(tokens[k]) { return fixed }
        let id = Int(tokens[k].word)
        if id >= 0, id < table.count, let known = table[id] { return known }
        let slot = id - table.count
        if slot >= 0, slot < local.count, let cached = local[slot] { return cached }
        let result = tokens[k].analysis { lexicon.analyze($0) }
        if slot >= 0, slot < local.count { local[slot] = result }
        return result
    }

    // MARK: Context

    private func tagSentence<L: SentenceReadings>(_ tokens: inout Tokens, _ range: Range<Int>, _ lex: L) {
        let a = range.lowerBound
        var finiteInClause = false
        var wordSeen = false
        // Whether the sentence had a finite verb, and a noun or name, before its first comma.
        var finiteBeforeComma = false
        var subjectBeforeComma = false
        var commaSeen = false
        for k in range {
            let kind = tokens[k].kind
            let f = flags(tokens[k])
            var tag: Tag
            let readings = lex[tokens, k]
            let prev: Tag? = k > a ? tokens[k - 1].tag : nil
            let prevFlags: WordFlags = k > a ? flags(tokens[k - 1]) : []
            if kind != .word {
                tag = readings.preferred
            } else if !f.isDisjoint(with: [.possessiveS, .apostrophe]) {
                // The possessive, or "is"/"has" after a pronoun ("it's", "there's").
                let pronoun = prev == .pronoun || prev == .wh || prevFlags.contains(.contractionHost)
                tag = pronoun && f.contains(.possessiveS) ? .auxiliary : .possessive
            } else if tokens[k].isCapitalized || tokens[k].isAllCaps, !f.contains(.i) {
                tag = capitalized(tokens, k, range, readings, sentenceStart: !wordSeen || prev == .quote || prevFlags.contains(.colon))
            } else if let single = readings.tags.single {
                tag = single
            } else {
                tag = resolve(
                    tokens, k, range, lex, finiteInClause: finiteInClause, finiteBeforeComma: finiteBeforeComma,
                    subjectBeforeComma: subjectBeforeComma)
            }
            // "has killed", "did not say": have and do are auxiliaries when a verb follows.
            if !f.isDisjoint(with: [.have, .do, .negative]),
                tag == .verbThird || tag == .verbPresent || tag == .verbPast || tag == .verbGerund
            {
                if let next = nextWord(tokens, k, range, skippingAdverbs: true, lex: lex, base: a) {
                    let nextFlags = flags(tokens[next])
                    let auxiliary =
                        f.contains(.have)
                        ? (lex[tokens, next].tags.contains(.verbParticiple) || nextFlags.contains(.be))
                        : (lex[tokens, next].tags.contains(.verbBase) || lex[tokens, next].tags.contains(.negation))
                    if auxiliary { tag = .auxiliary }
                }
            }
            // "has troops in X", "had talks with Y", "has about 4,000 soldiers": "have" before a noun group is the
            // main verb, not an auxiliary (a participle or "been" after it keeps it one; "had to" and an
            // inversion, "had they", stay too).
            if f.contains(.have), !f.contains(.negative), tag == .auxiliary, kind == .word, opensObject(tokens, k, range, lex) {
                tag = Self.haveVerbTag(tokens[k])
            }
            if f.contains(.negative), tag != .auxiliary { tag = f.contains(.negativeModal) ? .modal : .auxiliary }
            // "to" is infinitival before a verb's base form; decided when that verb is tagged.
            if tag == .verbBase, prevFlags.contains(.to) { tokens.setTag(.infinitive, at: k - 1) }
            tokens.setTag(tag, at: k)
            if kind == .word { wordSeen = true }
            if tag.isFiniteVerb || tag == .modal || tag == .auxiliary {
                finiteInClause = true
                if !commaSeen { finiteBeforeComma = true }
                // "Officials said militants attacked a post": a clause may begin after a verb
                // of saying or thinking, whose verb is finite, not a participle.
                // Not when a past-only verb follows a past-or-participle one: "said weapons
                // seized from the rebels came from Iran".
                if tag.isFiniteVerb, f.contains(.clauseTaking), !participleThenFinite(tokens, after: k, range, lex) {
                    finiteInClause = false
                }
            }
            if !commaSeen, tag.isNoun || tag == .pronoun { subjectBeforeComma = true }
            if f.contains(.comma) { commaSeen = true }
            if tag == .punctuation || tag == .subordinator || tag == .wh || tag == .coordinator {
                finiteInClause = false
            }
        }
    }

    /// Whether, in the clause after `k` (up to a punctuation mark, a coordinator or a
    /// subordinator, at most 16 tokens), a word that may be a past form or a participle comes
    /// before a word that can only be a finite verb ("weapons seized from the rebels came"):
    /// the first is then a participle.
    private func participleThenFinite<L: SentenceReadings>(_ tokens: Tokens, after k: Int, _ range: Range<Int>, _ lex: L) -> Bool {
        var ambiguousSeen = false
        var q = k + 1
        while q < min(range.upperBound, k + 17) {
            guard tokens[q].kind == .word else { return false }
            let r = lex[tokens, q]
            let f = flags(tokens[q])
            if !f.isDisjoint(with: [.that, .and_or, .comma]) || r.tags.contains(.subordinator) || r.tags.contains(.wh) { return false }
            if r.tags.contains(.verbPast) && r.tags.contains(.verbParticiple) {
                ambiguousSeen = true
            } else if ambiguousSeen {
                let finiteOnly = r.tags.contains(.verbPast) && !r.tags.contains(.verbParticiple) && !r.tags.contains(.noun)
                let finiteBe = f.contains(.be) && !f.contains(.nonfiniteAuxiliary)
                if finiteOnly || finiteBe || r.tags.contains(.modal) { return true }
            }
            q += 1
        }
        return false
    }

    /// Words that make a number approximate at the start of a noun group ("about 4,000 troops"); "more than" and
    /// "at least" in ``Chunker``.
    static let approximators: WordSet = ["about", "around", "some", "nearly", "almost", "roughly", "approximately", "over"]

    /// The tag of a form of "have" read as the main verb.
    static func haveVerbTag(_ t: Token) -> Tag {
        switch t.norm {
        case "has": return .verbThird
        case "had": return .verbPast
        case "having": return .verbGerund
        default: return .verbPresent
        }
    }

    /// Whether what follows the "have" at `k` (over adverbs) opens a noun group, so that "have" is the main verb:
    /// a determiner, a number ("about 4,000"), an adjective, a noun or a name, not a participle, "been", "to" nor
    /// a pronoun ("had they").
    private func opensObject<L: SentenceReadings>(_ tokens: Tokens, _ k: Int, _ range: Range<Int>, _ lex: L) -> Bool {
        var q = nextWord(tokens, k, range, skippingAdverbs: true, lex: lex, base: range.lowerBound) ?? (k + 1)
        guard q < range.upperBound else { return false }
        if tokens[q].kind == .number { return true }
        guard tokens[q].kind == .word else { return false }
        let r = lex[tokens, q]
        let f = flags(tokens[q])
        if r.tags.contains(.verbParticiple) || !f.isDisjoint(with: [.be, .to, .have, .subjectPronoun]) { return false }
        if Self.approximators.contains(tokens[q]) {
            return q + 1 < range.upperBound && tokens[q + 1].kind == .number
        }
        guard r.tags.contains(.determiner) || r.tags.contains(.adjective) || r.tags.contains(.noun) || r.tags.contains(.nounPlural)
            || r.tags.contains(.number) || f.contains(.possessivePronoun) || tokens[q].isCapitalized
        else { return false }
        // "had long been", "has far exceeded": an adverb reading before a participle keeps "have" an auxiliary.
        if r.tags.contains(.adverb) {
            q += 1
            if q < range.upperBound, tokens[q].kind == .word, lex[tokens, q].tags.contains(.verbParticiple) || flags(tokens[q]).contains(.be) {
                return false
            }
        }
        return true
    }

    /// The next word token after `k` (over adverbs and negation when asked).
    private func nextWord<L: SentenceReadings>(_ tokens: Tokens, _ k: Int, _ range: Range<Int>, skippingAdverbs: Bool, lex: L, base: Int) -> Int? {
        var q = k + 1
        while q < range.upperBound {
            guard tokens[q].kind == .word else { return nil }
            let r = lex[tokens, q]
            if skippingAdverbs, r.preferred == .adverb || r.tags == TagSet(.negation), !r.tags.contains(.verbParticiple) {
                q += 1
                continue
            }
            return q
        }
        return nil
    }

    /// A capitalized word: a name, a demonym, or an ordinary word opening a sentence.
    private func capitalized(_ tokens: Tokens, _ k: Int, _ range: Range<Int>, _ readings: Lexical, sentenceStart: Bool) -> Tag {
        let id = Int(tokens[k].word)
        if id >= 0, id < demonyms.count, demonyms[id] { return .adjective }
        if tokens[k].isAllCaps && !sentenceStart { return .proper }
        guard sentenceStart else { return .proper }
        let f = flags(tokens[k])
        if readings.tags.contains(.determiner) || readings.tags.contains(.pronoun) || readings.tags.contains(.preposition)
            || readings.tags.contains(.coordinator) || readings.tags.contains(.subordinator) || readings.tags.contains(.wh)
            || readings.tags.contains(.auxiliary) || readings.tags.contains(.modal)
        {
            // A closed-class word opening a sentence: its first reading ("That" a determiner).
            if f.contains(.that) { return .determiner }
            return readings.preferred
        }
        // An ordinary word opening a sentence, unless a name goes on after it ("Chancellor Elke Brandt").
        let known = id < table.count && table[id] != nil
        guard known, !readings.tags.contains(.proper) else { return .proper }
        // The gazetteer knows it as a name ("Japan and Australia signed").
        if lexicon.matchActor(tokens, at: k, end: range.upperBound) != nil { return .proper }
        if k + 1 < range.upperBound {
            let next = k + 1
            if tokens[next].kind == .word, tokens[next].hasNameShape,
                !tokens[next].isCapitalized || table.indices.contains(Int(tokens[next].word)) == false
                    || table[Int(tokens[next].word)].map({ $0.tags.isDisjoint(with: Self.closedTags) }) ?? true
            {
                return .proper
            }
            if flags(tokens[next]).contains(.possessiveS) { return .proper }
        }
        if let single = readings.tags.single { return single }
        if readings.tags.contains(.nounPlural) && !readings.tags.contains(.verbThird) { return .nounPlural }
        if readings.tags.contains(.noun) { return .noun }
        if readings.tags.contains(.nounPlural) { return .nounPlural }
        return readings.preferred
    }

    /// The closed classes' tags.
    static let closedTags = TagSet([
        .determiner, .pronoun, .preposition, .coordinator, .subordinator, .wh, .auxiliary, .modal, .negation, .infinitive,
    ])

    /// Whether the token can open a noun phrase: a determiner, a possessive or personal
    /// pronoun, a number, an adjective, a name, a noun, a currency sign.
    private func opensNounPhrase(_ tokens: Tokens, _ k: Int, _ r: Lexical) -> Bool {
        let kind = tokens[k].kind
        if kind == .number || r.tags.contains(.symbol) && flags(tokens[k]).contains(.currency) { return true }
        guard kind == .word else { return false }
        if tokens[k].isCapitalized || tokens[k].isAllCaps { return true }
        if r.tags.contains(.determiner) || r.tags.contains(.number) { return true }
        if r.tags.contains(.pronoun) {
            let f = flags(tokens[k])
            return !f.contains(.subjectPronoun) || !f.isDisjoint(with: [.it, .you])
        }
        return r.preferred == .adjective || r.preferred == .noun || r.preferred == .nounPlural
            || (r.tags.contains(.adjective) && !r.tags.contains(.verbPast))
    }

    private func isNominal(_ tag: Tag?) -> Bool {
        guard let tag else { return false }
        return tag == .noun || tag == .nounPlural || tag == .proper || tag == .number
    }

    /// Picks one of several readings of a lower-case word from its neighbours.
    private func resolve<L: SentenceReadings>(
        _ tokens: Tokens, _ k: Int, _ range: Range<Int>, _ lex: L, finiteInClause: Bool, finiteBeforeComma: Bool,
        subjectBeforeComma: Bool
    ) -> Tag {
        let a = range.lowerBound
        let r = lex[tokens, k]
        let t = r.tags
        let f = flags(tokens[k])
        let prev: Tag? = k > a ? tokens[k - 1].tag : nil
        let prevFlags: WordFlags = k > a ? flags(tokens[k - 1]) : []
        let nextIndex = k + 1 < range.upperBound ? k + 1 : nil
        let next: Lexical? = nextIndex.map { lex[tokens, $0] }
        let nextFlags: WordFlags = nextIndex.map { flags(tokens[$0]) } ?? []
        let nextKind: Token.Kind? = nextIndex.map { tokens[$0].kind }
        let nextCapitalized = nextIndex.map { tokens[$0].isCapitalized || tokens[$0].isAllCaps } ?? false
        let nextIsNominal: Bool = {
            guard let next, nextKind == .word || nextKind == .number else { return false }
            if nextCapitalized || nextKind == .number { return true }
            return next.preferred == .noun || next.preferred == .nounPlural || next.preferred == .adjective
                || (next.tags.contains(.noun) && !next.tags.contains(.verbPast))
                || (next.tags.contains(.adjective) && next.tags.count <= 2 && !next.tags.contains(.verbPast))
        }()
        let nextOpensPhrase = nextIndex.map { opensNounPhrase(tokens, $0, next!) } ?? false

        // Closed-class words with two readings.
        if f.contains(.that) {
            if nextIsNominal, !nextCapitalized, next?.tags.contains(.pronoun) != true,
                !(next?.tags.contains(.determiner) ?? false)
            {
                // "that deal" (but "that the envoy …" is a clause).
                if !(next!.tags.isDisjoint(with: TagSet.verbs)) && isNominal(prev) { return .wh }
                return .determiner
            }
            if isNominal(prev), let next, !next.tags.isDisjoint(with: TagSet.verbs.union(TagSet([.modal, .auxiliary]))),
                !nextOpensPhrase || next.preferred.isVerb || next.tags.contains(.modal) || next.tags.contains(.auxiliary)
            {
                return .wh
            }
            return .subordinator
        }
        if f.contains(.to) { return .preposition }  // made infinitival when a base form follows
        if f.contains(.there) {
            return !nextFlags.isDisjoint(with: [.be, .have, .possessiveS]) ? .pronoun : .adverb
        }
        if f.contains(.but) { return prevFlags.contains(.quantifierBeforeBut) ? .preposition : .coordinator }
        if f.contains(.prepositionOrConjunction) { return clauseFollows(tokens, k, range, lex) ? .subordinator : .preposition }
        if t.contains(.auxiliary) { return .auxiliary }

        let afterDeterminer =
            prev == .determiner || prev == .possessive || prev == .adjective || prev == .number
            || (prev == .pronoun && prevFlags.contains(.possessivePronoun))
        if afterDeterminer {
            if t.contains(.adjective), nextIsNominal, prev != .adjective || !t.contains(.noun) { return .adjective }
            if t.contains(.verbParticiple), nextIsNominal, !t.contains(.noun) { return .verbParticiple }
            if t.contains(.nounPlural), !t.contains(.noun) || r.preferred == .nounPlural { return .nounPlural }
            if t.contains(.noun) { return .noun }
            if t.contains(.nounPlural) { return .nounPlural }
            if t.contains(.adjective) { return .adjective }
            if t.contains(.verbGerund) { return .noun }
            if t.contains(.verbParticiple) { return .verbParticiple }
        }
        // After "to", a modal, do-support or "not" after them: the base form.
        if t.contains(.verbBase) {
            if prevFlags.contains(.to) || prev == .modal || (prev == .auxiliary && prevFlags.contains(.do)) { return .verbBase }
            if prev == .negation, k >= a + 2, tokens[k - 2].tag == .modal || flags(tokens[k - 2]).contains(.do) {
                return .verbBase
            }
        }
        // After be or have (over adverbs and "not"): a participle, a gerund, an adjective.
        var back = k - 1
        while back >= a, tokens[back].tag == .adverb || tokens[back].tag == .negation { back -= 1 }
        if back >= a, tokens[back].tag == .auxiliary {
            let aux = flags(tokens[back])
            if aux.contains(.have) {
                if t.contains(.verbParticiple) { return .verbParticiple }
            } else if aux.contains(.be) || aux.contains(.possessiveS) {
                if t.contains(.verbParticiple) { return .verbParticiple }
                if t.contains(.verbGerund) { return .verbGerund }
                if t.contains(.adjective) { return .adjective }
            } else if aux.contains(.do) {
                if t.contains(.verbBase) { return .verbBase }
            }
        }
        if back >= a, flags(tokens[back]).contains(.get), t.contains(.verbParticiple) { return .verbParticiple }

        // Past or participle: "backed by", "positions held by", "the Egyptian-led force".
        if t.contains(.verbPast) || t.contains(.verbParticiple) {
            // ("it stood by Velmora": after a subject pronoun, a past form's "by" is a preposition.)
            if nextFlags.contains(.by) {
                if prev == .pronoun, prevFlags.contains(.subjectPronoun), t.contains(.verbPast) { return .verbPast }
                return t.contains(.verbParticiple) ? .verbParticiple : .verbPast
            }
            if prev == .dash { return t.contains(.verbParticiple) ? .verbParticiple : .adjective }
            if t.contains(.verbPast) {
                if prev == .coordinator { return .verbPast }
                if isNominal(prev) || prev == .pronoun || prev == .wh {
                    return finiteInClause && t.contains(.verbParticiple) && prev != .wh && prev != .pronoun ? .verbParticiple : .verbPast
                }
                if prev == nil || prev == .punctuation || prev == .quote || prev == .adverb {
                    // "X, which employs 4,000 people, agreed to …": the subject's verb after an aside.
                    if prev == .punctuation, prevFlags.contains(.comma), !finiteBeforeComma, subjectBeforeComma { return .verbPast }
                    return finiteInClause || !t.contains(.verbParticiple) ? .verbPast : (nextOpensPhrase ? .verbPast : .verbParticiple)
                }
                if prev == .preposition, t.contains(.adjective) { return .adjective }
            }
            if t.contains(.verbParticiple), !t.contains(.noun) { return t.contains(.verbPast) ? .verbPast : .verbParticiple }
        }
        // The word before, over adverbs ("the merger still needs").
        var before = k - 1
        while before > a, tokens[before].tag == .adverb { before -= 1 }
        let left: Tag? = before >= a ? tokens[before].tag : nil
        let leftFlags: WordFlags = before >= a ? flags(tokens[before]) : []
        // After an apposition or a relative clause between commas, when the sentence's
        // subject has no verb yet: "Korvala, a unit of X, makes parts".
        let afterAside = left == .punctuation && leftFlags.contains(.comma) && !finiteBeforeComma && subjectBeforeComma
        // Plural noun or third person: "he leads a coalition", "the talks".
        if t.contains(.verbThird), t.contains(.nounPlural) {
            let subject =
                left == .pronoun && leftFlags.contains(.subjectPronoun) || left == .wh
                || ((left == .proper || left == .noun || (left == .nounPlural && before < k - 1)) && !finiteInClause) || afterAside
            if subject,
                nextOpensPhrase || next?.preferred == .preposition || next?.preferred == .adverb
                    || !nextFlags.isDisjoint(with: [.to, .that]) || nextKind == .punctuation
            {
                if prev == .noun, nextKind == .punctuation { return .nounPlural }
                return .verbThird
            }
            return .nounPlural
        }
        // Noun or present verb: "rebels attack the town", "they support".
        if t.contains(.verbPresent), t.contains(.noun) || t.contains(.adjective) {
            let subject =
                left == .pronoun && leftFlags.contains(.subjectPronoun) || left == .wh
                || (left == .nounPlural && !finiteInClause) || afterAside
            if subject, nextOpensPhrase || next?.preferred == .preposition || next?.preferred == .adverb {
                return .verbPresent
            }
            if t.contains(.adjective), nextIsNominal { return .adjective }
            return t.contains(.noun) ? .noun : .adjective
        }
        // Gerund or noun: "of taking bribes", ", killing three", "the fighting".
        if t.contains(.verbGerund) {
            if prev == .preposition || prev == .subordinator { return .verbGerund }
            // "posts housing Azerbaijani troops": a participle after a noun, before its object.
            if prev == .nounPlural || prev == .proper || prev == .noun, nextIndex != nil,
                nextCapitalized || nextKind == .number || next?.tags.contains(.determiner) == true
                    || nextFlags.contains(.possessivePronoun)
            {
                return .verbGerund
            }
            if prev == nil || prev == .punctuation || prev == .coordinator, nextOpensPhrase { return .verbGerund }
            if nextOpensPhrase, !nextIsNominal || next?.tags.contains(.determiner) == true || next?.tags.contains(.pronoun) == true {
                return .verbGerund
            }
            if t.contains(.adjective), nextIsNominal { return .adjective }
            if t.contains(.noun) { return .noun }
            return .verbGerund
        }
        // Adjective or adverb: "early on Sunday", "next year".
        if t.contains(.adjective), t.contains(.adverb) {
            return nextIsNominal ? .adjective : .adverb
        }
        if t.contains(.adjective), t.contains(.noun) {
            return nextIsNominal && next?.tags.contains(.dash) != true ? .adjective : .noun
        }
        if t.contains(.verbBase), prev == .pronoun, prevFlags.contains(.subjectPronoun) { return .verbPresent }
        if r.preferred == .verbBase { return .verbPresent }
        return r.preferred
    }

    /// Whether a clause follows a word that may be a preposition or a conjunction ("after
    /// he criticized" vs "after a pause"): a subject pronoun, or a short noun phrase then a
    /// finite verb.
    private func clauseFollows<L: SentenceReadings>(_ tokens: Tokens, _ k: Int, _ range: Range<Int>, _ lex: L) -> Bool {
        var q = k + 1
        guard q < range.upperBound else { return false }
        if flags(tokens[q]).contains(.subjectPronoun) { return true }
        var steps = 0
        while q < range.upperBound, steps < 6 {
            let r = lex[tokens, q]
            if tokens[q].kind == .number || tokens[q].isCapitalized || flags(tokens[q]).contains(.possessiveS)
                || r.tags.contains(.determiner)
                || r.preferred == .noun || r.preferred == .nounPlural || r.preferred == .adjective
                || (r.tags.contains(.noun) && steps > 0 && q + 1 < range.upperBound
                    && !lex[tokens, q + 1].tags.isDisjoint(with: TagSet.finite.union(TagSet(.auxiliary))))
            {
                q += 1
                steps += 1
                continue
            }
            break
        }
        guard steps > 0, q < range.upperBound else { return false }
        let r = lex[tokens, q]
        return r.tags.contains(.verbPast) || r.tags.contains(.verbThird) || r.tags.contains(.modal) || r.tags.contains(.auxiliary)
            || r.tags.contains(.verbPresent) && !r.tags.contains(.noun)
    }
}

/// A sentence's readings before context (``Tagger/readings(_:_:)``), by token position.
protocol SentenceReadings {
    subscript(tokens: Tokens, k: Int) -> Lexical { get }
}

/// Readings computed once per token of the sentence and stored.
struct StoredReadings: SentenceReadings {
    let lexicals: [Lexical]
    /// The position of the sentence's first token.
    let base: Int
    subscript(tokens: Tokens, k: Int) -> Lexical {
        @inline(__always) get { lexicals[k - base] }
    }
}

/// Readings computed from the token each time they are read (a very long sentence's).
struct ComputedReadings: SentenceReadings {
    let tagger: Tagger
    subscript(tokens: Tokens, k: Int) -> Lexical {
        @inline(__always) get { tagger.readings(tokens, k) }
    }
}
