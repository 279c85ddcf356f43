import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Ties between actors (`affiliated_with`), party membership and company nouns read as verbs, each on
/// invented sentences.
@Suite("Affiliation and party rules")
struct AffiliationRuleTests: RuleSuite {
    @Test("trade, hired work and sales are ties: 'Chile's trade with Peru', 'X hired Y', 'bought jets from Y', 'sold copper to Y'")
    func tradeTies() {
        let g = graph(
            """
            Chile's trade with Peru rose last year. Korvex Mining hired Halbrand Logistics to move the ore. \
            Bolivia bought 12 jets from Tarvo Aerospace. Korvex Mining sold most of its copper to Velmar Metals.
            """)
        #expect(has(g, "chile", .affiliatedWith, "peru"), "\(keys(g))")
        #expect(has(g, "korvex_mining", .affiliatedWith, "halbrand_logistics"), "\(keys(g))")
        #expect(has(g, "bolivia", .affiliatedWith, "tarvo_aerospace"), "\(keys(g))")
        #expect(has(g, "korvex_mining", .affiliatedWith, "velmar_metals"), "\(keys(g))")
        // An order from a company is a purchase; an order to expel or evacuate "from" a state is none.
        let jets = graph("Peru ordered 12 jets from Tarvo Aerospace in 2022.")
        #expect(has(jets, "peru", .affiliatedWith, "tarvo_aerospace") || has(jets, "tarvo_aerospace", .affiliatedWith, "peru"), "\(keys(jets))")
        let expel = graph("Kenya ordered the expulsion of three diplomats from Russia on Monday.")
        #expect(!has(expel, "kenya", .affiliatedWith, "russia") && !has(expel, "russia", .affiliatedWith, "kenya"), "\(keys(expel))")
        // Hiring a person is no tie between bodies.
        let person = graph("Korvex Mining hired Anna Lisk as its chief financial officer.")
        #expect(!person.relations.values.contains { $0.key.predicate == Predicate.affiliatedWith.name }, "\(keys(person))")
    }

    @Test("a group 'affiliated with' or 'allied to' another is tied to it")
    func participleTies() {
        let g = graph(
            """
            The Korvex News Agency, a news agency affiliated with the Velmar Guard, said the strike failed. \
            The Tarvo Front, a militia allied to General Tomas Brel, attacked the town.
            """)
        #expect(has(g, "korvex_news_agency", .affiliatedWith, "velmar_guard"), "\(keys(g))")
        #expect(has(g, "tarvo_front", .affiliatedWith, "tomas_brel"), "\(keys(g))")
        // "linked the attack to Y", "aligned its rules with Y" tie nobody.
        let linked = graph("Israel linked the attack to Iran. Kenya aligned its rules with the European Union.")
        #expect(!linked.relations.values.contains { $0.key.predicate == Predicate.affiliatedWith.name }, "\(keys(linked))")
    }

    @Test("a person's lawyer or spokesman named with the person: 'Brel's spokesman, X', 'a lawyer for Brel, X'")
    func clients() {
        let g = graph(
            """
            Tomas Brel was charged on Monday. Brel's spokesman, Dario Fenn, said the vote was fair. \
            A lawyer for Brel, Dana Kell, said the charges were false.
            """)
        #expect(has(g, "dario_fenn", .affiliatedWith, "tomas_brel"), "\(keys(g))")
        #expect(has(g, "dana_kell", .affiliatedWith, "tomas_brel"), "\(keys(g))")
    }

    @Test("party membership: 'a member of the Unity party', 'X, 52, a member of …', 'X of the Y Party'")
    func partyMembers() {
        let g = graph(
            """
            Senator Dalia Verhoeven, a member of the centre-right Forward Korvex party, criticized the plan. \
            Tomas Brindel of the Korvex Democratic Party said the vote was fair. \
            Ilse Karmann, 52, a member of the governing Unity party, spoke in Lima. \
            Senator Pavel Ostrum spoke on Monday.
            """)
        #expect(has(g, "dalia_verhoeven", .memberOf, "forward_korvex_party"), "\(keys(g))")
        #expect(!has(g, "dalia_verhoeven", .roleIn, "forward_korvex_party"), "\(keys(g))")
        #expect(has(g, "tomas_brindel", .memberOf, "korvex_democratic_party"), "\(keys(g))")
        #expect(has(g, "ilse_karmann", .memberOf, "unity_party"), "\(keys(g))")
        // A member of a body that is no party holds a role in it, as before.
        let body = graph("Anna Lisk, a member of the Korvex Mining Board, resigned.")
        #expect(!body.relations.values.contains { $0.key.predicate == Predicate.memberOf.name && $0.key.source == "anna_lisk" }, "\(keys(body))")
        #expect(body.relations.values.contains { $0.key.predicate == Predicate.roleIn.name && $0.key.source == "anna_lisk" }, "\(keys(body))")
        // "of the opposition / ruling / governing X": a party by that word, whatever its name's head.
        let opposition = graph("The petition was filed by Tomas Brindel of the opposition Korvex National Congress.")
        #expect(has(opposition, "tomas_brindel", .memberOf, "korvex_national_congress"), "\(keys(opposition))")
        let plain = graph("The petition was filed by Tomas Brindel of the Korvex National Congress.")
        #expect(!has(plain, "tomas_brindel", .memberOf, "korvex_national_congress"), "\(keys(plain))")
    }

    @Test("'investment fund X' names a company: 'fund' is no verb of support")
    func fundNoun() {
        let g = graph("Korvex's largest shareholder is U.S. investment fund Tarvo Capital.")
        #expect(!g.relations.values.contains { $0.key.predicate == Predicate.supports.name }, "\(keys(g))")
        let verb = graph("Chile will fund Peru's new hospital.")
        #expect(has(verb, "chile", .supports, "peru"), "\(keys(verb))")
    }
}
