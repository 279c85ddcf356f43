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

    /// The engine the writers use unless told otherwise: the byte engine, 1.3–1.6× faster in
    /// the export benchmark.
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
    /// Writes `<name attribute="value">text</name>`, the shape of every GraphML `<data>`.
    func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws
    /// Writes `<name attributes…>text</name>`, or `<name attributes…/>` without text.
    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws
}

extension XMLOutput {
    func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws {
        try startElement(name)
        try self.attribute(attribute, value)
        try self.text(text)
        try endElement()
    }

    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// `<name attributes…/>`, through the requirement (so that the byte engine's fast path is used).
    func element(_ name: String, attributes: KeyValuePairs<String, String>) throws {
        try element(name, attributes: attributes, text: nil)
    }

    /// `<name>text</name>`, through the requirement.
    func element(_ name: String, text: String) throws {
        try element(name, attributes: [:], text: text)
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
    /// All state lives in one struct so that each call is one exclusive access to it, not
    /// one per byte (dynamic exclusivity checks on class properties cost a quarter of the
    /// time otherwise).
    private var core: Core
    private var finished = false

    init(sink: ByteSink) { core = Core(out: ByteWriter(sink: sink)) }

    func startDocument() throws { core.out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
    func startElement(_ name: String) throws { core.startElement(name) }
    func attribute(_ name: String, _ value: String) throws { core.attribute(name, value) }
    func text(_ value: String) throws { try core.text(value) }
    func comment(_ value: String) throws { core.comment(value) }
    func endElement() throws { try core.endElement() }
    func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws {
        try core.leaf(name, attribute, value, text: text)
    }
    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws {
        try core.element(name, attributes: attributes, text: text)
    }

    func endDocument() throws {
        guard !finished else { return }
        finished = true
        try core.finish()
    }

    private struct Core {
        var out: ByteWriter
        /// Open elements: name, and whether a child element was written inside.
        var stack: [(name: String, hasChildren: Bool)] = []
        /// Whether the innermost start tag is still open (attributes may follow).
        var tagOpen = false
        /// Whether the last thing written into the innermost element was text (no indent
        /// before its end tag).
        var afterText = false

        mutating func closeStartTag(newline: Bool) {
            guard tagOpen else { return }
            out.byte(UInt8(ascii: ">"))
            if newline { out.byte(UInt8(ascii: "\n")) }
            tagOpen = false
        }

        mutating func indent(_ depth: Int) {
            for _ in 0..<depth { out.raw("  ") }
        }

        mutating func startElement(_ name: String) {
            closeStartTag(newline: true)
            if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
            indent(stack.count)
            out.byte(UInt8(ascii: "<"))
            out.plain(name)
            stack.append((name, false))
            tagOpen = true
            afterText = false
        }

        /// `<name attribute="value">text</name>` and a newline, as the four calls would
        /// write it (an empty text still gives a start and an end tag).
        mutating func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws {
            closeStartTag(newline: true)
            if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
            indent(stack.count)
            out.byte(UInt8(ascii: "<"))
            out.plain(name)
            out.byte(UInt8(ascii: " "))
            out.plain(attribute)
            out.raw("=\"")
            escape(value, attribute: true)
            out.raw("\">")
            escape(text, attribute: false)
            out.raw("</")
            out.plain(name)
            out.raw(">\n")
            afterText = false
            try out.flushIfFull()
        }

        /// A whole element in one go, as the separate calls would write it.
        mutating func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws {
            closeStartTag(newline: true)
            if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
            indent(stack.count)
            out.byte(UInt8(ascii: "<"))
            out.plain(name)
            for (key, value) in attributes { attribute(key, value) }
            if let text {
                out.byte(UInt8(ascii: ">"))
                escape(text, attribute: false)
                out.raw("</")
                out.plain(name)
                out.raw(">\n")
            } else {
                out.raw("/>\n")
            }
            afterText = false
            try out.flushIfFull()
        }

        mutating func attribute(_ name: String, _ value: String) {
            out.byte(UInt8(ascii: " "))
            out.plain(name)
            out.raw("=\"")
            escape(value, attribute: true)
            out.byte(UInt8(ascii: "\""))
        }

        mutating func text(_ value: String) throws {
            closeStartTag(newline: false)
            escape(value, attribute: false)
            afterText = true
            try out.flushIfFull()
        }

        mutating func comment(_ value: String) {
            closeStartTag(newline: true)
            var body = XMLText.sanitized(value)
            while body.contains("--") { body = body.replacing("--", with: "- -") }
            if body.hasSuffix("-") { body += " " }
            indent(stack.count)
            out.raw("<!--")
            out.plain(body)
            out.raw("-->\n")
        }

        mutating func endElement() throws {
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

        mutating func finish() throws {
            while !stack.isEmpty { try endElement() }
            try out.flush()
        }

        /// The one escaping routine: XML character data or attribute value, forbidden
        /// characters dropped. Runs of bytes that need nothing are copied in one go.
        mutating func escape(_ text: String, attribute: Bool) {
            var text = text
            text.withUTF8 { bytes in
                var runStart = 0
                var index = 0
                let count = bytes.count
                while index < count {
                    let byte = bytes[index]
                    let replacement: StaticString?
                    var skip = 1
                    switch byte {
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "\""): replacement = "&quot;"
                    case 0x0D: replacement = "&#13;"
                    case 0x0A:
                        guard attribute else { index += 1; continue }
                        replacement = "&#10;"
                    case 0x09:
                        guard attribute else { index += 1; continue }
                        replacement = "&#9;"
                    case 0..<0x20: replacement = ""  // forbidden in XML 1.0: dropped
                    case 0xEF:
                        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are forbidden too.
                        if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                            replacement = ""
                            skip = 3
                        } else {
                            index += 1
                            continue
                        }
                    default:
                        index += 1
                        continue
                    }
                    if index > runStart { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                    if let replacement, replacement.utf8CodeUnitCount > 0 { out.raw(replacement) }
                    index += skip
                    runStart = index
                }
                if count > runStart { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
            }
        }
    }
}
