import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Denials by each of several accused, on invented sentences with negatives.
@Suite("Quantified denial rule")
struct QuantifiedDenialTests: RuleSuite {
    @Test("'All three reject the accusation' after an accusation of three: each denies; a different count or 'both sides' does not")
    func eachDenies() {
        let g = graph("Peru accused Anna Lisk, Marta Ruiz and Jon Vidal of fraud. All three reject the accusation.")
        for person in ["anna_lisk", "marta_ruiz", "jon_vidal"] {
            #expect(has(g, person, .denied, "peru"), "\(keys(g))")
        }
        let both = graph("Chile accused Korvex Mining and Tarvel Energy of dumping waste. Both companies denied wrongdoing.")
        #expect(has(both, "korvex_mining", .denied, "chile"), "\(keys(both))")
        #expect(has(both, "tarvel_energy", .denied, "chile"), "\(keys(both))")
        let bare = graph("Chile accused Korvex Mining and Tarvel Energy of dumping waste. Both deny it.")
        #expect(has(bare, "korvex_mining", .denied, "chile") && has(bare, "tarvel_energy", .denied, "chile"), "\(keys(bare))")
        // A noun of people after two companies accused: no denial of theirs.
        let men = graph("Chile accused Korvex Mining and Tarvel Energy of dumping waste. The two men denied wrongdoing.")
        #expect(!men.relations.values.contains { $0.predicate == .denied }, "\(keys(men))")
        // A denial verb opening a sentence has no subject to read.
        _ = graph("Chile accused Korvex Mining of dumping waste. Denied.")
        let count = graph("Peru accused Anna Lisk and Marta Ruiz of fraud. All three reject the accusation.")
        #expect(!count.relations.values.contains { $0.predicate == .denied }, "\(keys(count))")
        let sides = graph("Chile accused Korvex Mining and Tarvel Energy of dumping waste. Both sides denied wrongdoing.")
        #expect(!sides.relations.values.contains { $0.predicate == .denied }, "\(keys(sides))")
    }
}
