// Export benchmark: NewsGraph's writers on a seeded synthetic graph, timed with ContinuousClock.
//
// Usage: export-benchmark [--sizes 10000x50000,100000x500000] [--repeat 3] [--peers DIR]
//                         [--only "GraphML bytes,GEXF bytes"] [--threads 2] [--dump DIR]
// With --peers DIR, the GraphML and RDF/XML files are also written to DIR; /usr/bin/python3
// times networkx.write_graphml, networkx.write_gexf, igraph's write_graphml, rdflib's RDF/XML
// serializer and pydot on the same graph, and C/xmltextwriter_graphml.c (libxml2's
// xmlTextWriter from C, same GraphML shape) is compiled and run.

import NewsGraph
import NewsGraphExport

#if canImport(Glibc)
    import Glibc
#endif

/// Counts bytes and throws them away, so that the writers are timed, not the disk.
final class DiscardSink: ByteSink {
    var count = 0
    func write(_ bytes: UnsafeRawBufferPointer) throws { count += bytes.count }
}

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The same seeded graph every run: labels with non-ASCII and XML-special characters,
/// one evidence sentence of about 80 characters per edge.
func syntheticGraph(nodes: Int, edges: Int) -> KnowledgeGraph {
    var rng = SplitMix64(state: 42)
    let words = ["Iran", "Müller", "Straße", "東京", "Київ", "AT&T", "<Corp>", "\"Q\"", "O'Neil", "Ñandú", "Quds", "Force"]
    var entities: [Entity] = []
    entities.reserveCapacity(nodes)
    for index in 0..<nodes {
        let name = words[Int(rng.next() % 12)] + " " + words[Int(rng.next() % 12)] + " \(index)"
        let kind = EntityKind.allCases[Int(rng.next() % 5)]
        let mentions = Set((0..<Int(1 + rng.next() % 3)).map { Mention(documentID: "doc\($0)", start: index, end: index + 5) })
        entities.append(Entity(id: "a\(index)", name: name, kind: kind, mentions: mentions))
    }
    var relations: [Relation] = []
    relations.reserveCapacity(edges)
    for index in 0..<edges {
        let source = Int(rng.next() % UInt64(nodes))
        let target = Int(rng.next() % UInt64(nodes))
        let predicate = Predicate.builtIn[Int(rng.next() % UInt64(Predicate.builtIn.count))]
        let sentence = "On day \(index % 365), \(entities[source].name) & \(entities[target].name) met in \"Genève\" <b>."
        relations.append(
            Relation(
                source: "a\(source)", predicate: predicate, target: "a\(target)",
                evidence: [Evidence(documentID: "doc\(index % 100)", sentence: sentence, start: index, end: index + 80, confidence: 0.8)]))
    }
    let documents = (0..<100).map { DocumentInfo(id: "doc\($0)", title: "Document \($0)", date: "2020-01-01") }
    return KnowledgeGraph(entities: entities, relations: relations, documents: documents)
}

/// A memory figure of this process from /proc/self/status (`VmHWM`: the peak resident set
/// since start or since ``resetPeakMemory()``; `VmRSS`: resident now), in MB.
func memoryMB(_ field: String = "VmHWM") -> Double {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix(field + ":") {
            let digits = text.filter(\.isNumber)
            return (Double(digits) ?? 0) / 1024
        }
    }
    return 0
}

/// Resets VmHWM to the current resident set (Linux: "5" to /proc/self/clear_refs), so that
/// the next reading is the peak of what runs in between.
func resetPeakMemory() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
}

func seconds(_ duration: Duration) -> Double {
    let (s, attos) = duration.components
    return Double(s) + Double(attos) / 1e18
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func format(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return "\(rounded)"
}

var sizes: [(Int, Int)] = [(10_000, 50_000)]
var repeats = 3
var peers: String?
var only: String?
var dump: String?
var threads = 2
var files: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--sizes":
        sizes = (arguments.next() ?? "").split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: "x").compactMap { Int($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    case "--repeat": repeats = Int(arguments.next() ?? "") ?? 3
    case "--peers": peers = arguments.next()
    case "--only": only = arguments.next()
    case "--dump": dump = arguments.next()
    case "--threads": threads = Int(arguments.next() ?? "") ?? 2
    case "--files": files = arguments.next()
    default:
        print(
            "usage: export-benchmark [--sizes NxM,...] [--repeat N] [--peers DIR] [--only 'WRITER ENGINE,…'] [--dump DIR] [--threads N] [--files DIR]"
        )
        exit(64)
    }
}

