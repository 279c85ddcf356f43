import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Which kind a name no lexicon knows takes: airlines, companies named short by a given name's spelling,
/// bodies named by a list of fields. Invented sentences.
@Suite("Kind rules")
struct KindRuleTests {
    private func graph(_ text: String) -> KnowledgeGraph {
        Extractor().extract(Document(id: "k", text: text))
    }

    private func node(_ form: String, in graph: KnowledgeGraph) -> Entity? {
        graph.entities.values.first { $0.name == form || $0.aliases.contains(form) }
    }

    private func kinds(_ graph: KnowledgeGraph) -> [String] {
        graph.entities.values.map { "\($0.name):\($0.kind)" }.sorted()
    }

    @Test("'Air' first in an unknown name makes an airline, not after a title ('Air Marshal')")
    func airFirst() {
        let g = graph("Air Zimbara cancelled 40 flights on Monday. Passengers of Air Tovelu were stranded.")
        #expect(node("Air Zimbara", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Air Tovelu", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: an air force officer's title before a person's name.
        let officer = graph("Air Marshal Tovan Reyes said the base was safe. Air Chief Marshal Dario Velk agreed.")
        #expect(node("Tovan Reyes", in: officer)?.kind == .person, "\(kinds(officer))")
        #expect(!officer.entities.values.contains { $0.kind == .organization }, "\(kinds(officer))")
    }

    @Test("a company's short name that starts with a given name's spelling is the company named in full before it")
    func companyShortNameByGivenName() {
        let g = graph(
            "Regulators sued Coral Sky Airways on Monday, saying it sold tickets for cancelled flights. Coral Sky chief executive Dana Morrow said the airline would fight the case. The regulator said Coral Sky had misled customers. Coral Sky said it regretted the errors.")
        #expect(node("Coral Sky Airways", in: g)?.kind == .organization, "\(kinds(g))")
        let lines = graph("Marcus Freight Lines cut 200 jobs on Monday. Marcus Freight said the cuts were final.")
        #expect(node("Marcus Freight Lines", in: lines)?.kind == .organization, "\(kinds(lines))")
        #expect(node("Marcus Freight", in: lines)?.name == "Marcus Freight Lines", "\(kinds(lines))")
        #expect(node("Dana Morrow", in: g)?.kind == .person, "\(kinds(g))")
        // Negative: a founder named in full and by his surname stays a person beside the company named after him.
        let founder = graph("Marta Velk founded Velk Airways in 2001. Velk said on Monday she would retire, and Velk Airways named Tarvo Lenk to succeed her.")
        #expect(node("Marta Velk", in: founder)?.kind == .person, "\(kinds(founder))")
        #expect(node("Velk", in: founder)?.name == "Marta Velk", "\(kinds(founder))")
        #expect(node("Velk Airways", in: founder)?.kind == .organization, "\(kinds(founder))")
    }

    @Test("fields listed by commas and 'and' before a body's head word are one body ('Truth, Reconciliation and Reparations Commission'); 'Body' heads one")
    func fieldListBody() {
        let g = graph("The Truth, Reconciliation and Reparations Commission heard Tarvo Lenk on Monday. The Control, Ethics and Disciplinary Body fined Velmor FC.")
        #expect(node("Truth, Reconciliation and Reparations Commission", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Truth", in: g) == nil, "\(kinds(g))")
        #expect(node("Control, Ethics and Disciplinary Body", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Ethics", in: g) == nil, "\(kinds(g))")
        // Negative: names listed before a body's name stay apart; an adverb opening the sentence joins nothing.
        let names = graph("Tarvia, Kessland and the Orvan Trade Commission signed the accord. However, Labour and Justice Ministry officials disagreed.")
        #expect(node("Tarvia", in: names) != nil, "\(kinds(names))")
        #expect(!names.entities.values.contains { $0.name.contains(",") }, "\(kinds(names))")
    }

