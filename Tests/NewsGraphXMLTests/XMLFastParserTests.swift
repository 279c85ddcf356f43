import Foundation
import NewsGraph
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphXML

/// The fast XML parser against libxml2's SAX2 path: the same events (element and attribute
/// numbers, values, text, lines) on every fixture and on tricky documents, the same
/// refusal of every document libxml2 refuses.
@Suite("Fast XML parser against libxml2")
struct XMLFastParserTests {
    static let graphml = "http://graphml.graphdrawing.org/xmlns"
    static let vocabulary = XMLVocabulary(
        elements: [
            (graphml, "graphml"), (graphml, "key"), (graphml, "graph"), (graphml, "node"), (graphml, "edge"),
            (graphml, "data"), ("http://www.yworks.com/xml/graphml", "NodeLabel"), ("", "plain"), ("urn:u", "a"),
        ],
        attributes: ["id", "source", "target", "key", "for", "attr.name", "a", "b", "xmlns", "lang"],
        namespaces: ["http://gexf.net/1.3", "urn:other"])

    /// Everything a handler sees, as text: one line per event, text pieces joined.
    final class Recorder: XMLByteHandler {
        var events: [String] = []
        var text: [UInt8] = []
        unowned(unsafe) var reader: XMLByteReader!

        func flush() {
            if !text.isEmpty {
                events.append("T " + String(decoding: text, as: UTF8.self).debugDescription)
                text.removeAll()
            }
        }

        func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {
            flush()
            var line = "S \(element) \(reader.elementName) @\(reader.line)"
            for index in 0..<XMLFastParserTests.vocabulary.attributes.count {
                if let value = attributes[index] { line += " \(index)=\(Array(value))" }
            }
            events.append(line)
        }

        func endElement(_ element: Int) {
            flush()
            events.append("E \(element) \(reader.elementName) @\(reader.line)")
        }

        func text(_ bytes: UnsafeRawBufferPointer) { text.append(contentsOf: bytes) }
    }

    static func run(_ bytes: [UInt8], _ engine: XMLParserEngine, window: Int = 256 << 10) -> [String] {
        let reader = XMLByteReader(name: "t.xml", vocabulary: vocabulary, engine: engine)
        reader.fastWindow = window
        let recorder = Recorder()
        recorder.reader = reader
        do {
            try reader.read(bytes: bytes, handler: recorder)
            recorder.flush()
            return recorder.events
        } catch {
            return ["error: \(error)"]
        }
    }

