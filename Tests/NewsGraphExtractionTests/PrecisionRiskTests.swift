import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Spurious relations on unseen news (issue 11) and the risks a code review named, each on invented sentences.
@Suite("Precision risks")
struct PrecisionRiskTests: RuleSuite {
    /// The relations of `g`, one "source predicate target" each, for a failed expectation's message.
    func listed(_ g: KnowledgeGraph) -> String {
        g.relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" }.sorted().joined(separator: "; ")
    }

    @Test("a title with no country, speaking against the text's country in a quotation, is the other state's")
    func titleAgainstMainCountry() {
        let g = graph(
            "Peru opened a trade office in the disputed Tarvel valley on Tuesday. Peru said the office would stay. "
                + "Chile closed its consulate in Lima on Wednesday. "
                + "Foreign Minister Anita Varlo said: \"Our patience with Peru is over.\"")
        #expect(!has(g, "anita_varlo", .roleIn, "peru"), "\(listed(g))")
        #expect(has(g, "anita_varlo", .roleIn, "chile"), "\(listed(g))")
        // Without such a quotation the office stays the text's country's.
        let own = graph(
            "Peru opened a trade office in the disputed Tarvel valley on Tuesday. Peru said the office would stay. "
                + "Foreign Minister Anita Varlo said: \"We will open more offices.\"")
        #expect(has(own, "anita_varlo", .roleIn, "peru"), "\(listed(own))")
    }

    @Test("a state broadcaster or utility named with its country's possessive is in the country, no organ of it")
    func stateBroadcaster() {
        let g = graph("Peru's state broadcaster KTV aired the budget debate on Monday.")
        #expect(!has(g, "ktv", .memberOf, "peru"), "\(listed(g))")
        #expect(has(g, "ktv", .locatedIn, "peru"), "\(listed(g))")
        let utility = graph("Peru cut power exports on Monday. Peru's state power utility, Korvel Energia, said the grid was stable.")
        #expect(!has(utility, "korvel_energia", .memberOf, "peru"), "\(listed(utility))")
        // A regulator stays an organ.
        let regulator = graph("Peru's energy regulator Osvelt fined the firm on Monday.")
        #expect(has(regulator, "osvelt", .memberOf, "peru"), "\(listed(regulator))")
    }

    @Test("'the carrier' names no air force")
    func carrierIsNoAirForce() {
        let g = graph("The Kalvar Air Force struck a depot near the border on Monday. Peru accused the carrier of hiding its losses.")
        #expect(!g.relations.values.contains { $0.target == "kalvar_air_force" && $0.predicate == .accused }, "\(listed(g))")
        let airline = graph("Tarvo Airways cancelled flights on Monday. Peru accused the carrier of hiding its losses.")
        #expect(has(airline, "peru", .accused, "tarvo_airways"), "\(listed(airline))")
    }

    @Test("'The regime accused …' opening a sentence stands for no state by itself")
    func regimeIsNoMainCountry() {
        let g = graph("Peru and Chile signed a border pact on Monday. Peru said the pact would hold. The regime accused Korvex Mining of smuggling gold.")
        #expect(!has(g, "peru", .accused, "korvex_mining"), "\(listed(g))")
        let government = graph("Peru and Chile signed a border pact on Monday. Peru said the pact would hold. The government accused Korvex Mining of smuggling gold.")
        #expect(has(government, "peru", .accused, "korvex_mining"), "\(listed(government))")
    }

    @Test("'X said Y had … and threatened Z' gives the threat to Y; ', and warned' after it stays X's")
    func threatInReportedClause() {
        let g = graph("Peru said Chile had closed the border crossing and threatened Bolivia with sanctions.")
        #expect(has(g, "chile", .threatened, "bolivia"), "\(listed(g))")
        #expect(!has(g, "peru", .threatened, "bolivia"), "\(listed(g))")
        let speaker = graph("Korvex Mining said it would close the mine and threatened the Velmar Front with a lawsuit.")
        #expect(has(speaker, "korvex_mining", .threatened, "velmar_front"), "\(listed(speaker))")
    }

