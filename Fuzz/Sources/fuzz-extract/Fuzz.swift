import FuzzSupport
import NewsGraph
import NewsGraphExtraction

let extractor = Extractor(options: .init(cooccurrence: true))

/// Text extraction with the built-in lexicon (and co-occurrence), then every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    let graph = extractor.extract(Document(id: "fuzz", text: text))
    precondition(graph.danglingRelations.isEmpty, "a relation to an entity the graph lacks")
    Fuzz.writeAll(graph)
    return 0
}
