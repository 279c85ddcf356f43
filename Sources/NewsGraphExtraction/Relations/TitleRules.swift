import NewsGraph

/// Offices from the lexicon's `[titles]`: the holder of a title ("President Lena Varga",
/// "Tomas Brel, head of the Velmar Front", "Chile's ambassador to Peru, Anna Lisk") `leads` or
/// has a `role_in` the organization or country named with it, or implied by the title's third
/// field (`@country`, `@Head|Head`, an actor's name). Rules, named in `--explain`:
/// `title-prefix` (holder after the title), `title-apposition` (before it),
/// `title-known-country` (the country the lexicon says the holder serves),
/// `title-implied-country`, `title-implied`, `title-previous-subject` (an office opening a
/// sentence, of the organization that opened the sentence before: "Korvex denied it. Chief
/// executive X said"), and `title-client` ("his lawyer, X", "Brel's spokesman, X", "a lawyer for
/// Brel, X": X is affiliated with him). "Its chief executive, X" and "the group's president, X" name the
/// subject of this or the sentence before (also after its description: "The Kalmari dockers' union Velko"),
/// else the body named last there; never a subject further back unless the sentence between opens with "its".
struct TitleRules {
    /// Words before a country's name that make it no office's country, in the words before a title: "made in
    /// Japan", "hosted by Kenya", "talks with Peru".
    static let notOfficePrepositions: WordSet = ["in", "by", "to", "with", "against", "between"]
    /// A lawyer's titles: "Its lawyer, X" serves a client (`affiliated_with`), not an office in it ("attorney" is also an
    /// office: "U.S. Attorney X").
    static let lawyerWords: WordSet = ["lawyer", "lawyers"]
    /// Verbs that put an office's holder out of it: "dismissed the governor of the central bank, X" holds it no more.
    static let dismissalVerbs: WordSet = [
        "dismissed", "sacked", "fired", "ousted", "removed", "impeached", "replaced", "dismiss", "sack", "oust", "remove",
        "impeach", "replace", "dismissing", "sacking", "ousting", "removing", "impeaching", "replacing", "deposed",
    ]
    /// Verbs of report after an opening body: its sentence reports what others did ("Chile's Korvex Water Board said").
    static let reportingWords: WordSet = ["said", "says", "told", "announced", "reported", "stated"]
    /// Fields only a state has an office for: "Its intelligence director" after a state is the state's.
    static let stateFieldWords: WordSet = [
        "intelligence", "defence", "defense", "military", "army", "police", "interior", "foreign", "immigration", "customs",
        "counterterrorism", "espionage",
    ]
    /// Words of an office a body has and a state has not: "Its director, X" after "Chile ordered the Velmar
    /// Foundation to leave" is the foundation's director, where "Its ambassador, X" would be Chile's.
    static let bodyOfficeWords: WordSet = [
        "director", "chairman", "chairwoman", "chairperson", "chair", "executive", "manager", "founder", "co-founder",
        "coordinator", "co-director", "co-chair",
    ]

    /// Whether the country `m`, named before a title (which starts at `titleStart`) in its sentence, may be the office's
    /// country: not inside a quotation, not one of two countries coordinated ("France and Indonesia signed … a visit
    /// by President X"), not after a preposition of place or agency ("made in Japan", "hosted by Kenya").
    /// (`quotesBefore`: the quotation marks in the sentence before the name.)
    /// How many of a sentence's first countries an office named without one may take as its country.
    static let impliedCountryCandidates = 8

    func tiesOffice(country m: Int, from a: Int, before titleStart: Int, quotesBefore: Int) -> Bool {
        let tokens = ctx.tokens
        let start = ctx.mentions[m].start
        let end = ctx.mentions[m].end
        if quotesBefore % 2 == 1 { return false }
        if start > a, Self.notOfficePrepositions.contains(tokens[start - 1]) { return false }
        if end + 1 < titleStart, tokens[end].normIs("and"), let n = ctx.mentionByStart[end + 1], ctx.kind(n) == .country { return false }
        if start > a + 1, tokens[start - 1].normIs("and"), let n = ctx.mentionByEnd[start - 1], ctx.kind(n) == .country { return false }
        return true
    }

    let finder: RelationFinder
    let ctx: RelationFinder.Context
    /// The first entity of each name.
    let entityByName: [String: Int]
    /// The country the text is about, for offices named without one.
    let mainCountry: Int?
    /// An organization named "… Ministry …" and its name's words in lower case, split once per document.
    struct Ministry {
        let entity: Int
        let words: [Substring]
        init(entity: Int, name: String) {
            self.entity = entity
            words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        }
    }
    /// The document's ministries (at most 64), for ``ministry(of:country:from:)``.
    var ministries: [Ministry] = []
    /// The document's heads of state and government by country (``HeadTable``); nil: none kept.
    var heads: HeadTable? = nil
    var lexicon: CompiledLexicon { finder.lexicon }

    /// Words of a minister's title that name no portfolio.
    static let notPortfolioWords: WordSet = [
        "minister", "secretary", "general", "permanent", "prime", "deputy", "vice", "state", "acting", "interim", "first", "chief", "and",
        "cabinet",
    ]

    /// "Culture Minister X", "Public Health Minister X", "Foreign Minister X", "Health Cabinet Secretary X" (the title
    /// `title`, an office of `country`):
    /// the one ministry the document names whose name holds every word of the portfolio ("Peru's Culture Ministry",
    /// "the Ministry of Mines and Energy"), and no other state's name first; nil when none or several do.
    func ministry(of title: TitleCandidate, country: Int, from a: Int) -> Int? {
        let tokens = ctx.tokens
        // (And a cabinet secretary's: "Health Cabinet Secretary X" with "Kenya's Health Ministry".)
        guard !ministries.isEmpty, tokens[title.end - 1].normIsOne(of: "minister", "secretary") else { return nil }
        var words: [String] = []
        for k in title.start..<(title.end - 1) where !Self.notPortfolioWords.contains(tokens[k]) && tokens[k].kind == .word {
            words.append(tokens[k].norm)
        }
        // Capitalized words right before the title: "Culture", "Public Health", "Mines and Energy".
        var q = title.start - 1
        while q >= a, q >= title.start - 4, ctx.mentionByEnd[q + 1] == nil,
            (tokens[q].kind == .word && tokens[q].isCapitalized) || (tokens[q].normIs("and") && q > a && tokens[q - 1].isCapitalized)
        {
            if !Self.notPortfolioWords.contains(tokens[q]) { words.append(tokens[q].norm) }
            q -= 1
        }
        guard !words.isEmpty else { return nil }
        // (The state's first word, up to four letters: "peru" for "Peruvian", "sri" for "Sri Lankan".)
        let countryHead = ctx.entities.name(country).lowercased().split(separator: " ").first.map { $0.prefix(4) } ?? ""
        var found: Int?
        for candidate in ministries where candidate.entity != country {
            guard words.allSatisfy({ word in candidate.words.contains { $0 == word } }) else { continue }
            // (The first word names the state, or is the portfolio's or "Ministry": not "Russian Foreign Ministry" for
            // a Chilean foreign minister.)
            if let first = candidate.words.first, first != "ministry", !words.contains(where: { $0 == first }),
                countryHead.isEmpty || !first.hasPrefix(countryHead)
            {
                continue
            }
            if found != nil { return nil }
            found = candidate.entity
        }
        return found
    }

    typealias Emit = (
        _ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, _ confidence: Double, _ role: String?
    ) -> Void

    /// Where a name starts at `k` or after the words that describe it there (before `limit`): a demonym and one or two
    /// lower-case nouns ("Velmari winemaker Korvex Wines", "the Velmari drugmaker Korvex"); `k` when none come first.
    func describedName(after k: Int, before limit: Int) -> Int {
        let tokens = ctx.tokens
        var q = k
        if q < limit, tokens[q].normIs("the") { q += 1 }
        if q < limit, let m = ctx.mentionByStart[q], ctx.mentions[m].isAdjective { q = ctx.mentions[m].end }
        let nouns = q
        while q < limit, q < nouns + 2, tokens[q].kind == .word, tokens[q].isLowerInitial, tokens[q].tag.isNoun,
            ctx.mentionByStart[q] == nil
        {
            q += 1
        }
        return q > nouns && q < limit && ctx.mentionByStart[q] != nil ? q : k
    }

    /// The organization a relative clause holding mention `index` describes: "the Velmar Movement, which
    /// Chile's Supreme Court banned" gives the movement for the court (looked for within 12 tokens back, in its
    /// sentence, up to a comma); so does an apposition, "the Velmar Watch, a project run by the Tarvo University".
    func relativeAntecedent(of index: Int) -> Int? {
        let tokens = ctx.tokens
        let m = ctx.mentions[index]
        let start = ctx.seg.sentences[m.sentence].tokens.lowerBound
        var q = m.start - 1
        while q > start + 1, q >= m.start - 12 {
            if tokens[q].normIsOne(of: "which", "whom"), tokens[q - 1].textIs(",") {
                guard let antecedent = ctx.mentionByEnd[q - 1], ctx.owner[antecedent] >= 0, ctx.kind(antecedent) == .organization,
                    ctx.entity(antecedent) != ctx.entity(index)
                else { return nil }
                return ctx.entity(antecedent)
            }
            // ("X, a monitoring project run by Y": Y named inside X's apposition.)
            if tokens[q].textIs(","), q + 1 < m.start, tokens[q + 1].normIsOne(of: "a", "an", "the"),
                let antecedent = ctx.mentionByEnd[q], ctx.owner[antecedent] >= 0, ctx.kind(antecedent) == .organization,
                ctx.entity(antecedent) != ctx.entity(index),
                (q + 2..<m.start).allSatisfy({ (tokens[$0].kind == .word && tokens[$0].isLowerInitial) || tokens[$0].textIs("-") })
            {
                return ctx.entity(antecedent)
            }
            if tokens[q].textIs(",") || tokens[q].text == ";" { return nil }
            q -= 1
        }
        return nil
    }

    /// Tags of the verb that follows a described subject ("The federation said", "… will").
    static let finiteOrModalTags = TagSet([.verbPast, .verbPresent, .verbThird, .modal, .auxiliary])

    /// Bodies of a state a description may name without a name before it ("The ministry said", "The regulator said").
    static let stateBodyNouns: WordSet = [
        "ministry", "government", "regulator", "court", "police", "authority", "authorities", "commission", "agency", "army",
        "military", "cabinet", "parliament", "senate", "council", "department", "prosecutor", "prosecutors", "tribunal",
    ]

