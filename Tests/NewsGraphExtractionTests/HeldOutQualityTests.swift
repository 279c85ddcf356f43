import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing

/// Quality on texts written and annotated without access to the extraction rules
/// (Fixtures/heldout, see its README). They measure; they must never be used to tune the
/// rules — a rule written from one of these texts makes this number meaningless.
@Suite("Extraction quality on held-out texts")
struct HeldOutQualityTests {
    @Test("held-out annotated texts (Fixtures/heldout)")
    func heldOut() throws {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("heldout"))
        let items = try CorpusSupport.load(directory)
        #expect(items.count >= 12)
        let score = CorpusSupport.score(items, label: "held-out")
        // Floors just below the latest measurement (2026-12-02: entities 0.967, typed 0.920,
        // relations 0.656, after rules written from dev2 and the own texts; then 0.662; then 0.669 with the
        // office "Chief Cabinet Secretary" / "Cabinet Secretary", added from dev2; 0.673 with pair references, "each other" and lists before an aside, written from
        // dev2 and invented sentences; 2026-12-03 afternoon: entities 0.976, typed 0.929, relations 0.677
        // after entity rules written from dev2 and invented sentences; 2026-12-05: entities 0.990, typed 0.957,
        // relations 0.737 after rules written from the own texts 68–223 and invented sentences; then 0.744 with
        // rel2's kinds, stakes, member pairs and partners from the own texts 68–223; 0.759 with quality's implicit
        // accusations and signing agents, from the own texts 68–223; 2026-12-05 late night 0.770 with rules written
        // from the own texts 68–295 and invented sentences); raise them only
        // when rules written from other texts lift the score.
        #expect(score.entities.f1 >= 0.985)
        #expect(score.typedEntities.f1 >= 0.955)
        #expect(score.relations.f1 >= 0.766)
    }
}
