import NewsGraph

/// Writes Graphviz DOT that `dot`, `sfdp`, pydot and pygraphviz read without warnings.
///
/// A `digraph` (a `graph` when every relation is undirected; never `strict`, so parallel
/// relations stay; an undirected relation in a `digraph` has no arrowheads), every id and value a quoted
/// string escaped by one routine (`\` first, then `"`; newlines as `\n`; `&` as `&amp;`
/// because Graphviz decodes entities; other control characters dropped; strings cut at
/// 4000 bytes), `charset="UTF-8"`. Nodes are `n0…` in sorted entity order, shaped and
/// filled by kind; edges are labelled with the predicate, `penwidth` grows with the weight,
/// and the tooltip carries evidence (bounded by ``ExportOptions/maxEvidence``).
///
/// The legend is an HTML-like table in the graph's own label (no layout can scatter it
/// among the actors), left out with ``ExportOptions/legend`` false; with
/// ``ExportOptions/cluster`` the nodes are grouped into one `cluster_<kind>` subgraph per
/// kind instead (laid out by `dot`, or by `sfdp` above ``largeGraphNodeCount`` nodes, where
/// `dot` with clusters takes minutes; for `dot`, each cluster's isolated nodes are chained
/// by `style="invis"` edges in runs of ⌈√n⌉, so they form rows instead of one column — a
/// program that reads the file as data should skip invisible edges). The file names its
/// engine, so plain `dot -Tsvg` draws it well:
/// - with a drawing (``ExportOptions/drawing``), every node is pinned at `pos="x,y!"` in
///   points, the drawing scaled so that the median edge is ``drawnEdgeLength`` points long,
///   straight edges, and `layout="nop2"`: Graphviz keeps the positions and only routes the
///   edges, so `dot -Tsvg` (or `neato -n2`) draws any size in seconds;
/// - else up to ``largeGraphNodeCount`` nodes `neato` (stress majorization) with
///   `overlap="prism"`, `sep` and spline edges routed around the nodes, and above it `sfdp`
///   with `overlap="prism"` and straight edges; both `pack` the connected components, so
///   isolated nodes sit apart, around the rest, not in one column.
public struct DOTWriter: GraphWriter, Sendable {
    /// The options (cluster, maxEvidence).
    public var options: ExportOptions

    /// Above this many nodes the file asks for the `sfdp` layout.
    public static let largeGraphNodeCount = 150

    /// With a drawing: the median edge's length in points.
    public static let drawnEdgeLength = 110.0

    /// The longest quoted string written, in UTF-8 bytes (Graphviz's limit is 16384).
    static let maxStringBytes = 4000

    /// Creates a writer.
    public init(options: ExportOptions = ExportOptions()) { self.options = options }

    /// Writes the graph as DOT.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        // The order holds node numbers and sorted relation slots, not copies of the relations.
        let order = try GraphOrder(graph)
        var out = ByteWriter(sink: sink)
        let entities = order.entities
        let large = entities.count > Self.largeGraphNodeCount

        let kinds = EntityKind.allCases.filter { kind in entities.contains { $0.kind == kind } }
        let drawing = options.cluster ? nil : options.drawing
        let scale = drawing.map { Format.drawingScale($0, order: order, edgeLength: Self.drawnEdgeLength) } ?? 1

