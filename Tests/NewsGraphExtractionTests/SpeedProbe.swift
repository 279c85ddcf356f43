import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing

/// Rough throughput probe over the annotated texts repeated to `NEWSGRAPH_BENCH` megabytes.
/// Does nothing when the variable is unset (the real benchmark lives in `Benchmarks/`).
@Test("throughput probe (NEWSGRAPH_BENCH=megabytes)", .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH"] != nil))
func speedProbe() throws {
    guard let value = ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH"], let megabytes = Double(value) else { return }
    var texts = try CorpusSupport.load(CorpusSupport.devDirectory).map(\.text)
    if let own = CorpusSupport.ownDirectory { texts += try CorpusSupport.load(own).map(\.text) }
    var documents: [Document] = []
    var bytes = 0
    var words = 0
    while Double(bytes) < megabytes * 1_000_000 {
        for text in texts {
            documents.append(Document(id: "d\(documents.count)", text: text))
            bytes += text.utf8.count
            words += text.split(whereSeparator: \.isWhitespace).count
        }
    }
    let extractor = Extractor()
    let clock = ContinuousClock()
    var relations = 0
    let elapsed = clock.measure {
        for document in documents { relations += extractor.extract(document).relations.count }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
        "[speed] \(documents.count) docs, \(bytes) bytes, \(words) words in \(seconds) s: \(Double(bytes) / seconds / 1e6) MB/s, \(Double(words) / seconds) words/s, \(relations) relations"
    )
}

/// One long document (`NEWSGRAPH_BIGDOC` = number of copies of the corpus in one text), to
/// check that time grows linearly with document length.
@Test("long-document probe (NEWSGRAPH_BIGDOC=copies)", .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_BIGDOC"] != nil))
func longDocumentProbe() throws {
    guard let value = ProcessInfo.processInfo.environment["NEWSGRAPH_BIGDOC"], let copies = Int(value) else { return }
    let texts = try CorpusSupport.load(CorpusSupport.devDirectory).map(\.text)
    let text = Array(repeating: texts.joined(separator: "\n\n"), count: copies).joined(separator: "\n\n")
    let clock = ContinuousClock()
    var relations = 0
    let elapsed = clock.measure { relations = Extractor().extract(Document(id: "big", text: text)).relations.count }
    print("[bigdoc] \(text.utf8.count) bytes in one document: \(elapsed), \(relations) relations")
}
