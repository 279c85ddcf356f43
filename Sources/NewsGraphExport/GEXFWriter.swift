import NewsGraph
import NewsGraphXML

/// Writes GEXF as Gephi and NetworkX read it and the official grammars accept it:
/// 1.2draft by default (every NetworkX reads it), 1.3 with ``ExportOptions/gexfVersion``.
///
/// `xmlns="http://www.gexf.net/1.2draft"` (1.3: `http://gexf.net/1.3`), the matching `viz`
/// namespace, no `xsi:schemaLocation` (every GEXF grammar rejects it), typed attribute
/// columns whose type holds for every value, `viz:color` and `viz:size` (with `value` as its
/// only, hence first, attribute), edges with a unique id, `label` = the predicate (1.3: also
/// `kind`, which keeps parallel relations apart in Gephi) and `weight` = the relation's. When some of a relation's documents
/// carry an ISO date (`YYYY-MM-DD…`), the edge gets `start` = the earliest of them; the
/// graph is `mode="dynamic"` with `timeformat="date"` whenever some document has such a date.
public struct GEXFWriter: GraphWriter, XMLGraphWriter, Sendable {
    /// The options (maxEvidence).
    public var options: ExportOptions

    /// The XML engine; both give the same bytes.
    public var engine: XMLEngine

    /// Creates a writer.
    public init(options: ExportOptions = ExportOptions(), engine: XMLEngine = .default) {
        self.options = options
        self.engine = engine
    }

    /// Node columns: (id = title, type).
    static let nodeAttributes: [(String, String)] = [
        ("entity_id", "string"), ("actor_kind", "string"), ("aliases", "string"), ("mentions", "integer"),
        ("documents", "string"),
    ]
    /// Edge columns: (id = title, type).
    static let edgeAttributes: [(String, String)] = [
        ("relation", "string"), ("cameo", "string"), ("confidence", "double"), ("evidence", "string"),
        ("documents", "string"), ("role", "string"),
    ]

