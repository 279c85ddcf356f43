// Calls `Extractor.extract` on every document of a JSON Lines corpus ({"id", "text"} per
// line), on the calling thread, without the CLI: what callgrind can count (valgrind cannot
// run the CLI on this machine: it crashes in libdispatch under the async `main`).
//
// Usage: extraction-profile CORPUS.jsonl [--limit N] [--json OUT]
//   Prints the documents, the words (whitespace-separated, as the extraction benchmark
//   counts them) and a digest of the graphs (entities, relations, evidence), so that two
//   builds can be compared on the same corpus. With --limit 0 it only builds the extractor
//   (the start-up to subtract from a callgrind count). With --json, the documents' graphs
//   merged are written to OUT as JSON (the CLI's form), for comparing two builds byte for byte.
import Foundation
import NewsGraph
import NewsGraphExtraction

var arguments = Array(CommandLine.arguments.dropFirst())
var limit = Int.max
var jsonPath: String?
if let index = arguments.firstIndex(of: "--json"), index + 1 < arguments.count {
    jsonPath = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
if let index = arguments.firstIndex(of: "--limit"), index + 1 < arguments.count {
    limit = Int(arguments[index + 1]) ?? Int.max
    arguments.removeSubrange(index...(index + 1))
}
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: extraction-profile CORPUS.jsonl [--limit N]\n".utf8))
    exit(2)
}
let data = try Data(contentsOf: URL(fileURLWithPath: path))
var documents: [Document] = []
for line in data.split(separator: UInt8(ascii: "\n")) where documents.count < limit {
    guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
        let id = object["id"] as? String, let text = object["text"] as? String
    else { continue }
    documents.append(Document(id: id, text: text))
}
let extractor = Extractor()
var words = 0
var entities = 0
var relations = 0
var evidence = 0
var mentions = 0
var merged = KnowledgeGraph()
for document in documents {
    // Counted in a loop: `split` builds an array of every word (245 MB on a 16.7 MB
    // document), which outgrew the extraction's own peak under heaptrack.
    var inWord = false
    for character in document.text {
        if character.isWhitespace {
            inWord = false
        } else if !inWord {
            inWord = true
            words += 1
        }
    }
    let graph = extractor.extract(document)
    if jsonPath != nil { merged.merge(graph) }
    entities += graph.entities.count
    for entity in graph.entities.values { mentions += entity.mentions.count }
    relations += graph.relations.count
    for relation in graph.relations { evidence += relation.evidence.count }
}
print("documents \(documents.count) words \(words) entities \(entities) mentions \(mentions) relations \(relations) evidence \(evidence)")
if let jsonPath {
    let sink = MemorySink()
    try JSONGraphFormat.write(merged, to: sink)
    try Data(sink.bytes).write(to: URL(fileURLWithPath: jsonPath))
}