    @Test("one or two unknown words after a facility's or a border's noun and 'at', or listed before 'crossings', are places")
    func placesAtCrossings() {
        let g = graph("Hauliers blocked the crossings at Dravnik, Orlesk and Vasko on Monday. Farmers also blocked the Bralno, Kestin and Ubrava crossings.")
        for name in ["Dravnik", "Orlesk", "Vasko", "Bralno", "Kestin", "Ubrava"] {
            #expect(node(name, in: g)?.kind == .location, "\(name): \(kinds(g))")
        }
        let opening = graph("Checkpoints at Dravnik were shut on Monday, police said.")
        #expect(node("Dravnik", in: opening)?.kind == .location, "\(kinds(opening))")
        // Negative: no such noun before "at": a workplace named after "workers at" stays no place.
        let work = graph("Workers at Tarvex walked out on Monday, the union said.")
        #expect(node("Tarvex", in: work)?.kind != .location, "\(kinds(work))")
    }

    @Test("names listed before 'national parks' are places; a city spelled like a given name listed with places is one; 'Port-X' is a place")
    func parksListedCitiesAndPorts() {
        let g = graph("Hunters shot 150 animals in the Namiv-Kelft and Mangori national parks, the ministry said.")
        #expect(node("Namiv-Kelft", in: g)?.kind == .location, "\(kinds(g))")
        #expect(node("Mangori", in: g)?.kind == .location, "\(kinds(g))")
        let city = graph("The airline flies from Cairns, Townsville and Darwin to four islands.")
        #expect(node("Darwin", in: city)?.kind == .location, "\(kinds(city))")
        let port = graph("France keeps 900 troops at Port-Velou near the capital.")
        #expect(node("Port-Velou", in: port)?.kind == .location, "\(kinds(port))")
        // Negative: a person spelled like a city, not in a list of places; a port's authority is a body.
        let person = graph("Darwin Ortiz, the ministry's spokesman, said the Port Authority would pay.")
        #expect(node("Darwin Ortiz", in: person)?.kind == .person, "\(kinds(person))")
        #expect(node("Port Authority", in: person)?.kind == .organization, "\(kinds(person))")
    }

    @Test("a company's trade word ('Trading', 'Manpower', 'Analytics', 'Contracting') ends one company's name, over a known region inside it")
    func tradeWordCompanies() {
        let g = graph("Orvask Gulf Trading bought the cargo, a spokesman said. A report by Tarvo Asia Analytics said prices fell.")
        #expect(node("Orvask Gulf Trading", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Tarvo Asia Analytics", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Trading", in: g) == nil, "\(kinds(g))")
        let contractor = graph("The tower was built by Al Varsa Contracting. Al Varsa said it paid the wages.")
        #expect(node("Al Varsa Contracting", in: contractor)?.kind == .organization, "\(kinds(contractor))")
        #expect(node("Al Varsa", in: contractor)?.name == "Al Varsa Contracting", "\(kinds(contractor))")
        // Negative: a person, then a region named after him, stays two; a state's organ is no company.
        let two = graph("Tarvo Lenk visited Asia Minor on Monday. The Orvask Gulf Ministry said nothing.")
        #expect(node("Tarvo Lenk", in: two)?.kind == .person, "\(kinds(two))")
        #expect(node("Orvask Gulf Ministry", in: two) == nil, "\(kinds(two))")
    }

    @Test("a Spanish or Portuguese movement's or union's word first makes a body ('Alianza Tarvel', 'Acción Velmara')")
    func spanishBodyWordsFirst() {
        let g = graph("Alianza Tarvel won 12 seats on Sunday. The lawsuit was filed by Acción Velmara, and Frente Kessa backed it.")
        #expect(node("Alianza Tarvel", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Acción Velmara", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Frente Kessa", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: a person's Spanish name with no such word stays a person's.
        let person = graph("Lucía Tarvel won 12 seats on Sunday, and Andrés Velmara backed her.")
        #expect(node("Lucía Tarvel", in: person)?.kind == .person, "\(kinds(person))")
        #expect(node("Andrés Velmara", in: person)?.kind == .person, "\(kinds(person))")
    }

    @Test("a compass word and one name with no head word is a region ('West Kessa', 'Central Tarvo'); not after a body's noun")
    func compassRegions() {
        let g = graph("Floods hit West Java on Monday. Police in Kessa said gangs from Central Tarvo had looted shops.")
        #expect(node("West Java", in: g)?.kind == .location, "\(kinds(g))")
        #expect(node("Central Tarvo", in: g)?.kind == .location, "\(kinds(g))")
        // Negative: a club's noun before it, or a head word after it, names a body.
        let body = graph("The club North Velmor signed Tarvo Lenk. Southern Kessa Bank lent it $5 million.")
        #expect(node("North Velmor", in: body)?.kind == .organization, "\(kinds(body))")
        #expect(node("Southern Kessa Bank", in: body)?.kind == .organization, "\(kinds(body))")
    }