    /// libxml2 and the automatic path agree (events, or the error); where the document is in
    /// the subset, the fast path alone gives the same events, at several window sizes.
    static func compare(_ bytes: [UInt8], inSubset: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = Self.run(bytes, .libxml2)
        let automatic = run(bytes, .automatic)
        #expect(automatic == expected, "\(String(decoding: bytes.prefix(300), as: UTF8.self))", sourceLocation: sourceLocation)
        let rejected = expected.first?.hasPrefix("error:") == true
        for window in [8, 13, 64, 256 << 10] {
            let fast = run(bytes, .fast, window: window)
            if rejected {
                #expect(fast.first?.hasPrefix("error:") == true, "accepted what libxml2 refuses: \(String(decoding: bytes.prefix(300), as: UTF8.self))", sourceLocation: sourceLocation)
            } else if inSubset != false {
                #expect(fast == expected, "window \(window): \(String(decoding: bytes.prefix(300), as: UTF8.self))", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("the repository's GraphML and GEXF files give the same events")
    func fixtures() throws {
        let root = TestSupport.packageRoot
        var files: [URL] = []
        for folder in ["Examples", "Tests/Reference/samples", "Tests/Regressions"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".graphml") || name.hasSuffix(".gexf") || name.hasSuffix(".rdf") {
                files.append(url.appendingPathComponent(name))
            }
        }
        #expect(files.count >= 8)
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            let expected = Self.run(bytes, .libxml2)
            if expected.first?.hasPrefix("error:") == true {
                // Only a reproducer of a refusal (a fuzzer's finding) is refused, by both engines.
                #expect(file.deletingLastPathComponent().lastPathComponent == "Regressions", "\(file.lastPathComponent)")
                #expect(Self.run(bytes, .fast).first?.hasPrefix("error:") == true, "\(file.lastPathComponent)")
                #expect(Self.run(bytes, .fast, window: 11).first?.hasPrefix("error:") == true, "\(file.lastPathComponent)")
                continue
            }
            #expect(Self.run(bytes, .fast) == expected, "\(file.lastPathComponent)")
            #expect(Self.run(bytes, .fast, window: 11) == expected, "\(file.lastPathComponent)")
        }
    }

    static let head = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"

    @Test("well-formed documents in the subset")
    func wellFormed() {
        let cases = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Self.head + "<node id=\"n1\"/></graphml>",
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>" + Self.head + "</graphml>",
            "\u{FEFF}<?xml version=\"1.0\"?>" + Self.head + "</graphml>",
            "\n\n  <!-- c --><?pi x?>" + Self.head + "<node id='a&amp;b' source=\"&lt;&gt;&quot;&apos;\" target=\"&#65;&#x42;&#x10FFFF;&#38;\"/></graphml><!-- after -->\n<?after?> \n",
            Self.head + "<node\n id\n =\n 'x'\n\n/>\n<edge source='a' \n target='b'\n>\n</edge\n>\n</graphml>",
            Self.head + "<node id=\"tab\there\" source=\"lf\nhere\" target=\"crlf\r\nhere\" key=\"cr\rhere\" for=\"&#9;&#10;&#13;\"/></graphml>",
            Self.head + "<data>text\r\nwith\rCR &#13; and\r\n\r\n lines</data></graphml>",
            Self.head + "<data><![CDATA[a < b && c ]] > ]\r\n\r]]>x]y]]</data></graphml>",
            Self.head + "<data>é ü 中文 😀 \u{7F} \u{10FFFD}</data></graphml>",
            Self.head + "<data>]] >]]&gt;</data></graphml>",
            "<a:root xmlns:a=\"urn:u\" xmlns:b=\"urn:other\" a:x=\"1\" b:x=\"2\" x=\"3\"><a:a/><b:z b:id='q' id='p'/><a xmlns='urn:u'/><plain/><a xmlns=''/></a:root>",
            "<plain xml:lang=\"en\" lang=\"fr\" xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"><xml:x/></plain>",
            Self.head + "<node id=\"é\" é=\"1\" a·b=\"2\" _x.y-z=\"3\"/><éa/><a\u{300}/></graphml>",
            Self.head + "<?xml-stylesheet href='x'?><?xmlfoo bar?><?target  spaces  ?></graphml>",
            Self.head + "<data>&#0000065;&#x000041;</data><node id='&#x0000000041;'/></graphml>",
            Self.head + "<data>" + String(repeating: "long text &amp; ", count: 2000) + "</data></graphml>",
            Self.head + "<data>" + String(repeating: "<!-- c -->", count: 100) + "</data></graphml>",
            "<plain a=\"" + String(repeating: "v", count: 70_000) + "\"/>",
            "<plain/>",
            "<plain></plain>   \n\n",
            Self.head + "<node xmlns:y=\"http://www.yworks.com/xml/graphml\"><y:NodeLabel>L</y:NodeLabel></node></graphml>",
            Self.head + String(repeating: "<node>", count: 250) + String(repeating: "</node>", count: 250) + "</graphml>",
        ]
        for text in cases { Self.compare(Array(text.utf8)) }
        // URIs it reads itself.
        for uri in [
            "http://graphml.graphdrawing.org/xmlns", "http://www.w3.org/2001/XMLSchema-instance", "urn:u", "urn:x:y:z",
            "http://a.b:8080/p/q?x=1;y=2#f", "http://a/%41b/", "tag:x@y,2000:z", "http://a", "x:",
        ] {
            #expect(XMLFastParser.surelyValidURI(Array(uri.utf8)), "\(uri)")
            Self.compare(Array("<plain xmlns:x='\(uri)' xmlns='\(uri)'><x:plain/></plain>".utf8))
        }
        // URIs it is not sure of, asked of libxml2's URI parser: on an inner element too, the
        // same events as libxml2 gives, or its refusal (no "not well-formed" for what libxml2 reads).
        for uri in ["rel/path", "http://[::1]/x", "http://u@a/", "a b", "a|b", "http://a/%zz", "mailto:é"] {
            #expect(!XMLFastParser.surelyValidURI(Array(uri.utf8)), "\(uri)")
            Self.compare(Array("<plain><a xmlns:x='\(uri)'><x:b/></a><a xmlns='\(uri)'/></plain>".utf8))
        }
        #expect(XMLFastParser.libxml2ReadsURI(Array("rel/path".utf8)))
        #expect(!XMLFastParser.libxml2ReadsURI(Array("a|b".utf8)))
        #expect(!XMLFastParser.libxml2ReadsURI([0x61, 0, 0x62]))
        // libxml2 asks of "&" as "&#38;": "h&:x" reads as a relative path with a fragment.
        #expect(XMLFastParser.libxml2ReadsURI(Array("http&://x.org/y".utf8)))
        #expect(!XMLFastParser.libxml2ReadsURI(Array("a&b c".utf8)))
    }

