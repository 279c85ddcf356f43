import ArgumentParser
import Foundation
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@testable import newsgraph

/// Two small graphs in the JSON interchange format, written as a user's tool might.
let graphA = """
    {"nodes": [{"id": "ana_lima", "label": "Ana Lima", "type": "Person", "aliases": ["Lima"], "spans": [{"document": "a", "start": 0, "end": 8}]},
               {"id": "brazil", "label": "Brazil", "type": "Country", "spans": [{"document": "a", "start": 20, "end": 26}]}],
     "links": [{"source": "ana_lima", "target": "brazil", "relation": "leads",
                "evidence": [{"document": "a", "start": 0, "end": 30, "sentence": "Brazilian President Ana Lima arrived.", "role": "President"}]}],
     "graph": {"documents": [{"id": "a", "title": "Summit"}]}}
    """
let graphB = """
    {"nodes": [{"id": "brazil", "label": "Brazil", "type": "Country", "aliases": ["Brazilian"], "spans": [{"document": "b", "start": 4, "end": 10}]},
               {"id": "norway", "label": "Norway", "type": "Country", "spans": [{"document": "b", "start": 15, "end": 21}]}],
     "links": [{"source": "norway", "target": "brazil", "relation": "met_with",
                "evidence": [{"document": "b", "start": 0, "end": 25, "sentence": "Norway met Brazil in Oslo."}]}],
     "graph": {"documents": [{"id": "b"}]}}
    """

@Suite("newsgraph command line")
final class CLITests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws {
        directory = try TestSupport.temporaryDirectory("cli")
        try Data(graphA.utf8).write(to: directory.appendingPathComponent("a.json"))
        try Data(graphB.utf8).write(to: directory.appendingPathComponent("b.json"))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test(
        "bad arguments exit with the usage code 64",
        arguments: [
            ["merge"], ["stats"], ["stats", "x.json", "--top", "-1"], ["convert", "a.json", "-f", "png"], ["frobnicate"],
        ])
    func usage(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(!result.stderr.isEmpty)
        // In process, the parser agrees.
        #expect(throws: (any Error).self) { _ = try NewsGraphCommand.parseAsRoot(arguments) }
    }

    @Test(
        "the output format is inferred from the extension",
        arguments: [
            ("out.graphml", GraphFormat.graphml), ("out.GEXF", .gexf), ("out.rdf", .rdfxml), ("g.dot", .dot), ("g.gv", .dot),
            ("g.json", .json), ("-", .json), ("dir.v2/out", .json),
        ])
    func formatInference(output: String, format: GraphFormat) throws {
        let command = try Merge.parse(["a.json", "-o", output])
        #expect(command.output.resolvedFormat == format)
        let explicit = try Merge.parse(["a.json", "-o", output, "-f", "dot"])
        #expect(explicit.output.resolvedFormat == .dot)
    }

