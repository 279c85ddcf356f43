import NewsGraph

/// The phrase readers every rule family shares: the subject left of a verb, the object right
/// of it, an agent after "by", a noun's agent before it, coordinated names, an apposition's
/// head, a definite description ("the ministry") and a title's holder.
extension RelationFinder {
    /// How much a hedge ("reportedly") or a negation near tokens `lo..<hi` of a sentence
    /// (`a..<b`) lowers a relation's confidence.
    func hedged(_ lo: Int, _ hi: Int, from a: Int, to b: Int, _ tokens: Tokens) -> Double {
        var factor = 1.0
        for k in max(a, lo)..<min(b, hi) {
            let t = tokens[k]
            guard t.kind == .word, t.isLowerInitial else { continue }
            if lexicon.lexicon.hedges.contains(t.norm) { factor = min(factor, 0.6) }
        }
        for k in max(a, lo - 3)..<min(b, lo + 3) where Self.negations.contains(tokens[k]) || tokens[k].norm.hasSuffix("n't") {
            factor = min(factor, 0.3)
        }
        return factor
    }

    /// Adverbs of time that stand between a perfect's "has"/"have"/"had" and its participle ("has since accused", "had
    /// long blamed", "has ever supported"); as prepositions or adjectives elsewhere they are no auxiliaries.
    static let perfectAdverbs: WordSet = ["since", "long", "first", "ever"]

