import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The structure rule family alone (``StructureRules``), on invented sentences: only what the
/// names' adjacency says, not what verbs, titles or frames add.
@Suite("Structure rules")
struct StructureRulesTests {
    typealias Drawn = FrameRulesTests.Drawn

    /// What the structure rules draw from `text`.
    static func drawn(_ text: String, mainCountry: String? = nil) -> [Drawn] {
        let extractor = Extractor()
        let (analysis, ctx, _) = extractor.syntax(Document(id: "t", text: text))
        var entityByName: [String: Int] = [:]
        for (index, entity) in ctx.entities.enumerated() where entityByName[entity.name] == nil { entityByName[entity.name] = index }
        let rules = StructureRules(
            lexicon: extractor.compiled, ctx: ctx, entityByName: entityByName,
            mainCountry: mainCountry.flatMap { id in ctx.entities.indices.first { ctx.entities[$0].id == id } },
            finder: RelationFinder(lexicon: extractor.compiled))
        var bySentence = Array(repeating: [Int](), count: analysis.segmentation.sentences.count)
        for (index, m) in ctx.mentions.enumerated() where ctx.owner[index] >= 0 { bySentence[m.sentence].append(index) }
        var result: [Drawn] = []
        for (s, sentence) in analysis.segmentation.sentences.enumerated() {
            rules.run(mentions: MentionList(bySentence[s].map { Int32($0) }[...]), from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound) {
                source, target, predicate, rule, _ in
                result.append(Drawn(source: ctx.entities[source].id, predicate: predicate, target: ctx.entities[target].id, rule: rule))
            }
        }
        return result
    }

    static func has(_ drawn: [Drawn], _ source: String, _ predicate: Predicate, _ target: String, rule: String) -> Bool {
        drawn.contains { $0.source == source && $0.predicate == predicate && $0.target == target && $0.rule == rule }
    }

    @Test("a company described by its country: 'Danish rival Korvex', 'Peruvian toolmaker X', 'X, a Chilean gang'")
    func demonymCompany() {
        let rival = Self.drawn("Its Danish rival Korvex Vaccines said on Monday that it would cut prices.")
        #expect(Self.has(rival, "korvex_vaccines", .locatedIn, "denmark", rule: "demonym-company"), "\(rival)")
        // Over "state" in the description, and "major" as a company's noun.
        let giant = Self.drawn("The Russian state giant Velgaz cut supplies on Monday.")
        #expect(Self.has(giant, "velgaz", .locatedIn, "russia", rule: "demonym-company"), "\(giant)")
        let major = Self.drawn("U.S. oil major Korvex Petroleum said it would leave.")
        #expect(Self.has(major, "korvex_petroleum", .locatedIn, "united_states", rule: "demonym-company"), "\(major)")
        let maker = Self.drawn("Halbrand agreed to buy Peruvian toolmaker Velmar Systems for $2 billion.")
        #expect(Self.has(maker, "velmar_systems", .locatedIn, "peru", rule: "demonym-company"), "\(maker)")
        let gang = Self.drawn("Police arrested members of Korvex Group, a Chilean cybercrime gang, on Friday.")
        #expect(Self.has(gang, "korvex_group", .locatedIn, "chile", rule: "apposed-demonym"), "\(gang)")
        // After a dateline's spaced dash; not after a hyphen that joins two demonyms.
        let dateline = Self.drawn("VELSA, Feb 3 (AFP) - French satellite operator Korvel Orbital said it had lost a satellite.")
        #expect(Self.has(dateline, "korvel_orbital", .locatedIn, "france", rule: "demonym-company"), "\(dateline)")
        let pair = Self.drawn("The Franco-German satellite operator Korvel Orbital said it had lost a satellite.")
        #expect(!Self.has(pair, "korvel_orbital", .locatedIn, "germany", rule: "demonym-company"), "\(pair)")
        // An agency described by its country is its organ, not a company located there.
        let agency = Self.drawn("The Danish agency Velmar Directorate said the water was safe.")
        #expect(!agency.contains { $0.predicate == .locatedIn }, "\(agency)")
    }

    @Test("a demonym before a plural company noun and a list, a lessor, a distiller and a shipping line: 'Chinese refiners A and B', 'Irish lessor X', 'Danish container line X'")
    func demonymListsAndLines() {
        func placed(_ d: [Drawn], in country: String) -> Set<String> {
            Set(d.filter { $0.predicate == .locatedIn && $0.target == country && $0.rule == "demonym-company" }.map(\.source))
        }
        let list = Self.drawn("Two of its customers, Chinese refiners Korvex Materials and Velmar Cobalt, said they had enough stock.")
        #expect(placed(list, in: "china") == ["korvex_materials", "velmar_cobalt"], "\(list)")
        let three = Self.drawn("Peruvian lenders Tarvo Bank, Korvex Credit and Velmar Finance cut rates.")
        #expect(placed(three, in: "peru") == ["tarvo_bank", "korvex_credit", "velmar_finance"], "\(three)")
        let lessor = Self.drawn("The jets are leased from Irish lessor Korvex Aero Leasing, the airline said.")
        #expect(placed(lessor, in: "ireland") == ["korvex_aero_leasing"], "\(lessor)")
        let distiller = Self.drawn("Armenian distiller Korvex Spirits denied selling in the bloc.")
        #expect(placed(distiller, in: "armenia") == ["korvex_spirits"], "\(distiller)")
        let line = Self.drawn("Danish container line Velmar Shipping said it would stop calling at the port.")
        #expect(placed(line, in: "denmark") == ["velmar_shipping"], "\(line)")
        // A plural not right before the names, and a line that is no company ("the Chilean front line"), give nothing.
        let open = Self.drawn("Chinese refiners told Korvex Materials and Velmar Cobalt they had enough stock.")
        #expect(placed(open, in: "china").isEmpty, "\(open)")
        let front = Self.drawn("The Chilean front line Velmar Ridge was shelled on Monday.")
        #expect(placed(front, in: "chile").isEmpty, "\(front)")
    }

    @Test("more bodies a demonym describes with the name right after: 'U.S. investment fund X', 'the Kalmari news agency X', 'the Kalmari dockers' union X'")
    func demonymBodies() {
        let fund = Self.drawn("The deal was led by U.S. investment fund Korvel Capital on Monday.")
        #expect(Self.has(fund, "korvel_capital", .locatedIn, "united_states", rule: "demonym-company"), "\(fund)")
        let agency = Self.drawn("Editors at the Italian news agency Vessa Notizie denied the report on Friday.")
        #expect(Self.has(agency, "vessa_notizie", .locatedIn, "italy", rule: "demonym-company"), "\(agency)")
        let union = Self.drawn("The Chilean dockers' union Velko said it would strike.")
        #expect(Self.has(union, "velko", .locatedIn, "chile", rule: "demonym-company"), "\(union)")
        // Any other agency stays a state's organ; a union named after a bloc is no country's.
        let organ = Self.drawn("The Chilean health agency Velmar Directorate said the water was safe.")
        #expect(!organ.contains { $0.predicate == .locatedIn }, "\(organ)")
        let bloc = Self.drawn("The European dockers' union Velko said it would strike.")
        #expect(!bloc.contains { $0.predicate == .locatedIn }, "\(bloc)")
    }

    @Test("'X, the state-owned operator,': a firm the state owns is in the text's country; not an agency, nor in a sentence about another state")
    func stateFirmApposition() {
        let text = "Peru's regulator fined two carriers. Telvar Telecom, the state-owned operator, said it would appeal. Andel Cargo, the state ground-handling company, agreed."
        let drawn = Self.drawn(text, mainCountry: "peru")
        #expect(Self.has(drawn, "telvar_telecom", .locatedIn, "peru", rule: "state-firm"), "\(drawn)")
        #expect(Self.has(drawn, "andel_cargo", .locatedIn, "peru", rule: "state-firm"), "\(drawn)")
        // Negatives: an organ ("the state agency"), a sentence naming only another state, a description that goes on.
        let agency = Self.drawn("Peru's regulator fined two carriers. Telvar Control, the state agency, said it would appeal.", mainCountry: "peru")
        #expect(!agency.contains { $0.rule == "state-firm" }, "\(agency)")
        let other = Self.drawn("Peru's regulator fined two carriers. In Chile, Telvar Telecom, the state-owned operator, said it would appeal.", mainCountry: "peru")
        #expect(!other.contains { $0.rule == "state-firm" }, "\(other)")
        let goesOn = Self.drawn("Peru's regulator fined two carriers. Telvar Telecom, the state-owned operator of Chile's ports, said so.", mainCountry: "peru")
        #expect(!goesOn.contains { $0.rule == "state-firm" }, "\(goesOn)")
        let foreign = Self.drawn("Peru's regulator fined two carriers. Chile Andes Rail, a state-owned group, said so.", mainCountry: "peru")
        #expect(!foreign.contains { $0.rule == "state-firm" }, "\(foreign)")
    }

    @Test("'the state energy company X', 'Chile's state mining company, X': a state firm named after its description is in its state")
    func stateFirmBeforeName() {
        let text = "Peru's regulator fined two carriers. The state energy company Telvar Energia said it would appeal."
        let drawn = Self.drawn(text, mainCountry: "peru")
        #expect(Self.has(drawn, "telvar_energia", .locatedIn, "peru", rule: "state-firm"), "\(drawn)")
        let possessive = Self.drawn("Peru's regulator fined two carriers. Chile's state mining company, Andel Minerals, agreed.", mainCountry: "peru")
        #expect(Self.has(possessive, "andel_minerals", .locatedIn, "chile", rule: "state-firm"), "\(possessive)")
        #expect(!possessive.contains { $0.predicate == .locatedIn && $0.target == "peru" }, "\(possessive)")
        // Negatives: a broadcaster (the corpus splits on those), an organ, a sentence that names another state.
        let broadcaster = Self.drawn("Peru's regulator fined two carriers. It told state broadcaster Telvar TV that it would appeal.", mainCountry: "peru")
        #expect(!broadcaster.contains { $0.rule == "state-firm" }, "\(broadcaster)")
        let agency = Self.drawn("Peru's regulator fined two carriers. The state agency Telvar Control said it would appeal.", mainCountry: "peru")
        #expect(!agency.contains { $0.rule == "state-firm" }, "\(agency)")
        let other = Self.drawn("Chile, which holds a stake through the state investment bank Andel Capital, objected.", mainCountry: "peru")
        #expect(!other.contains { $0.rule == "state-firm" }, "\(other)")
    }

    @Test("trades a demonym describes: 'the Kalmari roaster X', 'the state-owned Kalmari factory X'")
    func demonymTrades() {
        let roaster = Self.drawn("The Swedish roaster Velkaff said on Monday it would raise prices.")
        #expect(Self.has(roaster, "velkaff", .locatedIn, "sweden", rule: "demonym-company"), "\(roaster)")
        let factory = Self.drawn("The cigarettes were made by the state-owned Polish factory Tarvoprom Lesna.")
        #expect(Self.has(factory, "tarvoprom_lesna", .locatedIn, "poland", rule: "demonym-company"), "\(factory)")
        // "side" without a name after it, or a name after a verb, places nothing.
        let side = Self.drawn("The Armenian side of the border was quiet, Velkaff said.")
        #expect(!side.contains { $0.predicate == .locatedIn }, "\(side)")
        let verb = Self.drawn("The Swedish factory said Velkaff owed it money.")
        #expect(!verb.contains { $0.predicate == .locatedIn }, "\(verb)")
    }

