import ArgumentParser
import NewsGraph
import NewsGraphLayout

extension GraphFilter.Rank: ExpressibleByArgument {}
extension GraphLayout.SizeBy: ExpressibleByArgument {}

/// The filters every verb that writes a graph takes: what part of the graph to keep
/// (``GraphFilter``, applied in the library).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep relations stated in at least this many sentences.", valueName: "n"))
    var minWeight: Double?

    @Option(help: ArgumentHelp("Keep evidence at least this sure (0-1), and relations that still have some.", valueName: "c"))
    var minConfidence: Double?

    @Option(help: ArgumentHelp("Keep only these predicates, comma-separated (attacked,accused).", valueName: "list"))
    var predicates: String?

    @Option(help: ArgumentHelp("Keep only actors of these kinds, comma-separated (person,country).", valueName: "list"))
    var kinds: String?

    @Flag(help: "Drop actors with no relation (after the other filters).")
    var dropIsolated = false

    @Option(help: ArgumentHelp("Keep the N actors ranked first by --top-by, and the relations between them.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("What --top ranks by: degree or mentions.", valueName: "rank"))
    var topBy: GraphFilter.Rank = .degree

    @Flag(help: "Keep the largest connected component.")
    var largestComponent = false

    @Option(help: ArgumentHelp("Keep what documents dated this day (YYYY-MM-DD) or later say.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep what documents dated this day (YYYY-MM-DD) or earlier say.", valueName: "date"))
    var until: String?

    func validate() throws {
        do {
            try filter().validate()
        } catch let error as NewsGraphError {
            throw ValidationError(error.message)
        }
    }

    /// The filter the flags describe.
    func filter() throws -> GraphFilter {
        func list(_ text: String?) -> [String]? {
            text.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        var kindSet: Set<EntityKind>?
        if let names = list(kinds) {
            kindSet = []
            for name in names {
                guard let kind = EntityKind(name: name) else {
                    throw ValidationError(
                        "--kinds: '\(name)' is not a kind (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kindSet?.insert(kind)
            }
        }
        if let names = list(predicates), let bad = names.first(where: { !Predicate.isValidName($0) }) {
            throw ValidationError("--predicates: '\(bad)' is not a predicate name")
        }
        return GraphFilter(
            minWeight: minWeight, minConfidence: minConfidence, predicates: list(predicates).map(Set.init), kinds: kindSet,
            dropIsolated: dropIsolated, top: top, topBy: topBy, largestComponent: largestComponent, since: since, until: until)
    }
}

/// `--layout` and the layout's settings (ForceAtlas2, as in Gephi's panel).
struct DrawingOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Lay the graph out (ForceAtlas2) and write positions, sizes and colours (default: only DOT of more than 150 actors, drawn from these positions; --no-layout leaves them to Graphviz's sfdp)."
        ))
    var layout: Bool?

    @Option(help: ArgumentHelp("Layout passes (default: from the graph's size).", valueName: "n"))
    var iterations: Int?

    @Option(help: ArgumentHelp("Seed of the layout's random start.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Gravity towards the centre.", valueName: "g"))
    var gravity: Double = 1

    @Flag(help: "Gravity that does not weaken with distance.")
    var strongGravity = false

    @Option(help: ArgumentHelp("Repulsion strength (default: 10 below 100 actors, else 2).", valueName: "r"))
    var scaling: Double?

    @Flag(help: "LinLog attraction: tighter clusters.")
    var linlog = false

    @Flag(help: "Keep nodes from overlapping (by their sizes).")
    var preventOverlap = false

    @Option(help: ArgumentHelp("Node size by mentions or degree.", valueName: "by"))
    var sizeBy: GraphLayout.SizeBy = .mentions

    func validate() throws {
        if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more") }
        if !gravity.isFinite || gravity < 0 { throw ValidationError("--gravity must be 0 or more") }
        if let scaling, !scaling.isFinite || scaling <= 0 { throw ValidationError("--scaling must be more than 0") }
    }

    /// The layout's options.
    var options: GraphLayout.Options {
        var forceAtlas2 = ForceAtlas2.Options()
        forceAtlas2.iterations = iterations
        forceAtlas2.seed = seed
        forceAtlas2.gravity = gravity
        forceAtlas2.strongGravity = strongGravity
        forceAtlas2.scalingRatio = scaling
        forceAtlas2.linLog = linlog
        forceAtlas2.preventOverlap = preventOverlap
        return GraphLayout.Options(forceAtlas2: forceAtlas2, sizeBy: sizeBy)
    }
}
