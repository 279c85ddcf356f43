import ArgumentParser
import NewsGraph

struct Layout: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lay a graph out (ForceAtlas2) and write it with positions, sizes and colours.",
        discussion: """
            Positions go where each client reads them: GEXF viz:position, GraphML x/y/size/r/g/b \
            (Gephi) and yEd geometry (--flavor yed), DOT pos="x,y!" (draw with neato -n2), JSON x/y. \
            The same graph and seed give the same bytes on any number of threads.
            """)

    @Argument(
        help: ArgumentHelp(
            "The graph to lay out (JSON, JSON Lines fragments, GraphML or GEXF); - for standard input.", valueName: "graph"))
    var input: String

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if output.drawing.layout == false { throw ValidationError("--no-layout: the layout verb always lays the graph out (use convert)") }
    }

    func run() throws {
        try Frontend.run {
            let graph = try Frontend.loadGraph(input)
            try Frontend.write(graph, output, layout: true)
        }
    }
}
