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
///   both) and an `rdf:Statement` with an IRI of its own,
///   `<baseIRI>relation/<source>/<predicate>/<target>` (ids percent-encoded): `rdf:subject`,
///   `rdf:predicate`, `rdf:object`, `ng:weight` (`xsd:double`), `ng:confidence` (the
///   highest of its evidence), `ng:cameoCode`, `ng:role`, and `ng:evidence` → one
///   `ng:Evidence` per sentence, `<statement>/<document>/<start>-<end>`, with
///   `ng:evidenceText`, `ng:startOffset`, `ng:endOffset`, `ng:confidence`, `ng:role`,
///   `ng:rule` and `prov:wasDerivedFrom` the document.
/// - Documents are IRIs `<baseIRI>document/<id>` with `dcterms:identifier`,
///   `dcterms:title`, `dcterms:date` (`xsd:date` for an ISO 8601 day, `xsd:dateTime` for an ISO 8601
///   date and time, see ``ISODate``; else a plain literal) and
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

    /// The base IRI to mint IRIs under: `iri` when it is an absolute IRI ending in `/` or `#`
    /// (or `:`, as a URN base such as `urn:example:` does); with a `/` added when it ends
    /// otherwise (`https://example.org/kg` would mint
    /// `…/kgactor/…`), `fixed` then says so.
    /// - Throws: ``NewsGraphError`` `.invalidInput` when `iri` is not an absolute IRI (a scheme,
    ///   `:`, then no space, control character or `< > " { } | \ ^ \``).
    public static func checkedBaseIRI(_ iri: String) throws -> (iri: String, fixed: Bool) {
        let forbidden = Set("<>\"{}|\\^`".unicodeScalars)
        guard hasScheme(iri), let colon = iri.firstIndex(of: ":"), iri.index(after: colon) != iri.endIndex,
            !iri.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || forbidden.contains($0) })
        else {
            throw NewsGraphError(
                .invalidInput, "the base IRI '\(iri)' is not an absolute IRI (such as https://example.org/kg/)")
        }
        if iri.hasSuffix("/") || iri.hasSuffix("#") || iri.hasSuffix(":") { return (iri, false) }
        return (iri + "/", true)
    }

    /// Writes the graph as RDF/XML.
    /// - Throws: ``NewsGraphError`` for a base IRI that is not absolute (see
    ///   ``checkedBaseIRI(_:)``; one without a final `/` or `#` gets a `/`), an invalid
    ///   predicate name, or a relation to a missing entity.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        var checked = self
        checked.options.baseIRI = try Self.checkedBaseIRI(options.baseIRI).iri
        try checked.writeChecked(graph, to: sink)
    }

    private func writeChecked(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        // The order holds node numbers and sorted relation slots, not copies of the relations.
        let order = try GraphOrder(graph)
        // The smallest invalid name, so that the message does not depend on the graph's order.
        if let invalid = graph.relations.predicateRecords.lazy.map(\.name).filter({ !Predicate.isValidName($0) }).min() {
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
                if let iso = ISODate.parse(date) {
                    try V.literal(xml, "dcterms:date", iso.lexical, datatype: V.xsd + iso.kind.rawValue)
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
        let reverse = slots.filter { !order.relations.isDirected(at: Int($0.index)) && $0.source != $0.target }
            .sorted { a, b in
                (a.target, order.rank(a), a.source) < (b.target, order.rank(b), b.source)
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
                let position = Int(slots[next].index)
                try V.resource(
                    xml, "ng:" + order.relations.predicate(at: position).name, iris.entity(order.relations.target(at: position)))
                next += 1
            }
            while nextReverse < reverse.count, Int(reverse[nextReverse].target) == index {
                let position = Int(reverse[nextReverse].index)
                try V.resource(
                    xml, "ng:" + order.relations.predicate(at: position).name, iris.entity(order.relations.source(at: position)))
                nextReverse += 1
            }
            try xml.endElement()
        }

        for relation in order.sortedRelations {
            try statement(xml, relation, attributes: try attributeReferences(relation.attributes), iris: &iris)
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

    /// The relation as a statement with an IRI, `<base>relation/<source>/<predicate>/<target>`:
    /// `rdf:subject`, `rdf:predicate`, `rdf:object`, its `ng:weight` and `ng:confidence`,
    /// CAMEO code, role and attributes, and `ng:evidence` for each sentence; then each piece
    /// of evidence, `<statement>/<document>/<start>-<end>`, an `ng:Evidence` with its text,
    /// offsets, confidence, rule, role and `prov:wasDerivedFrom` its document.
    private func statement(_ xml: any XMLOutput, _ relation: Relation, attributes: [String], iris: inout IRIs) throws {
        let evidence = relation.evidence
        let iri = iris.statement(relation)
        try xml.startElement("rdf:Description")
        try xml.attribute("rdf:about", iri)
        try V.resource(xml, "rdf:type", V.rdf + "Statement")
        try V.resource(xml, "rdf:subject", iris.entity(relation.source))
        try V.resource(xml, "rdf:predicate", iris.property(relation.predicate))
        try V.resource(xml, "rdf:object", iris.entity(relation.target))
        try V.literal(xml, "ng:weight", Format.double(relation.weight), datatype: V.xsd + "double")
        if !evidence.isEmpty {
            try V.literal(xml, "ng:confidence", Format.double(relation.confidence), datatype: V.xsd + "double")
        }
        if let code = relation.predicate.cameoCode { try V.literal(xml, "ng:cameoCode", code) }
        if let role = relation.role { try V.literal(xml, "ng:role", role) }
        for attribute in attributes { try xml.element("ng:attribute", attributes: ["rdf:nodeID": attribute], text: nil) }
        let evidenceIRIs = evidence.map {
            iri + "/" + Format.percentEncoded($0.documentID, keeping: Format.unreserved) + "/\($0.start)-\($0.end)"
        }
        for evidenceIRI in evidenceIRIs { try V.resource(xml, "ng:evidence", evidenceIRI) }
        try xml.endElement()
        for (item, evidenceIRI) in zip(evidence, evidenceIRIs) {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:about", evidenceIRI)
            try V.resource(xml, "rdf:type", V.namespace + "Evidence")
            try V.literal(xml, "ng:evidenceText", item.sentence)
            try V.literal(xml, "ng:startOffset", String(item.start), datatype: V.xsd + "integer")
            try V.literal(xml, "ng:endOffset", String(item.end), datatype: V.xsd + "integer")
            try V.literal(xml, "ng:confidence", Format.double(item.confidence), datatype: V.xsd + "double")
            if let role = item.role { try V.literal(xml, "ng:role", role) }
            if let rule = item.rule { try V.literal(xml, "ng:rule", rule) }
            try V.resource(xml, "prov:wasDerivedFrom", iris.document(item.documentID))
            try xml.endElement()
        }
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

        func statement(_ relation: Relation) -> String {
            base + "relation/" + Format.percentEncoded(relation.source, keeping: Format.unreserved) + "/"
                + relation.predicate.name + "/" + Format.percentEncoded(relation.target, keeping: Format.unreserved)
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