    /// The organization a demonym mention `m` and at most two lower-case words before it describe ("Danish
    /// consultancy Korvex Partners", "Swiss bank Korvex Capital"), when one follows: an office held "at" such a
    /// body is the body's, not the demonym's state. Nil for a country's name, or when no such body follows.
    func bodyAfterDemonym(_ m: Int, to b: Int, other excluded: Int) -> Int? {
        let tokens = ctx.tokens
        guard ctx.kind(m) == .country, ctx.mentions[m].isAdjective else { return nil }
        let end = ctx.mentions[m].end
        var r = end
        while r < b, r < end + 2, ctx.mentionByStart[r] == nil, tokens[r].kind == .word, tokens[r].isLowerInitial { r += 1 }
        guard r > end, r < b, let body = ctx.mentionByStart[r], ctx.owner[body] >= 0, ctx.kind(body) == .organization,
            !ctx.mentions[body].isAdjective, ctx.entity(body) != excluded
        else { return nil }
        return ctx.entity(body)
    }

    /// Whether sentence `sentence` opens with "The", at most one demonym, then a body's lower-case head noun
    /// ("federation", "union", "ministry") and a verb: a body described, not named ("The Slovak federation said").
    func opensWithUnnamedBody(sentence: Int) -> Bool {
        let tokens = ctx.tokens
        let range = ctx.seg.sentences[sentence].tokens
        var q = range.lowerBound
        guard q + 2 < range.upperBound, tokens[q].normIs("the") else { return false }
        q += 1
        if let n = ctx.mentionByStart[q] {
            guard ctx.mentions[n].isAdjective, ctx.mentions[n].end == q + 1 else { return false }
            q += 1
        }
        let t = tokens[q]
        // (Not a state's organ or the company a text is about: "The ministry said it would fine the company. Its
        // spokeswoman, X" speaks for the ministry, not for a body named before.)
        guard q + 1 < range.upperBound, t.kind == .word, t.isLowerInitial, t.tag == .noun,
            RelationFinder.collectiveNouns.contains(t) || lexicon.headKind(t) == .organization,
            !lexicon.isWord(t, .organHead), !RelationFinder.governmentNouns.contains(t), !RelationFinder.companyAnaphors.contains(t),
            !Self.stateBodyNouns.contains(t)
        else { return false }
        return Self.finiteOrModalTags.contains(tokens[q + 1].tag)
    }

    /// Whether mention `index` is its sentence's subject after a description of it: only a determiner, demonyms, a
    /// place before "-based" and lower-case nouns, adjectives or participles before it, no other name ("The Kalmari metalworkers' union Velko urged …").
    func opensAfterDescription(_ index: Int) -> Bool {
        let tokens = ctx.tokens
        let m = ctx.mentions[index]
        let start = ctx.seg.sentences[m.sentence].tokens.lowerBound
        guard m.start > start + 1, m.start <= start + 6, !m.isAdjective else { return false }
        var q = start
        while q < m.start {
            if let n = ctx.mentionByStart[q] {
                // ("The Cairo-based Confederation of …": a place before "-based".)
                let compound =
                    ctx.kind(n).isOne(of: .location, .country) && ctx.mentions[n].end + 1 < m.start
                    && tokens[ctx.mentions[n].end].textIs("-")
                guard ctx.mentions[n].isAdjective || compound, ctx.mentions[n].end <= m.start else { return false }
                q = ctx.mentions[n].end + (compound ? 1 : 0)
                continue
            }
            let t = tokens[q]
            let describes =
                t.normIsOne(of: "the", "'s", "'")
                || (t.isLowerInitial && t.kind == .word && [.noun, .nounPlural, .adjective, .possessive, .verbParticiple].contains(t.tag))
                // ("The operator, Korvex Bulk, rejected that account": the name in apposition to the description.)
                || (t.textIs(",") && q == m.start - 1 && q > start + 1 && tokens[q - 1].isLowerInitial && m.end < ctx.tokens.count
                    && tokens[m.end].textIs(","))
            guard describes else { return false }
            q += 1
        }
        return true
    }

