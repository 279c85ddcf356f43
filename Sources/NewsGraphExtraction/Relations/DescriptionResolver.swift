import NewsGraph

/// A definite description that stands for an actor named earlier: "accused the union of …",
/// "urged the group to release them", "accused the peacekeepers of …". The description's head
/// noun gives a sort of actor (``heads``, data); the actor is the one actor of that sort named in
/// the description's sentence or the ``sentenceWindow`` before it (read back over at most
/// ``mentionWindow`` mentions, and the relations found in those sentences): two actors of the same
/// sort there give nothing, never a guess.
///
/// It reads a description in two stages (``referent(at:to:sentence:excluding:chargeOf:)``): first by the words of
/// a name (``namedBy(at:to:excluding:)``: "the group" for "Korvex Group", "the regulator" for "the Korvex Media
/// Regulator", "the central bank" for "Velmar Central Bank"), then by its sort, for names that do not hold the noun
/// ("the union" for "the Ostrava Pilots Guild"); both in one window. ``RelationFinder/anaphor(_:at:requireArticle:asObject:)``
/// ("the company" for a name with a company's head) is read before it.
struct DescriptionResolver {
    /// What a head noun may stand for.
    enum Sort: String, Sendable, CaseIterable {
        /// A trade union or a professional body: an organization whose name holds a word of ``unionNameWords``.
        case union
        /// An armed group: the one organization that attacked, killed, fought or threatened in the window.
        case armedGroup
        /// A peacekeeping mission: an organization whose name holds a word of ``missionNameWords``,
        /// or the one organization deployed somewhere in the window.
        case mission
        /// A company: an organization whose name ends in a company's head (``RelationFinder/companyHeads``).
        case company
    }

    /// Head nouns and the sort each stands for. (Public bodies — "the regulator", "the ministry",
    /// "the government" — are read by their names and by the text's state elsewhere.)
    static let heads: [String: Sort] = [
        "union": .union, "guild": .union, "syndicate": .union,
        "group": .armedGroup, "militia": .armedGroup, "rebels": .armedGroup, "insurgents": .armedGroup,
        "militants": .armedGroup, "jihadists": .armedGroup, "gang": .armedGroup, "insurgency": .armedGroup,
        "fighters": .armedGroup, "guerrillas": .armedGroup,
        "peacekeepers": .mission, "mission": .mission, "peacekeeping": .mission,
        "company": .company, "firm": .company, "operator": .company, "carrier": .company, "airline": .company,
        "insurer": .company, "lender": .company, "developer": .company, "contractor": .company,
        "drugmaker": .company, "miner": .company, "manufacturer": .company, "producer": .company,
        "supplier": .company, "retailer": .company, "conglomerate": .company, "distributor": .company,
    ]

    /// Words of a union's or a professional body's name ("the Ostrava Pilots Guild", "the National
    /// Teachers' Association").
    static let unionNameWords: Set<String> = [
        "workers", "workers'", "employees", "teachers", "teachers'", "nurses", "doctors", "pilots", "dockworkers",
        "longshoremen", "labour", "labor", "trade", "trades", "mineworkers", "miners", "drivers", "journalists",
    ]
    /// Heads of a union's name: one of these, with a word of ``unionNameWords`` ("the Velmar Pilots Union", "the
    /// National Teachers' Association"; not "the African Union", "the Velmar Football Federation", "the Labour Party").
    static let unionHeads: Set<String> = ["union", "unions", "federation", "confederation", "association", "congress"]
    /// Words of a peacekeeping mission's name.
    static let missionNameWords: Set<String> = ["mission", "peacekeeping", "stabilization", "stabilisation", "peacekeepers"]

    /// Sentences read back from the description's own.
    static let sentenceWindow = 8
    /// Mentions read back at most.
    static let mentionWindow = 80

    let ctx: RelationFinder.Context
    let memory: RelationMemory

    /// "the [one or two lower-case modifiers] HEAD" from `p` (which is "the"), with no name after
    /// the head: the head's position and sort. `chargeOf`: an "of" after the head opens the charge
    /// ("accused the union of …"), not the description's complement ("the group of seven").
    func description(at p: Int, to b: Int, chargeOf: Bool = false) -> (head: Int, sort: Sort)? {
        let tokens = ctx.tokens
        guard p + 1 < b, tokens[p].normIs("the") else { return nil }
        var q = p + 1
        while q < b, q < p + 4 {
            let t = tokens[q]
            guard t.kind == .word, t.isLowerInitial, ctx.mentionByStart[q] == nil else { return nil }
            if let sort = Self.heads[t.norm] {
                // ("the group of …", "the union's leader", "the company Korvex": not the description itself.)
                if q + 1 < b {
                    let next = tokens[q + 1]
                    if (next.normIs("of") && !chargeOf) || next.normIs("'s") || next.isCapitalized { return nil }
                }
                return (q, sort)
            }
            guard !RelationFinder.stopWords.contains(t) else { return nil }
            q += 1
        }
        return nil
    }