    @Test("descriptions that place a body: adjectives after the article, a possessive opener, trusts, federations, agents, owners, brokerages, trade agencies")
    func describedBodiesPlaced() {
        let small = Self.drawn("Tarvo Savings, a small Lyon lender, collapsed on Friday.")
        #expect(Self.has(small, "tarvo_savings", .locatedIn, "lyon", rule: "place-company-apposition"), "\(small)")
        let licensed = Self.drawn("The pills came from a licensed Marseille wholesaler, Brenmoor Medical Supplies, in March.")
        #expect(Self.has(licensed, "brenmoor_medical_supplies", .locatedIn, "marseille", rule: "place-company-apposed"), "\(licensed)")
        let its = Self.drawn("The ruling hurt its Peruvian operator, Boreal Ridge Gold, the most.")
        #expect(Self.has(its, "boreal_ridge_gold", .locatedIn, "peru", rule: "demonym-company-apposed"), "\(its)")
        let owner = Self.drawn("The tanker's Danish owner, Kanmon Bulk Shipping, said it would pay.")
        #expect(Self.has(owner, "kanmon_bulk_shipping", .locatedIn, "denmark", rule: "demonym-company-apposed"), "\(owner)")
        let trust = Self.drawn("The land went to Mirren Holdings, a Ugandan trust, on Monday.")
        #expect(Self.has(trust, "mirren_holdings", .locatedIn, "uganda", rule: "apposed-demonym"), "\(trust)")
        let federation = Self.drawn("Velaux, the Austrian tourism federation, welcomed the law.")
        #expect(Self.has(federation, "velaux", .locatedIn, "austria", rule: "apposed-demonym"), "\(federation)")
        let agent = Self.drawn("Pilgrims paid an Omani agent, Al-Rawdah Travel Services, for the visas.")
        #expect(Self.has(agent, "al_rawdah_travel_services", .locatedIn, "oman", rule: "demonym-company-apposed"), "\(agent)")
        let agency = Self.drawn("Police raided a Manila recruitment agency, Sherpa Overseas Placement, on Friday.")
        #expect(Self.has(agency, "sherpa_overseas_placement", .locatedIn, "manila", rule: "place-company-apposed"), "\(agency)")
        let brokerage = Self.drawn("The fund hired the Lisbon brokerage Vial & Filhos to sell the shares.")
        #expect(Self.has(brokerage, "vial_filhos", .locatedIn, "lisbon", rule: "place-company"), "\(brokerage)")
        // A state's agency stays its organ; an adverb or a verb between the article and the name opens nothing.
        let stateAgency = Self.drawn("Officials of a Kenyan government agency, Velmar Directorate, denied it.")
        #expect(!stateAgency.contains { $0.predicate == .locatedIn && $0.source == "velmar_directorate" }, "\(stateAgency)")
        let verb = Self.drawn("After police raided a Manila office, Sherpa Overseas Placement closed its doors.")
        #expect(!verb.contains { $0.predicate == .locatedIn && $0.source == "sherpa_overseas_placement" }, "\(verb)")
    }

    @Test("'X, Peru's fourth-largest operator,': a company a country's possessive describes is in it; an organ's noun stays member_of")
    func apposedCountryCompany() {
        let op = Self.drawn("Tarvo Telecom, Peru's fourth-largest operator, sued the regulator on Monday.")
        #expect(Self.has(op, "tarvo_telecom", .locatedIn, "peru", rule: "apposed-country-company"), "\(op)")
        let processor = Self.drawn("Kessa Dairies, Chile's second-largest milk processor, raised prices.")
        #expect(Self.has(processor, "kessa_dairies", .locatedIn, "chile", rule: "apposed-country-company"), "\(processor)")
        // A state's regulator is its organ; a description that goes on past the noun is no apposition of the name.
        let regulator = Self.drawn("Velmar Authority, Peru's telecoms regulator, fined the operator.")
        #expect(!regulator.contains { $0.rule == "apposed-country-company" }, "\(regulator)")
        let goesOn = Self.drawn("Tarvo Telecom, Peru's largest operator by revenue, sued the regulator.")
        #expect(!goesOn.contains { $0.rule == "apposed-country-company" }, "\(goesOn)")
        // A foreign investor or a buyer is tied to the country, not in it.
        let investor = Self.drawn("Halvern Chemical, Vietnam's largest foreign investor, said it would expand. Tarvo Foods, Peru's biggest buyer, agreed.")
        #expect(!investor.contains { $0.rule == "apposed-country-company" }, "\(investor)")
    }

    @Test("'X, Angola's state oil company': a state's company, pension fund or news agency is in the state, not its organ")
    func apposedStateCompany() {
        let oil = Self.drawn("Kovra Oil, Angola's state oil company, holds 15 percent of the field.")
        #expect(Self.has(oil, "kovra_oil", .locatedIn, "angola", rule: "apposed-country-company"), "\(oil)")
        #expect(!oil.contains { $0.predicate == .memberOf && $0.source == "kovra_oil" }, "\(oil)")
        let fund = Self.drawn("The rest stays with the Velmar Social Trust, Ghana's state pension fund, which backed the deal.")
        #expect(Self.has(fund, "velmar_social_trust", .locatedIn, "ghana", rule: "apposed-country-company"), "\(fund)")
        let news = Self.drawn("Tarvo Press, Chile's state news agency, reported the agreement.")
        #expect(Self.has(news, "tarvo_press", .locatedIn, "chile", rule: "apposed-country-company"), "\(news)")
        // A state's agency or regulator stays its organ.
        let agency = Self.drawn("The Velmar Directorate, Chile's mining agency, fined the company.")
        #expect(Self.has(agency, "velmar_directorate", .memberOf, "chile", rule: "apposed-organ"), "\(agency)")
        #expect(!agency.contains { $0.rule == "apposed-country-company" }, "\(agency)")
    }

    @Test("'X, a Kalmari company controlled by Y,': the apposition goes on about X and still places it")
    func demonymApposedGoingOn() {
        let controlled = Self.drawn("Brellin Harbour Partners, a Danish company controlled by the Osk family, bought the port on Friday.")
        #expect(Self.has(controlled, "brellin_harbour_partners", .locatedIn, "denmark", rule: "apposed-demonym"), "\(controlled)")
        let country = Self.drawn("Brellin Harbour Partners, a U.S. company that runs ferries, lost the tender.")
        #expect(Self.has(country, "brellin_harbour_partners", .locatedIn, "united_states", rule: "demonym-company-apposition"), "\(country)")
        // Not a verb of the sentence after the description: "…, a Peruvian company said" is no apposition of X.
        let said = Self.drawn("After Brellin Harbour Partners left, a Danish company said it would bid.")
        #expect(!said.contains { $0.predicate == .locatedIn }, "\(said)")
    }

    @Test("a country's name or a two-word demonym as a company's modifier: 'U.S. private equity firm X', 'South Korean chipmaker X', 'Peruvian low-cost carrier X'")
    func countryNameModifier() {
        let fund = Self.drawn("The club was bought by U.S. private equity firm Korvel Partners on Monday.")
        #expect(Self.has(fund, "korvel_partners", .locatedIn, "united_states", rule: "demonym-company"), "\(fund)")
        let maker = Self.drawn("Officials said South Korean chipmaker Velmar Systems would pay the fine.")
        #expect(Self.has(maker, "velmar_systems", .locatedIn, "south_korea", rule: "demonym-company"), "\(maker)")
        let carrier = Self.drawn("Peruvian low-cost carrier Velo Air said it would appeal.")
        #expect(Self.has(carrier, "velo_air", .locatedIn, "peru", rule: "demonym-company"), "\(carrier)")
        // A country named as a place is no modifier: "in Chile".
        let place = Self.drawn("Prices rose in Chile last year, rival Korvex Mining said.")
        #expect(!place.contains { $0.predicate == .locatedIn && $0.target == "chile" }, "\(place)")
    }

    @Test("a city's or a region's name as a company's modifier: 'the Lyon printing company X', 'X, an Ontario miner that …'")
    func placeNameModifier() {
        let apposed = Self.drawn("Korvex Print, a Lyon printing company, won the contract on Tuesday.")
        #expect(Self.has(apposed, "korvex_print", .locatedIn, "lyon", rule: "place-company-apposition"), "\(apposed)")
        let before = Self.drawn("The stake went to the Osaka trading firm Velmar Shoji in March.")
        #expect(Self.has(before, "velmar_shoji", .locatedIn, "osaka", rule: "place-company"), "\(before)")
        let fund = Self.drawn("Bavaria pension fund Korvel Vorsorge sold its shares.")
        #expect(Self.has(fund, "korvel_vorsorge", .locatedIn, "bavaria", rule: "place-company"), "\(fund)")
        let relative = Self.drawn("Tarvel Nickel Mining, an Ontario miner that employs 900 people, closed two pits.")
        #expect(Self.has(relative, "tarvel_nickel_mining", .locatedIn, "ontario", rule: "place-company-apposition"), "\(relative)")
        // A city named as a place is no modifier: "in Lyon" (with a company noun after it), "Lyon's".
        let place = Self.drawn("Staff at the hotel in Lyon printing company Korvex Print used were hurt.")
        #expect(!place.contains { $0.predicate == .locatedIn && $0.target == "lyon" }, "\(place)")
        let possessive = Self.drawn("Lyon's printing company Korvex Print said it would appeal.")
        #expect(!possessive.contains { $0.rule.hasPrefix("place-company") }, "\(possessive)")
        // A continent, a river, a mountain say what the company deals in; a purpose fund is for the place.
        for text in [
            "The Asia fund Korvel Partners lost money.", "The Danube shipping company Korvex Lines cut routes.",
            "The Pacific fishing company Korvex Marine closed.", "The Lyon reconstruction fund Korvel Trust paid out.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .locatedIn }, "\(text): \(drawn)")
        }
    }

    @Test("organs named '… of' their country by a head that is not always an organ's: 'Central Bank of Chile', 'Armed Forces of Chile'; a bank only as a central bank")
    func stateBodyOfCountry() {
        let central = Self.drawn("Chile said the Central Bank of Chile would act.")
        #expect(Self.has(central, "central_bank_of_chile", .memberOf, "chile", rule: "name-inside"), "\(central)")
        let forces = Self.drawn("Chile said the Armed Forces of Chile would help.")
        #expect(Self.has(forces, "armed_forces_of_chile", .memberOf, "chile", rule: "name-inside"), "\(forces)")
        let governor = Self.drawn("Chile's president dismissed Bank of Chile Governor Lena Ortiz on Friday.")
        #expect(Self.has(governor, "bank_of_chile", .memberOf, "chile", rule: "name-inside"), "\(governor)")
        let cue = Self.drawn("Peru said the Bank of Peru had failed. Critics said the central bank was slow.")
        #expect(Self.has(cue, "bank_of_peru", .memberOf, "peru", rule: "name-inside"), "\(cue)")
        // A bank "of" a country with no central bank's cue is a lender there, no organ.
        let lender = Self.drawn("Chile said the Bank of Chile, the country's largest lender, would cut rates for savers.")
        #expect(!lender.contains { $0.predicate == .memberOf }, "\(lender)")
        // "Forces" alone, with no armed or police word before it, names no organ.
        let other = Self.drawn("Chile said the Unity Forces of Chile would march.")
        #expect(!other.contains { $0.predicate == .memberOf }, "\(other)")
        // "National" alone is no central bank's word.
        let national = Self.drawn("The National Bank of Chile said it would cut rates for savers.")
        #expect(!national.contains { $0.predicate == .memberOf }, "\(national)")
    }

    @Test("a union, a chamber or a society named after or possessed by a country is located_in it, an organ member_of")
    func civilBodies() {
        let union = Self.drawn("Chile said the Chile Congress of Trade Unions (CCTU) would strike.")
        #expect(Self.has(union, "chile_congress_of_trade_unions", .locatedIn, "chile", rule: "name-prefix"), "\(union)")
        #expect(!union.contains { $0.predicate == .memberOf }, "\(union)")
        let chamber = Self.drawn("Peru's Chamber of Industries warned of power cuts on Monday.")
        #expect(Self.has(chamber, "chamber_of_industries", .locatedIn, "peru", rule: "possessive-organ"), "\(chamber)")
        let committee = Self.drawn("Peru said the National Olympic Committee of Peru had been suspended.")
        #expect(Self.has(committee, "national_olympic_committee_of_peru", .locatedIn, "peru", rule: "name-inside"), "\(committee)")
        // Organs stay organs, also with a civil word in their name.
        let council = Self.drawn("Peru said Peru's Federation Council and the Union Election Commission of Peru would act.")
        #expect(Self.has(council, "peruvian_federation_council", .memberOf, "peru", rule: "possessive-organ"), "\(council)")
        #expect(!council.contains { $0.predicate == .locatedIn }, "\(council)")
        #expect(StructureRules.isCivilBody("Union of Kalmari Journalists") && StructureRules.isCivilBody("Kalmar Red Cross"))
        #expect(StructureRules.isCivilBody("Kalmar Congress of Trade Unions") && StructureRules.isCivilBody("National Olympic Committee of Kalmar"))
        for organ in ["Union Ministry of Home Affairs", "Kalmar Federation Council", "Union Election Commission", "Kalmar Workers' Party", "House of Federation"] {
            #expect(!StructureRules.isCivilBody(organ), "\(organ)")
        }
    }

