import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file formats a ``KnowledgeGraph`` can be exported to.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// GraphML 1.0 (`.graphml`), for Gephi, yEd, NetworkX and igraph.
    case graphml
    /// GEXF (`.gexf`), Gephi's native format: 1.2draft, or 1.3 (``GEXFVersion``).
    case gexf
    /// RDF/XML (`.rdf`), for triple stores and SPARQL.
    case rdfxml
    /// Graphviz DOT (`.dot`, `.gv`).
    case dot
    /// The lossless node-link JSON of ``JSONGraphFormat`` (`.json`).
    case json

    /// The format a file extension names: `graphml`, `gexf`, `rdf`, `dot`, `gv` or `json`
    /// (case-insensitive, with or without a leading dot); `nil` for anything else.
    public init?(fileExtension: String) {
        var ext = Substring(fileExtension.lowercased())
        if ext.hasPrefix(".") { ext = ext.dropFirst() }
        switch ext {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "rdf": self = .rdfxml
        case "dot", "gv": self = .dot
        case "json": self = .json
        default: return nil
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .rdfxml: "rdf"
        case .dot: "dot"
        case .json: "json"
        }
    }
}

/// Which GraphML dialect to write.
public enum GraphMLFlavor: String, CaseIterable, Sendable {
    /// Standard GraphML 1.0 with Gephi's display keys; valid against the official XSD.
    case plain
    /// Adds yFiles `nodegraphics`/`edgegraphics` markup so that yEd shows labels, colours
    /// and shapes on opening. Valid against the lax yFiles wrapper schema, not plain GraphML.
    case yed
}

/// How GraphML and GEXF write the undirected relations of a graph that also has directed
/// ones (a *mixed* graph). A graph whose relations are all undirected is an undirected
/// graph, and one whose relations are all directed a directed graph, whichever is chosen.
public enum MixedEdges: String, CaseIterable, Sendable {
    /// Each undirected edge says so: GraphML `directed="false"`, GEXF `type="undirected"`
    /// (what the formats define and Gephi reads). NetworkX reads no mixed graph: its
    /// readers refuse such a file.
    case undirected
    /// Every edge is directed and an undirected relation goes both ways: GraphML writes it
    /// as two edges, there and back (one for a loop); GEXF as one edge of `type="mutual"`
    /// (which NetworkX reads as two). For NetworkX, whose graphs are all directed or all
    /// undirected.
    case bothWays = "both-ways"
}

/// Which GEXF to write.
public enum GEXFVersion: String, CaseIterable, Sendable {
    /// GEXF 1.2draft (`http://www.gexf.net/1.2draft`): what Gephi 0.8 and later, and every
    /// NetworkX (Debian 12's 2.8 as well as 3.x) read. It has no edge `kind`.
    case v1_2draft = "1.2draft"
    /// GEXF 1.3 (`http://gexf.net/1.3`), Gephi 0.9's own: adds the edge `kind` that keeps
    /// parallel relations between the same two actors apart in Gephi. NetworkX reads it
    /// from 3.0 on; Debian 12's NetworkX 2.8 does not ("No <graph> element in GEXF file").
    case v1_3 = "1.3"

    /// The namespace of the GEXF elements.
    public var namespace: String { self == .v1_3 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft" }
    /// The namespace of the `viz:` elements.
    public var vizNamespace: String { namespace + "/viz" }
    /// The `version` attribute's value.
    public var version: String { self == .v1_3 ? "1.3" : "1.2" }
}

/// Settings shared by all writers. The defaults give deterministic, complete output.
public struct ExportOptions: Sendable {
    /// The GraphML dialect (GraphML only).
    public var flavor: GraphMLFlavor = .plain
    /// The IRI that entity and document IRIs are minted under (RDF/XML only). It should end
    /// in `/` or `#`.
    public var baseIRI: String = "https://newsgraph.example/id/"
    /// At most this many evidence sentences per relation in GraphML, GEXF and DOT; `nil`
    /// for all of them. RDF/XML and JSON always carry every piece of evidence.
    public var maxEvidence: Int? = nil
    /// DOT only: group the nodes into one `cluster_…` subgraph per entity kind instead of
    /// drawing a legend.
    public var cluster: Bool = false
    /// GraphML and GEXF with the byte engine: how many threads may write nodes and edges
    /// (in chunks, handed to the output in order, so the bytes are the same for any number).
    /// The default is ``defaultThreads``; 1 writes on the calling thread only.
    public var threads: Int = ExportOptions.defaultThreads
    /// GraphML and GEXF: how a mixed graph's undirected relations are written.
    public var mixedEdges: MixedEdges = .undirected
    /// GEXF only: the version written.
    public var gexfVersion: GEXFVersion = .v1_2draft

    /// Where each entity is drawn and how big (a layout: ``GraphDrawing``). GEXF writes
    /// `viz:position` and `viz:size`; GraphML the `x`, `y`, `size`, `r`, `g`, `b` keys
    /// Gephi maps (and yEd geometry in the yEd flavour); DOT `pos` for `neato -n2`; JSON
    /// `x`, `y` and `size` on each node. `nil`: no positions.
    public var drawing: GraphDrawing? = nil
    /// DOT: draw the legend of entity kinds (an HTML-like table in the graph's label).
    public var legend: Bool = true

    /// The processors online, at most 4 (each thread holds one chunk of output in memory).
    public static let defaultThreads = max(1, min(4, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Creates options.
    public init(
        flavor: GraphMLFlavor = .plain, baseIRI: String = "https://newsgraph.example/id/", maxEvidence: Int? = nil,
        cluster: Bool = false, threads: Int = ExportOptions.defaultThreads, mixedEdges: MixedEdges = .undirected,
        drawing: GraphDrawing? = nil, legend: Bool = true, gexfVersion: GEXFVersion = .v1_2draft
    ) {
        self.gexfVersion = gexfVersion
        self.drawing = drawing
        self.legend = legend
        self.flavor = flavor
        self.baseIRI = baseIRI
        self.maxEvidence = maxEvidence
        self.cluster = cluster
        self.threads = threads
        self.mixedEdges = mixedEdges
    }
}
