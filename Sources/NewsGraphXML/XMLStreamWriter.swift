internal import CLibXML2
import NewsGraph

/// A streaming XML writer: elements, attributes and text go out to a ``ByteSink`` as
/// they are written, never held as a whole document.
///
/// The engine is libxml2's `xmlTextWriter`, which escapes `& < > "` (and tab, newline
/// and carriage return in attributes). Text is first cleaned of characters XML 1.0
/// forbids, by ``XMLText/sanitized(_:policy:)``, because `xmlTextWriter` writes them raw
/// and the file would then not parse. Names (elements, attributes, prefixes) are the
/// caller's responsibility: they must be valid XML names.
///
/// ```swift
/// let writer = try XMLStreamWriter(sink: sink)
/// try writer.startDocument()
/// try writer.startElement("graphml")
/// try writer.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
/// try writer.endElement()
/// try writer.endDocument()
/// ```
public final class XMLStreamWriter {
    /// Options for the writer.
    public struct Options: Sendable {
        /// Indent nested elements (two spaces a level).
        public var indent: Bool
        /// What to do with characters XML 1.0 forbids.
        public var forbiddenCharacters: XMLText.Policy

        /// Creates options; the defaults indent and remove forbidden characters.
        public init(indent: Bool = true, forbiddenCharacters: XMLText.Policy = .remove) {
            self.indent = indent
            self.forbiddenCharacters = forbiddenCharacters
        }
    }

    /// Carries the sink and the first write error across the C callback.
    private final class Output {
        let sink: ByteSink
        var error: (any Error)?
        init(sink: ByteSink) { self.sink = sink }
    }

    private let writer: xmlTextWriterPtr
    private let output: Output
    private let options: Options
    private var finished = false

    /// Creates a writer that streams to `sink`.
    /// - Throws: ``XMLError`` if libxml2 cannot create the writer.
    public init(sink: ByteSink, options: Options = Options()) throws {
        _ = LibXML.ready
        let output = Output(sink: sink)
        let context = Unmanaged.passRetained(output).toOpaque()
        guard
            let buffer = xmlOutputBufferCreateIO(
                { context, bytes, length in
                    guard let context, let bytes, length >= 0 else { return -1 }
                    let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
                    if output.error != nil { return -1 }
                    do {
                        try output.sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
                        return length
                    } catch {
                        output.error = error
                        return -1
                    }
                },
                { context in
                    if let context { Unmanaged<Output>.fromOpaque(context).release() }
                    return 0
                },
                context, nil)
        else {
            Unmanaged<Output>.fromOpaque(context).release()
            throw XMLError("cannot create an XML output buffer")
        }
        // From here the buffer owns the retained context and releases it on close.
        guard let writer = xmlNewTextWriter(buffer) else {
            xmlOutputBufferClose(buffer)
            throw XMLError("cannot create an XML writer")
        }
        self.writer = writer
        self.output = output
        self.options = options
        if options.indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        // Frees the writer and closes (flushes) its output buffer.
        xmlFreeTextWriter(writer)
    }

    private func check(_ result: Int32, _ what: @autoclosure () -> String) throws {
        if result < 0 {
            if let error = output.error { throw Self.describe(error) }
            throw XMLError("cannot write \(what())")
        }
    }

    private func clean(_ text: String) -> String {
        XMLText.sanitized(text, policy: options.forbiddenCharacters)
    }

    /// Writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
    }

    /// Opens an element. `name` may carry a prefix (`y:ShapeNode`).
    public func startElement(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "element \(name)")
    }

    /// Writes an attribute of the element just opened. `name` may carry a prefix;
    /// namespace declarations are written as attributes (`xmlns`, `xmlns:viz`).
    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, clean(value)), "attribute \(name)")
    }

    /// Writes text content, escaped.
    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, clean(value)), "text")
    }

    /// Writes a comment. `--` in the text is broken up, as XML requires.
    public func comment(_ value: String) throws {
        var body = clean(value)
        while body.contains("--") { body = body.replacingOccurrences(of: "--", with: "- -") }
        if body.hasSuffix("-") { body += " " }
        try check(xmlTextWriterWriteComment(writer, body), "comment")
    }

    /// Closes the innermost open element (as `<x/>` when it has no content).
    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end of element")
    }

    /// Writes `<name attributes…>text</name>` in one call.
    public func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil)
        throws
    {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element, ends the document and flushes all bytes to the sink.
    public func endDocument() throws {
        guard !finished else { return }
        finished = true
        try check(xmlTextWriterEndDocument(writer), "the end of the document")
        try check(xmlTextWriterFlush(writer), "the output")
        if let error = output.error { throw Self.describe(error) }
    }

    private static func describe(_ error: any Error) -> XMLError {
        if let error = error as? NewsGraphError { return XMLError(error.message, file: error.path) }
        return XMLError("\(error)")
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