    @Test("'the Oslo-based rival' stands for no body named before")
    func basedRivalIsAnother() {
        let g = graph("Korvex Air cut its fares on Monday. The Oslo-based rival accused Peru of favouring it.")
        #expect(!has(g, "korvex_air", .locatedIn, "oslo"), "\(listed(g))")
        let carrier = graph("Korvex Air cut its fares on Monday. The Oslo-based carrier accused Peru of favouring its rivals.")
        #expect(has(carrier, "korvex_air", .locatedIn, "oslo"), "\(listed(carrier))")
    }

    @Test("a ruling party or a state-backed body in a sentence that names only another state is not the text's")
    func unnamedStateFallback() {
        let intro = "Peru closed its border on Monday. Peru said the move was temporary. Peru will review it. "
        let ruling = graph(intro + "In Chile, the ruling Velmar Unity Party called the closure unjust.")
        #expect(!has(ruling, "velmar_unity_party", .leads, "peru"), "\(listed(ruling))")
        let own = graph(intro + "The ruling Velmar Unity Party called the closure just.")
        #expect(has(own, "velmar_unity_party", .leads, "peru"), "\(listed(own))")
        let backed = graph(intro + "Chile blamed the attack on Korvel Team, a state-backed hacking group.")
        #expect(!has(backed, "peru", .supports, "korvel_team"), "\(listed(backed))")
    }

    @Test("'the union' after a bloc named since is the trade union named before")
    func unionIsTradeUnion() {
        let g = graph(
            "The Tarvo Dockworkers Union called a strike on Monday. The European Union urged both sides to talk. "
                + "Korvex Shipping accused the union of sabotage.")
        #expect(has(g, "korvex_shipping", .accused, "tarvo_dockworkers_union"), "\(listed(g))")
        #expect(!has(g, "korvex_shipping", .accused, "european_union"), "\(listed(g))")
    }

    @Test("'mission,' before a name that opens the next clause names no mission")
    func missionCommaLookBack() {
        let g = graph(
            "After the council ended the mission, Korvel Holdings said it would leave the port. The mission accused Peru of obstruction.")
        #expect(!has(g, "korvel_holdings", .accused, "peru"), "\(listed(g))")
        let apposed = graph(
            "The U.N. mission, Mivelka, arrived in Peru last year. The mission accused Peru of obstruction on Monday.")
        #expect(has(apposed, "mivelka", .accused, "peru"), "\(listed(apposed))")
    }

    @Test("'Its intelligence director' after a sentence a state opens is the state's; 'Its director' the body's")
    func stateFieldOffice() {
        let g = graph("Chile ordered the Velmar Foundation to leave on Monday. Its intelligence director, Anna Lisk, said the staff had spied.")
        #expect(!g.relations.values.contains { $0.source == "anna_lisk" && $0.target == "velmar_foundation" }, "\(listed(g))")
        let body = graph("Chile ordered the Velmar Foundation to leave on Monday. Its director, Anna Lisk, said the staff would appeal.")
        #expect(body.relations.values.contains { $0.source == "anna_lisk" && $0.target == "velmar_foundation" }, "\(listed(body))")
    }

    @Test("a denial after many accusations answers the latest (the accusations read are capped)")
    func denialAfterManyAccusations() {
        #expect(VerbRules.maxAnsweredAccusations == 64)
        let text = String(repeating: "Velmar Group accused Korvex Mining of fraud. ", count: 100) + "Korvex Mining denied the accusations."
        let g = graph(text)
        #expect(has(g, "korvex_mining", .denied, "velmar_group"), "\(listed(g))")
    }

