// swift-format-ignore-file
// Generated from Schemas/ by the test `EmbeddedSchemasTests` (NEWSGRAPH_RECORD=1 swift test): do not edit.
// The built-in schemas live in the binary so that a lone copy of `newsgraph` validates anywhere.

enum EmbeddedSchemas {
    static let graphmlXSD = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  NewsGraph: GraphML 1.0 in one file, for offline validation.

  What it checks: the GraphML 1.0 structure (graphml, key, default, graph, node, port, edge,
  hyperedge, endpoint, locator, data, desc) in the namespace http://graphml.graphdrawing.org/xmlns,
  with the attribute extensions of graphml-attributes (attr.name, attr.type) and
  graphml-parseinfo (parse.*); every <key> before the first <graph>; ids and names as NMTOKENs
  (no spaces, '/', '#', '?'); attr.type one of boolean, int, long, float, double, string;
  edgedefault directed or undirected; and the identity constraints of the published schema:
  unique key ids, every data/@key declared, at most one <data> per key per element, unique
  node, edge, hyperedge and endpoint ids per graph, unique graph ids, and edge/endpoint
  references to existing nodes.

  What it does not check: that data values match their key's attr.type, or that a key is used
  on the element kind its `for` names; `newsgraph validate` checks those in code.

  Repeated choices are written as (choice)* inside an unbounded sequence rather than as an
  unbounded choice: the language is the same, but libxml2 then validates in constant memory
  (an unbounded choice made it keep ~130 bytes per child element of <graph>).

