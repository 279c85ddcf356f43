import NewsGraph

/// Writes a ``KnowledgeGraph`` in one file format.
///
/// Every writer streams into the sink (it never builds the whole document in memory)
/// and is deterministic: the same graph gives byte-identical output.
public protocol GraphWriter {
    /// Writes `graph` to `sink`.
    /// - Throws: ``NewsGraphError`` (`.invalidGraph` for a relation whose end is not an
    ///   entity of the graph, or a predicate name that cannot be written) or the sink's
    ///   error.
    func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws
}

/// The entry point to the writers.
public enum Exporter {
    /// The writer for `format`, configured by `options`.
    public static func writer(for format: GraphFormat, options: ExportOptions = ExportOptions()) -> any GraphWriter {
        switch format {
        case .graphml: GraphMLWriter(options: options)
        case .gexf: GEXFWriter(options: options)
        case .rdfxml: RDFXMLWriter(options: options)
        case .dot: DOTWriter(options: options)
        case .json: JSONGraphWriter(drawing: options.drawing)
        }
    }

    /// Writes `graph` in `format` to `sink`; a shorthand for
    /// `writer(for:options:).write(graph, to: sink)`.
    public static func write(
        _ graph: KnowledgeGraph, format: GraphFormat, options: ExportOptions = ExportOptions(), to sink: ByteSink
    ) throws {
        try writer(for: format, options: options).write(graph, to: sink)
    }
}

/// Writes the lossless node-link JSON of ``JSONGraphFormat``.
public struct JSONGraphWriter: GraphWriter, Sendable {
    /// Whether each node and link goes on a line of its own.
    public var pretty: Bool

    /// Positions and sizes to write on the nodes, if any.
    public var drawing: GraphDrawing?

    /// Creates a writer.
    public init(pretty: Bool = true, drawing: GraphDrawing? = nil) {
        self.pretty = pretty
        self.drawing = drawing
    }

    /// Writes the graph as JSON.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        try JSONGraphFormat.write(graph, to: sink, pretty: pretty, drawing: drawing)
    }
}
