#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a writer's bytes go: a file, standard output, or memory.
///
/// Writers stream into a sink; they never build the whole output in memory.
public protocol ByteSink: AnyObject {
    /// Writes bytes, in order.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Writes an array of bytes.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in try write(raw) }
    }

    /// Writes a string as UTF-8.
    public func write(_ string: String) throws {
        var string = string
        try string.withUTF8 { buffer in try write(UnsafeRawBufferPointer(buffer)) }
    }
}

/// A sink that collects bytes in memory (tests, small outputs).
public final class MemorySink: ByteSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty sink.
    public init() {}

    /// Appends the bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes as a UTF-8 string (invalid sequences repaired).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A buffered sink over an open file descriptor. It does not close the descriptor.
public final class FileDescriptorSink: ByteSink {
    private let fd: Int32
    /// The name used in errors.
    let path: String
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Creates a sink over `fd`; `path` names it in errors (`-` for standard output).
    public init(fd: Int32, path: String, bufferSize: Int = 1 << 16) {
        self.fd = fd
        self.path = path
        self.capacity = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    /// Buffers the bytes, writing the buffer out when it fills.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes out whatever is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        // Written in place (a copy would make removeAll allocate a new buffer every time).
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { raw in try writeAll(raw) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Glibc.write(fd, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(.io, "cannot write: \(systemErrorMessage(errno))", path: path)
            }
            remaining -= written
            base += written
        }
    }
}

/// The text of a C `errno` value ("No such file or directory").
public func systemErrorMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    let length = strlen(text)
    return text.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
}
