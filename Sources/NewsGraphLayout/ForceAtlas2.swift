import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian, PLoS ONE 2014), as Gephi's
/// `ForceAtlas2.java` computes it: degree-weighted repulsion (mass = degree + 1),
/// linear or LinLog attraction, gravity (or strong gravity), optional overlap prevention
/// from node sizes, optional hub dissuasion, the Barnes–Hut approximation with Gephi's
/// θ = 1.2 and the adaptive global speed with per-node swinging.
///
/// **Deterministic.** The start is drawn from ``Options/seed`` by SplitMix64; each node's
/// force is computed by one thread, from a quadtree built sequentially; the global sums
/// (swinging, traction) are summed per chunk of ``chunkSize`` nodes and the chunks added in
/// order. Chunks are fixed by the node count, not by the thread count, so the positions are
/// the same bits for any ``Options/threads``.
public enum ForceAtlas2 {
    /// The settings, named as in Gephi's panel.
    public struct Options: Equatable, Sendable {
        /// Passes; `nil` picks ``automaticIterations(nodeCount:)``.
        public var iterations: Int?
        /// Seeds the random start.
        public var seed: UInt64 = 1
        /// Repulsion strength; `nil` is Gephi's default (10 below 100 nodes, else 2).
        public var scalingRatio: Double?
        /// Pull towards the origin.
        public var gravity: Double = 1
        /// Gravity that does not weaken with distance.
        public var strongGravity = false
        /// Logarithmic attraction (tighter clusters).
        public var linLog = false
        /// Keep nodes of the given sizes from overlapping.
        public var preventOverlap = false
        /// Edge weights count as `weight ^ influence` (0: all 1).
        public var edgeWeightInfluence: Double = 1
        /// Divide attraction by the node's mass ("dissuade hubs": hubs go to the centre of their authorities).
        public var dissuadeHubs = false
        /// How much swinging is tolerated; `nil` is Gephi's default (1, or 10 from 50,000 nodes).
        public var jitterTolerance: Double?
        /// Barnes–Hut θ: a cell of side s at distance d acts as one body when s < θ·d.
        public var barnesHutTheta: Double = 1.2
        /// Use the Barnes–Hut approximation; `nil` uses it from 1000 nodes, as Gephi does.
        public var barnesHut: Bool?
        /// Threads computing forces.
        public var threads: Int = ForceAtlas2.defaultThreads

        /// Creates options with Gephi's defaults.
        public init() {}
    }

    /// The processors online.
    public static let defaultThreads = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// Nodes per chunk of the parallel passes; fixed, so results do not depend on threads.
    public static let chunkSize = 512

    /// Passes when none are given: 1000 up to 300 nodes, then 300,000 / nodes, at least 100.
    /// (The adaptive speed settles a layout in about a hundred passes; on the benchmark's
    /// graphs more passes change the stress by under 2%: Benchmarks/README.md.)
    public static func automaticIterations(nodeCount: Int) -> Int {
        max(100, min(1000, 300_000 / max(nodeCount, 1)))
    }

    /// Lays the graph out.
    /// - Parameters:
    ///   - graph: the graph.
    ///   - sizes: each node's radius, used with ``Options/preventOverlap`` (default 10).
    ///   - options: the settings.
    ///   - start: where the nodes start (one point per node); `nil` for a random start from
    ///     ``Options/seed``.
    /// - Returns: one point per node.
    public static func layout(
        _ graph: LayoutGraph, sizes: [Double]? = nil, options: Options = Options(), start: [Point]? = nil
    ) -> [Point] {
        let count = graph.nodeCount
        if count == 0 { return [] }
        let state = State(graph: graph, sizes: sizes, options: options)
        if let start {
            precondition(start.count == count, "one start point per node")
            for node in 0..<count {
                state.x[node] = start[node].x
                state.y[node] = start[node].y
            }
        }
        defer { state.release() }
        let iterations = options.iterations ?? automaticIterations(nodeCount: count)
        for _ in 0..<max(0, iterations) { state.step() }
        return (0..<count).map { Point(x: state.x[$0], y: state.y[$0]) }
    }

