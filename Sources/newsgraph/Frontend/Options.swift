import ArgumentParser
import NewsGraph
import NewsGraphExport

extension GraphFormat: ExpressibleByArgument {}
extension GraphMLFlavor: ExpressibleByArgument {}
extension MixedEdges: ExpressibleByArgument {}
extension GEXFVersion: ExpressibleByArgument {}

extension GraphFormat {
    /// The format a file name implies: .graphml .gexf .rdf .dot/.gv .json.
    init?(path: String) {
        guard let ext = GraphFormat.fileExtension(of: path) else { return nil }
        self.init(fileExtension: ext)
    }

    /// The extension of the last path component, without the dot; `nil` when it has none.
    static func fileExtension(of path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex,
            path[path.index(before: dot)] != "/"
        else { return nil }
        return String(path[path.index(after: dot)...])
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

    @Option(
        help: ArgumentHelp(
            "GEXF version: 1.2draft (opens in Gephi and every NetworkX) or 1.3 (adds the edge kind that keeps parallel relations apart in Gephi; NetworkX 3 only).",
            valueName: "version"))
    var gexfVersion: GEXFVersion = .v1_2draft

    @Flag(help: "DOT: group the nodes in one cluster per entity kind.")
    var cluster = false

    @Flag(help: "DOT: no legend of entity kinds.")
    var noLegend = false

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @OptionGroup(title: "Layout") var drawing: DrawingOptions

    @Flag(name: .shortAndLong, help: "Print no notes or progress on stderr: only errors and warnings about the input (skipped documents).")
    var quiet = false

    func validate() throws {
        if let maxEvidence, maxEvidence < 0 { throw ValidationError("--max-evidence must be 0 or more") }
        do {
            _ = try RDFXMLWriter.checkedBaseIRI(base)
        } catch {
            throw ValidationError(
                "--base '\(base)' is not an absolute IRI: give one such as https://example.org/kg/ (ending in /, # or :)")
        }
    }

    /// The format to write: the one given, else the one the output's extension implies, else
    /// (standard output, a name without an extension, JSON Lines) JSON.
    var resolvedFormat: GraphFormat {
        format ?? GraphFormat(path: output) ?? .json
    }

    /// Refuses an output whose extension names no format when `-f` is not given, rather than
    /// writing JSON under a name that says otherwise (`g.ttl`, `g.svg`, `g.grapml`).
    /// `.jsonl`/`.ndjson` are JSON Lines: accepted when `jsonLines` (extract --emit fragments).
    func checkFormat(jsonLines: Bool) throws {
        guard format == nil, output != "-", let ext = GraphFormat.fileExtension(of: output),
            GraphFormat(fileExtension: ext) == nil
        else { return }
        let lines = ["jsonl", "ndjson"].contains(ext.lowercased())
        if lines && jsonLines { return }
        throw ValidationError(
            "-o \(output): '.\(ext)' is not an extension newsgraph writes"
                + (lines ? " here (JSON Lines are for extract --emit fragments)" : "")
                + ": name the file .graphml, .gexf, .rdf, .dot, .gv or .json, or give the format with -f (graphml, gexf, rdfxml, dot, json)"
        )
    }

    /// A note when `--base` lacks its final `/` or `#` and one is added.
    var baseNote: String? {
        guard let checked = try? RDFXMLWriter.checkedBaseIRI(base), checked.fixed else { return nil }
        return "--base '\(base)' does not end in /, # or : (IRIs are the base and a path): minting them under '\(checked.iri)'"
    }

    var exportOptions: ExportOptions {
        ExportOptions(
            flavor: flavor, baseIRI: base, maxEvidence: maxEvidence, cluster: cluster, mixedEdges: mixedEdges, legend: !noLegend,
            gexfVersion: gexfVersion)
    }

    var target: OutputTarget { OutputTarget(path: output) }
}
