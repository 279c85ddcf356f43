import Foundation
import NewsGraph
import NewsGraphExtraction
import _NewsGraphTestSupport

/// Loads annotated corpora (text + gold) and scores the extractor on them.
enum CorpusSupport {
    /// The public-domain dev texts with their gold (`Fixtures/dev`, from the team's corpus).
    static var devDirectory: URL { TestSupport.corpora.appendingPathComponent("dev") }
    /// The second batch of public-domain dev texts (`Fixtures/dev2`).
    static var dev2Directory: URL { TestSupport.corpora.appendingPathComponent("dev2") }

    /// The package's own annotated texts, copied into the test bundle.
    static var ownDirectory: URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("corpus")
    }

    struct Item {
        var stem: String
        var text: String
        var gold: GoldStandard
    }

    static func load(_ directory: URL) throws -> [Item] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        return try names.map { name in
            let stem = String(name.dropLast(".gold.json".count))
            let text = try String(contentsOf: directory.appendingPathComponent(stem + ".txt"), encoding: .utf8)
            let gold = try GoldStandard(contentsOf: directory.appendingPathComponent(name).path)
            return Item(stem: stem, text: text, gold: gold)
        }
    }

    /// A corpus's micro-averaged counts.
    struct Score {
        /// Entities matched by name.
        var entities = PRF()
        /// Entities matched by name and kind (the gold `type`).
        var typedEntities = PRF()
        /// Relations (both ends and the predicate).
        var relations = PRF()
    }

    /// Scores every item; prints a summary line (and per-file details when
    /// `NEWSGRAPH_SCORE_DETAIL` is set).
    static func score(_ items: [Item], label: String, extractor: Extractor = Extractor()) -> Score {
        var entities = PRF()
        var typed = PRF()
        var relations = PRF()
        let detail = ProcessInfo.processInfo.environment["NEWSGRAPH_SCORE_DETAIL"] != nil
        for item in items {
            let graph = extractor.extract(Document(id: item.stem, text: item.text))
            let score = GoldScore(graph: graph, gold: item.gold)
            entities = entities + score.entities
            typed = typed + score.typedEntities
            relations = relations + score.relations
            if detail {
                print("== \(label)/\(item.stem)\n  entities  \(score.entities)\n  relations \(score.relations)")
                print("  missed entities: \(score.missedEntities)\n  spurious entities: \(score.spuriousEntities)")
                print("  mistyped entities: \(score.mistypedEntities)")
                print("  missed relations: \(score.missedRelations)\n  spurious relations: \(score.spuriousRelations)")
            }
        }
        print("[\(label)] \(items.count) texts — entities \(entities) — typed entities \(typed) — relations \(relations)")
        return Score(entities: entities, typedEntities: typed, relations: relations)
    }
}