    /// Runs over the titles of sentence `s` (token range `a..<b`). `pronoun` resolves "he"/"she"
    /// at a token; `office` gives the predicate of a person's last office found (for "his
    /// counterpart").
    func run(
        titles: ArraySlice<TitleCandidate>, sentence s: Int, from a: Int, to b: Int, pronoun: (Int) -> Int?, office: (Int) -> Predicate?,
        emit report: Emit
    ) {
        let tokens = ctx.tokens
        let mentions = ctx.mentions
        // The offices drawn for each title of the sentence (by its first token), for "founder and chief executive".
        var currentTitle = -1
        var drawnByTitle: [(titleStart: Int, holder: Int, org: Int, predicate: Predicate)] = []
        // Each title's entries in `drawnByTitle`, by the title's first token (titles come in order, so each title's
        // entries are one run: a sentence of many titles looks each up once, not all of them).
        var drawnRange: [Int: Range<Int>] = [:]
        func drawn(by titleStart: Int) -> ArraySlice<(titleStart: Int, holder: Int, org: Int, predicate: Predicate)> {
            guard let range = drawnRange[titleStart] else { return [] }
            return drawnByTitle[range]
        }
        // Whether the current title is a lawyer's ("Its lawyer, X", "The party's lawyer, X"): a lawyer serves a
        // client, so the office a title rule draws is the client's tie, not a post in it.
        var lawyerTitle = false
        func emit(_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, confidence: Double, role: String? = nil) {
            // (Not a country: "the Chilean lawyer X" says where X is from, and is read as before.)
            let predicate =
                lawyerTitle && predicate == .roleIn && ctx.entities.kinds[target] != .country ? Predicate.affiliatedWith : predicate
            if currentTitle >= 0, predicate == .leads || predicate == .roleIn || predicate == .affiliatedWith {
                let lower = drawnRange[currentTitle]?.lowerBound ?? drawnByTitle.count
                drawnByTitle.append((currentTitle, source, target, predicate))
                drawnRange[currentTitle] = lower..<drawnByTitle.count
            }
            report(source, target, predicate, rule, confidence, role)
        }
        // The sentence's first countries that may name an office's country (no title right after them), each with the
        // quotation marks before its end: found once per sentence, when a title first asks, and at most
        // `Self.impliedCountryCandidates` of them, so a sentence of many titles costs no more per title.
        var officeCountries: [(mention: Int, quotesBefore: Int)]? = nil
        // Whether the sentence visits a country (`visits`), asked once per country and sentence.
        var visited: [Int: Bool] = [:]
        func visitedInSentence(_ country: Int) -> Bool {
            if let known = visited[country] { return known }
            let answer = visits(country, from: a, to: b)
            visited[country] = answer
            return answer
        }
        func firstOfficeCountries() -> [(mention: Int, quotesBefore: Int)] {
            if let officeCountries { return officeCountries }
            var found: [(mention: Int, quotesBefore: Int)] = []
            var quotes = 0
            var q = a
            while q < b, found.count < Self.impliedCountryCandidates {
                if tokens[q].kind == .quote { quotes += 1 }
                if let m = ctx.mentionByEnd[q + 1], ctx.kind(m) == .country, ctx.titleByStart[ctx.mentions[m].end] == nil {
                    found.append((m, quotes))
                }
                q += 1
            }
            officeCountries = found
            return found
        }
        for title in titles {
            currentTitle = title.start
            lawyerTitle = Self.lawyerWords.contains(tokens[title.end - 1])
            let info = lexicon.lexicon.titles[title.title]
            // "chief" alone is an office only right after the body's name ("Korvex Bureau chief X", "the Velmar Front chief,
            // X"): not a holder's apposition ("X, chief Pentagon spokesperson Y", "a chief from the province"),
            // not after a rank ("deputy chief commissioner X").
            if title.end == title.start + 1, tokens[title.start].normIs("chief"), tokens[title.start].isLowerInitial,
                !(title.start > a && ctx.mentionByEnd[title.start].map { ctx.kind($0) == .organization } == true)
            {
                continue
            }
            var holders: [(entity: Int, after: Bool)] = []
            if let holder = finder.titleHolder(ctx, title, from: a, to: b, pronoun: pronoun) {
                holders = [holder]
            } else if title.end < b, tokens[title.end].textIs(","), tokens[title.start].norm.hasSuffix("s") {
                // "Ansarallah's leaders, A, B, and C"
                let group = finder.coordinatedAfter(ctx, title.end + 1, to: b).filter { ctx.entities.kinds[$0] == .person }
                if group.count >= 2 { holders = group.map { ($0, true) } }
            }
            let isFormer = Self.heldNoMore(title.start, from: a, ctx)
            // "his lawyer, Peter Wanjala": someone's lawyer works for that person.
            if title.start > a, tokens[title.start - 1].normIsOne(of: "his", "her"),
                RelationFinder.clientTitles.contains(tokens[title.end - 1]),
                let holder = holders.first, let client = ctx.lastPerson(before: title.start - 1, other: holder.entity)
            {
                emit(holder.entity, client, .affiliatedWith, "title-client", confidence: 0.7)
                continue
            }
            // "Brel's lawyer, X", "Brel's press secretary, X", "a lawyer for Brel, X": the named person's.
            if let holder = holders.first, RelationFinder.clientTitles.contains(tokens[title.end - 1])
                || (tokens[title.end - 1].normIs("secretary") && title.end - 2 >= title.start && tokens[title.end - 2].normIs("press"))
            {
                var client: Int?
                // ("Varen Dolk Maritime's lawyer, X": a body's lawyer is retained by it, not one of its offices.)
                if title.start >= a + 2, tokens[title.start - 1].normIs("'s"), let m = ctx.mentionByEnd[title.start - 1],
                    ctx.kind(m) == .person
                        || (ctx.kind(m) == .organization
                            && (Self.lawyerWords.contains(tokens[title.end - 1]) || tokens[title.end - 1].normIsOne(of: "attorney", "attorneys"))),
                    !mentions[m].isAdjective
                {
                    client = ctx.entity(m)
                } else if holder.after, title.end + 1 < b, tokens[title.end].normIs("for"), let m = ctx.mentionByStart[title.end + 1],
                    ctx.kind(m) == .person, !mentions[m].isAdjective
                {
                    client = ctx.entity(m)
                }
                if let client, client != holder.entity {
                    emit(holder.entity, client, .affiliatedWith, "title-client", confidence: 0.7)
                    continue
                }
            }
            // "Army spokesman Colonel X": the rank after an office of a service named by its common
            // noun gives no office of its own (the office before it names the body).
            if title.start > a, let previous = ctx.titleByEnd[title.start], previous.sentence == s, previous.start > a,
                holders.allSatisfy({ $0.after }), stateServiceBeforeTitle(previous.start - 1, from: a)
            {
                continue
            }
            // A former office ("former President X", "a former Paraguayan foreign minister") gives no relation now.
            // (A job held before, not an office, still ties its holder to the employer: "a former economist at the
            // central bank", "a former World Bank analyst" are `role_in`, as the held-out gold reads them.)
            let formerJob = Self.jobWords.contains(tokens[title.end - 1]) && info.predicate != .leads
            for holder in holders where !(isFormer && !formerJob) {
                var org: Int?
                var downgraded = false
                // "Chairman of the Joint Chiefs of Staff Gen. X": the rank before the name holds
                // the office named before the organization.
                var outer: TitleCandidate?
                var k = title.end
                // (A title that holds its "of": "the head of the Kessa Front, X".)
                let ownOf = title.end - title.start >= 2 && tokens[title.end - 1].normIsOne(of: "of", "at")
                // ("A spokesman for the Velmar Ministry, X": "for" a body after a lower-case office; not "for" a country,
                // "the U.S. envoy for Kalmaria, X" serves another state; not a capitalized office's portfolio, "Minister
                // for Lands and Natural Resources, X", "High Commissioner for Human Rights X".)
                let forBody =
                    !ownOf && k + 1 < b && tokens[k].normIs("for") && tokens[title.start].isLowerInitial
                    && ctx.mentionByStart[tokens[k + 1].normIs("the") ? k + 2 : k + 1].map {
                        ctx.kind($0) == .organization && !mentions[$0].isAdjective
                    } == true
                // ("a nurse with the Velmar charity Korvex Aid, X": "with" a body after a lower-case office.)
                let withBody =
                    !ownOf && !forBody && k + 1 < b && tokens[k].normIs("with") && tokens[title.start].isLowerInitial
                    && ctx.bodyAfterPlaceCompound(tokens[k + 1].normIs("the") ? k + 2 : k + 1, to: b).flatMap { ctx.mentionByStart[$0] }.map {
                        ctx.kind($0) == .organization && !mentions[$0].isAdjective
                    } == true
                if k < b, ownOf || forBody || withBody || tokens[k].normIsOne(of: "of", "at") {
                    if !ownOf { k += 1 }
                    if k < b, tokens[k].normIs("the") { k += 1 }
                    // ("an analyst at the Lima-based Korvex Institute": the body, not the place it is based in.)
                    if let m = ctx.bodyAfterPlaceCompound(k, to: b).flatMap({ ctx.mentionByStart[$0] }) {
                        // ("an analyst at Danish consultancy Korvex Partners": the body the demonym and its noun describe.)
                        org = bodyAfterDemonym(m, to: b, other: holder.entity) ?? ctx.entity(m)
                        // "spokesman of Afghanistan's Taliban government": the possessed organization.
                        let after = ctx.mentions[m].end
                        if after + 1 < b, tokens[after].normIs("'s"), let n = ctx.mentionByStart[after + 1],
                            ctx.kind(n) == .organization,
                            !mentions[n].isAdjective
                        {
                            org = ctx.entity(n)
                        }
                    }
                }
                // "Army spokesman Colonel X", "army spokesman X": the armed service of the country the
                // text is about, when no name goes before the service's common noun (not "Pakistan
                // army spokesman"; and a one-word short name the lexicon knows, "Army", stands for
                // no foreign service here unless the text joined it to a longer name of its own).
                // ("Police spokeswoman X", "a police spokesman, X": the one police service the text names, the
                // "National Police Service", else the country's; "army spokesman X" beside the text's "Velmar Armed
                // Forces": those forces.)
                if org == nil, title.start > a, mainCountry != nil || namedService(at: title.start - 1) != nil,
                    stateServiceBeforeTitle(title.start - 1, from: a)
                {
                    org = namedService(at: title.start - 1) ?? mainCountry
                }
                if org == nil {
                    var p = title.start - 1
                    // "Its country director, X", "Korvex's operations director, X", "its acting governor, X": lower-case
                    // words between a possessive and the office. The possessive names the body; words that name a unit
                    // or a field of it make the office one in the body (`role_in`), words that only time or qualify the
                    // holding of it ("acting", "interim", "self-styled") keep the office's own predicate.
                    if let (possessive, unit) = modifiedPossessive(before: title.start, from: a) {
                        p = tokens[possessive].normIs("'s") ? possessive - 1 : possessive
                        if unit { downgraded = true }
                    }
                    // "The club's American owner, X", "its Kalmari chief executive, X": a demonym between a possessive
                    // and the office is where the holder is from; the possessive names the body.
                    // (Also over a lower-case word of the office: "its South African managing director, X".)
                    var d = p
                    if d > a, d == title.start - 1, tokens[d].isLowerInitial, tokens[d].kind == .word,
                        !RelationFinder.stopWords.contains(tokens[d])
                    {
                        d -= 1
                    }
                    // (Or a country's or a region's name right before the office: "its Kenya head, X", "its Velmar
                    // Highlands commander, X", the body's head there.)
                    if d > a, let m = ctx.mentionByEnd[d + 1], ctx.mentions[m].isAdjective || d == title.start - 1,
                        ctx.mentions[m].start > a,
                        ctx.kind(m) == .country || (ctx.kind(m) == .location && d == title.start - 1),
                        tokens[ctx.mentions[m].start - 1].normIsOne(of: "'s", "its", "their")
                    {
                        p = ctx.mentions[m].start - 1
                        // (The body's office for that country, "its South African managing director", is an office
                        // in it, as "its country director" is; an owner's stays his.)
                        if !tokens[title.end - 1].normIs("owner") { downgraded = true }
                    }
                    if p >= a, tokens[p].normIs("'s") { p -= 1 }
                    // (Within the sentence: "… Korvex Media Activity\n\nSecretary X" names no office of the byline's.)
                    if p >= a, let m = ctx.mentionByEnd[p + 1], ctx.entity(m) != holder.entity {
                        org = ctx.entity(m)
                        var q = ctx.mentions[m].start - 1
                        if q > a, tokens[q].normIs("the") { q -= 1 }
                        if q > a, tokens[q].normIs("of"), let office = ctx.titleByEnd[q], office.sentence == s { outer = office }
                    }
                    if org == nil, p > a, tokens[p].isCapitalized, tokens[p].kind == .word, ctx.mentionByEnd[p + 1] == nil,
                        ctx.titleByEnd[p + 1] == nil, !RelationFinder.rankWords.contains(tokens[p]),
                        let m = ctx.mentionByEnd[p], ctx.entity(m) != holder.entity, ctx.kind(m) != .person
                    {
                        org = ctx.entity(m)
                    }
                    // "Hamas political leader", "Italy's central bank governor": a name before a few lower-case words.
                    if org == nil {
                        var q = p
                        while q >= a, q > p - 3, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]),
                            !RelationFinder.determiners.contains(tokens[q]), !tokens[q].normIs("its")
                        {
                            q -= 1
                        }
                        if q < p, q >= a {
                            let possessive = tokens[q].normIs("'s")
                            if possessive { q -= 1 }
                            if q >= a, let m = ctx.mentionByEnd[q + 1], ctx.entity(m) != holder.entity, ctx.kind(m) != .person {
                                org = ctx.entity(m)
                                // The words name a unit of it ("central bank"): an office in, not the head of, the whole
                                // ("Sudan's de facto head of state" names no unit).
                                if possessive,
                                    ((q + 1)...p).contains(where: {
                                        lexicon.headKind(tokens[$0]) != nil || RelationFinder.bodyNouns.contains(tokens[$0])
                                    })
                                {
                                    downgraded = true
                                }
                            }
                        }
                    }
                    // "commission chairman Esau Chulu": a common noun naming an organization mentioned before.
                    // ("Club president X said …" opening its sentence: the capital is the sentence's.)
                    if org == nil, p >= a, !(p > a && tokens[p - 1].normIs("'s")),
                        let m = finder.anaphor(ctx, at: p, requireArticle: false, opening: p == ctx.seg.sentences[s].tokens.lowerBound,
                            beforeOffice: p + 1 == title.start)
                    {
                        org = ctx.entity(m)
                    }
                    // "its leader, Pedro Nuno Santos": the organization named last.
                    // "the Evil Corp group, whose leader Maksim Yakubets"
                    if org == nil, p > a, tokens[p].normIs("whose"), tokens[p - 1].textIs(",") {
                        var q = p - 2
                        while q > a, q > p - 5, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]) { q -= 1 }
                        if let m = ctx.mentionByEnd[q + 1], ctx.kind(m) != .person { org = ctx.entity(m) }
                    }
                    // "X, secretary general of the union Korvex, and its finance secretary, Y": the body named right before
                    // "and".
                    if org == nil, p >= a + 2, tokens[p].normIs("its"), tokens[p - 1].normIs("and") {
                        let end = tokens[p - 2].textIs(",") ? p - 2 : p - 1
                        if let m = ctx.mentionByEnd[end], ctx.owner[m] >= 0, ctx.kind(m) == .organization, !ctx.mentions[m].isAdjective,
                            ctx.entity(m) != holder.entity
                        {
                            org = ctx.entity(m)
                        }
                    }
                    // "The alliance said … Its spokesman, X": a definite description opening this or the previous sentence.
                    if org == nil, p >= a, tokens[p].normIs("its") {
                        for sentence in [s, s - 1] where sentence >= 0 {
                            let first = ctx.seg.sentences[sentence].tokens.lowerBound
                            // A sentence that opens with a name ("The Federation of … said its chairman") is its own subject.
                            if sentence == s, let opening = ctx.mentionByStart[first] ?? ctx.mentionByStart[first + 1],
                                ctx.kind(opening) == .organization,
                                ctx.mentions[opening].end <= p
                            {
                                break
                            }
                            // (Or with a description before the name: "The Cairo-based Confederation of … barred …, and
                            // its president, X".)
                            // (Not past another body: "X-based Korvex said that Velmar had paid relatives of its founder".)
                            if sentence == s, let last = ctx.mentionIndex(before: p),
                                let opener = (max(0, last - 6)...last).first(where: {
                                    ctx.mentions[$0].sentence == s && ctx.owner[$0] >= 0 && ctx.kind($0) == .organization
                                        && opensAfterDescription($0)
                                }),
                                !(opener...last).contains(where: {
                                    ctx.owner[$0] >= 0 && ctx.kind($0).isOne(of: .organization, .location, .country)
                                        && !ctx.mentions[$0].isAdjective && ctx.entity($0) != ctx.entity(opener)
                                })
                            {
                                break
                            }
                            // ("The operator, Korvex Bulk, rejected that account. Its managing director, X": the name in
                            // apposition to the description.)
                            // (Also after a possessed description and over a demonym and a noun: "The union's main
                            // sponsor, Velmari winemaker Korvex Wines, said …".)
                            if tokens[first].normIs("the"),
                                let comma = (first + 2..<min(first + 7, p)).first(where: { tokens[$0].textIs(",") }),
                                (first + 1..<comma).allSatisfy({ (tokens[$0].isLowerInitial && tokens[$0].kind == .word) || tokens[$0].normIs("'s") }),
                                let m = ctx.mentionByStart[describedName(after: comma + 1, before: p)], ctx.owner[m] >= 0, ctx.kind(m) == .organization,
                                ctx.mentions[m].end < p, tokens[ctx.mentions[m].end].textIs(","), ctx.entity(m) != holder.entity
                            {
                                org = ctx.entity(m)
                                break
                            }
                            if first + 1 < ctx.seg.sentences[sentence].tokens.upperBound, tokens[first].normIs("the"),
                                first + 1 < p, let m = finder.anaphor(ctx, at: first + 1, requireArticle: true),
                                ctx.entity(m) != holder.entity
                            {
                                org = ctx.entity(m)
                                break
                            }
                        }
                    }
                    // "Its chief executive, X", and "the company's chief executive, X" where no name before has that noun
                    // for its head: the organization that opens this sentence or the one before (the subject), else the
                    // last one named there; two sentences back only an organization named last there that opens it, when
                    // the sentence between opens with "its"/"it" ("X said …. Its shares rose. Its chief executive, Y"),
                    // and none further back.
                    let possessorNoun =
                        p > a && p + 1 < b && tokens[p - 1].normIs("the") && tokens[p + 1].normIs("'s") && tokens[p].isLowerInitial
                        && (RelationFinder.companyAnaphors.contains(tokens[p]) || RelationFinder.collectiveNouns.contains(tokens[p])
                            || lexicon.headKind(tokens[p]) == .organization)
                    if org == nil, p >= a, tokens[p].normIs("its") || possessorNoun, let last = ctx.mentionIndex(before: p) {
                        // Prefer an organization that opened its sentence (the subject), then the last one.
                        var index = last
                        var fallback: Int?
                        var fallbackSentence = -1
                        // (Also when it opens with a body's description that names none: "The Slovak federation said it
                        // respected the decision. Its president, X".)
                        let describedBetween = s >= 1 && opensWithUnnamedBody(sentence: s - 1)
                        let chained = s >= 1 && tokens[ctx.seg.sentences[s - 1].tokens.lowerBound].normIsOne(of: "its", "it")
                            || describedBetween
                        // ('"Chile is the door to a big market," its chairman, X, told …': not a name inside the
                        // quotation that opens the sentence.)
                        let opening = ctx.seg.sentences[s].tokens.lowerBound
                        // (The closing quotation mark read back from "its" over at most 400 tokens: a sentence of many
                        // such offices after one unclosed quotation stays linear.)
                        let quotedUntil =
                            tokens[opening].kind == .quote && tokens[p].normIs("its") && p - opening <= 400
                            ? (opening + 1..<p).last(where: { tokens[$0].kind == .quote }) ?? opening : opening
                        while index >= 0, index > last - 12, ctx.mentions[index].sentence >= (chained ? s - 2 : s - 1) {
                            if ctx.mentions[index].sentence == s, ctx.mentions[index].start < quotedUntil {
                                index -= 1
                                continue
                            }
                            // ("Morocco welcomed the text. Its ambassador, X": a state that opens its sentence, for "its" only.)
                            // (Not a state's possessive before a body: "Chile's Korvex Water Board said".)
                            let state = ctx.kind(index) == .country && !ctx.mentions[index].isAdjective && tokens[p].normIs("its")
                                && !tokens[ctx.mentions[index].end].normIs("'s")
                            if ctx.owner[index] >= 0, ctx.kind(index) == .organization || state, ctx.entity(index) != holder.entity {
                                let m = ctx.mentions[index]
                                let farBack = m.sentence < s - 1
                                if farBack, fallback != nil { break }
                                // ("… the Velmar Movement, which Chile's Supreme Court banned in 2021. Its leader, X": the
                                // relative clause's antecedent, not a body named inside the clause.)
                                if fallback == nil, !state {
                                    fallback = relativeAntecedent(of: index) ?? ctx.entity(index)
                                    fallbackSentence = m.sentence
                                }
                                let sentenceStart = ctx.seg.sentences[m.sentence].tokens.lowerBound
                                let opens =
                                    ctx.mentionIndex(before: m.start).map { $0 < 0 || ctx.mentions[$0].sentence != m.sentence } ?? true
                                // ("Peru's Foreign Office accused Chile of …. Its spokeswoman, X": a body its state's
                                // possessive opens the sentence with, for "its" only, and not as a speaker, whose
                                // report may name the holder's body: "Chile's Korvex Water Board said … Tarvo Chemicals.")
                                let sentenceEnd = ctx.seg.sentences[m.sentence].tokens.upperBound
                                let possessedOpening =
                                    tokens[p].normIs("its") && !state && m.start >= sentenceStart + 2 && tokens[m.start - 1].norm == "'s"
                                    && ctx.mentionByEnd[m.start - 1].map {
                                        ctx.mentions[$0].start <= sentenceStart + 1 && ctx.owner[$0] >= 0 && ctx.kind($0) == .country
                                    } == true
                                    && !(m.end < sentenceEnd && Self.reportingWords.contains(tokens[m.end]))
                                    // (Nor, but for one who speaks for it, when another body is named after it: "Chile's
                                    // Korvex Water Board traced the waste to Tarvo Chemicals. Its managing director, X" may
                                    // be either's; "Its spokeswoman, X" speaks for the body that acted.)
                                    && ((title.start..<title.end).contains { tokens[$0].normIsOne(of: "spokesman", "spokeswoman", "spokesperson") }
                                        || !(m.end..<sentenceEnd).contains(where: { k in
                                        ctx.mentionByStart[k].map { ctx.owner[$0] >= 0 && ctx.kind($0) == .organization && ctx.entity($0) != ctx.entity(index) } ?? false
                                    }))
                                if opens && m.start <= sentenceStart + 1 || opensAfterDescription(index) || possessedOpening {
                                    org = ctx.entity(index)
                                    // ("Chile ordered the Velmar Foundation to leave. Its director, X": an office a body has,
                                    // not a state, is the body's that sentence names after the state.)
                                    if state, let fallback, fallbackSentence == m.sentence,
                                        (title.start..<title.end).contains(where: { Self.bodyOfficeWords.contains(tokens[$0]) }),
                                        // ("Chile expelled the Velmar Foundation's staff. Its intelligence director, X": a state's
                                        // field names the state's office.)
                                        !(max(a, title.start - 1)..<title.end).contains(where: { Self.stateFieldWords.contains(tokens[$0]) })
                                    {
                                        org = fallback
                                    }
                                    // "The AU's Africa CDC urged …. Its director, X": the possessed name, not its possessor.
                                    if m.end + 1 < ctx.seg.sentences[m.sentence].tokens.upperBound, tokens[m.end].norm == "'s",
                                        let possessed = ctx.mentionByStart[m.end + 1], ctx.kind(possessed) == .organization,
                                        !ctx.mentions[possessed].isAdjective, ctx.entity(possessed) != holder.entity
                                    {
                                        org = ctx.entity(possessed)
                                    }
                                    break
                                }
                                // (Two sentences back, the body named last there, when the sentence between is the
                                // described body's and no name resolved its description.)
                                if farBack {
                                    if !describedBetween { fallback = nil }
                                    break
                                }
                            }
                            index -= 1
                        }
                        // ("The containers were addressed to Korvex Farm, the department said. Its director, X": with no body
                        // opening the sentence before, the body that closes it as its speaker, "the department", named before.)
                        if org == nil, fallback != nil, fallbackSentence == s - 1, tokens[p].normIs("its"),
                            let speaker = closingSpeaker(sentence: s - 1), speaker != holder.entity
                        {
                            org = speaker
                        }
                        if org == nil { org = fallback }
                    }
                }
                if org == nil, holder.after { org = organization(after: holder.entity, from: title.end, to: b) }
                if org == nil, title.start > a, tokens[title.start - 1].normIsOne(of: "government", "junta") {
                    // "Ivory Coast's government denied it. Government spokesman X said …": the government named
                    // last in this or the sentence before, else the country the text is about. A junta is the
                    // government a coup made: "junta leader General X", "Junta spokesman X".
                    org =
                        tokens[title.start - 1].normIs("junta")
                        ? (forcesCountry(before: title.start - 1) ?? mainCountry)
                        : (governmentNamed(before: title.start - 1, sentence: s) ?? mainCountry)
                }
                if org == nil, !holder.after {
                    // "…, deputy director for operations, U.S. Africa Command"
                    var q = title.end
                    var steps = 0
                    while q < b, steps < 10, tokens[q].kind != .quote, !tokens[q].textIs("."), tokens[q].text != ";" {
                        if let m = ctx.mentionByStart[q], ctx.kind(m).isOne(of: .organization, .country) {
                            org = bodyAfterDemonym(m, to: b, other: holder.entity) ?? ctx.entity(m)
                            break
                        }
                        q += 1
                        steps += 1
                    }
                }
                var rule = holder.after ? "title-prefix" : "title-apposition"
                var confidence = 0.9
                if org == nil, let implied = info.implied ?? (portfolioSecretary(title, from: a) ? "@country" : nil) {
                    if implied == "@country", let actor = lexicon.actorByName[ctx.entities.name(holder.entity)],
                        let serves = lexicon.actors[actor].within
                    {
                        // "President Donald Trump" in a text about China: the country the lexicon says he
                        // serves; none when the text does not name it (not the country the text is about).
                        guard let country = entityByName[serves] else { continue }
                        org = country
                        rule = "title-known-country"
                        confidence = 0.8
                    } else if implied == "@country" {
                        // A former office ("former Prime Minister X", and over one lower-case portfolio
                        // word, "a former labour minister") gives no relation now.
                        let portfolio = title.start - 1 > a && tokens[title.start - 1].isLowerInitial
                        guard !isFormer, !(portfolio && tokens[title.start - 2].normIsOne(of: "former", "ex")) else { continue }
                        // "Russian Deputy Defence Minister X": the office right before this one ("Deputy") drew the
                        // holder's country already; no other country is implied.
                        if let previous = ctx.titleByEnd[title.start], previous.sentence == s,
                            drawn(by: previous.start).contains(where: { $0.holder == holder.entity })
                        {
                            continue
                        }
                        org = mainCountry
                        // "Velmar's foreign office accused the government of Prime Minister X": a government named by
                        // its head is another state's than the one the sentence's subject names; the text's country,
                        // unless that is the one named (not a state named after the verb: "sanctions on a Velmari
                        // company financing the government of President X").
                        let ofGovernment = title.start - 2 > a && tokens[title.start - 1].normIs("of")
                            && tokens[title.start - 2].normIs("government")
                        if ofGovernment {
                            // (The sentence's first 64 tokens at most: a long sentence of such titles stays linear.)
                            let reach = min(title.start, a + 64)
                            let verb = (a..<reach).first { [Tag.verbPast, .verbThird, .verbPresent].contains(tokens[$0].tag) } ?? reach
                            let named = firstOfficeCountries().filter { ctx.mentions[$0.mention].end <= verb }
                            if let main = mainCountry, named.contains(where: { ctx.entity($0.mention) == main }) { continue }
                        }
                        // "The people of Venezuela, interim President Juan Guaido": the first country the
                        // sentence names before the title.
                        // (Not a country naming another office: "Deputy U.S. Ambassador X said the government of President Y".)
                        if !ofGovernment, let first = firstOfficeCountries().first(where: {
                            ctx.mentions[$0.mention].end <= title.start
                                && tiesOffice(country: $0.mention, from: a, before: title.start, quotesBefore: $0.quotesBefore)
                        }) {
                            org = ctx.entity(first.mention)
                        }
                        rule = "title-implied-country"
                        confidence = 0.6
                        // "'Velmar has violated our borders,' Foreign Minister X said": the holder speaks for a state
                        // the text's own wrongs, not for it; the state that opens the sentence before, if another.
                        if org == mainCountry, let main = mainCountry, quoteOpposes(main, from: a, to: b) {
                            guard let other = previousOpeningCountry(sentence: s), other != main else { continue }
                            org = other
                        }
                        // "Prime Minister X is expected to visit India": the country visited is not the holder's.
                        if let country = org, visitedInSentence(country) { continue }
                        // One head per country and office in a document (``HeadTable``).
                        if let heads, let office = heads.office(of: title.title) {
                            let key = HeadTable.Key(office, holder.entity)
                            if let named = heads.countryOf[key], named >= 0 {
                                // "Velmari President X … President X said": the country named with the holder.
                                org = named
                            } else if let earlier = heads.bareCountry[key] {
                                // The country this holder's office was given first.
                                org = earlier
                            } else if let country = org, let head = heads.headOf[HeadTable.Key(office, country)], head != holder.entity {
                                // "France's President A … a visit by President B": not France's; the one other country the
                                // sentence names (or a city of it the lexicon knows, "In Brasília, …") whose head of that
                                // office is not another, else none. (The sentence's first 200 tokens at most.)
                                var named = firstOfficeCountries().map { ctx.entity($0.mention) }
                                for q in a..<min(b, a + 200) {
                                    if let m = ctx.mentionByStart[q], ctx.kind(m) == .location, let actor = mentions[m].actor,
                                        let within = lexicon.actors[actor].within, let c = entityByName[within]
                                    {
                                        named.append(c)
                                    }
                                }
                                let others = Set(named.filter { c in
                                    c != country && (heads.headOf[HeadTable.Key(office, c)].map { $0 == holder.entity } ?? true)
                                })
                                guard others.count == 1, let other = others.first else { continue }
                                org = other
                            }
                            if let country = org, heads.bareCountry[key] == nil { heads.bareCountry[key] = country }
                        }
                    } else {
                        if implied.hasPrefix("@") {
                            // "Presiding Judge X" → the court named last; "commissioner X" → the commission.
                            let heads = Set(implied.dropFirst().split(separator: "|").map { $0.lowercased() })
                            if var index = ctx.mentionIndex(before: title.start) {
                                let stop = index - 60
                                while index >= 0, index > stop {
                                    // (A gazetteer name has no head index: "International Court of Justice" has "Court" inside.)
                                    let mention = ctx.mentions[index]
                                    if ctx.owner[index] >= 0, ctx.kind(index) == .organization,
                                        heads.contains(tokens[finder.headToken(mention)].norm)
                                            || (mention.actor != nil
                                                && (mention.start..<mention.end).contains {
                                                    heads.contains(tokens[$0].norm) && tokens[$0].isCapitalized
                                                })
                                    {
                                        org = ctx.entity(index)
                                        break
                                    }
                                    index -= 1
                                }
                            }
                        } else {
                            org = ctx.entities.indices.first { ctx.entities.name($0) == implied }
                        }
                        rule = "title-implied"
                    }
                }
                // "Korvex denied the charge. Chief executive X said …": an office opening a sentence, with no
                // organization named and none implied, is held in the organization that opened the sentence
                // before as its subject.
                // (Also after a quotation that opens the sentence, "'We paid every tax,' chief executive X said", and after
                // one capitalized word of a unit or field, "Commercial director X said": an office in the body, not its head.)
                // (An office that another office goes on from, "Deputy Health Minister X", "Deputy Commissioner X", only
                // in a state's organ: the office is the state's, not a company's that opened the sentence before.)
                if org == nil, info.implied == nil, holder.after, s > 0,
                    let opening = opensSentence(title, from: a),
                    let subject = previousSubject(sentence: s - 1, described: (title.start..<title.end).contains {
                        Self.bodyOfficeWords.contains(tokens[$0]) || tokens[$0].normIsOne(of: "spokesman", "spokeswoman", "spokesperson")
                    }),
                    subject != holder.entity,
                    ctx.titleByStart[title.end] == nil
                        || openingSubject(sentence: s - 1).map({ lexicon.isWord(tokens[finder.headToken(ctx.mentions[$0])], .organHead) }) == true
                {
                    org = subject
                    if opening { downgraded = true }
                    rule = "title-previous-subject"
                    confidence = 0.7
                }
                guard let org, ctx.entities.kinds[org] != .person else { continue }
                var predicate = info.predicate
                var role = info.phrase
                if let outer {
                    predicate = lexicon.lexicon.titles[outer.title].predicate
                    role = lexicon.lexicon.titles[outer.title].phrase
                }
                if downgraded, predicate == .leads { predicate = .roleIn }
                // "PST deputy head X", "the authority's deputy chair, X", "Vice President X": an office under the head's
                // is an office in the body, not its headship.
                if predicate == .leads, outer == nil, title.start > a, tokens[title.start - 1].normIsOne(of: "deputy", "vice", "assistant") {
                    predicate = .roleIn
                }
                // "Its coordinator, X", "Korvex Watch's executive coordinator, X": the one coordinator of a body, its
                // possessive right before the office, leads it ("a coordinator of X", "emergency coordinator X" do not).
                // (Not one coordinator among several: "its coordinator in the region, X", "for the north".)
                if predicate == .roleIn, outer == nil, tokens[title.end - 1].normIs("coordinator"), ctx.entities.kinds[org] == .organization,
                    title.end >= b || !tokens[title.end].normIsOne(of: "in", "for", "at", "on")
                {
                    var q = title.start - 1
                    if q > a, title.end - title.start == 1, tokens[q].normIsOne(of: "executive", "general", "national") { q -= 1 }
                    if q >= a, tokens[q].normIs("its")
                        || (tokens[q].normIs("'s") && ctx.mentionByEnd[q].map({ ctx.owner[$0] >= 0 && ctx.entity($0) == org }) == true)
                    {
                        predicate = .leads
                    }
                }
                // "the Citizen Revolution lawmaker Lena Ortiz", "lawmaker X of the Democratic Party": a party's
                // legislator is a member of the party, not an office holder in it.
                if predicate == .roleIn, Self.legislatorTitles.contains(tokens[title.end - 1]), outer == nil,
                    ctx.entities.kinds[org] == .organization, isParty(org, before: title.start)
                {
                    predicate = .memberOf
                }
                if info.phrase == "counterpart" {
                    // "her Cambodian counterpart, Hun Manet": the office of the person whose counterpart this is.
                    var q = title.start - 1
                    while q > a, let m = ctx.mentionByEnd[q + 1], ctx.mentions[m].isAdjective { q = ctx.mentions[m].start - 1 }
                    if q >= a, tokens[q].normIsOne(of: "his", "her"), let other = ctx.lastPerson(before: q), other != holder.entity,
                        let officePredicate = office(other)
                    {
                        predicate = officePredicate
                    }
                }
                // "Its general secretary for Africa, X", "its director in Peru, X": an office for a region or a state is one
                // in the body, not the body's head.
                if predicate == .leads, title.end + 1 < b, tokens[title.end].normIsOne(of: "for", "in"),
                    let place = ctx.mentionByStart[title.end + 1], ctx.kind(place).isOne(of: .location, .country),
                    ctx.entity(place) != org,
                    // (Not the place a unit is named for: "Its general manager in Chile, X" of "Korvex Aqua Chile".)
                    !ctx.entities.name(org).hasSuffix(" " + ctx.entities.name(ctx.entity(place)))
                {
                    predicate = .roleIn
                }
                // "director of public affairs": the head of a department, not of the organization.
                if predicate == .leads, title.end + 1 < b, tokens[title.end].normIsOne(of: "of", "for"),
                    tokens[title.end + 1].isLowerInitial,
                    !tokens[title.end + 1].normIs("the")
                {
                    predicate = .roleIn
                }
                // ("Korvex's head of compliance, X": the title's own "of" before a unit of common words; not "head of
                // state", "head of government".)
                if predicate == .leads, title.end - title.start >= 2, title.end < b, tokens[title.end - 1].normIsOne(of: "of", "for"),
                    tokens[title.end].isLowerInitial, tokens[title.end].kind == .word,
                    !tokens[title.end].normIsOne(of: "the", "state", "government", "a", "an")
                {
                    predicate = .roleIn
                }
                // "a founder of the Chilean movement": a founder is tied to a body, not to a country.
                if predicate == .affiliatedWith, ctx.entities.kinds[org] != .organization { continue }
                emit(holder.entity, org, predicate, rule, confidence: confidence, role: role)
                // "Culture Minister X" with "Peru's Culture Ministry" in the text: an office in the ministry too.
                if ctx.entities.kinds[org] == .country, outer == nil, let ministry = ministry(of: title, country: org, from: a) {
                    emit(holder.entity, ministry, .roleIn, "title-ministry", confidence: 0.6, role: role)
                }
            }
        }
        currentTitle = -1
        lawyerTitle = false
        // "Its founder and chief executive, X", "X, founder and chief executive of Y": the second of two offices joined
        // by "and" holds in the body the first was drawn in, when it drew nothing of its own (a head's `leads` besides
        // a founder's tie).
        for title in titles where title.start - 1 > a && tokens[title.start - 1].normIs("and") {
            guard let first = ctx.titleByEnd[title.start - 1], first.sentence == s,
                drawn(by: title.start).isEmpty
            else { continue }
            let info = lexicon.lexicon.titles[title.title]
            guard info.predicate == .leads, !tokens[title.start].isCapitalized || title.start == a else { continue }
            // (Not the head of a unit of its own, "spokeswoman and head of communications", nor after a staff job's
            // office: only a founder's, owner's or board office goes with a head's.)
            let firstInfo = lexicon.lexicon.titles[first.title]
            guard firstInfo.predicate == .leads || firstInfo.predicate == .affiliatedWith,
                !tokens[title.end - 1].normIsOne(of: "of", "at", "for")
            else { continue }
            for entry in drawn(by: first.start) where entry.predicate != info.predicate
                && ctx.entities.kinds[entry.org] == .organization
            {
                report(entry.holder, entry.org, info.predicate, "title-coordinated", 0.85, info.phrase)
            }
        }
    }

    /// Words between a possessive and an office that qualify the holding of it, not a unit or field of the body:
    /// "its acting governor", "its self-styled commander", "the country's de facto leader".
    static let officeQualifiers: WordSet = [
        "acting", "interim", "current", "incoming", "self-styled", "de", "facto", "supreme", "military", "political", "overall",
        "longtime", "long-time", "national", "elected", "sitting", "founding", "honorary", "joint", "global", "worldwide", "group",
    ]

    /// Adjectives between a possessive and an office that describe the holder, not a unit of the body: "its
    /// charismatic leader", "the party's veteran chairman".
    static let holderAdjectives: WordSet = [
        "new", "outgoing", "charismatic", "veteran", "powerful", "influential", "popular", "controversial", "ailing",
        "young", "elderly", "reclusive", "hardline", "moderate", "long-serving",
    ]

    /// "Its country director", "Korvex's acting chief executive": the possessive ("its" or "'s") that one to three
    /// lower-case words before the title at `titleStart` follow, and whether those words name a unit or field of the
    /// body ("country", "operations", "production"), not only qualify the office (``officeQualifiers``).
    func modifiedPossessive(before titleStart: Int, from a: Int) -> (possessive: Int, unit: Bool)? {
        let tokens = ctx.tokens
        var q = titleStart - 1
        var unit = false
        // ("its self-styled commander", "its long-serving chairman": a qualifier written as three tokens, a hyphen inside.)
        if q - 3 >= a, tokens[q - 1].textIs("-"), !tokens[q - 1].spaceBefore, !tokens[q].spaceBefore, tokens[q - 2].isLowerInitial,
            tokens[q].isLowerInitial, tokens[q - 2].kind == .word, tokens[q].kind == .word
        {
            let compound = tokens[q - 2].norm + "-" + tokens[q].norm
            if Self.officeQualifiers.contains(compound) || Self.holderAdjectives.contains(compound) { q -= 3 }
        }
        while q > a, q >= titleStart - 3, tokens[q].kind == .word, tokens[q].isLowerInitial, !tokens[q].normIsOne(of: "its", "'s"),
            !RelationFinder.stopWords.contains(tokens[q]), !RelationFinder.determiners.contains(tokens[q]),
            ctx.mentionByEnd[q + 1] == nil, ctx.titleByEnd[q + 1] == nil
        {
            // ("the network's suspected leader": an office the text does not grant gives nothing here.)
            if tokens[q].normIsOne(of: "suspected", "alleged", "reputed", "purported") { return nil }
            // (A participle or an adverb describes the holder, not a unit: "its jailed leader", "its newly
            // appointed president", "its embattled chief executive".)
            let describesHolder =
                tokens[q].norm.hasSuffix("ed") || tokens[q].norm.hasSuffix("ly") || Self.holderAdjectives.contains(tokens[q])
            if !Self.officeQualifiers.contains(tokens[q]) && !describesHolder { unit = true }
            q -= 1
        }
        // ("Its Chile country manager": a place's name among the words, a field of the body.)
        if q > a, q < titleStart - 1, let m = ctx.mentionByEnd[q + 1], ctx.kind(m).isOne(of: .country, .location),
            ctx.mentions[m].start > a, tokens[ctx.mentions[m].start - 1].normIs("its")
        {
            return (ctx.mentions[m].start - 1, true)
        }
        guard q < titleStart - 1, q >= a, tokens[q].normIsOne(of: "its", "'s") else { return nil }
        // ("the network's suspected leader": a possessor noun that names no body gives no possessive here.)
        if tokens[q].normIs("'s"), ctx.mentionByEnd[q] == nil {
            guard q >= a + 2, tokens[q - 2].normIs("the"), RelationFinder.companyAnaphors.contains(tokens[q - 1])
                || RelationFinder.collectiveNouns.contains(tokens[q - 1])
                || finder.lexicon.headKind(tokens[q - 1]).map({ $0 == .organization || $0 == .facility }) == true
            else { return nil }
        }
        return (q, unit)
    }

    /// Words of a legislator's office, which a party's name before or after makes a member of it.
    static let legislatorTitles: WordSet = ["lawmaker", "legislator", "mp", "senator", "congressman", "congresswoman", "congressmember"]
    /// Head words of a political party's name.
    static let partyHeads: WordSet = ["party", "movement", "front", "alliance", "coalition", "league"]

    /// Whether the organization `org` is a party: a mention of it within the last few hundred mentions before
    /// `position` (or the next few) has a party's head word.
    func isParty(_ org: Int, before position: Int) -> Bool { ctx.isParty(org, before: position) }

    /// The country whose junta, military or army the text named last before `position` ("Myanmar's military",
    /// "the Malian junta", "Mali's junta"), at most 600 tokens back: whose junta "junta leader X" leads.
    func forcesCountry(before position: Int) -> Int? {
        let tokens = ctx.tokens
        var p = position - 1
        while p > 0, p >= position - 600 {
            if tokens[p].normIsOne(of: "junta", "military", "army") {
                var q = p
                if q > 0, tokens[q - 1].normIs("'s") { q -= 1 }
                if let m = ctx.mentionByEnd[q], ctx.owner[m] >= 0, ctx.kind(m) == .country { return ctx.entity(m) }
            }
            p -= 1
        }
        return nil
    }

    /// The country whose government opens this sentence or the one before, the subject of what it says: "Ivory
    /// Coast's government denied it.", "The Ivorian government said", "The government of Ivory Coast said" (not
    /// "Peru thanked the Chilean government").
    func governmentNamed(before position: Int, sentence s: Int) -> Int? {
        let tokens = ctx.tokens
        for sentence in [s, s - 1] where sentence >= 0 {
            var p = ctx.seg.sentences[sentence].tokens.lowerBound
            let end = min(position, ctx.seg.sentences[sentence].tokens.upperBound)
            if p < end, tokens[p].normIs("the") { p += 1 }
            guard p + 1 < end else { continue }
            if let m = ctx.mentionByStart[p], ctx.kind(m) == .country {
                var q = ctx.mentions[m].end
                if q < end, tokens[q].normIs("'s") { q += 1 }
                if q < end, tokens[q].normIs("government") { return ctx.entity(m) }
            } else if tokens[p].normIs("government"), p + 2 < end, tokens[p + 1].normIs("of"), let m = ctx.mentionByStart[p + 2],
                ctx.kind(m) == .country
            {
                return ctx.entity(m)
            }
        }
        return nil
    }

    /// Whether a quotation of sentence `a..<b` names `country` (not as an adjective) beside a first person plural
    /// object or possessive ("our", a lower-case "us"; not "we": "'We will defend Velmar,' X said" speaks for it):
    /// a speaker of another side ("'Velmar has violated our borders,' X said"). The sentence's first 400 tokens.
    func quoteOpposes(_ country: Int, from a: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        var named = false
        var ours = false
        for q in a..<min(b, a + 400) where tokens[q].inQuote {
            if tokens[q].normIs("our") || (tokens[q].text == "us") { ours = true }
            if let m = ctx.mentionByStart[q], ctx.owner[m] >= 0, !ctx.mentions[m].isAdjective, ctx.entity(m) == country { named = true }
            if named && ours { return true }
        }
        return false
    }

    /// The country that opens sentence `s - 1` (itself or as the possessor of its subject, "Kalmar's government
    /// recalled …").
    func previousOpeningCountry(sentence s: Int) -> Int? {
        guard s > 0 else { return nil }
        let range = ctx.seg.sentences[s - 1].tokens
        var p = RelationFinder.afterDateline(ctx.tokens, range)
        if p < range.upperBound, ctx.tokens[p].normIs("the") { p += 1 }
        guard p < range.upperBound, let m = ctx.mentionByStart[p], ctx.owner[m] >= 0, ctx.kind(m) == .country, !ctx.mentions[m].isAdjective
        else { return nil }
        return ctx.entity(m)
    }

    /// The mention that opens sentence `s` (``RelationFinder/openingMention(_:sentence:)``), or the name after a
    /// place's compound that opens it ("Lima-based Korvex Networks, which …").
    func openingSubject(sentence s: Int) -> Int? {
        let tokens = ctx.tokens
        guard let m = finder.openingMention(ctx, sentence: s) else { return nil }
        let b = ctx.seg.sentences[s].tokens.upperBound
        let end = ctx.mentions[m].end
        if ctx.kind(m).isOne(of: .location, .country), end + 2 < b, tokens[end].textIs("-"), !tokens[end].spaceBefore,
            tokens[end + 1].normIs("based"), let n = ctx.mentionByStart[end + 2], ctx.owner[n] >= 0
        {
            return n
        }
        return m
    }

    /// Capitalized words before "Secretary" that name no state's portfolio: "General Secretary", "Executive Secretary", "Party
    /// Secretary", "Press Secretary" (read elsewhere), "Under Secretary".
    static let notPortfolioBeforeSecretary: WordSet = [
        "general", "executive", "party", "press", "under", "assistant", "permanent", "private", "cabinet", "deputy", "first",
        "parliamentary", "principal", "union", "company", "board", "club", "federation", "league", "association",
    ]

    /// Whether `title` is a capitalized "Secretary" after capitalized portfolio words
    /// ("Environment Secretary X", "Migrant Workers Secretary X", "Labour Secretary X"): a minister's office, of the
    /// country as "Environment Minister X" is (the lexicon's "Secretary" implies no body).
    func portfolioSecretary(_ title: TitleCandidate, from a: Int) -> Bool {
        let tokens = ctx.tokens
        // (The mention finder puts the portfolio inside the office: "Environment Secretary" is one title.)
        guard title.end - title.start >= 2, tokens[title.end - 1].text == "Secretary" else { return false }
        return (title.start..<(title.end - 1)).allSatisfy { k in
            let t = tokens[k]
            return (t.kind == .word && t.isCapitalized && !t.isAllCaps && !Self.notPortfolioBeforeSecretary.contains(t))
                || (k > title.start && t.normIs("and") && t.isLowerInitial)
        }
    }

    /// Words before an office opening a sentence that make it no office of the subject before: a past holding, a determiner
    /// or a possessive (read elsewhere).
    static let notOpeningModifiers: WordSet = ["former", "ex", "late", "retired", "then", "a", "an", "its", "their", "his", "her"]

    /// The body that closes sentence `s` as its speaker with a description, ", the department said." (the last
    /// organization named with the noun in its mention), else nil.
    func closingSpeaker(sentence s: Int) -> Int? {
        let tokens = ctx.tokens
        let range = ctx.seg.sentences[s].tokens
        var q = range.upperBound - 1
        if q > range.lowerBound, tokens[q].textIs(".") { q -= 1 }
        guard q - 3 >= range.lowerBound, Self.reportingWords.contains(tokens[q]), tokens[q - 1].kind == .word,
            tokens[q - 1].isLowerInitial, tokens[q - 2].normIs("the"), tokens[q - 3].textIs(","),
            var index = ctx.mentionIndex(before: q - 2)
        else { return nil }
        // (The last body named up to 40 mentions back whose name holds the noun: "the department" is the "Customs
        // Department", not the last body named.)
        let noun = tokens[q - 1]
        let stop = index - 40
        while index >= 0, index > stop {
            // (Its words read as tokens, as ``DescriptionResolver/namedBy(at:to:excluding:)`` reads them: no string built.)
            if ctx.owner[index] >= 0, ctx.kind(index) == .organization, !ctx.mentions[index].isAdjective,
                (ctx.mentions[index].start..<ctx.mentions[index].end).contains(where: { tokens[$0].norm == noun.norm })
            {
                return ctx.entity(index)
            }
            index -= 1
        }
        return nil
    }

    /// Whether the office `title` opens its sentence (`a` its first token), and whether a word before it names a unit or
    /// field of the body (an office in it, true): at the start, after "the", after one capitalized word that no name or office
    /// holds before a lower-case office ("Commercial director X", a unit; "Acting chief executive X", no unit; not "Former
    /// …"), or right after a quotation that opens the sentence ("'We paid,' chief executive X said"). Nil otherwise.
    func opensSentence(_ title: TitleCandidate, from a: Int) -> Bool? {
        let tokens = ctx.tokens
        if title.start == a || (title.start == a + 1 && tokens[a].normIs("the")) { return false }
        let first = tokens[title.start]
        if title.start == a + 1, tokens[a].kind == .word, tokens[a].isCapitalized, first.kind == .word, first.isLowerInitial,
            ctx.mentionByStart[a] == nil, ctx.mentionByEnd[a + 1] == nil, ctx.titleByEnd[a + 1] == nil,
            !Self.notOpeningModifiers.contains(tokens[a]),
            !RelationFinder.stopWords.contains(tokens[a]), !RelationFinder.determiners.contains(tokens[a]),
            // (Not a body's noun, which names its own body: "Coalition spokesman X", "Team manager X".)
            !MentionFinder.bodyNounsBeforeName.contains(tokens[a]), !RelationFinder.collectiveNouns.contains(tokens[a]),
            !RelationFinder.bodyNouns.contains(tokens[a]), !RelationFinder.governmentNouns.contains(tokens[a]),
            lexicon.headKind(tokens[a]) == nil
        {
            let qualifies = Self.officeQualifiers.contains(tokens[a]) || Self.holderAdjectives.contains(tokens[a])
            return !qualifies
        }
        // (The quotation's marks: one opening the sentence, one closing it right before the office, none between.)
        if title.start >= a + 3, tokens[a].kind == .quote, tokens[title.start - 1].kind == .quote, first.isLowerInitial,
            !(a + 1..<title.start - 1).contains(where: { tokens[$0].kind == .quote })
        {
            return false
        }
        return nil
    }

    /// The organization that opened sentence `s` as its subject, for an office opening the next sentence: a name
    /// followed by its verb (``opensClause(_:sentence:)``), or "The company, which …, said": a company's common noun
    /// after "The" that names one named before (``RelationFinder/anaphor(_:at:requireArticle:asObject:opening:beforeOffice:)``),
    /// only for a company's office (`described`: "Governor X" after "The company said …" is no office of it).
    func previousSubject(sentence s: Int, described: Bool) -> Int? {
        if let opening = openingSubject(sentence: s) {
            guard ctx.kind(opening) == .organization, opensClause(opening, sentence: s) else { return nil }
            return ctx.entity(opening)
        }
        guard described else { return nil }
        let tokens = ctx.tokens
        let range = ctx.seg.sentences[s].tokens
        let p = RelationFinder.afterDateline(tokens, range)
        guard p + 2 < range.upperBound, tokens[p].normIs("the"), RelationFinder.companyAnaphors.contains(tokens[p + 1]),
            clauseFollows(from: p + 2, to: range.upperBound), let m = finder.anaphor(ctx, at: p + 1, requireArticle: true),
            ctx.kind(m) == .organization
        else { return nil }
        return ctx.entity(m)
    }

    /// Whether mention `m` is followed by its clause's verb: after a bracketed acronym, an adverb, or a
    /// relative clause between commas ("Korvex, which is 70 percent owned by Velmar, said …").
    func opensClause(_ m: Int, sentence s: Int) -> Bool {
        clauseFollows(from: ctx.mentions[m].end, to: ctx.seg.sentences[s].tokens.upperBound)
    }

    /// Whether the clause's verb follows at `position` (before `b`): after a bracketed acronym, an adverb, or a relative
    /// clause between commas.
    func clauseFollows(from position: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        var q = position
        if q < b, tokens[q].text == "(", let close = (q..<min(b, q + 6)).first(where: { tokens[$0].text == ")" }) { q = close + 1 }
        if q + 1 < b, tokens[q].textIs(","), tokens[q + 1].normIsOne(of: "which", "who"),
            let close = (q + 2..<min(b, q + 40)).first(where: { tokens[$0].textIs(",") })
        {
            q = close + 1
        } else if q + 1 < b, tokens[q].textIs(","), tokens[q + 1].normIsOne(of: "a", "an"),
            let close = (q + 2..<min(b, q + 20)).first(where: { tokens[$0].textIs(",") || tokens[$0].kind == .quote })
        {
            // ("Korvex, a unit of Tarvo Holdings, denied …": an apposition between commas.)
            guard tokens[close].textIs(",") else { return false }
            q = close + 1
        }
        if q < b, tokens[q].tag == .adverb { q += 1 }
        return q < b && (tokens[q].tag.isFiniteVerb || tokens[q].tag == .auxiliary || tokens[q].tag == .modal)
    }

    /// The common nouns of a state's armed services and its police before an office ("army spokesman").
    static let serviceNouns: Set<String> = ["army", "navy", "police"]

    /// The first words of ``serviceNameWords``' patterns.
    static let serviceFirstWords: WordSet = ["army", "armed", "defence", "defense", "navy", "naval", "police"]

    /// The words, one of which a service's own name holds, for each of ``serviceNouns`` ("National Police Service",
    /// "Velmar Armed Forces", "People's Defence Forces").
    static let serviceNameWords: [String: [[String]]] = [
        "army": [["army"], ["armed", "forces"], ["defence", "forces"], ["defense", "forces"], ["defence", "force"], ["defense", "force"]],
        "navy": [["navy"], ["naval", "forces"], ["naval", "force"]],
        "police": [["police"]],
    ]

    /// The one organization of the text (among the 200 mentions either side of `p`) whose name holds the service noun
    /// at `p`'s words ("police": "National Police Service"), named by two to twelve words and not the lexicon's short
    /// name the noun itself is ("Army", the US one); of several, the one named with the text's country; else nil.
    func namedService(at p: Int) -> Int? {
        let tokens = ctx.tokens
        guard let patterns = Self.serviceNameWords[tokens[p].norm] else { return nil }
        let own = ctx.mentionByEnd[p + 1].map { ctx.entity($0) }
        var found: Int? = nil
        var candidates: [Int] = []
        // (Among the 200 mentions either side, as the other look-backs: bounded cost per title.)
        let center = ctx.mentionIndex(before: p) ?? 0
        let nearby = max(0, center - 200)..<min(ctx.mentions.count, center + 200)
        for index in nearby where ctx.owner[index] >= 0 && ctx.kind(index) == .organization {
            let m = ctx.mentions[index]
            guard m.end - m.start >= 2, m.end - m.start <= 12, !m.isAdjective else { continue }
            let e = ctx.entity(index)
            // (Only a name with a service's first word makes its words' strings.)
            guard e != own, (m.start..<m.end).contains(where: { Self.serviceFirstWords.contains(tokens[$0]) }) else { continue }
            let words = (m.start..<m.end).map { tokens[$0].norm }
            guard patterns.contains(where: { pattern in
                words.indices.contains { i in i + pattern.count <= words.count && (0..<pattern.count).allSatisfy { words[i + $0] == pattern[$0] } }
            }) else { continue }
            candidates.append(index)
            found = e
        }
        guard let found else { return nil }
        if candidates.allSatisfy({ ctx.entity($0) == found }) { return found }
        // Several: the one named with the text's state inside its name ("the South Sudan People's Defence Forces" beside
        // "the Uganda People's Defence Forces"), if only one is.
        // (By the names' words: the state's name, its last word perhaps made an adjective, "Sudan" in "Sudanese".)
        guard let mainCountry else { return nil }
        let state = ctx.entities.name(mainCountry).lowercased().split(separator: " ")
        guard let last = state.last else { return nil }
        let ofState = Set(candidates.map { ctx.entity($0) }.filter { e in
            let words = ctx.entities.name(e).lowercased().split(separator: " ")
            return words.indices.contains { i in
                guard i + state.count <= words.count, (0..<state.count - 1).allSatisfy({ words[i + $0] == state[$0] }) else { return false }
                let word = words[i + state.count - 1]
                return word.hasPrefix(last) && ["", "n", "an", "ian", "ese", "i", "ish"].contains(String(word.dropFirst(last.count)))
            }
        })
        return ofState.count == 1 ? ofState.first : nil
    }

    /// Titles of a job rather than an office: held before, they still tie the holder to the employer.
    static let jobWords: WordSet = [
        "economist", "economists", "analyst", "analysts", "researcher", "researchers", "engineer", "engineers", "employee",
        "employees", "staffer", "staffers", "scientist", "scientists", "consultant", "consultants", "lecturer", "professor",
        "trader", "traders", "banker", "bankers", "accountant", "accountants",
    ]

    /// Whether the office at `start` (in the sentence from `a`) is no longer held, or held then only: "former" before it
    /// (``formerBefore(_:from:_:)``), "then-President X", or a verb that puts its holder out right before it or its "the"
    /// ("dismissed the governor of the central bank, X", "voted to remove President X", "sacked Energy Minister X").
    /// The title rules and the document's ``HeadTable`` read it alike.
    static func heldNoMore(_ start: Int, from a: Int, _ ctx: RelationFinder.Context) -> Bool {
        let tokens = ctx.tokens
        return formerBefore(start, from: a, ctx)
            || (start > a + 1 && tokens[start - 1].textIs("-") && tokens[start - 2].normIs("then"))
            || (start > a + 1 && tokens[start - 1].normIs("the") && dismissalVerbs.contains(tokens[start - 2]))
            || (start > a && dismissalVerbs.contains(tokens[start - 1]))
    }

    /// "former" (or "late", "ex") right before the office at `start`, or before a demonym or a body's name and up to two
    /// lower-case words of it: "former President X", "former Nigerian President X", "a former Chilean foreign minister,
    /// X", "former Korvex chief executive X".
    static func formerBefore(_ start: Int, from a: Int, _ ctx: RelationFinder.Context) -> Bool {
        let tokens = ctx.tokens
        var q = start - 1
        var words = 0
        while q > a, words < 2, tokens[q].kind == .word, tokens[q].isLowerInitial,
            !tokens[q].normIsOne(of: "former", "late", "ex"), !RelationFinder.stopWords.contains(tokens[q])
        {
            q -= 1
            words += 1
        }
        // (Over a demonym, or a body's name: "former Tokyo High Court judge X", "former Korvex chief executive X".)
        if q > a, let m = ctx.mentionByEnd[q + 1], ctx.mentions[m].isAdjective && ctx.kind(m) == .country || ctx.kind(m) == .organization,
            ctx.mentions[m].start > a
        {
            q = ctx.mentions[m].start - 1
        }
        return q >= a && tokens[q].normIsOne(of: "former", "late", "ex")
    }

    /// Whether the word at `p` is a state's service named by its common noun alone before a
    /// title: "army spokesman", or "Army spokesman" opening a sentence, where "Army" is at most
    /// the lexicon's one-word short name of another state's service, not joined to a longer
    /// name of the text ("Navy" after "the Sri Lanka Navy"); no name or possessive before it.
    func stateServiceBeforeTitle(_ p: Int, from a: Int) -> Bool {
        let tokens = ctx.tokens
        let t = tokens[p]
        guard t.kind == .word, Self.serviceNouns.contains(t.norm) else { return false }
        if p > a {
            let before = tokens[p - 1]
            // ("A police spokesman, X": an article opening the sentence.)
            let article = before.normIsOne(of: "a", "an", "the")
            // (Also after a quotation it closes: "… civilians," army spokesman X said.)
            if before.normIs("'s") || ctx.mentionByEnd[p] != nil || before.isCapitalized && !article
                || before.kind != .word && !before.textIs(",") && before.kind != .quote
                || before.normIsOne(of: "former", "ex", "late", "retired")
            {
                return false
            }
        }
        // ("The Nepali Army deployed …, army spokesman X": the service the text has named.)
        if t.isLowerInitial, finder.anaphor(ctx, at: p, requireArticle: false) != nil { return false }
        if let m = ctx.mentionByEnd[p + 1] {
            let mention = ctx.mentions[m]
            let e = ctx.entity(m)
            guard mention.start == p, let actor = mention.actor, ctx.entities.name(e) == lexicon.actors[actor].name
            else { return false }
            // ("U.S. Army … Army spokesman": the text names that service in full elsewhere.)
            let nearby = max(0, m - 200)..<min(ctx.mentions.count, m + 200)
            if nearby.contains(where: { ctx.owner[$0] == e && ctx.mentions[$0].end - ctx.mentions[$0].start > 1 }) { return false }
        } else if !t.isLowerInitial, !(p == a && t.normIs("police")) {
            // ("Police spokeswoman X" opening a sentence: no name there.)
            return false
        }
        return true
    }

    /// Whether the sentence `a..<b` names `country` as the place visited: right after a form
    /// of "visit" ("will visit India"), or after "trip to"/"arrived in".
    func visits(_ country: Int, from a: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        for p in a..<b {
            guard let m = ctx.mentionByStart[p], ctx.entity(m) == country, !ctx.mentions[m].isAdjective, p > a else { continue }
            var q = p - 1
            if tokens[q].normIs("the"), q > a { q -= 1 }
            let word = tokens[q]
            if word.tag.isVerb, lexicon.lemmaText(lexicon.lemma(of: word), of: word) == "visit" { return true }
            if q > a, (word.normIs("to") && tokens[q - 1].normIsOne(of: "trip", "visit", "travel"))
                || (word.normIs("in") && tokens[q - 1].normIsOne(of: "arrived", "arrives", "arriving", "landed"))
            {
                return true
            }
        }
        return false
    }

    /// "Assistant Attorney General Lena Ortiz of the Justice Department's Antitrust Division": the
    /// organization named after the holder's name with "of" or "at" (the possessed one after
    /// "'s"), looked for within a few words after the title.
    func organization(after holder: Int, from position: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var k = position
        while k < b, k < position + 4, ctx.mentionByStart[k].map({ ctx.entity($0) != holder }) ?? true { k += 1 }
        guard k < b, let m = ctx.mentionByStart[k], ctx.entity(m) == holder else { return nil }
        var q = ctx.mentions[m].end
        guard q + 1 < b, tokens[q].normIsOne(of: "of", "at") else { return nil }
        q += 1
        if tokens[q].normIs("the") {
            q += 1
            // ("Senator Lena Ortiz of the opposition Korvex bloc", "of the ruling Unity Party": one or two words
            // describe the body after its article.)
            let first = q
            while q < b, q < first + 2, ctx.mentionByStart[q] == nil, tokens[q].kind == .word, tokens[q].isLowerInitial,
                !tokens[q].normIs("the"), !RelationFinder.stopWords.contains(tokens[q])
            {
                q += 1
            }
        }
        guard let body = ctx.bodyAfterPlaceCompound(q, to: b) else { return nil }
        q = body
        guard q < b, let n = ctx.mentionByStart[q], ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective else { return nil }
        let after = ctx.mentions[n].end
        if after + 1 < b, tokens[after].normIs("'s"), let o = ctx.mentionByStart[after + 1], ctx.kind(o) == .organization,
            !ctx.mentions[o].isAdjective
        {
            return ctx.entity(o)
        }
        return ctx.entity(n)
    }
}

