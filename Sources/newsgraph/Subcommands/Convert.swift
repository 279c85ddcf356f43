import ArgumentParser
import NewsGraph

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph (JSON) to another format.")

    @Argument(help: ArgumentHelp("The graph to convert; - for standard input.", valueName: "graph"))
    var input: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        try Frontend.run {
            let graph = try Frontend.loadGraph(input)
            try Frontend.write(graph, output)
        }
    }
}
