import NewsGraph
import NewsGraphXML

/// Writes GraphML 1.0 in the profile of DESIGN.md and INTEROP.md section 6.
///
/// All keys come first, one per (domain, `attr.name`), each with one of the six standard
/// `attr.type`s. Nodes are `n0…` and edges `e0…` in sorted entity and relation order; the
/// entity's own id is the `entity_id` data value. Besides the profile keys (node: `label`,
/// `type`, `aliases`, `mentions`; edge: `relation`, `cameo`, `weight`, `confidence`,
/// `evidence`, `documents`, `role`) it writes Gephi's display keys `color` and `size`, an
/// edge `label` (the predicate), semantic columns Gephi does not swallow (`name`,
/// `actor_kind`), and the spans (`spans`, `evidence_spans`) that let ``GraphMLReader``
/// rebuild mentions and evidence.
///
/// With ``GraphMLFlavor/yed`` it adds yFiles `nodegraphics`/`edgegraphics` keys and
/// `y:ShapeNode`/`y:PolyLineEdge` markup.
public struct GraphMLWriter: GraphWriter, XMLGraphWriter, Sendable {
    /// The options (flavor, maxEvidence).
    public var options: ExportOptions

    /// The XML engine; both give the same bytes.
    public var engine: XMLEngine

    /// Creates a writer.
    public init(options: ExportOptions = ExportOptions(), engine: XMLEngine = .default) {
        self.options = options
        self.engine = engine
    }

    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let yFilesNamespace = "http://www.yworks.com/xml/graphml"

    /// One `<key>`: the key id is `d<k>` in declaration order.
    struct Key {
        let domain: String
        let name: String
        let type: String
    }

    /// The node keys, in the order they are declared.
    static let nodeKeys: [Key] = [
        Key(domain: "node", name: "label", type: "string"),
        Key(domain: "node", name: "name", type: "string"),
        Key(domain: "node", name: "entity_id", type: "string"),
        Key(domain: "node", name: "type", type: "string"),
        Key(domain: "node", name: "actor_kind", type: "string"),
        Key(domain: "node", name: "aliases", type: "string"),
        Key(domain: "node", name: "mentions", type: "int"),
        Key(domain: "node", name: "documents", type: "string"),
        Key(domain: "node", name: "spans", type: "string"),
        Key(domain: "node", name: "color", type: "string"),
        Key(domain: "node", name: "size", type: "double"),
    ]

    /// The edge keys, in the order they are declared (after the node keys).
    static let edgeKeys: [Key] = [
        Key(domain: "edge", name: "label", type: "string"),
        Key(domain: "edge", name: "relation", type: "string"),
        Key(domain: "edge", name: "cameo", type: "string"),
        Key(domain: "edge", name: "weight", type: "double"),
        Key(domain: "edge", name: "confidence", type: "double"),
        Key(domain: "edge", name: "evidence", type: "string"),
        Key(domain: "edge", name: "documents", type: "string"),
        Key(domain: "edge", name: "role", type: "string"),
        Key(domain: "edge", name: "evidence_spans", type: "string"),
    ]

    /// The keys a laid-out graph adds (``ExportOptions/drawing``): position, and colour as
    /// Gephi's GraphML importer maps `r`, `g`, `b` (INTEROP.md §2.1), after ours (and after the
    /// yFiles keys in the yEd flavour).
    static let layoutKeys: [Key] = [
        Key(domain: "node", name: "x", type: "double"), Key(domain: "node", name: "y", type: "double"),
        Key(domain: "node", name: "r", type: "int"), Key(domain: "node", name: "g", type: "int"),
        Key(domain: "node", name: "b", type: "int"),
    ]

    /// Key ids of the yFiles graphics keys.
    static let nodeGraphicsKey = "d\(nodeKeys.count + edgeKeys.count)"
    static let edgeGraphicsKey = "d\(nodeKeys.count + edgeKeys.count + 1)"

    /// The `<data>` leaf of a node key.
    private static func nodeKey(_ name: String) -> XMLLeaf {
        XMLLeaf("data", "key", "d\(nodeKeys.firstIndex { $0.name == name }!)")
    }

