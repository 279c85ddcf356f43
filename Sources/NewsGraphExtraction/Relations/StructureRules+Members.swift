import NewsGraph

/// A body's members listed beside its name (`member-list`, invented examples): "the Velmar Union, which also includes
/// A, B and C", "the Velmar Union, whose members are A and B" (or "whose 18 members include"), "the Velmar Union, which
/// groups 40 operators including A and B", "A and B are founding members of the Velmar Union",
/// "A, a Velmar Union member", "the Velmar Union, of which A is a member", "the Velmar Union, to which A belongs",
/// "the Velmar Union, a bloc formed by A, B and C", "A, B and C … formed their own bloc, the Velmar Union", "A, B and C
/// … left it to form the Velmar Union". Members are countries or organizations, the body an organization.
extension StructureRules {
    /// Verbs that list a body's members after "which" or "members".
    static let memberListVerbs: WordSet = ["includes", "include", "included", "comprises", "comprise", "comprised", "are", "were"]
    /// Copulas between members and "members of".
    static let memberCopulas: WordSet = ["is", "are", "was", "were", "remains", "remain", "became", "become", "becomes"]
    /// Words before "member(s)" that make it no membership now.
    static let notMemberWords: WordSet = [
        "former", "observer", "prospective", "aspiring", "potential", "candidate", "would-be", "ex", "not", "never", "no",
    ]
    /// Verbs of founding a body.
    static let foundingVerbs: WordSet = [
        "formed", "form", "founded", "found", "created", "create", "established", "establish", "launched", "launch",
    ]
    /// The words a list of members ends before: "A and B are members".
    static let memberWords: WordSet = ["member", "members"]
    /// Nouns of a body that members form ("a trade bloc formed by").
    static let memberBodyNouns: WordSet = [
        "bloc", "alliance", "confederation", "federation", "union", "grouping", "group", "coalition", "consortium",
        "community", "organisation", "organization", "partnership", "pact", "association", "league",
    ]
    static let memberKinds: [EntityKind] = [.country, .organization]

    /// The organization (not an adjective) whose mention ends right before `position`, over a bracketed acronym.
    func bodyEnding(at position: Int, from a: Int) -> Int? {
        var p = position
        if p > a + 2, ctx.tokens[p - 1].textIs(")"), let n = ctx.mentionByEnd[p - 1], ctx.mentions[n].start > a,
            ctx.tokens[ctx.mentions[n].start - 1].textIs("(")
        {
            p = ctx.mentions[n].start - 1
        }
        guard p > a, let n = ctx.mentionByEnd[p], ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective else { return nil }
        return n
    }

    /// Over lower-case modifiers (at most `limit`) from `q` to a word of `words`; nil if a word of ``notMemberWords``
    /// or anything else comes first.
    func overModifiers(from q: Int, to b: Int, limit: Int, until words: WordSet) -> Int? {
        let tokens = ctx.tokens
        var r = q
        if r < b, tokens[r].normIsOne(of: "a", "an", "the", "all", "both") { r += 1 }
        if r < b, tokens[r].normIsOne(of: "a", "an", "the") { r += 1 }
        while r < b, r < q + limit + 2 {
            if words.contains(tokens[r]) { return r }
            guard tokens[r].kind == .word || tokens[r].textIs("-"), tokens[r].isLowerInitial || tokens[r].textIs("-"),
                !Self.notMemberWords.contains(tokens[r]), ctx.mentionByStart[r] == nil
            else { return nil }
            r += 1
        }
        return nil
    }

    /// Plural nouns of states that "both" or "the two" make the two states named last ("both countries").
    static let pairStateNouns: WordSet = ["countries", "nations", "states", "neighbours", "neighbors", "governments"]

    /// "both countries", "the two nations", "both" ending right before `position` (`both` alone only where a
    /// copula or "have" follows, "of which both are members"): the start of the group, or nil.
    func pairGroupStart(endingAt position: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        let p = position - 1
        guard p >= a else { return nil }
        if tokens[p].normIs("both") { return p }
        guard Self.pairStateNouns.contains(tokens[p]), tokens[p].isLowerInitial, p - 1 >= a else { return nil }
        if tokens[p - 1].normIs("both") { return p - 1 }
        if tokens[p - 1].normIs("two"), p - 2 >= a, tokens[p - 2].normIs("the") { return p - 2 }
        return nil
    }

