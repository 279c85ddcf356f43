import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line in bounded memory. A line longer than the limit
/// is reported as too long and skipped without being held whole.
struct LineReader {
    enum Line {
        case line([UInt8])
        case tooLong(Int)
    }

    private let fd: Int32
    private let path: String
    private let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line break resumes (bytes before it have none).
    private var scanned = 0
    private var atEnd = false
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// Bytes consumed so far, line breaks included.
    private(set) var consumed = 0

    init(fd: Int32, path: String, limit: Int) {
        self.fd = fd
        self.path = path
        self.limit = limit
    }

    /// Reads lines from `fd`, starting with `initial`, bytes already read from it.
    init(fd: Int32, path: String, limit: Int, initial: [UInt8]) {
        self.init(fd: fd, path: path, limit: limit)
        buffer = initial
    }

    private mutating func fill() throws -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        if try InputFile.appendChunk(from: fd, path: path, to: &buffer) == 0 {
            atEnd = true
            return false
        }
        return true
    }

    /// The next line without its line break, or `nil` at the end.
    mutating func next() throws -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                consumed += newline + 1 - start
                start = newline + 1
                scanned = start
                if skipped > 0 { return .tooLong(skipped + line.count) }
                return line.count > limit ? .tooLong(line.count) : .line(line)
            }
            scanned = buffer.count
            if buffer.count - start > limit {
                skipped += buffer.count - start
                consumed += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            let more = atEnd ? false : try fill()
            if !more {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                let line = Array(buffer[start...])
                consumed += line.count
                buffer.removeAll()
                start = 0
                scanned = 0
                if skipped > 0 { return .tooLong(skipped + line.count) }
                return line.count > limit ? .tooLong(line.count) : .line(line)
            }
        }
    }
}
