/// The sentence behind a relation, and how sure the rule that read it was.
public struct Evidence: Hashable, Comparable, Sendable {
    /// Where a piece of evidence sits: the span of one sentence of one document.
    public typealias Location = TextSpan

    /// The document and span of the sentence.
    public var location: Location
    /// The sentence text, as it stands in the document.
    public var sentence: String
    /// How sure the rule is, 0–1; hedges ("reportedly", "could") lower it.
    public var confidence: Double
    /// The name of the rule that produced the relation, for `--explain`.
    public var rule: String?
    /// The office the relation was read from ("Secretary of Defense"), if any.
    public var role: String?

    /// Creates a piece of evidence.
    public init(
        documentID: String, sentence: String, start: Int, end: Int, confidence: Double = 1, rule: String? = nil,
        role: String? = nil
    ) {
        self.location = Location(documentID: documentID, start: start, end: end)
        self.sentence = sentence
        self.confidence = confidence
        self.rule = rule
        self.role = role
    }

    /// The document id.
    public var documentID: String { location.documentID }
    /// The sentence's start offset.
    public var start: Int { location.start }
    /// The sentence's end offset.
    public var end: Int { location.end }

    /// A total order: location first, then confidence, rule, role and text.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.confidence != rhs.confidence { return lhs.confidence < rhs.confidence }
        if lhs.rule != rhs.rule { return (lhs.rule ?? "") < (rhs.rule ?? "") }
        if lhs.role != rhs.role { return (lhs.role ?? "") < (rhs.role ?? "") }
        return lhs.sentence < rhs.sentence
    }
}

/// The identity of a relation: one edge per (source, predicate, target).
public struct RelationKey: Hashable, Comparable, Sendable {
    /// The source entity's id.
    public var source: String
    /// The predicate's name.
    public var predicate: String
    /// The target entity's id.
    public var target: String

    /// Creates a key.
    public init(source: String, predicate: String, target: String) {
        self.source = source
        self.predicate = predicate
        self.target = target
    }

    /// Orders by source, predicate, target.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.source, lhs.predicate, lhs.target) < (rhs.source, rhs.predicate, rhs.target)
    }
}

/// A typed assertion between two entities, with every sentence that states it.
///
/// A relation is directed (source → target) unless it is undirected: every relation of a
/// symmetric predicate (`met_with`, `fought`), and a relation read from another tool's
/// undirected edge (a NetworkX `Graph`, GraphML `edgedefault="undirected"`). The two ends
/// of an undirected relation are stored in id order, so `a met_with b` and `b met_with a`
/// are the same relation.
///
/// Its ``weight`` is the number of sentences that support it; a relation read without
/// evidence from another tool's file keeps the weight that file gave it
/// (``importedWeight``).
public struct Relation: Hashable, Sendable {
    /// The source entity's id (the agent or subject).
    public private(set) var source: String
    /// The target entity's id (the patient, object or container).
    public private(set) var target: String
    /// The predicate.
    public let predicate: Predicate
    /// The evidence, one entry per sentence location; see ``Relation/EvidenceStorage``.
    private(set) var storage: EvidenceStorage
    /// The evidence, one entry per sentence location.
    ///
    /// Made on each call; ``evidence``, ``evidenceCount`` and the other views read the
    /// relation's own storage without building a dictionary.
    public var evidenceByLocation: [Evidence.Location: Evidence] {
        switch storage {
        case .none: return [:]
        case .one(let item): return [item.location: item]
        case .many(let items): return items
        case .sorted(let items): return EvidenceStorage.byLocation(items)
        }
    }
    // (The flag sits in the byte after the evidence storage's tag, and the imported weight is
    // 8 bytes with no tag of its own: 152 bytes a relation instead of 168, 80 MB at 5M relations.)
    /// Whether the relation goes one way, source → target. Always `false` for a symmetric
    /// predicate; `false` for an undirected edge read from another tool's file.
    public private(set) var isDirected: Bool
    /// Other facts about the relation that came with an input graph and have no field of
    /// their own; see ``Entity/attributes``.
    public var attributes: [String: String]
    /// ``importedWeight``'s bits; `Relation.noWeight` for `nil`.
    private(set) var importedWeightBits: UInt64
    /// The weight another tool's file gave the relation, kept while the relation has no
    /// evidence (once it has, ``weight`` counts sentences and this is `nil`).
    public private(set) var importedWeight: Double? {
        get { importedWeightBits == Self.noWeight ? nil : Double(bitPattern: importedWeightBits) }
        set {
            guard let newValue else {
                importedWeightBits = Self.noWeight
                return
            }
            importedWeightBits = Self.weightBits(newValue)
        }
    }
    /// The bits that stand for no imported weight: a quiet NaN with a payload no parser gives.
    static let noWeight: UInt64 = 0x7FF8_5EA7_0000_0001

