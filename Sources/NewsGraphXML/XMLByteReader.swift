internal import CLibXML2
import NewsGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names a byte handler cares about, numbered: elements by (namespace, local name),
/// attributes without a namespace by local name.
///
/// ``XMLByteReader`` reports each element and attribute by its number here (`-1` for any
/// other name). It compares a name's bytes with this list once per distinct name the parser
/// interns, then recognises the interned name by its address.
public struct XMLVocabulary: Sendable {
    let elements: [(namespace: [UInt8], name: [UInt8])]
    let attributes: [[UInt8]]
    let namespaces: [[UInt8]]

    /// Creates a vocabulary.
    /// - Parameters:
    ///   - elements: (namespace URI, local name) pairs; an element's number is its index here.
    ///   - attributes: local names of attributes without a namespace; an attribute's number is
    ///     its index here.
    ///   - namespaces: an element not listed in `elements` whose namespace is `namespaces[i]`
    ///     has the number `elements.count + i`.
    public init(elements: [(namespace: String, name: String)], attributes: [String], namespaces: [String] = []) {
        self.elements = elements.map { (Array($0.namespace.utf8), Array($0.name.utf8)) }
        self.attributes = attributes.map { Array($0.utf8) }
        self.namespaces = namespaces.map { Array($0.utf8) }
    }

    /// The number of an element, by bytes.
    func element(namespace: UnsafePointer<UInt8>?, name: UnsafePointer<UInt8>) -> Int32 {
        let nameLength = strlen(name)
        let namespaceLength = namespace.map { strlen($0) } ?? 0
        for (index, element) in elements.enumerated()
        where element.name.count == nameLength && element.namespace.count == namespaceLength
            && Self.equal(element.name, name) && (namespaceLength == 0 || Self.equal(element.namespace, namespace!))
        {
            return Int32(index)
        }
        for (index, other) in namespaces.enumerated()
        where other.count == namespaceLength && (namespaceLength == 0 || Self.equal(other, namespace!)) {
            return Int32(elements.count + index)
        }
        return -1
    }

    /// The local name of attribute number `index`.
    public func attributeName(_ index: Int) -> String { String(decoding: attributes[index], as: UTF8.self) }

    /// The number of an element, by bytes: `namespace` nil for none.
    func element(namespace: [UInt8]?, name: UnsafeRawBufferPointer) -> Int32 {
        let namespace = namespace ?? []
        for (index, element) in elements.enumerated()
        where element.name.elementsEqual(name) && element.namespace == namespace {
            return Int32(index)
        }
        for (index, other) in namespaces.enumerated() where other == namespace {
            return Int32(elements.count + index)
        }
        return -1
    }

    /// The number of an attribute without a namespace, by bytes.
    func attribute(name: UnsafeRawBufferPointer) -> Int32 {
        for (index, attribute) in attributes.enumerated() where attribute.elementsEqual(name) { return Int32(index) }
        return -1
    }

    /// The number of an attribute without a namespace, by bytes.
    func attribute(name: UnsafePointer<UInt8>) -> Int32 {
        let length = strlen(name)
        for (index, attribute) in attributes.enumerated() where attribute.count == length && Self.equal(attribute, name) {
            return Int32(index)
        }
        return -1
    }

    private static func equal(_ bytes: [UInt8], _ pointer: UnsafePointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, pointer, $0.count) == 0 }
    }
}

/// The attributes of the element being reported, by their number in the
/// ``XMLVocabulary``: only valid during the ``XMLByteHandler/startElement(_:attributes:)``
/// call (the bytes belong to the parser).
public struct XMLByteAttributes {
    let values: UnsafeMutablePointer<UnsafeRawBufferPointer?>
    let count: Int

    init(values: UnsafeMutablePointer<UnsafeRawBufferPointer?>, count: Int) {
        self.values = values
        self.count = count
    }

