import Foundation

/// The lossless JSON form of a ``KnowledgeGraph``, in NetworkX's node-link shape.
///
/// ```json
/// {"directed": true, "multigraph": true,
///  "graph": {"generator": "newsgraph", "format": 1, "documents": [...]},
///  "nodes": [{"id": "mark_esper", "label": "Mark Esper", "type": "Person", "aliases": [...],
///             "mentions": 3, "spans": [{"document": "d1", "start": 10, "end": 20}]}],
///  "links": [{"source": "mark_esper", "target": "united_states", "key": "role_in",
///             "relation": "role_in", ..., "evidence": [...]}]}
/// ```
/// `networkx.node_link_graph(data, edges="links")` loads it as a `MultiDiGraph` whose
/// edge keys are the predicates (a `MultiGraph` when every relation is undirected:
/// `"directed": false`). An undirected link says `"directed": false`; `"weight"` counts the
/// evidence, or is the weight another tool's file gave a link without evidence. Reading it
/// back gives an equal graph.
public enum JSONGraphFormat {
    /// The version written in `graph.format`; readers accept this one.
    public static let formatVersion = 1

    /// Writes the graph as JSON. With `pretty`, each node and link is on a line of its
    /// own; without it the whole graph is one line (for JSON Lines fragments).
    ///
    /// With a `drawing`, each placed node also gets `x`, `y` (y up) and `size`.
    public static func write(
        _ graph: KnowledgeGraph, to sink: ByteSink, pretty: Bool = true, drawing: GraphDrawing? = nil
    ) throws {
        var json = JSONWriter(sink: sink)
        json.beginObject()
        if pretty { json.newline(indent: 2) }
        json.key("directed")
        json.value(graph.directedness != .undirected)
        if pretty { json.newline(indent: 2) }
        json.key("multigraph")
        json.value(true)
        if pretty { json.newline(indent: 2) }
        json.key("graph")
        json.beginObject()
        json.key("generator")
        json.value("newsgraph")
        json.key("format")
        json.value(formatVersion)
        json.key("documents")
        json.beginArray()
        for document in graph.sortedDocuments {
            if pretty { json.newline(indent: 4) }
            try writeDocument(document, to: &json)
        }
        if pretty && !graph.documents.isEmpty { json.newline(indent: 2) }
        try json.endArray()
        try json.endObject()
        if pretty { json.newline(indent: 2) }
        json.key("nodes")
        json.beginArray()
        // The order of sortedEntities and sortedRelations, without a sorted copy of every
        // relation; a graph with a relation to a missing entity (which JSON keeps) is sorted
        // the plain way.
        let order = try? GraphOrder(graph)
        for entity in order?.entities ?? SortedEntities(graph) {
            if pretty { json.newline(indent: 4) }
            try writeEntity(entity, placement: drawing?[entity.id], to: &json)
        }
        if pretty && !graph.entities.isEmpty { json.newline(indent: 2) }
        try json.endArray()
        if pretty { json.newline(indent: 2) }
        json.key("links")
        json.beginArray()
        func link(_ relation: Relation) throws {
            if pretty { json.newline(indent: 4) }
            try writeRelation(relation, to: &json)
        }
        if let order {
            for relation in order.sortedRelations { try link(relation) }
        } else {
            for relation in graph.sortedRelations { try link(relation) }
        }
        if pretty && !graph.relations.isEmpty { json.newline(indent: 2) }
        try json.endArray()
        if pretty { json.newline() }
        try json.endObject()
        json.newline()
        try json.finish()
    }

    private static func writeDocument(_ document: DocumentInfo, to json: inout JSONWriter) throws {
        json.beginObject()
        json.key("id")
        json.value(document.id)
        json.field("title", document.title)
        json.field("date", document.date)
        json.field("url", document.url)
        if !document.metadata.isEmpty {
            json.key("metadata")
            json.beginObject()
            for (key, value) in document.metadata.sorted(by: { $0.key < $1.key }) {
                json.key(key)
                json.value(value)
            }
            try json.endObject()
        }
        try json.endObject()
    }

