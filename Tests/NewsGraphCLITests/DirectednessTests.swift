import Foundation
import Testing
import _NewsGraphTestSupport

/// Runs Debian's `/usr/bin/python3` (python3-networkx, python3-rdflib, python3-igraph) on a
/// script with arguments; fails the test on a non-zero exit.
func debianPython(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
{
    let python = try TestSupport.tool("/usr/bin/python3", package: "python3-networkx")
    let result = try TestSupport.run(python, ["-c", script] + arguments)
    #expect(result.status == 0, "python: \(result.stderr)", sourceLocation: sourceLocation)
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

@Suite("Direction and weight survive convert; symmetric relations are undirected")
struct DirectednessTests {
    /// NetworkX's karate club (undirected, weights 1–7) and a multigraph with weights 3 and
    /// 0.5 on parallel edges, written by NetworkX's own `write_graphml`.
    static let makeNetworkXFiles = """
        import sys, networkx as nx
        nx.write_graphml(nx.karate_club_graph(), sys.argv[1])
        M = nx.MultiGraph()
        M.add_edge("a", "b", weight=3)
        M.add_edge("a", "b", weight=0.5)
        M.add_edge("b", "c")
        nx.write_graphml(M, sys.argv[2])
        """

    @Test("NetworkX's karate club converts undirected with its weights, and nothing made up")
    func karate() throws {
        let directory = try TestSupport.temporaryDirectory("karate")
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        _ = try debianPython(Self.makeNetworkXFiles, [path("karate.graphml"), path("multi.graphml")])
        for format in ["json", "graphml", "gexf", "dot", "rdf"] {
            let run = try CLI.run(["convert", path("karate.graphml"), "-o", path("k.\(format)")])
            #expect(run.status == 0, "\(format): \(run.stderr)")
        }
        let json = try String(contentsOfFile: path("k.json"), encoding: .utf8)
        #expect(json.contains(#""directed":false"#))
        #expect(!json.contains(#""documents":[""]"#) && json.contains(#""documents":[]"#))
        #expect(!json.contains(#""evidence":[{"#))
        let graphml = try String(contentsOfFile: path("k.graphml"), encoding: .utf8)
        #expect(graphml.contains(#"edgedefault="undirected""#) && !graphml.contains(":0-0"))
        #expect(try String(contentsOfFile: path("k.gexf"), encoding: .utf8).contains(#"defaultedgetype="undirected""#))
        #expect(try String(contentsOfFile: path("k.dot"), encoding: .utf8).hasPrefix("graph "))
        // NetworkX reads back the same undirected graph: same edges, same weights.
        let same = try debianPython(
            """
            import sys, json, networkx as nx
            K = nx.karate_club_graph()
            key = lambda G, u, v: tuple(sorted((str(u), str(v))))
            want = sorted((key(K, u, v), float(d["weight"])) for u, v, d in K.edges(data=True))
            G = nx.read_graphml(sys.argv[1])
            got = sorted((key(G, G.nodes[u]["entity_id"], G.nodes[v]["entity_id"]), d["weight"]) for u, v, d in G.edges(data=True))
            data = json.load(open(sys.argv[2]))
            J = nx.node_link_graph(data, edges="links") if nx.__version__ >= "3.4" else nx.node_link_graph(data)
            fromjson = sorted((key(J, u, v), float(d["weight"])) for u, v, d in J.edges(data=True))
            print(G.is_directed(), J.is_directed(), got == want, fromjson == want, len(got))
            """, [path("k.graphml"), path("k.json")])
        #expect(same == "False False True True 78")
        // The RDF states each undirected edge both ways.
        let sparql = try debianPython(
            """
            import sys, rdflib
            g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
            q = "SELECT (COUNT(*) AS ?n) WHERE { ?a <https://newsgraph.example/ns#related_to> ?b }"
            print(int(list(g.query(q))[0][0]))
            """, [path("k.rdf")])
        #expect(sparql == "156")
    }

    @Test("a NetworkX multigraph's parallel weights add up; an undeclared node is an error")
    func multigraph() throws {
        let directory = try TestSupport.temporaryDirectory("multi")
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        _ = try debianPython(Self.makeNetworkXFiles, [path("karate.graphml"), path("multi.graphml")])
        let run = try CLI.run(["convert", path("multi.graphml"), "-f", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#""source":"a","target":"b","key":"related_to""#))
        #expect(run.stdout.contains(#""directed":false,"definition":"Read from GraphML.","weight":3.5,"#))
        #expect(run.stdout.contains(#""source":"b","target":"c""#) && run.stdout.contains(#""weight":1,"#))
        let dangling = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"/>
            <edge source="a" target="zz"/>
            </graph></graphml>
            """
        try Data(dangling.utf8).write(to: URL(fileURLWithPath: path("dangling.graphml")))
        let refused = try CLI.run(["convert", path("dangling.graphml"), "-o", path("d.json")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("dangling.graphml:3: an edge has target 'zz', which is not a node of the file"))
        #expect(!FileManager.default.fileExists(atPath: path("d.json")))
    }

    /// A graph with one symmetric relation (`met_with`) among directed ones.
    static let mixedJSON = """
        {"directed": true, "multigraph": true, "graph": {"documents": [{"id": "d"}]},
         "nodes": [{"id": "brazil", "label": "Brazil", "type": "Country"}, {"id": "norway", "label": "Norway", "type": "Country"},
                   {"id": "ana_lima", "label": "Ana Lima", "type": "Person"}],
         "links": [{"source": "norway", "target": "brazil", "relation": "met_with",
                    "evidence": [{"document": "d", "start": 0, "end": 20, "sentence": "Norway met Brazil."}]},
                   {"source": "ana_lima", "target": "brazil", "relation": "leads",
                    "evidence": [{"document": "d", "start": 21, "end": 40, "sentence": "Lima leads Brazil."}]}]}
        """

    @Test("symmetric relations are undirected edges in GraphML, GEXF and DOT, and both ways in RDF")
    func symmetric() throws {
        let directory = try TestSupport.temporaryDirectory("symmetric")
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        try Data(Self.mixedJSON.utf8).write(to: URL(fileURLWithPath: path("g.json")))
        for name in ["g.graphml", "g.gexf", "g.rdf", "g.dot", "g2.json"] {
            let run = try CLI.run(["convert", path("g.json"), "-o", path(name)])
            #expect(run.status == 0, "\(name): \(run.stderr)")
        }
        for name in ["g.graphml", "g.gexf"] {
            let run = try CLI.run(["convert", path("g.json"), "--mixed-edges", "both-ways", "-o", path("nx-" + name)])
            #expect(run.status == 0, "\(name): \(run.stderr)")
        }
        let validate = try CLI.run(["validate", path("g.graphml"), path("g.gexf"), path("g.rdf"), path("g.dot"), path("g2.json")])
        #expect(validate.status == 0, "\(validate.stdout)")
        let graphml = try String(contentsOfFile: path("g.graphml"), encoding: .utf8)
        #expect(graphml.contains(#"edgedefault="directed""#))
        #expect(graphml.contains(#"<edge id="e0" source="n0" target="n1">"#))  // ana_lima leads brazil
        #expect(graphml.contains(#"<edge id="e1" source="n1" target="n2" directed="false">"#))  // brazil met_with norway
        let gexf = try String(contentsOfFile: path("g.gexf"), encoding: .utf8)
        #expect(gexf.contains(#"<edge id="e1" source="n1" target="n2" type="undirected" label="met_with""#))
        #expect(gexf.contains(#"<edge id="e0" source="n0" target="n1" label="leads""#))
        #expect(try String(contentsOfFile: path("g.dot"), encoding: .utf8).contains(#"dir="both", arrowtail="none", arrowhead="none""#))
        #expect(try String(contentsOfFile: path("g2.json"), encoding: .utf8).contains(#""symmetric":true,"directed":false"#))
        // The RDF says it both ways (the vocabulary calls met_with owl:SymmetricProperty, but a
        // SPARQL query needs no reasoner to see it); the directed one, one way.
        let sparql = try debianPython(
            """
            import sys, rdflib
            g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
            ng = "https://newsgraph.example/ns#"
            for p in ("met_with", "leads"):
                rows = g.query("PREFIX ng: <%s> SELECT ?a ?b WHERE { ?a ng:%s ?b }" % (ng, p))
                print(p, sorted(str(a).rsplit("/", 1)[1] + ">" + str(b).rsplit("/", 1)[1] for a, b in rows))
            """, [path("g.rdf")])
        #expect(sparql == "met_with ['brazil>norway', 'norway>brazil']\nleads ['ana_lima>brazil']")
        // NetworkX reads no mixed file; with --mixed-edges both-ways it sees met_with both ways.
        let networkx = try debianPython(
            """
            import sys, networkx as nx
            from networkx.readwrite.gexf import GEXF
            GEXF.versions.setdefault("1.3", dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                     NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3"))
            for path, read in ((sys.argv[1], nx.read_graphml), (sys.argv[2], lambda p: nx.read_gexf(p, version="1.3"))):
                try:
                    read(path); print("read")
                except nx.NetworkXError as e:
                    print("refused")
            for path, read in ((sys.argv[3], nx.read_graphml), (sys.argv[4], lambda p: nx.read_gexf(p, version="1.3"))):
                G = read(path)
                name = lambda n: G.nodes[n]["entity_id"]
                print(G.is_directed(), sorted(name(u) + ">" + name(v) + ":" + d["relation"] for u, v, d in G.edges(data=True)))
            """, [path("g.graphml"), path("g.gexf"), path("nx-g.graphml"), path("nx-g.gexf")])
        let both = "True ['ana_lima>brazil:leads', 'brazil>norway:met_with', 'norway>brazil:met_with']"
        #expect(networkx == "refused\nrefused\n\(both)\n\(both)")
        // igraph reads the Gephi-style file (it ignores the per-edge flag).
        let igraph = try debianPython(
            "import sys, igraph; g = igraph.Graph.Read_GraphML(sys.argv[1]); print(g.ecount(), sorted(g.es['relation']))",
            [path("g.graphml")])
        #expect(igraph == "2 ['leads', 'met_with']")
        // Read back, each format gives the same graph: met_with undirected, once.
        for name in ["g.graphml", "nx-g.graphml"] {
            let back = try CLI.run(["convert", path(name), "-f", "json"])
            #expect(back.stdout.contains(#""source":"brazil","target":"norway","key":"met_with""#), "\(name)")
            #expect(back.stdout.components(separatedBy: #""key":"met_with""#).count == 2, "\(name)")
        }
    }
}
