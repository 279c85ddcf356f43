import NewsGraph
import NewsGraphXML

/// Writes GEXF 1.3 as Gephi reads it and the official RELAX NG grammar accepts it.
///
/// `xmlns="http://gexf.net/1.3"`, `xmlns:viz="http://gexf.net/1.3/viz"`, no
/// `xsi:schemaLocation` (every GEXF grammar rejects it), typed attribute columns whose type
/// holds for every value, `viz:color` and `viz:size` (with `value` as its only, hence
/// first, attribute), edges with a unique id, `kind` and `label` = the predicate and
/// `weight` = the number of supporting sentences. When some of a relation's documents
/// carry an ISO date (`YYYY-MM-DD…`), the edge gets `start` = the earliest of them; the
/// graph is `mode="dynamic"` with `timeformat="date"` whenever some document has such a date.
public struct GEXFWriter: GraphWriter, Sendable {
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
        try GraphCheck.requireNoDanglingRelations(graph)
        let relations = graph.sortedRelations
        // Dynamic as soon as a document has an ISO date; edges from undated documents get no start.
        let dynamic = graph.documents.values.contains { $0.date.flatMap(Self.isoDay) != nil }

        let xml = try makeXMLOutput(engine, sink: sink)
        try xml.startDocument()
        try xml.startElement("gexf")
        try xml.attribute("xmlns", "http://gexf.net/1.3")
        try xml.attribute("xmlns:viz", "http://gexf.net/1.3/viz")
        try xml.attribute("version", "1.3")
        try xml.startElement("meta")
        try xml.element("creator", text: "NewsGraph")
        try xml.element("description", text: "Actors and the relations between them, extracted from news text")
        try xml.endElement()
        try xml.startElement("graph")
        try xml.attribute("defaultedgetype", "directed")
        try xml.attribute("mode", dynamic ? "dynamic" : "static")
        if dynamic { try xml.attribute("timeformat", "date") }
        let entities = graph.sortedEntities
        // Free-form attributes (columns read from another tool's file): string columns a0, a1, …
        // after ours, titled with the attribute's name.
        let nodeExtras = Self.extraColumns(entities.map(\.attributes), prefix: "na")
        let edgeExtras = Self.extraColumns(relations.map(\.attributes), prefix: "ea")
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

        let nodeIDs = GraphCheck.nodeIDs(entities)
        try xml.startElement("nodes")
        try xml.attribute("count", String(entities.count))
        for (index, entity) in entities.enumerated() {
            try xml.startElement("node")
            try xml.attribute("id", "n\(index)")
            try xml.attribute("label", entity.name)
            try xml.startElement("attvalues")
            try value(xml, "entity_id", entity.id)
            try value(xml, "actor_kind", entity.kind.rawValue)
            let aliases = Format.aliases(entity)
            if !aliases.isEmpty { try value(xml, "aliases", aliases.joined(separator: "|")) }
            try value(xml, "mentions", String(entity.mentionCount))
            let documents = entity.documentIDs
            if !documents.isEmpty { try value(xml, "documents", documents.joined(separator: "|")) }
            for extra in nodeExtras { if let text = entity.attributes[extra.name] { try value(xml, extra.id, text) } }
            try xml.endElement()
            let (r, g, b) = KindStyle.rgb(entity.kind)
            try xml.element("viz:color", attributes: ["r": String(r), "g": String(g), "b": String(b), "a": "1.0"])
            try xml.element("viz:size", attributes: ["value": Format.double(KindStyle.size(mentions: entity.mentionCount))])
            try xml.endElement()
        }
        try xml.endElement()

        try xml.startElement("edges")
        try xml.attribute("count", String(relations.count))
        for (index, relation) in relations.enumerated() {
            let predicate = relation.predicate
            try xml.startElement("edge")
            try xml.attribute("id", "e\(index)")
            try xml.attribute("source", nodeIDs[relation.source]!)
            try xml.attribute("target", nodeIDs[relation.target]!)
            try xml.attribute("label", predicate.name)
            try xml.attribute("kind", predicate.name)
            let facts = RelationFacts(relation)
            try xml.attribute("weight", Format.double(facts.evidence.count))
            if dynamic, let start = Self.startDate(facts.documents, in: graph) { try xml.attribute("start", start) }
            try xml.startElement("attvalues")
            try value(xml, "relation", predicate.name)
            if let cameo = predicate.cameo { try value(xml, "cameo", cameo) }
            try value(xml, "confidence", Format.double(facts.confidence))
            let evidence = facts.evidenceText(maxEvidence: options.maxEvidence)
            if !evidence.isEmpty { try value(xml, "evidence", evidence) }
            if !facts.documents.isEmpty { try value(xml, "documents", facts.documents.joined(separator: "|")) }
            if let role = facts.role, !XMLText.sanitized(role).isEmpty { try value(xml, "role", role) }
            try xml.endElement()
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()  // graph
        try xml.endElement()  // gexf
        try xml.endDocument()
    }

    /// The attribute names used in one domain, sorted, with column ids `<prefix>0`, `<prefix>1`, ….
    static func extraColumns(_ attributes: [[String: String]], prefix: String) -> [(name: String, id: String)] {
        var names = Set<String>()
        for element in attributes { names.formUnion(element.keys) }
        return names.sorted().enumerated().map { ($0.element, "\(prefix)\($0.offset)") }
    }

    private func value(_ xml: any XMLOutput, _ column: String, _ value: String) throws {
        try xml.element("attvalue", attributes: ["for": column, "value": value])
    }

    /// The earliest ISO date (`YYYY-MM-DD`) among the documents, if any.
    static func startDate(_ documents: [String], in graph: KnowledgeGraph) -> String? {
        guard !graph.documents.isEmpty else { return nil }
        var earliest: String?
        for id in documents {
            guard let date = graph.documents[id]?.date, let day = isoDay(date) else { continue }
            if earliest == nil || day < earliest! { earliest = day }
        }
        return earliest
    }

    /// The `YYYY-MM-DD` prefix of `text`, when it has one with a plausible month and day.
    static func isoDay(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7),
            bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10), (1...12).contains(month), day >= 1,
            let year = digits(0..<4), year >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        if bytes.count == 11, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[10]) { return nil }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }
}
