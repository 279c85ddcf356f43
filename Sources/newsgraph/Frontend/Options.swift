import ArgumentParser
import NewsGraph

/// The output formats, as `-f/--format` names them.
enum FormatOption: String, CaseIterable, ExpressibleByArgument {
    case graphml, gexf, rdfxml, dot, json

    /// The format a file name implies: .graphml .gexf .rdf .dot/.gv .json.
    init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "rdf", "owl", "xml": self = .rdfxml
        case "dot", "gv": self = .dot
        case "json": self = .json
        default: return nil
        }
    }
}

/// `-o/--output` and `-f/--format`, shared by every verb that writes a graph.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the graph; - for standard output.", valueName: "path"))
    var output: String = "-"

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Output format: graphml, gexf, rdfxml, dot or json. Default: from the output's extension (.graphml .gexf .rdf .dot/.gv .json), else json.",
            valueName: "format"))
    var format: FormatOption?

    @Flag(name: .shortAndLong, help: "Print nothing on stderr but errors.")
    var quiet = false

    /// The format to write: the one given, else the one the output's extension implies, else JSON.
    var resolvedFormat: FormatOption {
        format ?? FormatOption(path: output) ?? .json
    }

    var target: OutputTarget { OutputTarget(path: output) }
}