    /// The layout's working memory, touched by one thread per chunk of nodes at a time.
    final class State: @unchecked Sendable {
        let graph: LayoutGraph
        let count: Int
        let x, y, dx, dy, oldDx, oldDy, mass, size: UnsafeMutableBufferPointer<Double>
        let scaling, gravity, jitter, theta, edgeInfluence: Double
        let strongGravity, linLog, overlap, barnesHut: Bool
        let attractionCoefficient: Double
        let dissuadeHubs: Bool
        let threads: Int
        let tree = QuadTree()
        var speed = 1.0
        var speedEfficiency = 1.0

        init(graph: LayoutGraph, sizes: [Double]?, options: Options) {
            self.graph = graph
            count = graph.nodeCount
            func buffer() -> UnsafeMutableBufferPointer<Double> {
                let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: graph.nodeCount)
                buffer.initialize(repeating: 0)
                return buffer
            }
            (x, y, dx, dy, oldDx, oldDy, mass, size) = (buffer(), buffer(), buffer(), buffer(), buffer(), buffer(), buffer(), buffer())
            scaling = options.scalingRatio ?? (graph.nodeCount >= 100 ? 2 : 10)
            gravity = options.gravity
            jitter = options.jitterTolerance ?? (graph.nodeCount >= 50_000 ? 10 : 1)
            theta = options.barnesHutTheta
            edgeInfluence = options.edgeWeightInfluence
            strongGravity = options.strongGravity
            linLog = options.linLog
            overlap = options.preventOverlap
            barnesHut = options.barnesHut ?? (graph.nodeCount >= 1000)
            dissuadeHubs = options.dissuadeHubs
            threads = max(1, options.threads)
            var random = SplitMix64(seed: options.seed)
            // A square whose area grows with the node count, as a random layout in Gephi.
            let side = 20 * Double(graph.nodeCount).squareRoot() + 100
            var totalMass = 0.0
            for node in 0..<graph.nodeCount {
                x[node] = (random.unit() - 0.5) * side
                y[node] = (random.unit() - 0.5) * side
                mass[node] = Double(graph.degree(node) + 1)
                totalMass += mass[node]
                size[node] = sizes.map { $0[node] } ?? 10
            }
            // Gephi's outboundAttCompensation: the mean mass, when hubs are dissuaded.
            attractionCoefficient = options.dissuadeHubs ? totalMass / Double(graph.nodeCount) : 1
        }

        func release() {
            for buffer in [x, y, dx, dy, oldDx, oldDy, mass, size] { buffer.deallocate() }
        }

