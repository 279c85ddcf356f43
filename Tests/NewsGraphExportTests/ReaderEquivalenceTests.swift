import Foundation
import NewsGraph
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphExport

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
            let old = try GraphMLReader.readWithPullReader(bytes: bytes, name: name)
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
