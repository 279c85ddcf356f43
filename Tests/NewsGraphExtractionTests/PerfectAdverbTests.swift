import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// An adverb of time between a perfect's auxiliary and its participle ("has since accused", "have long designated"),
/// on invented sentences with negatives.
@Suite("Perfect adverb rule")
struct PerfectAdverbTests: RuleSuite {
    @Test("'X has since accused Y', 'X had long blamed Y for': the subject is read over the adverb")
    func subjectOverAdverb() {
        let since = graph("The Tarvel Rights Office has since accused Chile of abuses.")
        #expect(has(since, "tarvel_rights_office", .accused, "chile"), "\(keys(since))")
        let long = graph("Peru had long blamed Chile for the drought.")
        #expect(has(long, "peru", .accused, "chile"), "\(keys(long))")
    }

    @Test("'since' or 'long' that is no adverb after 'has'/'had' keeps its meaning: no subject across it")
    func notAfterAuxiliary() {
        // "since" as a preposition, not after "has"/"had": the verb's subject is the one after it.
        let preposition = graph("Peru said nothing since Chile accused Bolivia of abuses.")
        #expect(!has(preposition, "peru", .accused, "bolivia"), "\(keys(preposition))")
        // "long" as an adjective before a noun: nothing read across it.
        let adjective = graph("Peru's long campaign accused nobody.")
        #expect(!adjective.relations.values.contains { $0.predicate == .accused }, "\(keys(adjective))")
    }
}
