import FuzzSupport
import NewsGraphXML

/// HTML pages reduced to their article text by libxml2's HTML parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? HTMLText.extract(Fuzz.bytes(data, size), name: "fuzz.html")
    return 0
}