    /// Writes the graph as GEXF 1.3.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        try writeThroughEngine(graph, to: sink)
    }

    /// Writes the body through an engine; see ``XMLGraphWriter``.
    func write<Output: XMLOutput>(_ graph: KnowledgeGraph, order: GraphOrder, to xml: Output) throws {
        // The ISO day of each document that has one; dynamic as soon as there is one (edges
        // from undated documents get no start).
        let days = graph.documents.compactMapValues { $0.date.flatMap(Self.isoDay) }
        let dynamic = !days.isEmpty

        try xml.startDocument()
        try xml.startElement("gexf")
        let version = options.gexfVersion
        try xml.attribute("xmlns", version.namespace)
        try xml.attribute("xmlns:viz", version.vizNamespace)
        try xml.attribute("version", version.version)
        try xml.startElement("meta")
        try xml.element("creator", text: "NewsGraph")
        try xml.element("description", text: "Actors and the relations between them, extracted from news text")
        try xml.endElement()
        try xml.startElement("graph")
        // A graph of undirected relations only is undirected; in a mixed one each undirected
        // edge says so (`type="undirected"`, which Gephi reads).
        try xml.attribute("defaultedgetype", order.directedness == .undirected ? "undirected" : "directed")
        // With both-ways, a mixed graph's undirected edges are `mutual` (both ways; NetworkX
        // reads no undirected edge in a directed graph).
        let markUndirected = order.directedness == .mixed
        try xml.attribute("mode", dynamic ? "dynamic" : "static")
        if dynamic { try xml.attribute("timeformat", "date") }
        let entities = order.entities
        // Free-form attributes (columns read from another tool's file): string columns a0, a1, …
        // after ours, titled with the attribute's name.
        let nodeExtras = order.entitiesHaveAttributes ? Self.extraColumns(entities.lazy.map(\.attributes), prefix: "na") : []
        let edgeExtras =
            order.relationsHaveAttributes
            ? Self.extraColumns(order.relations.indices.lazy.map { [relations = order.relations] in relations.attributes(at: $0) }, prefix: "ea") : []
        for (domain, columns, extras) in [("node", Self.nodeAttributes, nodeExtras), ("edge", Self.edgeAttributes, edgeExtras)] {
            try xml.startElement("attributes")
            try xml.attribute("class", domain)
            try xml.attribute("mode", "static")
            for (name, type) in columns {
                try xml.element("attribute", attributes: ["id": name, "title": name, "type": type])
            }
            for extra in extras {
                try xml.element("attribute", attributes: ["id": extra.id, "title": extra.name, "type": "string"])
            }
            try xml.endElement()
        }

        try xml.startElement("nodes")
        try xml.attribute("count", String(entities.count))
        try xml.children(count: entities.count, threads: options.threads) { xml, range in
            for index in range { try node(xml, entities[index], index: index, extras: nodeExtras, days: days) }
        }
        try xml.endElement()

        try xml.startElement("edges")
        try xml.attribute("count", String(order.relations.count))
        try xml.children(count: order.sorted.count, threads: options.threads) { xml, range in
            // Composite values (lists, numbers) are put together here, one at a time.
            var value = ByteWriter(sink: nil)
            var facts = RelationFacts()
            var confidences = Format.DoubleCache()
            for index in range {
                try edge(
                    xml, order, index: index, days: days, extras: edgeExtras, markUndirected: markUndirected, &value,
                    &facts, &confidences)
            }
        }
        try xml.endElement()
        try xml.endElement()  // graph
        try xml.endElement()  // gexf
        try xml.endDocument()
    }

    /// Writes the `<node>` of `entity`, the `index`th in sorted order.
    private func node(
        _ xml: some XMLOutput, _ entity: Entity, index: Int, extras: [ExtraColumn], days: [String: String]
    ) throws {
        try xml.startElement("node")
        try xml.attribute("id", prefix: "n", number: index)
        try xml.attribute("label", entity.name)
        // On the timeline from its first dated document on.
        if !days.isEmpty, let start = Self.startDate(entity.documentIDs, days: days) { try xml.attribute("start", start) }
        try xml.startElement("attvalues")
        try value(xml, Self.entityIDValue, entity.id)
        try value(xml, Self.actorKindValue, entity.kind.rawValue)
        let aliases = Format.aliases(entity)
        if !aliases.isEmpty { try value(xml, Self.aliasesValue, aliases.joined(separator: "|")) }
        try value(xml, Self.mentionsValue, String(entity.mentionCount))
        let documents = entity.documentIDs
        if !documents.isEmpty { try value(xml, Self.documentsValue, documents.joined(separator: "|")) }
        for extra in extras { if let text = entity.attributes[extra.name] { try value(xml, extra.value, text) } }
        try xml.endElement()
        let (r, g, b) = KindStyle.rgb(entity.kind)
        try xml.element("viz:color", attributes: ["r": String(r), "g": String(g), "b": String(b), "a": "1.0"])
        let placement = options.drawing?[entity.id]
        if let placement {
            // z as Gephi writes it: GEXF 1.2draft's viz module requires it (1.3 makes it optional).
            try xml.element(
                "viz:position", attributes: ["x": Format.double(placement.x), "y": Format.double(placement.y), "z": "0.0"])
        }
        try xml.element(
            "viz:size", attributes: ["value": Format.double(placement?.size ?? KindStyle.size(mentions: entity.mentionCount))])
        try xml.endElement()
    }

    /// Writes the `<edge>` of the `index`th relation in `order`, given each document's ISO day
    /// (none: a static graph); `value`, `facts` and `confidences` are scratch space.
    private func edge(
        _ xml: some XMLOutput, _ order: GraphOrder, index: Int, days: [String: String], extras: [ExtraColumn],
        markUndirected: Bool, _ value: inout ByteWriter, _ facts: inout RelationFacts,
        _ confidences: inout Format.DoubleCache
    ) throws {
        let (slot, predicate) = try order.startEdge(index, in: xml, facts: &facts)
        if markUndirected && !facts.isDirected {
            try xml.attribute("type", options.mixedEdges == .undirected ? "undirected" : "mutual")
        }
        try xml.attribute("label", predicate.name)
        if options.gexfVersion == .v1_3 { try xml.attribute("kind", predicate.name) }
        facts.weight(into: &value)
        try value.withBytes { try xml.attribute("weight", bytes: $0) }
        if !days.isEmpty, let start = Self.startDate(facts.documents, days: days) { try xml.attribute("start", start) }
        try xml.startElement("attvalues")
        try self.value(xml, Self.relationValue, predicate.name)
        if let cameo = predicate.cameo { try self.value(xml, Self.cameoValue, cameo) }
        try self.value(xml, Self.confidenceValue, confidences.text(facts.confidence))
        try facts.evidenceText(maxEvidence: options.maxEvidence, scratch: &value) { text in
            // Nothing for a lone empty sentence.
            if !text.isEmpty { try xml.element(Self.evidenceValue, "value", text) }
        }
        try facts.documentList(scratch: &value) { try xml.element(Self.documentsValue, "value", $0) }
        if facts.hasRole, let role = order.relations.role(at: Int(slot.index)), !XMLText.sanitized(role).isEmpty {
            try self.value(xml, Self.roleValue, role)
        }
        if !extras.isEmpty {
            let attributes = order.relations.attributes(at: Int(slot.index))
            for extra in extras { if let text = attributes[extra.name] { try self.value(xml, extra.value, text) } }
        }
        try xml.endElement()  // attvalues
        try xml.endElement()  // edge
    }

    /// The attribute names used in one domain, sorted, with column ids `<prefix>0`, `<prefix>1`, ….
    static func extraColumns(_ attributes: some Sequence<[String: String]>, prefix: String) -> [ExtraColumn] {
        var names = Set<String>()
        for element in attributes { names.formUnion(element.keys) }
        return names.sorted().enumerated().map { ExtraColumn(name: $0.element, id: "\(prefix)\($0.offset)") }
    }

    /// A free-form attribute's column: its name in the model, its column id, and its
    /// `<attvalue for="…"` markup, put together once.
    struct ExtraColumn {
        let name: String
        let id: String
        let value: XMLLeaf

        init(name: String, id: String) {
            self.name = name
            self.id = id
            value = XMLLeaf("attvalue", "for", id)
        }
    }

    /// `<attvalue for="column" value="…"/>`.
    private func value(_ xml: some XMLOutput, _ column: XMLLeaf, _ value: String) throws {
        var value = value
        try value.withUTF8 { try xml.element(column, "value", $0) }
    }

    /// The `<attvalue for="…"` markup of our columns, put together once.
    private static let entityIDValue = XMLLeaf("attvalue", "for", "entity_id"),
        actorKindValue = XMLLeaf("attvalue", "for", "actor_kind"), aliasesValue = XMLLeaf("attvalue", "for", "aliases"),
        mentionsValue = XMLLeaf("attvalue", "for", "mentions")
    private static let relationValue = XMLLeaf("attvalue", "for", "relation"), cameoValue = XMLLeaf("attvalue", "for", "cameo"),
        confidenceValue = XMLLeaf("attvalue", "for", "confidence"), evidenceValue = XMLLeaf("attvalue", "for", "evidence"),
        documentsValue = XMLLeaf("attvalue", "for", "documents"), roleValue = XMLLeaf("attvalue", "for", "role")

    /// The earliest ISO date (`YYYY-MM-DD`) among the documents, if any, given each
    /// document's day.
    static func startDate(_ documents: [String], days: [String: String]) -> String? {
        var earliest: String?
        for id in documents {
            guard let day = days[id] else { continue }
            if earliest == nil || day < earliest! { earliest = day }
        }
        return earliest
    }

    /// The `YYYY-MM-DD` prefix of `text`; see ``DocumentDate/isoDay(_:)``.
    static func isoDay(_ text: String) -> String? { DocumentDate.isoDay(text) }
}