    /// Words next to a name that say it is of a sort ("Korvex Front fighters", "the armed group
    /// Korvex", "Korvex, a rebel militia"; "the distributor Korvex"; "MINUVA peacekeepers").
    /// (A union's and a company's are their heads, ``heads``, and a few forms more; an armed group's and a mission's
    /// differ from their heads: "group" and "mission" beside a name say nothing of its sort.)
    static let contextWords: [Sort: Set<String>] = [
        .union: headWords(of: .union).union(["unions", "unionists"]),
        .armedGroup: [
            "armed", "militant", "militants", "rebel", "rebels", "jihadist", "jihadists", "separatist", "separatists",
            "insurgent", "insurgents", "fighters", "gunmen", "militia", "militias", "gang", "gangs", "guerrillas", "paramilitary",
        ],
        .mission: ["peacekeepers", "peacekeeping"],
        .company: headWords(of: .company).union(["distributors", "wholesaler"]),
    ]

    /// The head nouns of one sort.
    static func headWords(of sort: Sort) -> Set<String> { Set(heads.filter { $0.value == sort }.keys) }

    /// Words read over, back from a name, to a context word ("the armed group X", "gunmen of the X").
    static let lookbackWords: Set<String> = ["the", "a", "an", "of", "group", "groups", "faction", "-"]

    /// Whether entity `e` is of sort `sort` by its name alone.
    func namedAs(_ e: Int, _ sort: Sort) -> Bool {
        guard ctx.entities.kinds[e] == .organization else { return false }
        switch sort {
        case .company: return ctx.isCompany[e]
        case .union:
            // (Possessives read bare: "the Kaldorian Dockmen's Association".)
            let words = ctx.entities.name(e).lowercased().split(separator: " ").map {
                $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0.hasSuffix("'") ? String($0.dropLast()) : String($0)
            }
            if words.contains(where: { $0 == "guild" || $0 == "syndicate" }) { return true }
            return words.contains(where: Self.unionHeads.contains) && words.contains(where: Self.unionNameWords.contains)
        case .mission:
            let words = Set(ctx.entities.name(e).lowercased().split(separator: " ").map(String.init))
            return !words.isDisjoint(with: Self.missionNameWords)
        case .armedGroup: return false
        }
    }

    /// Whether mention `m` (an organization's, ending before `limit`) is described as of `sort` by a
    /// word of its ``contextWords``: within three words before it ("the armed group X", "rebel X"),
    /// right after it ("X fighters"), or in an apposition after it ("X, a rebel militia,").
    func describedAs(mention m: Int, _ sort: Sort, before limit: Int) -> Bool {
        guard let words = Self.contextWords[sort] else { return false }
        let tokens = ctx.tokens
        let mention = ctx.mentions[m]
        let range = ctx.seg.sentences[mention.sentence].tokens
        var q = mention.start - 1
        // (Only over an article, "of" or a group word between: "the armed group X", "gunmen of the X"; not across a verb or a
        // noun, "Gunmen stormed X's office".)
        while q >= range.lowerBound, q >= mention.start - 3, q + 1 == mention.start || ctx.mentionByEnd[q + 1] == nil {
            if words.contains(tokens[q].norm) { return true }
            guard Self.lookbackWords.contains(tokens[q].norm) else { break }
            q -= 1
        }
        let end = min(mention.end, range.upperBound)
        let stop = min(range.upperBound, limit)
        guard end < stop else { return false }
        if words.contains(tokens[end].norm) { return true }
        guard end + 2 < stop, tokens[end].textIs(","), tokens[end + 1].normIsOne(of: "a", "an", "the") else { return false }
        q = end + 2
        while q < stop, q < end + 6, tokens[q].kind == .word, tokens[q].isLowerInitial || tokens[q].textIs("-"), ctx.mentionByStart[q] == nil {
            if words.contains(tokens[q].norm) { return true }
            q += 1
        }
        return false
    }

