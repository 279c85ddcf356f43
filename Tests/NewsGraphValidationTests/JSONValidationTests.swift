import Foundation
import NewsGraph
import NewsGraphValidation
import Testing
import _NewsGraphTestSupport

/// A JSON graph as the writer produces it.
func sampleJSONGraph() throws -> String {
    var graph = KnowledgeGraph()
    graph.add(DocumentInfo(id: "d1", title: "Talks", date: "2024-05-01", metadata: ["desk": "world"]))
    graph.add(Entity(name: "Ana Lima", kind: .person, aliases: ["Lima"], mentions: [Mention(documentID: "d1", start: 0, end: 8)]))
    graph.add(Entity(name: "Norway", kind: .country, mentions: [Mention(documentID: "d1", start: 20, end: 26)]))
    graph.add(
        Relation(
            source: "ana_lima", predicate: .metWith, target: "norway",
            evidence: [
                Evidence(documentID: "d1", sentence: "Ana Lima met Norway's envoy.", start: 0, end: 28, confidence: 0.9, rule: "verb")
            ]))
    let sink = MemorySink()
    try JSONGraphFormat.write(graph, to: sink)
    return sink.string
}

/// Mutations of the sample, each breaking one rule; `schema` says whether the JSON
/// Schema can express the rule (else only `newsgraph validate` sees it).
let jsonMutations: [(name: String, from: String, to: String, path: String, schema: Bool)] = [
    ("bad type", #""type":"Person""#, #""type":"Alien""#, "nodes[0].type", true),
    ("id not a string", #"{"id":"norway""#, #"{"id":7"#, "nodes[1].id", true),
    ("negative offset", #""start":0,"end":8"#, #""start":-1,"end":8"#, "nodes[0].spans[0].start", true),
    ("confidence above 1", #""confidence":0.9"#, #""confidence":1.9"#, "links[0].confidence", true),
    ("bad predicate name", #""relation":"met_with""#, #""relation":"Met With""#, "links[0].relation", true),
    ("bad category", #""category":"event""#, #""category":"gossip""#, "links[0].category", true),
    ("weight not an integer", #""weight":1"#, #""weight":"one""#, "links[0].weight", true),
    ("aliases not strings", #""aliases":["Lima"]"#, #""aliases":[1]"#, "nodes[0].aliases[0]", true),
    ("metadata not a string", #""desk":"world""#, #""desk":3"#, "graph.documents[0].metadata.desk", true),
    ("missing links", #""links":["#, #""lonks":["#, "links", true),
    ("dangling target", #""target":"norway""#, #""target":"sweden""#, "links[0].target", false),
    ("duplicate node id", #"{"id":"norway""#, #"{"id":"ana_lima""#, "nodes[1].id", false),
    (
        "mention count", #""mentions":1,"spans":[{"document":"d1","start":20"#, #""mentions":4,"spans":[{"document":"d1","start":20"#,
        "nodes[1].mentions", false
    ),
    ("end before start", #""start":0,"end":8"#, #""start":9,"end":8"#, "nodes[0].spans[0]", false),
]

@Suite("Validating JSON graphs")
struct JSONValidationTests {
    @Test("the writer's output is valid")
    func valid() throws {
        let report = try validate(try sampleJSONGraph(), name: "g.json")
        #expect(report.isValid, "\(lines(report))")
        #expect(report.checkedAgainst == "newsgraph-graph.schema.json")
    }

    @Test("each broken rule is reported with its JSON path", arguments: jsonMutations.map(\.name))
    func mutations(name: String) throws {
        let mutation = try #require(jsonMutations.first { $0.name == name })
        let original = try sampleJSONGraph()
        #expect(original.contains(mutation.from), "the mutation applies")
        let report = try validate(original.replacingOccurrences(of: mutation.from, with: mutation.to), name: "g.json")
        #expect(!report.isValid)
        #expect(report.problems.map(\.path).contains(mutation.path), "\(report.problems.map { "\($0.path ?? "-"): \($0.message)" })")
        #expect(report.problems.first?.formatted(file: "g.json").hasPrefix("g.json: error: ") == true)
    }

    @Test("the JSON Schema agrees: it rejects what it can express, and accepts our output")
    func schemaAgreement() throws {
        let python = try TestSupport.tool("/usr/bin/python3", package: "python3-jsonschema")
        let directory = try TestSupport.temporaryDirectory("jsonschema")
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-graph.schema.json").path
        let original = try sampleJSONGraph()
        var files = [("original", original, true)]
        for mutation in jsonMutations {
            files.append((mutation.name, original.replacingOccurrences(of: mutation.from, with: mutation.to), !mutation.schema))
        }
        for (index, file) in files.enumerated() {
            try Data(file.1.utf8).write(to: directory.appendingPathComponent("\(index).json"))
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema)
            for path in sys.argv[2:]:
                print("valid" if validator.is_valid(json.load(open(path))) else "invalid")
            """
        let result = try TestSupport.run(
            python, ["-c", script, schema] + files.indices.map { directory.appendingPathComponent("\($0).json").path })
        #expect(result.status == 0, "\(result.stderr)")
        let verdicts = result.stdout.split(separator: "\n").map(String.init)
        #expect(verdicts == files.map { $0.2 ? "valid" : "invalid" }, "\(zip(files.map(\.0), verdicts).map { "\($0): \($1)" })")
    }
}
