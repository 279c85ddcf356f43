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

    /// Lays out a layout graph as ``draw(_:options:)`` does: ForceAtlas2; then, up to
    /// ``refinementLimit`` nodes and unless overlap prevention was on already, a fifth more
    /// passes (at least 20) with overlap prevention, from where it stopped (what a Gephi
    /// user does by hand); then the connected components are packed in rows, largest
    /// first, so that small components and isolated nodes sit apart, near the rest, instead
    /// of being flung far by repulsion.
    public static func layout(_ graph: LayoutGraph, sizes: [Double], options: ForceAtlas2.Options) -> [Point] {
        var points = ForceAtlas2.layout(graph, sizes: sizes, options: options)
        if !options.preventOverlap && graph.nodeCount <= refinementLimit {
            var refine = options
            refine.preventOverlap = true
            refine.iterations = max(20, (options.iterations ?? ForceAtlas2.automaticIterations(nodeCount: graph.nodeCount)) / 5)
            points = ForceAtlas2.layout(graph, sizes: sizes, options: refine, start: points)
        }
        return pack(graph, points, sizes: sizes)
    }

    /// Graphs up to this many nodes get the overlap-prevention passes.
    public static let refinementLimit = 5000

    /// Packs the connected components in rows (shelves), largest first (ties: smallest
    /// node), each keeping its own layout, boxes that hold every node's disc, one
    /// ``packingGap(_:_:sizes:)`` apart; the result is centred on the origin.
    static func pack(_ graph: LayoutGraph, _ points: [Point], sizes: [Double]) -> [Point] {
        let count = graph.nodeCount
        guard count > 1 else { return points.map { _ in Point(x: 0, y: 0) } }
        // Components by BFS, numbered in order of their smallest node.
        var component = [Int](repeating: -1, count: count)
        var members: [[Int]] = []
        for root in 0..<count where component[root] < 0 {
            var list = [root]
            component[root] = members.count
            var head = 0
            while head < list.count {
                let node = list[head]
                head += 1
                for entry in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = Int(graph.neighbors[entry])
                    if component[other] < 0 {
                        component[other] = members.count
                        list.append(other)
                    }
                }
            }
            members.append(list)
        }
        if members.count == 1 { return centred(points) }
        struct Box {
            var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
            var width: Double { maxX - minX }
            var height: Double { maxY - minY }
        }
        var boxes = [Box](repeating: Box(), count: members.count)
        for node in 0..<count {
            let size = sizes[node]
            let c = component[node]
            boxes[c].minX = min(boxes[c].minX, points[node].x - size)
            boxes[c].maxX = max(boxes[c].maxX, points[node].x + size)
            boxes[c].minY = min(boxes[c].minY, points[node].y - size)
            boxes[c].maxY = max(boxes[c].maxY, points[node].y + size)
        }
        let gap = packingGap(graph, points, sizes: sizes)
        let order = members.indices.sorted { members[$0].count != members[$1].count ? members[$0].count > members[$1].count : $0 < $1 }
        let area = boxes.reduce(0.0) { $0 + ($1.width + gap) * ($1.height + gap) }
        let rowWidth = max(boxes[order[0]].width, 1.2 * area.squareRoot())
        var offsets = [Point](repeating: Point(x: 0, y: 0), count: members.count)
        var x = 0.0
        var y = 0.0
        var rowHeight = 0.0
        for c in order {
            if x > 0 && x + boxes[c].width > rowWidth {
                x = 0
                y -= rowHeight + gap
                rowHeight = 0
            }
            // Top-left of the box at (x, y); rows go down.
            offsets[c] = Point(x: x - boxes[c].minX, y: y - boxes[c].maxY)
            x += boxes[c].width + gap
            rowHeight = max(rowHeight, boxes[c].height)
        }
        return centred(
            (0..<count).map { node in
                Point(x: points[node].x + offsets[component[node]].x, y: points[node].y + offsets[component[node]].y)
            })
    }

    /// The space between packed components: the drawing's median edge length (as far apart
    /// as two linked nodes usually are), at least twice the median node size; twice the
    /// median node size in a graph with no edge. (Twice the *largest* size, as before, put
    /// isolated nodes four edges apart around one big hub, and made a laid-out DOT of 1,160
    /// actors a 19,043 × 17,996 px picture.) The boxes themselves hold every node's disc,
    /// so no gap lets nodes of two components overlap.
    static func packingGap(_ graph: LayoutGraph, _ points: [Point], sizes: [Double]) -> Double {
        let medianSize = sizes.sorted()[sizes.count / 2]
        var lengths: [Double] = []
        lengths.reserveCapacity(graph.neighbors.count / 2)
        for node in 0..<graph.nodeCount {
            for entry in graph.offsets[node]..<graph.offsets[node + 1] where Int(graph.neighbors[entry]) > node {
                let other = points[Int(graph.neighbors[entry])]
                let (dx, dy) = (points[node].x - other.x, points[node].y - other.y)
                lengths.append((dx * dx + dy * dy).squareRoot())
            }
        }
        guard !lengths.isEmpty else { return 2 * medianSize }
        lengths.sort()
        return max(lengths[lengths.count / 2], 2 * medianSize)
    }

    /// The points moved so that their bounding box is centred on the origin.
    static func centred(_ points: [Point]) -> [Point] {
        guard let first = points.first else { return points }
        var (minX, maxX, minY, maxY) = (first.x, first.x, first.y, first.y)
        for point in points {
            minX = min(minX, point.x)
            maxX = max(maxX, point.x)
            minY = min(minY, point.y)
            maxY = max(maxY, point.y)
        }
        let (cx, cy) = ((minX + maxX) / 2, (minY + maxY) / 2)
        return points.map { Point(x: $0.x - cx, y: $0.y - cy) }
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
            edges.append((a, b, max(1, relation.weight.isFinite ? relation.weight : 1)))
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
        let points = layout(layoutGraph, sizes: sizes, options: options.forceAtlas2)
        var placements: [String: GraphDrawing.Placement] = [:]
        placements.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            placements[id] = GraphDrawing.Placement(
                x: (points[index].x * 100).rounded() / 100, y: (points[index].y * 100).rounded() / 100, size: sizes[index])
        }
        return GraphDrawing(placements: placements)
    }
}
