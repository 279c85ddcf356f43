import Foundation
import NewsGraph
import NewsGraphXML
import Testing
import _NewsGraphTestSupport

/// Writes a small document through the streaming writer and returns its text.
func writeXML(_ options: XMLStreamWriter.Options = .init(), _ body: (XMLStreamWriter) throws -> Void) throws -> String {
    let sink = MemorySink()
    let writer = try XMLStreamWriter(sink: sink, options: options)
    try writer.startDocument()
    try body(writer)
    try writer.endDocument()
    return sink.string
}

/// Reads every event of a document.
func readAll(_ text: String) throws -> [XMLEvent] {
    let reader = try XMLPullReader(bytes: Array(text.utf8), name: "mem.xml")
    var events: [XMLEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
}

/// The text content of the first element named `name`.
func textOf(_ name: String, in events: [XMLEvent]) -> String? {
    var inside = false
    var text = ""
    for event in events {
        switch event {
        case .startElement(let local, _, _, _) where local == name: inside = true
        case .endElement(let local, _) where local == name && inside: return text
        case .text(let value) where inside: text += value
        default: break
        }
    }
    return nil
}

@Suite("XML writer")
struct XMLWriterTests {
    let nasty = "Tom & Jerry <b>\"quoted\"</b> 'single' \\ back"

    @Test("escapes & < > \" ' in text and attributes, and reads back unchanged")
    func escaping() throws {
        let xml = try writeXML { w in
            try w.startElement("root")
            try w.attribute("name", nasty)
            try w.text(nasty)
            try w.endElement()
        }
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("Tom &amp; Jerry &lt;b&gt;"))
        #expect(!xml.contains("<b>"))
        let events = try readAll(xml)
        guard case .startElement("root", "", let attributes, _) = events.first else {
            Issue.record("no root element")
            return
        }
        #expect(attributes.first?.value == nasty)
        #expect(textOf("root", in: events) == nasty)
    }

    @Test("characters XML 1.0 forbids are removed or replaced, and the output parses", arguments: [XMLText.Policy.remove, .replace])
    func forbiddenCharacters(policy: XMLText.Policy) throws {
        let dirty = "bell\u{07} vt\u{0B} ff\u{0C} nul\u{00} esc\u{1B} nonchar\u{FFFE}\u{FFFF} tab\tnl\ncr\r ok"
        let xml = try writeXML(.init(forbiddenCharacters: policy)) { w in
            try w.element("v", attributes: ["a": dirty], text: dirty)
        }
        let events = try readAll(xml)
        let text = try #require(textOf("v", in: events))
        let expected =
            policy == .remove
            ? "bell vt ff nul esc nonchar tab\tnl\ncr\n ok"
            : "bell\u{FFFD} vt\u{FFFD} ff\u{FFFD} nul\u{FFFD} esc\u{FFFD} nonchar\u{FFFD}\u{FFFD} tab\tnl\ncr\n ok"
        // XML parsers normalise a literal CR to LF; in text the writer escapes it as &#13; so it survives.
        #expect(text.replacingOccurrences(of: "\r", with: "\n") == expected)
        #expect(XMLText.isClean(xml))
    }

    @Test("emoji, right-to-left text and combining marks pass through")
    func unicode() throws {
        let text = "🦊 ناصر שלום e\u{301} 北京"
        let xml = try writeXML { w in try w.element("t", text: text) }
        #expect(textOf("t", in: try readAll(xml)) == text)
    }

    @Test("namespaces, prefixes and comments")
    func namespaces() throws {
        let xml = try writeXML { w in
            try w.startElement("graphml")
            try w.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
            try w.attribute("xmlns:y", "http://www.yworks.com/xml/graphml")
            try w.comment("made -- by -- tests-")
            try w.element("y:ShapeNode", attributes: ["color": "#FF0000"])
            try w.endElement()
        }
        let events = try readAll(xml)
        #expect(
            events.contains { event in
                if case .startElement("ShapeNode", "http://www.yworks.com/xml/graphml", _, _) = event { return true }
                return false
            })
    }

    @Test("xmllint parses what the writer wrote")
    func xmllint() throws {
        let xmllint = try TestSupport.tool("/usr/bin/xmllint", package: "libxml2-utils")
        let xml = try writeXML { w in
            try w.startElement("root")
            for index in 0..<50 {
                try w.element("item", attributes: ["id": "i\(index)", "label": nasty + "\u{01}\t"], text: nasty + "\u{0B}\r\n🦊")
            }
            try w.endElement()
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(xml.utf8).write(to: url)
        let result = try TestSupport.run(xmllint, ["--noout", "--nonet", url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test("output streams to the sink while the document is written")
    func streams() throws {
        let sink = MemorySink()
        let writer = try XMLStreamWriter(sink: sink)
        try writer.startDocument()
        try writer.startElement("root")
        for _ in 0..<20_000 { try writer.element("x", text: "some text to fill buffers") }
        #expect(sink.bytes.count > 100_000, "libxml2 flushes its 4 KiB buffers as it goes")
        try writer.endDocument()
        #expect(sink.string.hasSuffix("</root>\n"))
    }

    @Test("a failing sink surfaces as an error, not a crash")
    func failingSink() throws {
        final class FullDisk: ByteSink {
            func write(_ bytes: UnsafeRawBufferPointer) throws {
                throw NewsGraphError(.io, "No space left on device", path: "out.graphml")
            }
        }
        let writer = try XMLStreamWriter(sink: FullDisk())
        let error = #expect(throws: XMLError.self) {
            try writer.startDocument()
            try writer.startElement("root")
            for _ in 0..<10_000 { try writer.element("x", text: "fill the buffer") }
            try writer.endDocument()
        }
        #expect(error?.message == "No space left on device")
    }
}
