import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The relation-recall rules, each on a short text with invented actors (none of the corpus texts).
@Suite("Relation recall rules")
struct RecallRuleTests: RuleSuite {
    @Test("unknown names take their kind from a cue: an organization noun before them, an apposition, one lone word")
    func kindCues() {
        let g = graph(
            """
            Shipping group Corvane Lines said on Monday it had hired Drelmo, the Dutch logistics company. \
            Analysts said Talvexa would recover. Investors said Talvexa had cash.
            """)
        #expect(g.entities["corvane_lines"]?.kind == .organization)
        #expect(g.entities["drelmo"]?.kind == .organization)
        #expect(g.entities["talvexa"]?.kind == .organization)
    }

    @Test("'he' passes over a woman named last and 'she' over a man (census given names, honorifics); unknown names as before")
    func pronounSex() {
        // "She" is the woman named before the man; "he" the man named before the woman.
        let she = graph(
            """
            Labour Minister Margaret Velloso met Tomas Brindle, the head of the Corvane Dockers Union, on Monday.             She accused Pellaro Shipping of breaking the agreement.
            """)
        #expect(has(she, "margaret_velloso", .accused, "pellaro_shipping"), "\(she.relations.values.map(\.key))")
        #expect(!has(she, "tomas_brindle", .accused, "pellaro_shipping"))
        let he = graph(
            """
            Trade Minister Robert Kanellis spoke with Linda Ostrova, the chief executive of Pellaro Shipping.             He accused Corvane Freight of dumping prices.
            """)
        #expect(has(he, "robert_kanellis", .accused, "corvane_freight"), "\(he.relations.values.map(\.key))")
        #expect(!has(he, "linda_ostrova", .accused, "corvane_freight"))
        // An honorific says the sex of a name the census does not know.
        let honorific = graph("Mr. Quarlo Dessit met Ms. Varuna Telk in Lima. He urged Peru to lower tariffs.")
        #expect(has(honorific, "quarlo_dessit", .urged, "peru"), "\(honorific.relations.values.map(\.key))")
        #expect(!has(honorific, "varuna_telk", .urged, "peru"))
        // A name of either sex, or none the census knows, is what "he" or "she" may stand for, as before.
        let unknown = graph("Quarlo Dessit met Varuna Telk in Lima. She urged Peru to lower tariffs.")
        #expect(has(unknown, "varuna_telk", .urged, "peru"))
        let table = Lexicon.builtIn
        #expect(table.maleNames.contains("robert") && table.femaleNames.contains("margaret"))
        #expect(!table.maleNames.contains("kim") && !table.femaleNames.contains("kim"))
    }

    @Test("a body's name with lower-case words inside: 'X and Y Commission', 'Alliance for A and B', 'Chamber of Mines of Peru'")
    func bodyNamesWithInnerWords() {
        let g = graph(
            """
            The Ethics and Integrity Commission said on Monday it had questioned Tomas Brel. \
            The Alliance for Unity and Renewal, the largest opposition party, called the inquiry fair. \
            The Chamber of Mines of Peru, which represents 30 operators, urged Peru to act.
            """)
        #expect(g.entities["ethics_and_integrity_commission"]?.kind == .organization, "\(g.entities.keys.sorted())")
        #expect(g.entities["alliance_for_unity_and_renewal"]?.kind == .organization)
        #expect(g.entities["chamber_of_mines_of_peru"]?.kind == .organization)
        #expect(g.entities["peru"]?.kind == .country)
        #expect(g.entities["ethics"] == nil && g.entities["renewal"] == nil)
        // Two names joined by "and" stay two: a given name, a known actor, or more words before "and".
        let two = graph("Tomas Brel and Velmar Shipping Company signed the deal. Chile and Peru Mining Company agreed.")
        #expect(two.entities["tomas_brel"] != nil && two.entities["velmar_shipping_company"] != nil)
        #expect(two.entities["chile"] != nil)
    }

    @Test("an office without a country: the text's main country, not a country naming another office")
    func bareOffices() {
        let g = graph(
            """
            LILONGWE — Malawi's parliament approved the budget on Friday. Malawi will borrow less next year, the finance ministry said. \
            Deputy U.S. Ambassador Carla Denton said the government of President Tomas Brel had kept its promises.
            """)
        #expect(has(g, "tomas_brel", .leads, "malawi"), "\(g.relations.values.map(\.key))")
        #expect(!has(g, "tomas_brel", .leads, "united_states"))
    }

    @Test("a denial whose denier is a description ('the company denied'), and one that answers an accusation against a capital")
    func describedDenials() {
        let g = graph(
            """
            The Velmar Maritime Authority accused Pellaro Shipping of hiding cargo records on Monday. \
            The company denied the charge.
            """)
        #expect(has(g, "pellaro_shipping", .denied, "velmar_maritime_authority"), "\(g.relations.values.map(\.key))")
        let army = graph(
            """
            Opposition leader Tomas Brel accused Chile of shelling villages near the border. \
            The army denied the report on Tuesday.
            """)
        #expect(has(army, "chile", .denied, "tomas_brel"), "\(army.relations.values.map(\.key))")
        // "the company" is the company the accusation names, not the parent its apposition names; its
        // chief executive denies for it.
        let parent = graph(
            """
            Peru revoked the licence of Korvex Resources, a unit of Lima-based Halbrand Holding, accusing the company of \
            failing to build a refinery. Korvex's chief executive, Tomas Brel, rejected the accusation.
            """)
        #expect(has(parent, "peru", .accused, "korvex_resources"), "\(parent.relations.values.map(\.key))")
        #expect(!has(parent, "peru", .accused, "halbrand_holding"))
        #expect(has(parent, "tomas_brel", .denied, "peru"))
        // "the company" with no accusation before it denies nothing.
        let none = graph("Pellaro Shipping opened a port in Lima. The company denied a report on prices.")
        #expect(!none.relations.values.contains { $0.predicate == .denied })
        // An accusation of a capital standing for its government is answered by that government's minister.
        let capital = graph(
            """
            CAIRO — Egypt said talks with Ethiopia had failed, accusing Addis Ababa of stalling. \
            Ethiopian Water Minister Tomas Brel rejected the accusation.
            """)
        #expect(has(capital, "tomas_brel", .denied, "egypt"), "\(capital.relations.values.map(\.key))")
        #expect(!has(capital, "egypt", .accused, "addis_ababa"))
        // A state's prosecutors act for it; "her" is the woman named before.
        let prosecutors = graph("Police detained Leila Varga on Saturday. Chilean prosecutors have accused her of spreading false news.")
        #expect(has(prosecutors, "chile", .accused, "leila_varga"), "\(prosecutors.relations.values.map(\.key))")
    }

