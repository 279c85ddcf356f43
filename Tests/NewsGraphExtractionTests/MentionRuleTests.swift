import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// What is a name and of which kind, for names no lexicon knows. Invented sentences.
@Suite("Mention rules")
struct MentionRuleTests {
    private func graph(_ text: String) -> KnowledgeGraph {
        Extractor().extract(Document(id: "m", text: text))
    }

    /// The graph of `text` with the built-in lexicon and a user's `[actors]` lines.
    private func graph(_ text: String, actors: String) throws -> KnowledgeGraph {
        Extractor(lexicon: try Lexicon.builtIn.merging(Lexicon(parsing: actors))).extract(Document(id: "m", text: text))
    }

    private func node(_ form: String, in graph: KnowledgeGraph) -> Entity? {
        graph.entities.values.first { $0.name == form || $0.aliases.contains(form) }
    }

    @Test("a body's cue at one mention outweighs a given name's spelling at another; accented initials spell an acronym; a description's head after a possessive or an adverb")
    func bodyCuesOverGivenNamesAccentsAndDescriptions() {
        // A given name's spelling ("Rosa") read a person at the second mention; "insurer" names a body at the first.
        let cued = graph("The clinic chain is 40 percent owned by Peruvian insurer Rosa Meridia. Rosa Meridia, which is listed in Lima, said it had not been consulted.")
        #expect(node("Rosa Meridia", in: cued)?.kind == .organization, "\(cued.entities.values.map { "\($0.name) \($0.kind)" })")
        // Negative: no body's cue anywhere, the given name's spelling stands.
        let person = graph("The insurer hired Rosa Meridia in May. Rosa Meridia said the clinics had not been paid.")
        #expect(node("Rosa Meridia", in: person)?.kind == .person, "\(person.entities.values.map { "\($0.name) \($0.kind)" })")
        // "É" spells the acronym's "E".
        let accent = graph("Kessa's Électricité de Velmarie (EDV) cut power to three towns on Monday.")
        #expect(node("Électricité de Velmarie", in: accent)?.kind == .organization, "\(accent.entities.values.map { "\($0.name) \($0.kind)" })")
        // Negative: an accented given name without an acronym stays a person.
        let named = graph("Émile Varnet, the mayor, said the power cut was illegal.")
        #expect(node("Émile Varnet", in: named)?.kind == .person, "\(named.entities.values.map { "\($0.name) \($0.kind)" })")
        // The description's head comes after a possessive cue ("the carmaker's … subsidiary") or a body's noun goes on
        // with an adverb and a participle ("a company jointly owned").
        let subsidiary = graph("Halbrecht de Tarvo, the carmaker's local subsidiary, said the strike was illegal.")
        #expect(node("Halbrecht de Tarvo", in: subsidiary)?.kind == .organization, "\(subsidiary.entities.values.map { "\($0.name) \($0.kind)" })")
        let adverb = graph("The dam is run by Aguas del Tarvo, a company jointly owned by two utilities.")
        #expect(node("Aguas del Tarvo", in: adverb)?.kind == .organization, "\(adverb.entities.values.map { "\($0.name) \($0.kind)" })")
        // Negatives: a person's office after the body's possessive, a person's noun before the adverb.
        let lawyer = graph("Maria de Tarvo, the company's lawyer, said the strike was illegal.")
        #expect(node("Maria de Tarvo", in: lawyer)?.kind == .person, "\(lawyer.entities.values.map { "\($0.name) \($0.kind)" })")
        let appointed = graph("Carlos del Tarvo, a lawyer jointly appointed by the two firms, said the deal was fair.")
        #expect(node("Carlos del Tarvo", in: appointed)?.kind == .person, "\(appointed.entities.values.map { "\($0.name) \($0.kind)" })")
    }

    @Test("a trade's noun before a comma, a '-listed' place, a capital or a digit inside a word, and a body's noun after a name's possessive name a company")
    func tradeNounsListedPlacesBrandSpellingsAndPossessedBodies() {
        func kinds(_ g: KnowledgeGraph) -> [String] { g.entities.values.map { "\($0.name) \($0.kind)" } }
        let exporter = graph("Kessa accused the country's largest exporter, Dorvel Golden Rice, of hiding its sales.")
        #expect(node("Dorvel Golden Rice", in: exporter)?.kind == .organization, "\(kinds(exporter))")
        let arm = graph("The board voted to sell Tarvo's loss-making logistics arm, Tarvo Unsoku.")
        #expect(node("Tarvo Unsoku", in: arm)?.kind == .organization, "\(kinds(arm))")
        let listed = graph("The mine is owned by Kessa-listed Orvel Digital, which denied the claim.")
        #expect(node("Orvel Digital", in: listed)?.kind == .organization, "\(kinds(listed))")
        let brand = graph("Prosecutors said Dorvik AgroTrade paid the bribes. Hackers calling themselves Velk Av3ngers hit the utility.")
        #expect(node("Dorvik AgroTrade", in: brand)?.kind == .organization, "\(kinds(brand))")
        #expect(node("Velk Av3ngers", in: brand)?.kind == .organization, "\(kinds(brand))")
        let association = graph("Orvel Rugby, Velmar Rugby's regional association, said it would lend the union money.")
        #expect(node("Orvel Rugby", in: association)?.kind == .organization, "\(kinds(association))")
        // Negatives: a given name first; a person's rival after a name's possessive; names with a capital inside after
        // a short prefix.
        let person = graph("Kessa accused the country's largest exporter, Maria Dorvel, of hiding her sales.")
        #expect(node("Maria Dorvel", in: person)?.kind == .person, "\(kinds(person))")
        let rival = graph("Tarvo Delmach, Kiro's long-time rival, has been under house arrest since March.")
        #expect(node("Tarvo Delmach", in: rival)?.kind == .person, "\(kinds(rival))")
        let surnames = graph("Dorvel McKarran and Tovan MacAlder met in Kessa. Senator Velka DeMarro said the deal was fair.")
        #expect(node("Dorvel McKarran", in: surnames)?.kind == .person, "\(kinds(surnames))")
        #expect(node("Tovan MacAlder", in: surnames)?.kind == .person, "\(kinds(surnames))")
    }

    @Test("a name read a body's by its article alone yields to a place's cue at another mention; water's nouns after a name make it a place")
    func articleGuessesAndWaterNouns() {
        func kinds(_ g: KnowledgeGraph) -> [String] { g.entities.values.map { "\($0.name) \($0.kind)" } }
        let river = graph("Officials said the Orvask was rising fast. Farmers draw water from the Orvask river near Kessa.")
        #expect(node("Orvask", in: river)?.kind == .location, "\(kinds(river))")
        let water = graph("Tarvo controls shipping in the Khorvel waterway. Its aircraft are based on Velmadhoo and Orlaamu atolls.")
        #expect(node("Khorvel", in: water)?.kind == .location, "\(kinds(water))")
        #expect(node("Velmadhoo", in: water)?.kind == .location, "\(kinds(water))")
        // Negatives: the article alone still names a body; a broadcaster's channel is no water.
        let body = graph("The minister told the Velmarin on Monday that the vote was fair.")
        #expect(node("Velmarin", in: body)?.kind == .organization, "\(kinds(body))")
        let channel = graph("The minister told the Korvista channel that the vote was fair.")
        #expect(node("Korvista", in: channel)?.kind != .location, "\(kinds(channel))")
    }

    @Test("a lone place of the place table stays apart from a longer place its name opens, unless a place noun or head word ends that")
    func lonePlacesApartFromLongerPlaces() {
        let g = graph("The state of Bihar sued Tarvex Chemicals on Monday. The suit was filed at a court in Bihar Sharif. Bihar said the spill killed fish.")
        #expect(node("Bihar", in: g).map { $0.name } == "Bihar", "\(g.entities.values.map { "\($0.name) \($0.sortedAliases)" })")
        #expect(node("Bihar Sharif", in: g)?.aliases.contains("Bihar") == false, "\(g.entities.values.map(\.name))")
        // Negative: a sea's head word ends the longer name, the same place.
        let sea = graph("Tarvo sent ships to the Baltic Sea on Monday. Patrols in the Baltic will go on.")
        #expect(node("Baltic", in: sea)?.name == "Baltic Sea", "\(sea.entities.values.map(\.name))")
    }

    @Test("a treaty's name after 'on'/'of' holds words of a field only (not a day, not an unknown name); an acronym's plural is no mixed-case acronym")
    func treatyNamesAndAcronymPlurals() throws {
        let g = graph("Peru invoked the Treaty on Monday against Tarvel Group. Chile ratified the Convention on International Trade in Endangered Species.")
        #expect(node("Tarvel Group", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("International Trade", in: g) == nil, "\(g.entities.values.map(\.name))")
        let plural = graph("The National Guard Office criticized Peru on Monday. NGOs accused Chile of abuses.")
        #expect(!plural.relations.values.contains { $0.source == "national_guard_office" && $0.target == "chile" }, "\(plural.relations.values.map(\.key))")
    }

    @Test("a lone name before 'aquifer', 'township' or 'suburb' is a place; a body's 'X to <Verb> A, B and C' keeps its list; 'DoJ'-type acronyms name the body before them")
    func placeNounsCommaListsAndConnectorAcronyms() {
        let place = graph("Farms near Velsbury pump water from the Orvask Drel aquifer. Police said 12 people died in the Kelmavo township.")
        #expect(node("Orvask Drel", in: place)?.kind == .location, "\(place.entities.values.map(\.name))")
        #expect(node("Kelmavo", in: place)?.kind == .location, "\(place.entities.values.map(\.name))")
        // Negative: a capitalized "Township" heads a body's name; no lower-case place noun, no place.
        let body = graph("The Kelmavo Township Council fined Tarvex Mining.")
        #expect(node("Kelmavo", in: body) == nil, "\(body.entities.values.map(\.name))")
        let list = graph("The Alliance to Defeat Cholera, Measles and Polio gave Tarvo $5 million.")
        #expect(node("Alliance to Defeat Cholera, Measles and Polio", in: list)?.kind == .organization, "\(list.entities.values.map(\.name))")
        #expect(node("Polio", in: list) == nil, "\(list.entities.values.map(\.name))")
        // Negative: a verb's object list after a body's name stays out of it.
        let verb = graph("The Tarvo Alliance helped to fight cholera, Measles and Polio.")
        #expect(node("Tarvo Alliance", in: verb) != nil, "\(verb.entities.values.map(\.name))")
        let doj = graph("The Kelmavo Department of Ports (DoP) fined Tarvex Shipping. The DoP said the fine was final.")
        #expect(doj.entities.values.filter { $0.name == "DoP" || $0.aliases.contains("DoP") }.count == 1, "\(doj.entities.values.map(\.name))")
        #expect(!doj.entities.values.contains { $0.name == "DoP" }, "\(doj.entities.values.map(\.name))")
        // Negative: "PhD", "PdD" and an acronym's plural are no such acronym.
        #expect(MentionFinder.isMixedCaseAcronym("DoJ") && MentionFinder.isMixedCaseAcronym("OfS"))
        #expect(!MentionFinder.isMixedCaseAcronym("PhD") && !MentionFinder.isMixedCaseAcronym("PdD") && !MentionFinder.isMixedCaseAcronym("DJs"))
    }

    @Test("a lone place named before a body named after it stays the place; named after the body, it may be the body's short name")
    func earlierPlaceBeforeBodyNamedAfterIt() {
        let g = graph("The player cheated during a tournament in Velmora last December. The organiser, the Velmora Chess Club, said it was shocked.")
        #expect(node("Velmora", in: g)?.kind == .location, "\(g.entities.values.map(\.name))")
        #expect(node("Velmora Chess Club", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        // Negative: after the body is named, "in Kestrava" may still be its short name (one node).
        let later = graph("The Kestrava Liberation Front said on Monday it had attacked a convoy. Fighting in Kestrava continued.")
        #expect(later.entities.values.count == 1, "\(later.entities.values.map(\.name))")
    }

    @Test("an office's title ending in 'General', a possessive and a body's head word are one body: 'the Prosecutor General's Office'")
    func generalsOffice() {
        let g = graph(
            "Tarvo's Comptroller General's Office said load tests were skipped. The Prosecutor General's Office opened a case against Korvex Mining.")
        let names = g.entities.values.map(\.name)
        #expect(node("Comptroller General's Office", in: g)?.kind == .organization || names.contains { $0.hasSuffix("Comptroller General's Office") }, "\(names)")
        #expect(node("Prosecutor General's Office", in: g)?.kind == .organization, "\(names)")
        #expect(!names.contains("General's Office"), "\(names)")
        // Negative: a general's possessive before a plain noun is a person's ("General Rask's troops"), no body.
        let general = graph("General Oren Rask's troops entered Tarvel on Monday.")
        #expect(!general.entities.values.contains { $0.name.hasSuffix("troops") }, "\(general.entities.values.map(\.name))")
    }

    @Test("a club named by an all-capitals prefix and a known place ('SV Tarvstadt') is named later by the place alone; the place stays a place without such a club")
    func clubShortNameAfterPrefix() {
        // (Two real towns of the place table that no corpus text names.)
        let g = graph(
            "UEFA barred MFK Nové Zámky because it shares an owner with SV Floridsdorf. Because Floridsdorf finished higher, it keeps its place, and Nové Zámky's place passes to another club."
        )
        let names = "\(g.entities.values.map { "\($0.name):\($0.kind)" })"
        #expect(node("SV Floridsdorf", in: g)?.aliases.contains("Floridsdorf") == true, "\(names)")
        #expect(node("MFK Nové Zámky", in: g)?.aliases.contains("Nové Zámky") == true, "\(names)")
        #expect(!g.entities.values.contains { $0.kind == .location }, "\(names)")
        // No prefixed club: the place is a place.
        let other = graph("Floods hit Floridsdorf on Monday, and UEFA moved the match to Nové Zámky.")
        #expect(node("Floridsdorf", in: other)?.kind == .location, "\(other.entities.values.map(\.name))")
        #expect(node("Nové Zámky", in: other)?.kind == .location, "\(other.entities.values.map(\.name))")
    }

    @Test("a company named with a known place then a trade and a company's head ('X Water Holdings') is named later by the place alone; after 'in' the place stays a place")
    func companyShortNameThatIsAPlace() {
        // (Two real towns of the place table that no corpus text names.)
        let g = graph(
            "Wells drilled by Nové Zámky Water Holdings pump water from the aquifer. Nové Zámky, a Prague-based company, sells the water to farmers. Regulators fined Floridsdorf Education Group, and the university ended its contract with Floridsdorf."
        )
        let names = "\(g.entities.values.map { "\($0.name):\($0.kind)" })"
        #expect(node("Nové Zámky Water Holdings", in: g)?.aliases.contains("Nové Zámky") == true, "\(names)")
        #expect(node("Floridsdorf Education Group", in: g)?.aliases.contains("Floridsdorf") == true, "\(names)")
        #expect(!g.entities.values.contains { $0.kind == .location && ["Nové Zámky", "Floridsdorf"].contains($0.name) }, "\(names)")
        // After a preposition of place the town is the town.
        let other = graph("Wells drilled by Nové Zámky Water Holdings pump water to farms in Nové Zámky.")
        #expect(node("Nové Zámky", in: other)?.kind == .location, "\(other.entities.values.map(\.name))")
    }

    @Test("a party named with a word that is no name alone: 'the governing Tavora First party' is one organization")
    func partyNameWithOrdinal() {
        let g = graph("The governing Tavora First party defended the raids on Monday. Its leader, Oren Bastik, said the law was fair.")
        #expect(node("Tavora First", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Tavora", in: g) == nil, "\(g.entities.values.map(\.name))")
        // Without "party" after it the word still ends the name: "in Kelmar First Minister Oren Bastik".
        let other = graph("Talks in Kelmar First Minister Oren Bastik opened on Sunday.")
        #expect(node("Kelmar First", in: other) == nil, "\(other.entities.values.map(\.name))")
    }

    @Test("a forum is a body ('the Korvex Islands Forum, whose members …'); a summit, a conference, a festival stay events")
    func forumIsABody() throws {
        let g = graph("The Korvex Islands Forum said on Monday that it would meet. Leaders left the Velmar Summit and the Tarn Conference early.")
        #expect(node("Korvex Islands Forum", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Velmar Summit", in: g) == nil, "\(g.entities.values.map(\.name))")
        #expect(node("Tarn Conference", in: g) == nil, "\(g.entities.values.map(\.name))")
    }

    @Test("a person 'of the' body: 'Hilmar Sastro of the University of Kalmar' is a person and a body")
    func personOfTheBody() throws {
        let g = graph("Hilmar Sastrowadi of the University of Kalmar said the talks went well. Korvex Mining of the North disagreed.")
        let person = try #require(node("Hilmar Sastrowadi", in: g), "\(g.entities.values.map(\.name))")
        #expect(person.kind == .person)
        #expect(node("University of Kalmar", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        // A company's name, with its head word, stays whole.
        #expect(node("Korvex Mining", in: g) == nil, "\(g.entities.values.map(\.name))")
    }

    @Test("'Sheikh' between two names is part of a person's name; before one name it is a title")
    func honorificInsideName() throws {
        let g = graph(
            "Kalmari President Dahir Sheikh Ilmi Warfadin met Qorsel Sheikh Abdalle in Tarvel. Sheikh Omar Velani, the emir's cousin, did not attend."
        )
        for name in ["Dahir Sheikh Ilmi Warfadin", "Qorsel Sheikh Abdalle", "Omar Velani"] {
            let person = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(person.kind == .person, "\(name)")
        }
        for part in ["Dahir", "Ilmi Warfadin", "Qorsel", "Abdalle", "Sheikh Omar Velani"] {
            #expect(node(part, in: g) == nil, "\(part)")
        }
    }

