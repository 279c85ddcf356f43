import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing
import _NewsGraphTestSupport

/// The behaviour freeze: what the extractor finds in the founding article and in every
/// annotated text of `Fixtures/{corpus,dev,dev2}` (never `heldout`) is committed under
/// `Tests/Golden/`, one file per text, so that every change to extraction shows its effect
/// as a diff. When a change is meant, re-record with
/// `NEWSGRAPH_RECORD=1 swift test --filter Golden` and review the diff like code.
@Suite("Golden extraction outputs")
struct GoldenTests {
    static let root = TestSupport.packageRoot.appendingPathComponent("Tests/Golden")
    static let record = ProcessInfo.processInfo.environment["NEWSGRAPH_RECORD"] == "1"

    /// One text: the set it belongs to, its stem, its text and gold (if annotated).
    struct Text {
        var set: String
        var stem: String
        var text: String
        var gold: GoldStandard?
    }

    static func texts() throws -> [Text] {
        let founding = TestSupport.packageRoot.appendingPathComponent("Examples/esper-soleimani.txt")
        var texts = [Text(set: "founding", stem: "esper-soleimani", text: try String(contentsOf: founding, encoding: .utf8), gold: nil)]
        for set in ["corpus", "dev", "dev2"] {
            for item in try CorpusSupport.load(TestSupport.corpora.appendingPathComponent(set)) {
                texts.append(Text(set: set, stem: item.stem, text: item.text, gold: item.gold))
            }
        }
        return texts
    }

    /// The golden form of one text's extraction: entities, relations with every piece of
    /// evidence (rule, confidence, offsets, the sentence's start) and, for annotated texts,
    /// the score, whether each relation is in the gold file, and the gold relations missed.
    static func render(_ text: Text, extractor: Extractor) -> String {
        let graph = extractor.extract(Document(id: text.stem, text: text.text))
        var out = "# \(text.set)/\(text.stem): what NewsGraph extracts (NEWSGRAPH_RECORD=1 swift test --filter Golden re-records)\n"
        var score: GoldScore?
        if let gold = text.gold {
            let s = GoldScore(graph: graph, gold: gold)
            score = s
            func counts(_ p: PRF) -> String { "tp \(p.truePositives) fp \(p.falsePositives) fn \(p.falseNegatives)" }
            out += "score: entities \(counts(s.entities)) · typed \(counts(s.typedEntities)) · relations \(counts(s.relations))\n"
        }
        out += "\nentities: \(graph.entities.count)\n"
        for entity in graph.sortedEntities {
            let aliases = entity.sortedAliases.filter { $0 != entity.name }
            out += "  \(entity.kind.rawValue) \(entity.id) \"\(entity.name)\" ×\(entity.mentionCount)"
            out += aliases.isEmpty ? "\n" : " | " + aliases.joined(separator: " | ") + "\n"
        }
        out += "\nrelations: \(graph.relations.count)\n"
        for relation in graph.sortedRelations {
            var mark = " "
            if let score {
                let key = GoldScore.relationKey(
                    score.goldIDs[relation.source] ?? "?" + relation.source, relation.predicate.name,
                    score.goldIDs[relation.target] ?? "?" + relation.target)
                mark = score.spuriousRelations.contains(key) ? "✗" : "✓"
            }
            out += "\(mark) \(relation.source) \(relation.predicate.name) \(relation.target)\n"
            for evidence in relation.evidence {
                let sentence = evidence.sentence.replacingOccurrences(of: "\n", with: " ")
                let head = sentence.count > 90 ? String(sentence.prefix(90)) + "…" : sentence
                out += "    [\(evidence.rule ?? "")] \(String(format: "%.2f", evidence.confidence))"
                out += evidence.role.map { " role=\($0)" } ?? ""
                out += " @\(evidence.start): \(head)\n"
            }
        }
        if let score, !score.missedRelations.isEmpty {
            out += "\nmissed gold relations: \(score.missedRelations.count)\n"
            for missed in score.missedRelations { out += "  \(missed)\n" }
        }
        return out
    }

    @Test("every text's extraction equals its committed golden file")
    func golden() throws {
        let extractor = Extractor()
        let texts = try Self.texts()
        #expect(texts.count >= 80)
        var drifted: [String] = []
        var expectedFiles: Set<String> = []
        for text in texts {
            let url = Self.root.appendingPathComponent(text.set).appendingPathComponent(text.stem + ".txt")
            expectedFiles.insert(url.standardizedFileURL.path)
            let now = Self.render(text, extractor: extractor)
            let committed = try? String(contentsOf: url, encoding: .utf8)
            guard committed != now else { continue }
            drifted.append("\(text.set)/\(text.stem)")
            if Self.record {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try now.write(to: url, atomically: true, encoding: .utf8)
            }
        }
        // A golden file whose text is gone is stale.
        var stale: [String] = []
        for set in ["founding", "corpus", "dev", "dev2"] {
            let directory = Self.root.appendingPathComponent(set)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] where name.hasSuffix(".txt") {
                let url = directory.appendingPathComponent(name)
                guard !expectedFiles.contains(url.standardizedFileURL.path) else { continue }
                stale.append("\(set)/\(name)")
                if Self.record { try FileManager.default.removeItem(at: url) }
            }
        }
        if Self.record {
            #expect(
                drifted.isEmpty && stale.isEmpty,
                "re-recorded \(drifted.count) golden files, removed \(stale.count): run again without NEWSGRAPH_RECORD")
        } else {
            #expect(
                drifted.isEmpty,
                "\(drifted.count) texts' extraction changed: \(drifted.prefix(12).joined(separator: ", ")); review, then NEWSGRAPH_RECORD=1 swift test --filter Golden"
            )
            #expect(stale.isEmpty, "golden files without a text: \(stale)")
        }
    }
}
