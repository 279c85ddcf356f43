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
/// Document ids are stable and never depend on how a path was typed, or from which folder:
/// the `id` given in JSON Lines; for a file, its name without the extension, `-` and 8 hex
/// digits of a hash of its text (`a-1f0c93d2` for `news/2024/a.txt`, however reached); for
/// standard input and JSON Lines without an id, `doc-` and 16 hex digits of the hash. The
/// same text under the same file name is one document, read once or twice, by any path.
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

    /// The extensions a folder is read for, as a list for messages (`.txt, .text, …`).
    public static let extensionList: String = {
        let names = ["txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson"]
        return names.dropLast().map { "." + $0 }.joined(separator: ", ") + " and ." + names.last!
    }()

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
        if input.contains("**") {
            let paths = globstar(input)
            if paths.isEmpty { throw NewsGraphError(.io, "the pattern matches no file", path: input) }
            return try paths.flatMap { try expand($0) }
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

    /// The paths a pattern with `**` matches, sorted: `**` as a whole path component stands
    /// for any number of folders, none included (`corpus/**/*.txt` reaches `corpus/a.txt` and
    /// `corpus/x/y/b.txt`); the other components match names as `glob` does (a leading `.` only
    /// explicitly). Symbolic links to folders are not followed into by `**`, so a loop cannot
    /// trap the walk.
    static func globstar(_ pattern: String) -> [String] {
        let parts = pattern.split(separator: "/").map(String.init)
        var found = Set<String>()
        func join(_ base: String, _ name: String) -> String {
            base.isEmpty ? name : base.hasSuffix("/") ? base + name : base + "/" + name
        }
        func children(_ folder: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []).sorted()
        }
        func isRealFolder(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        }
        func walk(_ base: String, _ index: Int) {
            guard index < parts.count else {
                if !base.isEmpty, FileManager.default.fileExists(atPath: base) { found.insert(base) }
                return
            }
            let part = parts[index]
            if part == "**" {
                walk(base, index + 1)
                for name in children(base) where !name.hasPrefix(".") && isRealFolder(join(base, name)) {
                    walk(join(base, name), index)
                }
            } else if !part.contains(where: { "*?[".contains($0) }) {
                let next = join(base, part)
                if index == parts.count - 1 || FileManager.default.fileExists(atPath: next) { walk(next, index + 1) }
            } else {
                for name in children(base) where fnmatch(part, name, FNM_PERIOD) == 0 { walk(join(base, name), index + 1) }
            }
        }
        walk(pattern.hasPrefix("/") ? "/" : "", 0)
        return found.sorted()
    }

    /// How a file is named in messages about it (a skipped file, a bad JSON line): its path
    /// as given, without `./` and the extension.
    static func label(forPath path: String) -> String {
        var id = Substring(path)
        while id.hasPrefix("./") { id = id.dropFirst(2) }
        if let dot = id.lastIndex(of: "."), !id[dot...].contains("/"), dot != id.startIndex { id = id[..<dot] }
        return String(id)
    }

    /// A stable id from a document's text: `doc-` and 16 hex digits of its FNV-1a hash.
    public static func contentID(_ text: String) -> String {
        "doc-" + hex(contentHash(text), digits: 16)
    }

    /// The id of a file's document: the file's name without its extension, `-`, and the first
    /// 8 hex digits of its text's FNV-1a hash. Neither the folder nor how the path was typed
    /// (`./a.txt`, `../x/a.txt`, an absolute path, a link) counts.
    public static func fileDocumentID(path: String, text: String) -> String {
        var name = Substring(path)
        while name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return (name.isEmpty ? "doc" : String(name)) + "-" + hex(contentHash(text), digits: 16).prefix(8)
    }

    /// FNV-1a, 64 bits, of the text's UTF-8.
    static func contentHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }

    /// How a document's id is found once its text is known.
    enum IDRule {
        /// The id a JSON line gave.
        case given(String)
        /// A file's: ``fileDocumentID(path:text:)``.
        case file(String)
        /// Standard input's, or a JSON line's without an id: ``contentID(_:)``.
        case content

        func id(for text: String) -> String {
            switch self {
            case .given(let id): id
            case .file(let path): CorpusReader.fileDocumentID(path: path, text: text)
            case .content: CorpusReader.contentID(text)
            }
        }
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
        let id = source.path == "-" ? "stdin" : Self.label(forPath: source.path)
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
        return document(
            bytes: bytes, kind: kind!, label: id, rule: source.path == "-" ? .content : .file(source.path), path: source.path,
            line: nil)
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

    /// Builds a document from the bytes of one text or HTML input; `label` names it when it
    /// is skipped, `rule` gives its id once its text is known.
    private func document(
        bytes: [UInt8], kind: Kind, label id: String, rule: IDRule, path: String, line: Int?, consumed: Int? = nil,
        metadata: (title: String?, date: String?, url: String?, extra: [String: String]) = (nil, nil, nil, [:]),
        decoded: String? = nil
    ) -> CorpusItem {
        let consumed = consumed ?? bytes.count
        // A JSON Lines text came out of a JSON string: its line was checked already. HTML that
        // declares another encoding (`<meta charset="iso-8859-1">`) is decoded by libxml2's
        // HTML parser from that encoding; only a NUL byte makes it binary.
        let otherEncoding = kind == .html && HTMLText.declaredEncoding(bytes).map { !HTMLText.isUTF8($0) } == true
        if otherEncoding, let nul = bytes.firstIndex(of: 0) {
            return .skipped(
                id: id,
                reason: NewsGraphError(.invalidInput, "binary data (a NUL byte at offset \(nul)), not text", path: path, line: line),
                bytes: consumed)
        }
        if kind != .jsonl, !otherEncoding, let problem = InputFile.firstProblem(in: bytes) {
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
            Document(id: rule.id(for: text), text: text, title: title, date: date, url: url, metadata: metadata.extra),
            bytes: consumed)
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
            func place() -> String { "\(Self.label(forPath: linesPath == "-" ? "stdin" : linesPath)):\(number)" }
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
        let given = Self.scalar(object["id"]) ?? ""
        var extra: [String: String] = [:]
        for (key, value) in object where !["id", "text", "title", "date", "url"].contains(key) {
            extra[key] = Self.scalar(value) ?? Self.json(value)
        }
        // The text is already a String (JSON decoded it): handed on as it is.
        return document(
            bytes: [], kind: .jsonl, label: given.isEmpty ? place() : given, rule: given.isEmpty ? .content : .given(given),
            path: linesPath, line: number, consumed: consumed,
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
