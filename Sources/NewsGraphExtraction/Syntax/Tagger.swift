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

    /// Tags every sentence of `seg` (whose tokens carry their word numbers).
    func tag(_ seg: inout Segmentation) {
        var local = [Lexical?](repeating: nil, count: max(0, seg.wordCount - lexicon.lexicalByWord.count))
        var lexicals: [Lexical] = []
        for sentence in seg.sentences {
            lexicals.removeAll(keepingCapacity: true)
            for k in sentence.tokens {
                lexicals.append(readings(seg.tokens[k], local: &local))
            }
            tagSentence(&seg.tokens, sentence.tokens, lexicals)
        }
    }

    /// The readings of a token before context.
    func readings(_ token: Token, local: inout [Lexical?]) -> Lexical {
        switch token.kind {
        case .number: return Lexical(tags: TagSet(.number), preferred: .number)
        case .quote: return Lexical(tags: TagSet(.quote), preferred: .quote)
        case .dash: return Lexical(tags: TagSet(.dash), preferred: .dash)
        case .punctuation:
            if token.text == "-" { return Lexical(tags: TagSet(.dash), preferred: .dash) }
            let symbol = token.text == "$" || token.text == "%" || token.text == "&" || token.text == "€" || token.text == "£"
            return symbol ? Lexical(tags: TagSet(.symbol), preferred: .symbol) : Lexical(tags: TagSet(.punctuation), preferred: .punctuation)
        case .word: break
        }
        let id = Int(token.word)
        if id >= 0, id < lexicon.lexicalByWord.count, let known = lexicon.lexicalByWord[id] { return known }
        let slot = id - lexicon.lexicalByWord.count
        if slot >= 0, slot < local.count, let cached = local[slot] { return cached }
        let result = lexicon.analyze(token.norm)
        if slot >= 0, slot < local.count { local[slot] = result }
        return result
    }

    // MARK: Context

    private func tagSentence(_ tokens: inout [Token], _ range: Range<Int>, _ lex: [Lexical]) {
        let a = range.lowerBound
        var finiteInClause = false
        var wordSeen = false
        // Whether the sentence had a finite verb, and a noun or name, before its first comma.
        var finiteBeforeComma = false
        var subjectBeforeComma = false
        var commaSeen = false
        for k in range {
            let i = k - a
            let token = tokens[k]
            var tag: Tag
            let readings = lex[i]
            let prev: Tag? = k > a ? tokens[k - 1].tag : nil
            let prevNorm = k > a ? tokens[k - 1].norm : ""
            if token.kind != .word {
                tag = readings.preferred
            } else if token.norm == "'s" || token.norm == "'" {
                // The possessive, or "is"/"has" after a pronoun ("it's", "there's").
                let pronoun = prev == .pronoun || prev == .wh || ["that", "what", "here"].contains(prevNorm)
                tag = pronoun && token.norm == "'s" ? .auxiliary : .possessive
            } else if token.isCapitalized || token.isAllCaps, token.norm != "i" {
                tag = capitalized(tokens, k, range, readings, sentenceStart: !wordSeen || prev == .quote || prevNorm == ":")
            } else if let single = readings.tags.single {
                tag = single
            } else {
                tag = resolve(
                    tokens, k, range, lex, finiteInClause: finiteInClause, finiteBeforeComma: finiteBeforeComma,
                    subjectBeforeComma: subjectBeforeComma)
            }
            // "has killed", "did not say": have and do are auxiliaries when a verb follows.
            if tag == .verbThird || tag == .verbPresent || tag == .verbPast || tag == .verbGerund,
                ClosedClass.have.contains(token.norm) || ClosedClass.do.contains(token.norm) || token.norm.hasSuffix("n't")
            {
                if let next = nextWord(tokens, k, range, skippingAdverbs: true, lex: lex, base: a),
                    ClosedClass.have.contains(token.norm) ? (lex[next - a].tags.contains(.verbParticiple) || tokens[next].norm == "been")
                        : (lex[next - a].tags.contains(.verbBase) || tokens[next].norm == "not")
                {
                    tag = .auxiliary
                }
            }
            if token.kind == .word, token.norm.hasSuffix("n't"), tag != .auxiliary {
                tag = ["won't", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't", "mightn't"].contains(token.norm) ? .modal : .auxiliary
            }
            // "to" is infinitival before a verb's base form; decided when that verb is tagged.
            if tag == .verbBase, k > a, tokens[k - 1].norm == "to" { tokens[k - 1].tag = .infinitive }
            tokens[k].tag = tag
            if let lemma = Optional(readings.lemma), lemma >= 0, tag.isVerb || tag == .nounPlural { tokens[k].lemma = lemma }
            if token.kind == .word { wordSeen = true }
            if tag.isFiniteVerb || tag == .modal || tag == .auxiliary {
                finiteInClause = true
                if !commaSeen { finiteBeforeComma = true }
            }
            if !commaSeen, tag.isNoun || tag == .pronoun { subjectBeforeComma = true }
            if token.text == "," { commaSeen = true }
            if tag == .punctuation && token.text != "'" || tag == .subordinator || tag == .wh || tag == .coordinator {
                finiteInClause = false
            }
        }
    }

    /// The next word token after `k` (over adverbs and negation when asked).
    private func nextWord(_ tokens: [Token], _ k: Int, _ range: Range<Int>, skippingAdverbs: Bool, lex: [Lexical], base: Int) -> Int? {
        var q = k + 1
        while q < range.upperBound {
            guard tokens[q].kind == .word else { return nil }
            let r = lex[q - base]
            if skippingAdverbs, r.preferred == .adverb || r.tags == TagSet(.negation), !r.tags.contains(.verbParticiple) {
                q += 1
                continue
            }
            return q
        }
        return nil
    }

    /// A capitalized word: a name, a demonym, or an ordinary word opening a sentence.
    private func capitalized(_ tokens: [Token], _ k: Int, _ range: Range<Int>, _ readings: Lexical, sentenceStart: Bool) -> Tag {
        let token = tokens[k]
        if lexicon.isDemonym(token) { return .adjective }
        if token.isAllCaps && !sentenceStart { return .proper }
        guard sentenceStart else { return .proper }
        if let closed = ClosedClass.words[token.norm] { return closed[0] == .wh && token.norm == "that" ? .determiner : closed[0] }
        // An ordinary word opening a sentence, unless a name goes on after it ("Chancellor Elke Brandt").
        let known = Int(token.word) < lexicon.lexicalByWord.count && lexicon.lexicalByWord[Int(token.word)] != nil
        guard known, !readings.tags.contains(.proper) else { return .proper }
        // The gazetteer knows it as a name ("Japan and Australia signed").
        if lexicon.matchActor(tokens, at: k, end: range.upperBound) != nil { return .proper }
        if k + 1 < range.upperBound {
            let next = tokens[k + 1]
            if next.kind == .word, next.hasNameShape, !next.isCapitalized || ClosedClass.words[next.norm] == nil { return .proper }
            if next.norm == "'s" { return .proper }
        }
        if let single = readings.tags.single { return single }
        if readings.tags.contains(.nounPlural) && !readings.tags.contains(.verbThird) { return .nounPlural }
        if readings.tags.contains(.noun) { return .noun }
        if readings.tags.contains(.nounPlural) { return .nounPlural }
        return readings.preferred
    }

    /// Whether the token can open a noun phrase: a determiner, a possessive or personal
    /// pronoun, a number, an adjective, a name, a noun, a currency sign.
    private func opensNounPhrase(_ token: Token, _ r: Lexical) -> Bool {
        if token.kind == .number || token.text == "$" || token.text == "€" || token.text == "£" { return true }
        guard token.kind == .word else { return false }
        if token.isCapitalized || token.isAllCaps { return true }
        if r.tags.contains(.determiner) || r.tags.contains(.number) { return true }
        if r.tags.contains(.pronoun) { return !ClosedClass.subjectPronouns.contains(token.norm) || token.norm == "it" || token.norm == "you" }
        return r.preferred == .adjective || r.preferred == .noun || r.preferred == .nounPlural
            || (r.tags.contains(.adjective) && !r.tags.contains(.verbPast))
    }

    private func isNominal(_ tag: Tag?) -> Bool {
        guard let tag else { return false }
        return tag == .noun || tag == .nounPlural || tag == .proper || tag == .number
    }

    /// Picks one of several readings of a lower-case word from its neighbours.
    private func resolve(
        _ tokens: [Token], _ k: Int, _ range: Range<Int>, _ lex: [Lexical], finiteInClause: Bool, finiteBeforeComma: Bool,
        subjectBeforeComma: Bool
    ) -> Tag {
        let a = range.lowerBound
        let r = lex[k - a]
        let t = r.tags
        let token = tokens[k]
        let prev: Tag? = k > a ? tokens[k - 1].tag : nil
        let prevNorm = k > a ? tokens[k - 1].norm : ""
        let nextIndex = k + 1 < range.upperBound ? k + 1 : nil
        let next: Lexical? = nextIndex.map { lex[$0 - a] }
        let nextToken: Token? = nextIndex.map { tokens[$0] }
        let nextIsNominal: Bool = {
            guard let nextToken, let next, nextToken.kind == .word || nextToken.kind == .number else { return false }
            if nextToken.isCapitalized || nextToken.isAllCaps || nextToken.kind == .number { return true }
            return next.preferred == .noun || next.preferred == .nounPlural || next.preferred == .adjective
                || (next.tags.contains(.noun) && !next.tags.contains(.verbPast))
                || (next.tags.contains(.adjective) && next.tags.count <= 2 && !next.tags.contains(.verbPast))
        }()
        let nextOpensPhrase = nextToken.map { opensNounPhrase($0, next!) } ?? false

        // Closed-class words with two readings.
        switch token.norm {
        case "that":
            if nextIsNominal, let nextToken, !nextToken.isCapitalized, next?.tags.contains(.pronoun) != true,
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
        case "to":
            return .preposition  // made infinitival when a base form follows
        case "there":
            if let nextToken, ClosedClass.be.contains(nextToken.norm) || ["has", "have", "had", "'s"].contains(nextToken.norm) {
                return .pronoun
            }
            return .adverb
        case "but":
            return ["all", "nothing", "anything", "everyone", "none"].contains(prevNorm) ? .preposition : .coordinator
        case "after", "before", "since", "until", "till", "as":
            return clauseFollows(tokens, k, range, lex) ? .subordinator : .preposition
        default: break
        }
        if t.contains(.auxiliary) { return .auxiliary }

        let afterDeterminer =
            prev == .determiner || prev == .possessive || prev == .adjective || prev == .number
            || (prev == .pronoun && ClosedClass.possessivePronouns.contains(prevNorm))
        if afterDeterminer {
            if t.contains(.adjective), nextIsNominal, prev != .adjective || !t.contains(.noun) { return .adjective }
            if t.contains(.verbParticiple), nextIsNominal, !t.contains(.noun) { return .verbParticiple }
            if t.contains(.nounPlural), token.norm.hasSuffix("s") { return .nounPlural }
            if t.contains(.noun) { return .noun }
            if t.contains(.nounPlural) { return .nounPlural }
            if t.contains(.adjective) { return .adjective }
            if t.contains(.verbGerund) { return .noun }
            if t.contains(.verbParticiple) { return .verbParticiple }
        }
        // After "to", a modal, do-support or "not" after them: the base form.
        if t.contains(.verbBase) {
            if prevNorm == "to" || prev == .modal || (prev == .auxiliary && ClosedClass.do.contains(prevNorm)) { return .verbBase }
            if prev == .negation, k >= a + 2, tokens[k - 2].tag == .modal || ClosedClass.do.contains(tokens[k - 2].norm) {
                return .verbBase
            }
        }
        // After be or have (over adverbs and "not"): a participle, a gerund, an adjective.
        var back = k - 1
        while back >= a, tokens[back].tag == .adverb || tokens[back].tag == .negation { back -= 1 }
        if back >= a, tokens[back].tag == .auxiliary {
            let aux = tokens[back].norm
            if ClosedClass.have.contains(aux) || aux.hasPrefix("hasn") || aux.hasPrefix("haven") || aux.hasPrefix("hadn") {
                if t.contains(.verbParticiple) { return .verbParticiple }
            } else if ClosedClass.be.contains(aux) || aux == "'s" || aux.hasPrefix("is") || aux.hasPrefix("was") || aux.hasPrefix("were")
                || aux.hasPrefix("are")
            {
                if t.contains(.verbParticiple) { return .verbParticiple }
                if t.contains(.verbGerund) { return .verbGerund }
                if t.contains(.adjective) { return .adjective }
            } else if ClosedClass.do.contains(aux) || aux.hasPrefix("did") || aux.hasPrefix("does") || aux.hasPrefix("don") {
                if t.contains(.verbBase) { return .verbBase }
            }
        }
        if back >= a, ["get", "got", "gets", "getting"].contains(tokens[back].norm), t.contains(.verbParticiple) { return .verbParticiple }

        // Past or participle: "backed by", "positions held by", "the Egyptian-led force".
        if t.contains(.verbPast) || t.contains(.verbParticiple) {
            if nextToken?.norm == "by" { return t.contains(.verbParticiple) ? .verbParticiple : .verbPast }
            if prev == .dash { return t.contains(.verbParticiple) ? .verbParticiple : .adjective }
            if t.contains(.verbPast) {
                if prev == .coordinator { return .verbPast }
                if isNominal(prev) || prev == .pronoun || prev == .wh {
                    return finiteInClause && t.contains(.verbParticiple) && prev != .wh && prev != .pronoun ? .verbParticiple : .verbPast
                }
                if prev == nil || prev == .punctuation || prev == .quote || prev == .adverb {
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
        let leftNorm = before >= a ? tokens[before].norm : ""
        // After an apposition or a relative clause between commas, when the sentence's
        // subject has no verb yet: "Korvala, a unit of X, makes parts".
        let afterAside = left == .punctuation && leftNorm == "," && !finiteBeforeComma && subjectBeforeComma
        // Plural noun or third person: "he leads a coalition", "the talks".
        if t.contains(.verbThird), t.contains(.nounPlural) {
            let subject = left == .pronoun && ClosedClass.subjectPronouns.contains(leftNorm) || left == .wh
                || ((left == .proper || left == .noun || (left == .nounPlural && before < k - 1)) && !finiteInClause) || afterAside
            if subject, nextOpensPhrase || next?.preferred == .preposition || next?.preferred == .adverb
                || nextToken?.norm == "to" || nextToken?.norm == "that" || nextToken?.kind == .punctuation
            {
                if prev == .noun, nextToken?.kind == .punctuation { return .nounPlural }
                return .verbThird
            }
            return .nounPlural
        }
        // Noun or present verb: "rebels attack the town", "they support".
        if t.contains(.verbPresent), t.contains(.noun) || t.contains(.adjective) {
            let subject = left == .pronoun && ClosedClass.subjectPronouns.contains(leftNorm) || left == .wh
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
            return nextIsNominal && nextToken?.text != "-" ? .adjective : .noun
        }
        if t.contains(.verbBase), prev == .pronoun, ClosedClass.subjectPronouns.contains(prevNorm) { return .verbPresent }
        if r.preferred == .verbBase { return .verbPresent }
        return r.preferred
    }

    /// Whether a clause follows a word that may be a preposition or a conjunction ("after
    /// he criticized" vs "after a pause"): a subject pronoun, or a short noun phrase then a
    /// finite verb.
    private func clauseFollows(_ tokens: [Token], _ k: Int, _ range: Range<Int>, _ lex: [Lexical]) -> Bool {
        let a = range.lowerBound
        var q = k + 1
        guard q < range.upperBound else { return false }
        if ClosedClass.subjectPronouns.contains(tokens[q].norm) { return true }
        var steps = 0
        while q < range.upperBound, steps < 6 {
            let r = lex[q - a]
            let token = tokens[q]
            if token.kind == .number || token.isCapitalized || token.norm == "'s" || r.tags.contains(.determiner)
                || r.preferred == .noun || r.preferred == .nounPlural || r.preferred == .adjective
                || (r.tags.contains(.noun) && steps > 0 && q + 1 < range.upperBound
                    && !lex[q + 1 - a].tags.isDisjoint(with: TagSet.finite.union(TagSet(.auxiliary))))
            {
                q += 1
                steps += 1
                continue
            }
            break
        }
        guard steps > 0, q < range.upperBound else { return false }
        let r = lex[q - a]
        return r.tags.contains(.verbPast) || r.tags.contains(.verbThird) || r.tags.contains(.modal) || r.tags.contains(.auxiliary)
            || r.tags.contains(.verbPresent) && !r.tags.contains(.noun)
    }
}
