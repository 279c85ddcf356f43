import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing

/// Prints entity and typed-entity scores per tuning set, with the nodes of a wrong kind,
/// the spurious and the missed ones (`NEWSGRAPH_ENTITY_PROBE=1`), for tuning the entity
/// side. Never reads the held-out set.
@Test("entity probe (NEWSGRAPH_ENTITY_PROBE=1)", .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_ENTITY_PROBE"] != nil))
func entityProbe() throws {
    let detail = ProcessInfo.processInfo.environment["NEWSGRAPH_ENTITY_PROBE"] == "2"
    var sets: [(String, URL)] = [("dev", CorpusSupport.devDirectory), ("dev2", CorpusSupport.dev2Directory)]
    if let own = CorpusSupport.ownDirectory { sets.append(("own", own)) }
    for (label, directory) in sets {
        let items = try CorpusSupport.load(directory)
        var plain = PRF()
        var typed = PRF()
        for item in items {
            let graph = Extractor().extract(Document(id: item.stem, text: item.text))
            let score = GoldScore(graph: graph, gold: item.gold)
            plain = plain + score.entities
            // Typed: a found node of the wrong kind is both a false positive and a false negative.
            var wrong: [String] = []
            for node in graph.sortedEntities {
                let forms = Set(([node.name] + node.sortedAliases).map(GoldScore.normalize))
                if let gold = item.gold.entities.first(where: { GoldScore.normalize($0.name) == GoldScore.normalize(node.name) })
                    ?? item.gold.entities.first(where: { !Set(([$0.name] + $0.aliases).map(GoldScore.normalize)).isDisjoint(with: forms) }),
                    gold.type != node.kind.rawValue
                {
                    wrong.append("\(node.name) [\(node.kind.rawValue) ≠ \(gold.type)]")
                }
            }
            let w = min(wrong.count, score.entities.truePositives)
            typed =
                typed
                + PRF(
                    truePositives: score.entities.truePositives - w, falsePositives: score.entities.falsePositives + w,
                    falseNegatives: score.entities.falseNegatives + w)
            if detail {
                print("== \(label)/\(item.stem)")
                if !wrong.isEmpty { print("  wrong kind: \(wrong)") }
                if !score.spuriousEntities.isEmpty { print("  spurious: \(score.spuriousEntities)") }
                if !score.missedEntities.isEmpty { print("  missed: \(score.missedEntities)") }
            }
        }
        print("[probe \(label)] entities \(plain) — typed \(typed)")
    }
}
