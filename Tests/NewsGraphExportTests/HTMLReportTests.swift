import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExport

@Suite("HTML report")
struct HTMLReportTests {
    /// `ReportAssets.swift` as generated from `Report/report.css` and `Report/report.js`.
    static func generatedAssets() throws -> String {
        let folder = Paths.packageRoot.appendingPathComponent("Sources/NewsGraphExport/Report")
        let css = try String(contentsOf: folder.appendingPathComponent("report.css"), encoding: .utf8)
        let js = try String(contentsOf: folder.appendingPathComponent("report.js"), encoding: .utf8)
        return "// swift-format-ignore-file\n// Generated from Report/report.css and Report/report.js by\n"
            + "// `NEWSGRAPH_RECORD=1 swift test --filter reportAssets`; edit those files, not this one.\n\n"
            + "/// The HTML report's styles and script, embedded so that the binary is one file.\nenum ReportAssets {\n"
            + "    /// `Report/report.css`.\n    static let css: String = #####\"\"\"\n" + css + "\"\"\"#####\n\n"
            + "    /// `Report/report.js`.\n    static let js: String = #####\"\"\"\n" + js + "\"\"\"#####\n}\n"
    }

    @Test("ReportAssets.swift is what Report/ holds (NEWSGRAPH_RECORD=1 rewrites it)")
    func reportAssets() throws {
        let path = Paths.packageRoot.appendingPathComponent("Sources/NewsGraphExport/ReportAssets.swift")
        let expected = try Self.generatedAssets()
        if ProcessInfo.processInfo.environment["NEWSGRAPH_RECORD"] == "1" {
            try Data(expected.utf8).write(to: path)
        }
        #expect(try String(contentsOf: path, encoding: .utf8) == expected, "run NEWSGRAPH_RECORD=1 swift test --filter reportAssets")
        #expect(!ReportAssets.js.lowercased().contains("</script"))
        #expect(!ReportAssets.css.lowercased().contains("</style"))
        #expect(!ReportAssets.js.contains("innerHTML") && !ReportAssets.js.contains("outerHTML") && !ReportAssets.js.contains("eval("))
    }

    static func page(_ graph: KnowledgeGraph, title: String = "T") throws -> String {
        let sink = MemorySink()
        try HTMLReport(title: title, drawing: GraphDrawing()).write(graph, to: sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    @Test("hostile names, sentences and titles cannot close the data element or start markup")
    func escaping() throws {
        let hostile = "</script><script>alert(1)</script><!-- \u{2028}\u{2029} & \"q\" \\ <img src=x onerror=alert(2)>"
        let graph = KnowledgeGraph(
            entities: [Entity(id: "a", name: hostile, kind: .person), Entity(id: "b", name: "B", kind: .country)],
            relations: [
                Relation(
                    source: "a", predicate: Predicate.named("accused")!, target: "b",
                    evidence: [Evidence(documentID: "d</script>", sentence: hostile, start: 0, end: 5)])
            ],
            documents: [DocumentInfo(id: "d</script>", title: hostile, date: "2020-01-02", url: "javascript:alert(3)")])
        let text = try Self.page(graph, title: hostile)
        let data = text.components(separatedBy: "<script type=\"application/json\" id=\"newsgraph-data\">")[1]
            .components(separatedBy: "</script>")[0]
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
        #expect(!data.contains("\u{2028}") && !data.contains("\u{2029}"))
        #expect(data.contains(#"\u003c/script\u003e"#))
        // The data parses back to the very strings.
        let object = try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any]
        let nodes = object?["nodes"] as? [[Any]]
        #expect(nodes?.first?.first as? String == hostile)
        #expect((object?["evidence"] as? [[Any]])?.first?[1] as? String == hostile)
        #expect(object?["title"] as? String == hostile)
        // The title is escaped in <title> and <h1>.
        #expect(text.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)"))
        #expect(text.components(separatedBy: "<script").count == 3)  // the data and the script
    }

    @Test("the same graph gives the same bytes; dates and positions are carried")
    func content() throws {
        let graph = Fixtures.random(seed: 4, nodes: 40, edges: 80)
        #expect(try Self.page(graph) == Self.page(graph))
        let text = try Self.page(graph)
        #expect(text.contains("Content-Security-Policy"))
        #expect(!text.contains("http://") || !text.contains("src=\"http"))
    }
}
