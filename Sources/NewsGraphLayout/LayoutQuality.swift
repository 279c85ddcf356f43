/// How faithfully a drawing shows its graph: the two figures used to compare layouts.
public enum LayoutQuality {
    /// Normalised stress (Gansner, Koren, North 2004; scale-free as in Kruiger et al. 2017):
    /// over the pairs of nodes in the same connected component, with graph distance `D`
    /// (hops) and drawn distance `d`, `Σ (α·d − D)² / D²` at the scale `α` that minimises it,
    /// divided by the number of pairs. 0 is a drawing whose distances are the graph's; lower
    /// is better.
    /// - Parameters:
    ///   - graph: the graph.
    ///   - positions: one point per node.
    ///   - sources: BFS from every node when `nil`; else from this many nodes spread evenly
    ///     over `0..<nodeCount` (an estimate for large graphs).
    public static func normalizedStress(_ graph: LayoutGraph, _ positions: [Point], sources: Int? = nil) -> Double {
        let count = graph.nodeCount
        precondition(positions.count == count, "one position per node")
        guard count > 1 else { return 0 }
        let roots: [Int] =
            sources.map { wanted in
                let step = max(1, count / max(1, wanted))
                return Array(stride(from: 0, to: count, by: step).prefix(wanted))
            } ?? Array(0..<count)
        // For the optimal scale: Σ d/D, Σ d²/D²; then stress = Σ(α d/D − 1)² = α²·B − 2α·A + pairs.
        var a = 0.0
        var b = 0.0
        var pairs = 0.0
        var distance = [Int32](repeating: -1, count: count)
        var queue = [Int32](repeating: 0, count: count)
        for root in roots {
            for index in 0..<count { distance[index] = -1 }
            distance[root] = 0
            queue[0] = Int32(root)
            var head = 0
            var tail = 1
            while head < tail {
                let node = Int(queue[head])
                head += 1
                for entry in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = Int(graph.neighbors[entry])
                    if distance[other] < 0 {
                        distance[other] = distance[node] + 1
                        queue[tail] = Int32(other)
                        tail += 1
                    }
                }
            }
            for slot in 1..<tail {
                let other = Int(queue[slot])
                // Every pair once when all roots are used; from each root otherwise.
                if sources == nil && other < root { continue }
                let graphDistance = Double(distance[other])
                let dx = positions[root].x - positions[other].x
                let dy = positions[root].y - positions[other].y
                let drawn = (dx * dx + dy * dy).squareRoot()
                a += drawn / graphDistance
                b += drawn * drawn / (graphDistance * graphDistance)
                pairs += 1
            }
        }
        guard pairs > 0, b > 0 else { return 0 }
        let alpha = a / b
        return max(0, (alpha * alpha * b - 2 * alpha * a + pairs) / pairs)
    }

    /// Neighbourhood preservation: for each node with neighbours, the Jaccard similarity
    /// of its graph neighbours and its `degree` nearest nodes in the drawing, averaged
    /// (Kruiger et al. 2017). 1 is perfect; higher is better. Quadratic: for graphs of a few
    /// thousand nodes.
    public static func neighborhoodPreservation(_ graph: LayoutGraph, _ positions: [Point]) -> Double {
        let count = graph.nodeCount
        precondition(positions.count == count, "one position per node")
        var total = 0.0
        var counted = 0
        var distances = [(Double, Int32)]()
        distances.reserveCapacity(count)
        for node in 0..<count {
            let degree = graph.degree(node)
            guard degree > 0 else { continue }
            distances.removeAll(keepingCapacity: true)
            for other in 0..<count where other != node {
                let dx = positions[node].x - positions[other].x
                let dy = positions[node].y - positions[other].y
                distances.append((dx * dx + dy * dy, Int32(other)))
            }
            // The `degree` nearest, ties by index.
            let nearest = Set(
                distances.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(degree).map(\.1))
            let neighbors = Set(graph.neighbors[graph.offsets[node]..<graph.offsets[node + 1]])
            let shared = nearest.intersection(neighbors).count
            total += Double(shared) / Double(nearest.count + neighbors.count - shared)
            counted += 1
        }
        return counted == 0 ? 1 : total / Double(counted)
    }
}
