import NewsGraph

/// A match of a `[verbs]` pattern in a sentence: its tokens `start..<end` and the pattern's index.
typealias VerbMatch = (start: Int, end: Int, pattern: Int)

/// The `[verbs]` matches of a document, sentence by sentence, in one array (an array per
/// sentence took a heap block each: ~8 MB on a 16.7 MB document), with the first match of each
/// sentence that has one, found by binary search (an offset per sentence took 4 bytes a
/// sentence, 2 per byte of "! ! !", where no sentence has a match). 8 bytes a match: its start
/// (32-bit; a document is at most 2 GiB) and its pattern (24 bits) with its length (8 bits); a
/// match whose pattern or length does not fit is kept whole on the side. The array is cut to its
/// count once found: three `Int`s and a sentence number, grown by doubling, took ~50 bytes a
/// match, 1.8 per byte of a sentence of ~600k relative clauses; 16 bytes with the end, pattern
/// and sentence as 32-bit numbers, 14 MB at the peak of a sentence of ~900k "and urged X"
/// (issue 14).
struct VerbMatches {
    struct Packed: Sendable {
        var start32: Int32
        /// `pattern << 8 | (end - start)`; all bits set: the match is in `far`.
        var patternAndLength: UInt32
    }
    /// In sentence order.
    private var stored: [Packed] = []
    /// Per sentence with a match, in sentence order: its number and its first match's index.
    private var sentences: [Int32] = []
    private var firsts: [Int32] = []
    /// The matches whose pattern or length does not fit their packed form, by index: the end and pattern.
    private var far: [Int32: (end: Int32, pattern: Int32)] = [:]

    /// One sentence's matches, read as ``VerbMatch`` tuples.
    struct Sentence: RandomAccessCollection {
        fileprivate let stored: ArraySlice<Packed>
        fileprivate let far: [Int32: (end: Int32, pattern: Int32)]
        var startIndex: Int { stored.startIndex }
        var endIndex: Int { stored.endIndex }
        @inline(__always) func index(after i: Int) -> Int { i + 1 }
        @inline(__always) func index(before i: Int) -> Int { i - 1 }
        subscript(position: Int) -> VerbMatch {
            let p = stored[position]
            let start = Int(p.start32)
            if p.patternAndLength == .max {
                guard let whole = far[Int32(truncatingIfNeeded: position)] else { preconditionFailure("a match not packed is kept on the side") }
                return (start, Int(whole.end), Int(whole.pattern))
            }
            return (start, start + Int(p.patternAndLength & 0xFF), Int(p.patternAndLength >> 8))
        }
    }

    var count: Int { stored.count }
    /// The matches of sentence `s`.
    subscript(sentence: Int) -> Sentence {
        let key = Int32(truncatingIfNeeded: sentence)
        // (The first sentence with a match not before `sentence`.)
        let k = sentences.partitionPoint { $0 < key }
        guard k < sentences.count, sentences[k] == key else { return Sentence(stored: stored[stored.endIndex...], far: [:]) }
        let to = k + 1 < firsts.count ? Int(firsts[k + 1]) : stored.count
        return Sentence(stored: stored[Int(firsts[k])..<to], far: far)
    }
    /// Adds matches of sentence `sentence` (sentences in order).
    mutating func append(contentsOf found: [(Int, Int, Int)], sentence: Int) {
        guard !found.isEmpty else { return }
        let key = Int32(truncatingIfNeeded: sentence)
        if sentences.last != key {
            sentences.append(key)
            firsts.append(Int32(truncatingIfNeeded: stored.count))
        }
        for (start, end, pattern) in found {
            let start32 = Int32(truncatingIfNeeded: start)
            if pattern < 0xFF_FFFF && end - start < 0xFF {
                stored.append(Packed(start32: start32, patternAndLength: UInt32(pattern) << 8 | UInt32(end - start)))
            } else {
                far[Int32(truncatingIfNeeded: stored.count)] = (Int32(truncatingIfNeeded: end), Int32(truncatingIfNeeded: pattern))
                stored.append(Packed(start32: start32, patternAndLength: .max))
            }
        }
    }
    /// Lets go of the room the arrays grew beyond their counts (once every match is found: the
    /// copies are made before any sentence's syntax, at a lower point than the relation finder's peak).
    mutating func cutToCount() {
        stored = stored.exactCopy()
        sentences = sentences.exactCopy()
        firsts = firsts.exactCopy()
    }
}

/// The lexicon's `[verbs]` word-sequence patterns, one sentence at a time (the examples are
/// invented). A pattern's subject is the nearest actor before it (over appositions, auxiliaries,
/// "he"/"she" and "we" in a quotation), its object the first actor after it; flags in the
/// lexicon change the reading:
/// - `noun` ("an attack on X"): the agent before the noun ("Chilean strikes"), after it ("by
///   X"), or the subject of the verb it depends on ("X launched an attack on Y"); with `mutual`,
///   "talks between X and Y" (`<rule>:between`);
/// - passives ("was attacked by X", "Korvex, owned by Velmar": `<rule>:passive`), `mutual`
///   verbs ("A and B signed": `<rule>:mutual`, `<rule>:passive-mutual`), `reverse` patterns;
/// - `speech` ("X told Y": `verb:told`), `speakerOnly` ("X said", the subject of what follows
///   "and"), `attribution` (``AttributionRules``);
/// - a coordinated second object (`<rule>:second-object`) or subject (`<rule>:coordinated`),
///   "urged both sides" / "urged them" (the parties of the last event: `<rule>:both`,
///   `<rule>:them`), "accused the government of" (the country the text is about), "accused the
///   gangs of" (the organization named with that noun), "repay a loan from X" (`noun,reverse`: X
///   supports the clause's subject, or the country the text is about), "accused X of
///   backing Y" (`alleged:<predicate>`), and a denial that answers an accusation of the last
///   sentences (`denial-of-accusation`; by a description of the accused, "the company denied the
///   charge": `denial-of-accusation:description`; by one who speaks for the accused, "His lawyer, X,
///   denied the allegation"); "urged the central bank", "accused the regulator": the one organization
///   named recently whose name holds the description's head noun and most of its words.
struct VerbRules {
    let finder: RelationFinder
    let ctx: RelationFinder.Context
    /// The relations, accusations and offices found so far in the document.
    let memory: RelationMemory
    /// The speaker of each sentence (``SpeakerRules``).
    let speakers: Speakers
    /// The country the text is about, for "accused the government of …".
    let mainCountry: Int?
    /// The actor that opens the text's first sentence: the doer of "the decision" that "X
    /// condemned" (``JudgementRules``).
    var lede: Int? = nil
    var lexicon: CompiledLexicon { finder.lexicon }

    typealias Emit = (_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void
    typealias EmitPairs = (_ group: [Int], _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    func resolvePronoun(_ position: Int) -> Int? { ctx.lastPerson(before: position) }

    /// Quantifiers of a relative pronoun that stand for every name of the list before it.
    static let distributives: WordSet = ["all", "both", "each"]

    /// "A, B and C, all of which [have been …]": the coordinated names before ", all of
    /// which"/"both of whom"/"each of which", read left of the clause's auxiliaries before `position`.
    func quantifiedAntecedents(before position: Int, from a: Int) -> [Int] {
        let tokens = ctx.tokens
        var q = position - 1
        while q >= a, ["has", "have", "had", "will", "would", "also", "since", "already", "now"].contains(tokens[q].norm) { q -= 1 }
        guard q - 3 >= a, tokens[q].normIs("which") || tokens[q].normIs("whom"), tokens[q - 1].normIs("of"),
            Self.distributives.contains(tokens[q - 2]), tokens[q - 3].textIs(",")
        else { return [] }
        let group = finder.coordinated(ctx, before: q - 3, from: a)
        return group.count >= 2 ? group : []
    }

    /// Nouns of a state's executive that "the … of <head>" names: "the government of President X".
    static let headGovernmentNouns: WordSet = ["government", "administration", "regime", "cabinet"]

    /// For a subject `person` read right before `position` (over auxiliaries and adverbs) as "the government of <title> X"
    /// ("The government of President X has long accused Y", "the administration of Prime Minister X"): the state X heads,
    /// by an office read before, or else the country the text is about; nil for any other subject.
    func governmentOfHead(_ person: Int, before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        guard ctx.entities.kinds[person] == .person else { return nil }
        var q = position - 1
        while q > a, q >= position - 4, RelationFinder.auxiliaries.contains(tokens[q]) || RelationFinder.perfectAdverbs.contains(tokens[q]) {
            q -= 1
        }
        guard let m = ctx.mentionByEnd[q + 1], ctx.owner[m] >= 0, ctx.entity(m) == person, let title = ctx.titleByEnd[ctx.mentions[m].start],
            title.start >= a + 2, tokens[title.start - 1].normIs("of"), Self.headGovernmentNouns.contains(tokens[title.start - 2]),
            tokens[title.start - 2].isLowerInitial
        else { return nil }
        let known = memory.officesByPerson[person]?.first { ctx.entities.kinds[$0] == .country }
        guard let state = known ?? mainCountry, ctx.entities.kinds[state] == .country else { return nil }
        return state
    }

    /// What a denial with "the" rejects: an accusation made before.
    static let accusationNouns: WordSet = [
        "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "complaint", "accusation's",
    ]

    /// The nouns a denial's definite object names a claim with ("rejected the criticism", "rejected that account").
    static let claimNouns = WordSet(accusationNouns.words.union(["criticism", "criticisms", "findings", "account", "suggestion", "report"]))
    /// Verbs of criticism whose sentence, with no named speaker, is a claim's unnamed source.
    static let criticismVerbs: WordSet = [
        "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns", "blamed", "blames", "slammed",
        "denounced", "attacked", "questioned", "accused", "accuses",
    ]
    /// What "denied any …" names as a deed denied: "denied any role in the attack", "denied any link to the group"
    /// (and, with no determiner, "denied wrongdoing" for ``claimant(deniedBy:objectAt:sentence:to:)``).
    static let deniedDeedNouns: WordSet = ["wrongdoing", "role", "involvement", "link", "links", "responsibility", "part"]
    /// The determiners before a denial's claim noun.
    static let claimDeterminers: WordSet = ["any", "all", "such", "these", "those", "that", "the"]

    /// Who made the claim a denier rejects when no accusation was read: "Korvex Power rejected the criticism", its object
    /// a definite claim noun (``claimNouns`` after "the", "that", "these", "those", "such", "any" or "all"), answers the
    /// speaker of one of the three sentences before that names the denier, or a body it holds an office in ("Anna Lisk
    /// said Korvex Power had been slow to cut flows"), the speaker being neither the denier nor on its side by an office.
    func claimant(deniedBy subject: Int, objectAt end: Int, sentence s: Int, to b: Int) -> Int? {
        claim(deniedBy: subject, objectAt: end, sentence: s, to: b)?.claimant
    }

    /// ``claimant(deniedBy:objectAt:sentence:to:)`` and, for a claim read from an earlier sentence's speaker, whom
    /// that sentence named: the denier or the body it holds an office in (nil for a claim's author named after
    /// the claim noun, whose claim the denial's sentence alone states). A deed denied as a clause right after "denied"
    /// ("denied that it had …", "denied dumping …") answers the same earlier speakers (``spokenClaim(deniedBy:sentence:)``).
    func claim(deniedBy subject: Int, objectAt end: Int, sentence s: Int, to b: Int) -> (claimant: Int, accused: Int?)? {
        let tokens = ctx.tokens
        var noun = end
        while noun < min(b, end + 2), Self.claimDeterminers.contains(tokens[noun]) { noun += 1 }
        // ("denied wrongdoing", "denied any involvement": the deed the speaker before stated.)
        let deed = noun < b && (tokens[noun].normIs("wrongdoing") || (noun > end && Self.deniedDeedNouns.contains(tokens[noun])))
        // ("denied that it had dumped waste", "denied dumping waste": a deed denied as a clause, right after "denied".)
        let deniedClause = end > 0 && end < b && Self.denialWords.contains(tokens[end - 1])
            && (tokens[end].normIs("that") || (tokens[end].tag == .verbGerund && tokens[end].isLowerInitial))
        if deniedClause { return spokenClaim(deniedBy: subject, sentence: s) }
        guard noun < b, deed || (noun > end && Self.claimNouns.contains(tokens[noun])) else { return nil }
        // "rejected the criticism from Anna Lisk", "the report by the union": the claim's own author, if named (after
        // "of" only a name: "any suggestion of a cover-up" says what was claimed, not who).
        if noun + 1 < b, tokens[noun + 1].normIsOne(of: "from", "by", "of") {
            var q = noun + 2
            if q < b, tokens[q].normIs("the") { q += 1 }
            let author = q < b ? ctx.mentionByStart[q].flatMap { ctx.owner[$0] >= 0 ? ctx.entity($0) : nil } : nil
            if let author { return author != subject ? (author, nil) : nil }
            if !tokens[noun + 1].normIs("of") { return nil }
        }
        return spokenClaim(deniedBy: subject, sentence: s)
    }

    /// The speaker of one of the three sentences before sentence `s` that names the denier `subject` (or a body it holds
    /// an office in), the speaker being neither the denier nor on its side by an office, and whom that sentence named.
    func spokenClaim(deniedBy subject: Int, sentence s: Int) -> (claimant: Int, accused: Int?)? {
        let tokens = ctx.tokens
        for earlier in stride(from: s - 1, through: max(0, s - 3), by: -1) {
            // (A nearer sentence of criticism without a named speaker, "The union criticised the plan.", is the claim's
            // source, unnamed: no claimant further back.)
            let range = ctx.seg.sentences[earlier].tokens
            if speakers[earlier] == nil, range.contains(where: { Self.criticismVerbs.contains(tokens[$0]) }) { return nil }
            guard let speaker = speakers[earlier], speaker != subject, !memory.holdsOffice(speaker, in: subject),
                !memory.holdsOffice(subject, in: speaker)
            else { continue }
            guard var index = ctx.mentionIndex(before: range.upperBound) else { continue }
            // (The sentence's last ``maxAnsweredAccusations`` mentions at most.)
            let stop = index - Self.maxAnsweredAccusations
            while index >= 0, index > stop, ctx.mentions[index].start >= range.lowerBound {
                if ctx.owner[index] >= 0, case let e = ctx.entity(index), e == subject || memory.holdsOffice(subject, in: e),
                    e != speaker
                {
                    return (speaker, e)
                }
                index -= 1
            }
        }
        return nil
    }

    /// How many of the latest accusations a denial reads for the one it answers (the window's, newest first).
    static let maxAnsweredAccusations = 64

    /// The people of a group who speak for it: "claims by Velmar leaders that …".
    static let groupPeopleNouns: WordSet = ["leaders", "officials", "members", "activists", "residents", "elders", "experts", "investigators"]

    /// A denial's object "[a|the|any] claims/allegations/report by|from [the] [up to two lower-case words] NAME" right after `end`:
    /// the named author (a body, a state or a person; not a place), and whether "that" follows the name (the claim's content).
    func namedClaimAuthor(after end: Int, to b: Int) -> (author: Int, thatClause: Bool)? {
        let tokens = ctx.tokens
        var noun = end
        if noun < b, tokens[noun].normIsOne(of: "a", "an") || Self.claimDeterminers.contains(tokens[noun]) { noun += 1 }
        guard noun + 2 < b, Self.claimNouns.contains(tokens[noun]), tokens[noun + 1].normIsOne(of: "by", "from") else { return nil }
        var q = noun + 2
        if tokens[q].normIs("the") { q += 1 }
        let first = q
        // (Over a nationality adjective: "a report by the French newspaper X".)
        while q < b, q < first + 3 {
            if let adjective = ctx.mentionByStart[q], ctx.mentions[adjective].isAdjective, ctx.mentions[adjective].end < b {
                q = ctx.mentions[adjective].end
            } else if ctx.mentionByStart[q] == nil, tokens[q].kind == .word, tokens[q].isLowerInitial,
                !RelationFinder.stopWords.contains(tokens[q])
            {
                q += 1
            } else {
                break
            }
        }
        guard q < b, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
            [.organization, .country, .person].contains(ctx.kind(m))
        else { return nil }
        var after = ctx.mentions[m].end
        // ("allegations from X's family": someone of X's, unnamed.)
        if after < b, tokens[after].normIs("'s") { return nil }
        // "claims by Velmar leaders that …": a group's own people stand for it.
        if after < b, Self.groupPeopleNouns.contains(tokens[after]) { after += 1 }
        return (ctx.entity(m), after < b && tokens[after].normIs("that"))
    }

    /// What "dismissed" must have as its object to be a denial ("dismissed the accusation as a lie",
    /// "dismissed the concerns", a court that "dismissed X's appeal"); "dismissed the head of the agency", "dismissed three officials"
    /// remove people from office.
    static let dismissedClaimNouns: WordSet = [
        "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "complaint",
        "complaints", "report", "reports", "criticism", "criticisms", "concern", "concerns", "suggestion", "suggestions",
        "account", "findings", "speculation", "rumours", "rumors", "assertion", "assertions", "idea", "notion", "warning",
        "warnings", "appeal", "appeals", "petition", "lawsuit", "suit", "case",
    ]

    /// Whether the object of "dismissed" ending at `end` is a claim: one of ``dismissedClaimNouns``
    /// within its first few words (before a comma or "of"), or "it"/"them" before "as" ("dismissed
    /// them as lies").
    func dismissesClaim(after end: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        if end + 1 < b, tokens[end].normIsOne(of: "it", "them", "this", "these", "those"), tokens[end + 1].normIs("as") {
            return true
        }
        var q = end
        while q < b, q < end + 6, tokens[q].kind == .word || tokens[q].normIs("'s") {
            if Self.dismissedClaimNouns.contains(tokens[q]) { return true }
            if tokens[q].normIsOne(of: "of", "as", "and", "from", "after") || tokens[q].normIs("over") { return false }
            q += 1
        }
        return false
    }

    /// Verbs that open a denial phrase judging a claim it names: "called the allegation 'baseless'", "said the
    /// charges were false" (the `[verbs]` phrases that end in a claim noun or a copula).
    static let claimJudgingVerbs: WordSet = [
        "called", "calls", "described", "describes", "branded", "brands", "termed", "terms", "said", "says",
    ]
    /// Words that rebut a claim: "baseless", "a lie", "politically motivated", "fabrications".
    static let rebuttalWords: WordSet = [
        "baseless", "false", "lie", "lies", "lying", "fabrication", "fabrications", "fabricated", "unfounded", "untrue", "groundless",
        "nonsense", "absurd", "ridiculous", "smear", "slander", "slanderous", "defamatory", "malicious", "misleading", "motivated",
        "inaccurate", "incorrect", "fiction", "fantasy", "propaganda", "invented", "fake", "distortion", "distorted",
        "unsubstantiated", "spurious", "bogus", "fabricate", "concocted", "falsehood", "falsehoods", "defamation", "libellous",
        "libelous", "farce", "witch-hunt",
    ]
    /// Words that take a claim seriously: "called the allegations 'deeply troubling'" rebuts nothing.
    static let endorsementWords: WordSet = [
        "serious", "credible", "troubling", "concerning", "disturbing", "alarming", "worrying", "grave", "important", "welcome",
        "valuable", "accurate", "helpful", "timely", "correct", "justified", "plausible", "shocking", "true", "significant",
        "investigated", "investigating", "examined", "examining", "reviewed", "reviewing", "studying", "received", "considered",
        "considering", "being", "under",
    ]

    /// For a denial phrase opened by a verb of ``claimJudgingVerbs`` and ending at `end`: whether what follows rebuts
    /// the claim (a word of ``rebuttalWords`` within the clause's next twelve words; a quotation or "as" alone does not)
    /// and no word of ``endorsementWords`` comes first. Nil for any other denial phrase.
    func rebutsClaim(start: Int, end: Int, to b: Int) -> Bool? {
        let tokens = ctx.tokens
        guard end > start + 1, Self.claimJudgingVerbs.contains(tokens[start]) else { return nil }
        var q = end
        while q < b, q < end + 12 {
            let t = tokens[q]
            if t.text == ";" || t.textIs(".") { break }
            // ("were not true": a rebuttal.)
            if t.normIs("not"), q + 1 < b, tokens[q + 1].normIsOne(of: "true", "correct", "accurate") { return true }
            if Self.endorsementWords.contains(t) { return false }
            if Self.rebuttalWords.contains(t) { return true }
            q += 1
        }
        // (A quotation or "as" alone rebuts nothing: "described the report as a fair summary", "called it 'a wake-up call'".)
        return false
    }

    /// Whether an object opens at `position`, after the bare verb of "help Y <verb>" ("find him", "trace the funds"):
    /// a determiner, a possessive or an object pronoun, also after one particle of a phrasal verb ("helped Peru set up
    /// a coast guard", where "set" reads as a past tense).
    func helpedVerbObjectFollows(_ position: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        guard position < b else { return false }
        var t = tokens[position]
        if Self.phrasalParticles.contains(t), position + 1 < b { t = tokens[position + 1] }
        return RelationFinder.determiners.contains(t) || t.normIsOne(of: "him", "her", "them", "its", "their") || t.normIs("his")
    }

    /// The particles of phrasal verbs read over after a bare verb ("set up", "carry out", "pay off").
    static let phrasalParticles: WordSet = ["up", "out", "down", "off", "back"]
    /// What one buys a part of ("bought 40 percent of Y", "a stake in Y"): no merger.
    static let partWords: WordSet = ["percent", "%", "stake", "stakes", "share", "shares", "part", "portion", "majority", "minority"]
    /// "X's government": the state X leads; "X's party": the body X leads or belongs to.
    static let governmentNouns: WordSet = ["government", "administration", "regime", "cabinet"]
    /// What befalls an actor, after its possessive: "an investigation into X's death" accuses nobody of it.
    static let harmNouns: WordSet = [
        "death", "deaths", "killing", "murder", "disappearance", "kidnapping", "abduction", "detention", "arrest", "treatment",
        "injuries", "assassination",
    ]
    static let partyNouns: WordSet = ["party", "movement", "coalition", "alliance"]
    /// Verbs of an inquiry into an actor ("said it was investigating X"): an accusation, unless what is looked into
    /// befell the actor (``harmNouns``).
    static let inquiryVerbs: WordSet = ["investigating", "investigated", "investigates", "probing", "probed", "probes"]
    /// Party nouns of clans and tribes, never companies: "urged both clans" (not `RelationFinder.collectiveNouns`,
    /// the singular nouns of blocs and alliances).
    static let clanNouns: Set<String> = ["tribes", "clans"]
    /// Party nouns that name companies only: "both companies", "the two firms".
    static let companyPartyNouns: Set<String> = ["companies", "firms"]

    /// A body's delegation, which "led by X" names the head of: X holds an office in the body ("an IMF mission led by X").
    static let delegationNouns: WordSet = ["mission", "team", "delegation"]
    /// Tags of the lower-case words of a description between a preposition and a name ("against Armenian distiller X").
    static let describesBeforeName: Set<Tag> = [.noun, .adjective]

    /// Words of degree between a participle and its agent: "funded in part by X", "backed largely by X".
    static let agentDegreeWords: WordSet = ["partly", "partially", "largely", "mainly", "mostly", "chiefly", "jointly", "primarily", "heavily"]
    /// Words before "owned" that make the owner a part owner, a tie rather than the parent: "partly owned by X" (the
    /// verb phrase here and the `own` frame, ``FrameRules``).
    static let partOwnerWords: WordSet = ["partly", "partially"]

    /// Whether a passive's agent follows the participle ending at `end`: "by" right after it, or after "in part" or a
    /// word of ``agentDegreeWords`` ("a group funded in part by X"; not "funded in part by fees": ``RelationFinder/byAgent(_:after:to:)``
    /// still needs a name).
    static func agentFollows(after end: Int, to b: Int, _ tokens: Tokens) -> Bool {
        guard end < b else { return false }
        if tokens[end].normIs("by") { return true }
        if end + 1 < b, agentDegreeWords.contains(tokens[end]), tokens[end + 1].normIs("by") { return true }
        // "owned since 2021 by X", "run since last year by X", "bought in 2019 by X": a time phrase of up to three words
        // before the agent ("since", or "in" and a number; not "until 2019 by", a past holding).
        if end + 2 < b, tokens[end].normIs("since") || (tokens[end].normIs("in") && tokens[end + 1].kind == .number) {
            var q = end + 1
            while q < b, q < end + 4, !tokens[q].normIs("by"), tokens[q].kind == .number || tokens[q].kind == .word { q += 1 }
            return q > end + 1 && q < b && tokens[q].normIs("by")
        }
        return end + 2 < b && tokens[end].normIs("in") && tokens[end + 1].normIs("part") && tokens[end + 2].normIs("by")
    }

    /// Participles that give `leads` only as a passive with "by": "the plant, operated by Korvex".
    static let passiveOnlyLeads: WordSet = ["operated", "managed"]

    /// Government nouns of a state: "Velmar's ruling junta", "Tarsel's military government".
    static let ruledByNouns: WordSet = ["government", "junta", "regime", "administration"]

    /// "Velmar's [ruling|military|…] junta, led by …": the country before the possessive, when the words between the
    /// possessive and `position` are at most two lower-case modifiers, a government noun and a comma.
    func governedState(before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        guard p > a, tokens[p].textIs(",") else { return nil }
        p -= 1
        guard p > a, Self.ruledByNouns.contains(tokens[p]) else { return nil }
        p -= 1
        var modifiers = 0
        while p > a, modifiers < 2, tokens[p].kind == .word, tokens[p].isLowerInitial, !RelationFinder.stopWords.contains(tokens[p]) {
            p -= 1
            modifiers += 1
        }
        guard p > a, tokens[p].normIs("'s"), let m = ctx.mentionByEnd[p], ctx.kind(m) == .country, !ctx.mentions[m].isAdjective
        else { return nil }
        return ctx.entity(m)
    }

    /// After a passive verb ending at `end`: "by [the] <country> <up to four lower-case words> <company noun> NAME"
    /// ("controlled by U.S. private equity firm Korvex"): the company the country's name describes.
    func describedCompany(after end: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        guard let by = (end..<min(b, end + 4)).first(where: { tokens[$0].normIs("by") }) else { return nil }
        var q = by + 1
        if q < b, tokens[q].normIs("the") { q += 1 }
        guard q < b, let country = ctx.mentionByStart[q], ctx.kind(country).isOne(of: .country, .location) else { return nil }
        q = ctx.mentions[country].end
        let first = q
        while q < b, q < first + 4, tokens[q].kind == .word, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]) { q += 1 }
        guard q > first, q < b, StructureRules.describesCompany(tokens[q - 1].norm), let n = ctx.mentionByStart[q],
            ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective
        else { return nil }
        return ctx.entity(n)
    }

