import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends bytes to a buffer and hands them to a ``ByteSink`` in 64 KiB chunks.
///
/// Literals are `StaticString`s copied with `memcpy`; run-time text goes through one
/// escaping routine chosen by the caller. Nothing is formatted by string interpolation.
/// The buffer is raw memory owned by the writer (hence `~Copyable`): appending is a
/// capacity check and a copy, without the uniqueness and bounds checks of an array.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes buffered and not yet handed to the sink.
    private(set) var count = 0
    private let sink: ByteSink?
    static let chunk = 1 << 16

    /// Creates a writer; without a sink it only collects (a value put together from parts),
    /// starting small and growing as needed.
    init(sink: ByteSink?) {
        self.sink = sink
        capacity = sink == nil ? 256 : Self.chunk + 4096
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Room for `size` more bytes at the end of the buffer (growing it if needed): write
    /// at most `size` bytes there, then ``commit(_:)`` how many were written.
    @inline(__always)
    mutating func reserve(_ size: Int) -> UnsafeMutablePointer<UInt8> {
        if count + size > capacity { grow(size) }
        return base + count
    }

    /// Counts `size` bytes written at ``reserve(_:)``'s pointer as part of the buffer.
    @inline(__always)
    mutating func commit(_ size: Int) { count += size }

    @inline(never)
    private mutating func grow(_ size: Int) {
        let larger = max(capacity * 2, count + size)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Appends a literal.
    @inline(__always)
    mutating func raw(_ text: StaticString) {
        let size = text.utf8CodeUnitCount
        Self.copy(reserve(size), text.utf8Start, size)
        count += size
    }

    /// Copies `size` bytes: up to 16 by two overlapping loads and stores, without a call to
    /// `memcpy` (most of what a writer copies is a tag or a short value).
    @inline(__always)
    static func copy(_ target: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, _ size: Int) {
        let to = UnsafeMutableRawPointer(target), from = UnsafeRawPointer(source)
        if size >= 8 && size <= 16 {
            let first = from.loadUnaligned(as: UInt64.self)
            let last = from.loadUnaligned(fromByteOffset: size - 8, as: UInt64.self)
            to.storeBytes(of: first, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: size - 8, as: UInt64.self)
        } else if size >= 4 && size < 8 {
            let first = from.loadUnaligned(as: UInt32.self)
            let last = from.loadUnaligned(fromByteOffset: size - 4, as: UInt32.self)
            to.storeBytes(of: first, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: size - 4, as: UInt32.self)
        } else if size < 4 {
            for offset in 0..<size { target[offset] = source[offset] }
        } else {
            memcpy(target, source, size)
        }
    }

    /// Appends a byte.
    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1).pointee = value
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        Self.copy(reserve(bytes.count), source, bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of a run-time string without escaping (known-safe text only).
    mutating func plain(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The two-digit pairs `00`…`99`, for writing integers two digits at a time.
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// Appends an integer in decimal.
    mutating func integer(_ value: Int) {
        var magnitude = value.magnitude
        let target = reserve(21)
        if value < 0 {
            target.pointee = UInt8(ascii: "-")
            count += 1
        }
        // Digits are written backwards into a scratch area, then moved into place.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let length = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            let end = scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + 24
            var cursor = end
            let pairs = Self.digitPairs.utf8Start
            while magnitude >= 100 {
                let pair = Int(magnitude % 100) * 2
                magnitude /= 100
                cursor -= 2
                cursor[0] = pairs[pair]
                cursor[1] = pairs[pair + 1]
            }
            if magnitude >= 10 {
                let pair = Int(magnitude) * 2
                cursor -= 2
                cursor[0] = pairs[pair]
                cursor[1] = pairs[pair + 1]
            } else {
                cursor -= 1
                cursor[0] = UInt8(ascii: "0") + UInt8(magnitude)
            }
            let length = end - cursor
            Self.copy(target + (value < 0 ? 1 : 0), cursor, length)
            return length
        }
        count += length
    }

    /// Hands the buffer to the sink when it is over the chunk size.
    @inline(__always)
    mutating func flushIfFull() throws {
        if count >= Self.chunk { try flush() }
    }

    /// Hands everything buffered to the sink; without a sink, keeps collecting.
    mutating func flush() throws {
        guard count > 0, let sink else { return }
        try sink.write(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// Hands everything buffered to `other`'s sink (with nothing of `other`'s own buffered,
    /// the bytes follow what `other` wrote) and empties the buffer.
    mutating func flush(to other: borrowing ByteWriter) throws {
        guard count > 0 else { return }
        try other.sink?.write(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// Forgets what is buffered, without handing it to the sink.
    mutating func reset() { count = 0 }

    /// Calls `body` with the bytes buffered.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Appends `text` with every UTF-8 byte for which `keep` is false written as `%XX`.
    mutating func percentEncoded(_ text: String, keeping keep: (UInt8) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            let hex = Self.hexDigits.utf8Start
            var target = reserve(bytes.count * 3)
            let start = target
            for byte in bytes {
                if keep(byte) {
                    target.pointee = byte
                    target += 1
                } else {
                    target[0] = UInt8(ascii: "%")
                    target[1] = hex[Int(byte >> 4)]
                    target[2] = hex[Int(byte & 0xF)]
                    target += 3
                }
            }
            commit(target - start)
        }
    }

    private static var hexDigits: StaticString { "0123456789ABCDEF" }

    /// Appends a count as a double is written (`3.0`), as `Double(value).description` does.
    mutating func countAsDouble(_ value: Int) {
        // Every integer up to 2^52 is written as its digits and `.0`.
        if value >= 0 && value <= 1 << 52 {
            integer(value)
            raw(".0")
        } else {
            plain(Double(value).description)
        }
    }
}
