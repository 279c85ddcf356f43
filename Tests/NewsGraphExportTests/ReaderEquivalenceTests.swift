import Foundation
import NewsGraph
import NewsGraphXML
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphExport

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Streaming GraphML reader equals the pull reader")
struct ReaderEquivalenceTests {
    static func inputs() throws -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        for (name, graph) in ExportAPITests.graphs {
            for flavor in GraphMLFlavor.allCases {
                result.append(("\(name)-\(flavor)", try render(graph, .graphml, ExportOptions(flavor: flavor))))
            }
        }
        for seed in 0..<6 as Range<UInt64> {
            result.append(("random\(seed)", try render(Fixtures.randomNasty(seed: seed), .graphml)))
        }
        // Every way of writing & in attribute values (libxml2's SAX2 gives each as "&#38;").
        result.append(
            (
                "ampersands",
                Array(
                    """
                    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                    <key id="k&amp;1" for="node" attr.name="name &#38; more"/><key id="k2" for="edge" attr.name="relation"/>
                    <graph edgedefault="directed"><node id="a&amp;b"><data key="k&#x26;1">x</data></node><node id="c&#38;d&lt;"/>
                    <edge source="a&amp;b" target="c&amp;d&lt;"><data key="k2">met with</data></edge></graph></graphml>
                    """.utf8)
            ))
        result.append(("fnv-flood", Array(StreamingGraphMLReaderTests.fnvFlood().utf8)))
        let samples = try FileManager.default.contentsOfDirectory(atPath: Paths.samples.path).filter { $0.hasSuffix(".graphml") }
        for sample in samples.sorted() {
            result.append((sample, Array(try Data(contentsOf: Paths.samples.appendingPathComponent(sample)))))
        }
        return result
    }

    @Test("same graph, or the same error, on every fixture")
    func same() throws {
        for (name, bytes) in try Self.inputs() {
            let old = Result { try GraphMLReader.readWithPullReader(bytes: bytes, name: name) }
            let new = Result { try GraphMLReader.read(bytes: bytes, name: name) }
            switch (old, new) {
            case (.success(let old), .success(let new)):
                #expect(new == old, "\(name)")
                if new != old {
                    #expect(new.entities == old.entities, "\(name) entities")
                    #expect(new.documents == old.documents, "\(name) documents")
                    for relation in old.relations.values where new.relations[relation.key] != relation {
                        #expect(new.relations[relation.key] == relation, "\(name)")
                        break
                    }
                }
            case (.failure(let old), .failure(let new)):
                #expect("\(new)" == "\(old)", "\(name)")
            default:
                Issue.record("\(name): the pull reader gave \(old), the streaming reader \(new)")
            }
        }
    }
}

@Suite("Streaming GraphML reader")
struct StreamingGraphMLReaderTests {
    static let graph = Fixtures.random(seed: 3, nodes: 30, edges: 90)

    /// Writes `bytes` into a pipe from another thread and reads the other end.
    static func readThroughPipe(_ bytes: [UInt8], prefix: Int) throws -> KnowledgeGraph {
        var fds: [Int32] = [0, 0]
        #expect(Glibc.pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let rest = Array(bytes[prefix...])
        let writer = Thread {
            rest.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = write(writeEnd, buffer.baseAddress! + offset, min(4096, buffer.count - offset))
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(readEnd) }
        var graph = KnowledgeGraph()
        try GraphMLReader.read(fd: readEnd, prefix: Array(bytes[..<prefix]), name: "pipe", into: &graph)
        return graph
    }

