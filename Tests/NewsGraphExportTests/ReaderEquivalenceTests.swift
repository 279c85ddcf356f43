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
        let samples = try FileManager.default.contentsOfDirectory(atPath: Paths.samples.path).filter { $0.hasSuffix(".graphml") }
        for sample in samples.sorted() {
            result.append((sample, Array(try Data(contentsOf: Paths.samples.appendingPathComponent(sample)))))
        }
        return result
    }

    @Test("same graph on every fixture")
    func same() throws {
        for (name, bytes) in try Self.inputs() {
            let old: KnowledgeGraph
            do {
                old = try GraphMLReader.readWithPullReader(bytes: bytes, name: name)
            } catch let error as NewsGraphError {
                // A file both refuse (an edge to an undeclared node), with the same message.
                #expect(throws: error) { try GraphMLReader.read(bytes: bytes, name: name) }
                continue
            }
            let new = try GraphMLReader.read(bytes: bytes, name: name)
            #expect(new == old, "\(name)")
            if new != old {
                #expect(new.entities == old.entities, "\(name) entities")
                #expect(new.documents == old.documents, "\(name) documents")
                for relation in old.relations.values where new.relations[relation.key] != relation {
                    #expect(new.relations[relation.key] == relation, "\(name)")
                    break
                }
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