        /// Runs `body(range, chunk)` over fixed chunks of the nodes on up to `threads` threads.
        func forEachChunk(_ body: (Range<Int>, Int) -> Void) {
            let chunks = (count + ForceAtlas2.chunkSize - 1) / ForceAtlas2.chunkSize
            let lanes = min(threads, chunks)
            let count = self.count
            if lanes <= 1 {
                for chunk in 0..<chunks {
                    body(chunk * ForceAtlas2.chunkSize..<min(count, (chunk + 1) * ForceAtlas2.chunkSize), chunk)
                }
                return
            }
            withoutActuallyEscaping(body) { body in
                let work = Work(body)
                DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                    var chunk = lane
                    while chunk < chunks {
                        work.body(chunk * ForceAtlas2.chunkSize..<min(count, (chunk + 1) * ForceAtlas2.chunkSize), chunk)
                        chunk += lanes
                    }
                }
            }
        }

        /// One pass: forces, then speed, then moves.
        func step() {
            for node in 0..<count {
                oldDx[node] = dx[node]
                oldDy[node] = dy[node]
            }
            if barnesHut { tree.build(x: x, y: y, mass: mass, count: count) }
            // The tree is read through plain pointers: no reference counting or exclusivity
            // checks in the innermost loop, which every thread runs. With the tree, nodes are
            // visited in its order (neighbours in the plane one after another, so the cells and
            // positions they read stay in cache); each node's force is the same either way.
            tree.cells.withUnsafeBufferPointer { cells in
                tree.order.withUnsafeBufferPointer { order in
                    forEachChunk { range, _ in
                        for slot in range {
                            let node = barnesHut ? Int(order[slot]) : slot
                            var fx = 0.0
                            var fy = 0.0
                            if barnesHut {
                                repulsionBarnesHut(node, cells, order, &fx, &fy)
                            } else {
                                repulsionExact(node, &fx, &fy)
                            }
                            gravity(node, &fx, &fy)
                            attraction(node, &fx, &fy)
                            dx[node] = fx
                            dy[node] = fy
                        }
                    }
                }
            }
            adjustSpeed()
            forEachChunk { range, _ in
                for node in range { move(node) }
            }
        }

        /// Node-to-node repulsion on `node` from `other`, Gephi's linRepulsion (with sizes
        /// when overlap is prevented).
        @inline(__always)
        func repel(_ node: Int, _ other: Int, _ fx: inout Double, _ fy: inout Double) {
            let xDist = x[node] - x[other]
            let yDist = y[node] - y[other]
            let squared = xDist * xDist + yDist * yDist
            if overlap {
                let distance = squared.squareRoot() - size[node] - size[other]
                let factor: Double
                if distance > 0 {
                    factor = scaling * mass[node] * mass[other] / distance / distance
                } else if distance < 0 {
                    factor = 100 * scaling * mass[node] * mass[other]
                } else {
                    return
                }
                fx += xDist * factor
                fy += yDist * factor
            } else if squared > 0 {
                let factor = scaling * mass[node] * mass[other] / squared
                fx += xDist * factor
                fy += yDist * factor
            }
        }

        func repulsionExact(_ node: Int, _ fx: inout Double, _ fy: inout Double) {
            for other in 0..<count where other != node { repel(node, other, &fx, &fy) }
        }

        func repulsionBarnesHut(
            _ node: Int, _ cells: UnsafeBufferPointer<QuadTree.Cell>, _ order: UnsafeBufferPointer<Int32>,
            _ fx: inout Double, _ fy: inout Double
        ) {
            let px = x[node]
            let py = y[node]
            let thetaSquared = theta * theta
            let nodeMass = mass[node]
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * QuadTree.maxDepth + 8) { stack in
                var top = 1
                stack[0] = 0
                while top > 0 {
                    top -= 1
                    let cell = cells[Int(stack[top])]
                    let xDist = px - cell.centerX
                    let yDist = py - cell.centerY
                    let squared = xDist * xDist + yDist * yDist
                    if cell.side * cell.side < thetaSquared * squared {
                        // Far enough: the cell acts as one body (Gephi's region force, no sizes).
                        let factor = scaling * nodeMass * cell.mass / squared
                        fx += xDist * factor
                        fy += yDist * factor
                    } else if cell.firstChild < 0 {
                        for slot in Int(cell.start)..<Int(cell.end) {
                            let other = Int(order[slot])
                            if other != node { repel(node, other, &fx, &fy) }
                        }
                    } else {
                        let first = Int(cell.firstChild)
                        for child in stride(from: first + Int(cell.childCount) - 1, through: first, by: -1) {
                            stack[top] = Int32(child)
                            top += 1
                        }
                    }
                }
            }
        }

        @inline(__always)
        func gravity(_ node: Int, _ fx: inout Double, _ fy: inout Double) {
            let xDist = x[node]
            let yDist = y[node]
            let factor: Double
            if strongGravity {
                factor = mass[node] * gravity
            } else {
                let distance = (xDist * xDist + yDist * yDist).squareRoot()
                guard distance > 0 else { return }
                factor = mass[node] * gravity / distance
            }
            fx -= xDist * factor
            fy -= yDist * factor
        }

        @inline(__always)
        func attraction(_ node: Int, _ fx: inout Double, _ fy: inout Double) {
            let start = graph.offsets[node]
            let end = graph.offsets[node + 1]
            guard start < end else { return }
            let px = x[node]
            let py = y[node]
            graph.neighbors.withUnsafeBufferPointer { neighbors in
                graph.weights.withUnsafeBufferPointer { weights in
                    for entry in start..<end {
                        let other = Int(neighbors[entry])
                        var weight = weights[entry]
                        if edgeInfluence == 0 {
                            weight = 1
                        } else if edgeInfluence != 1 {
                            weight = pow(weight, edgeInfluence)
                        }
                        let xDist = px - x[other]
                        let yDist = py - y[other]
                        var factor = -attractionCoefficient * weight
                        if dissuadeHubs { factor /= mass[node] }
                        if overlap || linLog {
                            var distance = (xDist * xDist + yDist * yDist).squareRoot()
                            if overlap {
                                distance -= size[node] + size[other]
                                guard distance > 0 else { continue }
                            }
                            if linLog {
                                guard distance > 0 else { continue }
                                factor *= log(1 + distance) / distance
                            }
                        }
                        fx += xDist * factor
                        fy += yDist * factor
                    }
                }
            }
        }

        /// Gephi's adaptive speed, from the total swinging and traction (summed per chunk,
        /// the chunks in order).
        func adjustSpeed() {
            let chunks = (count + ForceAtlas2.chunkSize - 1) / ForceAtlas2.chunkSize
            let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: 2 * chunks)
            defer { partial.deallocate() }
            forEachChunk { range, chunk in
                var swinging = 0.0
                var traction = 0.0
                for node in range {
                    let sx = oldDx[node] - dx[node]
                    let sy = oldDy[node] - dy[node]
                    let tx = oldDx[node] + dx[node]
                    let ty = oldDy[node] + dy[node]
                    swinging += mass[node] * (sx * sx + sy * sy).squareRoot()
                    traction += mass[node] * 0.5 * (tx * tx + ty * ty).squareRoot()
                }
                partial[2 * chunk] = swinging
                partial[2 * chunk + 1] = traction
            }
            var totalSwinging = 0.0
            var totalTraction = 0.0
            for chunk in 0..<chunks {
                totalSwinging += partial[2 * chunk]
                totalTraction += partial[2 * chunk + 1]
            }
            guard totalSwinging > 0, totalTraction > 0 else { return }
            let nodes = Double(count)
            let estimatedOptimal = 0.05 * nodes.squareRoot()
            let minJitter = estimatedOptimal.squareRoot()
            let maxJitter = 10.0
            var jitterTolerance =
                jitter * max(minJitter, min(maxJitter, estimatedOptimal * totalTraction / (nodes * nodes)))
            let minSpeedEfficiency = 0.05
            if totalSwinging / totalTraction > 2 {
                if speedEfficiency > minSpeedEfficiency { speedEfficiency *= 0.5 }
                jitterTolerance = max(jitterTolerance, jitter)
            }
            let targetSpeed = jitterTolerance * speedEfficiency * totalTraction / totalSwinging
            if totalSwinging > jitterTolerance * totalTraction {
                if speedEfficiency > minSpeedEfficiency { speedEfficiency *= 0.7 }
            } else if speed < 1000 {
                speedEfficiency *= 1.3
            }
            let maxRise = 0.5
            speed += min(targetSpeed - speed, maxRise * speed)
        }

        @inline(__always)
        func move(_ node: Int) {
            let sx = oldDx[node] - dx[node]
            let sy = oldDy[node] - dy[node]
            let swinging = mass[node] * (sx * sx + sy * sy).squareRoot()
            var factor = speed / (1 + (speed * swinging).squareRoot())
            if overlap {
                factor *= 0.1
                let force = (dx[node] * dx[node] + dy[node] * dy[node]).squareRoot()
                guard force > 0 else { return }
                factor = min(factor * force, 10) / force
            }
            x[node] += dx[node] * factor
            y[node] += dy[node] * factor
        }
    }

    /// A non-escaping closure handed to the threads of one parallel pass; each chunk is
    /// run by exactly one thread, and the pass returns when all have finished.
    final class Work: @unchecked Sendable {
        let body: (Range<Int>, Int) -> Void
        init(_ body: @escaping (Range<Int>, Int) -> Void) { self.body = body }
    }
}

