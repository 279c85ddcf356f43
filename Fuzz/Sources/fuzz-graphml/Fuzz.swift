import FuzzSupport
import NewsGraph
import NewsGraphExport

/// GraphML (NewsGraph's, Gephi's, NetworkX's, yEd's) through the reader, then every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Fuzz.bytes(data, size)
    if let graph = try? GraphMLReader.read(bytes: bytes, name: "fuzz.graphml") { Fuzz.writeAll(graph) }
    return 0
}
