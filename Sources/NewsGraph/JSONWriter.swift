/// A small streaming JSON emitter that appends UTF-8 bytes to a buffer and flushes
/// them to a ``ByteSink`` in large chunks.
///
/// It knows nothing about graphs: callers say where objects, arrays, keys and values
/// go; it handles commas, escaping and number formatting. Strings are escaped per
/// RFC 8259 (`"` `\` and C0 controls); everything else is written as UTF-8.
public struct JSONWriter {
    private var buffer: [UInt8] = []
    private let sink: ByteSink
    /// Whether the next value in the current container needs a comma first.
    private var needsComma: [Bool] = [false]
    /// A line break requested by ``newline(indent:)``, written before the next token.
    private var pendingIndent: Int?

    /// Creates a writer over a sink.
    public init(sink: ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(1 << 16)
    }

    /// Writes out buffered bytes when the buffer is large; call ``finish()`` at the end.
    private mutating func maybeFlush() throws {
        if buffer.count >= 1 << 16 { try finish() }
    }

    /// Writes out everything buffered.
    public mutating func finish() throws {
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends raw bytes (already valid JSON or whitespace).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { buffer.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        writePendingNewline()
    }

    private mutating func writePendingNewline() {
        guard let indent = pendingIndent else { return }
        pendingIndent = nil
        buffer.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { buffer.append(UInt8(ascii: " ")) }
    }

    /// Starts an object as the next value.
    public mutating func beginObject() {
        separate()
        buffer.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    /// Ends the current object.
    public mutating func endObject() throws {
        writePendingNewline()
        needsComma.removeLast()
        buffer.append(UInt8(ascii: "}"))
        try maybeFlush()
    }

    /// Starts an array as the next value.
    public mutating func beginArray() {
        separate()
        buffer.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    /// Ends the current array.
    public mutating func endArray() throws {
        writePendingNewline()
        needsComma.removeLast()
        buffer.append(UInt8(ascii: "]"))
        try maybeFlush()
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ name: StaticString) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { buffer.append(contentsOf: $0) }
        buffer.append(UInt8(ascii: "\""))
        buffer.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    /// Writes an object key given at run time.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        buffer.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    /// Writes `"name": value` when there is a value, nothing otherwise.
    public mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        self.value(value)
    }

    /// Writes `"name": value` when there is a value, nothing otherwise.
    public mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        self.value(value)
    }

    /// Writes a string value.
    public mutating func value(_ string: String) {
        separate()
        appendString(string)
    }

    /// Writes an integer value.
    public mutating func value(_ number: Int) {
        separate()
        buffer.append(contentsOf: String(number).utf8)
    }

    /// Writes a finite double in the shortest form that reads back exactly; not-a-number
    /// and infinities, which JSON cannot hold, become `null`.
    public mutating func value(_ number: Double) {
        separate()
        if number.isFinite {
            buffer.append(contentsOf: number.description.utf8)
        } else {
            raw("null")
        }
    }

    /// Writes a boolean value.
    public mutating func value(_ flag: Bool) {
        separate()
        if flag { raw("true") } else { raw("false") }
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        raw("null")
    }

    /// Starts a new line indented by `indent` spaces before the next value or closing
    /// bracket (after any comma), for readable files. At the end of the output it
    /// writes a final newline.
    public mutating func newline(indent: Int = 0) {
        if needsComma.count == 1 && needsComma[0] {
            buffer.append(UInt8(ascii: "\n"))
        } else {
            pendingIndent = indent
        }
    }

    private mutating func appendString(_ string: String) {
        buffer.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Copy runs that need no escape in one go; escape the rest byte by byte.
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes at a time up to the first that needs an escape, found as the reader finds the end
                // of a string's fast path (the evidence sentences are most of a graph's bytes; a byte at a time was
                // ~10 % of merging and writing a corpus's graph).
                if index + 8 <= count, let base = bytes.baseAddress {
                    let at = JSONScanner.firstSpecial(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    index += at
                    if at == 8 { continue }
                }
                let byte = bytes[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                let escaped = index - 1
                if runStart < escaped { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<escaped])) }
                runStart = index
                switch byte {
                case UInt8(ascii: "\""): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\n"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case UInt8(ascii: "\t"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                default:
                    let hex: StaticString = "0123456789abcdef"
                    hex.withUTF8Buffer { digits in
                        buffer.append(contentsOf: [
                            UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                            digits[Int(byte >> 4)], digits[Int(byte & 0xF)],
                        ])
                    }
                }
            }
            if runStart < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
