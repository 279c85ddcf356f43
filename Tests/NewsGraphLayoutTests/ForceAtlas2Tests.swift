import NewsGraph
import Testing

@testable import NewsGraphLayout

@Suite("ForceAtlas2")
struct ForceAtlas2Tests {
    /// Two cliques joined by one edge.
    static func barbell(_ size: Int) -> LayoutGraph {
        var edges: [(Int, Int, Double)] = []
        for offset in [0, size] {
            for a in 0..<size { for b in (a + 1)..<size { edges.append((offset + a, offset + b, 1)) } }
        }
        edges.append((0, size, 1))
        return LayoutGraph(nodeCount: 2 * size, edges: edges)
    }

    @Test("the rows are the same whatever the edges' order; repeated pairs add up")
    func rows() {
        let a = LayoutGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 2), (1, 0, 3), (2, 2, 5)])
        let b = LayoutGraph(nodeCount: 3, edges: [(2, 2, 5), (1, 0, 3), (1, 2, 2), (0, 1, 1)])
        #expect(a.offsets == b.offsets && a.neighbors == b.neighbors && a.weights == b.weights)
        #expect(a.neighbors == [1, 0, 2, 1])
        #expect(a.weights == [4, 4, 2, 2])
        #expect(a.edgeCount == 2)
    }

    @Test("the same bits for 1, 2 and 5 threads, with and without Barnes–Hut")
    func threads() {
        let graph = Self.barbell(40)
        for barnesHut in [false, true] {
            var results: [[Point]] = []
            for threads in [1, 2, 5] {
                var options = ForceAtlas2.Options()
                options.threads = threads
                options.iterations = 60
                options.barnesHut = barnesHut
                results.append(ForceAtlas2.layout(graph, options: options))
            }
            #expect(results[0] == results[1] && results[1] == results[2])
        }
    }

    @Test("a different seed gives a different start, the same seed the same layout")
    func seed() {
        let graph = Self.barbell(10)
        var options = ForceAtlas2.Options()
        options.iterations = 50
        let first = ForceAtlas2.layout(graph, options: options)
        #expect(first == ForceAtlas2.layout(graph, options: options))
        options.seed = 2
        #expect(first != ForceAtlas2.layout(graph, options: options))
    }

    @Test("clusters come apart: each clique's nodes are nearer each other than the other clique's")
    func clusters() {
        let size = 30
        let graph = Self.barbell(size)
        for barnesHut in [false, true] {
            var options = ForceAtlas2.Options()
            options.barnesHut = barnesHut
            options.iterations = 400
            let points = ForceAtlas2.layout(graph, options: options)
            func centre(_ range: Range<Int>) -> Point {
                Point(
                    x: range.map { points[$0].x }.reduce(0, +) / Double(range.count),
                    y: range.map { points[$0].y }.reduce(0, +) / Double(range.count))
            }
            let (a, b) = (centre(0..<size), centre(size..<2 * size))
            func distance(_ p: Point, _ q: Point) -> Double { ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot() }
            for node in 0..<2 * size {
                let own = node < size ? a : b
                let other = node < size ? b : a
                #expect(distance(points[node], own) < distance(points[node], other), "node \(node), Barnes–Hut \(barnesHut)")
            }
            #expect(LayoutQuality.neighborhoodPreservation(graph, points) > 0.8)
        }
    }

    @Test("overlap prevention keeps nodes of the given sizes apart")
    func overlap() {
        // A star: without overlap prevention the leaves crowd the centre.
        let graph = LayoutGraph(nodeCount: 31, edges: (1...30).map { (0, $0, 1) })
        var options = ForceAtlas2.Options()
        options.preventOverlap = true
        options.iterations = 600
        let sizes = [Double](repeating: 10, count: 31)
        let points = ForceAtlas2.layout(graph, sizes: sizes, options: options)
        var closest = Double.infinity
        for a in 0..<31 {
            for b in (a + 1)..<31 {
                closest = min(
                    closest,
                    ((points[a].x - points[b].x) * (points[a].x - points[b].x) + (points[a].y - points[b].y) * (points[a].y - points[b].y))
                        .squareRoot())
            }
        }
        #expect(closest >= 19, "closest pair \(closest)")
        options.preventOverlap = false
        let crowded = ForceAtlas2.layout(graph, sizes: sizes, options: options)
        var crowdedClosest = Double.infinity
        for a in 0..<31 {
            for b in (a + 1)..<31 {
                crowdedClosest = min(
                    crowdedClosest,
                    ((crowded[a].x - crowded[b].x) * (crowded[a].x - crowded[b].x) + (crowded[a].y - crowded[b].y)
                        * (crowded[a].y - crowded[b].y))
                        .squareRoot())
            }
        }
        #expect(crowdedClosest < closest)
    }
}

