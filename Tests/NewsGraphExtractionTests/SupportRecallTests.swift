import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Recall rules for support named by a phrase (help, donors) and by a passive whose agent comes after a word of
/// degree or is described by a hyphenated place, each on invented sentences with negatives (none of the corpus texts).
@Suite("Support recall rules")
struct SupportRecallTests: RuleSuite {
    @Test("'funded in part by X' is a passive with its agent; 'a Lima-based group backed by X' supports the group")
    func passiveAgents() {
        let part = graph("Korvex Sea Watch, a conservation group funded in part by the Tarvel Foundation, said the fish escaped.")
        #expect(has(part, "tarvel_foundation", .supports, "korvex_sea_watch"), "\(keys(part))")
        let based = graph("The Korvex Patent Pool, a Lima-based group backed by the Velmar Union, said it would appeal.")
        #expect(has(based, "velmar_union", .supports, "korvex_patent_pool"), "\(keys(based))")
        // "in part" without an agent, and a place's name in the compound, support nothing.
        let fees = graph("Korvex Sea Watch, a conservation group funded in part by fees, said the fish escaped.")
        #expect(!fees.relations.values.contains { $0.predicate == .supports }, "\(keys(fees))")
        #expect(!has(based, "velmar_union", .supports, "lima"), "\(keys(based))")
    }
}
