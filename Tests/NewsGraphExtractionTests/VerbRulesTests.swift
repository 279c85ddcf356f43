import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The `[verbs]` pattern rules (``VerbRules``) on short texts with invented actors (none of the
/// corpus texts).
@Suite("Verb rules")
struct VerbRulesTests: RuleSuite {
    @Test("'urged X's government' is the state X leads, not X; with no office known, no relation")
    func possessedGovernment() {
        let g = graph(
            """
            ACCRA, Ghana — Ghana's President Kwesi Marfo opened a new port on Monday.

            Togo and Norway, which brokered the 2019 deal, urged Marfo's government to hold elections.

            The Nkrumah Freedom Movement, a rights group, urged Prime Minister Adwoa Benneh's government to release the activists.

            Liberia accused Marfo's party of rigging the vote.
            """)
        #expect(has(g, "norway", .urged, "ghana"), "\(keys(g))")
        #expect(has(g, "togo", .urged, "ghana"))
        #expect(!g.relations.values.contains { $0.predicate == .urged && $0.target == "kwesi_marfo" })
        #expect(!g.relations.values.contains { $0.predicate == .urged && $0.target == "adwoa_benneh" })
        #expect(g.relations.values.contains { $0.predicate == .urged && $0.source == "nkrumah_freedom_movement" && $0.target == "ghana" })
        // No party of Marfo's is known: no accusation of Marfo himself.
        #expect(!g.relations.values.contains { $0.predicate == .accused && $0.source == "liberia" })
    }

    @Test("'told state news agency X', 'told Peru's state broadcaster X': the outlet named after its description is told; 'told reporters the company …' tells no company")
    func describedAddressees() {
        let g = graph(
            """
            Interior Minister Talal Rami told state news agency KNA that the files were complete. \
            Finance Minister Ernesto Valle told Peru's state broadcaster TVP that supplies would resume. \
            Ana Berg told reporters the Velmar Group would sue. \
            Tomas Brel told Chile that it must pay.
            """)
        #expect(has(g, "talal_rami", .saidTo, "kna"), "\(keys(g))")
        #expect(has(g, "ernesto_valle", .saidTo, "tvp"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .saidTo && $0.target == "velmar_group" }, "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .saidTo && $0.target == "peru" }, "\(keys(g))")
    }

    @Test("'hosts Russian troops', 'receives U.S. funding': a name that qualifies what is hosted or received is no one met; hosted forces are deployed to the host")
    func hostedThings() {
        let g = graph(
            """
            Bolivia, which hosts Russian troops and two air bases, said the decision was hostile. \
            Panama hosts military bases of the United States, France and Japan. \
            The Velmar Interior Ministry receives U.S. funding for border posts. \
            Prime Minister Ana Berg hosted Chinese President Li Wen in Tarvik. \
            Peru received Chilean Foreign Minister Tomas Brel on Monday. \
            Ecuador hosted Ana Kell yesterday. \
            President Ana Kell hosted Chilean soldiers at her residence. \
            Uruguay hosts troops of Chile, Paraguay said on Monday.
            """)
        #expect(!g.relations.values.contains { $0.predicate == .metWith && ($0.source == "russia" || $0.target == "russia") }, "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .metWith && ($0.source == "united_states" || $0.target == "united_states") }, "\(keys(g))")
        #expect(has(g, "russia", .deployedTo, "bolivia"), "\(keys(g))")
        for state in ["united_states", "france", "japan"] { #expect(has(g, state, .deployedTo, "panama"), "\(keys(g))") }
        // Funding received is no force.
        #expect(!g.relations.values.contains { $0.predicate == .deployedTo && $0.source == "united_states" && $0.target != "panama" }, "\(keys(g))")
        #expect(has(g, "ana_berg", .metWith, "li_wen") || has(g, "li_wen", .metWith, "ana_berg"), "\(keys(g))")
        #expect(has(g, "peru", .metWith, "tomas_brel") || has(g, "tomas_brel", .metWith, "peru"), "\(keys(g))")
        // A time word after the name hosted: still a meeting.
        #expect(has(g, "ecuador", .metWith, "ana_kell") || has(g, "ana_kell", .metWith, "ecuador"), "\(keys(g))")
        // Forces hosted by a person are not deployed to her; a list not closed by "and" is its first state only.
        #expect(!g.relations.values.contains { $0.predicate == .deployedTo && $0.target == "ana_kell" }, "\(keys(g))")
        #expect(has(g, "chile", .deployedTo, "uruguay"), "\(keys(g))")
        #expect(!has(g, "paraguay", .deployedTo, "uruguay"), "\(keys(g))")
    }

    @Test("'X, a U.N. agency based in Y': the body the description is apposed to is the participle's subject, not the bloc that describes it")
    func participleAfterApposedDescription() {
        let g = graph("Velmar Relief, a U.N. agency headquartered in Vienna, opened two offices in Tarvelo.")
        #expect(has(g, "velmar_relief", .locatedIn, "vienna"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.source == "united_nations" && $0.predicate == .locatedIn }, "\(keys(g))")
        // Only when the apposed body opens its clause.
        let letter = graph("In a letter to Korvex Group, the U.N. agency headquartered in Vienna asked for funds.")
        #expect(!letter.relations.values.contains { $0.source == "korvex_group" }, "\(keys(letter))")
        // Without the apposition the named modifier still stands for its body: "EU observers based in Lima".
        let plain = graph("Korvex Group engineers based in Lima said the dam was safe.")
        #expect(has(plain, "korvex_group", .locatedIn, "lima"), "\(keys(plain))")
    }

    @Test("'Senator X of the Y Party accused …': the person accuses, not the body that only places the person")
    func personOfBodyAccuses() {
        let g = graph(
            """
            Opposition senator Lena Ortiz of the Korvex Unity Party accused the ruling Velmar Freedom Party of rigging the vote. \
            Tomas Brell of the Halden Civic alliance accused the government of Kalmar of fraud.
            """)
        #expect(has(g, "lena_ortiz", .accused, "velmar_freedom_party"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .accused && $0.source == "korvex_unity_party" }, "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .accused && $0.source.hasPrefix("halden_civic") }, "\(keys(g))")
        // A body named with no person before "of" keeps the accusation.
        let body = graph("The Korvex Unity Party accused the ruling Velmar Freedom Party of rigging the vote.")
        #expect(has(body, "korvex_unity_party", .accused, "velmar_freedom_party"), "\(keys(body))")
        // One or two words describing the body after its article: "of the opposition Korvex bloc", "of the ruling …".
        let described = graph(
            """
            Senator Lena Ortiz of the opposition Korvex Unity bloc accused Halvern Chemical of lying.             Deputy Tomas Brell of the ruling Velmar Freedom Party accused Tarlin Power of fraud.
            """)
        #expect(has(described, "lena_ortiz", .accused, "halvern_chemical"), "\(keys(described))")
        #expect(has(described, "tomas_brell", .accused, "tarlin_power"), "\(keys(described))")
        #expect(!described.relations.values.contains { $0.predicate == .accused && $0.source.hasPrefix("korvex_unity") }, "\(keys(described))")
        #expect(!described.relations.values.contains { $0.predicate == .accused && $0.source == "velmar_freedom_party" }, "\(keys(described))")
        #expect(has(described, "tomas_brell", .roleIn, "velmar_freedom_party"), "\(keys(described))")
    }

    @Test("'Culture Minister X' with the state's Culture Ministry named: an office in the ministry too; not another state's ministry, nor one of two")
    func ministerOfNamedMinistry() {
        let g = graph(
            """
            LIMA, Peru — Peru's Culture Ministry cancelled the contract on Monday. Culture Minister Lena Varga said the firm had failed.             The Ministry of Mines and Energy agreed. Mines and Energy Minister Tomas Brel said so.
            """)
        #expect(has(g, "lena_varga", .roleIn, "peruvian_culture_ministry"), "\(keys(g))")
        #expect(has(g, "tomas_brel", .roleIn, "ministry_of_mines_and_energy"), "\(keys(g))")
        // Negatives: another state's ministry of that name; two ministries that both fit; a prime minister.
        let foreign = graph("LIMA, Peru — Peru said Russia's Foreign Ministry had protested. Foreign Minister Lena Varga said so.")
        #expect(!foreign.relations.values.contains { $0.source == "lena_varga" && $0.target.contains("ministry") }, "\(keys(foreign))")
        let two = graph(
            "LIMA, Peru — Peru's Culture Ministry and the Ministry of Culture and Sport met. Culture Minister Lena Varga said so.")
        #expect(!two.relations.values.contains { $0.source == "lena_varga" && $0.target.contains("ministry") }, "\(keys(two))")
        let secretary = graph("NAIROBI, Kenya — Kenya's Health Ministry said so. Health Cabinet Secretary Ana Ruiz agreed.")
        #expect(has(secretary, "ana_ruiz", .roleIn, "kenyan_health_ministry"), "\(keys(secretary))")
        let other = graph("NAIROBI, Kenya — Kenya's Health Ministry said so. On Monday, Interior Cabinet Secretary Ana Ruiz agreed.")
        #expect(!other.relations.values.contains { $0.source == "ana_ruiz" && $0.target.contains("ministry") }, "\(keys(other))")
        // A state of two words: its first word opens the ministry's demonym ("Sri Lankan Fisheries Ministry").
        let twoWords = graph("COLOMBO, Sri Lanka — Sri Lanka's Fisheries Ministry said so. Fisheries Minister Ana Ruiz agreed.")
        #expect(twoWords.relations.values.contains { $0.source == "ana_ruiz" && $0.predicate == .roleIn && $0.target.contains("fisheries_ministry") },
            "\(keys(twoWords))")
        let prime = graph("LIMA, Peru — Peru's Culture Ministry met. Prime Minister Lena Varga said so.")
        #expect(!prime.relations.values.contains { $0.source == "lena_varga" && $0.target.contains("ministry") }, "\(keys(prime))")
    }

    @Test("a state's body as a subject: 'Chile's foreign ministry rejected …', 'Chile's embassy in Lima dismissed …'")
    func stateBodySubjects() {
        let ministry = graph("Peru accused Chile of spying on its navy. Chile's foreign ministry rejected the accusation.")
        #expect(has(ministry, "chile", .denied, "peru"), "\(keys(ministry))")
        let embassy = graph("Finland accused Russia of sabotage on Monday. Russia's embassy in Helsinki dismissed the accusations.")
        #expect(has(embassy, "russia", .denied, "finland"), "\(keys(embassy))")
        #expect(!embassy.relations.values.contains { $0.source == "helsinki" }, "\(keys(embassy))")
        // A person described by an adjective is no body of the state.
        let person = graph("Chile's new president urged Peru to withdraw its troops.")
        #expect(!person.relations.values.contains { $0.source == "chile" && $0.predicate == .urged }, "\(keys(person))")
    }

    @Test("a second object after 'the government' standing for the text's country: 'called on the government and the X to …'")
    func secondObjectAfterGovernment() {
        let g = graph(
            """
            LIMA, Peru - Fighting resumed on Monday. Chile called on the government and the Korvex Liberation Front to \
            respect the ceasefire.
            """)
        #expect(has(g, "chile", .urged, "peru"), "\(keys(g))")
        #expect(has(g, "chile", .urged, "korvex_liberation_front"), "\(keys(g))")
    }

    @Test("ties, not fights or offices: 'pledged allegiance to', 'fought alongside', 'co-founded', 'X's founder, Y'")
    func tiesNotFightsOrOffices() {
        let g = graph(
            """
            The Korvex Brigade, which has pledged allegiance to the Velmar Liberation Front, claimed the attack. \
            The Tarn Militia fought alongside the Halden People's Army. Tomas Brel, who co-founded Korvex Holdings in 2017, \
            resigned. Velmar Capital's founder, Anna Lisk, said the vote was fair.
            """)
        #expect(has(g, "korvex_brigade", .affiliatedWith, "velmar_liberation_front") || has(g, "velmar_liberation_front", .affiliatedWith, "korvex_brigade"), "\(keys(g))")
        #expect(has(g, "halden_people_s_army", .affiliatedWith, "tarn_militia") || has(g, "tarn_militia", .affiliatedWith, "halden_people_s_army"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .fought }, "\(keys(g))")
        #expect(has(g, "korvex_holdings", .affiliatedWith, "tomas_brel"), "\(keys(g))")
        #expect(has(g, "anna_lisk", .affiliatedWith, "velmar_capital"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .leads }, "\(keys(g))")
        // A founder is tied to a body only: not a city founded, a possessor, or a country's adjective.
        let founded = graph(
            "Tomas Brel founded Lima in 1535. Anna Lisk founded Chile's first online bank. Lena Ortiz, a founder of the Chilean movement, spoke.")
        #expect(!founded.relations.values.contains { $0.predicate == .affiliatedWith }, "\(keys(founded))")
        // A fight stays a fight.
        let fight = graph("The Tarn Militia fought the Halden People's Army near the border.")
        #expect(fight.relations.values.contains { $0.predicate == .fought }, "\(keys(fight))")
    }

    @Test("'The X Group urged the company': an object's description is never the subject that opens its sentence")
    func objectDescriptionIsNotTheSubject() {
        let g = graph(
            """
            Shares of Korvex Holdings fell 20 percent on Monday. The Minority Investors Group (MIG) urged the company to \
            publish the contracts.
            """)
        // (A group's name is a company's: the group itself was the last company named, and no relation came out.)
        #expect(has(g, "minority_investors_group", .urged, "korvex_holdings"), "\(keys(g))")
    }

    @Test("'urged the central bank', 'accused the regulator': the one organization whose name holds the description's head noun")
    func describedByNameWord() {
        let g = graph(
            """
            The Bank of Velmar said Korvex Savings had lost deposits. The Velmar Central Bank raised rates on Monday. \
            The Orbis Fund urged the central bank to cut them.

            The Drennan Media Regulator fined Canal Libre. The Korvex Press Union accused the regulator of censorship.
            """)
        #expect(has(g, "orbis_fund", .urged, "velmar_central_bank"), "\(keys(g))")
        #expect(!has(g, "orbis_fund", .urged, "bank_of_velmar"))
        #expect(has(g, "korvex_press_union", .accused, "drennan_media_regulator"))
        // Two organizations the plural fits: both (not a guess of one; see describedPair).
        let tie = graph(
            """
            The Korvex Workers Union and the Halden Teachers Union went on strike. Anna Lisk urged the unions to return to talks.
            """)
        #expect(has(tie, "anna_lisk", .urged, "korvex_workers_union") && has(tie, "anna_lisk", .urged, "halden_teachers_union"), "\(keys(tie))")
        // None named with that noun: none.
        let none = graph("Velmar Trust opened an office in Lima. The Orbis Fund urged the regulator to act.")
        #expect(!none.relations.values.contains { $0.predicate == .urged && $0.source == "orbis_fund" }, "\(keys(none))")
    }

    @Test("'His lawyer, X, denied the allegation': X denies for the accused, whose accuser is the target")
    func representativeDenies() {
        let g = graph(
            """
            The Velmar Integrity Office accused Kofi Amegah of taking bribes on Monday. His lawyer, Ama Serwaa, denied the allegation.
            """)
        #expect(has(g, "ama_serwaa", .denied, "velmar_integrity_office"), "\(keys(g))")
        // "His lawyer" speaks for a person, not for a company accused before.
        let company = graph(
            """
            The Velmar Integrity Office accused Korvex Mining of dumping waste on Monday. His lawyer, Ama Serwaa, denied the allegation.
            """)
        #expect(!has(company, "ama_serwaa", .denied, "velmar_integrity_office"), "\(keys(company))")
        // A representative of another party named: no denial of this accusation.
        let other = graph(
            """
            The Drennan Office accused Peter Mensah of fraud. A lawyer for Korvex Bank, Efua Owusu, denied the allegation.
            """)
        #expect(!has(other, "efua_owusu", .denied, "drennan_office"), "\(keys(other))")
        // A party only described after "for" ("the ministry") names nobody to speak for.
        let described = graph(
            """
            Prosecutors in Kenya accused Halbrand Holdings of bribing officials. A spokesman for the ministry, Ali Musa, denied the allegation.
            """)
        #expect(!described.relations.contains { described.entities[$0.source]?.name == "Ali Musa" && $0.predicate == .denied }, "\(keys(described))")
    }

    @Test("a negated verb group states no act: 'has not sanctioned', 'did not attack'")
    func negatedVerb() {
        let g = graph(
            """
            Norway has not sanctioned Korvex Mining, whose ore is used across Europe. \
            Togo did not attack Benin, officials said. Sweden sanctioned Pellwick Freight on Monday.
            """)
        #expect(!has(g, "norway", .accused, "korvex_mining"), "\(keys(g))")
        #expect(!has(g, "togo", .attacked, "benin"))
        #expect(has(g, "sweden", .accused, "pellwick_freight"))
    }

    @Test("'bought' is a merger only between two companies, one bought whole")
    func mergerOnlyOfCompanies() {
        let g = graph(
            """
            Velmar Holdings bought 40 percent of Korvex Mining last year. \
            Togo and Benin have bought South Korean air defence systems. \
            Drennan Foods acquired Pellwick Dairy in March.
            """)
        #expect(!has(g, "velmar_holdings", .mergedWith, "korvex_mining") && !has(g, "korvex_mining", .mergedWith, "velmar_holdings"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .mergedWith && ($0.source == "south_korea" || $0.target == "south_korea") })
        #expect(g.relations.values.contains { $0.predicate == .mergedWith && Set([$0.source, $0.target]) == ["drennan_foods", "pellwick_dairy"] })
    }

    @Test("'denied that …' denies a clause: it answers the accusation, not the actor named in the clause")
    func deniedThatClause() {
        let g = graph(
            """
            Togo's interior minister, Kofi Amegah, accused Benin of letting Norwegian troops train the rebels. \
            Benin denied that any Norwegian troops were stationed in the country.
            """)
        #expect(!has(g, "benin", .denied, "norway"), "\(keys(g))")
        #expect(has(g, "benin", .denied, "kofi_amegah"))
    }

    @Test("a denial does not answer an accusation by the denier's own state")
    func denialNotOfOwnState() {
        let g = graph(
            """
            Kenya's President Daniel Omondi met traders in Mombasa on Monday. \
            Norway last year sanctioned Pellwick Bank, a Kenyan lender it accused of helping rebels move money. \
            Kenyan President Daniel Omondi has rejected such accusations.
            """)
        #expect(!has(g, "daniel_omondi", .denied, "kenya"), "\(keys(g))")
    }
}

@Suite("Verb rules: denials from further back, threats by one's own side, reported attacks")
struct VerbRulesLaterTests: RuleSuite {
    @Test("'rejected the accusation' answers an accusation against the denier made further back than three sentences")
    func definiteDenialFurtherBack() {
        let g = graph(
            """
            Norway accused Sweden on Friday of funnelling money to a fringe party before the vote. \
            The money was handed out in cash in three northern towns. \
            Police searched the party's offices in two cities on Saturday. \
            The party's leader was placed under house arrest for a month. \
            Turnout in the last vote was low. \
            Sweden rejected the accusation as absurd.
            """)
        #expect(has(g, "sweden", .denied, "norway"), "\(keys(g))")
    }

    @Test("'rejected the criticism' with no accusation read answers the speaker of a recent sentence that names the denier")
    func denialOfAClaim() {
        let g = graph(
            """
            Yselde Morrow, who heads Brolla Water Trust, said on Friday that Quillan Pumps Limited had ignored warnings for years. \
            Quillan Pumps Limited rejected the criticism.
            """)
        #expect(has(g, "quillan_pumps_limited", .denied, "yselde_morrow"), "\(keys(g))")
        // Not without a claim noun, nor a speaker who never named the denier, nor the denier's own office holder.
        let plain = graph("Yselde Morrow said Quillan Pumps Limited had been late. Quillan Pumps Limited rejected the plan.")
        #expect(!plain.relations.values.contains { $0.predicate == .denied }, "\(keys(plain))")
        let elsewhere = graph("Yselde Morrow said the flood had closed roads in Dunvar. Quillan Pumps Limited rejected the criticism.")
        #expect(!elsewhere.relations.values.contains { $0.predicate == .denied }, "\(keys(elsewhere))")
        let own = graph(
            """
            Quillan Pumps Limited chief executive Tomas Brel said Quillan Pumps Limited had met every rule. \
            Quillan Pumps Limited rejected the criticism.
            """)
        #expect(!own.relations.values.contains { $0.predicate == .denied }, "\(keys(own))")
    }

    @Test("'denied that …' and 'denied <-ing> …' answer the speaker of a recent sentence that names the denier")
    func denialOfAClaimedDeed() {
        // ("denied dumping waste" is not yet read: the tagger gives "dumping" no gerund tag there; "breaching" it does.)
        for denial in ["Quillan Pumps Limited denied that it had dumped waste.", "Quillan Pumps Limited denied breaching its permit."] {
            let g = graph("Yselde Morrow said Quillan Pumps Limited had dumped waste in the river. \(denial)")
            #expect(has(g, "quillan_pumps_limited", .denied, "yselde_morrow"), "\(keys(g))")
        }
        // Not a speaker who never named the denier, nor a denial of a deed the denier never denied ("rejected that").
        let elsewhere = graph("Yselde Morrow said the flood had closed roads in Dunvar. Quillan Pumps Limited denied dumping waste.")
        #expect(!elsewhere.relations.values.contains { $0.predicate == .denied }, "\(keys(elsewhere))")
        let rejected = graph("Yselde Morrow said Quillan Pumps Limited had been late. Quillan Pumps Limited rejected planning delays.")
        #expect(!rejected.relations.values.contains { $0.predicate == .denied }, "\(keys(rejected))")
    }

    @Test("'warned that its own side would …' is no threat against that side")
    func warningByOwnSide() {
        let g = graph(
            """
            Tomas Velde, the leader of the Northern Liberation Front, signed the truce on Monday. \
            Velde said his fighters would respect the truce, but he warned that the Northern Liberation Front would return to war if the army attacked.
            """)
        #expect(!has(g, "tomas_velde", .threatened, "northern_liberation_front"), "\(keys(g))")
    }

    @Test("'X said Y had shelled its positions': Y attacked X, and X accuses Y")
    func reportedAttackOnReporter() {
        let g = graph("Togo said Benin had shelled its positions near the border on Tuesday.")
        #expect(has(g, "benin", .attacked, "togo"), "\(keys(g))")
        #expect(has(g, "togo", .accused, "benin"))
    }

    @Test("'controlled by' a company is ownership (member_of), never control of territory")
    func companyControl() {
        let g = graph(
            """
            Korvex Airlines, which is controlled by Halbrand Group, carried 9 million passengers last year. \
            The Crimson Front, which controls most of Tarvik Province, attacked a convoy on Monday.
            """)
        #expect(has(g, "korvex_airlines", .memberOf, "halbrand_group"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .controls && $0.target == "korvex_airlines" })
        // A country's name describing the owner ("U.S. private equity firm X"); a participle coordinated after "based in".
        let described = graph(
            """
            Velmar Generics, which is controlled by U.S. private equity firm Korvel Capital, said it was cooperating.             Tarvo Sugar, which is based in Lima and controlled by Peru-based Halbrand Industries, said its books were open.
            """)
        #expect(has(described, "velmar_generics", .memberOf, "korvel_capital"), "\(keys(described))")
        #expect(has(described, "tarvo_sugar", .memberOf, "halbrand_industries"), "\(keys(described))")
        #expect(!described.relations.values.contains { $0.predicate == .controls }, "\(keys(described))")
    }

    @Test("'ordered X to conclude a contract with Y': no agreement stated")
    func directedAgreement() {
        let g = graph(
            """
            President Lena Varga signed a decree on Friday ordering the Halbrand Agency to conclude the contract with Korvex Systems.
            """)
        #expect(!g.relations.values.contains { $0.predicate == .agreedWith }, "\(keys(g))")
    }

    @Test("Legal actions as nouns: an investigation into Y, a civil claim against A and B; 'denied wrongdoing' answers them")
    func legalActionNouns() {
        let g = graph(
            """
            The Velmar Fraud Office opened a criminal investigation into Swedish miner Korvex Resources on Tuesday. \
            Inspectors searched offices in two cities. The office said it would examine three contracts. \
            Auditors had flagged the payments in March. Korvex Resources denied wrongdoing.

            Halbrand Gas, the state company that runs the pipeline, has filed a civil claim against Tomas Velde and Anna Lisk.
            """)
        #expect(has(g, "velmar_fraud_office", .accused, "korvex_resources"), "\(keys(g))")
        #expect(has(g, "korvex_resources", .denied, "velmar_fraud_office"))
        #expect(has(g, "halbrand_gas", .accused, "tomas_velde"))
        #expect(has(g, "halbrand_gas", .accused, "anna_lisk"))
        // An investigation into an event names no accused actor.
        let event = graph("The Velmar Fraud Office opened an investigation into the collapse of the bridge.")
        #expect(!event.relations.values.contains { $0.predicate == .accused }, "\(keys(event))")
        // Nor one into what befell an actor.
        let death = graph("The Tarvel Commission opened an investigation into Lena Ortiz's death on Monday.")
        #expect(!death.relations.values.contains { $0.predicate == .accused }, "\(keys(death))")
    }

    @Test("'dismissed' is a denial only of a claim: not 'dismissed the head of Y' nor 'dismissed three officials'")
    func dismissedPeopleNoDenial() {
        let g = graph(
            """
            The Velmar Environment Agency accused Korvex Chemicals of dumping waste in the Tarn river. \
            President Arne Dahl on Friday dismissed the head of the Velmar Environment Agency. \
            Korvex Chemicals dismissed three officials after the spill.
            """)
        #expect(has(g, "velmar_environment_agency", .accused, "korvex_chemicals"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .denied }, "\(keys(g))")
        let claim = graph(
            """
            The Tarnia Fraud Office accused Brandvik Mining of paying bribes. Brandvik Mining dismissed the accusation as baseless.
            """)
        #expect(has(claim, "brandvik_mining", .denied, "tarnia_fraud_office"), "\(keys(claim))")
    }

    @Test("', accusing it of …' after an opening phrase: the accuser is the clause's subject, not the name before the comma")
    func participleAccuserIsSubject() {
        let g = graph("On Tuesday, Brandvik Mining hit back at the Velmar Workers Union, accusing it of blocking the road.")
        #expect(has(g, "brandvik_mining", .accused, "velmar_workers_union"), "\(keys(g))")
        #expect(!has(g, "velmar_workers_union", .accused, "brandvik_mining"))
        let inner = graph(
            """
            The Korvex Mining Union, which represents the miners, urged the Velmar Council to impose fines on Halbrand Gas, \
            accusing it of polluting the river.
            """)
        // The participle's subject is the main clause's, not that of "to impose" inside it.
        #expect(has(inner, "korvex_mining_union", .accused, "halbrand_gas"), "\(keys(inner))")
        // A name after a preposition and its description ("against Armenian distiller X") is no subject either,
        // when the main clause's subject is no name.
        let described = graph(
            "France's cognac producers have asked the Tarvel Commission to act against Armenian distiller Korvex Spirits, accusing it of selling fakes.")
        #expect(!described.relations.values.contains { $0.source == "korvex_spirits" && $0.predicate == .accused }, "\(keys(described))")
    }

    @Test("', accusing it of …' after a suit 'in the X Court': 'it' is the one sued, not the court; nor a dateline's credit")
    func participleItIsNoVenue() {
        let g = graph("Chile's Fair Trade Office sued Korvex Air in the Federal Court on Monday, accusing it of selling tickets.")
        #expect(has(g, "chilean_fair_trade_office", .accused, "korvex_air"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .accused && $0.target == "federal_court" }, "\(keys(g))")
        let possessed = graph("Chile's Fair Trade Office sued Korvex Air in Lima's High Court, accusing it of selling tickets.")
        #expect(!possessed.relations.values.contains { $0.predicate == .accused && $0.target.contains("high_court") }, "\(keys(possessed))")
        // An unnamed defendant: no court and no agency of the dateline stands in for it.
        let credit = graph("LIMA (AP) - Chile sued a software company in Lima's High Court on Monday, accusing it of spying.")
        #expect(!credit.relations.values.contains { $0.predicate == .accused && $0.source == "chile" }, "\(keys(credit))")
        // Not a venue: "sanctions on X" still names the one accused.
        let on = graph("Chile imposed sanctions on Korvex Air on Monday, accusing it of selling tickets.")
        #expect(has(on, "chile", .accused, "korvex_air"), "\(keys(on))")
    }

    @Test("'Velbank head Lena Ortiz': a title's word between a name and a person is no verb; 'hit', a past tense too, still is")
    func titleWordIsNoVerb() {
        let g = graph("Anti-graft prosecutors in Tarnia opened a case. KVB head Lena Ortiz said the office would appeal.")
        #expect(has(g, "lena_ortiz", .leads, "kvb"), "\(keys(g))")
        #expect(!has(g, "kvb", .leads, "lena_ortiz"), "\(keys(g))")
        let hit = graph("Israel hit Velmar Front commander Ali Brel on Monday.")
        #expect(has(hit, "israel", .attacked, "ali_brel"), "\(keys(hit))")
    }

    @Test("a participle after an apposition's noun group belongs to the name before it: 'X, a former journalist backed by Y'; not over a verb")
    func participleOverApposition() {
        let g = graph("Lena Ortiz, a former journalist backed by the Unity Party, won the vote.")
        #expect(has(g, "unity_party", .supports, "lena_ortiz"), "\(keys(g))")
        let mission = graph("The Kalmar Union sent an observer mission headed by former President Tomas Brel to the vote.")
        #expect(!has(mission, "tomas_brel", .leads, "kalmar_union"), "\(keys(mission))")
    }

    @Test("'The Korvex Union (KU) urged …': the name in brackets is the subject the words before it describe")
    func bracketedAcronymSubject() {
        let g = graph("Guards detained a union organiser. The Kalmari press freedom office (KPFO) urged the Velmar Police Service to release him.")
        #expect(has(g, "kpfo", .urged, "velmar_police_service"), "\(keys(g))")
    }

    @Test("'X, whose chairman, Y, runs a mill, urged …': the name before a relative clause with commas of its own")
    func relativeClauseWithCommas() {
        let g = graph(
            """
            Velmar banned sugar from Tarnia. The Tarnia Sugar Growers Association, whose chairman, Kofi Amegah, runs a mill, \
            urged Velmar to lift the ban.
            """)
        #expect(has(g, "tarnia_sugar_growers_association", .urged, "velmar"), "\(keys(g))")
        #expect(!has(g, "kofi_amegah", .urged, "velmar"), "\(keys(g))")
        // The name before its short name in brackets: "X (XY), which …, Y, urged".
        let bracketed = graph(
            """
            Velmar banned sugar from Tarnia. The Tarnia Sugar Growers Association (TSGA), which signed the contract alongside \
            the mayor of Korvo, Kofi Amegah, urged Velmar to lift the ban.
            """)
        #expect(has(bracketed, "tarnia_sugar_growers_association", .urged, "velmar"), "\(keys(bracketed))")
        #expect(!has(bracketed, "kofi_amegah", .urged, "velmar"), "\(keys(bracketed))")
        // Negative: brackets that hold no name ("(in 2019)") leave the clause's own subject reading as it was.
        let aside = graph("Velmar banned sugar from Tarnia. Kofi Amegah, the mayor of Korvo, urged Velmar to lift the ban.")
        #expect(has(aside, "kofi_amegah", .urged, "velmar"), "\(keys(aside))")
    }

    @Test("'X called the killing \"a cowardly attack\" and urged Y': the first verb's subject over its quotation")
    func andVerbOverQuotation() {
        let g = graph(
            """
            A bomb wrecked the town hall of Korvo in Peru on Sunday. Governor Lena Ortiz called the bombing "an assault on \
            all of us" and urged the federal government to rebuild it.
            """)
        #expect(has(g, "lena_ortiz", .urged, "peru"), "\(keys(g))")
    }

    @Test("'urged both sides': the parties of the last dispute or deal, not of a designation; else the two states named most")
    func bothSidesParties() {
        let g = graph(
            """
            Chile accused Peru of moving troops to the border on Monday. Peru denied it. \
            The United States designated the Crimson Front a terrorist group. Norway urged both sides to return to talks.
            """)
        #expect(has(g, "norway", .urged, "chile"), "\(keys(g))")
        #expect(has(g, "norway", .urged, "peru"), "\(keys(g))")
        #expect(!has(g, "norway", .urged, "crimson_front"), "\(keys(g))")
        let states = graph(
            """
            Peru closed its border with Chile on Monday. Trucks waited for days at the Peru crossing, and traders in Chile \
            lost money. Bolivia called on both governments to reopen the crossing.
            """)
        #expect(has(states, "bolivia", .urged, "peru"), "\(keys(states))")
        #expect(has(states, "bolivia", .urged, "chile"), "\(keys(states))")
        // "urged both clans": the two collectives that fought.
        let clans = graph(
            """
            Fighting broke out between the Korvani and the Delmari clans near Tarvelo on Friday. Korvani gunmen attacked \
            Delmari villages. Governor Anna Lisk called on both clans to observe a truce.
            """)
        #expect(has(clans, "anna_lisk", .urged, "korvani"), "\(keys(clans))")
        #expect(has(clans, "anna_lisk", .urged, "delmari"), "\(keys(clans))")
        // Two companies' dispute has no clans.
        let companies = graph(
            """
            Velmar Group accused Korvex Oil of fraud on Monday. Clashes later erupted near the mine. Governor Anna Lisk \
            urged both tribes to keep calm.
            """)
        #expect(!companies.relations.values.contains { $0.source == "anna_lisk" && $0.predicate == .urged }, "\(keys(companies))")
    }

    @Test("'urged both sides', 'called on all parties to the conflict': the pair of the most disputes (an office holder's for the body), not the latest side event")
    func bothSidesMainDispute() {
        let g = graph(
            """
            Chile accused Peru of moving troops to the border on Monday. Defence Minister Anna Lisk of Peru denied that \
            Peru had sent troops. Chile also accused Peru of closing the port. The Tarsel Party accused the Velmar Union \
            of bribing voters. Rain fell. Rain fell. Rain fell. Rain fell. Rain fell. Rain fell. Rain fell. \
            The Orbis Council called on all parties to the conflict to return to talks.
            """)
        #expect(has(g, "orbis_council", .urged, "chile"), "\(keys(g))")
        #expect(has(g, "orbis_council", .urged, "peru"), "\(keys(g))")
        #expect(!has(g, "orbis_council", .urged, "tarsel_party"), "\(keys(g))")
        // A minister's deeds are her state's: the sides are the states.
        let office = graph(
            """
            Chile's Foreign Minister Jonas Brevik accused Peru of shelling the border town of Oska. \
            Peru's Defence Minister Lena Ortiz accused Chile of arming rebels. Norway urged both sides to show restraint.
            """)
        #expect(has(office, "norway", .urged, "chile"), "\(keys(office))")
        #expect(has(office, "norway", .urged, "peru"), "\(keys(office))")
    }

    @Test("'accused the two carriers', 'urged both retailers', 'urged the companies': the last two organizations (no public bodies) named joined by 'and'")
    func describedPair() {
        let g = graph(
            """
            Korvex Airways and Chile's Tarsel Air signed a joint-venture agreement on Tuesday. Tarsel Air flies to 40 cities. \
            The regulator blocked a similar tie-up between Korvex Airways and Orbis Jet in 2022. \
            Velmar Airlines accused the two carriers of carving up the market.
            """)
        #expect(has(g, "velmar_airlines", .accused, "korvex_airways"), "\(keys(g))")
        #expect(has(g, "velmar_airlines", .accused, "tarsel_air"), "\(keys(g))")
        // (The pair named most, not an aside's later pair.)
        #expect(!has(g, "velmar_airlines", .accused, "orbis_jet"), "\(keys(g))")
        let urged = graph(
            """
            Orbis Cables and its rival Drennan Wire agreed to merge on Monday. The Velmar Competition Commission and the Halden \
            Trade Office will review the deal. The Metal Workers Federation urged the companies to guarantee jobs.
            """)
        #expect(has(urged, "metal_workers_federation", .urged, "orbis_cables"), "\(keys(urged))")
        #expect(has(urged, "metal_workers_federation", .urged, "drennan_wire"), "\(keys(urged))")
        // A name after the noun is the object itself; with no pair named, nothing.
        let none = graph("Velmar Airlines opened a route on Monday. Norway urged the companies to cut fares.")
        #expect(!none.relations.values.contains { $0.predicate == .urged }, "\(keys(none))")
        // After a bare "the", a noun of one kind of body needs a pair of that kind.
        let kind = graph("Korvex Mining and Tarsel Energy signed a supply deal in Lima. Peru's regulator accused the banks of hiding losses.")
        #expect(!kind.relations.values.contains { $0.predicate == .accused }, "\(keys(kind))")
    }

    @Test("'Chile denied it had sent troops to Peru': a denied deed is not drawn; 'said it had sent' is")
    func deniedDeed() {
        let denied = graph("Chile denied it had sent troops to Peru. Bolivia denies that it attacked the Velmar Union.")
        #expect(!denied.relations.values.contains { $0.predicate == .deployedTo || $0.predicate == .attacked }, "\(keys(denied))")
        let said = graph("Chile said it had sent troops to Peru.")
        #expect(has(said, "chile", .deployedTo, "peru"), "\(keys(said))")
    }

    @Test("', accusing its neighbour of …': the one other state the sentence names; a state after a preposition is no subject")
    func accusedNeighbour() {
        let g = graph(
            """
            LIMA — Chile's military government on Monday closed its border crossing with Peru, at the Tacna post, \
            accusing its northern neighbour of sheltering rebels.
            """)
        #expect(has(g, "chile", .accused, "peru"), "\(keys(g))")
        #expect(!has(g, "peru", .accused, "chile"), "\(keys(g))")
        // Two other states: no guess.
        let two = graph("Chile closed its borders with Peru and Bolivia on Monday, accusing its neighbour of sheltering rebels.")
        #expect(!two.relations.values.contains { $0.predicate == .accused && $0.source == "chile" }, "\(keys(two))")
    }

    @Test("a person 'a member of' an assembly or a national organisation belongs to it; of a council, holds a seat")
    func personMember() {
        let g = graph(
            """
            The motion was tabled by Lena Varga, a member of the Tarvel County Assembly, on Monday.             The minister, Tomas Brel, a member of the Korvan National Organisation (KNO), resigned.             He is a member of the Velmar Renewal Front (VRF) party.             Anna Lisk, a member of the Velmar Electoral Council, voted against.
            """)
        #expect(has(g, "lena_varga", .memberOf, "tarvel_county_assembly"), "\(keys(g))")
        #expect(has(g, "tomas_brel", .memberOf, "korvan_national_organisation"), "\(keys(g))")
        #expect(!has(g, "lena_varga", .roleIn, "tarvel_county_assembly"), "\(keys(g))")
        #expect(has(g, "anna_lisk", .roleIn, "velmar_electoral_council"), "\(keys(g))")
    }

    @Test("a person after a title ends before 'of' and a known place, and is the subject, not the place; a 'where' aside is skipped")
    func titledPersonOfPlace() {
        let g = graph(
            """
            Senator Lena Corvell of Vermont, where the company employs 600 people, urged the Velmar Trade Office to act. \
            The council president, Ambassador Kofi Tarvo-Mensa of Ghana, said he would consult. \
            Ambassador Kofi Tarvo-Mensa of Ghana urged Chile to reopen the port.
            """)
        let names = g.entities.values.map { "\($0.name) \($0.kind)" }
        func kind(_ name: String) -> EntityKind? { g.entities.values.first { $0.name == name }?.kind }
        #expect(kind("Lena Corvell") == .person, "\(names)")
        #expect(kind("Vermont") == .location, "\(names)")
        #expect(kind("Kofi Tarvo-Mensa") == .person, "\(names)")
        #expect(kind("Ghana") == .country, "\(names)")
        #expect(has(g, "lena_corvell", .urged, "velmar_trade_office"), "\(keys(g))")
        #expect(has(g, "kofi_tarvo_mensa", .urged, "chile"), "\(keys(g))")
        #expect(!has(g, "ghana", .urged, "chile"), "\(keys(g))")
    }

    @Test("'A and the B called on both sides': each caller; 'A and B fought near C': no fight with a place")
    func coordinatedCallersAndPlaces() {
        let g = graph(
            """
            The Kalar militia attacked Velmar army posts near Gondar on Monday. Velmar's army and the Kalar militia fought \
            near Gondar again. The United States and the European Union called on both sides to agree a ceasefire.
            """)
        #expect(has(g, "united_states", .urged, "kalar_militia"), "\(keys(g))")
        #expect(has(g, "european_union", .urged, "kalar_militia"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .fought && ($0.source == "gondar" || $0.target == "gondar") }, "\(keys(g))")
    }

    @Test("'headed west toward', 'led to', 'ran for' lead nothing; 'joined X in condemning' and a state 'joining' a state make no member")
    func motionAndSharedActs() {
        let g = graph(
            """
            Police said the convoy that carried Tarek Velmon away headed west toward Guatemala. \
            The Velmar Front joined the Kalar Alliance in attacking the town. \
            Japan and the European Union joined the United States in condemning the test. Anna Lisk heads the Velmar Front.
            """)
        #expect(!has(g, "tarek_velmon", .leads, "guatemala"), "\(keys(g))")
        #expect(!has(g, "velmar_front", .memberOf, "kalar_alliance"), "\(keys(g))")
        #expect(!has(g, "japan", .memberOf, "united_states"), "\(keys(g))")
        #expect(!has(g, "european_union", .memberOf, "united_states"), "\(keys(g))")
        #expect(has(g, "anna_lisk", .leads, "velmar_front"), "\(keys(g))")
        let joined = graph("Finland joined the Velmar Alliance in 2023.")
        #expect(has(joined, "finland", .memberOf, "velmar_alliance"), "\(keys(joined))")
        let rejoined = graph("Finland rejoined the Velmar Alliance in 2023.")
        #expect(has(rejoined, "finland", .memberOf, "velmar_alliance"), "\(keys(rejoined))")
    }

    @Test("noun patterns: talks suspended or called off are no meeting; a body's unit's office places the unit, not the body")
    func haltedTalksAndUnitOffices() {
        let suspended = graph("President Lena Varga suspended peace talks with the Velmar Front in January.")
        #expect(!has(suspended, "lena_varga", .metWith, "velmar_front") && !has(suspended, "velmar_front", .metWith, "lena_varga"), "\(keys(suspended))")
        for text in ["Chile called off talks with Peru.", "Chile broke off talks with Peru last year.", "Chile postponed talks with Peru."] {
            let halted = graph(text)
            #expect(!has(halted, "chile", .metWith, "peru") && !has(halted, "peru", .metWith, "chile"), "\(text): \(keys(halted))")
        }
        let held = graph("Chile held peace talks with Peru on Monday.")
        #expect(has(held, "chile", .metWith, "peru") || has(held, "peru", .metWith, "chile"), "\(keys(held))")
        let unit = graph("The Velmar Union human rights office in Colombia said it had received reports.")
        #expect(!has(unit, "velmar_union", .locatedIn, "colombia"), "\(keys(unit))")
        let own = graph("The Korvex Group's regional office in Lima said sales fell.")
        #expect(has(own, "korvex_group", .locatedIn, "lima"), "\(keys(own))")
    }

    @Test("a term that ended leads nothing: 'who ran the company from 2019 to 2023', 'led X until 2020'; 'since 2017' still leads")
    func endedTerms() {
        let ran = graph("The court found that Tomas Brel, who ran Korvex Coal from 2019 to 2023, had arranged the deal.")
        #expect(!has(ran, "tomas_brel", .leads, "korvex_coal"), "\(keys(ran))")
        let until = graph("Lena Varga led the Velmar Party until 2020.")
        #expect(!has(until, "lena_varga", .leads, "velmar_party"), "\(keys(until))")
        let passive = graph("The Korvex Union, led by Ana Ruiz from 2010 to 2015, said it would strike.")
        #expect(!has(passive, "ana_ruiz", .leads, "korvex_union"), "\(keys(passive))")
        let since = graph("Lena Varga has led the Tarsel Party since 2017.")
        #expect(has(since, "lena_varga", .leads, "tarsel_party"), "\(keys(since))")
        let plain = graph("Lena Varga led the Velmar Party in 2020.")
        #expect(has(plain, "lena_varga", .leads, "velmar_party"), "\(keys(plain))")
    }

    @Test("'who heads the Korvex Bank's legal department': a unit of the body, role_in it; 'who leads the party' still leads")
    func leadsUnitOfBody() {
        let unit = graph("Anna Velde, who heads the Korvex Bank's legal department, said the loan was legal.")
        #expect(has(unit, "anna_velde", .roleIn, "korvex_bank"), "\(keys(unit))")
        #expect(!has(unit, "anna_velde", .leads, "korvex_bank"), "\(keys(unit))")
        let demonym = graph("Ivo Lask, who runs Tarvo Mining's Chilean unit, resigned.")
        #expect(!has(demonym, "ivo_lask", .leads, "tarvo_mining"), "\(keys(demonym))")
        let whole = graph("Marek Dolvan, who leads the Velmar Party, resigned.")
        #expect(has(whole, "marek_dolvan", .leads, "velmar_party"), "\(keys(whole))")
    }

    @Test("'met both companies': the two parties only when neither is a public body")
    func bothCompanies() {
        let regulator = graph(
            "The Velmar Competition Commission accused Korvex Cement of abusing its dominance. The Velmar Trade Ministry said it had met both companies in February.")
        #expect(!has(regulator, "velmar_competition_commission", .metWith, "velmar_trade_ministry"), "\(keys(regulator))")
        #expect(!has(regulator, "velmar_trade_ministry", .metWith, "velmar_competition_commission"), "\(keys(regulator))")
        let firms = graph("Korvex Cement accused Tarsel Cement of dumping. The Velmar Trade Ministry said it had met both companies in February.")
        #expect(has(firms, "korvex_cement", .metWith, "velmar_trade_ministry") || has(firms, "velmar_trade_ministry", .metWith, "korvex_cement"), "\(keys(firms))")
        #expect(has(firms, "tarsel_cement", .metWith, "velmar_trade_ministry") || has(firms, "velmar_trade_ministry", .metWith, "tarsel_cement"), "\(keys(firms))")
    }

    @Test("a denied claim's named author wins ('rejected the criticism from X'); an unnamed critic nearer stops the look back")
    func claimAuthor() {
        let named = graph(
            "Marta Velk said Tarvo Rail had delayed the line. Tarvo Rail rejected the criticism from Oskar Brand on Friday.")
        #expect(has(named, "tarvo_rail", .denied, "oskar_brand"), "\(keys(named))")
        #expect(!has(named, "tarvo_rail", .denied, "marta_velk"), "\(keys(named))")
        let unnamed = graph(
            """
            Marta Velk said Tarvo Rail had hired 40 drivers. The drivers' union criticised the plan on Monday. \
            Tarvo Rail rejected that criticism.
            """)
        #expect(!unnamed.relations.values.contains { $0.predicate == .denied }, "\(keys(unnamed))")
    }

    @Test("a seat participle after an apposed description under a dateline: the apposed body; after a preposition: nobody")
    func seatParticipleAfterDateline() {
        let dateline = graph("OSLO — Tarvel Aid, a U.N. agency registered in Geneva, opened a depot in Kessa.")
        #expect(has(dateline, "tarvel_aid", .locatedIn, "geneva"), "\(keys(dateline))")
        #expect(!dateline.relations.values.contains { $0.source == "united_nations" && $0.predicate == .locatedIn }, "\(keys(dateline))")
        let preposition = graph("In a note to Tarvel Aid, the U.N. agency registered in Geneva asked for trucks.")
        #expect(!preposition.relations.values.contains { $0.predicate == .locatedIn && $0.target == "geneva" }, "\(keys(preposition))")
    }

    @Test("passive 'led by'/'run by'/'operated by': over an acronym in brackets, a state's junta, a facility run; not active 'operated in', not 'once led by'")
    func passiveLeaders() {
        let acronym = graph("The Korvel Unity Council (KUC), led by Marten Holvik, closed the airport on Sunday.")
        #expect(has(acronym, "marten_holvik", .leads, "korvel_unity_council"), "\(keys(acronym))")
        // A body named after a preposition is not the one led: "a team of the Korvel Unity Council (KUC), headed by …".
        let of = graph("A team of the Korvel Unity Council (KUC), headed by Marten Holvik, visited the port.")
        #expect(!has(of, "marten_holvik", .leads, "korvel_unity_council"), "\(keys(of))")
        let junta = graph("Bhutan's ruling junta, led by Colonel Marten Holvik, closed the border with Tarsova.")
        #expect(has(junta, "marten_holvik", .leads, "bhutan"), "\(keys(junta))")
        let minister = graph("Bhutan's trade minister, backed by Marten Holvik, closed the border.")
        #expect(!minister.relations.values.contains { $0.target == "bhutan" && $0.predicate == .leads }, "\(keys(minister))")
        let run = graph("The Orsk Power Station is run by Valdra Energy. The Kessa Gold Mine, operated by Tarnel Mining, employs 900 people.")
        #expect(has(run, "valdra_energy", .leads, "orsk_power_station"), "\(keys(run))")
        #expect(has(run, "tarnel_mining", .leads, "kessa_gold_mine"), "\(keys(run))")
        let active = graph("The Velmar Front operated in Tarsova for a decade. Tarnel Mining managed the Kessa Gold Mine until 2019.")
        #expect(!active.relations.values.contains { $0.predicate == .leads }, "\(keys(active))")
        // A time phrase before the agent: "owned since 2021 by", "led since March by"; not "until 2019 by", a past one.
        let since = graph("Orsk Dunav, owned since 2021 by Valdra Energy, said it would appeal. Tarnel Mining, led since March by Marten Holvik, agreed.")
        #expect(has(since, "orsk_dunav", .memberOf, "valdra_energy"), "\(keys(since))")
        #expect(has(since, "marten_holvik", .leads, "tarnel_mining"), "\(keys(since))")
        // A place describing the owner: the company it describes, which controls no state.
        let place = graph("Orsk Dunav, owned since 2021 by Lima construction group Valdra Energy, agreed. The rest is held by Tarnel Deep, a Peruvian company controlled by the Lima investment group Kessa Capital.")
        #expect(has(place, "orsk_dunav", .memberOf, "valdra_energy"), "\(keys(place))")
        #expect(!place.relations.values.contains { $0.predicate == .memberOf && $0.target == "lima" }, "\(keys(place))")
        #expect(!place.relations.values.contains { $0.predicate == .controls && $0.target == "peru" }, "\(keys(place))")
        let until = graph("Orsk Dunav, owned until 2019 by Valdra Energy, said it would appeal.")
        #expect(!until.relations.values.contains { $0.predicate == .memberOf }, "\(keys(until))")
        let former = graph("The Velmar Labour Party, once led by Marten Holvik, lost its seats.")
        #expect(!former.relations.values.contains { $0.predicate == .leads }, "\(keys(former))")
        // What a plural noun names is run, not the name before it: the platform's accounts, not the platform.
        let platform = graph("Investigators found Kelmarnet accounts operated by the Tarsova Media Centre and channels run by Valdra Energy.")
        #expect(!platform.relations.values.contains { $0.predicate == .leads }, "\(keys(platform))")
        // "A and B, both run by X": each of the list.
        let both = graph("The Velmar Police Academy and the Velmar Security Academy, both run by the Tarsova Interior Ministry, expelled them.")
        #expect(has(both, "tarsova_interior_ministry", .leads, "velmar_police_academy"), "\(keys(both))")
        #expect(has(both, "tarsova_interior_ministry", .leads, "velmar_security_academy"), "\(keys(both))")
        // Without "both" only the name before the comma is run.
        let one = graph("The Velmar Police Academy and the Velmar Security Academy, run by the Tarsova Interior Ministry, expelled them.")
        #expect(!has(one, "tarsova_interior_ministry", .leads, "velmar_police_academy"), "\(keys(one))")
    }

    @Test("'rejected claims by X that …', 'denied a report by the Swiss weekly X': X denied and, with a 'that' clause, accusing the denier")
    func namedClaimAuthor() {
        let claims = graph("Orvane Shipping rejected claims by the Tessel Harbour Union that its cranes were unsafe.")
        #expect(has(claims, "orvane_shipping", .denied, "tessel_harbour_union"), "\(keys(claims))")
        #expect(has(claims, "tessel_harbour_union", .accused, "orvane_shipping"), "\(keys(claims))")
        let report = graph("Bhutan denied a report by the Swiss weekly Marlo Zeitung that its police had detained two monks.")
        #expect(has(report, "bhutan", .denied, "marlo_zeitung"), "\(keys(report))")
        #expect(has(report, "marlo_zeitung", .accused, "bhutan"), "\(keys(report))")
        // No "that" clause: the denial only.
        // Someone of the author's is not the author.
        let family = graph("Orvane Shipping denied allegations from Piet Calloway's family that it had hidden the logs.")
        #expect(!family.relations.values.contains { $0.target == "piet_calloway" || $0.source == "piet_calloway" }, "\(keys(family))")
        let bare = graph("Orvane Shipping denied allegations from Piet Calloway on Monday.")
        #expect(has(bare, "orvane_shipping", .denied, "piet_calloway"), "\(keys(bare))")
        #expect(!bare.relations.values.contains { $0.predicate == .accused }, "\(keys(bare))")
        // The claim noun elsewhere in the sentence, not the denial's object: no author.
        let citing = graph("Orvane Shipping rejected the fine, citing a report by the Tessel Harbour Union.")
        #expect(!citing.relations.values.contains { $0.target == "tessel_harbour_union" }, "\(keys(citing))")
    }

    @Test("a body 'owned by' a person, or a person 'who owns' it: affiliated_with, no member_of; not 'owned by X's brother'")
    func personOwner() {
        let passive = graph("Halvard Radio, owned by the shipping magnate Oskar Tennberg, lost its licence.")
        #expect(has(passive, "halvard_radio", .affiliatedWith, "oskar_tennberg"), "\(keys(passive))")
        #expect(!passive.relations.values.contains { $0.predicate == .memberOf }, "\(keys(passive))")
        let active = graph("Oskar Tennberg, who owns Halvard Radio, denied the claims.")
        #expect(has(active, "halvard_radio", .affiliatedWith, "oskar_tennberg"), "\(keys(active))")
        let relative = graph("Oskar Tennberg ran the port. Halvard Radio, a station owned by Tennberg's brother, lost its licence.")
        #expect(!relative.relations.values.contains { $0.predicate == .affiliatedWith }, "\(keys(relative))")
        // A company owner keeps member_of.
        let company = graph("Halvard Radio, owned by Tennberg Media Group, lost its licence.")
        #expect(has(company, "halvard_radio", .memberOf, "tennberg_media_group"), "\(keys(company))")
    }

    @Test("'X said Y had … and accused Z': the accusation is the speaker's, not the reported clause's subject's")
    func sayerAccuses() {
        let g = graph(
            """
            Village elder Tomas Brell said the Korvex Front had burned two farms, and accused the Halden Guard of letting its fighters pass.
            """)
        #expect(has(g, "tomas_brell", .accused, "halden_guard"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.source == "korvex_front" && $0.target == "halden_guard" }, "\(keys(g))")
        let urged = graph("Mayor Ilse Marant said the strike had closed three schools but urged the Tarvo Teachers Union to keep talking.")
        #expect(has(urged, "ilse_marant", .urged, "tarvo_teachers_union"), "\(keys(urged))")
        // A verb coordinated inside the reported clause with no accusation or call stays the clause's subject's.
        let killed = graph("Tomas Brell said the Korvex Front had burned two farms and attacked the Halden Guard.")
        #expect(has(killed, "korvex_front", .attacked, "halden_guard"), "\(keys(killed))")
        // The clause finder's reading (the frames'): a parenthetical "X said" is no reporting clause; "said that …",
        // "told reporters that …" are (an accusation or a call coordinated after them is the reporter's, as the
        // corpus's gold reads every such sentence), and the verb patterns read it alike.
        let aside = FrameRulesTests.drawn("The Korvex Front, Governor Lena Ortiz said, seized the mine on Monday and urged Velmar Mining to pay a ransom.")
        #expect(!aside.contains { $0.source == "lena_ortiz" && $0.predicate == .urged }, "\(aside)")
        let that = FrameRulesTests.drawn("Lena Ortiz said that the Korvex Front had burned two farms and accused the Halden Guard of negligence.")
        #expect(that.contains { $0.source == "lena_ortiz" && $0.predicate == .accused && $0.target == "halden_guard" }, "\(that)")
        #expect(!that.contains { $0.source == "korvex_front" && $0.predicate == .accused }, "\(that)")
        let told = FrameRulesTests.drawn("Lena Ortiz told reporters that the Korvex Front had burned two farms and accused the Halden Guard of negligence.")
        #expect(told.contains { $0.source == "lena_ortiz" && $0.predicate == .accused }, "\(told)")
        let patterns = graph("Lena Ortiz said that the Korvex Front had burned two farms and accused the Halden Guard of negligence.")
        #expect(has(patterns, "lena_ortiz", .accused, "halden_guard"), "\(keys(patterns))")
        #expect(!patterns.relations.values.contains { $0.source == "korvex_front" && $0.predicate == .accused }, "\(keys(patterns))")
        // "denied that …" too, and a reported clause two clauses deep ("said the vote showed that the court had …").
        let denied = graph("Mayor Ivo Stenn denied that the Tarvo Port Police had beaten anyone and accused Korvex Shipping of spreading lies.")
        #expect(has(denied, "ivo_stenn", .accused, "korvex_shipping"), "\(keys(denied))")
        #expect(!denied.relations.values.contains { $0.source == "tarvo_port_police" && $0.predicate == .accused }, "\(keys(denied))")
        let deep = graph("The Orsa Bar Council said the ruling showed that the judges could still act freely and urged Velmar Radio to retract its report.")
        #expect(has(deep, "orsa_bar_council", .urged, "velmar_radio"), "\(keys(deep))")
        // A verb that is no accusation or call, coordinated inside "that …", stays the reported subject's.
        let attacked = graph("Lena Ortiz said that the Korvex Front had burned two farms and attacked the Halden Guard.")
        #expect(has(attacked, "korvex_front", .attacked, "halden_guard"), "\(keys(attacked))")
    }

    @Test("a coordinated verb takes the subject the clause finder gives it: over an apposition, a relative clause, auxiliaries")
    func coordinatedClauseSubject() {
        // "X's title, NAME, welcomed … but urged Y": the name in apposition.
        let apposed = graph("Chile's mining minister, Oskar Brandt, welcomed the verdict but urged Tarvel Copper to reopen the shaft.")
        #expect(has(apposed, "oskar_brandt", .urged, "tarvel_copper"), "\(keys(apposed))")
        // "X, which …, lifted … but has urged Y": over the relative clause and the auxiliary.
        let relative = graph(
            "The Halvern Traders League, which expelled two members in May, lifted its boycott last year but has urged Korvex Freight to cut its fees.")
        #expect(has(relative, "halvern_traders_league", .urged, "korvex_freight"), "\(keys(relative))")
        // "X called the plan 'a disgrace' for a town that …, and urged Y": the first verb's subject, over the quotation
        // and the relative clause that follows it.
        let quoted = graph(
            "Senator Dora Lisk called the closure \"a betrayal\" of a valley that once fed the region, and urged Velmar Rail to reverse it.")
        #expect(has(quoted, "dora_lisk", .urged, "velmar_rail"), "\(keys(quoted))")
        // "A of B condemned … but accused Y": the person, not the party named after "of".
        let party = graph("Senator Anna Berg of the Orsk Renewal Party condemned the clip but accused Halden Media of staging it.")
        #expect(has(party, "anna_berg", .accused, "halden_media"), "\(keys(party))")
        #expect(!party.relations.values.contains { $0.source == "orsk_renewal_party" && $0.predicate == .accused }, "\(keys(party))")
        // A reporting clause the clause finder finds no subject for ("Oslo" read as its object): the patterns' own reading.
        let place = graph("Chile's Minister of Mines, Kari Lund, said Lima deeply regretted the expulsion and urged Peru to reconsider it.")
        #expect(has(place, "kari_lund", .urged, "peru"), "\(keys(place))")
        // Negative: a subject of its own after "and" is kept ("… and Korvex Freight urged Y").
        let own = graph("The Halvern Traders League left the talks and Korvex Freight urged Velmar Rail to lower its tariffs.")
        #expect(has(own, "korvex_freight", .urged, "velmar_rail"), "\(keys(own))")
        #expect(!own.relations.values.contains { $0.source == "halvern_traders_league" && $0.predicate == .urged }, "\(keys(own))")
    }

    @Test("'A (AX) and B urged …', 'A and B (BX) urged …': both subjects act, over an acronym in brackets")
    func coordinatedSubjectsOverAcronym() {
        let first = graph("The Tarsel Rights Watch (TRW) and the Ostrava Press Forum urged Velmar Radio to free its reporters.")
        #expect(has(first, "tarsel_rights_watch", .urged, "velmar_radio"), "\(keys(first))")
        #expect(has(first, "ostrava_press_forum", .urged, "velmar_radio"), "\(keys(first))")
        let second = graph("The Tarsel Rights Watch and the Ostrava Press Forum (OPF) accused Velmar Radio of lying.")
        #expect(has(second, "tarsel_rights_watch", .accused, "velmar_radio"), "\(keys(second))")
        #expect(has(second, "ostrava_press_forum", .accused, "velmar_radio"), "\(keys(second))")
        // Negative: a name before the brackets that is no coordinated subject ("a report by A (AX) and urged").
        let object = graph("The Ostrava Press Forum cited a report by the Tarsel Rights Watch (TRW) and urged Velmar Radio to reply.")
        #expect(!object.relations.values.contains { $0.source == "tarsel_rights_watch" && $0.predicate == .urged }, "\(keys(object))")
    }

    @Test("'A and Lima-based B urged …', 'A and the Chilean textile group B urged …': a description before the second subject")
    func coordinatedSubjectsOverDescription() {
        let based = graph(
            "LIMA — Peru closed a radio station. The Tarsel Press Guild and Quito-based Ostrava Media Watch urged the government to reopen it.")
        #expect(has(based, "tarsel_press_guild", .urged, "peru"), "\(keys(based))")
        #expect(has(based, "ostrava_media_watch", .urged, "peru"), "\(keys(based))")
        let described = graph(
            """
            LIMA — Peru jailed a union organizer. The Danish retailer Halvern Stores and the Chilean textile group \
            Korvex Textiles urged the government to free him.
            """)
        #expect(has(described, "halvern_stores", .urged, "peru"), "\(keys(described))")
        #expect(has(described, "korvex_textiles", .urged, "peru"), "\(keys(described))")
        // Negative: a name inside a prepositional phrase before "and" is no subject.
        let object = graph(
            "LIMA — Peru jailed a union organizer. A report on Halvern Stores and the Chilean textile group Korvex Textiles urged the government to act.")
        #expect(!object.relations.values.contains { $0.source == "halvern_stores" && $0.predicate == .urged }, "\(keys(object))")
        // Nor a name before time words: "Chile praised Bolivia and a day later Peru urged Ecuador …".
        let later = graph("Chile praised Bolivia on Monday and a day later Peru urged Ecuador to join the pact.")
        #expect(!has(later, "bolivia", .urged, "ecuador"), "\(keys(later))")
    }

    @Test("'Nine embassies, including those of A, B and C, urged …', 'A, B and C issued a joint statement urging …': each state")
    func listedAndStatementSubjects() {
        let included = graph(
            """
            LIMA — Peru's police fired tear gas at protesters. Nine Western embassies, including those of Chile, Bolivia and \
            Ecuador, urged the Peruvian National Police to show restraint.
            """)
        for state in ["chile", "bolivia", "ecuador"] {
            #expect(has(included, state, .urged, "peruvian_national_police"), "\(keys(included))")
        }
        let statement = graph(
            """
            LIMA — Peru's police fired tear gas at protesters. Chile, Bolivia and Ecuador issued a joint statement urging \
            the Peruvian National Police to show restraint.
            """)
        for state in ["chile", "bolivia", "ecuador"] {
            #expect(has(statement, state, .urged, "peruvian_national_police"), "\(keys(statement))")
        }
        // Negative: a list after a clause names what was acted on, not who acts next.
        let object = graph(
            """
            The Tarsel Football Union has suspended several national federations, including those of Chile, Bolivia and \
            Ecuador, urging the Velmar Sports Council to act.
            """)
        #expect(!has(object, "bolivia", .urged, "velmar_sports_council"), "\(keys(object))")
        #expect(!has(object, "ecuador", .urged, "velmar_sports_council"), "\(keys(object))")
        // (Known and left: the participle's older reading still gives the name right before "urging", Chile, as its
        // subject here; the list rule adds no one.)
        // Negative: a participle after a statement no one in the sentence is said to issue has no issuer.
        let unissued = graph("Chile, Bolivia and Ecuador met on Monday, and a statement urging the Velmar Sports Council to act was read.")
        #expect(!has(unissued, "bolivia", .urged, "velmar_sports_council"), "\(keys(unissued))")
        #expect(!has(unissued, "ecuador", .urged, "velmar_sports_council"), "\(keys(unissued))")
    }

    @Test("review: 'at X's request' after a comma-ended clause belongs to the verb after it; a quotation or 'as' alone rebuts nothing")
    func secondReviewCases() {
        let request = graph("Chile closed the border on Monday, and Peru, at Bolivia's request, sent troops to the area.")
        #expect(!has(request, "bolivia", .urged, "chile"), "\(keys(request))")
        #expect(has(request, "bolivia", .urged, "peru"), "\(keys(request))")
        let fair = graph(
            """
            The Tarsel Audit Office accused the Korvex Group of hiding losses on Monday. \
            Korvex Group described the report as a fair summary of its accounts.
            """)
        #expect(!fair.relations.values.contains { $0.predicate == .denied }, "\(keys(fair))")
    }

    @Test("'at X's request', 'at the request of X': X urged the clause's doer")
    func atRequest() {
        let possessive = graph("Swedish police arrested the two smugglers in Lund at Norway's request.")
        #expect(has(possessive, "norway", .urged, "sweden"), "\(keys(possessive))")
        let of = graph("At the request of the Orsa Port Authority, Korvex Shipping suspended its night crossings.")
        #expect(has(of, "orsa_port_authority", .urged, "korvex_shipping"), "\(keys(of))")
        // "said it had …": the clause finder's "it" is the speaker.
        let it = graph("The Halvern Drug Agency said it had inspected the Tarvo plant at Peru's request.")
        #expect(has(it, "peru", .urged, "halvern_drug_agency"), "\(keys(it))")
        // The name apposed to a possessed description; an infinitive's governing verb.
        let apposed = graph(
            "The Orsk Data Board ordered the Velmar regulator to raise its fine at the request of Chile's data regulator, Korvex Data Office.")
        #expect(has(apposed, "korvex_data_office", .urged, "orsk_data_board"), "\(keys(apposed))")
        #expect(!apposed.relations.values.contains { $0.source == "chile" && $0.predicate == .urged }, "\(keys(apposed))")
        // "of the Peruvian government": the demonym's state.
        let demonym = graph("Chile sent two rescue teams at the request of the Peruvian government.")
        #expect(has(demonym, "peru", .urged, "chile"), "\(keys(demonym))")
        // Negatives: a passive (its doer unnamed), a negated verb, and "at the invitation of" (no request).
        let passive = graph("The two smugglers were arrested in Lund at Norway's request.")
        #expect(!passive.relations.values.contains { $0.predicate == .urged }, "\(keys(passive))")
        let negated = graph("Chile did not send rescue teams at Peru's request.")
        #expect(!negated.relations.values.contains { $0.predicate == .urged }, "\(keys(negated))")
        let invitation = graph("Chile sent two rescue teams at the invitation of Peru.")
        #expect(!invitation.relations.values.contains { $0.predicate == .urged }, "\(keys(invitation))")
    }

    @Test("a denial does not answer an accusation by the body named in the denier's own title")
    func denialNotOfOwnTitleBody() {
        let g = graph(
            """
            "The league sold the seats twice and then blamed the fans," said club chairman Ivo Stenn.
            Halvern League secretary general Dora Lisk denied any overselling.
            """)
        #expect(!g.relations.values.contains { $0.source == "dora_lisk" && $0.predicate == .denied && $0.target == "halvern_league" }, "\(keys(g))")
    }

    @Test("a description opening its sentence as the subject: 'The group threatened …', 'Police accused …'")
    func describedSubject() {
        let group = graph("The Korvex Front attacked a convoy near Lima on Monday. The group threatened Peru with more attacks.")
        #expect(has(group, "korvex_front", .threatened, "peru"), "\(keys(group))")
        let police = graph("LIMA — Peru's police arrested Ivo Stenn on Monday. Police accused Korvex Mining of inciting riots.")
        #expect(has(police, "peru", .accused, "korvex_mining"), "\(keys(police))")
        let government = graph("LIMA — Peru's police arrested Ivo Stenn on Monday. The government has accused him of inciting riots.")
        #expect(has(government, "peru", .accused, "ivo_stenn"), "\(keys(government))")
        // Negatives: not inside a reported clause, and two armed groups in view name none.
        let reported = graph("LIMA — Peru's police arrested Ivo Stenn on Monday. Chile said the government accused Korvex Mining of lying.")
        #expect(!reported.relations.values.contains { $0.source == "peru" && $0.predicate == .accused }, "\(keys(reported))")
        let two = graph(
            "The Korvex Front and the Orsa Brigade attacked a convoy near Lima on Monday. The group threatened Peru with more attacks.")
        #expect(!two.relations.values.contains { $0.predicate == .threatened }, "\(keys(two))")
    }

    @Test("'A and B …. They urged Y': each of the names that open the sentence before")
    func theyOpening() {
        let g = graph("Tarsel Mining and Korvex Energy published results on Monday. They urged Peru to cut royalties.")
        #expect(has(g, "tarsel_mining", .urged, "peru"), "\(keys(g))")
        #expect(has(g, "korvex_energy", .urged, "peru"), "\(keys(g))")
        // Negatives: one name before (not read as "they"), and "they" inside a quotation.
        let one = graph("Tarsel Mining published results on Monday. They urged Peru to cut royalties.")
        #expect(!one.relations.values.contains { $0.predicate == .urged }, "\(keys(one))")
        let quoted = graph("Tarsel Mining and Korvex Energy published results on Monday. \"They urged Peru to act,\" Ivo Stenn said.")
        #expect(!quoted.relations.values.contains { $0.source == "korvex_energy" && $0.predicate == .urged }, "\(keys(quoted))")
    }

    @Test("'A Peruvian group accused Y …. The group, X, said …': an indefinite description opening its sentence is the body named next")
    func indefiniteSubject() {
        let apposed = graph(
            """
            A Peruvian environmental group accused Quorvan Mining of poisoning the Ilvera river. The group, Dastel Watch, said \
            samples showed mercury. Quorvan Mining denied the accusation on Tuesday.
            """)
        #expect(has(apposed, "dastel_watch", .accused, "quorvan_mining"), "\(keys(apposed))")
        #expect(has(apposed, "quorvan_mining", .denied, "dastel_watch"), "\(keys(apposed))")
        let named = graph(
            "A Chilean union urged Quorvan Mining to raise wages. Officials met on Monday. Dastel Union said talks had failed.")
        #expect(has(named, "dastel_union", .urged, "quorvan_mining"), "\(keys(named))")
        let after = graph("A small armed group threatened Peru with attacks. Dastel Front, the group, said it would strike soon.")
        #expect(has(after, "dastel_front", .threatened, "peru"), "\(keys(after))")
        let dated = graph(
            """
            LIMA — A Peruvian environmental group on Tuesday accused Quorvan Mining of lying. Dastel Watch (DW), a Lima-based \
            group that tracks mines, said samples showed mercury.
            """)
        #expect(has(dated, "dastel_watch", .accused, "quorvan_mining"), "\(keys(dated))")
        // Negatives: two bodies named so, one three sentences on, a person apposed, the accused itself (the last but one a
        // positive: a company named next, the accused a state).
        let two = graph(
            """
            A Peruvian group accused Quorvan Mining of lying. The group, Dastel Watch, said so. \
            The group, Pendrel Aid, agreed.
            """)
        #expect(!two.relations.values.contains { $0.predicate == .accused }, "\(keys(two))")
        let far = graph(
            "A Chilean union urged Quorvan Mining to raise wages. Officials met. Talks went on. Dastel Union said talks had failed.")
        #expect(!far.relations.values.contains { $0.predicate == .urged }, "\(keys(far))")
        let person = graph("A Peruvian group accused Quorvan Mining of lying. The group, Ivo Stenn, said so.")
        #expect(!person.relations.values.contains { $0.predicate == .accused && $0.source == "ivo_stenn" }, "\(keys(person))")
        let itself = graph("A Peruvian mining company accused Peru of lying. Quorvan Mining, the company, said so.")
        #expect(has(itself, "quorvan_mining", .accused, "peru"), "\(keys(itself))")
        let accused = graph("A mining company accused Quorvan Mining of lying. Quorvan Mining, the company, denied it.")
        #expect(!accused.relations.values.contains { $0.predicate == .accused && $0.source == "quorvan_mining" }, "\(keys(accused))")
    }
}

/// Targets read from plural back-references, requests to described bodies, and "it" after a possessive subject.
@Suite("Verb patterns: numbered groups, requests, possessed subjects")
struct VerbRulesGroupTargetTests: RuleSuite {
    @Test("'accused the three groups of …' and '… urged them to …': each actor of a list of that many named before")
    func numberedGroup() {
        let g = graph(
            """
            Police searched the offices of Tarvel Watch, a budget monitor, the legal aid charity Ombrin Aid and the news site \
            Quillon Post on Monday. Interior Minister Davo Renk accused the three groups of hiding foreign grants and urged \
            them to open their books.
            """)
        for group in ["tarvel_watch", "ombrin_aid", "quillon_post"] {
            #expect(has(g, "davo_renk", .accused, group), "\(keys(g))")
            #expect(has(g, "davo_renk", .urged, group), "\(keys(g))")
        }
        // A list one short of the number, for states: the country the text is about completes it.
        let states = graph(
            """
            VILNIUS, Lithuania (Reuters) - Lithuania said on Monday it would leave the treaty. Chile, Peru and Ecuador have \
            announced the same step. The Velmar Disarmament League accused the four governments of "betraying the victims."
            """)
        for state in ["lithuania", "chile", "peru", "ecuador"] {
            #expect(has(states, "velmar_disarmament_league", .accused, state), "\(keys(states))")
        }
        // No list of that many: nothing.
        let none = graph("Tarvel Watch and Ombrin Aid criticised the law. Davo Renk accused the three groups of lying.")
        #expect(!none.relations.values.contains { $0.source == "davo_renk" && $0.predicate == .accused }, "\(keys(none))")
    }

    @Test("'asked the government to …' is a request to the state; 'asked the government whether …' none")
    func askedDescribedBody() {
        let g = graph(
            """
            LIMA, Peru (Reuters) - Peru's mining output fell in May. The Velmar Miners Union asked the government to cut \
            fuel taxes. Tarsel Foods asked the government whether the ban would last.
            """)
        #expect(has(g, "velmar_miners_union", .urged, "peru"), "\(keys(g))")
        #expect(!has(g, "tarsel_foods", .urged, "peru"), "\(keys(g))")
    }

    @Test("a denial of a claim an earlier speaker stated about the denier: the claim was an accusation")
    func deniedReportedClaimAccuses() {
        let g = graph(
            """
            The Velmar Consumer Council said Tarsel Energy had overcharged customers for years.             Tarsel Energy rejected the criticism.
            """)
        #expect(has(g, "tarsel_energy", .denied, "velmar_consumer_council"), "\(keys(g))")
        #expect(has(g, "velmar_consumer_council", .accused, "tarsel_energy"), "\(keys(g))")
        // No denial: the reported clause alone accuses no one here.
        let plain = graph("The Velmar Consumer Council said Tarsel Energy had raised prices for years.")
        #expect(!has(plain, "velmar_consumer_council", .accused, "tarsel_energy"), "\(keys(plain))")
    }

    @Test("'accused the Ruritanian consulate of …': the demonym's state; 'accused authorities in CITY of …': the city's state")
    func demonymAndPlacedAuthorities() {
        let g = graph(
            """
            The Velmar Pilgrims Association accused the Peruvian consulate in Madrid of ignoring its calls. \
            Chile said it would review its ports. Ana Lisk of the Tarsel Shipping Council accused authorities in \
            Valparaiso of waving shipments through.
            """)
        #expect(has(g, "velmar_pilgrims_association", .accused, "peru"), "\(keys(g))")
        #expect(has(g, "ana_lisk", .accused, "chile"), "\(keys(g))")
        // A demonym before a company noun: the one body the text places in that state.
        let company = graph(
            """
            Tarsel Power, a company based in Peru, cut exports to Chile on Monday. Energy Minister Ivo Stenn of Chile \
            accused the Peruvian company of "acting in bad faith."
            """)
        #expect(has(company, "ivo_stenn", .accused, "tarsel_power"), "\(keys(company))")
    }

    @Test("'It' after 'X's Foreign Ministry said …' is the ministry, not X")
    func itAfterPossessedOrgan() {
        let g = graph(
            """
            Chile's Foreign Ministry said it had granted the activist asylum. It accused Peru of harassing embassy staff.
            """)
        #expect(g.relations.values.contains { $0.predicate == .accused && $0.target == "peru" && $0.source != "chile" }, "\(keys(g))")
    }
}
