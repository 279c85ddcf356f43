import FuzzSupport
import NewsGraph
import NewsGraphExport

/// GEXF (Gephi's, NetworkX's, NewsGraph's) through the graph reader, then every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Fuzz.bytes(data, size)
    if let graph = try? GraphMLReader.read(bytes: bytes, name: "fuzz.gexf") { Fuzz.writeAll(graph) }
    return 0
}