    /// The value's bytes (entity and character references resolved), or `nil` when the
    /// element has no such attribute.
    public subscript(_ attribute: Int) -> UnsafeRawBufferPointer? {
        attribute < count ? values[attribute] : nil
    }

    /// The value as a string, or `nil`.
    public func string(_ attribute: Int) -> String? {
        self[attribute].map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Receives the events of a ``XMLByteReader``. Element and attribute numbers are those of
/// the reader's ``XMLVocabulary``; bytes are only valid during the call. A handler stops
/// the reading with ``XMLByteReader/stop(_:)``.
public protocol XMLByteHandler: AnyObject {
    /// An element opens (an empty element gives a start and an end).
    func startElement(_ element: Int, attributes: borrowing XMLByteAttributes)
    /// An element closes.
    func endElement(_ element: Int)
    /// Text, CDATA or white space between the elements, in one or more pieces.
    func text(_ bytes: UnsafeRawBufferPointer)
}

/// Which parser an ``XMLByteReader`` reads with.
public enum XMLParserEngine: Sendable {
    /// The fast byte tokenizer (``XMLFastParser``) for a file or bytes without a schema,
    /// libxml2 for the rest: a pipe, a document outside the tokenizer's subset (a DOCTYPE,
    /// another encoding), validation. A document the tokenizer finds not well-formed is read
    /// again by libxml2 for its exact error.
    case automatic
    /// libxml2's SAX2 parser only.
    case libxml2
    /// The fast tokenizer only, with no fallback (its own error for anything outside its
    /// subset): for tests that compare the two.
    case fast
}

/// Reads XML from a file descriptor as a stream of byte-level events, with libxml2's SAX2
/// parser or (``XMLParserEngine/automatic``) a byte tokenizer that gives the same events faster:
/// no tree, no `String` per name or value, memory bounded by the depth of the document, not
/// its size.
///
/// The same rules as ``XMLPullReader`` for untrusted input: no network, no external DTD,
/// and a reference to any entity other than the five predefined ones stops the reading with
/// an error, so a declared external entity is never read. libxml2 refuses nesting deeper
/// than 256 elements. With a ``XMLSchema`` (XSD), the document is validated in the same
/// pass; validity errors do not stop the reading.
public final class XMLByteReader {
    /// Names the input in errors.
    public let name: String
    private let vocabulary: XMLVocabulary
    private let schema: XMLSchema?
    private let errors: ErrorBox
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    /// Attribute values of the current element, by number.
    private let values: UnsafeMutablePointer<UnsafeRawBufferPointer?>
    /// Interned element names (local name and namespace addresses) → number.
    @exclusivity(unchecked) private var elementCache = PointerCache()
    /// Interned attribute names → number.
    @exclusivity(unchecked) private var attributeCache = PointerCache()
    @exclusivity(unchecked) var stopError: XMLError?
    /// Whether ``stop(_:)`` was called (read by the fast parser after each event).
    @exclusivity(unchecked) var stopRequested = false
    /// Whether the handler wants text now: while it is `false`, text (white space between
    /// elements, say) is still read and checked but not given to the handler, which saves a
    /// call per piece. A handler sets it from its events (through this setter: a store from
    /// another module would be checked for exclusive access at run time, the attribute below
    /// does not reach it); it is `true` when a read starts.
    public var wantsText: Bool {
        get { textWanted }
        set { textWanted = newValue }
    }
    @exclusivity(unchecked) var textWanted = true
    /// The parser: ``XMLParserEngine/automatic`` uses the fast one where it can.
    public let engine: XMLParserEngine
    /// The fast parser's first window on the input, in bytes (tests make it small, to cut
    /// tokens at every place).
    var fastWindow = 256 << 10
    /// The fast parser while it reads.
    @exclusivity(unchecked) private var fast: XMLFastParser?
    /// The parser that gave the last read's events (`.fast` or `.libxml2`), or `nil` before
    /// any read: tests check that ``XMLParserEngine/automatic`` took the path it should.
    @exclusivity(unchecked) private(set) var engineUsed: XMLParserEngine?
    /// The handler during a read, in a box that the `read` call keeps alive: each event
    /// reaches it without a retain and release (calling through a stored `any XMLByteHandler`,
    /// even `unowned(unsafe)`, retained it for every event: ~10% of `stats` on GraphML).
    @exclusivity(unchecked) fileprivate var handler: Unmanaged<HandlerBox>?
    @exclusivity(unchecked) private var source: Source?

    /// A reader for one document.
    /// - Parameters:
    ///   - name: the input's name in errors.
    ///   - vocabulary: the names the handler is told about by number.
    ///   - schema: an XSD to validate against while reading (RELAX NG is not supported here).
    ///   - errorLimit: how many validity errors are kept (all are counted).
    ///   - engine: the parser (see ``XMLParserEngine``).
    public init(
        name: String, vocabulary: XMLVocabulary, schema: XMLSchema? = nil, errorLimit: Int = 100,
        engine: XMLParserEngine = .automatic
    ) {
        _ = LibXML.ready
        self.name = name
        self.engine = engine
        self.vocabulary = vocabulary
        self.schema = schema
        errors = ErrorBox(file: name, limit: errorLimit)
        values = .allocate(capacity: max(vocabulary.attributes.count, 1))
        values.initialize(repeating: nil, count: max(vocabulary.attributes.count, 1))
    }

    deinit {
        values.deallocate()
        for buffer in scratch { buffer.deallocate() }
    }

    /// The line the parser is at (1-based), during ``read(fd:prefix:handler:)``.
    public var line: Int {
        if let fast { return fast.line }
        guard let context, let input = context.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    /// The local name of the element being reported, during a start or end event.
    public var elementName: String {
        if let fast { return fast.currentName.map { String(decoding: $0, as: UTF8.self) } ?? "" }
        return currentName.map { String(cString: $0) } ?? ""
    }
    @exclusivity(unchecked) private var currentName: UnsafePointer<UInt8>?

    /// How many attributes of the element being reported (during a start event) the
    /// vocabulary does not number: attributes with another name, and attributes in a
    /// namespace, but for the XML Schema instance's `schemaLocation` and
    /// `noNamespaceSchemaLocation` hints (which no schema constrains: libxml2's XSD
    /// validation accepts them on any element, with any value). Namespace declarations are
    /// no attributes.
    public var otherAttributeCount: Int { otherAttributes }
    @exclusivity(unchecked) var otherAttributes = 0

    /// How many CDATA sections the reading has passed (their text comes as text events).
    public var cdataSectionCount: Int { cdataSections }
    @exclusivity(unchecked) var cdataSections = 0

    static let schemaInstanceNamespace = Array("http://www.w3.org/2001/XMLSchema-instance".utf8)

    /// Whether (namespace, local name) is `xsi:schemaLocation` or `xsi:noNamespaceSchemaLocation`.
    static func isSchemaLocationHint(namespace: [UInt8], local: UnsafeRawBufferPointer) -> Bool {
        namespace == schemaInstanceNamespace
            && (local.elementsEqual("schemaLocation".utf8) || local.elementsEqual("noNamespaceSchemaLocation".utf8))
    }

    /// Validity errors found (up to the limit), in document order.
    public var validityErrors: [XMLError] { errors.validity }

    /// How many validity errors were found, including those past the limit.
    public var validityErrorCount: Int { errors.validityCount }

    /// Stops the reading: ``read(fd:prefix:handler:)`` throws `error` once the current
    /// event returns. The first stop wins.
    public func stop(_ error: XMLError) {
        if stopError == nil { stopError = error }
        stopRequested = true
        if let context { xmlStopParser(context) }
    }

    /// Reads the document: `prefix` (bytes already taken from `fd`, such as a sniffed
    /// start), then `fd` to its end. The descriptor is not closed.
    /// - Throws: ``XMLError`` for the first well-formedness error (naming a file that ends
    ///   early as such), a refused entity, an error of the handler's, or a failed read.
    public func read(fd: Int32, prefix: [UInt8] = [], handler: some XMLByteHandler) throws(XMLError) {
        guard schema == nil, engine != .libxml2 else {
            return try readWithLibXML(fd: fd, prefix: prefix, handler: handler)
        }
        // The fast parser reads what can be read again from here (bytes, a regular file), so
        // that libxml2 can take over after it.
        var restart: off_t = 0
        if fd >= 0 {
            var info = stat()
            restart = lseek(fd, 0, SEEK_CUR)
            guard engine == .fast || (restart >= 0 && fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG) else {
                return try readWithLibXML(fd: fd, prefix: prefix, handler: handler)
            }
        }
        stopError = nil
        stopRequested = false
        textWanted = true
        let source = Source(fd: fd, prefix: prefix)
        let box: HandlerBox = TypedHandlerBox(handler)
        let parser = XMLFastParser(
            owner: self, handler: Unmanaged.passUnretained(box), source: source, vocabulary: vocabulary, values: values,
            slots: vocabulary.attributes.count, window: fastWindow)
        fast = parser
        let outcome = withExtendedLifetime(box) { parser.run() }
        let lastLine = parser.line
        fast = nil
        let why: String
        switch outcome {
        case .finished, .stopped:
            engineUsed = .fast
            if let stopError { throw stopError }
            return
        case .failed(let message): throw XMLError(message, file: name)
        case .unsupported: why = "outside the subset it reads"
        case .malformed(let message): why = message
        }
        if engine == .fast { throw XMLError("not read by the fast XML parser: \(why)", file: name, line: lastLine) }
        if fd >= 0 && lseek(fd, restart, SEEK_SET) != restart {
            throw XMLError("cannot read again: \(systemErrorMessage(errno))", file: name)
        }
        if case .unsupported = outcome { return try readWithLibXML(fd: fd, prefix: prefix, handler: handler) }
        // Not well-formed: libxml2's own error, from the start again (no events to the handler).
        try readWithLibXML(fd: fd, prefix: prefix, handler: DiscardingHandler())
        throw XMLError("not well-formed XML (\(why))", file: name, line: lastLine)
    }

    private func readWithLibXML(fd: Int32, prefix: [UInt8], handler: some XMLByteHandler) throws(XMLError) {
        engineUsed = .libxml2
        stopError = nil
        stopRequested = false
        textWanted = true
        let source = Source(fd: fd, prefix: prefix)
        let box: HandlerBox = TypedHandlerBox(handler)
        self.handler = Unmanaged.passUnretained(box)
        self.source = source
        defer {
            withExtendedLifetime(box) {}
            self.handler = nil
            self.source = nil
        }
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = onStart
        sax.endElementNs = onEnd
        sax.characters = onText
        sax.cdataBlock = onCDATA
        sax.ignorableWhitespace = onText
        sax.getEntity = onEntity
        sax.getParameterEntity = onEntity
        sax.serror = onError
        let me = Unmanaged.passUnretained(self).toOpaque()
        let io = Unmanaged.passUnretained(source).toOpaque()
        guard
            let context = withUnsafeMutablePointer(
                to: &sax,
                { sax in
                    xmlCreateIOParserCtxt(sax, me, onRead, nil, io, XML_CHAR_ENCODING_NONE)
                })
        else { throw XMLError("cannot start the XML parser", file: name) }
        self.context = context
        defer {
            self.context = nil
            xmlFreeParserCtxt(context)
        }
        xmlCtxtUseOptions(context, LibXML.safeParseOptions)
        context.pointee._private = me
        var validation: OpaquePointer?
        var plug: OpaquePointer?
        if let schema {
            guard schema.language == .xsd, let xsd = schema.xsd, let valid = xmlSchemaNewValidCtxt(xsd) else {
                throw XMLError("cannot validate with the schema \(schema.name) while streaming", file: name)
            }
            validation = valid
            xmlSchemaSetValidStructuredErrors(valid, recordFirstError, Unmanaged.passUnretained(errors).toOpaque())
            // The plug keeps these two addresses and writes the parser's own handler and user
            // data back through them when unplugged.
            plug = xmlSchemaSAXPlug(valid, &context.pointee.sax, &context.pointee.userData)
            guard plug != nil else {
                xmlSchemaFreeValidCtxt(valid)
                throw XMLError("cannot validate with the schema \(schema.name) while streaming", file: name)
            }
            // The plug's handler has no error callback of its own: parse errors come here too.
            context.pointee.sax.pointee.serror = onError
        }
        defer {
            // Gives the parser its own handler back, so that freeing the context frees it.
            if let plug { xmlSchemaSAXUnplug(plug) }
            if let validation { xmlSchemaFreeValidCtxt(validation) }
        }
        withExtendedLifetime((self, source)) {
            _ = xmlParseDocument(context)
        }
        if let stopError { throw stopError }
        if let failure = source.failure { throw XMLError(failure, file: name) }
        if let first = errors.first {
            var error = first
            if errors.firstAtEnd && !Self.notAboutTheEnd.contains(errors.firstCode) {
                error.message = "the file ends early: " + error.message
            }
            throw error
        }
        if context.pointee.wellFormed == 0 { throw XMLError("not well-formed XML", file: name, line: line) }
    }

    /// Errors at the end of the input that are not about the input ending.
    private static let notAboutTheEnd: Set<Int32> = [
        Int32(XML_ERR_DOCUMENT_END.rawValue), Int32(XML_ERR_UNDECLARED_ENTITY.rawValue),
    ]

    /// Reads the file at `path`.
    /// - Throws: ``XMLError``, also when the file cannot be opened.
    public func read(path: String, handler: some XMLByteHandler) throws(XMLError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw XMLError("cannot open: \(systemErrorMessage(errno))", file: name) }
        defer { close(fd) }
        try read(fd: fd, prefix: [], handler: handler)
    }

    /// Reads a document held in memory.
    public func read(bytes: [UInt8], handler: some XMLByteHandler) throws(XMLError) {
        try read(fd: -1, prefix: bytes, handler: handler)
    }

    // MARK: Callbacks

    fileprivate func start(
        _ localName: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?, _ count: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        guard let handler else { return }
        currentName = localName
        scratchUsed = 0
        let element = elementCache.number(localName, uri) { vocabulary.element(namespace: uri, name: localName) }
        let slots = vocabulary.attributes.count
        var others = 0
        if let attributes {
            for index in 0..<slots { values[index] = nil }
            for index in 0..<count {
                let base = attributes + 5 * index
                guard let name = base[0] else { continue }
                if let namespace = base[2] {
                    let length = strlen(namespace)
                    let local = UnsafeRawBufferPointer(start: name, count: strlen(name))
                    if !Self.isSchemaLocationHint(
                        namespace: Array(UnsafeRawBufferPointer(start: namespace, count: length)), local: local)
                    {
                        others += 1
                    }
                    continue
                }
                guard slots > 0, let start = base[3], let end = base[4] else {
                    others += 1
                    continue
                }
                let number = attributeCache.number(name, nil) { vocabulary.attribute(name: name) }
                if number >= 0 {
                    let value = UnsafeRawBufferPointer(start: start, count: end - start)
                    values[Int(number)] = memchr(start, 0x26, end - start) == nil ? value : decodeAmpersands(value)
                } else {
                    others += 1
                }
            }
        } else {
            for index in 0..<slots { values[index] = nil }
        }
        otherAttributes = others
        handler._withUnsafeGuaranteedRef {
            $0.startElement(Int(element), attributes: XMLByteAttributes(values: values, count: slots))
        }
    }

    /// Scratch space for attribute values with an `&` in them (see ``decodeAmpersands(_:)``).
    @exclusivity(unchecked) private var scratch: [UnsafeMutableRawBufferPointer] = []
    @exclusivity(unchecked) private var scratchUsed = 0

    /// libxml2's SAX2 parser, which does not replace entities, gives every `&` of an
    /// attribute value (written `&amp;`, `&#38;` or `&#x26;`) as the five bytes `&#38;`; no
    /// other `&` can be in a parsed value, so each `&#38;` is one `&`. The decoded value lives
    /// in scratch space until the next element.
    private func decodeAmpersands(_ value: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        if scratchUsed == scratch.count {
            scratch.append(.allocate(byteCount: max(value.count, 256), alignment: 1))
        }
        if scratch[scratchUsed].count < value.count {
            scratch[scratchUsed].deallocate()
            scratch[scratchUsed] = .allocate(byteCount: value.count, alignment: 1)
        }
        let out = scratch[scratchUsed]
        scratchUsed += 1
        var length = 0
        var index = 0
        let pattern: [UInt8] = [0x26, 0x23, 0x33, 0x38, 0x3B]  // "&#38;"
        while index < value.count {
            if value[index] == 0x26, index + 5 <= value.count,
                pattern.withUnsafeBytes({ memcmp($0.baseAddress!, value.baseAddress! + index, 5) == 0 })
            {
                out[length] = 0x26
                index += 5
            } else {
                out[length] = value[index]
                index += 1
            }
            length += 1
        }
        return UnsafeRawBufferPointer(rebasing: out[0..<length])
    }

    fileprivate func end(_ localName: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?) {
        guard let handler else { return }
        currentName = localName
        let element = elementCache.number(localName, uri) { vocabulary.element(namespace: uri, name: localName) }
        handler._withUnsafeGuaranteedRef { $0.endElement(Int(element)) }
    }

    fileprivate func text(_ bytes: UnsafeRawBufferPointer) {
        guard textWanted else { return }
        handler?._withUnsafeGuaranteedRef { $0.text(bytes) }
    }

    fileprivate func refuse(entity: UnsafePointer<UInt8>) {
        // libxml2 also looks entities up while it reads their declarations in the DTD: a
        // declaration is not a reference.
        if let context, context.pointee.inSubset != 0 { return }
        let entityName = String(cString: entity)
        stop(
            XMLError(
                "entity reference '&\(entityName);' refused: entities are not expanded in untrusted input", file: name,
                line: line))
    }

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, errors.first == nil else { return }
        errors.first = XMLError(error, file: name)
        errors.firstCode = error.pointee.code
        errors.firstAtEnd = source?.atEnd ?? false
    }
}

/// Takes the events and does nothing with them (libxml2's pass for an error's message).
private final class DiscardingHandler: XMLByteHandler {
    func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {}
    func endElement(_ element: Int) {}
    func text(_ bytes: UnsafeRawBufferPointer) {}
}

/// A handler's events through a class method: the box holds the handler in a `let`, so a
/// call on a borrowed box reaches the handler without retaining it.
class HandlerBox {
    func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {}
    func endElement(_ element: Int) {}
    func text(_ bytes: UnsafeRawBufferPointer) {}
}

final class TypedHandlerBox<Handler: XMLByteHandler>: HandlerBox {
    let handler: Handler