        // A graph of undirected relations only is a `graph` (edges `--`); in a `digraph`, an
        // undirected relation is drawn without arrowheads.
        let undirected = order.directedness == .undirected
        out.raw(undirected ? "graph \"newsgraph\" {\n" : "digraph \"newsgraph\" {\n")
        out.raw("  graph [charset=\"UTF-8\", fontname=\"Helvetica\", fontsize=\"11\"")
        if options.cluster && large {
            // dot with clusters takes minutes on a few hundred nodes with edges across
            // clusters; sfdp draws the same file in a second (and ignores the clusters).
            out.raw(", label=\"NewsGraph\", labelloc=\"t\", layout=\"sfdp\", overlap=\"prism\", sep=\"+4\"")
            out.raw(", splines=\"false\", pack=\"true\", outputorder=\"edgesfirst\"")
        } else if options.cluster {
            // dot's old ranking fails on clusters with edges across them ("trouble in init_rank").
            out.raw(", label=\"NewsGraph\", labelloc=\"t\", rankdir=\"LR\", nodesep=\"0.3\", ranksep=\"0.8\", newrank=\"true\"")
        } else {
            if options.legend && !kinds.isEmpty {
                // The legend: the graph's label, a table of the kinds drawn, below the graph.
                out.raw(", labelloc=\"b\", labeljust=\"l\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\"")
                out.raw(" CELLPADDING=\"4\"><TR><TD COLSPAN=\"")
                out.integer(kinds.count)
                out.raw("\"><B>NewsGraph</B></TD></TR><TR>")
                for kind in kinds {
                    out.raw("<TD BGCOLOR=\"")
                    out.plain(KindStyle.hex(kind))
                    out.raw("\">")
                    out.plain(kind.rawValue)
                    out.raw("</TD>")
                }
                out.raw("</TR></TABLE>>")
            }
            if drawing != nil {
                // `nop2` is `neato -n2`: the positions as they are, whichever command draws the file.
                out.raw(", layout=\"nop2\", overlap=\"true\", splines=\"false\", outputorder=\"edgesfirst\"")
            } else if large {
                out.raw(", layout=\"sfdp\", overlap=\"prism\", sep=\"+4\", splines=\"false\", pack=\"true\"")
                out.raw(", outputorder=\"edgesfirst\"")
            } else {
                out.raw(", layout=\"neato\", mode=\"major\", overlap=\"prism\", sep=\"+8\", splines=\"true\", pack=\"true\"")
            }
        }
        out.raw("];\n")
        out.raw("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\"];\n")
        out.raw("  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#555555\"];\n")

        if options.cluster {
            var indexes: [EntityKind: [Int]] = [:]
            for (index, entity) in entities.enumerated() { indexes[entity.kind, default: []].append(index) }
            // dot puts the nodes of one rank in one column (rankdir LR), and every node with no
            // relation has rank 0: a kind's isolated actors would stack into one tall column.
            // Chained by invisible edges in runs of ⌈√n⌉, they form a block of rows instead.
            var linked: [Bool] = []
            if !large {
                linked = [Bool](repeating: false, count: entities.count)
                for slot in order.sorted {
                    linked[Int(slot.source)] = true
                    linked[Int(slot.target)] = true
                }
            }
            for kind in kinds {
                out.raw("  subgraph ")
                quoted(&out, "cluster_" + kind.rawValue)
                out.raw(" {\n    label=")
                quoted(&out, kind.rawValue)
                out.raw(";\n    style=\"rounded\";\n    color=\"#BBBBBB\";\n")
                for index in indexes[kind] ?? [] {
                    out.raw("  ")
                    try node(&out, entities[index], index: index)
                }
                if !large {
                    let isolated = (indexes[kind] ?? []).filter { !linked[$0] }
                    let run = Int(Double(isolated.count).squareRoot().rounded(.up))
                    for position in isolated.indices where position % max(run, 1) != 0 {
                        out.raw("    \"n")
                        out.integer(isolated[position - 1])
                        out.raw(undirected ? "\" -- \"n" : "\" -> \"n")
                        out.integer(isolated[position])
                        out.raw("\" [style=\"invis\"];\n")
                    }
                }
                out.raw("  }\n")
            }
        } else {
            for (index, entity) in entities.enumerated() {
                try node(&out, entity, index: index, placement: drawing?[entity.id], scale: scale)
            }
        }

