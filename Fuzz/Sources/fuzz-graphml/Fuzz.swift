import FuzzSupport
import NewsGraph
import NewsGraphExport
import NewsGraphXML

/// GraphML (NewsGraph's, Gephi's, NetworkX's, yEd's) through the reader, then every writer.
/// The reader runs twice, with libxml2's SAX2 parser and with the default engine (the fast
/// tokenizer, libxml2 for what it leaves): both must accept or both refuse, and build the
/// same graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Fuzz.bytes(data, size)
    let reference = Result { try GraphMLReader.read(bytes: bytes, name: "fuzz.graphml", engine: .libxml2) }
    let fast = Result { try GraphMLReader.read(bytes: bytes, name: "fuzz.graphml", engine: .automatic) }
    switch (reference, fast) {
    case (.success(let graph), .success(let other)):
        precondition(graph == other, "the fast XML parser built another graph than libxml2's")
        Fuzz.writeAll(graph)
    case (.failure, .failure): break
    case (.success, .failure(let error)): preconditionFailure("the fast XML parser refused what libxml2 reads: \(error)")
    case (.failure(let error), .success): preconditionFailure("the fast XML parser read what libxml2 refuses: \(error)")
    }
    return 0
}
