import NewsGraph

/// Structure read from how names sit next to each other in a sentence, one rule per shape,
/// each named in `--explain` (the examples are invented):
/// - `name-prefix`, `name-inside`: an organ named after its state or parent ("Chilean Navy",
///   "Royal Thai Army"), and a state's body "… of" its country by a head that is not always an
///   organ's ("Armed Forces of X", "Civil Aviation Authority of X", a bank only as a central bank:
///   `stateBodyHead`);
/// - `demonym-company`, `apposed-demonym`, `possessive-company`: a company described by its
///   country ("Japanese investment group Korvex", "Korvex, the Danish shipping firm"), or a country's name
///   no organ's word marks ("Italy's Korvalo", "Norway's Velk Air", not "Chile's Veldsa voted"); `place-company`
///   (and `-apposed`, `-apposition`): by a city's or a region's name ("the Denver tour company Korvex Trails");
/// - `apposed-unit`, `modifier-unit`, `apposed-organ`, `possessive-apposed-organ`, `possessive-organ`,
///   `apposed-member`, `of-chain`: an organ or member of a body ("the UN monitoring mission,
///   UNVEL", "the EU border agency Korvex", "Velfor, the European Union's fisheries agency", "Chile's
///   Foreign Ministry", "the Border Brigade of the Velmar Front");
/// - `of-person`, `possessive-party`, `possessive-regime`, `possessive-staff`: a person's party
///   or regime, or their employer ("the Party for Renewal of Anna Lisk", "Chile's Tomas Brel
///   regime", "the Velmar Broadcasting Corporation's Lena Ortiz");
/// - `adjective-place`, `possessive-place`, `possessive-facility`, `fighters-in`, `locative`, `apposed-place`,
///   `capital-of`, `apposed-capital`, `apposed-demonym-place`, `of-place`, `described-body`: where a place or body
///   is ("the Chilean port of Arica", "the Chilean coastal town of Arica", "Chile's Maule region", "Lima's Tarvo
///   airport", "the Chilean Embassy in Lima", "Bozeman, Montana", "the capital of Mongolia, Ulaanbaatar", "Tarvel,
///   a city of 40,000 people in the state of Velmar", "Tarvel, the Kalmari capital", "Korvex of Arica", "Korvex, a
///   shipping firm based in Arica");
/// - `possessive-group`: a group or site of a country, not an organ of its state ("Chile's Velmar movement",
///   "Peru's Tarvo field") is in it; `whose-party`: "Lena Varga, whose Renewal Party" (a member; "leader X, whose
///   party": its leader); an acronym in brackets after a name stands for it before ", whose" and an apposition;
/// - `ownership-stake`: "Korvex, which is 60 percent owned by Halbrand" (a company's majority owner: `member_of`),
///   "Korvex, in which Halbrand holds a 49 percent stake" (a minority stake: `affiliated_with`);
/// - `of-party`: "Tomas Brel of the Unity Party" is a member of the party; `party-of-person`: "the Velmar party
///   of billionaire Anna Lisk" is led by her;
/// - `apposed-country-body`, `apposed-country-place`: "Vastra, one of the country's largest beef exporters",
///   "the Port of Tarvo, the country's only deep-water harbour" (the country named before, else the text's);
/// - `bloc-organ`: "the U.N. Support Mission in Kalmar" is the UN's and in Kalmar; `possessive-antecedent`:
///   "the court's Grand Chamber" is an organ of the body named before by that noun; `place-of`: "the Velbrek
///   area of Tarvel"; `described-place`: "Tarvelo, a town in Kenya"; `possessive-owned-company`: "Qatar's
///   state-owned Tarvo Ports"; `whose-organ`, `whose-place`: "whose" read as the possessive ("Peru, whose
///   Foreign Ministry", "Peru, whose port of Tarvo");
/// - `premises`: "its headquarters in Tarvel", "the company's main factory in Dask" (the body is there);
/// - `paired-office`: two lists paired in order ("X and Y, the presidents of A and B");
/// - `possessive-partner`: "Velair, which flies the route with its partner Korvex Air" (`affiliated_with`);
/// - `possessive-apposed-company`: "Chile's state power utility, Velgrid" is in Chile; `locative-on`: "the Tarvo dam
///   on the Velmar River", "the crossing on Peru's northern border";
/// - `possessive-tie`: two people tied by a friendship or work ("Lena Ortiz and her friend Anna
///   Lisk") are `affiliated_with` each other.
struct StructureRules {
    /// Nouns of a settlement: "the Ohio city of Akron" names a place in the one before the noun.
    static let settlementNouns: WordSet = ["city", "town", "village", "port", "capital"]
    /// Kinds of place that name a place in the text's country after a compass word: "the eastern city of X".
    static let kindPlaceNouns: WordSet = ["state", "province", "region", "city", "town", "village", "district"]
    let lexicon: CompiledLexicon
    let ctx: RelationFinder.Context
    /// Nouns that describe a company by what it is or does, after a demonym ("Danish rival
    /// Korvex", "Peruvian chipmaker Korvex", "a Chilean cybercrime gang"): the body nouns but
    /// "agency" (a state's organ), a few cues, and any "-maker".
    static let companyDescriptions: Set<String> = RelationFinder.bodyNouns.words.subtracting(["agency"]).union([
        "rival", "competitor", "chipmaker", "automaker", "carmaker", "drugmaker", "designer", "gang", "club", "cartel",
        // "oil major X"; "the U.S. hedge fund X"
        "major", "fund",
        // "the Swedish roaster X", "German second-division side X", "a Kalmari satirical weekly X"
        "roaster", "trader", "brewer", "chain", "side", "factory", "weekly", "daily", "magazine", "tabloid",
        // "Irish lessor X"
        "lessor",
    ])
    /// Words before "line" that make it a shipping or transport company: "Danish container line X".
    static let lineKindWords: WordSet = ["container", "shipping", "cruise", "ferry", "liner", "bus", "freight"]

    /// The person named at `start`, over "former"/"late", lower-case words and an office's title ("of billionaire
    /// Anna Lisk", "of former President Tomas Brel"), not a possessor ("of Lisk's party").
    func personNamed(after start: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var q = start
        let stop = start + 6
        while q < b, q < stop, ctx.mentionByStart[q] == nil {
            if tokens[q].normIsOne(of: "former", "late")
                || (tokens[q].isLowerInitial && tokens[q].kind == .word && !RelationFinder.stopWords.contains(tokens[q]))
            {
                q += 1
            } else if let title = ctx.titleByStart[q], title.end > q {
                q = title.end
            } else {
                return nil
            }
        }
        guard q < b, let n = ctx.mentionByStart[q], ctx.kind(n) == .person, !ctx.mentions[n].isAdjective,
            ctx.mentions[n].end >= b || !["'s", "-"].contains(tokens[ctx.mentions[n].end].norm)
        else { return nil }
        return n
    }

    /// Head words (the word before "of", else the last) that make a body named after its country, or possessed by
    /// it, a body of its people rather than an organ of its state: a union, a chamber, an association, a society, a
    /// foundation or a university is based in the country (`located_in`); a ministry, a council or a commission is
    /// part of it (`member_of`). ("Kalmar Chamber of Commerce", "the Kalmari Red Cross", "Union of Kalmari
    /// Journalists", "University of Kalmar"; not "Kalmar's Federation Council", "the Union Election Commission".)
    static let civilBodyHeads: Set<String> = [
        "union", "unions", "chamber", "association", "federation", "confederation", "society", "foundation", "network",
        "university", "cross", "crescent",
    ]
    /// Words anywhere in a body's name that make it its members' body whatever its head ("Kalmar Congress of Trade
    /// Unions", "Kalmari Exporters' Council", "National Olympic Committee of Kalmar").
    static let civilBodyModifiers: Set<String> = [
        "unions", "olympic", "paralympic", "religious", "exporters", "importers", "employers", "manufacturers", "producers",
        "mineworkers", "journalists", "lawyers", "professionals", "traders",
    ]

    /// Whether the body named `name` is a civil one by ``civilBodyHeads`` and ``civilBodyModifiers`` (a party never:
    /// its ties are the party rules').
    static func isCivilBody(_ name: String) -> Bool {
        let words = asciiLowercaseWords(name) ?? name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let last = words.last else { return false }
        let head = words.firstIndex(of: "of").flatMap { $0 > 0 ? words[$0 - 1] : nil } ?? last
        if head == "party" { return false }
        return civilBodyHeads.contains(head) || words.contains(where: civilBodyModifiers.contains)
    }