    @Test("two acronyms joined by a hyphen name a body; a river's 'Delta' last is a place")
    func hyphenedAcronymsAndDeltas() {
        let g = graph("The opposition KLP-UM won 40 seats, and the TDA-EA sent locust teams. Farmers in the Velmo Delta lost crops.")
        #expect(node("KLP-UM", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("TDA-EA", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Velmo Delta", in: g)?.kind == .location, "\(kinds(g))")
        // Negative: a given name in capitals is no acronym; "Delta" first names a company.
        let caps = graph("JEAN-LUC Tarvo said Delta Tankers had sold two ships.")
        #expect(node("JEAN-LUC", in: caps)?.kind != .organization, "\(kinds(caps))")
        #expect(node("Delta Tankers", in: caps)?.kind == .organization, "\(kinds(caps))")
    }

    @Test("'Al-X' after 'from' is a place as one word is; 'X Ridge' is a place")
    func fromAlPlacesAndRidges() {
        let g = graph("The first patient, a camel herder from Al-Varsa, died on Monday. Drilling began at Tarvek Ridge in May.")
        #expect(node("Al-Varsa", in: g)?.kind == .location, "\(kinds(g))")
        #expect(node("Tarvek Ridge", in: g)?.kind == .location, "\(kinds(g))")
        // Negative: a cue elsewhere outweighs the guess: "Al-Varsa said" after "a statement from Al-Varsa Group".
        let body = graph("A statement from Al-Varsa said the strike was over. Al-Varsa Group employs 900 people.")
        #expect(node("Al-Varsa", in: body)?.kind == .organization, "\(kinds(body))")
    }

    @Test("traders 'at' a named market stand in a market place; traders of an index's market do not")
    func tradersAtMarket() {
        let g = graph("Traders at Lagos's Tanak Bavo market welcomed the move on Monday.")
        #expect(node("Tanak Bavo market", in: g)?.kind == .facility || node("Tanak Bavo", in: g)?.kind == .facility, "\(kinds(g))")
        #expect(node("Tanak Bavo", in: g)?.kind != .person, "\(kinds(g))")
        // Negative: traders of a stock index's market.
        let index = graph("Traders said the Velkospi market fell 2 percent on Monday.")
        #expect(!index.entities.values.contains { $0.kind == .facility }, "\(kinds(index))")
    }

    @Test("a name after a demonym and a trade's noun is a firm's ('Argentine trader Korvel del Plata', 'French laboratory Morel Sante had stopped …'); a given name keeps a person")
    func firmsAfterDemonymAndTrade() {
        let trader = graph("Paraguay sold power through a contract with Argentine trader Korvel del Plata.")
        #expect(node("Korvel del Plata", in: trader)?.kind == .organization, "\(kinds(trader))")
        let laboratory = graph("Tunisia said French laboratory Morel Sante had stopped shipments.")
        #expect(node("Morel Sante", in: laboratory)?.kind == .organization, "\(kinds(laboratory))")
        // Negative: a given name first is a person's ("oil trader Juan Perez").
        let person = graph("Argentine oil trader Juan Perez said prices rose.")
        #expect(node("Juan Perez", in: person)?.kind == .person, "\(kinds(person))")
    }

    @Test("a park's or a reserve's last two words give its kind; 'Park' alone stays a surname")
    func parksByTheirKind() {
        let g = graph("Gunmen attacked a ranger post near the Korvo National Park on Monday. Smoke reached the Tarsel Game Reserve.")
        #expect(node("Korvo National Park", in: g)?.kind == .location, "\(kinds(g))")
        #expect(node("Tarsel Game Reserve", in: g)?.kind == .location, "\(kinds(g))")
        let estate = graph("The plant, inside the Velmar Industrial Park, will open in May.")
        #expect(node("Velmar Industrial Park", in: estate)?.kind == .facility, "\(kinds(estate))")
        // Negative: "Park" after a title, or first, is a person's name.
        let person = graph("Chairman Park said the deal was done. Park Ji-soo, the finance chief, agreed.")
        #expect(!person.entities.values.contains { $0.kind != .person }, "\(kinds(person))")
    }

