/// A typed relation between two entities: `attacked`, `leads`, `met_with`.
///
/// Predicates are values, not a closed enum: the built-in vocabulary is
/// ``Predicate/builtIn`` (the list in DESIGN.md), and a user lexicon can add its own.
/// Two predicates are equal when their names are equal.
public struct Predicate: Hashable, Comparable, CustomStringConvertible, Sendable {
    /// What family a predicate belongs to.
    public enum Category: String, CaseIterable, Sendable {
        /// Something an actor did to another at a point in time (carries a CAMEO code).
        case event
        /// Who said what to whom, or who reported it.
        case attribution
        /// A lasting tie: leadership, membership, support, location.
        case structural
        /// Derived from counting, not from a stated fact (co-occurrence).
        case statistical
    }

    /// The fields, in one shared object: a ``Relation`` holds one reference to its predicate
    /// instead of four strings, so copying or moving a relation retains one object, not
    /// four, and each relation is 64 bytes smaller (the built-in predicates and each reader's
    /// predicates are made once and shared by every relation that uses them).
    private final class Storage: Sendable {
        let name: String
        let category: Category
        let isSymmetric: Bool
        let cameo: String?
        let cameoCode: String?
        let definition: String
        /// The name's part of a ``RelationTable`` key hash, computed once.
        let keyHash: UInt32

        init(name: String, category: Category, isSymmetric: Bool, cameo: String?, cameoCode: String?, definition: String) {
            self.name = name
            keyHash = RelationTable.part(name)
            self.category = category
            self.isSymmetric = isSymmetric
            self.cameo = cameo
            self.cameoCode = cameoCode
            self.definition = definition
        }
    }

    private let storage: Storage

    /// The name, snake_case ASCII (`demanded_withdrawal_of`); also the GraphML edge label
    /// and the local name of the RDF property.
    public var name: String { storage.name }
    /// The family.
    public var category: Category { storage.category }
    /// Whether `a p b` means the same as `b p a` (`met_with`, `fought`).
    public var isSymmetric: Bool { storage.isSymmetric }
    /// The CAMEO root code (two digits) for events, where one fits.
    public var cameo: String? { storage.cameo }
    /// The most specific CAMEO code that fits the predicate in general (`190`, `1056`).
    public var cameoCode: String? { storage.cameoCode }
    /// One sentence saying what the predicate means, with an example.
    public var definition: String { storage.definition }
    /// The name's part of a ``RelationTable`` key hash.
    var keyHash: UInt32 { storage.keyHash }
    /// The shared storage's identity: equal identities, equal predicates.
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// Creates a predicate.
    public init(
        name: String, category: Category, isSymmetric: Bool = false, cameo: String? = nil, cameoCode: String? = nil,
        definition: String
    ) {
        storage = Storage(
            name: name, category: category, isSymmetric: isSymmetric, cameo: cameo, cameoCode: cameoCode ?? cameo,
            definition: definition)
    }

    /// Equality by name. (Names that differ mostly differ in their key hashes, compared first: the rules
    /// ask `predicate == .accused` and the like of every relation they draw.)
    public static func == (lhs: Predicate, rhs: Predicate) -> Bool {
        lhs.storage === rhs.storage || (lhs.keyHash == rhs.keyHash && lhs.name == rhs.name)
    }
    /// Hashes the name, by its key hash computed once (equal names, equal key hashes): a `Set` or
    /// `Dictionary` of predicates hashes four bytes, not the name's.
    public func hash(into hasher: inout Hasher) { hasher.combine(keyHash) }
    /// Orders by name.
    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.name < rhs.name }
    /// The name.
    public var description: String { name }

    /// Whether `name` is usable as a predicate name: non-empty snake_case ASCII starting
    /// with a letter, so it is a valid XML NCName, GraphML NMTOKEN and RDF local name.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_")
        }
    }

    /// The built-in predicate with this name, if there is one.
    public static func named(_ name: String) -> Predicate? { builtInByName[name] }

    private static let builtInByName: [String: Predicate] = Dictionary(
        uniqueKeysWithValues: builtIn.map { ($0.name, $0) })
}
