/// World places that only give a kind to a name no other rule knows (`Knowledge/SOURCES.md`):
/// GeoNames cities of 15,000 people or more and ISO 3166-2 subdivisions, each with its
/// country. Parsed from ``BuiltInLexicon/placeTable`` on first use, once per process.
///
/// A place here never starts, ends or splits a name (the gazetteer actors do that); it only
/// says that a capitalized name which is exactly a place's name ("Debaltseve",
/// "Mississippi") is a ``EntityKind/location``.
struct PlaceTable: Sendable {
    /// One place.
    struct Place: Sendable, Hashable {
        /// A first-level subdivision (state, province, region), not a city.
        var isSubdivision: Bool
        /// The name is also a common English word in WordNet ("Split", "Buffalo"): a capital
        /// letter at the start of a sentence says nothing about it.
        var isCommonWord: Bool
        /// The canonical name of the country it lies in.
        var country: String
    }

    /// Places by ``key(_:)`` of their name.
    let places: [String: Place]

    /// The built-in table.
    static let builtIn = PlaceTable(table: BuiltInLexicon.placeTable, codes: BuiltInLexicon.countryCodes)

    /// The look-up key of a name: lower case, periods removed, curly apostrophes straight.
    static func key(_ name: Substring) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(name.utf8.count)
        for scalar in name.lowercased().unicodeScalars where scalar != "." {
            result.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return result
    }

    /// Parses `name<TAB>c|s|C|S<TAB>code` lines; `codes` maps ISO 3166-1 codes to country names.
    init(table: String, codes: String) {
        var countries: [Substring: String] = [:]
        for line in codes.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 2 { countries[fields[0]] = String(fields[1]) }
        }
        var places: [String: Place] = [:]
        places.reserveCapacity(50_000)
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let country = countries[fields[2]] else { continue }
            let kind = fields[1]
            places[Self.key(fields[0])] = Place(
                isSubdivision: kind == "s" || kind == "S", isCommonWord: kind == "C" || kind == "S", country: country)
        }
        self.places = places
    }

    /// The place named exactly `name` (any case, periods ignored), if any.
    func place(named name: String) -> Place? { places[Self.key(Substring(name))] }
}
