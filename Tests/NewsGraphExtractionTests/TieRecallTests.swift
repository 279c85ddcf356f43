import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Recall rules for ties, memberships and blame of a named body's deed, each on invented sentences with
/// negatives (none of the corpus texts).
@Suite("Tie and blame recall rules")
struct TieRecallTests: RuleSuite {
    @Test("'which groups A, B, C and D' makes each a member; 'rights groups A and B' is no verb")
    func groupsMembers() {
        let g = graph("The Korvex River Commission, which groups Chile, Peru, Bolivia and Ecuador, met on Friday.")
        for country in ["chile", "peru", "bolivia", "ecuador"] {
            #expect(has(g, country, .memberOf, "korvex_river_commission"), "\(keys(g))")
        }
        let noun = graph("Rights groups Chile Watch and Peru Forum said the ban was illegal.")
        #expect(!noun.relations.values.contains { $0.predicate == .memberOf }, "\(keys(noun))")
    }

    @Test("'which reports to X' makes a body a member of X; a report made to X is no tie")
    func reportsTo() {
        let g = graph("The Velmar Panel, which reports to the Korvex Union, said the ships were seized.")
        #expect(has(g, "velmar_panel", .memberOf, "korvex_union"), "\(keys(g))")
        let made = graph("Korvex Holdings reported the breach to the Velmar Regulator.")
        #expect(!has(made, "korvex_holdings", .memberOf, "velmar_regulator"), "\(keys(made))")
        // A state answers to no body: a name split from its body's ("the Panel of Experts on Chile") is no member.
        let state = graph("Chile, which reports to the Korvex Union every year, said prices fell.")
        #expect(!has(state, "chile", .memberOf, "korvex_union"), "\(keys(state))")
        let past = graph("Korvex Holdings reported to the Velmar Regulator that the fund had lost money.")
        #expect(!has(past, "korvex_holdings", .memberOf, "velmar_regulator"), "\(keys(past))")
    }

    @Test("'set up by X', 'established by X' tie a body to its founder; 'set up a meeting with X' does not")
    func setUpBy() {
        let g = graph("The Harbour Authority, which was set up by the Velmar Mining Group in 2017, said it would appeal.")
        #expect(has(g, "harbour_authority", .affiliatedWith, "velmar_mining_group"), "\(keys(g))")
        let fund = graph("The Ostra Fund, established by Halbrand Capital in 2019, said it had lost money.")
        #expect(has(fund, "halbrand_capital", .affiliatedWith, "ostra_fund") || has(fund, "ostra_fund", .affiliatedWith, "halbrand_capital"),
            "\(keys(fund))")
        let meeting = graph("Korvex Holdings set up a meeting with the Velmar Mining Group.")
        #expect(!meeting.relations.values.contains { $0.predicate == .affiliatedWith }, "\(keys(meeting))")
    }

    @Test("calling a named body's decision unjust blames that body; praise or a place's decision blames no one")
    func namedDeedJudged() {
        let g = graph("Chile called the Korvex Union's decision \"hasty and unjust\".")
        #expect(has(g, "chile", .accused, "korvex_union"), "\(keys(g))")
        let bare = graph("Peru said the Korvex Union decision was \"illegal\".")
        #expect(has(bare, "peru", .accused, "korvex_union"), "\(keys(bare))")
        let praise = graph("Chile called the Korvex Union's decision \"a welcome step\".")
        #expect(!praise.relations.values.contains { $0.predicate == .accused }, "\(keys(praise))")
        let place = graph("Chile called the Lima decision \"unjust\".")
        #expect(!place.relations.values.contains { $0.predicate == .accused }, "\(keys(place))")
        // Another doer named after the deed: not the name before it.
        let other = graph("Chile called the Korvex Union decision by Peru \"unjust\".")
        #expect(!has(other, "chile", .accused, "korvex_union"), "\(keys(other))")
    }
}

/// A body or a facility named after the city it sits in, and a body a demonym describes.
@Suite("Seat recall rules")
struct SeatRecallTests: RuleSuite {
    @Test("'Tarvo District Court', 'University of Tarvo', 'Port of Tarvo' sit in the city the text names")
    func seatInName() {
        let court = graph("The Oslo District Court ruled on Monday. Oslo is cold.")
        #expect(has(court, "oslo_district_court", .locatedIn, "oslo"), "\(keys(court))")
        let university = graph("The University of Bergen said fees would rise in Bergen.")
        #expect(has(university, "university_of_bergen", .locatedIn, "bergen"), "\(keys(university))")
        let port = graph("Ships left the Port of Montevideo. Montevideo is calm.")
        #expect(has(port, "port_of_montevideo", .locatedIn, "montevideo"), "\(keys(port))")
        // An airport or a hospital named after its city: left unplaced, as the corpus leaves it as often as not.
        let airport = graph("Flights left Dushanbe International Airport on Monday. Dushanbe is calm.")
        #expect(!has(airport, "dushanbe_international_airport", .locatedIn, "dushanbe"), "\(keys(airport))")
        // A company named after a city, a sea or an ocean opening a forum's name: no seat.
        let company = graph("The Lima Shipping Company said sales fell in Lima.")
        #expect(!has(company, "lima_shipping_company", .locatedIn, "lima"), "\(keys(company))")
        let ocean = graph("The Pacific Islands Forum met in the Pacific.")
        #expect(!ocean.relations.values.contains { $0.predicate == .locatedIn }, "\(keys(ocean))")
    }

    @Test("'the Chilean environmental organisation X' is based in Chile; a person so described is not")
    func demonymOrganisation() {
        let g = graph("The case is backed by the Indonesian environmental organisation Jaga Korvex Foundation.")
        #expect(has(g, "jaga_korvex_foundation", .locatedIn, "indonesia"), "\(keys(g))")
        let person = graph("The case is backed by the Indonesian activist Lena Ortiz.")
        #expect(!person.relations.values.contains { $0.predicate == .locatedIn }, "\(keys(person))")
    }
}

/// Inquiries as accusations.
@Suite("Inquiry recall rules")
struct InquiryRecallTests: RuleSuite {
    @Test("'said it was investigating X' accuses X; investigating what befell X does not")
    func investigatingVerb() {
        let g = graph("The Velmar Fisheries Ministry said it was investigating Korvex Marine Services.")
        #expect(has(g, "velmar_fisheries_ministry", .accused, "korvex_marine_services"), "\(keys(g))")
        let harm = graph("Police in Peru are investigating Lena Ortiz's death.")
        #expect(!harm.relations.values.contains { $0.predicate == .accused }, "\(keys(harm))")
        let thing = graph("Chile is investigating the attack with Peru.")
        #expect(!thing.relations.values.contains { $0.predicate == .accused }, "\(keys(thing))")
    }
}
