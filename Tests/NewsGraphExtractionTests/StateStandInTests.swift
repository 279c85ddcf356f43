import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Lower-case descriptions that stand for the state a text is about when it is asked to act ("urged parliament
/// to …", "urged the prime minister to …"), and a capitalized body before "the government" that stays one actor;
/// invented sentences with negatives.
@Suite("State stand-ins as the one asked")
struct StateStandInTests: RuleSuite {
    @Test("'urged parliament / the state / the country's leaders / the prime minister to' is the text's state")
    func standIns() {
        let lead = "Velmar's copper output fell sharply this year. "
        let cases = [
            "The Velmar Miners Guild urged parliament to open an inquiry.",
            "The Velmar Miners Guild called on the state to protect the miners.",
            "The Velmar Miners Guild urged the country's leaders to agree on a plan.",
            "The Velmar Miners Guild urged the prime minister to intervene.",
        ]
        // (Velmar is no real state: the test's state is a real one, named first.)
        for text in cases {
            let g = graph(lead.replacingOccurrences(of: "Velmar's", with: "Zambia's") + text)
            #expect(has(g, "velmar_miners_guild", .urged, "zambia"), "\(text): \(keys(g))")
        }
    }

    @Test("a named head after the title, a question, or the subject's own state give no such request")
    func negatives() {
        // The president named right after is the one asked, not the state.
        let named = graph("Zambia's copper output fell. The Velmar Miners Guild urged the president, Tomas Brel, to act.")
        #expect(!has(named, "velmar_miners_guild", .urged, "zambia"), "\(keys(named))")
        // "the president of the union" is no state's head: nothing follows as "to".
        let union = graph("Zambia's copper output fell. The Velmar Miners Guild urged the president of the union to resign.")
        #expect(!has(union, "velmar_miners_guild", .urged, "zambia"), "\(keys(union))")
        // A state's own minister asking its parliament asks no other state.
        let own = graph("Zambia's Finance Minister Ana Lisk urged parliament to pass the budget.")
        #expect(!has(own, "ana_lisk", .urged, "zambia"), "\(keys(own))")
    }

    @Test("'assured Parliament the government would act' is two actors, not one named 'Parliament the government'")
    func parliamentThenGovernment() {
        let g = graph("Zambia's mining minister, Ana Lisk, assured Parliament the government would act.")
        #expect(!g.entities.values.contains { $0.name.contains("the government") }, "\(g.entities.values.map(\.name))")
        // A place's lower-case body name still holds together.
        let council = graph("The Tarvo military council said the town was calm.")
        #expect(council.entities.values.contains { $0.name == "Tarvo military council" }, "\(council.entities.values.map(\.name))")
    }
}