    @Test("a sentence adverb before a comma is no name; a name before a comma is")
    func sentenceAdverbs() {
        let g = graph(
            "Indeed, the board said the brakes worked. Notably, the line was new. Separately, Okonkwo, the mayor of Tarvel, said the town was safe. Unfortunately, nobody listened."
        )
        for word in ["Indeed", "Notably", "Separately", "Unfortunately"] {
            #expect(node(word, in: g) == nil, "\(word)")
        }
        #expect(node("Okonkwo", in: g) != nil)
    }

    @Test("the acronym of a designation or a law is no name, here or later")
    func classAcronyms() {
        let g = graph(
            "The ministry designated the Red Hand Brigade a Foreign Terrorist Organization (FTO) on Monday, under Executive Order (E.O.) 14000. FTO rules freeze its assets under E.O. 14000 and Section 3 of the act. Two of its chiefs were named Specially Designated Nationals (SDNs); SDN rules apply."
        )
        for word in ["FTO", "E.O.", "Section", "SDNs", "SDN"] {
            #expect(node(word, in: g) == nil, "\(word)")
        }
        #expect(node("Red Hand Brigade", in: g) != nil)
    }

    @Test("an office, a portfolio or a rank before a full name is no part of the person's name")
    func officesBeforeNames() throws {
        let g = graph(
            """
            Kalmar's Minister for Foreign Affairs, Helen Farrow, met Coordinating Minister for Political and Security Affairs Budi Santoso on Monday. \
            Under Secretary for Trade and Financial Intelligence Brian Holloway joined them. \
            Emergency Relief Coordinator Mark Lindqvist and Commodore Tariq Al-Hamdan arrived later.
            """)
        for name in ["Helen Farrow", "Budi Santoso", "Brian Holloway", "Mark Lindqvist", "Tariq Al-Hamdan"] {
            let person = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(person.kind == .person, "\(name)")
        }
        for phrase in ["Foreign Affairs", "Security Affairs Budi Santoso", "Financial Intelligence Brian Holloway", "Trade"] {
            #expect(node(phrase, in: g) == nil, "\(phrase)")
        }
        // A place after "of" or "for" is no portfolio: it stays a name.
        let places = graph("The governor of Tarvel County, Mike Okafor, met the envoy for Norway, Hans Lindgren, on Monday.")
        #expect(node("Tarvel County", in: places) != nil)
        #expect(node("Norway", in: places) != nil)
        #expect(node("Hans Lindgren", in: places)?.kind == .person)
    }

    @Test("two offices and their holders joined by 'and' open a sentence: the first holder is no portfolio of the second office")
    func twoHoldersJoinedByAnd() throws {
        let g = graph("Peru acted. President Karel Vantro and Prime Minister Ilse Marand have pledged to act.")
        for name in ["Karel Vantro", "Ilse Marand"] {
            #expect(node(name, in: g)?.kind == .person, "\(name): \(g.entities.values.map(\.name))")
        }
        let leads = g.relations.filter { $0.predicate == .leads }.map { g.entities[$0.source]?.name ?? "" }.sorted()
        #expect(leads == ["Ilse Marand", "Karel Vantro"], "\(leads)")
        // Negatives: portfolios joined by "and" after a rank or at the start stay the office's.
        for text in ["Deputy Trade and Industry Minister Ilse Marand spoke.", "Trade and Industry Minister Ilse Marand spoke."] {
            let office = graph(text)
            #expect(node("Ilse Marand", in: office)?.kind == .person, "\(text)")
            #expect(node("Trade", in: office) == nil && node("Industry Minister", in: office) == nil, "\(text)")
        }
    }

    @Test("a name that ends in a common English word or holds an acronym names no person")
    func organizationsByTheirWords() throws {
        let g = graph(
            "Fjordline Tankers said on Monday that Transport Norway had ordered an inspection. Analysts at Korvo Asset Securities and KT Orbis agreed. Vermeer Capital declined to comment."
        )
        for name in ["Fjordline Tankers", "Transport Norway", "Korvo Asset Securities", "KT Orbis"] {
            let org = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(org.kind == .organization, "\(name): \(org.kind)")
        }
        // People keep their kind: a given name first, or a name of no common word.
        let people = graph("Mark Rice met Bambang Sutrisno on Monday. Rice said the talks went well.")
        #expect(node("Mark Rice", in: people)?.kind == .person)
        #expect(node("Bambang Sutrisno", in: people)?.kind == .person)
    }

    @Test("a first name and initials before a known person's surname are that person; a suffix after a comma is no name")
    func initialsAndSuffixes() throws {
        let g = try graph(
            "Defense Secretary Lamar T. Whitfield met Gen. Joel B. Vantreel, Jr. on Monday. Whitfield said the talks went well.",
            actors: "Lamar Whitfield\tPerson\tWhitfield\n")
        let names = g.entities.values.map(\.name)
        #expect(names.filter { $0.contains("Lamar") || $0.contains("Whitfield") }.count == 1, "\(names)")
        #expect(node("Lamar T.", in: g) == nil, "\(names)")
        #expect(node("Jr.", in: g) == nil, "\(names)")
        #expect(node("Joel B. Vantreel", in: g)?.kind == .person, "\(names)")
    }

    @Test("a regnal numeral is no acronym; a place's head word before a name makes a place; a company named after its country names no country")
    func numeralsLakesAndStateCompanies() throws {
        let g = graph("King Osric III said in a speech that no one was above the law.")
        #expect(try #require(node("Osric III", in: g)).kind == .person)
        let lake = graph("Farmers accused the company of draining Lake Veradun, which has lost a fifth of its surface.")
        #expect(try #require(node("Lake Veradun", in: lake)).kind == .location)
        // A name that ends in a common word after the place's head word stays a body's.
        let airline = graph("Farmers said Lake Transport would cut its fares.")
        #expect(try #require(node("Lake Transport", in: airline)).kind == .organization)
        let longer = graph("Farmers said Lake Veradun Fisheries would cut its prices.")
        #expect(node("Lake Veradun Fisheries", in: longer)?.kind != .location)
        let company = graph("The bidders included Peru National Mining Corporation and Tarvel Steel.")
        #expect(node("Peru National Mining Corporation", in: company) != nil)
        #expect(node("Peru", in: company) == nil)
        // An organ named after its country names the country.
        let organ = graph("The Peru Maritime Authority seized the ship.")
        #expect(node("Peru", in: organ)?.kind == .country)
    }

    @Test("an office's title, a possessive and a body's head word name one body: 'the Attorney General's Office'")
    func titledOffice() throws {
        let g = graph("The minister is under investigation by the Attorney General's Office over a contract.")
        #expect(try #require(node("Attorney General's Office", in: g)).kind == .organization)
        #expect(node("Office", in: g) == nil)
        // A title's holder after the possessive is still a person's office: "the Attorney General's deputy".
        let h = graph("The Attorney General's deputy, Lamar Whitfield, resigned.")
        #expect(node("Attorney General's Office", in: h) == nil)
    }

