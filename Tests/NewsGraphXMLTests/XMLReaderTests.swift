import Foundation
import NewsGraph
import NewsGraphXML
import Testing

@Suite("Safe XML reader")
struct XMLReaderTests {
    @Test("events, namespaces, attributes and lines")
    func events() throws {
        let events = try readAll(
            """
            <?xml version="1.0"?>
            <g:graph xmlns:g="urn:g" id="G">
              <node id="a"/><!-- comment -->
              <data><![CDATA[x < y]]></data>
            </g:graph>
            """)
        #expect(
            events.first
                == .startElement(
                    localName: "graph", namespaceURI: "urn:g",
                    attributes: [
                        XMLAttribute(localName: "g", namespaceURI: "http://www.w3.org/2000/xmlns/", prefix: "xmlns", value: "urn:g"),
                        XMLAttribute(localName: "id", namespaceURI: "", prefix: "", value: "G"),
                    ], line: 2))
        #expect(events.contains(.endElement(localName: "node", namespaceURI: "")))
        #expect(textOf("data", in: events) == "x < y")
        #expect(events.last == .endElement(localName: "graph", namespaceURI: "urn:g"))
    }

    @Test("malformed XML is an error with file, line and column")
    func malformed() {
        let error = #expect(throws: XMLError.self) { try readAll("<a>\n<b></a>") }
        #expect(error?.file == "mem.xml")
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("mem.xml:2:") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test("an external entity pointing at a local file is refused and never read")
    func externalEntity() throws {
        let canary = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-canary-\(UUID().uuidString).txt")
        let secret = "CANARY-\(UUID().uuidString)"
        try Data(secret.utf8).write(to: canary)
        defer { try? FileManager.default.removeItem(at: canary) }
        for body in ["<r>&ext;</r>", "<r a=\"&ext;\"/>"] {
            let xml = """
                <?xml version="1.0"?>
                <!DOCTYPE r [ <!ENTITY ext SYSTEM "file://\(canary.path)"> ]>
                \(body)
                """
            var seen: [XMLEvent] = []
            let error = #expect(throws: XMLError.self) {
                let reader = try XMLPullReader(bytes: Array(xml.utf8), name: "hostile.xml")
                while let event = try reader.next() { seen.append(event) }
            }
            #expect(error != nil)
            #expect(!"\(seen)".contains(secret))
            #expect(error.map { !"\($0)".contains(secret) } ?? true)
        }
    }

    @Test("an external DTD is not loaded and internal entities are not expanded")
    func dtdAndBombs() throws {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <lolz>&lol9;</lolz>
            """
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: XMLError.self) { try readAll(bomb) }
        #expect(clock.now - start < .seconds(5))
        // A document that names an external DTD still reads: the DTD is simply not fetched.
        let events = try readAll(
            """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "http://example.invalid/never-fetched.dtd">
            <r>fine</r>
            """)
        #expect(textOf("r", in: events) == "fine")
    }

    @Test(
        "empty, binary and invalid UTF-8 inputs are errors, not crashes",
        arguments: [
            [], [0x00, 0x01, 0x02, 0xFF], Array("<a>\u{FFFD}</a>".utf8).map { $0 == 0xEF ? 0xC3 : $0 }, Array("<a>x".utf8),
        ] as [[UInt8]])
    func badBytes(bytes: [UInt8]) {
        #expect(throws: XMLError.self) {
            let reader = try XMLPullReader(bytes: bytes, name: "bad.xml")
            while try reader.next() != nil {}
        }
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        let error = #expect(throws: XMLError.self) {
            let reader = try XMLPullReader(path: "/nonexistent/graph.graphml")
            while try reader.next() != nil {}
        }
        #expect(error?.description.contains("/nonexistent/graph.graphml") == true)
    }

    @Test("many readers and writers in parallel")
    func parallel() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<32 {
                group.addTask {
                    let xml = try writeXML { w in try w.element("n", attributes: ["i": "\(index)"], text: "t\(index)") }
                    return try readAll(xml).count
                }
            }
            for try await count in group { #expect(count == 3) }
        }
    }
}
