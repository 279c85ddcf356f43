internal import CLibXML2
import NewsGraph

/// A compiled schema, W3C XML Schema (XSD) or RELAX NG, ready to validate documents.
///
/// A schema is immutable once compiled and may be shared between threads: libxml2's
/// guidance is one compiled schema, one validation context per validation, and the
/// contexts are created per ``XMLPullReader``. Includes and imports are resolved from
/// local files (relative to the schema's path) or through an XML catalog, never from
/// the network.
public final class XMLSchema: @unchecked Sendable {
    /// The schema language.
    public enum Language: String, Sendable {
        /// W3C XML Schema 1.0.
        case xsd
        /// RELAX NG (XML syntax).
        case relaxNG
    }

    /// The language of this schema.
    public let language: Language
    /// The name used in messages (a path, or a built-in schema's name).
    public let name: String
    let xsd: xmlSchemaPtr?
    let rng: xmlRelaxNGPtr?
    /// The parsed XSD document, which a compiled XSD may point into; freed with it.
    private let xsdDocument: xmlDocPtr?

    /// Compiles a schema file; the language is chosen from the root element
    /// (`xs:schema` or RELAX NG's `grammar`/`element`).
    /// - Throws: ``XMLError`` naming the schema and the first problem.
    public convenience init(path: String) throws {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.readBytes(path)
        } catch let error as NewsGraphError {
            throw XMLError(error.message, file: path)
        }
        try self.init(source: bytes, name: path, baseURL: path)
    }

    /// Compiles a schema held in memory. Relative includes resolve against `baseURL`
    /// (a file path), if given.
    /// - Parameters:
    ///   - source: the schema's bytes (XSD or RELAX NG, told apart by the root element's namespace).
    ///   - name: the schema's file name, for errors.
    ///   - baseURL: where relative includes resolve.
    ///   - dropIdentityConstraints: remove `xs:unique`, `xs:key` and `xs:keyref`
    ///     before compiling, for streaming validation where the caller checks identity
    ///     itself in bounded memory.
    /// - Throws: ``XMLError`` when the schema does not compile.
    public init(source: some Collection<UInt8>, name: String, baseURL: String? = nil, dropIdentityConstraints: Bool = false) throws {
        _ = LibXML.ready
        self.name = name
        let errors = ErrorBox(file: name)
        let context = Unmanaged.passUnretained(errors).toOpaque()
        let bytes = Array(source)
        let options = LibXML.safeParseOptions
        guard
            let document = bytes.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), baseURL ?? name, nil, options)
                }
            })
        else {
            throw XMLError("cannot read the schema: not well-formed XML", file: name)
        }
        var keepDocument = false
        defer { if !keepDocument { xmlFreeDoc(document) } }
        guard let root = xmlDocGetRootElement(document) else { throw XMLError("empty schema", file: name) }
        let rootNamespace = root.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
        switch rootNamespace {
        case "http://www.w3.org/2001/XMLSchema":
            language = .xsd
            if dropIdentityConstraints { Self.removeIdentityConstraints(root) }
            guard let parser = xmlSchemaNewDocParserCtxt(document) else { throw XMLError("cannot compile the schema", file: name) }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, recordFirstError, context)
            let schema = xmlSchemaParse(parser)
            guard let schema, errors.first == nil else {
                if let schema { xmlSchemaFree(schema) }
                throw errors.first ?? XMLError("cannot compile the schema", file: name)
            }
            xsd = schema
            rng = nil
            xsdDocument = document
            keepDocument = true
        case "http://relaxng.org/ns/structure/1.0":
            language = .relaxNG
            guard let parser = xmlRelaxNGNewDocParserCtxt(document) else {
                throw XMLError("cannot compile the schema", file: name)
            }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, recordFirstError, context)
            let schema = xmlRelaxNGParse(parser)
            guard let schema, errors.first == nil else {
                if let schema { xmlRelaxNGFree(schema) }
                throw errors.first ?? XMLError("cannot compile the schema", file: name)
            }
            rng = schema
            xsd = nil
            xsdDocument = nil
        default:
            throw XMLError("not an XML Schema or RELAX NG grammar (root namespace '\(rootNamespace)')", file: name)
        }
        withExtendedLifetime(errors) {}
    }

    deinit {
        if let xsd { xmlSchemaFree(xsd) }
        if let rng { xmlRelaxNGFree(rng) }
        if let xsdDocument { xmlFreeDoc(xsdDocument) }
    }

    private static func removeIdentityConstraints(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_ELEMENT_NODE,
                let href = current.pointee.ns?.pointee.href, String(cString: href) == "http://www.w3.org/2001/XMLSchema",
                ["unique", "key", "keyref"].contains(String(cString: current.pointee.name))
            {
                xmlUnlinkNode(current)
                xmlFreeNode(current)
            } else {
                removeIdentityConstraints(current)
            }
        }
    }

    /// Loads an XML catalog (process-wide): later schema compilations resolve
    /// `schemaLocation`s through it. Only local files are ever read.
    /// - Throws: ``XMLError`` when the catalog cannot be loaded.
    public static func loadCatalog(path: String) throws {
        _ = LibXML.ready
        guard xmlLoadCatalog(path) == 0 else { throw XMLError("cannot load the XML catalog", file: path) }
    }
}