    init(_ handler: Handler) { self.handler = handler }

    override func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {
        handler.startElement(element, attributes: attributes)
    }

    override func endElement(_ element: Int) { handler.endElement(element) }

    override func text(_ bytes: UnsafeRawBufferPointer) { handler.text(bytes) }
}

/// Where the parser's bytes come from: a prefix already read, then a file descriptor.
final class Source {
    let fd: Int32
    @exclusivity(unchecked) var prefix: [UInt8]
    @exclusivity(unchecked) var offset = 0
    @exclusivity(unchecked) var atEnd = false
    @exclusivity(unchecked) var failure: String?

    init(fd: Int32, prefix: [UInt8]) {
        self.fd = fd
        self.prefix = prefix
    }

    func fill(_ buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        if offset < prefix.count {
            let n = min(count, prefix.count - offset)
            prefix.withUnsafeBufferPointer { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: n)
            }
            offset += n
            if offset == prefix.count { prefix = [] }
            return Int32(n)
        }
        guard fd >= 0 else {
            atEnd = true
            return 0
        }
        while true {
            let n = read(fd, buffer, count)
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                failure = "cannot read: \(systemErrorMessage(errno))"
                return -1
            }
            if n == 0 { atEnd = true }
            return Int32(n)
        }
    }
}

