import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing
import _NewsGraphTestSupport

@Suite("Robustness")
struct RobustnessTests {
    @Test(
        "odd inputs give a graph with the document record and no dangling relations",
        arguments: [
            "", " ", "\n\n\n", ".", "“", "-", "—", "U.S.", "U.S", "'s", "’", "Mr.", "(", ")", "w/", "&",
            "A", "AB", "al-", "al-Abdallah", "the", "The", "He said.", "“We”", "Reuters", "EsperReuters", "Jan. 5.",
            "Trump,", ", Trump", "according to", "according to NBC News", "was killed by", "Kenya-backed",
            "President", "Secretary of Defense", "known as", "the ministry", "Iran rejected the allegations.",
            "🇺🇸🇮🇷", "Ünïcödé Ñame met Ωmega Group.", "line\r\nbreak\r\nWindows", String(repeating: "Iran ", count: 500),
            String(repeating: "a", count: 10_000), "x\u{0}y", "Café\u{301} Bar", "((((((", "\"\"\"\"",
            // A dateline cut after its credit's bracket (a truncated feed item).
            "NAIROBI (", "BANGKOK (AP", "BANGKOK (AP)", "PARIS ( —",
        ])
    func oddInputs(text: String) {
        let graph = Extractor(options: .init(cooccurrence: true)).extract(Document(id: "odd", text: text))
        #expect(graph.documents["odd"] != nil)
        #expect(graph.danglingRelations.isEmpty)
    }

    @Test("random news-like token soup never traps")
    func fuzz() {
        var rng = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["NEWSGRAPH_FUZZ_SEED"] ?? "") ?? 42)
        let pieces = [
            "Iran", "U.S.", "the", "The", "said", "told", "CNN", ",", ".", "“", "”", "\"", "'s", "’s", "-", "—", "backed",
            "led", "President", "Secretary of State", "Mark", "Esper", "al", "al-", "Houthi", "of", "and", "was", "killed",
            "by", "attributed", "to", "according", "he", "she", "we", "(", ")", "Ministry", "Foreign", "Army", "in",
            "Baghdad", "Embassy", "accused", "rejected", "allegations", "met", "with", "\n", "\n\n", "WASHINGTON", ":",
            "Reuters", "EsperReuters", "known", "as", "or", "its", "leader", "leaders", "Jan.", "5", "2,000", "Gen.",
            "Kataib", "Hezbollah", "militia", "council", "Inc.", "S.A.", "TNK", "in", "the", "region", "Syria",
        ]
        let extractor = Extractor(options: .init(cooccurrence: true))
        for round in 0..<(Int(ProcessInfo.processInfo.environment["NEWSGRAPH_FUZZ"] ?? "") ?? 300) {
            let count = Int.random(in: 0...60, using: &rng)
            var text = ""
            for _ in 0..<count {
                text += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                if Int.random(in: 0..<4, using: &rng) != 0 { text += " " }
            }
            let graph = extractor.extract(Document(id: "f\(round)", text: text))
            #expect(graph.danglingRelations.isEmpty)
        }
    }
}