/// The Barnes–Hut quadtree, rebuilt each pass: cells in one flat array, children of a cell
/// contiguous, leaves of up to ``leafCapacity`` nodes (a range of ``order``).
final class QuadTree: @unchecked Sendable {
    static let leafCapacity = 8
    static let maxDepth = 40

    /// A cell: its centre of mass, mass and side; its children, or (a leaf) its nodes.
    struct Cell {
        var centerX = 0.0
        var centerY = 0.0
        var mass = 0.0
        var side = 0.0
        var firstChild: Int32 = -1
        var start: Int32 = 0
        var end: Int32 = 0
        var childCount: Int8 = 0
    }

    var cells: [Cell] = []
    var order: [Int32] = []

    /// Builds the tree over nodes `0..<count`, sequentially: the same tree for the same points.
    func build(
        x: UnsafeMutableBufferPointer<Double>, y: UnsafeMutableBufferPointer<Double>,
        mass nodeMass: UnsafeMutableBufferPointer<Double>, count: Int
    ) {
        cells.removeAll(keepingCapacity: true)
        if order.count != count { order = (0..<Int32(count)).map { $0 } }
        var minX = Double.infinity
        var minY = Double.infinity
        var maxX = -Double.infinity
        var maxY = -Double.infinity
        for node in 0..<count {
            minX = min(minX, x[node])
            maxX = max(maxX, x[node])
            minY = min(minY, y[node])
            maxY = max(maxY, y[node])
        }
        let side = max(maxX - minX, maxY - minY, 1e-9)
        cells.append(Cell())
        order.withUnsafeMutableBufferPointer { order in
            fill(0, order, 0, count, minX, minY, side, 0, x, y, nodeMass)
        }
    }

