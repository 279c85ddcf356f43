import NewsGraph
import NewsGraphXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads GraphML into a ``KnowledgeGraph``, streaming with libxml2's reader (no network,
/// no entity expansion).
///
/// Reads NewsGraph's own GraphML back to the graph it was written from, as far as
/// GraphML carries it, and GraphML from Gephi, NetworkX, igraph and yEd. Data values are
/// matched by the key's `attr.name` (falling back to the key id):
///
/// | model | taken from (first present) |
/// |---|---|
/// | entity id | `entity_id`, else the node's `id` |
/// | name | `name`, `label`, yEd `y:NodeLabel`, else the entity id |
/// | kind | `type`, `actor_kind`, `kind` (case-insensitive), else `Organization` |
/// | aliases | `aliases`, split at `\|` |
/// | mentions | `spans` (`doc:start-end …`) |
/// | predicate | `relation`, `label`, Gephi's `edgelabel`/`Edge Label`, yEd `y:EdgeLabel`, else `related_to`; turned into snake_case |
/// | evidence | `evidence_spans` paired with the lines of `evidence`; `confidence`, `role` |
/// | weight | without `evidence_spans`: `weight` (default 1), summed over parallel edges |
/// | direction | the edge's `directed`, else the graph's `edgedefault` (absent: directed) |
///
/// Nothing is invented. An edge without `evidence_spans` (any other tool's) gets no
/// evidence: its `weight` becomes the relation's ``Relation/importedWeight`` (1 when the
/// file gives none, as in Gephi and NetworkX; parallel edges with the same ends and label,
/// as in a NetworkX multigraph, are one relation whose weight is their sum), and its
/// `confidence` (unless 0), `evidence`, `role` and `documents` stay as attributes.
/// An undirected edge (`edgedefault="undirected"`, or `directed="false"`) is an undirected
/// relation. An edge whose end is not a node of the file is an error, naming the edge's
/// line: Gephi, NetworkX and igraph would silently make up the node.
///
/// Every other column (Gephi's `r`/`g`/`b` and `x`/`y`, a NetworkX attribute, any custom
/// column) is kept as a string in the entity's or relation's ``Entity/attributes``, and the
/// GraphML and JSON writers write it back. What GraphML does not bring back: the `size`
/// and `color` columns (NewsGraph derives its own), yEd geometry; document titles, dates
/// and URLs; per-sentence confidence,
/// rule and role (every sentence gets the edge's `confidence` and `role`); sentences when
/// `evidence` has more lines than `evidence_spans` has spans (the whole text goes to the
/// first); `|` inside an alias; the nesting of yEd group nodes (their nodes and edges
/// are read, flat) and hyperedges (ignored).
public enum GraphMLReader {
    /// Reads the GraphML file at `path`.
    /// - Throws: ``XMLError`` for malformed XML, ``NewsGraphError`` for a file that is not
    ///   GraphML.
    public static func read(path: String) throws -> KnowledgeGraph {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        defer { close(fd) }
        var graph = KnowledgeGraph()
        try read(fd: fd, name: path, into: &graph)
        return graph
    }