  Written for NewsGraph from the GraphML 1.0 specification (http://graphml.graphdrawing.org/);
  it imports nothing, so it needs no catalog and no network. It is meant to accept exactly the
  documents the published 1.0 graphml.xsd accepts, except <locator> (xlink) elements, which it
  accepts without checking the xlink attributes.

  Use:  xmllint -noout -nonet -schema graphml.xsd file.graphml
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:g="http://graphml.graphdrawing.org/xmlns"
           targetNamespace="http://graphml.graphdrawing.org/xmlns"
           xmlns="http://graphml.graphdrawing.org/xmlns"
           elementFormDefault="qualified" attributeFormDefault="unqualified">

  <xs:simpleType name="key.for.type">
    <xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="all"/>
      <xs:enumeration value="graph"/>
      <xs:enumeration value="node"/>
      <xs:enumeration value="edge"/>
      <xs:enumeration value="hyperedge"/>
      <xs:enumeration value="port"/>
      <xs:enumeration value="endpoint"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="key.type.type">
    <xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="boolean"/>
      <xs:enumeration value="int"/>
      <xs:enumeration value="long"/>
      <xs:enumeration value="float"/>
      <xs:enumeration value="double"/>
      <xs:enumeration value="string"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="edgedefault.type">
    <xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="directed"/>
      <xs:enumeration value="undirected"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="ids.type">
    <xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="canonical"/>
      <xs:enumeration value="free"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="order.type">
    <xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="free"/>
      <xs:enumeration value="nodesfirst"/>
      <xs:enumeration value="adjacencylist"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="endpoint.type.type">
    <xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="in"/>
      <xs:enumeration value="out"/>
      <xs:enumeration value="undir"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- <data> and <default> hold text only (the published schema's data-extension.type is empty). -->
  <xs:complexType name="data.type" mixed="true">
    <xs:attribute name="key" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="id" type="xs:NMTOKEN"/>
  </xs:complexType>

  <xs:complexType name="default.type" mixed="true"/>

  <xs:complexType name="key.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:element ref="default" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="for" type="key.for.type" default="all"/>
    <xs:attribute name="attr.name" type="xs:NMTOKEN"/>
    <xs:attribute name="attr.type" type="key.type.type"/>
  </xs:complexType>

  <xs:complexType name="graphml.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:element ref="key" minOccurs="0" maxOccurs="unbounded"/>
      <xs:sequence minOccurs="0" maxOccurs="unbounded">
        <xs:choice>
          <xs:element ref="graph"/>
          <xs:element ref="data"/>
        </xs:choice>
      </xs:sequence>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="graph.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:choice>
        <xs:sequence minOccurs="0" maxOccurs="unbounded">
          <xs:choice>
            <xs:element ref="data"/>
            <xs:element ref="node"/>
            <xs:element ref="edge"/>
            <xs:element ref="hyperedge"/>
          </xs:choice>
        </xs:sequence>
        <xs:element ref="locator"/>
      </xs:choice>
    </xs:sequence>
    <xs:attribute name="id" type="xs:NMTOKEN"/>
    <xs:attribute name="edgedefault" type="edgedefault.type" use="required"/>
    <xs:attribute name="parse.nodeids" type="ids.type"/>
    <xs:attribute name="parse.edgeids" type="ids.type"/>
    <xs:attribute name="parse.order" type="order.type"/>
    <xs:attribute name="parse.nodes" type="xs:nonNegativeInteger"/>
    <xs:attribute name="parse.edges" type="xs:nonNegativeInteger"/>
    <xs:attribute name="parse.maxindegree" type="xs:nonNegativeInteger"/>
    <xs:attribute name="parse.maxoutdegree" type="xs:nonNegativeInteger"/>
  </xs:complexType>

  <xs:complexType name="node.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:choice>
        <xs:sequence>
          <xs:sequence minOccurs="0" maxOccurs="unbounded">
            <xs:choice>
              <xs:element ref="data"/>
              <xs:element ref="port"/>
            </xs:choice>
          </xs:sequence>
          <xs:element ref="graph" minOccurs="0"/>
        </xs:sequence>
        <xs:element ref="locator"/>
      </xs:choice>
    </xs:sequence>
    <xs:attribute name="id" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="parse.indegree" type="xs:nonNegativeInteger"/>
    <xs:attribute name="parse.outdegree" type="xs:nonNegativeInteger"/>
  </xs:complexType>

  <xs:complexType name="port.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:sequence minOccurs="0" maxOccurs="unbounded">
        <xs:choice>
          <xs:element ref="data"/>
          <xs:element ref="port"/>
        </xs:choice>
      </xs:sequence>
    </xs:sequence>
    <xs:attribute name="name" type="xs:NMTOKEN" use="required"/>
  </xs:complexType>

  <xs:complexType name="edge.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:element ref="data" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element ref="graph" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:NMTOKEN"/>
    <xs:attribute name="directed" type="xs:boolean"/>
    <xs:attribute name="source" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="target" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="sourceport" type="xs:NMTOKEN"/>
    <xs:attribute name="targetport" type="xs:NMTOKEN"/>
  </xs:complexType>

  <xs:complexType name="hyperedge.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
      <xs:sequence minOccurs="0" maxOccurs="unbounded">
        <xs:choice>
          <xs:element ref="data"/>
          <xs:element ref="endpoint"/>
        </xs:choice>
      </xs:sequence>
      <xs:element ref="graph" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:NMTOKEN"/>
  </xs:complexType>

  <xs:complexType name="endpoint.type">
    <xs:sequence>
      <xs:element ref="desc" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:NMTOKEN"/>
    <xs:attribute name="port" type="xs:NMTOKEN"/>
    <xs:attribute name="node" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="type" type="endpoint.type.type" default="undir"/>
  </xs:complexType>

  <xs:complexType name="locator.type">
    <xs:anyAttribute namespace="http://www.w3.org/1999/xlink" processContents="skip"/>
  </xs:complexType>

  <xs:element name="desc" type="xs:string"/>
  <xs:element name="locator" type="locator.type"/>
  <xs:element name="default" type="default.type"/>
  <xs:element name="key" type="key.type"/>

  <xs:element name="data" type="data.type">
    <xs:unique name="data_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
  </xs:element>

  <xs:element name="graphml" type="graphml.type">
    <xs:unique name="graphml_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
    <xs:key name="key_id_key">
      <xs:selector xpath=".//g:key"/>
      <xs:field xpath="@id"/>
    </xs:key>
    <xs:unique name="graph_id_unique">
      <xs:selector xpath=".//g:graph"/>
      <xs:field xpath="@id"/>
    </xs:unique>
    <xs:keyref name="data_key_ref" refer="key_id_key">
      <xs:selector xpath=".//g:data"/>
      <xs:field xpath="@key"/>
    </xs:keyref>
  </xs:element>

  <xs:element name="graph" type="graph.type">
    <xs:unique name="graph_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
    <xs:key name="node_id_key">
      <xs:selector xpath=".//g:node"/>
      <xs:field xpath="@id"/>
    </xs:key>
    <xs:unique name="edge_id_unique">
      <xs:selector xpath=".//g:edge"/>
      <xs:field xpath="@id"/>
    </xs:unique>
    <xs:unique name="hyperedge_id_unique">
      <xs:selector xpath=".//g:hyperedge"/>
      <xs:field xpath="@id"/>
    </xs:unique>
    <xs:unique name="endpoint_id_unique">
      <xs:selector xpath=".//g:endpoint"/>
      <xs:field xpath="@id"/>
    </xs:unique>
    <xs:keyref name="edge_source_ref" refer="node_id_key">
      <xs:selector xpath=".//g:edge"/>
      <xs:field xpath="@source"/>
    </xs:keyref>
    <xs:keyref name="edge_target_ref" refer="node_id_key">
      <xs:selector xpath=".//g:edge"/>
      <xs:field xpath="@target"/>
    </xs:keyref>
    <xs:keyref name="endpoint_node_ref" refer="node_id_key">
      <xs:selector xpath=".//g:endpoint"/>
      <xs:field xpath="@node"/>
    </xs:keyref>
  </xs:element>

  <xs:element name="node" type="node.type">
    <xs:key name="port_name_key">
      <xs:selector xpath=".//g:port"/>
      <xs:field xpath="@name"/>
    </xs:key>
    <xs:unique name="node_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
  </xs:element>

  <xs:element name="port" type="port.type">
    <xs:unique name="port_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
  </xs:element>

  <xs:element name="edge" type="edge.type">
    <xs:unique name="edge_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
  </xs:element>

  <xs:element name="hyperedge" type="hyperedge.type">
    <xs:unique name="hyperedge_data_key_unique">
      <xs:selector xpath="./g:data"/>
      <xs:field xpath="@key"/>
    </xs:unique>
  </xs:element>

  <xs:element name="endpoint" type="endpoint.type"/>
</xs:schema>

"""#

    static let gexfRNG = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  NewsGraph: the GEXF 1.3 that NewsGraph writes, as a RELAX NG grammar (XML syntax, one file).

  What it checks: the subset of GEXF 1.3 (namespace http://gexf.net/1.3, viz namespace
  http://gexf.net/1.3/viz) that NewsGraph's writer produces: version "1.3"; meta with creator,
  keywords, description; a directed graph (whose undirected edges say type="undirected") or an
  undirected one, static or dynamic with timeformat "date"; typed
  attribute columns (the GEXF 1.3 type names); nodes with ids n0, n1, ..., a label, attribute
  values, an optional xsd:date start (dynamic graphs), viz:color (r, g, b 0-255, a 0-1),
  viz:position (x, y, z: laid-out graphs) and viz:size (value >= 0); edges with ids e0, e1, ...,
  source and target node ids, label, kind, a double weight, an optional xsd:date start, and
  attribute values. Everything it accepts, the official GEXF 1.3 grammar accepts too (tested);
  it is stricter, so GEXF written by other tools (Gephi adds xsi:schemaLocation, positions,
  spells, hierarchy) needs the official grammar instead.

  Use:  xmllint -noout -nonet -relaxng newsgraph-gexf.rng graph.gexf
-->
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"
         ns="http://gexf.net/1.3">
  <start>
    <element name="gexf">
      <attribute name="version"><value>1.3</value></attribute>
      <optional><ref name="meta"/></optional>
      <ref name="graph"/>
    </element>
  </start>

  <define name="meta">
    <element name="meta">
      <optional><attribute name="lastmodifieddate"><data type="date"/></attribute></optional>
      <interleave>
        <optional><element name="creator"><text/></element></optional>
        <optional><element name="keywords"><text/></element></optional>
        <optional><element name="description"><text/></element></optional>
      </interleave>
    </element>
  </define>

  <define name="graph">
    <element name="graph">
      <attribute name="defaultedgetype"><choice><value>directed</value><value>undirected</value></choice></attribute>
      <choice>
        <attribute name="mode"><value>static</value></attribute>
        <group>
          <attribute name="mode"><value>dynamic</value></attribute>
          <attribute name="timeformat"><value>date</value></attribute>
        </group>
      </choice>
      <zeroOrMore><ref name="attributes"/></zeroOrMore>
      <element name="nodes">
        <optional><attribute name="count"><data type="nonNegativeInteger"/></attribute></optional>
        <zeroOrMore><ref name="node"/></zeroOrMore>
      </element>
      <element name="edges">
        <optional><attribute name="count"><data type="nonNegativeInteger"/></attribute></optional>
        <zeroOrMore><ref name="edge"/></zeroOrMore>
      </element>
    </element>
  </define>

  <define name="attributes">
    <element name="attributes">
      <attribute name="class"><choice><value>node</value><value>edge</value></choice></attribute>
      <optional><attribute name="mode"><value>static</value></attribute></optional>
      <zeroOrMore>
        <element name="attribute">
          <attribute name="id"><data type="NCName"/></attribute>
          <attribute name="title"><data type="string"/></attribute>
          <attribute name="type">
            <choice>
              <value>string</value><value>integer</value><value>long</value><value>double</value>
              <value>float</value><value>boolean</value>
            </choice>
          </attribute>
          <optional><element name="default"><text/></element></optional>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="nodeID">
    <data type="string"><param name="pattern">n[0-9]+</param></data>
  </define>

  <define name="attvalues">
    <element name="attvalues">
      <zeroOrMore>
        <element name="attvalue">
          <attribute name="for"><data type="NCName"/></attribute>
          <attribute name="value"><data type="string"/></attribute>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="node">
    <element name="node">
      <attribute name="id"><ref name="nodeID"/></attribute>
      <attribute name="label"><data type="token"/></attribute>
      <optional><attribute name="start"><data type="date"/></attribute></optional>
      <interleave>
        <optional><ref name="attvalues"/></optional>
        <optional>
          <element name="color" ns="http://gexf.net/1.3/viz">
            <attribute name="r"><ref name="channel"/></attribute>
            <attribute name="g"><ref name="channel"/></attribute>
            <attribute name="b"><ref name="channel"/></attribute>
            <optional>
              <attribute name="a">
                <data type="float"><param name="minInclusive">0.0</param><param name="maxInclusive">1.0</param></data>
              </attribute>
            </optional>
          </element>
        </optional>
        <optional>
          <element name="position" ns="http://gexf.net/1.3/viz">
            <attribute name="x"><data type="float"/></attribute>
            <attribute name="y"><data type="float"/></attribute>
            <attribute name="z"><data type="float"/></attribute>
          </element>
        </optional>
        <optional>
          <element name="size" ns="http://gexf.net/1.3/viz">
            <attribute name="value"><data type="float"><param name="minInclusive">0.0</param></data></attribute>
          </element>
        </optional>
      </interleave>
    </element>
  </define>

  <define name="channel">
    <data type="nonNegativeInteger"><param name="maxInclusive">255</param></data>
  </define>

  <define name="edge">
    <element name="edge">
      <attribute name="id"><data type="string"><param name="pattern">e[0-9]+</param></data></attribute>
      <attribute name="source"><ref name="nodeID"/></attribute>
      <attribute name="target"><ref name="nodeID"/></attribute>
      <optional><attribute name="type"><choice><value>undirected</value><value>mutual</value></choice></attribute></optional>
      <attribute name="label"><data type="token"/></attribute>
      <attribute name="kind"><data type="token"/></attribute>
      <attribute name="weight"><data type="double"/></attribute>
      <optional><attribute name="start"><data type="date"/></attribute></optional>
      <optional><ref name="attvalues"/></optional>
    </element>
  </define>
</grammar>

"""#

    static let rdfxmlRNG = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  NewsGraph: the RDF/XML that NewsGraph writes, as a RELAX NG grammar (XML syntax, one file).

  What it checks: an rdf:RDF document of node elements — rdf:Description (or owl:Ontology) with
  either rdf:about (an IRI) or rdf:nodeID (an NCName, for blank nodes) — whose property
  elements come from the vocabularies NewsGraph uses: rdf (type, subject, predicate, object
  only), rdfs, owl, skos, dcterms, prov, schema.org and NewsGraph's own
  https://newsgraph.example/ns#. Each property is a reference (rdf:resource or rdf:nodeID,
  empty) or a literal (text, with an optional rdf:datatype IRI or xml:lang, not both). No
  rdf:ID, rdf:parseType, rdf:li, nested node elements or reserved names as properties: the
  striped, flat RDF/XML every parser reads the same way. The vocabulary file
  newsgraph-vocabulary.rdf is checked by it too.

  It is stricter than the W3C RDF/XML grammar (everything it accepts, that grammar accepts;
  tested), so RDF/XML from other tools needs the W3C grammar or a real parser (rapper -c).

  Use:  xmllint -noout -nonet -relaxng newsgraph-rdfxml.rng graph.rdf
-->
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="RDF" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <zeroOrMore><ref name="node"/></zeroOrMore>
    </element>
  </start>

  <define name="subject">
    <choice>
      <attribute name="about" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><data type="anyURI"/></attribute>
      <attribute name="nodeID" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><data type="NCName"/></attribute>
    </choice>
  </define>

  <define name="node">
    <choice>
      <element name="Description" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <ref name="subject"/>
        <zeroOrMore><ref name="property"/></zeroOrMore>
      </element>
      <element name="Ontology" ns="http://www.w3.org/2002/07/owl#">
        <attribute name="about" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><data type="anyURI"/></attribute>
        <zeroOrMore><ref name="property"/></zeroOrMore>
      </element>
    </choice>
  </define>

  <define name="property">
    <element>
      <choice>
        <name ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">type</name>
        <name ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">subject</name>
        <name ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">predicate</name>
        <name ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">object</name>
        <nsName ns="http://www.w3.org/2000/01/rdf-schema#"/>
        <nsName ns="http://www.w3.org/2002/07/owl#"/>
        <nsName ns="http://www.w3.org/2004/02/skos/core#"/>
        <nsName ns="http://purl.org/dc/terms/"/>
        <nsName ns="http://www.w3.org/ns/prov#"/>
        <nsName ns="https://schema.org/"/>
        <nsName ns="https://newsgraph.example/ns#"/>
      </choice>
      <choice>
        <attribute name="resource" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><data type="anyURI"/></attribute>
        <attribute name="nodeID" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><data type="NCName"/></attribute>
        <group>
          <optional>
            <choice>
              <attribute name="datatype" ns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><data type="anyURI"/></attribute>
              <attribute name="lang" ns="http://www.w3.org/XML/1998/namespace"><data type="language"/></attribute>
            </choice>
          </optional>
          <text/>
        </group>
      </choice>
    </element>
  </define>
</grammar>

"""#

    static let graphJSONSchema = #"""
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://newsgraph.example/schemas/newsgraph-graph.schema.json",
  "title": "NewsGraph JSON graph",
  "description": "What it checks: the lossless JSON form of a NewsGraph knowledge graph, in NetworkX's node-link shape (networkx.node_link_graph(data, edges=\"links\")): the top-level fields, every node (id, label, entity type, aliases, mention count, spans and free-form string attributes) and link (source, target, predicate, CAMEO code, weight, confidence, role, documents, evidence with document, offsets, sentence, confidence, rule and role), value types and ranges. What it cannot check, and `newsgraph validate` does: that node ids are unique, that links point at existing nodes, that `mentions` equals the number of spans, that a span ends after it starts, that `key` equals `relation`. Use: python3 -m jsonschema -i graph.json newsgraph-graph.schema.json (or any draft-07 validator).",
  "type": "object",
  "required": ["nodes", "links"],
  "properties": {
    "directed": {"type": "boolean"},
    "multigraph": {"type": "boolean"},
    "graph": {
      "type": "object",
      "properties": {
        "generator": {"type": "string"},
        "format": {"type": "integer", "minimum": 1, "maximum": 1},
        "documents": {"type": "array", "items": {"$ref": "#/definitions/document"}}
      }
    },
    "nodes": {"type": "array", "items": {"$ref": "#/definitions/node"}},
    "links": {"type": "array", "items": {"$ref": "#/definitions/link"}}
  },
  "definitions": {
    "predicateName": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
    "offset": {"type": "integer", "minimum": 0},
    "probability": {"type": "number", "minimum": 0, "maximum": 1},
    "attributes": {"type": "object", "additionalProperties": {"type": "string"}},
    "document": {
      "type": "object",
      "required": ["id"],
      "properties": {
        "id": {"type": "string", "minLength": 1},
        "title": {"type": "string"},
        "date": {"type": "string"},
        "url": {"type": "string"},
        "metadata": {"type": "object", "additionalProperties": {"type": "string"}}
      }
    },
    "span": {
      "type": "object",
      "required": ["document", "start", "end"],
      "properties": {
        "document": {"type": "string"},
        "start": {"$ref": "#/definitions/offset"},
        "end": {"$ref": "#/definitions/offset"}
      }
    },
    "node": {
      "type": "object",
      "required": ["id"],
      "properties": {
        "id": {"type": "string", "minLength": 1},
        "label": {"type": "string"},
        "type": {"enum": ["Person", "Organization", "Country", "Location", "Facility"]},
        "aliases": {"type": "array", "items": {"type": "string"}},
        "mentions": {"type": "integer", "minimum": 0},
        "spans": {"type": "array", "items": {"$ref": "#/definitions/span"}},
        "attributes": {"$ref": "#/definitions/attributes"}
      }
    },
    "evidence": {
      "type": "object",
      "required": ["document", "start", "end"],
      "properties": {
        "document": {"type": "string"},
        "start": {"$ref": "#/definitions/offset"},
        "end": {"$ref": "#/definitions/offset"},
        "sentence": {"type": "string"},
        "confidence": {"$ref": "#/definitions/probability"},
        "rule": {"type": "string"},
        "role": {"type": "string"}
      }
    },
    "link": {
      "type": "object",
      "required": ["source", "target"],
      "anyOf": [{"required": ["relation"]}, {"required": ["key"]}],
      "properties": {
        "source": {"type": "string"},
        "target": {"type": "string"},
        "key": {"$ref": "#/definitions/predicateName"},
        "relation": {"$ref": "#/definitions/predicateName"},
        "category": {"enum": ["event", "attribution", "structural", "statistical"]},
        "symmetric": {"type": "boolean"},
        "directed": {"type": "boolean"},
        "cameo": {"type": "string"},
        "definition": {"type": "string"},
        "weight": {"type": "number"},
        "confidence": {"$ref": "#/definitions/probability"},
        "role": {"type": "string"},
        "documents": {"type": "array", "items": {"type": "string"}},
        "evidence": {"type": "array", "items": {"$ref": "#/definitions/evidence"}},
        "attributes": {"$ref": "#/definitions/attributes"}
      }
    }
  }
}

"""#
}