    @Test("merge writes one graph whatever the order of its inputs")
    func merge() throws {
        let one = try CLI.run(["merge", path("a.json"), path("b.json"), "-o", path("ab.json")])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stderr == "newsgraph: merged 2 graphs: 3 entities, 2 relations, 2 documents\n")
        let two = try CLI.run(["merge", path("b.json"), path("a.json"), "--quiet"])
        #expect(two.status == 0)
        #expect(two.stderr.isEmpty)
        #expect(try String(contentsOfFile: path("ab.json"), encoding: .utf8) == two.stdout)
        #expect(two.stdout.contains("\"aliases\":[\"Brazilian\"]"))
    }

    @Test("merge reads standard input as -")
    func mergeStdin() throws {
        let result = try CLI.run(["merge", "-", path("b.json"), "-q"], stdin: Data(graphA.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"ana_lima\""))
        #expect(result.stdout.contains("\"norway\""))
    }

    @Test("stats counts kinds and predicates and ranks actors by degree")
    func stats() throws {
        _ = try CLI.run(["merge", path("a.json"), path("b.json"), "-o", path("ab.json"), "-q"])
        let text = try CLI.run(["stats", path("ab.json")])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("\(path("ab.json")): 3 entities, 2 relations, 2 documents\n"))
        #expect(text.stdout.contains("  1. Brazil (Country): degree 2, mentions 2\n"))
        let json = try CLI.run(["stats", "--json", "--top", "1", path("ab.json")])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["entities"] as? Int == 3)
        #expect(object["entities_by_kind"] as? [String: Int] == ["Person": 1, "Country": 2])
        #expect(object["relations_by_predicate"] as? [String: Int] == ["leads": 1, "met_with": 1])
        let top = try #require(object["top_actors"] as? [[String: Any]])
        #expect(top.count == 1)
        #expect(top.first?["id"] as? String == "brazil")
    }

    @Test("convert re-writes a JSON graph byte-identically")
    func convert() throws {
        _ = try CLI.run(["merge", path("a.json"), "-o", path("a2.json"), "-q"])
        let result = try CLI.run(["convert", path("a2.json"), "-o", path("a3.json")])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("a2.json"))) == Data(contentsOf: URL(fileURLWithPath: path("a3.json"))))
    }

    @Test("bad input gives one error line naming the file, exit 1, and no output file")
    func badInputs() throws {
        let cases: [(String, Data, String)] = [
            ("empty.json", Data(), ": empty input"),
            ("blank.json", Data("  \n\t".utf8), ": empty input"),
            ("binary.json", Data([0x00, 0xFF, 0x13, 0x37]), ": not a graph (expected JSON, GraphML or GEXF)"),
            // The JSON reader names the line and column where the text ends early.
            ("broken.json", Data("{\"nodes\": [".utf8), ":1:12: not valid JSON"),
            (
                "dangling.json", Data(#"{"nodes": [], "links": [{"source": "x", "target": "y", "relation": "leads"}]}"#.utf8),
                ": links[0].source: no node with id 'x'"
            ),
        ]
        for (name, bytes, message) in cases {
            try bytes.write(to: directory.appendingPathComponent(name))
            let result = try CLI.run(["merge", path("a.json"), path(name), "-o", path("out.json")])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr == "newsgraph: error: \(path(name))\(message)\n", "\(name)")
            #expect(result.stdout.isEmpty)
            #expect(!(try files()).contains { $0.contains("out.json") }, "no output and no temporary file for \(name)")
        }
        let missing = try CLI.run(["stats", path("missing.json")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "newsgraph: error: \(path("missing.json")): cannot open: No such file or directory\n")
        let folder = try CLI.run(["stats", directory.path])
        #expect(folder.stderr == "newsgraph: error: \(directory.path): is a directory\n")
    }

    @Test("an output folder that does not exist is an error, not a crash")
    func badOutput() throws {
        let result = try CLI.run(["merge", path("a.json"), "-o", path("no/such/dir/out.json")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("newsgraph: error: \(path("no/such/dir/out.json")): cannot create a file in"))
    }

    @Test("validate reports problems as file:line:column, a summary per file, and exit 0/1/2")
    func validate() throws {
        try Data(
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">\#n<node id="a"/><node id="a"/></graph></graphml>"#
                .utf8
        )
        .write(to: directory.appendingPathComponent("bad.graphml"))
        try Data("digraph {\n a -- b }".utf8).write(to: directory.appendingPathComponent("bad.dot"))
        try Data([0x00, 0x01]).write(to: directory.appendingPathComponent("binary.bin"))
        let valid = try CLI.run(["validate", path("a.json")])
        #expect(valid.status == 0)
        #expect(valid.stdout == "\(path("a.json")): valid (json, checked against newsgraph-graph.schema.json)\n")
        let invalid = try CLI.run(["validate", path("bad.graphml"), path("bad.dot"), path("a.json")])
        #expect(invalid.status == 1)
        #expect(
            invalid.stdout == """
                \(path("bad.graphml")):2: error: duplicate node id 'a'
                \(path("bad.graphml")): invalid (graphml, checked against graphml.xsd): 1 error
                \(path("bad.dot")):2:4: error: syntax error: '--' in a digraph (use '->')
                \(path("bad.dot")): invalid (dot, checked against DOT grammar): 1 error
                \(path("a.json")): valid (json, checked against newsgraph-graph.schema.json)

                """)
        let unreadable = try CLI.run(["validate", path("bad.dot"), path("binary.bin")])
        #expect(unreadable.status == 2)
        #expect(unreadable.stdout.hasSuffix("\(path("binary.bin")): unreadable: binary data (a NUL byte at offset 0), not a graph file\n"))
        let json = try CLI.run(["validate", "--json", path("bad.graphml")])
        #expect(json.status == 1)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(reports.first?["valid"] as? Bool == false)
        #expect((reports.first?["problems"] as? [[String: Any]])?.first?["line"] as? Int == 2)
        let badSchema = try CLI.run(["validate", "--schema", path("missing.xsd"), path("bad.graphml")])
        #expect(badSchema.status == 1)
        #expect(badSchema.stderr.hasPrefix("newsgraph: error: \(path("missing.xsd")): cannot open"))
    }

    @Test("validate --libxml2 gives the same reports as the default pass on valid and invalid GraphML")
    func validateWithLibxml2() throws {
        try Data(
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">\#n<node id="a"/><edge source="a" target="b"/></graph></graphml>"#
                .utf8
        )
        .write(to: directory.appendingPathComponent("dangling.graphml"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for file in [root.appendingPathComponent("Examples/esper-soleimani.graphml").path, path("dangling.graphml")] {
            let fast = try CLI.run(["validate", file])
            let full = try CLI.run(["validate", "--libxml2", file])
            #expect(fast.status == full.status && fast.stdout == full.stdout, "\(fast.stdout) / \(full.stdout)")
        }
        #expect(try CLI.run(["validate", "--libxml2", path("dangling.graphml")]).status == 1)
    }

    @Test("validate --schema with --catalog resolves a schema's http imports to local files, offline")
    func catalog() throws {
        let schemas = TestSupport.reference.appendingPathComponent("schemas")
        let official = schemas.appendingPathComponent("graphml/1.0/graphml.xsd").path
        let catalog = schemas.appendingPathComponent("catalog.xml").path
        let samples = TestSupport.reference.appendingPathComponent("samples")
        let valid = samples.appendingPathComponent("graphml-valid.graphml").path
        let invalid = samples.appendingPathComponent("graphml-invalid-duplicates-keyref.graphml").path
        let result = try CLI.run(["validate", "--schema", official, "--catalog", catalog, valid])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("valid (graphml, checked against \(official))\n"))
        let bad = try CLI.run(["validate", "--schema", official, "--catalog", catalog, invalid])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("Duplicate key-sequence ['n0']"))
        // Without the catalog the schema's imports would need the network: refused, not fetched.
        let offline = try CLI.run(["validate", "--schema", official, valid])
        #expect(offline.status == 1)
        #expect(offline.stderr.hasPrefix("newsgraph: error: "))
    }

    @Test("every format is written, validates, and GraphML converts back to the same graph")
    func formats() throws {
        _ = try CLI.run(["merge", path("a.json"), path("b.json"), "-o", path("ab.json"), "-q"])
        for ext in ["graphml", "gexf", "rdf", "dot"] {
            let result = try CLI.run(["convert", path("ab.json"), "-o", path("ab.\(ext)")])
            #expect(result.status == 0, "\(ext): \(result.stderr)")
        }
        let yed = try CLI.run(["convert", path("ab.json"), "--flavor", "yed", "-o", path("yed.graphml")])
        #expect(yed.status == 0)
        let check = try CLI.run(["validate", path("ab.graphml"), path("yed.graphml"), path("ab.dot"), path("ab.json")])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("ab.graphml: valid (graphml, checked against graphml.xsd + NewsGraph profile)"))
        #expect(check.stdout.contains("yed.graphml: valid (graphml, checked against graphml-yfiles.xsd + NewsGraph profile)"))
        let back = try CLI.run(["convert", path("ab.graphml"), "-o", path("back.json")])
        #expect(back.status == 0, "\(back.stderr)")
        // The entities and relations come back exactly (mentions, evidence, roles); documents
        // come back as ids only (GraphML has no place for their titles, dates, URLs).
        func json(_ name: String) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name))) as? [String: Any])
        }
        let original = try json("ab.json"), returned = try json("back.json")
        #expect(
            NSDictionary(dictionary: ["n": original["nodes"] ?? 0, "l": original["links"] ?? 0])
                == NSDictionary(dictionary: ["n": returned["nodes"] ?? 0, "l": returned["links"] ?? 0]))
        let ids = { (graph: [String: Any]) in
            ((graph["graph"] as? [String: Any])?["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        }
        #expect(ids(returned) == ["a", "b"] && ids(original) == ["a", "b"])
    }
}
