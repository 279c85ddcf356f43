import ArgumentParser
import NewsGraph

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph (JSON, JSON Lines fragments, GraphML or GEXF) to any format.")

    @Argument(
        help: ArgumentHelp(
            "The graph to convert (JSON, GraphML or GEXF, from NewsGraph, Gephi, NetworkX or yEd); - for standard input.",
            valueName: "graph"))
    var input: String

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try output.checkFormat(jsonLines: false)
    }

    func run() throws {
        try Frontend.run {
            var graph = try Frontend.loadGraph(input)
            Frontend.warnDates(graph)
            // Only written from here: the relations' index by key goes (67 MB at 5M relations).
            graph.dropRelationIndex()
            try Frontend.write(graph, output)
            Frontend.finish()
        }
    }
}
