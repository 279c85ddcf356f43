import NewsGraph
import NewsGraphXML

/// Recognises a graph file's format from its content, not its name.
public enum FormatDetector {
    /// Namespaces that identify the XML formats.
    static let graphmlNamespace = "http://graphml.graphdrawing.org/xmlns"
    static let gexfNamespaces: Set<String> = [
        "http://gexf.net/1.3", "http://www.gexf.net/1.3", "http://www.gexf.net/1.2draft", "http://gexf.net/1.2",
        "http://www.gexf.net/1.1draft",
    ]
    static let rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    /// What the start of a file says about it.
    public struct Detection: Equatable, Sendable {
        /// The format.
        public var format: ValidatedFormat?
        /// For XML: the root element's local name and namespace.
        public var rootName: String?
        /// For XML: the root element's namespace URI.
        public var rootNamespace: String?
    }

    /// Detects the format of a file from its first bytes.
    ///
    /// JSON starts with `{`; XML with `<` and is told apart by its root element and
    /// namespace (`graphml`, `gexf`, `rdf:RDF`); DOT starts, after comments, with
    /// `graph`, `digraph` or `strict` in any case. Anything else is unknown (`nil`).
    public static func detect(prefix: [UInt8]) -> Detection {
        var index = 0
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[index]) { index += 1 }
        guard index < prefix.count else { return Detection(format: nil) }
        switch prefix[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return Detection(format: .json)
        case UInt8(ascii: "<"):
            return detectXML(prefix)
        default:
            return Detection(format: looksLikeDOT(prefix[index...]) ? .dot : nil)
        }
    }

    private static func detectXML(_ prefix: [UInt8]) -> Detection {
        guard let reader = try? XMLPullReader(bytes: prefix, name: "prefix") else { return Detection(format: nil) }
        while let event = try? reader.next() {
            guard case .startElement(let name, let namespace, _, _) = event else { continue }
            let format: ValidatedFormat
            if name == "graphml" && namespace == graphmlNamespace {
                format = .graphml
            } else if name == "gexf" && gexfNamespaces.contains(namespace) {
                format = .gexf
            } else if name == "RDF" && namespace == rdfNamespace {
                format = .rdfxml
            } else if name == "graphml" {
                format = .graphml  // GraphML without (or with a wrong) namespace: the schema will say so
            } else {
                format = .xml
            }
            return Detection(format: format, rootName: name, rootNamespace: namespace)
        }
        return Detection(format: .xml)
    }

    /// Whether the text, after comments and `#` lines, starts with a DOT graph keyword.
    static func looksLikeDOT(_ bytes: ArraySlice<UInt8>) -> Bool {
        var lexer = DOTLexer(bytes: Array(bytes.prefix(4096)))
        guard let first = try? lexer.next() else { return false }
        if case .keyword(let word) = first.kind { return ["strict", "graph", "digraph"].contains(word) }
        return false
    }
}