    /// Reads GraphML from bytes in memory; `name` names the input in errors. `engine`
    /// chooses the XML parser (the default reads the same as libxml2, faster; the fuzz
    /// target compares the two).
    public static func read(bytes: [UInt8], name: String = "-", engine: XMLParserEngine = .automatic) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        try read(fd: -1, prefix: bytes, name: name, into: &graph, engine: engine)
        return graph
    }

    /// Reads GraphML as a stream into `graph`, merging (as ``KnowledgeGraph/merge(_:)``
    /// would merge the file's own graph): first `prefix` (bytes already taken from `fd`,
    /// such as the start that told the format), then `fd` to its end. The file is never held
    /// whole; memory holds the graph. The descriptor is not closed.
    /// - Throws: ``XMLError`` for malformed XML, ``NewsGraphError`` for a file that is not
    ///   GraphML; `graph` is then partly read.
    public static func read(
        fd: Int32, prefix: [UInt8] = [], name: String, into graph: inout KnowledgeGraph, engine: XMLParserEngine = .automatic
    ) throws {
        try read(fd: fd, prefix: prefix, name: name, into: &graph, laterBytes: 0, engine: engine)
    }

    /// Reads as ``read(fd:prefix:name:into:engine:)`` does, when `laterBytes` bytes of other
    /// files are still to be read into the same graph after this one (`merge`): the room
    /// reserved for the relations counts them too (``RelationReservation``).
    package static func read(
        fd: Int32, prefix: [UInt8] = [], name: String, into graph: inout KnowledgeGraph, laterBytes: Int,
        engine: XMLParserEngine = .automatic
    ) throws {
        let reader = GraphMLStreamReader(name: name, into: graph, engine: engine)
        graph = KnowledgeGraph()  // the reader holds the only reference: no copy on write
        defer { graph = reader.graph }
        try reader.read(fd: fd, prefix: prefix, laterBytes: laterBytes)
    }

    /// The former reader, on libxml2's pull reader; kept to compare (tests) until removed.
    static func readWithPullReader(bytes: [UInt8], name: String = "-") throws -> KnowledgeGraph {
        try read(XMLPullReader(bytes: bytes, name: name), name: name)
    }

    static let graphMLNamespace = "http://graphml.graphdrawing.org/xmlns"
    static let yFilesNamespace = "http://www.yworks.com/xml/graphml"

    private struct Element {
        var id = ""
        var source = ""
        var target = ""
        var directed = true
        var line = 0
        var data: [String: String] = [:]  // by attr.name (or key id)
        var yLabel: String?
    }

    private static func read(_ reader: XMLPullReader, name: String) throws -> KnowledgeGraph {
        var keyNames: [String: String] = [:]  // key id -> attr.name
        var keyDefaults: [String: (domain: String, value: String)] = [:]
        var nodes: [Element] = []
        var edges: [Element] = []
        var sawRoot = false

        // Open nodes and edges, innermost last: yEd group nodes hold a nested <graph>.
        var open: [(element: Element, isEdge: Bool)] = []
        var dataKey: String?
        var dataText = ""
        var dataHasChildren = false  // yEd graphics and other markup inside <data>
        var labelDepth = 0  // inside y:NodeLabel / y:EdgeLabel
        var labelText = ""
        var keyID: String?
        var keyDomain = "all"
        var inDefault = false
        var defaultText = ""
        // Each open <graph>'s edgedefault (yEd nests graphs in group nodes).
        var edgeDefaults: [Bool] = []

        while let event = try reader.next() {
            switch event {
            case .startElement(let local, let ns, let attributes, let line):
                if dataKey != nil { dataHasChildren = true }
                func attribute(_ name: String) -> String? {
                    attributes.first { $0.localName == name && $0.namespaceURI.isEmpty }?.value
                }
                if ns == graphMLNamespace {
                    switch local {
                    case "graphml": sawRoot = true
                    case "key":
                        guard let id = attribute("id") else {
                            throw NewsGraphError(.invalidInput, "a <key> without an id", path: name, line: line)
                        }
                        keyID = id
                        keyDomain = attribute("for") ?? "all"
                        keyNames[id] = attribute("attr.name") ?? id
                    case "default" where keyID != nil:
                        inDefault = true
                        defaultText = ""
                    case "graph" where dataKey == nil:
                        edgeDefaults.append(attribute("edgedefault").map { $0.trimmed != "undirected" } ?? true)
                    case "node" where dataKey == nil:
                        open.append((Element(id: attribute("id") ?? "", line: line), false))
                    case "edge" where dataKey == nil:
                        var directed = edgeDefaults.last ?? true
                        if let value = attribute("directed")?.trimmed {
                            if value == "true" || value == "1" { directed = true }
                            if value == "false" || value == "0" { directed = false }
                        }
                        open.append(
                            (
                                Element(
                                    id: attribute("id") ?? "", source: attribute("source") ?? "",
                                    target: attribute("target") ?? "", directed: directed, line: line), true
                            ))
                    case "data" where !open.isEmpty && dataKey == nil:
                        dataKey = attribute("key") ?? ""
                        dataText = ""
                        dataHasChildren = false
                    default: break
                    }
                } else if ns == yFilesNamespace, !open.isEmpty, local == "NodeLabel" || local == "EdgeLabel" {
                    if labelDepth == 0 { labelText = "" }
                    labelDepth += 1
                }
            case .text(let text):
                if labelDepth > 0 {
                    labelText += text
                } else if dataKey != nil {
                    dataText += text
                } else if inDefault {
                    defaultText += text
                }
            case .endElement(let local, let ns):
                if ns == yFilesNamespace, labelDepth > 0, local == "NodeLabel" || local == "EdgeLabel" {
                    labelDepth -= 1
                    if labelDepth == 0, !open.isEmpty, open[open.count - 1].element.yLabel == nil {
                        open[open.count - 1].element.yLabel = labelText
                    }
                } else if ns == graphMLNamespace {
                    switch local {
                    case "key":
                        keyID = nil
                    case "graph" where dataKey == nil:
                        _ = edgeDefaults.popLast()
                    case "default" where inDefault:
                        inDefault = false
                        if let keyID { keyDefaults[keyID] = (keyDomain, defaultText) }
                    case "data" where dataKey != nil:
                        let key = dataKey!
                        // Markup (yEd graphics) is not a value; its labels were read above.
                        if !open.isEmpty, !dataHasChildren {
                            open[open.count - 1].element.data[keyNames[key] ?? key] = dataText
                        }
                        dataKey = nil
                    case "node" where dataKey == nil && open.last?.isEdge == false:
                        nodes.append(open.removeLast().element)
                    case "edge" where dataKey == nil && open.last?.isEdge == true:
                        edges.append(open.removeLast().element)
                    default: break
                    }
                }
            }
        }
        guard sawRoot else {
            throw NewsGraphError(.invalidInput, "not GraphML: no <graphml> element in its namespace", path: name)
        }

        // Defaults fill in missing values (in key id order, so that the result never depends on
        // hashing when two keys share a name).
        let defaults = keyDefaults.sorted { $0.key < $1.key }
        func applyDefaults(_ element: inout Element, domain: String) {
            for (id, entry) in defaults where entry.domain == domain || entry.domain == "all" {
                let attr = keyNames[id] ?? id
                if element.data[attr] == nil { element.data[attr] = entry.value }
            }
        }

        var graph = KnowledgeGraph()
        var entityIDs: [String: String] = [:]  // XML node id -> entity id
        var documents: Set<String> = []
        for var node in nodes {
            applyDefaults(&node, domain: "node")
            let d = node.data
            let id = nonEmpty(d["entity_id"]) ?? node.id
            let name = d["name"] ?? d["label"] ?? node.yLabel ?? id
            let kind =
                [d["type"], d["actor_kind"], d["kind"]].lazy.compactMap { $0 }.compactMap(EntityKind.init(name:))
                .first ?? .organization
            let aliases = split(d["aliases"] ?? "", at: "|").filter { !$0.isEmpty }
            var mentions: Set<Mention> = []
            for (document, start, end) in Format.parseSpans(d["spans"] ?? "") {
                mentions.insert(Mention(documentID: document, start: start, end: end))
                if !document.isEmpty { documents.insert(document) }
            }
            entityIDs[node.id] = id
            let attributes = d.filter { !nodeFields.contains($0.key) }
            graph.add(Entity(id: id, name: name, kind: kind, aliases: Set(aliases), mentions: mentions, attributes: attributes))
        }
        // Edges without evidence by relation key: parallel edges add their weights.
        var weights: [RelationKey: Double] = [:]
        var relations: [Relation] = []
        for var edge in edges {
            applyDefaults(&edge, domain: "edge")
            let d = edge.data
            func end(_ xmlID: String, _ role: String) throws -> String {
                if let id = entityIDs[xmlID] { return id }
                let edgeName = edge.id.isEmpty ? "an edge" : "edge '\(edge.id)'"
                throw NewsGraphError(
                    .invalidInput,
                    "\(edgeName) has \(role) '\(xmlID)', which is not a node of the file: declare it with <node id=\"\(xmlID)\"/> or remove the edge",
                    path: name, line: edge.line)
            }
            let source = try end(edge.source, "source")
            let target = try end(edge.target, "target")
            let predicateName = snakeCase(
                nonEmpty(d["relation"]) ?? nonEmpty(d["label"]) ?? nonEmpty(d["edgelabel"]) ?? nonEmpty(d["Edge Label"])
                    ?? edge.yLabel ?? "")
            let predicate =
                Predicate.named(predicateName)
                ?? Predicate(
                    name: predicateName, category: .structural, cameo: nonEmpty(d["cameo"]),
                    definition: "Read from GraphML.")
            let spans = Format.parseSpans(d["evidence_spans"] ?? "")
            var evidence: [Evidence] = []
            var attributes: [String: String]
            if !spans.isEmpty {
                let confidence = d["confidence"].flatMap { Double($0.trimmed) } ?? 1
                let role = nonEmpty(d["role"])
                let sentences = d["evidence"].map { split($0, at: "\n") } ?? []
                let paired = sentences.count <= spans.count
                for (index, (document, start, end)) in spans.enumerated() {
                    let sentence: String
                    if paired {
                        sentence = index < sentences.count ? String(sentences[index]) : ""
                    } else {
                        sentence = index == 0 ? (d["evidence"] ?? "") : ""
                    }
                    evidence.append(
                        Evidence(
                            documentID: document, sentence: sentence, start: start, end: end, confidence: confidence,
                            role: role))
                    if !document.isEmpty { documents.insert(document) }
                }
                attributes = d.filter { !edgeFields.contains($0.key) }
            } else {
                // No evidence: the columns that would have described it stay as they are; a
                // confidence of 0 is what a relation without evidence has anyway.
                attributes = d.filter { !edgeFields.contains($0.key) || evidenceColumns.contains($0.key) }
                if let confidence = attributes["confidence"].flatMap({ Double($0.trimmed) }), confidence == 0 {
                    attributes["confidence"] = nil
                }
            }
            let relation = Relation(
                source: source, predicate: predicate, target: target, evidence: evidence, attributes: attributes,
                directed: edge.directed)
            if evidence.isEmpty {
                let weight = d["weight"].flatMap { Double($0.trimmed) }.flatMap { $0.isFinite ? $0 : nil } ?? 1
                weights[relation.key, default: 0] += weight
            }
            relations.append(relation)
        }
        for relation in relations {
            // A weight of 0 is no weight: what a relation without evidence has anyway.
            let weight = weights[relation.key].flatMap { $0 == 0 ? nil : $0 }
            graph.add(
                Relation(
                    source: relation.source, predicate: relation.predicate, target: relation.target,
                    evidence: relation.evidence, attributes: relation.attributes, directed: relation.isDirected,
                    importedWeight: weight))
        }
        for document in documents.sorted() { graph.add(DocumentInfo(id: document)) }
        return graph
    }

    /// Node columns that map to model fields or are derived from them when written
    /// (mentions, documents, colour, size); every other column is kept as an attribute.
    static let nodeFields: Set<String> = [
        "entity_id", "name", "label", "type", "actor_kind", "kind", "aliases", "spans", "mentions", "documents", "color",
        "size",
    ]
    /// Edge columns that describe evidence: kept as attributes on an edge without
    /// `evidence_spans`, which has no evidence to hold them.
    static let evidenceColumns: Set<String> = ["confidence", "evidence", "role", "documents"]
    /// Edge columns that map to model fields or are derived from them.
    static let edgeFields: Set<String> = [
        "relation", "label", "edgelabel", "Edge Label", "cameo", "confidence", "role", "evidence", "evidence_spans",
        "weight", "documents",
    ]

    /// Splits at every `separator` scalar. (Splitting `String` at a `Character` would miss a
    /// separator that forms one grapheme with its neighbour: `\r` + `\n`, `|` + a combining mark.)
    static func split(_ text: String, at separator: Unicode.Scalar) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == separator {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        parts.append(String(current))
        return parts
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// A predicate name from a label: lower case ASCII letters and digits, other runs as
    /// `_` ("member of" → `member_of`); `related_to` when nothing is left, `p_` before a
    /// leading digit.
    static func snakeCase(_ label: String) -> String {
        var out = ""
        var pending = false
        for scalar in label.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pending && !out.isEmpty { out += "_" }
                pending = false
                out.unicodeScalars.append(scalar)
            } else {
                pending = true
            }
        }
        if out.isEmpty { return "related_to" }
        if let first = out.unicodeScalars.first, ("0"..."9").contains(first) { out = "p_" + out }
        return out
    }
}

extension String {
    fileprivate var trimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