    @Test("a city's organ is located_in the city, a province's member_of it: 'London's High Court', 'Punjab's Agriculture Department'")
    func cityOrgans() {
        let court = Self.drawn("London's High Court froze the assets on Monday.")
        #expect(Self.has(court, "high_court", .locatedIn, "london", rule: "possessive-city-organ"), "\(court)")
        #expect(!court.contains { $0.predicate == .memberOf }, "\(court)")
        let province = Self.drawn("Punjab's Agriculture Department banned the seeds on Monday.")
        #expect(Self.has(province, "agriculture_department", .memberOf, "punjab", rule: "possessive-organ"), "\(province)")
    }

    @Test("a civil body whose name opens with its country or ends with 'of' it is located_in it: 'Kalmar Red Cross Society', 'Mineworkers Union of Kalmar'")
    func civilBodyByName() {
        let society = Self.drawn("Peru sent doctors. The Peru Red Cross Society said 40 people had died.")
        #expect(Self.has(society, "peru_red_cross_society", .locatedIn, "peru", rule: "civil-body-name"), "\(society)")
        let bar = Self.drawn("Chile cut the internet. The Chilean Bar Association said it would sue.")
        #expect(Self.has(bar, "chilean_bar_association", .locatedIn, "chile", rule: "civil-body-name"), "\(bar)")
        let union = Self.drawn("Mines in Peru were shut. The Mineworkers Union of Peru said the shaft was unsafe.")
        #expect(Self.has(union, "mineworkers_union_of_peru", .locatedIn, "peru", rule: "civil-body-name"), "\(union)")
        // A country inside the name names its people, not its seat; an organ or a company stays out of the rule.
        let inside = Self.drawn("Chile and Peru talked. The Union of Chilean Journalists in Peru said it would strike.")
        #expect(!inside.contains { $0.rule == "civil-body-name" }, "\(inside)")
        let organs = Self.drawn("Peru said the Peru Electoral Commission and the Korvex Bank of Peru had agreed.")
        #expect(!organs.contains { $0.rule == "civil-body-name" }, "\(organs)")
    }

    @Test("a person 'of' a body works for it: 'Ana Ferreira of Korvex Mining', 'X of the University of Kalmar'; not of a country or a party")
    func personOfBody() {
        let staff = Self.drawn("Ana Ferreira of Korvex Mining and Hilmar Sastrowadi of the University of Kalmar said prices fell.")
        #expect(Self.has(staff, "ana_ferreira", .roleIn, "korvex_mining", rule: "person-of-body"), "\(staff)")
        #expect(Self.has(staff, "hilmar_sastrowadi", .roleIn, "university_of_kalmar", rule: "person-of-body"), "\(staff)")
        // Over the body's lower-case noun after "the": "of the firm X", "of the law firm X".
        let firm = Self.drawn("Lawyer Marta Lins of the law firm Velmar & Brel and Tomas Hald of the company Korvex Mining spoke.")
        #expect(Self.has(firm, "marta_lins", .roleIn, "velmar_brel", rule: "person-of-body"), "\(firm)")
        #expect(Self.has(firm, "tomas_hald", .roleIn, "korvex_mining", rule: "person-of-body"), "\(firm)")
        let other = Self.drawn("Lena Ortiz of Portugal and Marek Velo of the Kalmar Unity Party spoke.")
        #expect(!other.contains { $0.rule == "person-of-body" }, "\(other)")
        // A charge's "of", and a body that is only a modifier of the noun after it, give nothing.
        let charge = Self.drawn("Prosecutors accused Ana Ferreira of the Velmar Bank fraud. Tomas Brel of the Korvex Mining robbery fled.")
        #expect(!charge.contains { $0.rule == "person-of-body" }, "\(charge)")
    }

    @Test("a stake after a company's name: majority owned by a company is member_of it, a minority stake affiliated_with")
    func ownershipStakes() {
        let majority = Self.drawn("Korvex Valves, which is 60 percent owned by the French aerospace group Halbrand, said it would appeal.")
        #expect(Self.has(majority, "korvex_valves", .memberOf, "halbrand", rule: "ownership-stake"), "\(majority)")
        let described = Self.drawn("Velmar Bank, which has been 74 percent owned by U.S. private equity firm Northvale Partners, agreed.")
        #expect(Self.has(described, "velmar_bank", .memberOf, "northvale_partners", rule: "ownership-stake"), "\(described)")
        #expect(!described.contains { $0.rule == "ownership-stake" && $0.target == "united_states" }, "\(described)")
        let minority = Self.drawn("Nayra Energy, in which Chile's state oil company Korvneft holds a 49 percent stake, said it would pay.")
        #expect(Self.has(minority, "nayra_energy", .affiliatedWith, "korvneft", rule: "ownership-stake"), "\(minority)")
        // A stake stated about: "about 64 percent owned by", "nearly 30 percent".
        let about = Self.drawn("Tarvo Bank said on Monday it would appeal. Tarvo Bank is about 64 percent owned by Halbrand Capital.")
        #expect(Self.has(about, "tarvo_bank", .memberOf, "halbrand_capital", rule: "ownership-stake"), "\(about)")
        let nearly = Self.drawn("Tarvo Bank, which is nearly 30 percent owned by Halbrand Capital, was fined.")
        #expect(Self.has(nearly, "tarvo_bank", .affiliatedWith, "halbrand_capital", rule: "ownership-stake"), "\(nearly)")
        let small = Self.drawn("Tarvo Bank, which is 35 percent owned by Halbrand Capital, was fined.")
        #expect(Self.has(small, "tarvo_bank", .affiliatedWith, "halbrand_capital", rule: "ownership-stake"), "\(small)")
        // One owner among several, a past stake, a country as the owner.
        let among = Self.drawn("Korvex Mining, which is 60 percent owned by investors including Halbrand Holdings, said it would pay.")
        #expect(!among.contains { $0.rule == "ownership-stake" }, "\(among)")
        let past = Self.drawn("Korvex Mining, which was 55 percent owned by Halbrand Holdings until it sold the stake, said it would pay.")
        #expect(!past.contains { $0.rule == "ownership-stake" }, "\(past)")
        // (A state that owns a company makes it no organ: affiliated_with, as the conventions say.)
        let state = Self.drawn("Nayra Energy, in which Kenya holds a 51 percent stake, said it would pay.")
        #expect(Self.has(state, "nayra_energy", .affiliatedWith, "kenya", rule: "ownership-stake"), "\(state)")

    }

    @Test("more owners of a stake: 'owned 65 percent by X and 35 percent by Y', 'a video app owned by X', 'part-owned by X', 'jointly owned by X and Y'")
    func furtherOwnershipStakes() {
        func stakes(_ d: [Drawn]) -> Set<String> {
            Set(d.filter { $0.rule == "ownership-stake" }.map { "\($0.source) \($0.predicate) \($0.target)" })
        }
        let two = Self.drawn("Korvex Dairy, which is 65 percent owned by French group Danor and 35 percent by Moroccan investment fund Atlas Partners, said it would appeal.")
        #expect(stakes(two) == ["korvex_dairy member_of danor", "korvex_dairy affiliated_with atlas_partners"], "\(two)")
        let after = Self.drawn("Velmar Foods, which is owned 70 percent by Halbrand Capital and 30 percent by the German investor Tarvo Holdings, agreed.")
        #expect(stakes(after) == ["velmar_foods member_of halbrand_capital", "velmar_foods affiliated_with tarvo_holdings"], "\(after)")
        let app = Self.drawn("The regulator said Tagora, a short-video app owned by Singapore-registered Lumex Holdings, was fined.")
        #expect(stakes(app) == ["tagora member_of lumex_holdings"], "\(app)")
        let part = Self.drawn("Umova Biologics, which is part-owned by the state-backed Korvex Investment Corporation, said it would comply.")
        #expect(stakes(part) == ["umova_biologics affiliated_with korvex_investment_corporation"], "\(part)")
        let joint = Self.drawn("Tajo Power, which is jointly owned by the utility Iberpower and the Italian group Fonti Rossi, runs the plant.")
        #expect(stakes(joint) == ["tajo_power member_of iberpower", "tajo_power member_of fonti_rossi"], "\(joint)")
        // A conjunct with no stake of its own, or one after the company's words ended, gives no further owner.
        let noStake = Self.drawn("Korvex Dairy, which is 65 percent owned by Danor Group and Atlas Partners said on Monday it would appeal.")
        #expect(stakes(noStake) == ["korvex_dairy member_of danor_group"], "\(noStake)")
    }

    @Test("a pair of states skips a demonym that only describes a named company: 'Chinese builder X, which won the contract from the two governments'")
    func pairSkipsCompanyDemonym() {
        let text = "Guyana and Suriname disagreed on Friday. Chinese state builder Korvex Group, which won the contract from "
            + "the two governments, said work would go on. The two governments signed a memorandum on the bridge in 2021. "
            + "The Velmara Union, of which both countries are members, offered to help."
        let drawn = Self.drawn(text)
        // (The frames' pair, "The two governments signed": FrameRules.pairReferent.)
        let framed = FrameRulesTests.drawn(text)
        #expect(framed.contains { $0.predicate == .agreedWith && Set([$0.source, $0.target]) == ["guyana", "suriname"] }, "\(framed)")
        #expect(!framed.contains { ($0.source == "china" || $0.target == "china") && $0.predicate == .agreedWith }, "\(framed)")
        #expect(!drawn.contains { ($0.source == "china" || $0.target == "china") && $0.predicate != .locatedIn }, "\(drawn)")
        let members = Set(drawn.filter { $0.predicate == .memberOf && $0.target == "velmara_union" }.map(\.source))
        #expect(members == ["guyana", "suriname"], "\(drawn)")
        // A state's forces or its offices named by a demonym still count ("Chinese troops", "Indian President X").
        let troops = Self.drawn("Chinese troops and Indian troops clashed on the border. Both countries are members of the Velmara Union.")
        #expect(Set(troops.filter { $0.predicate == .memberOf }.map(\.source)) == ["china", "india"], "\(troops)")
    }

    @Test("members named as a pair or a body described: 'Both countries are members of the four-nation bloc', 'X, which both countries have joined', 'of which both are members', 'The bloc's other members are A and B', 'X, a regional body whose members include A and B'")
    func pairAndDescribedMembers() {
        func members(_ d: [Drawn], of body: String) -> Set<String> {
            Set(d.filter { $0.predicate == .memberOf && $0.target == body && $0.rule == "member-list" }.map(\.source))
        }
        let named = Self.drawn("Chile and Peru raised tariffs on Monday. Both countries are members of the Velmara Union.")
        #expect(members(named, of: "velmara_union") == ["chile", "peru"], "\(named)")
        let described = Self.drawn(
            "The Velmara Union met in Quito on Monday. Chile and Peru raised tariffs. The two countries are members of the four-nation bloc.")
        #expect(members(described, of: "velmara_union") == ["chile", "peru"], "\(described)")
        let joined = Self.drawn("Norway and Denmark signed a pact. The Korvex Alliance, which both countries have joined, sent ships.")
        #expect(members(joined, of: "korvex_alliance") == ["norway", "denmark"], "\(joined)")
        let ofWhich = Self.drawn("Chile and Peru clashed on the border. The Korvex Alliance (KXA), of which both are members, urged calm.")
        #expect(members(ofWhich, of: "korvex_alliance") == ["chile", "peru"], "\(ofWhich)")
        let others = Self.drawn("The Velmara Union met in Quito. The bloc's other members are Chile, Peru and Bolivia.")
        #expect(members(others, of: "velmara_union") == ["chile", "peru", "bolivia"], "\(others)")
        let apposed = Self.drawn("The Korvex Union for the Andes (KUA), a regional body whose members include Chile, Peru and Bolivia, sent planes.")
        #expect(members(apposed, of: "korvex_union_for_the_andes") == ["chile", "peru", "bolivia"], "\(apposed)")
        // The pair read from a coordination further back when no sentence near names two.
        let coordinated = Self.drawn(
            """
            A cable linking Norway and Denmark was cut. Russia denied any role. Danish police questioned the crew. \
            The Korvex Alliance, which both countries have joined, sent ships.
            """)
        #expect(members(coordinated, of: "korvex_alliance") == ["norway", "denmark"], "\(coordinated)")
        // No membership now, no body named, one country only: nothing.
        let former = Self.drawn("Chile and Peru raised tariffs. Both countries are former members of the Velmara Union.")
        #expect(members(former, of: "velmara_union").isEmpty, "\(former)")
        let noBody = Self.drawn("Chile and Peru raised tariffs on Monday. Both countries are members of the bloc.")
        #expect(!noBody.contains { $0.predicate == .memberOf }, "\(noBody)")
        // A clause after ", and" that closes the list of bodies: the bodies before it still count.
        let clause = Self.drawn(
            "Chile and Peru raised tariffs. The award gave Peru a port. Both countries are members of the Velmara Union and the Korvex Alliance, and Bolivia joined the Tarvo Pact in 2023.")
        #expect(members(clause, of: "velmara_union") == ["chile", "peru"], "\(clause)")
        #expect(members(clause, of: "korvex_alliance") == ["chile", "peru"], "\(clause)")
        #expect(!clause.contains { $0.rule == "member-list" && ($0.source == "bolivia" || $0.target == "bolivia") }, "\(clause)")
        let one = Self.drawn("Chile raised tariffs on Monday. Both are members of the Velmara Union.")
        #expect(members(one, of: "velmara_union").isEmpty, "\(one)")
    }