    /// The bits an imported weight is stored as (``noWeight`` for `nil`).
    @inline(__always) static func weightBits(_ weight: Double?) -> UInt64 {
        guard let weight else { return noWeight }
        // A NaN of the sentinel's very bits (no reader makes one: they parse text) is kept as the plain NaN.
        return weight.bitPattern == noWeight ? Double.nan.bitPattern : weight.bitPattern
    }

    /// A relation from its stored fields (a ``RelationTable`` making one from its columns):
    /// the ends already in order, the storage already in its one form.
    init(
        source: String, target: String, predicate: Predicate, storage: EvidenceStorage, isDirected: Bool,
        attributes: [String: String], importedWeightBits: UInt64
    ) {
        self.source = source
        self.target = target
        self.predicate = predicate
        self.storage = storage
        self.isDirected = isDirected
        self.attributes = attributes
        self.importedWeightBits = importedWeightBits
    }

    /// Creates a relation with its evidence.
    ///
    /// - Parameters:
    ///   - directed: `false` for an undirected edge; a symmetric predicate is undirected
    ///     whatever this says.
    ///   - importedWeight: the weight another tool's file gave the edge; kept only while
    ///     the relation has no evidence.
    public init(
        source: String, predicate: Predicate, target: String, evidence: [Evidence] = [],
        attributes: [String: String] = [:], directed: Bool = true, importedWeight: Double? = nil
    ) {
        let directed = directed && !predicate.isSymmetric
        if !directed && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.predicate = predicate
        self.storage = .none
        self.isDirected = directed
        self.attributes = attributes
        self.importedWeightBits = Self.noWeight
        self.importedWeight = importedWeight
        if evidence.count == 1 {
            storage = .one(evidence[0])
        } else {
            for item in evidence { add(item) }
        }
        if evidenceCount > 0 { self.importedWeight = nil }
    }

    /// A relation of one piece of evidence (a reader's common case), as
    /// `Relation(source:predicate:target:evidence: [item], attributes:directed:)` makes it, without the array.
    init(source: String, predicate: Predicate, target: String, one item: Evidence, attributes: [String: String], directed: Bool) {
        let directed = directed && !predicate.isSymmetric
        if !directed && target < source {
            self.init(
                source: target, target: source, predicate: predicate, storage: .one(item), isDirected: false,
                attributes: attributes, importedWeightBits: Self.noWeight)
        } else {
            self.init(
                source: source, target: target, predicate: predicate, storage: .one(item), isDirected: directed,
                attributes: attributes, importedWeightBits: Self.noWeight)
        }
    }

    /// The relation's identity.
    public var key: RelationKey { RelationKey(source: source, predicate: predicate.name, target: target) }

    /// The evidence in sorted order.
    public var evidence: [Evidence] {
        switch storage {
        case .none: return []
        case .one(let item): return [item]
        case .many(let items): return items.values.sorted()
        case .sorted(let items): return items
        }
    }

    /// How many sentences support the relation.
    public var evidenceCount: Int {
        switch storage {
        case .none: return 0
        case .one: return 1
        case .many(let items): return items.count
        case .sorted(let items): return items.count
        }
    }

    /// The relation's weight: how many sentences support it; for a relation without
    /// evidence, the ``importedWeight`` if there is one, else 0.
    public var weight: Double {
        let count = evidenceCount
        return count == 0 ? (importedWeight ?? 0) : Double(count)
    }

    /// The highest confidence of any supporting sentence.
    public var confidence: Double {
        var most: Double?
        forEachEvidence { item in
            if let known = most {
                if known < item.confidence { most = item.confidence }
            } else {
                most = item.confidence
            }
        }
        return most ?? 0
    }

    /// The office the relation was read from: the most frequent role among the evidence,
    /// ties broken by the smaller string.
    public var role: String? {
        if case .one(let item) = storage { return item.role }
        var counts: [String: Int] = [:]
        forEachEvidence { if let role = $0.role { counts[role, default: 0] += 1 } }
        return counts.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
    }

    /// The documents the relation is stated in, sorted.
    public var documentIDs: [String] {
        if case .one(let item) = storage { return [item.documentID] }
        var documents = Set<String>()
        forEachEvidence { documents.insert($0.documentID) }
        return documents.sorted()
    }

    /// The rules that produced the relation, sorted.
    public var rules: [String] {
        var rules = Set<String>()
        forEachEvidence { if let rule = $0.rule { rules.insert(rule) } }
        return rules.sorted()
    }

    /// Calls `body` with each piece of evidence, in no particular order, without copying the
    /// evidence into an array.
    @inline(__always)
    package func forEachEvidence(_ body: (Evidence) throws -> Void) rethrows {
        switch storage {
        case .none: break
        case .one(let item): try body(item)
        case .many(let items): for item in items.values { try body(item) }
        case .sorted(let items): for item in items { try body(item) }
        }
    }

    /// The piece of evidence at `location`, if any: one lookup, whatever the evidence's count.
    package func evidence(at location: Evidence.Location) -> Evidence? {
        switch storage {
        case .none: return nil
        case .one(let item): return item.location == location ? item : nil
        case .many(let items): return items[location]
        case .sorted(let items):
            let index = items.partitionPoint { $0.location < location }
            return index < items.count && items[index].location == location ? items[index] : nil
        }
    }

