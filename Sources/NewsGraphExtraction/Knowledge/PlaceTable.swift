/// World places that only give a kind to a name no other rule knows (`Knowledge/SOURCES.md`):
/// GeoNames cities of 15,000 people or more, ISO 3166-2 subdivisions and WordNet's named places
/// (rivers, seas, islands, mountains, regions, cities), each with its country where it has one. Read from ``BuiltInLexicon/placeTable`` on first use, once per process: its lines
/// are sorted by key, so the table is searched in place (one pass to find the lines, then a
/// binary search per look-up) instead of being parsed into a dictionary at start-up.
///
/// A place here never starts or splits a name (the gazetteer actors do that); it says that a
/// capitalized name which is exactly a place's name ("Debaltseve", "Mississippi") is a
/// ``EntityKind/location``, and it only lengthens a name in three cases: across a known place
/// that ends it ("Upper Nile"), across a lower-case particle inside it ("Rio Grande do Sul"),
/// and before an office, where it is the office's place, not its portfolio ("Tamil Nadu Chief
/// Minister").
struct PlaceTable: Sendable {
    /// One place.
    struct Place: Sendable, Hashable {
        /// A first-level subdivision (state, province, region), not a city.
        var isSubdivision: Bool
        /// The name is also a common English word in WordNet ("Split", "Buffalo"): a capital
        /// letter at the start of a sentence says nothing about it.
        var isCommonWord: Bool
        /// The canonical name of the country it lies in; empty for a WordNet place that lies in
        /// none or several ("Mekong", "Sicily").
        var country: String
    }

    /// The table (for the built-in one, the literal in the binary, read in place: a copy of its
    /// bytes was ~0.95 MiB of every process's heap) and where each line starts (one more
    /// entry: the end).
    private let text: String
    private let lineStarts: [Int32]
    private let countries: [UInt16: String]

    /// The built-in table.
    static let builtIn = PlaceTable(table: BuiltInLexicon.placeTable, codes: BuiltInLexicon.countryCodes)

    /// The number of places.
    var count: Int { lineStarts.count - 1 }

    /// The look-up key of a name: lower case, periods removed, curly apostrophes (’ and ‘) straight.
    static func key(_ name: some StringProtocol) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in name.utf8 where byte != UInt8(ascii: ".") {
                result.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
            return result
        }
        for scalar in name.lowercased().unicodeScalars where scalar != "." {
            result.append(contentsOf: String(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar).utf8)
        }
        return result
    }

    /// Reads `key<TAB>c|s|C|S<TAB>code` lines sorted by key bytes; `codes` maps ISO 3166-1
    /// codes to country names.
    init(table: String, codes: String) {
        var countries: [UInt16: String] = [:]
        for line in codes.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 2, let code = Self.code(Array(fields[0].utf8)) { countries[code] = String(fields[1]) }
        }
        self.countries = countries
        var text = table
        text.makeContiguousUTF8()
        self.text = text
        var starts: [Int32] = [0]
        starts.reserveCapacity(50_000)
        text.withUTF8 { bytes in
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(Int32(offset + 1)) }
            if let last = starts.last, Int(last) < bytes.count { starts.append(Int32(bytes.count + 1)) }
        }
        lineStarts = starts
    }

    /// The table's bytes, in place (`init` made them contiguous).
    @inline(__always) private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func code(_ letters: some Collection<UInt8>) -> UInt16? {
        guard letters.count == 2, let first = letters.first, let second = letters.dropFirst().first else { return nil }
        return UInt16(first) << 8 | UInt16(second)
    }

    /// Compares line `index`'s key with `key`.
    private func compare(line index: Int, with key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var p = Int(lineStarts[index])
        var k = 0
        while true {
            let byte = bytes[p]
            let lineEnded = byte == UInt8(ascii: "\t")
            if k == key.count { return lineEnded ? 0 : 1 }
            if lineEnded { return -1 }
            if byte != key[k] { return byte < key[k] ? -1 : 1 }
            p += 1
            k += 1
        }
    }

    /// Whether some place's key starts with `prefix` (in lower case).
    func hasName(startingWith prefix: String) -> Bool {
        let key = Array(prefix.utf8)
        return withBytes { bytes in
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                if compare(line: middle, with: key, in: bytes) < 0 { low = middle + 1 } else { high = middle }
            }
            guard low < count else { return false }
            let start = Int(lineStarts[low])
            return start + key.count <= bytes.count && bytes[start..<(start + key.count)].elementsEqual(key)
        }
    }

    /// The place named exactly `name` (any case, periods ignored), if any.
    func place(named name: some StringProtocol) -> Place? {
        let key = Self.key(name)
        guard !key.isEmpty else { return nil }
        return withBytes { bytes in
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                let order = compare(line: middle, with: key, in: bytes)
                if order == 0 {
                    // After the key and its tab: the kind letter, a tab, the two-letter code.
                    let p = Int(lineStarts[middle]) + key.count + 1
                    let kind = bytes[p]
                    guard let code = Self.code(bytes[(p + 2)..<(p + 4)]), let country = countries[code] else { return nil }
                    return Place(
                        isSubdivision: kind == UInt8(ascii: "s") || kind == UInt8(ascii: "S"),
                        isCommonWord: kind == UInt8(ascii: "C") || kind == UInt8(ascii: "S"), country: country)
                }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }
}
