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

    static let graphJSONSchema = #"""
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://newsgraph.example/schemas/newsgraph-graph.schema.json",
  "title": "NewsGraph JSON graph",
  "description": "What it checks: the lossless JSON form of a NewsGraph knowledge graph, in NetworkX's node-link shape (networkx.node_link_graph(data, edges=\"links\")): the top-level fields, every node (id, label, entity type, aliases, mention count and spans) and link (source, target, predicate, CAMEO code, weight, confidence, role, documents, evidence with document, offsets, sentence, confidence, rule and role), value types and ranges. What it cannot check, and `newsgraph validate` does: that node ids are unique, that links point at existing nodes, that `mentions` equals the number of spans, that a span ends after it starts, that `key` equals `relation`. Use: python3 -m jsonschema -i graph.json newsgraph-graph.schema.json (or any draft-07 validator).",
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
        "spans": {"type": "array", "items": {"$ref": "#/definitions/span"}}
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
        "cameo": {"type": "string"},
        "definition": {"type": "string"},
        "weight": {"type": "integer", "minimum": 0},
        "confidence": {"$ref": "#/definitions/probability"},
        "role": {"type": "string"},
        "documents": {"type": "array", "items": {"type": "string"}},
        "evidence": {"type": "array", "items": {"$ref": "#/definitions/evidence"}}
      }
    }
  }
}

"""#
}