@Suite("Packing components")
struct PackingTests {
    /// A star of 20 leaves around one large node (nodes 0...20), a path of 80 (21...100),
    /// and 300 isolated nodes.
    static func scattered() -> (LayoutGraph, [Double]) {
        var edges: [(Int, Int, Double)] = (1...20).map { (0, $0, 1) }
        edges += (21..<100).map { ($0, $0 + 1, 1) }
        let sizes = [50.0] + [Double](repeating: 5, count: 400)
        return (LayoutGraph(nodeCount: 401, edges: edges), sizes)
    }

    static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    @Test("isolated nodes sit about an edge's length apart, not two of the largest node's sizes; no disc overlaps another")
    func compact() {
        let (graph, sizes) = Self.scattered()
        var options = ForceAtlas2.Options()
        options.iterations = 100
        options.threads = 1
        let points = GraphLayout.layout(graph, sizes: sizes, options: options)
        var lengths: [Double] = []
        for node in 0..<graph.nodeCount {
            for entry in graph.offsets[node]..<graph.offsets[node + 1] where Int(graph.neighbors[entry]) > node {
                lengths.append(Self.distance(points[node], points[Int(graph.neighbors[entry])]))
            }
        }
        lengths.sort()
        let edge = lengths[lengths.count / 2]
        // Each isolated node's nearest other node: the pitch of the rows they are packed in.
        var pitches: [Double] = []
        for node in 101..<graph.nodeCount {
            var nearest = Double.infinity
            for other in 0..<graph.nodeCount where other != node { nearest = min(nearest, Self.distance(points[node], points[other])) }
            pitches.append(nearest)
        }
        pitches.sort()
        let pitch = pitches[pitches.count / 2]
        #expect(pitch <= 2 * sizes[101] + 1.5 * edge, "isolated nodes \(pitch) apart; the median edge is \(edge)")
        // Packing never puts one component's node on another's.
        func component(_ node: Int) -> Int { node <= 20 ? 0 : node <= 100 ? 1 : node }
        for a in 0..<graph.nodeCount {
            for b in (a + 1)..<graph.nodeCount where component(a) != component(b) {
                #expect(Self.distance(points[a], points[b]) >= sizes[a] + sizes[b] - 0.01, "\(a) and \(b) overlap")
            }
        }
    }
}

@Suite("Layout quality")
struct LayoutQualityTests {
    @Test("a path drawn on a line has stress 0 and is better than a zigzag; preservation is 1 on a line")
    func path() {
        let graph = LayoutGraph(nodeCount: 5, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)])
        let line = (0..<5).map { Point(x: Double($0) * 7, y: 0) }
        #expect(abs(LayoutQuality.normalizedStress(graph, line)) < 1e-12)
        let folded = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 0, y: 0.1), Point(x: 1, y: 0.1), Point(x: 0, y: 0.2)]
        #expect(LayoutQuality.normalizedStress(graph, folded) > 0.1)
        #expect(LayoutQuality.neighborhoodPreservation(graph, line) > 0.7)
        // Sampled sources on a line still give 0.
        #expect(abs(LayoutQuality.normalizedStress(graph, line, sources: 2)) < 1e-12)
    }
}
