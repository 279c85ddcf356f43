import Foundation
import NewsGraph
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphValidation

/// A graph with the awkward text news brings: quotes, markup, control characters,
/// emoji, right-to-left script, dates, a custom predicate, a self-loop.
func awkwardGraph() -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    graph.add(DocumentInfo(id: "d1", title: "Talks & \"tensions\"", date: "2024-05-01", url: "https://example.org/a?b=1&c=2"))
    graph.add(DocumentInfo(id: "d 2/β", date: "May 2024"))
    let people: [(String, EntityKind)] = [
        ("Ana <b>Lima</b> & \"Co\"", .person), ("ناصر الدين", .person), ("node", .organization), ("Kyiv 🇺🇦", .location),
        ("Bell\u{07}Corp\\", .organization), ("Norway", .country), ("Oslo Airport", .facility),
    ]
    for (index, (name, kind)) in people.enumerated() {
        graph.add(
            Entity(
                name: name, kind: kind, aliases: ["alias \(index)", "tab\there"],
                mentions: [Mention(documentID: index % 2 == 0 ? "d1" : "d 2/β", start: index, end: index + 3)]))
    }
    let ids = graph.sortedEntities.map(\.id)
    let sued = Predicate(name: "sued", category: .event, cameo: "11", definition: "Took to court.")
    for (index, predicate) in [Predicate.attacked, .metWith, .leads, .supports, sued, .coOccurs, .locatedIn].enumerated() {
        graph.add(
            Relation(
                source: ids[index], predicate: predicate, target: ids[(index * 3 + 1) % ids.count],
                evidence: [
                    Evidence(
                        documentID: "d1", sentence: "Sentence \(index) with \"quotes\" <and> & \u{0B} junk", start: index * 10,
                        end: index * 10 + 9, confidence: 0.5 + Double(index) / 20, rule: "r\(index)", role: index == 2 ? "Chief" : nil),
                    Evidence(documentID: "d 2/β", sentence: "Another, reportedly.", start: 5, end: 25, confidence: 0.3),
                ]))
    }
    graph.add(Relation(source: ids[0], predicate: .affiliatedWith, target: ids[0]))
    return graph
}

func write(_ graph: KnowledgeGraph, _ format: GraphFormat, options: ExportOptions = .init(), to url: URL) throws {
    let sink = MemorySink()
    try Exporter.write(graph, format: format, options: options, to: sink)
    try Data(sink.bytes).write(to: url)
}

@Suite("What the exporters write validates")
struct ExportedFilesTests {
    @Test("every format, both GraphML flavours, empty and awkward graphs")
    func exported() throws {
        let directory = try TestSupport.temporaryDirectory("exported")
        defer { try? FileManager.default.removeItem(at: directory) }
        let validator = try Validator()
        for (label, graph) in [("awkward", awkwardGraph()), ("empty", KnowledgeGraph())] {
            for format in GraphFormat.allCases {
                let url = directory.appendingPathComponent("\(label).\(format.fileExtension)")
                try write(graph, format, to: url)
                let report = validator.validate(path: url.path)
                #expect(report.isValid, "\(label) \(format): \(lines(report))")
                #expect(report.format?.rawValue == format.rawValue)
            }
            let yed = directory.appendingPathComponent("\(label)-yed.graphml")
            try write(graph, .graphml, options: ExportOptions(flavor: .yed), to: yed)
            let report = validator.validate(path: yed.path)
            #expect(report.isValid, "\(label) yEd: \(lines(report))")
        }
    }

    @Test("the profile's key table is what the GraphML writer declares")
    func profileKeys() throws {
        let sink = MemorySink()
        try Exporter.write(awkwardGraph(), format: .graphml, to: sink)
        let declared = sink.string.split(separator: "\n").filter { $0.contains("<key ") && $0.contains("attr.name") }.map {
            line -> String in
            func value(_ name: String) -> String {
                guard let start = line.range(of: "\(name)=\"") else { return "" }
                return String(line[start.upperBound...].prefix { $0 != "\"" })
            }
            return "\(value("for")) \(value("attr.name")) \(value("attr.type"))"
        }
        #expect(declared == NewsGraphProfile.keys.map { "\($0.domain) \($0.name) \($0.type)" })
    }

