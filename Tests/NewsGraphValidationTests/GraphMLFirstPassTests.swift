import Foundation
import NewsGraph
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphValidation

/// `validate` reads GraphML first without libxml2's XSD, the checker watching the structure
/// (`GraphMLChecker.structureSure`); only when that pass is unsure or finds an error does the
/// pass with the XSD run. The report must be the one the XSD pass alone gives, on every
/// document: valid ones, ones the XSD rejects, and ones it accepts that the first pass is
/// not sure of.
@Suite("GraphML validation: the pass without the XSD reports what the XSD pass reports")
struct GraphMLFirstPassTests {
    /// A valid document with every element of the schema in its place (locator aside).
    static let base = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- invented -->
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <desc>A graph of invented towns</desc>
          <key id="k0" for="node" attr.name="town_name" attr.type="string"><desc>its name</desc><default>none</default></key>
          <key id="k1" for="edge" attr.name="km" attr.type="double"/>
          <key id="k2" for="graph" attr.type="boolean"/>
          <key id="k3" for="port" attr.name="side" attr.type="int"/>
          <key id="k4" attr.name="note"/>
          <key id="k5" for="hyperedge" attr.type="long"/>
          <data key="k4">top</data>
          <graph id="G" edgedefault="directed">
            <desc>roads</desc>
            <data key="k2">true</data>
            <?pi ignored?>
            <node id="n0"><desc>Velmora</desc><data key="k0">Velmora &amp; Sons</data><port name="p0"><data key="k3">1</data><port name="p1"/></port></node>
            <node id="n1"><data key="k0"><![CDATA[Ostrig <old>]]></data><graph id="G1" edgedefault="undirected"><node id="n1.a"/></graph></node>
            <edge id="e0" source="n0" target="n1" directed="false"><desc>ferry</desc><data key="k1">12.5</data><data id="d-x" key="k4">x</data></edge>
            <edge source="n1" target="n0" directed="1"><graph edgedefault="directed"><node id="inner"/></graph></edge>
            <hyperedge id="h0"><desc>h</desc><data key="k5">7</data><endpoint id="ep0" node="n0"><desc>end</desc></endpoint><endpoint node="n1"/></hyperedge>
          </graph>
        </graphml>
        """

    /// (name, what is replaced, by what): each an invented variant of ``base``.
    static let variants: [(String, String, String)] = [
        ("unchanged", "", ""),
        ("a second desc in graphml", "<desc>A graph of invented towns</desc>", "<desc>a</desc><desc>b</desc>"),
        ("desc after a key", "<key id=\"k5\" for=\"hyperedge\" attr.type=\"long\"/>", "<key id=\"k5\" for=\"hyperedge\" attr.type=\"long\"/><desc>late</desc>"),
        ("key after data", "<data key=\"k4\">top</data>", "<data key=\"k4\">top</data><key id=\"k9\"/>"),
        ("default before desc", "<desc>its name</desc><default>none</default>", "<default>none</default><desc>its name</desc>"),
        ("two defaults", "<default>none</default>", "<default>a</default><default>b</default>"),
        ("desc inside data", "<data key=\"k2\">true</data>", "<data key=\"k2\"><desc>no</desc>true</data>"),
        ("element inside desc", "<desc>roads</desc>", "<desc>roads<b/></desc>"),
        ("desc after data in graph", "<?pi ignored?>", "<desc>late</desc>"),
        ("port after the nested graph", "<node id=\"n1.a\"/></graph></node>", "<node id=\"n1.a\"/></graph><port name=\"late\"/></node>"),
        ("data after the nested graph", "<node id=\"inner\"/></graph></edge>", "<node id=\"inner\"/></graph><data key=\"k1\">1</data></edge>"),
        ("two graphs in an edge", "<node id=\"inner\"/></graph></edge>", "<node id=\"inner\"/></graph><graph edgedefault=\"directed\"/></edge>"),
        ("endpoint after the graph", "<endpoint node=\"n1\"/></hyperedge>", "<graph edgedefault=\"directed\"/><endpoint node=\"n1\"/></hyperedge>"),
        ("a port in an edge", "<desc>ferry</desc>", "<desc>ferry</desc><port name=\"p\"/>"),
        ("a locator", "<node id=\"inner\"/>", "<locator/>"),
        ("a graph with a locator alone", "<graph edgedefault=\"directed\"><node id=\"inner\"/></graph>", "<graph edgedefault=\"directed\"><locator/></graph>"),
        ("text in a graph", "<?pi ignored?>", "loose text"),
        ("text in a node", "<desc>Velmora</desc>", "<desc>Velmora</desc>x"),
        ("white space as a reference", "<?pi ignored?>", "&#32;&#10;"),
        ("a letter as a reference", "<?pi ignored?>", "&#65;"),
        ("white CDATA in a graph", "<?pi ignored?>", "<![CDATA[  ]]>"),
        ("CDATA text in a graph", "<?pi ignored?>", "<![CDATA[x]]>"),
        ("empty CDATA in a graph", "<?pi ignored?>", "<![CDATA[]]>"),
        ("empty CDATA in a node", "<desc>Velmora</desc>", "<![CDATA[]]><desc>Velmora</desc>"),
        ("an element of another namespace", "<desc>Velmora</desc>", "<desc>Velmora</desc><x:a xmlns:x=\"urn:invented\"/>"),
        ("an unknown GraphML element", "<?pi ignored?>", "<vertex id=\"v\"/>"),
        ("an unknown attribute", "<node id=\"n0\">", "<node id=\"n0\" colour=\"red\">"),
        ("an attribute of another element", "<node id=\"n0\">", "<node id=\"n0\" source=\"n1\">"),
        ("a node without an id", "<node id=\"n1.a\"/>", "<node/>"),
        ("an edge without a target", "<edge source=\"n1\" target=\"n0\" directed=\"1\">", "<edge source=\"n1\" directed=\"1\">"),
        ("a graph without edgedefault", "<graph id=\"G1\" edgedefault=\"undirected\">", "<graph id=\"G1\">"),
        ("edgedefault both", "edgedefault=\"undirected\"", "edgedefault=\"both\""),
        ("edgedefault with spaces", "edgedefault=\"undirected\"", "edgedefault=\" undirected \""),
        ("for nodes", "for=\"node\" attr.name=\"town_name\"", "for=\"nodes\" attr.name=\"town_name\""),
        ("attr.type text", "attr.type=\"double\"", "attr.type=\"text\""),
        ("directed yes", "directed=\"false\"", "directed=\"yes\""),
        ("directed with a space", "directed=\"false\"", "directed=\"false \""),
        ("an id with a space", "<node id=\"n1.a\"/>", "<node id=\"n1 a\"/>"),
        ("an id with spaces around", "<node id=\"n1.a\"/>", "<node id=\" n1.a \"/>"),
        ("an empty id", "<node id=\"n1.a\"/>", "<node id=\"\"/>"),
        ("a non-ASCII id", "<node id=\"n1.a\"/>", "<node id=\"Ørsk\"/>"),
        ("an id with a slash", "<node id=\"n1.a\"/>", "<node id=\"a/b\"/>"),
        ("a key id with an ampersand", "<key id=\"k1\"", "<key id=\"k&amp;1\""),
        ("xsi:schemaLocation on a node", "<node id=\"n0\">", "<node id=\"n0\" xsi:schemaLocation=\"a b c\">"),
        ("xsi:noNamespaceSchemaLocation", "<node id=\"n0\">", "<node id=\"n0\" xsi:noNamespaceSchemaLocation=\"x.xsd\">"),
        ("xsi:type", "<node id=\"n0\">", "<node id=\"n0\" xsi:type=\"t\">"),
        ("xsi:nil", "<node id=\"n0\">", "<node id=\"n0\" xsi:nil=\"true\">"),
        ("xml:lang", "<node id=\"n0\">", "<node id=\"n0\" xml:lang=\"en\">"),
        ("parse.nodes", "<graph id=\"G\" edgedefault=\"directed\">", "<graph id=\"G\" edgedefault=\"directed\" parse.nodes=\"3\">"),
        ("parse.nodes negative", "<graph id=\"G\" edgedefault=\"directed\">", "<graph id=\"G\" edgedefault=\"directed\" parse.nodes=\"-3\">"),
        ("sourceport", "<edge id=\"e0\" source=\"n0\"", "<edge id=\"e0\" sourceport=\"p0\" source=\"n0\""),
        ("endpoint type", "<endpoint node=\"n1\"/>", "<endpoint node=\"n1\" type=\"in\"/>"),
        ("endpoint type bad", "<endpoint node=\"n1\"/>", "<endpoint node=\"n1\" type=\"sideways\"/>"),
        ("endpoint without node", "<endpoint node=\"n1\"/>", "<endpoint/>"),
        ("data without key", "<data key=\"k2\">true</data>", "<data>true</data>"),
        ("a port without a name", "<port name=\"p1\"/>", "<port/>"),
        ("a checker error: undeclared key", "<data key=\"k2\">true</data>", "<data key=\"k7\">true</data>"),
        ("a checker error: dangling edge", "target=\"n1\" directed=\"false\"", "target=\"nowhere\" directed=\"false\""),
        ("a checker warning: key used elsewhere", "<data key=\"k2\">true</data>", "<data key=\"k1\">1.5</data>"),
        ("a checker error with an XSD error", "<node id=\"n1.a\"/>", "<node id=\"n1.a\"/><node id=\"n1.a\"/><bad/>"),
        ("graph as the root", "", ""),
        ("not well-formed", "</graphml>", "</graph>"),
    ]

    static func variant(_ name: String, _ from: String, _ to: String) -> String {
        if name == "graph as the root" {
            return """
                <?xml version="1.0"?>
                <graph xmlns="http://graphml.graphdrawing.org/xmlns" edgedefault="directed"><node id="a"/></graph>
                """
        }
        guard !from.isEmpty else { return base }
        precondition(base.contains(from), name)
        return base.replacingOccurrences(of: from, with: to)
    }

    @Test("each variant: the same report with and without the first pass; the plain ones taken by it")
    func variantsMatch() throws {
        let directory = try TestSupport.temporaryDirectory("first-pass")
        defer { try? FileManager.default.removeItem(at: directory) }
        var firstPassTook: [String] = []
        for (name, from, to) in Self.variants {
            let url = directory.appendingPathComponent("g.graphml")
            try Data(Self.variant(name, from, to).utf8).write(to: url)
            for limit in [100, 1] {
                let options = ValidationOptions(problemLimit: limit)
                var oracle = try Validator(options: options)
                oracle.usesXSDPassOnly = true
                let validator = try Validator(options: options)
                let expected = oracle.validate(path: url.path)
                let got = validator.validate(path: url.path)
                #expect(lines(got) == lines(expected), "\(name), limit \(limit)")
                #expect(got.errorCount == expected.errorCount && got.warningCount == expected.warningCount, "\(name)")
                #expect(got.checkedAgainst == expected.checkedAgainst && got.isValid == expected.isValid, "\(name)")
                // What the first pass vouches for, the XSD finds valid.
                if limit == 100, try validator.firstPassWithoutXSD(path: url.path, bytes: nil) != nil {
                    firstPassTook.append(name)
                    #expect(expected.errorCount == 0, "\(name): the first pass took a document with errors")
                }
            }
        }
        #expect(
            firstPassTook == [
                "unchanged", "white space as a reference", "xsi:schemaLocation on a node",
                "xsi:noNamespaceSchemaLocation", "a checker warning: key used elsewhere",
            ])
        // The variants do reach the XSD's errors of each kind.
        let oracle: Validator = {
            var v = try! Validator()
            v.usesXSDPassOnly = true
            return v
        }()
        var invalid = 0
        for (name, from, to) in Self.variants {
            let url = directory.appendingPathComponent("h.graphml")
            try Data(Self.variant(name, from, to).utf8).write(to: url)
            if !oracle.validate(path: url.path).isValid { invalid += 1 }
        }
        #expect(invalid >= 35)
    }

    @Test("standard input: the same report as the file")
    func standardInputBytes() throws {
        let validator = try Validator()
        let bytes = Array(Self.base.utf8)
        let checker = try validator.firstPassWithoutXSD(path: "-", bytes: bytes)
        #expect(checker != nil && checker!.problems.errorCount == 0)
    }
}