        for slot in order.sorted {
            let relation = order.relations[Int(slot.index)]
            out.raw("  \"n")
            out.integer(Int(slot.source))
            out.raw(undirected ? "\" -- \"n" : "\" -> \"n")
            out.integer(Int(slot.target))
            out.raw("\" [label=")
            quoted(&out, relation.predicate.name)
            if !undirected && !relation.isDirected {
                out.raw(", dir=\"both\", arrowtail=\"none\", arrowhead=\"none\"")
            }
            // Graphviz's edge weight is an integer: the weight rounded, at least 1.
            let weight = relation.weight.isFinite ? Int(min(max(relation.weight.rounded(), 1), 1e6)) : 1
            out.raw(", weight=\"")
            out.integer(weight)
            out.raw("\", penwidth=\"")
            // 1.0, 1.5, 2.0, … up to 8.0, in tenths without floating-point formatting.
            let tenths = min(80, 10 + (weight - 1) * 5)
            out.integer(tenths / 10)
            out.byte(UInt8(ascii: "."))
            out.integer(tenths % 10)
            out.raw("\", tooltip=")
            var tip = relation.predicate.name
            if let cameo = relation.predicate.cameo { tip += " (CAMEO " + cameo + ")" }
            for item in Format.shownEvidence(relation, maxEvidence: options.maxEvidence) {
                tip += "\n" + item.sentence
            }
            quoted(&out, tip)
            out.raw("];\n")
            try out.flushIfFull()
        }
        out.raw("}\n")
        try out.flush()
    }

    private func node(
        _ out: inout ByteWriter, _ entity: Entity, index: Int, placement: GraphDrawing.Placement? = nil, scale: Double = 1
    ) throws {
        out.raw("  \"n")
        out.integer(index)
        out.raw("\" [label=")
        quoted(&out, entity.name)
        out.raw(", shape=\"")
        out.raw(KindStyle.dotShape(entity.kind))
        out.raw("\", fillcolor=\"")
        out.plain(KindStyle.hex(entity.kind))
        if let placement {
            out.raw("\", pos=\"")
            out.plain(Format.double(Format.rounded(placement.x * scale)))
            out.byte(UInt8(ascii: ","))
            out.plain(Format.double(Format.rounded(placement.y * scale)))
            out.raw("!")
        }
        out.raw("\", tooltip=")
        var tip = entity.kind.rawValue + ": " + entity.id
        if !entity.aliases.isEmpty { tip += "\naliases: " + entity.sortedAliases.joined(separator: ", ") }
        quoted(&out, tip)
        out.raw("];\n")
        try out.flushIfFull()
    }

    /// The one escaping routine: a DOT quoted string. Runs of bytes that need nothing are
    /// copied whole.
    func quoted(_ out: inout ByteWriter, _ text: String) {
        out.byte(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            var runStart = 0
            var written = 0  // escaped bytes so far, before the current run
            var cut = false
            while index < count {
                let byte = bytes[index]
                // Cut long strings at a scalar boundary (not on a continuation byte).
                if written + (index - runStart) >= Self.maxStringBytes && byte & 0xC0 != 0x80 {
                    cut = true
                    break
                }
                let replacement: StaticString
                switch byte {
                case 0x5C: replacement = "\\\\"  // backslash, before anything else
                case 0x22: replacement = "\\\""
                case 0x0A:
                    // A newline right after a carriage return was written with it.
                    replacement = index > 0 && bytes[index - 1] == 0x0D ? "" : "\\n"
                case 0x0D: replacement = "\\n"
                case 0x26: replacement = "&amp;"  // Graphviz decodes entities in strings
                case 0x09: replacement = " "
                case 0..<0x20, 0x7F: replacement = ""  // other control characters: dropped
                default:
                    index += 1
                    continue
                }
                if index > runStart {
                    out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    written += index - runStart
                }
                out.raw(replacement)
                written += replacement.utf8CodeUnitCount
                index += 1
                runStart = index
            }
            if index > runStart { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            if cut { out.raw("…") }
        }
        out.byte(UInt8(ascii: "\""))
    }
}