    private static func writeEntity(_ entity: Entity, placement: GraphDrawing.Placement?, to json: inout JSONWriter) throws {
        json.beginObject()
        json.key("id")
        json.value(entity.id)
        json.key("label")
        json.value(entity.name)
        json.key("type")
        json.value(entity.kind.rawValue)
        json.key("aliases")
        json.beginArray()
        for alias in entity.sortedAliases { json.value(alias) }
        try json.endArray()
        json.key("mentions")
        json.value(entity.mentionCount)
        if let placement {
            json.key("x")
            json.value(placement.x)
            json.key("y")
            json.value(placement.y)
            json.key("size")
            json.value(placement.size)
        }
        json.key("spans")
        json.beginArray()
        for mention in entity.sortedMentions {
            json.beginObject()
            json.key("document")
            json.value(mention.documentID)
            json.key("start")
            json.value(mention.start)
            json.key("end")
            json.value(mention.end)
            try json.endObject()
        }
        try json.endArray()
        try writeAttributes(entity.attributes, to: &json)
        try json.endObject()
    }

    private static func writeAttributes(_ attributes: [String: String], to json: inout JSONWriter) throws {
        guard !attributes.isEmpty else { return }
        json.key("attributes")
        json.beginObject()
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            json.key(name)
            json.value(value)
        }
        try json.endObject()
    }

    /// ``Relation/documentIDs`` read from the relation's evidence as ``Relation/evidence`` sorts it
    /// (by location, so by document id first): each run of one id, without the set of ids and
    /// their second sort (~5 % of merging and writing the 3 MB real corpus). `nil` when two ids
    /// of a run are equal as `String`s but not in bytes (canonically equivalent spellings, of
    /// which the set keeps the one it meets first): the caller asks the relation.
    static func documentIDs(ofSorted evidence: [Evidence]) -> [String]? {
        var ids: [String] = []
        for item in evidence {
            if let last = ids.last {
                if InternedStrings.sameBytes(last, item.documentID) { continue }
                if last == item.documentID { return nil }
            }
            ids.append(item.documentID)
        }
        return ids
    }

    private static func writeRelation(_ relation: Relation, to json: inout JSONWriter) throws {
        let predicate = relation.predicate
        json.beginObject()
        json.key("source")
        json.value(relation.source)
        json.key("target")
        json.value(relation.target)
        json.key("key")
        json.value(predicate.name)
        json.key("relation")
        json.value(predicate.name)
        json.key("category")
        json.value(predicate.category.rawValue)
        json.key("symmetric")
        json.value(predicate.isSymmetric)
        if !relation.isDirected {
            json.key("directed")
            json.value(false)
        }
        json.field("cameo", predicate.cameo)
        if Predicate.named(predicate.name) == nil {
            json.key("definition")
            json.value(predicate.definition)
        }
        json.key("weight")
        if let imported = relation.importedWeight {
            // Another tool's weight: an integer when it is one, as that tool wrote it.
            if imported == imported.rounded(), abs(imported) < 1e15 {
                json.value(Int(imported))
            } else {
                json.value(imported)
            }
        } else {
            json.value(relation.evidenceCount)
        }
        json.key("confidence")
        json.value(relation.confidence)
        json.field("role", relation.role)
        // (The evidence sorted once, for its documents and its own array.)
        let evidence = relation.evidence
        json.key("documents")
        json.beginArray()
        for document in documentIDs(ofSorted: evidence) ?? relation.documentIDs { json.value(document) }
        try json.endArray()
        json.key("evidence")
        json.beginArray()
        for item in evidence {
            json.beginObject()
            json.key("document")
            json.value(item.documentID)
            json.key("start")
            json.value(item.start)
            json.key("end")
            json.value(item.end)
            json.key("sentence")
            json.value(item.sentence)
            json.key("confidence")
            json.value(item.confidence)
            json.field("rule", item.rule)
            json.field("role", item.role)
            try json.endObject()
        }
        try json.endArray()
        try writeAttributes(relation.attributes, to: &json)
        try json.endObject()
    }
}
