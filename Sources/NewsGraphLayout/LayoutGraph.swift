/// An undirected weighted graph in compressed sparse rows, what the layout works on.
///
/// Nodes are `0..<nodeCount`. Each undirected pair appears once in each end's row, with
/// the sum of the weights of every edge between the two; self-loops are dropped. Rows are
/// sorted by neighbour, so the graph (and everything computed from it) depends only on
/// the set of edges, not on their order.
public struct LayoutGraph: Sendable {
    /// How many nodes.
    public let nodeCount: Int
    /// Row `i` is `neighbors[offsets[i]..<offsets[i + 1]]`.
    public let offsets: [Int]
    /// The neighbours, row after row.
    public let neighbors: [Int32]
    /// The weight of each entry of ``neighbors``.
    public let weights: [Double]

    /// Builds the rows from a list of edges `(a, b, weight)` between nodes `0..<nodeCount`.
    /// - Precondition: every end is in `0..<nodeCount`; weights are finite and positive.
    public init(nodeCount: Int, edges: [(Int, Int, Double)]) {
        self.nodeCount = nodeCount
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for (a, b, _) in edges where a != b {
            precondition(a >= 0 && a < nodeCount && b >= 0 && b < nodeCount, "edge end out of range")
            counts[a + 1] += 1
            counts[b + 1] += 1
        }
        for index in 0..<nodeCount { counts[index + 1] += counts[index] }
        var fill = counts
        var entries = [(Int32, Double)](repeating: (0, 0), count: counts[nodeCount])
        for (a, b, weight) in edges where a != b {
            entries[fill[a]] = (Int32(b), weight)
            fill[a] += 1
            entries[fill[b]] = (Int32(a), weight)
            fill[b] += 1
        }
        // Sort each row and add up repeated neighbours (in sorted order: the sums do not
        // depend on the edges' order).
        var offsets = [0]
        var neighbors: [Int32] = []
        var weights: [Double] = []
        offsets.reserveCapacity(nodeCount + 1)
        neighbors.reserveCapacity(entries.count)
        weights.reserveCapacity(entries.count)
        for node in 0..<nodeCount {
            let row = entries[counts[node]..<counts[node + 1]].sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for (neighbor, weight) in row {
                if let last = neighbors.last, neighbors.count > offsets[node], last == neighbor {
                    weights[weights.count - 1] += weight
                } else {
                    neighbors.append(neighbor)
                    weights.append(weight)
                }
            }
            offsets.append(neighbors.count)
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// How many distinct neighbours node `node` has.
    public func degree(_ node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// How many undirected edges (distinct pairs).
    public var edgeCount: Int { neighbors.count / 2 }
}

/// A point of the plane.
public struct Point: Hashable, Sendable {
    /// Horizontal coordinate.
    public var x: Double
    /// Vertical coordinate (up).
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
