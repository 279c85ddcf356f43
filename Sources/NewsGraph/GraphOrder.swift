/// The order in which every writer visits a graph, computed without copying or comparing more
/// than needed: the entities sorted by id, and the relations sorted by (source, predicate,
/// target) — the order of ``KnowledgeGraph/sortedEntities`` and
/// ``KnowledgeGraph/sortedRelations`` — compared as integers (each end's place among the
/// sorted entities, the predicate's place among the sorted predicate names).
///
/// The relations are read in place, in memory order, for their ends and predicates (nothing
/// is copied out of them); each distinct end id is looked up once in the entity table's index,
/// in batches (``EntityTable/positions(_:_:_:)``), and the relations are counted out by source
/// in place. Nothing is copied: the sorted
/// entities are read in place from the graph's table (``SortedEntities``). At 1M entities and 5M
/// relations this takes about a second and 4% of the graph's memory, where
/// ``KnowledgeGraph/sortedRelations`` copies every relation. Every writer, the JSON one
/// included, writes in this order.
public struct GraphOrder: Sendable {
    /// The entities sorted by id, read in place from the graph.
    public let entities: SortedEntities
    /// The relations, as the graph holds them (``Slot/index`` indexes them).
    public let relations: RelationTable
    /// The relations in order.
    public let sorted: [Slot]
    /// The predicates of the relations (``predicateNumber(_:)`` indexes them).
    public let predicates: [Predicate]
    /// Per predicate record of the relation table, its place in ``predicates`` (-1: no relation has it).
    private let predicateOfRecord: [Int32]
    /// Each predicate's name's place among the sorted names (``predicates`` indexes it): what
    /// the relations of one source are sorted by before their target (``rank(_:)``).
    public let ranks: [Int32]
    /// Whether some entity, or some relation, has free-form attributes.
    public let entitiesHaveAttributes: Bool, relationsHaveAttributes: Bool
    /// Whether the relations are all directed, all undirected, or both.
    public let directedness: Directedness

    /// One relation: its ends as node indexes in ``entities`` and where the rest is (plain
    /// integers, so sorting moves little; 12 bytes, 120 MB at the peak of `merge` of two 1M/5M
    /// files, where a slot that held its predicate too was 16 and one with the predicate's rank
    /// 20). Its predicate is read from the relation table by ``predicateNumber(_:)``.
    public struct Slot: Sendable {
        public var source: Int32
        public var target: Int32
        /// The relation's place in ``relations``.
        public var index: Int32
    }

    /// The predicate of `slot`'s relation, in ``predicates`` (its name's place among the names: ``rank(_:)``).
    @inline(__always) public func predicateNumber(_ slot: Slot) -> Int32 {
        predicateOfRecord[relations.predicateRecordNumber(at: Int(slot.index))]
    }

    /// The place of `slot`'s predicate's name among the sorted names.
    @inline(__always) public func rank(_ slot: Slot) -> Int32 { ranks[Int(predicateNumber(slot))] }

    /// The relations in order, each read from ``relations`` as it comes (no copy of them all).
    public var sortedRelations: LazyMapSequence<[Slot], Relation> {
        sorted.lazy.map { [relations] in relations[Int($0.index)] }
    }

