import FuzzSupport
import NewsGraph
import NewsGraphExtraction

/// The lexicon file parser; a lexicon that parses is compiled and used on a sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    if let lexicon = try? Lexicon(parsing: text, path: "fuzz.lexicon") {
        _ = Extractor(lexicon: lexicon).extract(
            Document(id: "fuzz", text: text.count < 512 ? text : "Kalo Miten met the Minister of Defence in Oslo."))
    }
    return 0
}
