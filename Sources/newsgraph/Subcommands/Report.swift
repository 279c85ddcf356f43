import ArgumentParser
import NewsGraph
import NewsGraphExport
import NewsGraphLayout

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page to explore a graph: drawn, searchable, filterable, with the evidence.",
        discussion: """
            The page works from a file (file://) with no network: its script, styles and data are \
            inside it. The graph is laid out first (ForceAtlas2; the layout options apply); the \
            filters choose what goes in.
            """)

    @Argument(
        help: ArgumentHelp("The graph (JSON, JSON Lines fragments, GraphML or GEXF); - for standard input.", valueName: "graph"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the page; - for standard output.", valueName: "path"))
    var output: String = "-"

    @Option(help: ArgumentHelp("The page's title (default: NewsGraph: and the input's name).", valueName: "text"))
    var title: String?

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @OptionGroup(title: "Layout") var drawing: DrawingOptions

    @Flag(name: .shortAndLong, help: "Print nothing on stderr but errors.")
    var quiet = false

    func validate() throws {
        if drawing.layout == false { throw ValidationError("--no-layout: the report always lays the graph out (its page draws the positions)") }
    }

    func run() throws {
        try Frontend.run {
            let graph = Frontend.filtered(try Frontend.loadGraph(input), try filters.filter())
            let layout = GraphLayout.draw(graph, options: drawing.options)
            let name = input == "-" ? "standard input" : String(input.split(separator: "/").last ?? Substring(input))
            let report = HTMLReport(title: title ?? "NewsGraph: \(name)", drawing: layout)
            try OutputTarget(path: output).write { sink in try report.write(graph, to: sink) }
            Frontend.note(
                "report: \(Frontend.count(graph.entities.count, "entity", "entities")), "
                    + "\(Frontend.count(graph.relations.count, "relation"))" + (output == "-" ? "" : " → \(output)"),
                quiet: quiet)
        }
    }
}
