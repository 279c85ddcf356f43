import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing

/// Prints the graph of the file named by `NEWSGRAPH_DUMP` (a path), for tuning rules.
/// Does nothing when the variable is unset.
@Test("dump a document's graph (NEWSGRAPH_DUMP=path)", .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_DUMP"] != nil))
func dumpDocument() throws {
    guard let path = ProcessInfo.processInfo.environment["NEWSGRAPH_DUMP"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let extractor = Extractor()
    let graph = extractor.extract(Document(id: "dump", text: text))
    for entity in graph.sortedEntities {
        print("E \(entity.id) [\(entity.kind.rawValue)] \(entity.name) | \(entity.sortedAliases.joined(separator: " | "))")
    }
    for explanation in extractor.explain(Document(id: "dump", text: text)) {
        print(
            "R \(explanation.source) \(explanation.predicate) \(explanation.target)  (\(explanation.rule), \(explanation.confidence))  \(explanation.sentence.prefix(90))"
        )
    }
}

/// Scores the annotated texts in the folder named by `NEWSGRAPH_SCORE_DIR` (texts with
/// `.gold.json` files, as in `Fixtures/dev`), for a first score of new texts before any rule
/// is tuned on them. Does nothing when the variable is unset.
@Test(
    "score a folder of annotated texts (NEWSGRAPH_SCORE_DIR=path)",
    .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_SCORE_DIR"] != nil))
func scoreFolder() throws {
    guard let path = ProcessInfo.processInfo.environment["NEWSGRAPH_SCORE_DIR"] else { return }
    let items = try CorpusSupport.load(URL(fileURLWithPath: path))
    _ = CorpusSupport.score(items, label: URL(fileURLWithPath: path).lastPathComponent)
}