    @Test("numbers read from bytes are the Doubles Double(String) reads")
    func shortDecimals() {
        var texts = [
            "0", "-0", "1", "0.8", "-0.8", "1.0", "0.1", "0.3", "0.30000000000001", "123456789012345", "1234567890123456",
            "0.000000000000001", "0.0000000000000000000001", "9007199254740993", "1.", ".5", "-", "", "1e3", "+1", "1.2.3",
            "0x10", "inf", "nan", "1 ", "00.50", "999999999999999", "-99999999999999.9",
        ]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...17, using: &random)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            let point = Int.random(in: 0...digits, using: &random)
            if point > 0 && point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            texts.append(Bool.random(using: &random) ? "-" + text : text)
        }
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBytes { DecimalBytes.double($0) }
            if let fast {
                let slow = Double(text)
                #expect(slow != nil && fast.bitPattern == slow!.bitPattern, "\(text)")
            }
        }
        #expect(Array("0.8".utf8).withUnsafeBytes { DecimalBytes.double($0) } == 0.8)
        #expect(Array("1e3".utf8).withUnsafeBytes { DecimalBytes.double($0) } == nil)
    }

    /// A GraphML of 1,024 node ids that share one FNV-1a hash, each with an edge to the next.
    static func fnvFlood() -> String {
        let ids = FNVFlood.words(bits: 10)
        var text = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">\n"
        for id in ids { text += "<node id=\"\(id)\"/>\n" }
        for (a, b) in zip(ids, ids.dropFirst()) { text += "<edge source=\"\(a)\" target=\"\(b)\"/>\n" }
        return text + "</graph></graphml>\n"
    }

    @Test("node ids that share one FNV-1a hash get distinct byte-table hashes, and read as a graph")
    func fnvFloodIDs() throws {
        let ids = FNVFlood.words(bits: 10)
        #expect(Set(ids.map(FNVFlood.fnv1a)).count == 1)
        let hashes = ids.map { id in Array(id.utf8).withUnsafeBytes { ByteTable<Int>.hash($0) } }
        // Seeded: a 32-bit random hash of 1,024 ids repeats with a chance of about 1 in 8,000.
        #expect(Set(hashes).count >= 1022)
        var table = ByteTable<Int>()
        for (k, id) in ids.enumerated() { Array(id.utf8).withUnsafeBytes { table.set($0, k) } }
        #expect(table.count == 1024)
        #expect(Array(ids[700].utf8).withUnsafeBytes { table[$0] } == 700)
        let graph = try GraphMLReader.read(bytes: Array(Self.fnvFlood().utf8))
        #expect(graph.entities.count == 1024)
        #expect(graph.relations.count == 1023)
    }

    @Test("edge ends by node id: ids n<k> (found by k), a leading zero, a huge k, other ids, and a node declared again")
    func numberedNodeIDs() throws {
        var text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="d0" for="node" attr.name="entity_id" attr.type="string"/>
            <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
            <graph edgedefault="directed">
            <node id="n0"><data key="d0">alpha</data></node>
            <node id="n5"><data key="d0">bravo</data></node>
            <node id="n05"><data key="d0">charlie</data></node>
            <node id="n999999999"><data key="d0">delta</data></node>
            <node id="x7"><data key="d0">echo</data></node>
            <node id="n12"/>

            """
        for k in 100..<3000 { text += "<node id=\"n\(k)\"/>\n" }
        for (source, target) in [
            ("n0", "n5"), ("n05", "n999999999"), ("x7", "n12"), ("n5", "n0"), ("n2999", "n100"), ("n100", "n0"),
        ] {
            text += "<edge source=\"\(source)\" target=\"\(target)\"><data key=\"d1\">met</data></edge>\n"
        }
        let once = Array((text + "</graph></graphml>\n").utf8)
        #expect(try GraphMLReader.read(bytes: once) == GraphMLReader.readWithPullReader(bytes: once, name: "ids"))
        // A later declaration of an id wins for the edges after it (in this reader; the pull
        // reader gives every edge the last one).
        text += "<node id=\"n5\"><data key=\"d0\">foxtrot</data></node>\n"
        text += "<edge source=\"n0\" target=\"n5\"><data key=\"d1\">met</data></edge>\n"
        text += "</graph></graphml>\n"
        let graph = try GraphMLReader.read(bytes: Array(text.utf8))
        let ends = Set(graph.relations.values.map { "\($0.source)>\($0.target)" })
        #expect(
            ends == [
                "alpha>bravo", "charlie>delta", "echo>n12", "bravo>alpha", "n2999>n100", "n100>alpha", "alpha>foxtrot",
            ])
    }

    @Test("an id n<k> first declared past the numbered array (kept by its bytes), the array grown over it, then declared again")
    func numberedIDRedeclaredPastTheArray() throws {
        // n9000 is declared before any other numbered node: 9000 is past what the array would
        // grow to, so the node is kept under its bytes. 10,000 more numbered nodes grow the array
        // over slot 9000, which stays empty: an edge to n9000 still finds the first declaration.
        var text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="d0" for="node" attr.name="entity_id" attr.type="string"/>
            <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
            <graph edgedefault="directed">
            <node id="n9000"><data key="d0">golf</data></node>

            """
        for k in 0..<10_001 where k != 9000 { text += "<node id=\"n\(k)\"/>\n" }
        text += "<edge source=\"n1\" target=\"n9000\"><data key=\"d1\">met</data></edge>\n"
        let once = Array((text + "</graph></graphml>\n").utf8)
        let first = try GraphMLReader.read(bytes: once)
        #expect(first == (try GraphMLReader.readWithPullReader(bytes: once, name: "ids")))
        #expect(Set(first.relations.values.map { "\($0.source)>\($0.target)" }) == ["n1>golf"])
        // Declared again, now inside the array: the later declaration wins for the edges after it.
        text += "<node id=\"n9000\"><data key=\"d0\">hotel</data></node>\n"
        text += "<edge source=\"n2\" target=\"n9000\"><data key=\"d1\">met</data></edge>\n"
        let graph = try GraphMLReader.read(bytes: Array((text + "</graph></graphml>\n").utf8))
        #expect(Set(graph.relations.values.map { "\($0.source)>\($0.target)" }) == ["n1>golf", "n2>hotel"])
    }

    @Test("200,000 numbered nodes (the array past 4 MiB, the path that asks for huge pages) read as the pull reader reads them")
    func manyNumberedNodes() throws {
        var text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
            <graph edgedefault="directed">

            """
        let count = 200_000
        text.reserveCapacity(count * 40)
        for k in 0..<count { text += "<node id=\"n\(k)\"/>\n" }
        // Edges in no order over the whole array, so that look-ups land on every page.
        var k = 1
        for _ in 0..<2_000 {
            let next = (k &* 7_919 &+ 13) % count
            text += "<edge source=\"n\(k)\" target=\"n\(next)\"><data key=\"d1\">met</data></edge>\n"
            k = next
        }
        let bytes = Array((text + "</graph></graphml>\n").utf8)
        let graph = try GraphMLReader.read(bytes: bytes)
        #expect(graph.entities.count == count)
        #expect(graph.relations.count > 1_900)
        #expect(graph == (try GraphMLReader.readWithPullReader(bytes: bytes, name: "many")))
        #expect(graph.relations.values.contains { $0.source == "n1" && $0.target == "n\((7_919 + 13) % count)" })
    }

    @Test("a pipe, with any part already read as the prefix, gives the graph of the bytes", arguments: [0, 1, 100, 5000])
    func pipe(prefix: Int) throws {
        let bytes = try render(Self.graph, .graphml)
        #expect(try Self.readThroughPipe(bytes, prefix: min(prefix, bytes.count)) == GraphMLReader.read(bytes: bytes))
        #expect(GraphMLProjection(try GraphMLReader.read(bytes: bytes)) == GraphMLProjection(Self.graph))
    }

    @Test("reading into a graph merges as KnowledgeGraph.merge does")
    func into() throws {
        let other = Fixtures.random(seed: 4, nodes: 30, edges: 90)
        let a = try GraphMLReader.read(bytes: try render(Self.graph, .graphml))
        let b = try GraphMLReader.read(bytes: try render(other, .graphml))
        var merged = a
        try GraphMLReader.read(fd: -1, prefix: try render(other, .graphml), name: "b", into: &merged)
        #expect(merged == a.merging(b))
        var twice = a
        try GraphMLReader.read(fd: -1, prefix: try render(Self.graph, .graphml), name: "a", into: &twice)
        #expect(twice == a)
    }

    @Test("a file merged into a graph shares the graph's string of a sentence it states at the same place, and only of the same bytes")
    func sharedSentences() throws {
        let people = ["ana_lima", "bo_tran", "cy_moss", "di_park"].map { Entity(id: $0, name: $0, kind: .person) }
        func evidence(_ sentence: String, _ start: Int, document: String = "wire-1") -> Evidence {
            Evidence(documentID: document, sentence: sentence, start: start, end: start + sentence.utf8.count, confidence: 0.8)
        }
        let met = "Ana Lima met Bo Tran and Cy Moss in the harbour town."
        let signed = "Di Park signed the accord with Ana Lima on Tuesday."
        let first = KnowledgeGraph(
            entities: people,
            relations: [
                Relation(source: "ana_lima", predicate: .metWith, target: "bo_tran", evidence: [evidence(met, 0)]),
                Relation(source: "di_park", predicate: .agreedWith, target: "ana_lima", evidence: [evidence(signed, 60), evidence(met, 0)]),
            ])
        // Other relations of the same sentences; one sentence at a known place but with other
        // text (not shared), one at another document (not shared).
        let second = KnowledgeGraph(
            entities: people,
            relations: [
                Relation(source: "ana_lima", predicate: .metWith, target: "cy_moss", evidence: [evidence(met, 0)]),
                Relation(source: "bo_tran", predicate: .metWith, target: "cy_moss", evidence: [evidence(met, 0), evidence(signed, 60)]),
                Relation(source: "cy_moss", predicate: .accused, target: "di_park", evidence: [evidence(met.uppercased(), 0)]),
                Relation(source: "di_park", predicate: .accused, target: "bo_tran", evidence: [evidence(signed, 60, document: "wire-2")]),
            ])
        let a = try GraphMLReader.read(bytes: try render(first, .graphml))
        let b = try GraphMLReader.read(bytes: try render(second, .graphml))
        var merged = a
        try GraphMLReader.read(fd: -1, prefix: try render(second, .graphml), name: "b", into: &merged)
        #expect(merged == a.merging(b))
        func storage(_ source: String, _ predicate: NewsGraph.Predicate, _ target: String, _ start: Int, document: String = "wire-1")
            -> UnsafePointer<UInt8>?
        {
            let relation = merged.relations[RelationKey(source: source, predicate: predicate.name, target: target)]
            var sentence = relation?.evidence.first { $0.start == start && $0.documentID == document }?.sentence ?? ""
            return sentence.withUTF8 { $0.baseAddress }
        }
        // The first file states `met` twice (two strings, read alone): either may be shared.
        let metInFirst = [storage("ana_lima", .metWith, "bo_tran", 0), storage("ana_lima", .agreedWith, "di_park", 0)]
        let signedInFirst = try #require(storage("ana_lima", .agreedWith, "di_park", 60))
        #expect(metInFirst.allSatisfy { $0 != nil })
        #expect(metInFirst.contains(storage("ana_lima", .metWith, "cy_moss", 0)))
        #expect(metInFirst.contains(storage("bo_tran", .metWith, "cy_moss", 0)))
        #expect(storage("bo_tran", .metWith, "cy_moss", 60) == signedInFirst)
        #expect(!metInFirst.contains(storage("cy_moss", .accused, "di_park", 0)))
        #expect(storage("di_park", .accused, "bo_tran", 60, document: "wire-2") != signedInFirst)
        // A file read alone shares nothing it did not read.
        #expect(try GraphMLReader.read(bytes: try render(second, .graphml)) == b)
    }

    @Test("a truncated file is an error that says it ends early", arguments: [0.3, 0.7, 0.99])
    func truncated(fraction: Double) throws {
        let bytes = try render(Self.graph, .graphml)
        let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
        let error = try #require(throws: XMLError.self) { try GraphMLReader.read(bytes: cut, name: "cut.graphml") }
        #expect(error.message.hasPrefix("the file ends early"), "\(error)")
        #expect(error.line != nil)
    }

    @Test("an entity reference other than the five is refused, an external one never read")
    func entities() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y "internal">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"><data key="label">&amp;&lt;&#65;</data></node>
            <node id="b"><data key="label">REF</data></node></graph></graphml>
            """
        let plain = try GraphMLReader.read(bytes: Array(text.replacingOccurrences(of: "REF", with: "b").utf8))
        #expect(plain.entities["a"]?.name == "&<A")
        for reference in ["&x;", "&y;"] {
            let error = try #require(throws: XMLError.self) {
                try GraphMLReader.read(bytes: Array(text.replacingOccurrences(of: "REF", with: reference).utf8))
            }
            #expect(error.message.contains("refused"), "\(error)")
            #expect(!error.message.contains("root:"))
        }
        let inAttribute = text.replacingOccurrences(of: #"id="b""#, with: #"id="&y;""#)
        #expect(throws: XMLError.self) { try GraphMLReader.read(bytes: Array(inAttribute.utf8)) }
    }

    @Test("deep nesting is an error, not a crash")
    func deep() throws {
        let depth = 100_000
        let text =
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>"#
            + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</graph></graphml>"
        #expect(throws: XMLError.self) { try GraphMLReader.read(bytes: Array(text.utf8)) }
    }
}

