import Foundation
import NewsGraph
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphValidation

/// `GraphMLChecker` works on bytes; the former checker on `String`s (`GraphMLStringChecker`)
/// stays as the oracle: both must give the same report on every file here.
@Suite("The byte GraphML checker reports what the String checker reported")
struct GraphMLCheckerEquivalenceTests {
    /// Documents that exercise every rule of the checker, valid and not.
    static var cases: [(String, String)] {
        let profileKeys = """
            <key id="d0" for="node" attr.name="type" attr.type="string"/>
            <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
            <key id="d2" for="edge" attr.name="confidence" attr.type="double"/>
            <key id="d3" for="edge" attr.name="weight" attr.type="int"/>
            <key id="d4" for="node" attr.name="color" attr.type="string"/>
            <key id="d5" for="node" attr.name="mentions" attr.type="long"/>
            <key id="d6" for="node" attr.name="size" attr.type="double"/>
            <key id="d7" for="node" attr.name="r" attr.type="int"/>
            <key id="d8" for="node" attr.name="x" attr.type="string"/>
            <key id="d9" for="all" attr.name="label" attr.type="string"/>
            <key id="b" for="graph" attr.name="flag" attr.type="boolean"><default>maybe</default></key>
            <key for="node" attr.name="noid" attr.type="int"><default>x</default></key>
            """
        return [
            ("plain", graphml(#"<node id="a"/><node id="b"/><edge id="e" source="a" target="b"/>"#)),
            (
                "identity",
                graphml(
                    keys: #"<key id="d0" for="node" attr.name="w" attr.type="double"/>"#,
                    """
                    <node id="a"/>
                    <node id="a"/>
                    <edge id="e0" source="a" target="zz"/>
                    <edge id="e0" source="later" target="a"/>
                    <node id="later"><data key="d9">x</data><data key="d0">1</data><data key="d0">2</data><data key="d0">1</data></node>
                    <node id="n2"><data key="d0">1</data><data key="d0">zz</data></node>
                    """)
            ),
            (
                "profile",
                graphml(
                    keys: profileKeys,
                    """
                    <data key="b">yes</data><data key="b">true</data>
                    <node id="n0"><data key="d0">Person</data><data key="d4">#12ab3F</data><data key="d5"> 7 </data></node>
                    <node id="n1"><data key="d0">Alien</data><data key="d4">red</data><data key="d5">-3</data><data key="d6">-1.5</data></node>
                    <node id="n2"><data key="d0">Alien</data><data key="d7">300</data><data key="d7">12</data><data key="d8">x</data></node>
                    <node id="n3"><data key="d0"> Person </data><data key="d6">1e400</data><data key="d6">NaN</data><data key="d1">leads</data></node>
                    <edge id="e0" source="n0" target="n1"><data key="d1">leads</data><data key="d2">1.5</data><data key="d3">2</data></edge>
                    <edge id="e1" source="n0" target="n1"><data key="d1">Bad Name</data><data key="d2">0.5</data></edge>
                    <edge id="e2" source="n0" target="n1" directed="false"><data key="d1">sued</data><data key="d2">1.5</data></edge>
                    <edge id="e3" source="n0" target="n1"><data key="d1">sued</data><data key="d0">Person</data><data key="d9">l</data></edge>
                    <edge id="e4" source="n0" target="n1"><data key="d1">leads</data><data key="d2">abc</data><data key="d2">0.5</data></edge>
                    """)
            ),
            (
                "undirected profile",
                graphml(
                    keys: profileKeys,
                    """
                    <node id="n0"><data key="d0">Person</data></node>
                    <edge id="e0" source="n0" target="n0" directed="true"><data key="d1">met_with</data></edge>
                    <edge id="e1" source="n0" target="n0" directed="false"><data key="d1">met_with</data></edge>
                    """, edgedefault: "undirected")
            ),
            (
                "nested graphs",
                graphml(
                    """
                    <node id="a"><graph id="inner" edgedefault="undirected"><node id="b"/><node id="a"/>
                    <edge id="x" source="b" target="c"/><node id="c"/><edge id="x" source="b" target="b"/></graph></node>
                    <node id="d"><graph id="inner2" edgedefault="directed"><node id="e"/></graph></node>
                    <node id="e"/>
                    <edge id="x" source="a" target="b"/><edge source="b" target="a"/><edge source="nowhere" target="e"/>
                    <graph id="inner" edgedefault="directed"><node id="f"/></graph>
                    """)
            ),
            (
                "ports, hyperedges, endpoints",
                graphml(
                    """
                    <node id="a"><port name="p"/><port name="p"/><port name="q"><port name="p"/></port></node>
                    <node id="b"><port name="p"/></node>
                    <hyperedge id="h"><endpoint id="ep" node="a"/><endpoint id="ep" node="x"/></hyperedge>
                    <hyperedge id="h"><endpoint node="b" port="p"/></hyperedge>
                    <edge id="h" source="a" target="b"/><node id="h"/>
                    """)
            ),
            (
                "data inside data and markup",
                graphml(
                    keys: """
                        <key id="k" for="node" attr.type="int"/>
                        <key id="s" for="edge" attr.name="relation" attr.type="string"/>
                        <key id="t" for="node" attr.name="type" attr.type="string"/>
                        """,
                    """
                    <node id="a"><data key="k"><data key="k">1</data>x</data><data key="k">2</data><data key="k">y</data></node>
                    <node id="b"><data key="k"><b/>7</data><data key="k">z</data><desc>d</desc></node>
                    <node id="c"><unknown><data key="k">q</data><data key="k">q</data></unknown><data key="k">q</data></node>
                    <edge source="a" target="b"><data key="k">3</data></edge>
                    """)
            ),
            (
                "keys: duplicates, undeclared, used elsewhere, unknown types",
                graphml(
                    keys: """
                        <key id="k" for="node" attr.name="w" attr.type="double"/>
                        <key id="k" for="edge" attr.name="w" attr.type="int"/>
                        <key id="j" for="edge" attr.name="w" attr.type="int"/>
                        <key id="t" for="nodes" attr.type="text"/>
                        <key id="g" for="graph" attr.type="long"/>
                        <key id="" for="node" attr.type="int"><default>1.5</default></key>
                        <key id="u" for="hyperedge" attr.type="float"/>
                        """,
                    """
                    <data key="g">99999999999999999999</data>
                    <node id="a"><data key="k">1.5</data><data key="j">1.5</data><data key="t">x</data><data key="">2</data></node>
                    <edge source="a" target="a"><data key="k">1.5</data><data key="zz">x</data><data key="zz">x</data></edge>
                    <hyperedge><endpoint node="a"/><data key="u">1e5</data><data key="u">e5</data></hyperedge>
                    <node id="b"><data key="g">12</data></node>
                    """)
            ),
            (
                "nodes before the graph",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="t" for="node" attr.name="type" attr.type="string"/>
                <key id="r" for="edge" attr.name="relation" attr.type="string"/>
                <node id="a"><data key="t">Alien</data></node>
                <graph edgedefault="directed"><node id="a"><data key="t">Alien</data></node><node id="a"/></graph>
                <graph id="x" edgedefault="directed"><node id="a"/></graph>
                </graphml>
                """
            ),
            (
                "non-ASCII ids and values",
                graphml(
                    keys: #"<key id="κ" for="node" attr.name="type" attr.type="int"/>"#,
                    """
                    <node id="Αθήνα"><data key="κ">٣</data></node><node id="Αθήνα"/><node id="Kyiv_🇺🇦"/>
                    <edge id="é" source="Αθήνα" target="Kyiv_🇺🇦"/><edge id="é" source="Αθήνα" target="Київ"/>
                    <node id="amp&amp;x"/><node id="amp&#38;x"/>
                    """)
            ),
            ("the limit", graphml((0..<30).map { _ in #"<node id="same"/><edge id="e" source="same" target="none"/>"# }.joined())),
            ("not well-formed", graphml(#"<node id="a"><node id="a"/>"#).replacingOccurrences(of: "</graphml>", with: "")),
        ]
    }

    static func reports(_ text: String, limit: Int = 100) throws -> (bytes: ValidationReport, strings: ValidationReport) {
        try reports(bytes: Array(text.utf8), limit: limit)
    }

    static func reports(bytes: [UInt8], limit: Int = 100) throws -> (bytes: ValidationReport, strings: ValidationReport) {
        let directory = try TestSupport.temporaryDirectory("checker-equivalence")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("g.graphml")
        try Data(bytes).write(to: url)
        let options = ValidationOptions(problemLimit: limit)
        var oracle = try Validator(options: options)
        oracle.usesStringChecker = true
        return (try Validator(options: options).validate(path: url.path), oracle.validate(path: url.path))
    }

    @Test("hand-made documents, valid and invalid")
    func handMade() throws {
        for (name, text) in Self.cases {
            for limit in [100, 3] {
                let (bytes, strings) = try Self.reports(text, limit: limit)
                #expect(lines(bytes) == lines(strings), "\(name), limit \(limit)")
                #expect(bytes.errorCount == strings.errorCount && bytes.warningCount == strings.warningCount, "\(name)")
                #expect(bytes.checkedAgainst == strings.checkedAgainst, "\(name)")
            }
        }
        // The cases do find problems, of each kind the checker reports.
        let all = try Self.cases.flatMap { try lines(Self.reports($0.1).bytes) }.joined(separator: "\n")
        for fragment in [
            "duplicate node id", "duplicate edge id", "duplicate hyperedge id", "duplicate endpoint id", "duplicate port name",
            "duplicate graph id", "duplicate key id", "is not a node of this graph", "is a node of a nested graph",
            "which is not declared", "a second <data>", "is declared for", "is not a valid int", "is not a valid double",
            "is not a valid boolean", "is not a valid long", "is not a valid float", "is not an entity kind",
            "not a valid predicate name", "is not a built-in predicate", "is not between 0 and 1", "is not #RRGGBB",
            "colour channel r", "is negative", "in an undirected graph", "a second key named", "must have attr.type",
        ] {
            #expect(all.contains(fragment), "no case reports \(fragment)")
        }
    }

    @Test("the reference samples and what our writers write")
    func files() throws {
        let samples = TestSupport.reference.appendingPathComponent("samples")
        var files: [(String, [UInt8])] = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
            .filter { $0.hasSuffix(".graphml") }
            .map { ($0, Array(try Data(contentsOf: samples.appendingPathComponent($0)))) }
        for (label, graph) in [("awkward", awkwardGraph()), ("empty", KnowledgeGraph())] {
            for flavor in GraphMLFlavor.allCases {
                let sink = MemorySink()
                try Exporter.write(graph, format: .graphml, options: ExportOptions(flavor: flavor), to: sink)
                files.append(("\(label).\(flavor)", sink.bytes))
            }
        }
        #expect(files.count >= 9)
        for (name, bytes) in files {
            let (new, old) = try Self.reports(bytes: bytes)
            #expect(lines(new) == lines(old), "\(name)")
            #expect(new.errorCount == old.errorCount && new.warningCount == old.warningCount, "\(name)")
            #expect(new.checkedAgainst == old.checkedAgainst, "\(name)")
        }
    }

    @Test("ids are compared as their bytes, as the XSD's identity constraints compare them")
    func bytesNotCanonicalEquivalence() throws {
        // "é" precomposed and as "e" + a combining accent: equal Swift strings, different ids.
        let text = graphml("<node id=\"\u{E9}\"/><node id=\"e\u{301}\"/><edge source=\"\u{E9}\" target=\"e\u{301}\"/>")
        let (bytes, _) = try Self.reports(text)
        #expect(bytes.isValid, "\(lines(bytes))")
    }
}