    @Test("the second review's mends: an apposed name wins over its demonym, a question is no request, a quotation's 'we' speaks for its own state")
    func secondReviewMends() {
        let envoy = graph("Kalmar accused the Velmari ambassador, Ivo Tarnesk, of lying about the border.")
        #expect(!has(envoy, "kalmar", .accused, "velmar"), "\(listed(envoy))")
        let question = graph("Peru and Chile clashed over the border on Monday. The mediator Anita Varlo asked both sides whether talks would resume.")
        #expect(!has(question, "anita_varlo", .urged, "peru") && !has(question, "anita_varlo", .urged, "chile"), "\(listed(question))")
        let comment = graph("Peru closed the border. The Tarvo Herald asked the Peruvian interior ministry for comment.")
        #expect(!comment.relations.values.contains { $0.predicate == .urged }, "\(listed(comment))")
        let defend = graph(
            "Peru opened a trade office in the disputed Tarvel valley on Tuesday. Chile massed troops on the border. "
                + "Defence Minister Anita Varlo said: \"We will defend Peru.\"")
        #expect(!has(defend, "anita_varlo", .roleIn, "chile"), "\(listed(defend))")
    }

    @Test("a demonym's rebel or opposition forces are no instrument of the state")
    func rebelForcesAreNoState() {
        let rebels = graph("Chilean rebel forces attacked Bolivian troops on Monday.")
        #expect(!has(rebels, "chile", .attacked, "bolivia"), "\(listed(rebels))")
        let opposition = graph("Chilean opposition forces attacked Bolivian troops on Monday.")
        #expect(!has(opposition, "chile", .attacked, "bolivia"), "\(listed(opposition))")
        let dissident = graph("Chilean dissident forces attacked Bolivian troops on Monday.")
        #expect(!has(dissident, "chile", .attacked, "bolivia"), "\(listed(dissident))")
        let border = graph("Chilean border forces attacked Bolivian troops on Monday.")
        #expect(has(border, "chile", .attacked, "bolivia"), "\(listed(border))")
    }

    @Test("another state's Congress, Senate or Army is that state's organ, not the US one")
    func foreignOrgansAreNotTheUSOnes() {
        let congress = graph("Brazil's Congress debated the bill on Monday. Congress will vote in May.")
        #expect(!congress.entities.values.contains { $0.id == "us_congress" }, "\(congress.entities.values.map(\.name))")
        #expect(has(congress, "brazilian_congress", .memberOf, "brazil"), "\(listed(congress))")
        #expect(!has(congress, "us_congress", .memberOf, "brazil"), "\(listed(congress))")
        let army = graph("The Peruvian Army said on Monday that rebels had attacked a base.")
        #expect(!army.entities.values.contains { $0.id == "us_army" }, "\(army.entities.values.map(\.name))")
        let airForce = graph("He was a former South African Air Force officer. The Kenyan Air Force said the jet crashed.")
        #expect(has(airForce, "south_african_air_force", .memberOf, "south_africa"), "\(listed(airForce))")
        #expect(has(airForce, "kenyan_air_force", .memberOf, "kenya"), "\(listed(airForce))")
        #expect(!airForce.entities.values.contains { $0.id == "us_air_force" }, "\(airForce.entities.values.map(\.name))")
        // The US ones stay: named with the US, or bare with no other state before them.
        let senate = graph("The US Senate approved the bill on Monday. The Senate said the vote was final.")
        #expect(senate.entities.values.contains { $0.id == "us_senate" }, "\(senate.entities.values.map(\.name))")
        let bare = graph("Congress passed the bill on Monday.")
        #expect(bare.entities.values.contains { $0.id == "us_congress" }, "\(bare.entities.values.map(\.name))")
        // A bare legislature in a text datelined in another state is not the US one; datelined in the US, it is.
        let abroad = graph("LIMA, Peru (AP) - The minister told the House of Representatives on Tuesday that the Senate would vote.")
        #expect(!abroad.entities.values.contains { $0.id.hasPrefix("us_") }, "\(abroad.entities.values.map(\.name))")
        let home = graph("WASHINGTON (AP) - The secretary told the House of Representatives on Tuesday that the Senate would vote.")
        #expect(home.entities.values.contains { $0.id == "us_senate" }, "\(home.entities.values.map(\.name))")
        // After another state's Congress, a US one named again is the US one.
        let both = graph("Brazil's Congress debated the bill. The U.S. Congress passed a similar law. Congress accused Korvex Mining of fraud.")
        #expect(has(both, "us_congress", .accused, "korvex_mining"), "\(listed(both))")
        // "In Washington, the Senate …" is the US one; a bare one later in the text is still the other state's.
        let washington = graph("Mexico's Senate ratified the pact on Tuesday. In Washington, the Senate accused Korvex Mining of fraud.")
        #expect(has(washington, "us_senate", .accused, "korvex_mining"), "\(listed(washington))")
        let later = graph(
            "Mexico's Senate ratified the pact on Tuesday. Prices rose. Ships sailed. Ports opened. Talks ended. "
                + "The Senate accused Korvex Mining of fraud.")
        #expect(has(later, "mexican_senate", .accused, "korvex_mining"), "\(listed(later))")
    }