    /// The lower-cased runs of letters of an ASCII `name`, as `isCivilBody` splits it (in ASCII a letter is A-Z or
    /// a-z), read from its bytes; nil for any other name. Splitting by `Character.isLetter` was most of the structure
    /// rules' cost of the question, asked once per entity of each document.
    private static func asciiLowercaseWords(_ name: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The country a civil body's name opens with ("Kalmar Red Cross Society", "Kalmari Bar Association") or ends with
    /// after "of" ("Union of Press Workers of Kalmar"), when the text has it as an entity; not one inside the name
    /// ("Union of Kalmari Journalists": its people, not its seat), nor a name that is the country alone.
    func civilBodyCountry(_ m: MentionCandidate) -> Int? {
        let tokens = ctx.tokens
        let start = tokens[m.start].normIs("the") ? m.start + 1 : m.start
        guard start + 1 < m.end else { return nil }
        func country(at k: Int, endingName: Bool) -> Int? {
            guard let g = lexicon.matchActor(tokens, at: k, end: m.end), lexicon.actors[g.index].kind == .country,
                endingName ? k + g.length == m.end : k + g.length < m.end
            else { return nil }
            return entityByName[lexicon.actors[g.index].name]
        }
        // (A seat named elsewhere: "the American University of Beirut", "the British Chamber of Commerce in Tarvo" are
        // in that place, not in the country that opens the name.)
        if m.end + 1 < tokens.count, tokens[m.end].normIs("in"), let seat = ctx.mentionByStart[m.end + 1], ctx.owner[seat] >= 0,
            ctx.kind(seat).isOne(of: .location, .country)
        {
            return nil
        }
        if let c = country(at: start, endingName: false) {
            let seatInName = ((start + 2)..<m.end).contains { k in
                tokens[k - 1].normIs("of") && tokens[k].isCapitalized
                    && ((lexicon.matchActor(tokens, at: k, end: m.end).map { lexicon.actors[$0.index].kind.isOne(of: .location, .country) } ?? false)
                        || PlaceTable.builtIn.place(named: tokens[k].text) != nil)
            }
            return seatInName ? nil : c
        }
        for k in (start + 2)..<m.end where tokens[k - 1].normIs("of") {
            if let c = country(at: k, endingName: true) { return c }
        }
        return nil
    }

    /// Head words of a body or a facility that sits in the city or region its name opens with, or ends with after
    /// "of"/"in" ("Tarvo District Court", "University of Tarvo", "Port of Tarvo", "Association of Banks in Tarvo"),
    /// besides the civil bodies' (``civilBodyHeads``). Not a company's head ("Tarvo Shipping" may be named after a
    /// city it left), a council's or a committee's (a city's own organs), nor an airport's or a hospital's, which the
    /// corpus leaves unplaced as often as not.
    static let seatHeads: Set<String> = [
        "court", "alliance", "forum", "guild", "institute", "port", "prison", "stadium", "museum", "observatory",
    ]

    /// The city or region (a `Location` the text names as an entity; not a country, whose organs are the
    /// `name-prefix` rules' and whose civil bodies ``civilBodyCountry(_:)``'s) that a body's or a facility's name
    /// `m` opens with or ends with after "of"/"in": "Tarvo District Court", "Cantonal Court of Tarvo", "Tarvo
    /// Academic Staff Association". Only for a name whose head is one of ``seatHeads`` or a civil body's.
    func seatPlace(_ index: Int, entity e: Int) -> Int? {
        let tokens = ctx.tokens
        let m = ctx.mentions[index]
        let start = tokens[m.start].normIs("the") ? m.start + 1 : m.start
        guard start + 1 < m.end else { return nil }
        let head = headToken(m)
        guard Self.seatHeads.contains(tokens[head].norm) || ctx.isCivilBody(e) else { return nil }
        // A place the lexicon knows, or one the text names on its own near the name (a bounded look either way:
        // "Tarvo" said before or after "the Tarvo Academic Staff Association").
        func namedNear(_ k: Int, length: Int) -> Int? {
            let window = Self.seatWindow
            for n in max(0, index - window)..<min(ctx.mentions.count, index + window) where n != index {
                let c = ctx.mentions[n]
                guard c.end - c.start == length, ctx.owner[n] >= 0, !c.isAdjective, ctx.kind(n) == .location,
                    (0..<length).allSatisfy({ tokens[c.start + $0].word == tokens[k + $0].word })
                else { continue }
                return ctx.entity(n)
            }
            return nil
        }
        func place(at k: Int, endingName: Bool) -> Int? {
            if let g = lexicon.matchActor(tokens, at: k, end: m.end), lexicon.actors[g.index].kind == .location,
                endingName ? k + g.length == m.end : k + g.length < m.end,
                let p = entityByName[lexicon.actors[g.index].name], p != e, ctx.entities.kinds[p] == .location
            {
                // (A lexicon's place in no country and no table's city or region: a sea, a continent.)
                let known = PlaceTable.builtIn.place(named: lexicon.actors[g.index].name)
                return lexicon.actors[g.index].within != nil || known.map({ $0.isSubdivision || !$0.country.isEmpty }) == true ? p : nil
            }
            if endingName { return namedNear(k, length: m.end - k).flatMap { $0 != e ? $0 : nil } }
            for length in 1...2 where k + length < m.end && tokens[k + length - 1].isCapitalized {
                if let p = namedNear(k, length: length), p != e { return p }
            }
            return nil
        }
        // (A seat is a city or a region of a country: not an ocean or a continent, "Pacific Islands Forum".)
        func seat(_ p: Int?) -> Int? {
            guard let p else { return nil }
            let name = ctx.entities.name(p)
            if let known = PlaceTable.builtIn.place(named: name) { return known.isSubdivision || !known.country.isEmpty ? p : nil }
            return p
        }
        if let p = seat(place(at: start, endingName: false)) { return p }
        for k in (start + 2)..<m.end where tokens[k - 1].normIsOne(of: "of", "in") && tokens[k].isCapitalized {
            if let p = seat(place(at: k, endingName: true)) { return p }
        }
        return nil
    }
    /// How many mentions either side of a name ``seatPlace(_:entity:)`` looks through for the place it opens with.
    static let seatWindow = 128

    /// Verbs whose "of" names a charge, not a body: "accused X of the Velmar Bank fraud".
    static let chargeVerbs: WordSet = ["accused", "convicted", "acquitted", "charged", "cleared", "suspected", "indicted", "found"]

    /// Words after "X, a Kalmari company" that go on describing X ("controlled by Y", "based in Z", "that makes …").
    static let descriptionGoesOn: WordSet = [
        "controlled", "owned", "based", "headquartered", "registered", "listed", "founded", "that", "which", "with",
    ]

    /// Nouns besides a company's that describe a body a country's demonym or name opens the description of, with
    /// the name right after it ("the Kalmari laboratory X", "U.S. investment fund X"; `demonym-company` only).
    /// ("fund" is a company's description already, `companyDescriptions`.)
    /// ("a Kalmari trust, X", "the Kalmari retail federation", "its Kalmari owner, X", "the Tarvo brokerage X": also
    /// the descriptions apposed to a name, `-apposed`, `-apposition`, `apposed-demonym`.)
    static let demonymBodyNouns: WordSet = [
        "laboratory", "investor", "union", "federation", "association", "trust", "foundation", "agent", "owner", "brokerage",
        "holding", "consortium", "cooperative", "charity", "institute", "processor", "organisation", "organization", "ngo",
        "network",
    ]

    /// Words before "agency" that make it a trade's, not a state's ("a Tarvo recruitment agency, X").
    static let tradeAgencyWords: WordSet = ["news", "recruitment", "travel", "employment", "manning", "advertising", "shipping", "press"]

    /// The token that opens a description of a body ending at `start` (a place's or a country's name next): an
    /// article right before it or over up to two lower-case adjectives or participles ("a small", "a licensed"),
    /// or "its"/"their" or a possessive's "'s" right before it ("its Kalmari operator", "the ship's Kalmari owner").
    /// The possessives only: nothing to an article's apposition before it (`-apposition` asks for "a"/"an").
    static func descriptionOpener(before start: Int, from a: Int, _ tokens: Tokens) -> Int? {
        guard start > a else { return nil }
        if tokens[start - 1].normIsOne(of: "its", "their") || (tokens[start - 1].normIs("'s") && start - 1 > a && tokens[start - 2].isLowerInitial) {
            return start - 1
        }
        var k = start - 1
        while k > a, k >= start - 2, tokens[k].isLowerInitial, tokens[k].kind == .word,
            [.adjective, .verbParticiple, .verbPast].contains(tokens[k].tag), !RelationFinder.stopWords.contains(tokens[k])
        {
            k -= 1
        }
        return tokens[k].normIsOne(of: "a", "an", "the") ? k : nil
    }

    static func describesCompany(_ norm: String) -> Bool {
        companyDescriptions.contains(norm) || (norm.count > 7 && norm.hasSuffix("maker"))
    }

    /// Head words (or the noun right after a name) of a group or site in a country that is no organ of its state:
    /// "Yemen's Houthi movement", "Mexico's Jalisco Cartel", "Niger's Agadem field".
    static let groupNouns: WordSet = ["movement", "cartel", "gang", "club", "field", "oilfield"]
    /// Words that make a described group an armed or outlawed one, no organ of a state: "Colombia's largest guerrilla group".
    static let armedGroupWords: WordSet = [
        "guerrilla", "rebel", "insurgent", "militant", "jihadist", "separatist", "paramilitary", "criminal", "drug", "armed",
        "opposition", "extremist",
    ]
    /// Words before "fund" that say what the fund is for, not where it is: "the Gaza reconstruction fund".
    static let purposeFundWords: WordSet = [
        "reconstruction", "relief", "recovery", "development", "aid", "emergency", "humanitarian", "solidarity", "climate",
    ]

    /// Title modifiers ([titlemodifiers]) that start or end a company's or a club's name as often as a state
    /// service's ("Velk Air", "Royal Sporting Varne", "United Korvex"): no organ's cue after a country's possessive.
    static let companyNameModifiers: WordSet = [
        "air", "royal", "united", "first", "grand", "group", "business", "financial", "software", "television", "film",
        "travel", "credit", "soccer", "baseball", "opera", "ballet", "theater", "theatre", "advertising", "marketing",
    ]
    /// Verbs only a legislature or a court does, after a country's possessive and one unknown word: "Kalmar's
    /// Veldsa voted" names an organ, not a company.
    static let organVerbs: WordSet = [
        "voted", "votes", "passed", "ruled", "rules", "adopted", "ratified", "impeached", "elected", "convicted",
        "sentenced", "acquitted", "legislated", "convened", "approved", "amended", "debated", "confirmed",
    ]

    /// The first entity of each name.
    let entityByName: [String: Int]
    /// The country the text is about, for "the country's only port" (`apposed-country-place`).
    var mainCountry: Int? = nil
    /// The relation finder, for a possessor named by a description ("the company's plant in Tarvel":
    /// ``RelationFinder/anaphor(_:at:requireArticle:asObject:opening:beforeOffice:)``); none, no such possessor read.
    var finder: RelationFinder? = nil

    typealias Emit = (_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, _ confidence: Double) -> Void

    /// Social and working ties between people ("her friend X"); family ties are not read as affiliations.
    static let tieNouns: WordSet = ["friend", "colleague", "associate", "partner", "ally", "confidant", "co-founder"]
    /// A company's partners in trade or service, after "its": "its partner X", "its Chilean distributor X", "its insurer, X".
    static let companyTieNouns: WordSet = [
        "partner", "partners", "distributor", "distributors", "reseller", "resellers", "insurer", "insurers", "contractor",
        "contractors", "subcontractor", "subcontractors", "supplier", "suppliers", "customer", "customers", "client", "clients",
        "auditor", "auditors", "shareholder", "shareholders", "investor", "investors", "lender", "lenders", "creditor",
        "creditors", "dealer", "dealers", "licensee", "licensees", "broker", "brokers", "importer", "importers", "buyer", "buyers",
    ]
    /// Words that make the noun after "its" a rival, no partner: "its rival lender X", "its former partner X".
    static let rivalWords: WordSet = ["rival", "rivals", "competing", "competitor", "former", "ex", "estranged"]
    /// Kinds of place that describe a place or a facility in another ("X, a town in Y").
    /// How many mentions back "the court's X" looks for the body named "court" (`possessive-antecedent`).
    static let antecedentWindow = 200
    static let describedPlaceNouns: WordSet = [
        "town", "village", "city", "district", "province", "region", "area", "suburb", "port", "settlement", "neighbourhood",
        "neighborhood", "county", "municipality", "island", "ranch", "farm", "camp", "mine", "base", "hamlet", "commune", "state",
    ]

    /// Where the place after the preposition at `preposition` starts: over "the" and a compass
    /// word, and to the possessed place of "in Zambia's Copperbelt province".
    func placeStart(after preposition: Int, to b: Int) -> Int {
        let tokens = ctx.tokens
        var q = preposition + 1
        if ctx.mentionByStart[q] == nil, q < b, tokens[q].normIs("the") { q += 1 }
        if ctx.mentionByStart[q] == nil, q < b, RelationFinder.compassWords.contains(tokens[q]) {
            q += 1
            // "based in the north of England": a part of the place named after "of".
            if q + 1 < b, q == preposition + 3, tokens[q].normIs("of"), (tokens[q - 1].normIsOne(of: "north", "south", "east", "west") || tokens[q - 1].normIsOne(of: "centre", "center")),
                ctx.mentionByStart[q + 1] != nil
            {
                return q + 1
            }
        }
        // "in the Velmari port of Tarvo", "in the central mining city of Tarvel": over a kind of place and "of"
        // (lower-case words or a demonym before the place noun, three at most).
        if q > preposition + 1 {
            var r = q
            while r < b, r < q + 3, !Self.describedPlaceNouns.contains(tokens[r]),
                tokens[r].kind == .word, tokens[r].isLowerInitial || ctx.mentionByStart[r].map({ ctx.mentions[$0].isAdjective }) == true
            {
                r = ctx.mentionByStart[r].map { ctx.mentions[$0].end } ?? (r + 1)
            }
            if r + 2 < b, Self.describedPlaceNouns.contains(tokens[r]), tokens[r].isLowerInitial, tokens[r + 1].normIs("of"),
                let n = ctx.mentionByStart[r + 2], ctx.kind(n).isOne(of: .location, .country), !ctx.mentions[n].isAdjective
            {
                q = r + 2
            }
        }
        if let n = ctx.mentionByStart[q], ctx.mentions[n].end + 1 < b, tokens[ctx.mentions[n].end].normIs("'s"),
            let place = ctx.mentionByStart[possessedPlaceStart(afterPossessive: ctx.mentions[n].end, to: b)], ctx.kind(place) == .location,
            !ctx.mentions[place].isAdjective
        {
            q = ctx.mentions[place].start
        }
        return q
    }

    /// Where the place possessed after the "'s" at `possessive` starts: over one compass word
    /// ("Chile's northern Arica province"), or over up to three lower-case words before a place a place noun
    /// closes ("Chile's semi-autonomous Arica province").
    func possessedPlaceStart(afterPossessive possessive: Int, to b: Int) -> Int {
        let tokens = ctx.tokens
        let q = possessive + 1
        if q + 1 < b, ctx.mentionByStart[q] == nil, RelationFinder.compassWords.contains(tokens[q]) { return q + 1 }
        // "Somalia's semi-autonomous Varno region", "Peru's restive Varno province": over at most three lower-case
        // words and hyphens, when a place noun closes the place named after them.
        var r = q
        while r < b, r < q + 4, ctx.mentionByStart[r] == nil,
            tokens[r].textIs("-") || (tokens[r].kind == .word && tokens[r].isLowerInitial && !RelationFinder.stopWords.contains(tokens[r])
                && !RelationFinder.determiners.contains(tokens[r]))
        {
            r += 1
        }
        if r > q, r < b, let n = ctx.mentionByStart[r], ctx.kind(n) == .location {
            let end = ctx.mentions[n].end
            if RelationFinder.placeNouns.contains(tokens[end - 1]) || (end < b && RelationFinder.placeNouns.contains(tokens[end])) { return r }
        }
        return q
    }

    /// Whether the place possessed after the "'s" at `possessive` is named as a unit of its possessor: a place
    /// noun closes it ("Mizoram's Champhai district"), not a facility nor a person.
    func possessedIsPlaceUnit(after possessive: Int, to b: Int) -> Bool {
        guard let n = ctx.mentionByStart[possessedPlaceStart(afterPossessive: possessive, to: b)] else { return false }
        let end = ctx.mentions[n].end
        return RelationFinder.placeNouns.contains(ctx.tokens[end - 1]) || (end < b && RelationFinder.placeNouns.contains(ctx.tokens[end]))
    }

    /// The country a party "ruling"/"governing" right before its name runs: "the ruling Renewal Party", "Peru's governing
    /// Velmar Front", "Ana Lisk's ruling Tarvo Movement", "the governing Tarvo First party" (a party's head word ends the
    /// name, or "party" follows it). The country is the possessive's before "ruling" when it is a country's, else the one
    /// the text is about; none after "former"/"then" or a lower-case word before "ruling" other than "the" ("the
    /// once-ruling", "a formerly ruling").
    func rulingPartyCountry(_ index: Int, from a: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        let m = ctx.mentions[index]
        guard !m.isAdjective, m.start - 1 >= a,
            tokens[m.start - 1].normIsOne(of: "ruling", "governing"), tokens[m.start - 1].isLowerInitial
        else { return nil }
        let party = (m.start..<m.end).contains { TitleRules.partyHeads.contains(tokens[$0]) }
            || (m.end < b && tokens[m.end].normIs("party") && tokens[m.end].isLowerInitial)
        guard party else { return nil }
        // (A party named after a people or a country may rule another than the text's: "the ruling Velmar People's Party",
        // "the ruling Workers' Party of Velmar".)
        if (m.start..<m.end).contains(where: { tokens[$0].normIs("of") }) { return nil }
        if (m.start..<m.end).contains(where: { k in
            lexicon.matchActor(tokens, at: k, end: m.end).map { lexicon.actors[$0.index].kind == .country } ?? false
        }) {
            return nil
        }
        let before = m.start - 2
        if before >= a, tokens[before].normIs("'s"), let owner = ctx.mentionByEnd[before], ctx.owner[owner] >= 0 {
            if ctx.kind(owner) == .country { return ctx.entity(owner) }
            if ctx.kind(owner) != .person { return nil }
            return mainCountry
        }
        if before >= a, !tokens[before].normIs("the") { return nil }
        // (Not when the sentence names another state and not the text's: "In Kalmar, the ruling Unity Party …".)
        if let mainCountry, ctx.namesOnlyOtherCountry(than: mainCountry, from: a, to: b) { return nil }
        return mainCountry
    }

    /// After "the"/"a" at `start`: "state", "state-owned", "state-run" or "state-controlled", up to three lower-case
    /// words, the last a company's description (``describesCompany(_:)``: "operator", "airline"; not an organ's: "agency"): the
    /// position after that noun, else nil.
    func stateFirmHead(from start: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        guard start + 1 < b, tokens[start].normIs("state") else { return nil }
        var q = start + 1
        if q + 1 < b, tokens[q].textIs("-"), tokens[q + 1].normIsOne(of: "owned", "run", "controlled") { q += 2 }
        let first = q
        // (Over a hyphenated word: "the state ground-handling company".)
        while q < b, q < first + 5, ctx.mentionByStart[q] == nil,
            (tokens[q].kind == .word && tokens[q].isLowerInitial && !RelationFinder.stopWords.contains(tokens[q]))
                || (tokens[q].textIs("-") && !tokens[q].spaceBefore && q > first)
        {
            q += 1
        }
        guard q > first, tokens[q - 1].kind == .word else { return nil }
        let noun = tokens[q - 1].norm
        guard Self.describesCompany(noun), !RelationFinder.stateBodyNouns.contains(noun), !RelationFinder.governmentNouns.contains(noun)
        else { return nil }
        return q
    }

    /// Nouns a body of a country is described by after "the country's": the body nouns, companies' descriptions, and
    /// a few more (singular).
    static let countryBodyNouns: Set<String> = companyDescriptions.union(RelationFinder.bodyNouns.words).union([
        "exporter", "importer", "gang", "cartel", "club", "retailer", "employer", "bank", "lender", "union", "party", "university",
    ])

    /// The edges of a place a facility may stand on: "the crossing on Kalmar's northern border" (`locative-on`).
    static let edgeNouns: WordSet = ["border", "frontier", "coast", "coastline", "shore", "shores", "bank", "banks"]

    /// Participles of where a body has its seat: "a firm based (registered, incorporated) in X".
    static let seatWords: WordSet = ["based", "headquartered", "registered", "incorporated"]

    /// Words that may follow the description of a body: the phrase goes on with them.
    static let afterBodyWords: WordSet = ["and", "with", "by", "in", "on", "after", "since"]

    /// After the name whose mention ends at `k` (and over "and" and a second name of a body): ", (one of) the country's
    /// [up to four words] <body noun>"; the country is the last one the sentence names before the mention (not as an
    /// adjective), else the one the text is about.
    func countryBody(after end: Int, mention index: Int, sentence sentenceMentions: MentionList, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var k = end
        if k + 1 < b, tokens[k].normIs("and"), let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization { k = ctx.mentions[n].end }
        guard k + 4 < b, tokens[k].textIs(",") else { return nil }
        var q = k + 1
        if q + 2 < b, tokens[q].normIs("one"), tokens[q + 1].normIs("of") { q += 2 }
        guard q + 3 < b, tokens[q].normIs("the"), tokens[q + 1].normIs("country"), tokens[q + 2].normIs("'s") else { return nil }
        q += 3
        let first = q
        // (Up to "of" after the noun: "the country's second-largest maker of coal briquettes".)
        while q < b, q < first + 5, tokens[q].isLowerInitial || tokens[q].textIs("-"), tokens[q].kind == .word || tokens[q].textIs("-"),
            !(q > first && tokens[q].normIs("of"))
        {
            q += 1
        }
        guard q > first else { return nil }
        var noun = tokens[q - 1].norm
        if noun.count > 3, noun.hasSuffix("s"), !Self.countryBodyNouns.contains(noun) { noun.removeLast() }
        guard Self.countryBodyNouns.contains(noun) || Self.describesCompany(noun) else { return nil }
        guard q >= b || !tokens[q].isLowerInitial || Self.afterBodyWords.contains(tokens[q]) || tokens[q].normIs("of") else { return nil }
        // The last country named before the mention, among the 64 mentions before it (a list sentence of such
        // descriptions costs no scan of the whole sentence per item).
        // (The sentence's mentions are in text order: those before it end before the first at or after it.)
        let start = ctx.mentions[index].start
        let low = sentenceMentions.partitionPoint { ctx.mentions[$0].start < start }
        for k in stride(from: low - 1, through: max(0, low - 64), by: -1) {
            let other = sentenceMentions[k]
            guard ctx.mentions[other].end <= start else { continue }
            if ctx.kind(other) == .country, !ctx.mentions[other].isAdjective { return ctx.entity(other) }
        }
        return mainCountry
    }

    /// Plural office nouns that pair a list of people with a list of countries or bodies in order: the predicate each
    /// pair gets ("the presidents of A and B": `leads`; "envoys from A and B": `role_in`).
    static let pluralOffices: [String: Predicate] = [
        "presidents": .leads, "premiers": .leads, "leaders": .leads, "chancellors": .leads, "ministers": .roleIn,
        "envoys": .roleIn, "ambassadors": .roleIn, "negotiators": .roleIn, "representatives": .roleIn, "delegates": .roleIn,
    ]
    /// The words of ``pluralOffices``, tested by number before the dictionary is asked.
    static let pluralOfficeWords = WordSet(Set(pluralOffices.keys))
    /// The longest list `pairwiseOffices` pairs.
    static let maxPairedList = 8

    /// "The top nuclear envoys of A, B and C — X, Y and Z", "the foreign ministers of A and B, X and Y", "X and Y, the
    /// presidents of A and B": a list of people and a list of countries or bodies of the same length, paired in order
    /// (`paired-office`), never each with each.
    func pairwiseOffices(from a: Int, to b: Int, emit: Emit) {
        let tokens = ctx.tokens
        for p in a..<b where tokens[p].kind == .word && (tokens[p].isLowerInitial || p == a) {
            guard p + 2 < b, tokens[p + 1].normIsOne(of: "of", "from"), Self.pluralOfficeWords.contains(tokens[p]),
                var predicate = Self.pluralOffices[tokens[p].norm]
            else { continue }
            if tokens[p].normIs("ministers"), p > a, tokens[p - 1].normIs("prime") { predicate = .leads }
            let bodies = listAfter(p + 2, to: b, kinds: [.country, .organization])
            guard bodies.entities.count >= 2 else { continue }
            var people: [Int] = []
            // After the bodies: "— X, Y and Z", ", X and Y", ": X and Y".
            let q = bodies.end
            if q + 1 < b, tokens[q].textIs(",") || tokens[q].kind == .dash || tokens[q].textIs(":") {
                people = listAfter(q + 1, to: b, kinds: [.person]).entities
            }
            // Before the office: "X and Y, the presidents of".
            if people.count != bodies.entities.count {
                var r = p - 1
                while r > a, r > p - 4, tokens[r].isLowerInitial, !tokens[r].normIs("the") { r -= 1 }
                if r > a, tokens[r].normIs("the"), tokens[r - 1].textIs(",") { people = listBefore(r - 1, from: a, kinds: [.person]).entities }
            }
            guard people.count == bodies.entities.count else { continue }
            for (person, body) in zip(people, bodies.entities) where person != body {
                emit(person, body, predicate, "paired-office", 0.7)
            }
        }
    }

    /// "A, B and C" from `position`: the entities of the listed names of the given kinds (over "the"), and where the
    /// list ends; none if a name of another kind is listed.
    func listAfter(_ position: Int, to b: Int, kinds: [EntityKind]) -> (entities: [Int], end: Int) {
        let tokens = ctx.tokens
        var group: [Int] = []
        var p = position
        var end = position
        var afterComma = false
        // Whether "and" joined two names of the list before its last separator.
        var joined = false
        var joinedBefore = false
        while p < b, group.count <= Self.maxPairedList {
            if tokens[p].normIs("the") { p += 1 }
            guard p < b, let m = ctx.mentionByStart[p], !ctx.mentions[m].isAdjective else { break }
            // ("of A and B, X and Y": a name of another kind after a comma starts the next list; so does one after
            // ", and" once "and" has closed the list: "members of A and B, and Chile joined …".)
            guard kinds.contains(ctx.kind(m)) else {
                if afterComma || joinedBefore { break }
                return ([], position)
            }
            group.append(ctx.entity(m))
            p = ctx.mentions[m].end
            end = p
            guard p + 1 < b, tokens[p].textIs(",") || tokens[p].normIs("and") else { break }
            // (", and" / "and": the list goes on; a comma and no name after it ends it.)
            let wasAnd = tokens[p].normIs("and")
            afterComma = !wasAnd && !tokens[p + 1].normIs("and")
            joinedBefore = joined
            joined = joined || wasAnd || tokens[p + 1].normIs("and")
            p += 1
            if !wasAnd, tokens[p].normIs("and") { p += 1 }
            // ("The presidents of France, and": the sentence may end there.)
            guard p < b else { break }
            if !wasAnd, ctx.mentionByStart[p] == nil, !tokens[p].normIs("the") { break }
        }
        // A list longer than the longest paired is none.
        if group.count > Self.maxPairedList { return ([], position) }
        return (Set(group).count == group.count ? group : [], end)
    }

    /// "X, Y and Z" of `kinds` (no adjective) ending right before `position`, in the order written, and where it
    /// starts; over an article before a name when `overArticle` (members: "Peru, the Velmar Union and Chile").
    func listBefore(_ position: Int, from a: Int, kinds: [EntityKind], overArticle: Bool = false) -> (entities: [Int], start: Int) {
        let tokens = ctx.tokens
        var group: [Int] = []
        var p = position
        var start = position
        while p > a, group.count <= Self.maxPairedList, let m = ctx.mentionByEnd[p], kinds.contains(ctx.kind(m)),
            !ctx.mentions[m].isAdjective
        {
            group.append(ctx.entity(m))
            start = ctx.mentions[m].start
            p = start - 1
            // ("Peru, the Velmar Union and Chile": an article before a member's name.)
            if overArticle, p > a, tokens[p].normIs("the") { p -= 1 }
            guard p > a, tokens[p].textIs(",") || tokens[p].normIs("and") else { break }
            if tokens[p].normIs("and"), tokens[p - 1].textIs(",") { p -= 1 }
        }
        guard Set(group).count == group.count, group.count <= Self.maxPairedList else { return ([], position) }
        return (group.reversed(), start)
    }

    /// Head words of a body's organ or mission named after it ("U.N. Support Mission"), beside the lexicon's organ heads.
    static let missionHeads: WordSet = ["mission", "force", "forces"]
    /// Nouns of an organ that its parent's name modifies, before the organ's own name: "the U.N. refugee agency
    /// UNHCR", "the EU police agency Europol", "the AU peacekeeping mission AMISOM".
    static let modifierOrganNouns: WordSet = ["agency", "mission", "office", "body", "watchdog", "regulator", "force", "court", "tribunal"]

    /// "U.N. Support Mission in Libya", "OSCE Mission to Serbia", "U.N. Security Council": a name that opens with a
    /// known organization's name and whose head word (before "in"/"to"/"for"/"of"/"on") is an organ's or a mission's;
    /// the organization's entity, and the country or place after "in"/"to" that closes the name.
    func blocOrgan(_ m: MentionCandidate) -> (bloc: Int, place: Int?)? {
        let tokens = ctx.tokens
        guard m.end - m.start >= 2, !m.isAdjective, let g = lexicon.matchActor(tokens, at: m.start, end: m.end - 1),
            lexicon.actors[g.index].kind == .organization, let bloc = entityByName[lexicon.actors[g.index].name]
        else { return nil }
        var head = m.end - 1
        var place: Int?
        if let p = (m.start + g.length..<m.end).first(where: { tokens[$0].normIsOne(of: "in", "to", "for", "of", "on") }) {
            head = p - 1
            var q = p + 1
            if q < m.end, tokens[q].normIs("the") { q += 1 }
            if tokens[p].normIsOne(of: "in", "to"), let c = lexicon.matchActor(tokens, at: q, end: m.end), q + c.length == m.end,
                lexicon.actors[c.index].kind.isOne(of: .country, .location)
            {
                place = entityByName[lexicon.actors[c.index].name]
            }
        }
        // (A lower-case head word only in a name the lexicon knows: "the UN refugee agency" for UNHCR.)
        guard head >= m.start + g.length, tokens[head].isCapitalized || m.actor != nil,
            lexicon.isWord(tokens[head], .organHead) || Self.missionHeads.contains(tokens[head])
        else { return nil }
        return (bloc, place)
    }

    /// A stake stated at `start` (before `b`): "60 percent", "about 64 percent", "30 per cent", "12%": its value and the
    /// position after it.
    func statedPercent(at start: Int, to b: Int) -> (Double, Int)? {
        let tokens = ctx.tokens
        // ("about 64 percent", "nearly 30 percent": the stake as stated.)
        let p = start < b && Self.approximators.contains(tokens[start]) ? start + 1 : start
        guard p + 1 < b, tokens[p].kind == .number, let value = Double(tokens[p].text.replacingOccurrences(of: ",", with: "")),
            tokens[p + 1].normIsOne(of: "percent", "%", "per")
        else { return nil }
        var end = p + 2
        if tokens[p + 1].normIs("per"), end < b, tokens[end].normIs("cent") { end += 1 }
        return (value, end)
    }

    /// The owner named from `start` (before `b`) after "owned by" or a stake's "by": an organization's or a country's
    /// mention, over "the", lower-case words, a demonym, a compound or a country's name that describes it (at most
    /// nine tokens); none when it is one owner among several ("investors including X") or a past one ("until").
    func stakeOwner(from start: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        var r = start
        while r < b, r < start + 9 {
            let t = tokens[r]
            if let n = ctx.mentionByStart[r] {
                let end = ctx.mentions[n].end
                // A demonym, a country's name before a lower-case word, a hyphen or "'s" describes the owner.
                let describes =
                    ctx.mentions[n].isAdjective
                    || (ctx.kind(n).isOne(of: .country, .location) && end < b
                        && (tokens[end].isLowerInitial || tokens[end].textIs("-") || tokens[end].normIs("'s"))
                        // (Not the owner's verb: "in which Kenya holds a 51 percent stake".)
                        && !Self.stakeVerbs.contains(tokens[end]))
                guard describes else { break }
                r = end
            } else if Self.ownerListWords.contains(t) {
                // ("owned by investors including X", "owned by X until it sold …": not X's whole stake.)
                return nil
            } else if t.normIs("the") || t.normIs("'s") || (t.isLowerInitial && t.kind == .word && !RelationFinder.stopWords.contains(t))
                || t.textIs("-")
            {
                r += 1
            } else {
                return nil
            }
        }
        guard r < b, let n = ctx.mentionByStart[r], ctx.kind(n).isOne(of: .organization, .country) else { return nil }
        // ("… owned by X until it sold the stake": a past stake.)
        let ownerEnd = ctx.mentions[n].end
        if ownerEnd < b, tokens[ownerEnd].normIsOne(of: "until", "before") { return nil }
        return n
    }

    /// A stake stated right after a company's name (from `k`): ", which is 60 percent owned by [the …] Y" (over "has
    /// been", "was", "now"; or "owned 60 percent by Y"), " is 35 percent owned by Y", ", in which Y holds a 49 percent
    /// stake", ", a video app owned by Y" (a description owned whole), ", which is part-owned by Y" (a stake of no stated
    /// size, 0): the owner's mention (an organization, after "the", lower-case words, a demonym or a compound,
    /// "Cyprus-registered") and the percentage.
    func ownershipStake(after k: Int, to b: Int) -> (owner: Int, percent: Double)? {
        let tokens = ctx.tokens
        var q = k
        if q < b, tokens[q].textIs(",") { q += 1 }
        // "60 percent owned by" or "owned 60 percent by" at `r`: the stake and the position after "by".
        func percentOwned(at r: Int) -> (Double, Int)? {
            if let (value, end) = statedPercent(at: r, to: b), end + 1 < b, tokens[end].normIs("owned"), tokens[end + 1].normIs("by") {
                return (value, end + 2)
            }
            if r < b, tokens[r].normIs("owned"), let (value, end) = statedPercent(at: r + 1, to: b), end < b, tokens[end].normIs("by") {
                return (value, end + 1)
            }
            return nil
        }
        if q + 1 < b, tokens[q].normIs("in"), tokens[q + 1].normIs("which") {
            // ", in which Y holds a 49 percent stake"
            guard let n = stakeOwner(from: q + 2, to: b) else { return nil }
            var r = ctx.mentions[n].end
            guard r < b, Self.stakeVerbs.contains(tokens[r]) else { return nil }
            r += 1
            if r < b, tokens[r].normIsOne(of: "a", "an") { r += 1 }
            guard let (value, end) = statedPercent(at: r, to: b), end < b, tokens[end].normIsOne(of: "stake", "share", "interest") else { return nil }
            return (n, value)
        }
        if q > k, q + 1 < b, tokens[q].normIsOne(of: "a", "an"), tokens[q].isLowerInitial {
            // ", a company 80 percent owned by Y", ", a London-based drugmaker majority-owned by Y": a description
            // of the company (lower-case words, a place before "-based") whose stake follows.
            var r = q + 1
            while r < b, r < q + 8 {
                if let n = ctx.mentionByStart[r] {
                    guard ctx.mentions[n].isAdjective || ctx.kind(n).isOne(of: .country, .location) else { return nil }
                    r = ctx.mentions[n].end
                    continue
                }
                let t = tokens[r]
                guard t.textIs("-") || (t.kind == .word && t.isLowerInitial && !t.normIs("majority") && !t.normIs("owned")
                    && !RelationFinder.stopWords.contains(t) && partOwned(at: r, to: b) == nil) else { break }
                r += 1
            }
            guard r > q + 1 else { return nil }
            if let (value, end) = percentOwned(at: r), let n = stakeOwner(from: end, to: b) { return (n, value) }
            if let end = majorityOwned(at: r, to: b), let n = stakeOwner(from: end, to: b) { return (n, 51) }
            if let (end, joint) = partOwned(at: r, to: b), let n = stakeOwner(from: end, to: b) { return (n, joint ? 100 : 0) }
            // ", a short-video app owned by Y": the description owned whole.
            if r + 1 < b, tokens[r].normIs("owned"), tokens[r + 1].normIs("by"), let n = stakeOwner(from: r + 2, to: b) { return (n, 100) }
            return nil
        }
        if q < b, tokens[q].normIs("which") { q += 1 } else if q > k { return nil }
        while q < b, tokens[q].normIsOne(of: "is", "was", "has", "been", "now") { q += 1 }
        if q > k, let end = majorityOwned(at: q, to: b), let n = stakeOwner(from: end, to: b) { return (n, 51) }
        if q > k, let (end, joint) = partOwned(at: q, to: b), let n = stakeOwner(from: end, to: b) { return (n, joint ? 100 : 0) }
        guard q > k, let (value, end) = percentOwned(at: q), let n = stakeOwner(from: end, to: b) else { return nil }
        return (n, value)
    }

    /// The further owners of a stake read by ``ownershipStake(after:to:)``, after its owner's mention (ending at `e`):
    /// "… 62 percent owned by X and 35 percent by Y", "owned 65 percent by X, 20 percent by Y and 15 percent by Z"
    /// (each with its own percentage; at most four), "jointly owned by X and the Italian group Y" (`joint`: owners
    /// without one): their mentions and percentages.
    func furtherStakes(after e: Int, to b: Int, joint: Bool) -> [(owner: Int, percent: Double)] {
        let tokens = ctx.tokens
        var stakes: [(owner: Int, percent: Double)] = []
        var q = e
        while stakes.count < 4, q + 4 < b, tokens[q].textIs(",") || tokens[q].normIs("and") {
            q += 1
            if tokens[q].normIs("and") { q += 1 }
            var value = 100.0
            let owner: Int?
            if joint {
                guard tokens[q - 1].normIs("and") else { break }
                owner = stakeOwner(from: q, to: b)
            } else {
                guard let (stated, end) = statedPercent(at: q, to: b), end < b, tokens[end].normIs("by") else { break }
                value = stated
                owner = stakeOwner(from: end + 1, to: b)
            }
            guard let n = owner else { break }
            stakes.append((n, value))
            q = ctx.mentions[n].end
        }
        return stakes
    }

    /// "part-owned by", "partly owned by" (a stake of no stated size), "jointly owned by", "co-owned by" (each owner a
    /// parent, as of a joint venture) at `r`: the position after "by" and whether the owners own it jointly.
    func partOwned(at r: Int, to b: Int) -> (end: Int, joint: Bool)? {
        let tokens = ctx.tokens
        guard r + 1 < b else { return nil }
        if tokens[r].normIsOne(of: "part-owned", "co-owned"), tokens[r + 1].normIs("by") { return (r + 2, tokens[r].normIs("co-owned")) }
        if tokens[r].normIsOne(of: "part", "partly", "jointly", "co"), r + 2 < b {
            var q = r + 1
            if tokens[q].textIs("-") { q += 1 }
            if q + 1 < b, tokens[q].normIs("owned"), tokens[q + 1].normIs("by") { return (q + 2, tokens[r].normIsOne(of: "jointly", "co")) }
        }
        return nil
    }

    /// The organizations listed right after the one named by mention `n` ("A, B and C", "A and B"; at most eight, each a
    /// bare name): their mentions; none unless the list closes with "and" before its last name.
    func orgListAfter(_ n: Int, to b: Int) -> [Int] {
        let tokens = ctx.tokens
        var list: [Int] = []
        var q = ctx.mentions[n].end
        var closed = false
        while list.count < 8, !closed, q + 1 < b, tokens[q].textIs(",") || tokens[q].normIs("and") {
            closed = tokens[q].normIs("and")
            q += 1
            if !closed, tokens[q].normIs("and") { closed = true; q += 1 }
            guard q < b, let next = ctx.mentionByStart[q], ctx.kind(next) == .organization, !ctx.mentions[next].isAdjective else { return [] }
            list.append(next)
            q = ctx.mentions[next].end
        }
        return closed ? list : []
    }

    /// "majority-owned by", "majority owned by" at `r`: the position after "by".
    func majorityOwned(at r: Int, to b: Int) -> Int? {
        let tokens = ctx.tokens
        guard r < b, tokens[r].normIs("majority") || tokens[r].normIs("majority-owned") else { return nil }
        var q = r + 1
        if tokens[r].normIs("majority") {
            if q < b, tokens[q].textIs("-") { q += 1 }
            guard q < b, tokens[q].normIs("owned") else { return nil }
            q += 1
        }
        guard q < b, tokens[q].normIs("by") else { return nil }
        return q + 1
    }

    /// A stake the company named before `k` holds: "Y, which owns 31 percent of X", "Y owns 60 percent of X", "Y,
    /// which holds an 8 percent stake in X": the owned company's mention and the percentage (not a stake it "had"
    /// or one it would buy: present "owns"/"holds"/"controls" only).
    func stakeHeld(after k: Int, to b: Int) -> (owned: Int, percent: Double)? {
        let tokens = ctx.tokens
        var q = k
        if q + 1 < b, tokens[q].textIs(","), tokens[q + 1].normIsOne(of: "which", "who") { q += 2 }
        guard q + 3 < b, tokens[q].normIsOne(of: "owns", "holds", "controls") else { return nil }
        q += 1
        let article = tokens[q].normIsOne(of: "a", "an")
        if article { q += 1 }
        guard q + 2 < b, tokens[q].kind == .number, let value = Double(tokens[q].text.replacingOccurrences(of: ",", with: "")),
            tokens[q + 1].normIsOne(of: "percent", "%", "per")
        else { return nil }
        q += 2
        if tokens[q - 1].normIs("per"), q < b, tokens[q].normIs("cent") { q += 1 }
        if article {
            guard q + 1 < b, tokens[q].normIsOne(of: "stake", "interest"), tokens[q + 1].normIs("in") else { return nil }
            q += 1
        } else {
            guard q + 1 < b, tokens[q].normIs("of") else { return nil }
        }
        q += 1
        // "of Chile's other big producer, X" stays out: the owned one's name right after, over "the".
        if q < b, tokens[q].normIs("the") { q += 1 }
        guard q < b, let n = ctx.mentionByStart[q], !ctx.mentions[n].isAdjective,
            ctx.kind(n).isOne(of: .organization, .facility)
        else { return nil }
        return (n, value)
    }

    /// Head words of a state's body that are no organ's head in every name ("Bank", "Forces", "Authority"), which
    /// name an organ when the name ends with its country ("… of Chile", `name-inside`).
    static let stateBodyHeads: WordSet = ["bank", "force", "forces", "organization", "organisation", "authority"]
    /// Words after "owned by" that make what follows one owner among several, or a past one.
    static let ownerListWords: WordSet = ["including", "led", "such", "and", "or", "until", "before", "among"]
    /// How far from a "Bank of X" name "the central bank" may stand to call it one (tokens, each side).
    static let centralBankWindow = 40
    /// Words after which a country's name before a lower-case word is no modifier ("in Chile last …").
    static let notBeforeModifier: WordSet = ["in", "at", "'s"]
    /// Whether the name at token `start` opens its clause (sentence `a…`): at the sentence's start, after a
    /// comma, a semicolon, a colon, a dash, a bracket, a quote or "and"/"but" — not after a preposition or a verb ("a letter to X",
    /// "After meeting X").
    static func opensClause(_ start: Int, from a: Int, _ tokens: Tokens) -> Bool {
        guard start > a else { return true }
        var k = start - 1
        if tokens[k].normIs("the"), tokens[k].isLowerInitial, k > a { k -= 1 } else if tokens[k].normIs("the") { return k == a }
        let t = tokens[k]
        // (A dateline's dash or a colon too: "LIMA — X, a U.N. agency, …".)
        return t.textIs(",") || t.text == ";" || t.text == "(" || t.text == ":" || t.text == "—" || t.text == "–" || t.text == "-"
            || t.kind == .quote || t.normIsOne(of: "and", "but")
    }
    /// The verbs of an owner's stake: "in which Y holds a 49 percent stake".
    static let stakeVerbs: WordSet = ["holds", "has", "owns", "held", "had"]
    /// Words before a stake's number that leave its size as stated: "about 64 percent owned by Y".
    static let approximators: WordSet = ["about", "around", "roughly", "nearly", "almost", "approximately", "some"]

    /// Whether the name `m`, whose head word is at `head`, is a state's body by that head though it is no organ's
    /// head: "Armed Forces of X", "Atomic Energy Organization of X", "Civil Aviation Authority of X", and a bank
    /// only as a central bank: "Central Bank of X", "Reserve Bank of X", or "Bank of X" where its sentence or the
    /// next calls it "the central bank" or a governor's title follows the name ("Bank of X Governor Y").
    func stateBodyHead(_ m: MentionCandidate, head: Int, sentence s: Int) -> Bool {
        let tokens = ctx.tokens
        guard Self.stateBodyHeads.contains(tokens[head]), head + 1 < m.end, tokens[head + 1].normIs("of") else { return false }
        if tokens[head].normIsOne(of: "force", "forces") { return head > m.start && RelationFinder.forceModifiers.contains(tokens[head - 1]) }
        guard tokens[head].normIs("bank") else { return true }
        if (m.start..<head).contains(where: { tokens[$0].normIsOne(of: "central", "reserve") }) { return true }
        if m.end < tokens.count, tokens[m.end].normIsOne(of: "governor", "governors", "deputy") { return true }
        // "the central bank" within the name's sentence or the next, and near the name: a bounded window, so a
        // sentence of many such names costs no more per name ("National Bank of X" is often a commercial bank).
        let sentences = ctx.seg.sentences
        let last = min(sentences.count - 1, s + 1)
        let from = max(sentences[s].tokens.lowerBound, m.start - Self.centralBankWindow)
        let to = min(sentences[last].tokens.upperBound, m.end + Self.centralBankWindow)
        return (from..<to).dropLast().contains { tokens[$0].normIs("central") && tokens[$0 + 1].normIs("bank") }
    }

    /// A country's parts named with their kind after the name: "the Velbrek region", "the Velbrek province".
    static let regionNouns: WordSet = ["region", "province", "district", "state", "county", "prefecture", "governorate"]
    /// Plurals of settlement and region nouns: "the Kazakh industrial cities of A and B".
    static let pluralPlaceNouns: WordSet = ["cities", "towns", "villages", "ports", "provinces", "regions", "districts", "islands"]
    /// The most places read from one such list.
    static let placeListItems = 8

    /// The plural place noun at `start` or after at most `limit` lower-case common words ("industrial cities").
    func pluralPlaceNoun(from start: Int, to b: Int, over limit: Int) -> Int? {
        let tokens = ctx.tokens
        var q = start
        while q < b, q < start + limit, tokens[q].kind == .word, tokens[q].isLowerInitial, !Self.pluralPlaceNouns.contains(tokens[q]),
            !RelationFinder.stopWords.contains(tokens[q]), lexicon.isWord(tokens[q], .commonWord)
        {
            q += 1
        }
        return q < b && Self.pluralPlaceNouns.contains(tokens[q]) ? q : nil
    }

    /// Whether a word names a kind of place ("town", "island", "capital").
    static func isPlaceNoun(_ t: Token) -> Bool { RelationFinder.placeNouns.contains(t) || describedPlaceNouns.contains(t) }

    /// The place noun at `start` or after at most `limit` lower-case common words ("coastal town", "main
    /// port", "border town": an edge's noun too), if one comes before any other word; the last of two ("port city").
    func placeNoun(from start: Int, to b: Int, over limit: Int) -> Int? {
        let tokens = ctx.tokens
        var q = start
        while q < b, q < start + limit, tokens[q].kind == .word, tokens[q].isLowerInitial, !Self.isPlaceNoun(tokens[q]),
            !RelationFinder.stopWords.contains(tokens[q]), lexicon.isWord(tokens[q], .commonWord) || Self.edgeNouns.contains(tokens[q])
        {
            q += 1
        }
        guard q < b, Self.isPlaceNoun(tokens[q]) else { return nil }
        return q + 1 < b && tokens[q + 1].isLowerInitial && Self.isPlaceNoun(tokens[q + 1]) ? q + 1 : q
    }

    /// The head word of a mention: the word before its first "of"/"on"/"for", or its last word.
    func headToken(_ m: MentionCandidate) -> Int { m.headIndex ?? (m.end - 1) }

    /// "the Sinai Peninsula, Panama for Operation X, Somalia and Iraq": a phrase of purpose or
    /// time at `p` on a list's item, then more places of the list (a comma and a country or
    /// place, within 8 words).
    private func listGoesOn(afterPhraseAt p: Int, to b: Int) -> Bool {
        let tokens = ctx.tokens
        guard ClauseFinder.insertedPhrasePrepositions.contains(tokens[p]) else { return false }
        var q = p + 1
        while q + 1 < b, q < p + 9 {
            if tokens[q].textIs(",") || tokens[q].text == ";" || tokens[q].textIs(".") { break }
            q += 1
        }
        guard q + 1 < b, tokens[q].textIs(","), let n = ctx.mentionByStart[q + 1],
            ctx.kind(n).isOne(of: .country, .location)
        else { return false }
        let end = ctx.mentions[n].end
        return end < b && (tokens[end].textIs(",") || tokens[end].normIs("and"))
    }

    /// Nouns of a company named after a country's possessive and a comma: "Kalmar's state oil company, Velpet" is
    /// in Kalmar (where "Kalmar's state logistics agency, Velbul" is its organ).
    static let apposedCompanyNouns: WordSet = ["company", "corporation", "conglomerate"]
    /// The lower-case words after the possessive "'s" at `possessive` (at most eight, and hyphens inside them: "Chile's
    /// state power utility, …", "the country's second-largest lender, …"): where they end, and whether one of them says
    /// the body is foreign ("foreign", "overseas", "international").
    func wordsAfterPossessive(_ possessive: Int, to b: Int) -> (end: Int, foreign: Bool) {
        let tokens = ctx.tokens
        let start = possessive + 1
        var q = start
        var foreign = false
        while q < b, q < start + 8,
            (tokens[q].isLowerInitial && tokens[q].kind == .word && !RelationFinder.stopWords.contains(tokens[q]))
                || (tokens[q].textIs("-") && !tokens[q].spaceBefore && q > start)
        {
            if tokens[q].normIsOne(of: "foreign", "overseas", "international") { foreign = true }
            q += 1
        }
        return (q, foreign)
    }

    /// `country-described`: "The country's largest lender, Korvex Bank, cut rates" puts the bank in the country the
    /// text is about; "the country's securities regulator, the Tarvo Commission," and "the country's Tarvo Meat
    /// Institute" (a body named right after the possessive, no company's name: "the country's Korvex Bank" is in it)
    /// make the body its organ, a civil body's ties staying `located_in` (the examples are invented). The nouns
    /// are those of `possessive-apposed-company` and `possessive-apposed-organ` ("Chile's state power utility,
    /// Velgrid"); at most eight lower-case words between "the country's" and the comma, nothing foreign among them.
    func countryDescribed(from a: Int, to b: Int, emit: Emit) {
        guard let country = mainCountry else { return }
        let tokens = ctx.tokens
        var k = a + 1
        while k + 2 < b {
            defer { k += 1 }
            guard tokens[k].normIsOne(of: "country", "nation"), tokens[k - 1].normIs("the"), tokens[k + 1].normIs("'s") else { continue }
            // "the country's Tarvo Meat Institute": an organ named right after the possessive.
            // (A company's name is in the country: "the country's Korvex Bank".)
            if let n = ctx.mentionByStart[k + 2], ctx.owner[n] >= 0, ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective,
                ctx.entity(n) != country
            {
                emit(ctx.entity(n), country, ctx.isCompany[ctx.entity(n)] ? .locatedIn : .memberOf, "country-described", 0.7)
                continue
            }
            let (q, foreign) = wordsAfterPossessive(k + 1, to: b)
            guard !foreign, q > k + 2, q + 2 < b, tokens[q].textIs(","), tokens[q - 1].kind == .word else { continue }
            let noun = tokens[q - 1]
            let r = tokens[q + 1].normIs("the") ? q + 2 : q + 1
            guard let n = ctx.mentionByStart[r], ctx.owner[n] >= 0, ctx.kind(n) == .organization, !ctx.mentions[n].isAdjective,
                ctx.entity(n) != country
            else { continue }
            // (A civil body or a company first: "the country's largest union federation, X" is no organ.)
            if Self.apposedCompanyNouns.contains(noun) || Self.countryBodyNouns.contains(noun.norm)
                || Self.describesCompany(noun.norm) || Self.demonymBodyNouns.contains(noun)
            {
                if !noun.normIsOne(of: "investor", "buyer", "owner", "partner") {
                    emit(ctx.entity(n), country, .locatedIn, "country-described", 0.7)
                }
            } else if lexicon.isWord(noun, .organHead) || RelationFinder.stateBodyNouns.contains(noun.norm) {
                emit(ctx.entity(n), country, .memberOf, "country-described", 0.7)
            }
        }
    }

    /// Nouns of a body's premises: "its headquarters in Tarvel", "the company's main factory in Dask" place the body.
    /// ("centre"/"center" only after ``premisesCentreWords``: "its data centre in Uvo".)
    static let premisesNouns: WordSet = [
        "headquarters", "factory", "factories", "plant", "refinery", "smelter", "warehouse", "yard", "shipyard", "campus",
        "offices", "office", "secretariat", "base", "centre", "center",
    ]
    static let premisesCentreWords: WordSet = ["data", "distribution", "logistics", "research", "operations"]
    /// Mentions read back from "its" for the body it stands for.
    static let premisesReach = 12

    /// `premises`: "its headquarters in Tarvel", "the company's main factory in Dask", "the agency's offices in Lisk": the
    /// body whose premises are in a place is located there (the examples are invented). The possessor is "its", the
    /// nearest organization before it in the sentence (no country nor person nearer: "Peru's army said its base in
    /// Tarvel"), or "the" and a noun that names a body named before (``RelationFinder/anaphor(_:at:requireArticle:asObject:opening:beforeOffice:)``);
    /// up to three lower-case words between the possessive and the noun ("its eight-storey factory"). A named possessor
    /// ("Korvex's plant in Dask") is read by the rules of names.
    func premises(from a: Int, to b: Int, emit: Emit) {
        let tokens = ctx.tokens
        // Whether the name starting at `start` completes "of"/"by" over a few lower-case words or demonyms ("Korvex, a
        // unit of Peruvian group Velmar, said its …"): another's description, not the subject "its" stands for.
        func isComplement(_ start: Int) -> Bool {
            var q = start - 1
            while q >= a, q >= start - 5, tokens[q].kind == .word,
                (tokens[q].isLowerInitial && !tokens[q].normIsOne(of: "of", "by"))
                    || ctx.mentionByEnd[q + 1].map({ ctx.mentions[$0].isAdjective }) == true
            {
                q -= 1
            }
            return q >= a && tokens[q].normIsOne(of: "of", "by")
        }
        // (A possessor is no complement: "control of the Korvex Federation's affairs and its offices in Lima".)
        func possessor(_ m: Int) -> Bool { ctx.mentions[m].end < b && tokens[ctx.mentions[m].end].normIs("'s") }
        var p = a
        while p + 3 < b {
            defer { p += 1 }
            let its = tokens[p].normIs("its")
            let described = !its && p > a && tokens[p - 1].normIs("the") && p + 1 < b && tokens[p + 1].normIs("'s")
                && tokens[p].isLowerInitial && tokens[p].kind == .word
            guard its || described else { continue }
            // The premises' noun, over lower-case words and hyphens.
            var q = its ? p + 1 : p + 2
            var noun: Int? = nil
            while q < b, q < p + 6, tokens[q].isLowerInitial || tokens[q].textIs("-") || tokens[q].kind == .number, ctx.mentionByStart[q] == nil {
                if Self.premisesNouns.contains(tokens[q]), tokens[q].kind == .word,
                    !tokens[q].normIsOne(of: "centre", "center") || (q > p + 1 && Self.premisesCentreWords.contains(tokens[q - 1]))
                {
                    noun = q
                    break
                }
                q += 1
            }
            guard let noun, noun + 2 < b, tokens[noun + 1].normIsOne(of: "in", "at") else { continue }
            guard let place = ctx.mentionByStart[placeStart(after: noun + 1, to: b)], ctx.owner[place] >= 0,
                ctx.kind(place).isOne(of: .location, .country), !ctx.mentions[place].isAdjective
            else { continue }
            var body: Int? = nil
            if its {
                // The nearest actor before "its" in the sentence, when it is an organization's.
                if let last = ctx.mentionIndex(before: p) {
                    var index = last
                    while index >= 0, index > last - Self.premisesReach, ctx.mentions[index].start >= a {
                        if ctx.owner[index] >= 0, !ctx.mentions[index].isAdjective, ctx.mentions[index].end <= p,
                            ctx.kind(index).isOne(of: .organization, .country, .person), (possessor(index) || !isComplement(ctx.mentions[index].start))
                        {
                            if ctx.kind(index) == .organization { body = ctx.entity(index) }
                            break
                        }
                        index -= 1
                    }
                }
            } else if let finder, let m = finder.anaphor(ctx, at: p, requireArticle: true), ctx.kind(m) == .organization {
                body = ctx.entity(m)
            }
            guard let body, body != ctx.entity(place) else { continue }
            emit(body, ctx.entity(place), .locatedIn, "premises", 0.7)
        }
    }

    /// Runs every rule over the mentions of one sentence (token range `a..<b`).
    func run(mentions sentenceMentions: MentionList, from a: Int, to b: Int, emit report: Emit) {
        let mentions = ctx.mentions
        let owner = ctx.owner
        let tokens = ctx.tokens
        func emit(_ source: Int, _ target: Int, _ predicate: Predicate, _ rule: String, confidence: Double) {
            // A civil body a rule ties to a country is based there, not its state's organ (`isCivilBody`).
            if predicate == .memberOf, ctx.entities.kinds[target] == .country, ctx.entities.kinds[source] == .organization,
                ctx.isCivilBody(source)
            {
                report(source, target, .locatedIn, rule, confidence)
                return
            }
            report(source, target, predicate, rule, confidence)
        }
        pairwiseOffices(from: a, to: b, emit: report)
        memberLists(from: a, to: b, emit: report)
        premises(from: a, to: b, emit: report)
        countryDescribed(from: a, to: b, emit: emit)
        for index in sentenceMentions {
            let m = mentions[index]
            let e = ctx.entity(index)
            let kind = ctx.entities.kinds[e]
            // "the ruling Renewal Party", "Peru's governing Velmar Front", "the governing Tarvo First party": the party
            // in power leads its country.
            if kind == .organization, let country = rulingPartyCountry(index, from: a, to: b), country != e {
                emit(e, country, .leads, "ruling-party", confidence: 0.75)
            }
            // Organs named after their country or parent: "U.S. Senate", "Russian Coast Guard".
            if let parent = m.partOf, owner[parent] >= 0 {
                let pe = ctx.entity(parent)
                // "U.S. Senate", "Russian Coast Guard"; not a company named after its country ("Saudi Aramco").
                let namedAfter =
                    m.actor.map {
                        let name = lexicon.actors[$0].name.lowercased()
                        let last = String(name.split(separator: " ").last ?? "")
                        return name.hasPrefix(tokens[mentions[parent].start].norm + " ") && !lexicon.lexicon.organHeads.contains(last)
                    } ?? false
                // ("the Supreme Court of Velmar", "the Supreme Court of Appeal": a body named by another's name and "of"
                // is that kind of body, not its part.)
                let kindOf = ctx.entities.kinds[pe] == .organization && mentions[parent].start == m.start
                    && mentions[parent].end < b && tokens[mentions[parent].end].normIs("of")
                if kind == .organization, !(namedAfter && ctx.entities.kinds[pe] == .country), !kindOf {
                    emit(e, pe, .memberOf, "name-prefix", confidence: 0.85)
                }
                // "Tarvo Relief International Kalmar": a known body's national section, named by the body and the
                // country that ends its name, is based in that country (when the text has it as an entity).
                if kind == .organization, ctx.entities.kinds[pe] == .organization, case let k = mentions[parent].end,
                    k < m.end, let g = lexicon.matchActor(tokens, at: k, end: m.end), k + g.length == m.end,
                    lexicon.actors[g.index].kind == .country, let country = entityByName[lexicon.actors[g.index].name], country != e
                {
                    emit(e, country, .locatedIn, "section-country", confidence: 0.75)
                }
            } else if kind == .organization, let organ = blocOrgan(m), organ.bloc != e {
                // "the U.N. Support Mission in Libya", "the OSCE Mission to Serbia": an organ or mission named after the
                // international body it belongs to, and the country it works in.
                emit(e, organ.bloc, .memberOf, "bloc-organ", confidence: 0.8)
                if let place = organ.place, place != e { emit(e, place, .locatedIn, "bloc-organ", confidence: 0.75) }
            } else if kind == .organization, m.actor == nil, m.end - m.start >= 3,
                case let head = m.headIndex ?? (m.start..<m.end).first(where: { $0 > m.start && tokens[$0].normIs("of") }).map({ $0 - 1 })
                    ?? (m.end - 1),
                case let organHead = lexicon.isWord(tokens[head], .organHead), organHead || stateBodyHead(m, head: head, sentence: m.sentence)
            {
                // "Royal Thai Army", "Federal Government of Somalia", "Transportation Safety Board of Canada":
                // an organ naming its country inside ("Central Bank of Chile", "Armed Forces of Chile": only
                // a name that ends with its country, for the heads `stateBodyHead` allows).
                for k in (m.start + 1)..<m.end where tokens[k].isCapitalized && tokens[k].spaceBefore {
                    if let g = lexicon.matchActor(tokens, at: k, end: m.end), lexicon.actors[g.index].kind == .country,
                        k + g.length == m.end || (organHead && k + g.length == head),
                        let country = entityByName[lexicon.actors[g.index].name]
                    {
                        emit(e, country, .memberOf, "name-inside", confidence: 0.75)
                        break
                    }
                }
            }
            // "Kalmar Red Cross Society", "the Kalmari Bar Association", "Mineworkers' Union of Kalmar": a civil body
            // (`isCivilBody`) whose name opens with its country, or ends with "of" it, is based there.
            if kind == .organization, m.end - m.start >= 2, ctx.isCivilBody(e),
                let country = civilBodyCountry(m), country != e
            {
                emit(e, country, .locatedIn, "civil-body-name", confidence: 0.7)
            }
            // "Tarvo District Court", "University of Tarvo", "Port of Tarvo": a body or a facility named
            // after the city or region it sits in.
            if kind == .organization || kind == .facility, m.end - m.start >= 2, !m.isAdjective, let place = seatPlace(index, entity: e) {
                emit(e, place, .locatedIn, "seat-in-name", confidence: 0.7)
            }
            // "Hilmar Sastro of the University of Kalmar", "Ana Ferreira of Korvex Mining": a person "of" a body works
            // for it (not "of" a country, a nationality; not "of the body's …").
            if kind == .person, !m.isAdjective, m.end + 1 < b, tokens[m.end].normIs("of"),
                // (Not "accused X of the Velmar Bank fraud": a charge's "of".)
                m.start == a || !Self.chargeVerbs.contains(tokens[m.start - 1])
            {
                var q = tokens[m.end + 1].normIs("the") ? m.end + 2 : m.end + 1
                // ("Ana Ferreira of the Lima-based Korvex Institute": over the place's compound; none but a body after it.)
                q = ctx.bodyAfterPlaceCompound(q, to: b) ?? b
                // ("Ana Ferreira of the law firm Velmar & Brel": over the body's lower-case noun after "the".)
                if q > m.end + 1, q + 1 < b, tokens[q].isLowerInitial, ctx.mentionByStart[q] == nil {
                    if Self.describesCompany(tokens[q].norm), ctx.mentionByStart[q + 1] != nil {
                        q += 1
                    } else if q + 2 < b, tokens[q + 1].isLowerInitial, Self.describesCompany(tokens[q + 1].norm),
                        ctx.mentionByStart[q + 2] != nil, !RelationFinder.stopWords.contains(tokens[q])
                    {
                        q += 2
                    }
                }
                if q < b, let n = ctx.mentionByStart[q], owner[n] >= 0, ctx.kind(n) == .organization, !mentions[n].isAdjective,
                    // (The body ends its noun phrase: not "of the Velmar Bank robbery".)
                    mentions[n].end >= b || !tokens[mentions[n].end].isLowerInitial
                        || [.verbPast, .verbThird, .verbPresent, .modal, .auxiliary, .adverb, .preposition, .coordinator]
                            .contains(tokens[mentions[n].end].tag),
                    mentions[n].end >= b || tokens[mentions[n].end].norm != "'s", ctx.entity(n) != e,
                    // (A party's member is `member_of` it, from the party rules.)
                    !(mentions[n].start..<mentions[n].end).contains(where: { tokens[$0].normIs("party") })
                {
                    emit(e, ctx.entity(n), .roleIn, "person-of-body", confidence: 0.7)
                }
            }
            // "Belarusian potash producer Belaruskali", "Japanese investment group SoftBank": a
            // company described by its country.
            // ("U.S. private equity firm X", "South Korean chipmaker X": a country's name or a demonym of two
            // words used as a modifier, not possessed, not after a preposition of place.)
            // ("a Denver tour company", "the London firm X", "a California importer": a city's or a region's name too,
            // rule `place-company`.)
            var modifier = m.isAdjective
            // (A city's or a subdivision's, not a continent's, a river's or an ocean's: "the Asia fund X", "the
            // Danube shipping company X" say what the company deals in. A gazetteer place counts with the country
            // it lies in or as the place table's subdivision, any other as the table's city or subdivision of a
            // country.)
            let tablePlace = kind == .location ? PlaceTable.builtIn.place(named: ctx.entities.name(e)) : nil
            let placeModifier =
                kind == .country
                || (kind == .location
                    && (m.actor.map { lexicon.actors[$0].within != nil || tablePlace?.isSubdivision == true }
                        ?? (tablePlace.map { $0.isSubdivision || !$0.country.isEmpty } == true)))
            let companyRule = kind == .country ? "demonym-company" : "place-company"
            if !modifier, placeModifier, m.end < b, tokens[m.end].isLowerInitial, tokens[m.end].kind == .word {
                let before: Token? = m.start > a ? tokens[m.start - 1] : nil
                modifier = !(before.map { Self.notBeforeModifier.contains($0) } ?? false)
            }
            // (Not the second half of a hyphenated pair, "Franco-German firm X"; a dateline's spaced dash before it,
            // "PARIS (AFP) - French satellite operator X", is no hyphen.)
            if modifier, placeModifier, m.end + 1 < b, m.start == a || !tokens[m.start - 1].textIs("-") || tokens[m.start].spaceBefore {
                var q = m.end
                // (Over a hyphenated word: "low-cost carrier X".)
                // ("the Kalmari state giant X", "state-owned": "state" before more of the description.)
                while q < b, q < m.end + 5,
                    (tokens[q].isLowerInitial && !RelationFinder.stopWords.contains(tokens[q])
                        && (!RelationFinder.governmentNouns.contains(tokens[q])
                            || (tokens[q].normIs("state") && q + 1 < b && (tokens[q + 1].isLowerInitial || tokens[q + 1].textIs("-")))))
                        || (tokens[q].textIs("-") && !tokens[q].spaceBefore && q > m.end)
                        // ("the Kalmari dockers' union X": over a plural's bare apostrophe.)
                        || (q > m.end && tokens[q].normIs("'s") && tokens[q].text.unicodeScalars.count == 1
                            && tokens[q - 1].isLowerInitial)
                {
                    q += 1
                }
                // "U.S. investment fund X", "the Kalmari news agency X", "the Kalmari dockers' union X": more bodies a name
                // right after the description may be, the rule's only.
                func describesBody(_ k: Int) -> Bool {
                    Self.describesCompany(tokens[k].norm) || Self.demonymBodyNouns.contains(tokens[k])
                        || (k > m.end && tokens[k].normIs("agency") && Self.tradeAgencyWords.contains(tokens[k - 1]))
                        || (k > m.end && tokens[k].normIs("house") && tokens[k - 1].normIs("trading"))
                        || (k > m.end && tokens[k].normIs("line") && Self.lineKindWords.contains(tokens[k - 1]))
                }
                // "Chinese refiners A and B", "Kalmari lenders A, B and C": a plural of those nouns before a list of names.
                let pluralBodies = q > m.end && tokens[q - 1].norm.count > 4 && tokens[q - 1].norm.hasSuffix("s")
                    && Self.describesCompany(String(tokens[q - 1].norm.dropLast()))
                // ("the Gaza reconstruction fund X" is a fund for the place, not one of it.)
                let purposeFund = q > m.end + 1 && tokens[q - 1].normIs("fund") && Self.purposeFundWords.contains(tokens[q - 2])
                // The word that opens the description: an article, or (only before a name apposed after it) a
                // possessive ("its Kalmari operator, X", "the ship's Kalmari owner, X"), over up to two lower-case
                // words that say what kind of one it is ("a small Tarvo lender", "a licensed Tarvo importer").
                let opener = Self.descriptionOpener(before: m.start, from: a, tokens)
                if q > m.end, q < b, !purposeFund, describesBody(q - 1),
                    let n = ctx.mentionByStart[q], ctx.kind(n) == .organization, !mentions[n].isAdjective
                {
                    emit(ctx.entity(n), e, .locatedIn, companyRule, confidence: 0.7)
                } else if q > m.end, q < b, pluralBodies, let n = ctx.mentionByStart[q], ctx.kind(n) == .organization,
                    !mentions[n].isAdjective
                {
                    for member in [n] + orgListAfter(n, to: b) where ctx.entity(member) != e {
                        emit(ctx.entity(member), e, .locatedIn, companyRule, confidence: 0.7)
                    }
                } else if q > m.end, !purposeFund, describesBody(q - 1), let opener {
                    // "a Danish shipping firm, Velmar Lines,": the name apposed after a comma, the apposition closed
                    // after it ("After Peru banned a Danish firm, Velmar Lines left" names no such firm).
                    if q + 1 < b, tokens[q].textIs(","), let n = ctx.mentionByStart[q + 1], ctx.kind(n) == .organization,
                        !mentions[n].isAdjective,
                        mentions[n].end >= b || tokens[mentions[n].end].textIs(",") || tokens[mentions[n].end].textIs(".")
                            || tokens[mentions[n].end].text == ";" || tokens[mentions[n].end].text == ")"
                    {
                        emit(ctx.entity(n), e, .locatedIn, companyRule + "-apposed", confidence: 0.7)
                    } else if !m.isAdjective, opener - 1 > a, tokens[opener].normIsOne(of: "a", "an"), tokens[opener - 1].textIs(","),
                        let n = ctx.mentionByEnd[opener - 1], ctx.kind(n) == .organization, !mentions[n].isAdjective,
                        q == b || tokens[q].textIs(",") || tokens[q].textIs(".") || tokens[q].text == ";"
                            || (tokens[q].normIsOne(of: "that", "which", "whose") && tokens[q].isLowerInitial)
                            // ("X, a South Korean company controlled by Y,": the description goes on about the company.)
                            || Self.descriptionGoesOn.contains(tokens[q])
                    {
                        // "Velmar Offshore, a South Korean company,": the name the description is apposed to (a
                        // demonym of one word is "apposed-demonym", below). ("X, a California importer that buys …":
                        // a relative clause after the description.)
                        emit(ctx.entity(n), e, .locatedIn, companyRule + "-apposition", confidence: 0.7)
                    }
                }
            }
            // "The UN peacekeeping mission, MONUSCO": an organ introduced by its parent.
            // ("The UN children's agency, UNICEF", "the UN human rights office (OHCHR)": over a possessive, and an
            // acronym in brackets after the description.)
            if kind == .organization, m.start > a + 2, tokens[m.start - 1].textIs(",") || tokens[m.start - 1].text == "(",
                RelationFinder.unitNouns.contains(tokens[m.start - 2]),
                tokens[m.start - 1].textIs(",") || (m.end < b && tokens[m.end].text == ")" && m.end - m.start == 1 && tokens[m.start].isAllCaps)
            {
                var q = m.start - 2
                while q > a, q >= m.start - 5,
                    (tokens[q].isLowerInitial && !RelationFinder.stopWords.contains(tokens[q])) || (tokens[q].normIs("'s") && q < m.start - 2)
                {
                    q -= 1
                }
                if let parent = ctx.mentionByEnd[q + 1], q + 1 < m.start - 1, ctx.entity(parent) != e,
                    ctx.kind(parent).isOne(of: .organization, .country), !mentions[parent].isAdjective
                {
                    emit(e, ctx.entity(parent), .memberOf, "apposed-unit", confidence: 0.7)
                }
            }
            // "The U.N. refugee agency UNHCR", "the EU border agency Frontex": an organ named right after a
            // description that opens with its parent body, used as a modifier (an organization's name, not a
            // country's: "the Chilean agency X" is `demonym-company`'s or the country's organ rules').
            if kind == .organization, !m.isAdjective, m.start > a + 2, Self.modifierOrganNouns.contains(tokens[m.start - 1]),
                tokens[m.start - 1].isLowerInitial
            {
                var q = m.start - 2
                // (Never over a verb: "Korvex Air sued regulator Velmar Authority" names no organ of the airline.)
                // ("the UN children's agency X": over a lower-case noun's possessive.)
                while q > a, q >= m.start - 5,
                    (tokens[q].isLowerInitial && tokens[q].kind == .word && !RelationFinder.stopWords.contains(tokens[q])
                        && !CompoundRules.clauseVerbTags.contains(tokens[q].tag))
                        || (tokens[q].normIs("'s") && q < m.start - 1 && tokens[q - 1].isLowerInitial && tokens[q - 1].kind == .word)
                {
                    q -= 1
                }
                if q + 1 < m.start, !CompoundRules.clauseVerbTags.contains(tokens[q].tag) || !tokens[q].isLowerInitial,
                    let parent = ctx.mentionByEnd[q + 1], ctx.entity(parent) != e, ctx.kind(parent) == .organization,
                    mentions[parent].start == a || !tokens[mentions[parent].start - 1].normIsOne(of: "in", "at", "from", "by", "of")
                {
                    emit(e, ctx.entity(parent), .memberOf, "modifier-unit", confidence: 0.7)
                }
            }
            // "Lena Ortiz and her friend Anna Lisk", "his longtime colleague Tomas Brel": a tie between two people.
            if kind == .person, !m.isAdjective, m.start >= a + 2, Self.tieNouns.contains(tokens[m.start - 1]) {
                var q = m.start - 2
                if q > a, tokens[q].isLowerInitial, !tokens[q].normIsOne(of: "his", "her"),
                    !RelationFinder.stopWords.contains(tokens[q])
                {
                    q -= 1
                }
                if q >= a, tokens[q].normIsOne(of: "his", "her") {
                    var other: Int?
                    if q - 1 >= a, tokens[q - 1].normIs("and"), let n = ctx.mentionByEnd[q - 1], ctx.kind(n) == .person {
                        other = ctx.entity(n)
                    } else {
                        other = ctx.lastPerson(before: q, other: e)
                    }
                    if let other, other != e { emit(e, other, .affiliatedWith, "possessive-tie", confidence: 0.65) }
                }
            }
            // "Qantas, which dominates the route with its partner Velair", "its joint-venture partner, Velair": a
            // company's partner, tied to the organization named last before "its" in the sentence.
            if kind == .organization, !m.isAdjective, m.start >= a + 2 {
                var q = m.start - 1
                if tokens[q].textIs(","), q > a { q -= 1 }
                if Self.companyTieNouns.contains(tokens[q]), tokens[q].isLowerInitial {
                    q -= 1
                    // (Over a demonym or a place: "its Chilean distributor X", "its London insurer X".)
                    var rival = false
                    while q > a, q > m.start - 6 {
                        if let p = ctx.mentionByEnd[q + 1], p != index, mentions[p].isAdjective || ctx.kind(p) == .location || ctx.kind(p) == .country,
                            mentions[p].start > a
                        {
                            q = mentions[p].start - 1
                            continue
                        }
                        // (Never over a rival: "Korvex Bank and its rival lender Tarvo Bank".)
                        if Self.rivalWords.contains(tokens[q]) {
                            rival = true
                            break
                        }
                        guard (tokens[q].isLowerInitial && tokens[q].kind == .word) || tokens[q].textIs("-"),
                            !tokens[q].normIsOne(of: "its", "their"), !RelationFinder.stopWords.contains(tokens[q])
                        else { break }
                        q -= 1
                    }
                    if !rival, q > a, tokens[q].normIs("its"),
                        let n = (a..<q).reversed().lazy.compactMap({ ctx.mentionByEnd[$0 + 1] }).first(where: {
                            owner[$0] >= 0 && !mentions[$0].isAdjective && ctx.kind($0) == .organization
                        }), ctx.entity(n) != e
                    {
                        emit(ctx.entity(n), e, .affiliatedWith, "possessive-partner", confidence: 0.65)
                    }
                }
            }
            // "the court's Grand Chamber", "the party's youth wing": an organ of the body named before by that noun.
            // (The antecedent is sought among the last `antecedentWindow` mentions: a text repeating the phrase
            // must not scan back over all of them each time.)
            if kind == .organization, m.start >= a + 3, tokens[m.start - 1].normIs("'s"), tokens[m.start - 3].normIs("the"),
                tokens[m.start - 2].isLowerInitial, lexicon.headKind(tokens[m.start - 2]) == .organization,
                let parent = (max(0, index - Self.antecedentWindow)..<index).reversed().first(where: {
                    owner[$0] >= 0 && ctx.kind($0) == .organization && !mentions[$0].isAdjective
                        && tokens[headToken(mentions[$0])].norm == tokens[m.start - 2].norm
                }), ctx.entity(parent) != e
            {
                emit(e, ctx.entity(parent), .memberOf, "possessive-antecedent", confidence: 0.7)
            }
            var k = m.end
            guard k < b else { continue }
            // "Korvex, which is 60 percent owned by Halbrand", "Korvex, in which Halbrand holds a 49 percent stake".
            if kind == .organization || kind == .facility, !m.isAdjective, let stake = ownershipStake(after: k, to: b),
                ctx.entity(stake.owner) != e
            {
                let majority = stake.percent > 50 && kind == .organization && ctx.kind(stake.owner) == .organization
                emit(e, ctx.entity(stake.owner), majority ? .memberOf : .affiliatedWith, "ownership-stake", confidence: 0.75)
                // "… and 35 percent by Y": the further owners, each by its own stake.
                for further in furtherStakes(after: ctx.mentions[stake.owner].end, to: b, joint: stake.percent == 100) where ctx.entity(further.owner) != e {
                    let majority = further.percent > 50 && kind == .organization && ctx.kind(further.owner) == .organization
                    emit(e, ctx.entity(further.owner), majority ? .memberOf : .affiliatedWith, "ownership-stake", confidence: 0.7)
                }
            }
            // "Halbrand, which owns 31 percent of Korvex", "Halbrand holds a 49 percent stake in Korvex".
            if kind == .organization || kind == .country, !m.isAdjective, let stake = stakeHeld(after: k, to: b),
                ctx.entity(stake.owned) != e
            {
                let owned = ctx.entity(stake.owned)
                let majority = stake.percent > 50 && kind == .organization && ctx.kind(stake.owned) == .organization
                emit(owned, e, majority ? .memberOf : .affiliatedWith, "stake-held", confidence: 0.75)
            }
            // "the Islamic Revolutionary Guard Corps (IRGC), whose Quds Force", "the Islamic Action Front (IAF), the
            // Brotherhood's political arm": the acronym in brackets stands where the name would, before the comma.
            if tokens[k].text == ")", m.start > a, tokens[m.start - 1].text == "(", k + 2 < b, tokens[k + 1].textIs(",") {
                k += 1
            } else if tokens[k].text == "(", k + 2 < b, tokens[k + 1].isAllCaps,
                let close = (k + 2..<min(b - 1, k + 5)).first(where: { tokens[$0].text == ")" }), tokens[close + 1].textIs(","),
                close + 2 < b
            {
                k = close + 1
            }
            // "the Port of Bar, the country's only deep-water harbour": a place of the country the text is about.
            if kind == .location || kind == .facility, let mainCountry, mainCountry != e, k + 4 < b, tokens[k].textIs(","),
                tokens[k + 1].normIs("the"), tokens[k + 2].normIs("country"), tokens[k + 3].normIs("'s")
            {
                var q = k + 4
                while q < b, q < k + 9, tokens[q].isLowerInitial || tokens[q].textIs("-") { q += 1 }
                if q > k + 4, Self.describedPlaceNouns.contains(tokens[q - 1]) || tokens[q - 1].normIsOne(of: "harbour", "harbor", "airport") {
                    emit(e, mainCountry, .locatedIn, "apposed-country-place", confidence: 0.7)
                }
            }
            // "Velbank, the country's fifth-largest lender", "Korvan Bank and Delmar Bank, the country's two largest
            // lenders", "Vastra, one of the country's largest beef exporters": a body of the country the sentence
            // named before it (else the one the text is about).
            if kind == .organization, !m.isAdjective, let country = countryBody(after: k, mention: index, sentence: sentenceMentions, to: b),
                country != e
            {
                emit(e, country, .locatedIn, "apposed-country-body", confidence: 0.7)
            }
            // "Frontex, the European Union's border agency": an organ described by its parent.
            let orgLike = kind == .organization || (kind == .person && m.actor == nil && m.end - m.start == 1)
            // ("X, Germany's federal agency for vaccines": a country's name takes no article; "X, a U.N. agency": nor
            // does an indefinite description of a bloc's organ need "the".)
            let article = k + 1 < b && tokens[k + 1].normIsOne(of: "the", "a", "an") && tokens[k + 1].isLowerInitial ? 1 : 0
            if orgLike, k + 2 + article < b, tokens[k].textIs(","),
                let parent = ctx.mentionByStart[k + 1 + article], ctx.kind(parent).isOne(of: .organization, .country),
                article == 1 || (ctx.kind(parent) == .country && !mentions[parent].isAdjective)
            {
                var q = ctx.mentions[parent].end
                if q < b, tokens[q].normIs("'s") {
                    q += 1
                    var last: Token?
                    var armed = false
                    while q < b, q < ctx.mentions[parent].end + 5, tokens[q].isLowerInitial,
                        !RelationFinder.stopWords.contains(tokens[q])
                    {
                        last = tokens[q]
                        if Self.armedGroupWords.contains(tokens[q]) { armed = true }
                        q += 1
                    }
                    // "The ELN, Colombia's largest guerrilla group", "X, Mexico's most powerful cartel": a group in the
                    // country, not its state's organ (as "Mexico's Jalisco Cartel", `possessive-group`).
                    if let last, ctx.kind(parent) == .country, armed || Self.groupNouns.contains(last) {
                        emit(e, ctx.entity(parent), .locatedIn, "apposed-group", confidence: 0.7)
                    } else if let last, ctx.kind(parent) == .country, Self.describesCompany(last.norm)
                        || (last.normIs("agency") && tokens[q - 2].normIs("news")),
                        q >= b || [",", ".", ";"].contains(tokens[q].text)
                    {
                        // "Kovra Oil, Angola's state oil company", "X, Ghana's state pension fund", "X, Chile's
                        // state news agency": a state's company is in the state, never its organ.
                        emit(e, ctx.entity(parent), .locatedIn, "apposed-country-company", confidence: 0.7)
                    } else if let last, lexicon.headKind(last) == .organization || RelationFinder.stateBodyNouns.contains(last.norm) {
                        emit(e, ctx.entity(parent), .memberOf, "apposed-organ", confidence: 0.75)
                    } else if article == 0, ctx.kind(parent) == .country, kind == .organization {
                        // "Tarvo Telecom, Peru's fourth-largest operator,": a company a country's possessive describes (over
                        // a hyphenated ordinal) is in the country; its description ends the apposition.
                        var r = ctx.mentions[parent].end + 1
                        var noun: Token?
                        // (Not "Vietnam's largest foreign investor": "foreign", "overseas", "international" say it is not
                        // in the country; an investor, buyer or owner is tied to it, not in it.)
                        var foreign = false
                        while r < b, r < ctx.mentions[parent].end + 8,
                            (tokens[r].isLowerInitial && tokens[r].kind == .word && !RelationFinder.stopWords.contains(tokens[r]))
                                || (tokens[r].textIs("-") && !tokens[r].spaceBefore && r > ctx.mentions[parent].end + 1)
                        {
                            if tokens[r].kind == .word { noun = tokens[r] }
                            if tokens[r].normIsOne(of: "foreign", "overseas", "international") { foreign = true }
                            r += 1
                        }
                        if let noun, !foreign, !noun.normIsOne(of: "investor", "buyer", "owner"), r >= b || [",", ".", ";"].contains(tokens[r].text),
                            Self.describesCompany(noun.norm) || Self.demonymBodyNouns.contains(noun),
                            !RelationFinder.stateBodyNouns.contains(noun.norm)
                        {
                            emit(e, ctx.entity(parent), .locatedIn, "apposed-country-company", confidence: 0.7)
                        }
                    }
                }
                // "Frontex, the EU border agency": a bloc's organ named by the bloc and a noun (not "the EU trade company").
                // (The body opens its clause: "In a letter to Korvex Group, the UN agency said" describes no such body.)
                else if article == 1, ctx.kind(parent) == .organization, !mentions[parent].isAdjective,
                    Self.opensClause(m.start, from: a, tokens)
                {
                    var last: Token?
                    while q < b, q < ctx.mentions[parent].end + 4, tokens[q].isLowerInitial,
                        !RelationFinder.stopWords.contains(tokens[q]), !Self.seatWords.contains(tokens[q])
                    {
                        last = tokens[q]; q += 1
                    }
                    // (A participle or a relative clause may follow: "X, a U.N. agency based in Geneva, …".)
                    if let last, q >= b || !tokens[q].isLowerInitial || Self.seatWords.contains(tokens[q])
                        || tokens[q].normIsOne(of: "that", "which", "whose"), !Self.describesCompany(last.norm),
                        lexicon.headKind(last) == .organization || RelationFinder.stateBodyNouns.contains(last.norm)
                    {
                        emit(e, ctx.entity(parent), .memberOf, "apposed-organ", confidence: 0.7)
                    }
                }
            }
            // "Foundem, the British price comparison site": a body described by its country.
            // ("X, a small Kalmari lender": over up to two adjectives after the article.)
            var demonymAt = k + 2
            while demonymAt < b, demonymAt < k + 4, ctx.mentionByStart[demonymAt] == nil, tokens[demonymAt].isLowerInitial,
                tokens[demonymAt].tag == .adjective, !RelationFinder.stopWords.contains(tokens[demonymAt])
            {
                demonymAt += 1
            }
            if orgLike, demonymAt + 1 < b, tokens[k].textIs(","), tokens[k + 1].normIsOne(of: "the", "a", "an"),
                let country = ctx.mentionByStart[demonymAt], ctx.mentions[country].isAdjective, ctx.kind(country) == .country,
                ctx.mentions[country].end + 1 < b, tokens[ctx.mentions[country].end].isLowerInitial,
                !RelationFinder.governmentNouns.contains(tokens[ctx.mentions[country].end].norm),
                !RelationFinder.stopWords.contains(tokens[ctx.mentions[country].end].norm)
            {
                var q = ctx.mentions[country].end
                // (Not past a word that goes on about the body: "X, a Peruvian company controlled by Y".)
                while q < b, q < ctx.mentions[country].end + 4, tokens[q].isLowerInitial, !RelationFinder.stopWords.contains(tokens[q]),
                    q == ctx.mentions[country].end || !Self.descriptionGoesOn.contains(tokens[q])
                {
                    q += 1
                }
                let headWord = tokens[q - 1].norm
                if RelationFinder.bodyNouns.contains(headWord) || Self.describesCompany(headWord) || Self.demonymBodyNouns.contains(headWord) {
                    emit(e, ctx.entity(country), .locatedIn, "apposed-demonym", confidence: 0.7)
                }
            }
            // "Telvar Telecom, the state-owned operator," / "the state ground-handling company": a firm the state owns is
            // in the country the text is about (when the sentence names no other state and no demonym describes it).
            if orgLike, kind == .organization, !m.isAdjective, let country = mainCountry, country != e, k + 4 < b,
                tokens[k].textIs(","), tokens[k + 1].normIsOne(of: "the", "a"), let head = stateFirmHead(from: k + 2, to: b),
                head >= b || [",", ".", ";"].contains(tokens[head].text) || tokens[head].normIsOne(of: "which", "that"),
                !ctx.namesOnlyOtherCountry(than: country, from: a, to: b),
                // (Not a firm whose name holds another state's: "X China Railway, a state-owned group" in a text about Peru.)
                !(m.start..<m.end).contains(where: { q in
                    lexicon.matchActor(tokens, at: q, end: m.end).map {
                        lexicon.actors[$0.index].kind == .country && lexicon.actors[$0.index].name != ctx.entities.name(country)
                    } ?? false
                })
            {
                emit(e, country, .locatedIn, "state-firm", confidence: 0.65)
            }
            // "the state energy company Sonatrach", "Kalmar's state mining company, Velmar Minerals": a firm the state
            // owns, named after its description, is in the country a possessive names before "state", else in the one
            // the text is about (as `state-firm`; the corpus places such firms in 30 of 33 cases). (Not a broadcaster: the gold places state broadcasters half the time.)
            if orgLike, kind == .organization, !m.isAdjective, m.start > a + 1 {
                let head = tokens[m.start - 1].textIs(",") ? m.start - 1 : m.start
                if let s = stride(from: head - 1, through: max(a, head - 8), by: -1).first(where: {
                    tokens[$0].normIs("state") && tokens[$0].isLowerInitial
                }),
                    stateFirmHead(from: s, to: b) == head, !tokens[head - 1].normIs("broadcaster"),
                    s == a || !tokens[s - 1].textIs("-")
                {
                    var country: Int?
                    if s >= a + 2, tokens[s - 1].normIs("'s"), let c = ctx.mentionByEnd[s - 1], ctx.kind(c) == .country {
                        country = ctx.entity(c)
                    } else if let main = mainCountry,
                        !sentenceMentions.contains(where: { ctx.owner[$0] >= 0 && ctx.kind($0) == .country && ctx.entity($0) != main }),
                        s == a || !(tokens[s - 1].normIs("'s") || ctx.mentionByEnd[s].map { ctx.kind($0) == .country } == true)
                    {
                        // (Only when the sentence names no other state: "France, which holds a stake through the state
                        // investment bank X" in a text about Nigeria.)
                        country = main
                    }
                    if let country, country != e {
                        emit(e, country, .locatedIn, "state-firm", confidence: 0.65)
                    }
                }
            }
            // "the capital of Mongolia, Ulaanbaatar"
            if kind == .country, !m.isAdjective, m.start >= a + 2, tokens[m.start - 1].normIs("of"),
                RelationFinder.placeNouns.contains(tokens[m.start - 2]), k + 1 < b, tokens[k].textIs(","),
                let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .location, !mentions[n].isAdjective,
                mentions[n].end >= b || tokens[mentions[n].end].norm != "and"
            {
                emit(ctx.entity(n), e, .locatedIn, "capital-of", confidence: 0.75)
            }
            // "Comrat, the capital of the autonomous Gagauzia region", "Tarvel, the main town of Velmar province": a
            // place described as the capital or a town of another.
            // ("Tarvel, a city of 40,000 people in the northern state of Velmar": over the place's size.)
            if kind == .location, !m.isAdjective, k + 4 < b, tokens[k].textIs(","), tokens[k + 1].normIsOne(of: "the", "a", "an") {
                var q = k + 2
                while q < b, q < k + 4, tokens[q].isLowerInitial, !tokens[q].normIsOne(of: "capital", "of", "in"),
                    !Self.describedPlaceNouns.contains(tokens[q])
                {
                    q += 1
                }
                var p = q + 1
                if p + 2 < b, tokens[p].normIs("of"), tokens[p + 1].kind == .number {
                    p += 2
                    if p < b, tokens[p].isLowerInitial, !tokens[p].normIs("in") { p += 1 }
                    if p >= b || !tokens[p].normIs("in") { p = q + 1 }
                }
                if p + 1 < b, q < b, tokens[q].normIs("capital") || Self.describedPlaceNouns.contains(tokens[q]),
                    tokens[p].normIsOne(of: "of", "in")
                {
                    var r = p + 1
                    if tokens[r].normIs("the") { r += 1 }
                    while r < b, r < p + 5, ctx.mentionByStart[r] == nil, tokens[r].isLowerInitial, tokens[r].kind == .word { r += 1 }
                    if let n = ctx.mentionByStart[r], ctx.kind(n).isOne(of: .location, .country), !mentions[n].isAdjective, ctx.entity(n) != e,
                        mentions[n].end >= b || !tokens[mentions[n].end].normIsOne(of: "'s", "and")
                    {
                        emit(e, ctx.entity(n), .locatedIn, "apposed-capital", confidence: 0.75)
                    }
                }
            }
            // "Tarvel, the Kalmari capital", "Velsa, a Kalmari port town": a place described by its country's adjective.
            if kind.isOne(of: .location, .facility), !m.isAdjective, k + 3 < b, tokens[k].textIs(","),
                tokens[k + 1].normIsOne(of: "the", "a", "an"), let country = ctx.mentionByStart[k + 2],
                ctx.mentions[country].isAdjective, ctx.kind(country) == .country, ctx.entity(country) != e
            {
                if let q = placeNoun(from: ctx.mentions[country].end, to: b, over: 3),
                    q + 1 >= b || !tokens[q + 1].normIsOne(of: "of", "'s")
                {
                    emit(e, ctx.entity(country), .locatedIn, "apposed-demonym-place", confidence: 0.7)
                }
            }
            // The "the" before a place's name, over at most two compass words ("the eastern Velbrek region").
            var theBefore = m.start - 1
            while theBefore > a, theBefore >= m.start - 2, RelationFinder.compassWords.contains(tokens[theBefore]),
                tokens[theBefore].isLowerInitial
            {
                theBefore -= 1
            }
            // "in the eastern Velbrek region", "from the northern Velbrek province": a place named with a compass word
            // and its kind, and nothing after it, is in the country the text is about, as "the eastern city of X"
            // (not "the Velbrek region of Tarvel", read below; not "near the eastern Velbrek region", "north of …": the
            // place itself is not said to be anywhere; not without a compass word, "in the Velbrek region", which
            // texts say of other countries' regions as often).
            if kind == .location, !m.isAdjective, theBefore < m.start - 1, theBefore > a, tokens[theBefore].normIs("the"), k < b,
                Self.regionNouns.contains(tokens[k]), k + 1 >= b || !tokens[k + 1].normIsOne(of: "of", "'s"),
                tokens[theBefore - 1].normIsOne(of: "in", "from", "to", "across", "throughout"),
                let country = mainCountry, country != e, !ctx.namesOnlyOtherCountry(than: country, from: a, to: b)
            {
                // (Not when the sentence names another country and not the text's: "Ukraine said its forces held
                // men captured in the eastern Donetsk region", in a text from Nepal.)
                emit(e, country, .locatedIn, "kind-place", confidence: 0.6)
            }
            // "the Velbrek area of Tarvel": a place named as a part of another.
            if kind == .location, !m.isAdjective, m.start > a, tokens[theBefore].normIs("the"), k + 2 < b,
                RelationFinder.placeNouns.contains(tokens[k]), tokens[k + 1].normIs("of"),
                let n = ctx.mentionByStart[tokens[k + 2].normIs("the") ? k + 3 : k + 2], ctx.kind(n).isOne(of: .location, .country),
                !mentions[n].isAdjective, ctx.entity(n) != e
            {
                // ("the Ohio city of Akron", "the Kalmar port of Velsa": a settlement named after its noun lies in the
                // place before it.)
                if Self.settlementNouns.contains(tokens[k]) {
                    if ctx.kind(n) == .location { emit(ctx.entity(n), e, .locatedIn, "place-of", confidence: 0.7) }
                } else {
                    emit(e, ctx.entity(n), .locatedIn, "place-of", confidence: 0.7)
                }
            }
            // "in the eastern city of Tarvel", "the northeastern state of Velmar": a place named by its kind alone is in
            // the country the text is about.
            // (Not "near the town of", "north of the city of": the place itself is not said to be anywhere.)
            if kind == .location, !m.isAdjective, m.start >= a + 3, tokens[m.start - 1].normIs("of"),
                Self.kindPlaceNouns.contains(tokens[m.start - 2])
            {
                var t = m.start - 3
                while t > a, t > m.start - 6, ctx.mentionByStart[t] == nil, tokens[t].kind == .word, tokens[t].isLowerInitial,
                    !tokens[t].normIs("the"), RelationFinder.compassWords.contains(tokens[t])
                {
                    t -= 1
                }
                // (The text's country, not the sentence's other one: "China had offered to fund a port in the southern
                // town of X" in a text from Saint Lucia.)
                let country = mainCountry
                if t < m.start - 3, tokens[t].normIs("the"), t > a, tokens[t - 1].normIsOne(of: "in", "of", "at", "from", "to"),
                    !(t > a + 1 && tokens[t - 1].normIs("of") && RelationFinder.compassWords.contains(tokens[t - 2])),
                    let country, country != e
                {
                    emit(e, country, .locatedIn, "kind-place-of", confidence: 0.65)
                }
            }
            // "the Ukrainian port of Mariupol", "the Kalmari coastal town of Tarvel", "the Kalmari island of Velsa"
            if m.isAdjective, kind == .country {
                if let q = placeNoun(from: k, to: b, over: 2), q + 2 < b, tokens[q + 1].normIs("of"),
                    let n = ctx.mentionByStart[q + 2], ctx.kind(n) == .location
                {
                    emit(ctx.entity(n), e, .locatedIn, "adjective-place", confidence: 0.75)
                } else if let q = pluralPlaceNoun(from: k, to: b, over: 2), q + 2 < b, tokens[q + 1].normIs("of") {
                    // "the Kazakh industrial cities of Ekibastuz and Semey": each place of the list (at most
                    // `Self.placeListItems`) lies in the country.
                    var r = q + 2
                    var items = 0
                    while r < b, items < Self.placeListItems, let n = ctx.mentionByStart[r], ctx.kind(n) == .location,
                        !mentions[n].isAdjective
                    {
                        emit(ctx.entity(n), e, .locatedIn, "adjective-places", confidence: 0.7)
                        items += 1
                        r = mentions[n].end
                        if r < b, tokens[r].textIs(",") { r += 1 }
                        if r < b, tokens[r].normIs("and") { r += 1 }
                    }
                }
            }
            // "Tomas Brel of the Unity Party", "Anna Lisk, of the centre-right Renewal Movement": a party's member (not
            // after an office's title, whose rules read the office: "leader Tomas Brel of the Unity Party").
            if kind == .person, !m.isAdjective, ctx.titleByEnd[m.start] == nil {
                var q = tokens[k].textIs(",") ? k + 1 : k
                if q + 1 < b, tokens[q].normIs("of"), tokens[q + 1].normIs("the") {
                    q += 2
                    // ("Tomas Brel of the opposition Unity Congress": "opposition", "ruling", "governing" say a party.)
                    var partyWord = false
                    while q < b, q < k + 8, ctx.mentionByStart[q] == nil, tokens[q].isLowerInitial || tokens[q].textIs("-") {
                        if tokens[q].normIsOne(of: "opposition", "ruling", "governing") { partyWord = true }
                        q += 1
                    }
                    if q < b, let n = ctx.mentionByStart[q], ctx.kind(n) == .organization, !mentions[n].isAdjective, ctx.entity(n) != e,
                        partyWord || (mentions[n].start..<mentions[n].end).contains(where: { TitleRules.partyHeads.contains(tokens[$0]) })
                            || (mentions[n].end < b && tokens[mentions[n].end].normIsOne(of: "party", "coalition", "alliance", "bloc"))
                    {
                        emit(e, ctx.entity(n), .memberOf, "of-party", confidence: 0.7)
                    }
                }
            }
            // "the Quds Force of the IRGC"
            if tokens[k].normIs("of"), kind == .organization {
                k += 1
                if k < b, tokens[k].normIs("the") { k += 1 }
                if k == m.end + 1, let n = ctx.mentionByStart[k], ctx.kind(n) == .location, !mentions[n].isAdjective,
                    m.end - m.start <= 3
                {
                    // "SpaceX of Hawthorne, California": a company of a city (MentionFinder split the name there).
                    emit(e, ctx.entity(n), .locatedIn, "of-place", confidence: 0.7)
                }
                if let n = ctx.mentionByStart[k], ctx.kind(n) == .country, !mentions[n].isAdjective, m.end - m.start == 1,
                    m.actor == nil, !tokens[m.start].isAllCaps, MentionFinder.isOneWordCompany(tokens[m.start], lexicon)
                {
                    // "Velgrid of Estonia": one unknown word is a company of the country (MentionFinder split the name
                    // there), not an organ of its state.
                    emit(e, ctx.entity(n), .locatedIn, "of-place", confidence: 0.7)
                } else if let n = ctx.mentionByStart[k], ctx.kind(n).isOne(of: .organization, .country), !mentions[n].isAdjective {
                    emit(e, ctx.entity(n), .memberOf, "of-chain", confidence: 0.8)
                } else if let n = ctx.mentionByStart[k], ctx.kind(n) == .person, m.start > a, tokens[m.start - 1].normIs("the"),
                    mentions[n].end >= b || !["'s", "-"].contains(tokens[mentions[n].end].norm)
                {
                    // "the Party for Freedom of Geert Wilders": his party.
                    emit(ctx.entity(n), e, .leads, "of-person", confidence: 0.7)
                } else if ctx.mentionByStart[k] == nil, m.start > a, tokens[m.start - 1].normIs("the"),
                    TitleRules.partyHeads.contains(tokens[headToken(m)]) || tokens[m.end - 1].normIsOne(of: "party", "movement"),
                    let n = personNamed(after: k, to: b), ctx.entity(n) != e
                {
                    // "The Velmar party of billionaire Anna Lisk", "the Unity Party of former President Tomas Brel".
                    emit(ctx.entity(n), e, .leads, "party-of-person", confidence: 0.7)
                }
                continue
            }
            // "The Velmar party of billionaire Anna Lisk", "the Renewal Movement (RM), the party of former President
            // Tomas Brel": the person's party, which the person leads (a former office still names the party's leader).
            if kind == .organization, !m.isAdjective {
                var q = k
                if q < b, tokens[q].normIsOne(of: "party", "movement") {
                    q += 1
                } else if q + 2 < b, tokens[q].textIs(","), tokens[q + 1].normIs("the"), tokens[q + 2].normIsOne(of: "party", "movement") {
                    q += 3
                } else {
                    q = b
                }
                if q < b, tokens[q].normIs("of"), let n = personNamed(after: q + 1, to: b), ctx.entity(n) != e {
                    emit(ctx.entity(n), e, .leads, "party-of-person", confidence: 0.7)
                }
            }
            // "Chile's water authority, the Direccion General de Aguas": an organ named in an apposition.
            // ("Kalmar's anti-fraud agency, VELFA", "Kalmar's drug regulator, the Tarvo Board": over hyphenated words and
            // a state body's noun; "Kalmar's state power utility, Velgrid", "Kalmar's biggest dockers' union, Velko": a
            // company or a civil body the country's possessive describes is in the country.)
            if kind == .country || kind == .organization, !m.isAdjective, tokens[k].normIs("'s") {
                let (q, foreign) = wordsAfterPossessive(k, to: b)
                if q > k + 1, q + 2 < b, tokens[q].textIs(","), tokens[q - 1].kind == .word {
                    let r = tokens[q + 1].normIs("the") ? q + 2 : q + 1
                    let noun = tokens[q - 1]
                    if let n = ctx.mentionByStart[r], ctx.kind(n) == .organization, !mentions[n].isAdjective, ctx.entity(n) != e {
                        // ("Kalmar's state oil company, Velpet": a company, which is in its country, not an organ of it.)
                        if kind == .country, !foreign, Self.apposedCompanyNouns.contains(noun) {
                            emit(ctx.entity(n), e, .locatedIn, "possessive-apposed-company", confidence: 0.7)
                        } else if lexicon.headKind(noun) == .organization || RelationFinder.stateBodyNouns.contains(noun.norm) {
                            emit(ctx.entity(n), e, .memberOf, "possessive-apposed-organ", confidence: 0.7)
                        } else if kind == .country, !foreign, !noun.normIsOne(of: "investor", "buyer", "owner", "partner"),
                            Self.describesCompany(noun.norm) || Self.demonymBodyNouns.contains(noun)
                        {
                            emit(ctx.entity(n), e, .locatedIn, "possessive-apposed-company", confidence: 0.7)
                        }
                    }
                }
            }
            // "whose" reads as the possessive: "the United States, whose State Department said", "the
            // IRGC, whose Quds Force", "Peru, whose port of Callao".
            if kind.isOne(of: .country, .organization), !m.isAdjective, k + 2 < b, tokens[k].textIs(","), tokens[k + 1].normIs("whose") {
                var q = k + 2
                var sawPlace = false
                while q < b, q < k + 6, ctx.mentionByStart[q] == nil || mentions[ctx.mentionByStart[q]!].isAdjective,
                    tokens[q].isLowerInitial || tokens[q].textIs("-") || ctx.mentionByStart[q] != nil
                {
                    if RelationFinder.placeNouns.contains(tokens[q]) { sawPlace = true }
                    q += ctx.mentionByStart[q].map { mentions[$0].end - q } ?? 1
                    if sawPlace, q < b, tokens[q].normIs("of") { q += 1; break }
                }
                if let n = ctx.mentionByStart[q], !mentions[n].isAdjective, ctx.entity(n) != e {
                    if ctx.kind(n) == .organization, q == k + 2 || lexicon.headKind(tokens[q - 1]) != .organization,
                        kind == .country || lexicon.isWord(tokens[headToken(mentions[n])], .organHead)
                            || Self.missionHeads.contains(tokens[headToken(mentions[n])])
                    {
                        emit(ctx.entity(n), e, .memberOf, "whose-organ", confidence: 0.7)
                    } else if kind == .country, sawPlace, ctx.kind(n).isOne(of: .location, .facility) {
                        emit(ctx.entity(n), e, .locatedIn, "whose-place", confidence: 0.7)
                    }
                }
            }
            // "President Lena Varga, whose Renewal Party", "Lena Varga, whose pro-European Party of Renewal (PR)": the
            // person's party (a member of it; its leader after "leader": "Opposition leader X, whose PR party").
            if kind == .person, !m.isAdjective, k + 2 < b, tokens[k].textIs(","), tokens[k + 1].normIs("whose") {
                var q = k + 2
                while q < b, q < k + 6 {
                    if let n = ctx.mentionByStart[q], mentions[n].isAdjective {
                        q = mentions[n].end
                    } else if ctx.mentionByStart[q] == nil, tokens[q].isLowerInitial || tokens[q].textIs("-") || tokens[q - 1].textIs("-") {
                        q += 1
                    } else {
                        break
                    }
                }
                if q < b, let n = ctx.mentionByStart[q], ctx.kind(n) == .organization, !mentions[n].isAdjective, ctx.entity(n) != e {
                    let end = mentions[n].end
                    let party =
                        (mentions[n].start..<end).contains { TitleRules.partyHeads.contains(tokens[$0]) }
                        || (end < b && tokens[end].normIs("party"))
                    if party {
                        let leader = m.start > a && tokens[m.start - 1].normIsOne(of: "leader", "chairman", "chairwoman", "chair")
                        emit(e, ctx.entity(n), leader ? .leads : .memberOf, "whose-party", confidence: 0.7)
                    }
                }
            }
            // "Germany and Italy, the EU's largest steel producers": states described as the bloc's.
            if kind == .country, !m.isAdjective, k + 3 < b, tokens[k].textIs(","), tokens[k + 1].normIs("the"),
                let bloc = ctx.mentionByStart[k + 2], ctx.kind(bloc) == .organization, !mentions[bloc].isAdjective,
                ctx.mentions[bloc].end < b, tokens[ctx.mentions[bloc].end].normIs("'s")
            {
                emit(e, ctx.entity(bloc), .memberOf, "apposed-member", confidence: 0.7)
                if m.start >= a + 2, tokens[m.start - 1].normIs("and"), let other = ctx.mentionByEnd[m.start - 1],
                    ctx.kind(other) == .country,
                    !mentions[other].isAdjective
                {
                    emit(ctx.entity(other), ctx.entity(bloc), .memberOf, "apposed-member", confidence: 0.7)
                }
            }
            // "Otieno's Orange Democratic Movement": a person's party.
            if kind == .person, tokens[k].normIs("'s"), let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization,
                ["party", "movement", "front", "alliance", "coalition", "congress", "league"].contains(
                    tokens[headToken(mentions[n])].norm)
            {
                emit(e, ctx.entity(n), .memberOf, "possessive-party", confidence: 0.7)
            }
            // "Venezuela's Nicolas Maduro regime"
            if tokens[k].normIs("'s"), kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .person,
                mentions[n].end < b, tokens[mentions[n].end].normIsOne(of: "regime", "government", "administration", "cabinet")
            {
                emit(ctx.entity(n), e, .leads, "possessive-regime", confidence: 0.75)
                continue
            }
            // "Ukraine's Foreign Ministry"; "Syria's northwestern region of Afrin"
            if tokens[k].normIs("'s"), kind.isOne(of: .country, .organization, .location) {
                // "Japan's space agency JAXA"
                var described: Int?
                var q = k + 1
                while q < b, q < k + 4, tokens[q].isLowerInitial { q += 1 }
                // ("Brazil's antitrust regulator CADE": a state's body noun that is no name's head word.)
                // ("Kazakhstan's state uranium miner Kazatomprom": a company's noun.)
                if q > k + 1,
                    lexicon.headKind(tokens[q - 1]) == .organization || RelationFinder.stateBodyNouns.contains(tokens[q - 1].norm)
                        || (kind == .country && RelationFinder.bodyNouns.contains(tokens[q - 1])),
                    let n = ctx.mentionByStart[q], ctx.kind(n) == .organization
                {
                    described = n
                }
                // "Qatar's state-owned Al Dhafra Ports": a company its country owns or runs is based there.
                var owned = k + 1
                while owned < b, owned < k + 6, tokens[owned].isLowerInitial || tokens[owned].textIs("-") { owned += 1 }
                if described == nil, kind == .country, owned > k + 1, owned < b,
                    ["owned", "run", "controlled", "backed"].contains(where: { tokens[owned - 1].norm.hasSuffix($0) }),
                    let n = ctx.mentionByStart[owned], ctx.kind(n) == .organization, !mentions[n].isAdjective
                {
                    emit(ctx.entity(n), e, .locatedIn, "possessive-owned-company", confidence: 0.7)
                    continue
                }
                if let described, kind == .country,
                    RelationFinder.bodyNouns.contains(tokens[q - 1]) || RelationFinder.companyHeads.contains(tokens[q - 1].norm),
                    !RelationFinder.stateBodyNouns.contains(tokens[q - 1])
                {
                    // "Chile's state copper company Codelco", "Russia's state nuclear corporation Rosatom": a company
                    // is based in, not part of, its country.
                    emit(ctx.entity(described), e, .locatedIn, "possessive-company", confidence: 0.7)
                } else if let described {
                    emit(ctx.entity(described), e, .memberOf, "possessive-organ", confidence: 0.75)
                } else if kind == .country || (kind == .location && possessedIsPlaceUnit(after: k, to: b)),
                    let n = ctx.mentionByStart[possessedPlaceStart(afterPossessive: k, to: b)],
                    ctx.kind(n) == .location, !mentions[n].isAdjective, ctx.entity(n) != e,
                    // (A sea lies in no state: "Ukraine's Black Sea ports".)
                    !tokens[mentions[n].end - 1].normIsOne(of: "sea", "ocean")
                {
                    // "Pakistan's Sindh province", "Pakistan's northern Gilgit region"
                    emit(ctx.entity(n), e, .locatedIn, "possessive-place", confidence: 0.75)
                } else if kind.isOne(of: .country, .location), let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .facility,
                    !mentions[n].isAdjective, ctx.entity(n) != e
                {
                    // "Tarvel's Anna Brel airport", "Kalmar's Delta Bridge": a facility in the place.
                    emit(ctx.entity(n), e, .locatedIn, "possessive-facility", confidence: 0.75)
                } else if kind == .organization, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .person, !mentions[n].isAdjective,
                    mentions[n].end >= b
                        || (tokens[mentions[n].end].norm != "'s"
                            && (!tokens[mentions[n].end].isLowerInitial
                                || [.verbPast, .verbThird, .verbPresent, .modal, .auxiliary, .adverb, .preposition, .coordinator]
                                    .contains(tokens[mentions[n].end].tag)))
                {
                    // "the network's Lena Ortiz": someone who works for it (not "Korvex's Delta mine").
                    emit(ctx.entity(n), e, .roleIn, "possessive-staff", confidence: 0.7)
                } else if kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization, mentions[n].actor == nil,
                    RelationFinder.isCompanyHead(tokens[headToken(mentions[n])].norm, words: mentions[n].end - mentions[n].start)
                        // "Kalmar's Al-Vantar news agency", "Kalmar's Korvex shipping firm": a company's noun after it.
                        || (mentions[n].end + 1 < b && tokens[mentions[n].end].isLowerInitial
                            && (Self.describesCompany(tokens[mentions[n].end].norm)
                                || (tokens[mentions[n].end].normIs("news") && tokens[mentions[n].end + 1].normIs("agency"))
                                || (Self.describesCompany(tokens[mentions[n].end + 1].norm)
                                    && lexicon.isWord(tokens[mentions[n].end], .commonWord)
                                    && !RelationFinder.governmentNouns.contains(tokens[mentions[n].end].norm))))
                {
                    // "South Korea's Hanwha Aerospace": a company is based in, not part of, its country.
                    emit(ctx.entity(n), e, .locatedIn, "possessive-company", confidence: 0.75)
                } else if kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization, !mentions[n].isAdjective,
                    Self.groupNouns.contains(tokens[headToken(mentions[n])])
                        || (mentions[n].end < b && Self.groupNouns.contains(tokens[mentions[n].end]))
                {
                    // "Yemen's Houthi movement", "Mexico's Jalisco Cartel", "Niger's Agadem field": a group or a site
                    // in the country, not an organ of its state.
                    emit(ctx.entity(n), e, .locatedIn, "possessive-group", confidence: 0.7)
                } else if kind == .country, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization, !mentions[n].isAdjective,
                    mentions[n].actor == nil,
                    // (A name of two words or more, or one unknown word that may be a company's ("Kalmar's Korvalo"):
                    // not an acronym, "Kalmar's SBK", which as often names a service, nor a body that votes or rules,
                    // "Kalmar's Veldsa voted".)
                    mentions[n].end - mentions[n].start >= 2
                        || (!tokens[mentions[n].start].isAllCaps && MentionFinder.isOneWordCompany(tokens[mentions[n].start], lexicon)
                            && (mentions[n].end >= b || !Self.organVerbs.contains(tokens[mentions[n].end]))),
                    // (No name of it, here or in the last mentions, has an organ's head word: "Britain's NCSC" after
                    // "the National Cyber Security Centre (NCSC)".)
                    !(max(0, n - Self.antecedentWindow)...n).contains(where: { o in
                        owner[o] >= 0 && ctx.entity(o) == ctx.entity(n)
                            && (mentions[o].start..<mentions[o].end).contains(where: {
                                lexicon.isWord(tokens[$0], .organHead) || lexicon.headKind(tokens[$0]) == .organization
                                    // ("Joint Chiefs of Staff", "Guardia Civil": an office's or a service's word.)
                                    // (Not a word a company's or a club's name holds as often: "Velk Air", "Royal
                                    // Sporting Varne".)
                                    || (!Self.companyNameModifiers.contains(tokens[$0])
                                        && (($0 > mentions[o].start && lexicon.isWord(tokens[$0], .titleWord))
                                            || lexicon.isWord(tokens[$0], .titleModifier)))
                            })
                    }),
                    // (Not "France's BEA accident investigation agency": a body's noun after the name.)
                    mentions[n].end >= b || !tokens[mentions[n].end].isLowerInitial
                        || !(mentions[n].end..<min(b, mentions[n].end + 3)).contains(where: {
                            tokens[$0].isLowerInitial
                                && (RelationFinder.bodyNouns.contains(tokens[$0]) || RelationFinder.unitNouns.contains(tokens[$0])
                                    || lexicon.headKind(tokens[$0]) == .organization)
                        })
                {
                    // "Belgium's Royal Sporting Varne", "South Africa's Cape Korvex", "Italy's Korvalo": a name the text
                    // gives no organ's head word is a company or a club based in the country, not an organ.
                    emit(ctx.entity(n), e, .locatedIn, "possessive-company", confidence: 0.7)
                } else if let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .organization,
                    kind == .country || lexicon.isWord(tokens[headToken(mentions[n])], .organHead)
                {
                    // ("London's High Court", "Istanbul's Chief Public Prosecutor's Office": a city's courts and offices
                    // sit in it; a state's or a province's organs are part of it.)
                    if kind == .location, let place = PlaceTable.builtIn.place(named: ctx.entities.name(e)), !place.isSubdivision,
                        !place.country.isEmpty
                    {
                        emit(ctx.entity(n), e, .locatedIn, "possessive-city-organ", confidence: 0.75)
                    } else {
                        emit(ctx.entity(n), e, .memberOf, "possessive-organ", confidence: 0.8)
                    }
                } else {
                    var q = k + 1
                    var sawPlace = false
                    while q < b, q < k + 5, tokens[q].kind == .word, tokens[q].isLowerInitial {
                        if RelationFinder.placeNouns.contains(tokens[q]) { sawPlace = true }
                        if tokens[q].normIs("of") { q += 1; break }
                        q += 1
                    }
                    if sawPlace, q < b, tokens[q].textIs(","), ctx.mentionByStart[q] == nil { q += 1 }
                    if sawPlace, let n = ctx.mentionByStart[q], ctx.kind(n) == .location {
                        emit(ctx.entity(n), e, .locatedIn, "possessive-place", confidence: 0.75)
                    }
                }
                continue
            }
            // "Houthi rebels in Yemen"
            if kind == .organization, k + 2 < b, RelationFinder.fighterNouns.contains(tokens[k]), tokens[k + 1].normIs("in"),
                let n = ctx.mentionByStart[k + 2], ctx.kind(n).isOne(of: .country, .location), !mentions[n].isAdjective
            {
                emit(e, ctx.entity(n), .locatedIn, "fighters-in", confidence: 0.7)
            }
            // "Tarvelo, a town in Kenya", "Kesto, a village in the Nabatieh district", "X, an embargoed ranch in Y":
            // a place described as a kind of place in another.
            if kind.isOne(of: .facility, .location), !m.isAdjective, k + 3 < b, tokens[k].textIs(","),
                tokens[k + 1].normIsOne(of: "a", "an")
            {
                var q = k + 2
                while q < b, q < k + 5, tokens[q].isLowerInitial, !Self.describedPlaceNouns.contains(tokens[q]),
                    tokens[q].kind == .word, ctx.mentionByStart[q] == nil
                {
                    q += 1
                }
                if q + 1 < b, Self.describedPlaceNouns.contains(tokens[q]), tokens[q + 1].normIs("in") {
                    if let n = ctx.mentionByStart[placeStart(after: q + 1, to: b)], ctx.kind(n).isOne(of: .location, .country),
                        !mentions[n].isAdjective,
                        ctx.entity(n) != e
                    {
                        emit(e, ctx.entity(n), .locatedIn, "described-place", confidence: 0.75)
                        continue
                    }
                }
            }
            // "Korvex, a shipping company based in Arica", "Velmar Aid, a relief group in northern Chile": a body
            // described as a company or group in a place (a body noun, or "based"/"headquartered", then "in").
            // (After an acronym in brackets: "Velmar Aid (VAID), a women's group based in Tarvo".)
            let comma = tokens[k].textIs(")") && k + 1 < b && tokens[k + 1].textIs(",") ? k + 1 : k
            if kind == .organization, !m.isAdjective, comma + 3 < b, tokens[comma].textIs(","), tokens[comma + 1].normIsOne(of: "a", "an") {
                var q = comma + 2
                var sawBody = false
                // (Over a hyphen inside a noun, "a clean-up firm based in X", and a possessive, "a women's group".)
                while q < b, q < comma + 7,
                    tokens[q].isLowerInitial || (tokens[q].textIs("-") && !tokens[q].spaceBefore) || (tokens[q].normIs("'s") && q > comma + 2),
                    tokens[q].kind == .word || tokens[q].textIs("-") || tokens[q].normIs("'s"), ctx.mentionByStart[q] == nil, !tokens[q].normIs("in")
                {
                    if RelationFinder.bodyNouns.contains(tokens[q]) { sawBody = true }
                    if Self.seatWords.contains(tokens[q]) { break }
                    q += 1
                }
                // ("Korvex Exportadora, a trading house based in Tarvo": a seat word says it is a body's seat.)
                if q < b, Self.seatWords.contains(tokens[q]), q + 1 < b {
                    sawBody = true
                    q += 1
                }
                if sawBody, q + 1 < b, tokens[q].normIs("in") || (tokens[q].normIs("at") && tokens[q - 1].normIs("headquartered")),
                    RelationFinder.bodyNouns.contains(tokens[q - 1]) || Self.seatWords.contains(tokens[q - 1]),
                    let n = ctx.mentionByStart[placeStart(after: q, to: b)], ctx.kind(n).isOne(of: .location, .country, .facility),
                    !mentions[n].isAdjective, ctx.entity(n) != e
                {
                    emit(e, ctx.entity(n), .locatedIn, "described-body", confidence: 0.7)
                }
            }
            // "Korvex Lifesciences, based in the Indian state of Tarvo, said …": a body's seat in apposition.
            if kind == .organization, !m.isAdjective, k + 3 < b, tokens[k].textIs(","), Self.seatWords.contains(tokens[k + 1]),
                tokens[k + 2].normIs("in"), let n = ctx.mentionByStart[placeStart(after: k + 2, to: b)],
                ctx.kind(n).isOne(of: .location, .country), !mentions[n].isAdjective, ctx.entity(n) != e
            {
                emit(e, ctx.entity(n), .locatedIn, "described-body", confidence: 0.7)
            }
            // "Korvex Gold and Velmar Mining, both registered in Lima": each body listed is there.
            if kind == .organization, !m.isAdjective, k + 4 < b, tokens[k].textIs(","), tokens[k + 1].normIsOne(of: "both", "all"),
                Self.seatWords.contains(tokens[k + 2]), tokens[k + 3].normIs("in"),
                let n = ctx.mentionByStart[placeStart(after: k + 3, to: b)], ctx.kind(n).isOne(of: .location, .country),
                !mentions[n].isAdjective
            {
                // (The last body alone when the names before it are of another kind.)
                let listed = listBefore(k, from: a, kinds: Self.memberKinds, overArticle: true).entities
                for body in listed.isEmpty ? [e] : listed where ctx.entities.kinds[body] == .organization && body != ctx.entity(n) {
                    emit(body, ctx.entity(n), .locatedIn, "described-body", confidence: 0.7)
                }
            }
            // "the US Embassy in Baghdad", "Buenos Aires, Argentina"
            if kind.isOne(of: .facility, .location, .organization), !m.isAdjective {
                if tokens[k].normIsOne(of: "in", "at") {
                    let q = placeStart(after: k, to: b)
                    if let n = ctx.mentionByStart[q], ctx.kind(n).isOne(of: .location, .country), !mentions[n].isAdjective,
                        kind != .organization || ctx.kind(n) == .location || ctx.kind(n) == .country
                    {
                        if kind != .organization || k + 1 == q {
                            emit(e, ctx.entity(n), .locatedIn, "locative", confidence: 0.75)
                        }
                    }
                } else if kind == .facility, tokens[k].normIs("on"), k + 1 < b {
                    // "the Tarvo dam on the Velmar River", "the Korvex crossing on Kalmar's northern border": a facility
                    // on a river, a lake, a coast or a border of the place named right after "on" (over "the").
                    let q = placeStart(after: k, to: b)
                    // (A possessive names an edge of the place: not "the plant on Kalmar's orders".)
                    if let n = ctx.mentionByStart[q], ctx.kind(n).isOne(of: .location, .country), !mentions[n].isAdjective,
                        ctx.entity(n) != e,
                        mentions[n].end + 1 >= b || !tokens[mentions[n].end].normIs("'s")
                            || Self.edgeNouns.contains(tokens[possessedPlaceStart(afterPossessive: mentions[n].end, to: b)])
                    {
                        emit(e, ctx.entity(n), .locatedIn, "locative-on", confidence: 0.7)
                    }
                } else if tokens[k].textIs(","), kind != .organization, k + 2 < b, tokens[k + 1].normIsOne(of: "in", "on"),
                    let n = ctx.mentionByStart[k + 2] ?? (tokens[k + 2].normIs("the") ? ctx.mentionByStart[k + 3] : nil),
                    ctx.kind(n).isOne(of: .location, .country), !mentions[n].isAdjective
                {
                    // "Odessa, on the Black Sea"; "Mariupol, in the Sea of Azov"
                    emit(e, ctx.entity(n), .locatedIn, "apposed-place", confidence: 0.7)
                } else if tokens[k].textIs(","), kind != .organization, let n = ctx.mentionByStart[k + 1],
                    ctx.kind(n) == .country
                        || (ctx.kind(n) == .location
                            && (kind == .facility || mentions[n].actor != nil
                                // "Bozeman, Montana": a state or province from the place table.
                                || PlaceTable.builtIn.place(named: mentions[n].surface(in: ctx.seg))?.isSubdivision == true)),
                    !mentions[n].isAdjective
                {
                    let after = mentions[n].end
                    let isList =
                        after < b
                        && (tokens[after].normIs("and") || tokens[after].normIs("'s")
                            || (tokens[after].textIs(",") && ctx.mentionByStart[after + 1] != nil)
                            || listGoesOn(afterPhraseAt: after, to: b))
                    if !isList && kind != .country { emit(e, ctx.entity(n), .locatedIn, "apposed-place", confidence: 0.75) }
                } else if tokens[k].textIs(","), kind == .organization, let n = ctx.mentionByStart[k + 1], ctx.kind(n) == .location,
                    !mentions[n].isAdjective, mentions[n].actor != nil || PlaceTable.builtIn.place(named: mentions[n].surface(in: ctx.seg)) != nil,
                    mentions[n].end >= b || [",", ".", ";", ")"].contains(tokens[mentions[n].end].text),
                    mentions[n].end + 1 >= b
                        || (ctx.mentionByStart[mentions[n].end + 1] == nil && !tokens[mentions[n].end + 1].normIsOne(of: "and", "or"))
                {
                    // "Princeton University, New Jersey,": a body and the place it is in, the place ending the
                    // phrase (not a list, nor "…, Lima said").
                    emit(e, ctx.entity(n), .locatedIn, "apposed-place", confidence: 0.7)
                }
            }
        }
    }
}