/// A small open-addressing table from interned name addresses to vocabulary numbers.
/// Past 512 distinct names (only hostile input has that many), names are compared by
/// bytes every time instead of cached.
private struct PointerCache {
    private var keys = [UInt](repeating: 0, count: 1024)
    private var numbers = [Int32](repeating: 0, count: 1024)
    private var used = 0

    @inline(__always)
    mutating func number(_ name: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?, resolve: () -> Int32) -> Int32 {
        let key = UInt(bitPattern: name) &* 31 &+ UInt(bitPattern: uri)
        var slot = Int(truncatingIfNeeded: (key >> 4) ^ (key >> 14)) & 1023
        let uriKey = UInt(bitPattern: uri)
        while keys[slot] != 0 {
            if keys[slot] == UInt(bitPattern: name) && uris[slot] == uriKey { return numbers[slot] }
            slot = (slot + 1) & 1023
        }
        let number = resolve()
        if used < 512 {
            keys[slot] = UInt(bitPattern: name)
            uris[slot] = uriKey
            numbers[slot] = number
            used += 1
        }
        return number
    }
    private var uris = [UInt](repeating: 0, count: 1024)
}

// The C callbacks: each finds its reader in the parser's user data (SAX events: the reader
// itself; errors: the `_private` field of the parser context that raised them).

