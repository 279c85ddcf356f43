internal import CLibXML2
import NewsGraph

/// An attribute of an element, with its namespace resolved.
public struct XMLAttribute: Equatable, Sendable {
    /// The local name (`id`, `schemaLocation`).
    public var localName: String
    /// The namespace URI, or the empty string for none.
    public var namespaceURI: String
    /// The prefix as written, or the empty string.
    public var prefix: String
    /// The value, with entity and character references resolved as the parser allows.
    public var value: String

    /// Creates an attribute.
    public init(localName: String, namespaceURI: String = "", prefix: String = "", value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = value
    }

    /// The qualified name as written (`xsi:schemaLocation`).
    public var qualifiedName: String { prefix.isEmpty ? localName : prefix + ":" + localName }

    /// Whether this is a namespace declaration (`xmlns`, `xmlns:p`).
    public var isNamespaceDeclaration: Bool { namespaceURI == "http://www.w3.org/2000/xmlns/" }
}

/// One step of a streaming read.
public enum XMLEvent: Equatable, Sendable {
    /// An element opens. Empty elements (`<x/>`) produce a start and an end.
    case startElement(localName: String, namespaceURI: String, attributes: [XMLAttribute], line: Int)
    /// An element closes.
    case endElement(localName: String, namespaceURI: String)
    /// Text or CDATA content (whitespace-only text between elements included).
    case text(String)
}

/// Reads XML as a stream of events, with untrusted input in mind.
///
/// The parser never touches the network, never substitutes entities and never loads
/// an external DTD. A reference to an entity other than the five predefined ones is an
/// error: an `<!ENTITY x SYSTEM "file:///etc/passwd">` declared in a document is never
/// read. Memory stays bounded by the depth of the document, not its size.
public final class XMLPullReader {
    private let reader: xmlTextReaderPtr
    private let errors: ErrorBox
    private let name: String
    /// The schema validating the stream, kept alive as long as the reader.
    private let schema: XMLSchema?
    /// Keeps in-memory input alive while the parser reads it.
    private let storage: UnsafeMutableRawBufferPointer?
    private var pendingEnd: XMLEvent?
    private var done = false

    /// Opens a file. `displayName` names it in errors (defaults to the path).
    ///
    /// With a `schema`, the document is validated as it streams: validity errors do not
    /// stop the reading; they collect in ``validityErrors`` (up to `errorLimit`, all
    /// counted in ``validityErrorCount``).
    public init(path: String, displayName: String? = nil, schema: XMLSchema? = nil, errorLimit: Int = 100) throws {
        _ = LibXML.ready
        name = displayName ?? path
        errors = ErrorBox(file: name, limit: errorLimit)
        self.schema = schema
        storage = nil
        guard let reader = xmlReaderForFile(path, nil, LibXML.safeParseOptions) else {
            throw XMLError("cannot open the file", file: name)
        }
        self.reader = reader
        try attach()
    }

    /// Reads from bytes in memory. `name` names the input in errors. `schema` and
    /// `errorLimit` work as for ``init(path:displayName:schema:errorLimit:)``.
    public init(bytes: some Collection<UInt8>, name: String, schema: XMLSchema? = nil, errorLimit: Int = 100) throws {
        _ = LibXML.ready
        self.name = name
        errors = ErrorBox(file: name, limit: errorLimit)
        self.schema = schema
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        copy.copyBytes(from: bytes)
        guard
            let reader = xmlReaderForMemory(
                copy.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count), name, nil,
                LibXML.safeParseOptions)
        else {
            copy.deallocate()
            throw XMLError("cannot read the input", file: name)
        }
        storage = copy
        self.reader = reader
        try attach()
    }

    /// Installs the error handler and the schema, before the first read.
    private func attach() throws {
        xmlTextReaderSetStructuredErrorHandler(reader, recordFirstError, Unmanaged.passUnretained(errors).toOpaque())
        guard let schema else { return }
        let status: Int32
        switch schema.language {
        case .xsd: status = xmlTextReaderSetSchema(reader, schema.xsd)
        case .relaxNG: status = xmlTextReaderRelaxNGSetSchema(reader, schema.rng)
        }
        guard status == 0 else { throw XMLError("cannot validate with the schema \(schema.name)", file: name) }
    }

    /// Validity errors found so far (up to the limit), in document order.
    public var validityErrors: [XMLError] { errors.validity }

    /// How many validity errors were found so far, including those past the limit.
    public var validityErrorCount: Int { errors.validityCount }

    deinit {
        xmlFreeTextReader(reader)
        storage?.deallocate()
    }

    /// The line the parser is at (1-based).
    public var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The next event, or `nil` at the end of the document.
    /// - Throws: ``XMLError`` at the first well-formedness error or forbidden construct.
    public func next() throws -> XMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            return pending
        }
        while !done {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                done = true
                if let error = errors.first { throw error }
                return nil
            }
            if status < 0 {
                done = true
                throw errors.first
                    ?? XMLError(
                        errors.validityCount > 0
                            ? "libxml2 stopped reading after the validity errors above" : "not well-formed XML",
                        file: name, line: line)
            }
            if let error = errors.first {
                done = true
                throw error
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let localName = string(xmlTextReaderConstLocalName(reader))
                let namespaceURI = string(xmlTextReaderConstNamespaceUri(reader))
                let elementLine = Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader)))
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [XMLAttribute] = []
                let count = xmlTextReaderAttributeCount(reader)
                if count > 0 {
                    for index in 0..<count where xmlTextReaderMoveToAttributeNo(reader, index) == 1 {
                        attributes.append(try currentAttribute())
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                if isEmpty { pendingEnd = .endElement(localName: localName, namespaceURI: namespaceURI) }
                return .startElement(
                    localName: localName, namespaceURI: namespaceURI, attributes: attributes, line: elementLine)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .endElement(
                    localName: string(xmlTextReaderConstLocalName(reader)),
                    namespaceURI: string(xmlTextReaderConstNamespaceUri(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                done = true
                let entity = string(xmlTextReaderConstName(reader))
                throw XMLError(
                    "entity reference '&\(entity);' refused: entities are not expanded in untrusted input",
                    file: name, line: line)
            default:
                continue  // comments, processing instructions, the DOCTYPE (never loaded)
            }
        }
        return nil
    }

    /// Reads the attribute the reader is on. Its value is assembled from the attribute's
    /// children so that an unexpanded entity reference is seen, and refused.
    private func currentAttribute() throws -> XMLAttribute {
        let localName = string(xmlTextReaderConstLocalName(reader))
        let namespaceURI = string(xmlTextReaderConstNamespaceUri(reader))
        let prefix = string(xmlTextReaderConstPrefix(reader))
        var value = ""
        while xmlTextReaderReadAttributeValue(reader) == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue) {
                let entity = string(xmlTextReaderConstName(reader))
                throw XMLError(
                    "entity reference '&\(entity);' refused: entities are not expanded in untrusted input",
                    file: name, line: line)
            }
            value += string(xmlTextReaderConstValue(reader))
        }
        return XMLAttribute(localName: localName, namespaceURI: namespaceURI, prefix: prefix, value: value)
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
