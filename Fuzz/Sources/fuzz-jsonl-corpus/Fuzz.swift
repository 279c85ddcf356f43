import FuzzSupport
import NewsGraphCorpus

/// A JSON Lines corpus file (one document a line) through the corpus reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Fuzz.withFile(Fuzz.bytes(data, size), extension: "jsonl") { path in
        guard let reader = try? CorpusReader(inputs: [path]) else { return }
        while let item = try? reader.next() { _ = item }
    }
    return 0
}