    @Test("members counted: 'X, whose 18 members include A, B and C', 'X, which groups 40 operators including A and B'")
    func countedMembers() {
        func members(_ d: [Drawn], of body: String) -> Set<String> {
            Set(d.filter { $0.predicate == .memberOf && $0.target == body && $0.rule == "member-list" }.map(\.source))
        }
        let whose = Self.drawn("The Korvex Council, whose 18 members include Chile, Peru and Bolivia, met on Monday.")
        #expect(members(whose, of: "korvex_council") == ["chile", "peru", "bolivia"], "\(whose)")
        let others = Self.drawn("The Korvex Council, whose ten other members are Chile and Peru, met on Monday.")
        #expect(members(others, of: "korvex_council") == ["chile", "peru"], "\(others)")
        let groups = Self.drawn(
            "The Velmar Grid Association, which groups 40 operators including Korvex Energy and Tarn Holdings, said the fault was local.")
        #expect(members(groups, of: "velmar_grid_association") == ["korvex_energy", "tarn_holdings"], "\(groups)")
        let suchAs = Self.drawn("The Velmar Union, which groups some 30 countries such as Chile and Peru, met.")
        #expect(members(suchAs, of: "velmar_union") == ["chile", "peru"], "\(suchAs)")
        // No count, or clients a firm represents: nothing.
        let interests = Self.drawn("The Velmar Union, which groups the interests of Chile and Peru, met.")
        #expect(members(interests, of: "velmar_union").isEmpty, "\(interests)")
        let clients = Self.drawn("The law firm Velmar Advocaten, which represents 12 companies including Korvex Energy and Tarn Holdings, appealed.")
        #expect(members(clients, of: "velmar_advocaten").isEmpty, "\(clients)")
        let uncounted = Self.drawn("The Velmar Union, which groups exporters including Korvex Energy, met.")
        #expect(members(uncounted, of: "velmar_union").isEmpty, "\(uncounted)")
    }

    @Test("a company's partner: 'X, which flies the route with its partner Y', 'its joint-venture partner, Y'")
    func possessivePartner() {
        let route = Self.drawn("Velair Airways, which dominates the route with its partner Korvex Airlines, cut fares.")
        #expect(Self.has(route, "velair_airways", .affiliatedWith, "korvex_airlines", rule: "possessive-partner"), "\(route)")
        let apposed = Self.drawn("Halbrand Mining said its joint-venture partner, Tarvo Resources, would pay.")
        #expect(Self.has(apposed, "halbrand_mining", .affiliatedWith, "tarvo_resources", rule: "possessive-partner"), "\(apposed)")
        // A person's partner, or a partner not the company's own ("a partner of"), gives no company tie here.
        let person = Self.drawn("Lena Ortiz said her partner, Tarvo Resources, would pay.")
        #expect(!person.contains { $0.rule == "possessive-partner" }, "\(person)")
        let other = Self.drawn("Halbrand Mining sued a partner of Tarvo Resources.")
        #expect(!other.contains { $0.rule == "possessive-partner" }, "\(other)")
        // Other trade and service ties, over a demonym or a place: "its Chilean distributor X", "its insurer, X".
        let distributor = Self.drawn("Halbrand Pharma and its Chilean distributor Medilux were fined on Monday.")
        #expect(Self.has(distributor, "halbrand_pharma", .affiliatedWith, "medilux", rule: "possessive-partner"), "\(distributor)")
        let insurer = Self.drawn("Korvex Shipping said its insurer, Tarvo Mutual, would pay for the repairs.")
        #expect(Self.has(insurer, "korvex_shipping", .affiliatedWith, "tarvo_mutual", rule: "possessive-partner"), "\(insurer)")
        // A rival is no partner, nor an office ("its chief executive, X" is a person's office).
        let rival = Self.drawn("Korvex Bank and its rival lender Tarvo Bank cut rates on Monday.")
        #expect(!rival.contains { $0.rule == "possessive-partner" }, "\(rival)")
        let former = Self.drawn("Korvex Shipping sued its former insurer, Tarvo Mutual, on Monday.")
        #expect(!former.contains { $0.rule == "possessive-partner" }, "\(former)")
    }

    @Test("a stake described or held: 'X, a company 80 percent owned by Y', 'majority-owned by Y', 'Y, which owns 31 percent of X', 'Y holds a 12 percent stake in X'")
    func describedAndHeldStakes() {
        let described = Self.drawn("Korvex Mining, a company 80 percent owned by the Oslo-based Halbrand Group, said it would appeal.")
        #expect(Self.has(described, "korvex_mining", .memberOf, "halbrand_group", rule: "ownership-stake"), "\(described)")
        let majority = Self.drawn("Velmar Therapeutics, a Lima-based drugmaker majority-owned by the Swiss group Tarvo Pharma AG, objected.")
        #expect(Self.has(majority, "velmar_therapeutics", .memberOf, "tarvo_pharma_ag", rule: "ownership-stake"), "\(majority)")
        let held = Self.drawn("Halbrand Holdings, which owns 31 percent of Korvex Mining, objected.")
        #expect(Self.has(held, "korvex_mining", .affiliatedWith, "halbrand_holdings", rule: "stake-held"), "\(held)")
        let most = Self.drawn("Halbrand Holdings owns 60 percent of Korvex Mining.")
        #expect(Self.has(most, "korvex_mining", .memberOf, "halbrand_holdings", rule: "stake-held"), "\(most)")
        let stake = Self.drawn("The Velmar Pension Fund, which holds an 8 percent stake in Korvex Mining, said it was worried.")
        #expect(Self.has(stake, "korvex_mining", .affiliatedWith, "velmar_pension_fund", rule: "stake-held"), "\(stake)")
        // A past or a future stake and a stake in a described company give nothing; a description owned with no stake
        // stated is owned whole (`furtherOwnershipStakes`).
        let past = Self.drawn("Halbrand Holdings, which owned 31 percent of Korvex Mining, objected.")
        #expect(!past.contains { $0.rule == "stake-held" }, "\(past)")
        let future = Self.drawn("Halbrand Holdings will buy 31 percent of Korvex Mining.")
        #expect(!future.contains { $0.rule == "stake-held" }, "\(future)")
        let describedTarget = Self.drawn("Halbrand Holdings owns 40 percent of Chile's other big miner, Korvex Mining.")
        #expect(!describedTarget.contains { $0.rule == "stake-held" }, "\(describedTarget)")
        let noStake = Self.drawn("Korvex Mining, a company owned by Halbrand Group, said it would appeal.")
        #expect(noStake.contains { $0.source == "korvex_mining" && $0.predicate == .memberOf && $0.target == "halbrand_group" }, "\(noStake)")
    }

    @Test("a body's agency described before its name or its acronym in brackets: 'The UN children's agency, UNICEF', 'the U.N. human rights office (OHCHR)'")
    func apposedUnitVariants() {
        let possessive = Self.drawn("The UN children's agency, UNICEF, said on Monday that schools were hit.")
        #expect(Self.has(possessive, "unicef", .memberOf, "united_nations", rule: "apposed-unit"), "\(possessive)")
        let bracket = Self.drawn("The U.N. refugee office (VELRO) said the camp was full.")
        #expect(Self.has(bracket, "velro", .memberOf, "united_nations", rule: "apposed-unit"), "\(bracket)")
    }

    @Test("an organ named right after a description its parent's name modifies: 'the EU border agency Korvex', 'the AU peacekeeping mission VELMIS'")
    func modifierUnits() {
        let agency = Self.drawn("The EU border agency Korvex sent 40 officers to the frontier.")
        #expect(Self.has(agency, "korvex", .memberOf, "european_union", rule: "modifier-unit"), "\(agency)")
        let mission = Self.drawn("Troops of the African Union peacekeeping mission VELMIS were attacked.")
        #expect(Self.has(mission, "velmis", .memberOf, "african_union", rule: "modifier-unit"), "\(mission)")
        // A country's name before the description, a place after "in", a company's noun: no organ of a body here.
        let country = Self.drawn("The Chilean border agency Korvex sent officers.")
        #expect(!country.contains { $0.rule == "modifier-unit" }, "\(country)")
        let place = Self.drawn("Officers in the EU said the trade agency Korvex was slow. A court in Velmar Holdings ruled.")
        #expect(!place.contains { $0.rule == "modifier-unit" }, "\(place)")
        // Never over a verb: the body that sued is no parent of the regulator it sued.
        let verb = Self.drawn("Korvex Air sued regulator Velmar Authority on Monday. The Tarvel Union criticized watchdog Velmar Trust.")
        #expect(!verb.contains { $0.rule == "modifier-unit" }, "\(verb)")
    }

    @Test("a modifier organ over a lower-case noun's possessive, and a known body's description: 'the UN children's agency VELCA'")
    func modifierUnitPossessive() {
        let children = Self.drawn("The UN children's agency VELCA said schools were hit.")
        #expect(Self.has(children, "velca", .memberOf, "united_nations", rule: "modifier-unit"), "\(children)")
        // The UN named only in the description of a known agency is the UN, and the agency its organ.
        let refugees = Self.drawn("The U.N. refugee agency UNHCR said 300 people had crossed.")
        #expect(refugees.contains { $0.source == "unhcr" && $0.predicate == .memberOf && $0.target == "united_nations" }, "\(refugees)")
        // A person's possessive is no organ's parent.
        let person = Self.drawn("Lena Ortiz's lawyer's agency Korvex Talent said nothing.")
        #expect(!person.contains { $0.rule == "modifier-unit" }, "\(person)")
    }

    @Test("an armed or outlawed group a country's possessive describes after its name is in the country, no organ")
    func apposedGroups() {
        let guerrilla = Self.drawn("The Velmar Front, Colombia's largest remaining guerrilla group, bombed the pipeline.")
        #expect(Self.has(guerrilla, "velmar_front", .locatedIn, "colombia", rule: "apposed-group"), "\(guerrilla)")
        #expect(!guerrilla.contains { $0.predicate == .memberOf }, "\(guerrilla)")
        let cartel = Self.drawn("The Korvex Syndicate, Mexico's most powerful cartel, denied it.")
        #expect(Self.has(cartel, "korvex_syndicate", .locatedIn, "mexico", rule: "apposed-group"), "\(cartel)")
        // An agency so described stays the state's organ.
        let agency = Self.drawn("The Korvex Agency, Peru's border agency, said the crossing was shut.")
        #expect(Self.has(agency, "korvex_agency", .memberOf, "peru", rule: "apposed-organ"), "\(agency)")
    }

