import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// An accused named as a relative clause's antecedent, on invented sentences with negatives.
@Suite("Accused antecedent rule")
struct AccusedAntecedentTests: RuleSuite {
    @Test("'X, whom it accused of …' makes the clause's subject accuse X; 'which it praised' and 'who accused' do not")
    func antecedent() {
        let text = "The Korvex Union also dropped its treasurer, Anna Lisk, whom it accused of hiding the accounts."
        #expect(drawnBy("accused:antecedent", text, "korvex_union", .accused, "anna_lisk"), "\(keys(graph(text)))")
        let named = "Police raided Tarvel Files, which the Velmar Agency accused of hiding grants from donors."
        // (A name after "which", over its article: the verb patterns draw it too.)
        #expect(has(graph(named), "velmar_agency", .accused, "tarvel_files"), "\(keys(graph(named)))")
        let praise = graph("The Korvex Union thanked Tarvel Files, which it praised for its reporting.")
        #expect(!praise.relations.values.contains { $0.predicate == .accused }, "\(keys(praise))")
        // "who accused …": the antecedent accuses, the rule reads nothing.
        let subject = graph("The Korvex Union met Anna Lisk, who accused Peru of fraud.")
        #expect(!has(subject, "korvex_union", .accused, "anna_lisk"), "\(keys(subject))")
        #expect(!has(subject, "peru", .accused, "anna_lisk"), "\(keys(subject))")
    }
}