    @Test("the profile's RELAX NG grammar and newsgraph validate agree on our GraphML and on broken copies")
    func profileGrammar() throws {
        let xmllint = try TestSupport.tool("/usr/bin/xmllint", package: "libxml2-utils")
        let grammar = TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-graphml.rng").path
        let directory = try TestSupport.temporaryDirectory("profile")
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = MemorySink()
        try Exporter.write(awkwardGraph(), format: .graphml, to: sink)
        let ours = sink.string
        let keyOf = { (name: String, domain: String) -> String in
            "d\(NewsGraphProfile.keys.firstIndex { $0.name == name && $0.domain == domain }!)"
        }
        let mutations: [(String, String)] = [
            ("<data key=\"\(keyOf("type", "node"))\">Person<", "<data key=\"\(keyOf("type", "node"))\">Alien<"),
            ("<data key=\"\(keyOf("relation", "edge"))\">attacked<", "<data key=\"\(keyOf("relation", "edge"))\">Attacked Hard<"),
            ("<data key=\"\(keyOf("confidence", "edge"))\">0.5<", "<data key=\"\(keyOf("confidence", "edge"))\">1.5<"),
            ("<data key=\"\(keyOf("weight", "edge"))\">2.0<", "<data key=\"\(keyOf("weight", "edge"))\">two<"),
            ("<data key=\"\(keyOf("color", "node"))\">#", "<data key=\"\(keyOf("color", "node"))\">red#"),
            ("attr.name=\"mentions\" attr.type=\"int\"", "attr.name=\"mentions\" attr.type=\"double\""),
            ("edgedefault=\"directed\"", "edgedefault=\"undirected\""),
        ]
        let validator = try Validator()
        var cases = [("ours", ours, true)]
        for (from, to) in mutations {
            #expect(ours.contains(from), "mutation applies: \(from)")
            if let range = ours.range(of: from) { cases.append((to, ours.replacingCharacters(in: range, with: to), false)) }
        }
        for (name, text, valid) in cases {
            let url = directory.appendingPathComponent("g.graphml")
            try Data(text.utf8).write(to: url)
            let grammarAccepts = try TestSupport.run(xmllint, ["--noout", "--nonet", "--relaxng", grammar, url.path]).status == 0
            let report = validator.validate(path: url.path)
            #expect(grammarAccepts == valid, "\(name): the grammar \(grammarAccepts ? "accepts" : "rejects") it")
            #expect(report.isValid == valid, "\(name): newsgraph validate: \(lines(report))")
        }
    }

    @Test("the published vocabulary validates as RDF/XML")
    func vocabulary() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-vocabulary.rdf").path
        let report = try Validator().validate(path: path)
        #expect(report.isValid, "\(lines(report))")
        #expect(report.checkedAgainst == "newsgraph-rdfxml.rng")
    }
}

@Suite("Our GEXF and RDF/XML grammars are never laxer than the standards")
struct StandardGrammarAgreementTests {
    let xmllint: String
    let reference = TestSupport.reference

    init() throws {
        xmllint = try TestSupport.tool("/usr/bin/xmllint", package: "libxml2-utils")
    }

    func accepts(_ grammar: String, _ path: String) throws -> Bool {
        let result = try TestSupport.run(xmllint, ["--noout", "--nonet", "--relaxng", grammar, path])
        #expect(result.status != 5 && !result.stderr.contains("failed to compile"), "\(grammar) must compile: \(result.stderr)")
        return result.status == 0
    }

