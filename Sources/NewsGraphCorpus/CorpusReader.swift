import Foundation
import NewsGraph
import NewsGraphXML

/// How a corpus is read.
public struct CorpusOptions: Sendable {
    /// The largest document accepted; larger ones are skipped (default 16 MiB).
    public var maxDocumentBytes: Int

    /// Creates options.
    public init(maxDocumentBytes: Int = 16 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }
}

/// One step of reading a corpus: a document, or one that had to be skipped.
public enum CorpusItem: Sendable {
    /// A document ready for extraction, with the number of input bytes it came from.
    case document(Document, bytes: Int)
    /// A document that could not be read, with its id and why.
    case skipped(id: String, reason: NewsGraphError, bytes: Int)
}

/// Reads documents from files, folders, glob patterns and standard input, one at a time.
///
/// - A `.txt` (or any other named) file is one text document; `.html`/`.htm` files are
///   reduced to their article text with libxml2's HTML parser; `.jsonl`/`.ndjson` files hold
///   one JSON document per line: `{"id", "text", "title"?, "date"?, "url"?}`, other fields
///   kept as metadata.
/// - A folder is walked recursively, in sorted order, for `.txt`, `.html`, `.htm`, `.jsonl`
///   and `.ndjson` files.
/// - A pattern with `*`, `?` or `[` that names no file is expanded as a glob.
/// - `-` is standard input: JSON Lines if it starts with `{`, else one text document.
///
/// Document ids are stable: the `id` given in JSON Lines; else the file's path as given,
/// without its extension; else (standard input, JSON Lines without an id) `doc-` and a hash
/// of the text.
public final class CorpusReader {
    enum Kind { case text, html, jsonl }

    struct Source {
        var path: String
        var kind: Kind?
    }

    private var sources: [Source]
    private var index = 0
    private var lines: LineReader?
    private var linesPath = ""
    private var linesFD: Int32 = -1
    private let options: CorpusOptions
    /// The total size of the input files, when known (not for standard input).
    public let totalBytes: Int?