    /// "both countries", "the two nations", "both" starting at `position`: the position after it, or nil.
    func pairGroupEnd(startingAt position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var q = position
        if q + 1 < b, tokens[q].normIs("the"), tokens[q + 1].normIs("two") {
            q += 2
            guard q < b, Self.pairStateNouns.contains(tokens[q]) else { return nil }
            return q + 1
        }
        guard q < b, tokens[q].normIs("both") else { return nil }
        q += 1
        if q < b, Self.pairStateNouns.contains(tokens[q]) { q += 1 }
        return q
    }

    /// The two states a pair group at `position` stands for: the first two of the latest sentence (this one or
    /// the two before) that names two, else the latest two the text coordinates ("A and B"), else the two named
    /// last; empty when there are not two.
    func namedPair(before position: Int) -> [Int] {
        guard var index = ctx.mentionIndex(before: position) else { return [] }
        var sentence = ctx.mentions[index].sentence
        let oldest = sentence - 2
        var inSentence: [Int] = []  // text order reversed, distinct
        var recent: [Int] = []
        let last = index
        let stop = index - 40
        while index >= 0, index > stop, ctx.mentions[index].sentence >= oldest {
            let m = ctx.mentions[index]
            if m.sentence != sentence {
                if recent.isEmpty, inSentence.count >= 2 { return Array(inSentence.reversed().prefix(2)) }
                for e in inSentence where !recent.contains(e) { recent.append(e) }
                inSentence = []
                sentence = m.sentence
            }
            if ctx.owner[index] >= 0, m.end <= position, ctx.kind(index) == .country, !ctx.demonymOfNamedBody(index) {
                let e = ctx.entity(index)
                if let at = inSentence.firstIndex(of: e) { inSentence.remove(at: at) }
                inSentence.append(e)
            }
            index -= 1
        }
        if recent.isEmpty, inSentence.count >= 2 { return Array(inSentence.reversed().prefix(2)) }
        // No sentence near names two: the latest pair of states the text coordinates ("cables linking Finland and
        // Estonia"), else the two named last.
        var k = last
        while k > 0, k > last - 200 {
            let m = ctx.mentions[k], n = ctx.mentions[k - 1]
            if ctx.owner[k] >= 0, ctx.owner[k - 1] >= 0, ctx.kind(k) == .country, ctx.kind(k - 1) == .country,
                n.end + 1 == m.start, ctx.tokens[n.end].normIs("and"), ctx.entity(k) != ctx.entity(k - 1)
            {
                return [ctx.entity(k - 1), ctx.entity(k)]
            }
            k -= 1
        }
        for e in inSentence where !recent.contains(e) { recent.append(e) }
        return recent.count >= 2 ? Array(recent.prefix(2)).reversed() : []
    }

    /// "the bloc", "the four-nation bloc", "the regional alliance" at `position` (over "the" and lower-case,
    /// hyphen or number words): the body named last, in this sentence or the three before, whose head word is a
    /// body's that members form (``memberBodyNouns``) and, for a noun a name may hold, that noun; with the
    /// position after the description.
    func describedBody(at position: Int, to b: Int) -> (body: Int, end: Int)? {
        let tokens = ctx.tokens
        guard position < b, tokens[position].normIs("the") else { return nil }
        var q = position + 1
        while q < b, q < position + 6, !Self.memberBodyNouns.contains(tokens[q]) {
            guard ctx.mentionByStart[q] == nil, tokens[q].textIs("-") || tokens[q].kind == .number
                || (tokens[q].kind == .word && tokens[q].isLowerInitial && !RelationFinder.stopWords.contains(tokens[q]))
            else { return nil }
            q += 1
        }
        guard q < b, Self.memberBodyNouns.contains(tokens[q]), tokens[q].isLowerInitial else { return nil }
        // (Not "the bloc of …", "the alliance's", a name after it.)
        if q + 1 < b, tokens[q + 1].normIs("of") || (tokens[q + 1].kind == .word && tokens[q + 1].isCapitalized) { return nil }
        guard var index = ctx.mentionIndex(before: position) else { return nil }
        let oldest = ctx.mentions[index].sentence - 3
        let stop = index - 60
        while index >= 0, index > stop, ctx.mentions[index].sentence >= oldest {
            let m = ctx.mentions[index]
            if ctx.owner[index] >= 0, !m.isAdjective, ctx.kind(index) == .organization {
                // (By the entity's name: "the EAC" is the "East African Community".)
                let e = ctx.entity(index)
                let head = ctx.entities.name(e).split(separator: " ").last.map { $0.lowercased() } ?? ""
                if head == tokens[q].norm || (Self.memberBodyNouns.contains(head) && Self.blocNouns.contains(tokens[q])) {
                    return (e, q + 1)
                }
            }
            index -= 1
        }
        return nil
    }
    /// Verbs by which a body counts its members: "which groups 40 operators including …".
    /// ("represents" and "unites" are not among them: a law firm represents clients, a cause unites rivals.)
    static let groupingVerbs: WordSet = ["groups", "grouped", "gathers", "gathered"]

