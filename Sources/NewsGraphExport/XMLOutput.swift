import NewsGraph
import NewsGraphXML

/// Which engine writes XML (GraphML, GEXF, RDF/XML).
///
/// Both produce the same bytes (the test suite checks it on every fixture); they differ in
/// speed only. The default is the one the export benchmark found faster; see
/// `Benchmarks/README.md`.
public enum XMLEngine: String, CaseIterable, Sendable {
    /// libxml2's `xmlTextWriter`, through ``NewsGraphXML/XMLStreamWriter``.
    case libxml2
    /// A Swift writer that appends to a byte buffer with one escaping routine.
    case bytes

    /// The engine the writers use unless told otherwise.
    public static let `default`: XMLEngine = .bytes
}

/// What the XML writers need from an engine: the calls of ``NewsGraphXML/XMLStreamWriter``.
protocol XMLOutput: AnyObject {
    func startDocument() throws
    func startElement(_ name: String) throws
    func attribute(_ name: String, _ value: String) throws
    func text(_ value: String) throws
    func comment(_ value: String) throws
    func endElement() throws
    func endDocument() throws
}

extension XMLOutput {
    /// Writes `<name attributes…>text</name>`.
    func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }
}

extension XMLStreamWriter: XMLOutput {}

/// Makes the engine's writer over a sink.
func makeXMLOutput(_ engine: XMLEngine, sink: ByteSink) throws -> any XMLOutput {
    switch engine {
    case .libxml2: try XMLStreamWriter(sink: sink)
    case .bytes: XMLByteWriter(sink: sink)
    }
}

/// A streaming XML writer in Swift that writes exactly what libxml2's `xmlTextWriter`
/// writes with two-space indentation: the same declaration, line breaks and escapes
/// (`& < > "` and carriage return in text; those plus tab and newline in attributes, as
/// character references), and empty elements as `<x/>`. Characters XML 1.0 forbids are
/// dropped, as ``NewsGraphXML/XMLText/sanitized(_:policy:)`` does. Names are the caller's
/// responsibility.
final class XMLByteWriter: XMLOutput {
    private var out: ByteWriter
    /// Open elements: name, and whether something (text or a child) was written inside.
    private var stack: [(name: String, hasChildren: Bool)] = []
    /// Whether the innermost start tag is still open (attributes may follow).
    private var tagOpen = false
    /// Whether the last thing written into the innermost element was text (no indent
    /// before its end tag).
    private var afterText = false
    private var finished = false

    init(sink: ByteSink) { out = ByteWriter(sink: sink) }

    func startDocument() throws {
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    private func closeStartTag(newline: Bool) {
        guard tagOpen else { return }
        out.byte(UInt8(ascii: ">"))
        if newline { out.byte(UInt8(ascii: "\n")) }
        tagOpen = false
    }

    private func indent(_ depth: Int) {
        for _ in 0..<depth { out.raw("  ") }
    }

    func startElement(_ name: String) throws {
        closeStartTag(newline: true)
        if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
        indent(stack.count)
        out.byte(UInt8(ascii: "<"))
        out.plain(name)
        stack.append((name, false))
        tagOpen = true
        afterText = false
    }

    func attribute(_ name: String, _ value: String) throws {
        out.byte(UInt8(ascii: " "))
        out.plain(name)
        out.raw("=\"")
        escape(value, attribute: true)
        out.byte(UInt8(ascii: "\""))
    }

    func text(_ value: String) throws {
        closeStartTag(newline: false)
        escape(value, attribute: false)
        afterText = true
        try out.flushIfFull()
    }

    func comment(_ value: String) throws {
        closeStartTag(newline: true)
        var body = value
        while body.contains("--") { body = body.replacing("--", with: "- -") }
        if body.hasSuffix("-") { body += " " }
        indent(stack.count)
        out.raw("<!--")
        escapeComment(body)
        out.raw("-->\n")
    }

    func endElement() throws {
        guard let top = stack.popLast() else { throw XMLError("cannot write end of element") }
        if tagOpen {
            out.raw("/>\n")
            tagOpen = false
        } else {
            if !afterText && top.hasChildren { indent(stack.count) }
            out.raw("</")
            out.plain(top.name)
            out.raw(">\n")
        }
        afterText = false
        try out.flushIfFull()
    }

    func endDocument() throws {
        guard !finished else { return }
        finished = true
        while !stack.isEmpty { try endElement() }
        try out.flush()
    }

    /// The one escaping routine: XML character data or attribute value, forbidden
    /// characters dropped.
    private func escape(_ text: String, attribute: Bool) {
        var utf8 = text.utf8.makeIterator()
        var pending: [UInt8] = []
        while true {
            let byte: UInt8
            if !pending.isEmpty { byte = pending.removeFirst() } else if let next = utf8.next() { byte = next } else { break }
            switch byte {
            case UInt8(ascii: "&"): out.raw("&amp;")
            case UInt8(ascii: "<"): out.raw("&lt;")
            case UInt8(ascii: ">"): out.raw("&gt;")
            case UInt8(ascii: "\""): out.raw("&quot;")
            case 0x0D: out.raw("&#13;")
            case 0x0A: if attribute { out.raw("&#10;") } else { out.byte(byte) }
            case 0x09: if attribute { out.raw("&#9;") } else { out.byte(byte) }
            case 0..<0x20: continue  // forbidden in XML 1.0
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are forbidden too.
                guard let second = utf8.next() else {
                    out.byte(byte)
                    continue
                }
                guard second == 0xBF, let third = utf8.next() else {
                    out.byte(byte)
                    pending.append(second)
                    continue
                }
                if third == 0xBE || third == 0xBF { continue }
                out.byte(byte)
                out.byte(second)
                pending.append(third)
            default: out.byte(byte)
            }
        }
    }

    /// Comment text: no escaping in XML, only forbidden characters dropped.
    private func escapeComment(_ text: String) {
        out.plain(XMLText.sanitized(text))
    }
}