let clock = ContinuousClock()
for (nodes, edges) in sizes {
    let buildStart = clock.now
    let graph = syntheticGraph(nodes: nodes, edges: edges)
    let buildTime = seconds(clock.now - buildStart)
    let graphPeak = memoryMB()
    // The graph's own memory: what stays resident once it is built (the build's peak is higher).
    let graphMB = memoryMB("VmRSS")
    print(
        "graph \(nodes) nodes / \(graph.relations.count) edges: built in \(format(buildTime, 2)) s, resident \(format(graphMB, 1)) MB (peak while building \(format(graphPeak, 1)) MB)"
    )
    if let files {
        // The reading benchmark's inputs (Benchmarks/readers/run.sh): no timing.
        writeFiles(graph, to: files + "/\(nodes)")
        continue
    }
    print(pad("writer", 28) + pad("engine", 9) + pad("best s", 9) + pad("MB", 9) + pad("MB/s", 9) + "peak RSS / graph")
    // "bytes" runs on the calling thread only; "bytes ×N" on N threads (--threads).
    let one = ExportOptions(threads: 1)
    let parallel = ExportOptions(threads: threads)
    let cases: [(String, String, () -> any GraphWriter)] = [
        ("GraphML", "libxml2", { GraphMLWriter(options: one, engine: .libxml2) }),
        ("GraphML", "bytes", { GraphMLWriter(options: one, engine: .bytes) }),
        ("GraphML", "bytes×\(threads)", { GraphMLWriter(options: parallel, engine: .bytes) }),
        ("GraphML yEd", "libxml2", { GraphMLWriter(options: ExportOptions(flavor: .yed, threads: 1), engine: .libxml2) }),
        ("GraphML yEd", "bytes", { GraphMLWriter(options: ExportOptions(flavor: .yed, threads: 1), engine: .bytes) }),
        ("GEXF", "libxml2", { GEXFWriter(options: one, engine: .libxml2) }),
        ("GEXF", "bytes", { GEXFWriter(options: one, engine: .bytes) }),
        ("GEXF", "bytes×\(threads)", { GEXFWriter(options: parallel, engine: .bytes) }),
        ("RDF/XML", "libxml2", { RDFXMLWriter(engine: .libxml2) }),
        ("RDF/XML", "bytes", { RDFXMLWriter(engine: .bytes) }),
        ("DOT", "bytes", { DOTWriter() }),
        ("JSON", "bytes", { JSONGraphWriter() }),
    ]
    // Best times by "writer engine", for the ratios against the peers.
    var ours: [String: Double] = [:]
    // Peak resident memory while each writer runs, over the graph's own memory.
    var worstPeak = 0.0
    for (name, engine, make) in cases where only == nil || only!.split(separator: ",").contains(where: { $0 == "\(name) \(engine)" }) {
        resetPeakMemory()
        var best = Double.infinity
        var bytes = 0
        for _ in 0..<max(repeats, 1) {
            let sink = DiscardSink()
            let start = clock.now
            do { try make().write(graph, to: sink) } catch {
                print("\(name): \(error)")
                exit(1)
            }
            best = min(best, seconds(clock.now - start))
            bytes = sink.count
        }
        if let dump {
            // Each writer's output as a file, for comparing the bytes of two versions.
            let file = dump + "/\(nodes)-\(name)-\(engine).out".replacing(" ", with: "_").replacing("/XML", with: "XML")
            let sink = try! FileSink(path: file)
            try! make().write(graph, to: sink)
            sink.close()
        }
        let mb = Double(bytes) / 1_000_000
        ours["\(name) \(engine)"] = best
        let peak = memoryMB()
        worstPeak = max(worstPeak, peak)
        print(
            pad(name, 28) + pad(engine, 9) + pad(format(best, 3), 9) + pad(format(mb, 1), 9) + pad(format(mb / best, 1), 9)
                + format(peak / graphMB, 3) + "×")
    }
    print("peak RSS while writing: \(format(worstPeak, 1)) MB at most, the graph resident alone: \(format(graphMB, 1)) MB")

    if let directory = peers {
        mkdir(directory, 0o755)  // may exist already
        let path = directory + "/bench-\(nodes).graphml"
        let rdfPath = directory + "/bench-\(nodes).rdf"
        for (file, writer) in [(path, GraphMLWriter() as any GraphWriter), (rdfPath, RDFXMLWriter())] {
            let sink = try! FileSink(path: file)
            try! writer.write(graph, to: sink)
            sink.close()
        }
        print("peers on the same graph (python3 from /usr/bin; loading is not timed):")
        let script = """
            import sys, time, os
            import networkx as nx, igraph as ig, rdflib
            p, rdf, repeats = sys.argv[1], sys.argv[2], max(1, int(sys.argv[3]))
            big = os.path.getsize(p) > int(os.environ.get("NEWSGRAPH_STREAM_PEERS_ABOVE", "1000000000"))
            def read_graphml_streaming(path):
                # networkx.read_graphml holds the whole XML tree in memory (over 20 GB for a
                # 2.7 GB file); this builds the same graph (attributes typed by attr.type, as
                # read_graphml does) element by element.
                from xml.etree.ElementTree import iterparse
                ns = "{http://graphml.graphdrawing.org/xmlns}"
                cast = {"string": str, "int": int, "long": int, "float": float, "double": float,
                        "boolean": lambda v: v.lower() in ("true", "1")}
                # Like networkx's GraphMLReader: a MultiDiGraph keyed by edge id, made a DiGraph
                # with an "id" attribute when no two edges join the same pair.
                keys, ids, multi = {}, {}, False
                H = nx.MultiDiGraph()
                for _, e in iterparse(path, events=("end",)):
                    if e.tag == ns + "key":
                        keys[e.get("id")] = (e.get("attr.name"), cast[e.get("attr.type", "string")])
                    elif e.tag == ns + "node" or e.tag == ns + "edge":
                        data = {}
                        for d in e.findall(ns + "data"):
                            if d.text is not None:
                                name, f = keys[d.get("key")]
                                data[name] = f(d.text)
                        if e.tag == ns + "node":
                            H.add_node(e.get("id"), **data)
                        else:
                            u, v = e.get("source"), e.get("target")
                            ids[u, v] = e.get("id")
                            if H.has_edge(u, v):
                                multi = True
                            H.add_edges_from([(u, v, e.get("id"), data)])
                        e.clear()
                if not multi:
                    H = nx.DiGraph(H)
                    nx.set_edge_attributes(H, values=ids, name="id")
                return H
            if big:
                G = read_graphml_streaming(p)
                print(f"(networkx graph built element by element from the {os.path.getsize(p) / 1e6:.0f} MB file: nx.read_graphml would hold its whole XML tree)", flush=True)
            else:
                G = nx.read_graphml(p)
            g = ig.Graph.Read_GraphML(p)
            def t(name, f, out):
                d = float("inf")
                for _ in range(repeats):
                    s = time.perf_counter(); f(out); d = min(d, time.perf_counter() - s)
                mb = os.path.getsize(out) / 1e6; print(f"{name:28}{'':9}{d:<9.3f}{mb:<9.1f}{mb / d:.1f}", flush=True)
            t("networkx write_graphml", lambda o: nx.write_graphml(G, o), p + ".nx.graphml")
            if os.path.getsize(p) > int(os.environ.get("NEWSGRAPH_GEXF_PEER_ABOVE", "1000000000")):
                print(f"networkx write_gexf: skipped for {os.path.getsize(p) / 1e6:.0f} MB of GraphML (at 1M nodes / 5M edges it builds its whole XML tree in memory: the kernel's OOM killer stopped it at 21.5 GB of this machine's 24)", flush=True)
            else:
                t("networkx write_gexf", lambda o: nx.write_gexf(G, o), p + ".nx.gexf")
            t("igraph write_graphml", lambda o: g.write_graphml(o), p + ".ig.graphml")
            if os.path.getsize(rdf) > 300_000_000:
                print(f"rdflib: skipped for {os.path.getsize(rdf) / 1e6:.0f} MB of RDF/XML (its parse of 535 MB took over 4 minutes and 8 GB and was stopped)", flush=True)
            else:
                R = rdflib.Graph(); R.parse(rdf, format="xml")
                t("rdflib serialize xml", lambda o: R.serialize(destination=o, format="xml"), rdf + ".rdflib.rdf")
            try:
                if G.number_of_nodes() > 20000:
                    raise RuntimeError("skipped above 20 000 nodes (22 s at 10 000, it grows faster than linearly)")
                import pydot
                # nx_pydot refuses names with ':', so build the pydot graph by hand: ids n0…,
                # the name as label, the predicate as edge label (pydot quotes them itself).
                P = pydot.Dot(graph_type="digraph")
                index = {n: i for i, n in enumerate(G.nodes)}
                for n, d in G.nodes(data=True):
                    P.add_node(pydot.Node("n%d" % index[n], label=d.get("label", ""), shape="box"))
                for e in G.edges(data=True):
                    P.add_edge(pydot.Edge("n%d" % index[e[0]], "n%d" % index[e[1]], label=e[-1].get("label", "")))
                t("pydot write_raw", lambda o: P.write_raw(o), p + ".pydot.dot")
            except Exception as e:
                print("pydot:", type(e).__name__, str(e)[:100])
            """
        let scriptPath = directory + "/peers.py"
        let scriptSink = try! FileSink(path: scriptPath)
        try! scriptSink.write(script)
        scriptSink.close()
        fflush(nil)
        // Peer lines are "name  seconds  MB  MB/s"; their times are kept for the ratios.
        var theirs: [String: Double] = [:]
        func run(_ command: String) {
            guard let pipe = popen(command, "r") else { return }
            var line = [CChar](repeating: 0, count: 1024)
            while fgets(&line, 1024, pipe) != nil {
                let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                print(text, terminator: "")
                let name = String(text.prefix(28)).trimmingSpaces
                if let seconds = text.dropFirst(28).split(separator: " ").first.flatMap({ Double($0) }) {
                    theirs[name] = seconds
                } else if let seconds = text.dropFirst(37).split(separator: " ").first.flatMap({ Double($0) }) {
                    theirs[name] = seconds  // the C program's wider name column
                }
            }
            pclose(pipe)
        }
        run("/usr/bin/python3 \(scriptPath) \(path) \(rdfPath) \(repeats) 2>&1")
        // The C reference: libxml2's xmlTextWriter writing GraphML of the same shape.
        let source = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let c = "/" + source + "/C/xmltextwriter_graphml.c"
        let binary = directory + "/xmltextwriter_graphml"
        fflush(nil)
        if system("cc -O2 $(pkg-config --cflags libxml-2.0) \(c) $(pkg-config --libs libxml-2.0) -o \(binary)") == 0 {
            fflush(nil)
            run("\(binary) \(nodes) \(edges)")
        }
        // How many times faster than each peer (their time over ours), for each of our variants.
        print("ratios (peer's time / NewsGraph's time; above 1: NewsGraph is faster):")
        let pairs: [(String, String)] = [
            ("GraphML bytes", "networkx write_graphml"), ("GraphML bytes×\(threads)", "networkx write_graphml"),
            ("GraphML bytes", "igraph write_graphml"), ("GraphML bytes×\(threads)", "igraph write_graphml"),
            ("GraphML bytes", "C xmlTextWriter (same shape)"), ("GraphML libxml2", "networkx write_graphml"),
            ("GEXF bytes", "networkx write_gexf"), ("GEXF bytes×\(threads)", "networkx write_gexf"),
            ("GEXF bytes", "igraph write_graphml"), ("RDF/XML bytes", "rdflib serialize xml"), ("DOT bytes", "pydot write_raw"),
        ]
        for (mine, peer) in pairs {
            guard let a = ours[mine], let b = theirs[peer] else { continue }
            print("  " + pad(mine, 20) + " vs " + pad(peer, 30) + format(b / a, 1) + "×")
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and newlines.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
    }
}

/// Writes the graph as `PREFIX.graphml`, `PREFIX.gexf`, `PREFIX.json` (pretty, as the CLI
/// writes it) and `PREFIX.fragments.jsonl`: JSON Lines of compact graphs of 50 relations
/// each with their two ends (as `extract --emit fragments` writes one per document), every
/// entity with its mentions in the fragment of its first relation (or alone at the end).
func writeFiles(_ graph: KnowledgeGraph, to prefix: String) {
    // GraphML with every undirected relation written both ways (`--mixed-edges both-ways`): the
    // seeded graph has symmetric predicates, and NetworkX refuses a directed graph with
    // `directed="false"` edges (the default), so every peer reads the same file.
    for (ext, writer) in [
        ("graphml", GraphMLWriter(options: ExportOptions(mixedEdges: .bothWays)) as any GraphWriter),
        ("gexf", GEXFWriter()), ("json", JSONGraphWriter()),
    ] {
        let sink = try! FileSink(path: prefix + "." + ext)
        try! writer.write(graph, to: sink)
        sink.close()
    }
    let sink = try! FileSink(path: prefix + ".fragments.jsonl")
    var placed: Set<String> = []
    func entity(_ id: String) -> Entity {
        let full = graph.entities[id]!
        if placed.insert(id).inserted { return full }
        return Entity(id: id, name: full.name, kind: full.kind)
    }
    func line(_ fragment: KnowledgeGraph) {
        try! JSONGraphFormat.write(fragment, to: sink, pretty: false)
    }
    let relations = graph.sortedRelations
    var start = 0
    while start < relations.count {
        let chunk = relations[start..<min(start + 50, relations.count)]
        var fragment = KnowledgeGraph()
        for relation in chunk {
            fragment.add(entity(relation.source))
            fragment.add(entity(relation.target))
            fragment.add(relation)
            for id in relation.documentIDs { if let info = graph.documents[id] { fragment.add(info) } }
        }
        line(fragment)
        start += 50
    }
    let rest = graph.sortedEntities.filter { !placed.contains($0.id) }
    if !rest.isEmpty { line(KnowledgeGraph(entities: rest)) }
    sink.close()
}

/// A plain file sink for the peers' input.
final class FileSink: ByteSink {
    let file: UnsafeMutablePointer<FILE>
    init(path: String) throws {
        guard let file = fopen(path, "w") else { throw NewsGraphError(.io, "cannot open", path: path) }
        self.file = file
    }
    func write(_ bytes: UnsafeRawBufferPointer) throws { fwrite(bytes.baseAddress, 1, bytes.count, file) }
    func close() { fclose(file) }
}