    /// The first piece of evidence in storage order (any, for a writer's read-ahead), if any.
    package var anyEvidence: Evidence? {
        switch storage {
        case .none: return nil
        case .one(let item): return item
        case .many(let items): return items.first?.value
        case .sorted(let items): return items.first
        }
    }

    /// Adds a piece of evidence. Two pieces at the same location are reconciled by
    /// keeping the larger in ``Evidence``'s order, so adding is order-independent.
    public mutating func add(_ item: Evidence) {
        importedWeight = nil
        switch storage {
        case .none:
            storage = .one(item)
        case .one(let existing):
            if existing.location == item.location {
                if existing < item { storage = .one(item) }
            } else {
                storage = .many([existing.location: existing, item.location: item])
            }
        case .sorted:
            storage = .many(evidenceByLocation)
            add(item)
        case .many(var items):
            storage = .none  // the dictionary's only reference is now `items`: updated in place
            if let index = items.index(forKey: item.location) {
                if items.values[index] < item { items.values[index] = item }
            } else {
                items[item.location] = item
            }
            storage = .many(items)
        }
    }

    /// Combines two statements of the same relation.
    /// - Precondition: both have the same ``key``.
    public func merged(with other: Relation) -> Relation {
        var result = self
        result.merge(other)
        return result
    }

    /// Sets the imported weight (a reader summing a file's parallel edges); ignored once the
    /// relation has evidence, as everywhere else.
    mutating func setImportedWeight(_ weight: Double?) {
        if evidenceCount == 0 { importedWeight = weight }
    }

    /// Merges another statement of the same relation into this one, in place.
    ///
    /// Each part merges by a rule that is associative, commutative and idempotent:
    /// evidence united by location, attributes united (the larger value on a conflict),
    /// undirected if either is (an undirected edge also goes source → target), the larger
    /// imported weight while there is no evidence.
    /// - Precondition: both have the same ``key``.
    public mutating func merge(_ other: Relation) {
        precondition(key == other.key, "merging different relations")
        other.forEachEvidence { add($0) }
        mergeAttributes(&attributes, other.attributes)
        isDirected = isDirected && other.isDirected
        if evidenceCount == 0, let imported = other.importedWeight {
            importedWeight = max(importedWeight ?? imported, imported)
        }
    }
}

extension Relation {
    /// Equal when every field is (the imported weights compared as `Double?`, as before they
    /// were stored as bits).
    public static func == (lhs: Relation, rhs: Relation) -> Bool {
        lhs.source == rhs.source && lhs.target == rhs.target && lhs.predicate == rhs.predicate
            && lhs.storage == rhs.storage && lhs.isDirected == rhs.isDirected && lhs.attributes == rhs.attributes
            && lhs.importedWeight == rhs.importedWeight
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(target)
        hasher.combine(predicate)
        hasher.combine(storage)
        hasher.combine(isDirected)
        hasher.combine(attributes)
        hasher.combine(importedWeight)
    }
}

extension Relation {
    /// A relation's evidence, one entry per location: inline while there is one piece (most
    /// relations: a reader's edge, an extracted relation stated once), so that such a relation
    /// costs no allocation and no hashing of its location; a dictionary by location from two
    /// on. Evidence is only ever added, so `.many` holds two or more and each set of evidence
    /// has one representation in each form.
    ///
    /// A relation made from a ``RelationTable``'s side evidence holds it `.sorted` instead: an
    /// array of two pieces or more in ``Evidence``'s order, one per location (56 bytes a piece
    /// in the table; a dictionary made for each relation read would take ~250, at the peak of
    /// writing a relation read from each of 250k sentences). Equality and hashing compare the
    /// sets, whichever form holds them.
    enum EvidenceStorage: Hashable, Sendable {
        case none
        case one(Evidence)
        case many([Evidence.Location: Evidence])
        case sorted([Evidence])

        static func == (lhs: EvidenceStorage, rhs: EvidenceStorage) -> Bool {
            switch (lhs, rhs) {
            case (.none, .none): return true
            case (.one(let a), .one(let b)): return a == b
            case (.many(let a), .many(let b)): return a == b
            case (.sorted(let a), .sorted(let b)): return a == b
            case (.many(let a), .sorted(let b)), (.sorted(let b), .many(let a)):
                return a.count == b.count && b.allSatisfy { a[$0.location] == $0 }
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case .none: hasher.combine(0)
            case .one(let item):
                hasher.combine(1)
                hasher.combine(item)
            case .many(let items):
                hasher.combine(2)
                hasher.combine(items)
            case .sorted(let items):
                hasher.combine(2)
                hasher.combine(Self.byLocation(items))
            }
        }

        /// Sorted pieces as `.many` keeps them (one per location), for the hash and the reader that asks by location.
        static func byLocation(_ items: [Evidence]) -> [Evidence.Location: Evidence] {
            Dictionary(items.map { ($0.location, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