    @Test("'X, which includes troops from A, B and C': each is a member of X")
    func bodyIncludesMembers() {
        let g = graph(
            """
            Fighters attacked a base near Lake Chad on Sunday. The Velmar Joint Task Force, which includes troops from Chad, \
            Niger and Nigeria, said it had repelled them.
            """)
        for country in ["chad", "niger", "nigeria"] {
            #expect(has(g, country, .memberOf, "velmar_joint_task_force"), "\(country) \(g.relations.values.map(\.key))")
        }
        let coalition = graph("Chile joined the Velmar Alliance, a coalition that includes Peru.")
        #expect(has(coalition, "peru", .memberOf, "velmar_alliance"), "\(coalition.relations.values.map(\.key))")
        // "including" lists examples, no members.
        let including = graph("The Velmar Joint Task Force has observed other nations, including Peru, sending drones.")
        #expect(!has(including, "peru", .memberOf, "velmar_joint_task_force"))
    }

    @Test("'meet with the commander of X as well as with Minister Y': Y is met, not X")
    func meetingUnnamedHolder() {
        let g = graph(
            """
            Defense Secretary Lena Varga arrived in Lima on Monday. She will meet with the commander of Velmar Northern Command \
            as well as with Chilean Defense Minister Tomas Brel.
            """)
        #expect(has(g, "lena_varga", .metWith, "tomas_brel") || has(g, "tomas_brel", .metWith, "lena_varga"))
        #expect(!has(g, "lena_varga", .metWith, "velmar_northern_command"))
        // A second object after "as well as": "urged Chile as well as Peru".
        let urged = graph("Korvex Holdings urged Chile as well as Peru to lower tariffs.")
        #expect(has(urged, "korvex_holdings", .urged, "chile") && has(urged, "korvex_holdings", .urged, "peru"))
    }

    @Test("'X blamed the attack on Y' accuses Y; 'the railway' names the railway mentioned before")
    func blameAndRailway() {
        #expect(has(graph("Chile blamed the cyberattack on Peru."), "chile", .accused, "peru"))
        #expect(has(graph("A hacking campaign that Chile's government blamed on Peru ended in May."), "chile", .accused, "peru"))
        let railway = graph(
            """
            A train of the Velmar Valley Railway derailed near Ostrava on Monday.             The mayor, Tomas Brel, accused the railway of ignoring warnings.
            """)
        #expect(has(railway, "tomas_brel", .accused, "velmar_valley_railway"), "\(railway.relations.values.map(\.key))")
    }

    @Test("'X stood with/by/behind Y' supports Y; 'they' after coordinated subjects is both")
    func standWith() {
        let g = graph("Chile and Peru said they stood with Bolivia after the flood.")
        #expect(has(g, "chile", .supports, "bolivia"))
        #expect(has(g, "peru", .supports, "bolivia"))
        #expect(has(graph("Chile will stand behind Bolivia."), "chile", .supports, "bolivia"))
        #expect(!has(graph("Chile stood by the decision."), "chile", .supports, "bolivia"))
    }

    @Test("a full name read as a person stays one when a lone surname has a place cue")
    func personKeepsKind() {
        let g = graph("Senator Mara Quist spoke in Ostrava. Quist said the bill would pass.")
        #expect(g.entities["mara_quist"]?.kind == .person)
    }

    @Test("agents after 'by' over adjectives and titles; ', Name,' as a subject; 'him' after a relative clause")
    func agentsAndSubjects() {
        let g = graph(
            """
            Velmora, which is backed by Japanese investment group SoftBank, sued its rival. \
            The Harbour Workers Union rejected the offer. The union, led by general secretary Tomas Berik, called a strike. \
            The Federation of Lakes Workers said its chairman, Ilse Varga, told the Daily Courier the strike would go on. \
            Prime Minister Erik Lind arrived in Oslo on Monday. President Karl Ostberg, who hosted him for talks, praised the visit.
            """)
        #expect(has(g, "softbank", .supports, "velmora"))
        #expect(has(g, "tomas_berik", .leads, "harbour_workers_union"))
        #expect(has(g, "ilse_varga", .saidTo, "daily_courier"))
        #expect(has(g, "ilse_varga", .leads, "federation_of_lakes_workers"))
        #expect(g.entities["daily_courier"]?.kind == .organization)
        #expect(has(g, "erik_lind", .metWith, "karl_ostberg") || has(g, "karl_ostberg", .metWith, "erik_lind"))
    }

    @Test("'the alliance', 'the bloc': the body named last when no name has that head word")
    func collectiveAnaphor() {
        let g = graph(
            """
            Halvern Chemical joined the Maritime Carriers Association last year. \
            Labor Minister Lena Ortiz urged the alliance to return to the table.
            """)
        #expect(has(g, "lena_ortiz", .urged, "maritime_carriers_association"))
        // "the group of …" names no body.
        let h = graph("The Maritime Carriers Association met on Monday. Lena Ortiz urged the group of mayors to act.")
        #expect(!has(h, "lena_ortiz", .urged, "maritime_carriers_association"))
    }

    @Test("hyphenated and compound titles: Co-Director, Chief of Staff; a division is an organ of its owner")
    func compoundTitles() {
        let g = graph(
            """
            Stephanie Orlov, Co-Director of the Velmar Commission's Enforcement Division, said the case was closed. \
            Army Chief of Staff Gen. Mark Lindell spoke in Lima.
            """)
        #expect(has(g, "stephanie_orlov", .leads, "enforcement_division"))
        #expect(has(g, "enforcement_division", .memberOf, "velmar_commission"))
        #expect(has(g, "mark_lindell", .roleIn, "us_army"))
        #expect(g.entities["co_director"] == nil && g.entities["chief_of_staff"] == nil)
    }

    @Test("'A, B (AB), and C, all of which have been designated by X': X designated each of the list")
    func passiveOverQuantifiedList() {
        let g = graph(
            """
            The ministry named the Velmar Front in the North (VFN), the Coastal Brigades, and the Sarn Liberation Army, \
            all of which have been designated by Chile as terrorist organizations.
            """)
        for group in ["velmar_front_in_the_north", "coastal_brigades", "sarn_liberation_army"] {
            #expect(has(g, "chile", .designatedTerrorist, group))
        }
    }