    @Test("a bare 'Treasury' in a text about another state is no US body; 'Treasury bills' name no body at all")
    func bareTreasuryOfAnotherState() {
        let kenya = graph(
            "Kenya's economy slowed in the second quarter. Kenya will borrow more. "
                + "Treasury Cabinet Secretary Lena Ortiz said growth would recover. The Treasury accused Korvex Mining of tax evasion.")
        #expect(!kenya.entities.values.contains { $0.id == "us_treasury_department" }, "\(kenya.entities.values.map(\.name))")
        // The office's field, as "Health Cabinet Secretary": an office of the text's state.
        #expect(has(kenya, "lena_ortiz", .roleIn, "kenya"), "\(listed(kenya))")
        #expect(has(kenya, "treasury", .accused, "korvex_mining"), "\(listed(kenya))")
        // "The National Treasury" is a body, not a person (the text's own state's, named bare: EntityResolver).
        let national = graph("Kenya cut spending. The National Treasury said revenue fell.")
        #expect(national.entities.values.contains { $0.name == "Kenyan National Treasury" && $0.kind == .organization },
            "\(national.entities.values.map { "\($0.name) \($0.kind)" })")
        // The US one stays: in a text about the US, after its longer name, or right after "Washington".
        let us = graph("The United States sanctioned Korvex Mining. The Treasury accused the firm of smuggling gold.")
        #expect(us.entities.values.contains { $0.id == "us_treasury_department" }, "\(us.entities.values.map(\.name))")
        let named = graph(
            "Kenya said on Monday that the U.S. Treasury Department had sanctioned Korvex Mining. Kenya protested. "
                + "Treasury Under Secretary Lena Ortiz said the firm smuggled gold.")
        #expect(has(named, "lena_ortiz", .roleIn, "us_treasury_department"), "\(listed(named))")
        // "Washington" counts for the United States: a dateline's text about sanctions on another state's officials.
        let dateline = graph(
            "WASHINGTON — The United States on Monday sanctioned three Venezuelan officials. Venezuela called it illegal. "
                + "Venezuela said it would respond. The Treasury accused Korvex Mining of smuggling gold.")
        #expect(has(dateline, "us_treasury_department", .accused, "korvex_mining"), "\(listed(dateline))")
        // A security or its market names no body.
        let bills = graph("Kenya's shilling fell. Kenya's bonds fell. U.S. Treasury yields rose and Treasury bills fell on Monday.")
        #expect(!bills.entities.values.contains { $0.name.contains("Treasury") }, "\(bills.entities.values.map(\.name))")
    }

    @Test("'police spokeswoman X', 'army spokesman X': the service the text names, else the text's state")
    func serviceSpokespeople() {
        let named = graph(
            "Kenyan police fired tear gas at protesters on Monday. A rights group accused the National Police Service of "
                + "using live rounds. Police spokeswoman Lena Ortiz denied the claim.")
        #expect(has(named, "lena_ortiz", .roleIn, "national_police_service"), "\(listed(named))")
        let apposition = graph(
            "A rights group accused the Ghana Police Service of escorting smugglers. A police spokesman, Superintendent Kofi "
                + "Mensah, rejected the claim.")
        #expect(has(apposition, "kofi_mensah", .roleIn, "ghana_police_service"), "\(listed(apposition))")
        // An apposition, in a text that names no country.
        let after = graph(
            "A rights group accused the National Police Service of using live rounds. Lena Ortiz, a police spokeswoman, "
                + "denied the claim.")
        #expect(has(after, "lena_ortiz", .roleIn, "national_police_service"), "\(listed(after))")
        let state = graph("Police in Ghana arrested two men on Monday, police spokesman Kofi Mensah said.")
        #expect(has(state, "kofi_mensah", .roleIn, "ghana"), "\(listed(state))")
        let army = graph(
            "Monitors said the Velmar Armed Forces had shelled rebel positions in Ghana. Army spokesman Colonel Kofi Mensah "
                + "rejected the report.")
        #expect(has(army, "kofi_mensah", .roleIn, "velmar_armed_forces"), "\(listed(army))")
        // Two police services named: the one named with the text's state; if neither is, the state itself.
        let two = graph(
            "The Ghana Police Service and the Togo Police Force met in Accra on Monday. Ghana hosted the talks. "
                + "Police spokesman Kofi Mensah said the talks went well.")
        #expect(has(two, "kofi_mensah", .roleIn, "ghana_police_service"), "\(listed(two))")
        #expect(!has(two, "kofi_mensah", .roleIn, "togo_police_force"), "\(listed(two))")
        let neither = graph(
            "The Federal Police Service and the Border Police Force met in Accra on Monday. Ghana hosted the talks. "
                + "Police spokesman Kofi Mensah said the talks went well.")
        #expect(has(neither, "kofi_mensah", .roleIn, "ghana"), "\(listed(neither))")
        #expect(!has(neither, "kofi_mensah", .roleIn, "federal_police_service"), "\(listed(neither))")
    }

    @Test("'killed by officers of X' is X's killing; not 'by relatives of X'")
    func killedByServingPeople() {
        let g = graph("Lena Ortiz was killed by officers of the National Police Service on Monday.")
        #expect(has(g, "national_police_service", .killed, "lena_ortiz"), "\(listed(g))")
        let relatives = graph("Lena Ortiz was killed by relatives of the Velmar Front on Monday.")
        #expect(!has(relatives, "velmar_front", .killed, "lena_ortiz"), "\(listed(relatives))")
        let wing = graph("Lena Ortiz was killed by members of the Velmar Front's youth wing on Monday.")
        #expect(!has(wing, "velmar_front", .killed, "lena_ortiz"), "\(listed(wing))")
    }

    @Test("'Russian Deputy Defence Minister X' is Russia's; 'owned by U.S. private equity firm Y' is Y's, not the state's")
    func deputyOfficesAndDescribedOwners() {
        let deputy = graph("The deal was signed by Turkish Foreign Minister Kerem Aksoy and Russian Deputy Defence Minister Yuri Baranov.")
        #expect(has(deputy, "yuri_baranov", .roleIn, "russia"), "\(listed(deputy))")
        #expect(!has(deputy, "yuri_baranov", .roleIn, "turkey"), "\(listed(deputy))")
        #expect(has(deputy, "kerem_aksoy", .roleIn, "turkey"), "\(listed(deputy))")
        let owned = graph("Polvara, which is owned by U.S. private equity firm Hudson-Bay Capital, is not listed.")
        #expect(has(owned, "polvara", .memberOf, "hudson_bay_capital"), "\(listed(owned))")
        #expect(!has(owned, "polvara", .memberOf, "united_states"), "\(listed(owned))")
    }

    @Test("a sea named with a state's possessive lies in no state; a province does")
    func seaInNoState() {
        let sea = graph("Ships left Ukraine's Black Sea ports on Monday.")
        #expect(!has(sea, "black_sea", .locatedIn, "ukraine"), "\(listed(sea))")
        let province = graph("Troops entered Pakistan's Sindh province on Monday.")
        #expect(has(province, "sindh", .locatedIn, "pakistan"), "\(listed(province))")
    }

    @Test("a regulator that blocks or approves 'the merger of A and B' merges with neither; A and B merge")
    func mergerOfPair() {
        let g = graph("Peru's regulator Velcom on Wednesday blocked the merger of lenders Korvex Bank and Tarvo Bank.")
        #expect(!has(g, "korvex_bank", .mergedWith, "velcom") && !has(g, "velcom", .mergedWith, "korvex_bank"), "\(listed(g))")
        #expect(has(g, "korvex_bank", .mergedWith, "tarvo_bank") || has(g, "tarvo_bank", .mergedWith, "korvex_bank"), "\(listed(g))")
        let approved = graph("Peru's regulator Velcom approved the merger of Korvex Bank and the Tarvo Group on Monday.")
        #expect(!has(approved, "korvex_bank", .mergedWith, "velcom") && !has(approved, "velcom", .mergedWith, "korvex_bank"), "\(listed(approved))")
        // One company's acquisition of another stays the buyer's.
        let bought = graph("Korvex Bank completed its acquisition of Tarvo Bank on Monday.")
        #expect(has(bought, "korvex_bank", .mergedWith, "tarvo_bank") || has(bought, "tarvo_bank", .mergedWith, "korvex_bank"), "\(listed(bought))")
    }

    @Test("'the Serb-run region X' is run by a people, not by Serbia ('the Serbian-run X' is); 'the Norwegian-owned X' has Norwegian owners, not Norway's control ('the Norway-owned X' has it)")
    func peoplesAndNationalityOwners() {
        let people = graph("Velmor Dakic, president of the country's Serb-run Tarvo Krajna region, was charged on Monday.")
        #expect(!has(people, "serbia", .leads, "tarvo_krajna"), "\(listed(people))")
        let led = graph("The Hutu-led Velmar Front attacked the town.")
        #expect(!has(led, "hutu", .leads, "velmar_front"), "\(listed(led))")
        let state = graph("The Serbian-run Tarvo Mining said it would appeal.")
        #expect(has(state, "serbia", .leads, "tarvo_mining"), "\(listed(state))")
        let owners = graph("Regulators fined the Norwegian-owned salmon farmer Fjordel Aqua on Tuesday.")
        #expect(!has(owners, "norway", .controls, "fjordel_aqua"), "\(listed(owners))")
        let stateOwned = graph("The Peru-owned lender Banco Tarvel said it would appeal.")
        #expect(has(stateOwned, "peru", .controls, "banco_tarvel"), "\(listed(stateOwned))")
        let nationLed = graph("The Russian-led Orsa Treaty Group met on Monday.")
        #expect(has(nationLed, "russia", .leads, "orsa_treaty_group"), "\(listed(nationLed))")
    }

    @Test("'Houston-based LNG exporter X': the compound's body is X, not the acronym that describes it; 'the Lima-based Korvex Mining' still is")
    func compoundOverAttributeName() {
        let g = graph("Houston-based LNG exporter Tarvel Crescent Energy said its tankers would sail around the cape.")
        #expect(has(g, "tarvel_crescent_energy", .locatedIn, "houston"), "\(listed(g))")
        #expect(!has(g, "lng", .locatedIn, "houston"), "\(listed(g))")
        let plain = graph("The Lima-based Korvex Mining said it would appeal to the court.")
        #expect(has(plain, "korvex_mining", .locatedIn, "lima"), "\(listed(plain))")
    }
}