    private func fill(
        _ cell: Int, _ order: UnsafeMutableBufferPointer<Int32>, _ lo: Int, _ hi: Int, _ minX: Double, _ minY: Double,
        _ cellSide: Double, _ depth: Int, _ x: UnsafeMutableBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>,
        _ nodeMass: UnsafeMutableBufferPointer<Double>
    ) {
        var total = 0.0
        var sumX = 0.0
        var sumY = 0.0
        for slot in lo..<hi {
            let node = Int(order[slot])
            total += nodeMass[node]
            sumX += nodeMass[node] * x[node]
            sumY += nodeMass[node] * y[node]
        }
        cells[cell].mass = total
        cells[cell].centerX = sumX / total
        cells[cell].centerY = sumY / total
        cells[cell].side = cellSide
        if hi - lo <= Self.leafCapacity || depth >= Self.maxDepth {
            cells[cell].start = Int32(lo)
            cells[cell].end = Int32(hi)
            return
        }
        let half = cellSide / 2
        let midX = minX + half
        let midY = minY + half
        // Partition into below/above midY, then each half into left/right of midX.
        func partition(_ lo: Int, _ hi: Int, _ below: (Int) -> Bool) -> Int {
            var i = lo
            var j = hi - 1
            while true {
                while i <= j && below(Int(order[i])) { i += 1 }
                while i <= j && !below(Int(order[j])) { j -= 1 }
                if i >= j { return i }
                order.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        let middle = partition(lo, hi) { y[$0] < midY }
        let lowMiddle = partition(lo, middle) { x[$0] < midX }
        let highMiddle = partition(middle, hi) { x[$0] < midX }
        // The non-empty quadrants, in the order (low y: low x, high x), (high y: low x, high x).
        func bounds(_ index: Int) -> Int {
            switch index {
            case 0: lo
            case 1: lowMiddle
            case 2: middle
            case 3: highMiddle
            default: hi
            }
        }
        var children = 0
        for quadrant in 0..<4 where bounds(quadrant) < bounds(quadrant + 1) { children += 1 }
        let first = cells.count
        for _ in 0..<children { cells.append(Cell()) }
        cells[cell].firstChild = Int32(first)
        cells[cell].childCount = Int8(children)
        var child = first
        for quadrant in 0..<4 where bounds(quadrant) < bounds(quadrant + 1) {
            let quadrantX = quadrant % 2 == 0 ? minX : midX
            let quadrantY = quadrant < 2 ? minY : midY
            fill(child, order, bounds(quadrant), bounds(quadrant + 1), quadrantX, quadrantY, half, depth + 1, x, y, nodeMass)
            child += 1
        }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): the seeded source of the random start.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) from the top 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
