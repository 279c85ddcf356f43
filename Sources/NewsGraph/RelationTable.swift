/// The relations of a graph: one per ``RelationKey``, held in one contiguous array in the
/// order they were first added, with an index by key.
///
/// It reads like the dictionary it replaces (`relations[key]`, `.keys`, `.values`,
/// `.count`), and iterates its relations in the order they were first added. The array
/// is what makes a large graph fast to write: a writer reads each relation's fields where
/// they are, in memory order, instead of copying relations out of a hash table (at five
/// million relations, the copies' reference counting alone was a fifth of the GraphML
/// writing time). Equality ignores the order: two tables are equal when they hold the same
/// relations.
///
/// The index is an open-addressing table of 8-byte slots (a 32-bit hash of the key and the
/// position), hashed with ``WordTable``'s byte hash where the ids allow it (seeded, so no
/// file can make its keys collide): no ``RelationKey`` is built to add a relation, a table
/// grows without rehashing a string, and at five million relations the
/// index takes 64 MB instead of the 448 MB of a `[RelationKey: Int]`.
public struct RelationTable: RandomAccessCollection, Equatable, Sendable {
    /// The relations, in the order they were first added.
    public private(set) var values: [Relation] = []
    /// Per slot, the key's hash in the high 32 bits and the position + 1 in the low 32 (0: empty).
    private var slots: [UInt64] = []
    private var mask = -1
    /// The last source added and its part of the key hash: a reader adds the relations of one
    /// source one after the other, so most sources are not hashed again.
    private var lastSource = ""
    private var lastSourceHash = RelationTable.emptyPart

    /// An empty table.
    public init() {}

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// The relation at `position` in ``values``.
    public subscript(position: Int) -> Relation { values[position] }

    /// The relation with this key, if there is one.
    public subscript(key: RelationKey) -> Relation? {
        guard let position = position(of: key) else { return nil }
        return values[position]
    }

    /// The relations' keys, in the order of ``values``.
    public var keys: LazyMapSequence<[Relation], RelationKey> { values.lazy.map(\.key) }

    /// The place of the relation with this key in ``values``.
    public func position(of key: RelationKey) -> Int? {
        position(source: key.source, predicate: key.predicate, target: key.target)
    }

    /// The place of the relation (source, predicate, target) in ``values``.
    func position(source: String, predicate: String, target: String) -> Int? {
        if mask < 0 && !values.isEmpty {
            // The index was let go (``dropIndex()``): found by reading the relations.
            return values.firstIndex { $0.source == source && $0.target == target && $0.predicate.name == predicate }
        }
        return probe(source, predicate, target, Self.hash(source, predicate, target)).position
    }

    /// Lets the index by key go (a writer reads ``values`` alone): at 10M relations of a `merge`
    /// it is 134 MB held while the graph is written. The table still finds a relation by key
    /// (by reading every relation) and adds one (after building the index again).
    package mutating func dropIndex() {
        slots = []
        mask = -1
    }

