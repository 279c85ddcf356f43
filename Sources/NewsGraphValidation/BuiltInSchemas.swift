import NewsGraph
import NewsGraphXML

/// The schemas of `Schemas/`, compiled into the binary (their text lives in
/// `EmbeddedSchemas.swift`, which a test keeps equal to the files).
public enum BuiltInSchemas {
    /// The names and texts of every built-in schema, as published in `Schemas/`.
    public static var files: [(name: String, text: String)] {
        [
            ("graphml.xsd", EmbeddedSchemas.graphmlXSD),
            ("graphml-yfiles.xsd", yFilesVariant(of: EmbeddedSchemas.graphmlXSD)),
            ("newsgraph-gexf.rng", EmbeddedSchemas.gexfRNG),
            ("newsgraph-rdfxml.rng", EmbeddedSchemas.rdfxmlRNG),
            ("newsgraph-graph.schema.json", EmbeddedSchemas.graphJSONSchema),
        ]
    }

    /// The source files embedded in `EmbeddedSchemas.swift`: (Swift name, file in `Schemas/`).
    /// `graphml-yfiles.xsd` is derived, not embedded.
    public static let sources: [(swiftName: String, file: String)] = [
        ("graphmlXSD", "graphml.xsd"), ("gexfRNG", "newsgraph-gexf.rng"), ("rdfxmlRNG", "newsgraph-rdfxml.rng"),
        ("graphJSONSchema", "newsgraph-graph.schema.json"),
    ]

    /// The text of a built-in schema by file name.
    public static func text(named name: String) -> String? {
        files.first { $0.name == name }?.text
    }

    /// GraphML 1.0, compiled for streaming (identity constraints are checked in code).
    static func graphML() throws -> XMLSchema { try compiledGraphML.get() }

    /// GraphML 1.0 with yEd's yFiles extensions, compiled for streaming.
    static func graphMLYFiles() throws -> XMLSchema { try compiledGraphMLYFiles.get() }

    /// The GEXF 1.3 subset NewsGraph writes.
    static func gexf() throws -> XMLSchema { try compiledGEXF.get() }

    /// The RDF/XML NewsGraph writes.
    static func rdfxml() throws -> XMLSchema { try compiledRDFXML.get() }

    private static let compiledGEXF = Result {
        try XMLSchema(source: Array(EmbeddedSchemas.gexfRNG.utf8), name: "newsgraph-gexf.rng")
    }

    private static let compiledRDFXML = Result {
        try XMLSchema(source: Array(EmbeddedSchemas.rdfxmlRNG.utf8), name: "newsgraph-rdfxml.rng")
    }

    private static let compiledGraphML = Result {
        try XMLSchema(source: Array(EmbeddedSchemas.graphmlXSD.utf8), name: "graphml.xsd", dropIdentityConstraints: true)
    }

    private static let compiledGraphMLYFiles = Result {
        try XMLSchema(
            source: Array(yFilesVariant(of: EmbeddedSchemas.graphmlXSD).utf8), name: "graphml-yfiles.xsd",
            dropIdentityConstraints: true)
    }

    /// The yEd flavour of the GraphML schema: `<data>` and `<default>` may hold elements of
    /// other namespaces (checked laxly), `<key>` may carry `yfiles.type`, `<node>`
    /// `yfiles.foldertype`. Derived from the plain schema so the two cannot drift.
    public static func yFilesVariant(of schema: String) -> String {
        let foreign = """
                <xs:sequence>
                  <xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
                </xs:sequence>

            """
        return schema
            .replacingOccurrences(
                of: "  NewsGraph: GraphML 1.0 in one file, for offline validation.",
                with: "  NewsGraph: GraphML 1.0 with yEd's yFiles extensions, in one file, for offline validation.\n"
                    + "  Derived from graphml.xsd: <data> and <default> may hold elements of other namespaces\n"
                    + "  (y:ShapeNode, y:PolyLineEdge...), checked laxly; <key> may carry yfiles.type and <node>\n"
                    + "  yfiles.foldertype. Everything else is as in graphml.xsd.\n")
            .replacingOccurrences(
                of: "  <xs:complexType name=\"data.type\" mixed=\"true\">\n",
                with: "  <xs:complexType name=\"data.type\" mixed=\"true\">\n" + foreign)
            .replacingOccurrences(
                of: "  <xs:complexType name=\"default.type\" mixed=\"true\"/>\n",
                with: "  <xs:complexType name=\"default.type\" mixed=\"true\">\n" + foreign + "  </xs:complexType>\n")
            .replacingOccurrences(
                of: "    <xs:attribute name=\"attr.type\" type=\"key.type.type\"/>\n",
                with: "    <xs:attribute name=\"attr.type\" type=\"key.type.type\"/>\n"
                    + "    <xs:attribute name=\"yfiles.type\" type=\"xs:NMTOKEN\"/>\n")
            .replacingOccurrences(
                of: "    <xs:attribute name=\"parse.indegree\"",
                with: "    <xs:attribute name=\"yfiles.foldertype\" type=\"xs:NMTOKEN\"/>\n    <xs:attribute name=\"parse.indegree\"")
            .replacingOccurrences(
                of: "  Use:  xmllint -noout -nonet -schema graphml.xsd file.graphml",
                with: "  Use:  xmllint -noout -nonet -schema graphml-yfiles.xsd file.graphml")
    }
}