    @Test("a port libxml2 refuses (empty, with letters, after several colons, past INT_MAX) is refused by both engines")
    func uriPorts() {
        // fuzz-graphml found "scheme://host:" followed by "//…" read as a host with an empty
        // port (RFC 3986 allows one; libxml2's URI parser wants a digit): libxml2 refused the
        // declaration, the fast parser took it as surely valid.
        for uri in [
            "http://quillhost:/x", "http://quillhost:", "http://quillhost://brindle.example/a", "http://quillhost:8q/",
            "http://quillhost:80:81/", "http://quillhost::/", "http://quillhost:2147483648/", "tarn://a:b:c",
        ] {
            let bytes = Array(uri.utf8)
            #expect(!XMLFastParser.surelyValidURI(bytes), "\(uri)")
            #expect(!XMLFastParser.libxml2ReadsURI(bytes), "\(uri)")
            Self.compare(Array("<plain xmlns:x='\(uri)'><x:b/></plain>".utf8))
            Self.compare(Array("<plain><a xmlns:x='\(uri)'><x:b/></a><a xmlns='\(uri)'/></plain>".utf8))
        }
        // Ports it reads: of up to 9 digits itself, longer ones (libxml2 refuses past INT_MAX) asked.
        for uri in ["http://quillhost:1/x", "http://quillhost:123456789/x", "http://quillhost:8080?q#f"] {
            #expect(XMLFastParser.surelyValidURI(Array(uri.utf8)), "\(uri)")
            Self.compare(Array("<plain xmlns:x='\(uri)'><x:b/></plain>".utf8))
        }
        #expect(!XMLFastParser.surelyValidURI(Array("http://quillhost:0000000000080/".utf8)))
        #expect(XMLFastParser.libxml2ReadsURI(Array("http://quillhost:0000000000080/".utf8)))
        // What it is sure of, libxml2 reads: every URI of three pieces after a host.
        let pieces = ["", ":", "::", "1", "80", "8a", "//", "/", "?", "#", "@", "a", "%41", "1.2.3.4", "99999999999", "&"]
        var sure = 0
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let bytes = Array(("http://h" + a + b + c).utf8)
                    guard XMLFastParser.surelyValidURI(bytes) else { continue }
                    sure += 1
                    #expect(XMLFastParser.libxml2ReadsURI(bytes), "\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
        #expect(sure > 500)
    }

    @Test("nesting at libxml2's depth limit")
    func depth() {
        for depth in 254...260 {
            let text = String(repeating: "<plain>", count: depth) + String(repeating: "</plain>", count: depth)
            Self.compare(Array(text.utf8))
        }
    }