    /// Expands the inputs.
    /// - Throws: ``NewsGraphError`` when an input names nothing (a missing file, an empty glob).
    public init(inputs: [String], options: CorpusOptions = CorpusOptions()) throws {
        self.options = options
        var sources: [Source] = []
        for input in inputs {
            sources += try Self.expand(input)
        }
        self.sources = sources
        var total = 0
        var known = true
        for source in sources {
            if source.path == "-" {
                known = false
                continue
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: source.path)[.size] as? Int) ?? 0
            total += size
        }
        totalBytes = known ? total : nil
    }

    deinit {
        if linesFD >= 0 { Glibc.close(linesFD) }
    }

    static let folderExtensions: [String: Kind] = [
        "txt": .text, "text": .text, "html": .html, "htm": .html, "xhtml": .html, "jsonl": .jsonl, "ndjson": .jsonl,
    ]

    static func kind(forPath path: String) -> Kind? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return folderExtensions[path[path.index(after: dot)...].lowercased()]
    }

    private static func expand(_ input: String) throws -> [Source] {
        if input == "-" { return [Source(path: "-", kind: nil)] }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { return [Source(path: input, kind: kind(forPath: input))] }
            guard let walker = FileManager.default.enumerator(atPath: input) else {
                throw NewsGraphError(.io, "cannot list the folder", path: input)
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                if kind(forPath: relative) != nil { found.append(relative) }
            }
            let base = input.hasSuffix("/") ? input : input + "/"
            return found.sorted().map { Source(path: base + $0, kind: kind(forPath: $0)) }
        }
        if input.contains(where: { "*?[".contains($0) }) {
            var matches = glob_t()
            defer { globfree(&matches) }
            guard glob(input, 0, nil, &matches) == 0 else {
                throw NewsGraphError(.io, "the pattern matches no file", path: input)
            }
            var paths: [String] = []
            for index in 0..<Int(matches.gl_pathc) {
                if let path = matches.gl_pathv[index] { paths.append(String(cString: path)) }
            }
            return try paths.sorted().flatMap { try expand($0) }
        }
        throw NewsGraphError(.io, "cannot open: No such file or directory", path: input)
    }

    /// The id a file's document gets: its path as given, without `./` and the extension.
    static func documentID(forPath path: String) -> String {
        var id = Substring(path)
        while id.hasPrefix("./") { id = id.dropFirst(2) }
        if let dot = id.lastIndex(of: "."), !id[dot...].contains("/"), dot != id.startIndex { id = id[..<dot] }
        return String(id)
    }

    /// A stable id from a document's text: `doc-` and 16 hex digits of its FNV-1a hash.
    public static func contentID(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "doc-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The next document or skipped document, or `nil` when the corpus is exhausted.
    /// - Throws: ``NewsGraphError`` for failures that are not one document's fault (an
    ///   unreadable folder, a read error in the middle of a file).
    public func next() throws -> CorpusItem? {
        while true {
            if lines != nil {
                if let item = try nextLine() { return item }
                continue
            }
            guard index < sources.count else { return nil }
            let source = sources[index]
            index += 1
            if let item = try openSource(source) { return item }
        }
    }

    private func openSource(_ source: Source) throws -> CorpusItem? {
        let id = source.path == "-" ? "stdin" : Self.documentID(forPath: source.path)
        var kind = source.kind
        // Standard input, a pipe or a FIFO is opened once and sniffed from what is read.
        let isStream = kind == nil && InputFile.isStream(source.path)
        if kind == .jsonl || (kind == nil && !isStream && Self.startsWithBrace(source.path)) {
            return try startLines(source.path)
        }
        let bytes: [UInt8]
        do {
            if isStream {
                // Sniffed from the first bytes: JSON Lines stream through a line reader (any
                // length); anything else is one document, read whole.
                let fd = source.path == "-" ? STDIN_FILENO : Glibc.open(source.path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else {
                    throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: source.path)
                }
                var keepOpen = false
                defer { if fd != STDIN_FILENO && !keepOpen { Glibc.close(fd) } }
                var head: [UInt8] = []
                var first: UInt8?
                while first == nil, try InputFile.appendChunk(from: fd, path: source.path, to: &head) > 0 {
                    first = head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                }
                if first == UInt8(ascii: "{") {
                    keepOpen = true
                    if fd != STDIN_FILENO { linesFD = fd }
                    linesPath = source.path
                    lines = LineReader(fd: fd, path: source.path, limit: options.maxDocumentBytes, initial: head)
                    return nil
                }
                bytes = try InputFile.readRest(of: fd, path: source.path, sizeLimit: options.maxDocumentBytes, after: head)
                kind = Self.looksLikeHTML(bytes) ? .html : .text
            } else {
                bytes = try InputFile.readBytes(source.path, sizeLimit: options.maxDocumentBytes)
            }
        } catch let error as NewsGraphError where error.code == .invalidInput {
            // Empty standard input is an empty corpus (a map step's empty share), not a bad document.
            if source.path == "-" && error.message == "empty input" { return nil }
            return .skipped(id: id, reason: error, bytes: 0)
        }
        if kind == nil { kind = Self.looksLikeHTML(bytes) ? .html : .text }
        return document(bytes: bytes, kind: kind!, id: id, path: source.path, line: nil)
    }

    private static func startsWithBrace(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        return head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
    }

    /// Builds a document from the bytes of one text or HTML input.
    private func document(
        bytes: [UInt8], kind: Kind, id: String, path: String, line: Int?, consumed: Int? = nil,
        metadata: (title: String?, date: String?, url: String?, extra: [String: String]) = (nil, nil, nil, [:]),
        decoded: String? = nil
    ) -> CorpusItem {
        let consumed = consumed ?? bytes.count
        // A JSON Lines text came out of a JSON string: its line was checked already.
        if kind != .jsonl, let problem = InputFile.firstProblem(in: bytes) {
            return .skipped(
                id: id,
                reason: NewsGraphError(
                    .invalidInput, problem.message, path: path, line: line ?? problem.line, column: line == nil ? problem.column : nil),
                bytes: consumed)
        }
        var text: String
        var title = metadata.title
        var date = metadata.date
        var url = metadata.url
        switch kind {
        case .html:
            do {
                let article = try HTMLText.extract(bytes, name: path)
                text = article.text
                title = title ?? article.title
                date = date ?? article.date
                url = url ?? article.url
            } catch let error as XMLError {
                return .skipped(id: id, reason: error.newsGraphError, bytes: consumed)
            } catch {
                return .skipped(id: id, reason: NewsGraphError(.invalidInput, "\(error)", path: path), bytes: consumed)
            }
        case .text, .jsonl:
            text = decoded ?? String(decoding: bytes, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            return .skipped(id: id, reason: NewsGraphError(.invalidInput, "no text", path: path, line: line), bytes: consumed)
        }
        return .document(
            Document(id: id, text: text, title: title, date: date, url: url, metadata: metadata.extra), bytes: consumed)
    }

    // MARK: JSON Lines

    private func startLines(_ path: String) throws -> CorpusItem? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        linesFD = fd
        linesPath = path
        lines = LineReader(fd: fd, path: path, limit: options.maxDocumentBytes)
        return nil
    }

    private func endLines() {
        accounted = 0
        if linesFD >= 0 { Glibc.close(linesFD) }
        linesFD = -1
        lines = nil
    }

    /// Bytes of the current JSON Lines input already accounted to items.
    private var accounted = 0

    private func nextLine() throws -> CorpusItem? {
        while var reader = lines {
            let next = try reader.next()
            lines = reader
            let consumed = reader.consumed - accounted
            accounted = reader.consumed
            let number = reader.lineNumber
            func place() -> String { "\(Self.documentID(forPath: linesPath == "-" ? "stdin" : linesPath)):\(number)" }
            switch next {
            case nil:
                endLines()
                return nil
            case .tooLong(let length)?:
                return .skipped(
                    id: place(),
                    reason: NewsGraphError(
                        .invalidInput, "a line of \(length) bytes is over the limit of \(options.maxDocumentBytes)", path: linesPath,
                        line: number),
                    bytes: consumed)
            case .line(let bytes)?:
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    accounted -= consumed  // a blank line's bytes go to the next item
                    continue
                }
                return parseLine(bytes, number: number, place: place, consumed: consumed)
            }
        }
        return nil
    }

    private func parseLine(_ bytes: [UInt8], number: Int, place: () -> String, consumed: Int) -> CorpusItem {
        func skip(_ message: String) -> CorpusItem {
            .skipped(id: place(), reason: NewsGraphError(.invalidInput, message, path: linesPath, line: number), bytes: consumed)
        }
        // JSON refuses invalid UTF-8 and raw control bytes itself; the line is scanned for
        // the first bad byte only to say where it is.
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            return skip(
                InputFile.firstProblem(in: bytes)?.message
                    ?? (JSONNesting.firstTooDeep(bytes) != nil ? JSONNesting.message() : "not a JSON object"))
        }
        guard let text = object["text"] as? String else { return skip("no \"text\" string") }
        // An escaped NUL (`\u0000`) decodes to a NUL character: binary data, as in any other input.
        if text.utf8.contains(0) { return skip("binary data (a NUL character in \"text\"), not text") }
        var id = Self.scalar(object["id"]) ?? Self.contentID(text)
        if id.isEmpty { id = Self.contentID(text) }
        var extra: [String: String] = [:]
        for (key, value) in object where !["id", "text", "title", "date", "url"].contains(key) {
            extra[key] = Self.scalar(value) ?? Self.json(value)
        }
        // The text is already a String (JSON decoded it): handed on as it is.
        return document(
            bytes: [], kind: .jsonl, id: id, path: linesPath, line: number, consumed: consumed,
            metadata: (Self.scalar(object["title"]), Self.scalar(object["date"]), Self.scalar(object["url"]), extra), decoded: text)
    }

    /// A JSON string or number as text.
    private static func scalar(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    private static func json(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject([value]),
            let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
        else { return "\(value)" }
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