extension RelationFinder.Context {
    /// Words after a place and a hyphen that make it a body's base, not the body: "the Lima-based Korvex Institute".
    static let basedWords: WordSet = ["based", "registered", "headquartered"]

    /// Where the body starts when a place's compound opens its description at `k` ("the Lima-based charity Korvex Aid",
    /// "the Dubai-registered Velmar Trading"): the organization named after the compound and at most two lower-case
    /// words; nil when no organization follows the compound ("the Lima-based bank": no body named, and not the place);
    /// `k` when no place's compound is there.
    func bodyAfterPlaceCompound(_ k: Int, to b: Int) -> Int? {
        guard k < b, let m = mentionByStart[k], kind(m).isOne(of: .location, .country) else { return k }
        let end = mentions[m].end
        guard end + 2 < b, tokens[end].textIs("-"), !tokens[end].spaceBefore, Self.basedWords.contains(tokens[end + 1]) else { return k }
        var r = end + 2
        while r < b, r < end + 4, mentionByStart[r] == nil, tokens[r].kind == .word, tokens[r].isLowerInitial,
            !RelationFinder.stopWords.contains(tokens[r])
        {
            r += 1
        }
        guard r < b, let n = mentionByStart[r], kind(n) == .organization, !mentions[n].isAdjective else { return nil }
        return r
    }

