import NewsGraph
import NewsGraphXML

/// Writes RDF/XML in the vocabulary of ``NewsGraphVocabulary``.
///
/// - Entities are IRIs `<baseIRI>actor/<id>` (the id percent-encoded: every byte outside
///   `A–Z a–z 0–9 - . _ ~`), typed with the project class and the schema.org class, with
///   `rdfs:label`, `skos:altLabel` per alias, `ng:entityId` and `ng:mentionCount`.
/// - Each relation is a direct triple `actor ng:<predicate> actor` (an undirected relation,
///   such as every relation of a symmetric predicate, one in each direction: the vocabulary
///   declares those `owl:SymmetricProperty`, and a SPARQL query without a reasoner sees
///   both) and, per piece of
///   evidence, an `rdf:Statement` blank node (`rdf:nodeID="b0"`, `b1`, …) with
///   `rdf:subject`/`rdf:predicate`/`rdf:object`, `ng:evidenceText`, `ng:startOffset`,
///   `ng:endOffset`, `ng:confidence`, `ng:cameoCode`, `ng:role`, `ng:rule` and
///   `prov:wasDerivedFrom` the document. A relation without evidence still gets one
///   statement node, without the evidence fields.
/// - Documents are IRIs `<baseIRI>document/<id>` with `dcterms:identifier`,
///   `dcterms:title`, `dcterms:date` (`xsd:date` when it is an ISO date) and
///   `dcterms:source` (the URL).
///
/// Characters XML forbids are removed from literals; predicate names that are not valid
/// local names are refused.
public struct RDFXMLWriter: GraphWriter, Sendable {
    /// The options (baseIRI).
    public var options: ExportOptions

    /// The XML engine; both give the same bytes.
    public var engine: XMLEngine

    /// Creates a writer.
    public init(options: ExportOptions = ExportOptions(), engine: XMLEngine = .default) {
        self.options = options
        self.engine = engine
    }

    typealias V = NewsGraphVocabulary

    /// The IRI of an entity.
    public func entityIRI(_ id: String) -> String {
        Self.safeIRI(options.baseIRI) + "actor/" + Format.percentEncoded(id, keeping: Format.unreserved)
    }

    /// The IRI of a document.
    public func documentIRI(_ id: String) -> String {
        Self.safeIRI(options.baseIRI) + "document/" + Format.percentEncoded(id, keeping: Format.unreserved)
    }

    /// Writes the graph as RDF/XML.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        // The order holds node numbers and sorted relation slots, not copies of the relations.
        let order = try GraphOrder(graph)
        // The smallest invalid name, so that the message does not depend on the graph's order.
        if let invalid = graph.relations.values.lazy.map(\.predicate.name).filter({ !Predicate.isValidName($0) }).min() {
            throw NewsGraphError(.invalidGraph, "predicate name '\(invalid)' is not a valid RDF local name")
        }
        var iris = IRIs(writer: self)
        let xml = try makeXMLOutput(engine, sink: sink)
        try xml.startDocument()
        try xml.startElement("rdf:RDF")
        for (prefix, iri) in V.prefixes where prefix != "owl" { try xml.attribute("xmlns:" + prefix, iri) }
        try xml.comment(" Written by NewsGraph; vocabulary: https://newsgraph.example/ns# (Schemas/newsgraph-vocabulary.rdf) ")

        for document in graph.sortedDocuments {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:about", iris.document(document.id))
            try V.resource(xml, "rdf:type", V.namespace + "Document")
            try V.literal(xml, "dcterms:identifier", document.id)
            if let title = document.title { try V.literal(xml, "dcterms:title", title) }
            if let date = document.date {
                if GEXFWriter.isoDay(date) == date {
                    try V.literal(xml, "dcterms:date", date, datatype: V.xsd + "date")
                } else {
                    try V.literal(xml, "dcterms:date", date)
                }
            }
            if let url = document.url {
                if Self.hasScheme(url) {
                    try V.resource(xml, "dcterms:source", Self.safeIRI(url))
                } else {
                    try V.literal(xml, "dcterms:source", url)
                }
            }
            try xml.endElement()
        }

