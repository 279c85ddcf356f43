import NewsGraph
import Testing

/// ``JSONWriter`` reads a string eight bytes at a time while none needs an escape: every byte that
/// does (`"`, `\`, a C0 control) must still be escaped wherever it falls in or across those words.
@Suite("JSON writer escapes")
struct JSONWriterEscapeTests {
    /// The escape of RFC 8259, a byte at a time (what the writer did before reading words).
    static func reference(_ string: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20: out += Array("\\u00".utf8) + Array(String(byte, radix: 16).leftPadded(to: 2).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    static func written(_ string: String) throws -> [UInt8] {
        let sink = MemorySink()
        var writer = JSONWriter(sink: sink)
        writer.value(string)
        try writer.finish()
        return sink.bytes
    }

    @Test("every escaped byte at every place of a long string, beside plain and multi-byte text")
    func escapesAtEveryPlace() throws {
        let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{00}"]
        // Bytes just above and below the escaped ones, and multi-byte characters, which must not be escaped.
        let fillers: [String] = ["a", " ", "!", "#", "[", "]", "é", "—", "😀", "\u{7F}", "0"]
        for special in specials {
            for filler in fillers {
                for length in [0, 1, 7, 8, 9, 15, 16, 17, 31] {
                    for place in 0...length {
                        let plain = String(repeating: filler, count: length)
                        let index = plain.index(plain.startIndex, offsetBy: place)
                        let text = String(plain[..<index]) + special + String(plain[index...])
                        #expect(try Self.written(text) == Self.reference(text), "\(Array(text.utf8))")
                    }
                }
            }
        }
    }

    @Test("strings with nothing to escape, of every length around a word, are copied as they are")
    func plainStrings() throws {
        for filler in ["x", "é", "😀", "~"] {
            for length in 0...33 {
                let text = String(repeating: filler, count: length)
                #expect(try Self.written(text) == [UInt8(ascii: "\"")] + Array(text.utf8) + [UInt8(ascii: "\"")])
            }
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