    /// Head words of a body a person is "a member of" by belonging to it, beside a party's: an assembly, a national
    /// organisation, an association (not a council, where a member holds a seat, nor an armed group, where the gold
    /// conventions read a member as one who serves in it).
    static let membershipHeads: WordSet = [
        "assembly", "parliament", "legislature", "senate", "organisation", "organization", "association", "federation",
        "union", "club",
    ]

    /// Whether a person named "a member of" the organization `org` belongs to it (`member_of`) rather than serves in it
    /// (`role_in`): a party, or a body one of whose names near `position` has a head of ``membershipHeads`` ("a member
    /// of the Velmar Assembly", "of the Korvan National Organisation"; not "of the Velmar Council").
    func isMembershipBody(_ org: Int, before position: Int) -> Bool {
        if isParty(org, before: position) { return true }
        return anyMention(of: org, near: position) { m in
            (m.start..<m.end).contains { Self.membershipHeads.contains(tokens[$0]) && tokens[$0].isCapitalized }
        }
    }

    /// Whether a mention of the organization `org` within the last 300 mentions before `position` (or the next 30)
    /// satisfies `test`: a bounded window, so a text of many names costs no more per name.
    private func anyMention(of org: Int, near position: Int, _ test: (MentionCandidate) -> Bool) -> Bool {
        let around = mentionIndex(before: position) ?? 0
        let low = max(0, around - 300)
        let high = min(mentions.count, around + 30)
        return (low..<high).contains { index in owner[index] == org && test(mentions[index]) }
    }

    /// Whether the organization `org` is a party: a mention of it within the last few hundred mentions before
    /// `position` (or the next few) has a party's head word, or the word "party" right after it ("the Unity party").
    func isParty(_ org: Int, before position: Int) -> Bool {
        anyMention(of: org, near: position) { m in
            (m.start..<m.end).contains { TitleRules.partyHeads.contains(tokens[$0]) }
                || (m.end < tokens.count && tokens[m.end].normIs("party"))
        }
    }
}
