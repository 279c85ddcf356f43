import Foundation
import FuzzSupport
import NewsGraph

/// A JSON graph and JSON Lines fragments through the readers, then every writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Data(Fuzz.bytes(data, size))
    if let graph = try? JSONGraphFormat.read(bytes, path: "fuzz.json") { Fuzz.writeAll(graph) }
    if let graph = try? JSONGraphFormat.readFragments(bytes, path: "fuzz.jsonl") { Fuzz.writeAll(graph) }
    return 0
}
