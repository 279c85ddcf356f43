import NewsGraph

/// Appends bytes to a buffer and hands them to a ``ByteSink`` in 64 KiB chunks.
///
/// Literals are `StaticString`s copied byte for byte; run-time text goes through one
/// escaping routine chosen by the caller. Nothing is formatted by string interpolation.
struct ByteWriter {
    private(set) var buffer: [UInt8] = []
    private let sink: ByteSink
    private static let chunk = 1 << 16

    init(sink: ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    /// Appends a literal.
    @inline(__always)
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Appends a byte.
    @inline(__always)
    mutating func byte(_ value: UInt8) { buffer.append(value) }

    /// Appends a non-negative or negative integer in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 {
            buffer.append(UInt8(ascii: "-"))
            integer(0 &- value)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[19 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            buffer.append(contentsOf: raw[(20 - count)...])
        }
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Appends the UTF-8 of a run-time string without escaping (known-safe text only).
    mutating func plain(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Hands the buffer to the sink when it is over the chunk size.
    @inline(__always)
    mutating func flushIfFull() throws {
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Hands everything buffered to the sink.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
