/// The kind of actor an ``Entity`` is.
///
/// The order of the cases is the order used whenever two kinds must be reconciled
/// deterministically (see ``KnowledgeGraph/merge(_:)``): a person outranks an
/// organization, which outranks a country, and so on.
public enum EntityKind: String, CaseIterable, Comparable, Codable, Hashable, Sendable {
    /// A named human being: "Mark Esper".
    case person = "Person"
    /// Government agencies, armed groups, companies, media: "Quds Force", "NBC News".
    case organization = "Organization"
    /// A state: "Iran", "United States".
    case country = "Country"
    /// Cities, regions, seas: "Baghdad", "Middle East".
    case location = "Location"
    /// Buildings, bases, airports, embassies: "Baghdad International Airport".
    case facility = "Facility"

    /// Orders kinds by declaration order.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .person: 0
        case .organization: 1
        case .country: 2
        case .location: 3
        case .facility: 4
        }
    }

    /// Parses a kind name case-insensitively ("person", "Person", "PERSON").
    public init?(name: String) {
        // As written (what every writer writes): no lowercasing, once per node read.
        if let kind = EntityKind(rawValue: name) {
            self = kind
            return
        }
        let lowered = name.lowercased()
        guard let kind = EntityKind.allCases.first(where: { $0.rawValue.lowercased() == lowered }) else {
            return nil
        }
        self = kind
    }
}