    /// The subject left of `position`: the nearest entity, across one apposition
    /// ("X, head of Y, said"), over auxiliaries and adverbs; "he"/"she" resolved by `pronoun`.
    func subject(_ ctx: Context, before position: Int, from a: Int, pronoun: (Int) -> Int?) -> Subject {
        let tokens = ctx.tokens
        var p = position - 1
        if let antecedent = relativeAntecedent(ctx, before: position, from: a) { return .entity(antecedent) }
        var jumped = false
        var steps = 0
        while p >= a, steps < 12 {
            steps += 1
            if let m = ctx.mentionByEnd[p + 1] {
                // "Houthi rebels in Yemen launched": the place only locates the subject.
                let start = ctx.mentions[m].start
                let placeKind = ctx.kind(m) == .location || ctx.kind(m) == .country
                if placeKind, !ctx.mentions[m].isAdjective, start - 2 >= a,
                    tokens[start - 1].normIsOne(of: "in", "from", "near", "inside"), tokens[start - 2].isLowerInitial,
                    !Self.stopWords.contains(tokens[start - 2]),
                    case .entity(let e) = subject(ctx, before: start - 1, from: a, pronoun: pronoun),
                    !ctx.entities.kinds[e].isOne(of: .location, .country) || ctx.mentionByEnd[start - 2] != nil
                        // ("Russia's embassy in Helsinki dismissed …": the state whose body it is.)
                        || (start - 3 > a && tokens[start - 3].normIs("'s") && ctx.mentionByEnd[start - 3] != nil)
                {
                    return .entity(e)
                }
                return .entity(personBeforeOf(ctx, m, from: a) ?? ctx.entity(m))
            }
            let t = tokens[p]
            if Self.personPronouns.contains(t) { return pronoun(p).map { .entity($0) } ?? .none }
            if t.normIs("it"), !t.inQuote { return openingActor(ctx, before: p).map { .entity($0) } ?? .none }
            if t.normIs("we") || t.normIs("i"), t.inQuote { return .speaker }
            if t.normIsOne(of: "after", "before", "while", "when", "since"), p + 1 == position, tokens[position].norm.hasSuffix("ing") {
                // "Pistorius said on Monday after meeting his counterpart": the main clause's subject.
                return .speaker
            }
            if t.textIs(")") {
                // "The Kalmari press office (KPFO) urged …": the name in brackets names the subject
                // the words before it only describe.
                if let m = ctx.mentionByEnd[p], ctx.owner[m] >= 0, ctx.mentions[m].start > a, tokens[ctx.mentions[m].start - 1].textIs("("),
                    !ctx.mentions[m].isAdjective, ctx.kind(m) == .organization
                {
                    return .entity(ctx.entity(m))
                }
                // "The Russian Federal Security Service (FSB) accuses …"
                var q = p - 1
                while q >= a, !tokens[q].textIs("(") { q -= 1 }
                guard q > a else { return .none }
                p = q - 1
                continue
            }
            if t.textIs(","), p + 1 < position, tokens[p + 1].normIsOne(of: "who", "which") {
                // "Banda, who leads …"
                p -= 1
                continue
            }
            if let m = anaphor(ctx, at: p, requireArticle: true) { return .entity(ctx.entity(m)) }
            if t.kind == .word, t.isLowerInitial, !Self.stopWords.contains(t),
                !Self.auxiliaries.contains(t), p - 1 >= a
            {
                // "EU observers met", "Myanmar's government denied": a named modifier of the subject.
                if let m = ctx.mentionByEnd[p], !ctx.mentions[m].isAdjective || Self.governmentNouns.contains(t) {
                    // ("Korvex Relief, a Tarvel Union agency based in Lima": the body the description is apposed to is
                    // the seat participle's subject, when that body opens its clause: not "In a letter to Korvex Relief,
                    // the Tarvel Union agency based in Lima said …", nor a finite verb's subject.)
                    let start = ctx.mentions[m].start
                    if position < tokens.count, StructureRules.seatWords.contains(tokens[position]),
                        start - 3 >= a, tokens[start - 1].normIsOne(of: "a", "an", "the"), tokens[start - 1].isLowerInitial,
                        tokens[start - 2].textIs(","), let named = ctx.mentionByEnd[start - 2], ctx.owner[named] >= 0,
                        ctx.kind(named) == .organization, ctx.kind(m) == .organization, !ctx.mentions[named].isAdjective
                    {
                        // (Where the apposed body does not open its clause, the participle has no subject we can read:
                        // not the bloc either.)
                        return StructureRules.opensClause(ctx.mentions[named].start, from: a, tokens) ? .entity(ctx.entity(named)) : .none
                    }
                    // ("Senator Lena Ortiz of the Korvex alliance said": the senator.)
                    return .entity(personBeforeOf(ctx, m, from: a) ?? ctx.entity(m))
                }
                // "Afghan border forces fired": a state's instrument behind one or two more words.
                if Self.governmentNouns.contains(t) {
                    var q = p - 1
                    while q > a, q >= p - 2, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q]),
                        !Self.auxiliaries.contains(tokens[q])
                    {
                        // ("The Velmari rebel forces attacked": fighters against the state, not its instrument.)
                        if VerbRules.notStateModifiers.contains(tokens[q]) { return .none }
                        if let m = ctx.mentionByEnd[q], ctx.mentions[m].isAdjective, ctx.kind(m) == .country {
                            return .entity(ctx.entity(m))
                        }
                        q -= 1
                    }
                    // "Peru's military government said": a state's possessive before the words.
                    if p >= a + 3, let k = (max(a + 1, p - 3)..<(p - 1)).last(where: { tokens[$0].normIs("'s") }),
                        ((k + 1)..<p).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isLowerInitial && !Self.stopWords.contains(tokens[$0]) }),
                        let m = ctx.mentionByEnd[k], ctx.kind(m) == .country
                    {
                        return .entity(ctx.entity(m))
                    }
                }
                if tokens[p - 1].normIs("'s"), let m = ctx.mentionByEnd[p - 1] { return .entity(ctx.entity(m)) }
                // "Chile's foreign ministry rejected …", "Peru's state oil company said": the possessor of a body
                // described by one adjective before its noun.
                if p - 2 > a, tokens[p - 2].normIs("'s"), tokens[p - 1].isLowerInitial, tokens[p - 1].tag == .adjective,
                    lexicon.headKind(t) == .organization || Self.bodyNouns.contains(t) || Self.stateBodyNouns.contains(t),
                    let m = ctx.mentionByEnd[p - 2], !ctx.mentions[m].isAdjective
                {
                    return .entity(ctx.entity(m))
                }
            }
            // "Its chief executive, Lin Wei-ting, told": the name in the apposition is the subject.
            if t.textIs(","), !jumped, p > a, let m = ctx.mentionByEnd[p], ctx.kind(m) == .person, ctx.mentions[m].start > a,
                tokens[ctx.mentions[m].start - 1].textIs(",")
            {
                return .entity(ctx.entity(m))
            }
            if t.textIs(","), !jumped {
                var q = p - 1
                while q >= a, !tokens[q].textIs(","), tokens[q].kind != .quote { q -= 1 }
                guard q >= a, tokens[q].textIs(",") else { return .none }
                jumped = true
                p = q - 1
                continue
            }
            if t.kind == .word,
                Self.auxiliaries.contains(t) || (t.norm.hasSuffix("ly") && t.text.first?.isLowercase == true)
                    || lexicon.isWord(t, .nonName) && t.isCapitalized && p > a
                    // "The agency has since accused …", "X had long blamed …": an adverb of time right after "has"/"had".
                    || (Self.perfectAdverbs.contains(t) && p > a && tokens[p - 1].normIsOne(of: "has", "have", "had"))
            {
                p -= 1
                continue
            }
            if t.kind == .number { p -= 1; continue }
            return .none
        }
        return .none
    }

    /// "Senator Lena Ortiz of the Korvex Party accused …", "Lena Ortiz of the Korvex alliance said", "Judge
    /// Ana Ferreira of Portugal urged …": the person named right before "of [the]" and a body or a place,
    /// which only places the person, is the subject, not the body or place (the person's `member_of` the
    /// body is read elsewhere).
    func personBeforeOf(_ ctx: Context, _ m: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        var k = ctx.mentions[m].start - 1
        guard ctx.kind(m).isOne(of: .organization, .location, .country), !ctx.mentions[m].isAdjective, k > a else { return nil }
        // ("Senator Lena Ortiz of the opposition Korvex bloc", "of the ruling Unity Party": one or two words describe
        // the body after its article.)
        var described = k
        while described > a, described >= k - 1, tokens[described].kind == .word, tokens[described].isLowerInitial,
            !tokens[described].normIs("the"), !Self.stopWords.contains(tokens[described]), ctx.mentionByEnd[described + 1] == nil
        {
            described -= 1
        }
        if described < k, tokens[described].normIs("the") { k = described }
        if tokens[k].normIs("the") { k -= 1 }
        guard k > a, tokens[k].normIs("of"), tokens[k].isLowerInitial, let person = ctx.mentionByEnd[k],
            ctx.owner[person] >= 0, ctx.kind(person) == .person, !ctx.mentions[person].isAdjective
        else { return nil }
        return ctx.entity(person)
    }

    /// "The Korvex Union, whose chairman, Lena Ortiz, runs a mill, urged …": the name (or the name before its
    /// short name in brackets, "The Korvex Union (KU), which …") before a relative clause that holds commas of its own and ends at the comma before `position` (the
    /// subject reader crosses one comma only, and would take the name inside the clause).
    func relativeAntecedent(_ ctx: Context, before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        guard position - 2 > a, tokens[position - 1].textIs(",") else { return nil }
        var commas = 0
        var k = position - 2
        while k > a, k > position - 40 {
            let t = tokens[k]
            if t.kind == .quote || t.kind == .dash || t.text == ";" || t.textIs(":") { return nil }
            if t.textIs(",") {
                if tokens[k + 1].normIsOne(of: "who", "whose", "which") {
                    // ("The Korvex Union (KU), which …, urged": the name before its short name in brackets.)
                    var end = k
                    if end - 2 > a, tokens[end - 1].textIs(")"), let open = ((max(a, end - 8))..<(end - 1)).last(where: { tokens[$0].textIs("(") }),
                        ctx.mentionByEnd[open] != nil
                    {
                        end = open
                    }
                    guard commas > 0, let m = ctx.mentionByEnd[end], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective else { return nil }
                    return ctx.entity(m)
                }
                commas += 1
            }
            k -= 1
        }
        return nil
    }

    /// The first entity right of `position`, over determiners, titles and a few adjectives.
    func object(_ ctx: Context, after position: Int, to b: Int, skipLimit: Int, skipAdjectives: Bool = false) -> Int? {
        objectMention(ctx, after: position, to: b, skipLimit: skipLimit, skipAdjectives: skipAdjectives).map { ctx.entity($0) }
    }

    /// The head word of a mention: the word before its first "of"/"on"/"for", or its last word.
    func headToken(_ m: MentionCandidate) -> Int {
        // Tokens are not available here without context; callers pass mentions of the same segmentation.
        m.headIndex ?? (m.end - 1)
    }

    /// The mention behind ``object(_:after:to:skipLimit:skipAdjectives:)``. For a definite description ("the
    /// group") it is the description's antecedent, which stands before `position`.
    func objectMention(_ ctx: Context, after position: Int, to b: Int, skipLimit: Int, skipAdjectives: Bool = false) -> Int? {
        let tokens = ctx.tokens
        var p = position
        var skipped = 0
        while p < b {
            if let m = ctx.mentionByStart[p] {
                let end = ctx.mentions[m].end
                // A country naming a title holder: "Chinese President Xi Jinping".
                if let title = ctx.titleByStart[end] {
                    // "Saudi Foreign Minister Prince Faisal": over a second title.
                    let after = ctx.titleByStart[title.end]?.end ?? title.end
                    if let holder = ctx.mentionByStart[after] { return holder }
                }
                if end + 1 < b, tokens[end].isLowerInitial, !Self.stopWords.contains(tokens[end]),
                    let title = ctx.titleByStart[end + 1], let holder = ctx.mentionByStart[title.end], ctx.kind(holder) == .person
                {
                    return holder
                }
                if let title = ctx.titleByStart[end], title.end + 1 < b, tokens[title.end].textIs(","),
                    let holder = ctx.mentionByStart[title.end + 1], ctx.kind(holder) == .person
                {
                    return holder
                }
                // A modifier in a compound ("Iran-backed") or an adjective before an unnamed actor.
                let isCompound = end + 1 < b && tokens[end].textIs("-") && !tokens[end].spaceBefore
                // "Syria's northwestern region of Afrin": the place, not the country.
                if end + 1 < b, tokens[end].normIs("'s") {
                    var q = end + 1
                    var sawPlace = false
                    while q < b, q < end + 5, tokens[q].isLowerInitial, !tokens[q].normIs("of") {
                        if Self.placeNouns.contains(tokens[q]) { sawPlace = true }
                        q += 1
                    }
                    if sawPlace, q + 1 < b, tokens[q].normIs("of"), let n = ctx.mentionByStart[q + 1] { return n }
                }
                // "the Iranian regime" is Iran; "a Philippine supply boat" names no actor.
                var describes = false
                if ctx.mentions[m].isAdjective, end < b, tokens[end].isLowerInitial, !Self.governmentNouns.contains(tokens[end]),
                    !Self.stopWords.contains(tokens[end])
                {
                    describes = true
                    // "Ukrainian naval ships", "a Philippine supply boat": the state's instrument.
                    if end + 1 < b, tokens[end + 1].isLowerInitial, Self.governmentNouns.contains(tokens[end + 1]) {
                        describes = false
                    }
                }
                // "accused Mopani's owner, the International Resources Holding": the apposition names the actor.
                if end + 3 < b, tokens[end].normIs("'s"), !ctx.mentions[m].isAdjective {
                    var q = end + 1
                    while q < b, q < end + 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q]) { q += 1 }
                    if q > end + 1, q + 1 < b, tokens[q].textIs(",") {
                        q += 1
                        if tokens[q].normIs("the") { q += 1 }
                        if q < b, let n = ctx.mentionByStart[q], !ctx.mentions[n].isAdjective { return n }
                    }
                }
                // "with South Korea's Hanwha Aerospace", "met China's President Xi": the possessed name.
                if end + 1 < b, tokens[end].normIs("'s"), !ctx.mentions[m].isAdjective {
                    if let n = ctx.mentionByStart[end + 1], !ctx.mentions[n].isAdjective { return n }
                    if let title = ctx.titleByStart[end + 1], let holder = ctx.mentionByStart[title.end], ctx.kind(holder) == .person {
                        return holder
                    }
                }
                if isCompound || describes || (skipAdjectives && ctx.mentions[m].isAdjective) {
                    skipped += 1
                    if skipped > skipLimit + 1 { return nil }
                    p = isCompound ? end + 2 : end
                    continue
                }
                return m
            }
            if let title = ctx.titleByStart[p] {
                p = title.end
                continue
            }
            let t = tokens[p]
            if t.normIs("that"), skipped > 0 { return nil }
            if t.normIs("the"), p + 1 < b, let m = anaphor(ctx, at: p + 1, requireArticle: true, asObject: true) {
                // "the federation", "the ministry": the organization named before with that head word.
                return m
            }
            if Self.determiners.contains(t) {
                p += 1
                continue
            }
            if t.isCapitalized, lexicon.isWord(t, .nonName), !lexicon.isWord(t, .timeWord) {
                // "the Kurdish YPG militia"
                p += 1
                continue
            }
            if t.kind == .word, !Self.stopWords.contains(t), t.isLowerInitial,
                skipped < skipLimit
            {
                skipped += 1
                p += 1
                continue
            }
            // "by former vice-president X": a hyphen inside a lower-case compound is no word of its own.
            if t.textIs("-"), !t.spaceBefore, p > position, tokens[p - 1].isLowerInitial, tokens[p - 1].kind == .word,
                p + 1 < b, tokens[p + 1].isLowerInitial, !tokens[p + 1].spaceBefore
            {
                p += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// The agent after a passive or noun: "by X", "attributed to X", "carried out by X".
    func byAgent(_ ctx: Context, after position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position
        while p < b, p < position + 12 {
            if tokens[p].textIs(",") || tokens[p].text == ";" || tokens[p].kind == .quote { return nil }
            if tokens[p].normIs("by") || (tokens[p].normIs("to") && p > 0 && tokens[p - 1].normIsOne(of: "attributed", "blamed")) {
                // "by officers of the National Police Service", "by two soldiers of the Velmar Armed Forces": the body
                // its people serve.
                if let body = servingBody(ctx, after: p + 1, to: b) { return body }
                // "by Japanese investment group SoftBank", "by general secretary Goodwell Kaluba"
                return object(ctx, after: p + 1, to: b, skipLimit: 0)
                    ?? objectMention(ctx, after: p + 1, to: b, skipLimit: 3).flatMap { m in
                        // Only a name that ends the phrase: not "by the group's leaders".
                        let end = ctx.mentions[m].end
                        return end >= b || !tokens[end].isLowerInitial || Self.stopWords.contains(tokens[end]) ? ctx.entity(m) : nil
                    }
                    ?? {
                        // "commanded by his former deputy, Mohamed Hamdan Dagalo"
                        var q = p + 1
                        while q < b, q < p + 5, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q]) { q += 1 }
                        guard q > p + 1, q + 1 < b, tokens[q].textIs(","), let m = ctx.mentionByStart[q + 1], ctx.kind(m) == .person else {
                            return nil
                        }
                        return ctx.entity(m)
                    }()
            }
            p += 1
        }
        return nil
    }

    /// Nouns of the people who serve a body and act for it: "officers of the National Police Service".
    static let servingNouns: WordSet = [
        "officers", "officer", "soldiers", "soldier", "troops", "members", "member", "fighters", "fighter", "militants",
        "gunmen", "agents", "personnel", "policemen", "guards",
    ]

    /// The organization or state named after "of" when the words at `position` are such people: "(two police) officers
    /// of the National Police Service" (at most two lower-case words or a number before the noun; the name ends the
    /// phrase, not "members of the Velmar Front's youth wing").
    func servingBody(_ ctx: Context, after position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var q = position
        while q < b, q < position + 3, !Self.servingNouns.contains(tokens[q]),
            tokens[q].kind == .number || tokens[q].kind == .word && tokens[q].isLowerInitial && !Self.stopWords.contains(tokens[q])
        {
            q += 1
        }
        guard q + 2 < b, Self.servingNouns.contains(tokens[q]), tokens[q + 1].normIs("of") else { return nil }
        q += 2
        if tokens[q].normIs("the") { q += 1 }
        guard q < b, let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
            ctx.kind(m).isOne(of: .organization, .country)
        else { return nil }
        let end = ctx.mentions[m].end
        guard end >= b || !tokens[end].normIs("'s") else { return nil }
        return ctx.entity(m)
    }

    /// The agent before a noun: "US air strikes", "Turkey's January attack".
    func nounAgent(_ ctx: Context, before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        var steps = 0
        while p >= a, steps < 4 {
            if let m = ctx.mentionByEnd[p + 1] { return ctx.entity(m) }
            let t = tokens[p]
            let lowerWord = t.kind == .word && (t.isLowerInitial) && !Self.stopWords.contains(t)
            guard
                lowerWord || t.normIs("'s") || t.kind == .number || Self.currencySigns.contains(t.text)
                    || lexicon.isWord(t, .nonName) && t.isCapitalized
            else {
                return nil
            }
            if t.normIs("the") || t.normIs("a") { return nil }
            p -= 1
            steps += 1
        }
        return nil
    }

    /// The first token of sentence `range` after its dateline, if it opens with one ("KATHMANDU —",
    /// "WASHINGTON, Jan 5 —": a place in capitals, then a dash or comma; not "NATO allies — …").
    static func afterDateline(_ tokens: Tokens, _ range: Range<Int>) -> Int {
        let p = range.lowerBound
        if p + 1 < range.upperBound, tokens[p].isAllCaps,
            tokens[p + 1].kind == .dash || tokens[p + 1].textIs(",") || tokens[p + 1].textIs("/") || tokens[p + 1].textIs("("),
            let dash = (p..<min(range.upperBound, p + 10)).first(where: { tokens[$0].kind == .dash })
        {
            return dash + 1
        }
        return p
    }

    /// The name that opens sentence `s` as its subject: at its first word, after "The", or after a
    /// dateline ("LIMA —", "LIMA, May 2 (Agency) -", "LIMA (Agency) -"); a possessor gives the name it possesses
    /// ("Chile's Velmar Agency said": the agency; "Chile's two largest unions": none). An adjective
    /// ("Chilean police") opens with no name.
    func openingMention(_ ctx: Context, sentence s: Int) -> Int? {
        let tokens = ctx.tokens
        let range = ctx.seg.sentences[s].tokens
        var p = Self.afterDateline(tokens, range)
        if p < range.upperBound, tokens[p].norm == "the" { p += 1 }
        guard p < range.upperBound, let m = ctx.mentionByStart[p], !ctx.mentions[m].isAdjective else { return nil }
        var end = ctx.mentions[m].end
        // "The Velmar nuclear watchdog's board": the name only qualifies an unnamed noun (possessing, or
        // possessed by, what opens the sentence).
        while end < range.upperBound, end < ctx.mentions[m].end + 3, tokens[end].kind == .word, tokens[end].isLowerInitial,
            [.noun, .nounPlural, .adjective].contains(tokens[end].tag)
        {
            end += 1
        }
        if end < range.upperBound, tokens[end].norm == "'s" {
            guard let n = ctx.mentionByStart[end + 1], !ctx.mentions[n].isAdjective else { return nil }
            return n
        }
        return end == ctx.mentions[m].end ? m : nil
    }

    /// "it": the organization or country that opened the current or a recent sentence (its subject).
    func openingActor(_ ctx: Context, before position: Int) -> Int? {
        guard var index = ctx.mentionIndex(before: position) else { return nil }
        let stop = index - 10
        while index >= 0, index > stop {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, !m.isAdjective, ctx.kind(index).isOne(of: .organization, .country) {
                let sentenceStart = ctx.seg.sentences[m.sentence].tokens.lowerBound
                var q = sentenceStart
                while q < m.start, ctx.tokens[q].normIs("the") || ctx.tokens[q].kind == .dash || ctx.tokens[q].isAllCaps { q += 1 }
                if q == m.start { return ctx.entity(index) }
                // "Chile's Foreign Ministry said …": the organization a possessive opening the sentence names, not its
                // possessor.
                if ctx.kind(index) == .organization, m.start >= q + 2, ctx.tokens[m.start - 1].normIs("'s"),
                    let owner = ctx.mentionByEnd[m.start - 1], ctx.mentions[owner].start == q
                {
                    return ctx.entity(index)
                }
            }
            index -= 1
        }
        return nil
    }

    /// The nearest entity to the left, over an apposition comma and a few lower-case words.
    func nearestLeft(_ ctx: Context, before position: Int, from a: Int, overAcronym: Bool = false) -> Int? {
        var p = position - 1
        var steps = 0
        // (Over an apposition's noun group: "Lena Ortiz, a former journalist backed by …".)
        while p >= a, steps < 4 || (steps == 4 && ctx.tokens[p + 1].textIs(",")) {
            if let m = ctx.mentionByEnd[p + 1] { return ctx.entity(m) }
            // "The union, led by …": a definite description of an organization named before.
            if let m = anaphor(ctx, at: p, requireArticle: true) { return ctx.entity(m) }
            let t = ctx.tokens[p]
            // "The Velmar Unity Council (VUC), led by …": the name before an acronym in brackets (a passive's
            // patient only; not a name after a preposition, "a mission of the Velmar Union (VU), headed by …").
            if overAcronym, t.textIs(")"), ctx.mentionByEnd[p + 1] == nil,
                let open = (max(a, p - 4)..<p).last(where: { ctx.tokens[$0].textIs("(") }),
                let m = ctx.mentionByEnd[open]
            {
                var q = ctx.mentions[m].start - 1
                if q >= a, ctx.tokens[q].normIs("the") { q -= 1 }
                if q >= a, ctx.tokens[q].kind == .word, ctx.tokens[q].isLowerInitial, Self.stopWords.contains(ctx.tokens[q]),
                    !ctx.tokens[q].normIsOne(of: "and", "but")
                {
                    return nil
                }
                return ctx.entity(m)
            }
            // "Korvex, a Lima-based group backed by …": a name in a hyphenated modifier describes the noun; the compound
            // counts as one word with the one after it.
            if t.textIs("-"), !t.spaceBefore, p + 1 < position, ctx.tokens[p + 1].kind == .word, ctx.tokens[p + 1].isLowerInitial,
                let m = ctx.mentionByEnd[p], ctx.mentions[m].start > a
            {
                p = ctx.mentions[m].start - 1
                continue
            }
            guard t.textIs(",") || (t.kind == .word && t.isLowerInitial) else { return nil }
            p -= 1
            steps += 1
        }
        return nil
    }

    /// "A, B and C" right before `position`, over titles and their country modifiers.
    func coordinated(_ ctx: Context, before position: Int, from a: Int, pronoun: (Int) -> Int? = { _ in nil }) -> [Int] {
        let tokens = ctx.tokens
        var group: [Int] = []
        var p = position - 1
        // Over auxiliaries and "on Monday", but not over the end of a name ("Rapid Support Forces").
        while p >= a, ctx.mentionByEnd[p + 1] == nil,
            Self.auxiliaries.contains(tokens[p]) || (tokens[p].isCapitalized && lexicon.isWord(tokens[p], .nonName))
        {
            p -= 1
        }
        while p >= a {
            if Self.personPronouns.contains(tokens[p]), let person = pronoun(p) {
                // "he and Defense Minister Wei Fenghe began talks"
                group.append(person)
                p -= 1
                guard p >= a, tokens[p].textIs(",") || tokens[p].normIs("and") else { break }
                p -= 1
                continue
            }
            // "Velmar Front (VF)": the name before an acronym in brackets.
            if tokens[p].textIs(")"), ctx.mentionByEnd[p + 1] == nil,
                let open = (max(a, p - 4)..<p).last(where: { tokens[$0].textIs("(") }), ctx.mentionByEnd[open] != nil
            {
                p = open - 1
            }
            guard let m = ctx.mentionByEnd[p + 1] else { break }
            group.append(ctx.entity(m))
            p = ctx.mentions[m].start - 1
            if let title = ctx.titleByEnd[p + 1] {
                p = title.start - 1
                if p >= a, let modifier = ctx.mentionByEnd[p + 1] { p = ctx.mentions[modifier].start - 1 }
            }
            // A descriptor before the name: "Japan's space agency JAXA".
            var q = p
            while q >= a, q > p - 3, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q]) { q -= 1 }
            if q < p, q >= a, tokens[q].normIs("'s"), let owner = ctx.mentionByEnd[q] { p = ctx.mentions[owner].start - 1 }
            // "… and the paramilitary Rapid Support Forces": adjectives after an article.
            var r = p
            while r >= a, r > p - 2, tokens[r].isLowerInitial, !Self.stopWords.contains(tokens[r]),
                !Self.determiners.contains(tokens[r])
            { r -= 1 }
            if r < p, r >= a, Self.determiners.contains(tokens[r]) { p = r }
            while p >= a, Self.determiners.contains(tokens[p]) { p -= 1 }
            guard p >= a, tokens[p].textIs(",") || tokens[p].normIs("and") else { break }
            p -= 1
            if p >= a, tokens[p].normIs("and") || tokens[p].textIs(",") { p -= 1 }
        }
        var seen: Set<Int> = []
        let unique = group.reversed().filter { seen.insert($0).inserted }
        // Only actors of one sort are coordinated: people with people, states with states.
        guard let first = unique.first else { return [] }
        let kind = ctx.entities.kinds[first]
        return unique.allSatisfy({ ctx.entities.kinds[$0] == kind }) ? unique : []
    }

    /// The named head of an apposition ending before `position`: "Ansarallah, a deadly …",
    /// "Trading International S.A. (TNK), a Swiss-based unit".
    func appositionHead(_ ctx: Context, before position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        var steps = 0
        while p > a, steps < 6 {
            let t = tokens[p]
            let lower = t.kind == .word && (t.isLowerInitial) && !Self.stopWords.contains(t)
            if Self.determiners.contains(t) || lower || t.textIs("-") || t.kind == .number {
                p -= 1
                steps += 1
                continue
            }
            if let m = ctx.mentionByEnd[p + 1], ctx.mentions[m].isAdjective {
                p = ctx.mentions[m].start - 1
                steps += 1
                continue
            }
            break
        }
        guard p > a, tokens[p].textIs(",") else { return nil }
        if let n = ctx.mentionByEnd[p] { return ctx.entity(n) }
        if tokens[p - 1].textIs(")"), let n = ctx.mentionByEnd[p - 1] { return ctx.entity(n) }
        return nil
    }

    /// A definite description ("the ministry") that names an organization or place mentioned
    /// earlier by a name with the same head word ("Sports Ministry").
    /// As an object (`asObject`), never the actor that opens the description's own sentence: "The
    /// Korvex Investors Group urged the company to …" names another company than the group.
    func anaphor(_ ctx: Context, at p: Int, requireArticle: Bool, asObject: Bool = false, opening: Bool = false, beforeOffice: Bool = false) -> Int? {
        let tokens = ctx.tokens
        let t = tokens[p]
        let collective = Self.collectiveNouns.contains(t)
        // "the company", "the operator", "the airline": a company named before.
        let company = Self.companyAnaphors.contains(t)
        let headWord = collective || company || lexicon.headKind(t).map({ $0 == .organization || $0 == .facility }) == true
        // "the club", "the lessor": any singular noun a name was introduced with ("Slovak club X", "X, a Dublin-based
        // lessor") names it again (`describedBy`); other nouns only that way.
        // (`opening`: a capital that only opens the sentence, "Club president X said": the common noun.)
        guard t.kind == .word, t.isLowerInitial || opening, headWord || t.tag == .noun else { return nil }
        if requireArticle { guard p > 0, tokens[p - 1].normIs("the") else { return nil } }
        if p + 1 < tokens.count, tokens[p + 1].kind == .word, tokens[p + 1].isCapitalized { return nil }
        // The most recent earlier mention with that head, looking back a bounded distance;
        // "the company", "the firm": one whose head is a company's ("Korvaldt Pharma").
        guard let last = ctx.mentionIndex(before: p) else { return nil }
        let subject = asObject ? sentenceOpeningEntity(ctx, at: p) : nil
        if company, t.normIsOne(of: "airline", "carrier"), let carrier = recentAirline(ctx, before: p, last: last, excluding: subject) {
            return carrier
        }
        var index = last
        // The most recent name introduced with this very noun, as far back as a head word is looked for below.
        // (The noun ends its phrase: "the paramilitary group" is a group, not "the paramilitary X".)
        // (`beforeOffice`: an office's title follows, "the club president X", and the noun is the body's.)
        let endsPhrase =
            beforeOffice || p + 1 >= tokens.count || !(tokens[p + 1].kind == .word && tokens[p + 1].isLowerInitial && tokens[p + 1].tag.isNoun)
        while endsPhrase, ctx.mayDescribe(t), index >= 0, index > last - 200 {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, m.end <= p, !m.isAdjective, ctx.kind(index) == .organization || ctx.kind(index) == .facility,
                ctx.entity(index) != subject, describedBy(ctx, m, t)
            {
                return index
            }
            index -= 1
        }
        index = last
        guard headWord else { return nil }
        if company { return recentCompany(ctx, before: p, last: last, excluding: subject) }
        // "the union": a union the text names with that head word ("the Tarvo Dockworkers Union") rather than a bloc
        // the lexicon knows named since ("the European Union urged …"); the bloc only when no other is named.
        if t.normIs("union") {
            while index >= 0, index > last - 200 {
                let m = ctx.mentions[index]
                if ctx.owner[index] >= 0, m.end <= p, m.actor == nil, !m.isAdjective, ctx.kind(index) == .organization,
                    ctx.entity(index) != subject, tokens[headToken(m)].norm == t.norm
                {
                    return index
                }
                index -= 1
            }
            index = last
        }
        while index >= 0, index > last - 200 {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, m.end <= p, ctx.entity(index) != subject {
                let head = tokens[headToken(m)].norm
                if head == t.norm { return index }
            }
            index -= 1
        }
        // "the bloc", "the alliance": a body named by no such head word is the organization
        // named last, in this sentence or the two before (not "the group of …").
        // (Not for a capital opening the sentence, "Coalition spokesman X": no body is named so.)
        if collective, !opening, p + 1 < tokens.count, !tokens[p + 1].normIs("of") {
            let recent = ctx.mentions[last].sentence - 2
            index = last
            while index >= 0, index > last - 12, ctx.mentions[index].sentence >= recent {
                let m = ctx.mentions[index]
                if ctx.owner[index] >= 0, m.end <= p, !m.isAdjective, ctx.kind(index) == .organization,
                    ctx.entity(index) != subject
                {
                    return index
                }
                index -= 1
            }
        }
        return nil
    }

    /// Words of an ordinal's predication ("X, the first club to be barred"), no description of the name.
    static let ordinalWords: WordSet = ["first", "second", "third", "last", "only", "next", "latest"]
    static let finiteVerbTags = TagSet([.verbPast, .verbPresent, .verbThird])
    /// Tags of the words a describing noun phrase holds before its noun.
    static let describingTags = TagSet([.adjective, .noun, .nounPlural, .verbParticiple, .number])

    /// Whether a name was introduced with `noun`: just before it ("Slovak club X", "the Dublin-based lessor X") or
    /// as the head of its apposition ("X, a fans' network", "X, the provincial utility,"): an article, then at most
    /// four lower-case nouns, adjectives or participles (no ordinal), hyphens or a possessive, then the noun, which
    /// ends the phrase.
    func describedBy(_ ctx: Context, _ m: MentionCandidate, _ noun: Token) -> Bool {
        let tokens = ctx.tokens
        // Before the name ("the Kessan club X", "Tarvo-based lessor X", "delivery app X"); when a verb follows the name,
        // only a body's or an agent's noun ("The union X said"), not a thing's, whose name may be a reduced relative
        // clause's subject ("a report X published", "the deal X signed").
        // (Words compared by their norms' numbers, no string made.)
        let number = noun.normNumber
        if m.start > 0, tokens[m.start - 1].isLowerInitial, tokens[m.start - 1].normNumber == number {
            let verbAfter = m.end < tokens.count && Self.finiteVerbTags.contains(tokens[m.end].tag)
            return !verbAfter || Self.collectiveNouns.contains(noun) || Self.companyAnaphors.contains(noun)
                || lexicon.headKind(noun) == .organization || DescriptionResolver.heads[noun.norm] != nil
        }
        guard m.end + 2 < tokens.count, tokens[m.end].textIs(","), tokens[m.end + 1].normIsOne(of: "a", "an", "the") else { return false }
        var q = m.end + 2
        while q < tokens.count, q <= m.end + 6 {
            let w = tokens[q]
            if w.kind == .word, w.isLowerInitial, w.normNumber == number {
                // (The phrase's head, not a possessor: "X, the country's largest lender" is no country.)
                return q + 1 >= tokens.count
                    || !((tokens[q + 1].kind == .word && tokens[q + 1].isLowerInitial && tokens[q + 1].tag.isNoun)
                        || tokens[q + 1].normIs("'s") || tokens[q + 1].textIs("'"))
            }
            // (Not an ordinal's predication: "X, the first club to be barred" may say it of another name.)
            // (Only the noun phrase's own words: "X, a contractor that maintains the fund's software" is no fund.)
            guard (w.kind == .word && w.isLowerInitial && !Self.ordinalWords.contains(w)
                && Self.describingTags.contains(w.tag))
                || w.textIs("-") || w.normIs("'s") || w.textIs("'")
            else { return false }
            q += 1
        }
        return false
    }

    /// Words of an airline's name: "Korvex Air", "Tarvo Airways", "Nordic Skyways", "Altai Avia".
    static let airlineNameWords: Set<Substring> = ["air", "airlines", "airline", "airways", "avia", "skyways", "aero", "airlift"]

    /// Words of a state's or a service's name that an airline's word may stand in: "Velmar Air Force", "Air Defence
    /// Command", "Air Traffic Control Authority" name no airline.
    static let notAirlineNameWords: Set<Substring> = [
        "force", "forces", "defence", "defense", "command", "base", "wing", "traffic", "control", "police", "quality", "navigation",
        "safety", "authority", "ministry", "marshal", "corps", "guard",
    ]

    /// How many sentences back (this one included) "the airline", "the carrier" looks for the airline it names.
    static let airlineWindow = 6

    /// "the airline", "the carrier": the last organization (within 200 mentions, this sentence and the
    /// ``airlineWindow`` − 1 before) whose entity's name holds a word of an airline's name and none of a state
    /// service's ("Velmar Air Force"), not an adjective nor the sentence's subject when the description is an object.
    func recentAirline(_ ctx: Context, before p: Int, last: Int, excluding subject: Int?) -> Int? {
        var index = last
        let earliest = ctx.mentions[last].sentence - (Self.airlineWindow - 1)
        while index >= 0, index > last - 200, ctx.mentions[index].sentence >= earliest {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, m.end <= p, !m.isAdjective, ctx.kind(index) == .organization, ctx.entity(index) != subject {
                // (By the entity's name: "Southern Tarvel" stands for "Southern Tarvel Airlines".)
                let words = ctx.entities.name(ctx.entity(index)).lowercased().split(separator: " ")
                if words.contains(where: { Self.airlineNameWords.contains($0) }), !words.contains(where: { Self.notAirlineNameWords.contains($0) }) {
                    return index
                }
            }
            index -= 1
        }
        return nil
    }

    /// "the company", "the operator": the last organization whose name is a company's ("…
    /// Resources", "… Holding"), else the last one of an unknown name, in this sentence or the
    /// two before, that is no state's organ and does not open its sentence (the subject, not
    /// what it speaks of); never the parent an apposition names ("Korvex, a unit of Halbrand
    /// Holding, … the company" is Korvex), nor an adjective.
    /// (A company's name from before that window loses to an unknown one inside it: "… Korvex Holdings … [three
    /// sentences on] … said Tarvo Aqua had four escapes. The company said …" is Tarvo Aqua.)
    func recentCompany(_ ctx: Context, before p: Int, last: Int, excluding subject: Int? = nil) -> Int? {
        var index = last
        let window = ctx.mentions[last].sentence - 2
        var named: Int? = nil
        while index >= 0, index > last - 200 {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, m.end <= p, !m.isAdjective, ctx.isCompany[ctx.entity(index)], !namesParent(ctx, m),
                ctx.entity(index) != subject
            {
                if m.sentence >= window { return index }
                named = index
                break
            }
            index -= 1
        }
        guard let named else { return unknownCompany(ctx, before: p, last: last, window: window, excluding: subject) }
        // (Then only a name of two words or more without a body's head word, in this sentence or the one before:
        // "Tarvo Aqua", not "the Tarvo Rights Institute", nor "the Guards' naval forces".)
        return unknownCompany(ctx, before: p, last: last, window: window + 1, excluding: subject, headless: true) ?? named
    }

    /// The last organization of an unknown name in the window (from sentence `window` on) that is no state's organ,
    /// does not open its sentence and names no parent (`headless`: and is of two words or more, no head word of a kind).
    private func unknownCompany(_ ctx: Context, before p: Int, last: Int, window: Int, excluding subject: Int?, headless: Bool = false) -> Int? {
        var index = last
        while index >= 0, index > last - 30, ctx.mentions[index].sentence >= window {
            let m = ctx.mentions[index]
            let sentenceStart = ctx.seg.sentences[m.sentence].tokens.lowerBound
            let opens = m.start == sentenceStart || (m.start == sentenceStart + 1 && ctx.tokens[sentenceStart].normIs("the"))
            if ctx.owner[index] >= 0, m.end <= p, !m.isAdjective, !opens, ctx.kind(index) == .organization, m.actor == nil,
                ctx.entity(index) != subject,
                !lexicon.isWord(ctx.tokens[headToken(m)], .organHead), !namesParent(ctx, m),
                !headless || (m.end - m.start >= 2 && lexicon.headKind(ctx.tokens[headToken(m)]) == nil),
                !toldOutlet(ctx, m)
            {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether a mention is the outlet a speaker told something ("told the broadcaster X", "told the X news site"): a
    /// medium, not the company the text speaks of. Back over "the" and at most three lower-case words to "told".
    private func toldOutlet(_ ctx: Context, _ m: MentionCandidate) -> Bool {
        let tokens = ctx.tokens
        let sentenceStart = ctx.seg.sentences[m.sentence].tokens.lowerBound
        var q = m.start - 1
        while q > sentenceStart, q >= m.start - 4, tokens[q].kind == .word, tokens[q].isLowerInitial, !Self.stopWords.contains(tokens[q]),
            !tokens[q].normIsOne(of: "told", "tells", "telling")
        {
            q -= 1
        }
        return q >= sentenceStart && tokens[q].normIsOne(of: "told", "tells", "telling")
    }

    /// The actor that opens the sentence holding token `p` (``openingMention(_:sentence:)``: over a dateline and
    /// "The", the possessed name after a possessor), when that mention comes before `p`: the subject an object's
    /// description does not stand for.
    func sentenceOpeningEntity(_ ctx: Context, at p: Int) -> Int? {
        guard let last = ctx.mentionIndex(before: p) else { return nil }
        let s = ctx.mentions[last].sentence
        guard ctx.seg.sentences[s].tokens.contains(p), let m = openingMention(ctx, sentence: s), ctx.owner[m] >= 0,
            ctx.mentions[m].end <= p
        else { return nil }
        return ctx.entity(m)
    }

    /// Whether a mention names the owner of what an apposition describes: "a unit of (South
    /// Africa's) X", "a subsidiary of X", "owned by X", "controlled by X".
    func namesParent(_ ctx: Context, _ m: MentionCandidate) -> Bool { Self.namesParent(ctx, m) }

    /// ``namesParent(_:_:)``, for the description resolver too.
    static func namesParent(_ ctx: Context, _ m: MentionCandidate) -> Bool {
        let tokens = ctx.tokens
        var q = m.start - 1
        if q >= 0, tokens[q].normIs("the") { q -= 1 }
        // "of Dubai-based X": over a compound before the name.
        if q >= 2, tokens[q].isLowerInitial, tokens[q - 1].textIs("-"), !tokens[q - 1].spaceBefore {
            q -= 2
            q = ctx.mentionByEnd[q + 1].map { ctx.mentions[$0].start - 1 } ?? q - 1
        }
        if q >= 1, tokens[q].normIs("'s"), let possessor = ctx.mentionByEnd[q] { q = ctx.mentions[possessor].start - 1 }
        guard q >= 1 else { return false }
        if tokens[q].normIs("of") {
            var r = q - 1
            // "a unit of Dubai-based X": over a place's compound before the name.
            while r > q - 4, r >= 0, !Self.unitNouns.contains(tokens[r]), tokens[r].norm != "," { r -= 1 }
            return r >= 0 && Self.unitNouns.contains(tokens[r])
        }
        if tokens[q].normIs("by") && tokens[q - 1].normIsOne(of: "owned", "controlled") { return true }
        return namesDescribedParent(ctx, m)
    }

    /// Whether a mention names an owner over the words that describe it ("owned by the Dutch investment group X", "a
    /// unit of Cebu-based food exporter X"), or a further owner of a stake ("60 percent owned by A and 40 percent by
    /// B"): back over at most five lower-case words, hyphens and demonyms (or a place before a hyphen) to "of" after
    /// a unit's noun, "by" after "owned"/"controlled", or "by" after "percent" with "owned" in the fifteen words before.
    private static func namesDescribedParent(_ ctx: Context, _ m: MentionCandidate) -> Bool {
        let tokens = ctx.tokens
        let sentenceStart = ctx.seg.sentences[m.sentence].tokens.lowerBound
        var q = m.start - 1
        var steps = 0
        while q > sentenceStart, steps < 5 {
            if let d = ctx.mentionByEnd[q + 1], ctx.mentions[d].isAdjective || (q + 1 < tokens.count && tokens[q + 1].textIs("-")) {
                q = ctx.mentions[d].start - 1
            } else if tokens[q].textIs("-") || (tokens[q].kind == .word && tokens[q].isLowerInitial && !Self.stopWords.contains(tokens[q])) {
                q -= 1
            } else {
                break
            }
            steps += 1
        }
        guard q > sentenceStart, q < m.start - 1 else { return false }
        if tokens[q].normIs("of") {
            var r = q - 1
            while r > q - 4, r >= sentenceStart, !Self.unitNouns.contains(tokens[r]), tokens[r].norm != "," { r -= 1 }
            return r >= sentenceStart && Self.unitNouns.contains(tokens[r])
        }
        guard tokens[q].normIs("by") else { return false }
        if tokens[q - 1].normIsOne(of: "owned", "controlled") { return true }
        return tokens[q - 1].normIsOne(of: "percent", "%") && (max(sentenceStart, q - 15)..<q).contains { tokens[$0].normIs("owned") }
    }

    /// When the words after `position` are "the commander of U.S. Pacific Command" (an office,
    /// or a title word, whose holder goes unnamed, of an organization or a country): the token
    /// just past that name; otherwise `nil`.
    func unnamedOfficeHolderEnd(_ ctx: Context, after position: Int, to b: Int) -> Int? {
        Self.unnamedOfficeHolderEnd(ctx, lexicon, after: position, to: b)
    }

    static func unnamedOfficeHolderEnd(_ ctx: Context, _ lexicon: CompiledLexicon, after position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position
        while p < b, Self.determiners.contains(tokens[p]) { p += 1 }
        guard p < b else { return nil }
        var q: Int
        if let title = ctx.titleByStart[p] {
            q = title.end
        } else if tokens[p].isLowerInitial, lexicon.isWord(tokens[p], .titleWord) {
            q = p + 1
        } else {
            return nil
        }
        if !tokens[q - 1].normIs("of") {
            guard q < b, tokens[q].normIs("of") else { return nil }
            q += 1
        }
        if q < b, tokens[q].normIs("the") { q += 1 }
        guard q < b, let m = ctx.mentionByStart[q], ctx.kind(m) != .person else { return nil }
        return ctx.mentions[m].end
    }

    /// "as well as" (and a "with" after it) at `position`: the token after them, or `nil`.
    func asWellAs(_ ctx: Context, at position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        guard position + 3 < b, tokens[position].normIs("as"), tokens[position + 1].normIs("well"), tokens[position + 2].normIs("as")
        else { return nil }
        return tokens[position + 3].normIs("with") ? position + 4 : position + 3
    }

    /// The token just past the object found by ``objectMention`` (for a description, past its antecedent, which
    /// may stand before `position`: callers must not read `position..<end`).
    func objectEnd(_ ctx: Context, after position: Int, to b: Int) -> Int? {
        objectMention(ctx, after: position, to: b, skipLimit: 2).map { ctx.mentions[$0].end }
    }

    /// "A and B" starting at `position`, over titles and their country modifiers.
    func coordinatedAfter(_ ctx: Context, _ position: Int, to b: Int) -> [Int] {
        let tokens = ctx.tokens
        var group: [Int] = []
        var p = position
        while p < b {
            while p < b, Self.determiners.contains(tokens[p]) { p += 1 }
            // "Nigerian President Musa Adewale": skip the country and the title.
            if let m = ctx.mentionByStart[p], let title = ctx.titleByStart[ctx.mentions[m].end] { p = title.end }
            if let title = ctx.titleByStart[p] { p = title.end }
            guard p < b, let m = ctx.mentionByStart[p] else { break }
            group.append(ctx.entity(m))
            p = ctx.mentions[m].end
            guard p < b, tokens[p].textIs(",") || tokens[p].normIs("and") else { break }
            p += 1
            if p < b, tokens[p].normIs("and") { p += 1 }
        }
        var seen: Set<Int> = []
        let unique = group.filter { seen.insert($0).inserted }
        guard let first = unique.first else { return [] }
        let kind = ctx.entities.kinds[first]
        return unique.allSatisfy({ ctx.entities.kinds[$0] == kind }) ? unique : []
    }

    /// Honorifics between an office's comma and its holder's name ("its president, Dr. Anna Lisk").
    static let honorifics: WordSet = ["dr.", "dr", "rev.", "rev", "prof.", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "mr", "mrs", "ms"]

    /// The person a title belongs to: right after it ("President Donald Trump"; `after` is
    /// true) or before it in an apposition ("Soleimani, head of …").
    func titleHolder(
        _ ctx: Context, _ title: TitleCandidate, from a: Int, to b: Int, pronoun: (Int) -> Int? = { _ in nil }
    ) -> (entity: Int, after: Bool)? {
        let tokens = ctx.tokens
        var k = title.end
        // Chained titles: "Maj. Gen. Bradford Gering"; coordinated ones: "chairman and CEO Lena Varga".
        if let next = ctx.titleByStart[k] {
            k = next.end
        } else if k + 1 < b, tokens[k].normIs("and"), let next = ctx.titleByStart[k + 1] {
            k = next.end
            if let third = ctx.titleByStart[k] { k = third.end }
        }
        if let m = ctx.mentionByStart[k], ctx.kind(m) == .person { return (ctx.entity(m), true) }
        // "Russia's ambassador to Lithuania, Nikolai Petrov"; "his Lithuanian counterpart, Laurynas Kasčiūnas"
        var q = k
        // (A title that holds its "of": "The head of the Kessa Front, X", "the head of Velmar district, X".)
        let ownOf = k > title.start + 1 && k == title.end && tokens[k - 1].normIsOne(of: "of", "for")
        // ("the chief executive of the Velmar Power Company, X": over the body's article.)
        if q + 1 < b, tokens[q].normIsOne(of: "to", "in", "at", "of", "for"),
            let m = ctx.mentionByStart[q + 1]
                ?? (q + 2 < b && tokens[q + 1].normIs("the") && tokens[q + 1].isLowerInitial ? ctx.mentionByStart[q + 2] : nil)
        {
            q = ctx.mentions[m].end
            // (Over its bracketed acronym: "the Velmar Power Company (VPC), X".)
            if q + 3 < b, tokens[q].textIs("("), tokens[q + 2].textIs(")"), tokens[q + 3].textIs(",") { q += 3 }
        } else if ownOf, let m = ctx.mentionByStart[q < b && tokens[q].normIs("the") ? q + 1 : q], !ctx.mentions[m].isAdjective {
            q = ctx.mentions[m].end
            // (Over a place noun after the name: "the head of Velmar district, X".)
            // (Only a place noun: "The head of Velmar police, X", "head of Kessa Front liaison, X" name no office of it.)
            if q + 1 < b, tokens[q].isLowerInitial, tokens[q].kind == .word, tokens[q + 1].textIs(",") {
                guard MentionFinder.placeNounsAfter.contains(tokens[q]) else { return nil }
                q += 1
            }
        } else if let unitStart = q < b && tokens[q].normIsOne(of: "of", "for")
            ? q + 1 : (tokens[k - 1].normIsOne(of: "of", "for") && k > title.start + 1 ? k : nil)
        {
            // ("Korvex's head of compliance, X", "its head of Asian sales, X": a unit or field of common words, a
            // demonym among them, before the comma; the title may hold the "of", "head of".)
            var u = unitStart
            while u < b, u < unitStart + 4 {
                if let m = ctx.mentionByStart[u], ctx.mentions[m].isAdjective {
                    u = ctx.mentions[m].end
                } else if ctx.mentionByStart[u] == nil, tokens[u].isLowerInitial, tokens[u].kind == .word,
                    !RelationFinder.stopWords.contains(tokens[u])
                {
                    u += 1
                } else {
                    break
                }
            }
            if u > unitStart, u < b, tokens[u].textIs(",") { q = u }
        }
        let plural = tokens[title.end - 1].norm.hasSuffix("s") && tokens[title.end - 1].isLowerInitial
        var r = q + 1
        if r < b, let rank = ctx.titleByStart[r] { r = rank.end }
        // ('Its self-styled commander, "General" Anna Lisk,': over a rank in quotation marks.)
        else if r + 3 < b, tokens[r].kind == .quote, let rank = ctx.titleByStart[r + 1], rank.end < b, tokens[rank.end].kind == .quote {
            r = rank.end + 1
        }
        // ("The bloc's secretary general, Dr. Anna Lisk,": over an honorific.)
        if r + 1 < b, Self.honorifics.contains(tokens[r]) { r += 1 }
        // ("Its head, the lawyer Anna Lisk,": a profession, and a demonym or an adjective, between "the" and the name.)
        if r + 2 < b, tokens[r].normIs("the"), tokens[r].isLowerInitial {
            var u = r + 1
            while u < b, u < r + 4 {
                if let t = ctx.titleByStart[u], t.end > u {
                    u = t.end
                } else if let m = ctx.mentionByStart[u], ctx.mentions[m].isAdjective {
                    u = ctx.mentions[m].end
                } else if ctx.mentionByStart[u] == nil, tokens[u].isLowerInitial, tokens[u].tag.isOne(of: .noun, .adjective),
                    !RelationFinder.stopWords.contains(tokens[u])
                {
                    u += 1
                } else {
                    break
                }
            }
            if u > r + 1, u < b, let m = ctx.mentionByStart[u], ctx.kind(m) == .person { r = u }
        }
        // (", Anna Lisk of Peru,": the name closed after the place or country it is "of".)
        func closed(_ m: Int) -> Bool {
            var end = ctx.mentions[m].end
            if end + 1 < b, tokens[end].normIs("of"), let place = ctx.mentionByStart[end + 1],
                ctx.kind(place).isOne(of: .country, .location)
            {
                end = ctx.mentions[place].end
            }
            return end >= b || [",", ".", ";"].contains(tokens[end].text)
        }
        if !plural, r < b, tokens[q].textIs(","), let m = ctx.mentionByStart[r], ctx.kind(m) == .person, closed(m) {
            return (ctx.entity(m), true)
        }
        var p = title.start - 1
        var sawComma = false
        while p >= a, p >= title.start - 6 {
            if let m = ctx.mentionByEnd[p + 1] {
                if ctx.kind(m) == .person, sawComma || tokens[p + 1].normIs("as") || (p + 1 < title.start && tokens[p + 1].normIs("as")) {
                    // "In his meeting with Prime Minister Abe, the Secretary discussed …": a title after a
                    // comma that a finite verb follows is the next clause's subject, not an apposition.
                    if sawComma, !(p + 1 < title.start && tokens[p + 1].normIs("as")), title.end < b,
                        tokens[title.end].tag.isFiniteVerb || tokens[title.end].tag == .auxiliary || tokens[title.end].tag == .modal
                    {
                        return nil
                    }
                    return (ctx.entity(m), false)
                }
                // "China's defense minister": the organization, then the holder before it.
                if p + 1 < b, tokens[p + 1].normIs("'s") || ctx.kind(m) != .person {
                    p = ctx.mentions[m].start - 1
                    continue
                }
                return nil
            }
            let t = tokens[p]
            if Self.personPronouns.contains(t), p + 1 < title.start, Self.titleBecoming.contains(tokens[p + 1]) {
                return pronoun(p).map { ($0, false) }
            }
            // "Dmytro Lubinets, Ukraine's human rights commissioner": portfolio words before the title.
            let portfolio =
                t.kind == .word && t.isLowerInitial && !Self.stopWords.contains(t) && p >= title.start - 3
                && p > a && (tokens[p - 1].normIs("'s") || tokens[p - 1].isLowerInitial)
            if t.textIs(",") {
                sawComma = true
            } else if !Self.titleGlue.contains(t) && !Self.titleBecoming.contains(t) && !portfolio {
                return nil
            }
            p -= 1
        }
        return nil
    }
}
