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

    /// The name, snake_case ASCII (`demanded_withdrawal_of`); also the GraphML edge label
    /// and the local name of the RDF property.
    public let name: String
    /// The family.
    public let category: Category
    /// Whether `a p b` means the same as `b p a` (`met_with`, `fought`).
    public let isSymmetric: Bool
    /// The CAMEO root code (two digits) for events, where one fits.
    public let cameo: String?
    /// The most specific CAMEO code that fits the predicate in general (`190`, `1056`).
    public let cameoCode: String?
    /// One sentence saying what the predicate means, with an example.
    public let definition: String

    /// Creates a predicate.
    public init(
        name: String, category: Category, isSymmetric: Bool = false, cameo: String? = nil, cameoCode: String? = nil,
        definition: String
    ) {
        self.name = name
        self.category = category
        self.isSymmetric = isSymmetric
        self.cameo = cameo
        self.cameoCode = cameoCode ?? cameo
        self.definition = definition
    }

    /// Equality by name.
    public static func == (lhs: Predicate, rhs: Predicate) -> Bool { lhs.name == rhs.name }
    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
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
