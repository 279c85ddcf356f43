// The layout benchmark: NewsGraph's ForceAtlas2 against Graphviz sfdp and igraph's C layouts
// (layout_drl, layout_fruchterman_reingold), side by side in one run, on the same synthetic
// graphs; time, and the quality of every drawing measured by the same code
// (NewsGraphLayout.LayoutQuality). Run through Benchmarks/layout/run.sh.
import Foundation
import NewsGraphLayout

// MARK: - Arguments

var sizes: [(nodes: Int, edges: Int)] = [(1000, 5000), (2000, 10000), (5000, 25000), (10000, 50000), (100_000, 500_000)]
var peers = ["sfdp", "drl", "fr"]
var qualityMax = 5000
var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("newsgraph-layout-bench")
var iterationsOverride: Int?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--sizes":
        sizes = arguments.popFirst()!.split(separator: ",").map { pair in
            let parts = pair.split(separator: ":").map { Int($0)! }
            return (parts[0], parts[1])
        }
    case "--peers": peers = arguments.popFirst()!.split(separator: ",").map(String.init).filter { $0 != "none" }
    case "--quality-max": qualityMax = Int(arguments.popFirst()!)!
    case "--work": work = URL(fileURLWithPath: arguments.popFirst()!)
    case "--iterations": iterationsOverride = Int(arguments.popFirst()!)!
    default:
        FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
        exit(64)
    }
}
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../layout/igraph_layout.py")
    .standardized.path

// MARK: - Graphs

/// SplitMix64, for a graph that is the same on every run.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// A connected graph shaped like an actor network: communities of about 50 nodes, each new
/// node linking to earlier ones by preferential attachment, 90% of the time inside its
/// community (heavy-tailed degrees, clusters, a few hubs).
func makeGraph(nodes: Int, edges: Int, seed: UInt64) -> [(Int, Int)] {
    var random = Random(state: seed)
    let communities = max(1, nodes / 50)
    var endpoints: [[Int]] = Array(repeating: [], count: communities)  // per community, one entry per edge end
    var all: [Int] = []
    var result: [(Int, Int)] = []
    var seen = Set<UInt64>()
    let perNode = max(1, edges / max(1, nodes))
    for node in 0..<nodes {
        let community = node % communities
        if node > 0 {
            var wanted = perNode
            var tries = 0
            while wanted > 0 && tries < 20 * perNode {
                tries += 1
                let local = !endpoints[community].isEmpty && random.unit() < 0.9
                let pool = local ? endpoints[community] : all
                let target = pool.isEmpty ? random.below(node) : pool[random.below(pool.count)]
                let key = UInt64(min(node, target)) << 32 | UInt64(max(node, target))
                guard target != node, !seen.contains(key) else { continue }
                seen.insert(key)
                result.append((node, target))
                endpoints[community].append(target)
                endpoints[community].append(node)
                all.append(target)
                all.append(node)
                wanted -= 1
            }
        }
    }
    return result
}

// MARK: - Running

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

@discardableResult
func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: "bench", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: "\(executable) failed"])
    }
    return String(decoding: data, as: UTF8.self)
}

func readPoints(_ path: String, count: Int) throws -> [Point] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    return lines.prefix(count).map { line in
        let parts = line.split(separator: " ")
        return Point(x: Double(parts[0])!, y: Double(parts[1])!)
    }
}

/// sfdp's positions from `-Tplain`: `node NAME X Y W H …`.
func readPlain(_ text: String, count: Int) -> [Point] {
    var points = [Point](repeating: Point(x: 0, y: 0), count: count)
    for line in text.split(separator: "\n") where line.hasPrefix("node ") {
        let parts = line.split(separator: " ")
        points[Int(parts[1])!] = Point(x: Double(parts[2])!, y: Double(parts[3])!)
    }
    return points
}

struct Row {
    var tool: String
    var seconds: Double
    var stress: Double?
    var preservation: Double?
}

print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; ForceAtlas2 on all of them, peers single-threaded")
print(
    "stress: normalised stress (lower is better, exact up to \(qualityMax) nodes, else from 100 BFS sources); NP: neighbourhood preservation (higher is better, up to \(qualityMax) nodes)"
)
print()
print("| nodes / edges | layout | seconds | stress | NP | time vs fastest peer |")
print("|---|---|---|---|---|---|")
for (nodes, wantedEdges) in sizes {
    let edges = makeGraph(nodes: nodes, edges: wantedEdges, seed: UInt64(nodes))
    let graph = LayoutGraph(nodeCount: nodes, edges: edges.map { ($0.0, $0.1, 1.0) })
    let base = work.appendingPathComponent("g\(nodes)")
    var dot = "graph G {\n  node [shape=point];\n"
    var list = ""
    for (a, b) in edges {
        dot += "  \(a) -- \(b);\n"
        list += "\(a) \(b)\n"
    }
    dot += "}\n"
    try dot.write(toFile: base.path + ".dot", atomically: true, encoding: .utf8)
    try list.write(toFile: base.path + ".edges", atomically: true, encoding: .utf8)

    func quality(_ points: [Point]) -> (Double, Double?) {
        let stress = LayoutQuality.normalizedStress(graph, points, sources: nodes <= qualityMax ? nil : 100)
        let np = nodes <= qualityMax ? LayoutQuality.neighborhoodPreservation(graph, points) : nil
        return (stress, np)
    }

    var rows: [Row] = []
    var options = ForceAtlas2.Options()
    options.iterations = iterationsOverride
    var ours: [Point] = []
    let ourTime = seconds { ours = GraphLayout.layout(graph, sizes: [Double](repeating: 10, count: nodes), options: options) }
    let (ourStress, ourNP) = quality(ours)
    rows.append(Row(tool: "NewsGraph ForceAtlas2", seconds: ourTime, stress: ourStress, preservation: ourNP))

    for peer in peers {
        var points: [Point] = []
        var time = 0.0
        switch peer {
        case "sfdp":
            var plain = ""
            time = try seconds { plain = try run("/usr/bin/sfdp", ["-Tplain", base.path + ".dot"]) }
            points = readPlain(plain, count: nodes)
            rows.append(Row(tool: "Graphviz sfdp", seconds: time))
        case "drl", "fr":
            let out = base.path + ".\(peer).xy"
            let printed = try run("/usr/bin/python3", [script, base.path + ".edges", String(nodes), peer, out])
            time = Double(printed.trimmingCharacters(in: .whitespacesAndNewlines))!
            points = try readPoints(out, count: nodes)
            rows.append(Row(tool: peer == "drl" ? "igraph layout_drl" : "igraph layout_fruchterman_reingold", seconds: time))
        default:
            fatalError("unknown peer \(peer)")
        }
        let (stress, np) = quality(points)
        rows[rows.count - 1].stress = stress
        rows[rows.count - 1].preservation = np
    }
    let fastestPeer = rows.dropFirst().map(\.seconds).min()
    for row in rows {
        let ratio = fastestPeer.map { String(format: "%.2f×", row.seconds / $0) } ?? "–"
        print(
            "| \(nodes) / \(edges.count) | \(row.tool) | \(String(format: "%.2f", row.seconds)) | "
                + "\(row.stress.map { String(format: "%.3f", $0) } ?? "–") | \(row.preservation.map { String(format: "%.3f", $0) } ?? "–") | \(ratio) |"
        )
    }
    fflush(nil)
}