    /// Whether entity `e` was named, in the ``mentionWindow`` mentions before `position`, with a word of
    /// `sort`'s ``contextWords`` beside its name (``describedAs(mention:_:before:)``): "the socialist union
    /// Korvex" is a union whatever its name says, so "the unions" may stand for it.
    func namedWithWord(_ e: Int, _ sort: Sort, before position: Int) -> Bool {
        guard var index = ctx.mentionIndex(before: position) else { return false }
        let stop = index - Self.mentionWindow
        while index >= 0, index > stop {
            if ctx.owner[index] >= 0, ctx.entity(index) == e, !ctx.mentions[index].isAdjective,
                describedAs(mention: index, sort, before: position)
            {
                return true
            }
            index -= 1
        }
        return false
    }

    /// The one actor of the description at `p` ("the" there) named in sentence `s` or the
    /// ``sentenceWindow`` before, other than `excluded`; nil for none or several. `end` is where the description ends.
    func resolve(at p: Int, to b: Int, sentence s: Int, excluding excluded: Int, chargeOf: Bool = false) -> (entity: Int, end: Int)? {
        guard let (head, sort) = description(at: p, to: b, chargeOf: chargeOf) else { return nil }
        var candidates: [Int] = []
        func add(_ e: Int) {
            if e != excluded, !candidates.contains(e) { candidates.append(e) }
        }
        let first = s - Self.sentenceWindow
        // The entities the lexicon names in the window (the bodies of states are among them: "United Nations").
        var known: Set<Int> = []
        if var index = ctx.mentionIndex(before: p) {
            let stop = index - Self.mentionWindow
            while index >= 0, index > stop, ctx.mentions[index].sentence >= first {
                if ctx.owner[index] >= 0, ctx.mentions[index].actor != nil { known.insert(ctx.entity(index)) }
                // (A mission only by its name or as the mission named: "the Velmar peacekeepers" may be the body that sent
                // them, "U.N. peacekeepers"; a lexicon's actor is no mission of its own.)
                // (A company named as another's owner is not "the company": "X, which is owned by the investment group Y".)
                if ctx.owner[index] >= 0, !ctx.mentions[index].isAdjective, ctx.kind(index) == .organization,
                    namedAs(ctx.entity(index), sort) || (sort == .mission ? namedMission(index)
                        : describedAs(mention: index, sort, before: p)),
                    sort != .company || !RelationFinder.namesParent(ctx, ctx.mentions[index])
                {
                    add(ctx.entity(index))
                }
                index -= 1
            }
        }
        // An armed group or a mission by what it did: the organizations that attacked, killed, fought or
        // threatened (were deployed) in the window.
        if sort == .armedGroup || sort == .mission {
            var k = memory.found.count - 1
            var read = 0
            while k >= 0, read < 64, memory.found[k].sentence >= first {
                let r = memory.found[k]
                // (Not a threat, which states and courts make too; not a state's force or organ by its name's head.)
                let violent = r.predicate == .attacked || r.predicate == .killed || r.predicate == .fought
                if sort == .armedGroup ? violent : r.predicate == .deployedTo {
                    // (A body of states deploys missions and is none: "the United Nations deployed troops".)
                    if nonState(r.source), sort == .armedGroup || !known.contains(r.source) { add(r.source) }
                    if r.predicate == .fought, nonState(r.target) { add(r.target) }
                }
                k -= 1
                read += 1
            }
        }
        guard candidates.count == 1 else { return nil }
        return (candidates[0], head + 1)
    }

    /// Whether mention `m` names a mission: "the mission, known as MIVELKA", "the mission (MIVELKA)", "the U.N. mission
    /// MIVELKA" (the word "mission" right before it, over "known as"/"called" and a comma or bracket), or "MIVELKA
    /// peacekeepers" when the name is none of the lexicon's actors (not "U.N. peacekeepers", the body that sent them).
    func namedMission(_ m: Int) -> Bool {
        let tokens = ctx.tokens
        let mention = ctx.mentions[m]
        let range = ctx.seg.sentences[mention.sentence].tokens
        var q = mention.start - 1
        var commaOnly = true
        while q > range.lowerBound, q >= mention.start - 4, tokens[q].normIsOne(of: "known", "as", "called", ",", "(") {
            if !tokens[q].textIs(",") { commaOnly = false }
            q -= 1
        }
        // (Over a comma alone, only an apposition closed after the name: "the U.N. mission, MIVELKA, said"; not "After the
        // council ended the mission, Velmar said …", where the name opens the next clause.)
        let closed = mention.end >= range.upperBound || tokens[mention.end].textIs(",") || tokens[mention.end].textIs(")")
            || tokens[mention.end].textIs(".")
        if q >= range.lowerBound, tokens[q].normIs("mission"), !commaOnly || q == mention.start - 1 || closed { return true }
        return mention.actor == nil && describedAs(mention: m, .mission, before: range.upperBound)
    }