    @Test("a body a country's possessive describes before its name: 'Kalmar's anti-fraud agency, VELFA', 'Kalmar's state power utility, Velgrid'")
    func possessiveApposedBodies() {
        let agency = Self.drawn("Peru's anti-money-laundering agency, VELFA, opened an inquiry.")
        #expect(Self.has(agency, "velfa", .memberOf, "peru", rule: "possessive-apposed-organ"), "\(agency)")
        let regulator = Self.drawn("Kenya's drug regulator, the Tarvo Medicines Board, suspended the trial.")
        #expect(Self.has(regulator, "tarvo_medicines_board", .memberOf, "kenya", rule: "possessive-apposed-organ"), "\(regulator)")
        let utility = Self.drawn("Chile's state power utility, Velgrid, said output fell.")
        #expect(Self.has(utility, "velgrid", .locatedIn, "chile", rule: "possessive-apposed-company"), "\(utility)")
        // A company after the comma is in the country, not its organ; an agency is its organ.
        let company = Self.drawn("Chile's state oil company, Velpet, cut prices.")
        #expect(Self.has(company, "velpet", .locatedIn, "chile", rule: "possessive-apposed-company"), "\(company)")
        #expect(!company.contains { $0.predicate == .memberOf }, "\(company)")
        let logistics = Self.drawn("Peru's state logistics agency, Velbul, bought rice.")
        #expect(Self.has(logistics, "velbul", .memberOf, "peru", rule: "possessive-apposed-organ"), "\(logistics)")
        // A foreign buyer or an investor of the country is not in it.
        let foreign = Self.drawn("Chile's largest foreign investor, Korvex Holdings, said output fell. Peru's biggest buyer, Velmar Foods, left.")
        #expect(!foreign.contains { $0.rule == "possessive-apposed-company" }, "\(foreign)")
    }

    @Test("a body's premises in a place: 'its headquarters in Tarvel', 'the company's main factory in Dask'")
    func premises() {
        let its = Self.drawn("Korvex Textiles said on Monday that its headquarters in Lima would close.")
        #expect(Self.has(its, "korvex_textiles", .locatedIn, "lima", rule: "premises"), "\(its)")
        let factory = Self.drawn("Velmar Chemicals cut 300 jobs. A fire broke out at the company's main factory in Lima on Monday.")
        #expect(Self.has(factory, "velmar_chemicals", .locatedIn, "lima", rule: "premises"), "\(factory)")
        let agency = Self.drawn("Police raided the Tarvel Space Agency on Monday. They searched the agency's headquarters in Lima.")
        #expect(Self.has(agency, "tarvel_space_agency", .locatedIn, "lima", rule: "premises"), "\(agency)")
        let centre = Self.drawn("The Korvex Power Board said its data centre in Lima had been hacked.")
        #expect(Self.has(centre, "korvex_power_board", .locatedIn, "lima", rule: "premises"), "\(centre)")
        // A country or a person nearer "its" than the body: not the body's; no premises' noun, no place.
        let state = Self.drawn("Korvex Holdings said Peru had moved its military base in Lima.")
        #expect(!state.contains { $0.rule == "premises" }, "\(state)")
        let person = Self.drawn("The Velmar Fund said Anna Lisk had left its office in Lima.")
        #expect(!person.contains { $0.rule == "premises" }, "\(person)")
        // A body that completes another's description is not the one "its" stands for.
        let unit = Self.drawn("Velmar Pharma, a unit of Peruvian group Korvex Holdings, said its warehouse in Lima was shut.")
        #expect(Self.has(unit, "velmar_pharma", .locatedIn, "lima", rule: "premises"), "\(unit)")
        #expect(!Self.has(unit, "korvex_holdings", .locatedIn, "lima", rule: "premises"), "\(unit)")
        let other = Self.drawn("Korvex Textiles said its sales in Lima had fallen.")
        #expect(!other.contains { $0.rule == "premises" }, "\(other)")
        let minister = Self.drawn("Anna Lisk spoke on Monday. Protesters gathered outside the minister's office in Lima.")
        #expect(!minister.contains { $0.rule == "premises" }, "\(minister)")
    }

    @Test("a person 'of' a body its base's compound describes: 'Ana Ferreira of the Lima-based Korvex Institute'; not of the place")
    func personOfBasedBody() {
        let of = Self.drawn("Wong Mei Sze of the Lima-based Institute for Korvex Affairs said the vote was fair.")
        #expect(Self.has(of, "wong_mei_sze", .roleIn, "institute_for_korvex_affairs", rule: "person-of-body"), "\(of)")
        let bank = Self.drawn("Ana Ferreira of the Lima-based bank said the vote was fair.")
        #expect(!bank.contains { $0.source == "ana_ferreira" }, "\(bank)")
    }

    @Test("a facility on a river, a coast or a border: 'the Tarvo dam on the Velmar River'")
    func facilityOnPlace() {
        let dam = Self.drawn("Output at the Tarvo dam on the Velmar River fell by half.")
        #expect(Self.has(dam, "tarvo_dam", .locatedIn, "velmar_river", rule: "locative-on"), "\(dam)")
        let border = Self.drawn("Lorries waited at the Velmar crossing on Uruguay's eastern border.")
        #expect(Self.has(border, "velmar_crossing", .locatedIn, "uruguay", rule: "locative-on"), "\(border)")
        // A possessive that names no edge of the place, and a day after "on": no place.
        // (A text that ends on the place's possessive: no read past its end; the dam is Peru's then.)
        #expect(Self.has(Self.drawn("Output fell at the Tarvo dam on Peru's"), "tarvo_dam", .locatedIn, "peru", rule: "locative-on"))
        let orders = Self.drawn("Workers shut the Tarvo plant on Peru's orders on Monday.")
        #expect(!orders.contains { $0.rule == "locative-on" }, "\(orders)")
    }

    @Test("a legal form ends a company's name but is no name by itself: 'Chile's Korvex GmbH' is based there, 'Chile's NPC' an organ")
    func legalFormAloneIsNoCompany() {
        let company = Self.drawn("Chile's Korvex GmbH accused Peru of dumping.")
        #expect(Self.has(company, "korvex_gmbh", .locatedIn, "chile", rule: "possessive-company"), "\(company)")
        // ("NPC" is a legal form in GLEIF's list, and a state body's acronym in the news.)
        let organ = Self.drawn("Chile's NPC accused Peru of dumping.")
        #expect(Self.has(organ, "npc", .memberOf, "chile", rule: "possessive-organ"), "\(organ)")
    }

    @Test("organs and members: 'Chile's Foreign Ministry', 'the Quds Force of the IRGC'")
    func organs() {
        let organ = Self.drawn("Chile's Foreign Ministry protested on Monday.")
        #expect(organ.contains { $0.predicate == .memberOf && $0.target == "chile" }, "\(organ)")
        // The head before "of" is the organ's ("Board"), the country ends the name.
        let board = Self.drawn("The Rail Safety Board of Chile sent investigators to the crash site in northern Chile.")
        #expect(Self.has(board, "rail_safety_board_of_chile", .memberOf, "chile", rule: "name-inside"), "\(board)")
    }

    @Test("a state's body noun before or after its name: 'Peru's antitrust regulator VELCOM', 'the Korvala Institute, Peru's federal agency for vaccines'")
    func stateBodyNouns() {
        let regulator = Self.drawn("Peru's antitrust regulator VELCOM blocked the deal on Monday.")
        #expect(Self.has(regulator, "velcom", .memberOf, "peru", rule: "possessive-organ"), "\(regulator)")
        let apposed = Self.drawn("The Korvala Institute, Peru's federal agency for vaccines, ordered the recall.")
        #expect(Self.has(apposed, "korvala_institute", .memberOf, "peru", rule: "apposed-organ"), "\(apposed)")
        // A company described by its country is none of its organs ("Korvex, Peru's largest miner").
        let company = Self.drawn("Korvex Mining, Peru's largest copper producer, cut output.")
        #expect(!company.contains { $0.predicate == .memberOf }, "\(company)")
    }

    @Test("places: a town and its state, a capital and its country, a city's embassy")
    func places() {
        let state = Self.drawn("The plant in Bozeman, Montana, will close.")
        #expect(Self.has(state, "bozeman", .locatedIn, "montana", rule: "apposed-place"), "\(state)")
        let capital = Self.drawn("Protesters gathered in the capital of Mongolia, Ulaanbaatar, on Monday.")
        #expect(Self.has(capital, "ulaanbaatar", .locatedIn, "mongolia", rule: "capital-of"), "\(capital)")
        // A list of countries is no capital.
        let list = Self.drawn("Envoys went to the capital of Chile, Peru and Bolivia.")
        #expect(!list.contains { $0.rule == "capital-of" }, "\(list)")
        // A list with a phrase on one item is no town and its country.
        let tour = Self.drawn("She served in the Sinai Peninsula, Panama for Operation Bright Star, Somalia and Iraq.")
        #expect(!tour.contains { $0.rule == "apposed-place" }, "\(tour)")
        let town = Self.drawn("The plant in Bozeman, Montana for a decade, closed.")
        #expect(Self.has(town, "bozeman", .locatedIn, "montana", rule: "apposed-place"), "\(town)")
    }

    @Test("a body and the place ending its phrase: 'Halvern University, New Jersey,'; not a list nor a speaker")
    func bodyAndPlace() {
        let body = Self.drawn("Halvern University, New Jersey, hosted the talks.")
        #expect(Self.has(body, "halvern_university", .locatedIn, "new_jersey", rule: "apposed-place"), "\(body)")
        let list = Self.drawn("Halvern University, New Jersey, and Ohio signed the pact.")
        #expect(!list.contains { $0.rule == "apposed-place" }, "\(list)")
    }

    @Test("'Lena Ortiz and her friend Anna Lisk': a tie between two people; a cousin is no affiliation")
    func personalTies() {
        let tie = Self.drawn("Lena Ortiz and her friend Anna Lisk were arrested in Lima.")
        #expect(Self.has(tie, "anna_lisk", .affiliatedWith, "lena_ortiz", rule: "possessive-tie"), "\(tie)")
        let kin = Self.drawn("Lena Ortiz and her cousin Anna Lisk were arrested in Lima.")
        #expect(!kin.contains { $0.rule == "possessive-tie" }, "\(kin)")
    }

    @Test("a state's naval, border or ground force named with the state is its organ")
    func stateForces() {
        let forces = Self.drawn("The Kuwait Naval Force and the Chilean Border Force seized the ship.")
        #expect(Self.has(forces, "kuwait_naval_force", .memberOf, "kuwait", rule: "name-prefix"), "\(forces)")
        #expect(Self.has(forces, "chilean_border_force", .memberOf, "chile", rule: "name-prefix"), "\(forces)")
        // A body named by another body's name and "of" is that kind of body, not its part.
        let court = Self.drawn("The Supreme Court of Chile and the Supreme Court of Appeal ruled on Monday.")
        #expect(!court.contains { $0.rule == "name-prefix" && $0.target == "supreme_court" }, "\(court)")
    }

    @Test("an organization's person works for it: 'the Velmar Broadcasting Corporation's Lena Ortiz'")
    func staff() {
        let staff = Self.drawn("The Velmar Broadcasting Corporation's Lena Ortiz reported from the border.")
        #expect(staff.contains { $0.predicate == .roleIn && $0.source == "lena_ortiz" && $0.rule == "possessive-staff" }, "\(staff)")
        // A name before a noun names a thing, not a person.
        let thing = Self.drawn("The Velmar Broadcasting Corporation's Anna Lisk prize went to a poet.")
        #expect(!thing.contains { $0.rule == "possessive-staff" }, "\(thing)")
        // A country's person is not staff.
        let country = Self.drawn("Chile's Lena Ortiz won the race.")
        #expect(!country.contains { $0.rule == "possessive-staff" }, "\(country)")
    }

    @Test("a company 'of' a known city is the company, located in the city: 'Korvex of Temuco', not 'University of Temuco'")
    func companyOfPlace() {
        let drawn = Self.drawn(
            "The agency chose Korvex of Temuco, Chile, and Velmar Holding of Rancagua over the University of Antofagasta.")
        #expect(Self.has(drawn, "korvex", .locatedIn, "temuco", rule: "of-place"), "\(drawn)")
        #expect(Self.has(drawn, "velmar_holding", .locatedIn, "rancagua", rule: "of-place"), "\(drawn)")
        #expect(!drawn.contains { $0.source.hasPrefix("university") && $0.predicate == .locatedIn }, "\(drawn)")
    }

