#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads input files whole, with the checks every input gets: it exists, it is a
/// regular file (or standard input), it is not too large, not empty, not binary.
public enum InputFile {
    /// The largest input read by default: 256 MiB.
    public static let defaultSizeLimit = 256 << 20

    /// Whether `path` is standard input (`-`) or names a pipe, FIFO, socket or character
    /// device (`<(…)` gives `/dev/fd/N`): input that can be read only once. Such input is
    /// read whole, once, before anything looks at it; opening it twice (to sniff its format,
    /// then to read it) lost what the first read took, or waited for a writer that had gone.
    public static func isStream(_ path: String) -> Bool {
        if path == "-" { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFCHR || type == S_IFSOCK
    }

    /// Reads all bytes of `path` (`-` for standard input).
    /// - Throws: ``NewsGraphError`` `.io` when the file cannot be read, `.invalidInput`
    ///   when it is empty or larger than `sizeLimit`.
    public static func readBytes(_ path: String, sizeLimit: Int = defaultSizeLimit) throws -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        }
        defer { if path != "-" { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw NewsGraphError(.io, "is a directory", path: path) }
            if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > sizeLimit {
                throw NewsGraphError(.invalidInput, "larger than the limit of \(sizeLimit) bytes", path: path)
            }
        }
        return try readRest(of: fd, path: path, sizeLimit: sizeLimit, after: [])
    }

    /// Reads a file descriptor to its end onto `initial` (bytes already read from it).
    /// - Throws: ``NewsGraphError`` `.invalidInput` when the whole is empty or over
    ///   `sizeLimit`, `.io` when reading fails.
    public static func readRest(of fd: Int32, path: String, sizeLimit: Int, after initial: [UInt8]) throws -> [UInt8] {
        var bytes = initial
        repeat {
            if bytes.count > sizeLimit {
                throw NewsGraphError(.invalidInput, "larger than the limit of \(sizeLimit) bytes", path: path)
            }
        } while try appendChunk(from: fd, path: path, to: &bytes) > 0
        guard !bytes.isEmpty else { throw NewsGraphError(.invalidInput, "empty input", path: path) }
        return bytes
    }

    /// Reads the next chunk (up to 64 KiB) of a file descriptor onto the end of `buffer`,
    /// retrying when interrupted. Returns the number of bytes read, 0 at the end.
    /// - Throws: ``NewsGraphError`` `.io` naming `path`.
    public static func appendChunk(from fd: Int32, path: String, to buffer: inout [UInt8]) throws -> Int {
        let chunkSize = 1 << 16
        let oldCount = buffer.count
        while true {
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + oldCount, chunkSize) }
            buffer.removeLast(chunkSize - max(count, 0))
            if count < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(.io, "cannot read: \(systemErrorMessage(errno))", path: path)
            }
            return count
        }
    }

    /// Reads a text file as UTF-8, refusing binary data and invalid UTF-8 with the
    /// line and column of the first bad byte. A leading byte-order mark is dropped.
    /// - Throws: ``NewsGraphError``.
    public static func readText(_ path: String, sizeLimit: Int = defaultSizeLimit) throws -> String {
        var bytes = try readBytes(path, sizeLimit: sizeLimit)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let problem = firstProblem(in: bytes) {
            throw NewsGraphError(.invalidInput, problem.message, path: path, line: problem.line, column: problem.column)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw NewsGraphError(.invalidInput, "no text (only white space)", path: path)
        }
        return text
    }

    /// The first NUL byte or invalid UTF-8 sequence, with its 1-based line and column
    /// (columns count bytes). When the bytes start like a known binary format (a PNG or a
    /// PDF given as text), the message names it and says what to do instead.
    public static func firstProblem(in bytes: [UInt8]) -> (message: String, line: Int, column: Int)? {
        guard let problem = firstByteProblem(in: bytes) else { return nil }
        if let format = binaryFormat(bytes) { return (format, problem.line, problem.column) }
        return problem
    }

    /// Known binary formats by their first bytes: what each is, and what to do instead.
    static let signatures: [(magic: [UInt8], message: String)] = [
        (Array("%PDF-".utf8), "a PDF document, not text: extract its text first (for example with pdftotext)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image, not text"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image, not text"),
        (Array("GIF8".utf8), "a GIF image, not text"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx, .xlsx, .epub), not text: unpack it or save it as text first"),
        ([0x1F, 0x8B], "gzip-compressed data, not text: decompress it first (gunzip)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF), not text"),
    ]

    /// What a known binary format's first bytes say it is, if they are one.
    static func binaryFormat(_ bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.magic) }?.message
    }

    private static func firstByteProblem(in bytes: [UInt8]) -> (message: String, line: Int, column: Int)? {
        var line = 1
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    return ("binary data (a NUL byte at offset \(index)), not text", line, index - lineStart + 1)
                }
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                return (
                    "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(index))", line, index - lineStart + 1
                )
            }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 if it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (lo, hi) = offset == 1 ? (low, high) : (0x80, 0xBF)
            if byte < lo || byte > hi { return 0 }
        }
        return length
    }
}
