/// Entities, the relations between them, and the documents they come from.
///
/// A graph is a value. Adding an entity or relation that is already there merges
/// the two records, so the graph of a corpus is the merge of the graphs of its
/// documents, in any order and any grouping (see ``merge(_:)``). Every ordered view
/// (``sortedEntities``, ``sortedRelations``, ``sortedDocuments``) is sorted by stable
/// id, which is what makes every writer's output byte-identical for the same graph.
public struct KnowledgeGraph: Equatable, Sendable {
    /// Entities by id, as columns (``EntityTable``).
    public private(set) var entities = EntityTable()
    /// Relations by key, in the order they were first added.
    public private(set) var relations = RelationTable()
    /// Document records by id.
    public private(set) var documents: [String: DocumentInfo] = [:]

    /// Creates an empty graph.
    public init() {}

    /// Creates a graph from its parts, merging duplicates.
    public init(entities: [Entity], relations: [Relation] = [], documents: [DocumentInfo] = []) {
        for entity in entities { add(entity) }
        for relation in relations { add(relation) }
        for document in documents { add(document) }
    }

    /// Whether the graph has no entities, relations or documents.
    public var isEmpty: Bool { entities.isEmpty && relations.isEmpty && documents.isEmpty }

    /// Adds an entity, merging it into an existing one with the same id.
    public mutating func add(_ entity: consuming Entity) {
        entities.add(entity)
    }

    /// Adds an entity as ``add(_:)`` does, at the place of its id that `index` found with
    /// `entities.index(forKey:)` (`nil`: not there), the graph unchanged since.
    mutating func add(_ entity: consuming Entity, at index: Int?) {
        entities.add(entity, at: index)
    }

    /// Adds a relation, merging its evidence into an existing one with the same key.
    ///
    /// The graph does not check that the ends exist; ``danglingRelations`` lists those
    /// that do not, and readers refuse such graphs.
    public mutating func add(_ relation: consuming Relation) {
        relations.add(relation)
    }

    /// Adds a relation as ``add(_:)`` does; a new one gets room for `evidenceRoom` pieces of
    /// evidence in all (a producer that knows how many pieces each relation will gather).
    package mutating func add(_ relation: consuming Relation, evidenceRoom: Int) {
        relations.add(relation, evidenceRoom: evidenceRoom)
    }

    /// Adds a relation as ``add(_:)`` does, given the hash ``prefetchRelation(source:predicate:target:directed:)``
    /// gave for its target (used when `targetHash.id` is the relation's target).
    mutating func add(
        _ relation: consuming Relation, targetHash: (id: String, hash: UInt32)?,
        known: RelationTable.KnownEnds = RelationTable.KnownEnds()
    ) {
        relations.insert(relation, targetHash: targetHash, known: known)
    }

    /// Adds a relation as ``add(_:)`` does, and gives its place in `relations.values`.
    @discardableResult
    mutating func insert(_ relation: consuming Relation) -> Int {
        relations.insert(relation)
    }

    /// ``insert(_:)`` given the target's hash and the known ends (see ``add(_:targetHash:known:)``).
    @discardableResult
    mutating func insert(
        _ relation: consuming Relation, targetHash: (id: String, hash: UInt32)?, known: RelationTable.KnownEnds
    ) -> Int {
        relations.insert(relation, targetHash: targetHash, known: known)
    }

    /// Makes room for about `entities` entities and `relations` relations in all.
    public mutating func reserveCapacity(entities: Int, relations count: Int) {
        self.entities.reserveCapacity(entities)
        relations.reserveCapacity(count)
    }

    /// Lets the relations' index by key go before the graph is only written (see
    /// ``RelationTable/dropIndex()``): finding and adding relations by key still work, slower.
    package mutating func dropRelationIndex() {
        relations.dropIndex()
    }

    /// Makes room in the relation array alone for `count` relations (see ``RelationReservation``).
    mutating func reserveRelationValues(_ count: Int) {
        relations.reserveValues(count)
    }

    /// Makes the relations' key index large enough for `count` relations (see ``RelationReservation``).
    mutating func reserveRelationIndex(_ count: Int) {
        relations.reserveIndex(count)
    }

    /// Sets the imported weight of the relation at `position` (see ``add(_:edgeWeight:sums:)``).
    mutating func setImportedWeight(_ weight: Double?, at position: Int) {
        relations.setImportedWeight(weight, at: position)
    }

    /// Adds a document record, merging it with an existing one with the same id.
    public mutating func add(_ document: DocumentInfo) {
        if let index = documents.index(forKey: document.id) {
            // In place; a record equal to the one there (each line of JSON Lines lists its
            // documents again) changes nothing.
            if documents.values[index] != document {
                documents.values[index] = documents.values[index].merged(with: document)
            }
        } else {
            documents[document.id] = document
        }
    }

    /// The entities sorted by id.
    public var sortedEntities: [Entity] {
        entities.sortedPositions().map { entities[Int($0)] }
    }

    /// The relations sorted by (source, predicate, target).
    public var sortedRelations: [Relation] { relations.values.sorted { $0.key < $1.key } }

    /// The documents sorted by id.
    public var sortedDocuments: [DocumentInfo] { documents.values.sorted() }

    /// Relations whose source or target is not an entity of the graph, sorted.
    public var danglingRelations: [Relation] {
        relations.values.filter { !entities.contains(id: $0.source) || !entities.contains(id: $0.target) }.sorted { $0.key < $1.key }
    }

    /// How many relations each entity takes part in (in or out), by entity id.
    public var degrees: [String: Int] {
        var result: [String: Int] = [:]
        for relation in relations.values {
            result[relation.source, default: 0] += 1
            if relation.target != relation.source { result[relation.target, default: 0] += 1 }
        }
        return result
    }
}