    /// After a grouping verb: a count ("40", "some 30"), at most two lower-case words of what is counted and
    /// "including" or "such as"; the position of "including" (or "as").
    func includingAfterCount(_ position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var q = position
        if q < b, tokens[q].normIsOne(of: "some", "about", "nearly", "over", "around") || tokens[q].normIs("more") { q += 1 }
        if q < b, tokens[q].normIs("than") { q += 1 }
        guard q < b, tokens[q].kind == .number || tokens[q].tag == .number else { return nil }
        q += 1
        let first = q
        while q < b, q < first + 2, tokens[q].kind == .word, tokens[q].isLowerInitial, !tokens[q].normIsOne(of: "including", "such"),
            !RelationFinder.stopWords.contains(tokens[q])
        {
            q += 1
        }
        guard q > first, q < b else { return nil }
        if tokens[q].textIs(","), q + 1 < b { q += 1 }
        if tokens[q].normIs("including") { return q }
        if tokens[q].normIs("such"), q + 1 < b, tokens[q + 1].normIs("as") { return q + 1 }
        return nil
    }

    /// Nouns that name any body members form, whatever its name's head ("the bloc" for "the Andean Community").
    static let blocNouns: WordSet = ["bloc", "grouping", "alliance", "organisation", "organization", "body"]