    /// Makes room for `count` relations in all, so that adding them grows nothing.
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        // (After ``dropIndex()`` the index is built again first: growing the empty one would
        // leave an index that knows none of the relations.)
        if mask < 0, !values.isEmpty { reindex() }
        if count * 10 > slots.count * 7 { rebuild(capacity: Swift.max(count, values.count)) }
    }

    /// Makes room in ``values`` alone for `count` relations in all (the key index grows as it
    /// fills): room never written to is address space, not memory.
    mutating func reserveValues(_ count: Int) {
        if count > values.capacity { values.reserveCapacity(count) }
    }

    /// How many relations ``values`` holds before it must move.
    var valuesCapacity: Int { values.capacity }

    /// Adds a relation, merging its evidence into an existing one with the same key.
    mutating func add(_ relation: consuming Relation) {
        _ = insert(relation)
    }

    /// Adds a relation as ``add(_:)`` does, and gives its place in ``values``.
    @discardableResult
    mutating func insert(_ relation: consuming Relation) -> Int {
        if mask < 0 { reindex() }
        if relation.source != lastSource {
            lastSource = relation.source
            lastSourceHash = Self.part(relation.source)
        }
        let hash = Self.combine(lastSourceHash, relation.predicate.keyHash, Self.part(relation.target))
        let (found, slot) = probe(relation.source, relation.predicate.name, relation.target, hash)
        if let found {
            values[found].merge(relation)
            return found
        }
        let position = values.count
        values.append(relation)
        slots[slot] = UInt64(hash) << 32 | UInt64(position + 1)
        if values.count * 10 > slots.count * 7 { rebuild(capacity: values.count) }
        return position
    }

    /// Sets the imported weight of the relation at `position`; see ``Relation/importedWeight``.
    /// Starts loading the slot where inserting this relation's key begins (see
    /// ``prefetch(_:)``): a reader that knows the key some time before it inserts the relation.
    func prefetch(source: String, predicate: Predicate, target: String) {
        guard mask >= 0 else { return }
        let hash = Self.combine(source == lastSource ? lastSourceHash : Self.part(source), predicate.keyHash, Self.part(target))
        slots.withUnsafeBufferPointer { NewsGraph.prefetch($0.baseAddress! + (Int(hash) & mask)) }
    }

    mutating func setImportedWeight(_ weight: Double?, at position: Int) {
        values[position].setImportedWeight(weight)
    }

    /// Where the key is: its position, or the empty slot it would take.
    @inline(__always)
    private func probe(_ source: String, _ predicate: String, _ target: String, _ hash: UInt32) -> (
        position: Int?, slot: Int
    ) {
        guard mask >= 0 else { return (nil, 0) }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return (nil, slot) }
                if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                    let position = Int(entry & 0xFFFF_FFFF) - 1
                    if values[position].source == source && values[position].target == target
                        && values[position].predicate.name == predicate
                    {
                        return (position, slot)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of every relation in ``values``, built anew (after ``dropIndex()``, or the first one).
    private mutating func reindex() {
        slots = []
        mask = -1
        rebuild(capacity: Swift.max(8, values.count))
        for position in values.indices {
            let relation = values[position]
            let hash = Self.hash(relation.source, relation.predicate.name, relation.target)
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(hash) << 32 | UInt64(position + 1)
        }
    }

    /// A table of at least 16 slots, under 70 % full with `capacity` keys, holding the keys it held.
    private mutating func rebuild(capacity: Int) {
        var size = 16
        while capacity * 10 > size * 7 { size <<= 1 }
        var new = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & newMask
            while new[slot] != 0 { slot = (slot + 1) & newMask }
            new[slot] = entry
        }
        slots = new
        mask = newMask
    }

    /// A key's hash, equal for keys that are equal as Swift strings are: each id through
    /// ``WordTable``'s byte hash (ASCII, or canonically equivalent to ASCII), else the
    /// standard library's hash of the string (which normalizes it).
    @inline(__always) static func hash(_ source: String, _ predicate: String, _ target: String) -> UInt32 {
        combine(part(source), part(predicate), part(target))
    }

    @inline(__always) private static func combine(_ source: UInt32, _ predicate: UInt32, _ target: UInt32) -> UInt32 {
        var h = UInt64(source)
        h = (h &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(predicate)
        h = (h &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(target)
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }

    private static let emptyPart = part("")

    /// One id's part of a key hash (a predicate keeps its name's: ``Predicate/keyHash``).
    @inline(__always) static func part(_ id: String) -> UInt32 {
        if let hash = WordTable.hash(id) { return hash }
        if let hash = WordTable.asciiFormHash(id) { return hash }
        return UInt32(truncatingIfNeeded: id.hashValue)
    }

    /// Same relations, in any order.
    /// How many relations have each predicate, by predicate name. Relations share their
    /// predicate's storage (built-in ones, and a reader's one per name): counted by that
    /// storage's identity through a small table, each name's counts added up at the end, so
    /// no name is hashed per relation.
    public var countsByPredicate: [String: Int] {
        var identities: [ObjectIdentifier] = []
        var counts: [(predicate: Predicate, count: Int)] = []
        var byIdentity: [ObjectIdentifier: Int] = [:]
        var last = -1
        values.withUnsafeBufferPointer { relations in
            for index in relations.indices {
                let identity = relations[index].predicate.identity
                if last >= 0 && identities[last] == identity {
                    counts[last].count += 1
                    continue
                }
                if identities.count <= 64 {
                    last = identities.firstIndex(of: identity) ?? -1
                } else {
                    last = byIdentity[identity] ?? -1
                }
                if last < 0 {
                    last = identities.count
                    identities.append(identity)
                    counts.append((relations[index].predicate, 0))
                    byIdentity[identity] = last
                }
                counts[last].count += 1
            }
        }
        var result: [String: Int] = [:]
        for (predicate, count) in counts { result[predicate.name, default: 0] += count }
        return result
    }

    public static func == (lhs: RelationTable, rhs: RelationTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for relation in lhs.values {
            guard let position = rhs.position(source: relation.source, predicate: relation.predicate.name, target: relation.target),
                rhs.values[position] == relation
            else { return false }
        }
        return true
    }
}