    @Test("a country's name of two words with no organ's head word is a company or a club there: 'Peru's Sporting Korvala', not 'Chile's Guardia Civil' nor 'Chile's Veldsa voted'; one unknown word too: 'Italy's Korvalo'")
    func possessiveNameWithoutOrganHead() {
        let drawn = Self.drawn("Peru's Sporting Korvala won the match.")
        #expect(Self.has(drawn, "sporting_korvala", .locatedIn, "peru", rule: "possessive-company"), "\(drawn)")
        #expect(!drawn.contains { $0.predicate == .memberOf }, "\(drawn)")
        // One unknown word that votes or rules names a legislature or a court, and an acronym as often a service as
        // a company: the organ reading stays.
        let one = Self.drawn("Chile's Veldsa voted on the bill. Peru's TVK said so.")
        #expect(one.contains { $0.source == "veldsa" && $0.predicate == .memberOf && $0.target == "chile" }, "\(one)")
        #expect(one.contains { $0.source == "tvk" && $0.predicate == .memberOf && $0.target == "peru" }, "\(one)")
        #expect(!one.contains { $0.predicate == .locatedIn }, "\(one)")
        // Else one unknown word is a company there, and "Air" or "Royal" in a name is no service's word.
        let company = Self.drawn(
            "The largest supplier is Italy's Korvalo. Norway's Velk Air grounded six jets. Belgium's Royal Sporting Tarve lost.")
        #expect(Self.has(company, "korvalo", .locatedIn, "italy", rule: "possessive-company"), "\(company)")
        #expect(Self.has(company, "velk_air", .locatedIn, "norway", rule: "possessive-company"), "\(company)")
        #expect(Self.has(company, "royal_sporting_tarve", .locatedIn, "belgium", rule: "possessive-company"), "\(company)")
        #expect(!company.contains { $0.predicate == .memberOf }, "\(company)")
        // A company's last word that is also a portfolio's ("Energy Solution", "Petroleum Engineering") or a carrier's ("Lines").
        let heads = Self.drawn(
            "South Korea's Hanvel Energy Solution will build it. China's Tarsel Petroleum Engineering holds 20 percent. Japan's Korvo Lines said so.")
        #expect(Self.has(heads, "hanvel_energy_solution", .locatedIn, "south_korea", rule: "possessive-company"), "\(heads)")
        #expect(Self.has(heads, "tarsel_petroleum_engineering", .locatedIn, "china", rule: "possessive-company"), "\(heads)")
        #expect(Self.has(heads, "korvo_lines", .locatedIn, "japan", rule: "possessive-company"), "\(heads)")
        #expect(!heads.contains { $0.predicate == .memberOf }, "\(heads)")
        // An organ's head word keeps it an organ, and so does a body's noun after the name or an organ's longer name
        // given before its acronym.
        let organs = Self.drawn(
            "The National Water Office (NWO) said so. Peru's Defence Ministry, Chile's TARVEX investigation agency and Peru's NWO agreed. Peru's Joint Chiefs of Staff and Chile's Guardia Civil said so.")
        #expect(organs.contains { $0.source.contains("defence") && $0.predicate == .memberOf && $0.target == "peru" }, "\(organs)")
        #expect(organs.contains { $0.source == "tarvex" && $0.predicate == .memberOf && $0.target == "chile" }, "\(organs)")
        #expect(organs.contains { $0.source == "national_water_office" && $0.predicate == .memberOf && $0.target == "peru" }, "\(organs)")
        #expect(!organs.contains { $0.predicate == .locatedIn }, "\(organs)")
    }

    @Test("the party of a person, who leads it: 'the Velmar party of billionaire Anna Lisk', '…, the party of former President X'")
    func partyOfPerson() {
        let drawn = Self.drawn(
            "PRAGUE — The Velmar party of billionaire Anna Lisk signed the deal. The Renewal Movement (RM), the party of former President Tomas Brel, backed the motion, as did the Unity movement, the party of Jorge Ramos.")
        #expect(Self.has(drawn, "anna_lisk", .leads, "velmar_party", rule: "party-of-person"), "\(drawn)")
        #expect(drawn.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target.hasPrefix("renewal") }, "\(drawn)")
        #expect(drawn.contains { $0.source == "jorge_ramos" && $0.predicate == .leads && $0.target.hasPrefix("unity") }, "\(drawn)")
        // Not a person's own possession, nor a place after "of".
        let other = Self.drawn("The Velmar party of Chile said the Unity party of Anna Lisk's rivals had lost.")
        #expect(!other.contains { $0.predicate == .leads }, "\(other)")
    }

    @Test("a country's company named with a company's noun after it is located there: 'Kalmar's Al-Vantar news agency'")
    func possessiveCompanyNoun() {
        let drawn = Self.drawn("The claim was cited by Chile's Al-Vantar news agency and Peru's Korvex shipping firm.")
        #expect(Self.has(drawn, "al_vantar", .locatedIn, "chile", rule: "possessive-company"), "\(drawn)")
        #expect(Self.has(drawn, "korvex", .locatedIn, "peru", rule: "possessive-company"), "\(drawn)")
        #expect(!drawn.contains { $0.predicate == .memberOf }, "\(drawn)")
        // A company's legal form as the description's noun: "Russia's state nuclear corporation Rosatom".
        let corporation = Self.drawn("Tarvel chose Peru's state mining corporation Korvexa to build the plant.")
        #expect(Self.has(corporation, "korvexa", .locatedIn, "peru", rule: "possessive-company"), "\(corporation)")
        #expect(!corporation.contains { $0.predicate == .memberOf }, "\(corporation)")
    }

    @Test("possessive and apposed bodies: 'Peru's state-owned Korvex Ports', 'Velmarco, the EU border agency', 'the court's Grand Chamber'")
    func possessiveAndApposedBodies() {
        let owned = Self.drawn("The group also includes Peru's state-owned Korvex Ports.")
        #expect(Self.has(owned, "korvex_ports", .locatedIn, "peru", rule: "possessive-owned-company"), "\(owned)")
        let agency = Self.drawn("Velmarco, the EU border agency, sent 40 officers to the island.")
        #expect(Self.has(agency, "velmarco", .memberOf, "european_union", rule: "apposed-organ"), "\(agency)")
        // A company described by a bloc is not its organ.
        let company = Self.drawn("Velmarco, the EU trade company, sent 40 officers to the island.")
        #expect(!company.contains { $0.predicate == .memberOf }, "\(company)")
        // An indefinite description, a participle after it; not a body after a preposition.
        let indefinite = Self.drawn("Velmar Relief, a U.N. agency headquartered in Vienna, opened two offices.")
        #expect(Self.has(indefinite, "velmar_relief", .memberOf, "united_nations", rule: "apposed-organ"), "\(indefinite)")
        let letter = Self.drawn("In a letter to Velmar Relief, the U.N. agency headquartered in Vienna asked for funds.")
        #expect(!letter.contains { $0.predicate == .memberOf }, "\(letter)")
        let indefiniteCompany = Self.drawn("Velmarco, an EU trade company, sent 40 officers to the island.")
        #expect(!indefiniteCompany.contains { $0.predicate == .memberOf }, "\(indefiniteCompany)")
        let port = Self.drawn("LIMA — Peru sold a stake in the Port of Velmar, the country's only deep-water harbour, on Monday.", mainCountry: "peru")
        #expect(port.contains { $0.predicate == .locatedIn && $0.target == "peru" && $0.rule == "apposed-country-place" }, "\(port)")
        let chamber = Self.drawn("The European Court of Human Rights ruled on Monday. The court's Grand Chamber will hear the appeal.")
        #expect(chamber.contains { $0.predicate == .memberOf && $0.rule == "possessive-antecedent" }, "\(chamber)")
    }

    @Test("a compass word between a country's possessive and its place: 'Chile's northern Antofagasta region'")
    func possessedPlaceAfterCompassWord() {
        let region = Self.drawn("Floods hit Chile's northern Antofagasta region on Monday.")
        #expect(Self.has(region, "antofagasta", .locatedIn, "chile", rule: "possessive-place"), "\(region)")
        // A town in that region is in the region, not (only) in the country.
        let town = Self.drawn("Rebels attacked the town of Tarvelo in Chile's northern Antofagasta region on Monday.")
        #expect(town.contains { $0.source == "tarvelo" && $0.predicate == .locatedIn && $0.target == "antofagasta" }, "\(town)")
        #expect(!town.contains { $0.source == "tarvelo" && $0.predicate == .locatedIn && $0.target == "chile" }, "\(town)")
    }

    @Test("adjectives between a country's possessive and a place a place noun closes: 'Peru's semi-autonomous Varno region'")
    func possessedPlaceAfterAdjectives() {
        let region = Self.drawn("Gunmen seized a ship off Peru's semi-autonomous Varno region on Monday.")
        #expect(Self.has(region, "varno", .locatedIn, "peru", rule: "possessive-place"), "\(region)")
        let restive = Self.drawn("Officials in Peru's restive Varno province held a vote.")
        #expect(Self.has(restive, "varno", .locatedIn, "peru", rule: "possessive-place"), "\(restive)")
        // No place noun after the name: no place read over the adjective.
        let bare = Self.drawn("Officials in Peru's restive Varno held a vote.")
        #expect(!bare.contains { $0.source == "varno" && $0.predicate == .locatedIn }, "\(bare)")
    }

    @Test("a body described as a company or group in a place: 'Korvex, a shipping firm based in Arica'")
    func describedBody() {
        let based = Self.drawn("Korvex Freight, a shipping firm based in Arica, said it would appeal.")
        #expect(Self.has(based, "korvex_freight", .locatedIn, "arica", rule: "described-body"), "\(based)")
        let group = Self.drawn("Velmar Relief, a civil protection group in northern Chile, sent rescuers.")
        #expect(Self.has(group, "velmar_relief", .locatedIn, "chile", rule: "described-body"), "\(group)")
        // Working in a place is not being there: "a firm that operates in Peru".
        let operates = Self.drawn("Korvex Freight, a shipping firm that operates in Peru, said it would appeal.")
        #expect(!operates.contains { $0.rule == "described-body" }, "\(operates)")
        // A hyphenated noun before the body's noun, and the place after a kind of place and "of".
        let hyphen = Self.drawn("The insurer hired Velmar Salvage, a clean-up firm based in Arica.")
        #expect(Self.has(hyphen, "velmar_salvage", .locatedIn, "arica", rule: "described-body"), "\(hyphen)")
        let port = Self.drawn("The ship belongs to Korvex Freight, a company based in the Chilean port of Arica.")
        #expect(Self.has(port, "korvex_freight", .locatedIn, "arica", rule: "described-body"), "\(port)")
        // After an acronym in brackets, and over a possessive in the description.
        let acronym = Self.drawn("The claims came from Velmar Women for Peace (VWP), a women's group based in Arica, on Monday.")
        #expect(Self.has(acronym, "velmar_women_for_peace", .locatedIn, "arica", rule: "described-body"), "\(acronym)")
        // Not a clause after the brackets: "(VWP), a claim the group based in Arica denied" has no body noun before "based".
        let clause = Self.drawn("The claims named Velmar Women for Peace (VWP), a claim that officials in Arica denied.")
        #expect(!clause.contains { $0.rule == "described-body" }, "\(clause)")
    }

    @Test("a body's seat: 'X, a trading house based in Y' (a seat word with no body noun), 'X, based in the Indian state of Y', 'based in the north of Y'")
    func seatInApposition() {
        let house = Self.drawn("The estate sells its beans through Korvex Exportadora, a trading house based in Arica.")
        #expect(Self.has(house, "korvex_exportadora", .locatedIn, "arica", rule: "described-body"), "\(house)")
        let state = Self.drawn("Tarvo Pharma Ltd, based in the Indian state of Gujarat, said it had never sold the drug.")
        #expect(Self.has(state, "tarvo_pharma_ltd", .locatedIn, "gujarat", rule: "described-body"), "\(state)")
        let north = Self.drawn("Velmar Pharma Ltd, based in the north of England, said it had never sold the drug.")
        #expect(Self.has(north, "velmar_pharma_ltd", .locatedIn, "england", rule: "described-body"), "\(north)")
        // Not "near" a place, nor a part of the place with no name after "of".
        let near = Self.drawn("The estate sells its beans through Korvex Exportadora, a trading house based near Arica.")
        #expect(!near.contains { $0.rule == "described-body" }, "\(near)")
        let country = Self.drawn("Velmar Pharma Ltd, based in the north of the country, said Arica was calm.")
        #expect(!country.contains { $0.rule == "described-body" }, "\(country)")
    }

