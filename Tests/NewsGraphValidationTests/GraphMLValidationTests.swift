import Foundation
import NewsGraph
import NewsGraphValidation
import Testing
import _NewsGraphTestSupport

@Suite("Validating GraphML")
struct GraphMLValidationTests {
    @Test("a clean file is valid and says what it was checked against")
    func valid() throws {
        let report = try validate(
            graphml(
                keys: #"<key id="d0" for="node" attr.name="name" attr.type="string"/>"#,
                """
                <node id="a"><data key="d0">Ana &amp; Co</data></node><node id="b"/>
                <edge id="e0" source="a" target="b"/>
                """))
        #expect(report.isValid, "\(lines(report))")
        #expect(report.format == .graphml)
        #expect(report.checkedAgainst == "graphml.xsd")
    }

    @Test("identity rules are checked in code, with line numbers")
    func identity() throws {
        let report = try validate(
            graphml(
                keys: #"<key id="d0" for="node" attr.name="w" attr.type="double"/>"#,
                """
                <node id="a"/>
                <node id="a"/>
                <edge id="e0" source="a" target="zz"/>
                <edge id="e0" source="later" target="a"/>
                <node id="later"><data key="d9">x</data><data key="d0">1</data><data key="d0">2</data></node>
                """))
        #expect(!report.isValid)
        #expect(
            lines(report) == [
                "6: duplicate node id 'a'",
                "7: target 'zz' is not a node of this graph",
                "8: duplicate edge id 'e0'",
                "9: data refers to key 'd9', which is not declared",
                "9: a second <data> for key 'd0' on the same node",
            ])
    }

    @Test(
        "data values must match their key's attr.type",
        arguments: [
            ("int", "12", true), ("int", " -7 ", true), ("int", "2147483648", false), ("int", "1.5", false),
            ("long", "9223372036854775807", true), ("long", "9223372036854775808", false),
            ("double", "2.5e-3", true), ("double", "INF", true), ("double", ".5", true), ("double", "1,5", false),
            ("double", "0x10", false), ("double", "abc", false), ("float", "NaN", true), ("float", "", false),
            ("boolean", "true", true), ("boolean", "1", true), ("boolean", "True", false), ("string", "anything <at> all", true),
        ])
    func values(type: String, value: String, valid: Bool) throws {
        let escaped = value.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let report = try validate(
            graphml(
                keys: #"<key id="k" for="node" attr.name="v" attr.type="\#(type)"><default>\#(escaped)</default></key>"#,
                #"<node id="n0"><data key="k">\#(escaped)</data></node>"#))
        #expect(report.isValid == valid, "\(lines(report))")
        if !valid { #expect(report.errorCount == 2, "the default and the data value") }
    }

    @Test(
        "structure errors come from the schema",
        arguments: [
            (graphml(#"<node id="a b"/>"#), "'a b' is not a valid value of the atomic type 'xs:NMTOKEN'"),
            (graphml(#"<node/>"#), "The attribute 'id' is required but missing"),
            (graphml(#"<node id="n"/>"#, edgedefault: "sideways"), "is not an element of the set {'directed', 'undirected'}"),
            (graphml(keys: #"<key id="d0" attr.type="text"/>"#, ""), "The value 'text' is not an element of the set"),
            (
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\"/><key id=\"k\"/></graphml>",
                "Element 'key': This element is not expected."
            ),
        ])
    func structure(text: String, fragment: String) throws {
        let report = try validate(text)
        #expect(!report.isValid)
        #expect(report.problems.contains { $0.message.contains(fragment) }, "\(lines(report))")
        #expect(report.problems.allSatisfy { !$0.message.contains("{http://graphml") }, "namespace noise removed")
    }

    @Test("warnings do not make a file invalid")
    func warnings() throws {
        let report = try validate(
            graphml(
                keys: """
                    <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
                    <key id="d1" for="edge" attr.name="weight" attr.type="long"/>
                    """, #"<node id="a"><data key="d0">1</data></node>"#))
        #expect(report.isValid)
        #expect(
            lines(report) == [
                "4: warning: a second key named 'weight' for edge (first on line 3); igraph refuses such files",
                "6: warning: key 'd0' is declared for edge but used on node",
            ])
    }

    @Test("the NewsGraph profile applies to files that carry its keys")
    func profile() throws {
        let keys = """
            <key id="d0" for="node" attr.name="type" attr.type="string"/>
            <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
            <key id="d2" for="edge" attr.name="confidence" attr.type="double"/>
            <key id="d3" for="edge" attr.name="weight" attr.type="int"/>
            """
        let report = try validate(
            graphml(
                keys: keys,
                """
                <node id="n0"><data key="d0">Person</data></node>
                <node id="n1"><data key="d0">Alien</data></node>
                <edge id="e0" source="n0" target="n1"><data key="d1">leads</data><data key="d2">1.5</data></edge>
                <edge id="e1" source="n0" target="n1"><data key="d1">Bad Name</data></edge>
                <edge id="e2" source="n0" target="n1" directed="false"><data key="d1">sued</data></edge>
                """))
        #expect(report.checkedAgainst == "graphml.xsd + NewsGraph profile")
        #expect(
            lines(report) == [
                "6: key 'weight' must have attr.type double in the NewsGraph profile, not int",
                "9: 'Alien' is not an entity kind (Person, Organization, Country, Location, Facility)",
                "10: confidence 1.5 is not between 0 and 1",
                "11: 'Bad Name' is not a valid predicate name (snake_case ASCII)",
                "12: warning: 'sued' is not a built-in predicate",
            ])
        // An undirected edge in a directed graph is how NewsGraph writes a mixed graph; an
        // undirected graph's edges say nothing.
        let undirected = try validate(
            graphml(
                keys: keys,
                """
                <node id="n0"><data key="d0">Person</data></node>
                <edge id="e0" source="n0" target="n0" directed="true"><data key="d1">met_with</data></edge>
                <edge id="e1" source="n0" target="n0" directed="false"><data key="d1">met_with</data></edge>
                <edge id="e2" source="n0" target="n0"><data key="d1">met_with</data></edge>
                """, edgedefault: "undirected"))
        #expect(
            lines(undirected) == [
                "6: key 'weight' must have attr.type double in the NewsGraph profile, not int",
                #"9: directed="true" in an undirected graph: NewsGraph writes a graph with both kinds as a directed graph whose undirected edges say directed="false""#,
                #"10: directed="false" in an undirected graph: NewsGraph writes a graph with both kinds as a directed graph whose undirected edges say directed="false""#,
            ])
        // The same keys without the signature (no 'relation') are plain GraphML.
        let plain = try validate(graphml(keys: #"<key id="d3" for="edge" attr.name="weight" attr.type="int"/>"#, #"<node id="n0"/>"#))
        #expect(plain.isValid)
        #expect(plain.checkedAgainst == "graphml.xsd")
    }

    @Test("yEd's flavour is checked against the yFiles variant")
    func yed() throws {
        let sample = TestSupport.reference.appendingPathComponent("samples/graphml-yed-flavoured.graphml")
        let report = try Validator().validate(path: sample.path)
        #expect(report.isValid, "\(lines(report))")
        #expect(report.checkedAgainst == "graphml-yfiles.xsd")
    }

    @Test("problems past the limit are counted, not listed")
    func limit() throws {
        let body = (0..<50).map { _ in #"<node id="same"/>"# }.joined(separator: "\n")
        let report = try validate(graphml(body), options: ValidationOptions(problemLimit: 5))
        #expect(report.problems.count == 5)
        #expect(report.errorCount == 49)
    }

    @Test("a user schema replaces the built-in one")
    func userSchema() throws {
        let directory = try TestSupport.temporaryDirectory("schema")
        defer { try? FileManager.default.removeItem(at: directory) }
        let rng = directory.appendingPathComponent("only-a.rng")
        try Data(
            """
            <element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>
            """.utf8
        ).write(to: rng)
        let options = ValidationOptions(schemaPath: rng.path)
        #expect(try validate("<a/>", name: "a.xml", options: options).isValid)
        let report = try validate("<b/>", name: "b.xml", options: options)
        #expect(!report.isValid)
        #expect(report.checkedAgainst == rng.path)
        #expect(throws: (any Error).self) {
            try Validator(options: ValidationOptions(schemaPath: directory.appendingPathComponent("missing.xsd").path))
        }
    }
}

@Suite("Our GraphML schema agrees with the official one")
struct OfficialGraphMLAgreementTests {
    let xmllint: String
    let official = TestSupport.reference.appendingPathComponent("schemas/graphml/1.0/graphml.xsd").path
    let catalog = TestSupport.reference.appendingPathComponent("schemas/catalog.xml").path
    let ours = TestSupport.packageRoot.appendingPathComponent("Schemas/graphml.xsd").path

    init() throws {
        xmllint = try TestSupport.tool("/usr/bin/xmllint", package: "libxml2-utils")
    }

    func officialAccepts(_ path: String) throws -> Bool {
        let result = try TestSupport.run(
            xmllint, ["--noout", "--nonet", "--schema", official, path], environment: ["XML_CATALOG_FILES": catalog])
        #expect(result.status == 0 || result.status == 3, "the official schema must load: \(result.stderr)")
        return result.status == 0
    }

    func oursAccepts(_ path: String) throws -> Bool {
        try TestSupport.run(xmllint, ["--noout", "--nonet", "--schema", ours, path]).status == 0
    }

    /// Documents that probe each rule: the samples plus hand-made variants.
    var cases: [(String, String)] {
        let samples = TestSupport.reference.appendingPathComponent("samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        var cases = names.filter { $0.hasSuffix(".graphml") }.sorted().map {
            ($0, (try? String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8)) ?? "")
        }
        let variants = [
            graphml(#"<node id="a"/><edge source="a" target="a" directed="maybe"/>"#),
            graphml(#"<node id="a"><port name="p"/><port name="p"/></node>"#),
            graphml(#"<hyperedge id="h"><endpoint node="x"/></hyperedge>"#),
            graphml(#"<node id="a"><desc>d</desc><data key="k"/></node>"#),
            graphml(keys: #"<key id="k" for="nodes"/>"#, ""),
            graphml(keys: #"<key id="k"/>"#, #"<node id="a"><data key="k"><b/></data></node>"#),
            graphml(#"<node id="a"/><graph edgedefault="directed"/>"#),
            graphml(#"<node id="a"><graph id="inner" edgedefault="undirected"><node id="b"/></graph></node><edge source="a" target="b"/>"#),
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph id=\"a\" edgedefault=\"directed\"/><graph id=\"a\" edgedefault=\"directed\"/></graphml>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" parse.nodes=\"3\"/>",
            graphml(#"<node id="a" parse.indegree="-1"/>"#),
        ]
        cases += variants.enumerated().map { ("variant \($0.offset)", $0.element) }
        return cases
    }

    @Test("whatever the official GraphML XSD rejects, ours rejects, and the validator too")
    func agreement() throws {
        let directory = try TestSupport.temporaryDirectory("agreement")
        defer { try? FileManager.default.removeItem(at: directory) }
        let validator = try Validator()
        #expect(cases.count > 12)
        for (name, text) in cases {
            let url = directory.appendingPathComponent("case.graphml")
            try Data(text.utf8).write(to: url)
            let official = try officialAccepts(url.path)
            let schema = try oursAccepts(url.path)
            let report = validator.validate(path: url.path)
            if !official {
                #expect(!schema, "\(name): the official schema rejects it, ours accepts it")
                if !name.contains("yed") {
                    #expect(!report.isValid, "\(name): the official schema rejects it, newsgraph validate accepts it")
                }
            } else {
                #expect(schema, "\(name): the official schema accepts it, ours rejects it")
                #expect(report.isValid, "\(name): \(lines(report))")
            }
        }
    }
}