    /// "Korvex, which is based in Lima and controlled by X": the passive auxiliary of the participle coordinated before
    /// the one at `position` ("and" right before it, no comma between).
    func coordinatedPassiveAuxiliary(before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        guard position - 1 > a, tokens[position - 1].normIs("and") else { return nil }
        var r = position - 2
        while r > a, r > position - 12 {
            if tokens[r].textIs(",") || tokens[r].text == ";" { return nil }
            if RelationFinder.passiveAuxiliaries.contains(tokens[r]), tokens[r + 1].norm.hasSuffix("ed") { return r }
            r -= 1
        }
        return nil
    }

    /// "X's government", "X's administration", "X's party": after a person's mention `m`, "'s", at most
    /// one lower-case word and a noun of a body a person holds an office in; its kind.
    func possessedBodyNoun(after m: Int, to b: Int) -> (end: Int, kind: EntityKind)? {
        let tokens = ctx.tokens
        guard ctx.kind(m) == .person, !ctx.mentions[m].isAdjective else { return nil }
        var q = ctx.mentions[m].end
        guard q + 1 < b, tokens[q].normIs("'s") else { return nil }
        q += 1
        for _ in 0..<2 where q < b {
            if Self.governmentNouns.contains(tokens[q]) { return (q + 1, .country) }
            if Self.partyNouns.contains(tokens[q]) { return (q + 1, .organization) }
            guard tokens[q].kind == .word, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]) else { return nil }
            q += 1
        }
        return nil
    }

    /// Whether `actor` is `person`'s own side: a body they hold an office in, or one such a body
    /// is a member of.
    func ownSide(of person: Int, _ actor: Int) -> Bool {
        if memory.holdsOffice(person, in: actor) { return true }
        return memory.officesByPerson[person]?.contains {
            memory.organs.contains(RelationFinder.OfficeKey(person: $0, actor: actor))
        } ?? false
    }

    /// The body of `kind` person `person` holds an office in (found so far in the document); for a
    /// country with none found, the country the text is about when the person's mention `m` follows an
    /// office's title ("Prime Minister X").
    func officeBody(of person: Int, kind: EntityKind, mention m: Int) -> Int? {
        let held = (memory.officesByPerson[person] ?? []).filter { ctx.entities.kinds[$0] == kind }
        if held.count == 1 { return held[0] }
        if held.isEmpty, kind == .country, ctx.titleByEnd[ctx.mentions[m].start] != nil { return mainCountry }
        return nil
    }

    /// Verbs of saying that open a reported clause ("X said the army had …").
    static let sayingVerbs: WordSet = ["said", "says", "told", "added", "stated", "argued", "insisted"]

    /// The speaker of sentence `s` (``SpeakerRules``) when a saying verb after the speaker's name opens
    /// a reported clause between `a` and `position` (at least two words before it): who says and then
    /// "and accused …" or "but urged …", whether or not "that" ties the clause on. Not in a quotation, nor after a
    /// parenthetical "X said," (``ClauseFinder/opensReportedClause(_:verbEnd:before:)``).
    func sayer(of s: Int, before position: Int, from a: Int) -> Int? {
        guard let speaker = speakers[s], !ctx.tokens[position].inQuote else { return nil }
        let tokens = ctx.tokens
        // (The nearest saying verb, read back over at most 40 words: a constant window, so that a sentence of many
        // "and urged …" clauses costs each of them the same.)
        let low = max(a, position - 40)
        guard let say = stride(from: position - 3, through: low, by: -1).first(where: { Self.sayingVerbs.contains(tokens[$0]) }),
            !tokens[say].inQuote, ClauseFinder.opensReportedClause(tokens, verbEnd: say + 1, before: position)
        else { return nil }
        // The speaker named before the saying verb, in this sentence (read back over at most 32 mentions), or a
        // pronoun right before it.
        if say > a, tokens[say - 1].normIsOne(of: "he", "she", "it", "they") { return speaker }
        guard var index = ctx.mentionIndex(before: say) else { return nil }
        let stop = index - 32
        while index >= 0, index > stop, ctx.mentions[index].start >= a {
            if ctx.owner[index] >= 0, ctx.entity(index) == speaker { return speaker }
            index -= 1
        }
        return nil
    }

    /// The actor of the last reported clause in the perfect before `position` after a saying verb: "X said the Velmar
    /// Front had closed …" (the name right before "had"/"has", not negated; read back over at most 40 words).
    func perfectReportedSubject(before position: Int, from a: Int) -> (actor: Int, say: Int)? {
        let tokens = ctx.tokens
        let low = max(a, position - 40)
        guard let say = stride(from: position - 1, through: low, by: -1).first(where: { Self.sayingVerbs.contains(tokens[$0]) }) else {
            return nil
        }
        for q in stride(from: position - 2, to: say, by: -1) where tokens[q].normIsOne(of: "had", "has") {
            guard q + 1 < position, !tokens[q + 1].normIsOne(of: "not", "never"), !tokens[q].textIs(","),
                let m = ctx.mentionByEnd[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective, ctx.mentions[m].start > say,
                ctx.kind(m).isOne(of: .person, .organization, .country)
            else { continue }
            return (ctx.entity(m), say)
        }
        return nil
    }

    /// Nouns that describe an accused organization or state as the subject of a denial ("the
    /// company denied"), with the kinds each may stand for.
    static let denierNouns: [String: Set<EntityKind>] = [
        "company": [.organization], "firm": [.organization], "operator": [.organization], "group": [.organization],
        "carrier": [.organization], "airline": [.organization], "drugmaker": [.organization], "miner": [.organization],
        "bank": [.organization], "lender": [.organization], "union": [.organization], "party": [.organization],
        "movement": [.organization], "militia": [.organization], "rebels": [.organization], "club": [.organization],
        "federation": [.organization], "agency": [.organization], "ministry": [.organization, .country],
        "government": [.country], "army": [.country, .organization], "military": [.country, .organization],
        "junta": [.country], "kremlin": [.country], "authorities": [.country], "regime": [.country],
    ]

    /// For a denial whose subject is no name: when the words before `position` are "the" and a
    /// noun of ``denierNouns`` (over auxiliaries), the last accusation of this sentence or the two
    /// before against an organization or state that noun may stand for, by another accuser; when they
    /// are "His"/"Her" and a noun of ``lawyerNouns`` opening the sentence, the last such against a person.
    func describedDenier(before position: Int, from a: Int, sentence s: Int) -> (accuser: Int, accused: Int)? {
        let tokens = ctx.tokens
        var p = position - 1
        while p > a, RelationFinder.auxiliaries.contains(tokens[p]) { p -= 1 }
        // "His lawyer denied the allegation": an unnamed lawyer opening the sentence stands for the accused person.
        let lawyer = p == a + 1 && tokens[a].normIsOne(of: "his", "her") && Self.lawyerNouns.contains(tokens[p])
        guard p > a, let kinds = lawyer ? Set<EntityKind>([.person]) : Self.denierNouns[tokens[p].norm], tokens[p].isLowerInitial,
            lawyer || tokens[p - 1].normIs("the")
        else {
            return nil
        }
        // ("the union's leader denied …" is a person's denial; "the company" must be the subject itself.)
        guard ctx.mentionByEnd[p] == nil else { return nil }
        let recent = memory.accusations[memory.recentAccusations(since: s - 2, floor: memory.accusations.count - Self.maxAnsweredAccusations)...]
        guard
            let last = recent.last(where: {
                $0.accused >= 0 && $0.accuser >= 0 && $0.accused != $0.accuser && kinds.contains(ctx.entities.kinds[$0.accused])
            })
        else { return nil }
        return (last.accuser, last.accused)
    }

    /// Nouns of a lawyer who, unnamed after "His"/"Her", speaks for the accused: "His lawyer denied the allegation".
    static let lawyerNouns: WordSet = ["lawyer", "lawyers", "attorney", "attorneys"]

    /// Prepositions after which a name is no coordinated subject ("A report on A and B urged …").
    static let subjectBlockingPrepositions: WordSet = ["of", "on", "by", "with", "from", "against", "for", "to", "at"]
    /// Plural nouns of people that a denial's quantified subject may end in ("the two men").
    static let personPluralNouns: WordSet = ["men", "women", "officials", "executives", "suspects", "defendants"]
    /// Number words a denial's quantified subject counts with (``groupCounts``, with "both" and "two").
    static let denierCounts: [String: Int] = groupCounts.merging(["both": 2, "two": 2]) { old, _ in old }

    /// For a denial whose subject opens sentence `a..<b` as "All three", "The two men", "Both [companies]" (over
    /// auxiliaries, before `position`): the accuser and the accused of the last accusations of this sentence or the two
    /// before made by one accuser in one sentence against exactly that many actors. Nil for anything else ("Both sides").
    func quantifiedDeniers(before position: Int, from a: Int, sentence s: Int) -> (accuser: Int, accused: [Int])? {
        let tokens = ctx.tokens
        var p = position - 1
        while p > a, RelationFinder.auxiliaries.contains(tokens[p]) { p -= 1 }
        guard p >= a else { return nil }
        var q = a
        if let dash = (a..<min(p, a + 8)).first(where: { tokens[$0].kind == .dash }) { q = dash + 1 }
        var determined = false
        if q < p, tokens[q].normIsOne(of: "all", "the") {
            q += 1
            determined = true
        }
        // ("Two officials denied …": a bare number names no group read before.)
        guard q <= p, tokens[q].kind == .word, let count = Self.denierCounts[tokens[q].norm], determined || tokens[q].normIs("both")
        else { return nil }
        // At most one plural noun after the number: "the three men", "both companies" (not "both sides").
        if q < p {
            guard q + 1 == p, tokens[p].kind == .word, tokens[p].isLowerInitial, tokens[p].norm.hasSuffix("s"),
                !tokens[p].normIsOne(of: "sides", "parties", "countries", "governments")
            else { return nil }
        }
        let recent = memory.accusations[memory.recentAccusations(since: s - 2, floor: memory.accusations.count - Self.maxAnsweredAccusations)...]
        guard let last = recent.last(where: { $0.accused >= 0 && $0.accuser >= 0 && $0.accused != $0.accuser }) else { return nil }
        var accused: [Int] = []
        for accusation in recent where accusation.sentence == last.sentence && accusation.accuser == last.accuser && accusation.accused >= 0 {
            if accusation.accused != last.accuser, !accused.contains(accusation.accused) { accused.append(accusation.accused) }
        }
        guard accused.count == count else { return nil }
        // A noun of people or of bodies names the kind of the accused: "the two men" after two companies accused
        // denies nothing for them.
        if q < p {
            let kinds = accused.map { ctx.entities.kinds[$0] }
            if Self.pluralBodyNouns.contains(tokens[p]), !kinds.allSatisfy({ $0 == .organization }) { return nil }
            if Self.personPluralNouns.contains(tokens[p]), !kinds.allSatisfy({ $0 == .person }) { return nil }
        }
        return (last.accuser, accused)
    }

    /// The actor whose name opens sentence `a..<b` (after a dateline, "The", and an acronym in
    /// parentheses after it) as the subject of its first verb, before `position`: the subject
    /// of "…, and accused X" or "…, accusing X" when the first verb is no pattern ("Korvex
    /// questioned the account, saying …, and accused …"). Nil for a possessor ("Peru's
    /// regulator …") or a name not followed by a lower-case word.
    func sentenceOpener(from a: Int, before position: Int) -> Int? {
        let tokens = ctx.tokens
        var q = a
        // "LIMA, Peru — …"
        if let dash = (a..<min(position, a + 8)).first(where: { tokens[$0].kind == .dash }) { q = dash + 1 }
        // "On Tuesday, X hit back at Y, accusing …": over an opening phrase of time or place.
        if q < position, tokens[q].isCapitalized, tokens[q].normIsOne(of: "on", "in", "at", "earlier", "later") || tokens[q].normIs("after"),
            let comma = (q..<min(position, q + 8)).first(where: { tokens[$0].textIs(",") })
        {
            q = comma + 1
        }
        if q < position, tokens[q].normIs("the") { q += 1 }
        guard q < position, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
            ctx.kind(m).isOne(of: .person, .organization, .country)
        else { return nil }
        var next = ctx.mentions[m].end
        if next + 2 < position, tokens[next].textIs("("), let close = (next..<min(position, next + 6)).first(where: { tokens[$0].textIs(")") }) {
            next = close + 1
        }
        // "Velmar's military government closed …": a state's government, army or forces open it.
        if next + 2 < position, tokens[next].normIs("'s"), ctx.kind(m) == .country,
            let noun = (next + 1..<min(position - 1, next + 4)).first(where: { RelationFinder.governmentNouns.contains(tokens[$0]) }),
            (next + 1...noun).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isLowerInitial }),
            !tokens[noun + 1].normIs("'s"), ctx.mentionByStart[noun + 1] == nil
        {
            return ctx.entity(m)
        }
        // "Velmar's Federal Investigation Bureau arrested …": a body named right after a state's possessive, before a
        // verb, opens it (not the state).
        if next + 1 < position, tokens[next].normIs("'s"), ctx.kind(m) == .country, let body = ctx.mentionByStart[next + 1],
            ctx.owner[body] >= 0, !ctx.mentions[body].isAdjective, ctx.kind(body) == .organization,
            case let after = ctx.mentions[body].end, after < position - 1,
            tokens[after].kind == .word, tokens[after].isLowerInitial, tokens[after].tag.isOne(of: .verbPast, .verbThird)
        {
            return ctx.entity(body)
        }
        guard next < position - 1, tokens[next].kind == .word, tokens[next].isLowerInitial, !tokens[next].normIs("'s"),
            !RelationFinder.stopWords.contains(tokens[next])
        else { return nil }
        return ctx.entity(m)
    }

    /// Parts of a body its head does not lead the whole of: "chairs the Senate committee on …", "heads Unity's group in
    /// parliament", "commands the Guards' naval forces".
    static let bodyPartNouns: WordSet = [
        "committee", "committees", "subcommittee", "caucus", "group", "faction", "wing", "branch", "division", "unit", "forces",
        "delegation", "chapter", "bureau", "panel",
    ]

    /// Words after a warning that name what would follow: "warned X that it faced sanctions", "has warned X against
    /// hosting troops", "warned X that it would suspend …".
    static let warningConsequences: WordSet = [
        "would", "could", "might", "will", "may", "can", "against", "sanction", "sanctions", "face", "faced", "faces", "facing",
        "consequences", "unless", "if", "penalty", "penalties", "suspend", "suspension", "action", "measures",
    ]

    /// "had warned the UCI last year", "has warned Peru several times about overcrowding": "warned" after a perfect's
    /// auxiliary ("had", "has", "have", over adverbs), the sentence naming nothing that would follow (no modal, no
    /// "against", "sanctions", "if" … after it), is a past notice (`notified`), not a threat.
    static func warningAsNotice(at start: Int, end: Int, from a: Int, to b: Int, _ tokens: Tokens) -> Bool {
        guard end == start + 1, tokens[start].normIs("warned") else { return false }
        var q = start - 1
        while q >= a, q >= start - 3, tokens[q].kind == .word, tokens[q].isLowerInitial, tokens[q].norm.hasSuffix("ly") { q -= 1 }
        guard q >= a, tokens[q].normIsOne(of: "had", "has", "have") else { return false }
        // (Read to the sentence's end, at most 40 words: a bounded look.)
        return !(end..<min(b, end + 40)).contains { warningConsequences.contains(tokens[$0]) }
    }

    /// Verbs of denial whose pronoun-led clause states a denied deed: "denied it had sent troops".
    static let denialWords: WordSet = ["denied", "denies", "deny", "denying"]
    /// Whom one tells when no one is named: "told reporters", "told journalists the company would sue".
    static let pressAddressees: WordSet = ["reporters", "journalists", "correspondents", "newsmen", "media", "press"]
    /// Verbs of a meeting whose object may be a thing: "hosted talks", "hosts foreign troops", "received funding".
    static let hostingVerbs: WordSet = ["hosted", "hosts", "host", "hosting", "received", "receives", "receive", "receiving"]
    /// What a state hosts of another's forces: "hosts Russian troops", "hosts military bases of the United States".
    static let hostedForces: WordSet = [
        "troops", "soldiers", "forces", "force", "bases", "base", "personnel", "marines", "garrison", "contingent", "warships",
    ]
    /// Words after "led", "headed", "ran" that make it a motion or a cause, not a leading ("headed west toward",
    /// "led to", "ran for office").
    static let motionWords: WordSet = [
        "toward", "towards", "to", "for", "back", "home", "north", "south", "east", "west", "northwest", "northeast",
        "southwest", "southeast", "into", "out", "off", "up", "down", "away", "against", "across", "through",
    ]

    /// Whether the verb group at `start` has a pronoun subject right after a verb of denial (over
    /// "that" and auxiliaries): "Chile denied (that) it had sent troops", "… denies they ever sold arms".
    static func isDenied(before start: Int, from a: Int, _ tokens: Tokens) -> Bool {
        var p = start - 1
        while p > a, RelationFinder.auxiliaries.contains(tokens[p]), !tokens[p].normIsOne(of: "who", "which", "to") { p -= 1 }
        guard p > a, tokens[p].normIsOne(of: "it", "they", "he", "she") else { return false }
        p -= 1
        if p > a, tokens[p].normIs("that") { p -= 1 }
        return p >= a && denialWords.contains(tokens[p])
    }

    /// Nouns of one who speaks for another: "His lawyer, X, denied …".
    static let representativeNouns: WordSet = [
        "lawyer", "lawyers", "attorney", "attorneys", "counsel", "spokesman", "spokeswoman", "spokesperson", "agent",
        "representative",
    ]

    /// Determiners and possessive pronouns that open "His lawyer, X, …".
    static let phraseOpeners: WordSet = ["the", "a", "an", "his", "her", "its", "their"]

    /// For a subject mention `m` in apposition after a phrase that opens its sentence and names one
    /// who speaks for another ("His lawyer, X, …", "The agent, X, …", "A spokesman for the Velmar
    /// ministry, X, …"): the actors named in that phrase (and the bodies they belong to), empty when
    /// none is named; nil when `m` is no such apposition.
    func representedParties(of m: Int, from a: Int) -> [Int]? {
        let tokens = ctx.tokens
        let comma = ctx.mentions[m].start - 1
        guard comma > a, tokens[comma].textIs(","),
            let noun = (a..<comma).first(where: { Self.representativeNouns.contains(tokens[$0]) }),
            noun <= a + 3, (a..<comma).allSatisfy({ !tokens[$0].textIs(",") && tokens[$0].kind != .quote })
        else { return nil }
        // ("The lawyer …": a determiner or a possessor opens the phrase.)
        guard noun == a || Self.phraseOpeners.contains(tokens[a]) || ctx.mentionByStart[a] != nil
        else { return nil }
        var parties: [Int] = []
        // ("A spokesman for the ministry, X": a party only described speaks for nobody the rule can name.)
        if let f = (noun + 1..<comma).first(where: { tokens[$0].normIs("for") }),
            !(f + 1..<comma).contains(where: { ctx.mentionByStart[$0] != nil })
        {
            return nil
        }
        var q = a
        while q < comma {
            if let n = ctx.mentionByStart[q], ctx.owner[n] >= 0 {
                parties.append(ctx.entity(n))
                if let parent = ctx.mentions[n].partOf, ctx.owner[parent] >= 0 { parties.append(ctx.entity(parent)) }
                q = max(q + 1, ctx.mentions[n].end)
            } else {
                q += 1
            }
        }
        return parties
    }

    /// What the parties of "both sides" did to each other: a dispute, a meeting or a deal.
    static let partyPredicates: Set<Predicate> = [
        .attacked, .killed, .fought, .accused, .denied, .threatened, .demandedWithdrawalOf, .metWith, .agreedWith,
    ]

    /// The two parties "both sides" names: over the party relations (``partyPredicates``) found in
    /// the last 30 sentences, each end of `kinds` or a person's body of `kinds` (the one they hold an
    /// office in: "Minister X accused Y" is a deed of X's state), the pair linked by the most such
    /// relations, the latest on a tie; never `subject` nor a body it holds an office in. (Read back
    /// over at most 256 relations: a text of many such sentences stays linear.)
    func disputeParties(_ kinds: Set<EntityKind>, before s: Int, subject: Int) -> (Int, Int)? {
        func side(_ e: Int) -> Int? {
            if kinds.contains(ctx.entities.kinds[e]) { return e }
            guard ctx.entities.kinds[e] == .person, !kinds.contains(.person) else { return nil }
            let held = (memory.officesByPerson[e] ?? []).filter { kinds.contains(ctx.entities.kinds[$0]) }
            return held.count == 1 ? held[0] : nil
        }
        var counts: [Int: (count: Int, order: Int)] = [:]
        var k = memory.found.count - 1
        var read = 0
        while k >= 0, read < 256, memory.found[k].sentence >= s - 30 {
            let r = memory.found[k]
            k -= 1
            read += 1
            guard Self.partyPredicates.contains(r.predicate), let a = side(r.source), let b = side(r.target), a != b,
                a != subject, b != subject, !ownSide(of: subject, a), !ownSide(of: subject, b)
            else { continue }
            counts[min(a, b) << 32 | max(a, b), default: (0, read)].count += 1
        }
        guard let best = counts.min(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.order < $1.value.order })
        else { return nil }
        return (best.key >> 32, best.key & 0xFFFF_FFFF)
    }

    /// The two actors of `kinds` named most before token `position` (each at least twice, both more
    /// often than any third), neither `other` nor a body `other` holds an office in.
    func topTwo(_ kinds: Set<EntityKind>, before position: Int, other: Int) -> (Int, Int)? {
        guard let last = ctx.mentionIndex(before: position) else { return nil }
        var counts: [Int: Int] = [:]
        for m in 0...last where ctx.owner[m] >= 0 && ctx.mentions[m].end <= position && kinds.contains(ctx.kind(m)) {
            counts[ctx.entity(m), default: 0] += 1
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard ranked.count >= 2, ranked[1].value >= 2, ranked.count == 2 || ranked[2].value < ranked[1].value else { return nil }
        let pair = (ranked[0].key, ranked[1].key)
        guard pair.0 != other, pair.1 != other, !memory.holdsOffice(other, in: pair.0), !memory.holdsOffice(other, in: pair.1) else {
            return nil
        }
        return pair
    }

    /// Plural nouns of bodies that "the two …", "both …" or "the …" may stand for, named before.
    static let pluralBodyNouns: WordSet = [
        "companies", "firms", "carriers", "airlines", "retailers", "banks", "lenders", "unions", "federations", "gangs", "cartels",
        "miners", "operators", "insurers", "chains", "clubs", "broadcasters", "groups", "militias", "automakers", "carmakers",
        "drugmakers", "manufacturers", "producers", "makers", "exchanges", "developers",
    ]

    /// Plural nouns any company or group may stand for ("the companies"); the others name one kind ("the banks").
    static let genericBodyNouns: WordSet = ["companies", "firms", "groups"]

    /// Words of a public body's name.
    static let publicBodyWords: Set<String> = [
        "commission", "ministry", "council", "court", "service", "defence", "defense", "police", "agency", "authority",
        "regulator", "government", "parliament", "assembly", "office", "department", "army", "forces", "bureau", "tribunal",
        "committee", "senate", "congress", "directorate", "inspectorate", "prosecutor", "prosecutors", "guard",
    ]

    /// Whether a term that ended follows the verb within 12 tokens of its clause: "from 2019 to 2023", "between 2010 and
    /// 2015", or, after a past verb (`past`), "until 2020" (not "since 2017", a term that goes on).
    static func endedTerm(_ tokens: Tokens, after end: Int, to b: Int, past: Bool) -> Bool {
        func year(_ q: Int) -> Bool {
            q < b && tokens[q].kind == .number && tokens[q].text.utf8.count == 4
                && (tokens[q].text.hasPrefix("19") || tokens[q].text.hasPrefix("20"))
        }
        var q = end
        while q + 1 < b, q < end + 12, !tokens[q].textIs("."), tokens[q].text != ";", tokens[q].kind != .quote {
            if tokens[q].normIsOne(of: "to", "until", "till", "and"), year(q + 1) {
                if tokens[q].normIsOne(of: "until", "till") && past { return true }
                if q >= end + 2, year(q - 1), tokens[q - 2].normIsOne(of: "from", "between") { return true }
            }
            q += 1
        }
        return false
    }

    /// Verbs that halt, cancel or refuse what their object names: "suspended talks with X" states no meeting.
    static let haltVerbs: WordSet = [
        "suspended", "suspends", "suspend", "halted", "halts", "halt", "cancelled", "canceled", "cancels", "cancel", "postponed",
        "postpones", "postpone", "froze", "freezes", "freeze", "abandoned", "abandons", "abandon", "refused", "refuses", "refuse",
        "rejected", "rejects", "reject", "off",
    ]

    /// Whether a verb of ``haltVerbs`` (or "broke/called off") governs the noun at `start`, over at most three lower-case
    /// words between ("suspended peace talks", "called off the planned talks").
    func haltedBefore(_ start: Int, from a: Int) -> Bool {
        let tokens = ctx.tokens
        var p = start - 1
        while p >= a, p >= start - 4 {
            let t = tokens[p]
            guard t.kind == .word, t.isLowerInitial else { return false }
            if Self.haltVerbs.contains(t) { return !t.normIs("off") || (p > a && tokens[p - 1].normIsOne(of: "broke", "broken", "breaks", "called", "calls")) }
            p -= 1
        }
        return false
    }

    /// Whether the entity's name holds a public body's word ("Competition Commission", "Fire Service").
    func isPublicBody(_ e: Int) -> Bool {
        ctx.entities.name(e).split(separator: " ").contains(where: { Self.publicBodyWords.contains($0.lowercased()) })
    }

    /// The last two organizations named joined by "and" in this sentence before `position` or in the
    /// eight before ("Korvex Mining and Tarsel Energy", "Korvex Mining and its rival Tarsel Energy",
    /// "Korvex Mining and Chile's Tarsel Energy"), neither `subject` nor its own side. (Read back over at
    /// most 64 mentions.)
    func coordinatedBodies(before position: Int, sentence s: Int, subject: Int) -> (Int, Int)? {
        guard var index = ctx.mentionIndex(before: position) else { return nil }
        let tokens = ctx.tokens
        let stop = index - 64
        func body(_ m: Int) -> Int? {
            guard ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective, ctx.kind(m) == .organization else { return nil }
            let e = ctx.entity(m)
            // (A public body is no company, union or gang: "the Fire Service and the Civil Defence" are not "the firms".)
            if isPublicBody(e) { return nil }
            return e == subject || ownSide(of: subject, e) ? nil : e
        }
        // (Of several such pairs, the one whose names the window names most, the latest on a tie:
        // "a similar tie-up between A and C in 2022" is an aside to "A and B signed".)
        var counts: [Int: Int] = [:]
        var pairs: [(Int, Int)] = []
        var scan = index
        while scan >= 0, scan > stop, ctx.mentions[scan].sentence >= s - 8 {
            if ctx.owner[scan] >= 0 { counts[ctx.entity(scan), default: 0] += 1 }
            scan -= 1
        }
        func best() -> (Int, Int)? {
            pairs.max { (counts[$0.0] ?? 0) + (counts[$0.1] ?? 0) < (counts[$1.0] ?? 0) + (counts[$1.1] ?? 0) }
        }
        while index > 0, index > stop, ctx.mentions[index].sentence >= s - 8 {
            defer { index -= 1 }
            guard let second = body(index) else { continue }
            // The first name ends right before "and"; at most four words (no comma) between "and" and the second.
            var k = index - 1
            while k >= 0, k > index - 4, ctx.mentions[k].sentence == ctx.mentions[index].sentence {
                let m = ctx.mentions[k]
                let and = m.end
                if and < ctx.mentions[index].start, tokens[and].normIs("and"), ctx.mentions[index].start - and <= 5,
                    (and + 1..<ctx.mentions[index].start).allSatisfy({ tokens[$0].kind == .word || tokens[$0].normIs("'s") }),
                    let first = body(k), first != second
                {
                    pairs.append((first, second))
                    break
                }
                k -= 1
            }
        }
        return best()
    }

    /// Nouns of a state's organs and officials that a demonym before them gives to the state: "the Ruritanian consulate".
    static let stateOrganNouns: WordSet = [
        "consulate", "embassy", "government", "authorities", "police", "army", "military", "forces", "troops", "ministry",
        "navy", "regime", "officials", "official", "diplomat", "diplomats", "envoy", "ambassador", "junta", "soldiers",
        "coastguard", "leadership",
    ]
    /// Nouns of a company a demonym before them places in the state: "the Ruritanian company".
    /// ("a Velmari group" may be any body; "carrier" also a ship.)
    static let demonymCompanyNouns: WordSet = ["company", "firm", "utility", "operator", "lender", "miner", "insurer"]
    /// Words between a demonym and an organ's noun that make it no organ of the state: "the Velmari rebel forces".
    static let notStateModifiers: WordSet = ["rebel", "opposition", "separatist", "insurgent", "militant", "exiled", "exile", "former", "dissident"]

    /// "[the|a|an] DEMONYM [word] NOUN" right after `end`: for a state's organ or official (``stateOrganNouns``) the
    /// demonym's mention (the state); for a company (``demonymCompanyNouns``) the one organization the relations found so far
    /// place in that state (`located_in`, `member_of`), neither `subject` nor its side.
    func demonymDescribed(after end: Int, to b: Int, subject: Int) -> (mention: Int, body: Int?)? {
        let tokens = ctx.tokens
        var q = end
        if q < b, tokens[q].normIsOne(of: "the", "a", "an") { q += 1 }
        guard q < b, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, ctx.mentions[m].isAdjective, ctx.kind(m) == .country else {
            return nil
        }
        var noun = ctx.mentions[m].end
        if noun + 1 < b, tokens[noun].kind == .word, tokens[noun].isLowerInitial, !RelationFinder.stopWords.contains(tokens[noun]),
            Self.stateOrganNouns.contains(tokens[noun + 1]) || Self.demonymCompanyNouns.contains(tokens[noun + 1])
        {
            if Self.notStateModifiers.contains(tokens[noun]) { return nil }
            noun += 1
        }
        guard noun < b, noun + 1 >= b || !tokens[noun + 1].isCapitalized else { return nil }
        return demonymReferent(state: ctx.entity(m), mention: m, noun: noun, subject: subject)
    }

    /// "[the] authorities/police/officials in PLACE" right after `end`: the country the place lies in (by the place
    /// table or a `located_in` found before), when the text names it and it is neither `subject` nor its side
    /// ("accused authorities in Port Velmar of …").
    func placedAuthorities(after end: Int, to b: Int, subject: Int) -> Int? {
        let tokens = ctx.tokens
        var q = end
        if q < b, tokens[q].normIs("the") { q += 1 }
        guard q + 2 < b, ["authorities", "police", "officials", "government"].contains(tokens[q].norm), tokens[q + 1].normIs("in"),
            let m = ctx.mentionByStart[q + 2], ctx.owner[m] >= 0, ctx.kind(m) == .location, !ctx.mentions[m].isAdjective
        else { return nil }
        let place = ctx.entity(m)
        var state: Int?
        if let country = PlaceTable.builtIn.place(named: ctx.entities.name(place))?.country, !country.isEmpty {
            // (The states named in the 256 mentions before: a text of thousands of such phrases stays linear.)
            var k = m - 1
            while k >= 0, k >= m - 256, state == nil {
                if ctx.owner[k] >= 0, ctx.kind(k) == .country, ctx.entities.name(ctx.entity(k)) == country { state = ctx.entity(k) }
                k -= 1
            }
        }
        if state == nil {
            state = memory.lastFound(since: ctx.mentions[m].sentence - 30, limit: 256, where: { $0.predicate == .locatedIn && $0.source == place && ctx.entities.kinds[$0.target] == .country })?.target
        }
        guard let state, state != subject, !ownSide(of: subject, state) else { return nil }
        return state
    }

    func demonymReferent(state: Int, mention m: Int, noun: Int, subject: Int) -> (mention: Int, body: Int?)? {
        let tokens = ctx.tokens
        if Self.stateOrganNouns.contains(tokens[noun]) {
            return state != subject && !ownSide(of: subject, state) ? (m, nil) : nil
        }
        guard Self.demonymCompanyNouns.contains(tokens[noun]) else { return nil }
        var bodies: [Int] = []
        var k = memory.found.count - 1
        var read = 0
        while k >= 0, read < 256 {
            let r = memory.found[k]
            k -= 1
            read += 1
            guard r.predicate == .locatedIn || r.predicate == .memberOf, r.target == state, ctx.entities.kinds[r.source] == .organization,
                r.source != subject, !ownSide(of: subject, r.source), !bodies.contains(r.source)
            else { continue }
            bodies.append(r.source)
        }
        return bodies.count == 1 ? (m, bodies[0]) : nil
    }

    /// Whether mention `m` follows a mention of `state` within four tokens of its sentence ("Zambia's Finance
    /// Minister X", "Zambian lawmaker X"): one of the state's own, by the words before the name.
    func namedAfterState(_ m: Int?, _ state: Int) -> Bool {
        guard let m, let p = ctx.mentionIndex(before: ctx.mentions[m].start) else { return false }
        return (max(0, p - 2)...p).contains { q in
            ctx.owner[q] >= 0 && ctx.entity(q) == state && ctx.mentions[q].sentence == ctx.mentions[m].sentence
                && ctx.mentions[m].start - ctx.mentions[q].end <= 4
        }
    }

    /// The end of a lower-case description that stands for a state as the one asked at `p`: "parliament", "the
    /// state", "the country's leaders", "the prime minister", "the president" — followed by "to" (what is asked).
    static func stateStandIn(at p: Int, to b: Int, _ tokens: Tokens) -> Int? {
        guard p < b, tokens[p].isLowerInitial else { return nil }
        var q = p
        if tokens[q].normIs("parliament") {
            q += 1
        } else if tokens[q].normIs("the"), q + 1 < b, tokens[q + 1].isLowerInitial {
            if tokens[q + 1].normIsOne(of: "state", "president", "parliament") {
                q += 2
            } else if q + 2 < b, tokens[q + 1].normIs("prime"), tokens[q + 2].normIs("minister") {
                q += 3
            } else if q + 3 < b, tokens[q + 1].normIs("country"), tokens[q + 2].normIs("'s"), tokens[q + 3].normIsOne(of: "leaders", "leadership") {
                q += 4
            } else {
                return nil
            }
        } else {
            return nil
        }
        return q < b && tokens[q].normIs("to") && tokens[q].isLowerInitial ? q : nil
    }

    /// Verbs of a request the verb patterns read only with a described object ("asked the government to …").
    static let askVerbs: WordSet = ["asked", "asks", "asking", "requested", "requests"]
    /// Words after an ask verb's object that tell a request ("to", "for") from a question ("whether", "why", …).
    static let askComplementWords: WordSet = ["to", "for", "whether", "if", "about", "why", "how", "what", "when"]
    /// Words after "asked <object> for" that ask for nothing of it: "asked the ministry for comment".
    static let askedForNothing: WordSet = ["comment", "comments", "a", "reaction", "details", "information"]

    /// Number words "the three groups", "the five governments" count (two is ``coordinatedBodies``'s and "both"'s).
    static let groupCounts: [String: Int] = [
        "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
    ]

    /// "the three groups", "the five governments" at `position` (a number of at least three and a plural
    /// noun of ``RelationFinder/partyNouns``, no name after it): the actors of a list of that many of the noun's
    /// kind named in this sentence before `before` or in the eight before (at most 128 mentions back) — names joined by commas and "and",
    /// with at most a description of lower-case words between them ("A, an election monitor, the legal aid group
    /// B and C"), the last list of exactly that many; for states, a list one short, with the country the text is
    /// about not in it, is completed by that country ("Velmar is the last of five … A, B, C and D have …").
    /// Never `subject` nor its own side. Returns the actors and the token after the noun.
    func numberedGroup(at position: Int, to b: Int, before: Int, sentence s: Int, subject: Int) -> ([Int], Int)? {
        let tokens = ctx.tokens
        guard position + 2 < b, tokens[position].normIs("the"), let count = Self.groupCounts[tokens[position + 1].norm],
            let kinds = RelationFinder.partyNouns[tokens[position + 2].norm], kinds != [.person],
            position + 3 >= b || !tokens[position + 3].isCapitalized, ctx.mentionByStart[position + 2] == nil,
            var index = ctx.mentionIndex(before: before)
        else { return nil }
        func actor(_ m: Int) -> Int? {
            guard ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective, kinds.contains(ctx.kind(m)) else { return nil }
            return ctx.entity(m)
        }
        /// Whether the words between mentions `m` and `n` of one sentence join two items of a list.
        func joined(_ m: Int, _ n: Int) -> Bool {
            let lo = ctx.mentions[m].end
            let hi = ctx.mentions[n].start
            guard ctx.mentions[m].sentence == ctx.mentions[n].sentence, hi > lo, hi - lo <= 12 else { return false }
            var separator = false
            for q in lo..<hi {
                let t = tokens[q]
                if t.textIs(",") || t.normIs("and") {
                    separator = true
                } else if t.kind != .word || !t.isLowerInitial || RelationFinder.auxiliaries.contains(t)
                    || [.verbPast, .verbPresent, .verbThird, .wh, .pronoun].contains(t.tag)
                {
                    return false
                }
            }
            return separator
        }
        let stop = index - 128
        var list: [Int] = []  // mention indices, latest first
        var lists: [[Int]] = []
        while index >= 0, index > stop, ctx.mentions[index].sentence >= s - 8 {
            defer { index -= 1 }
            guard actor(index) != nil else { continue }
            if let last = list.last, !joined(index, last) {
                lists.append(list)
                list = []
            }
            list.append(index)
        }
        if !list.isEmpty { lists.append(list) }
        for list in lists {
            var members: [Int] = []
            for m in list.reversed() {
                if let e = actor(m), !members.contains(e) { members.append(e) }
            }
            guard members.count >= 2, members.count <= count else { continue }
            if members.count == count - 1, kinds == [.country], let mainCountry,
                !members.contains(mainCountry)
            {
                members.insert(mainCountry, at: 0)
            }
            guard members.count == count else { continue }
            guard !members.contains(where: { $0 == subject || ownSide(of: subject, $0) }) else { return nil }
            return (members, position + 3)
        }
        return nil
    }

    /// "its neighbour": a state beside the subject's.
    static let neighbourNouns: WordSet = ["neighbour", "neighbor"]

    /// Whether a mention names where something was done, not who did it: right after "in" or "before" over
    /// determiners and one possessive name ("sued Korvex in the Federal Court, accusing it of …", "… in Lima's
    /// High Court": "it" is the one sued, not the court; not "at", "hit back at the union, accusing it of …"). At
    /// most four tokens read back.
    func isVenue(_ mention: Int, from a: Int) -> Bool {
        let tokens = ctx.tokens
        var q = ctx.mentions[mention].start - 1
        let stop = max(a, q - 4)
        while q > stop {
            if RelationFinder.determiners.contains(tokens[q]) {
                q -= 1
            } else if tokens[q].normIs("'s"), q - 1 > stop, tokens[q - 1].isCapitalized {
                q -= 2
            } else {
                break
            }
        }
        return q >= a && tokens[q].normIsOne(of: "in", "before")
    }

    /// Nouns of a state's own authorities: opening a sentence as the subject ("The government accused …", "Police
    /// urged …") they stand for the country the text is about.
    /// (Not "regime": a text calls another state's government so more often than its own.)
    static let stateSubjectNouns: WordSet = ["government", "authorities", "police", "army", "military", "junta"]

    /// Nouns of a text issued in someone's name: "issued a joint statement urging …".
    static let statementNouns: WordSet = ["statement", "statements", "letter", "communique", "communiqué", "declaration"]
    /// Verbs of issuing such a text.
    static let issueVerbs: WordSet = ["issued", "issue", "issues", "released", "releases", "published", "publishes", "signed", "signs", "sent"]

    /// The issuing verb of "X issued a (joint) statement <participle at `position`>" (the examples are invented):
    /// "Chile and Peru issued a joint statement urging Velmar to …", "… released a letter calling on …"; nil
    /// when the participle follows no such text ("issued a warning urging" is no text; "a statement, urging …"
    /// after a comma is read as before).
    func statementIssue(before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        guard position - 3 >= a, RelationFinder.endsInIng(tokens[position].norm), Self.statementNouns.contains(tokens[position - 1]) else {
            return nil
        }
        var q = position - 2
        // (Up to three words between: "a", "joint", "written", "the".)
        while q > a, q >= position - 5, tokens[q].kind == .word, tokens[q].isLowerInitial, !Self.issueVerbs.contains(tokens[q]),
            ctx.mentionByEnd[q + 1] == nil
        {
            q -= 1
        }
        return q > a && Self.issueVerbs.contains(tokens[q]) ? q : nil
    }

    /// The actors listed in "<plural noun>, including those of A, B and C," right before `position` (the examples
    /// are invented): "Nine embassies, including those of Chile, Peru and Italy, urged …" is each state's act. Only
    /// where the words before the list are a noun group ("Velmar suspended three federations, including those of A and
    /// B, …" lists what was suspended: no verb before the list) and the list ends in a comma before the verb.
    func includedList(before position: Int, from a: Int) -> [Int] {
        let tokens = ctx.tokens
        var q = position - 1
        while q > a, RelationFinder.auxiliaries.contains(tokens[q]) { q -= 1 }
        guard q > a + 4, tokens[q].textIs(",") else { return [] }
        var listed: [Int] = []
        var p = q - 1
        while p > a, p > q - 40 {
            if let m = ctx.mentionByEnd[p + 1], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
                ctx.kind(m).isOne(of: .country, .organization)
            {
                let e = ctx.entity(m)
                if !listed.contains(e) { listed.insert(e, at: 0) }
                p = ctx.mentions[m].start - 1
                continue
            }
            if tokens[p].textIs(",") || tokens[p].normIsOne(of: "and", "the") {
                p -= 1
                continue
            }
            break
        }
        let opening = RelationFinder.afterDateline(tokens, a..<position)
        guard listed.count >= 2, p - 3 >= opening, tokens[p].normIs("of"), tokens[p - 1].normIs("those"), tokens[p - 2].normIs("including"),
            tokens[p - 3].textIs(","), p - 4 >= opening,
            // (A plural noun before the list: "embassies", "governments", "members".)
            tokens[p - 4].kind == .word, tokens[p - 4].isLowerInitial, tokens[p - 4].tag == .nounPlural || tokens[p - 4].norm.hasSuffix("s")
        else { return [] }
        // (The words before the list are the subject, no clause: the list says who the plural noun is.)
        for k in opening..<(p - 3) where [.verbPast, .verbThird, .verbPresent, .auxiliary, .modal].contains(tokens[k].tag) {
            return []
        }
        return listed
    }

    /// The subject a description opening sentence `a..<b` stands for, right before the verb at `position` (over
    /// auxiliaries): "The group threatened …", "The union accused …" (``DescriptionResolver``: the one actor of the
    /// description's sort named or acting in the last sentences), "The government accused …", "Police urged …" (the
    /// country the text is about). Only at the sentence's start (after a dateline): not "… said the group threatened".
    func describedSubject(before position: Int, from a: Int, sentence s: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        while p > a, RelationFinder.auxiliaries.contains(tokens[p]), !tokens[p].normIs("to") { p -= 1 }
        guard p >= a, tokens[p].kind == .word, ctx.mentionByEnd[p + 1] == nil else { return nil }
        var open = a
        if let dash = (a..<min(p, a + 8)).first(where: { tokens[$0].kind == .dash }) { open = dash + 1 }
        // "Police urged …", "The government accused …".
        if Self.stateSubjectNouns.contains(tokens[p]), p == open || (p == open + 1 && tokens[open].normIs("the")) {
            return mainCountry
        }
        // "A Brazilian environmental group accused Y …. The group, X, said …": the body named after it.
        if open < p, tokens[open].normIsOne(of: "a", "an") { return indefiniteSubject(from: open, head: p, sentence: s) }
        guard open < p, tokens[open].normIs("the"), p - open <= 3,
            let found = DescriptionResolver(ctx: ctx, memory: memory).resolve(at: open, to: p + 1, sentence: s, excluding: -1),
            found.end == p + 1
        else { return nil }
        return found.entity
    }

    /// The body an indefinite description opening sentence `s` ("A [demonym] [lower-case words] HEAD", `open` its
    /// article, `head` a noun of ``DescriptionResolver/heads``) stands for: the one organization the next sentence or
    /// the one after names with the same head noun, apposed ("The group, X, said …"; "X, the group, said …") or as the
    /// opening subject whose name holds the noun ("X Group said …"). Never a person or a state; none for two.
    func indefiniteSubject(from open: Int, head last: Int, sentence s: Int) -> Int? {
        let tokens = ctx.tokens
        var head = last
        // ("A Brazilian group on Tuesday accused …".)
        if head - 2 > open, tokens[head - 1].normIs("on"), MentionFinder.timeWords.contains(tokens[head].norm) { head -= 2 }
        guard head - open <= 4, DescriptionResolver.heads[tokens[head].norm] != nil, tokens[head].isLowerInitial else { return nil }
        for q in (open + 1)..<head {
            if let m = ctx.mentionByStart[q] {
                // (Only a state's demonym: "A Brazilian environmental group".)
                guard ctx.mentions[m].isAdjective, ctx.mentions[m].end == q + 1, ctx.kind(m) == .country else { return nil }
                continue
            }
            guard tokens[q].kind == .word, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]) else { return nil }
        }
        let noun = tokens[head].norm
        let sentences = ctx.seg.sentences
        // (The actors of the description's own sentence are not it: "A company accused X …. X, the company, …".)
        // (Its first 400 tokens: the rule may be asked once per verb of the sentence, so a long sentence stays linear.)
        var own: Set<Int> = []
        for q in sentences[s].tokens.prefix(400) {
            if let m = ctx.mentionByStart[q], ctx.owner[m] >= 0 { own.insert(ctx.entity(m)) }
        }
        var candidates: [Int] = []
        func organization(at q: Int, to b: Int) -> (entity: Int, end: Int)? {
            guard q < b, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
                ctx.kind(m) == .organization, ctx.mentions[m].end <= b
            else { return nil }
            return (ctx.entity(m), ctx.mentions[m].end)
        }
        guard s + 1 < sentences.count else { return nil }
        for t in (s + 1)...min(s + 2, sentences.count - 1) {
            let range = sentences[t].tokens
            let a = RelationFinder.afterDateline(tokens, range)
            let b = range.upperBound
            var found: Int?
            // "The group, X, said …".
            if a + 3 < b, tokens[a].normIs("the"), tokens[a + 1].norm == noun, tokens[a + 2].textIs(","),
                let named = organization(at: a + 3, to: b), named.end < b, tokens[named.end].textIs(",")
            {
                found = named.entity
            } else if let named = organization(at: a, to: b) ?? (tokens[a].normIs("the") ? organization(at: a + 1, to: b) : nil) {
                // "X, the group, said …", "X (XG), a Lima-based group that …"; "X Group said …".
                var comma = named.end
                if comma + 2 < b, tokens[comma].textIs("("), tokens[comma + 2].textIs(")") { comma += 3 }
                if comma + 2 < b, tokens[comma].textIs(","), tokens[comma + 1].normIsOne(of: "the", "a", "an"),
                    let at = (comma + 2..<min(b, comma + 6)).first(where: { tokens[$0].norm == noun || tokens[$0].textIs(",") }),
                    tokens[at].norm == noun
                {
                    found = named.entity
                } else if ctx.entities.name(named.entity).lowercased().split(separator: " ").contains(where: { $0 == noun }) {
                    found = named.entity
                }
            }
            if let e = found, !own.contains(e), !candidates.contains(e) { candidates.append(e) }
        }
        guard candidates.count == 1 else { return nil }
        return candidates[0]
    }

    /// For "They" opening sentence `s` right before the verb at `position` (over auxiliaries; not in a quotation): the
    /// organizations or states, two or more, joined by "and" or commas that open the sentence before ("Korvex Mining
    /// and Tarsel Energy closed their mines. They urged …"); empty otherwise.
    func openingGroup(before position: Int, from a: Int, sentence s: Int) -> [Int] {
        let tokens = ctx.tokens
        var p = position - 1
        while p > a, RelationFinder.auxiliaries.contains(tokens[p]), !tokens[p].normIs("to") { p -= 1 }
        guard p == a, tokens[p].normIs("they"), !tokens[p].inQuote else { return [] }
        let previous = ctx.seg.sentences[s - 1].tokens
        var q = previous.lowerBound
        if let dash = (q..<min(previous.upperBound, q + 8)).first(where: { tokens[$0].kind == .dash }) { q = dash + 1 }
        let group = finder.coordinatedAfter(ctx, q, to: previous.upperBound)
        guard group.count >= 2, group.allSatisfy({ ctx.entities.kinds[$0].isOne(of: .organization, .country) }) else { return [] }
        return group
    }

    /// The predicates whose verbs take the clause finder's subject when their clause inherits one (``run``'s `clauseSubject`).
    static let clauseSubjectPredicates: [Predicate] = [.accused, .urged, .threatened, .denied]

    /// "at Chile's request", "at the request of Chile" (the examples are invented): the one who asked `urged` the
    /// doer of the clause the phrase belongs to, the subject of the verb before it ("Peru sent experts at Chile's
    /// request"; "Korvex said it had closed the mine at the request of the regulator": the clause finder's "it"), or,
    /// opening the sentence, of the first verb after it ("At Chile's request, Peru sent …"). Not a passive's, whose doer
    /// is unnamed, nor a negated one's.
    func requests(from a: Int, to b: Int, syntax: () -> SentenceSyntax, subject: (Int) -> Int?, emit: Emit) {
        let tokens = ctx.tokens
        func actor(_ m: Int?) -> Int? {
            guard let m, ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective, ctx.kind(m).isOne(of: .country, .organization, .person) else {
                return nil
            }
            return ctx.entity(m)
        }
        var q = a
        while q + 3 < b {
            defer { q += 1 }
            guard tokens[q].normIs("at") else { continue }
            var asker: Int?
            var end = q
            if tokens[q + 1].normIs("the"), tokens[q + 2].normIs("request"), q + 4 < b, tokens[q + 3].normIs("of") {
                // "at the request of (the) X"; "of Chile's mining regulator, Korvex": the name apposed to a possessed
                // description, else the possessor; "of the Chilean government": the demonym's state.
                let r = tokens[q + 4].normIs("the") ? q + 5 : q + 4
                if r < b, let m = ctx.mentionByStart[r], ctx.owner[m] >= 0 {
                    let after = ctx.mentions[m].end
                    if ctx.mentions[m].isAdjective {
                        if ctx.kind(m) == .country, after < b, tokens[after].normIsOne(of: "government", "authorities") {
                            asker = ctx.entity(m)
                            end = after + 1
                        }
                    } else if after < b, tokens[after].normIs("'s"),
                        let comma = (after + 1..<min(b - 1, after + 6)).first(where: { tokens[$0].textIs(",") }),
                        (after + 1..<comma).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isLowerInitial }),
                        let named = actor(ctx.mentionByStart[comma + 1])
                    {
                        asker = named
                        end = ctx.mentions[ctx.mentionByStart[comma + 1]!].end
                    } else if let e = actor(m) {
                        asker = e
                        end = after
                    }
                }
            } else {
                // "at X's request", "at the X government's request" (not "at X's own request": the doer's own).
                let r = tokens[q + 1].normIs("the") ? q + 2 : q + 1
                if let m = ctx.mentionByStart[r], ctx.mentions[m].end + 1 < b, tokens[ctx.mentions[m].end].normIs("'s"),
                    tokens[ctx.mentions[m].end + 1].normIs("request"), let e = actor(m)
                {
                    asker = e
                    end = ctx.mentions[m].end + 2
                }
            }
            guard let asker else { continue }
            let parsed = syntax()
            let verbs = parsed.verbs
            let before = verbs.partitionPoint { $0.end <= q } - 1
            // The verb before the phrase, in its clause (no comma after the verb's clause opens before "at"), or,
            // with none before it, the first after it.
            let v: Int
            // ("Velmar closed the border, and Kessa, at Lindor's request, sent troops": a comma or "and"/"but" after the
            // verb before, other than one right before "at", ends that verb's clause: the verb after is the doer's.)
            if before >= 0, verbs[before].start >= a,
                !(verbs[before].end..<max(verbs[before].end, q - 1)).contains(where: { tokens[$0].textIs(",") || tokens[$0].normIsOne(of: "and", "but") })
            {
                v = before
            } else if case let after = verbs.partitionPoint({ $0.start < end }), after < verbs.count, tokens[end].textIs(",") {
                v = after
            } else {
                continue
            }
            // ("ordered the agency to raise the fine at Chile's request": the order was asked for, not the raise.)
            var clause = v
            while parsed.clauses.kind(clause) == .infinitival, let up = parsed.clauses.parent(clause), up < clause { clause = up }
            let verb = parsed.clauses.verb(clause)
            guard !verb.passive, !verb.negated, !verb.copula, verb.form == .finite || verb.form == .gerund else { continue }
            let owner = parsed.clauses.subjectOwner(clause) ?? clause
            guard let doer = subject(parsed.clauses.verb(owner).start), doer != asker,
                ctx.entities.kinds[doer].isOne(of: .country, .organization, .person)
            else { continue }
            emit(asker, doer, .urged, "verb:at-request", 0.7)
            q = end - 1
        }
    }

    /// The outlet or body told, named after a description of up to four lower-case words: "told state news agency
    /// KUNA", "told Peru's state broadcaster TVP", "told the daily newspaper El Diario" (a state's possessive before
    /// the description is where the outlet is, not whom one told).
    func describedAddressee(after end: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var q = end
        if let m = ctx.mentionByStart[q], ctx.kind(m) == .country, ctx.mentions[m].end < b, tokens[ctx.mentions[m].end].normIs("'s") {
            q = ctx.mentions[m].end + 1
        }
        var words = 0
        while q < b, words < 4, tokens[q].kind == .word, tokens[q].isLowerInitial,
            tokens[q].normIs("the") || !RelationFinder.stopWords.contains(tokens[q])
        {
            q += 1
            words += 1
        }
        guard words > 0, q < b, let m = ctx.mentionByStart[q], ctx.kind(m) == .organization else { return nil }
        return ctx.entity(m)
    }

    /// Runs the patterns matched in sentence `s` (token range `a..<b`). `emitPairs` draws every
    /// pair of a coordinated group, within the sentence's bound.
    func run(
        matches: VerbMatches.Sentence, sentenceMentions: MentionList, sentence s: Int, from a: Int, to b: Int,
        syntax: () -> SentenceSyntax, emit report: Emit, emitPairs reportPairs: EmitPairs
    ) {
        let tokens = ctx.tokens
        let attribution = AttributionRules(finder: finder, ctx: ctx, speakers: speakers)
        func emit(_ source: Int?, _ target: Int?, _ predicate: Predicate, _ rule: String, confidence: Double) {
            report(source, target, predicate, rule, confidence)
        }
        func emitPairs(_ group: [Int], _ predicate: Predicate, _ rule: String, confidence: Double) {
            reportPairs(group, predicate, rule, confidence)
        }
        func hedged(_ lo: Int, _ hi: Int) -> Double { finder.hedged(lo, hi, from: a, to: b, ctx.tokens) }
        func subjectEntity(_ before: Int) -> Int? {
            switch finder.subject(ctx, before: before, from: a, pronoun: resolvePronoun) {
            case .entity(let e): return e
            case .speaker: return speakers[s]
            case .none: return nil
            }
        }

        /// The clause finder's reading of the subject of the verb at `start` when its clause takes it from
        /// another (``Clauses/subjectOwner(_:)``: "X, who …, welcomed the plan but urged Y", "X said … and
        /// accused Y", "…, accusing Y"): that clause's subject as its verb's pattern reads it (the sentence's
        /// speaker for a reporting verb's subject the reader does not name); nil when the clause has a subject of its
        /// own, or none, or the reader names none.
        func clauseSubject(at start: Int) -> Int? {
            let parsed = syntax()
            let v = parsed.verbs.partitionPoint { $0.end <= start }
            guard v < parsed.verbs.count, parsed.verbs[v].start <= start, let owner = parsed.clauses.subjectOwner(v) else { return nil }
            let verb = parsed.clauses.verb(owner)
            if let entity = subjectEntity(verb.start) { return entity }
            if ClauseFinder.reportingLemmas.contains(lexicon.lemmaText(verb.lemma, of: tokens[verb.main])), !tokens[verb.main].inQuote {
                return speakers[s]
            }
            return nil
        }

        // "at Chile's request", "at the request of Chile": the one who asked urged the clause's doer.
        requests(from: a, to: b, syntax: syntax, subject: subjectEntity, emit: emit)

        var coveredUntil = a
        // The actors "the three groups" stood for in this sentence, and whose deed it was: "… and urged them to …".
        var sentenceGroup: (subject: Int, members: [Int])?
        var lastSubjectInSentence: Int?
        var mainSubjectInSentence: Int?
        // By start, the longer match first at one start. The matches come by start already, and a
        // sentence's are read in place when they are in this order too: a sorted copy took 24 bytes a
        // match at the peak of a sentence of ~900k "and urged …" (issue 14). (Sorting is stable: a
        // sequence already in order is its own sorted copy.)
        let inOrder: (VerbMatch, VerbMatch) -> Bool = { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        let resorted: [VerbMatch]? =
            zip(matches, matches.dropFirst()).contains { inOrder($1, $0) } ? matches.sorted(by: inOrder) : nil
        for k in 0..<matches.count {
            let (start, end, p) = resorted?[k] ?? matches[matches.startIndex + k]
            let flags = lexicon.verbFlags[p]
            if start < coveredUntil && !flags.contains(.mutual) { continue }
            var predicate = lexicon.verbPredicates[p]
            var rule = lexicon.verbRules[p]
            // "said it had warned the ministry in March that the alarms were faulty": a past warning with no consequence
            // named is a notice, not a threat.
            if predicate == .threatened, Self.warningAsNotice(at: start, end: end, from: a, to: b, tokens) {
                predicate = .notified
                rule = "verb:warned-notice"
            }
            lazy var confidence = (flags.contains(.noun) ? 0.7 : 0.8) * hedged(start - 3, end + 1)
            if start > a, !flags.contains(.denial), RelationFinder.endsInIng(tokens[start].norm),
                matches.contains(where: { $0.end == start && lexicon.verbFlags[$0.pattern].contains(.denial) })
            {
                continue
            }
            // "Chile denied it had sent troops": a denied deed is not drawn.
            if !flags.contains(.denial), Self.isDenied(before: start, from: a, tokens) { continue }
            // "dismissed the head of the agency", "dismissed three officials": no claim is rejected.
            if flags.contains(.denial), tokens[start].norm.hasPrefix("dismiss"), !dismissesClaim(after: end, to: b) { continue }
            // "called the allegation 'baseless'", "said the charges were false": the claim named in the phrase is rebutted
            // (not "called the allegations serious", "said the report was being studied").
            let judgedClaim = flags.contains(.denial) ? rebutsClaim(start: start, end: end, to: b) : nil
            if judgedClaim == false { continue }
            if flags.contains(.speakerOnly) {
                // "Kairidis said … and accused …": the speaker is the subject of what follows "and".
                if let subject = subjectEntity(start) { lastSubjectInSentence = subject }
                continue
            }
            if flags.contains(.speech) {
                // The subject of "told" itself ("X said its chairman, Y, told Z"), else the sentence's speaker.
                let direct = subjectEntity(start).flatMap { ctx.entities.kinds[$0].isOne(of: .person, .organization) ? $0 : nil }
                // "X told the assembly that … and urged …": the teller is the subject of what follows "and".
                if let teller = direct ?? speakers[s] { lastSubjectInSentence = teller }
                // ("told reporters the company would sue": the reporters were told, not the company.)
                if predicate == .saidTo, let speaker = direct ?? speakers[s], end < b, !Self.pressAddressees.contains(tokens[end]),
                    let target = finder.object(ctx, after: end, to: b, skipLimit: 2).flatMap({ ctx.entities.kinds[$0] == .country ? nil : $0 })
                        ?? describedAddressee(after: end, to: b),
                    ctx.entities.kinds[target].isOne(of: .organization, .person), !tokens[start].inQuote
                {
                    emit(speaker, target, predicate, "verb:told", confidence: 0.8)
                }
                continue
            }
            if flags.contains(.attribution) {
                attribution.accordingTo(predicate, after: end, sentence: s, from: a, to: b) { source, target, predicate, rule, confidence in
                    emit(source, target, predicate, rule, confidence: confidence)
                }
                continue
            }
            if flags.contains(.noun), flags.contains(.mutual) {
                // "talks between Russia and Ukraine", "clashes between the army and the RSF".
                if let first = finder.objectMention(ctx, after: end, to: b, skipLimit: 1) {
                    var q = ctx.mentions[first].end
                    if q < b, tokens[q].normIs("'s") {
                        q += 1
                        while q < b, q < ctx.mentions[first].end + 4, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q])
                        { q += 1 }
                    }
                    if q + 1 < b, tokens[q].normIs("and"), let second = finder.object(ctx, after: q + 1, to: b, skipLimit: 1),
                        second != ctx.entity(first), (ctx.entities.kinds[second] == .person) == (ctx.kind(first) == .person)
                    {
                        emit(ctx.entity(first), second, predicate, rule + ":between", confidence: confidence)
                        coveredUntil = end
                    }
                }
                continue
            }
            if flags.contains(.noun) {
                // "suspended peace talks with X", "called off the talks with X": talks halted, cancelled or refused are
                // no meeting stated (a past meeting is not).
                if predicate == .metWith, haltedBefore(start, from: a) { continue }
                // "The U.N. human rights office in Colombia": a body's unit named by lower-case words after the body's name
                // (no possessive) is the unit's office there, not the body's ("Korvex's regional office in Lima" is).
                if predicate == .locatedIn, tokens[start].normIsOne(of: "office", "offices") {
                    var p = start - 1
                    while p > a, p > start - 4, tokens[p].kind == .word, tokens[p].isLowerInitial, !RelationFinder.stopWords.contains(tokens[p]) {
                        p -= 1
                    }
                    if p < start - 1, let m = ctx.mentionByEnd[p + 1], ctx.kind(m) == .organization { continue }
                }
                // "an investigation into Lena Ortiz's death": the inquiry is into what befell the actor, no accusation.
                if predicate == .accused, let object = finder.objectMention(ctx, after: end, to: b, skipLimit: 3),
                    ctx.mentions[object].end + 1 < b, tokens[ctx.mentions[object].end].normIs("'s"),
                    Self.harmNouns.contains(tokens[ctx.mentions[object].end + 1])
                {
                    continue
                }
                var agent = finder.nounAgent(ctx, before: start, from: a)
                let patient = finder.object(ctx, after: end, to: b, skipLimit: 3)
                if agent == nil { agent = finder.byAgent(ctx, after: end, to: b) }
                if agent == nil {
                    // "Esper tweeted a warning to Iran": the subject of the verb before the noun.
                    var p = start - 1
                    // "filed a civil claim against", "opened a formal investigation into": adjectives of the accusation.
                    while predicate == .accused, p > a + 1, p >= start - 2, tokens[p].tag == .adjective, tokens[p].isLowerInitial { p -= 1 }
                    while p > a,
                        RelationFinder.determiners.contains(tokens[p]) || tokens[p].kind == .number
                            || RelationFinder.amountWords.contains(tokens[p]) || RelationFinder.currencySigns.contains(tokens[p].text)
                    {
                        p -= 1
                    }
                    // "held separate talks with": one adjective between the verb and the noun.
                    if p > a + 1, p == start - 1, tokens[p].isLowerInitial,
                        tokens[p].norm.hasSuffix("e") || tokens[p].norm.hasSuffix("al"),
                        !RelationFinder.stopWords.contains(tokens[p]), tokens[p - 1].isLowerInitial,
                        !RelationFinder.stopWords.contains(tokens[p - 1])
                    {
                        p -= 1
                    }
                    // "approved $300 million in emergency financing for": an amount "in" the noun.
                    var r = p
                    if r > a + 2, r >= start - 2, tokens[r].isLowerInitial, !RelationFinder.stopWords.contains(tokens[r]), r < start {
                        r -= 1
                    }
                    if r > a + 2, tokens[r].normIs("in"), RelationFinder.amountWords.contains(tokens[r - 1]) || tokens[r - 1].kind == .number
                    {
                        r -= 1
                        while r > a,
                            tokens[r].kind == .number || RelationFinder.amountWords.contains(tokens[r])
                                || RelationFinder.currencySigns.contains(tokens[r].text)
                                || RelationFinder.determiners.contains(tokens[r])
                        {
                            r -= 1
                        }
                        p = r
                    }
                    if p > a + 1, tokens[p].normIs("as") || tokens[p].normIs("in") || tokens[p].normIs("during") { p -= 1 }
                    // "spoke on Monday in an interview with …"
                    while p > a + 1,
                        lexicon.isWord(tokens[p], .timeWord) && tokens[p].isCapitalized && tokens[p - 1].normIs("on")
                    {
                        p -= 2
                    }
                    if p > a, p < start - 1, tokens[p].kind == .word, tokens[p].isLowerInitial,
                        !RelationFinder.stopWords.contains(tokens[p])
                    {
                        agent = subjectEntity(p)
                        // "… and held talks with": the subject of the sentence's earlier verb.
                        if agent == nil, p - 1 >= a, tokens[p - 1].normIs("and") { agent = lastSubjectInSentence }
                    }
                }
                if agent == nil, flags.contains(.noun), let lastSubject = lastSubjectInSentence {
                    // "ADF fighters killed 23 villagers in an overnight attack on Mangina": the clause's subject.
                    var q = start - 1
                    while q > a, q >= start - 3, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]),
                        !RelationFinder.determiners.contains(tokens[q])
                    {
                        q -= 1
                    }
                    while q > a, RelationFinder.determiners.contains(tokens[q]) { q -= 1 }
                    if q > a, tokens[q].normIsOne(of: "in", "during"), tokens[q - 1].kind == .word || tokens[q - 1].kind == .number {
                        agent = lastSubject
                    }
                }
                // "Egypt said that talks with Ethiopia had failed": the speaker took part.
                if agent == nil, predicate == .metWith, start > a, tokens[start - 1].normIs("that"), let speaker = speakers[s] {
                    agent = speaker
                }
                if agent == nil, predicate == .metWith, start > a + 2,
                    tokens[start - 1].normIsOne(of: "during", "at", "after", "in")
                        || tokens[start - 2].normIsOne(of: "during", "at", "after", "in"),
                    let first = sentenceMentions.first, ctx.mentions[first].start < start,
                    (a..<ctx.mentions[first].start).allSatisfy({
                        tokens[$0].isCapitalized || ctx.titleByStart[$0] != nil || tokens[$0].kind == .dash
                    }),
                    ctx.mentions[first].end < b, let lead = ctx.mentionByStart[ctx.mentions[first].start].map({ _ in first })
                {
                    // "Mattis highlighted … during a meeting with Y": the sentence's subject, over its title.
                    var leadMention = lead
                    if let title = ctx.titleByStart[ctx.mentions[lead].end], let holder = ctx.mentionByStart[title.end] {
                        leadMention = holder
                    }
                    if !ctx.mentions[leadMention].isAdjective { agent = ctx.entity(leadMention) }
                }
                if agent == nil, let head = finder.appositionHead(ctx, before: start, from: a) {
                    // "TNK, a Swiss-based unit of Rosneft"
                    agent = head
                }
                if agent == nil, start > a, tokens[start - 1].normIs("in"), let patient,
                    let patientEnd = finder.objectEnd(ctx, after: end, to: b)
                {
                    // "In coordination with X, Y conducted …"
                    var q = patientEnd
                    while q < b, !tokens[q].textIs(",") { q += 1 }
                    if q + 1 < b, let m = ctx.mentionByStart[q + 1] ?? (tokens[q + 1].normIs("the") ? ctx.mentionByStart[q + 2] : nil),
                        ctx.entity(m) != patient
                    {
                        agent = ctx.entity(m)
                    }
                }
                if flags.contains(.placeObject), let patient, !ctx.entities.kinds[patient].isOne(of: .location, .country, .facility) {
                    continue
                }
                // "claimed the attack on its Amaq news agency": "on its …" names the agent's own outlet, not a target.
                if predicate == .attacked, end < b, tokens[end].normIsOne(of: "its", "their") { continue }
                // "the regulator blocked the merger of A and B": the pair merges (the frame `N of X and Y`), not the
                // clause's subject with A.
                if predicate == .mergedWith, tokens[end - 1].normIs("of"),
                    let first = finder.objectMention(ctx, after: end, to: b, skipLimit: 3),
                    ctx.mentions[first].end + 1 < b, tokens[ctx.mentions[first].end].normIs("and"),
                    ctx.mentionByStart[ctx.mentions[first].end + 1] != nil
                        || (ctx.mentions[first].end + 2 < b && tokens[ctx.mentions[first].end + 1].normIs("the")
                            && ctx.mentionByStart[ctx.mentions[first].end + 2] != nil)
                {
                    continue
                }
                var nounPredicate = predicate
                // (A person "a member of" a party or an assembly belongs to it; of a council, holds a seat in it.)
                if predicate == .memberOf, let agent, ctx.entities.kinds[agent] == .person,
                    !(patient.map { ctx.entities.kinds[$0] == .organization && ctx.isMembershipBody($0, before: start) } ?? false)
                        || !(start..<end).contains(where: { tokens[$0].normIsOne(of: "member", "members") })
                {
                    nounPredicate = .roleIn
                }
                if flags.contains(.reverse) {
                    // "repay a loan from X": X gives to the borrower, the clause's subject, or with
                    // none named the country the text is about.
                    // ("Prime Minister X's government is seeking financing from Y": the state borrows, not X.)
                    let named = agent.flatMap { ctx.entities.kinds[$0].isOne(of: .country, .organization) ? $0 : nil }
                    guard let lender = patient, let borrower = named ?? mainCountry, borrower != lender,
                        let lenderMention = finder.objectMention(ctx, after: end, to: b, skipLimit: 3),
                        // ("a loan from Peru's state bank": not to Peru. "loans from the group": the object is a
                        // description whose antecedent came before, so the span read is empty.)
                        !(end..<max(end, ctx.mentions[lenderMention].end)).contains(where: { q in
                            ctx.mentionByStart[q].map { ctx.entity($0) == borrower } ?? false
                        })
                    else { continue }
                    emit(lender, borrower, nounPredicate, rule + ":reverse", confidence: confidence)
                    coveredUntil = end
                    continue
                }
                // ("filed a lawsuit against X": `emit` keeps the accusation for a later denial.)
                emit(agent, patient, nounPredicate, rule, confidence: confidence)
                // "filed a civil claim against A and B": each is accused.
                if predicate == .accused, let agent, let patient, let first = finder.objectMention(ctx, after: end, to: b, skipLimit: 3),
                    ctx.entity(first) == patient, ctx.mentions[first].end + 1 < b, tokens[ctx.mentions[first].end].normIs("and"),
                    let second = finder.object(ctx, after: ctx.mentions[first].end + 1, to: b, skipLimit: 1),
                    second != agent, second != patient,
                    (ctx.entities.kinds[second] == .person) == (ctx.entities.kinds[patient] == .person)
                {
                    emit(agent, second, nounPredicate, rule + ":second-object", confidence: confidence * 0.9)
                }
                if agent != nil && patient != nil { coveredUntil = end }
                continue
            }
            // Passive: "was killed … by/attributed to X", "led by X".
            var aux = start - 1
            while aux >= a, RelationFinder.auxiliaries.contains(tokens[aux]), !RelationFinder.passiveAuxiliaries.contains(tokens[aux]) {
                aux -= 1
            }
            let hasAux = aux >= a && RelationFinder.passiveAuxiliaries.contains(tokens[aux])
            let participle =
                tokens[end - 1].norm.hasSuffix("ed")
                || ["led", "held", "run", "struck", "hit", "sent", "met", "told"].contains(tokens[end - 1].norm)
            if (hasAux && participle) || (participle && Self.agentFollows(after: end, to: b, tokens)) {
                if flags.contains(.mutual) {
                    // "The deal was signed by A and B"
                    if let by = (end..<min(b, end + 8)).first(where: { tokens[$0].normIs("by") }) {
                        emitPairs(finder.coordinatedAfter(ctx, by + 1, to: b), predicate, rule + ":passive-mutual", confidence: confidence)
                    } else if predicate.isSymmetric, hasAux {
                        // "The United States and Poland are partnered": a state, not a passive.
                        let group = finder.coordinated(ctx, before: start, from: a, pronoun: resolvePronoun)
                        if group.count >= 2 { emitPairs(group, predicate, rule + ":mutual", confidence: confidence) }
                    }
                    continue
                }
                // "the party, once led by X": a former office (no `leads`, as "former").
                if predicate == .leads, start > a, tokens[start - 1].normIsOne(of: "once", "formerly", "previously") { continue }
                if predicate == .leads, Self.endedTerm(tokens, after: end, to: b, past: true) { continue }
                guard var agent = finder.byAgent(ctx, after: end, to: b) else { continue }
                // "controlled by U.S. private equity firm Korvex", "owned by Swiss trader Korvex", "owned by Lima
                // construction group Korvex": the company the country's or the place's name describes.
                var describedAgent = false
                if ctx.entities.kinds[agent].isOne(of: .country, .location), let company = describedCompany(after: end, to: b) {
                    agent = company
                    describedAgent = true
                }
                var patient: Int?
                var patients: [Int] = []
                let runBy = Self.passiveOnlyLeads.contains(tokens[end - 1]) || tokens[end - 1].normIs("run")
                if hasAux {
                    patient = subjectEntity(aux)
                    // "A, B and C, all of which have been designated by X": each of the list.
                    if patient == nil { patients = quantifiedAntecedents(before: aux, from: a) }
                } else if let earlier = coordinatedPassiveAuxiliary(before: start, from: a) {
                    // "Korvex, which is based in Lima and controlled by X": the subject of the first participle.
                    patient = subjectEntity(earlier)
                } else {
                    // "Tarvel accounts operated by the X agency", "channels run by X": a plural noun right before
                    // names what is run, not the name before it.
                    var q = start - 1
                    if q >= a, tokens[q].textIs(",") { q -= 1 }
                    if runBy, q >= a,
                        tokens[q].kind == .word, tokens[q].isLowerInitial, tokens[q].norm.hasSuffix("s"), !tokens[q].norm.hasSuffix("ss"),
                        finder.lexicon.isWord(tokens[q], .commonWord)
                    {
                        continue
                    }
                    // "A and B, both run by X", "A, B and C, all owned by X": each of the list before the comma.
                    if start - 2 >= a, tokens[start - 1].normIsOne(of: "both", "all"), tokens[start - 2].textIs(","),
                        case let group = finder.coordinated(ctx, before: start - 2, from: a), group.count >= 2
                    {
                        patients = group
                    } else {
                        patient = finder.nearestLeft(ctx, before: start, from: a, overAcronym: true)
                    }
                    // "A Velmar Fund mission led by X", "a U.N. team led by X": the leader of a body's delegation holds an
                    // office in the body, not its lead.
                    if predicate == .leads, ctx.entities.kinds[agent] == .person, start - 1 > a,
                        Self.delegationNouns.contains(tokens[start - 1]), tokens[start - 1].isLowerInitial,
                        let m = ctx.mentionByEnd[start - 1] ?? (start - 2 > a && tokens[start - 2].isLowerInitial ? ctx.mentionByEnd[start - 2] : nil),
                        ctx.owner[m] >= 0, ctx.kind(m) == .organization, !ctx.mentions[m].isAdjective
                    {
                        emit(agent, ctx.entity(m), .roleIn, rule + ":delegation", confidence: confidence)
                        continue
                    }
                    // "Velmar's ruling junta, led by General X": the state whose government it is.
                    if patient == nil, predicate == .leads { patient = governedState(before: start, from: a) }
                }
                // "The Orvik plant, operated by Korvex": a facility or a body is run, not a place or a person.
                if runBy {
                    let run = patient.map { [$0] } ?? patients
                    guard !run.isEmpty, run.allSatisfy({ ctx.entities.kinds[$0].isOne(of: .organization, .facility) }),
                        ctx.entities.kinds[agent].isOne(of: .organization, .person)
                    else { continue }
                }
                if let patient { patients = [patient] }
                if predicate == .killed, patients.contains(where: { ctx.entities.kinds[$0] != .person }) { continue }
                if flags.contains(.reverse) {
                    // "Konkola Copper Mines, owned by Vedanta Resources": a company is part of a company, not of a person;
                    // a body "owned by" a person is tied to its owner ("Korvex Media is owned by Lena Ortiz").
                    if predicate == .memberOf, ctx.entities.kinds[agent] == .person {
                        // ("owned by X's brother-in-law": someone else, unnamed.)
                        let possessed = (end..<min(b, end + 8)).contains { q in
                            ctx.mentionByStart[q].map { ctx.owner[$0] >= 0 && ctx.entity($0) == agent && ctx.mentions[$0].end < b
                                && tokens[ctx.mentions[$0].end].normIs("'s") } ?? false
                        }
                        for patient in patients where ctx.entities.kinds[patient] == .organization && !possessed {
                            emit(patient, agent, .affiliatedWith, rule + ":passive-owner", confidence: confidence)
                        }
                        continue
                    }
                    // "Velmar Air, which is partly owned by Korvex Airways": a part owner is a tie, not the parent.
                    if predicate == .memberOf, start - 1 >= a, Self.partOwnerWords.contains(tokens[start - 1]) {
                        for patient in patients { emit(patient, agent, .affiliatedWith, rule + ":part-owner", confidence: confidence) }
                        continue
                    }
                    for patient in patients { emit(patient, agent, predicate, rule + ":passive", confidence: confidence) }
                } else {
                    for patient in patients {
                        // "Korvex, which is controlled by Halbrand Group": a company's owner, not territory.
                        // ("a South African company controlled by the Lima group X": a company controls no state.)
                        if predicate == .controls, describedAgent, ctx.entities.kinds[patient] == .country { continue }
                        if predicate == .controls, ctx.entities.kinds[patient] == .organization {
                            if ctx.entities.kinds[agent] == .organization {
                                emit(patient, agent, .memberOf, rule + ":company", confidence: confidence)
                            }
                            continue
                        }
                        emit(agent, patient, predicate, rule + ":passive", confidence: confidence)
                    }
                }
                continue
            }
            // Coordinated subjects: "A, B and C signed".
            if flags.contains(.mutual) {
                let group = finder.coordinated(ctx, before: start, from: a, pronoun: resolvePronoun)
                if group.count >= 2 { emitPairs(group, predicate, rule + ":mutual", confidence: confidence) }
                continue
            }
            // "operated", "managed": `leads` only as a passive ("the mine, operated by X"), never "operated in the region".
            if predicate == .leads, Self.passiveOnlyLeads.contains(tokens[end - 1]) { continue }
            // "X, who ran the company from 2019 to 2023", "led the party until 2020": a term that ended, a former office.
            if predicate == .leads, Self.endedTerm(tokens, after: end, to: b, past: tokens[end - 1].tag == .verbPast) { continue }
            // "X has not sanctioned Y", "X did not deny": a negated verb group states no act.
            if RelationFinder.isNegated(ctx.tokens, before: start, from: a) { continue }
            // "said it would sue Y", "threatened to sue Y": a suit to come, a threat the frame `sue X V Y → threatened,
            // future` draws, no accusation (the base form after a modal or "to"; "sued Y" is one).
            if predicate == .accused, tokens[start].normIs("sue"), start > a,
                tokens[start - 1].normIs("to") || tokens[start - 1].tag == .modal
            {
                continue
            }
            // "Velbank head Lena Ortiz said …": a title's word right after a name and before a person is that person's
            // title, no verb (a name as a subject takes "heads"; a base form that is also a past tense, "hit", may
            // still be a verb).
            if end - start == 1, ctx.mentionByEnd[start] != nil, let title = ctx.titleByStart[start], title.end == end,
                let m = ctx.mentionByStart[end], ctx.kind(m) == .person, !lexicon.lexical(tokens[start].norm).tags.contains(.verbPast)
            {
                continue
            }
            // "accused Chile of financing and arming the Velmar Front": the second gerund's doer is the accused (read
            // as an allegation below), not the sentence's subject.
            if start >= a + 3, tokens[start - 1].normIs("and"), RelationFinder.endsInIng(tokens[start].norm),
                RelationFinder.endsInIng(tokens[start - 2].norm), tokens[start - 3].normIs("of")
            {
                continue
            }
            // "A, B and C issued a joint statement urging Y": the participle is the issuers' act.
            let subjectAt = statementIssue(before: start, from: a) ?? start
            var subjectFound = subjectEntity(subjectAt)
            // "The government of President X has long accused Y": the state X heads, not X.
            if predicate == .accused, let person = subjectFound, let state = governmentOfHead(person, before: subjectAt, from: a) {
                subjectFound = state
            }
            // "Nine embassies, including those of A, B and C, urged Y": the states listed, each.
            let included = includedList(before: subjectAt, from: a)
            if let first = included.first, subjectFound == nil || included.contains(subjectFound!) { subjectFound = first }
            // "X, who …, welcomed the plan but has urged Y", "X said Y had … and accused Z": a verb coordinated after
            // "and"/"but" (over auxiliaries) takes the subject the clause finder gives it, whatever the words
            // before it name.
            var coordinator = start - 1
            while coordinator > a, RelationFinder.auxiliaries.contains(tokens[coordinator]), !tokens[coordinator].normIs("to") {
                coordinator -= 1
            }
            var readFromClause = false
            // (An actor only: where the clause finder reads no actor, "Oslo" for a reporting clause it found no subject of,
            // the words before the verb are read as before.)
            if coordinator > a, tokens[coordinator].normIs("and") || tokens[coordinator].normIs("but"),
                Self.clauseSubjectPredicates.contains(predicate), let reading = clauseSubject(at: start),
                ctx.entities.kinds[reading].isOne(of: .person, .organization, .country)
            {
                subjectFound = reading
                readFromClause = true
            }
            // "Peru said the Velmar Front had closed the road and threatened the drivers": a threat joined with no
            // comma to a reported clause in the perfect ("<actor> had <verb>") is that clause's subject's, not the
            // speaker's (", and warned …" after it stays the speaker's).
            // (The verb "threaten" only, as the clause finder reads it; within 40 tokens before the report.)
            if predicate == .threatened, tokens[start].norm.hasPrefix("threaten"), coordinator > a, tokens[coordinator].normIs("and"),
                !tokens[coordinator - 1].textIs(","),
                let reported = perfectReportedSubject(before: coordinator, from: a), reported.actor != subjectFound,
                subjectFound == nil
                    || (max(a, reported.say - 40)..<reported.say).contains(where: { q in
                        ctx.mentionByStart[q].map { ctx.owner[$0] >= 0 && ctx.entity($0) == subjectFound } ?? false
                    })
            {
                subjectFound = reported.actor
                readFromClause = true
            }
            if !readFromClause, subjectFound == nil, start > a, tokens[start - 1].normIs("and") || tokens[start - 1].normIs("but") {
                subjectFound = lastSubjectInSentence
                // "X said the Korvex Front had killed two guards and accused the army of …": an accusation or a call
                // after what the speaker said is the speaker's, not the reported clause's subject's.
                if predicate == .accused || predicate == .urged, let speaker = sayer(of: s, before: start - 1, from: a) {
                    subjectFound = speaker
                }
                // "Netanyahu thanked Qatar but accused Hamas": the subject of the first verb, when no pattern matched it.
                var q = start - 2
                var bound = start - 12
                while subjectFound == nil, q > a, q > bound, !tokens[q].textIs(",") {
                    // "X called the killing "a cowardly attack" and urged …": over the quotation the first verb took.
                    if tokens[q].kind == .quote {
                        guard let open = (max(a, q - 40)..<q).last(where: { tokens[$0].kind == .quote }), open > a else { break }
                        bound = min(bound, open - 8)
                        q = open - 1
                        continue
                    }
                    if tokens[q].kind == .word, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]),
                        ctx.mentionByEnd[q] != nil
                    {
                        subjectFound = subjectEntity(q)
                        break
                    }
                    q -= 1
                }
            }
            // "X criticised the plan, accusing Y of …": a participle clause shares the main clause's subject
            // (not that of a clause inside it: "X urged the council to impose sanctions on Y, accusing it of …").
            let ingClause = start > a && tokens[start - 1].textIs(",") && RelationFinder.endsInIng(tokens[start].norm)
            // "X closed its border with Y, at Z, accusing …": a name after a preposition, read over the
            // commas of an aside, is no subject of the participle.
            // (Over a description before the name too: "to act against Armenian distiller X, accusing it of …".)
            func afterPreposition(_ nameStart: Int) -> Bool {
                var q = nameStart - 1
                while q > a, q >= nameStart - 5,
                    RelationFinder.determiners.contains(tokens[q])
                        || (tokens[q].kind == .word && tokens[q].isLowerInitial && Self.describesBeforeName.contains(tokens[q].tag))
                        || ctx.mentionByEnd[q + 1].map({ ctx.mentions[$0].isAdjective }) == true
                {
                    q = ctx.mentionByEnd[q + 1].map { ctx.mentions[$0].isAdjective ? ctx.mentions[$0].start - 1 : q - 1 } ?? (q - 1)
                }
                return q >= a && (tokens[q].normIsOne(of: "at", "to", "on", "with", "against") || tokens[q].normIsOne(of: "into", "from", "by", "over"))
            }
            if ingClause, let found = subjectFound, let m = ctx.mentionIndex(before: start),
                let named = (max(0, m - 6)...m).last(where: { ctx.owner[$0] >= 0 && ctx.entity($0) == found && ctx.mentions[$0].start >= a }),
                ctx.mentions[named].end < start, afterPreposition(ctx.mentions[named].start)
            {
                subjectFound = nil
            }
            if subjectFound == nil, ingClause {
                subjectFound = mainSubjectInSentence ?? lastSubjectInSentence ?? sentenceOpener(from: a, before: start)
            }
            // "Korvex questioned the account, saying …, and accused …": the sentence's first subject.
            if subjectFound == nil, start > a + 1, tokens[start - 1].normIs("and"), tokens[start - 2].textIs(",") {
                subjectFound = sentenceOpener(from: a, before: start)
            }
            if subjectFound == nil, start > a, tokens[start - 1].textIs(",") {
                subjectFound = finder.nearestLeft(ctx, before: start, from: a)
                // "Tarnia hit back at Velmar, accusing it of …": a name after a preposition is no subject of the participle.
                if ingClause, let m = ctx.mentionIndex(before: start), ctx.mentions[m].end >= start - 2, ctx.owner[m] >= 0,
                    ctx.entity(m) == subjectFound, afterPreposition(ctx.mentions[m].start)
                {
                    subjectFound = nil
                }
            }
            // "A lawyer for the families, X, filed a suit on Monday, accusing Y …": the clause finder's subject when the words
            // before the verb name none.
            if subjectFound == nil, !readFromClause, Self.clauseSubjectPredicates.contains(predicate),
                let reading = clauseSubject(at: start)
            {
                subjectFound = reading
            }
            // "The group threatened Y", "The government accused Y", "Police urged Y": a description opening its
            // sentence as the subject (``describedSubject(before:from:sentence:)``).
            if subjectFound == nil, Self.clauseSubjectPredicates.contains(predicate), !flags.contains(.denial) {
                subjectFound = describedSubject(before: start, from: a, sentence: s)
            }
            // "A and B closed their offices. They urged Y …": the names the sentence before opens with, each.
            var theyAlso: [Int] = []
            if subjectFound == nil, Self.clauseSubjectPredicates.contains(predicate), s > 0,
                case let group = openingGroup(before: start, from: a, sentence: s), group.count >= 2
            {
                subjectFound = group[0]
                theyAlso = Array(group.dropFirst())
            }
            // "The company denied the charge", "The army rejected the report": a description of the
            // accused of a recent accusation (an organization or a state) denies it.
            if subjectFound == nil, flags.contains(.denial), let accusation = describedDenier(before: start, from: a, sentence: s) {
                emit(accusation.accused, accusation.accuser, predicate, "denial-of-accusation:description", confidence: 0.6 * hedged(start - 3, end + 1))
                coveredUntil = end
                continue
            }
            // "All three deny the charges", "Both companies denied wrongdoing": each accused of the last accusation made
            // against that many.
            if subjectFound == nil, flags.contains(.denial), let group = quantifiedDeniers(before: start, from: a, sentence: s) {
                for accused in group.accused {
                    emit(accused, group.accuser, predicate, "denial-of-accusation:each", confidence: 0.6 * hedged(start - 3, end + 1))
                }
                coveredUntil = end
                continue
            }
            guard let subject = subjectFound else { continue }
            lastSubjectInSentence = subject
            // The first subject of a finite verb: "… urged the council to impose …" is no main clause's.
            if mainSubjectInSentence == nil {
                var q = start - 1
                while q > a, RelationFinder.auxiliaries.contains(tokens[q]) && !tokens[q].normIs("to") { q -= 1 }
                if q < a || !tokens[q].normIs("to") { mainSubjectInSentence = subject }
            }
            // "Germany and Italy urged …": the other coordinated subject acts too.
            var coSubjects: [Int] = []
            let subjectMention: Int? = {
                guard var index = ctx.mentionIndex(before: start) else { return nil }
                let stop = index - 10
                while index >= 0, index > stop {
                    if ctx.mentions[index].end <= start, ctx.owner[index] == subject, ctx.mentions[index].sentence == s { return index }
                    index -= 1
                }
                return nil
            }()
            // ("A and the B urged …": an article after "and"; "A and B (BX) urged …", "A (AX) and B urged …": an acronym in brackets.)
            let subjectConjunction = subjectMention.map { m -> Int in
                var before = ctx.mentions[m].start - 1
                if before > a + 2, tokens[before].textIs("("), let name = ctx.mentionByEnd[before], ctx.owner[name] >= 0, ctx.entity(name) == subject {
                    before = ctx.mentions[name].start - 1
                }
                // ("A and Lima-based B urged …": a place's hyphenated compound before the name.)
                if before > a + 2, tokens[before].kind == .word, tokens[before].isLowerInitial, tokens[before - 1].textIs("-"),
                    !tokens[before - 1].spaceBefore, !tokens[before].spaceBefore, let place = ctx.mentionByEnd[before - 1]
                {
                    before = ctx.mentions[place].start - 1
                }
                // ("A and the Chilean textile group B urged …": a description of up to four words, lower-case nouns
                // and demonyms, between an article and the name, one of them a lower-case noun.)
                var q = before
                var nouns = 0
                while q > a, q > before - 4 {
                    if let adjective = ctx.mentionByEnd[q + 1], ctx.mentions[adjective].isAdjective {
                        q = ctx.mentions[adjective].start - 1
                    } else if tokens[q].kind == .word, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]),
                        !RelationFinder.determiners.contains(tokens[q]), ctx.mentionByEnd[q + 1] == nil,
                        // ("A and a day later B urged …", "and the next day B": time, no description.)
                        !finder.lexicon.isWord(tokens[q], .timeWord), !tokens[q].normIsOne(of: "later", "earlier", "next", "day", "week")
                    {
                        nouns += 1
                        q -= 1
                    } else {
                        break
                    }
                }
                if nouns > 0, q > a, tokens[q].normIsOne(of: "the", "a"), tokens[q - 1].normIs("and") { return q - 1 }
                return before > a && tokens[before].normIs("the") ? before - 1 : before
            }
            func precededByPreposition(_ start: Int, from a: Int) -> Bool {
                var p = start - 1
                // (At most two determiners: a bounded look, as each verb of one subject asks it again.)
                while p >= a, p >= start - 3, RelationFinder.determiners.contains(tokens[p]) { p -= 1 }
                return p >= a && Self.subjectBlockingPrepositions.contains(tokens[p])
            }
            func nameBefore(_ conjunction: Int) -> Int? {
                if let m = ctx.mentionByEnd[conjunction] { return m }
                guard conjunction > a + 2, tokens[conjunction - 1].textIs(")"),
                    let open = (max(a, conjunction - 5)..<(conjunction - 1)).last(where: { tokens[$0].textIs("(") })
                else { return nil }
                return ctx.mentionByEnd[open]
            }
            if let conjunction = subjectConjunction, conjunction > a,
                tokens[conjunction].normIs("and"),
                let other = nameBefore(conjunction),
                // ("The United States and the European Union called on …": a state and a body act alike.)
                ctx.kind(other) == ctx.entities.kinds[subject]
                    || (ctx.kind(other).isOne(of: .country, .organization) && ctx.entities.kinds[subject].isOne(of: .country, .organization)),
                !ctx.mentions[other].isAdjective, ctx.entity(other) != subject,
                // ("A report on A and B urged …": a name after a preposition is no subject.)
                !precededByPreposition(ctx.mentions[other].start, from: a)
            {
                coSubjects.append(ctx.entity(other))
                // "A, B and C issued a statement urging …": the names before, one comma each, of the same sort.
                var listed = other
                while ctx.mentions[listed].start - 1 > a, tokens[ctx.mentions[listed].start - 1].textIs(","),
                    let before = ctx.mentionByEnd[ctx.mentions[listed].start - 1], ctx.owner[before] >= 0, !ctx.mentions[before].isAdjective,
                    ctx.kind(before).isOne(of: .country, .organization) && ctx.entities.kinds[subject].isOne(of: .country, .organization)
                        || ctx.kind(before) == ctx.entities.kinds[subject],
                    !precededByPreposition(ctx.mentions[before].start, from: a), coSubjects.count < 16
                {
                    let e = ctx.entity(before)
                    if e != subject, !coSubjects.contains(e) { coSubjects.append(e) }
                    listed = before
                }
            }
            for other in theyAlso where other != subject && !coSubjects.contains(other) { coSubjects.append(other) }
            if included.contains(subject) {
                for other in included where other != subject && !coSubjects.contains(other) { coSubjects.append(other) }
            }
            // "the convoy headed west toward the border", "the crisis led to protests", "ran for office": a
            // motion or a cause, no one led.
            if predicate == .leads, end < b, Self.motionWords.contains(tokens[end]) { continue }
            // "fought alongside government forces": an ally (the `alongside` pattern's tie), no enemy.
            if predicate == .fought, end < b, tokens[end].normIsOne(of: "alongside", "beside") { continue }
            var objectMention = finder.objectMention(ctx, after: end, to: b, skipLimit: 3)
            var demonymBody: Int?
            var apposedName = false
            // "accused its managing director, X, of …": the name the description is apposed to.
            if predicate == .accused || predicate == .urged || predicate == .threatened,
                let named = DescriptionResolver(ctx: ctx, memory: memory).appositiveName(after: end, to: b)
            {
                objectMention = named
                apposedName = true
            }
            // "X denied that any Chilean troops were in Peru": what is denied is a clause, not an actor.
            if flags.contains(.denial), end < b, tokens[end].normIs("that") { objectMention = nil }
            // ("called the charges against Korvex 'false'": the name is the claim's subject, the accuser is found below.)
            if judgedClaim != nil { objectMention = nil }
            // "accused the Ruritanian consulate of …", "accused an Ruritanian diplomat of …": a state's organ or official
            // named by the state's demonym alone stands for the state; "the Ruritanian company": the one body found in
            // that state (``demonymDescribed``).
            // (Not over a name apposed to the description: "accused the Velmari ambassador, X, of lying" is X.)
            if predicate == .accused || predicate == .urged || predicate == .threatened, !apposedName,
                let described = demonymDescribed(after: end, to: b, subject: subject)
            {
                objectMention = described.mention
                if let body = described.body {
                    objectMention = nil
                    demonymBody = body
                }
            }
            // "meet with the commander of U.S. Pacific Command": one meets the unnamed holder of an
            // office, not the organization; the name after "as well as (with)" is met too.
            if predicate == .metWith, objectMention.map({ ctx.kind($0) != .person }) ?? true,
                let unnamedEnd = finder.unnamedOfficeHolderEnd(ctx, after: end, to: b)
            {
                objectMention = nil
                if let q = finder.asWellAs(ctx, at: unnamedEnd, to: b) {
                    objectMention = finder.objectMention(ctx, after: q, to: b, skipLimit: 1)
                }
            }
            if objectMention == nil, predicate == .attacked {
                // "struck suspected hideouts of the Pakistani Taliban": the owner of what was hit.
                var q = end
                while q < b, q < end + 4,
                    RelationFinder.determiners.contains(tokens[q]) || (tokens[q].isLowerInitial && !RelationFinder.stopWords.contains(tokens[q]))
                {
                    q += 1
                }
                if q > end, q + 1 < b, tokens[q].normIs("of") {
                    objectMention = finder.objectMention(ctx, after: q + 1, to: b, skipLimit: 0)
                }
            }
            // "hosts Russian troops", "receives U.S. funding": the name only qualifies what is hosted or received,
            // no one met (a name's title is capitalized: "hosted Chinese President X" is a meeting).
            if objectMention == nil, predicate == .metWith, Self.hostingVerbs.contains(tokens[start]) {
                // "hosts military bases of the United States, France and Japan": the states after "of".
                var q = end
                while q < b, q < end + 3, tokens[q].isLowerInitial, !Self.hostedForces.contains(tokens[q]) { q += 1 }
                if q + 1 < b, Self.hostedForces.contains(tokens[q]), tokens[q + 1].normIs("of") {
                    objectMention = finder.objectMention(ctx, after: q + 2, to: b, skipLimit: 1)
                }
            }
            if let objectMention, predicate == .metWith, Self.hostingVerbs.contains(tokens[start]) {
                let mention = ctx.mentions[objectMention]
                // "hosts Russian troops", "hosts military bases of the United States": the state's forces are
                // deployed to the host.
                // (An object read back to a description before the verb, "The Velmar Group host the group", has none.)
                let forcesBefore = end < mention.start && (end..<mention.start).contains { Self.hostedForces.contains(tokens[$0]) }
                    && tokens[mention.start - 1].normIsOne(of: "of", "the", "from")
                // (Not a force's officer: "hosted a Norland force commander, General X".)
                let forcesAfter = mention.end < b && Self.hostedForces.contains(tokens[mention.end])
                    && !(mention.end + 1 < b && tokens[mention.end + 1].kind == .word && tokens[mention.end + 1].isLowerInitial
                        && !RelationFinder.stopWords.contains(tokens[mention.end + 1]))
                if forcesBefore || forcesAfter {
                    // Hosted by a state or a place (not "President X hosted Norland soldiers at her residence").
                    if tokens[start].normIsOne(of: "hosts", "hosted", "host"), ctx.entities.kinds[subject].isOne(of: .country, .location) {
                        // The states listed after "of": "of the United States, France and Japan" (a list closed by
                        // "and"; else the first only: "hosts troops of Norland, Tarvia said").
                        var states = [ctx.entity(objectMention)]
                        var m = objectMention
                        var closed = false
                        while forcesBefore, ctx.kind(m) == .country, states.count < 64 {
                            var next = ctx.mentions[m].end
                            guard next + 1 < b, tokens[next].textIs(",") || tokens[next].normIs("and") else { break }
                            let and = tokens[next].normIs("and") || tokens[next + 1].normIs("and")
                            next += tokens[next].normIs("and") ? 1 : (tokens[next + 1].normIs("and") ? 2 : 1)
                            if next < b, tokens[next].normIs("the") { next += 1 }
                            guard next < b, let following = ctx.mentionByStart[next], ctx.kind(following) == .country else { break }
                            states.append(ctx.entity(following))
                            m = following
                            if and {
                                closed = true
                                break
                            }
                        }
                        if ctx.kind(objectMention) == .country {
                            for state in closed ? states : [states[0]] {
                                emit(state, subject, .deployedTo, "verb:hosted-forces", confidence: confidence)
                            }
                        }
                    }
                    continue
                }
                // "receives U.S. funding": a demonym or a name before a noun (not "hosted Ana Kell yesterday").
                if mention.end < b {
                    let next = tokens[mention.end]
                    if next.kind == .word, next.isLowerInitial, [.noun, .nounPlural].contains(next.tag),
                        !RelationFinder.stopWords.contains(next), !RelationFinder.determiners.contains(next), !RelationFinder.dayWords.contains(next)
                    {
                        continue
                    }
                }
            }
            // "who chairs the Senate committee on …", "who heads Unity's group in parliament", "who commands the Guards'
            // naval forces": the head of a part of a body holds an office in the body (`role_in`), not its lead.
            if predicate == .leads, let objectMention, ctx.kind(objectMention) == .organization, !ctx.mentions[objectMention].isAdjective,
                ctx.entities.kinds[subject] == .person, case var q = ctx.mentions[objectMention].end, q < b
            {
                if tokens[q].normIs("'s") || tokens[q].text == "'" { q += 1 }
                var words = 0
                while q < b, words < 2, tokens[q].kind == .word, tokens[q].isLowerInitial, !Self.bodyPartNouns.contains(tokens[q]),
                    !RelationFinder.stopWords.contains(tokens[q])
                {
                    q += 1
                    words += 1
                }
                if q < b, Self.bodyPartNouns.contains(tokens[q]), tokens[q].isLowerInitial {
                    emit(subject, ctx.entity(objectMention), .roleIn, rule + ":part", confidence: confidence)
                    coveredUntil = end
                    continue
                }
            }
            if let objectMention, predicate.category == .structural, ctx.mentions[objectMention].end < b {
                // "leads a NATO battle group": the name only qualifies an unnamed thing.
                // ("heads the PASTEF party": the organization's own head noun.)
                let next = tokens[ctx.mentions[objectMention].end]
                if next.kind == .word, next.isLowerInitial, !RelationFinder.stopWords.contains(next),
                    !RelationFinder.auxiliaries.contains(next), !RelationFinder.determiners.contains(next),
                    !(lexicon.headKind(next) == .organization && ctx.kind(objectMention) == .organization),
                    // ("ready to help Peru find him", "helping the agency trace the funds": a bare verb after the one helped.)
                    !(predicate == .supports && end > start && tokens[end - 1].normIsOne(of: "help", "helps", "helped", "helping")
                        && (next.tag == .verbBase || next.tag == .verbPresent || helpedVerbObjectFollows(ctx.mentions[objectMention].end + 1, to: b)))
                {
                    continue
                }
            }
            // ("asked Interpol to help identify the group's members": the name is the object of the bare verb after
            // "help", not the one helped.)
            if predicate == .supports, let objectMention,
                let help = (start..<end).first(where: { tokens[$0].normIsOne(of: "help", "helps", "helped", "helping") }),
                help + 1 < ctx.mentions[objectMention].start, tokens[help + 1].tag.isOne(of: .verbBase, .verbPresent)
            {
                continue
            }
            var pronounTarget: Int? = demonymBody
            // Where a described object ("the government") ends, for a second object after it.
            var describedObjectEnd: Int?
            if objectMention == nil, end < b {
                // "urged him to …": the person named last (not the subject).
                let hasNext = end + 1 < b
                let isObjectPronoun =
                    tokens[end].normIs("him")
                    || (tokens[end].normIs("her")
                        && (!hasNext || tokens[end + 1].kind != .word || RelationFinder.stopWords.contains(tokens[end + 1])))
                // "Albanese, who hosted him": the person named before the subject.
                if isObjectPronoun, let person = ctx.lastPerson(before: end, other: subject) { pronounTarget = person }
                // "accused it of …", "urged it to …": the organization named last.
                if tokens[end].normIs("it"), hasNext, tokens[end + 1].normIs("of") || tokens[end + 1].normIs("to"),
                    predicate.category == .event,
                    var index = ctx.mentionIndex(before: end)
                {
                    let stop = index - 8
                    while index >= 0, index > stop {
                        if ctx.owner[index] >= 0, ctx.kind(index) == .organization, ctx.entity(index) != subject,
                            !ctx.mentions[index].isAdjective, !isVenue(index, from: a),
                            // (nor a dateline's credit: "LIMA (AP) - A dissident sued a spyware company in …, accusing it of …")
                            !(ctx.mentions[index].start > 0
                                && MentionFinder.isCreditThenDash(ctx.tokens, ctx.mentions[index].start - 1, ctx.tokens.count))
                        {
                            pronounTarget = ctx.entity(index)
                            break
                        }
                        index -= 1
                    }
                }
                // "…, accusing its southern neighbour of …": the one other state the sentence names before the verb.
                if pronounTarget == nil, predicate.category == .event, end + 1 < b, tokens[end].normIsOne(of: "its", "their"),
                    let noun = (end + 1..<min(b, end + 4)).first(where: { Self.neighbourNouns.contains(tokens[$0]) }),
                    (end + 1..<noun).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isLowerInitial && !RelationFinder.stopWords.contains(tokens[$0]) }),
                    ctx.entities.kinds[subject] == .country
                {
                    // (The mentions before the verb, found by a binary search and read back at most 32 of them,
                    // stopping at a second state: a sentence of thousands of such clauses stays linear.)
                    var states: [Int] = []
                    let before = sentenceMentions.partitionPoint { ctx.mentions[$0].end <= start }
                    for m in sentenceMentions[max(0, before - 32)..<before].reversed()
                    where ctx.owner[m] >= 0 && ctx.kind(m) == .country {
                        let e = ctx.entity(m)
                        if e != subject, !states.contains(e) { states.append(e) }
                        if states.count > 1 { break }
                    }
                    if states.count == 1 { pronounTarget = states[0] }
                }
                // "arrested A and B, accusing them of …": the people (else the bodies) named between the subject and a
                // participle after a comma. (At most 16 mentions read back, stopping at the subject's own.)
                if pronounTarget == nil, predicate.category == .event, tokens[end].normIs("them"), ingClause {
                    // (The participle is the main clause's act: its subject, not a name apposed to its objects.)
                    // ("The Velmar Bureau arrested A, and B, accusing them": the name that opens the sentence right before a verb.)
                    let opening = sentenceMentions.first.flatMap { m -> Int? in
                        let after = ctx.mentions[m].end
                        return ctx.owner[m] >= 0 && !ctx.mentions[m].isAdjective && ctx.mentions[m].start <= a + 1 && after < start
                            && tokens[after].tag.isOne(of: .verbPast, .verbThird) && ctx.kind(m).isOne(of: .person, .organization, .country)
                            ? ctx.entity(m) : nil
                    }
                    let actor = opening ?? mainSubjectInSentence ?? subject
                    var people: [Int] = []
                    var bodies: [Int] = []
                    let before = sentenceMentions.partitionPoint { ctx.mentions[$0].end <= start }
                    for m in sentenceMentions[max(0, before - 16)..<before].reversed() where ctx.owner[m] >= 0 && !ctx.mentions[m].isAdjective {
                        let e = ctx.entity(m)
                        if e == actor { break }
                        if ctx.kind(m) == .person, !people.contains(e) { people.append(e) }
                        if ctx.kind(m) == .organization, !bodies.contains(e) { bodies.append(e) }
                    }
                    let group = people.count >= 2 ? people : people.isEmpty && bodies.count >= 2 ? bodies : []
                    if !group.isEmpty {
                        for member in group.reversed() { emit(actor, member, predicate, rule + ":them-listed", confidence: confidence * 0.7) }
                        coveredUntil = end
                        continue
                    }
                }
                // ("asked both sides whether talks would resume": a question, no request; the paths below emit at once.)
                if Self.askVerbs.contains(tokens[start]),
                    let q = (end..<min(b, end + 10)).first(where: {
                        Self.askComplementWords.contains(tokens[$0])
                    }),
                    !tokens[q].normIsOne(of: "to", "for")
                {
                    continue
                }
                // "urged both sides", "called on all sides", "the two sides": the two parties of the text's dispute.
                if pronounTarget == nil, predicate.category == .event, end + 1 < b,
                    tokens[end].normIs("both") || (tokens[end].normIs("the") && tokens[end + 1].normIs("two"))
                        || (tokens[end].normIs("all") && tokens[end + 1].normIs("sides"))
                        // ("all parties to the conflict"; "urged all parties to respect the result" may mean a vote's parties)
                        || (tokens[end].normIs("all") && tokens[end + 1].normIs("parties") && end + 4 < b && tokens[end + 2].normIs("to")
                            && tokens[end + 3].normIs("the") && tokens[end + 4].normIsOne(of: "conflict", "fighting", "war", "dispute")),
                    let noun = Optional(tokens[end].normIs("the") ? (end + 2 < b ? tokens[end + 2].norm : "") : tokens[end + 1].norm),
                    let kinds = RelationFinder.partyNouns[noun]
                {
                    // (The parties of a dispute or a deal: not a designation, a backing or a speech.)
                    // ("urged both clans": two companies' dispute has no clans.)
                    // ("met both companies": two companies, not a regulator and one of them.)
                    if let pair = disputeParties(kinds, before: s, subject: subject),
                        !(Self.clanNouns.contains(noun) && (ctx.isCompany[pair.0] || ctx.isCompany[pair.1])),
                        !(Self.companyPartyNouns.contains(noun) && (isPublicBody(pair.0) || isPublicBody(pair.1)))
                    {
                        // ("The United States and the European Union called on both sides": each caller.)
                        for caller in [subject] + coSubjects where caller != pair.0 && caller != pair.1 {
                            emit(caller, pair.0, predicate, rule + ":both", confidence: confidence * 0.8)
                            emit(caller, pair.1, predicate, rule + ":both", confidence: confidence * 0.8)
                        }
                        coveredUntil = end
                        continue
                    }
                    // "called on both governments": with no such event found, the two states the text names
                    // most, when two stand out. (Not for "both sides": a state's mediator is named as often.)
                    if kinds == [.country], let pair = topTwo(kinds, before: end, other: subject) {
                        emit(subject, pair.0, predicate, rule + ":both-states", confidence: confidence * 0.7)
                        emit(subject, pair.1, predicate, rule + ":both-states", confidence: confidence * 0.7)
                        coveredUntil = end
                        continue
                    }
                }
                // "accused the two carriers", "urged both retailers", "urged the companies": the two organizations
                // last named joined by "and" ("Korvex Mining and its rival Tarsel Energy signed …").
                if pronounTarget == nil, predicate.category == .event, end + 1 < b, tokens[end].normIsOne(of: "the", "both"),
                    case let noun = tokens[end].normIs("the") && tokens[end + 1].normIs("two") ? end + 2 : end + 1, noun < b,
                    Self.pluralBodyNouns.contains(tokens[noun]), noun + 1 >= b || !tokens[noun + 1].isCapitalized,
                    ctx.mentionByStart[noun] == nil, let pair = coordinatedBodies(before: start, sentence: s, subject: subject),
                    // (After a bare "the", a noun of one kind of body only for a pair of that kind: "the unions" for two
                    // unions, not for two mining companies; "both banks", "the two carriers" name a pair anyway.)
                    tokens[end].normIs("both") || noun == end + 2 || Self.genericBodyNouns.contains(tokens[noun])
                        || [pair.0, pair.1].allSatisfy({ ctx.entities.name($0).lowercased().contains(String(tokens[noun].norm.dropLast())) })
                        // ("the operators" for two companies, "the unions" for two unions: the singular's sort, ``DescriptionResolver``.)
                        // (Or named with the singular beside the name: "the socialist union Korvex and the Christian union
                        // Tarsel" are the unions, whatever their names say.)
                        || DescriptionResolver.heads[String(tokens[noun].norm.dropLast())].map({ sort in
                            let resolver = DescriptionResolver(ctx: ctx, memory: memory)
                            return [pair.0, pair.1].allSatisfy { resolver.namedAs($0, sort) || resolver.namedWithWord($0, sort, before: start) }
                        }) == true
                {
                    emit(subject, pair.0, predicate, rule + ":described-pair", confidence: confidence * 0.7)
                    emit(subject, pair.1, predicate, rule + ":described-pair", confidence: confidence * 0.7)
                    coveredUntil = noun
                    continue
                }
                // "accused the three groups of …", "urged the five governments to …": the actors of a list of that
                // many named before (``numberedGroup``); "… and urged them to …" after it, the same actors.
                if pronounTarget == nil, predicate.category == .event,
                    let group = numberedGroup(at: end, to: b, before: start, sentence: s, subject: subject)
                        ?? (tokens[end].normIs("them") && sentenceGroup?.subject == subject ? sentenceGroup.map { ($0.members, end + 1) } : nil),
                    !Self.askVerbs.contains(tokens[start]) || (group.1 < b && tokens[group.1].normIsOne(of: "to", "for"))
                {
                    for member in group.0 { emit(subject, member, predicate, rule + ":numbered-group", confidence: confidence * 0.7) }
                    sentenceGroup = (subject, group.0)
                    coveredUntil = group.1 - 1
                    continue
                }
                // "urged them to reach a settlement": the two parties of the event just before.
                if pronounTarget == nil, predicate.category == .event, tokens[end].normIs("them"),
                    let last = memory.lastFound(
                        since: s - 2,
                        where: { r in
                            r.predicate.category == .event && r.predicate != .saidTo
                                && [r.source, r.target].allSatisfy { ctx.entities.kinds[$0].isOne(of: .country, .organization) }
                        }), last.source != subject, last.target != subject
                {
                    emit(subject, last.source, predicate, rule + ":them", confidence: confidence * 0.7)
                    emit(subject, last.target, predicate, rule + ":them", confidence: confidence * 0.7)
                    coveredUntil = end
                    continue
                }
                // "The United States condemned the attack": the attacker named last.
                if pronounTarget == nil, predicate == .accused, end + 1 < b, tokens[end].normIs("the"),
                    RelationFinder.attackNouns.contains(tokens[end + 1]),
                    let attack = memory.lastFound(since: s - 5, where: { $0.predicate == .attacked || $0.predicate == .killed }),
                    attack.source != subject, attack.target != subject
                {
                    pronounTarget = attack.source
                }
                // "Chile condemned the decision": the doer of the event the text opens with.
                if pronounTarget == nil, predicate == .accused, let lede, lede != subject, !memory.holdsOffice(subject, in: lede),
                    JudgementRules(finder: finder, ctx: ctx, lede: lede).eventNounEnd(at: end, to: b) != nil
                {
                    pronounTarget = lede
                }
                // "accused authorities in Port Velmar of …": the country of the place.
                if pronounTarget == nil, predicate.category == .event, let state = placedAuthorities(after: end, to: b, subject: subject) {
                    pronounTarget = state
                }
                // "accused the government of …": the country the text is about.
                // ("accused the army of …", "urged the health ministry to …")
                var stateNoun = end + 1
                if stateNoun + 1 < b, tokens[stateNoun].isLowerInitial, !RelationFinder.stopWords.contains(tokens[stateNoun]),
                    tokens[stateNoun + 1].normIsOne(of: "ministry", "government", "forces", "services")
                {
                    stateNoun += 1
                }
                let nounEnd = stateNoun + 1
                if pronounTarget == nil, predicate.category == .event, stateNoun < b, tokens[end].normIs("the"),
                    ["government", "regime", "authorities", "army", "military", "ministry", "police", "forces", "services"].contains(
                        tokens[stateNoun].norm),
                    nounEnd >= b || !tokens[nounEnd].isCapitalized, let mainCountry, mainCountry != subject,
                    !memory.holdsOffice(subject, in: mainCountry)
                {
                    pronounTarget = mainCountry
                    describedObjectEnd = nounEnd
                }
                // "urged parliament to …", "called on the state to …", "urged the country's leaders to …", "urged the
                // prime minister to …" (no name after the title): the country the text is about. (Not "the president
                // of the union", not a head named right after: "the president, Ana Lisk".)
                if pronounTarget == nil, predicate == .urged, let mainCountry, mainCountry != subject,
                    !memory.holdsOffice(subject, in: mainCountry), let noun = Self.stateStandIn(at: end, to: b, tokens),
                    // (Not the state's own official: "Zambia's Finance Minister X urged parliament to pass the budget".)
                    !namedAfterState(subjectMention, mainCountry)
                {
                    pronounTarget = mainCountry
                    describedObjectEnd = noun
                }
                // "accused the armed group of …", "urged the central bank to …": the organization named with the
                // description's words; "accused the union of …", "urged the group to …": the one actor of the
                // description's sort named or acting nearby, not the subject's own side (``DescriptionResolver``).
                if pronounTarget == nil, predicate == .accused || predicate == .urged || predicate == .threatened,
                    let found = DescriptionResolver(ctx: ctx, memory: memory).referent(
                        at: end, to: b, sentence: s, excluding: subject, chargeOf: predicate == .accused),
                    !found.bySort || !ownSide(of: subject, found.entity)
                {
                    pronounTarget = found.entity
                    if found.bySort { describedObjectEnd = found.end }
                }
                // "The Orange Democratic Movement, which Odinga leads": the relative clause's antecedent.
                if pronounTarget == nil, let m = subjectMention,
                    ctx.mentions[m].end == start || RelationFinder.auxiliaries.contains(tokens[ctx.mentions[m].end].norm)
                {
                    var q = ctx.mentions[m].start - 1
                    if q > a, tokens[q].normIs("the") { q -= 1 }
                    if q > a + 1, tokens[q].normIs("which") || tokens[q].normIs("whom"), tokens[q - 1].textIs(","),
                        let antecedent = ctx.mentionByEnd[q - 1], ctx.entity(antecedent) != subject
                    {
                        pronounTarget = ctx.entity(antecedent)
                    }
                }
            }
            // "asked the government to …", "requested the authorities to …": a request to a described state body or
            // a described actor of a sort (``DescriptionResolver``) followed by what is asked; a named one asked is the
            // frames' ("ask X V Y"), and "asked the minister whether …" no request.
            if Self.askVerbs.contains(tokens[start]) {
                // (A reporter's "asked the ministry for comment" asks nothing of it.)
                guard objectMention == nil, pronounTarget != nil, let objectEnd = describedObjectEnd, objectEnd < b,
                    tokens[objectEnd].normIs("to")
                        || (tokens[objectEnd].normIs("for") && objectEnd + 1 < b
                            && !Self.askedForNothing.contains(tokens[objectEnd + 1]))
                else { continue }
            }
            // "urged Prime Minister X's government to …", "accused X's party of …": the body X holds
            // an office in, not X; none known, no relation.
            if let m = objectMention, predicate.category == .event, let body = possessedBodyNoun(after: m, to: b) {
                guard let held = officeBody(of: ctx.entity(m), kind: body.kind, mention: m) else { continue }
                objectMention = nil
                pronounTarget = held
            }
            // "X bought 40 percent of Y", "A and B bought Korean air defence systems": a merger is
            // between two companies, one bought whole.
            if predicate == .mergedWith, !flags.contains(.noun) {
                guard let m = objectMention, !ctx.mentions[m].isAdjective, ctx.kind(m) == .organization,
                    ctx.entities.kinds[subject] == .organization,
                    !(end..<max(end, ctx.mentions[m].start)).contains(where: { Self.partWords.contains(tokens[$0]) })
                else { continue }
            }
            // "rejected claims by X that …", "denied a report by the newspaper X": the claim's named author is denied,
            // and, with a "that" clause, accuses it.
            if flags.contains(.denial), let claim = namedClaimAuthor(after: end, to: b), claim.author != subject,
                !memory.holdsOffice(subject, in: claim.author), !memory.holdsOffice(claim.author, in: subject)
            {
                let sure = hedged(start - 3, end + 1)
                emit(subject, claim.author, predicate, "denial-of-claim:author", confidence: 0.7 * sure)
                // (Any "that" clause, whether or not it names the denier: a claim a body or a state denies is mostly
                // about it, "denying claims by X that unpaid royalties had fuelled the dispute". Requiring the denier
                // or a pronoun in the clause lost 2 true accusations on the corpus and removed no false one.)
                if claim.thatClause, ctx.entities.kinds[subject].isOne(of: .organization, .country) {
                    memory.accusations.append((s, claim.author, subject))
                    emit(claim.author, subject, .accused, "claim-by:author", confidence: 0.6 * sure)
                }
                coveredUntil = end
                continue
            }
            guard var target = objectMention.map({ ctx.entity($0) }) ?? pronounTarget else {
                if predicate == .accused { memory.accusations.append((s, subject, -1)) }
                if flags.contains(.denial) {
                    func answered(within window: Int, strict: Bool = false, anyAccused: Bool = false) -> (sentence: Int, accuser: Int, accused: Int)? {
                        // (Not one by the denier's own state or body: "Kyrgyz President X rejected such accusations".)
                        // (Nor by the body named before the denier's title, "Korvex secretary general X denied …": the titles of
                        // the denier's own sentence are read after the verb patterns.)
                        let ownBody: Int? = subjectMention.flatMap { m in
                            ctx.titleByEnd[ctx.mentions[m].start].flatMap { title in ctx.mentionByEnd[title.start].map { ctx.entity($0) } }
                        }
                        // (The last ``maxAnsweredAccusations`` accusations of the window at most: a paragraph of charges read
                        // once per denial costs no scan of every charge of the text.)
                        let since = memory.recentAccusations(since: s - window, floor: memory.accusations.count - Self.maxAnsweredAccusations)
                        let recent = memory.accusations[since...].filter {
                            $0.accuser != subject && !memory.holdsOffice(subject, in: $0.accuser) && $0.accuser != ownBody
                        }
                        // "India's Commerce Ministry rejected …", "the Russian Foreign Ministry denied …": an organ of the accused.
                        func namesOrganOf(_ accused: Int) -> Bool {
                            guard let m = subjectMention else { return false }
                            let mention = ctx.mentions[m]
                            if let parent = mention.partOf, ctx.owner[parent] >= 0, ctx.entity(parent) == accused { return true }
                            // "The Kremlin rejected …": a state's organ the lexicon places in the accused state.
                            if let actor = mention.actor, let within = lexicon.actors[actor].within, ctx.entities.name(accused) == within {
                                return true
                            }
                            // "Korvex's chief executive, Anna Lisk, rejected …": the accused's office holder.
                            if mention.start >= a + 3, tokens[mention.start - 1].textIs(","), let title = ctx.titleByEnd[mention.start - 1],
                                title.start >= a + 2, tokens[title.start - 1].normIs("'s"),
                                ctx.mentionByEnd[title.start - 1].map({ ctx.entity($0) == accused }) == true
                            {
                                return true
                            }
                            return mention.start >= a + 2 && tokens[mention.start - 1].normIs("'s")
                                && ctx.mentionByEnd[mention.start - 1].map { ctx.entity($0) == accused } == true
                        }
                        // "His lawyer, X, denied the allegation", "A spokesman for the Velmar ministry, X,
                        // rejected the charge": X speaks for the accused (named there, or any).
                        let represented = subjectMention.flatMap { representedParties(of: $0, from: a) }
                        func speaksFor(_ accused: Int) -> Bool {
                            guard accused >= 0, accused != subject, let parties = represented else { return false }
                            // ("His lawyer": a person's; "Its spokesman": a body's.)
                            if tokens[a].normIs("his") || tokens[a].normIs("her") { return ctx.entities.kinds[accused] == .person }
                            if tokens[a].normIs("its") { return ctx.entities.kinds[accused] != .person }
                            return parties.isEmpty || parties.contains(accused)
                        }
                        // (Any accused, for "rejected the accusation" with no accusation of the denier's side read: the
                        // accused described, "accused the police of …", answered by a ministry or its spokesman.)
                        // (Not by one who speaks for a party, "His lawyer, X, …", "A lawyer for Korvex Bank, X, …": only for the
                        // accused, read below; "A spokesman for the ministry, X, …" only for an accused whose name holds the noun.)
                        if anyAccused {
                            guard represented == nil else { return nil }
                            var described: String?
                            if let m = subjectMention, ctx.mentions[m].start > a,
                                let noun = (a..<ctx.mentions[m].start).first(where: { Self.representativeNouns.contains(tokens[$0]) })
                            {
                                guard noun + 3 < ctx.mentions[m].start, tokens[noun + 1].normIs("for"), tokens[noun + 2].normIs("the") else {
                                    return nil
                                }
                                described = tokens[noun + 3].norm
                            }
                            return recent.last(where: { accusation in
                                accusation.accused >= 0 && accusation.accused != accusation.accuser
                                    && ctx.entities.kinds[accusation.accuser].isOne(of: .person, .organization, .country)
                                    && (described.map { word in
                                        ctx.entities.name(accusation.accused).lowercased().split(separator: " ").contains { $0 == word[...] }
                                    } ?? true)
                            })
                        }
                        return recent.last(where: {
                            $0.accused == subject || speaksFor($0.accused)
                                || ($0.accused >= 0
                                    && (memory.holdsOffice(subject, in: $0.accused)
                                        || memory.organs.contains(RelationFinder.OfficeKey(person: subject, actor: $0.accused))
                                        || namesOrganOf($0.accused)))
                        })
                            ?? (strict ? nil : recent.last(where: { $0.accused < 0 }))
                    }
                    // "… rejected the accusation": an accusation the text made earlier, against the denier itself.
                    // ("denied any wrongdoing", "rejected all the charges", "rejected such accusations": the same.)
                    var noun = end
                    while noun < min(b, end + 2), tokens[noun].normIsOne(of: "any", "all", "such", "these", "those") { noun += 1 }
                    if noun < b, tokens[noun].normIs("the") { noun += 1 }
                    // ("rejected the fund's claims": a description's claim; "denied any role in", "denied any link": a
                    // denied deed as definite as "any wrongdoing".)
                    if noun + 2 < b, noun > end, tokens[noun].isLowerInitial, tokens[noun + 1].normIs("'s"),
                        Self.accusationNouns.contains(tokens[noun + 2])
                    {
                        noun += 2
                    }
                    let definite =
                        judgedClaim != nil
                        || (noun < b
                            && ((noun > end && Self.accusationNouns.contains(tokens[noun])) || tokens[noun].normIs("wrongdoing")
                                || (noun > end && tokens[end].normIs("any") && Self.deniedDeedNouns.contains(tokens[noun]))))
                    // The last two sentences first, then one more ("…, denied any role" after a paragraph of detail).
                    // ("rejected the accusation", "denied the allegations": a claim noun after the determiner, not "wrongdoing".)
                    let namedAccusation = noun < b && noun > end && Self.accusationNouns.contains(tokens[noun])
                    if let accusation = answered(within: 2) ?? answered(within: 3) ?? (definite ? answered(within: 8, strict: true) : nil)
                        ?? (namedAccusation ? answered(within: 2, anyAccused: true) : nil)
                    {
                        emit(
                            subject, accusation.accuser, predicate, "denial-of-accusation", confidence: 0.7 * hedged(start - 3, end + 1)
                        )
                        // "A and B rejected the findings": both deny.
                        for other in coSubjects where other != accusation.accuser {
                            emit(
                                other, accusation.accuser, predicate, "denial-of-accusation:coordinated",
                                confidence: 0.6 * hedged(start - 3, end + 1))
                        }
                    } else if let found = claim(deniedBy: subject, objectAt: judgedClaim != nil ? start + 1 : end, sentence: s, to: b) {
                        // "Korvex Power rejected the criticism", "… rejected that account": no accusation read, but a
                        // claim about the denier that someone stated in the last sentences.
                        emit(subject, found.claimant, predicate, "denial-of-claim", confidence: 0.55 * hedged(start - 3, end + 1))
                        // The claim the denial rebuts was an accusation: "Anna Lisk said Korvex Power had falsified its
                        // records. Korvex Power denied wrongdoing." (a person or a body accused by a person or a body).
                        if let accused = found.accused, accused != found.claimant,
                            ctx.entities.kinds[found.claimant].isOne(of: .person, .organization, .country),
                            ctx.entities.kinds[accused].isOne(of: .person, .organization, .country)
                        {
                            emit(found.claimant, accused, .accused, "denial-of-claim:accusation", confidence: 0.5 * hedged(start - 3, end + 1))
                        }
                    }
                }
                continue
            }
            if flags.contains(.placeObject), !ctx.entities.kinds[target].isOne(of: .location, .country, .facility) { continue }
            if predicate == .killed, ctx.entities.kinds[target] != .person { continue }
            // "X founded Korvex Digital" ties X to a body; "founded Lima in 1535", "founded Chile's first online bank"
            // (a possessor) do not.
            if predicate == .affiliatedWith, end > start, tokens[end - 1].norm.hasPrefix("found") || tokens[end - 1].norm.hasSuffix("founded"),
                ctx.entities.kinds[target] != .organization
                    || objectMention.map({ ctx.mentions[$0].end < b && tokens[ctx.mentions[$0].end].normIs("'s") }) == true
            {
                continue
            }
            if flags.contains(.denial), ctx.entities.kinds[target] == .person || ctx.entities.kinds[target] == .country {
                if let accuser = memory.accusations[memory.recentAccusations(since: s - 2, floor: memory.accusations.count - Self.maxAnsweredAccusations)...].last(where: { $0.accused == subject })?.accuser {
                    target = accuser
                } else if ctx.entities.kinds[target] == .person, let objectMention,
                    ctx.mentions[objectMention].end >= b || tokens[ctx.mentions[objectMention].end].norm != "'s"
                {
                    // "dismissed Finance Minister X": a person is dismissed, not a claim.
                    continue
                }
            }
            // "X warned that its own side would …" (X's body, or the state that body belongs to): a threat
            // made, not received.
            if predicate == .threatened, end < b, tokens[end].normIs("that"), ownSide(of: subject, target) { continue }
            // "Police are investigating Lena Ortiz's death": the inquiry is into what befell the actor, no accusation
            // (as for the noun, "an investigation into …").
            if predicate == .accused, Self.inquiryVerbs.contains(tokens[start]), let objectMention,
                ctx.mentions[objectMention].end + 1 < b, tokens[ctx.mentions[objectMention].end].normIs("'s"),
                Self.harmNouns.contains(tokens[ctx.mentions[objectMention].end + 1])
            {
                continue
            }
            if predicate == .accused { memory.accusations.append((s, subject, target)) }
            // "The EU joined the United States in condemning the test": an act shared, no membership.
            if predicate == .memberOf || predicate == .roleIn, let objectMention,
                RelationFinder.sharedActFollows(tokens, at: ctx.mentions[objectMention].end, to: b)
            {
                continue
            }
            // "X, which reports to the council": a body answerable to another; a state answers to no body (a name
            // split from its body's, "the Panel of Experts on Chile, which reports to …", is the body's).
            if predicate == .memberOf, tokens[start].normIsOne(of: "reports", "answers"), ctx.entities.kinds[subject] != .organization {
                continue
            }
            var finalPredicate = predicate
            // "McCarthy joined Lockheed Martin": a person holds a job; a state or unit is a member.
            if predicate == .memberOf, ctx.entities.kinds[subject] == .person { finalPredicate = .roleIn }
            if predicate == .roleIn, ctx.entities.kinds[subject] != .person { finalPredicate = .memberOf }
            // "X, who heads the Korvex Bank's legal department", "runs Tarvo Mining's Chilean unit": a person who leads a
            // unit of the body the possessive names holds an office in that body, not its headship.
            if predicate == .leads, ctx.entities.kinds[subject] == .person, let objectMention,
                ctx.mentions[objectMention].end + 1 < b, tokens[ctx.mentions[objectMention].end].normIs("'s"),
                (tokens[ctx.mentions[objectMention].end + 1].isLowerInitial && tokens[ctx.mentions[objectMention].end + 1].kind == .word)
                    || ctx.mentionByStart[ctx.mentions[objectMention].end + 1].map { ctx.mentions[$0].isAdjective } == true
            {
                finalPredicate = .roleIn
            }
            if flags.contains(.reverse) {
                // "Tata Group, which owns Jaguar Land Rover"
                if !(predicate == .memberOf && ctx.entities.kinds[subject] == .person) {
                    emit(target, subject, predicate, rule, confidence: confidence)
                } else if ctx.entities.kinds[target] == .organization {
                    // "Lena Ortiz, who owns Korvex Media": the owner is tied to the body.
                    emit(target, subject, .affiliatedWith, rule + ":owner", confidence: confidence)
                }
                coveredUntil = end
                continue
            }
            // "Halbrand Group controls Korvex": the company is Halbrand's, no territory held.
            if predicate == .controls, ctx.entities.kinds[target] == .organization {
                if ctx.entities.kinds[subject] == .organization {
                    emit(target, subject, .memberOf, rule + ":company", confidence: confidence)
                }
                coveredUntil = end
                continue
            }
            emit(subject, target, finalPredicate, rule, confidence: confidence)
            // "urged Sudan's army and the paramilitary Rapid Support Forces": a coordinated second object
            // (after a name, or after "the government" standing for the text's country).
            if let objectEnd = objectMention.map({ ctx.mentions[$0].end }) ?? describedObjectEnd, predicate.category == .event {
                var q = objectEnd
                if q < b, tokens[q].normIs("'s") {
                    q += 1
                    while q < b, q < objectEnd + 4, tokens[q].isLowerInitial,
                        !RelationFinder.stopWords.contains(tokens[q])
                    { q += 1 }
                }
                // ("… as well as with Y": the same.)
                let asWellAs = finder.asWellAs(ctx, at: q, to: b)
                if let after = asWellAs ?? (q + 1 < b && tokens[q].normIs("and") ? q + 1 : nil),
                    RelationFinder.determiners.contains(tokens[after]) || tokens[after].isCapitalized,
                    let second = finder.object(ctx, after: after, to: b, skipLimit: 1), second != subject, second != target,
                    (ctx.entities.kinds[second] == .person) == (ctx.entities.kinds[target] == .person)
                {
                    emit(subject, second, finalPredicate, rule + ":second-object", confidence: confidence * 0.9)
                }
            }
            for other in coSubjects where !predicate.isSymmetric {
                emit(other, target, finalPredicate, rule + ":coordinated", confidence: confidence * 0.9)
            }
            // "accused Rwanda of backing the M23": the alleged act, as an allegation.
            if predicate == .accused, let objectMention, ctx.mentions[objectMention].end + 1 < b,
                tokens[ctx.mentions[objectMention].end].normIs("of")
            {
                var gerund = ctx.mentions[objectMention].end + 1
                // ("of financing and arming Y": the gerund after "and" when the first has no pattern.)
                if !matches.contains(where: { $0.start == gerund }), gerund + 2 < b, tokens[gerund].norm.hasSuffix("ing"),
                    tokens[gerund + 1].normIs("and"), tokens[gerund + 2].norm.hasSuffix("ing")
                {
                    gerund += 2
                }
                if let (_, gerundEnd, q) = matches.first(where: { $0.start == gerund }), tokens[gerund].norm.hasSuffix("ing"),
                    !lexicon.lexicon.verbs[q].flags.contains(.noun), lexicon.lexicon.verbs[q].predicate != .accused,
                    let alleged = finder.object(ctx, after: gerundEnd, to: b, skipLimit: 2)
                {
                    emit(
                        target, alleged, lexicon.lexicon.verbs[q].predicate, "alleged:" + lexicon.lexicon.verbs[q].predicate.name,
                        confidence: 0.5)
                }
            }
            coveredUntil = end
        }
    }
}

