import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing

/// Issue 14: what pathological texts may cost. Time is measured by the benchmark in
/// `Benchmarks/pathological` (no timed unit tests); these tests hold the behaviour and the
/// output bounds through the public entry point, whatever the stages' implementation.
@Suite("Linear bounds")
struct LinearBoundsTests {
    /// "Kalo Miten"-like made-up names: distinct, capitalized, in no gazetteer.
    static func name(_ k: Int) -> String {
        let syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor", "fin", "gar", "hul", "jas", "kor", "lun", "mar"]
        func word(_ n: Int) -> String {
            var n = n
            var parts = ""
            for _ in 0..<3 {
                parts += syllables[n % syllables.count]
                n /= syllables.count
            }
            return parts.prefix(1).uppercased() + parts.dropFirst()
        }
        return word(k) + " " + word(k * 7 + 3)
    }

    static func list(_ count: Int) -> String {
        (0..<(count - 1)).map(name).joined(separator: ", ") + " and \(name(count - 1)) signed an agreement."
    }

    static func jsonSize(_ graph: KnowledgeGraph) throws -> Int {
        let sink = MemorySink()
        try JSONGraphFormat.write(graph, to: sink, pretty: false)
        return sink.bytes.count
    }

    @Test(
        "a line that ends in CR alone, U+2028 or U+2029 ends a line as LF does",
        arguments: ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}"])
    func lineEndings(lineEnd: String) throws {
        // A long first line without closing punctuation, a short headline-like line, then a
        // sentence: the short line closes its own sentence, so the evidence starts at "Norway".
        let long = String(repeating: "the talks went on for many hours in the old hall ", count: 3)
        let text = long + lineEnd + "Talks Resume" + lineEnd + "Norway and Sweden signed an agreement."
        let graph = Extractor().extract(Document(id: "d", text: text))
        let relation = try #require(graph.relations.values.first { $0.predicate == .agreedWith })
        let expected = text.unicodeScalars.count - "Norway and Sweden signed an agreement.".unicodeScalars.count
        #expect(relation.evidence.map(\.start) == [expected])
    }

    @Test("a judged deed's doer is sought among the last tokens only: a verb that reported it far back gives no doer")
    func judgedDeedReach() throws {
        // Near: the court's order, reported in the sentence before.
        let near = Extractor().extract(Document(id: "d", text: "The Velmar Court ordered Korvex Mining to close the dam. Korvex Mining called the order \"legally flawed\"."))
        #expect(near.relations.values.contains { $0.predicate == .accused && $0.target == "velmar_court" && $0.source == "korvex_mining" })
        // Far: the same verb more than the reach back, in one long sentence, is not looked for.
        let filler = Array(repeating: "and the talks went on", count: 40).joined(separator: " ")
        let far = Extractor().extract(
            Document(id: "d", text: "The Velmar Court ordered Korvex Mining to close the dam \(filler), and Korvex Mining called the order \"legally flawed\"."))
        #expect(!far.relations.values.contains { $0.predicate == .accused && $0.target == "velmar_court" })
    }

    @Test("a list of N coordinated names yields at most the per-sentence bound of relations, not N²/2")
    func coordinatedList() throws {
        for text in [Self.list(300), "The accord was signed by " + (0..<299).map(Self.name).joined(separator: ", ") + " and Zed Quorn."] {
            let graph = Extractor().extract(Document(id: "d", text: text))
            #expect(graph.relations.count > 0)
            #expect(graph.relations.count <= Extractor.maxRelationsPerSentence)
        }
        // Normal coordination keeps every pair.
        let small = Extractor().extract(Document(id: "d", text: Self.list(4)))
        #expect(small.relations.count == 6)
    }

    @Test("co-occurrence links at most the first actors of a sentence")
    func cooccurrence() throws {
        let text = "Talks were held with " + (0..<400).map(Self.name).joined(separator: ", ") + "."
        let graph = Extractor(options: .init(cooccurrence: true)).extract(Document(id: "d", text: text))
        let pairs = graph.relations.values.filter { $0.predicate == .coOccurs }
        let n = Extractor.maxCooccurringActorsPerSentence
        #expect(pairs.count == n * (n - 1) / 2)
        // The first actors named are the ones linked.
        let linked = Set(pairs.flatMap { [$0.source, $0.target] })
        #expect(linked.count == n)
        #expect(!linked.contains(StableID.make(Self.name(n))))
        // Few actors: every pair.
        let few = Extractor(options: .init(cooccurrence: true)).extract(
            Document(id: "d", text: "Talks were held with " + (0..<5).map(Self.name).joined(separator: ", ") + "."))
        #expect(few.relations.values.filter { $0.predicate == .coOccurs }.count == 10)
    }

    @Test("output grows linearly with a coordinated list and with co-occurrence")
    func linearOutput() throws {
        for cooccurrence in [false, true] {
            let extractor = Extractor(options: .init(cooccurrence: cooccurrence))
            let small = try Self.jsonSize(extractor.extract(Document(id: "d", text: Self.list(250))))
            let large = try Self.jsonSize(extractor.extract(Document(id: "d", text: Self.list(1000))))
            // 4 times the text: at most about 4 times the output (quadratic would be 16).
            #expect(Double(large) <= 5 * Double(small), "\(small) → \(large) bytes")
        }
    }

    @Test("a long chain of 'A of B and C of D and …' does not overflow the stack")
    func nameChain() {
        // The span finder recursed once per "and": 100,000 pairs crashed a release build.
        let text = "The " + (0..<30_000).map { "Kalo\($0) of Miten\($0)" }.joined(separator: " and ") + " met."
        let graph = Extractor().extract(Document(id: "d", text: text))
        #expect(graph.documents["d"] != nil)
        #expect(graph.danglingRelations.isEmpty)
    }
}
