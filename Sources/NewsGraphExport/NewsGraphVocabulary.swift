import NewsGraph
import NewsGraphXML

/// The RDF vocabulary of NewsGraph: namespace `https://newsgraph.example/ns#`, prefix `ng`.
///
/// Classes: `ng:Actor` and its subclasses `ng:Person`, `ng:Organization`, `ng:Country`,
/// `ng:Location`, `ng:Facility`; `ng:Document`; `ng:Statement` (a subclass of
/// `rdf:Statement`: a relation, reified, with its weight and confidence); `ng:Evidence` (one
/// sentence that states a relation, linked by `ng:evidence`). Every predicate of ``Predicate/builtIn``
/// is an object property `ng:<name>` (`ng:met_with`); predicate names are snake_case
/// ASCII, so every predicate IRI has a QName. Literal-valued properties: `ng:entityId`,
/// `ng:mentionCount`, `ng:weight`, `ng:evidenceText`, `ng:startOffset`, `ng:endOffset`,
/// `ng:confidence`, `ng:cameoCode`, `ng:cameoRoot`, `ng:role`, `ng:rule`, `ng:category`.
///
/// The vocabulary itself is published as `Schemas/newsgraph-vocabulary.rdf`, written by
/// ``write(to:predicates:engine:)``.
public enum NewsGraphVocabulary {
    /// The vocabulary namespace.
    public static let namespace = "https://newsgraph.example/ns#"
    /// The ontology's own IRI (the namespace without `#`).
    public static let ontologyIRI = "https://newsgraph.example/ns"

