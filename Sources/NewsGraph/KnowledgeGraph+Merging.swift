extension KnowledgeGraph {
    /// Merges another graph into this one.
    ///
    /// Entities merge by id (aliases and mentions united), relations by
    /// (source, predicate, target) with every piece of evidence kept, documents by id.
    /// Merging is associative, commutative and idempotent: `a ∪ (b ∪ c) == (a ∪ b) ∪ c`,
    /// `a ∪ b == b ∪ a`, `a ∪ a == a`.
    /// - Complexity: O(*m*) for a graph `other` of *m* entities, relations and evidence.
    public mutating func merge(_ other: KnowledgeGraph) {
        // Into an empty graph the merge is the other graph itself, shared rather than rebuilt:
        // the first document's graph merged into a corpus's empty one held every entity table
        // twice, and doubled it as it grew (issue 14: a third of the peak of a text of names).
        if isEmpty {
            self = other
            return
        }
        for entity in other.entities.values { add(entity) }
        for relation in other.relations.values { add(relation) }
        for document in other.documents.values { add(document) }
    }

    /// The merge of this graph and another; see ``merge(_:)``.
    public func merging(_ other: KnowledgeGraph) -> KnowledgeGraph {
        var result = self
        result.merge(other)
        return result
    }

    /// The merge of many graphs, in any order.
    public static func merged<S: Sequence>(_ graphs: S) -> KnowledgeGraph where S.Element == KnowledgeGraph {
        var result = KnowledgeGraph()
        for graph in graphs { result.merge(graph) }
        return result
    }
}