extension RelationFinder {
    /// The `[verbs]` patterns matched in each sentence, preferred ones first where several
    /// start at one token.
    func verbMatches(_ seg: Segmentation) -> VerbMatches {
        let tokens = seg.tokens
        var matches = VerbMatches()
        for (s, sentence) in seg.sentences.enumerated() {
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                // "U.S. investment fund Tarvo Capital": a company's noun before its name, no verb.
                // (Asked only of a word that opens a pattern, its own word first: a list look-up per token was ~0.3 %.)
                func describesName() -> Bool {
                    i > sentence.tokens.lowerBound && i + 1 < sentence.tokens.upperBound && tokens[i].normIsOne(of: "fund", "funds")
                        && Self.fundModifiers.contains(tokens[i - 1]) && tokens[i + 1].isCapitalized
                }
                if tokens[i].kind == .word, let candidates = lexicon.verbs(startingWith: tokens[i]), !describesName() {
                    var found: [(Int, Int, Int)] = []
                    for p in candidates {
                        if let end = match(lexicon.verbWords[p], tokens, i, sentence.tokens.upperBound) {
                            found.append((i, end, p))
                        }
                    }
                    lexicon.preferred(&found)
                    matches.append(contentsOf: found, sentence: s)
                }
                i += 1
            }
        }
        matches.cutToCount()
        return matches
    }

    /// Words that make "fund" a noun before a name: "investment fund X", "sovereign wealth fund X".
    static let fundModifiers: WordSet = [
        "investment", "hedge", "pension", "wealth", "equity", "venture", "index", "infrastructure", "mutual", "sovereign", "vulture",
    ]

    /// Matches a pattern's words at `i`; returns the end of the match.
    func match(_ words: [[String]], _ tokens: Tokens, _ i: Int, _ end: Int) -> Int? {
        var k = i
        for (w, forms) in words.enumerated() {
            // "agreed on Monday to merge": time expressions inside a phrase.
            while w > 0, k < end {
                if tokens[k].normIs("on"), k + 1 < end, tokens[k + 1].isCapitalized, lexicon.isWord(tokens[k + 1], .nonName) {
                    k += 2
                } else if tokens[k].isCapitalized, lexicon.isWord(tokens[k], .nonName), !forms.contains(tokens[k].norm) {
                    k += 1
                } else if Self.dayWords.contains(tokens[k]), !forms.contains(tokens[k].norm) {
                    // "a meeting today with"
                    k += 1
                } else {
                    break
                }
            }
            if k < end, tokens[k].kind == .number || (tokens[k].kind != .word && Self.currencySigns.contains(tokens[k].text)),
                forms.contains("#")
            {
                // "#" is an amount: "3", "$10 billion", "2.4 billion euro".
                k += 1
                while k < end, tokens[k].kind == .number || Self.amountWords.contains(tokens[k]) { k += 1 }
            } else if k < end, tokens[k].kind == .word || tokens[k].kind == .punctuation, forms.contains(tokens[k].norm) {
                k += 1
            } else if forms.contains("") && w > 0 {
                continue
            } else {
                return nil
            }
        }
        return k
    }
}
