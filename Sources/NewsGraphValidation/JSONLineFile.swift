import NewsGraph

#if canImport(Glibc)
    import Glibc
#endif

/// JSON Lines read from a file in chunks: the test ``JSONGraphFormat/isJSONLines(_:)`` makes
/// on whole bytes, made on the file without holding more than a chunk, and the file's lines
/// one at a time.
enum JSONLineFile {
    static let chunkSize = 1 << 18

    /// Calls `body` with each chunk of the file until it returns `false` or the file ends.
    private static func forEachChunk(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        defer { close(fd) }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(.io, "cannot read: \(systemErrorMessage(errno))", path: path)
            }
            if count == 0 { return }
            guard try body(UnsafeBufferPointer(start: buffer, count: count)) else { return }
        }
    }

    /// Whether the file is JSON Lines as ``JSONGraphFormat/isJSONLines(_:)`` says of its
    /// bytes: its first non-blank line (as ``JSONGraphFormat/fragmentLine(_:)`` trims it)
    /// is `{…}` and another non-blank line follows. Reads up to the second non-blank line.
    static func isJSONLines(_ path: String) throws -> Bool {
        let leading: Set<UInt8> = [0x20, 0x09, 0x0D, 0xEF, 0xBB, 0xBF]
        let trailing: Set<UInt8> = [0x20, 0x09, 0x0D]
        // The current line's first byte after the leading blanks, and its last non-blank byte.
        var first: UInt8?
        var last: UInt8 = 0
        var firstLine: (first: UInt8, last: UInt8)?
        var answer: Bool?
        func endLine() {
            guard let lineFirst = first else { return }
            if let firstLine {
                answer = firstLine.first == UInt8(ascii: "{") && firstLine.last == UInt8(ascii: "}")
            } else {
                firstLine = (lineFirst, last)
            }
            first = nil
        }
        try forEachChunk(path) { chunk in
            for byte in chunk {
                if byte == 0x0A {
                    endLine()
                    if answer != nil { return false }
                } else if first == nil {
                    if !leading.contains(byte) {
                        first = byte
                        last = byte
                    }
                } else if !trailing.contains(byte) {
                    last = byte
                }
            }
            return true
        }
        if answer == nil { endLine() }
        return answer ?? false
    }

    /// Calls `body` with each line of the file (without its line feed; the last line too
    /// when it is empty, as splitting the whole bytes at line feeds gives) until it returns `false`.
    static func forEachLine(_ path: String, _ body: ([UInt8]) throws -> Bool) throws {
        var line: [UInt8] = []
        var stopped = false
        try forEachChunk(path) { chunk in
            var start = 0
            while let end = chunk[start...].firstIndex(of: 0x0A) {
                line.append(contentsOf: chunk[start..<end])
                start = end + 1
                guard try body(line) else {
                    stopped = true
                    return false
                }
                line.removeAll(keepingCapacity: true)
            }
            line.append(contentsOf: chunk[start...])
            return true
        }
        if !stopped { _ = try body(line) }
    }
}