private func reader(_ context: UnsafeMutableRawPointer?) -> XMLByteReader {
    Unmanaged<XMLByteReader>.fromOpaque(context!).takeUnretainedValue()
}

private let onStart: startElementNsSAX2Func = { context, localName, _, uri, _, _, count, _, attributes in
    guard let localName, let context else { return }
    Unmanaged<XMLByteReader>.fromOpaque(context)._withUnsafeGuaranteedRef {
        $0.start(localName, uri, Int(count), attributes)
    }
}

private let onEnd: endElementNsSAX2Func = { context, localName, _, uri in
    guard let localName, let context else { return }
    Unmanaged<XMLByteReader>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.end(localName, uri) }
}

private let onText: charactersSAXFunc = { context, bytes, count in
    guard let bytes, count > 0, let context else { return }
    Unmanaged<XMLByteReader>.fromOpaque(context)._withUnsafeGuaranteedRef {
        $0.text(UnsafeRawBufferPointer(start: bytes, count: Int(count)))
    }
}

private let onCDATA: cdataBlockSAXFunc = { context, bytes, count in
    guard let context else { return }
    Unmanaged<XMLByteReader>.fromOpaque(context)._withUnsafeGuaranteedRef {
        $0.cdataSections += 1
        if let bytes, count > 0 { $0.text(UnsafeRawBufferPointer(start: bytes, count: Int(count))) }
    }
}

private let onEntity: getEntitySAXFunc = { context, name in
    if let name { reader(context).refuse(entity: name) }
    return nil
}

private let onError: xmlStructuredErrorFunc = { _, error in
    guard let error, let raw = error.pointee.ctxt else { return }
    let parser = raw.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let me = parser.pointee._private else { return }
    reader(me).record(error)
}

private let onRead: xmlInputReadCallback = { context, buffer, count in
    guard let context, let buffer else { return -1 }
    return Unmanaged<Source>.fromOpaque(context).takeUnretainedValue().fill(buffer, count: Int(count))
}