    @Test("an organ or mission named after an international body: 'the U.N. Support Mission in Libya', 'the European Union Mission in Armenia'")
    func blocOrgan() {
        let mission = Self.drawn("The United Nations called for calm. The U.N. Support Mission in Libya (UNSMIL) said fighting had stopped in Libya.")
        #expect(Self.has(mission, "u_n_support_mission_in_libya", .memberOf, "united_nations", rule: "bloc-organ"), "\(mission)")
        #expect(Self.has(mission, "u_n_support_mission_in_libya", .locatedIn, "libya", rule: "bloc-organ"), "\(mission)")
        let eu = Self.drawn("The European Union Mission in Armenia (EUMA) sent patrols to the border of Armenia, the European Union said.")
        #expect(Self.has(eu, "european_union_mission_in_armenia", .memberOf, "european_union", rule: "bloc-organ"), "\(eu)")
        // A known organ written with the body's name first: drawn from the name itself.
        let council = Self.drawn("The United Nations said the U.N. Security Council would meet.")
        #expect(Self.has(council, "un_security_council", .memberOf, "united_nations", rule: "name-prefix"), "\(council)")
        // A known body named by its description: "the UN refugee agency, UNHCR".
        let alias = Self.drawn("The United Nations met. The UN refugee agency, UNHCR, said 40 people died.")
        #expect(alias.contains { $0.source == "unhcr" && $0.predicate == .memberOf && $0.target == "united_nations" }, "\(alias)")
        // A body's name that no organ's or mission's head word closes is no organ of it.
        let women = Self.drawn("The United Nations said the United Nations Foundation would help.")
        #expect(!women.contains { $0.rule == "bloc-organ" }, "\(women)")
    }

    @Test("a body described as the country's: 'Velbank, the country's fifth-largest lender', 'one of the country's largest beef exporters'")
    func countryBody() {
        let lender = Self.drawn("Depositors queued in Mongolia. Velbank, the country's fifth-largest lender, closed its doors.", mainCountry: "mongolia")
        #expect(Self.has(lender, "velbank", .locatedIn, "mongolia", rule: "apposed-country-body"), "\(lender)")
        let two = Self.drawn("Savers in Mongolia queued outside Korvan Bank and Delmar Bank, the country's two largest lenders, on Monday.", mainCountry: "mongolia")
        #expect(Self.has(two, "korvan_bank", .locatedIn, "mongolia", rule: "apposed-country-body"), "\(two)")
        #expect(Self.has(two, "delmar_bank", .locatedIn, "mongolia", rule: "apposed-country-body"), "\(two)")
        // The country the sentence named before the body, not the one the text is about.
        let exporter = Self.drawn("Peru accused Vastra Foods, one of the country's largest beef exporters, of fraud.", mainCountry: "mongolia")
        #expect(Self.has(exporter, "vastra_foods", .locatedIn, "peru", rule: "apposed-country-body"), "\(exporter)")
        // A description that is no body: "the country's most famous brand".
        let brand = Self.drawn("Velbank, the country's most famous brand, closed.", mainCountry: "mongolia")
        #expect(!brand.contains { $0.rule == "apposed-country-body" }, "\(brand)")
    }

    @Test("places as parts of places: 'Nukus, the capital of the autonomous Karakalpakstan region', 'Assam's Dhubri district', 'the Sunan area of Pyongyang'")
    func placesOfPlaces() {
        let capital = Self.drawn("Crowds gathered in Nukus, the capital of the autonomous Karakalpakstan region, on Sunday.")
        #expect(Self.has(capital, "nukus", .locatedIn, "karakalpakstan", rule: "apposed-capital"), "\(capital)")
        let district = Self.drawn("Protests spread to Assam's Dhubri district on Monday.")
        #expect(Self.has(district, "dhubri", .locatedIn, "assam", rule: "possessive-place"), "\(district)")
        let area = Self.drawn("The missile was fired from the Sunan area of Pyongyang.")
        #expect(Self.has(area, "sunan", .locatedIn, "pyongyang", rule: "place-of"), "\(area)")
        // A settlement named after its noun lies in the place before it: "the Ohio city of Akron", not Ohio in Akron.
        let city = Self.drawn("The river also supplies the Ohio city of Akron.")
        #expect(Self.has(city, "akron", .locatedIn, "ohio", rule: "place-of"), "\(city)")
        #expect(!city.contains { $0.source == "ohio" && $0.predicate == .locatedIn }, "\(city)")
        // A capital of a list is none of one: "Goma, the capital of North Kivu and South Kivu".
        let list = Self.drawn("Rebels took Goma, the capital of North Kivu's neighbour, on Monday.")
        #expect(!list.contains { $0.rule == "apposed-capital" }, "\(list)")
        // Over the place's size: "a city of 40,000 people in the northern state of X".
        let sized = Self.drawn("Troops reached Velsoro, a city of 80,000 people in the southern state of Velmoria, on Monday.")
        #expect(Self.has(sized, "velsoro", .locatedIn, "velmoria", rule: "apposed-capital"), "\(sized)")
        // "a city of 240,000 people" alone names no place it is in.
        let other = Self.drawn("Peru said its forces held two men captured in the eastern Tarvelo region.", mainCountry: "kenya")
        #expect(!other.contains { $0.rule == "kind-place" }, "\(other)")
        let bare = Self.drawn("Troops reached Velsoro, a city of 80,000 people, on Monday.")
        #expect(!bare.contains { $0.rule == "apposed-capital" }, "\(bare)")
    }

    @Test("places described by their country or city: 'Tarvel, the Chilean capital', 'the Peruvian coastal town of X', 'Lima's X airport'")
    func placesDescribedByCountry() {
        let capital = Self.drawn("Delegates met in Tarvelu, the Chilean capital, on Monday.")
        #expect(Self.has(capital, "tarvelu", .locatedIn, "chile", rule: "apposed-demonym-place"), "\(capital)")
        let town = Self.drawn("Fishermen in the Peruvian coastal town of Malvasi said the boat sank.")
        #expect(Self.has(town, "malvasi", .locatedIn, "peru", rule: "adjective-place"), "\(town)")
        let island = Self.drawn("Tourists left the Chinese island of Velmaro on Monday.")
        #expect(Self.has(island, "velmaro", .locatedIn, "china", rule: "adjective-place"), "\(island)")
        // An edge's noun or a second place noun before the place noun: "the Kenyan border town", "the Kenyan port city".
        let border = Self.drawn("Police in the Kenyan border town of Velsoro said the camp had closed.")
        #expect(Self.has(border, "velsoro", .locatedIn, "kenya", rule: "adjective-place"), "\(border)")
        let portCity = Self.drawn("Ships left the Kenyan port city of Velsoro on Monday.")
        #expect(Self.has(portCity, "velsoro", .locatedIn, "kenya", rule: "adjective-place"), "\(portCity)")
        // Negatives: the border itself, and a town named after the border, are not the country's place here.
        let edge = Self.drawn("Kenyan border guards stopped trucks near the town of Velsoro on Monday.")
        #expect(!edge.contains { $0.rule == "adjective-place" }, "\(edge)")
        let past = Self.drawn("Troops crossed the Kenyan border, the town of Velsoro said on Monday.")
        #expect(!past.contains { $0.rule == "adjective-place" }, "\(past)")
        // "the Kenyan town's mayor" is no place of Kenya's named here.
        let mayor = Self.drawn("Malvasi, the Peruvian town's oldest port, reopened.")
        #expect(!mayor.contains { $0.rule == "apposed-demonym-place" }, "\(mayor)")
        let airport = Self.drawn("Flights at Lima's Anselmo Brel airport resumed on Monday.")
        #expect(Self.has(airport, "anselmo_brel_airport", .locatedIn, "lima", rule: "possessive-facility"), "\(airport)")
    }

    @Test("'in the eastern X region' is in the text's country, 'the X region of Y' in Y; not 'near the X region'; 'the Kalmari industrial cities of A and B' puts each in the country")
    func regionsAndCityLists() {
        let region = Self.drawn("Kenyan police raided a farm in the eastern Tarvelo region on Monday.", mainCountry: "kenya")
        #expect(Self.has(region, "tarvelo", .locatedIn, "kenya", rule: "kind-place"), "\(region)")
        let of = Self.drawn("Floods hit the eastern Tarvelo region of Peru.", mainCountry: "kenya")
        #expect(Self.has(of, "tarvelo", .locatedIn, "peru", rule: "place-of"), "\(of)")
        #expect(!of.contains { $0.source == "tarvelo" && $0.target == "kenya" }, "\(of)")
        let near = Self.drawn("Kenyan police said the camp lay near the eastern Tarvelo region.", mainCountry: "kenya")
        #expect(!near.contains { $0.rule == "kind-place" }, "\(near)")
        let other = Self.drawn("Peru said its forces held two men captured in the eastern Tarvelo region.", mainCountry: "kenya")
        #expect(!other.contains { $0.rule == "kind-place" }, "\(other)")
        let bare = Self.drawn("Kenyan police raided a farm in the Tarvelo region on Monday.", mainCountry: "kenya")
        #expect(!bare.contains { $0.rule == "kind-place" }, "\(bare)")
        let cities = Self.drawn("Protests spread to the Kenyan industrial cities of Nakuru, Eldoret and Kisumu.")
        for city in ["nakuru", "eldoret", "kisumu"] {
            #expect(Self.has(cities, city, .locatedIn, "kenya", rule: "adjective-places"), "\(cities)")
        }
        // Negative: cities "near" the list are not the country's by this rule.
        let notList = Self.drawn("Kenyan industrial cities near Nakuru and Eldoret were hit.")
        #expect(!notList.contains { $0.rule == "adjective-places" }, "\(notList)")
    }

