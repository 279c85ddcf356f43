import Foundation
import NewsGraph
import Testing
import _NewsGraphTestSupport

@Suite("JSON graph format")
struct JSONRoundTripTests {
    func write(_ graph: KnowledgeGraph, pretty: Bool = true) throws -> [UInt8] {
        let sink = MemorySink()
        try JSONGraphFormat.write(graph, to: sink, pretty: pretty)
        return sink.bytes
    }

    @Test("writing then reading gives an equal graph", arguments: [true, false])
    func roundTrip(pretty: Bool) throws {
        let graph = KnowledgeGraph.merged([Fixtures.summit, Fixtures.followUp, Fixtures.awkward])
        let bytes = try write(graph, pretty: pretty)
        let back = try JSONGraphFormat.read(Data(bytes), path: "mem")
        #expect(back == graph)
        #expect(try write(back, pretty: pretty) == bytes)
    }

    @Test("compact output is one line, ended by a newline (a JSON Lines record)")
    func compact() throws {
        let text = String(decoding: try write(Fixtures.awkward, pretty: false), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(!text.dropLast().contains("\n"))
        #expect(text.contains(#"\n"#))  // the escaped newline of the title
        #expect(text.contains(#"\u0007"#))
    }

    @Test("output is deterministic whatever the insertion order")
    func deterministic() throws {
        let one = KnowledgeGraph.merged([Fixtures.summit, Fixtures.followUp, Fixtures.awkward])
        let two = KnowledgeGraph.merged([Fixtures.awkward, Fixtures.followUp, Fixtures.summit])
        #expect(try write(one) == write(two))
    }

    @Test("a relation to a missing entity is written too, in the same sorted order")
    func dangling() throws {
        var graph = KnowledgeGraph.merged([Fixtures.summit, Fixtures.followUp])
        graph.add(Relation(source: "zz_nobody", predicate: .accused, target: "brazil"))
        graph.add(Relation(source: "ana_lima", predicate: .attacked, target: "nobody"))
        #expect(graph.danglingRelations.count == 2)
        let text = String(decoding: try write(graph), as: UTF8.self)
        let sources = text.split(separator: "\n").filter { $0.contains(#""key":"#) }.map { line in
            line.split(separator: ",").first { $0.contains(#""source":"#) }.map { String($0.drop { $0 == " " }) } ?? ""
        }
        #expect(sources.count == graph.relations.count)
        #expect(sources == graph.sortedRelations.map { #"{"source":"\#($0.source)""# })
        // The same order as a graph without the missing ends writes (the fast path).
        let clean = KnowledgeGraph.merged([Fixtures.summit, Fixtures.followUp])
        let cleanText = String(decoding: try write(clean), as: UTF8.self)
        #expect(text.contains(cleanText.split(separator: "\n").filter { $0.contains(#""key":"#) }.joined(separator: "\n")))
    }

    @Test("it has NetworkX's node-link shape")
    func shape() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try write(Fixtures.summit))) as? [String: Any]
        let top = try #require(object)
        #expect(top["directed"] as? Bool == true)
        #expect(top["multigraph"] as? Bool == true)
        let nodes = try #require(top["nodes"] as? [[String: Any]])
        let links = try #require(top["links"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["ana_lima", "brazil", "norway"])
        #expect(nodes[0]["type"] as? String == "Person")
        #expect(nodes[0]["mentions"] as? Int == 1)
        let leads = try #require(links.first { $0["relation"] as? String == "leads" })
        #expect(leads["key"] as? String == "leads")
        #expect(leads["source"] as? String == "ana_lima")
        #expect(leads["role"] as? String == "President")
        let met = try #require(links.first { $0["relation"] as? String == "met_with" })
        #expect(met["cameo"] as? String == "04")
        #expect(met["symmetric"] as? Bool == true)
    }

    @Test("custom predicates survive the round trip")
    func customPredicate() throws {
        var graph = Fixtures.summit
        let sued = Predicate(name: "sued", category: .event, cameo: "11", cameoCode: "111", definition: "Took to court.")
        graph.add(
            Relation(source: "norway", predicate: sued, target: "ana_lima", evidence: [Fixtures.evidence("a", 90, "Norway sued Lima.")]))
        let back = try JSONGraphFormat.read(Data(try write(graph)), path: "mem")
        let relation = try #require(back.relations[RelationKey(source: "norway", predicate: "sued", target: "ana_lima")])
        #expect(relation.predicate.definition == "Took to court.")
        #expect(relation.predicate.cameo == "11")
    }

    @Test(
        "bad graphs are refused with the JSON path of the problem",
        arguments: [
            (#"{"nodes": [], "links": [{"source": "a", "target": "b", "relation": "leads"}]}"#, "links[0].source: no node with id 'a'"),
            (#"{"nodes": [{"id": "a", "type": "Alien"}], "links": []}"#, "nodes[0].type: unknown entity type 'Alien'"),
            (#"{"nodes": [{"id": 3}], "links": []}"#, "nodes[0].id: expected a string"),
            (#"{"nodes": []}"#, "links: missing"),
            (
                #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "Bad Name"}]}"#,
                "links[0].relation: 'Bad Name' is not a valid predicate name (snake_case ASCII)"
            ),
            (
                #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "evidence": [{"document": "d", "start": 5, "end": 1}]}]}"#,
                "links[0].evidence[0]: bad offsets 5..<1"
            ),
            ("{nodes", "not valid JSON"),
            (#"{"graph": {"format": 99}, "nodes": [], "links": []}"#, "graph.format: format 99 is newer than this build reads (1)"),
        ])
    func refused(json: String, message: String) {
        let error = #expect(throws: NewsGraphError.self) { try JSONGraphFormat.read(Data(json.utf8), path: "g.json") }
        #expect(error?.message == message)
        #expect(error?.path == "g.json")
    }

    @Test("NetworkX loads it as a MultiDiGraph with the same nodes and edges")
    func networkx() throws {
        let python = try TestSupport.tool("/usr/bin/python3", package: "python3-networkx")
        let graph = KnowledgeGraph.merged([Fixtures.summit, Fixtures.followUp, Fixtures.awkward])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-nx-\(UInt32.random(in: 0...UInt32.max)).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(try write(graph)).write(to: url)
        let script = """
            import json, sys, networkx as nx
            data = json.load(open(sys.argv[1]))
            try:
                g = nx.node_link_graph(data, edges="links")
            except TypeError:
                g = nx.node_link_graph(data)
            print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.nodes["ana_lima"]["label"], sorted(k for _, _, k in g.edges(keys=True))[0])
            """
        let result = try TestSupport.run(python, ["-c", script, url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                == "MultiDiGraph \(graph.entities.count) \(graph.relations.count) Ana Lima leads")
    }
}