    @Test("a title whose holder the lexicon places in a country the text does not name draws no office")
    func knownHolderElsewhere() {
        let g = graph("Chile and Peru signed the accord. In Lima, President Donald Trump praised the accord on Monday.")
        #expect(!has(g, "donald_trump", .leads, "chile") && !has(g, "donald_trump", .leads, "peru"))
    }

    @Test("relief sent with no recipient named supports the country the text is about (frame flag main)")
    func reliefToMainCountry() {
        let g = graph("Floods struck Peru on Monday. Peru declared an emergency in three regions. Chile sent tents and medicine.")
        #expect(has(g, "chile", .supports, "peru"))
        // Not warships, and not a clause that names where the aid went.
        let h = graph("Floods struck Peru on Monday. Peru declared an emergency in three regions. Chile sent warships.")
        #expect(!has(h, "chile", .supports, "peru"))
        let i = graph("Floods struck Peru on Monday. Peru declared an emergency. Chile sent tents to Bolivia.")
        #expect(!has(i, "chile", .supports, "peru"))
    }

    @Test("subjects coordinated over adjectives sign together")
    func coordinatedOverAdjectives() {
        let g = graph("The Sarnian Armed Forces and the paramilitary Delta Support Forces agreed on Sunday to a truce.")
        #expect(
            has(g, "delta_support_forces", .agreedWith, "sarnian_armed_forces")
                || has(g, "sarnian_armed_forces", .agreedWith, "delta_support_forces"))
    }

    @Test("'in an attack on' takes the subject of its clause")
    func attackInClause() {
        let g = graph("Fighters of the Orun Liberation Front killed 12 people in an overnight attack on Kassala.")
        #expect(has(g, "orun_liberation_front", .attacked, "kassala"))
    }

    @Test("demonym and company noun before a name, an organ introduced by its parent, a client's lawyer")
    func structures() {
        let g = graph(
            """
            Belarusian potash producer Belaruskali raised prices. \
            The UN refugee mission, UNREM, sent tents. \
            Finance Minister Olga Strand was charged. Her lawyer, Piet Mohl, said she was innocent.
            """)
        #expect(has(g, "belaruskali", .locatedIn, "belarus"))
        #expect(has(g, "unrem", .memberOf, "united_nations"))
        #expect(has(g, "piet_mohl", .affiliatedWith, "olga_strand") || has(g, "olga_strand", .affiliatedWith, "piet_mohl"))
    }

    @Test("ownership runs from the company to its owner (the 'reverse' verb flag)")
    func ownership() {
        let g = graph(
            "Halden Group, which owns Fjell Motors, reported a profit. Kordo Copper Mines, owned by Vantor Resources, was closed.")
        #expect(has(g, "fjell_motors", .memberOf, "halden_group"))
        #expect(has(g, "kordo_copper_mines", .memberOf, "vantor_resources"))
        // A part owner is a tie, not the parent.
        let partly = graph("Velmar Air, which is partly owned by Korvex Airways, declined to comment.")
        #expect(has(partly, "velmar_air", .affiliatedWith, "korvex_airways"), "\(keys(partly))")
        #expect(!has(partly, "velmar_air", .memberOf, "korvex_airways"), "\(keys(partly))")
    }

    @Test("'arrested A and B, accusing them of …': the people (else the bodies) named between the subject and the participle")
    func accusingThem() {
        let people = graph(
            "The Velmar Investigation Bureau arrested a port official, Tarvo Ilves, and a shipowner, Marta Kask, accusing them of smuggling.")
        #expect(has(people, "velmar_investigation_bureau", .accused, "tarvo_ilves"), "\(keys(people))")
        #expect(has(people, "velmar_investigation_bureau", .accused, "marta_kask"), "\(keys(people))")
        #expect(!has(people, "marta_kask", .accused, "tarvo_ilves"), "\(keys(people))")
        let bodies = graph("The Velmar Competition Board fined Korvex Freight and Tarsel Lines on Monday, accusing them of fixing prices.")
        #expect(has(bodies, "velmar_competition_board", .accused, "korvex_freight"), "\(keys(bodies))")
        #expect(has(bodies, "velmar_competition_board", .accused, "tarsel_lines"), "\(keys(bodies))")
        // Not without a comma before the participle, nor for one name alone.
        let one = graph("The Velmar Competition Board fined Korvex Freight, accusing them of fixing prices.")
        #expect(!one.relations.values.contains { $0.rules.contains { $0.hasSuffix("them-listed") } }, "\(keys(one))")
        let noComma = graph("Korvex Freight and Tarsel Lines met the board before accusing them of fixing prices.")
        #expect(!noComma.relations.values.contains { $0.rules.contains { $0.hasSuffix("them-listed") } }, "\(keys(noComma))")
        // A body after a state's possessive opens the sentence: it is the accuser, not the state.
        let possessive = graph("Chile's Federal Investigation Bureau arrested Tarvo Ilves and Marta Kask, accusing them of selling secrets.")
        #expect(has(possessive, "chilean_federal_investigation_bureau", .accused, "tarvo_ilves"), "\(keys(possessive))")
        #expect(has(possessive, "chilean_federal_investigation_bureau", .accused, "marta_kask"), "\(keys(possessive))")
        #expect(!has(possessive, "chile", .accused, "tarvo_ilves"), "\(keys(possessive))")
        // (Not a body that is itself the object: "Chile's ruling angered Korvex Freight …" opens with no body.)
        let noBody = graph("Chile's decision angered Korvex Freight and Tarsel Lines, accusing them of fixing prices.")
        #expect(!has(noBody, "chile", .accused, "korvex_freight"), "\(keys(noBody))")
    }

    @Test("'had warned X in March that …' with no consequence named is a notice; 'warned X that it would …' stays a threat")
    func pastWarningIsNotice() {
        let notice = graph(
            "The Velmar Workers' Union said it had warned Korvex Nitrogen in March that several alarms were faulty.")
        #expect(has(notice, "velmar_workers_union", .notified, "korvex_nitrogen"), "\(keys(notice))")
        #expect(!has(notice, "velmar_workers_union", .threatened, "korvex_nitrogen"), "\(keys(notice))")
        let threat = graph(
            "The Velmar Workers' Union said it had warned Korvex Nitrogen in March that its members would strike. Tarnia has repeatedly warned Velmora against hosting foreign troops.")
        #expect(has(threat, "velmar_workers_union", .threatened, "korvex_nitrogen"), "\(keys(threat))")
        #expect(!has(threat, "velmar_workers_union", .notified, "korvex_nitrogen"), "\(keys(threat))")
        #expect(!threat.relations.values.contains { $0.predicate == .notified }, "\(keys(threat))")
    }

    @Test("'who chairs the Senate committee on …', 'who heads Unity's group in parliament': an office in the body, not its lead")
    func headOfBodyPart() {
        let part = graph(
            "Senator Lena Ortiz, who chairs the Velmar Senate's committee on women, said so. Tomas Brel, who heads the Korvex Party's group in parliament, agreed.")
        #expect(has(part, "lena_ortiz", .roleIn, "velmar_senate"), "\(keys(part))")
        #expect(!has(part, "lena_ortiz", .leads, "velmar_senate"), "\(keys(part))")
        #expect(has(part, "tomas_brel", .roleIn, "korvex_party"), "\(keys(part))")
        #expect(!has(part, "tomas_brel", .leads, "korvex_party"), "\(keys(part))")
        // The body itself is still led.
        let whole = graph("Lena Ortiz, who chairs the Velmar Senate, said so. Tomas Brel, who heads the Korvex Party, agreed.")
        #expect(has(whole, "lena_ortiz", .leads, "velmar_senate"), "\(keys(whole))")
        #expect(has(whole, "tomas_brel", .leads, "korvex_party"), "\(keys(whole))")
    }

    @Test("a lower-case 'prime minister' after a state's possessive leads the state; a 'deputy prime minister' holds an office")
    func lowerCasePrimeMinister() {
        let g = graph("Fiji's prime minister, Ratu Velo, accused Tonga of meddling. Fiji's deputy prime minister, Sela Moce, agreed.")
        #expect(has(g, "ratu_velo", .leads, "fiji"), "\(keys(g))")
        #expect(!has(g, "ratu_velo", .roleIn, "fiji"), "\(keys(g))")
        #expect(has(g, "sela_moce", .roleIn, "fiji"), "\(keys(g))")
        #expect(!has(g, "sela_moce", .leads, "fiji"), "\(keys(g))")
    }

    @Test("'then-President X': an office held then gives no relation now; 'President X' still leads")
    func thenPresident() {
        let then = graph("The count swung in favour of then-President Tomas Brel of Honduras. Honduras's economy grew.")
        #expect(!has(then, "tomas_brel", .leads, "honduras"), "\(keys(then))")
        let now = graph("The count swung in favour of President Tomas Brel of Honduras. Honduras's economy grew.")
        #expect(has(now, "tomas_brel", .leads, "honduras"), "\(keys(now))")
    }

    @Test("portfolio words belong to the office")
    func portfolioTitles() {
        let g = graph("British Business and Trade Secretary Jon Rede met Indian Commerce Minister Ravi Sood in London.")
        #expect(g.entities["business"] == nil)
        #expect(has(g, "jon_rede", .roleIn, "united_kingdom"))
        #expect(has(g, "ravi_sood", .roleIn, "india"))
        #expect(has(g, "jon_rede", .metWith, "ravi_sood") || has(g, "ravi_sood", .metWith, "jon_rede"))
    }

    @Test("portfolios joined by 'and' before an office: no body, the minister role_in the country")
    func joinedPortfolioTitles() {
        let g = graph("Peru closed the mines. Forests and Water Resources Minister Anna Vell visited the site on Monday.")
        #expect(!g.entities.values.contains { $0.name.contains("Water Resources") }, "\(g.entities.values.map(\.name))")
        #expect(has(g, "anna_vell", .roleIn, "peru"))
        // A plural head after a name is a body's, not a portfolio: "Tarvo Holdings Secretary X" is its secretary.
        let h = graph("Tarvo Holdings Secretary Jon Rede signed the deal.")
        #expect(has(h, "jon_rede", .roleIn, "tarvo_holdings"), "\(h.relations.keys)")
    }

    @Test("a head word alone before a title is the one longer body that ends with it: 'Bureau head X'")
    func loneHeadBeforeTitle() {
        let g = graph(
            "The Tarvel Anti-Fraud Bureau raided three offices on Tuesday. Bureau head Lena Varo said the groups faced fines.")
        #expect(has(g, "lena_varo", .leads, "tarvel_anti_fraud_bureau"), "\(g.relations.keys)")
        #expect(g.entities["bureau"] == nil, "\(g.entities.values.map(\.name))")
        // Two bodies end with the word: neither is chosen.
        let two = graph(
            "The Tarvel Audit Bureau and the Kessa Audit Bureau met on Tuesday. Bureau head Lena Varo said the talks went well.")
        #expect(!has(two, "lena_varo", .leads, "tarvel_audit_bureau") && !has(two, "lena_varo", .leads, "kessa_audit_bureau"))
    }

    @Test("'both agencies' are the two parties of the latest event")
    func bothAgencies() {
        let g = graph(
            "The Nordic Space Agency and the Iberian Space Agency signed an agreement. NASA later invited both agencies to a workshop.")
        #expect(has(g, "nasa", .invited, "nordic_space_agency"))
        #expect(has(g, "nasa", .invited, "iberian_space_agency"))
    }

    @Test("an organ of the accused state answers the accusation")
    func organDenial() {
        let g = graph("The European Union accused Brazil of dumping steel. Brazil's Trade Ministry rejected the allegations.")
        #expect(has(g, "brazilian_trade_ministry", .denied, "european_union"))
    }

    @Test("a known person's office is in the country the lexicon says they serve")
    func knownCountry() {
        let g = graph(
            "BEIJING — China and the United States held talks. President Donald Trump said China had agreed. China said talks would go on.")
        #expect(has(g, "donald_trump", .leads, "united_states"))
        #expect(!has(g, "donald_trump", .leads, "china"))
    }

    @Test("states described as a bloc's are its members")
    func membership() {
        let g = graph("France and Spain, the EU's largest wine producers, objected. Olmo's Green Future Party won two seats.")
        #expect(has(g, "france", .memberOf, "european_union"))
        #expect(has(g, "spain", .memberOf, "european_union"))
    }

    @Test("'…, the X newspaper reported' and 'accused the security forces of' (the text's country)")
    func reportedAndSecurityForces() {
        let g = graph(
            """
            NAIROBI — Kenyan police arrested 40 protesters. Interior Minister Ruth Wambui said the officers had acted lawfully, \
            the Daily Standard newspaper reported. Amnesty International accused the security forces of beating protesters.
            """)
        #expect(has(g, "daily_standard", .reported, "ruth_wambui"))
        #expect(has(g, "amnesty_international", .accused, "kenya"))
    }

    @Test("an acronym before a title is a name; a judge sits in the court the gazetteer names")
    func acronymAndCourt() {
        let g = graph(
            """
            The Harbour Pilots Union called a strike. HPU president Maris Oduya told members it would last. \
            The International Court of Justice ruled on Friday. Judge Tomas Berglund read the order.
            """)
        #expect(has(g, "maris_oduya", .leads, "harbour_pilots_union"))
        #expect(has(g, "tomas_berglund", .roleIn, "international_court_of_justice"))
    }

    @Test("one unknown word after 'from' is a place unless the text says otherwise")
    func fromIsAWeakPlaceCue() {
        let senator = graph("A senator from Mandera criticized the plan on Tuesday.")
        #expect(senator.entities["mandera"]?.kind == .location)
        let company = graph("A statement from Korvex said the mine would reopen. Korvex employs 2,000 workers.")
        #expect(company.entities["korvex"]?.kind == .organization)
    }

    @Test("a denial answers an accusation whichever rule read it; coordinated subjects both deny; a state's organ denies for it")
    func denialsAnswerFrames() {
        // "filed a complaint against" is read by a noun frame.
        let g = graph(
            """
            Chile filed a complaint against Peru on Friday. The dispute has simmered for a year. Peru's Trade Ministry rejected the complaint.
            """)
        #expect(has(g, "chile", .accused, "peru"))
        #expect(g.relations.values.contains { $0.predicate == .denied && $0.target == "chile" }, "\(g.relations.values.map(\.key))")
        let both = graph("The Velmar Trade Commission accused Korvex Mobile and Tarnis Telecom of fixing prices. Korvex Mobile and Tarnis Telecom rejected the findings.")
        #expect(both.relations.values.filter { $0.predicate == .denied }.count == 2, "\(both.relations.values.map(\.key))")
        let kremlin = graph("President Anna Lisk accused Russia of meddling in the vote. The Kremlin rejected the accusation.")
        #expect(has(kremlin, "kremlin", .denied, "anna_lisk"), "\(kremlin.relations.values.map(\.key))")
    }

    @Test("a name whose initials an acronym after it spells is a body's, even when it reads like a person's")
    func acronymNamesBody() {
        let g = graph("Ansar al-Tarnis (AAT) attacked a checkpoint near Velmar on Monday.")
        #expect(g.entities["ansar_al_tarnis"]?.kind == .organization, "\(g.entities.values.map { ($0.id, $0.kind) })")
        // A noun before a country's name opening a sentence is a body's name ("Transport Canada").
        let transport = graph("Transport Chile ordered the railway to inspect its track.")
        #expect(transport.entities["transport_chile"]?.kind == .organization, "\(transport.entities.values.map { ($0.id, $0.kind) })")
    }

    @Test("a place described as a kind of place in another is located in it: 'X, a town in Y'; not a list or a person")
    func describedPlaceIsLocated() {
        let g = graph(
            """
            Gunmen attacked Tarvelo, a town in Kenya, on Monday. Rockets hit Kesto Varani, a village in the Nabatieh \
            district, at night. Amara Okafor, a lawyer in Kenya, said so.
            """)
        let keys = g.relations.values.map(\.key)
        #expect(has(g, "tarvelo", .locatedIn, "kenya"), "\(keys)")
        #expect(has(g, "kesto_varani", .locatedIn, "nabatieh"), "\(keys)")
        #expect(!g.relations.values.contains { $0.source == "amara_okafor" && $0.predicate == .locatedIn }, "\(keys)")
    }

    @Test("blame of the event a text opens with accuses its doer: 'called the launch \"a grave provocation\"', 'said the vote was \"a coup\"', 'condemned the decision'")
    func judgementOfOpeningEvent() {
        let launch = graph(
            """
            LIMA — Chile fired a long-range missile into the sea on Monday. Peruvian Defence Minister Anna Lisk called the launch \
            "a grave provocation" and put the army on alert.
            """)
        #expect(has(launch, "anna_lisk", .accused, "chile"), "\(launch.relations.values.map(\.key))")
        let praise = graph(
            """
            LIMA — Chile fired a long-range missile into the sea on Monday. Peruvian Defence Minister Anna Lisk called the launch \
            "a routine step" and said talks would go on.
            """)
        #expect(!has(praise, "anna_lisk", .accused, "chile"), "\(praise.relations.values.map(\.key))")
        let vote = graph(
            """
            ARICA — The Velmar Congress voted on Thursday to remove Governor Lena Varga from office. Varga said the vote was \
            "a parliamentary coup" and that she would appeal.
            """)
        #expect(has(vote, "lena_varga", .accused, "velmar_congress"), "\(vote.relations.values.map(\.key))")
        let decision = graph(
            """
            Korvex Mining closed its largest copper mine on Monday, laying off 900 workers. The Arica Miners Union condemned \
            the decision and called a strike.
            """)
        #expect(has(decision, "arica_miners_union", .accused, "korvex_mining"), "\(decision.relations.values.map(\.key))")
        // The event's doer named after it is that doer's, not the opening actor's.
        let named = graph(
            """
            Korvex Mining closed its largest copper mine on Monday. The Arica Miners Union condemned the decision of the \
            Velmar Labour Court to allow it.
            """)
        #expect(!has(named, "arica_miners_union", .accused, "korvex_mining"), "\(named.relations.values.map(\.key))")
        // A headline without its final stop is passed over: the launch is Chile's, not Peru's.
        let headline = graph(
            """
            Peru Condemns Chilean Missile Launch

            LIMA — Chile fired a long-range missile into the sea on Monday. Peruvian Defence Minister Anna Lisk called the launch \
            "a grave provocation" and put the army on alert.
            """)
        #expect(has(headline, "anna_lisk", .accused, "chile"), "\(headline.relations.values.map(\.key))")
        #expect(!has(headline, "anna_lisk", .accused, "peru"), "\(headline.relations.values.map(\.key))")
    }

    @Test("a state's possessive over words before a government noun is the subject: 'Peru's military government said … and accused'")
    func possessiveStateSubject() {
        let g = graph("Peru's military government said its troops were searching the area and accused the Crimson Front of using hostages.")
        #expect(has(g, "peru", .accused, "crimson_front"), "\(g.relations.values.map(\.key))")
    }

    @Test("the subject of '…, and accused' or '…, accusing' after a verb no pattern knows is the sentence's first actor")
    func sentenceOpenerSubject() {
        let g = graph(
            """
            The Union of Dock Workers of Peru questioned the account, saying the fire began in a unit whose repairs had been \
            delayed, and accused Korvex Energy's management of ignoring warnings.
            """)
        #expect(has(g, "union_of_dock_workers_of_peru", .accused, "korvex_energy"), "\(g.relations.values.map(\.key))")
        // A possessor opens no clause: "Peru's regulator revoked …, accusing it" is not Peru's accusation.
        let possessor = graph("Peru's media regulator revoked the licence of Canal Libre, accusing it of breaching rules.")
        #expect(!has(possessor, "peru", .accused, "canal_libre"), "\(possessor.relations.values.map(\.key))")
    }

    @Test("'told X that … and urged Y': the teller urges; 'urged the federal government' is the country's")
    func tellerUrges() {
        let g = graph(
            """
            LIMA, Peru — Anna Lisk told the Korvex Assembly on Wednesday that the fence would "divide families" and urged \
            the federal government to restore a scheme.
            """)
        #expect(has(g, "anna_lisk", .urged, "peru"), "\(g.relations.values.map(\.key))")
    }

    @Test("'accused the gangs of …': the organization named with that noun; not merely the organization named last")
    func describedGroup() {
        let g = graph(
            """
            Gunmen from the Crimson Hand gang coalition attacked a police station in Lima on Monday. Residents said the \
            attackers were led by Velmar Trust. Anna Lisk accused the gangs of trying to cut the road.
            """)
        #expect(has(g, "anna_lisk", .accused, "crimson_hand_gang_coalition") || has(g, "anna_lisk", .accused, "crimson_hand"),
            "\(g.relations.values.map(\.key))")
        #expect(!has(g, "anna_lisk", .accused, "velmar_trust"), "\(g.relations.values.map(\.key))")
        let unnamed = graph("Velmar Trust opened an office in Lima. Anna Lisk accused the armed group of smuggling.")
        #expect(!has(unnamed, "anna_lisk", .accused, "velmar_trust"), "\(unnamed.relations.values.map(\.key))")
    }

    @Test("a loan from X supports the borrower, or with none named the country the text is about; not the lender's own country")
    func loanFrom() {
        let g = graph("LIMA, Peru — Peru will use the money to repay a loan from Korvex Bank.")
        #expect(has(g, "korvex_bank", .supports, "peru"), "\(g.relations.values.map(\.key))")
        let own = graph("LIMA, Peru — The money will help repay a loan from Peru's Korvex Bank for a motorway.")
        #expect(!has(own, "korvex_bank", .supports, "peru"), "\(own.relations.values.map(\.key))")
        let person = graph("LIMA, Peru — Prime Minister Anna Lisk's government is seeking new financing from Korvex Bank.")
        #expect(!has(person, "korvex_bank", .supports, "anna_lisk"), "\(person.relations.values.map(\.key))")
    }

    @Test("a state's guards, officers and units stand for it; a named organ they describe is that organ")
    func standInGuards() {
        let g = graph("Karim Halabi told the court that Latvian border guards had beaten him.")
        #expect(has(g, "karim_halabi", .accused, "latvia"), "\(g.relations.values.map(\.key))")
        let officers = graph("Peruvian police officers attacked the Korvex Union offices in Lima on Monday.")
        #expect(has(officers, "peru", .attacked, "korvex_union"), "\(officers.relations.values.map(\.key))")
        // The text names the organ: "border guards" are the State Border Guard, "the Chilean navy" the Chile Navy.
        let organ = graph(
            """
            Karim Halabi told the court that Latvian border guards had beaten him. Interior Minister Anna Lisk said the \
            State Border Guard had acted lawfully.
            """)
        #expect(has(organ, "karim_halabi", .accused, "state_border_guard"), "\(organ.relations.values.map(\.key))")
        #expect(!has(organ, "karim_halabi", .accused, "latvia"), "\(organ.relations.values.map(\.key))")
        let navy = graph("The Chile Navy opened a base in Arica. Anna Lisk said the Chilean navy had beaten the fishermen.")
        #expect(has(navy, "anna_lisk", .accused, "chile_navy"), "\(navy.relations.values.map(\.key))")
        // Another state's army is not the one described: the country stays.
        let other = graph("The Royal Thai Army opened a base. Anna Lisk said the Cambodian army had beaten the fishermen.")
        #expect(has(other, "anna_lisk", .accused, "cambodia"), "\(other.relations.values.map(\.key))")
        #expect(!has(other, "anna_lisk", .accused, "royal_thai_army"), "\(other.relations.values.map(\.key))")
        // A country's name inside another's ("Oman" in "Romanian") or another country's organ ending in the same
        // two words is not the one described.
        let inside = graph("The Romanian Border Police opened a base. Anna Lisk said Omani border police had beaten the fishermen.")
        #expect(has(inside, "anna_lisk", .accused, "oman"), "\(inside.relations.values.map(\.key))")
        #expect(!has(inside, "anna_lisk", .accused, "romanian_border_police"), "\(inside.relations.values.map(\.key))")
        let neighbour = graph("The Estonian Border Guard opened a base. Anna Lisk said Latvian border guards had beaten the fishermen.")
        #expect(has(neighbour, "anna_lisk", .accused, "latvia"), "\(neighbour.relations.values.map(\.key))")
        #expect(!has(neighbour, "anna_lisk", .accused, "estonian_border_guard"), "\(neighbour.relations.values.map(\.key))")
    }

    @Test("'Lima-registered X', 'X, which was registered in Lima': a registration places a company like 'based'")
    func registeredPlace() {
        let compound = graph("Officials said Lima-registered Pearl Dune Holdings owns the tanker.")
        #expect(has(compound, "pearl_dune_holdings", .locatedIn, "lima"), "\(compound.relations.values.map(\.key))")
        let clause = graph("Korvex, which was registered in Singapore, collapsed in May.")
        #expect(has(clause, "korvex", .locatedIn, "singapore"), "\(clause.relations.values.map(\.key))")
    }

    @Test("'a Lima-based shipping firm, Korvex Logistics,': the description's compound places the name apposed to it")
    func basedDescription() {
        let g = graph("Police said Tomas Brel had used a Lima-based shipping firm, Korvex Logistics, to move the cargo.")
        #expect(has(g, "korvex_logistics", .locatedIn, "lima"), "\(g.relations.values.map(\.key))")
        // No article before the compound: not a description of the name after the comma.
        let bare = graph("Police said Lima-based shipping firms, Korvex Logistics and others, moved the cargo.")
        #expect(!has(bare, "korvex_logistics", .locatedIn, "lima"), "\(bare.relations.values.map(\.key))")
        // A comma with no name after it: nothing.
        let none = graph("Police said a Lima-based shipping firm, which they did not name, moved the cargo for Korvex Logistics.")
        #expect(!has(none, "korvex_logistics", .locatedIn, "lima"), "\(none.relations.values.map(\.key))")
    }

    @Test("'a Dutch law firm, Korvex Advocaten,' and 'Velmar Offshore, a South Korean company,': a country's demonym in a company's description apposed to its name")
    func demonymDescriptionApposed() {
        let before = graph("The dispute involves a Dutch law firm, Oudvelt Advocaten, and its client.")
        #expect(has(before, "oudvelt_advocaten", .locatedIn, "netherlands"), "\(before.relations.values.map(\.key))")
        let after = graph("Velmar Offshore, a South Korean company, won the block.")
        #expect(has(after, "velmar_offshore", .locatedIn, "south_korea"), "\(after.relations.values.map(\.key))")
        // No name after the comma, a noun that describes no company, or a description that goes on: nothing.
        let unnamed = graph("The dispute involves a Dutch law firm, which was not named, and Oudvelt Advocaten.")
        #expect(!has(unnamed, "oudvelt_advocaten", .locatedIn, "netherlands"), "\(unnamed.relations.values.map(\.key))")
        let person = graph("Velmar Offshore, a South Korean partner, won the block.")
        #expect(!has(person, "velmar_offshore", .locatedIn, "south_korea"), "\(person.relations.values.map(\.key))")
        let goesOn = graph("Velmar Offshore, a South Korean company rival, won the block.")
        #expect(!has(goesOn, "velmar_offshore", .locatedIn, "south_korea"), "\(goesOn.relations.values.map(\.key))")
        // A comma that ends a clause, not an apposition: the name after it is the next clause's subject.
        let clause = graph("After Peru banned a Dutch firm, Tarvel Group pulled out of Lima.")
        #expect(!has(clause, "tarvel_group", .locatedIn, "netherlands"), "\(clause.relations.values.map(\.key))")
    }

    @Test("'the Graz-based carrier' after its name: a definite description with a place compound places the body it stands for")
    func basedDescriptionLater() {
        // A company's noun: the company named before (the subject of the sentence before).
        let carrier = graph("Korvane Air grounded six jets on Tuesday. The Graz-based carrier said passengers would be rebooked.")
        #expect(has(carrier, "korvane_air", .locatedIn, "graz"), "\(carrier.relations.values.map(\.key))")
        // A body's head word: the body named with it.
        let tribunal = graph("The Maritime Tribunal of Varnessa ruled on Monday. The Bergen-based tribunal said its ruling was final.")
        #expect(has(tribunal, "maritime_tribunal_of_varnessa", .locatedIn, "bergen"), "\(tribunal.relations.values.map(\.key))")
        // Any other body's noun: the lede's body, after a dateline.
        let watchdog = graph(
            """
            TURKU (Wirepress) - The Velmar Oversight Body (VOB) on Friday added Tarvonia to its grey list.

            The Aarhus-based watchdog announced the decision at a meeting.
            """)
        #expect(has(watchdog, "velmar_oversight_body", .locatedIn, "aarhus"), "\(watchdog.relations.values.map(\.key))")
        // A body's noun a tagger may read as a verb ("payments firm") still describes the name after it.
        let firm = graph("Velmopay, a unit of the Tampere-based payments firm Korvel Pay, said it had sold only the tickets.")
        #expect(has(firm, "korvel_pay", .locatedIn, "tampere"), "\(firm.relations.values.map(\.key))")
        // Not an indefinite description (another carrier), nor one of something ("body of experts"), nor
        // the lede's body when another organization was named between.
        let other = graph("Korvane Air grounded six jets on Tuesday. A Graz-based carrier said it would lend two planes.")
        #expect(!other.relations.values.contains { $0.predicate == .locatedIn && $0.target == "graz" }, "\(other.relations.values.map(\.key))")
        let of = graph("The Velmar Oversight Body met on Friday. The Aarhus-based body of experts will report in May.")
        #expect(!of.relations.values.contains { $0.predicate == .locatedIn && $0.target == "aarhus" }, "\(of.relations.values.map(\.key))")
        let between = graph(
            """
            The Velmar Oversight Body added Tarvonia to its grey list on Friday. The Korvash Banking Union objected, and \
            officials said the Aarhus-based watchdog had ignored them.
            """)
        #expect(!between.relations.values.contains { $0.predicate == .locatedIn && $0.target == "aarhus" },
            "\(between.relations.values.map(\.key))")
        // An object's description is never its own sentence's subject, and the lede stands for a body's
        // description elsewhere in a sentence only when any body fits ("the Graz-based body").
        let sued = graph("Korvane Air sued the Graz-based carrier on Monday.")
        #expect(!sued.relations.values.contains { $0.predicate == .locatedIn && $0.target == "graz" }, "\(sued.relations.values.map(\.key))")
        // The speaker of a reporting clause after a comma is the sentence's subject, not an object.
        let speaker = graph("The Velmar Rowing Federation banned two rowers on Friday, the Graz-based federation said.")
        #expect(has(speaker, "velmar_rowing_federation", .locatedIn, "graz"), "\(keys(speaker))")
        let noComma = graph("The Velmar Rowing Federation sued the Graz-based federation said to owe it money.")
        #expect(!noComma.relations.values.contains { $0.predicate == .locatedIn && $0.target == "graz" }, "\(keys(noComma))")
        let heads = graph("Korvane Air, a Lima airline, grounded six jets. Lena Ortiz, who heads the Graz-based watchdog, said it was fine.")
        #expect(!heads.relations.values.contains { $0.predicate == .locatedIn && $0.target == "graz" }, "\(heads.relations.values.map(\.key))")
        let body = graph("Korvane Air, a Lima airline, grounded six jets. The decision was taken by the board of the Graz-based body.")
        #expect(has(body, "korvane_air", .locatedIn, "graz"), "\(body.relations.values.map(\.key))")
    }

    @Test("the party 'ruling'/'governing' names leads its country: the possessive's, else the text's; not a former one nor a non-party")
    func rulingParty() {
        let owned = graph("Voters in Chile shrugged. Peru's governing Orsel Front lost two seats on Sunday.")
        #expect(has(owned, "orsel_front", .leads, "peru"), "\(keys(owned))")
        #expect(!has(owned, "orsel_front", .leads, "chile"), "\(keys(owned))")
        let main = graph("Voters in Peru punished the ruling Dawn Movement on Sunday. Peru's economy has slowed.")
        #expect(has(main, "dawn_movement", .leads, "peru"), "\(keys(main))")
        let former = graph("Voters in Peru backed the once ruling Dawn Movement on Sunday. Peru's economy has slowed.")
        #expect(!has(former, "dawn_movement", .leads, "peru"), "\(keys(former))")
        let named = graph("Voters in Chile punished the ruling Peruvian Dawn Party on Sunday. Chile's economy has slowed.")
        #expect(!named.relations.values.contains { $0.predicate == .leads && $0.target == "chile" }, "\(keys(named))")
        let of = graph("Voters in Chile watched the ruling Labour Party of Velmaria on Sunday. Chile's economy has slowed.")
        #expect(!of.relations.values.contains { $0.predicate == .leads && $0.target == "chile" }, "\(keys(of))")
        let court = graph("Peru's ruling Velmar Tribunal upheld the ban on Sunday. Peru's economy has slowed.")
        #expect(!court.relations.values.contains { $0.predicate == .leads && $0.target == "peru" }, "\(keys(court))")
    }

    @Test("a longer description after '<place>-based' ends in a body's noun before the name: 'the Kessa-based palm oil group X'")
    func basedOverLongerDescription() {
        let g = graph("The Tarvel-based palm oil group Orvan Plantations denied it. Oslo-based fact-checking outlet Dremlo said so.")
        #expect(has(g, "orvan_plantations", .locatedIn, "tarvel"), "\(keys(g))")
        #expect(has(g, "dremlo", .locatedIn, "oslo"), "\(keys(g))")
        // Not over a verb: the description is a clause's subject.
        let verb = graph("The Tarvel-based builder sued Orvan Plantations on Monday.")
        #expect(!has(verb, "orvan_plantations", .locatedIn, "tarvel"), "\(keys(verb))")
    }

    @Test("a country's demonym of several words is a demonym: 'X, a South African company' is located_in, 'Its South African managing director' an office in the body")
    func compoundDemonym() {
        #expect(CompiledLexicon.isCompoundDemonym("South African", of: "South Africa"))
        #expect(CompiledLexicon.isCompoundDemonym("Sri Lankans", of: "Sri Lanka"))
        #expect(!CompiledLexicon.isCompoundDemonym("Republic of South Africa", of: "South Africa"))
        #expect(!CompiledLexicon.isCompoundDemonym("South Africa", of: "South Africa"))
        let g = graph("Orvan Deep, a South African company, won the licence. Kessel Foods opened a mill in Lima. Its South African sales director, Arno Venn, welcomed the loan.")
        #expect(has(g, "orvan_deep", .locatedIn, "south_africa"), "\(keys(g))")
        #expect(has(g, "arno_venn", .roleIn, "kessel_foods"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.source == "arno_venn" && $0.target == "south_africa" }, "\(keys(g))")
    }

    @Test("a person leads no person: 'X led rival candidate Y in the count' draws no leads; 'X led the Velmar Front' does")
    func personLeadsNoPerson() {
        let g = graph("With most ballots counted, Renewal Party candidate Ana Vessel led Dawn Movement candidate Tomas Brel by four points.")
        #expect(!g.relations.values.contains { $0.predicate == .leads && $0.source == "ana_vessel" && $0.target == "tomas_brel" }, "\(keys(g))")
        let front = graph("Tomas Brel led the Velmar Front for a decade.")
        #expect(has(front, "tomas_brel", .leads, "velmar_front"), "\(keys(front))")
    }

    @Test("'a <body> mission/team/delegation led by X': X holds an office in the body; 'the Velmar Front, led by X' leads it")
    func delegationLedBy() {
        let g = graph("A Velmar Development Fund mission led by Oskar Trelling arrives in Lima next week.")
        #expect(has(g, "oskar_trelling", .roleIn, "velmar_development_fund"), "\(keys(g))")
        #expect(!has(g, "oskar_trelling", .leads, "velmar_development_fund"), "\(keys(g))")
        let front = graph("The Velmar Front, led by Oskar Trelling, rejected the talks.")
        #expect(has(front, "oskar_trelling", .leads, "velmar_front"), "\(keys(front))")
    }

    @Test("a body's name may open with a law's word: 'the Law Society of Peru'; laws and operations stay no actors")
    func bodyNamedWithLawWord() {
        let g = graph("The Law Society of Peru filed a complaint against the new court fees on Monday.")
        #expect(g.entities["law_society_of_peru"]?.kind == .organization, "\(g.entities.keys.sorted())")
        let law = graph("The Law on Foreign Agents passed on Monday. Operation Velmar Shield began in Lima. NATO began Operation Velmar Force.")
        #expect(!law.entities.keys.contains { $0.hasPrefix("law") || $0.hasPrefix("operation") }, "\(law.entities.keys.sorted())")
    }

    @Test("an object after a hyphenated lower-case compound: 'led by former vice-president X', 'fined social-media company X'")
    func hyphenatedCompoundBeforeObject() {
        let led = graph("The Velmar Alliance, a coalition led by former vice-president Jorge Tarco, won 40 seats.")
        #expect(has(led, "jorge_tarco", .leads, "velmar_alliance"), "\(keys(led))")
        let fined = graph("The Velcom authority fined online-gaming firm Tarvo Play $2 million in March.")
        #expect(has(fined, "velcom_authority", .accused, "tarvo_play") || has(fined, "velcom", .accused, "tarvo_play"), "\(keys(fined))")
        // A hyphen with spaces is a dash, not a compound: the name after it is no object of "by".
        let dash = graph("The Velmar Alliance, led by a council - chiefly Jorge Tarco - met on Monday.")
        #expect(!has(dash, "jorge_tarco", .leads, "velmar_alliance"), "\(keys(dash))")
    }
}