    @Test("a place named by its kind alone: 'in the eastern city of X' is in the sentence's country; not 'near', 'north of'")
    func placesByKind() {
        let city = Self.drawn("Kenyan police raided a radio station in the eastern city of Tarvelo on Monday.", mainCountry: "kenya")
        #expect(Self.has(city, "tarvelo", .locatedIn, "kenya", rule: "kind-place-of"), "\(city)")
        // The text's country, not another the sentence names.
        let state = Self.drawn("Peru said China's debris fell on a farm in the northeastern state of Velmoria.", mainCountry: "peru")
        #expect(Self.has(state, "velmoria", .locatedIn, "peru", rule: "kind-place-of"), "\(state)")
        #expect(!Self.has(state, "velmoria", .locatedIn, "china", rule: "kind-place-of"), "\(state)")
        // Negatives: "near", "north of", "said in <city>", no country of the text.
        let near = Self.drawn("Kenyan police said the camp lay near the eastern city of Tarvelo.", mainCountry: "kenya")
        #expect(!near.contains { $0.rule == "kind-place-of" }, "\(near)")
        let north = Self.drawn("Kenyan police said the camp lay north of the eastern city of Tarvelo.", mainCountry: "kenya")
        #expect(!north.contains { $0.rule == "kind-place-of" }, "\(north)")
        let said = Self.drawn("Kenyan police said in Tarvelo that the camp had closed.", mainCountry: "kenya")
        #expect(!said.contains { $0.rule == "kind-place-of" }, "\(said)")
        let none = Self.drawn("Engineers went to the southern town of Velsoro.")
        #expect(!none.contains { $0.rule == "kind-place-of" }, "\(none)")
        // The text's country is the one its dateline names after its place (a place the lexicon does not know),
        // though the lede names another country as the object and the text names that one more often.
        func keys(_ text: String) -> Set<String> {
            Set(Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        }
        let dateline = keys(
            "SAO VELMARA, Peru, July 8 (Reuters) - Peru has asked Chile to pay compensation after a Chilean rocket stage "
                + "fell on a farm in the northeastern state of Tarvelia, Peru's Foreign Ministry said. Chile said it saw no "
                + "evidence. Chile's space agency said Chile would study the claim, and Chile's envoy met officials.")
        #expect(dateline.contains("tarvelia located_in peru"), "\(dateline)")
        #expect(!dateline.contains("tarvelia located_in chile"), "\(dateline)")
        // Negative: a dateline naming a venue and its country, a lede naming only another country, which the text
        // names more: the state is in the lede's country, not the venue's.
        let venue = keys(
            "SAO VELMARA, Switzerland — An arbitration panel ruled on Tuesday that Peru had broken a mining contract in "
                + "the northern state of Tarvelia. Peru said it would appeal, and Peru's courts agreed.")
        #expect(venue.contains("tarvelia located_in peru"), "\(venue)")
        #expect(!venue.contains("tarvelia located_in switzerland"), "\(venue)")
    }

    @Test("lists paired in order: 'the envoys of A, B and C — X, Y and Z', 'X and Y, the presidents of A and B'")
    func pairedOffices() {
        let envoys = Self.drawn("The top envoys of Chile, Peru and Bolivia — Ana Cruz, Jorge Palma and Luis Rey — spoke by phone.")
        #expect(Self.has(envoys, "ana_cruz", .roleIn, "chile", rule: "paired-office"), "\(envoys)")
        #expect(Self.has(envoys, "jorge_palma", .roleIn, "peru", rule: "paired-office"), "\(envoys)")
        #expect(Self.has(envoys, "luis_rey", .roleIn, "bolivia", rule: "paired-office"), "\(envoys)")
        // One relation per pair, never each with each.
        #expect(envoys.filter { $0.rule == "paired-office" }.count == 3, "\(envoys)")
        let presidents = Self.drawn("Lena Ortiz and Marco Velo, the presidents of Chile and Peru, signed the pact.")
        #expect(Self.has(presidents, "lena_ortiz", .leads, "chile", rule: "paired-office"), "\(presidents)")
        #expect(Self.has(presidents, "marco_velo", .leads, "peru", rule: "paired-office"), "\(presidents)")
        let after = Self.drawn("The foreign ministers of Chile and Peru, Anna Lisk and Tomas Brel, met in Lima.")
        #expect(Self.has(after, "tomas_brel", .roleIn, "peru", rule: "paired-office"), "\(after)")
        // Lists of different lengths pair nothing.
        let uneven = Self.drawn("The ministers of Chile and Peru, Anna Lisk, met in Lima.")
        #expect(!uneven.contains { $0.rule == "paired-office" }, "\(uneven)")
        // A list cut off by the text's end is no list (this read past the last token).
        for text in ["The presidents of France, and", "The presidents of France and Germany, and", "The envoys of Chile,"] {
            #expect(!Self.drawn(text).contains { $0.rule == "paired-office" }, "\(text)")
        }
        // Nine people and nine countries: longer than the longest list paired.
        let countries = ["Chile", "Peru", "Bolivia", "Ecuador", "Uruguay", "Paraguay", "Colombia", "Panama", "Cuba"]
        let people = ["Ana Cruz", "Jorge Palma", "Luis Rey", "Eva Lunt", "Ida Mora", "Otto Vale", "Rita Sol", "Hugo Pax", "Nina Roe"]
        func list(_ names: [String]) -> String { names.dropLast().joined(separator: ", ") + " and " + names.last! }
        let long = Self.drawn("The envoys of \(list(countries)) — \(list(people)) — spoke by phone.")
        #expect(!long.contains { $0.rule == "paired-office" }, "\(long)")
    }

    @Test("'whose' reads as a possessive: 'Peru, whose Interior Ministry', 'Peru, whose port of Callao'")
    func whoseOrgan() {
        func keys(_ text: String) -> Set<String> {
            Set(Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        }
        let organ = keys("The talks were hosted by Peru, whose Interior Ministry said on Monday that the border was calm.")
        #expect(organ.contains("peru_interior_ministry member_of peru") || organ.contains { $0.hasSuffix("member_of peru") && $0.contains("interior_ministry") }, "\(organ)")
        let place = keys("The ships sailed to Peru, whose port of Callao was closed on Monday.")
        #expect(place.contains("callao located_in peru"), "\(place)")
        // A person's "whose" names no organ of theirs but a party.
        let person = keys("The vote was won by Lena Varga, whose Interior Ministry post ended in May.")
        #expect(!person.contains { $0.contains("member_of lena_varga") }, "\(person)")
        // No "whose": a name after a comma is no organ.
        let none = keys("The talks were hosted by Peru, the Interior Ministry said on Monday.")
        #expect(!none.contains { $0.hasSuffix("member_of peru") }, "\(none)")
    }

    @Test("an acronym in brackets stands for its name before ', whose' and an apposition: 'the Velmar Guard Corps (VGC), whose Border Force'")
    func acronymBeforeWhose() {
        let whose = Self.drawn("The oil was sold for Chile's Velmar Guard Corps (VGC), whose Border Force uses the money to arm allies.")
        #expect(whose.contains { $0.source == "border_force" && $0.predicate == .memberOf && $0.rule == "whose-organ" }, "\(whose)")
    }

    @Test("a person's party after 'whose': a member, or its leader after 'leader'")
    func whoseParty() {
        let member = Self.drawn("He blamed President Lena Varga, whose pro-European Party of Renewal (PR) wants a majority.")
        #expect(member.contains { $0.source == "lena_varga" && $0.predicate == .memberOf && $0.rule == "whose-party" }, "\(member)")
        let leader = Self.drawn("Opposition leader Tomas Brel, whose Korvan Unity party won a majority, said the vote was rigged.")
        #expect(leader.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.rule == "whose-party" }, "\(leader)")
        // Not a party: nothing.
        let firm = Self.drawn("Tomas Brel, whose Korvex Logistics employs 400 people, said sales fell.")
        #expect(!firm.contains { $0.rule == "whose-party" }, "\(firm)")
    }

    @Test("a country's group or site is in it, not its organ: 'Chile's Velmar movement'; 'Peru's state copper miner X'")
    func possessiveGroup() {
        let movement = Self.drawn("Chile's Velmar movement claimed the attack.")
        #expect(Self.has(movement, "velmar_movement", .locatedIn, "chile", rule: "possessive-group"), "\(movement)")
        #expect(!movement.contains { $0.predicate == .memberOf }, "\(movement)")
        let miner = Self.drawn("The deal was signed by Peru's state copper miner Korvex on Monday.")
        #expect(Self.has(miner, "korvex", .locatedIn, "peru", rule: "possessive-company"), "\(miner)")
        // An organ keeps member_of.
        let organ = Self.drawn("Peru's Interior Ministry denied it.")
        #expect(organ.contains { $0.predicate == .memberOf && $0.target == "peru" }, "\(organ)")
    }

    @Test("a club described by its country: 'Belgian club Royal Korvex'")
    func demonymClub() {
        let club = Self.drawn("The group also owns Belgian club Royal Korvex Athletic.")
        #expect(club.contains { $0.predicate == .locatedIn && $0.target == "belgium" && $0.rule == "demonym-company" }, "\(club)")
    }

    @Test("a body's members listed beside its name: 'X, which also includes A and B', 'A and B are founding members of X', 'X, a bloc formed by A and B', 'A and B formed their own bloc, X'")
    func memberList() {
        func members(_ text: String, _ body: String) -> Set<String> {
            Set(Self.drawn(text).filter { $0.predicate == .memberOf && $0.target == body && $0.rule == "member-list" }.map(\.source))
        }
        let union = "velmar_economic_community"
        #expect(members("Talks stalled at the Velmar Economic Community, which also includes Peru, Chile and Bolivia.", union) == ["peru", "chile", "bolivia"])
        #expect(members("Peru and Chile are founding members of the Velmar Economic Community, which also includes Bolivia.", union) == ["peru", "chile", "bolivia"])
        #expect(members("The Velmar Economic Community, whose members are Peru and Chile, met on Monday.", union) == ["peru", "chile"])
        #expect(members("The Velmar Economic Community's members include Peru and Chile.", union) == ["peru", "chile"])
        #expect(members("Peru joined the Velmar Economic Community, of which Chile is a founding member.", union) == ["chile"])
        #expect(members("The talks were held at the Velmar Economic Community, to which Chile and Peru belong.", union) == ["chile", "peru"])
        #expect(members("Bolivia asked to join the Velmar Economic Community, a trade bloc formed by Peru and Chile in 2011.", union) == ["peru", "chile"])
        #expect(members("Ties soured after Peru, Chile and Bolivia quit the Andes Council and formed their own confederation, the Velmar Economic Community.", union) == ["peru", "chile", "bolivia"])
        #expect(members("Peru, Chile and Bolivia, all ruled by juntas, left it in 2024 to form the Velmar Economic Community.", union) == ["peru", "chile", "bolivia"])
        #expect(members("Officials met Chile, a Velmar Economic Community member since 2020, on Monday.", union) == ["chile"])
        // Two bodies joined by "and" before "member": each; not a person's or a place's name before "and".
        #expect(members("Chile, a Kalar Alliance and Velmar Economic Community member, met Peru.", union) == ["chile"])
        #expect(members("Chile, a Kalar Alliance and Velmar Economic Community member, met Peru.", "kalar_alliance") == ["chile"])
        #expect(members("Chile, a Lima and Velmar Economic Community member, met Peru.", union).isEmpty)
        // After a comma, "a member" is the last name only; "former" and "observer" members are none.
        #expect(members("The talks with Peru and Chile, a member of the Velmar Economic Community, failed.", union) == ["chile"])
        #expect(members("Peru and Chile are former members of the Velmar Economic Community.", union).isEmpty)
        #expect(members("Peru is an observer member of the Velmar Economic Community.", union).isEmpty)
        // Founded by another, or not yet: "urged X to create", "voted to launch".
        #expect(members("Chile and Peru urged Brazil to create the Velmar Economic Community.", union).isEmpty)
        #expect(members("Chile and Peru voted to launch the Velmar Economic Community.", union).isEmpty)
    }

    @Test("a body registered in a place is there: 'X, a trading company registered in Y', 'A and B, both registered in Y'")
    func registeredBody() {
        let firm = Self.drawn("Korvel Trading, a firm registered in Lima, denied the charges.")
        #expect(Self.has(firm, "korvel_trading", .locatedIn, "lima", rule: "described-body"), "\(firm)")
        let both = Self.drawn("Korvel Mining and Tarvo Gold Trading, both registered in Lima, smuggled the gold across the border.")
        #expect(Self.has(both, "korvel_mining", .locatedIn, "lima", rule: "described-body"), "\(both)")
        #expect(Self.has(both, "tarvo_gold_trading", .locatedIn, "lima", rule: "described-body"), "\(both)")
    }

    @Test("a civil body named after a country but seated elsewhere: 'the American University of Tarvo', '… Chamber of Commerce in Lyon'")
    func civilBodySeatedElsewhere() {
        let university = Self.drawn("Students at the Peruvian University of Lyon walked out on Monday.")
        #expect(!university.contains { $0.rule == "civil-body-name" }, "\(university)")
        let chamber = Self.drawn("The Chilean Chamber of Commerce in Osaka said exports fell.")
        #expect(!chamber.contains { $0.rule == "civil-body-name" }, "\(chamber)")
        let home = Self.drawn("The Chilean Chamber of Commerce said exports fell.")
        #expect(home.contains { $0.rule == "civil-body-name" && $0.target == "chile" }, "\(home)")
    }

    @Test("'the country's' stands for the country the text is about: 'The country's largest lender, X,' is in it, 'the country's X Meat Institute' its organ; 'X, the country's second-largest maker of briquettes' is in it")
    func countryDescribed() {
        let lender = Self.drawn("Ecuador's government is broke. The country's largest lender, Korvex Bank, cut rates.", mainCountry: "ecuador")
        #expect(Self.has(lender, "korvex_bank", .locatedIn, "ecuador", rule: "country-described"), "\(lender)")
        let union = Self.drawn("Uruguay's unions are angry. The country's largest union federation, Korvex Workers, called a strike.", mainCountry: "uruguay")
        #expect(Self.has(union, "korvex_workers", .locatedIn, "uruguay", rule: "country-described"), "\(union)")
        let institute = Self.drawn("Uruguay's beef is sold abroad. Exports are tracked by the country's Korvex Meat Institute.", mainCountry: "uruguay")
        #expect(Self.has(institute, "korvex_meat_institute", .memberOf, "uruguay", rule: "country-described"), "\(institute)")
        let maker = Self.drawn("Mongolia's smog is bad. The city fined Tarvo Fuel, the country's second-largest maker of briquettes.", mainCountry: "mongolia")
        #expect(Self.has(maker, "tarvo_fuel", .locatedIn, "mongolia", rule: "apposed-country-body"), "\(maker)")
        // Negatives: a foreign investor or a buyer of the country is not in it; no country named, nothing.
        let investor = Self.drawn("Uruguay's beef is sold abroad. The country's largest foreign investor, Korvex Holdings, left.", mainCountry: "uruguay")
        #expect(!investor.contains { $0.rule == "country-described" }, "\(investor)")
        let buyer = Self.drawn("Uruguay's beef is sold abroad. The country's biggest buyer, Korvex Foods, left.", mainCountry: "uruguay")
        #expect(!buyer.contains { $0.rule == "country-described" }, "\(buyer)")
        let none = Self.drawn("The country's largest lender, Korvex Bank, cut rates.")
        #expect(!none.contains { $0.rule == "country-described" }, "\(none)")
    }

}