    /// Our output, the shared samples, and our output broken in one place each. With
    /// `laidOut`, also our output with every actor placed (`--layout`), which must pass too,
    /// broken by each of `laidOut`'s mutations.
    func cases(
        _ format: GraphFormat, _ options: ExportOptions = ExportOptions(), samplePrefix: String,
        mutations: [(String, String)], laidOut: [(String, String)] = []
    ) throws -> [(String, String)] {
        let sink = MemorySink()
        try Exporter.writer(for: format, options: options).write(awkwardGraph(), to: sink)
        let ours = sink.string
        var cases = [("ours", ours)]
        if !laidOut.isEmpty {
            var drawn = options
            let graph = awkwardGraph()
            drawn.drawing = GraphDrawing(
                placements: Dictionary(
                    uniqueKeysWithValues: graph.sortedEntities.enumerated().map { index, entity in
                        (entity.id, GraphDrawing.Placement(x: Double(index) * 12.5 - 40, y: -Double(index) / 3, size: 4))
                    }))
            let drawnSink = MemorySink()
            try Exporter.writer(for: format, options: drawn).write(graph, to: drawnSink)
            let placed = drawnSink.string
            cases.append(("ours laid out", placed))
            for (from, to) in laidOut {
                #expect(placed.contains(from), "mutation applies: \(from)")
                if let range = placed.range(of: from) {
                    cases.append(("laid out, \(from) → \(to)", placed.replacingCharacters(in: range, with: to)))
                }
            }
        }
        let samples = reference.appendingPathComponent("samples")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() where name.hasPrefix(samplePrefix) {
            cases.append((name, try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)))
        }
        for (from, to) in mutations {
            #expect(ours.contains(from), "mutation applies: \(from)")
            if let range = ours.range(of: from) { cases.append(("\(from) → \(to)", ours.replacingCharacters(in: range, with: to))) }
        }
        return cases
    }

    func check(_ cases: [(String, String)], official: String, ours: String, extension ext: String) throws {
        let directory = try TestSupport.temporaryDirectory("grammar")
        defer { try? FileManager.default.removeItem(at: directory) }
        let validator = try Validator()
        for (name, text) in cases {
            let url = directory.appendingPathComponent("case.\(ext)")
            try Data(text.utf8).write(to: url)
            let standard = try accepts(official, url.path)
            let mine = try accepts(ours, url.path)
            let report = validator.validate(path: url.path)
            if !standard {
                #expect(!mine, "\(name): the standard grammar rejects it, ours accepts it")
                #expect(!report.isValid, "\(name): the standard grammar rejects it, newsgraph validate accepts it")
            }
            if name == "ours" || name == "ours laid out" {
                #expect(standard && mine && report.isValid, "our own output must pass both: \(lines(report))")
            }
        }
    }

    @Test("GEXF 1.2draft (the default)")
    func gexf12() throws {
        let cases = try cases(
            .gexf, samplePrefix: "gexf12draft",
            mutations: [
                (#"version="1.2""#, #"version="1.3""#),
                (#"<viz:size value="#, #"<viz:size value="-"#),
                (#"r="78""#, #"r="300""#),
                (#"a="1.0""#, #"a="1.5""#),
                (
                    #"<gexf xmlns="http://www.gexf.net/1.2draft""#,
                    #"<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft gexf.xsd""#
                ),
                (#"xmlns:viz="http://www.gexf.net/1.2draft/viz""#, #"xmlns:viz="http://gexf.net/1.3/viz""#),
                (#"weight="2.0""#, #"weight="heavy""#),
                (#"<attvalue for="entity_id""#, #"<attvalue id="entity_id""#),
                (#"label="attacked""#, #"label="attacked" kind="attacked""#),
                ("<nodes ", "<nodez "),
            ],
            // 1.2draft's viz module requires z (Gephi writes z="0.0"); 1.3 makes it optional.
            laidOut: [(#" z="0.0""#, ""), (#"<viz:position x=""#, #"<viz:position x="far"#)])
        try check(
            cases, official: reference.appendingPathComponent("schemas/gexf/1.2draft/derived/gexf.rng").path,
            ours: TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-gexf-1.2draft.rng").path,
            extension: "gexf")
    }

    @Test("GEXF 1.3")
    func gexf() throws {
        let cases = try cases(
            .gexf, ExportOptions(gexfVersion: .v1_3), samplePrefix: "gexf13",
            mutations: [
                (#"version="1.3""#, #"version="1.2""#),
                (#"<viz:size value="#, #"<viz:size value="-"#),
                (#"r="78""#, #"r="300""#),
                (#"a="1.0""#, #"a="1.5""#),
                (
                    #"<gexf xmlns="http://gexf.net/1.3""#,
                    #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 gexf.xsd""#
                ),
                (#"xmlns:viz="http://gexf.net/1.3/viz""#, #"xmlns:viz="https://gexf.net/1.3/viz""#),
                (#"weight="2.0""#, #"weight="heavy""#),
                (#"<attvalue for="entity_id""#, #"<attvalue id="entity_id""#),
                (#"type="integer""#, #"type="int""#),
                ("<nodes ", "<nodez "),
            ],
            laidOut: [(#"<viz:position x=""#, #"<viz:position x="far"#)])
        try check(
            cases, official: reference.appendingPathComponent("schemas/gexf/1.3/gexf.rng").path,
            ours: TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-gexf.rng").path, extension: "gexf")
    }

    @Test("RDF/XML")
    func rdfxml() throws {
        let cases = try cases(
            .rdfxml, samplePrefix: "rdfxml",
            mutations: [
                (
                    #"<rdf:Description rdf:about="https://newsgraph.example/id/relation/"#,
                    #"<rdf:Description rdf:nodeID="0b" rdf:about="https://newsgraph.example/id/relation/"#
                ),
                ("<rdfs:label>", #"<rdfs:label rdf:resource="x:y">"#),
                ("<rdf:Description rdf:about=", "<rdf:Description rdf:ID=\"x\" rdf:about="),
                ("<rdfs:label>", #"<rdfs:label rdf:parseType="Literal">"#),
                ("</rdf:RDF>", "<rdf:li>x</rdf:li></rdf:RDF>"),
                ("<rdf:RDF ", "<rdf:RDX "),
            ])
        try check(
            cases, official: reference.appendingPathComponent("schemas/rdfxml/derived/rdfxml.rng").path,
            ours: TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-rdfxml.rng").path, extension: "rdf")
    }
}