    /// Prefixes used by the RDF/XML writer and the vocabulary file, in declaration order.
    static let prefixes: [(String, String)] = [
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("schema", "https://schema.org/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("ng", namespace),
    ]

    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let owl = "http://www.w3.org/2002/07/owl#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let schema = "https://schema.org/"
    static let prov = "http://www.w3.org/ns/prov#"

    /// The project class of an entity kind (`ng:Person`).
    public static func classIRI(_ kind: EntityKind) -> String { namespace + kind.rawValue }

    /// The schema.org class of an entity kind: `schema:Person`, `schema:Organization`,
    /// `schema:Country`, `schema:Place` for locations, `schema:CivicStructure` for facilities.
    public static func schemaOrgClassIRI(_ kind: EntityKind) -> String {
        switch kind {
        case .person: schema + "Person"
        case .organization: schema + "Organization"
        case .country: schema + "Country"
        case .location: schema + "Place"
        case .facility: schema + "CivicStructure"
        }
    }

    /// The IRI of a predicate (`https://newsgraph.example/ns#met_with`).
    public static func propertyIRI(_ predicate: Predicate) -> String { namespace + predicate.name }

    /// Literal-valued properties: (local name, label, comment, domain, range).
    static let dataProperties: [(String, String, String, String, String)] = [
        ("entityId", "entity id", "The stable NewsGraph identifier of an actor.", "Actor", xsd + "string"),
        ("mentionCount", "mention count", "How many times the actor is mentioned in the corpus.", "Actor", xsd + "integer"),
        (
            "weight", "weight",
            "How many sentences state the relation; for a relation read without evidence from another tool's graph, the weight that graph gave it.",
            "Statement", xsd + "double"
        ),
        (
            "evidenceText", "evidence text", "The sentence that states the relation, as it stands in the document.", "Evidence",
            xsd + "string"
        ),
        (
            "startOffset", "start offset", "Unicode scalar offset of the first character of the evidence sentence in its document.",
            "Evidence", xsd + "integer"
        ),
        (
            "endOffset", "end offset", "Unicode scalar offset just past the last character of the evidence sentence.", "Evidence",
            xsd + "integer"
        ),
        (
            "confidence", "confidence",
            "How sure the extraction rule is that a sentence states the relation, from 0 to 1; on a statement, the highest of its evidence.",
            "", xsd + "double"
        ),
        ("cameoCode", "CAMEO code", "The most specific CAMEO event code that fits the relation's predicate.", "", xsd + "string"),
        ("cameoRoot", "CAMEO root code", "The two-digit CAMEO root code of the predicate.", "", xsd + "string"),
        ("role", "role", "The office the relation was read from, such as Secretary of Defense.", "", xsd + "string"),
        ("rule", "rule", "The name of the extraction rule that read the sentence.", "Evidence", xsd + "string"),
        ("category", "category", "The family of a predicate: event, attribution, structural or statistical.", "", xsd + "string"),
        (
            "attributeName", "attribute name", "The name of an attribute, as its column was named in the file it came from.", "Attribute",
            xsd + "string"
        ),
        ("attributeValue", "attribute value", "The value of an attribute, as text.", "Attribute", xsd + "string"),
    ]

    /// Writes the vocabulary as RDF/XML: the ontology header, the classes, the literal
    /// properties and one object property per predicate (label, definition as comment,
    /// domain and range `ng:Actor`, category, CAMEO codes; `owl:SymmetricProperty` for the
    /// symmetric ones). Deterministic; `Schemas/newsgraph-vocabulary.rdf` is its output.
    public static func write(
        to sink: ByteSink, predicates: [Predicate] = Predicate.builtIn, engine: XMLEngine = .default
    ) throws {
        for predicate in predicates where !Predicate.isValidName(predicate.name) {
            throw NewsGraphError(.invalidGraph, "predicate name '\(predicate.name)' is not a valid RDF local name")
        }
        let xml = try makeXMLOutput(engine, sink: sink)
        try xml.startDocument()
        try xml.startElement("rdf:RDF")
        for (prefix, iri) in prefixes { try xml.attribute("xmlns:" + prefix, iri) }
        try xml.comment(" Generated by NewsGraphVocabulary.write(to:) from Predicate.builtIn; do not edit by hand. ")

        try xml.startElement("owl:Ontology")
        try xml.attribute("rdf:about", ontologyIRI)
        try literal(xml, "rdfs:label", "NewsGraph vocabulary", lang: "en")
        try literal(
            xml, "rdfs:comment",
            "Actors (people, organizations, countries, places, facilities) and the typed relations between them, "
                + "as extracted from news text by NewsGraph. Each relation is published both as a direct triple "
                + "and as a statement (rdf:Statement) with its weight, confidence and CAMEO code, linked by ng:evidence "
                + "to the sentences that state it, each with its text, offsets and confidence and prov:wasDerivedFrom its "
                + "document. Namespace https://newsgraph.example/ns#, prefix ng.",
            lang: "en")
        try literal(xml, "owl:versionInfo", "1")
        try xml.endElement()

        let classes: [(String, String, String?)] =
            [("Actor", "An actor named in the news: a person, organization, country, place or facility.", nil)]
            + EntityKind.allCases.map { kind in
                let comment: String =
                    switch kind {
                    case .person: "A named human being."
                    case .organization: "A government agency, armed group, company or media outlet."
                    case .country: "A state."
                    case .location: "A city, region, sea or other named place."
                    case .facility: "A building, base, airport or embassy."
                    }
                return (kind.rawValue, comment, "Actor")
            } + [
                ("Document", "A news text that relations are extracted from.", nil),
                ("Statement", "A relation between two actors, reified: its weight, confidence and evidence.", nil),
                ("Evidence", "One sentence of one document that states a relation between two actors.", nil),
                (
                    "Attribute",
                    "A fact about an actor or relation that came with a graph from another tool (a Gephi or NetworkX column) and has no property of its own: a name and a value.",
                    nil
                ),
            ]
        for (name, comment, parent) in classes {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:about", namespace + name)
            try resource(xml, "rdf:type", rdfs + "Class")
            try resource(xml, "rdf:type", owl + "Class")
            try literal(xml, "rdfs:label", name, lang: "en")
            try literal(xml, "rdfs:comment", comment, lang: "en")
            if let parent { try resource(xml, "rdfs:subClassOf", namespace + parent) }
            if let kind = EntityKind(rawValue: name) {
                try resource(xml, "rdfs:subClassOf", schemaOrgClassIRI(kind))
            }
            if name == "Statement" { try resource(xml, "rdfs:subClassOf", rdf + "Statement") }
            if name == "Document" { try resource(xml, "rdfs:subClassOf", prov + "Entity") }
            try resource(xml, "rdfs:isDefinedBy", ontologyIRI)
            try xml.endElement()
        }

        for (name, label, comment, domain, range) in dataProperties {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:about", namespace + name)
            try resource(xml, "rdf:type", rdf + "Property")
            try resource(xml, "rdf:type", owl + "DatatypeProperty")
            try literal(xml, "rdfs:label", label, lang: "en")
            try literal(xml, "rdfs:comment", comment, lang: "en")
            if !domain.isEmpty { try resource(xml, "rdfs:domain", namespace + domain) }
            try resource(xml, "rdfs:range", range)
            try resource(xml, "rdfs:isDefinedBy", ontologyIRI)
            try xml.endElement()
        }

        try xml.startElement("rdf:Description")
        try xml.attribute("rdf:about", namespace + "evidence")
        try resource(xml, "rdf:type", rdf + "Property")
        try resource(xml, "rdf:type", owl + "ObjectProperty")
        try literal(xml, "rdfs:label", "evidence", lang: "en")
        try literal(xml, "rdfs:comment", "Links a statement of a relation to a sentence that states it.", lang: "en")
        try resource(xml, "rdfs:domain", namespace + "Statement")
        try resource(xml, "rdfs:range", namespace + "Evidence")
        try resource(xml, "rdfs:isDefinedBy", ontologyIRI)
        try xml.endElement()

        try xml.startElement("rdf:Description")
        try xml.attribute("rdf:about", namespace + "attribute")
        try resource(xml, "rdf:type", rdf + "Property")
        try resource(xml, "rdf:type", owl + "ObjectProperty")
        try literal(xml, "rdfs:label", "attribute", lang: "en")
        try literal(
            xml, "rdfs:comment", "Links an actor, or a statement of a relation, to an attribute it came with.", lang: "en")
        try resource(xml, "rdfs:range", namespace + "Attribute")
        try resource(xml, "rdfs:isDefinedBy", ontologyIRI)
        try xml.endElement()

        for predicate in predicates {
            try xml.startElement("rdf:Description")
            try xml.attribute("rdf:about", propertyIRI(predicate))
            try resource(xml, "rdf:type", rdf + "Property")
            try resource(xml, "rdf:type", owl + "ObjectProperty")
            if predicate.isSymmetric { try resource(xml, "rdf:type", owl + "SymmetricProperty") }
            try literal(xml, "rdfs:label", predicate.name.split(separator: "_").joined(separator: " "), lang: "en")
            try literal(xml, "rdfs:comment", predicate.definition, lang: "en")
            try resource(xml, "rdfs:domain", namespace + "Actor")
            try resource(xml, "rdfs:range", namespace + "Actor")
            try literal(xml, "ng:category", predicate.category.rawValue)
            if let root = predicate.cameo { try literal(xml, "ng:cameoRoot", root) }
            if let code = predicate.cameoCode { try literal(xml, "ng:cameoCode", code) }
            try resource(xml, "rdfs:isDefinedBy", ontologyIRI)
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endDocument()
    }

    static func resource(_ xml: any XMLOutput, _ property: String, _ iri: String) throws {
        try xml.element(property, attributes: ["rdf:resource": iri], text: nil)
    }

    static func literal(
        _ xml: any XMLOutput, _ property: String, _ text: String, lang: String? = nil, datatype: String? = nil
    ) throws {
        if let lang {
            try xml.element(property, attributes: ["xml:lang": lang], text: text)
        } else if let datatype {
            try xml.element(property, attributes: ["rdf:datatype": datatype], text: text)
        } else {
            try xml.element(property, attributes: [:], text: text)
        }
    }
}
