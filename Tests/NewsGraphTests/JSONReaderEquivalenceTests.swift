import Foundation
import NewsGraph
import Testing
import _NewsGraphTestSupport

/// The byte-level JSON reader against the `JSONDecoder` reader it replaced
/// (``FoundationJSONReader``): the same graph, or an error from both.
@Suite("JSON byte reader reads what JSONDecoder read")
struct JSONReaderEquivalenceTests {
    static func write(_ graph: KnowledgeGraph, pretty: Bool) throws -> [UInt8] {
        let sink = MemorySink()
        try JSONGraphFormat.write(graph, to: sink, pretty: pretty)
        return sink.bytes
    }

    /// Reads `bytes` through a file descriptor (a pipe fed by another thread), as the CLI does.
    static func readStreaming(_ bytes: [UInt8], prefixLength: Int = 1) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        try readStreaming(bytes, prefixLength: prefixLength, into: &graph)
        return graph
    }

    /// Reads `bytes` through a file descriptor into `graph` (merging), as `merge` does.
    static func readStreaming(_ bytes: [UInt8], prefixLength: Int = 1, into graph: inout KnowledgeGraph) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-json-\(UInt64.random(in: 0...UInt64.max)).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        let fd = open(url.path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        var prefix = [UInt8](repeating: 0, count: Swift.min(prefixLength, bytes.count))
        let got = prefix.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        #expect(got == prefix.count)
        try JSONGraphReader.read(fd: fd, prefix: prefix, path: "g.json", into: &graph)
    }

    enum Outcome: Equatable {
        case graph(KnowledgeGraph)
        case error
    }

    static func outcome(_ body: () throws -> KnowledgeGraph) -> Outcome {
        do { return .graph(try body()) } catch { return .error }
    }

    static var fixtures: [KnowledgeGraph] {
        // Each fixture alone may name another's entities; a reader refuses such a graph.
        [
            Fixtures.summit, Fixtures.followUp, Fixtures.awkward,
            KnowledgeGraph.merged([Fixtures.summit, Fixtures.followUp, Fixtures.awkward]),
        ]
        .filter { $0.danglingRelations.isEmpty }
    }

    @Test("every fixture, pretty and compact, from memory and from a file", arguments: [true, false])
    func fixtures(pretty: Bool) throws {
        #expect(Self.fixtures.count >= 2)
        for graph in Self.fixtures {
            let bytes = try Self.write(graph, pretty: pretty)
            let reference = try FoundationJSONReader.read(Data(bytes), path: "g.json")
            #expect(reference == graph)
            #expect(try JSONGraphFormat.read(Data(bytes), path: "g.json") == reference)
            #expect(try Self.readStreaming(bytes) == reference)
            #expect(try Self.readStreaming(bytes, prefixLength: 7) == reference)
        }
    }

    @Test("JSON Lines of fragments: merged as the line-by-line reader merged them, from the first bytes")
    func fragments() throws {
        var lines: [UInt8] = []
        for graph in Self.fixtures + Self.fixtures {
            lines += try Self.write(graph, pretty: false)
            lines += Array("\r\n  \n".utf8)
        }
        let reference = try FoundationJSONReader.readFragments(Data(lines), path: "f.jsonl")
        #expect(try JSONGraphFormat.readFragments(Data(lines), path: "f.jsonl") == reference)
        #expect(try Self.readStreaming(lines) == reference)
        #expect(JSONGraphFormat.isJSONLines(lines))
        // One compact graph with nothing after it is a graph, not JSON Lines.
        let graph = try #require(Self.fixtures.last)
        let one = try Self.write(graph, pretty: false)
        #expect(!JSONGraphFormat.isJSONLines(one))
        #expect(try Self.readStreaming(one) == graph)
    }

    /// A graph's JSON, compact: the bytes every string is written with (graph equality compares
    /// strings as Swift does, canonically equivalent ones alike).
    static func spelled(_ graph: KnowledgeGraph) throws -> String {
        String(decoding: try write(graph, pretty: false), as: UTF8.self)
    }

    @Test("link ends by the bytes of node ids, and by canonical equivalence: the same graph, spelled the same")
    func linkEndSpelling() throws {
        // Node "café" (é as one scalar), a link end "café" as e + a combining accent: Swift
        // strings (and the entity dictionary) hold them equal, so the link is the node's; the
        // relation keeps the link's own spelling, as the JSONDecoder reader kept it. A long id
        // (past a small string) and ids that differ in one byte.
        let long = "an_identifier_longer_than_sixteen_bytes"
        let json = """
            {"nodes": [{"id": "caf\\u00e9"}, {"id": "\(long)"}, {"id": "\(long)x"}, {"id": "a"}],
             "links": [{"source": "cafe\\u0301", "target": "\(long)", "relation": "leads"},
                       {"source": "\(long)", "target": "caf\\u00e9", "relation": "leads"},
                       {"source": "\(long)", "target": "\(long)x", "relation": "accused"},
                       {"source": "a", "target": "cafe\\u0301", "relation": "accused"},
                       {"source": "a", "target": "caf\\u00e9", "relation": "hosts_summit"}]}
            """
        let bytes = Array(json.utf8)
        let reference = try FoundationJSONReader.read(Data(bytes), path: "g.json")
        #expect(reference.relations.count == 5)
        for graph in [try JSONGraphFormat.read(Data(bytes), path: "g.json"), try Self.readStreaming(bytes)] {
            #expect(graph == reference)
            #expect(try Self.spelled(graph) == (try Self.spelled(reference)))
        }
        // An ASCII end equal to a non-ASCII node id: "K" is the Kelvin sign U+212A to Swift.
        let kelvin = Array(#"{"nodes": [{"id": "\u212a"}, {"id": "a"}], "links": [{"source": "K", "target": "a", "relation": "leads"}]}"#.utf8)
        let kelvinReference = try FoundationJSONReader.read(Data(kelvin), path: "g.json")
        #expect(kelvinReference.relations.count == 1)
        #expect(try JSONGraphFormat.read(Data(kelvin), path: "g.json") == kelvinReference)
        #expect(try Self.readStreaming(kelvin) == kelvinReference)
        // An end that is no node's id, ASCII or not, is refused by both.
        for end in ["b", "caf\\u00e8", "\(long)y"] {
            let bad = Array(json.replacingOccurrences(of: #""target": "\#(long)x""#, with: #""target": "\#(end)""#).utf8)
            #expect(Self.outcome { try FoundationJSONReader.read(Data(bad), path: "g.json") } == .error)
            #expect(Self.outcome { try Self.readStreaming(bad) } == .error)
        }
    }

    @Test("JSON Lines repeating a node's record, changed or not: merged as the line-by-line reader merged them")
    func repeatedNodeRecords() throws {
        // Records of node "a" line after line: the full one, then a name and a type alone, the
        // same again, another name, the first again, another type, a record with an alias.
        let records = [
            #"{"id": "a", "label": "Alpha", "type": "Person", "spans": [{"document": "d", "start": 1, "end": 2}]}"#,
            #"{"id": "a", "label": "Alpha", "type": "Person", "aliases": [], "spans": []}"#,
            #"{"id": "a", "label": "Alpha", "type": "Person"}"#,
            #"{"id": "a", "label": "Able", "type": "Person"}"#,
            #"{"id": "a", "label": "Alpha", "type": "Person"}"#,
            #"{"label": "Alpha", "id": "a", "type": "Country"}"#,
            #"{"id": "a", "type": "Country"}"#,
            #"{"id": "a", "label": "Zed", "type": "Country", "aliases": ["Zeta"]}"#,
            #"{"id": "a", "label": "Alpha", "type": "Person", "attributes": {"k": "v"}}"#,
            #"{"id": "a", "label": "Alpha", "type": "Person"}"#,
            #"{"id": "a", "label": "Alpha", "type": "Person"}"#,
        ]
        var lines = ""
        for (index, record) in records.enumerated() {
            lines += #"{"nodes": [\#(record), {"id": "b\#(index % 3)", "label": "B"}], "links": ["#
            lines += #"{"source": "a", "target": "b\#(index % 3)", "relation": "leads"}]}"# + "\n"
        }
        let bytes = Array(lines.utf8)
        let reference = try FoundationJSONReader.readFragments(Data(bytes), path: "f.jsonl")
        #expect(reference.entities["a"]?.aliases.isEmpty == false)
        for graph in [try JSONGraphFormat.readFragments(Data(bytes), path: "f.jsonl"), try Self.readStreaming(bytes)] {
            #expect(graph == reference)
            #expect(try Self.spelled(graph) == (try Self.spelled(reference)))
        }
        // A line's link to a node of an earlier line only is refused.
        let bad = Array((lines + #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b1", "relation": "leads"}]}"#).utf8)
        #expect(throws: NewsGraphError.self) { try Self.readStreaming(bad) }
    }

    @Test("a JSON graph or JSON Lines read into a graph that has nodes (merge's second file, read straight into it): the merge of the two, spelled the same; an end only the graph has is refused")
    func readIntoGraph() throws {
        let graphs = Self.fixtures
        let lines = try graphs.map { String(decoding: try Self.write($0, pretty: false), as: UTF8.self) }.joined(separator: "\n") + "\n"
        for first in graphs {
            for (index, second) in graphs.enumerated() {
                for bytes in [try Self.write(second, pretty: true), try Self.write(second, pretty: false), Array(lines.utf8)] {
                    var graph = first
                    try Self.readStreaming(bytes, into: &graph)
                    let expected = first.merging(bytes.count == lines.utf8.count ? KnowledgeGraph.merged(graphs) : graphs[index])
                    #expect(graph == expected)
                    #expect(try Self.spelled(graph) == (try Self.spelled(expected)))
                }
            }
        }
        // Read into itself: each sentence of 16 bytes or more is the graph's own string (one
        // storage, not a copy), its bytes the same.
        var long = 0
        for first in graphs {
            var graph = first
            try Self.readStreaming(try Self.write(first, pretty: false), into: &graph)
            #expect(graph == first)
            for relation in graph.relations.values {
                guard let original = first.relations[relation.key] else { continue }
                for (item, before) in zip(relation.evidence, original.evidence) where item.sentence.utf8.count >= 16 {
                    long += 1
                    #expect(unsafeBitCast(item.sentence, to: (UInt64, UInt64).self) == unsafeBitCast(before.sentence, to: (UInt64, UInt64).self))
                }
            }
        }
        #expect(long > 0)
        // A link to a node the graph has but the file does not: refused, as read alone.
        let graph = graphs[0]
        let someID = graph.entities.keys.sorted()[0]
        let bad = Array(#"{"nodes": [{"id": "x1"}], "links": [{"source": "x1", "target": "\#(someID)", "relation": "leads"}]}"#.utf8)
        var into = graph
        #expect(throws: NewsGraphError.self) { try Self.readStreaming(bad, into: &into) }
    }

    @Test("JSON Lines: link ends numbered once across lines (undirected ends swapped, long, non-ASCII and canonically equal ids, names past a small string): merged as the line-by-line reader merged them")
    func linkEndsAcrossLines() throws {
        let long = "an_identifier_longer_than_sixteen_bytes"
        let ids = ["a", "b", "caf\\u00e9", "cafe\\u0301", long, "\(long)x", "z9"]
        var lines = ""
        for line in 0..<24 {
            // Nodes in a changing order, plain records (a name past 15 bytes, a short one) after
            // a first full one; links both ways, directed or not, a symmetric predicate, an end
            // repeated within a line.
            var nodes: [String] = []
            var present: [String] = []
            for step in 0..<5 {
                let id = ids[(line * 3 + step * 2) % ids.count]
                guard !present.contains(id) else { continue }
                present.append(id)
                let name = step % 2 == 0 ? "A name longer than sixteen bytes \(id.count)" : "N\(step)"
                let spans = line < 3 ? #", "spans": [{"document": "d\#(line)", "start": \#(step), "end": \#(step + 1)}]"# : ""
                nodes.append(#"{"id": "\#(id)", "label": "\#(name)", "type": "Person"\#(spans)}"#)
            }
            var links: [String] = []
            for (index, source) in present.enumerated() {
                let target = present[(index + 1 + line) % present.count]
                let relation = (line + index) % 3 == 0 ? "affiliated_with" : "leads"
                let directed = (line + index) % 2 == 0 ? "true" : "false"
                links.append(
                    #"{"source": "\#(source)", "target": "\#(target)", "relation": "\#(relation)", "directed": \#(directed), "evidence": [{"document": "d\#(line)", "start": \#(index), "end": \#(index + 9), "sentence": "S\#(line) \#(index)"}]}"#
                )
                links.append(#"{"source": "\#(target)", "target": "\#(source)", "relation": "leads"}"#)
            }
            lines += #"{"directed": true, "nodes": [\#(nodes.joined(separator: ", "))], "links": [\#(links.joined(separator: ", "))]}"# + "\n"
        }
        let bytes = Array(lines.utf8)
        let reference = try FoundationJSONReader.readFragments(Data(bytes), path: "f.jsonl")
        #expect(reference.relations.count > 20)
        for graph in [try JSONGraphFormat.readFragments(Data(bytes), path: "f.jsonl"), try Self.readStreaming(bytes)] {
            #expect(graph == reference)
            #expect(try Self.spelled(graph) == (try Self.spelled(reference)))
        }
    }

    @Test("JSON Lines repeating document records, changed or not, and types, relations and documents of other spellings: merged as the line-by-line reader merged them")
    func repeatedDocumentRecords() throws {
        // Records of document "d" line after line: the same bytes come back after a change, one
        // holds a brace and an escaped quote in a string, one an escape for the same title.
        let documents = [
            #"{"id": "d", "title": "Morning", "date": "2020-01-01"}"#,
            #"{"id": "d", "title": "Evening", "date": "2020-01-01"}"#,
            #"{"id": "d", "title": "Morning", "date": "2020-01-01"}"#,
            #"{"id": "d", "title": "M{o\"r}ning", "url": "http://x.test/"}"#,
            #"{"id": "d", "title": "\u004Dorning", "date": "2020-01-01"}"#,
            #"{"id": "d", "title": "Morning", "date": "2020-01-01", "metadata": {"k": "v"}}"#,
            #"{"id": "d", "title": "Morning", "date": "2020-01-01"}"#,
        ]
        let types = ["Person", "person", "PERSON", "Person", "Country", "Person", "country"]
        let relations = ["leads", "met_with", "leads", "leads_x", "leads", "met_with", "leads"]
        var lines = ""
        for index in documents.indices {
            lines += #"{"graph": {"documents": [\#(documents[index]), {"id": "e\#(index % 2)"}]}, "#
            lines += #""nodes": [{"id": "a", "type": "\#(types[index])"}, {"id": "b", "label": "B"}], "links": ["#
            lines += #"{"source": "a", "target": "b", "relation": "\#(relations[index])", "evidence": "#
            lines += #"[{"document": "e\#(index % 2)", "start": \#(index), "end": 9, "sentence": "S\#(index)", "rule": "r\#(index % 2)"}]}]}"#
            lines += "\n"
        }
        let bytes = Array(lines.utf8)
        let reference = try FoundationJSONReader.readFragments(Data(bytes), path: "f.jsonl")
        #expect(reference.documents["d"]?.url == "http://x.test/")
        #expect(reference.documents["d"]?.metadata["k"] == "v")
        for graph in [try JSONGraphFormat.readFragments(Data(bytes), path: "f.jsonl"), try Self.readStreaming(bytes)] {
            #expect(graph == reference)
            #expect(graph.documents == reference.documents)
            #expect(try Self.spelled(graph) == (try Self.spelled(reference)))
        }
        // A type no spelling names is refused on any line, after the same spelling was read well.
        let bad = Array((lines + #"{"nodes": [{"id": "c", "type": "Planet"}], "links": []}"#).utf8)
        #expect(throws: NewsGraphError.self) { try Self.readStreaming(bad) }
    }

    @Test("an error in a JSON Lines record names its line")
    func fragmentLine() throws {
        let good = try Self.write(try #require(Self.fixtures.last), pretty: false)
        let bad = Array(#"{"nodes": [{"id": "a", "type": "Planet"}], "links": []}"#.utf8) + [0x0A]
        let error = try #require(throws: NewsGraphError.self) { try Self.readStreaming(good + [0x0A] + bad + good) }
        #expect(error.line == 3)
        #expect(error.message == "nodes[0].type: unknown entity type 'Planet'")
        // Two values on one line, and a value over two lines, are not JSON Lines.
        let twoOnALine = good.dropLast() + [0x20] + good + good
        #expect(throws: NewsGraphError.self) { try Self.readStreaming(Array(twoOnALine)) }
    }

    /// Edge cases: each is read by both readers to the same graph, or refused by both.
    static let edgeCases: [String] = [
        #"{"nodes": [{"id": "caf\\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t"}], "links": []}"#,
        #"{"nodes": [{"id": "a\u0000b"}], "links": []}"#,
        #"{"nodes": [{"id": "\ud800x"}], "links": []}"#,  // a lone high surrogate
        #"{"nodes": [{"id": "\udc00"}], "links": []}"#,  // a lone low surrogate
        #"{"nodes": [{"id": "\ud83dx\ude00"}], "links": []}"#,
        #"{"nodes": [{"id": "\x"}], "links": []}"#,
        #"{"nodes": [{"id": "\u12"}], "links": []}"#,
        "{\"nodes\": [{\"id\": \"a\tb\"}], \"links\": []}",  // a raw control character
        #"{"nodes": [{"id": "a", "id": "b"}], "links": []}"#,
        #"{"nodes": [{"id": "a"}], "links": [], "nodes": [{"id": "b"}]}"#,
        #"{"nodes": [{"id": "a", "type": null, "label": null, "aliases": null, "spans": null}], "links": []}"#,
        #"{"nodes": [{"id": null}], "links": []}"#,
        #"{"nodes": [{"id": 3}], "links": []}"#,
        #"{"nodes": [{"id": "a", "attributes": {"k": 1}}], "links": []}"#,
        #"{"nodes": [{"id": "a", "attributes": {"k": "v", "k": "w"}}], "links": []}"#,
        #"{"links": []}"#,
        #"{"nodes": []}"#,
        #"{"nodes": [], "links": [],}"#,
        #"{"nodes": [,], "links": []}"#,
        #"{"nodes": [], "links": []} x"#,
        #"{"nodes": [], "links": []"#,
        #"{"nodes": [{"id": "a", "spans": [{"document": "d", "start": 5.0, "end": 1e1}]}], "links": []}"#,
        #"{"nodes": [{"id": "a", "spans": [{"document": "d", "start": -0, "end": 9}]}], "links": []}"#,
        #"{"nodes": [{"id": "a", "spans": [{"document": "d", "start": 99999999999999999999, "end": 9}]}], "links": []}"#,
        #"{"nodes": [{"id": "a", "spans": [{"document": "d", "start": 01, "end": 9}]}], "links": []}"#,
        #"{"nodes": [{"id": "a", "spans": [{"document": "d", "start": 1., "end": 9}]}], "links": []}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "weight": 2.5e0}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "weight": 1e400}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "weight": "3"}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b", "relation": "leads"}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a"}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "key": "hosts_summit", "category": "meeting", "symmetric": true, "definition": "x"}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "Bad Name"}]}"#,
        #"{"links": [{"source": "b", "target": "a", "relation": "met_with"}, {"source": "a", "target": "b", "relation": "leads"}], "nodes": [{"id": "a"}, {"id": "b"}], "directed": false}"#,
        #"{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "b", "target": "a", "relation": "leads", "weight": 3}]}"#,
        #"{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "b", "target": "a", "relation": "leads", "directed": false, "evidence": [{"document": "d", "start": 1, "end": 2, "confidence": 0.5, "role": "x", "rule": "r"}]}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "evidence": [{"document": "d", "start": 1, "end": 2, "confidence": 1.5}]}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "evidence": [{"document": "d", "start": 3, "end": 2}]}]}"#,
        #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "relation": "leads", "evidence": [{"start": 3, "end": 4}]}]}"#,
        #"{"graph": {"format": 2}, "nodes": [], "links": []}"#,
        #"{"graph": {"format": "1"}, "nodes": [], "links": []}"#,
        #"{"graph": {"format": 1, "documents": [{"id": "d", "title": "T", "metadata": {"a": "b"}}, {"id": ""}]}, "nodes": [], "links": []}"#,
        #"{"graph": {"documents": [{"id": "d", "title": "T", "date": "2020", "url": "u", "metadata": {"a": "b"}}]}, "nodes": [], "links": []}"#,
        #"{"extra": [1, 2.5, -3e-2, true, false, null, {"x": [{}]}, "s"], "nodes": [], "links": []}"#,
        #"{"extra": [tru], "nodes": [], "links": []}"#,
        #"{"nodes": [{"id": "a", "type": "Planet"}], "links": []}"#,
        #"{"nodes": [{"id": ""}], "links": []}"#,
        "{\"nodes\" : [ ] ,\n\r\t \"links\":[] } \n",
        "\u{FEFF}{\"nodes\": [], \"links\": []}",
        #"[]"#,
        #"{"nodes": {}, "links": []}"#,
        "{\"extra\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + ", \"nodes\": [], \"links\": []}",
        "{\"extra\": " + String(repeating: "[", count: 510) + String(repeating: "]", count: 510) + ", \"nodes\": [], \"links\": []}",
    ]

    @Test("edge cases: the same graph or an error from both readers", arguments: edgeCases)
    func edgeCase(json: String) throws {
        let bytes = Array(json.utf8)
        let reference = Self.outcome { try FoundationJSONReader.read(Data(bytes), path: "g.json") }
        #expect(Self.outcome { try JSONGraphFormat.read(Data(bytes), path: "g.json") } == reference)
        #expect(Self.outcome { try Self.readStreaming(bytes) } == reference)
    }

    @Test("invalid UTF-8 in a string is refused with its line and column")
    func invalidUTF8() throws {
        for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]] {
            let bytes = Array("{\"nodes\": [\n{\"id\": \"a".utf8) + bad + Array("\"}], \"links\": []}".utf8)
            #expect(Self.outcome { try FoundationJSONReader.read(Data(bytes), path: "g.json") } == .error)
            let error = try #require(throws: NewsGraphError.self) { try Self.readStreaming(bytes) }
            #expect(error.message == "not valid JSON")
            #expect(error.line == 2)
        }
    }

    @Test("an escape, a control character, a non-ASCII or invalid byte at any place of a string: the same graph or an error")
    func stringBytes() throws {
        // The scanner reads strings eight bytes at a time: each kind of byte at each place of a word.
        let specials: [[UInt8]] = [
            Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\n"#.utf8), Array(#"\u00e9"#.utf8), Array("\u{E9}".utf8), [0x09], [0x1F],
            [0x7F], [0xFF], [0xC3], [0xE2, 0x82], Array("\u{1F600}".utf8),
        ]
        for special in specials {
            for place in 0..<20 {
                for length in [place, place + 9] {
                    let text = Array(repeating: UInt8(ascii: "x"), count: place) + special
                        + Array(repeating: UInt8(ascii: "y"), count: length - place)
                    let bytes = Array(#"{"nodes": [{"id": "a", "label": ""#.utf8) + text + Array(#""}], "links": []}"#.utf8)
                    let reference = Self.outcome { try FoundationJSONReader.read(Data(bytes), path: "g.json") }
                    #expect(Self.outcome { try JSONGraphFormat.read(Data(bytes), path: "g.json") } == reference, "\(text)")
                    #expect(Self.outcome { try Self.readStreaming(bytes) } == reference, "\(text)")
                }
            }
        }
    }

    @Test("nesting deeper than 512 is one clear error at the bracket too deep, never a crash")
    func deepNesting() throws {
        let bytes = Array(("{\"nodes\": [], \"links\": [], \"x\": " + String(repeating: "[", count: 100_000)).utf8)
        let error = try #require(throws: NewsGraphError.self) { try Self.readStreaming(bytes) }
        #expect(error.message == JSONNesting.message())
        #expect(error.line == 1)
        #expect(error.column == JSONNesting.firstTooDeep(bytes)?.column)
    }

    @Test("strings, numbers and keys split across the reader's chunks read whole")
    func chunkBoundaries() throws {
        // Long strings (over the first buffer), escapes and multi-byte characters everywhere.
        var graph = KnowledgeGraph()
        let long = String(repeating: "word caf\u{E9} \u{1F600} \"quoted\"\n", count: 40_000)
        for index in 0..<3000 {
            graph.add(Entity(id: "entity_\(index)", name: "Entit\u{E9} \(index) \u{1F600}", kind: .person, aliases: ["alias \(index)"]))
        }
        for index in 0..<2999 {
            graph.add(
                Relation(
                    source: "entity_\(index)", predicate: .accused, target: "entity_\(index + 1)",
                    evidence: [Fixtures.evidence("doc\(index % 7)", index * 3, index == 1500 ? long : "sentence \(index) \u{E9}")]))
        }
        for pretty in [true, false] {
            let bytes = try Self.write(graph, pretty: pretty)
            #expect(bytes.count > 1 << 20)
            let back = try Self.readStreaming(bytes, prefixLength: 3)
            #expect(back == graph)
            #expect(back == (try FoundationJSONReader.read(Data(bytes), path: "g.json")))
        }
    }
}