    @Test("names listed before a place noun's plural ('areas', 'fields') are places")
    func namesBeforePlacePlurals() {
        let g = graph("The map shows the disputed Orvelan, Kestiva and Dravunel areas as part of Nepal.")
        for name in ["Orvelan", "Kestiva", "Dravunel"] {
            #expect(node(name, in: g)?.kind == .location, "\(kinds(g))")
        }
        // Negative: the same list before a plural that names no place.
        let firms = graph("The ministry fined the Orvelan, Kestiva and Dravunel consortiums on Monday.")
        #expect(!firms.entities.values.contains { $0.kind == .location }, "\(kinds(firms))")
    }

    @Test("a place of the table that ends in a capitalized function word ('Hoi An') is one name")
    func tablePlaceEndingInFunctionWord() {
        let g = graph("Floods cut roads around Hoi An on Monday. An official said the town was cut off.")
        #expect(node("Hoi An", in: g)?.kind == .location, "\(kinds(g))")
        #expect(node("Hoi", in: g) == nil, "\(kinds(g))")
        // Negative: a sentence's "An" after a name is no part of it.
        let sentence = graph("The firm is based in Vinh. An audit found no fault.")
        #expect(node("Vinh", in: sentence)?.kind == .location, "\(kinds(sentence))")
    }

    @Test("one unknown word or noun before a continent's name is a body's name that ends in it")
    func oneWordBeforeContinent() {
        let g = graph("Tarvamark Africa, which campaigns against plastic waste, sued the ministry. Its partner, Hockey Europe, agreed.")
        #expect(node("Tarvamark Africa", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Hockey Europe", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: a preposition, a compass word or a hyphenated adjective before the continent.
        let places = graph("Across Europe, farmers protested. Sub-Saharan Africa grew fast. Southern Africa is dry.")
        #expect(node("Europe", in: places)?.kind == .location, "\(kinds(places))")
        #expect(!places.entities.values.contains { $0.kind == .organization && $0.name.contains("Africa") }, "\(kinds(places))")
    }

    @Test("a given name's spelling, then no given name, and a common noun last make a body's name of three words")
    func givenNameSpellingThenCommonNoun() {
        let g = graph("The council ordered the Golden Tarvask Resort casino to reinstate 23 union leaders on Monday.")
        #expect(node("Golden Tarvask Resort", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: a middle given name, or a last word a frequent surname spells, keeps a person.
        let people = graph("Sarah Mercy Otieno said the vote was fair. John Tarvask Baker disagreed.")
        #expect(node("Sarah Mercy Otieno", in: people)?.kind == .person, "\(kinds(people))")
        #expect(node("John Tarvask Baker", in: people)?.kind == .person, "\(kinds(people))")
    }

    @Test("a lower-case head word and a body's noun after a name ('its X media outlet') make it a body's")
    func headWordThenBodyNoun() {
        let g = graph("The group claimed the attack in a statement on its Az-Varqa media outlet.")
        #expect(node("Az-Varqa", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: a person's name before a common noun that names no body.
        let person = graph("Officials said Az-Varqa media reports were false, and Lena Tarvik denied them.")
        #expect(node("Lena Tarvik", in: person)?.kind == .person, "\(kinds(person))")
    }

    @Test("the first two words of a firm named with a common noun last stand for it, also after a given name's spelling")
    func shortNameOfFirmEndingInCommonNoun() {
        let g = graph("The regulator suspended the offer for a stake in Mai Tarvo Dairy. The group offered to buy 36 percent of Mai Tarvo.")
        #expect(node("Mai Tarvo Dairy", in: g)?.aliases.contains("Mai Tarvo") == true, "\(kinds(g))")
        #expect(!g.entities.values.contains { $0.kind == .person }, "\(kinds(g))")
        // Negative: the pair named alone before the firm is its founder, a person.
        let founder = graph("Mai Tarvo founded Mai Tarvo Dairy in 1990. Mai Tarvo said she was proud.")
        #expect(founder.entities.values.contains { $0.kind == .person }, "\(kinds(founder))")
    }

