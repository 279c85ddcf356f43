import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphLayout
import Testing
import _NewsGraphTestSupport

/// Laid-out graphs (`--layout`): positions, sizes and colours where each client reads them,
/// still valid against the official grammars, read by NetworkX, drawn by `neato -n2`.
@Suite("Laid-out exports")
struct LayoutExportTests {
    static func drawn(_ graph: KnowledgeGraph, threads: Int = 1) -> ExportOptions {
        var layout = GraphLayout.Options()
        layout.forceAtlas2.threads = threads
        layout.forceAtlas2.iterations = 60
        return ExportOptions(drawing: GraphLayout.draw(graph, options: layout))
    }

    @Test("schemas, NetworkX and neato -n2 accept every laid-out format", arguments: 0..<6)
    func clients(graphIndex: Int) throws {
        let (name, graph) = ConformanceTests.graphs[graphIndex]
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = Self.drawn(graph)
        func write(_ file: String, _ format: GraphFormat) throws -> String {
            let url = directory.appendingPathComponent(file)
            try Data(try render(graph, format, options)).write(to: url)
            return url.path
        }
        let graphml = try write("\(name).graphml", .graphml)
        let gexf = try write("\(name).gexf", .gexf)
        options.gexfVersion = .v1_3
        let gexf13 = try write("\(name).13.gexf", .gexf)
        options.gexfVersion = .v1_2draft
        // NetworkX refuses a directed graph with undirected edges: it reads the both-ways form.
        options.mixedEdges = .bothWays
        let nxGraphml = try write("\(name).nx.graphml", .graphml)
        let nxGexf = try write("\(name).nx.gexf", .gexf)
        options.mixedEdges = .undirected
        let dot = try write("\(name).dot", .dot)
        options.flavor = .yed
        let yed = try write("\(name).yed.graphml", .graphml)
        try ConformanceTests.xmllint(["--schema", ConformanceTests.schema("graphml/1.0/graphml.xsd")], graphml)
        try ConformanceTests.xmllint(["--schema", ConformanceTests.schema("graphml/local/graphml-yfiles-lax.xsd")], yed)
        // GEXF 1.2draft (the default) and 1.3, each against the official grammar and ours.
        try ConformanceTests.xmllint(["--relaxng", ConformanceTests.schema("gexf/1.2draft/derived/gexf.rng")], gexf)
        try ConformanceTests.xmllint(
            ["--relaxng", Paths.packageRoot.appendingPathComponent("Schemas/newsgraph-gexf-1.2draft.rng").path], gexf)
        try ConformanceTests.xmllint(["--relaxng", ConformanceTests.schema("gexf/1.3/gexf.rng")], gexf13)
        try ConformanceTests.xmllint(["--relaxng", Paths.packageRoot.appendingPathComponent("Schemas/newsgraph-gexf.rng").path], gexf13)
        try ConformanceTests.xmllint(
            ["--relaxng", Paths.packageRoot.appendingPathComponent("Schemas/newsgraph-graphml.rng").path], graphml)

        // NetworkX reads the positions back: GEXF viz position, GraphML x and y.
        let script = """
            import json, sys, networkx as nx
            # The default GEXF (1.2draft), read as a user reads it, in NetworkX 2.8 and 3.
            g = nx.read_gexf(sys.argv[1]); h = nx.read_graphml(sys.argv[2])
            print(json.dumps({
                "gexf": {n: [d["viz"]["position"]["x"], d["viz"]["position"]["y"], d["viz"]["size"]] for n, d in g.nodes(data=True)},
                "graphml": {n: [d["x"], d["y"], d["size"], d["r"], d["g"], d["b"]] for n, d in h.nodes(data=True)},
            }))
            """
        // Debian's NetworkX 2.8 and NetworkX 3 (Tests/setup-python.sh).
        for python in ["/usr/bin/python3", try TestSupport.networkX3Python()] {
            let result = try Tool.run(python, ["-c", script, nxGexf, nxGraphml])
            #expect(result.status == 0, "\(python): \(result.stderr)")
            let read = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: [Double]]] ?? [:]
            let drawing = options.drawing!
            for (index, entity) in graph.sortedEntities.enumerated() {
                let placement = drawing[entity.id]!
                #expect(read["gexf"]?["n\(index)"] == [placement.x, placement.y, placement.size], "\(python) \(name) n\(index) GEXF")
                let graphmlValues = read["graphml"]?["n\(index)"]
                #expect(
                    graphmlValues?.prefix(3).elementsEqual([placement.x, placement.y, placement.size]) == true,
                    "\(python) \(name) n\(index)")
            }
        }

        // neato -n2 draws from our positions, silently.
        let neato = try Tool.run("neato", ["-n2", "-Tsvg", dot, "-o", "/dev/null"])
        #expect(neato.status == 0 && neato.stderr.isEmpty, "neato -n2 \(name): \(neato.stderr)")
    }

    @Test("the same bytes on 1 and 4 layout threads, and from run to run")
    func deterministic() throws {
        let graph = Fixtures.random(seed: 2, nodes: 1200, edges: 3000)
        let one = Self.drawn(graph, threads: 1)
        let four = Self.drawn(graph, threads: 4)
        #expect(one.drawing == four.drawing)
        for format in [GraphFormat.gexf, .graphml, .dot, .json] {
            #expect(try render(graph, format, one) == render(graph, format, four), "\(format)")
        }
    }

    @Test("a dynamic GEXF gives nodes the start of their first dated document")
    func nodeStart() throws {
        let entities = [
            Entity(
                id: "a", name: "A", kind: .person,
                mentions: [Mention(documentID: "d2", start: 0, end: 1), Mention(documentID: "d1", start: 0, end: 1)]),
            Entity(id: "b", name: "B", kind: .country, mentions: [Mention(documentID: "d2", start: 5, end: 6)]),
            Entity(id: "c", name: "C", kind: .country, mentions: [Mention(documentID: "d3", start: 5, end: 6)]),
        ]
        let graph = KnowledgeGraph(
            entities: entities, relations: [],
            documents: [DocumentInfo(id: "d1", date: "2020-01-05"), DocumentInfo(id: "d2", date: "2019-12-31"), DocumentInfo(id: "d3")])
        let text = String(decoding: try render(graph, .gexf), as: UTF8.self)
        #expect(text.contains(#"<node id="n0" label="A" start="2019-12-31">"#))
        #expect(text.contains(#"<node id="n1" label="B" start="2019-12-31">"#))
        #expect(text.contains(#"<node id="n2" label="C">"#))
    }

    @Test("DOT: the legend is the graph's label, not nodes; --no-legend drops it; positions are pinned")
    func dotLegend() throws {
        let graph = Fixtures.random(seed: 1, nodes: 30, edges: 60)
        let text = String(decoding: try render(graph, .dot), as: UTF8.self)
        #expect(text.contains("label=<<TABLE"))
        #expect(!text.contains("legend_"))
        #expect(!text.contains("cluster_legend"))
        #expect(text.contains(#"overlap="prism""#))
        let bare = String(decoding: try render(graph, .dot, ExportOptions(legend: false)), as: UTF8.self)
        #expect(!bare.contains("<TABLE"))
        let drawn = String(decoding: try render(graph, .dot, Self.drawn(graph)), as: UTF8.self)
        #expect(drawn.components(separatedBy: "!\", tooltip").count == graph.entities.count + 1)
        #expect(drawn.contains(#"layout="nop2""#))
    }
}
