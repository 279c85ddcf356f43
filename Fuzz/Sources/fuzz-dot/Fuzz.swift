import FuzzSupport
import NewsGraphValidation

let validator = try! Validator(options: ValidationOptions(format: .dot))

/// The DOT lexer and parser (validate with the format fixed to DOT).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Fuzz.withFile(Fuzz.bytes(data, size), extension: "dot") { validator.validate(path: $0) }
    return 0
}