    /// The order of `graph`.
    /// - Throws: ``NewsGraphError`` `.invalidGraph` when a relation's end is not an entity,
    ///   as ``KnowledgeGraph/requireNoDanglingRelations()`` does.
    public init(_ graph: KnowledgeGraph) throws {
        entities = SortedEntities(graph)
        let relations = graph.relations
        self.relations = relations
        // A graph of few relations among many entities (a text of names only: 64 relations
        // among 700k entities) finds its relations' ends by binary search in the sorted
        // entities; any other looks each distinct end id (the relation table numbers them) up
        // once in the entity table's index, a batch at a time, each entity's place there
        // mapped to its place among the sorted entities (4 bytes an entity, where a table of
        // every id was 37 MB at the peak of writing 700k entities). Either way an end is
        // numbered by its place among the sorted entities.
        let searched = 2 * relations.count * (Int.bitWidth - entities.count.leadingZeroBitCount + 1) <= entities.count
        var endPlaces: [Int32] = []
        if !searched {
            var sortedPlace = [Int32](repeating: -1, count: entities.count)
            for position in entities.indices { sortedPlace[entities.tablePosition(at: position)] = Int32(truncatingIfNeeded: position) }
            let endIDs = relations.endIDs
            endPlaces = [Int32](repeating: -1, count: endIDs.count)
            var start = 0
            while start < endIDs.count {
                let count = min(WordTable.batchSize, endIDs.count - start)
                entities.table.positions(count, { endIDs[start + $0] }) { offset, place in
                    if let place { endPlaces[start + offset] = sortedPlace[place] }
                }
                start += count
            }
        }
        let entitiesHaveAttributes = graph.entities.someHaveAttributes
        var predicates: [Predicate] = []
        var predicateNames = WordTable(capacity: 64)
        var recordsByName: [[Int32]] = []
        // Per predicate (as `predicates`), its name's number.
        var nameOfPredicate: [Int32] = []
        // Per predicate record of the table: its name's number and its place in `predicates` (-1: not met yet).
        var orderOfRecord: [(name: Int32, predicate: Int32)] = []
        var slots: [Slot] = []
        slots.reserveCapacity(relations.count)
        let relationsHaveAttributes = relations.someHaveAttributes
        var directedCount = 0
        var dangling = false
        // Each relation's fields are read where the graph holds them, in memory order (a copy
        // of a relation would retain its evidence, an atomic update of a cache line that is
        // cold in a large graph); their ends are numbers of end ids, placed above.
        let batch = WordTable.batchSize / 2
        var ends = [Int32](repeating: -1, count: 2 * batch)
        batches: for start in stride(from: 0, to: relations.count, by: batch) {
            let count = min(batch, relations.count - start)
            if searched {
                for i in 0..<2 * count {
                    let end = i & 1 == 0 ? relations.source(at: start + i >> 1) : relations.target(at: start + i >> 1)
                    ends[i] = Self.place(of: end, in: entities) ?? -1
                }
            } else {
                for i in 0..<count {
                    ends[2 * i] = endPlaces[relations.sourceNumber(at: start + i)]
                    ends[2 * i + 1] = endPlaces[relations.targetNumber(at: start + i)]
                }
            }
            for offset in 0..<count {
                let index = start + offset
                let source = ends[2 * offset], target = ends[2 * offset + 1]
                guard source >= 0, target >= 0 else {
                    dangling = true
                    break batches
                }
                // Each of the table's predicate records is matched once: by name (a byte-hash
                // number), then among the few records under that name (relations may carry
                // different records under one name, a CAMEO code or not, each written as it is).
                let record = relations.predicateRecordNumber(at: index)
                if record >= orderOfRecord.count {
                    orderOfRecord.append(contentsOf: repeatElement((name: Int32(-1), predicate: Int32(-1)), count: record + 1 - orderOfRecord.count))
                }
                if orderOfRecord[record].predicate < 0 {
                    let relationPredicate = relations.predicateRecords[record]
                    let name = predicateNames.insert(relationPredicate.name)
                    if name == recordsByName.count { recordsByName.append([]) }
                    var predicate = Int32(-1)
                    for candidate in recordsByName[Int(name)] where Self.same(predicates[Int(candidate)], relationPredicate) {
                        predicate = candidate
                        break
                    }
                    if predicate < 0 {
                        predicate = Int32(predicates.count)
                        predicates.append(relationPredicate)
                        nameOfPredicate.append(name)
                        recordsByName[Int(name)].append(predicate)
                    }
                    orderOfRecord[record] = (name, predicate)
                }
                if relations.isDirected(at: index) { directedCount += 1 }
                slots.append(Slot(source: source, target: target, index: Int32(index)))
            }
        }
        if dangling {
            try graph.requireNoDanglingRelations()
            // The entity table's index and its ids disagree: refuse rather than
            // write a graph without some of its relations.
            throw NewsGraphError(.invalidGraph, "an entity id could not be matched to its entity; please report this graph")
        }
        // Ranks: each name's place in sorted order, given to each predicate of that name.
        var rankOfName = [Int32](repeating: 0, count: predicateNames.count)
        for (rank, name) in predicateNames.words.indices.sorted(by: { predicateNames.words[$0] < predicateNames.words[$1] })
            .enumerated()
        {
            rankOfName[name] = Int32(rank)
        }
        let ranks = nameOfPredicate.map { rankOfName[Int($0)] }
        let predicateOfRecord = orderOfRecord.map(\.predicate)
        Self.sortByKey(&slots, entities: entities.count) { index in
            ranks[Int(predicateOfRecord[relations.predicateRecordNumber(at: Int(index))])]
        }
        sorted = slots
        self.predicates = predicates
        self.predicateOfRecord = predicateOfRecord
        self.ranks = ranks
        self.entitiesHaveAttributes = entitiesHaveAttributes
        self.relationsHaveAttributes = relationsHaveAttributes
        directedness = Directedness(directed: directedCount, undirected: relations.count - directedCount)
    }