@Suite("GEXF reading (issue 13 item 6)")
struct GEXFReaderTests {
    /// The shape of Gephi 0.10's ExporterGEXF output, written by hand: GEXF 1.3 with
    /// xsi:schemaLocation, numbered attribute ids with titles, viz elements, a default.
    static let gephi = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
          <meta lastmodifieddate="2024-05-01">
            <creator>Gephi 0.10.1</creator>
            <description></description>
          </meta>
          <graph defaultedgetype="directed" mode="static">
            <attributes class="node" mode="static">
              <attribute id="type" title="type" type="string"></attribute>
              <attribute id="0" title="community" type="integer"><default>7</default></attribute>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="0" title="source_article" type="string"></attribute>
            </attributes>
            <nodes>
              <node id="0" label="Mark Esper">
                <attvalues>
                  <attvalue for="type" value="Person"></attvalue>
                  <attvalue for="0" value="2"></attvalue>
                </attvalues>
                <viz:size value="10.0"></viz:size>
                <viz:position x="-12.5" y="40.1"></viz:position>
                <viz:color r="78" g="121" b="167"></viz:color>
              </node>
              <node id="1" label="United States">
                <attvalues><attvalue for="type" value="country"></attvalue></attvalues>
              </node>
            </nodes>
            <edges>
              <edge id="0" source="0" target="1" label="role in" weight="2.0">
                <attvalues><attvalue for="0" value="wire-17"></attvalue></attvalues>
              </edge>
            </edges>
          </graph>
        </gexf>
        """

    @Test("reads Gephi's GEXF: labels, kinds, a default, custom columns, edge labels")
    func gephiStyle() throws {
        let graph = try GraphMLReader.read(bytes: Array(Self.gephi.utf8), name: "gephi.gexf")
        #expect(graph.entities["0"]?.name == "Mark Esper")
        #expect(graph.entities["0"]?.kind == .person)
        #expect(graph.entities["1"]?.kind == .country)
        #expect(graph.entities["0"]?.attributes["community"] == "2")
        #expect(graph.entities["1"]?.attributes["community"] == "7")  // the attribute's default
        let relation = try #require(graph.relations[RelationKey(source: "0", predicate: "role_in", target: "1")])
        #expect(relation.predicate == .roleIn)
        #expect(relation.attributes["source_article"] == "wire-17")
        #expect(graph.relations.count == 1)
    }

    @Test("reads the GEXF 1.2draft and 1.3 samples", arguments: ["gexf12draft-valid-viz.gexf", "gexf13-valid-viz.gexf"])
    func samples(file: String) throws {
        let graph = try GraphMLReader.read(path: Paths.samples.appendingPathComponent(file).path)
        #expect(graph.entities.count >= 2)
        #expect(!graph.relations.isEmpty)
        #expect(graph.danglingRelations.isEmpty)
    }

    @Test("GEXF 1.1draft reads as 1.3 does")
    func version11() throws {
        let old = Self.gephi.replacingOccurrences(of: "http://gexf.net/1.3", with: "http://www.gexf.net/1.1draft")
        #expect(
            try GraphMLReader.read(bytes: Array(old.utf8), name: "1.1.gexf")
                == GraphMLReader.read(bytes: Array(Self.gephi.utf8), name: "1.3.gexf"))
    }

    @Test("our own GEXF reads back to what GEXF carries: what our GraphML gives, without spans", arguments: 0..<3)
    func roundTrip(graphIndex: Int) throws {
        let (name, graph) = ExportAPITests.graphs[graphIndex]
        let fromGEXF = try GraphMLReader.read(bytes: try render(graph, .gexf), name: "\(name).gexf")
        let fromGraphML = try GraphMLReader.read(bytes: try render(graph, .graphml), name: "\(name).graphml")
        #expect(fromGEXF.entities.count == graph.entities.count)
        #expect(fromGEXF.relations.count == graph.relations.count)
        for entity in fromGraphML.entities.values {
            let read = try #require(fromGEXF.entities[entity.id], "\(name): \(entity.id)")
            #expect(read.name == entity.name)
            #expect(read.kind == entity.kind)
            #expect(read.aliases == entity.aliases)
        }
        #expect(Set(fromGEXF.relations.keys) == Set(fromGraphML.relations.keys))
        // The same relations with the same predicates, and the same columns kept.
        for relation in fromGraphML.relations.values {
            let read = try #require(fromGEXF.relations[relation.key])
            #expect(read.predicate == relation.predicate)
            // Without spans GEXF carries no evidence: its columns stay as attributes.
            #expect(read.attributes.filter { !GraphMLReader.evidenceColumns.contains($0.key) } == relation.attributes)
            #expect(read.attributes["evidence"] != nil || relation.evidence.allSatisfy { $0.sentence.isEmpty })
        }
    }
}
