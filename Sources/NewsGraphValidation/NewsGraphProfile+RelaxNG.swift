import NewsGraph

extension NewsGraphProfile {
    /// The NewsGraph GraphML profile as a RELAX NG grammar (`Schemas/newsgraph-graphml.rng`),
    /// generated from the profile's key table so the two cannot drift.
    ///
    /// It says what the XSD cannot: exactly the keys the writer declares, in order, with
    /// their ids and types; node ids `n0…` and edge ids `e0…`; a directed graph whose
    /// undirected edges say `directed="false"`, or an undirected graph; every data
    /// value typed by its key (`int`, `double`), entity kinds from the vocabulary, predicate
    /// names in snake_case, colours `#RRGGBB`, confidences in 0–1. Identity (unique ids,
    /// edges to existing nodes) is the XSD's part: validate with both.
    public static var relaxNG: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!--
              NewsGraph: the GraphML profile NewsGraph writes, as a RELAX NG grammar. Generated from the
              profile's key table (NewsGraphProfile.keys); do not edit by hand.

              What it checks: the keys the writer declares, in order, with their ids (d0, d1, ...),
              domains, names and types; a directed graph (whose undirected edges say directed="false")
              or an undirected graph, of nodes n0, n1, ... and edges e0, e1, ...; with a layout, the
              position and colour keys x, y (double) and r, g, b (int 0-255) right after them;
              free-form string attributes (columns read from another tool's file) as further keys after
              these, each <data> of ours typed by its key: int and double values, entity kinds (Person,
              Organization, Country, Location, Facility), snake_case predicate names, #RRGGBB colours,
              non-negative sizes, double weights, confidences between 0 and 1. It does not check identity
              (unique ids, edge endpoints): graphml.xsd does. Plain flavour only; the yEd flavour is
              checked by graphml-yfiles.xsd.

              Use:  xmllint -noout -nonet -relaxng newsgraph-graphml.rng graph.graphml
                    xmllint -noout -nonet -schema graphml.xsd graph.graphml
            -->
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"
                     datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"
                     ns="http://graphml.graphdrawing.org/xmlns">
              <start>
                <element name="graphml">
                  <optional>
                    <attribute name="schemaLocation" ns="http://www.w3.org/2001/XMLSchema-instance"><text/></attribute>
                  </optional>

            """
        for (index, key) in keys.enumerated() {
            out += "      <element name=\"key\">"
            out += "<attribute name=\"id\"><value>d\(index)</value></attribute>"
            out += "<attribute name=\"for\"><value>\(key.domain)</value></attribute>"
            out += "<attribute name=\"attr.name\"><value>\(key.name)</value></attribute>"
            out += "<attribute name=\"attr.type\"><value>\(key.type)</value></attribute>"
            out += "<empty/></element>\n"
        }
        // With a layout (`--layout`): position and colour keys, right after ours.
        out += "      <optional>\n"
        for (offset, key) in layoutKeys.enumerated() {
            out += "        <element name=\"key\">"
            out += "<attribute name=\"id\"><value>d\(keys.count + offset)</value></attribute>"
            out += "<attribute name=\"for\"><value>\(key.domain)</value></attribute>"
            out += "<attribute name=\"attr.name\"><value>\(key.name)</value></attribute>"
            out += "<attribute name=\"attr.type\"><value>\(key.type)</value></attribute>"
            out += "<empty/></element>\n"
        }
        out += "      </optional>\n"
        out += """
                  <zeroOrMore>
                    <element name="key">
                      <attribute name="id"><ref name="otherKey"/></attribute>
                      <attribute name="for"><choice><value>node</value><value>edge</value></choice></attribute>
                      <attribute name="attr.name"><data type="NMTOKEN"/></attribute>
                      <attribute name="attr.type"><value>string</value></attribute>
                      <empty/>
                    </element>
                  </zeroOrMore>
                  <element name="graph">
                    <optional><attribute name="id"><data type="NMTOKEN"/></attribute></optional>
                    <choice>
                      <group>
                        <attribute name="edgedefault"><value>directed</value></attribute>
                        <ref name="nodes"/>
                        <zeroOrMore>
                          <element name="edge">
                            <ref name="edgeEnds"/>
                            <optional><attribute name="directed"><value>false</value></attribute></optional>
                            <zeroOrMore><ref name="edgeData"/></zeroOrMore>
                          </element>
                        </zeroOrMore>
                      </group>
                      <group>
                        <attribute name="edgedefault"><value>undirected</value></attribute>
                        <ref name="nodes"/>
                        <zeroOrMore>
                          <element name="edge">
                            <ref name="edgeEnds"/>
                            <zeroOrMore><ref name="edgeData"/></zeroOrMore>
                          </element>
                        </zeroOrMore>
                      </group>
                    </choice>
                  </element>
                </element>
              </start>

            """
        out += """
              <define name="nodes">
                <zeroOrMore>
                  <element name="node">
                    <attribute name="id"><data type="NMTOKEN"><param name="pattern">n[0-9]+</param></data></attribute>
                    <zeroOrMore><ref name="nodeData"/></zeroOrMore>
                  </element>
                </zeroOrMore>
              </define>
              <define name="edgeEnds">
                <attribute name="id"><data type="NMTOKEN"><param name="pattern">e[0-9]+</param></data></attribute>
                <attribute name="source"><data type="NMTOKEN"><param name="pattern">n[0-9]+</param></data></attribute>
                <attribute name="target"><data type="NMTOKEN"><param name="pattern">n[0-9]+</param></data></attribute>
              </define>

            """
        out += "  <define name=\"otherKey\">\n    <data type=\"NMTOKEN\">\n      <except><choice>"
        out += keys.indices.map { "<value>d\($0)</value>" }.joined()
        out += "</choice></except>\n    </data>\n  </define>\n"
        for domain in ["node", "edge"] {
            out += "  <define name=\"\(domain)Data\">\n    <choice>\n"
            out += "      <element name=\"data\"><attribute name=\"key\"><ref name=\"otherKey\"/></attribute><text/></element>\n"
            for (index, key) in keys.enumerated() where key.domain == domain {
                out += "      <element name=\"data\"><attribute name=\"key\"><value>d\(index)</value></attribute>"
                out += valuePattern(domain: domain, name: key.name, type: key.type)
                out += "</element>\n"
            }
            for (offset, key) in layoutKeys.enumerated() where key.domain == domain {
                out += "      <element name=\"data\"><attribute name=\"key\"><value>d\(keys.count + offset)</value></attribute>"
                out += valuePattern(domain: domain, name: key.name, type: key.type)
                out += "</element>\n"
            }
            out += "    </choice>\n  </define>\n"
        }
        out += "</grammar>\n"
        return out
    }

    /// The RELAX NG pattern for one key's values.
    private static func valuePattern(domain: String, name: String, type: String) -> String {
        switch (domain, name) {
        case ("node", "type"), ("node", "actor_kind"):
            return "<choice>" + EntityKind.allCases.map(\.rawValue).map { "<value>\($0)</value>" }.joined() + "</choice>"
        case ("edge", "label"), ("edge", "relation"):
            return "<data type=\"token\"><param name=\"pattern\">[a-z][a-z0-9_]*</param></data>"
        case ("node", "color"):
            return "<data type=\"token\"><param name=\"pattern\">#[0-9A-Fa-f]{6}</param></data>"
        case ("edge", "confidence"):
            return "<data type=\"double\"><param name=\"minInclusive\">0</param><param name=\"maxInclusive\">1</param></data>"
        case ("node", "size"):
            return "<data type=\"double\"><param name=\"minInclusive\">0</param></data>"
        case ("node", "r"), ("node", "g"), ("node", "b"):
            return "<data type=\"int\"><param name=\"minInclusive\">0</param><param name=\"maxInclusive\">255</param></data>"
        case ("node", "mentions"):
            return "<data type=\"int\"><param name=\"minInclusive\">0</param></data>"
        default:
            return type == "string" ? "<text/>" : "<data type=\"\(type)\"/>"
        }
    }
}
