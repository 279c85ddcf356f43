import Foundation
import NewsGraph
import Testing

@Suite("Reading input files")
struct InputFileTests {
    func withFile(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-input-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url.path)
    }

    @Test("text is read as UTF-8 and a byte-order mark is dropped")
    func text() throws {
        try withFile([0xEF, 0xBB, 0xBF] + Array("Ana Lima visited Oslo. ناصر 🦊\n".utf8)) { (path: String) throws in
            #expect(try InputFile.readText(path) == "Ana Lima visited Oslo. ناصر 🦊\n")
        }
    }

    @Test(
        "bad text is refused with line and column",
        arguments: [
            (Array("line one\nline two \u{FF}".utf8).map { $0 == 0xC3 ? 0xFF : $0 }, 2, 10, "invalid UTF-8 (byte 0xFF at offset 18)"),
            (Array("ok\nok\n\u{00}binary".utf8), 3, 1, "binary data (a NUL byte at offset 6), not text"),
            ([0x41, 0xE2, 0x82], 1, 2, "invalid UTF-8 (byte 0xE2 at offset 1)"),
            ([0x41, 0xED, 0xA0, 0x80], 1, 2, "invalid UTF-8 (byte 0xED at offset 1)"),  // a UTF-16 surrogate
            ([0xC0, 0xAF], 1, 1, "invalid UTF-8 (byte 0xC0 at offset 0)"),  // overlong
            (Array(" \n\t \n".utf8), nil, nil, "no text (only white space)"),
            ([], nil, nil, "empty input"),
        ] as [([UInt8], Int?, Int?, String)])
    func refused(bytes: [UInt8], line: Int?, column: Int?, message: String) throws {
        try withFile(bytes) { (path: String) throws in
            let error = #expect(throws: NewsGraphError.self) { try InputFile.readText(path) }
            #expect(error?.code == .invalidInput)
            #expect(error?.message == message)
            #expect(error?.line == line)
            #expect(error?.column == column)
            #expect(error?.path == path)
        }
    }

    @Test("a file over the size limit is refused before it is read whole")
    func sizeLimit() throws {
        try withFile(Array(repeating: UInt8(ascii: "a"), count: 5000)) { (path: String) throws in
            let error = #expect(throws: NewsGraphError.self) { try InputFile.readBytes(path, sizeLimit: 4096) }
            #expect(error?.message == "larger than the limit of 4096 bytes")
        }
    }

    @Test("a huge single line is read in linear time")
    func hugeLine() throws {
        try withFile(Array(repeating: UInt8(ascii: "x"), count: 8 << 20)) { (path: String) throws in
            #expect(try InputFile.readText(path).utf8.count == 8 << 20)
        }
    }
}