    /// Nouns a description names an organization by when the organization was named with the noun, in or right
    /// after its name ("Korvex Group … the group", "the Crimson gang coalition … the gangs"): the head nouns of
    /// ``heads``, their plurals, and "cartel".
    /// (Not a mission's nor a union's nouns: "U.N. peacekeepers" name the body that sent them, "the European Union" is no
    /// workers' union; those are read by their sort only, with its name tests.)
    static let nameNouns = WordSet(
        Set(heads.filter { $0.value != .mission && $0.value != .union }.keys)
            .union(heads.filter { $0.value != .mission && $0.value != .union }.keys.map { $0.hasSuffix("s") ? $0 : $0 + "s" })
            .union(["cartel", "cartels"]))
    /// Words after the head of a description ("urged the central bank to …").
    static let headFollowers: WordSet = ["to", "of", "for", "over", "in", "and"]

    /// "accused the armed group of …": for "the", at most two lower-case words and a noun of
    /// ``nameNouns`` at `position + 1` (and no name), the organization last named with that noun
    /// (in or right after its name) in this sentence or the ``sentenceWindow`` before ("the Crimson gang
    /// coalition"; "Korvex Group … the group"), other than `subject`; for any other noun that ends the
    /// description, the one organization whose name holds most of its words (``describedHead(after:to:)``).
    func namedBy(at position: Int, to b: Int, excluding subject: Int) -> Int? {
        let tokens = ctx.tokens
        guard position + 1 < b, tokens[position].normIs("the") else { return nil }
        var q = position + 1
        while q < b, q < position + 3, !Self.nameNouns.contains(tokens[q]), tokens[q].kind == .word, tokens[q].isLowerInitial,
            !RelationFinder.stopWords.contains(tokens[q]), ctx.mentionByStart[q] == nil
        {
            q += 1
        }
        // Any other noun heads the description when a word of an organization's own name
        // ("the central bank" for "Velmar Central Bank", "the regulator" for "the Korvex Media
        // Regulator"): the last lower-case content word, before "to"/"of"/a comma or the clause's end.
        var inName = false
        if q >= b || !Self.nameNouns.contains(tokens[q]) {
            guard let head = describedHead(after: position, to: b) else { return nil }
            q = head
            inName = true
        }
        guard q < b, ctx.mentionByStart[q] == nil,
            q + 1 >= b || !tokens[q + 1].isCapitalized,
            let sentence = ctx.mentionIndex(before: position).map({ ctx.mentions[$0].sentence }),
            var index = ctx.mentionIndex(before: position)
        else { return nil }
        // An organization named with the noun itself ("the Crimson gang coalition … the gangs"):
        // the organization named last merely was wrong too often (a person's name typed as one).
        let noun = tokens[q].norm
        let stem = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        let stop = index - Self.mentionWindow
        // (A head noun of any kind must name one organization: of those in whose names it stands, the one
        // whose name holds most of the description's words, "the central bank"; a tie names none.)
        var best: (entity: Int, score: Int)?
        var tied = false
        while index >= 0, index > stop, ctx.mentions[index].sentence >= sentence - Self.sentenceWindow {
            if ctx.owner[index] >= 0, !ctx.mentions[index].isAdjective, ctx.kind(index) == .organization, ctx.entity(index) != subject {
                let end = ctx.mentions[index].end
                let upper = inName ? end : min(end + 2, tokens.count)
                let span = ctx.mentions[index].start..<upper
                // ("the regulator" for "the National Medicines Regulatory Authority": the noun's adjective in "-y" too.)
                if span.contains(where: { tokens[$0].norm == stem || tokens[$0].norm == noun || tokens[$0].norm == stem + "y" }) {
                    guard inName else { return ctx.entity(index) }
                    let entity = ctx.entity(index)
                    let score = (position + 1..<q).filter { w in span.contains { tokens[$0].norm == tokens[w].norm } }.count
                    if let current = best {
                        if current.entity != entity {
                            if score > current.score {
                                best = (entity, score)
                                tied = false
                            } else if score == current.score {
                                tied = true
                            }
                        }
                    } else {
                        best = (entity, score)
                    }
                }
            }
            index -= 1
        }
        return tied ? nil : best?.entity
    }

