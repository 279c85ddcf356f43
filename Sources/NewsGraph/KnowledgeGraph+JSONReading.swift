import Foundation

extension JSONGraphFormat {
    /// Reads a graph written by ``write(_:to:pretty:drawing:)`` (or any node-link JSON with
    /// the same fields), with ``JSONGraphReader``.
    ///
    /// - Parameters:
    ///   - data: the JSON bytes.
    ///   - path: names the input in errors.
    /// - Returns: the graph.
    /// - Throws: ``NewsGraphError`` (`.invalidInput` for malformed JSON, `.invalidGraph`
    ///   for a graph that breaks the model's rules) naming the JSON path of the problem,
    ///   such as `nodes[3].type`.
    public static func read(_ data: Data, path: String) throws -> KnowledgeGraph {
        try JSONGraphReader.read(bytes: data, path: path)
    }

    /// Reads JSON Lines of graphs (one compact graph per line, as `--emit fragments`
    /// writes them) and merges them. Errors name the line.
    public static func readFragments(_ data: Data, path: String) throws -> KnowledgeGraph {
        try JSONGraphReader.readLines(bytes: data, path: path)
    }

    /// Whether JSON bytes hold JSON Lines (several one-line graphs) rather than one
    /// (possibly pretty-printed) graph: the first line is a whole object and more follows.
    /// Looks at the first two non-blank lines only.
    public static func isJSONLines<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
        var rest = bytes[...]
        func nextLine() -> Bytes.SubSequence? {
            while !rest.isEmpty {
                let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
                let line = fragmentLine(rest[rest.startIndex..<end])
                rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
                if !line.isEmpty { return line }
            }
            return nil
        }
        guard let first = nextLine(), first.first == UInt8(ascii: "{"), first.last == UInt8(ascii: "}") else { return false }
        return nextLine() != nil
    }

    /// A line of a fragments file as a fragment: without a byte-order mark, leading blanks
    /// and trailing blanks or carriage return; empty for a blank line. (The streaming
    /// `FragmentReader` of the corpus module reads lines the same way.)
    public static func fragmentLine<Line: BidirectionalCollection<UInt8>>(_ line: Line) -> Line.SubSequence {
        let start = line.drop { [0x20, 0x09, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        let end = start.lastIndex { ![0x20, 0x09, 0x0D].contains($0) }
        return end.map { start[...$0] } ?? start[start.endIndex...]
    }
}
