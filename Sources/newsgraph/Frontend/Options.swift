import ArgumentParser
import NewsGraph
import NewsGraphExport

extension GraphFormat: ExpressibleByArgument {}
extension GraphMLFlavor: ExpressibleByArgument {}
extension MixedEdges: ExpressibleByArgument {}

extension GraphFormat {
    /// The format a file name implies: .graphml .gexf .rdf .dot/.gv .json.
    init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(fileExtension: String(path[path.index(after: dot)...]))
    }
}

/// `-o/--output`, `-f/--format` and the exporters' options, shared by every verb that
/// writes a graph.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the graph; - for standard output.", valueName: "path"))
    var output: String = "-"

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Output format: graphml, gexf, rdfxml, dot or json. Default: from the output's extension (.graphml .gexf .rdf .dot/.gv .json), else json.",
            valueName: "format"))
    var format: GraphFormat?

    @Option(help: ArgumentHelp("GraphML flavour: plain, or yed (adds yFiles shapes, colours and labels for yEd).", valueName: "flavor"))
    var flavor: GraphMLFlavor = .plain

    @Option(help: ArgumentHelp("RDF/XML: the base IRI of entity and document IRIs.", valueName: "iri"))
    var base: String = ExportOptions().baseIRI

    @Option(
        help: ArgumentHelp("GraphML and DOT: at most this many evidence sentences per edge (JSON and RDF/XML keep all).", valueName: "n"))
    var maxEvidence: Int?

    @Option(
        help: ArgumentHelp(
            "GraphML and GEXF, in a graph with directed and undirected relations: undirected (each undirected edge says so; Gephi) or both-ways (every edge directed, an undirected relation both ways; NetworkX).",
            valueName: "style"))
    var mixedEdges: MixedEdges = .undirected

    @Flag(help: "DOT: group the nodes in one cluster per entity kind.")
    var cluster = false

    @Flag(help: "DOT: no legend of entity kinds.")
    var noLegend = false

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @OptionGroup(title: "Layout") var drawing: DrawingOptions

    @Flag(name: .shortAndLong, help: "Print nothing on stderr but errors.")
    var quiet = false

    func validate() throws {
        if let maxEvidence, maxEvidence < 0 { throw ValidationError("--max-evidence must be 0 or more") }
    }

    /// The format to write: the one given, else the one the output's extension implies, else JSON.
    var resolvedFormat: GraphFormat {
        format ?? GraphFormat(path: output) ?? .json
    }

    var exportOptions: ExportOptions {
        ExportOptions(
            flavor: flavor, baseIRI: base, maxEvidence: maxEvidence, cluster: cluster, mixedEdges: mixedEdges, legend: !noLegend)
    }

    var target: OutputTarget { OutputTarget(path: output) }
}