    /// The place of the entity of id `id` among `entities` (sorted by id), if there is one.
    private static func place(of id: String, in entities: SortedEntities) -> Int32? {
        var low = 0
        var high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities.id(at: mid) < id { low = mid + 1 } else { high = mid }
        }
        return low < entities.count && entities.id(at: low) == id ? Int32(truncatingIfNeeded: low) : nil
    }

    /// `slots` sorted by (source, rank of the predicate's name, target), which is unique per relation: counted out by
    /// source and moved into place where they are (each slot swapped straight to its source's
    /// next free place, as an American flag sort does), then each source's few relations
    /// sorted by rank and target. At millions of relations this is several times faster than
    /// a comparison sort, and it takes no second array of slots (0.1 GB at 5M relations, at the
    /// peak of writing a large graph).
    private static func sortByKey(_ slots: inout [Slot], entities: Int, rank: (Int32) -> Int32) {
        guard !slots.isEmpty else { return }
        // (32-bit counts: slots are numbered by `Int32` already.)
        var next = [Int32](repeating: 0, count: entities + 1)
        for slot in slots { next[Int(slot.source) + 1] += 1 }
        for node in 0..<entities { next[node + 1] += next[node] }
        let starts = next
        slots.withUnsafeMutableBufferPointer { slots in
            next.withUnsafeMutableBufferPointer { next in
                for node in 0..<entities {
                    let end = starts[node + 1]
                    while next[node] < end {
                        // The slot at the bucket's first free place goes to its own bucket, the
                        // one found there goes on, until one of this bucket's comes back.
                        var slot = slots[Int(next[node])]
                        while Int(slot.source) != node {
                            let place = Int(next[Int(slot.source)])
                            next[Int(slot.source)] += 1
                            swap(&slot, &slots[place])
                        }
                        slots[Int(next[node])] = slot
                        next[node] += 1
                    }
                }
            }
        }
        // Each source's slots sorted by (rank, target), packed in one word read once per slot
        // (the predicate is the relation table's, read by the slot's index).
        var keyed: [(key: UInt64, slot: Slot)] = []
        for node in 0..<entities where starts[node + 1] - starts[node] > 1 {
            let bucket = Int(starts[node])..<Int(starts[node + 1])
            keyed.removeAll(keepingCapacity: true)
            for place in bucket {
                let slot = slots[place]
                keyed.append((UInt64(UInt32(bitPattern: rank(slot.index))) << 32 | UInt64(UInt32(bitPattern: slot.target)), slot))
            }
            keyed.sort { $0.key < $1.key }
            for (offset, item) in keyed.enumerated() { slots[bucket.lowerBound + offset] = item.slot }
        }
    }

    /// Whether two predicate records write the same (``Predicate``'s `==` compares names only).
    static func same(_ a: Predicate, _ b: Predicate) -> Bool {
        a.name == b.name && a.cameo == b.cameo && a.isSymmetric == b.isSymmetric
    }
}

/// A graph's entities sorted by id (the order of ``KnowledgeGraph/sortedEntities``), read in place
/// from the graph's ``EntityTable`` through each one's place there (4 bytes an entity, where a
/// sorted copy of the entities was a sixth of the peak of writing a graph of 700k entities, issue 14).
public struct SortedEntities: RandomAccessCollection, Sendable {
    /// The graph's entities.
    public let table: EntityTable
    private let order: [Int32]

    /// The entities of `graph`, sorted by id.
    public init(_ graph: KnowledgeGraph) {
        table = graph.entities
        order = table.sortedPositions()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    /// The entity at `position`.
    public subscript(position: Int) -> Entity { table[Int(order[position])] }

    /// The id of the entity at `position` (the entity itself is not made).
    public func id(at position: Int) -> String { table.id(at: Int(order[position])) }

    /// The entity's place in the graph's table.
    public func tablePosition(at position: Int) -> Int { Int(order[position]) }
}

/// Whether a graph's relations are all directed, all undirected, or both; decides how a
/// writer declares the graph (a directed or an undirected graph, or a directed one whose
/// undirected edges say so one by one).
public enum Directedness: Sendable {
    /// Every relation is directed (or there is none).
    case directed
    /// Every relation is undirected, and there is at least one.
    case undirected
    /// Some relations are directed and some are not.
    case mixed

    /// The directedness of a graph with this many directed and undirected relations.
    public init(directed: Int, undirected: Int) {
        self = undirected == 0 ? .directed : directed == 0 ? .undirected : .mixed
    }
}

extension KnowledgeGraph {
    /// Whether the relations are all directed, all undirected, or both.
    public var directedness: Directedness {
        let directed = relations.indices.lazy.filter { relations.isDirected(at: $0) }.count
        return Directedness(directed: directed, undirected: relations.count - directed)
    }

    /// Throws when a relation's end is not an entity of the graph, since no format but the
    /// lossless JSON can draw an edge to a node that is not there.
    /// - Throws: ``NewsGraphError`` `.invalidGraph`, naming the first such relation in
    ///   ``sortedRelations`` order and its missing end.
    public func requireNoDanglingRelations() throws {
        var first: RelationKey?
        for key in relations.keys where !entities.contains(id: key.source) || !entities.contains(id: key.target) {
            if first == nil || key < first! { first = key }
        }
        guard let first else { return }
        let missing = !entities.contains(id: first.source) ? first.source : first.target
        throw NewsGraphError(
            .invalidGraph,
            "relation \(first.source) \(first.predicate) \(first.target) refers to a missing entity '\(missing)'")
    }
}
