/// What a streaming reader keeps to give the weights of a file's edges without evidence the
/// meaning a whole-file reader gives them: parallel edges (same key) add up within the file,
/// and the file's sum merges with a relation that was in the graph before (the larger wins).
public struct ImportedWeightSums: Sendable {
    /// Relations at this position or later were added by this read.
    let firstPosition: Int
    /// For relations that were there before: their imported weight then, and the file's sum.
    var before: [Int: (original: Double?, sum: Double)] = [:]

    /// Sums for a read into `graph`.
    public init(startingWith graph: KnowledgeGraph) { firstPosition = graph.relations.count }
}

extension KnowledgeGraph {
    /// Starts loading what adding a relation with these ends and predicate reads first (a
    /// slot of the relation table), for a reader that has work to do before it adds it.
    /// `directed` as ``Relation/init(source:predicate:target:evidence:attributes:directed:importedWeight:)`` takes it.
    /// Mutating though it changes nothing: a reader's graph is a stored property of its class,
    /// and a non-mutating call on it copied the graph value (a retain and a release of each of
    /// its tables) at every edge.
    /// Gives the relation's target (the smaller id of an undirected relation's ends) and its
    /// hash, for ``add(_:targetHash:)``.
    @discardableResult
    package mutating func prefetchRelation(source: String, predicate: Predicate, target: String, directed: Bool) -> (
        id: String, hash: UInt32
    ) {
        if !(directed && !predicate.isSymmetric) && target < source {
            return (source, relations.prefetch(source: target, predicate: predicate, target: source))
        } else {
            return (target, relations.prefetch(source: source, predicate: predicate, target: target))
        }
    }

    /// ``prefetchRelation(source:predicate:target:directed:)`` for a reader that keeps each end's
    /// hash (``endHash(_:)``) and, once an id has been an end, its number (`sourceKnown`,
    /// `targetKnown`: the id index is not looked up for it, so not loaded).
    @discardableResult
    package mutating func prefetchRelation(
        source: String, sourceHash: UInt32, sourceKnown: Bool, predicate: Predicate, target: String,
        targetHash: UInt32, targetKnown: Bool, directed: Bool
    ) -> (id: String, hash: UInt32) {
        if !(directed && !predicate.isSymmetric) && target < source {
            relations.prefetch(sourcePart: targetHash, predicate: predicate, targetPart: sourceHash, findsTarget: !sourceKnown)
            return (source, sourceHash)
        } else {
            relations.prefetch(sourcePart: sourceHash, predicate: predicate, targetPart: targetHash, findsTarget: !targetKnown)
            return (target, targetHash)
        }
    }

    /// ``RelationTable/lastEnds`` (read here, in the graph's module: read through
    /// ``relations`` from another module, it copied the table, a retain of each column).
    package var lastRelationEnds: (source: (id: String, number: UInt32)?, target: (id: String, number: UInt32)?) {
        relations.lastEnds
    }

    /// An id's hash as the relation table files an end under (the same for ids equal as Swift
    /// strings are), for ``prefetchRelation(source:sourceHash:sourceKnown:predicate:target:targetHash:targetKnown:directed:)``
    /// and the `targetHash` of ``add(_:edgeWeight:sums:targetHash:known:)``.
    package static func endHash(_ id: String) -> UInt32 { RelationTable.part(id) }

    /// Adds a relation read from a file, and its edge's weight (`nil` for an edge with
    /// evidence): the same as adding, for each key, one relation whose imported weight is the
    /// sum of the weights of the file's edges without evidence (none when that sum is 0).
    public mutating func add(_ relation: consuming Relation, edgeWeight: Double?, sums: inout ImportedWeightSums) {
        add(relation, edgeWeight: edgeWeight, sums: &sums, targetHash: nil)
    }

    /// ``add(_:edgeWeight:sums:)`` given the hash ``prefetchRelation(source:predicate:target:directed:)``
    /// gave for the relation's target (used when `targetHash.id` is the relation's target) and
    /// the ends whose numbers the reader knows (``RelationTable/lastEnds``).
    package mutating func add(
        _ relation: consuming Relation, edgeWeight: Double?, sums: inout ImportedWeightSums,
        targetHash: (id: String, hash: UInt32)?, known: RelationTable.KnownEnds = RelationTable.KnownEnds()
    ) {
        let position = insert(relation, targetHash: targetHash, known: known)
        guard let weight = edgeWeight else { return }
        if position >= sums.firstPosition {
            let total = (relations.importedWeight(at: position) ?? 0) + weight
            setImportedWeight(total == 0 ? nil : total, at: position)
        } else {
            var entry = sums.before[position] ?? (relations.importedWeight(at: position), 0)
            entry.sum += weight
            sums.before[position] = entry
            // The merge of the relation as it was with the file's relation of weight `sum`.
            let merged = entry.sum == 0 ? entry.original : max(entry.original ?? entry.sum, entry.sum)
            setImportedWeight(merged, at: position)
        }
    }
}
