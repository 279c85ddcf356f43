import NewsGraph

/// Lays out a ``KnowledgeGraph`` with ``ForceAtlas2`` and sizes its nodes: the
/// ``GraphDrawing`` the writers and the HTML report draw from.
///
/// Nodes are the entities in id order; two entities are pulled together by the sum of the
/// weights (supporting sentences, at least 1) of every relation between them, in either
/// direction. Coordinates are rounded to hundredths, so every format writes the same
/// short numbers.
public enum GraphLayout {
    /// What a node's size grows with.
    public enum SizeBy: String, CaseIterable, Sendable {
        /// Times the actor is mentioned.
        case mentions
        /// Relations the actor takes part in.
        case degree
    }

    /// The settings.
    public struct Options: Equatable, Sendable {
        /// The force-directed layout's settings.
        public var forceAtlas2 = ForceAtlas2.Options()
        /// What sizes nodes.
        public var sizeBy: SizeBy = .mentions

        /// Creates options with the defaults.
        public init(forceAtlas2: ForceAtlas2.Options = ForceAtlas2.Options(), sizeBy: SizeBy = .mentions) {
            self.forceAtlas2 = forceAtlas2
            self.sizeBy = sizeBy
        }
    }

    /// A node's size from a count (mentions or degree): 10 for none, growing with the
    /// square root, to a tenth (the size NewsGraph's writers give by mentions).
    public static func size(count: Int) -> Double {
        (10 + 4 * Double(count).squareRoot() * 10).rounded() / 10
    }

    /// The graph's layout graph: entities in id order, and the weighted pairs.
    public static func layoutGraph(_ graph: KnowledgeGraph) -> (ids: [String], graph: LayoutGraph) {
        let ids = graph.entities.keys.sorted()
        var number: [String: Int] = [:]
        number.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() { number[id] = index }
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(graph.relations.count)
        for relation in graph.relations.values {
            guard let a = number[relation.source], let b = number[relation.target] else { continue }
            edges.append((a, b, Double(max(1, relation.weight))))
        }
        return (ids, LayoutGraph(nodeCount: ids.count, edges: edges))
    }

    /// Lays the graph out.
    public static func draw(_ graph: KnowledgeGraph, options: Options = Options()) -> GraphDrawing {
        let (ids, layoutGraph) = layoutGraph(graph)
        // Degree as `stats` counts it: relations in or out.
        let degrees = options.sizeBy == .degree ? graph.degrees : [:]
        let sizes = ids.map { id in
            size(count: options.sizeBy == .mentions ? graph.entities[id]?.mentionCount ?? 0 : degrees[id] ?? 0)
        }
        let points = ForceAtlas2.layout(layoutGraph, sizes: sizes, options: options.forceAtlas2)
        var placements: [String: GraphDrawing.Placement] = [:]
        placements.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            placements[id] = GraphDrawing.Placement(
                x: (points[index].x * 100).rounded() / 100, y: (points[index].y * 100).rounded() / 100, size: sizes[index])
        }
        return GraphDrawing(placements: placements)
    }
}
