import Foundation
import NewsGraph

/// Reads JSON Lines of graph fragments (what `extract --emit fragments` writes) line by
/// line, merging as it goes: the file may be of any size, each line at most a limit.
public enum FragmentReader {
    /// The merged graph of the fragments in the file at `path`, or `nil` when it is not JSON
    /// Lines: its first line is not a whole JSON object (a pretty-printed graph, GraphML,
    /// anything else) or nothing follows it (one compact graph).
    /// - Parameters:
    ///   - path: a file (standard input is not streamed here).
    ///   - lineLimit: the longest line accepted, in bytes.
    /// - Returns: the merge of every line's graph.
    /// - Throws: ``NewsGraphError`` naming the line of a malformed fragment or a line over
    ///   the limit, or `.io` when the file cannot be read.
    public static func read(path: String, lineLimit: Int = InputFile.defaultSizeLimit) throws -> KnowledgeGraph? {
        // A pipe or FIFO is read whole by the caller: opening it here to look would lose what
        // was read.
        if InputFile.isStream(path) { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        defer { close(fd) }
        // Only regular files stream here; anything else gets the whole-file checks.
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var reader = LineReader(fd: fd, path: path, limit: lineLimit)
        var graph = KnowledgeGraph()
        // The first line waits until a second one shows the file is JSON Lines (a file of
        // one line is one graph, read whole by the caller like any other).
        var pending: (bytes: ArraySlice<UInt8>, line: Int)?
        var lines = 0
        func merge(_ bytes: ArraySlice<UInt8>, line: Int) throws {
            do {
                graph.merge(try JSONGraphFormat.read(Data(bytes), path: path))
            } catch let error as NewsGraphError {
                throw NewsGraphError(error.code, error.message, path: path, line: line)
            }
        }
        while let next = try reader.next() {
            switch next {
            case .tooLong(let length):
                guard lines > 0 else { return nil }
                throw NewsGraphError(
                    .invalidInput, "a line of \(length) bytes is over the limit of \(lineLimit)", path: path, line: reader.lineNumber)
            case .line(let bytes):
                let trimmed = JSONGraphFormat.fragmentLine(bytes)
                guard !trimmed.isEmpty else { continue }
                lines += 1
                if lines == 1 {
                    guard trimmed.first == UInt8(ascii: "{"), trimmed.last == UInt8(ascii: "}") else { return nil }
                    pending = (trimmed, reader.lineNumber)
                    continue
                }
                if let first = pending {
                    try merge(first.bytes, line: first.line)
                    pending = nil
                }
                try merge(trimmed, line: reader.lineNumber)
            }
        }
        return lines > 1 ? graph : nil
    }
}