    func memberLists(from a: Int, to b: Int, emit: Emit) {
        let tokens = ctx.tokens
        // (The lists every token is tested against, read once: a lazy static's guard per token and test.)
        let memberWords = Self.memberWords
        let foundingVerbs = Self.foundingVerbs
        func each(_ members: [Int], _ body: Int) {
            for member in members where member != body { emit(member, body, .memberOf, "member-list", 0.75) }
        }
        for p in a..<b {
            let t = tokens[p]
            // "BODY, which (also) includes A, B and C", "BODY, whose members are A and B", "BODY's members include A".
            if t.normIsOne(of: "which", "whose", "'s"), p > a + 1, p + 2 < b {
                let afterComma = !t.normIs("'s") && tokens[p - 1].textIs(",")
                var body = bodyEnding(at: afterComma ? p - 1 : p, from: a).map { ctx.entity($0) }
                if body == nil, t.normIs("'s"), p >= a + 2, tokens[p - 1].isLowerInitial {
                    // "The bloc's other members are A and B": the bloc named before.
                    var d = p - 1
                    while d > a, d > p - 5, !tokens[d].normIs("the"), tokens[d].isLowerInitial || tokens[d].textIs("-") { d -= 1 }
                    if let described = describedBody(at: d, to: b), described.end == p { body = described.body }
                } else if body == nil, t.normIs("whose"), Self.memberBodyNouns.contains(tokens[p - 1]) || Self.blocNouns.contains(tokens[p - 1]),
                    tokens[p - 1].isLowerInitial
                {
                    // "X (XY), a regional body whose members include A and B": the name the description follows.
                    var d = p - 2
                    while d > a, d > p - 7, !tokens[d].normIsOne(of: "a", "an", "the"),
                        tokens[d].isLowerInitial || tokens[d].textIs("-") || ctx.mentionByEnd[d + 1] != nil
                    {
                        d -= 1
                    }
                    if d > a + 1, tokens[d].normIsOne(of: "a", "an", "the"), tokens[d - 1].textIs(","),
                        let n = bodyEnding(at: d - 1, from: a)
                    {
                        body = ctx.entity(n)
                    }
                }
                guard let body, afterComma || t.normIs("'s") || t.normIs("whose") else { continue }
                var q = p + 1
                if t.normIs("which") {
                    if tokens[q].normIsOne(of: "also", "now") { q += 1 }
                    // "BODY, which groups 40 operators including A, B and C": the members a grouping verb counts.
                    if q < b, Self.groupingVerbs.contains(tokens[q]), let including = includingAfterCount(q + 1, to: b) {
                        each(listAfter(including + 1, to: b, kinds: Self.memberKinds).entities, body)
                        continue
                    }
                    guard q < b, Self.memberListVerbs.contains(tokens[q]), !tokens[q].normIsOne(of: "are", "were") else { continue }
                } else {
                    if t.normIs("'s"), tokens[q].normIs("other") { q += 1 }
                    // "whose 18 members include", "whose ten other members are": over a count.
                    if q < b, tokens[q].kind == .number || tokens[q].tag == .number { q += 1 }
                    if q < b, tokens[q].normIs("other") { q += 1 }
                    guard q < b, tokens[q].normIsOne(of: "members", "member"), q + 1 < b else { continue }
                    q += 1
                    if tokens[q].normIsOne(of: "also", "now") { q += 1 }
                    guard q < b, Self.memberListVerbs.contains(tokens[q]) else { continue }
                }
                let list = listAfter(q + 1, to: b, kinds: Self.memberKinds)
                each(list.entities, body)
                continue
            }
            // "BODY, of which A (and B) is a (founding) member", "BODY, to which A belongs", "BODY, which A has joined".
            if t.textIs(","), p > a, p + 3 < b, let n = bodyEnding(at: p, from: a) {
                var q = p + 1
                let ofWhich = tokens[q].normIsOne(of: "of", "to") && tokens[q + 1].normIs("which")
                let which = tokens[q].normIs("which")
                guard ofWhich || which else { continue }
                q += ofWhich ? 2 : 1
                var list = listAfter(q, to: b, kinds: Self.memberKinds)
                // "NATO, which both countries have joined", "the CSTO, of which both are members".
                if list.entities.isEmpty, let end = pairGroupEnd(startingAt: q, to: b) {
                    let pair = namedPair(before: p)
                    if pair.count == 2 { list = (pair, end) }
                }
                let r = list.end
                guard !list.entities.isEmpty, r < b else { continue }
                var ok = false
                if tokens[q - 2].normIs("of"), Self.memberCopulas.contains(tokens[r]),
                    let m = overModifiers(from: r + 1, to: b, limit: 2, until: Self.memberWords)
                {
                    ok = m > r
                } else if tokens[q - 2].normIs("to"), tokens[r].normIsOne(of: "belongs", "belong", "belonged") {
                    ok = true
                } else if which, tokens[r].normIsOne(of: "joined", "have", "has", "had") {
                    ok = tokens[r].normIs("joined") || (r + 1 < b && tokens[r + 1].normIs("joined"))
                }
                if ok { each(list.entities, ctx.entity(n)) }
                continue
            }
            // "A and B are (the) founding members of BODY", "A, a founding member of BODY", "A, a BODY member".
            if memberWords.contains(t), p > a + 1 {
                // Back over lower-case modifiers and an article to the copula or the comma.
                var q = p - 1
                while q > a, q > p - 4, tokens[q].isLowerInitial, tokens[q].kind == .word || tokens[q].textIs("-"),
                    !Self.memberCopulas.contains(tokens[q]), !tokens[q].textIs(",")
                {
                    if Self.notMemberWords.contains(tokens[q]) { q = a; break }
                    q -= 1
                }
                // "A, a BODY member": the body names itself before "member" (or two bodies joined by "and": "A, a
                // NATO and European Union member").
                var body: Int?
                var otherBody: Int?
                if let n = ctx.mentionByEnd[p], ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective {
                    body = ctx.entity(n)
                    q = ctx.mentions[n].start - 1
                    if q > a + 1, tokens[q].normIs("and"), let o = ctx.mentionByEnd[q], ctx.kind(o) == .organization,
                        !ctx.mentions[o].isAdjective, ctx.mentions[o].start > a
                    {
                        otherBody = ctx.entity(o)
                        q = ctx.mentions[o].start - 1
                    }
                    guard q > a, tokens[q].normIsOne(of: "a", "an") else { continue }
                }
                guard q > a else { continue }
                while q > a, tokens[q].normIsOne(of: "a", "an", "the", "all", "both") { q -= 1 }
                let isCopula = Self.memberCopulas.contains(tokens[q])
                guard isCopula || tokens[q].textIs(",") else { continue }
                // The members right before the copula or the comma (only the last after a comma and "a member": "talks
                // with A and B, a member of BODY").
                var members = listBefore(q, from: a, kinds: Self.memberKinds, overArticle: true).entities
                if !isCopula, t.normIs("member"), let last = members.last { members = [last] }
                // "Both countries are members of …", "the two nations are members of …".
                if members.isEmpty, isCopula, let start = pairGroupStart(endingAt: q, from: a),
                    start == a || !(tokens[start - 1].kind == .word && tokens[start - 1].isLowerInitial
                        && !tokens[start - 1].normIsOne(of: "and", "but"))
                {
                    members = namedPair(before: start)
                    if members.count != 2 { members = [] }
                }
                guard !members.isEmpty else { continue }
                if let body {
                    each(members, body)
                    if let otherBody { each(members, otherBody) }
                } else if p + 2 < b, tokens[p + 1].normIs("of") {
                    let bodies = listAfter(p + 2, to: b, kinds: [.organization]).entities
                    // "… members of the four-nation bloc": the bloc named before.
                    if bodies.isEmpty, let described = describedBody(at: p + 2, to: b) {
                        each(members, described.body)
                    }
                    for body in bodies { each(members, body) }
                }
                continue
            }
            // "BODY, a trade bloc formed by A, B and C".
            if t.normIs("by"), p > a + 3, tokens[p - 1].normIsOne(of: "formed", "founded", "created", "established"),
                Self.memberBodyNouns.contains(tokens[p - 2])
            {
                var q = p - 3
                while q > a, q > p - 7, tokens[q].isLowerInitial, tokens[q].kind == .word, !tokens[q].normIsOne(of: "a", "an", "the") {
                    q -= 1
                }
                guard q > a + 1, tokens[q].normIsOne(of: "a", "an", "the"), tokens[q - 1].textIs(","),
                    let n = bodyEnding(at: q - 1, from: a)
                else { continue }
                each(listAfter(p + 1, to: b, kinds: Self.memberKinds).entities, ctx.entity(n))
                continue
            }
            // "A, B and C … formed their own confederation, BODY", "A, B and C … left it to form BODY".
            if foundingVerbs.contains(t), p > a + 2, p + 2 < b {
                var q = p + 1
                var body: Int?
                if tokens[q].normIs("their"), tokens[q + 1].normIs("own") {
                    q += 2
                    while q < b, q < p + 7, tokens[q].isLowerInitial, tokens[q].kind == .word, !Self.memberBodyNouns.contains(tokens[q]) { q += 1 }
                    guard q + 2 < b, Self.memberBodyNouns.contains(tokens[q]), tokens[q + 1].textIs(",") else { continue }
                    q += 2
                } else if tokens[p - 1].normIs("to"), t.normIs("form"),
                    (max(a, p - 6)..<(p - 1)).contains(where: { tokens[$0].normIsOne(of: "left", "quit", "split", "broke", "withdrew") })
                {
                    // "… left it in 2024 to form BODY", "… broke away to form BODY" (only a name: "to form a new party" names
                    // none; not "urged Brazil to create BODY", "voted to launch BODY": another founds it, or none yet).
                } else {
                    continue
                }
                if q < b, tokens[q].normIs("the") { q += 1 }
                if let n = ctx.mentionByStart[q], ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective { body = ctx.entity(n) }
                guard let body else { continue }
                // The subject: the list of two or more countries that opens the sentence or follows a subordinator.
                var start = a
                while start < p, !(ctx.mentionByStart[start].map { ctx.kind($0) == .country } ?? false) {
                    guard tokens[start].isLowerInitial || start == a || tokens[start].kind != .word else { break }
                    start += 1
                }
                guard start < p else { continue }
                let list = listAfter(start, to: p, kinds: [.country])
                guard list.entities.count >= 2 else { continue }
                each(list.entities, body)
            }
        }
    }
}
