import Foundation
import Testing
import _NewsGraphTestSupport

/// GraphML as Gephi or NetworkX writes it, with columns NewsGraph has no field for.
let foreignGraphML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="label" for="node" attr.name="label" attr.type="string"/>
      <key id="party" for="node" attr.name="party" attr.type="string"/>
      <key id="x" for="node" attr.name="x" attr.type="float"/>
      <key id="r" for="node" attr.name="r" attr.type="int"/>
      <key id="edgelabel" for="edge" attr.name="Edge Label" attr.type="string"/>
      <key id="since" for="edge" attr.name="since" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="1"><data key="label">Ana Lima</data><data key="party">Green &amp; "Left"</data><data key="x">12.5</data><data key="r">200</data></node>
        <node id="2"><data key="label">Brazil</data></node>
        <edge id="0" source="1" target="2"><data key="edgelabel">leads</data><data key="since">2023</data></edge>
      </graph>
    </graphml>
    """

@Suite("Columns NewsGraph has no field for are kept")
struct AttributesTests {
    @Test("a foreign GraphML's custom columns survive convert to JSON and to GraphML and back")
    func roundTrip() throws {
        let directory = try TestSupport.temporaryDirectory("attributes")
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        try Data(foreignGraphML.utf8).write(to: URL(fileURLWithPath: path("gephi.graphml")))
        #expect(try CLI.run(["convert", path("gephi.graphml"), "-o", path("a.json")]).status == 0)
        let json = try String(contentsOfFile: path("a.json"), encoding: .utf8)
        #expect(json.contains(#""attributes":{"party":"Green & \"Left\"","r":"200","x":"12.5"}"#))
        #expect(json.contains(#""attributes":{"since":"2023"}"#))
        #expect(try CLI.run(["convert", path("a.json"), "-o", path("b.graphml")]).status == 0)
        let check = try CLI.run(["validate", path("b.graphml"), path("a.json")])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("checked against graphml.xsd + NewsGraph profile"))
        let xmllint = try TestSupport.tool("/usr/bin/xmllint", package: "libxml2-utils")
        let grammar = TestSupport.packageRoot.appendingPathComponent("Schemas/newsgraph-graphml.rng").path
        let rng = try TestSupport.run(xmllint, ["--noout", "--nonet", "--relaxng", grammar, path("b.graphml")])
        #expect(rng.status == 0, "\(rng.stderr)")
        #expect(try CLI.run(["convert", path("b.graphml"), "-o", path("c.json")]).status == 0)
        #expect(try String(contentsOfFile: path("c.json"), encoding: .utf8) == json)
        // GEXF carries them as extra string columns titled with their names.
        #expect(try CLI.run(["convert", path("a.json"), "-o", path("a.gexf")]).status == 0)
        let gexf = try String(contentsOfFile: path("a.gexf"), encoding: .utf8)
        #expect(gexf.contains(#"<attribute id="na0" title="party" type="string"/>"#))
        #expect(gexf.contains(#"<attvalue for="na0" value="Green &amp; &quot;Left&quot;"/>"#))
        #expect(gexf.contains(#"<attribute id="ea0" title="since" type="string"/>"#))
        #expect(gexf.contains(#"<attvalue for="ea0" value="2023"/>"#))
        #expect(try CLI.run(["validate", path("a.gexf")]).status == 0)
        // RDF/XML: ng:attribute blank nodes with a name and a value; rapper reads them.
        #expect(try CLI.run(["convert", path("a.json"), "-o", path("a.rdf")]).status == 0)
        let rdf = try String(contentsOfFile: path("a.rdf"), encoding: .utf8)
        #expect(rdf.contains("<ng:attributeName>party</ng:attributeName>"))
        #expect(rdf.contains("<ng:attributeValue>Green &amp; &quot;Left&quot;</ng:attributeValue>"))
        #expect(rdf.contains("<ng:attributeName>since</ng:attributeName>"))
        let rapper = try TestSupport.tool("/usr/bin/rapper", package: "raptor2-utils")
        let parsed = try TestSupport.run(rapper, ["-q", "-i", "rdfxml", "-c", path("a.rdf")])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(try CLI.run(["validate", path("a.rdf")]).status == 0)
    }
}