    /// The `<data>` leaf of an edge key.
    private static func edgeKey(_ name: String) -> XMLLeaf {
        XMLLeaf("data", "key", "d\(nodeKeys.count + edgeKeys.firstIndex { $0.name == name }!)")
    }

    // Key ids resolved once, and their `<data>` markup put together.
    private static let kLabel = nodeKey("label"), kName = nodeKey("name"), kEntityID = nodeKey("entity_id"),
        kType = nodeKey("type"), kActorKind = nodeKey("actor_kind"), kAliases = nodeKey("aliases"),
        kMentions = nodeKey("mentions"), kNodeDocuments = nodeKey("documents"), kSpans = nodeKey("spans"),
        kColor = nodeKey("color"), kSize = nodeKey("size")
    private static let kEdgeLabel = edgeKey("label"), kRelation = edgeKey("relation"), kCameo = edgeKey("cameo"),
        kWeight = edgeKey("weight"), kConfidence = edgeKey("confidence"), kEvidence = edgeKey("evidence"),
        kEdgeDocuments = edgeKey("documents"), kRole = edgeKey("role"), kEvidenceSpans = edgeKey("evidence_spans")

    /// Writes the graph as GraphML.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        try writeThroughEngine(graph, to: sink)
    }

    /// Writes the body through an engine; see ``XMLGraphWriter``.
    func write<Output: XMLOutput>(_ graph: KnowledgeGraph, order: GraphOrder, to xml: Output) throws {
        let yed = options.flavor == .yed
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.attribute("xmlns", Self.namespace)
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        if yed { try xml.attribute("xmlns:y", Self.yFilesNamespace) }
        try xml.attribute(
            "xsi:schemaLocation",
            yed
                ? "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
                : "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
        try xml.comment(" Written by NewsGraph ")
        for (index, key) in (Self.nodeKeys + Self.edgeKeys).enumerated() {
            try xml.element(
                "key", attributes: ["id": "d\(index)", "for": key.domain, "attr.name": key.name, "attr.type": key.type])
        }
        if yed {
            try xml.element("key", attributes: ["id": Self.nodeGraphicsKey, "for": "node", "yfiles.type": "nodegraphics"])
            try xml.element("key", attributes: ["id": Self.edgeGraphicsKey, "for": "edge", "yfiles.type": "edgegraphics"])
        }
        let entities = order.entities
        // Free-form attributes (columns read from another tool's file) get keys of their own after ours.
        var nextKey = Self.nodeKeys.count + Self.edgeKeys.count + (yed ? 2 : 0)
        let drawing = options.drawing
        var layoutLeaves: [XMLLeaf] = []
        if drawing != nil {
            for key in Self.layoutKeys {
                try xml.element(
                    "key", attributes: ["id": "d\(nextKey)", "for": key.domain, "attr.name": key.name, "attr.type": key.type])
                layoutLeaves.append(XMLLeaf("data", "key", "d\(nextKey)"))
                nextKey += 1
            }
        }
        // A drawing replaces the positions and colours another tool's file carried.
        let nodeExtras =
            order.entitiesHaveAttributes
            ? Self.attributeKeys(
                entities.lazy.map(\.attributes), reserved: Self.nodeReserved, next: &nextKey,
                skipping: drawing == nil ? [] : Self.layoutAttributeNames) : []
        let edgeExtras =
            order.relationsHaveAttributes
            ? Self.attributeKeys(order.relations.indices.lazy.map { [relations = order.relations] in relations.attributes(at: $0) }, reserved: Self.edgeReserved, next: &nextKey) : []
        for (domain, extras) in [("node", nodeExtras), ("edge", edgeExtras)] {
            for extra in extras {
                try xml.element(
                    "key", attributes: ["id": extra.id, "for": domain, "attr.name": extra.attrName, "attr.type": "string"])
            }
        }
        try xml.startElement("graph")
        try xml.attribute("id", "G")
        // A graph of undirected relations only is an undirected graph; in a mixed one each
        // undirected edge says so (GraphML's per-edge `directed`, which Gephi reads).
        try xml.attribute("edgedefault", order.directedness == .undirected ? "undirected" : "directed")
        let mixed = order.directedness == .mixed
        let markUndirected = mixed && options.mixedEdges == .undirected
        // With both-ways, each undirected relation of a mixed graph is also written target →
        // source, as edge e<relations + k> for the kth undirected relation in order.
        let reverseIDs: [Int32] = Self.reverseIDs(order, bothWays: mixed && options.mixedEdges == .bothWays)

        let columns = max(1, Int(Double(entities.count).squareRoot().rounded(.up)))
        let layoutData = layoutLeaves
        let yedScale = drawing.map { Format.drawingScale($0, order: order, edgeLength: 160) } ?? 1
        try xml.children(count: entities.count, threads: options.threads) { xml, range in
            // Composite values (lists, spans, numbers) are put together here, one at a time.
            var value = ByteWriter(sink: nil)
            var mentions: [Mention] = []
            for index in range {
                try node(
                    xml, entities[index], index: index, extras: nodeExtras, columns: columns, layout: layoutData,
                    yedScale: yedScale, &value, &mentions)
            }
        }
        try xml.children(count: order.sorted.count, threads: options.threads) { xml, range in
            var value = ByteWriter(sink: nil)
            var facts = RelationFacts()
            var confidences = Format.DoubleCache()
            for index in range {
                try edge(
                    xml, order, index: index, extras: edgeExtras, markUndirected: markUndirected,
                    reverseID: reverseIDs.isEmpty ? -1 : reverseIDs[index], &value, &facts, &confidences)
            }
        }
        try xml.endElement()  // graph
        try xml.endElement()  // graphml
        try xml.endDocument()
    }

    /// With `bothWays`, the id number of each relation's reverse edge: e<relations + k> for the
    /// kth undirected relation in order that is not a loop, -1 for a directed one or a loop
    /// (there and back are the same edge); without, none.
    private static func reverseIDs(_ order: GraphOrder, bothWays: Bool) -> [Int32] {
        guard bothWays else { return [] }
        var next = Int32(order.sorted.count)
        return order.sorted.map { slot in
            guard !order.relations.isDirected(at: Int(slot.index)), slot.source != slot.target else { return -1 }
            defer { next += 1 }
            return next
        }
    }

    /// Writes the `<node>` of `entity`, the `index`th in sorted order; `value` and `mentions`
    /// are scratch space.
    private func node(
        _ xml: some XMLOutput, _ entity: Entity, index: Int, extras: [AttributeKey], columns: Int, layout: [XMLLeaf],
        yedScale: Double, _ value: inout ByteWriter, _ mentions: inout [Mention]
    ) throws {
        let placement = options.drawing?[entity.id]
        try xml.startElement("node")
        try xml.attribute("id", prefix: "n", number: index)
        try data(xml, Self.kLabel, entity.name)
        try data(xml, Self.kName, entity.name)
        try data(xml, Self.kEntityID, entity.id)
        try data(xml, Self.kType, entity.kind.rawValue)
        try data(xml, Self.kActorKind, entity.kind.rawValue)
        if !entity.aliases.isEmpty {
            let aliases = Format.aliases(entity)
            if !aliases.isEmpty { try data(xml, Self.kAliases, aliases.joined(separator: "|")) }
        }
        value.reset()
        value.integer(entity.mentionCount)
        try data(xml, Self.kMentions, value)
        if entity.isMentioned {
            mentions.removeAll(keepingCapacity: true)
            entity.appendMentions(to: &mentions)
            mentions.sort()
            // Sorted by document first: the documents, sorted, are where the document changes.
            value.reset()
            for (position, mention) in mentions.enumerated()
            where position == 0 || mention.documentID != mentions[position - 1].documentID {
                if position > 0 { value.byte(UInt8(ascii: "|")) }
                value.plain(mention.documentID)
            }
            try data(xml, Self.kNodeDocuments, value)
            value.reset()
            Format.spans(mentions, into: &value)
            try data(xml, Self.kSpans, value)
        }
        try data(xml, Self.kColor, KindStyle.hex(entity.kind))
        try data(xml, Self.kSize, Format.double(placement?.size ?? KindStyle.size(mentions: entity.mentionCount)))
        if let placement, layout.count == 5 {
            let (r, g, b) = KindStyle.rgb(entity.kind)
            for (leaf, text) in zip(layout, [Format.double(placement.x), Format.double(placement.y), String(r), String(g), String(b)]) {
                try data(xml, leaf, text)
            }
        }
        for extra in extras { if let value = entity.attributes[extra.name] { try data(xml, extra.id, value) } }
        if options.flavor == .yed {
            try shapeNode(xml, entity, index: index, columns: columns, placement: placement, scale: yedScale)
        }
        try xml.endElement()
    }

    /// Writes the `<edge>` of the `index`th relation in `order` (with `directed="false"` when
    /// it is undirected and `markUndirected`), and when `reverseID` is not negative the same
    /// edge target → source with that id; `value`, `facts` and `confidences` are scratch
    /// space.
    private func edge(
        _ xml: some XMLOutput, _ order: GraphOrder, index: Int, extras: [AttributeKey], markUndirected: Bool,
        reverseID: Int32, _ value: inout ByteWriter, _ facts: inout RelationFacts,
        _ confidences: inout Format.DoubleCache
    ) throws {
        let (slot, predicate) = try order.startEdge(index, in: xml, facts: &facts)
        if markUndirected && !facts.isDirected { try xml.attribute("directed", "false") }
        try edgeData(xml, order, slot, predicate, extras: extras, &value, &facts, &confidences)
        if reverseID >= 0 {
            try xml.startElement("edge")
            try xml.attribute("id", prefix: "e", number: Int(reverseID))
            try xml.attribute("source", prefix: "n", number: Int(slot.target))
            try xml.attribute("target", prefix: "n", number: Int(slot.source))
            try edgeData(xml, order, slot, predicate, extras: extras, &value, &facts, &confidences)
        }
    }

    /// Writes the data of an edge whose start tag is open, and closes it.
    private func edgeData(
        _ xml: some XMLOutput, _ order: GraphOrder, _ slot: GraphOrder.Slot, _ predicate: Predicate,
        extras: [AttributeKey], _ value: inout ByteWriter, _ facts: inout RelationFacts,
        _ confidences: inout Format.DoubleCache
    ) throws {
        try data(xml, Self.kEdgeLabel, predicate.name)
        try data(xml, Self.kRelation, predicate.name)
        if let cameo = predicate.cameo { try data(xml, Self.kCameo, cameo) }
        facts.weight(into: &value)
        try data(xml, Self.kWeight, value)
        try data(xml, Self.kConfidence, confidences.text(facts.confidence))
        // Written whenever a sentence is shown, even an empty one, so that it reads back.
        try facts.evidenceText(maxEvidence: options.maxEvidence, scratch: &value) {
            try xml.leaf(Self.kEvidence, text: $0)
        }
        try facts.documentList(scratch: &value) { try xml.leaf(Self.kEdgeDocuments, text: $0) }
        if facts.hasRole, let role = order.relations.role(at: Int(slot.index)), !XMLText.sanitized(role).isEmpty {
            try data(xml, Self.kRole, role)
        }
        if !facts.evidence.isEmpty {
            value.reset()
            facts.spans(into: &value)
            try data(xml, Self.kEvidenceSpans, value)
        }
        for extra in extras {
            if let value = order.relations.attributes(at: Int(slot.index))[extra.name] {
                try data(xml, extra.id, value)
            }
        }
        if options.flavor == .yed { try polyLineEdge(xml, order.relations[Int(slot.index)]) }
        try xml.endElement()
    }

    /// A free-form attribute's key: its name in the model, its key id, and its `attr.name`.
    struct AttributeKey {
        var name: String
        var id: String
        var attrName: String
    }

    /// Column names a free-form attribute may not take: ours, and those ``GraphMLReader``
    /// reads into model fields (it would drop an attribute written under one of them).
    static let nodeReserved = Set(nodeKeys.map(\.name)).union(GraphMLReader.nodeFields)
    static let edgeReserved = Set(edgeKeys.map(\.name)).union(GraphMLReader.edgeFields)
    /// Free-form node attributes a drawing supersedes: another tool's positions and colours.
    static let layoutAttributeNames: Set<String> = ["x", "y", "z", "r", "g", "b"]

    /// Keys for the attribute names used in one domain, sorted by name. The `attr.name` is
    /// made a valid NMTOKEN (other characters become `_`) and kept apart from the reserved
    /// names (an `x_` prefix) and from each other (a numeric suffix).
    static func attributeKeys(
        _ attributes: some Sequence<[String: String]>, reserved: Set<String>, next: inout Int, skipping: Set<String> = []
    ) -> [AttributeKey] {
        var names = Set<String>()
        for element in attributes { names.formUnion(element.keys) }
        names.subtract(skipping)
        var taken = reserved
        var keys: [AttributeKey] = []
        for name in names.sorted() {
            var attrName = String(
                String.UnicodeScalarView(
                    name.unicodeScalars.map { scalar in
                        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "._-:".unicodeScalars.contains(scalar)
                            ? scalar : "_"
                    }))
            if attrName.isEmpty { attrName = "_" }
            if taken.contains(attrName) { attrName = "x_" + attrName }
            var unique = attrName
            var suffix = 2
            while taken.contains(unique) {
                unique = "\(attrName)_\(suffix)"
                suffix += 1
            }
            taken.insert(unique)
            keys.append(AttributeKey(name: name, id: "d\(next)", attrName: unique))
            next += 1
        }
        return keys
    }

    private func data(_ xml: some XMLOutput, _ key: String, _ value: String) throws {
        try xml.leaf("data", "key", key, text: value)
    }

    private func data(_ xml: some XMLOutput, _ key: XMLLeaf, _ value: String) throws {
        var value = value
        try value.withUTF8 { try xml.leaf(key, text: $0) }
    }

    private func data(_ xml: some XMLOutput, _ key: XMLLeaf, _ value: borrowing ByteWriter) throws {
        try value.withBytes { try xml.leaf(key, text: $0) }
    }

    /// yEd's node: laid out from the drawing (y flipped: yEd's y points down; the drawing
    /// scaled to yEd's pixels), else on a grid.
    private func shapeNode(
        _ xml: some XMLOutput, _ entity: Entity, index: Int, columns: Int, placement: GraphDrawing.Placement?, scale: Double
    ) throws {
        let characters = XMLText.sanitized(entity.name).count
        let width = Double(min(320, max(80, 8 * min(characters, 40) + 24)))
        let x = placement.map { Format.rounded($0.x * scale - width / 2) } ?? Double(index % columns) * 360
        let y = placement.map { Format.rounded(-$0.y * scale - 20) } ?? Double(index / columns) * 120
        try xml.startElement("data")
        try xml.attribute("key", Self.nodeGraphicsKey)
        try xml.startElement("y:ShapeNode")
        try xml.element(
            "y:Geometry",
            attributes: [
                "x": Format.double(x), "y": Format.double(y),
                "width": Format.double(width), "height": "40.0",
            ])
        try xml.element("y:Fill", attributes: ["color": KindStyle.hex(entity.kind), "transparent": "false"])
        try xml.element("y:BorderStyle", attributes: ["color": "#000000", "type": "line", "width": "1.0"])
        try xml.element("y:NodeLabel", text: entity.name)
        try xml.element("y:Shape", attributes: ["type": KindStyle.yedShape(entity.kind)])
        try xml.endElement()
        try xml.endElement()
    }

    private func polyLineEdge(_ xml: some XMLOutput, _ relation: Relation) throws {
        let width = min(8.0, 1.0 + (max(relation.weight, 1) - 1) * 0.5)
        try xml.startElement("data")
        try xml.attribute("key", Self.edgeGraphicsKey)
        try xml.startElement("y:PolyLineEdge")
        try xml.element("y:LineStyle", attributes: ["color": "#555555", "type": "line", "width": Format.double(width)])
        try xml.element(
            "y:Arrows", attributes: ["source": "none", "target": relation.isDirected ? "standard" : "none"])
        try xml.element("y:EdgeLabel", text: relation.predicate.name)
        try xml.endElement()
        try xml.endElement()
    }
}
