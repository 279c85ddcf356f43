import ArgumentParser
import NewsGraph

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Merge graphs (JSON, JSON Lines fragments, GraphML, GEXF) into one: entities by id, relations by (source, predicate, target), all evidence kept.",
        discussion: "The result does not depend on the order or grouping of the inputs.")

    @Argument(help: ArgumentHelp("Graph files to merge; - for standard input.", valueName: "graph"))
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one graph to merge") }
        try output.checkFormat(jsonLines: false)
    }

    func run() throws {
        try Frontend.run {
            var graph = KnowledgeGraph()
            // Each input is read straight into the merged graph: one graph in memory, never a copy.
            // The first file's reservation counts the later files' bytes, so its relations are not
            // moved when a later file needs more room (Frontend.regularFileSize: 0 for a pipe).
            let sizes = inputs.map(Frontend.regularFileSize)
            var later = sizes.reduce(0, +)
            for (path, size) in zip(inputs, sizes) {
                later -= size
                try Frontend.loadGraph(path, into: &graph, laterBytes: later)
            }
            Frontend.warnDates(graph)
            // From here the graph is only written (filters build a graph of their own): the
            // relations' index by key goes (at 10M relations, 134 MB held while writing).
            graph.dropRelationIndex()
            let written = try Frontend.write(graph, output)
            Frontend.note(
                "merged \(Frontend.count(inputs.count, "graph")): \(Frontend.count(graph.entities.count, "entity", "entities")), "
                    + "\(Frontend.count(graph.relations.count, "relation")), \(Frontend.count(graph.documents.count, "document"))"
                    + Frontend.kept(written, output),
                quiet: output.quiet)
            Frontend.finish()
        }
    }
}
