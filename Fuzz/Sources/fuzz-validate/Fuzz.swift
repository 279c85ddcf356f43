import FuzzSupport
import NewsGraphValidation

let validator = try! Validator()

/// `newsgraph validate` on arbitrary bytes: format detection, then GraphML, GEXF, RDF/XML,
/// DOT or JSON validation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Fuzz.withFile(Fuzz.bytes(data, size), extension: "bin") { validator.validate(path: $0) }
    return 0
}