        let slots = order.sorted  // sorted by source, like the entities
        var next = 0
        // Undirected relations stated from their target's side too: sorted by target, then as
        // the forward ones (predicate, then the other end).
        let reverse = slots.filter { !order.relations[Int($0.index)].isDirected && $0.source != $0.target }
            .sorted { a, b in
                (a.target, a.rank, a.source) < (b.target, b.rank, b.source)
            }
        var nextReverse = 0
        // Free-form attributes become flat blank nodes a0, a1, … written at the end.
        var attributeNodes: [(id: String, name: String, value: String)] = []
        func attributeReferences(_ attributes: [String: String]) throws -> [String] {
            var ids: [String] = []
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
                let id = "a\(attributeNodes.count)"
                attributeNodes.append((id, name, value))
                ids.append(id)
            }
            return ids
        }
        for (index, entity) in order.entities.enumerated() {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:about", iris.entity(entity.id))
            try V.resource(xml, "rdf:type", V.classIRI(entity.kind))
            try V.resource(xml, "rdf:type", V.schemaOrgClassIRI(entity.kind))
            try V.literal(xml, "rdfs:label", entity.name)
            for alias in Format.aliases(entity) { try V.literal(xml, "skos:altLabel", alias) }
            try V.literal(xml, "ng:entityId", entity.id)
            try V.literal(xml, "ng:mentionCount", String(entity.mentionCount), datatype: V.xsd + "integer")
            for id in try attributeReferences(entity.attributes) {
                try xml.element("ng:attribute", attributes: ["rdf:nodeID": id], text: nil)
            }
            while next < slots.count, Int(slots[next].source) == index {
                let relation = order.relations[Int(slots[next].index)]
                try V.resource(xml, "ng:" + relation.predicate.name, iris.entity(relation.target))
                next += 1
            }
            while nextReverse < reverse.count, Int(reverse[nextReverse].target) == index {
                let relation = order.relations[Int(reverse[nextReverse].index)]
                try V.resource(xml, "ng:" + relation.predicate.name, iris.entity(relation.source))
                nextReverse += 1
            }
            try xml.endElement()
        }

        var blank = 0
        for relation in order.sortedRelations {
            let evidence = relation.evidence
            let attributes = try attributeReferences(relation.attributes)
            if evidence.isEmpty {
                try statement(xml, relation, nil, id: blank, attributes: attributes, iris: &iris)
                blank += 1
            }
            for item in evidence {
                try statement(xml, relation, item, id: blank, attributes: attributes, iris: &iris)
                blank += 1
            }
        }
        for node in attributeNodes {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:nodeID", node.id)
            try V.resource(xml, "rdf:type", V.namespace + "Attribute")
            try V.literal(xml, "ng:attributeName", node.name)
            try V.literal(xml, "ng:attributeValue", node.value)
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endDocument()
    }

    private func statement(
        _ xml: any XMLOutput, _ relation: Relation, _ item: Evidence?, id: Int, attributes: [String], iris: inout IRIs
    ) throws {
        try xml.startElement("rdf:Description")
        try xml.attribute("rdf:nodeID", "b\(id)")
        try V.resource(xml, "rdf:type", V.rdf + "Statement")
        try V.resource(xml, "rdf:subject", iris.entity(relation.source))
        try V.resource(xml, "rdf:predicate", iris.property(relation.predicate))
        try V.resource(xml, "rdf:object", iris.entity(relation.target))
        if let code = relation.predicate.cameoCode { try V.literal(xml, "ng:cameoCode", code) }
        if let item {
            try V.literal(xml, "ng:evidenceText", item.sentence)
            try V.literal(xml, "ng:startOffset", String(item.start), datatype: V.xsd + "integer")
            try V.literal(xml, "ng:endOffset", String(item.end), datatype: V.xsd + "integer")
            try V.literal(xml, "ng:confidence", Format.double(item.confidence), datatype: V.xsd + "double")
            if let role = item.role { try V.literal(xml, "ng:role", role) }
            if let rule = item.rule { try V.literal(xml, "ng:rule", rule) }
            try V.resource(xml, "prov:wasDerivedFrom", iris.document(item.documentID))
        }
        for attribute in attributes { try xml.element("ng:attribute", attributes: ["rdf:nodeID": attribute], text: nil) }
        try xml.endElement()
    }

    /// IRIs minted once per entity, document and predicate during one write.
    private struct IRIs {
        let writer: RDFXMLWriter
        let base: String
        var entities: [String: String] = [:]
        var documents: [String: String] = [:]
        var properties: [String: String] = [:]

        init(writer: RDFXMLWriter) {
            self.writer = writer
            base = RDFXMLWriter.safeIRI(writer.options.baseIRI)
        }

        mutating func entity(_ id: String) -> String {
            if let iri = entities[id] { return iri }
            let iri = base + "actor/" + Format.percentEncoded(id, keeping: Format.unreserved)
            entities[id] = iri
            return iri
        }

        mutating func document(_ id: String) -> String {
            if let iri = documents[id] { return iri }
            let iri = base + "document/" + Format.percentEncoded(id, keeping: Format.unreserved)
            documents[id] = iri
            return iri
        }

        mutating func property(_ predicate: Predicate) -> String {
            if let iri = properties[predicate.name] { return iri }
            let iri = NewsGraphVocabulary.propertyIRI(predicate)
            properties[predicate.name] = iri
            return iri
        }
    }

    /// Whether `text` starts with an IRI scheme (`https:`, `urn:`).
    static func hasScheme(_ text: String) -> Bool {
        var sawLetter = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if !sawLetter { return false }
            case UInt8(ascii: ":"): return sawLetter
            default: return false
            }
        }
        return false
    }

    /// `iri` with the characters an IRI may not contain percent-encoded: controls, space,
    /// `< > " { } | \ ^ \``, DEL. Everything else, `%` and non-ASCII included, is kept.
    static func safeIRI(_ iri: String) -> String {
        Format.percentEncoded(iri) { byte in
            switch byte {
            case 0...0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                false
            default: true
            }
        }
    }
}
