import Foundation
import NewsGraph
import NewsGraphValidation
import Testing
import _NewsGraphTestSupport

@Suite("validate: JSON Lines fragments and NetworkX's long (issue 13 item 10)")
struct FragmentsAndLongTests {
    /// Two fragments as `extract --emit fragments` writes them: one compact graph per line.
    static func fragments() throws -> String {
        let sink = MemorySink()
        var first = KnowledgeGraph()
        first.add(Entity(name: "Ana Lima", kind: .person, mentions: [Mention(documentID: "d1", start: 0, end: 8)]))
        first.add(Entity(name: "Norway", kind: .country))
        first.add(
            Relation(
                source: "ana_lima", predicate: .metWith, target: "norway",
                evidence: [Evidence(documentID: "d1", sentence: "Ana Lima met Norway.", start: 0, end: 20)]))
        try JSONGraphFormat.write(first, to: sink, pretty: false)
        var second = KnowledgeGraph()
        second.add(Entity(name: "Oslo", kind: .location))
        try JSONGraphFormat.write(second, to: sink, pretty: false)
        return sink.string
    }

    @Test("the fragments extract writes are valid, each line checked as a graph")
    func fragmentsAreValid() throws {
        let text = try Self.fragments()
        #expect(text.split(separator: "\n").count == 2)
        let report = try validate(text, name: "f.jsonl")
        #expect(report.errorCount == 0, "\(lines(report))")
        #expect(report.checkedAgainst.contains("one graph per line"))
    }

    @Test("a broken fragment is reported with its line")
    func brokenFragment() throws {
        var text = try Self.fragments()
        text = text.replacingOccurrences(of: #""type":"Location""#, with: #""type":"Alien""#)
        let report = try validate(text, name: "f.jsonl")
        #expect(lines(report) == ["2: unknown entity type 'Alien'"])
    }

    @Test("NetworkX's attr.type long for the integer column mentions fits the profile; a float does not")
    func networkxLong() throws {
        let keys = """
            <key id="d0" for="node" attr.name="type" attr.type="string"/>
            <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
            <key id="d2" for="node" attr.name="mentions" attr.type="long"/>
            """
        let body = #"<node id="n0"><data key="d0">Person</data><data key="d2">3</data></node>"#
        let report = try validate(graphml(keys: keys, body))
        #expect(report.errorCount == 0, "\(lines(report))")
        #expect(report.checkedAgainst.contains("NewsGraph profile"))
        let float = try validate(graphml(keys: keys.replacingOccurrences(of: "\"long\"", with: "\"float\""), body))
        #expect(lines(float).contains { $0.contains("must have attr.type int") })
    }
}
