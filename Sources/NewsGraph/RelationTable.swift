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
public struct RelationTable: RandomAccessCollection, Equatable, Sendable {
    /// The relations, in the order they were first added.
    public private(set) var values: [Relation] = []
    /// Each relation's place in ``values``.
    private var positions: [RelationKey: Int] = [:]

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
        guard let position = positions[key] else { return nil }
        return values[position]
    }

    /// The relations' keys, in the order of ``values``.
    public var keys: LazyMapSequence<[Relation], RelationKey> { values.lazy.map(\.key) }

    /// The place of the relation with this key in ``values``.
    public func position(of key: RelationKey) -> Int? { positions[key] }

    /// Adds a relation, merging its evidence into an existing one with the same key.
    mutating func add(_ relation: Relation) {
        let key = relation.key
        if let position = positions[key] {
            values[position].merge(relation)
        } else {
            positions[key] = values.count
            values.append(relation)
        }
    }

    /// Sets the imported weight of the relation at `position`; see ``Relation/importedWeight``.
    mutating func setImportedWeight(_ weight: Double?, at position: Int) {
        values[position].setImportedWeight(weight)
    }

    /// Same relations, in any order.
    public static func == (lhs: RelationTable, rhs: RelationTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for relation in lhs.values {
            guard let position = rhs.positions[relation.key], rhs.values[position] == relation else { return false }
        }
        return true
    }
}