    @Test("one office holder's noun, a possessive and a state organ's head word name one body: 'the Ombudsman's Office'")
    func officeHolderNounOffice() throws {
        let g = graph("The Ombudsman's Office urged the Registrar's Office to publish the list.")
        #expect(try #require(node("Ombudsman's Office", in: g)).kind == .organization)
        #expect(try #require(node("Registrar's Office", in: g)).kind == .organization)
        for word in ["Ombudsman", "Registrar", "Office"] { #expect(node(word, in: g) == nil, "\(word)") }
        // A person's name before the possessive stays a person's: "Lamar's Office" is no body's name.
        let person = graph("Officials at Lamar's Office declined to comment.")
        #expect(node("Lamar's Office", in: person) == nil)
        // A given name spelled like a common noun is still a person's ("hunter" is a WordNet noun): only the guard
        // against given names keeps "Hunter's Office" apart.
        let given = graph("Officials at Hunter's Office declined to comment.")
        #expect(node("Hunter's Office", in: given) == nil)
    }

    @Test("portfolios before a state organ's head word: 'Energy and Mines Ministry', 'Foreign, Commonwealth and Development Office'")
    func portfolioOrgans() throws {
        let g = graph(
            """
            Chile's Energy and Mines Ministry said the licence was valid. Energy and Mines Minister Lena Ortiz \
            defended it. Britain's Foreign, Commonwealth and Development Office said it had raised the matter.
            """)
        let ministry = try #require(node("Energy and Mines Ministry", in: g))
        #expect(ministry.kind == .organization)
        #expect(try #require(node("Foreign, Commonwealth and Development Office", in: g)).kind == .organization)
        for word in ["Mines Ministry", "Foreign", "Commonwealth and Development Office"] {
            #expect(node(word, in: g) == nil, "\(word)")
        }
        let person = try #require(node("Lena Ortiz", in: g))
        #expect(g.relations.values.contains { $0.source == person.id && $0.target == ministry.id && $0.predicate == .roleIn })
        // Two companies stay two: a company's head word joins only before a state organ's head word.
        let firms = graph("Shares of Korvex Energy and Tarnis Mining Group rose.")
        #expect(node("Korvex Energy", in: firms) != nil)
        // A company's head word alone before "and" is no field of a company: "The Bank and Tarnis Mining Group" are two.
        let bank = graph("The Bank and Tarnis Mining Group signed the deal.")
        #expect(node("Bank and Tarnis Mining Group", in: bank) == nil)
        #expect(node("Tarnis Mining Group", in: bank) != nil)
    }

    @Test("an academy's and a framework's names: 'the People's Security Academy', 'the Kimberley Process'")
    func academies() throws {
        let g = graph("The People's Security Academy, run by the Interior Ministry, expelled the cadets.")
        #expect(try #require(node("People's Security Academy", in: g)).kind == .organization)
        #expect(node("Security Academy", in: g) == nil)
        // A given name's spelling before "Process" names a framework, not a person.
        let process = graph("The Kimberley Process suspended the exports on Monday.")
        #expect(try #require(node("Kimberley Process", in: process)).kind == .organization)
    }

    @Test("a pronunciation in brackets is no name")
    func pronunciations() {
        let g = graph("Shells fell on Tavrenko [Tav-ren-ko] and Ostrelle, [Os-trel-leh] the mayor said.")
        for word in ["Tav", "Os"] { #expect(node(word, in: g) == nil, "\(word)") }
        #expect(node("Tavrenko", in: g) != nil)
    }

    @Test(
        "places from their context: after a sentence-opening preposition, off, of a compass point or a plural place noun, in an apposition")
    func placesFromContext() throws {
        let g = graph(
            """
            Gunmen attacked Zantabo, a garrison town in the north, on Sunday. In Quelmira, rescuers found two boats. \
            A tanker sank south of Pemaloa. The navy patrols off Tamberlo. Floods hit the districts of Kuvari and Lentisk.
            """)
        for name in ["Zantabo", "Quelmira", "Pemaloa", "Tamberlo", "Kuvari"] {
            let place = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(place.kind == .location, "\(name): \(place.kind)")
        }
        // A name before a common noun takes no article itself: "the Velmora site" is no company.
        let site = graph("The company halted work at its plant in Velmora and at the Velmora site.")
        #expect(node("Velmora", in: site)?.kind == .location)
    }

    @Test("places from the land around them: a feature noun after the name, a place noun before 'of', a name joined by 'and' to a place")
    func placesFromLandAndCoordination() throws {
        let g = graph(
            """
            Tankers waited off the coast of Tarvelia. Rebels hid in the deserts of Orvanmo and the Kessel hills. \
            Ballots were counted in Quorvel and Antavoro on Sunday. Cattle were stolen in the Dovrek Sulan area. \
            Gas flows from the Sarvo field to the port. The traditional ruler of Ostrima spoke.
            """)
        for name in ["Tarvelia", "Orvanmo", "Kessel", "Antavoro", "Dovrek Sulan", "Sarvo", "Ostrima"] {
            let place = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(place.kind == .location, "\(name): \(place.kind)")
        }
        // Not a person joined to a place, nor a name joined to a country.
        let people = graph("Troops in Tarvel met Maria Delgado and Lena Ortiz on Monday. Kenya and Korvex signed a deal.")
        #expect(node("Lena Ortiz", in: people)?.kind == .person)
        let korvex = try #require(node("Korvex", in: people), "\(people.entities.values.map(\.name))")
        #expect(korvex.kind != .location)
    }

    @Test("a name before 'administration' or 'regime' is a leader's; a name that starts with a common word is no person's")
    func leadersAndCommonFirstWords() {
        let g = graph(
            "Lawmakers criticized the Okafor administration on Monday. Hackers called Crimson Tarantela struck, Beacon Quelmo said.")
        #expect(node("Okafor", in: g)?.kind == .person)
        #expect(node("Crimson Tarantela", in: g)?.kind == .organization)
        #expect(node("Beacon Quelmo", in: g)?.kind == .organization)
        // People keep their kind.
        let people = graph("Bambang Sutrisno met his counterpart, Hun Sarith, on Monday.")
        #expect(node("Bambang Sutrisno", in: people)?.kind == .person)
        #expect(node("Hun Sarith", in: people)?.kind == .person)
    }

    @Test("facilities: a facility's head word, or a facility noun after the name")
    func facilities() {
        let g = graph(
            "Production stopped at the Quenora copper mine and at the Dravik refinery. Police at Kelvo police station said the Marlow Museum and the Tessaro Dam were closed."
        )
        // "a Tarvel mine" is one of Tarvel's mines.
        #expect(node("Tarvel", in: graph("Workers struck at a Tarvel mine on Monday."))?.kind != .facility)
        for name in ["Quenora", "Dravik", "Kelvo", "Marlow Museum", "Tessaro Dam"] {
            #expect(node(name, in: g)?.kind == .facility, "\(name): \(g.entities.values.map { "\($0.name) \($0.kind)" })")
        }
    }

    @Test("facilities: two lower-case modifiers before a facility noun, but not a verb")
    func facilitiesAfterTwoModifiers() {
        let g = graph("Workers at the Alcorneo nuclear power station went on strike. The Korvash copper processing plant closed.")
        for name in ["Alcorneo", "Korvash"] {
            #expect(node(name, in: g)?.kind == .facility, "\(name): \(g.entities.values.map { "\($0.name) \($0.kind)" })")
        }
        // A verb is no modifier: "Tarvo owns gas plant licences" is a company's holding.
        let owns = graph("The regulator said Tarvo owns gas plant licences in three provinces.")
        #expect(node("Tarvo", in: owns)?.kind != .facility)
    }

    @Test("facilities named by a lower-case noun that is no head word: a market, a farm, a penitentiary, a camp after a modifier, a port")
    func facilitiesByLowerCaseNouns() throws {
        let g = graph(
            """
            Aid trucks reached the Quessel refugee camp late on Monday. Shoppers crowded the Virrano market before the holiday. \
            The Kessa wind farm was halted. The Ostrel port near the capital reopened. Inmates fled the Velmar penitentiary.
            """)
        for name in ["Quessel", "Virrano", "Kessa", "Ostrel", "Velmar"] {
            #expect(node(name, in: g)?.kind == .facility, "\(name): \(g.entities.values.map { "\($0.name) \($0.kind)" })")
        }
        // The name alone later is the same facility.
        let prison = graph("Inmates fled the Velmar Oskos penitentiary on Monday. Troops took over Velmar Oskos and two other jails.")
        let prisons = prison.entities.values.filter { $0.name.hasPrefix("Velmar") }
        #expect(prisons.map(\.kind) == [.facility], "\(prisons.map { "\($0.name) \($0.kind)" })")
        // A politician's camp, and one of a place's farms, are no facility.
        let sides = graph("Supporters of the Korvaldt camp protested in Tarvel. Workers struck at a Quenby farm on Monday.")
        let listed = "\(sides.entities.values.map { "\($0.name) \($0.kind)" })"
        #expect(try #require(node("Korvaldt", in: sides), "\(listed)").kind != .facility, "\(listed)")
        #expect(try #require(node("Quenby", in: sides), "\(listed)").kind != .facility, "\(listed)")
    }

    @Test("a company's trade right before its name: an exchange, a haulier, a wholesaler, a distributor")
    func companyTradesBeforeNames() {
        let g = graph(
            "Regulators fined the exchange Merrow Tannik last year. Police seized trucks owned by the Brennock-based haulier Vessik Orlan. "
                + "Vessik Orlan could not be reached. The wholesaler Kelmi Dagit sold the drinks.")
        for name in ["Merrow Tannik", "Vessik Orlan", "Kelmi Dagit"] {
            #expect(node(name, in: g)?.kind == .organization, "\(name): \(g.entities.values.map { "\($0.name) \($0.kind)" })")
        }
        // Not a person after another word: "an exchange with Lena Ortiz", nor a place after an exchange of fire.
        let other = graph("After an exchange with Lena Ortiz, troops reported an exchange of fire near Kessavo on Monday.")
        #expect(node("Lena Ortiz", in: other)?.kind == .person)
        #expect(node("Kessavo", in: other)?.kind == .location)
    }

    @Test("a head word alone after 'the' is the longer name that ends with it, or no name")
    func loneHeadWords() {
        let g = graph(
            "The Regional Appeals Court in Tarvel upheld the ruling. Lawyers welcomed the Court's decision. Officials praised the Alliance on Monday."
        )
        let courts = g.entities.values.filter { $0.name.contains("Court") }
        #expect(courts.count == 1, "\(courts.map(\.name))")
        #expect(node("Alliance", in: g) == nil)
        // An office after "of the" ends an organization's name.
        let office = graph("Prosecutors from the Office of the Attorney General of Kaldoria charged him.")
        #expect(node("Office of the Attorney General of Kaldoria", in: office) != nil, "\(office.entities.values.map(\.name))")
    }

    @Test("an office of a word and a title word after 'of the' ends a body's name: 'the Office of the Surveyor General'")
    func officeOfTwoWordTitle() {
        let g = graph("The Office of the Surveyor General said in a report that the Tarvel Port Authority had overpaid.")
        #expect(node("Office of the Surveyor General", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Office of the Surveyor", in: g) == nil, "\(g.entities.values.map(\.name))")
        // Two actors stay two: a general named after the ministry is a person of his own.
        let h = graph("The Ministry of Defence General Darvo Kellan said on Monday that the drill was over.")
        #expect(!h.entities.values.contains { $0.name.contains("Defence General") }, "\(h.entities.values.map(\.name))")
    }

    @Test("an unknown name after a company's 'arm,', founded by someone or after 'a stake in' names a company")
    func companiesByTheirContext() {
        let g = graph(
            "Velmar Group said its logistics arm, Dorvik Logistik, would be sold. Anna Teller, who co-founded Tarsen Digital, left. "
                + "Kelbrun Holdings bought a stake in Morvale last year."
        )
        #expect(node("Dorvik Logistik", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name) \($0.kind)" })")
        #expect(node("Tarsen Digital", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name) \($0.kind)" })")
        #expect(node("Morvale", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name) \($0.kind)" })")
        // Two actors stay two, and a person stays a person.
        #expect(node("Anna Teller", in: g)?.kind == .person)
        #expect(node("Kelbrun Holdings", in: g).map { $0.name != node("Morvale", in: g)?.name } ?? false)
        let h = graph("Anna Teller founded the group with Petra Lind, who later joined the board.")
        #expect(node("Petra Lind", in: h)?.kind == .person, "\(h.entities.values.map { "\($0.name) \($0.kind)" })")
    }

    @Test("the people a body serves, a possessive and a head word start one name: 'the Children's Hospital of Tarvel'")
    func possessiveOfPeopleServed() {
        let g = graph("Doctors at the Children's Hospital of Tarvel said the boy was stable. The Women's Fund paid for the care.")
        let names = "\(g.entities.values.map { "\($0.name) \($0.kind)" })"
        #expect(node("Children's Hospital of Tarvel", in: g) != nil, "\(names)")
        #expect(node("Women's Fund", in: g)?.kind == .organization, "\(names)")
        #expect(node("Children", in: g) == nil, "\(names)")
        // Two actors stay two: a body after the people's possessive and a known body before it.
        let h = graph("The Tarvel Women's Council met the Children's Hospital of Tarvel on Monday.")
        #expect(!h.entities.values.contains { $0.name.contains("Council") && $0.name.contains("Hospital") }, "\(h.entities.values.map(\.name))")
    }

    @Test("a place the place table writes with a possessive is one place: 'Hawke's Bay', 'King's Lynn'")
    func possessiveInsideAPlaceName() {
        let g = graph("Floods hit Hawke's Bay on Tuesday. Tourists filled King's Lynn and Wellington last summer, the council said.")
        let names = "\(g.entities.values.map { "\($0.name) \($0.kind)" })"
        #expect(node("Hawke's Bay", in: g)?.kind == .location, "\(names)")
        #expect(node("King's Lynn", in: g)?.kind == .location, "\(names)")
        #expect(node("Bay", in: g) == nil && node("Hawke", in: g) == nil, "\(names)")
        // Not a possessive before a name the table does not hold, nor one a capitalized word goes on after.
        let h = graph("Velmar's Tarvik Port reopened on Monday. Anna Teller's Harbour Group bought it.")
        #expect(!h.entities.values.contains { $0.name.contains("'s") && $0.kind == .location }, "\(h.entities.values.map(\.name))")
    }

    @Test("'with' after a capitalized '-ing' word inside a body's name: 'the Kelmar Network of People Living with HIV'")
    func withInsideAName() {
        let g = graph("The Kelmar Network of People Living with HIV said the cuts would hurt clinics.")
        #expect(node("Kelmar Network of People Living with HIV", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        // Two actors stay two: "with" after a lower-case word joins nothing.
        let h = graph("The Tarvel Bank of Commerce signed a deal with Dorvik Energy on Monday.")
        #expect(node("Tarvel Bank of Commerce", in: h) != nil, "\(h.entities.values.map(\.name))")
        #expect(node("Dorvik Energy", in: h) != nil, "\(h.entities.values.map(\.name))")
    }

    @Test("a press release's byline office is no part of a name")
    func bylineOffices() {
        let g = graph("By Northern Fleet Command Public Affairs\nThe fleet held a drill on Monday.")
        #expect(!g.entities.values.contains { $0.name.contains("Public Affairs") }, "\(g.entities.values.map(\.name))")
    }

    @Test("an acronym after a name defines the name's extent: the words whose initials spell it")
    func acronymLongForms() throws {
        let g = graph(
            """
            Monitors from the League for Peace and Cooperation in Tarvelia, or LPCT, counted the shells. \
            The Front to Defend Faith and Farmers (FDFF) — also known as Jabhat Difa'a ul-Iman wa'al- Fallahin (JDIF) \
            in their own tongue — claimed the attack.
            """)
        let names = g.entities.values.map(\.name)
        let league = try #require(node("League for Peace and Cooperation in Tarvelia", in: g), "\(names)")
        #expect(league.kind == .organization)
        #expect(league.aliases.contains("LPCT"), "\(league.aliases)")
        let front = try #require(node("Front to Defend Faith and Farmers", in: g), "\(names)")
        #expect(front.aliases.contains("JDIF"), "\(front.aliases)")
        for part in ["League for Peace", "Cooperation", "Defend Faith", "Farmers", "Fallahin"] {
            #expect(node(part, in: g) == nil, "\(part): \(names)")
        }
    }

    @Test("a particle glued by a hyphen spells an acronym's letter only when the capitalized words cannot")
    func acronymParticles() throws {
        let g = graph(
            """
            Fighters of al-Harun in the Western Steppe (AHWS) ambushed a convoy near Tarvel, officials said. \
            Liwa Afwaj al-Sayf (LAS) denied any part in it. AHWS later claimed the ambush.
            """)
        let names = g.entities.values.map(\.name)
        let harun = try #require(node("al-Harun in the Western Steppe", in: g), "\(names)")
        #expect(harun.kind == .organization)  // the words after "in" say where, not what
        #expect(harun.aliases.contains("AHWS"), "\(harun.aliases)")
        // The capitalized words spell "LAS": "al" is skipped, not taken for the "A".
        let afwaj = try #require(node("Liwa Afwaj al-Sayf", in: g), "\(names)")
        #expect(afwaj.aliases.contains("LAS"), "\(afwaj.aliases)")
        for part in ["Western Steppe", "al-Harun", "al-Sayf"] {
            #expect(node(part, in: g) == nil, "\(part): \(names)")
        }
    }

    @Test("a known company's name with a legal form, a known acronym's long form and a listed alias name one actor")
    func oneActorForNameForms() throws {
        let g = try graph(
            """
            Halvern Inc. said on Monday that Halvern would appeal. Monitors of the Tarvel Security and Cooperation \
            Council, or TSCC, arrived. Karim Vandour also uses the aliases Hajji Salem, \u{2018}Abdul Rahim Vand, and \
            Abu-\u{2018}Omar al-Tarvi.
            """, actors: "Halvern\tOrganization\nTSCC\tOrganization\n")
        let names = g.entities.values.map(\.name)
        #expect(names.filter { $0.hasPrefix("Halvern") }.count == 1, "\(names)")
        #expect(node("TSCC", in: g)?.aliases.contains("Tarvel Security and Cooperation Council") == true, "\(names)")
        // One node for the person and every listed alias.
        let person = try #require(node("Karim Vandour", in: g), "\(names)")
        for name in ["Hajji Salem", "Omar al-Tarvi", "Abdul Rahim Vand"] {
            #expect(person.name == name || person.aliases.contains(name), "\(name): \(person.name) \(person.aliases)")
        }
        #expect(g.entities.values.filter { $0.kind == .person }.count == 1, "\(names)")
    }

    @Test("a country's adjective may start a name with a possessive; a function word or a storm is no name")
    func possessivesFunctionWordsStorms() {
        let g = graph(
            "The ruling Norwegian People's Party won every seat. The U.S. Has also said it would act. Cyclone Tavro hit the coast.")
        let names = g.entities.values.map(\.name)
        #expect(node("Norwegian People's Party", in: g)?.kind == .organization, "\(names)")
        for name in ["Party", "People", "Has", "Cyclone Tavro", "Tavro"] {
            #expect(node(name, in: g) == nil, "\(name): \(names)")
        }
    }

    @Test("a country, a known place and a body's head word are one name; a body's noun after a name makes it a body's")
    func countryPlaceBodyAndBodyNouns() {
        let g = graph(
            "Mattis will meet the commander of U.S. Pacific Command. The claim was cited by Kaldora's Al-Vantar news agency. Protesters set the Tarvel Assembly building on fire."
        )
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" }
        let command = g.entities.values.first { $0.name == "U.S. Pacific Command" || $0.aliases.contains("U.S. Pacific Command") }
        #expect(command?.kind == .organization, "\(names)")
        #expect(node("Pacific Command", in: g) == nil || command?.aliases.contains("Pacific Command") == true, "\(names)")
        #expect(node("Al-Vantar", in: g)?.kind == .organization, "\(names)")
        #expect(node("Tarvel Assembly building", in: g)?.kind == .facility, "\(names)")
    }

    @Test("a participle that starts a sentence before a known country is no part of its name")
    func participleBeforeCountry() {
        let g = graph("Neighbouring Moldova signed a border accord with the Dorvek Front. Bordering Chad, the town of Tarvelo was quiet.")
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        #expect(node("Moldova", in: g)?.kind == .country, "\(names)")
        #expect(node("Chad", in: g)?.kind == .country, "\(names)")
        for name in ["Neighbouring Moldova", "Neighbouring", "Bordering Chad", "Bordering"] {
            #expect(node(name, in: g) == nil, "\(name): \(names)")
        }
    }

    @Test("a place of the place table is one name across a known place or a particle inside it, and not an office's portfolio")
    func placesAcrossKnownNamesAndParticles() {
        let g = graph(
            """
            Gunmen of the Dorvek Front attacked a clinic in Upper Nile state on Monday. \
            Floods cut roads across Mato Grosso do Sul, Halvern Logistics said. \
            Kerala Chief Minister Arvan Pillai wrote to Tamil Nadu Chief Minister Selvan Moorthy about the Dorvek Front.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        for name in ["Upper Nile", "Mato Grosso do Sul", "Kerala", "Tamil Nadu"] {
            #expect(node(name, in: g)?.kind == .location, "\(name): \(names)")
        }
        for name in ["Arvan Pillai", "Selvan Moorthy"] {
            #expect(node(name, in: g)?.kind == .person, "\(name): \(names)")
        }
        for name in ["Upper", "Nile", "Mato Grosso", "Sul", "Kerala Chief Minister Arvan Pillai"] {
            #expect(node(name, in: g) == nil, "\(name): \(names)")
        }
        // A chief minister leads the state named before the office.
        let leads = g.relations.values.filter { $0.predicate == .leads }.map { "\($0.source) \($0.target)" }
        #expect(leads.contains("selvan_moorthy tamil_nadu"), "\(leads)")
        #expect(leads.contains("arvan_pillai kerala"), "\(leads)")
    }

    @Test("a word WordNet only knows as a name is no common word: initials and it name a person")
    func wordNetProperNamesAreNoCommonWords() {
        // (The table leaves out what WordNet only writes capitalized; it keeps common words.)
        let words = Lexicon.builtIn.commonWords
        for name in ["stalin", "picasso", "khartoum", "american"] { #expect(!words.contains(name), "\(name)") }
        for word in ["securities", "civil", "tanker", "minority"] { #expect(words.contains(word), "\(word)") }
        let g = graph("Governor R.K. Picasso wrote to the Dorvek council on Monday.")
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        #expect(node("R.K. Picasso", in: g)?.kind == .person, "\(names)")
    }

    @Test("a language's name, a known region's adjective and a word only ever before a thing's noun are no names")
    func languagesRegionAdjectivesThings() {
        let g = graph(
            """
            The Tarvel Front, also known by a longer name in Swahili, attacked the East African country's army. \
            Fighters fired Zelva rockets into the mountainous Himalayan region. \
            The Orvanta program will send a crew to orbit, Korvath said, and the long-term Orvanta architecture is set. \
            Dremmik religious minorities fled. Halvex account holders complained about Halvex. The council met Dremmik and Halvex.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        for name in ["Swahili", "East African", "African", "Himalayan", "Zelva", "Orvanta"] {
            #expect(node(name, in: g) == nil, "\(name): \(names)")
        }
        // A word the text also uses alone names an actor; a person is not a thing.
        #expect(node("Korvath", in: g) != nil, "\(names)")
        #expect(node("Halvex", in: g) != nil, "\(names)")
        #expect(node("Dremmik", in: g) != nil, "\(names)")
        #expect(node("Tarvel Front", in: g)?.kind == .organization, "\(names)")
    }

    @Test("an acronym's long form wins over a shorter known name inside it; a court's document is no name")
    func acronymLongFormOverKnownName() {
        let g = graph(
            "Officials said al-Qa'ida in the Northern Hills (AQNH) and al-Qa'ida affiliates grew. The Final Judgment and the Consent Decree bind Halvern Chemical."
        )
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        #expect(node("al-Qa'ida in the Northern Hills", in: g)?.kind == .organization, "\(names)")
        #expect(node("al-Qa'ida", in: g)?.kind == .organization, "\(names)")
        for name in ["Final Judgment", "Consent Decree"] {
            #expect(node(name, in: g) == nil, "\(name): \(names)")
        }
    }

    @Test("an ethnic word on the non-name list between a given name and a particle's surname stays in the name: 'Ahmed Sunni al-Farsi'")
    func ethnicWordInsideName() {
        let g = graph("Prime Minister Ahmed Sunni al-Farsi met Tomas Brel. Al-Farsi said the talks went well.")
        let names = g.entities.values.map(\.name)
        #expect(names.contains("Ahmed Sunni al-Farsi"), "\(names.sorted())")
        #expect(!names.contains("Ahmed"), "\(names.sorted())")
        // Not before a name without a particle: "Shia militias" stays apart.
        let h = graph("Karim said Shia militias attacked the base.")
        #expect(!h.entities.values.contains { $0.name.contains("Shia") }, "\(h.entities.values.map(\.name))")
    }

    @Test("a title word that names no person ('Radio', 'Civil') starts or ends a body's name; a common noun's plural ends one after a given name")
    func titleModifiersAndPluralHeads() {
        let g = graph(
            """
            Officials told Radio Korvel that Guardia Tarvel officers and Delta Tankers staff were safe. \
            Police Commissioner Anna Korvel said Commander Omar Velt and Liz Truss met Grace Holdings.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        for name in ["Radio Korvel", "Delta Tankers", "Grace Holdings"] {
            #expect(node(name, in: g)?.kind == .organization, "\(name): \(names)")
        }
        // Another title word after the modifier ("Police Commissioner"), a title that names a
        // person ("Commander") and a surname that only ends in "s" ("Truss") stay people's.
        for name in ["Anna Korvel", "Omar Velt", "Liz Truss"] {
            #expect(node(name, in: g)?.kind == .person, "\(name): \(names)")
        }
        let h = graph("Officials said Zorvan Civil officers came.")
        #expect(node("Zorvan Civil", in: h)?.kind == .organization, "\(h.entities.values.map(\.name))")
        // The table: WordNet's person nouns are no modifiers.
        let lexicon = Lexicon.builtIn
        #expect(lexicon.titleModifiers.isSuperset(of: ["radio", "civil", "foreign", "police"]))
        #expect(lexicon.titleModifiers.isDisjoint(with: ["commander", "senator", "judge", "minister", "chairman"]))
    }

    @Test("a full name right after an office's title is a person's; a common word before a country's full name names a body")
    func afterTitleAndWordBeforeCountry() {
        let g = graph(
            """
            Government spokesman Serge Malouda said the army would act. \
            Officials at Air Sierra Leone said flights resumed. \
            Students of the General Tarvel Police Academy marched.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        // ("serge" is also a cloth: the title decides.)
        #expect(node("Serge Malouda", in: g)?.kind == .person, "\(names)")
        #expect(node("Air Sierra Leone", in: g)?.kind == .organization, "\(names)")
        // A body's name after a rank stays a body's.
        #expect(!g.entities.values.contains { $0.name.contains("Police Academy") && $0.kind == .person }, "\(names)")
    }

    @Test("a capitalized compass word before a name that is no place starts a body's name ('Southern Tarvel Airlines'), and its short name after it")
    func compassWordStartsBody() {
        let g = graph(
            """
            Officials said Southern Tarvel Airlines grew. Southern Tarvel said it would hire. \
            Analysts praised Southern Tarvel's plan. Troops in Northern Iraq moved.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.mentions.count)" }
        let airline = g.entities.values.first { $0.name == "Southern Tarvel Airlines" }
        #expect(airline?.kind == .organization, "\(names)")
        #expect(airline?.mentions.count == 3, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Tarvel Airlines" || $0.name == "Tarvel" }, "\(names)")
        // Before a known place the compass word stays out.
        #expect(node("Iraq", in: g)?.kind == .country, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Northern Iraq" }, "\(names)")
    }

    @Test("body head words ('Chamber', 'Guild'), a described 'civil … group', place and facility nouns after a name, quantity words, inner common words, ', which' and places before a company's head word")
    func headsDescriptionsAndPlacesBeforeCompanies() {
        let g = graph(
            """
            The Chamber of Fisheries of Senegal urged calm, and members of Brava Nostra, a civil defence group in the north, \
            marched. Patrols reached the Lumora reservoir and the Kesto-Varna canal. Hundreds of Okafor's supporters marched. \
            Brenko Global Zelmar signed the deal with Qantor Biovax, which makes vaccines. Peru's Sahara Baltic Airways grew. \
            The party of Amara Okafor, which holds most seats, agreed.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Chamber of Fisheries of Senegal") == .organization, "\(names)")
        #expect(kind("Brava Nostra") == .organization, "\(names)")
        #expect(kind("Lumora") == .location, "\(names)")
        #expect(kind("Kesto-Varna canal") == .facility, "\(names)")
        // (The later full name takes the surname's mentions.)
        #expect(kind("Amara Okafor") == .person, "\(names)")
        #expect(!g.entities.values.contains { $0.name.hasPrefix("Hundreds") }, "\(names)")
        #expect(kind("Brenko Global Zelmar") == .organization, "\(names)")
        #expect(kind("Qantor Biovax") == .organization, "\(names)")
        #expect(kind("Sahara Baltic Airways") == .organization, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Sahara" }, "\(names)")
    }

    @Test("names with a capitalized preposition, 'to' and a verb, a plural's apostrophe, hyphened particles, 'por', five-letter syllables, and connectors spelling an acronym's letters")
    func connectorsInsideNames() {
        let g = graph(
            """
            Paris-based Fishermen Without Borders said the ban was unlawful. Sailors Without Borders agreed. \
            The Committee to Protect Sailors urged calm. Members of the ruling Farmers' Party of Valdoria marched. \
            Gunmen of Hizb-ul-Maradi attacked the town. The motion came from Unidos por el Cambio. \
            Carmen Valdes said the Society to Save the Valmora Children had no role. \
            The Joint Monitoring Mission in Somalia (JMMIS) reported the clash. \
            Kazakhstan chairs the International Fund for Rebuilding the Lake Region. Envoy Park Min-seong met the mission.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Fishermen Without Borders") == .organization, "\(names)")
        #expect(kind("Sailors Without Borders") == .organization, "\(names)")
        #expect(kind("Committee to Protect Sailors") == .organization, "\(names)")
        #expect(kind("Farmers' Party of Valdoria") == .organization, "\(names)")
        #expect(kind("Hizb-ul-Maradi") != nil, "\(names)")  // (its kind is left to the context)
        #expect(kind("Society to Save the Valmora Children") == .organization, "\(names)")
        #expect(kind("Carmen Valdes") == .person, "\(names)")
        #expect(kind("Unidos por el Cambio") != nil, "\(names)")
        #expect(kind("Joint Monitoring Mission in Somalia") == .organization, "\(names)")
        #expect(kind("International Fund for Rebuilding the Lake Region") == .organization, "\(names)")
        #expect(kind("Park Min-seong") == .person, "\(names)")
        #expect(!g.entities.values.contains { ["Borders", "Farmers", "Maradi", "Cambio", "Lake Region", "Park Min"].contains($0.name) }, "\(names)")
    }

    @Test("'Campaign', 'Fund' or 'Movement' then 'to' and a capitalized verb keep one body's name ('Kestrin Campaign to Ban Drift Nets'); 'agreed to Sell' and 'a letter to Peru' join nothing")
    func bodyNameWithToAfterCampaignHead() {
        let g = graph("""
            The Kestrin Campaign to Ban Drift Nets accused Orlane Fisheries of hiding catch data. \
            The Velmar Committee to Protect Farmers said the plan failed. The Dorvan Movement to Save Rivers urged calm. \
            Tarvo Mining agreed to Sell its stake. The minister sent a letter to Peru.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Kestrin Campaign to Ban Drift Nets") == .organization, "\(names)")
        #expect(kind("Velmar Committee to Protect Farmers") == .organization, "\(names)")
        #expect(kind("Dorvan Movement to Save Rivers") == .organization, "\(names)")
        #expect(kind("Tarvo Mining") == .organization, "\(names)")
        #expect(kind("Peru") != nil, "\(names)")
        #expect(!g.entities.values.contains { ["Ban Drift Nets", "Kestrin Campaign", "Save Rivers"].contains($0.name) || $0.name.hasSuffix(" to Sell") || $0.name.hasSuffix(" to Peru") }, "\(names)")
    }

    @Test("the last two words of a full name ('Quintero Lago', 'Mensah-Darko') and a company's first two ('Selenga Gol') name one actor; a person's '… 's government' is the person")
    func twoWordShortNames() {
        let g = graph(
            """
            In the video, Marisol Quintero Lago, a nurse, appealed for help. Quintero Lago was seized in May. \
            The tribunal fined midfielder Kofi Mensah-Darko. It also banned Mensah-Darko for a season. \
            The bank hid loans to Selenga Gol Mining, a coal company. Selenga Gol sells coal abroad. \
            The sale was pushed through by Prime Minister Arvo Kettunen's government.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.mentions.count)" }
        func entity(_ name: String) -> Entity? { g.entities.values.first { $0.name == name } }
        #expect(entity("Marisol Quintero Lago")?.mentions.count == 2, "\(names)")
        #expect(entity("Kofi Mensah-Darko")?.mentions.count == 2, "\(names)")
        #expect(entity("Selenga Gol Mining")?.mentions.count == 2, "\(names)")
        #expect(entity("Arvo Kettunen")?.kind == .person, "\(names)")
        #expect(!g.entities.values.contains { ["Quintero Lago", "Mensah-Darko", "Selenga Gol"].contains($0.name) || $0.name.hasSuffix("government") }, "\(names)")
    }

    @Test("a region's adjective starts a body's name ('European Court of Fisheries'); an abbreviation spells its capitals in an acronym's long form")
    func regionAdjectivesAndAbbreviations() {
        let g = graph(
            """
            The European Court of Fisheries ruled on Tuesday. The European Seed Agency agreed. European officials said nothing. \
            The U.N. Relief Mission in Valdoria (UNRMV) reported the clashes.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("European Court of Fisheries") == .organization, "\(names)")
        #expect(kind("European Seed Agency") == .organization, "\(names)")
        #expect(kind("U.N. Relief Mission in Valdoria") == .organization, "\(names)")
        #expect(!g.entities.values.contains { ["Court of Fisheries", "Seed Agency", "Relief Mission", "European"].contains($0.name) }, "\(names)")
    }

    @Test("a title word after 'the' before a body's name, a list of portfolios, a people's possessive, an ampersand or 'por' inside a name; a common last word after a title")
    func titleWordsListsAndAmpersands() {
        let g = graph(
            """
            The Marine Heritage Council suspended its label. Valdoria's Ministry of Tourism, Forestry and Fisheries objected. \
            Militias fought the Farmers' Defence Front and the People's Liberation Front of Korvia. \
            The bank was advised by Torvald & Co. and by Brennick & Sloane. \
            Ortiz met NUG foreign minister Kyaw Swe Win in Bangkok. \
            She sued Hidrovale Norte Vasco, the company building the dam. The siege of the Tarvel mall ended. \
            Voters backed Frente por la Esperanza Nueva in May.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Marine Heritage Council") == .organization, "\(names)")
        #expect(kind("Valdorian Ministry of Tourism, Forestry and Fisheries") == .organization
            || kind("Ministry of Tourism, Forestry and Fisheries") == .organization, "\(names)")
        #expect(kind("People's Liberation Front of Korvia") == .organization, "\(names)")
        #expect(kind("Torvald & Co.") == .organization, "\(names)")
        #expect(kind("Brennick & Sloane") == .organization, "\(names)")
        #expect(kind("Kyaw Swe Win") == .person, "\(names)")
        #expect(kind("Hidrovale Norte Vasco") == .organization, "\(names)")
        #expect(kind("Tarvel mall") == .facility, "\(names)")
        #expect(kind("Frente por la Esperanza Nueva") == .organization, "\(names)")
        #expect(!g.entities.values.contains {
            ["Heritage Council", "Forestry", "Fisheries", "People", "Liberation Front of Korvia", "Co.", "Sloane"].contains($0.name)
        }, "\(names)")
    }

    @Test("'X House' is a building, 'the House' alone is not; a natural place's head word last ('Shoal', 'Reef') with an ordinal first; a body 'of' one plural field; a broadcaster named for its city; newspapers' head words")
    func housesShoalsChambersAndBroadcasters() {
        let g = graph(
            """
            Talks were held at Harrowgate House in Velmora on Monday. Later the House voted on the bill. \
            Coast guard ships collided near Second Corvin Shoal and off Dunmore Reef. \
            The Valdoria Chamber of Mines opposed the rule. "Prices will fall," Pell told Radio Mombasa. \
            The Tarvel Gazette reported the vote.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Harrowgate House") == .facility, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "House" && $0.kind == .facility }, "\(names)")
        #expect(kind("Second Corvin Shoal") == .location, "\(names)")
        #expect(kind("Dunmore Reef") == .location, "\(names)")
        #expect(kind("Valdoria Chamber of Mines") == .organization, "\(names)")
        #expect(kind("Radio Mombasa") == .organization, "\(names)")
        #expect(kind("Tarvel Gazette") == .organization, "\(names)")
        #expect(!g.entities.values.contains { ["Corvin Shoal", "Mines", "Mombasa", "Valdoria Chamber"].contains($0.name) }, "\(names)")
    }

    @Test("companies: a company's noun then a comma before the name, a firm 'he controlled', a legal form first, 'Air' inside; a lone first word of the one person named in full after a title")
    func companyCuesAndLoneFirstNames() {
        let g = graph(
            """
            The junta fought its Canadian operator, Korvane Gold, over taxes. He moved funds to Dellmar Quant, a trading \
            firm he controlled. The hulls will be built by Valdoria's state shipbuilder PT Sarvana. Shares of Tarvel Air \
            Lines rose. Valdoria's envoy to the agency, Osric Pellham, said nothing. \
            President Wiranto Sasmita arrived on Monday. Wiranto, a former army general, signed the pact.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Korvane Gold") == .organization, "\(names)")
        #expect(kind("Dellmar Quant") == .organization, "\(names)")
        #expect(kind("PT Sarvana") == .organization, "\(names)")
        #expect(kind("Tarvel Air Lines") == .organization, "\(names)")
        #expect(kind("Osric Pellham") == .person, "\(names)")
        #expect(kind("Wiranto Sasmita") == .person, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Wiranto" }, "\(names)")
    }

    @Test("a portfolio of common words before 'Minister' ('Armed Forces Minister'); a prosecutor's office 'for the Southern District of X'; a known group's branch named for a region ('… Sahel Province')")
    func portfoliosDistrictsAndBranches() {
        let g = graph(
            """
            The pact was signed by Armed Forces Minister Orla Penhallow. Prosecutors at the U.S. Attorney's Office for the \
            Northern District of Tarvel charged him. Islamic State Sahel Province claimed the attack.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Orla Penhallow") == .person, "\(names)")
        #expect(kind("U.S. Attorney's Office for the Northern District of Tarvel") == .organization, "\(names)")
        #expect(kind("Islamic State Sahel Province") == .organization, "\(names)")
        #expect(!g.entities.values.contains { ["Armed Forces", "Sahel Province", "District of Tarvel"].contains($0.name) }, "\(names)")
    }

    @Test("'Thirteen Western embassies urged …': a number word opening a sentence before a word no name holds is no name; before a name's word it stays")
    func numberWordOpeningASentence() {
        let embassies = graph("Thirteen Western embassies urged the Tarvo police to show restraint.").entities.values.map(\.name)
        #expect(!embassies.contains("Thirteen"), "\(embassies)")
        let network = graph("Nine Network Holdings sued the Tarvo Council on Monday.").entities.values.map(\.name)
        #expect(network.contains { $0.contains("Network") }, "\(network)")
    }

    @Test("a body's name, then a region in no one country that ends the capitalized run, is one name: 'Velmar Fans Network Europe', 'University of the Tarvo Pacific'; not before a lower-case noun or a hyphen, nor after a known city")
    func bodyNamedForARegion() {
        func names(_ text: String) -> [String] { graph(text).entities.values.map { "\($0.name):\($0.kind)" }.sorted() }
        let network = names("Velmar Fans Network Europe, a supporters' group, welcomed the ruling.")
        #expect(network.contains("Velmar Fans Network Europe:organization"), "\(network)")
        #expect(!network.contains { $0.hasPrefix("Europe:") }, "\(network)")
        let university = names("The images were gathered by the University of the Tarvo Pacific.")
        #expect(university.contains("University of the Tarvo Pacific:organization"), "\(university)")
        // Negatives: a lower-case noun after the region, a hyphen, a city (in one country), no body's head word.
        let office = names("The Velmar Network Africa office closed on Monday.")
        #expect(office.contains("Africa:location") && office.contains("Velmar Network:organization"), "\(office)")
        let based = names("The Velmar Alliance Pacific-based unit rose.")
        #expect(based.contains("Pacific:location"), "\(based)")
        let city = names("The Velmar Network Boston said it would appeal.")
        #expect(!city.contains("Velmar Network Boston:organization"), "\(city)")
    }

    @Test("a known body's name, then a country that ends the capitalized run, is the body's national section: member_of the body, located_in the country; not before a lower-case noun or a hyphen, not across a comma")
    func nationalSectionOfAKnownBody() {
        func ids(_ g: KnowledgeGraph) -> [String] { g.entities.values.map { "\($0.name) \($0.kind)" } }
        func has(_ g: KnowledgeGraph, _ s: String, _ p: NewsGraph.Predicate, _ t: String) -> Bool {
            g.relations[Relation(source: s, predicate: p, target: t).key] != nil
        }
        let section = "freedom_house_tanzania"
        for text in [
            "Freedom House Tanzania urged Tanzania to free the reporters.",
            "Freedom House Tanzania's director urged Tanzania to free the reporters.",
            // (Rare "told X Y would": the run is read as the section, the more common reading.)
            "Tanzania's police told Freedom House Tanzania would act.",
        ] {
            let g = graph(text)
            #expect(g.entities[section]?.kind == .organization, "\(text) \(ids(g))")
            #expect(has(g, section, .memberOf, "freedom_house"), "\(text) \(g.relations.keys)")
            #expect(has(g, section, .locatedIn, "tanzania"), "\(text) \(g.relations.keys)")
            #expect(!has(g, "freedom_house", .urged, "tanzania") && !has(g, "tanzania", .urged, "tanzania"), "\(text) \(g.relations.keys)")
        }
        #expect(has(graph("Freedom House Tanzania urged Tanzania to free the reporters."), section, .urged, "tanzania"))
        // Negatives: the country after a comma, as an attribute of a lower-case noun, or before a hyphen.
        for text in [
            "Freedom House, Tanzania and Kenya urged the police to free the reporters.",
            "Freedom House urged Tanzania to act, and the Freedom House Tanzania office closed.",
            "Freedom House Tanzania-based staff left Tanzania.",
            "Freedom House urged Tanzania to free the reporters.",
        ] {
            let g = graph(text)
            #expect(g.entities[section] == nil, "\(text) \(ids(g))")
            #expect(g.entities["tanzania"]?.kind == .country, "\(text) \(ids(g))")
        }
    }

    @Test("the company and portfolio rules stay off people and parties: a trade's noun before a name, a given name before 'Air', a party's secretary, a one-word group before a province, known bodies named '… House'")
    func companyAndPortfolioRulesLeavePeopleAndParties() {
        let g = graph(
            """
            The film's producer, Harvey Collard, was arrested. Mark Air, a Kenyan lawyer, said he would appeal. \
            Communist Party Secretary Li Wenhua visited the plant. Taliban Helmand Province commanders met. \
            The Blue House accused North Korea of provocation. Penguin Random House sued the printer.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Harvey Collard") == .person, "\(names)")
        #expect(kind("Mark Air") == .person, "\(names)")
        #expect(kind("Li Wenhua") == .person, "\(names)")
        #expect(kind("Communist Party") == .organization, "\(names)")
        #expect(kind("Taliban") == .organization, "\(names)")
        #expect(kind("Blue House") == .organization, "\(names)")
        #expect(kind("Penguin Random House") == .organization, "\(names)")
        #expect(g.relations.contains { $0.predicate == .accused && g.entities[$0.source]?.name == "Blue House" }, "\(g.relations)")
    }

    @Test("a person's name ends before 'of' and a country; a Spanish plural article starts a group's name; a place named with a place noun is not the short name of a body named after it")
    func personOfCountryGangsAndPlaces() {
        let g = graph(
            """
            The panel was chaired by Judge Marisa Quintela of Portugal. Quintela read the ruling. \
            Police blamed Los Halcones and Las Fieras for the attack. Los Halcones denied it. \
            The pipeline crosses Korvash province. Rebels of the Korvash Liberation Front attacked a post in Korvash.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Marisa Quintela") == .person, "\(names)")
        #expect(kind("Portugal") == .country, "\(names)")
        #expect(kind("Los Halcones") == .organization, "\(names)")
        #expect(kind("Las Fieras") == .organization, "\(names)")
        #expect(kind("Korvash") == .location, "\(names)")
        #expect(kind("Korvash Liberation Front") == .organization, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Marisa Quintela of Portugal" }, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Korvash Liberation Front" && $0.aliases.contains("Korvash") }, "\(names)")
    }

    @Test("a company's first two words stand for it though the first is a given name; a demonym after 'as' is no place's; a disease named after a place; a compass word before a place inside a body's name")
    func companyShortNamesDiseasesAndCompassBodies() {
        let g = graph(
            """
            Lenkor Mills is 30 percent owned by Tokyo-listed Rosa Marel Holdings. Rosa Marel said it would sell the stake. \
            The Harriet Fenwick Fund said it would pay. Harriet Fenwick spoke in Mombasa. \
            What is sold in Malindi as Kenyan tea was grown elsewhere, Lenkor Mills said. \
            Health workers contained a Dunmore outbreak last year and tested a Dunmore vaccine. \
            Judges at the Central Nairobi Lands Tribunal jailed the manager.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" }
        func entity(_ name: String) -> Entity? { g.entities.values.first { $0.name == name } }
        #expect(entity("Rosa Marel Holdings")?.aliases.contains("Rosa Marel") == true, "\(names)")
        #expect(entity("Rosa Marel") == nil, "\(names)")
        // A fund named after a person is not the person's short name.
        #expect(entity("Harriet Fenwick")?.kind == .person, "\(names)")
        #expect(entity("Malindi")?.kind == .location, "\(names)")
        #expect(!g.entities.values.contains { $0.name.contains(" as ") }, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Dunmore" }, "\(names)")
        #expect(entity("Central Nairobi Lands Tribunal")?.kind == .organization, "\(names)")
        #expect(entity("Central") == nil, "\(names)")
    }

    @Test("an acronym the text defines for its own long form is not the known actor of that acronym; a long form may start with a word that alone is no name")
    func redefinedAcronyms() {
        let g = graph(
            """
            Lenor Patak, whose All Bovaran Congress (ABC) lost half its seats, conceded defeat. The ABC said it would appeal. \
            The International Atomic Energy Agency (IAEA) said it would inspect the site.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" }
        let party = g.entities.values.first { $0.name == "All Bovaran Congress" }
        #expect(party?.kind == .organization, "\(names)")
        #expect(party?.aliases.contains("ABC") == true, "\(names)")
        #expect(!g.entities.values.contains { $0.aliases.contains("All Bovaran Congress") && $0.name != "All Bovaran Congress" }, "\(names)")
        #expect(g.entities.values.contains { $0.name == "International Atomic Energy Agency" && $0.aliases.contains("IAEA") }, "\(names)")
    }

    @Test("review mends: another spelling of a known actor's long form keeps the actor; a founder named before the company named after her is not its short name")
    func knownSpellingsAndFounders() {
        let g = graph(
            """
            The World Health Organisation (WHO) declared an emergency. WHO experts arrived in Goma. \
            Rosa Marel founded Rosa Marel Holdings in 2004. Rosa Marel told reporters she would stay.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" }
        // The known actor, under its own name, with the text's spelling as an alias (not a new body
        // "World Health Organisation" that took the acronym from it).
        let who = g.entities.values.first { $0.aliases.contains("WHO") }
        #expect(who?.name == "World Health Organization", "\(names)")
        #expect(who?.aliases.contains("World Health Organisation") == true, "\(names)")
        #expect(g.entities.values.filter { $0.name.hasPrefix("World Health Organi") }.count == 1, "\(names)")
        #expect(g.entities.values.first { $0.name == "Rosa Marel" }?.kind == .person, "\(names)")
        #expect(g.entities.values.first { $0.name == "Rosa Marel Holdings" }?.kind == .organization, "\(names)")
    }

    @Test("'and' and lists inside bodies' names: an adjective before 'and', a field list with company head words, a plural 'Centres for …'; 'X of the Y' and 'X of Estonia' end a one-word company")
    func andInsideBodies() {
        let g = graph(
            """
            The National Environmental and Water Committee of Kalmaria suspended its president. \
            The Ministry of Forests, Mines and Energy revoked the licence. \
            The Velmar Centres for Disease Control and Prevention sent experts. \
            "We will appeal," said Lena Ortiz of the Tarvel-based Institute for Peace and Reform. \
            The cable is owned by the grid operators Velgrid of Estonia and Norvek of Finland.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        #expect(g.entities.values.contains { $0.name == "National Environmental and Water Committee of Kalmaria" }, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "National Environmental" }, "\(names)")
        #expect(g.entities.values.contains { $0.name == "Ministry of Forests, Mines and Energy" }, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Mines" || $0.name == "Energy" }, "\(names)")
        #expect(g.entities.values.contains { $0.name == "Velmar Centres for Disease Control and Prevention" }, "\(names)")
        #expect(g.entities.values.first { $0.name == "Lena Ortiz" }?.kind == .person, "\(names)")
        #expect(!g.entities.values.contains { $0.name.hasSuffix(" of the") }, "\(names)")
        #expect(g.entities.values.first { $0.name == "Velgrid" }?.kind == .organization, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Velgrid of Estonia" }, "\(names)")
        let relations = g.relations.values.map { "\($0.source) \($0.predicate) \($0.target)" }
        #expect(relations.contains("velgrid located_in estonia"), "\(relations)")
        #expect(!relations.contains("velgrid member_of estonia"), "\(relations)")
    }

    @Test("'on the' after a body's head word before its field stays in the name; a known body's common-word name after 'Peace and' ends a longer name; two actors joined by 'and' stay two")
    func onTheAndGenericBodies() {
        let g = graph(
            """
            The U.N. Committee on the Abolition of Forced Servitude urged Kalmaria to act.             The Velmar Union's Peace and Security Council suspended Kalmaria on Monday.             The Security Council met on Tuesday. The board briefed the Tarvel Council on the Korvex crisis.             Chile and the Security Council spoke. Microsoft and Google agreed, and Chile and Peru signed. \
            The deal between Korvair and Tarvel Airlines failed.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        let committee = g.entities.values.first { $0.name.hasSuffix("Committee on the Abolition of Forced Servitude") }
        #expect(committee?.kind == .organization, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Abolition of Forced Servitude" || $0.name == "U.N. Committee" }, "\(names)")
        #expect(g.entities.values.first { $0.name == "Peace and Security Council" }?.kind == .organization, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Peace" }, "\(names)")
        // The known body is still itself alone, and a known name after "on the" starts a name of its own.
        let un = g.entities.values.first { $0.aliases.contains("Security Council") || $0.name == "Security Council" }
        #expect(un != nil && un?.name != "Peace and Security Council", "\(names)")
        #expect(!g.entities.values.contains { $0.name.contains("Council on the") }, "\(names)")
        // (An unknown company's one word before "and" is no field word: two companies.)
        for name in ["Chile", "Peru", "Microsoft", "Google", "Korvair", "Tarvel Airlines"] {
            #expect(g.entities.values.contains { $0.name == name || $0.aliases.contains(name) }, "\(name): \(names)")
        }
    }

    @Test("a state's organ named by fields joined by 'and' after its country; a known place after 'X-based' or a country's name before an unknown word starts a company's whole name")
    func countryLedNamesAndBasedCompanies() {
        let g = graph(
            """
            The U.S. Customs and Border Protection barred imports from Harlow Fisheries on Thursday.             The U.S. Fish and Wildlife Service agreed. Its buyer, Denver-based Pacific Golden Grains, stopped orders.             The port is built by Peru Tarvo Harbour Construction, a state-owned group. Tarvo declined to comment.             The U.S. and Peru agreed, and Chile and Peru signed. Microsoft and Google met in Chile.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        for name in [
            "U.S. Customs and Border Protection", "U.S. Fish and Wildlife Service", "Pacific Golden Grains",
            "Peru Tarvo Harbour Construction",
        ] {
            #expect(g.entities.values.first { $0.name == name }?.kind == .organization, "\(name): \(names)")
        }
        for part in ["Customs", "Border Protection", "Fish", "Wildlife Service", "Pacific", "Golden Grains", "Tarvo Harbour Construction"] {
            #expect(!g.entities.values.contains { $0.name == part }, "\(part): \(names)")
        }
        // The company's next word alone is the company.
        #expect(g.entities.values.first { $0.name == "Peru Tarvo Harbour Construction" }?.aliases.contains("Tarvo") == true, "\(names)")
        let relations = g.relations.values.map { "\($0.source) \($0.predicate) \($0.target)" }
        #expect(relations.contains("pacific_golden_grains located_in denver"), "\(relations)")
        for name in ["Chile", "Peru", "Microsoft", "Google", "United States"] {
            #expect(g.entities.values.contains { $0.name == name }, "\(name): \(names)")
        }
    }

    @Test("a treaty's name after its head word and a preposition is no actor; a known name or a place after 'in' still is")
    func treatyNamesAfterPrepositions() {
        let g = graph(
            """
            Chile signed the Convention on Sustainable Trade in Protected Orchids last year.             Peru ratified the Treaty on the Prohibition of Orbital Weapons.             Peru signed the Agreement on Fisheries in Tarvel with Chile.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        for fragment in ["Sustainable Trade", "Protected Orchids", "Prohibition of Orbital Weapons", "Fisheries"] {
            #expect(!g.entities.values.contains { $0.name == fragment }, "\(fragment): \(names)")
        }
        for name in ["Chile", "Peru", "Tarvel"] {
            #expect(g.entities.values.contains { $0.name == name }, "\(name): \(names)")
        }
    }

    @Test("an acronym with lower-case letters among more capitals fixes its long form and names it later")
    func mixedCaseAcronyms() {
        let g = graph(
            """
            The Korvex Research and Manufacturers of Tarvel (KoRMT), the lobby group, objected on Monday.             Chile said KoRMT had misled the court. The deal with Peru (McAllister) stood.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        let lobby = g.entities.values.first { $0.name == "Korvex Research and Manufacturers of Tarvel" }
        #expect(lobby?.kind == .organization, "\(names)")
        #expect(lobby?.aliases.contains("KoRMT") == true, "\(names)")
        for part in ["Korvex Research", "Manufacturers of Tarvel", "KoRMT"] {
            #expect(!g.entities.values.contains { $0.name == part }, "\(part): \(names)")
        }
        #expect(!MentionFinder.isMixedCaseAcronym("McAllister") && !MentionFinder.isMixedCaseAcronym("McD"))
        #expect(MentionFinder.isMixedCaseAcronym("FinCEN") && MentionFinder.isMixedCaseAcronym("KoRMT"))
    }

    @Test("place cues: a route, a journey or a battle before one unknown word; a settlement of X; a trade's plural ends a body's name; a field word by its suffix before 'and'")
    func placeAndBodyCues() {
        let g = graph(
            """
            Two suspects were arrested on the road to Velbrek, she said.             Hundreds of families fled to Orvanto on Monday.             Dozens died in a battle at Kesh Tarmo last year.             The patrol came under fire near the mining settlement of Pelvarang.             A palm-oil refiner, Dorvan Agro Refineries, denied the claim.             Halmer Creameries said the ban would cost jobs. Tarvel moved to Lena Ortiz's house in May. The Kenyan Biosecurity and Food Safety Agency and Chile sent experts.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        for place in ["Velbrek", "Orvanto", "Kesh Tarmo", "Pelvarang"] {
            #expect(g.entities.values.first { $0.name == place }?.kind == .location, "\(place): \(names)")
        }
        #expect(g.entities.values.first { $0.name == "Dorvan Agro Refineries" }?.kind == .organization, "\(names)")
        #expect(g.entities.values.first { $0.name == "Halmer Creameries" }?.kind == .organization, "\(names)")
        #expect(g.entities.values.first { $0.name == "Lena Ortiz" }?.kind == .person, "\(names)")
        #expect(g.entities.values.contains { $0.name.hasSuffix("Biosecurity and Food Safety Agency") }, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Food Safety Agency" }, "\(names)")
    }

    @Test("a name before '-based', names joined before a place noun's plural, a short form after the long name")
    func placeParticiplesAndShortForms() {
        let g = graph(
            """
            The contract went to the Tarvona-based builder Orsk Stroy. The rig was drilling a well for Pacific Varden \
            Energy. Pacific Varden, a Delmiro-headquartered firm, said it was licensed. Officials in the Bèlo, Sarnak and \
            Kalomar districts said police fired. Pacific Varden said its crew was safe. Officials met Lena Ortiz, a \
            Colmar-based engineer. The Harvel-registered tanker sank.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        for place in ["Tarvona", "Delmiro", "Bèlo", "Sarnak", "Kalomar", "Colmar", "Harvel"] {
            #expect(g.entities.values.first { $0.name == place }?.kind == .location, "\(place): \(names)")
        }
        #expect(g.entities.values.first { $0.name == "Orsk Stroy" }?.kind == .organization, "\(names)")
        #expect(g.entities.values.first { $0.name == "Lena Ortiz" }?.kind == .person, "\(names)")
        // "Pacific Varden" after "Pacific Varden Energy" is its short form: no "Varden" of its own.
        #expect(!g.entities.values.contains { $0.name == "Varden" }, "\(names)")
        // Without the coordination or the plural, no place is read into a name.
        let plain = graph(
            "Kalomar Holdings said the districts were calm. Maria Keane, a Velcor-registered agent, sued Kenya. The Korvex-born dispute spread.")
        let plainNames = plain.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        #expect(plain.entities.values.contains { $0.name == "Kalomar Holdings" && $0.kind == .organization }, "\(plainNames)")
        #expect(!plain.entities.values.contains { ($0.name == "Velcor" || $0.name == "Korvex") && $0.kind == .location }, "\(plainNames)")
        // A person named after a place is not folded into a body named the same way just before.
        // (She is still read as "Ellis" after the known "Georgia", as before this rule.)
        let person = graph("The Georgia Ellis Trust sued Kenya on Monday. Its founder, Georgia Ellis, accused Kenya of fraud.")
        #expect(person.entities.values.contains { $0.name != "Georgia Ellis Trust" && $0.name.hasSuffix("Ellis") },
            "\(person.entities.values.map { "\($0.name) \($0.kind)" }.sorted())")
    }

    @Test("a company by its words or its context: a head word written first ('Banco X', 'Grupo X'), a foreign head word last ('X Seiyaku', 'X Advocaten'), 'X's chief executive', 'X's property arm', 'shares of X', 'its Canadian operator, X'")
    func companiesByHeadWordsAndContext() throws {
        let g = graph(
            """
            The regulator fined Banco Varelo and Grupo Tanquel on Monday. Brenmark Seiyaku and Oudhof Advocaten declined to comment. \
            Keng Marlow's chief executive resigned. Dorvas Hup's property arm was sold. Shares of Tarvo Velling fell 9 percent. \
            Mali escalated a dispute with its Canadian operator, Harlow Quint, over taxes. Lenka Pharma Ireland said it would appeal.
            """)
        for name in ["Banco Varelo", "Grupo Tanquel", "Brenmark Seiyaku", "Oudhof Advocaten", "Keng Marlow", "Dorvas Hup",
            "Tarvo Velling", "Harlow Quint", "Lenka Pharma Ireland"] {
            let org = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(org.kind == .organization, "\(name): \(org.kind)")
        }
        // "Varelo" is "Banco Varelo"; "Shares in Kestova" names a company though "in" often places.
        let bank = graph("The regulator fined Banco Varelo on Monday. Varelo denied the charges. Shares in Dorvenka fell.")
        #expect(try #require(node("Banco Varelo", in: bank)).aliases.contains("Varelo"), "\(bank.entities.values.map(\.name))")
        #expect(node("Dorvenka", in: bank)?.kind == .organization)
        // A company with a foreign head word after its country's possessive is based there, not its organ.
        let based = graph("Japan's Brenmark Seiyaku holds a minority stake.")
        #expect(based.relations.values.contains { $0.source == "brenmark_seiyaku" && $0.predicate == .locatedIn && $0.target == "japan" },
            "\(based.relations.values.map { "\($0.source) \($0.predicate) \($0.target)" })")
        #expect(!based.relations.values.contains { $0.predicate == .memberOf })
        // "Velka" is the company "Velka Pharma", not its Irish subsidiary that only lengthens that name.
        let short = graph(
            """
            Velka Pharma was fined on Monday. Inspectors raided the offices of its Irish subsidiary, Velka Pharma Ireland, in Cork. \
            Velka denied wrongdoing.
            """)
        let parent = try #require(node("Velka Pharma", in: short))
        #expect(parent.aliases.contains("Velka"), "\(short.entities.values.map { "\($0.name) \($0.aliases)" })")
        // People keep their kind: a person's aide, speech, a name after a preposition's "the".
        let people = graph(
            """
            Lena Marvik's spokesman said on Monday that she would run. Tomas Brell's arm was broken in the crash. \
            Russia's envoy to the agency, Pavel Sorvin, left. Anna Kestrel's lawyer denied the charges.
            """)
        for name in ["Lena Marvik", "Tomas Brell", "Pavel Sorvin", "Anna Kestrel"] {
            #expect(node(name, in: people)?.kind == .person, "\(name): \(String(describing: node(name, in: people)?.kind))")
        }
    }

    @Test("a region's name after 'the' opens the body named after it; a company's unit named after its country is an organization, and a bare short name stands for the parent")
    func placeOpeningOrClosingOrganizationNames() {
        let g = graph(
            """
            Figures from the Scandinavia Civic Observatory were cited on Monday. Ferries in the Scandinavia Friday ran \
            late. A courier in the Scandinavia Mirela Tarsilo said the road was shut. Scandinavia Quellmar said it would \
            appeal.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        #expect(g.entities.values.first { $0.name == "Scandinavia Civic Observatory" }?.kind == .organization, "\(names)")
        #expect(!g.entities.values.contains { $0.name == "Civic Observatory" }, "\(names)")
        // Negatives: a date after the region, a person after it, a region opening a sentence before a company.
        #expect(g.entities.values.first { $0.name == "Scandinavia" }?.kind == .location, "\(names)")
        #expect(g.entities.values.first { $0.name == "Mirela Tarsilo" }?.kind == .person, "\(names)")
        #expect(!g.entities.values.contains { $0.name.hasPrefix("Scandinavia Mirela") || $0.name.hasPrefix("Scandinavia Quellmar") }, "\(names)")

        let h = graph(
            """
            Brenvik Seafood Peru is a unit of Brenvik Seafood ASA, a company listed in Oslo. Brenvik Aqua Chile is another. Mirela Peru, a lawyer, \
            spoke for Brenvik Seafood. Dravenko Chile said nothing. Ghana Velkor said profits rose.
            """)
        let hNames = h.entities.values.map { "\($0.name) \($0.kind) \($0.aliases.sorted())" }.sorted()
        let unit = h.entities.values.first { $0.name == "Brenvik Seafood Peru" }
        #expect(unit?.kind == .organization, "\(hNames)")
        #expect(unit?.aliases.contains("Peru") == false, "\(hNames)")
        #expect(h.entities.values.first { $0.name == "Brenvik Aqua Chile" }?.kind == .organization, "\(hNames)")
        #expect(h.entities.values.first { $0.name == "Brenvik Seafood ASA" }?.aliases.contains("Brenvik Seafood") == true, "\(hNames)")
        let relations = h.relations.values.map { "\($0.source) \($0.predicate) \($0.target)" }
        #expect(relations.contains("brenvik_seafood_peru member_of brenvik_seafood_asa"), "\(relations)")
        // Negatives: a given name before the country stays a person; a name no company's words open stays as it was
        // read; a country opening a sentence before a company's name stays apart from it.
        #expect(h.entities.values.first { $0.name == "Mirela Peru" }?.kind == .person, "\(hNames)")
        #expect(h.entities.values.first { $0.name == "Dravenko Chile" }?.kind == .person, "\(hNames)")
        #expect(h.entities.values.first { $0.name == "Ghana" }?.kind == .country, "\(hNames)")
        #expect(!h.entities.values.contains { $0.name == "Ghana Velkor" }, "\(hNames)")
    }

    @Test("two or more unknown words before a country's name are a company's unit, not a person with the country for surname")
    func companyUnitsNamedAfterCountries() {
        let g = graph("Regulators fined Korvex Salmon Chile on Monday. Chile's fisheries agency said the fine was fair.")
        let names = g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases.sorted())" }.sorted()
        let unit = g.entities.values.first { $0.name == "Korvex Salmon Chile" }
        #expect(unit?.kind == .organization, "\(names)")
        #expect(unit?.aliases.contains("Chile") == false, "\(names)")
        #expect(g.entities.values.first { $0.name == "Chile" }?.kind == .country, "\(names)")
        // Negatives: a given name first, or one unknown word, before the country stays a person.
        let h = graph("Police questioned Maria Dravena Chile on Monday. Tarvik Peru, a lawyer, said nothing.")
        let hNames = h.entities.values.map { "\($0.name) \($0.kind)" }.sorted()
        #expect(h.entities.values.first { $0.name == "Maria Dravena Chile" }?.kind == .person, "\(hNames)")
        #expect(h.entities.values.first { $0.name == "Tarvik Peru" }?.kind == .person, "\(hNames)")
    }

    @Test("companies by their context: after a place's '-based', listed after a company noun's plural, a team, a gallery; a hyphenated short form")
    func companiesByContext() {
        let g = graph(
            """
            The two largest operators, Velko Wireless and Daran Connect, did not bid. Velko Wireless said it would appeal. \
            The game's publisher, the Tarvona-based Qelvin Interactive, pulled its licence. \
            The players belonged to the Kessa-based team Orvan Esports. Orvan Esports suspended them. \
            The Tarvona-based lawyer Lena Ortiz represents them. \
            A buyer approached the dealer's gallery, Galería Velmonte, in March. \
            The tour firm bought visas from an agent, Al-Varin Hospitality Services. Al-Varin, based in Kessa, denied it.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        for name in ["Velko Wireless", "Daran Connect", "Qelvin Interactive", "Orvan Esports", "Galería Velmonte"] {
            #expect(node(name, in: g)?.kind == .organization, "\(name): \(names)")
        }
        #expect(node("Lena Ortiz", in: g)?.kind == .person, "\(names)")
        let agent = node("Al-Varin Hospitality Services", in: g)
        #expect(agent?.kind == .organization, "\(names)")
        #expect(agent?.aliases.contains("Al-Varin") == true, "\(names)")
        #expect(g.entities.values.filter { $0.name.hasPrefix("Al-Varin") }.count == 1, "\(names)")
        // (A company noun's plural before other words than a list: "the operators said Velko Marin …" is no cue.)
        let plain = graph("In a letter to the operators, Doran Castavik wrote that fares would rise.")
        #expect(node("Doran Castavik", in: plain)?.kind == .person, "\(plain.entities.values.map(\.name))")
        // (A body named after a person does not take the person's name for its short form.)
        let trust = graph("The Tarvik-Osei Trust paid for the school. Tarvik-Osei, a former minister, said he was proud.")
        #expect(node("Tarvik-Osei Trust", in: trust)?.aliases.contains("Tarvik-Osei") != true, "\(trust.entities.values.map(\.name))")
    }

    @Test("people and places by their context: 'identified only as', a place noun after a name after a title, a volcano, the Americas")
    func peopleAndPlacesByContext() {
        let g = graph(
            """
            Police said a man identified only as Dravko had collected the money. \
            The group, known as Fancy Wolf, denied it. \
            The governor of West Orvane regency, Selma Dutt, ordered an evacuation. \
            Orvalun, a twin volcano, erupted on Sunday. \
            The virus has spread across the Americas since 2022.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        #expect(node("Dravko", in: g)?.kind == .person, "\(names)")
        #expect(node("Fancy Wolf", in: g)?.kind == .organization, "\(names)")
        // (A lone name plainly "identified as" may name anything.)
        let plain = graph("The second bidder was identified as Telvano.")
        #expect(node("Telvano", in: plain)?.kind != .person, "\(plain.entities.values.map(\.name))")
        #expect(node("West Orvane", in: g)?.kind == .location, "\(names)")
        #expect(node("Selma Dutt", in: g)?.kind == .person, "\(names)")
        #expect(node("Orvalun", in: g)?.kind == .location, "\(names)")
        #expect(node("Americas", in: g)?.kind == .location, "\(names)")
    }

    /// A name after "and" that begins a new clause or owns something is not a place joined to the place before.
    @Test func andPlaceStopsAtNewClause() throws {
        for (text, name) in [
            ("After protests in Korvash and Melvane called for calm, the streets emptied.", "Melvane"),
            ("The firm closed plants in Tarvonia and Brelling bought two of them.", "Brelling"),
            ("Police in Velmora and Quastel's lawyers met on Monday.", "Quastel"),
        ] {
            let g = graph(text)
            #expect(node(name, in: g)?.kind != .location, "\(text): \(String(describing: node(name, in: g)?.kind))")
        }
        // Still a place: "counting centres in Orvano and Kessavi".
        let places = graph("Counting centres in Orvano and Kessavi stayed open.")
        #expect(node("Kessavi", in: places)?.kind == .location)
    }

    /// "field" after a party's name or before "of", and "governor of", do not make a place.
    @Test func fieldAndGovernorAreNoPlaceCues() throws {
        let race = graph("Marta Velloy fell behind in the crowded Republican field.")
        #expect(node("Republican", in: race)?.kind != .location)
        let study = graph("She led the Korvath field of study for a decade.")
        #expect(node("Korvath", in: study)?.kind != .location)
        let bank = graph("Lena Ortiz, the governor of Velbanco, spoke on Monday.")
        #expect(node("Velbanco", in: bank)?.kind != .location)
        // Still a place: a field of oil, a city's mayor.
        let oil = graph("Troops seized the Orvessa field on Monday. Tomas Brel, the mayor of Kelvano, fled.")
        #expect(node("Orvessa", in: oil)?.kind == .location)
        #expect(node("Kelvano", in: oil)?.kind == .location)
    }

    /// "camp" after a campaign's word and "market" among stock words are no facilities; "exchange" of
    /// prisoners does not make the name after it a company.
    @Test func campMarketExchangeAreNoCues() throws {
        let camp = graph("The Velsker election camp said it would appeal.")
        #expect(!camp.entities.values.contains { $0.kind == .facility }, "\(camp.entities.values.map(\.name))")
        let market = graph("Shares on the Korvaspi market fell on Tuesday.")
        #expect(!market.entities.values.contains { $0.kind == .facility }, "\(market.entities.values.map(\.name))")
        let swap = graph("The prisoner exchange Tomas Brelvik negotiated was delayed.")
        #expect(node("Tomas Brelvik", in: swap)?.kind == .person)
        // Still a facility: a refugee camp, a town's market.
        let still = graph("The Tarvessa refugee camp was shelled. Rebels stormed the Orvello market on Friday.")
        #expect(still.entities.values.filter { $0.kind == .facility }.count == 2, "\(still.entities.values.map(\.name))")
    }

    /// A name before "area" is a place of its own, not merged into a company that shares its first word.
    @Test func areaPlaceKeptApartFromCompany() throws {
        let g = graph("Rebels attacked the Velthorn area on Monday. Velthorn Holdings said it would close its mine.")
        #expect(node("Velthorn", in: g)?.kind == .location, "\(g.entities.values.map { "\($0.name) \($0.kind)" })")
        #expect(node("Velthorn Holdings", in: g)?.kind == .organization)
    }

    @Test("an opening common word before a demonym and a noun joins no name: 'Rival Danish firm X' is the firm and Denmark, no body 'Rival Danish'")
    func openingWordBeforeDemonym() {
        let g = graph("Rival Danish firm Halvik Wind said it would bid. Fellow Peruvian lender Banco Orsel declined to comment.")
        #expect(node("Halvik Wind", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Rival Danish", in: g) == nil, "\(g.entities.values.map(\.name))")
        #expect(node("Fellow Peruvian", in: g) == nil, "\(g.entities.values.map(\.name))")
        #expect(node("Danish", in: g)?.kind == .country, "\(g.entities.values.map(\.name))")
        // A capitalized name after the demonym keeps its own reading: "Royal Danish Tarvo" is no split here.
        let name = graph("Royal Danish Tarvo Lines said on Monday that it would sail.")
        #expect(node("Rival Danish", in: name) == nil)
    }

    @Test("a body's noun before a name: 'the foundation X' names a body even where X is a place's name or opens with a month's abbreviation")
    func bodyNounBeforeName() {
        let g = graph("The Danish foundation Mar Velde said it would appeal. The foundation Santa Clara called the ruling unjust.")
        #expect(node("Mar Velde", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        #expect(node("Velde", in: g) == nil, "\(g.entities.values.map(\.name))")
        #expect(node("Santa Clara", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        // A month's abbreviation before a date stays no name.
        let date = graph("The foundation said on Mar 3 that it would appeal.")
        #expect(date.entities.values.allSatisfy { !$0.name.hasPrefix("Mar") }, "\(date.entities.values.map(\.name))")
    }

    @Test("'Shareholders of X' names a company; not a place glued to '-based' after it")
    func shareholdersOf() {
        let g = graph("Shareholders of Orvenko Seiki voted on Thursday to oust the board.")
        #expect(node("Orvenko Seiki", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        let based = graph("Shareholders of Lima-based Tarvo Minerals will own half of the group.")
        #expect(node("Lima", in: based)?.kind == .location, "\(based.entities.values.map { "\($0.name):\($0.kind)" })")
    }

    @Test("a place's name, then 'Women's'/'People's' and a body's name is one body: 'the Kelmar Women's Peace Network'")
    func peoplesPossessiveAfterPlace() {
        let g = graph("The Kelmar Women's Peace Network, led by Ruth Kessa, said talks had begun.")
        #expect(node("Kelmar Women's Peace Network", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Kelmar Women", in: g) == nil, "\(g.entities.values.map(\.name))")
        #expect(g.relations[Relation(source: "ruth_kessa", predicate: .leads, target: "kelmar_women_s_peace_network").key] != nil,
            "\(g.relations.values.map(\.key))")
        // A given name before it stays a person's possessive: "Maria Women's" is no start of a body.
        let person = graph("Ruth Kessa's Peace Network met on Monday.")
        #expect(node("Ruth Kessa", in: person)?.kind == .person, "\(person.entities.values.map(\.name))")
    }

    @Test("a sea's or a region's adjective before one unknown capitalized word is a company's whole name; not before a day or a head word, nor a region's noun")
    func regionNamedCompanies() {
        let g = graph("The two operators, Luzon Telecom and Pacific Varnet, said they would comply. Atlantic Kestra signed a deal with Harlow Telecom.")
        #expect(node("Pacific Varnet", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Atlantic Kestra", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Varnet", in: g) == nil && node("Pacific", in: g) == nil, "\(g.entities.values.map(\.name))")
        // Negatives: a day after the sea, the sea's own head word, a region's noun before a name.
        let other = graph("The ship sailed the Pacific Monday. Ships crossed the Atlantic Ocean. In Asia Tarsilo said no.")
        #expect(node("Pacific Monday", in: other) == nil, "\(other.entities.values.map(\.name))")
        #expect(node("Pacific", in: other)?.kind == .location, "\(other.entities.values.map(\.name))")
        #expect(other.entities.values.allSatisfy { $0.kind != .organization }, "\(other.entities.values.map { "\($0.name):\($0.kind)" })")
    }

    @Test("a body's 'X for A and B' name holds three words after 'and' when they end in a field's word, not a person's name")
    func bodyForFieldsJoinedByAnd() {
        let g = graph("The Centre for Seismology and Coastal Hazard Mitigation said it had widened the exclusion zone.")
        #expect(node("Centre for Seismology and Coastal Hazard Mitigation", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        let other = graph("The Centre for Strategic Studies and Lena Ortiz Mensah agreed on Monday.")
        #expect(node("Centre for Strategic Studies", in: other)?.kind == .organization, "\(other.entities.values.map(\.name))")
        #expect(node("Lena Ortiz Mensah", in: other)?.kind == .person, "\(other.entities.values.map(\.name))")
    }

    @Test("a trade's or a commodity's word last ('Tarvik Copper', 'Halmer Hydropower') names a company, not after a given name")
    func tradeWordsEndCompanies() {
        let g = graph("Workers at Dunvor Copper went on strike. Kessa's Halmer Hydropower will build the dam. Orsk Advisory backed the plan.")
        for name in ["Dunvor Copper", "Halmer Hydropower", "Orsk Advisory"] {
            #expect(node(name, in: g)?.kind == .organization, "\(name): \(g.entities.values.map { "\($0.name):\($0.kind)" })")
        }
        let people = graph("Ann Copper met Samantha Power in Lima on Monday.")
        #expect(node("Ann Copper", in: people)?.kind == .person, "\(people.entities.values.map { "\($0.name):\($0.kind)" })")
        #expect(node("Samantha Power", in: people)?.kind == .person, "\(people.entities.values.map { "\($0.name):\($0.kind)" })")
    }

    @Test("a plural trade or a Spanish company word last ('Korvel Cruises', 'Verde Campo Exportadora'), 'consultancy' and 'daily' before a name make a body; 'Jan' before a surname is a given name")
    func shippingWordsAndJanAsGivenName() {
        let g = graph(
            "Korvel Cruises was fined on Monday. Tarsel Lines said it would appeal. Verde Campo Exportadora shipped the beans. "
                + "Karin Holm works at Danish consultancy Vesto Ardell. Hisham Dorra told the daily Al-Kessa Al-Youm that it was over.")
        for name in ["Korvel Cruises", "Tarsel Lines", "Verde Campo Exportadora", "Vesto Ardell", "Al-Kessa Al-Youm"] {
            #expect(node(name, in: g)?.kind == .organization, "\(name): \(g.entities.values.map { "\($0.name):\($0.kind)" })")
        }
        let people = graph("Polish rower Jan Kowal won the race. Anna Lines, 45, said she would appeal. Talks resumed on Jan 5 in Tarvel.")
        for name in ["Jan Kowal", "Anna Lines"] {
            #expect(node(name, in: people)?.kind == .person, "\(name): \(people.entities.values.map { "\($0.name):\($0.kind)" })")
        }
        #expect(node("Kowal", in: people) == nil)
        #expect(!people.entities.values.contains { $0.name.hasPrefix("Jan 5") })
    }

    @Test("a city's name right after a person's title and one unknown word is a surname ('chairman Tarvo Lagos'); 'Sheikh' after a given name and before no name is a family name")
    func surnamesThatAreTitlesOrPlaces() {
        let g = graph("Airline chairman Tarvo Lagos told reporters the strike would cost money. Two reporters, Ravi Mehra and Nadia Sheikh, were barred.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Tarvo Lagos", in: g)?.kind == .person, "\(names)")
        #expect(node("Nadia Sheikh", in: g)?.kind == .person, "\(names)")
        #expect(node("Lagos", in: g) == nil && node("Nadia", in: g) == nil, "\(names)")
        // Negatives: no title before the two words; the title before one name; a place after "in".
        let other = graph("The minister visited Tarvel Lagos on Monday. Sheikh Tamim Velkor met the envoy in Lagos.")
        let otherNames = other.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Lagos", in: other)?.kind == .location, "\(otherNames)")
        #expect(node("Tarvel Lagos", in: other) == nil, "\(otherNames)")
        #expect(node("Tamim Velkor", in: other)?.kind == .person, "\(otherNames)")
    }

    @Test("an age between commas or 'who' after a name whose first word is a common one says a person ('Sable Nandoro, 41,'); not after a body's plural or with 'which'")
    func personCuesAfterCommonFirstWord() {
        let g = graph("Sable Nandoro, 41, said the court erred. Crystal Velmoro, who heads the union, agreed.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Sable Nandoro", in: g)?.kind == .person, "\(names)")
        #expect(node("Crystal Velmoro", in: g)?.kind == .person, "\(names)")
        let other = graph("Fancy Wolf, which hacked the server, denied it. Delta Tankers, 41, said profits rose.")
        let otherNames = other.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Fancy Wolf", in: other)?.kind == .organization, "\(otherNames)")
        #expect(node("Delta Tankers", in: other)?.kind == .organization, "\(otherNames)")
    }

    @Test("the review's negatives for the morning's name rules: a body's head after 'and', a region's part, an age over a trade's word")
    func reviewNegativesOfNameRules() {
        let two = graph("The Bank of Velmar and Harlow Trading Company agreed to merge.")
        #expect(node("Bank of Velmar", in: two)?.kind == .organization)
        #expect(node("Harlow Trading Company", in: two)?.kind == .organization)
        let coast = graph("Hurricane Iota hit Nicaragua's Caribbean Coast on Monday. Pacific Rim economies slowed.")
        #expect(node("Caribbean Coast", in: coast) == nil)
        #expect(node("Pacific Rim", in: coast) == nil)
        let aged = graph("Dore Gold, 68, said the talks had failed.")
        #expect(node("Dore Gold", in: aged)?.kind == .person)
    }
    @Test("a one-word title between a name's word and a common word that ends the name is inside a body's name; an office before a person stays")
    func titleInsideBodyName() {
        let g = graph("Velmar Marine Mutual said it would insure the tanker. Andes Marine Popular sold bonds.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Velmar Marine Mutual", in: g)?.kind == .organization, "\(names)")
        #expect(node("Mutual", in: g) == nil, "\(names)")
        #expect(node("Andes Marine Popular", in: g)?.kind == .organization, "\(names)")
        // Negatives: the title before a person's name, after a country or alone.
        let person = graph("U.S. Marine Gen. Tomas Lisk said the base was closed. Marine Sgt. Dana Rowe agreed.")
        let personNames = person.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Tomas Lisk", in: person)?.kind == .person, "\(personNames)")
        #expect(node("Dana Rowe", in: person)?.kind == .person, "\(personNames)")
    }

    @Test("a body's name with a possessive goes on after its head word up to an acronym in brackets; not without the acronym")
    func possessiveBodyBeforeAcronym() {
        let g = graph("The Special Auditor's Office Against Fraud (SAFR) charged the former minister. SAFR said it had proof.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Special Auditor's Office Against Fraud", in: g)?.kind == .organization, "\(names)")
        #expect(node("Special Auditor's Office Against Fraud", in: g)?.aliases.contains("SAFR") == true, "\(names)")
        #expect(node("Special Auditor", in: g) == nil, "\(names)")
        // Without an acronym after it the possessed name ends at its head word, as before.
        let plain = graph("The Special Auditor's Office charged the former minister.")
        #expect(node("Special Auditor's Office", in: plain)?.kind == .organization)
    }

    @Test("a region's name after a sentence's 'The' opens the body named after it; 'The Gulf states' names the region alone")
    func regionOpensBodyAfterSentenceInitialThe() {
        let g = graph("The Gulf Varnet Observatory, a campaign group, said the ministry detained three activists.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Gulf Varnet Observatory", in: g)?.kind == .organization, "\(names)")
        // (No node of its own; "Observatory" is a head word, so the name after the region is the body's short form.)
        #expect(!g.entities.values.contains { $0.name == "Varnet Observatory" }, "\(names)")
        let region = graph("The Gulf states said the ministry detained three activists.")
        #expect(region.entities.values.allSatisfy { $0.kind != .organization }, "\(region.entities.values.map(\.name))")
    }

    @Test("a name after 'the front page of' or 'an issue of' is a publication, a given name first too; not a person's work")
    func publicationAfterPageOf() {
        let g = graph("The cartoon ran on the front page of Le Korvo on Thursday.")
        #expect(node("Le Korvo", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        let work = graph("An edition of Lena Ortiz's memoir sold out on Thursday.")
        #expect(node("Lena Ortiz", in: work)?.kind == .person, "\(work.entities.values.map(\.name))")
    }

    @Test("capitalized words right before a continent's name are one body's name ending in it; not before its possessive, not a title's run")
    func bodyNameEndingInContinent() {
        let g = graph("The case was brought by Tarvel Fairness Africa, a Velmora-based group. Orvask Supporters Europe welcomed the ruling.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Tarvel Fairness Africa", in: g)?.kind == .organization, "\(names)")
        #expect(node("Orvask Supporters Europe", in: g)?.kind == .organization, "\(names)")
        #expect(node("Africa", in: g) == nil, "\(names)")
        // Negatives: a possessive continent, and a title opening the run, keep the continent a place.
        let possessive = graph("On Monday Velmar Orvask Europe's leaders met. Prime Minister Kalo Europe said nothing.")
        #expect(node("Europe", in: possessive)?.kind == .location, "\(possessive.entities.values.map(\.name))")
        #expect(possessive.entities.values.allSatisfy { !$0.name.hasSuffix(" Europe") }, "\(possessive.entities.values.map(\.name))")
    }

    @Test("a guessed person's name right after a body's noun in a noun phrase is the body's, and so is the next in its list; not before a verb")
    func namesAfterBodyNouns() {
        let g = graph("Fans clashed with supporters of the Velmora clubs Orvan Star and Kelvask, police said. The event is sponsored by the hotel chain Tarvo Hoteles. The national hunting association, Drelmo Vaskai, says its members are old.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Orvan Star", in: g)?.kind == .organization, "\(names)")
        #expect(node("Tarvo Hoteles", in: g)?.kind == .organization, "\(names)")
        #expect(node("Drelmo Vaskai", in: g)?.kind == .organization, "\(names)")
        // Negatives: a name before a verb, and a name after an office's noun, stay people.
        let people = graph("Guests of the hotel chain Drelmo Vaskai founded complained. The party chairman Orvan Kelvask resigned.")
        #expect(node("Drelmo Vaskai", in: people)?.kind == .person, "\(people.entities.values.map(\.name))")
        #expect(node("Orvan Kelvask", in: people)?.kind == .person, "\(people.entities.values.map(\.name))")
    }

    @Test("'South Asia' and 'the Western Hemisphere' are regions")
    func moreRegions() {
        let g = graph("Deaths at sea in South Asia rose, as they did across the Western Hemisphere.")
        #expect(node("South Asia", in: g)?.kind == .location, "\(g.entities.values.map(\.name))")
        #expect(node("Western Hemisphere", in: g)?.kind == .location, "\(g.entities.values.map(\.name))")
        #expect(node("Asia", in: g) == nil)
    }

    @Test("a title word after a country's name before two words ending in a body's head word is inside the body's name; a title before a person stays one")
    func titleWordInsideCountryBodyName() {
        let g = graph("The Chile Marine Fisheries Association called on the government to act.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Chile Marine Fisheries Association", in: g)?.kind == .organization, "\(names)")
        #expect(node("Fisheries Association", in: g) == nil, "\(names)")
        // Negative: a title before a person's name is an office, no body's name.
        let person = graph("Chile Navy Admiral Tarvo Lenk said the ship had left.")
        #expect(node("Tarvo Lenk", in: person)?.kind == .person, "\(person.entities.values.map(\.name))")
    }

    @Test("a body's head word, a one-word title and 'of' are one body's name, its fields joined by 'and' too; a rank before a name stays an office")
    func bodyHeadThenTitleOf() {
        let g = graph("Tomas Brel ran the Directorate General of Budget and Revenue, according to the Inspectorate General of Labour.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Directorate General of Budget and Revenue", in: g)?.kind == .organization, "\(names)")
        #expect(node("Inspectorate General of Labour", in: g)?.kind == .organization, "\(names)")
        #expect(node("Labour", in: g) == nil, "\(names)")
        // Negative: a rank after a body's head word before a person's name is an office.
        let rank = graph("Army General Darvo Kellan said the troops had left.")
        #expect(node("Darvo Kellan", in: rank)?.kind == .person, "\(rank.entities.values.map(\.name))")
    }

    @Test("an ordinal after 'the' before a body's head word opens the body's name; not an ordinal opening a sentence")
    func ordinalOpensBodyName() {
        let g = graph("The ship belongs to the Third Institute of Geology, a research body.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Third Institute of Geology", in: g)?.kind == .organization, "\(names)")
        #expect(node("Institute of Geology", in: g) == nil, "\(names)")
        // Negative: an ordinal opening a sentence is no part of a name.
        let opening = graph("Second, Tarvo Lenk said the Velmar Institute would close.")
        #expect(opening.entities.values.allSatisfy { !$0.name.hasPrefix("Second") }, "\(opening.entities.values.map(\.name))")
    }

    @Test("a kin noun after a possessive names a person; a one-word name after a body's noun does not")
    func kinNounNamesPerson() {
        let g = graph("Rebels accused Tarvik's son Delmo, who commands the army, of organising the protest.")
        #expect(node("Delmo", in: g)?.kind == .person, "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        // Negative: no kin noun, no cue: a lone unknown word stays a body.
        let body = graph("Rebels accused the operator Delmo of organising the protest.")
        #expect(node("Delmo", in: body)?.kind == .organization, "\(body.entities.values.map { "\($0.name):\($0.kind)" })")
    }

    @Test("a currency's or a commodity's word before 'francs' or 'crude' is no actor; the same word alone before a verb is")
    func marketWordsAreNoActors() {
        let g = graph("The fine was 40 billion VXA francs, Lena Ortiz said, as Velkor crude rose 2 percent.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("VXA", in: g) == nil, "\(names)")
        #expect(node("Velkor", in: g) == nil, "\(names)")
        let givenNameSpelling = graph("Italy is the biggest buyer, and Dalton futures rose 1 percent.")
        #expect(node("Dalton", in: givenNameSpelling) == nil, "\(givenNameSpelling.entities.values.map(\.name))")
        // Negative: a body's acronym before a verb.
        let body = graph("VXA fined the bank, Lena Ortiz said.")
        #expect(node("VXA", in: body)?.kind == .organization, "\(body.entities.values.map(\.name))")
    }

    @Test("a person after a lexicon's office ends before 'of the' and a group; not without the office")
    func personOfTheBloc() {
        let g = graph("Opposition lawmaker Darko Velmar of the Zorna bloc accused the minister of lying.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Darko Velmar", in: g)?.kind == .person, "\(names)")
        #expect(g.entities.values.allSatisfy { !$0.name.contains(" of the ") }, "\(names)")
        // Negative: a body's name of the same shape with no office before it stays whole.
        let body = graph("The chairman said the Bank of the Andes would pay.")
        #expect(node("Bank of the Andes", in: body)?.kind == .organization, "\(body.entities.values.map(\.name))")
    }

    @Test("unknown words listed after a comma behind a place read after 'in' are places; not after a sentence's opening 'In'")
    func placeListAfterComma() {
        let g = graph("Officers sealed clinics in Zvelgrad, Lepasko and Dorvan Tok on Tuesday.")
        let names = g.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
        #expect(node("Lepasko", in: g)?.kind == .location, "\(names)")
        // Negative: after an opening "In X," the names are a clause's subjects.
        let opening = graph("In Zvelgrad, Lepasko and Tarvo Lenk signed the deal.")
        #expect(node("Lepasko", in: opening)?.kind != .location, "\(opening.entities.values.map { "\($0.name):\($0.kind)" })")
    }

    @Test("a place that ends a given name and one or two more name words is a surname: 'Ana Maria Lima', 'Jorge Paz Santiago'; a body's head word or a comma keeps the place")
    func placeAsSurnameAfterGivenNames() {
        let g = graph("Ana Maria Lima said the port would reopen. Jorge Paz Santiago, a lawyer, agreed.")
        #expect(node("Ana Maria Lima", in: g)?.kind == .person, "\(g.entities.values.map(\.name))")
        #expect(node("Jorge Paz Santiago", in: g)?.kind == .person, "\(g.entities.values.map(\.name))")
        #expect(node("Lima", in: g) == nil && node("Santiago", in: g) == nil, "\(g.entities.values.map(\.name))")
        // Negative: after a comma the place is a place; after a body's head word it is not a surname.
        let place = graph("Ana Maria, Lima's mayor, said the port would reopen. The Tarvo Bank Lima branch closed.")
        #expect(node("Lima", in: place)?.kind == .location, "\(place.entities.values.map(\.name))")
        #expect(node("Tarvo Bank Lima", in: place)?.kind != .person, "\(place.entities.values.map(\.name))")
    }

    @Test("'Superintendency' heads a state's organ: 'Peru's National Health Superintendency' is member_of Peru, not a company located there")
    func superintendencyIsAnOrgan() {
        let g = graph("Peru's National Health Superintendency on Monday fined Tarvo Salud.")
        let organ = g.relations.values.filter { $0.target == "peru" }.map(\.predicate)
        #expect(organ.contains(.memberOf) && !organ.contains(.locatedIn), "\(g.relations.values.map(\.key))")
    }

    @Test("'X, one of the country's largest private health insurers' describes a company; 'one of the country's best-known lawyers' does not")
    func oneOfTheBodies() {
        let g = graph("Peru took control of Salud Orvena, one of the country's largest private health insurers, on Monday.")
        #expect(node("Salud Orvena", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        // Negative: a person's profession in the plural.
        let person = graph("Peru detained Salud Orvena, one of the country's best-known lawyers, on Monday.")
        #expect(node("Salud Orvena", in: person)?.kind == .person, "\(person.entities.values.map(\.name))")
    }

    @Test("a people's plural and its possessive inside a body's name keep the name whole: after a known place ('-men's'), after a plural the lexicon knows as no name, and before 'A and B Fund'")
    func possessivePluralsInsideBodyNames() {
        let men = graph("The Southern Highlands Cattlemen's Association said the ban was wrong.")
        #expect(node("Southern Highlands Cattlemen's Association", in: men)?.kind == .organization, "\(men.entities.values.map(\.name))")
        #expect(node("Cattlemen", in: men) == nil, "\(men.entities.values.map(\.name))")
        let residents = graph("Families complained to the Varnel Residents' Committee on Monday.")
        #expect(node("Varnel Residents' Committee", in: residents)?.kind == .organization, "\(residents.entities.values.map(\.name))")
        let fund = graph("Officials referred both firms to the Workers' Support and Insurance Fund on Monday.")
        #expect(node("Workers' Support and Insurance Fund", in: fund)?.kind == .organization, "\(fund.entities.values.map(\.name))")
        // Negatives: a known place's own possessive before a body stays the place's ("Southern Highlands's Tarvo
        // Council"); a lower-case noun after the apostrophe ends the name; a country's owner stays apart before
        // "and" and another name.
        let owner = graph("Kenya's Tarvo Council met. The Varnel Residents' protest went on. Kelmo Varn met the Farmers' Union and Tarvo Holdings.")
        #expect(node("Kenya", in: owner) != nil, "\(owner.entities.values.map(\.name))")
        #expect(node("Varnel Residents' protest", in: owner) == nil, "\(owner.entities.values.map(\.name))")
        #expect(node("Tarvo Holdings", in: owner) != nil, "\(owner.entities.values.map(\.name))")
    }

    @Test("a party's name with 'for' inside and no head word, before a lower-case party's noun, is one name")
    func partyNamesWithFor() {
        let g = graph("Ould Varn, who leads the Rally for Change movement, denied the charge. He sits in the Patriots for Kelmaria group.")
        #expect(node("Rally for Change", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Rally", in: g) == nil && node("Change", in: g) == nil, "\(g.entities.values.map(\.name))")
        #expect(node("Patriots for Kelmaria", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        // Negatives: a person's name before "for" stays the person's; no party's noun after, no joined name.
        let person = graph("Voters chose Maria Lenk for Tarvo party leader. Kelmo Varn left for Tarvel on Monday.")
        #expect(node("Maria Lenk", in: person)?.kind == .person, "\(person.entities.values.map(\.name))")
        #expect(node("Kelmo Varn", in: person)?.kind == .person, "\(person.entities.values.map(\.name))")
    }

    @Test("a person's name with a title beside it does not join the company named after its first two words")
    func founderNamedLikeCompany() {
        let g = graph("Maria Lenk Shipping said it would sell two vessels. Maria Lenk, its founder, said the sale was final. Omar Haddad Trading Group won a contract. Its chairman Omar Haddad was pleased.")
        #expect(node("Maria Lenk", in: g)?.kind == .person, "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        #expect(node("Omar Haddad", in: g)?.kind == .person, "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        #expect(g.relations.values.contains { $0.source == "omar_haddad" && $0.target == "omar_haddad_trading_group" })
        // Negative: the company's short name without a title joins it.
        let short = graph("Rosa Marel Holdings rose 4 percent. Rosa Marel said profit would rise.")
        #expect(node("Rosa Marel", in: short)?.id == "rosa_marel_holdings", "\(short.entities.values.map(\.name))")
    }

    @Test("'Maritime' ends a company's name even after a given name's spelling, so its short name joins it; a body's lawyer is affiliated with it")
    func maritimeCompaniesAndTheirLawyers() {
        let g = graph("A court fined Van Doorn Maritime on Wednesday. Van Doorn's lawyer, Mirjam Aalst, said the company would appeal.")
        #expect(node("Van Doorn", in: g)?.id == "van_doorn_maritime", "\(g.entities.values.map { "\($0.name):\($0.kind)" })")
        #expect(g.relations.values.contains { $0.source == "mirjam_aalst" && $0.predicate == .affiliatedWith && $0.target == "van_doorn_maritime" })
        // Negatives: two words, a given name and "Maritime", stay a person's; a body's spokesman holds an office in it.
        let other = graph("Ann Maritime said the port was closed. Tarvo Holdings's spokesman, Kelmo Varn, said so.")
        #expect(node("Ann Maritime", in: other)?.kind == .person, "\(other.entities.values.map(\.name))")
        #expect(other.relations.values.contains { $0.source == "kelmo_varn" && $0.predicate == .roleIn && $0.target == "tarvo_holdings" })
    }

    @Test("'Troops', 'Panel', 'Delegation' head bodies' names; a plural of people after a body's head word and 'of' goes on with it; a mission or a delegation 'to' a country keeps the country in its name")
    func troopsPanelsAndMissionsTo() {
        let g = graph("The Panel of Experts on Kelmaria, which reports to the council, said so. The Border Troops of Tarvistan fired on Monday. The Tarvo Observation Mission to Kenya said the vote was fair.")
        #expect(node("Panel of Experts on Kelmaria", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Border Troops of Tarvistan", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Tarvo Observation Mission to Kenya", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        // Negatives: a lower-case mission keeps the country apart; a capitalized "Mission to" before a country's
        // body keeps the body (the country "ends the capitalized run" only when nothing follows it).
        let other = graph("A Tarvo space mission to Kenya failed. The Tarvo Mission to Kenya Airways Workers said so.")
        #expect(node("Kenya", in: other)?.kind == .country, "\(other.entities.values.map(\.name))")
        #expect(node("Tarvo Mission to Kenya", in: other) == nil, "\(other.entities.values.map(\.name))")
    }

    @Test("'Productions', 'Studios', 'Pictures', 'Films', 'Entertainment', 'Watch', 'Project', 'Initiative' head bodies' names, also after a known place's name")
    func watchdogsProjectsAndStudios() {
        let g = graph("The film was made by Pacific Frame Productions in 2020. The Pacific Reef Watch said logging rose. The fraud was exposed by the Kelmo Integrity Project, a group of statisticians.")
        #expect(node("Pacific Frame Productions", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Pacific Reef Watch", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Kelmo Integrity Project", in: g)?.kind == .organization, "\(g.entities.values.map(\.name))")
        #expect(node("Pacific", in: g) == nil, "\(g.entities.values.map(\.name))")
        // Negative: a lower-case project after a known place names the place only.
        let lower = graph("Engineers finished the Pacific reef project on Monday.")
        #expect(node("Pacific", in: lower)?.kind == .location, "\(lower.entities.values.map { "\($0.name):\($0.kind)" })")
    }

    @Test("an acronym in capitals opening a later paragraph before ', the …' is a body, not a dateline; 'NAIROBI, Kenya —' and 'LIMA, June 11 (Reuters) -' stay datelines")
    func acronymBeforeAppositionIsNoDateline() {
        let g = graph("LIMA, June 11 (Reuters) - Peru refused to pay the players on Monday.\n\nKORVEX, the global players' union, urged Peru to pay.")
        #expect(node("KORVEX", in: g)?.kind == .organization, "\(g.entities.values.map { "\($0.name) \($0.kind)" })")
        #expect(g.relations.values.contains { $0.source == "korvex" && $0.predicate == .urged && $0.target == "peru" }, "\(g.relations.values.map(\.key))")
        // Negatives: datelines with a name or a date after the comma.
        let dated = graph("NAIROBI, Kenya — Peru refused to pay the players on Monday.\n\nLIMA, June 11 (Reuters) - Chile agreed.")
        #expect(node("NAIROBI", in: dated)?.kind == .location, "\(dated.entities.values.map { "\($0.name) \($0.kind)" })")
        #expect(node("LIMA", in: dated)?.kind == .location, "\(dated.entities.values.map { "\($0.name) \($0.kind)" })")
    }

    @Test("'and' inside a company's or a body's name: trades before a head word, a plural field, a body 'on A and B'; a title after a body's 'for'")
    func andInsideBodyNames() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        // Two or more words, "and", English words and a body's head word that end the run: one company.
        let firm = graph("Tarvo Road and Bridge Group said it would start work. Velmar Banknote Printing and Minting Corporation won the tender.")
        #expect(node("Tarvo Road and Bridge Group", in: firm)?.kind == .organization, "\(names(firm))")
        #expect(node("Velmar Banknote Printing and Minting Corporation", in: firm)?.kind == .organization, "\(names(firm))")
        // Negatives: an unknown word after "and" starts a name of its own; a head word ends the left side.
        let two = graph("Korvex Mobile and Tarnis Group signed a deal. Tarvo Holdings and Bridge Group merged.")
        #expect(node("Tarnis Group", in: two) != nil && node("Korvex Mobile", in: two) != nil, "\(names(two))")
        #expect(node("Tarvo Holdings", in: two) != nil && node("Bridge Group", in: two) != nil, "\(names(two))")
        // A body's head word in the plural is a field before "and" ("Mines and Energy Ministry").
        let organ = graph("Kessaland's Mines and Energy Ministry rejected the claim.")
        #expect(node("Mines", in: organ) == nil, "\(names(organ))")
        #expect(organ.entities.values.contains { $0.name.hasSuffix("Mines and Energy Ministry") }, "\(names(organ))")
        // Negatives: one head word in the singular names a body of its own; portfolios before an office are no body.
        let army = graph("The Army and Air Force said they were ready.")
        #expect(!army.entities.values.contains { $0.name.contains("Army and Air Force") }, "\(names(army))")
        let minister = graph("Mines and Energy Minister Lena Tarvik said the licence was valid.")
        #expect(!minister.entities.values.contains { $0.name.contains("Mines") }, "\(names(minister))")
        // "X on A and B", B one English word that ends the run.
        let office = graph("The Velmar Office on Drugs and Crime said traffickers were active.")
        #expect(node("Velmar Office on Drugs and Crime", in: office)?.kind == .organization, "\(names(office))")
        // Negative: a known actor after "and" stays apart.
        let apart = graph("The Velmar Committee on Trade and Kenya signed the accord.")
        #expect(node("Kenya", in: apart)?.kind == .country, "\(names(apart))")
        // A title word after a body's "for" ends or continues its name ("Council for Justice and Remembrance").
        let justice = graph("The Kessa Council for Justice and Remembrance said it would hold a rally. The Coalition for Economic Justice said no.")
        #expect(node("Kessa Council for Justice and Remembrance", in: justice)?.kind == .organization, "\(names(justice))")
        #expect(node("Coalition for Economic Justice", in: justice)?.kind == .organization, "\(names(justice))")
        // Negative: a title before a person's name after "for" is that person's.
        let person = graph("The Tarvo Committee for President Lena Ortiz met on Monday.")
        #expect(node("Lena Ortiz", in: person)?.kind == .person, "\(names(person))")
    }

    @Test("a noun in '-ly' opens a body's name ('Assembly of …'), an adverb a designation; 'Community' heads a body's name after a region")
    func nounInLyAndCommunity() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let assembly = graph("The Assembly of Tarvo Farmers of the Isthmus said it would appeal. The Family Court of Velmar ruled on Monday.")
        #expect(node("Assembly of Tarvo Farmers of the Isthmus", in: assembly)?.kind == .organization, "\(names(assembly))")
        #expect(node("Family Court of Velmar", in: assembly)?.kind == .organization, "\(names(assembly))")
        // Negative: an adverb in "-ly" still leads a designation, no actor.
        let designated = graph("The ministry named them Specially Designated Tarvo Terrorists on Monday.")
        #expect(designated.entities.isEmpty, "\(names(designated))")
        let community = graph("The Sahel Community said it stood with Kenya.")
        #expect(node("Sahel Community", in: community)?.kind == .organization, "\(names(community))")
        // Negative: a lower-case community after a place names the place.
        let lower = graph("The Sahel community said it stood with Kenya.")
        #expect(node("Sahel", in: lower)?.kind == .location, "\(names(lower))")
    }

    @Test("two states' adjectives joined by a hyphen open a body's name; an organ is named with the adjective its state's name starts with")
    func pairedStatesAndOrganAdjectives() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let pair = graph("The reservoir will be managed by a new Kenyan-Ugandan Joint Water Commission on behalf of both governments.")
        #expect(node("Kenyan-Ugandan Joint Water Commission", in: pair)?.kind == .organization, "\(names(pair))")
        #expect(node("Kenya", in: pair)?.kind == .country, "\(names(pair))")
        // Negative: the pair before a lower-case noun names the two states only.
        let talks = graph("Kenyan-Ugandan talks on the reservoir failed on Monday.")
        #expect(!talks.entities.values.contains { $0.kind == .organization }, "\(names(talks))")
        // "Tajik", which the state's name starts with, not the older "Tadzhik" listed first.
        let organ = graph("Tajikistan's Foreign Ministry said the talks had failed.")
        #expect(organ.entities.values.contains { $0.name == "Tajik Foreign Ministry" }, "\(names(organ))")
        // Negative: a prefix short of the name by one or two letters is a people's noun, not the state's adjective.
        let swedish = graph("Sweden's Foreign Ministry said the talks had failed.")
        #expect(swedish.entities.values.contains { $0.name == "Swedish Foreign Ministry" }, "\(names(swedish))")
    }

    @Test("'Rector' is a university head's title before a name, no part of it")
    func rectorIsATitle() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("Rector Lena Brekke said the University of Velmar had failed the whistleblowers.")
        #expect(node("Lena Brekke", in: g)?.kind == .person, "\(names(g))")
        // Negative: the title alone names no one.
        let alone = graph("The Rector said the University of Velmar had failed the whistleblowers.")
        #expect(!alone.entities.values.contains { $0.kind == .person }, "\(names(alone))")
    }

    @Test("a body's name that opens with a head word written first goes on over its language's links: 'Construtora Vale do Tarvo'")
    func romanceLinks() throws {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let builder = graph("Workers at Construtora Vale do Tarvo protested on Monday.")
        #expect(try #require(node("Construtora Vale do Tarvo", in: builder), "\(names(builder))").kind == .organization)
        let union = graph("The Syndicat des Transporteurs de l'Ouest called a strike on Monday.")
        #expect(node("Syndicat des Transporteurs de l'Ouest", in: union)?.kind == .organization, "\(names(union))")
        let ministry = graph("The Ministerio de Energía y Minas said the licence was valid.")
        #expect(node("Ministerio de Energía y Minas", in: ministry)?.kind == .organization, "\(names(ministry))")
        // A head word written first, a one-word title and "de": one body, not a person "de Aguas".
        let office = graph("Chile's Dirección General de Aguas said the wells were dry.")
        #expect(node("Dirección General de Aguas", in: office)?.kind == .organization, "\(names(office))")
        #expect(!office.entities.values.contains { $0.kind == .person }, "\(names(office))")
        // Negatives: "y" before a known country joins two actors; a person's particles stay a person's name.
        let pair = graph("Grupo Tarvel y Chile firmaron el acuerdo.")
        #expect(node("Grupo Tarvel", in: pair) != nil, "\(names(pair))")
        #expect(node("Chile", in: pair)?.kind == .country, "\(names(pair))")
        let people = graph("Ana de la Cruz and Jorge dos Santos met in Lima.")
        #expect(node("Ana de la Cruz", in: people)?.kind == .person, "\(names(people))")
        // An English name is not read with them: "Tarvel do" is no link.
        let english = graph("Tarvel Holdings do not expect Korvex Bank to pay.")
        #expect(node("Korvex Bank", in: english) != nil, "\(names(english))")
    }

    @Test("a body's head word and a number that is no year name one body: 'Association 193'")
    func numberedBodies() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("Members of Association 193 marched in Lima.")
        #expect(node("Association 193", in: g)?.kind == .organization, "\(names(g))")
        // Negatives: a year after the head word, and a number that counts the noun after it, are no part of the name.
        let year = graph("The Velmar Council 2024 report was published.")
        #expect(node("Velmar Council", in: year) != nil, "\(names(year))")
        let count = graph("The Tarvel Committee 15 members voted on Monday.")
        #expect(node("Tarvel Committee 15", in: count) == nil, "\(names(count))")
        let sum = graph("The agency fined Tarvel Bank 45 million dollars in 2022.")
        #expect(node("Tarvel Bank", in: sum) != nil, "\(names(sum))")
    }

    @Test("a name right after a place's '-registered' is a company's: 'Tarvona-registered Qelvin Digital'")
    func registeredCompanies() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("The mine is owned by Singapore-registered Qelvin Digital, filings show.")
        #expect(node("Qelvin Digital", in: g)?.kind == .organization, "\(names(g))")
        // Negative: a noun between names the person ("the Singapore-registered lawyer Lena Ortiz" is hers).
        let lawyer = graph("The suit was filed by the Singapore-registered lawyer Lena Ortiz on Monday.")
        #expect(node("Lena Ortiz", in: lawyer)?.kind == .person, "\(names(lawyer))")
    }

    @Test("a sentence's first word in '-men' is no plural to drop when the text writes it capitalized inside a sentence")
    func initialWordNamedInside() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("The mine is owned by Singapore-registered Lumen Qelvin, filings show.\n\nLumen Qelvin said it was cooperating.")
        #expect(node("Lumen Qelvin", in: g)?.kind == .organization, "\(names(g))")
        #expect(node("Qelvin", in: g) == nil, "\(names(g))")
        // Negative: a plural common noun opening the sentence is still dropped before the names it describes.
        let plural = graph("Drugmakers Korvaldt Pharma and Tarvo Labs rose on Monday.")
        #expect(node("Korvaldt Pharma", in: plural) != nil, "\(names(plural))")
        #expect(node("Drugmakers Korvaldt Pharma", in: plural) == nil, "\(names(plural))")
    }

    @Test("a title word before a field's common noun inside a body's 'for' is the field's: 'the Centre for Marine Research'")
    func titleWordAsField() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("The Tarvel Centre for Marine Research said the water was warm.")
        #expect(node("Tarvel Centre for Marine Research", in: g)?.kind == .organization, "\(names(g))")
        #expect(node("Research", in: g) == nil, "\(names(g))")
        // Negative: before a person's name the title is an office's ("the Ministry of Defence General Darvo Kellan").
        let officer = graph("The Ministry of Defence General Darvo Kellan said the base was safe.")
        #expect(node("Darvo Kellan", in: officer)?.kind == .person, "\(names(officer))")
    }

    @Test("an adjective, 'and', then a state organ's name with its own 'of' are one body: 'the Environmental and Port Authority of X'")
    func adjectiveAndOrganOf() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("The Environmental and Port Authority of Tarvel said the ship was seized.")
        #expect(node("Environmental and Port Authority of Tarvel", in: g)?.kind == .organization, "\(names(g))")
        // Negative: two companies joined by "and" stay two.
        let firms = graph("Shares of Tarvo Energy and Kessa Bank of Tarvel rose.")
        #expect(node("Tarvo Energy", in: firms) != nil, "\(names(firms))")
    }

    @Test("an indefinite pronoun alone is no name: '\"Nobody will be forced,\" she said'")
    func pronounsAreNoNames() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("\"Nobody will be forced onto a bus,\" Lena Ortiz told reporters. \"Nobody will lose a cent.\"")
        #expect(node("Nobody", in: g) == nil, "\(names(g))")
        #expect(node("Lena Ortiz", in: g)?.kind == .person, "\(names(g))")
        // Negative: the word inside a longer name stays in it.
        let firm = graph("Shares of Nothing Technology rose on Monday.")
        #expect(node("Nothing Technology", in: firm) != nil, "\(names(firm))")
    }

    @Test("a known city, then an unknown word and a company's last word, is a company's whole name: 'Ganzhou Tarvo Materials'")
    func cityFirstCompanies() {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let g = graph("The buyer, Ganzhou Tarvo Materials, said output fell. Shares of Ningbo Qelvin Cobalt rose.")
        #expect(node("Ganzhou Tarvo Materials", in: g)?.kind == .organization, "\(names(g))")
        #expect(node("Ningbo Qelvin Cobalt", in: g)?.kind == .organization, "\(names(g))")
        #expect(node("Ganzhou", in: g) == nil, "\(names(g))")
        // Negatives: a city before a person's name, or before a comma, stays a place.
        let person = graph("Ningbo Wang Gang said the plant was safe. The Lima Tarvo Kellan said so too.")
        #expect(node("Wang Gang", in: person)?.kind == .person, "\(names(person))")
        #expect(node("Tarvo Kellan", in: person)?.kind == .person, "\(names(person))")
        let apart = graph("Officials in Ningbo said Tarvo Materials would pay.")
        #expect(node("Ningbo", in: apart) != nil, "\(names(apart))")
    }

    @Test("a known place's name opens a body's name: inside a longer known name, with 'and' inside it, before a legal form, an organ's unit or an office")
    func placesOpeningBodyNames() throws {
        let names = { (g: KnowledgeGraph) in g.entities.values.map { "\($0.name):\($0.kind)" } }
        let actors = """
            Upper Korvo Islands\tCountry
            Korvo Islands\tLocation
            Tarvel and Oskan\tCountry
            Velmara\tCountry
            Kessa\tLocation
            """
        // A shorter known place inside a known country's name ("Korvo Islands" in "Upper Korvo Islands") starts no new name.
        let inside = try graph("The Upper Korvo Islands Defence Force sent troops. The Royal Upper Korvo Islands Constabulary made arrests.", actors: actors)
        #expect(node("Upper Korvo Islands Defence Force", in: inside)?.kind == .organization, "\(names(inside))")
        #expect(node("Royal Upper Korvo Islands Constabulary", in: inside)?.kind == .organization, "\(names(inside))")
        #expect(node("Constabulary", in: inside) == nil, "\(names(inside))")
        // A country's name with "and" inside it, then a body's name.
        let joined = try graph("The Tarvel and Oskan Police Service said two men died.", actors: actors)
        #expect(node("Tarvel and Oskan Police Service", in: joined)?.kind == .organization, "\(names(joined))")
        #expect(!joined.entities.values.contains { $0.name == "Police Service" }, "\(names(joined))")
        // A legal form, an organ's unit, a monitor's "Observatory", an office with a possessive.
        let bodies = try graph("""
            Velmara Water Limited shut the plant. The Kessa Police Crime Branch arrested two men. \
            The Velmara Mines Observatory said exports fell. The Kessa Chief Public Prosecutor's Office opened a case.
            """, actors: actors)
        #expect(node("Velmara Water Limited", in: bodies)?.kind == .organization, "\(names(bodies))")
        #expect(node("Kessa Police Crime Branch", in: bodies)?.kind == .organization, "\(names(bodies))")
        #expect(node("Velmara Mines Observatory", in: bodies)?.kind == .organization, "\(names(bodies))")
        #expect(node("Kessa Chief Public Prosecutor's Office", in: bodies)?.kind == .organization, "\(names(bodies))")
        #expect(!bodies.entities.values.contains { $0.name == "Water Limited" || $0.name == "Crime Branch" }, "\(names(bodies))")
        // Negatives: the place before a lower-case word, a comma or a verb stays the place alone.
        let apart = try graph("Kessa police said the Velmara, Chief Public Prosecutor's Office staff and Upper Korvo Islands officials met.", actors: actors)
        #expect(node("Kessa", in: apart)?.kind == .location, "\(names(apart))")
        #expect(node("Velmara", in: apart)?.kind == .country, "\(names(apart))")
        #expect(node("Upper Korvo Islands", in: apart)?.kind == .country, "\(names(apart))")
        #expect(!apart.entities.values.contains { $0.name.hasPrefix("Kessa ") || $0.name.hasPrefix("Velmara ") }, "\(names(apart))")
    }
}