    @Test("a country's one-word demonym in '-i' names its people in the plural too ('Nepalis'); a user's demonym too")
    func demonymPlurals() {
        let g = graph("About 8 million Nepalis are estimated to live and work abroad.")
        #expect(node("Nepal", in: g)?.kind == .country, "\(kinds(g))")
        #expect(!g.entities.values.contains { $0.kind == .organization }, "\(kinds(g))")
        // Negative: a demonym in "-man" takes no regular plural ("Frenchmans" names nothing).
        let none = graph("Frenchmans Tarvo Ltd said sales rose.")
        #expect(node("France", in: none) == nil, "\(kinds(none))")
    }

    @Test("a name before a comma and a country's demonym is no place ('X, Indian generics firm Y'); before its name it is")
    func nameBeforeDemonymIsNoPlace() {
        let g = graph("The agency said German maker Tarvel Biologics, Indian firm Aravind Pharma and French laboratory Morel Sante had stopped shipments.")
        #expect(node("Tarvel Biologics", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: a country's name after the comma locates the place.
        let place = graph("Fighting spread to Orvask, Sudan, on Monday.")
        #expect(node("Orvask", in: place)?.kind == .location, "\(kinds(place))")
    }

    @Test("a surname written first and one short common word are a person's name ('Wang Gang'); a plural keeps a firm")
    func familyNameFirstThenShortWord() {
        let g = graph("The Chinese ambassador in Tarvel, Zhou Gang, said the two countries would aim to conclude talks.")
        #expect(node("Zhou Gang", in: g)?.kind == .person, "\(kinds(g))")
        // Negative: a common noun's plural last names a firm ("Lim Tankers").
        let firm = graph("Lim Tankers said charter rates rose on Monday.")
        #expect(node("Lim Tankers", in: firm)?.kind == .organization, "\(kinds(firm))")
    }

    @Test("a two-word name written in full twice and its last word never alone names a body, not a person")
    func repeatedFullNameIsABody() {
        let g = graph("Halvern Orsk raised prices on Monday. Analysts said Halvern Orsk would cut jobs in Tarvel.")
        #expect(node("Halvern Orsk", in: g)?.kind == .organization, "\(kinds(g))")
        // Negative: a person named again by the family name alone.
        let person = graph("Lena Tarsk said on Monday that she would resign. Lena Tarsk had led the party since 2010. Tarsk denied wrongdoing.")
        #expect(node("Lena Tarsk", in: person)?.kind == .person, "\(kinds(person))")
    }

    @Test("a field's abstract noun or an agent noun's plural after 'and' is a trade's word inside one body's name")
    func tradeWordsByShapeAfterAnd() {
        let g = graph("The Velmora Ship Breakers and Recyclers Association accused campaigners. Tarvo Aqua informed the National Fisheries and Aquaculture Service within hours.")
        #expect(node("Velmora Ship Breakers and Recyclers Association", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("National Fisheries and Aquaculture Service", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Recyclers Association", in: g) == nil, "\(kinds(g))")
        // Negative: a family name's short "-ers" after "and" starts a second company.
        let two = graph("Tarvo Exporters and Sanders Group signed the deal on Monday.")
        #expect(node("Sanders Group", in: two)?.kind == .organization, "\(kinds(two))")
    }

    @Test("a company's head word that is only an adjective opens a body's fields joined by 'and' ('Financial and … Union')")
    func adjectiveHeadWordIsAField() {
        let g = graph("The Financial and Transport Workers Union threatened a strike on Monday.")
        #expect(node("Financial and Transport Workers Union", in: g)?.kind == .organization, "\(kinds(g))")
        #expect(node("Financial", in: g) == nil, "\(kinds(g))")
        // Negative: a head word that is a noun names a body alone before "and".
        let two = graph("The Trust and Velmar Holdings signed the deal on Monday.")
        #expect(node("Velmar Holdings", in: two)?.kind == .organization, "\(kinds(two))")
    }

    @Test("the Soviet Union is a (former) state, and 'Soviet' its adjective")
    func sovietUnionIsAState() {
        let g = graph("Tarvel, a former Soviet republic, left the bloc. The border was never marked after the Soviet Union collapsed in 1991.")
        #expect(node("Soviet Union", in: g)?.kind == .country, "\(kinds(g))")
        #expect(node("Soviet", in: g)?.name == "Soviet Union", "\(kinds(g))")
    }
}
