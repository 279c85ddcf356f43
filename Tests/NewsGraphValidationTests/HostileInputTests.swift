import Foundation
import NewsGraph
import NewsGraphValidation
import Testing
import _NewsGraphTestSupport

@Suite("Hostile and broken input is refused quickly and safely")
struct HostileInputTests {
    let clock = ContinuousClock()

    @Test("an external entity naming a local file is never read")
    func externalEntity() throws {
        let directory = try TestSupport.temporaryDirectory("canary")
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = "CANARY-\(UUID().uuidString)"
        let canary = directory.appendingPathComponent("canary.txt")
        try Data(secret.utf8).write(to: canary)
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [ <!ENTITY leak SYSTEM "file://\(canary.path)"> ]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name" attr.type="string"/>
              <graph edgedefault="directed"><node id="n"><data key="d0">&leak;</data></node></graph>
            </graphml>
            """
        let report = try validate(text)
        #expect(!report.isValid)
        #expect(report.problems.contains { $0.message.contains("entity reference '&leak;' refused") }, "\(lines(report))")
        #expect(!"\(report)".contains(secret))
    }

    @Test("billion laughs ends in well under a second with an error")
    func billionLaughs() throws {
        var entities = #"<!ENTITY l0 "lol">"#
        for level in 1...9 {
            entities += "\n<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [\(entities)]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&l9;"/></graph></graphml>
            """
        let start = clock.now
        let report = try validate(text)
        #expect(clock.now - start < .seconds(5))  // a hang guard, not a speed test
        #expect(!report.isValid)
    }

    @Test("an external DTD and schemaLocation URLs are never fetched")
    func noNetwork() throws {
        // Port 9 (discard) on loopback: nothing listens; a fetch would fail or stall.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/graphml.dtd">
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://127.0.0.1:9/graphml.xsd">
              <graph edgedefault="directed"><node id="a"/></graph>
            </graphml>
            """
        let start = clock.now
        let report = try validate(text)
        #expect(report.isValid, "\(lines(report))")
        #expect(clock.now - start < .seconds(5))  // a hang guard, not a speed test
        // A refused connection would pass the check above too; a local DTD that cannot be
        // parsed proves the external subset is never read: read, it would make the file invalid.
        let directory = try TestSupport.temporaryDirectory("dtd")
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.dtd")
        try Data("<!ELEMENT graphml (this is not a DTD".utf8).write(to: broken)
        let local = text.replacingOccurrences(of: "http://127.0.0.1:9/graphml.dtd", with: "file://\(broken.path)")
        #expect(local.contains(broken.path))
        let localReport = try validate(local)
        #expect(localReport.isValid, "the external DTD was read: \(lines(localReport))")
    }

    @Test("deeply nested elements stop at libxml2's depth limit")
    func deepNesting() throws {
        let depth = 100_000
        let start = clock.now
        let plain = try validate(
            "<a>" + String(repeating: "<b>", count: depth) + String(repeating: "</b>", count: depth) + "</a>", name: "deep.xml")
        #expect(!plain.isValid)
        #expect(plain.problems.contains { $0.message.contains("Excessive depth in document: 256") }, "\(lines(plain))")
        let graph = try validate(
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">" + String(repeating: "<desc>", count: depth)
                + String(repeating: "</desc>", count: depth) + "</graphml>")
        #expect(!graph.isValid)
        #expect(clock.now - start < .seconds(2))
    }

    @Test(
        "empty, binary, unknown and missing files are unreadable, not invalid",
        arguments: [
            ([], "empty input"),
            ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00], "binary data (a NUL byte at offset 5), not a graph file"),
            (Array("Just some prose about graphs.".utf8), "not a graph file (GraphML, GEXF, RDF/XML, DOT or JSON)"),
        ] as [([UInt8], String)])
    func unreadable(bytes: [UInt8], message: String) throws {
        let report = try validate(bytes: bytes, name: "x.graphml")
        #expect(report.unreadable?.message == message)
        #expect(!report.isValid)
    }

    @Test("invalid UTF-8 makes XML, DOT and JSON invalid with its position")
    func invalidUTF8() throws {
        let xml = Array(
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>"#.utf8)
        var broken = xml
        broken.insert(0xFF, at: 70)
        let report = try validate(bytes: broken, name: "u.graphml")
        #expect(!report.isValid)
        #expect(report.unreadable == nil)
        let dot = try validate(bytes: Array("digraph {\n a -> \"".utf8) + [0xC3, 0x28] + Array("\" }".utf8), name: "u.dot")
        #expect(lines(dot) == ["2: invalid UTF-8 (byte 0xC3 at offset 17)"])
        let json = try validate(bytes: Array(#"{"nodes": [{"id": ""#.utf8) + [0xFE] + Array(#""}], "links": []}"#.utf8), name: "u.json")
        #expect(lines(json) == ["1: invalid UTF-8 (byte 0xFE at offset 19)"])
    }

    @Test("a missing file and a folder are unreadable")
    func missing() throws {
        let validator = try Validator()
        #expect(validator.validate(path: "/nonexistent/g.graphml").unreadable?.message == "cannot open: No such file or directory")
        #expect(validator.validate(path: NSTemporaryDirectory()).unreadable?.message == "is a directory")
    }
}
