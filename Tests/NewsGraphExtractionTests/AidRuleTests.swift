import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Support read from aid and state backing, on invented texts: "the Chilean state-backed lender X",
/// relief sent in a list, "helping X trace …".
@Suite("Aid rules")
struct AidRuleTests: RuleSuite {
    @Test("'state-backed'/'state-funded': the state named before, in the body's name, or the text's country")
    func stateBacked() {
        let named = graph("The Velmar Fund joined the Chilean state-backed lender Korvex Bank in the deal.")
        #expect(has(named, "chile", .supports, "korvex_bank"), "\(keys(named))")
        let inName = graph("The trial is run with the state-funded Chile Institute of Tropical Health.")
        #expect(has(inName, "chile", .supports, "chile_institute_of_tropical_health"), "\(keys(inName))")
        let main = graph(
            """
            LIMA, Peru — Peru's cabinet approved a new budget on Monday. \
            Tagra Mills, which is part-owned by the state-backed Andean Investment Corporation, said it would hire 300 workers.
            """)
        #expect(has(main, "peru", .supports, "andean_investment_corporation"), "\(keys(main))")
    }

    @Test("'state-backed' with no state to name, or before no body, draws nothing")
    func stateBackedNegatives() {
        let none = graph("The Dunmar Commission, a state-funded body, said it was investigating the fire.")
        #expect(!none.relations.values.contains { $0.predicate == .supports }, "\(keys(none))")
        let car = graph("Chile's ambassador drove a state-backed car to the Orla Hotel.")
        #expect(!car.relations.values.contains { $0.predicate == .supports }, "\(keys(car))")
    }

    @Test("relief sent with no recipient named may be any of a list; a letter sent is no aid")
    func reliefInAList() {
        let g = graph(
            """
            Floods swept through northern Peru on Sunday. \
            Argentina sent two patrol boats and a team of divers to help with the search. \
            Bolivia sent rescue equipment. Uruguay sent a letter of condolence.
            """)
        #expect(has(g, "argentina", .supports, "peru"), "\(keys(g))")
        #expect(has(g, "bolivia", .supports, "peru"), "\(keys(g))")
        #expect(!has(g, "uruguay", .supports, "peru"), "\(keys(g))")
    }

    @Test("'helping X trace the funds': the bare verb after the one helped; 'helped Peru police' stays a name's noun")
    func helpedToDo() {
        let g = graph("Nordvik Analytics, which is helping the Tarsk Police trace the stolen funds, declined to comment.")
        #expect(has(g, "nordvik_analytics", .supports, "tarsk_police"), "\(keys(g))")
        let noun = graph("Nordvik Analytics helped Velmar Bank customers recover their savings.")
        #expect(!has(noun, "nordvik_analytics", .supports, "velmar_bank"), "\(keys(noun))")
    }

    @Test("'helped X set up a unit': a phrasal bare verb read as a past tense still leaves X the one helped")
    func helpedPhrasalVerb() {
        let g = graph("Nordvik Analytics, which has helped Chile set up a fraud unit, declined to comment.")
        #expect(has(g, "nordvik_analytics", .supports, "chile"), "\(keys(g))")
        // No object after the particle: no help read.
        let bare = graph("Nordvik Analytics helped Chile set up.")
        #expect(!has(bare, "nordvik_analytics", .supports, "chile"), "\(keys(bare))")
    }
}

/// Trade ties read from chartering and leasing, and "the airline" as the carrier named last.
@Suite("Trade tie rules")
struct TradeTieRuleTests: RuleSuite {
    @Test("'chartered/leases X from Y' ties two bodies; from a place, none")
    func charteredFrom() {
        let g = graph("Korvex Air chartered two planes from Tarvo Charter Holdings for the holiday season.")
        #expect(has(g, "korvex_air", .affiliatedWith, "tarvo_charter_holdings") || has(g, "tarvo_charter_holdings", .affiliatedWith, "korvex_air"), "\(keys(g))")
        let place = graph("Korvex Air chartered a plane from Lima.")
        #expect(!place.relations.values.contains { $0.predicate == .affiliatedWith }, "\(keys(place))")
    }

    @Test("'the airline' is the carrier named last, not a regulator named after it")
    func theAirline() {
        let g = graph(
            """
            Korvex Air grounded six jets on Monday. The European Aviation Safety Agency said the jets were unsafe. \
            The airline leases its three jets from Brandt Aero Leasing, an Irish company.
            """)
        #expect(has(g, "brandt_aero_leasing", .affiliatedWith, "korvex_air") || has(g, "korvex_air", .affiliatedWith, "brandt_aero_leasing"), "\(keys(g))")
        #expect(!g.relations.values.contains { $0.predicate == .affiliatedWith && $0.source.contains("safety") || $0.target.contains("safety") }, "\(keys(g))")
    }
}