    /// The head of "the [modifier] [modifier] noun" after `position` ("the" there): a lower-case
    /// common noun (not a word of ``RelationFinder/stopWords``, a name or a title's start) that ends
    /// the group, followed by "to", "of", "for", "over", a comma or the sentence's end; nil otherwise.
    func describedHead(after position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var q = position + 1
        var head: Int?
        while q < b, q < position + 4, tokens[q].kind == .word, tokens[q].isLowerInitial,
            !RelationFinder.stopWords.contains(tokens[q]), ctx.mentionByStart[q] == nil, ctx.titleByStart[q] == nil
        {
            head = q
            q += 1
        }
        guard let head, [.noun, .nounPlural].contains(tokens[head].tag),
            q >= b || Self.headFollowers.contains(tokens[q]) || tokens[q].kind == .punctuation
        else { return nil }
        return head
    }

    /// The actor the description at `p` ("the" there) stands for: first by the words of a name (``namedBy(at:to:excluding:)``),
    /// then by its sort (``resolve(at:to:sentence:excluding:chargeOf:)``, `bySort`, with where the description ends).
    func referent(at p: Int, to b: Int, sentence s: Int, excluding excluded: Int, chargeOf: Bool = false) -> (entity: Int, end: Int, bySort: Bool)? {
        if let named = namedBy(at: p, to: b, excluding: excluded) { return (named, p + 1, false) }
        if let found = resolve(at: p, to: b, sentence: s, excluding: excluded, chargeOf: chargeOf) { return (found.entity, found.end, true) }
        return nil
    }

    /// Heads of a state's force's or organ's name ("the Velmar Army", "the Interior Ministry").
    static let stateHeads: Set<String> = [
        "army", "armies", "police", "ministry", "forces", "force", "military", "navy", "guard", "gendarmerie", "government",
        "command", "department", "agency", "office", "council", "court", "service", "services",
    ]

    /// An organization that is no company and whose name does not end in a state's force's or organ's head.
    private func nonState(_ e: Int) -> Bool {
        guard ctx.entities.kinds[e] == .organization, !ctx.isCompany[e] else { return false }
        let last = ctx.entities.name(e).lowercased().split(separator: " ").last.map(String.init) ?? ""
        return !Self.stateHeads.contains(last)
    }

    /// "accused its managing director, Lena Ortiz, of …", "urged the mine's security contractor,
    /// Korvex Guard, to …": a description (a possessive or "the", at most five words, no verb) set
    /// off by commas before a name; the name's mention, when a comma, "of", "to" or the clause's
    /// end follows it.
    func appositiveName(after p: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        guard p < b, tokens[p].normIsOne(of: "its", "their", "his", "her", "the") else { return nil }
        var q = p + 1
        var words = 0
        while q < b, q < p + 7, !tokens[q].textIs(",") {
            let t = tokens[q]
            if let m = ctx.mentionByStart[q], ctx.mentions[m].end < b, tokens[ctx.mentions[m].end].normIs("'s") {
                q = ctx.mentions[m].end + 1
                continue
            }
            guard t.kind == .word, t.isLowerInitial || t.normIs("'s"), !RelationFinder.auxiliaries.contains(t) else { return nil }
            if !t.normIs("'s") { words += 1 }
            q += 1
        }
        guard words > 0, q + 1 < b, tokens[q].textIs(",") else { return nil }
        var start = q + 1
        if let title = ctx.titleByStart[start] { start = title.end }
        guard let m = ctx.mentionByStart[start], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective,
            ctx.kind(m) == .person || ctx.kind(m) == .organization
        else { return nil }
        // (A comma after the name must open the charge, the call or the sum, "…, Lena Ortiz, of fraud", "fined …,
        // X, 48 million"; not an apposition of a speaker, "the rebels, Lena Ortiz, a military spokeswoman, said".)
        let after = ctx.mentions[m].end
        guard after >= b || tokens[after].normIsOne(of: "of", "to")
            || (tokens[after].textIs(",") && after + 1 < b
                && (tokens[after + 1].normIsOne(of: "of", "to", "for", "over") || tokens[after + 1].kind == .number))
        else { return nil }
        return m
    }
}