    @Test("documents libxml2 refuses are refused, with libxml2's error")
    func malformed() {
        let cases = [
            "", "   ", "<", "<plain>", "<plain/><plain/>", "<plain/>text", "text<plain/>", "<plain></other>",
            "<plain><a></plain></a>", "<plain a='1' a='2'/>", "<plain a='<'/>", "<plain a='&'/>", "<plain a='&x;'/>",
            "<plain a='&#0;'/>", "<plain a='&#xD800;'/>", "<plain a='&#x110000;'/>", "<plain a='&#;'/>",
            "<plain a=1/>", "<plain a='1'b='2'/>", "<plain a/>", "<plain a='1/>", "<plain>&amp</plain>",
            "<plain>&unknown;</plain>", "<plain>a ]]> b</plain>", "<plain><!-- a -- b --></plain>",
            "<plain><!-- a ---></plain>", "<p:plain/>", "<plain p:a='1'/>", "<plain xmlns:p=''/>",
            "<a xmlns:p='urn:u' xmlns:q='urn:u' p:x='1' q:x='2'/>", "<a xmlns:p='u' xmlns:p='v'/>",
            "<a xmlns='u' xmlns='v'/>", "<a xmlns:xmlns='u'/>", "<a xmlns:xml='u'/>",
            "<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>", "<a xmlns='http://www.w3.org/2000/xmlns/'/>",
            "<a:b:c/>", "<:a/>", "<a:/>", "<plain>\u{01}</plain>", "<plain a='\u{01}'/>", "<plain><![CDATA[x\u{02}]]></plain>",
            "<plain><?xml version='1.0'?></plain>", "<plain><?XmL x?></plain>", "<plain><?a:b x?></plain>",
            "<plain><?pi?x?></plain>", "<plain><!DOCTYPE x></plain>", "<plain><![CDATA[x</plain>", "<plain><!-- x",
            "<plain/><!DOCTYPE x>", "<plain/></plain>", "</plain>", "<1a/>", "<a -b='1'/>", "<a\u{B7}/>", "<\u{300}a/>",
            "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><plain/>", " <?xml version=\"1.0\"?><plain/>",
            "<plain>\u{FFFE}</plain>", "<plain/>\u{0}", "<plain/>\u{0}<x", "<plain/> <!-- c --> \u{0} junk", "<plain>\u{0}</plain>",
            "\u{0}<plain/>", "<plain a='\u{0}'/>", "<plain/><!-- \u{0} -->", "<plain\u{0}/>",
            "<!DOCTYPE plain [<!ENTITY e \"x\">]><plain>&e;</plain>",
        ]
        for text in cases { Self.compare(Array(text.utf8)) }
        // Bytes that are not UTF-8, or not characters.
        let bad: [[UInt8]] = [
            [0xFF], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0xC3], [0xE4, 0xB8], [0x80], [0xEF, 0xBF, 0xBF],
        ]
        for bytes in bad {
            Self.compare(Array("<plain>".utf8) + bytes + Array("</plain>".utf8))
            Self.compare(Array("<plain a='".utf8) + bytes + Array("'/>".utf8))
            Self.compare(Array("<plain/><!--".utf8) + bytes + Array("-->".utf8))
            Self.compare(Array("<plain><![CDATA[".utf8) + bytes + Array("]]></plain>".utf8))
        }
    }

    @Test("what the fast parser leaves to libxml2 is read by libxml2")
    func fallback() {
        let cases = [
            "<!DOCTYPE plain><plain a='1'/>",
            // Namespace URIs the parser is not sure of (libxml2 refuses some: fuzz-graphml found '|').
            "<plain xmlns:x='httpsource=w3.org/2001/XMLSchema-ins|ance'/>", "<plain xmlns='a b'/>", "<plain xmlns='rel/path'/>",
            "<plain xmlns:x='http://a:b/'/>", "<plain xmlns:x='http://[::1]/x'/>", "<plain xmlns:x='urn:a&amp;b'/>",
            "<plain xmlns:y='http&amp;://x.org/y'><y:a/></plain>", "<plain xmlns='h&amp;:x'/>", "<plain xmlns:x='a&amp;b c'/>",
            "<plain xmlns:x='http://a/%zz'/>", "<plain xmlns:x='http://a/b#c#d'/>", "<plain xmlns:x='http://u@a/'/>",
            "<plain xmlns:x='mailto:é'/>", "<plain><a xmlns:x='a|b'/></plain>", "<!DOCTYPE plain SYSTEM \"file:///etc/passwd\"><plain/>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><plain a='\u{E9}'/>",
            "<?xml version=\"1.1\"?><plain/>",
            "<?xml version=\"1.0\" encoding=\"US-ASCII\"?><plain/>",
            "<?xml  version = \"1.0\"  ?><plain/>",
        ]
        for text in cases { Self.compare(Array(text.utf8), inSubset: false) }
        var latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><plain a='".utf8)
        latin1 += [0xE9] + Array("'>\u{E9}</plain>".utf8).map { $0 }
        Self.compare(latin1, inSubset: false)
        let utf16 = [UInt8]([0xFF, 0xFE]) + "<plain/>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        Self.compare(utf16, inSubset: false)
    }

    @Test("the automatic engine reads an ordinary file with the fast parser, a DOCTYPE one and a pipe with libxml2")
    func automaticPath() throws {
        let directory = try TestSupport.temporaryDirectory("fast-xml-engine")
        defer { try? FileManager.default.removeItem(at: directory) }
        let body = Self.head + "<key id=\"d0\" for=\"node\" attr.name=\"label\"/><graph>"
            + "<node id=\"n0\"><data key=\"d0\">A &amp; B</data></node><node id=\"n1\"/>"
            + "<edge source=\"n0\" target=\"n1\"/></graph></graphml>\n"
        let ordinary = directory.appendingPathComponent("ordinary.graphml")
        try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body).utf8).write(to: ordinary)
        let doctype = directory.appendingPathComponent("doctype.graphml")
        try Data(("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml>\n" + body).utf8).write(to: doctype)
        func read(_ url: URL, _ engine: XMLParserEngine) throws -> (events: [String], used: XMLParserEngine?) {
            let reader = XMLByteReader(name: url.lastPathComponent, vocabulary: Self.vocabulary, engine: engine)
            let recorder = Recorder()
            recorder.reader = reader
            try reader.read(path: url.path, handler: recorder)
            recorder.flush()
            return (recorder.events, reader.engineUsed)
        }
        let fast = try read(ordinary, .automatic)
        #expect(fast.used == .fast)
        #expect(fast.events == (try read(ordinary, .libxml2)).events)
        #expect(fast.events.contains { $0.hasPrefix("S 3 node") })
        let leftToLibXML = try read(doctype, .automatic)
        #expect(leftToLibXML.used == .libxml2)
        #expect(leftToLibXML.events == (try read(doctype, .libxml2)).events)
        #expect(try read(ordinary, .libxml2).used == .libxml2)
        // A pipe cannot be read again from its start, so libxml2 reads it.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = Array(try Data(contentsOf: ordinary))
        let written = bytes.withUnsafeBytes { Foundation.write(ends[1], $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
        close(ends[1])
        defer { close(ends[0]) }
        let reader = XMLByteReader(name: "pipe", vocabulary: Self.vocabulary, engine: .automatic)
        let recorder = Recorder()
        recorder.reader = reader
        try reader.read(fd: ends[0], handler: recorder)
        recorder.flush()
        #expect(reader.engineUsed == .libxml2)
        #expect(recorder.events == fast.events)
    }

    @Test("a file is read through its descriptor, and read again by libxml2 for an error")
    func file() throws {
        let directory = try TestSupport.temporaryDirectory("fast-xml")
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.xml")
        let body = Self.head + String(repeating: "<node id=\"n\">\n<data>x &amp; y</data></node>\n", count: 20_000) + "</graphml>"
        try Data(body.utf8).write(to: good)
        let bad = directory.appendingPathComponent("bad.xml")
        try Data((body.dropLast(10) + "</nodes>").utf8).write(to: bad)
        for url in [good, bad] {
            var results: [[String]] = []
            for engine in [XMLParserEngine.libxml2, .automatic] {
                let reader = XMLByteReader(name: "f.xml", vocabulary: Self.vocabulary, engine: engine)
                let recorder = Recorder()
                recorder.reader = reader
                do {
                    try reader.read(path: url.path, handler: recorder)
                    recorder.flush()
                    results.append(recorder.events)
                } catch {
                    results.append(["error: \(error)"])
                }
            }
            #expect(results[0] == results[1])
            #expect(results[0].first?.hasPrefix("error") == (url == bad))
        }
    }

    /// Takes text only inside `<data>`, telling the reader so.
    final class DataTextHandler: XMLByteHandler {
        var text: [UInt8] = []
        unowned(unsafe) var reader: XMLByteReader!
        func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) { reader.wantsText = element == 5 }
        func endElement(_ element: Int) { reader.wantsText = false }
        func text(_ bytes: UnsafeRawBufferPointer) {
            #expect(reader.wantsText)
            text.append(contentsOf: bytes)
        }
    }

    @Test("no text is given while the handler wants none; text with references and line ends comes whole")
    func wantsText() throws {
        let document =
            Self.head + "\n  <data>a &amp; &#x4E2D;\r\nb\rc &lt;d&gt;</data>\r\n skipped &amp; text\r <plain>not &lt;this&gt;</plain>"
            + "<data><![CDATA[x\r\ny]]> &quot;z&quot;</data>\n</graphml>"
        for engine in [XMLParserEngine.libxml2, .automatic, .fast] {
            for window in engine == .fast ? [8, 13, 64, 256 << 10] : [256 << 10] {
                let reader = XMLByteReader(name: "t.xml", vocabulary: Self.vocabulary, engine: engine)
                reader.fastWindow = window
                let handler = DataTextHandler()
                handler.reader = reader
                reader.wantsText = false
                try reader.read(bytes: Array(document.utf8), handler: handler)
                #expect(
                    String(decoding: handler.text, as: UTF8.self) == "a & \u{4E2D}\nb\nc <d>x\ny \"z\"",
                    "\(engine), window \(window)")
            }
        }
    }
}
