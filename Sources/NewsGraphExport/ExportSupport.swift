import NewsGraph
import NewsGraphXML

/// How each entity kind is drawn, the same in every format.
enum KindStyle {
    /// Red, green, blue (0–255).
    static func rgb(_ kind: EntityKind) -> (r: Int, g: Int, b: Int) {
        switch kind {
        case .person: (0x4E, 0x79, 0xA7)  // blue
        case .organization: (0xF2, 0x8E, 0x2B)  // orange
        case .country: (0x59, 0xA1, 0x4F)  // green
        case .location: (0x76, 0xB7, 0xB2)  // teal
        case .facility: (0xB0, 0x7A, 0xA1)  // purple
        }
    }

    /// `#RRGGBB`.
    static func hex(_ kind: EntityKind) -> String {
        let (r, g, b) = rgb(kind)
        return "#" + hexByte(r) + hexByte(g) + hexByte(b)
    }

    private static func hexByte(_ value: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[(value >> 4) & 0xF], digits[value & 0xF]])
    }

    /// The Graphviz shape.
    static func dotShape(_ kind: EntityKind) -> StaticString {
        switch kind {
        case .person: "ellipse"
        case .organization: "box"
        case .country: "hexagon"
        case .location: "octagon"
        case .facility: "house"
        }
    }

    /// The yEd `y:Shape` type.
    static func yedShape(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "ellipse"
        case .organization: "roundrectangle"
        case .country: "hexagon"
        case .location: "octagon"
        case .facility: "trapezoid"
        }
    }

    /// Node size from the number of mentions: 10 for none, growing with the square root.
    static func size(mentions: Int) -> Double {
        (10 + 4 * Double(mentions).squareRoot() * 10).rounded() / 10
    }
}

/// Number and list formatting shared by the writers.
enum Format {
    /// A double as XSD, GEXF and Python read it: shortest round-trip form, `NaN`, `INF`, `-INF`.
    static func double(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }

    /// An integer count as a double (`3.0`).
    static func double(_ value: Int) -> String { Double(value).description }

    /// The aliases as written: sorted, without those that are empty once characters XML
    /// forbids are removed (they would read back as no alias at all).
    static func aliases(_ entity: Entity) -> [String] {
        entity.sortedAliases.filter { !XMLText.sanitized($0).isEmpty }
    }

    /// The evidence sentences a relation shows, bounded by `maxEvidence`.
    static func shownEvidence(_ relation: Relation, maxEvidence: Int?) -> [Evidence] {
        let all = relation.evidence
        guard let limit = maxEvidence, limit < all.count else { return all }
        return Array(all.prefix(max(limit, 0)))
    }

    /// Spans as `doc:start-end` separated by spaces; the document id is percent-encoded
    /// (every byte outside `A–Z a–z 0–9 - . _ ~`).
    static func spans<S: Sequence>(_ items: S) -> String where S.Element == (String, Int, Int) {
        var out = ""
        for (document, start, end) in items {
            if !out.isEmpty { out += " " }
            out += percentEncoded(document, keeping: unreserved)
            out += ":\(start)-\(end)"
        }
        return out
    }

    /// Parses ``spans(_:)``; malformed items are skipped.
    static func parseSpans(_ text: String) -> [(String, Int, Int)] {
        var result: [(String, Int, Int)] = []
        for item in GraphMLReader.split(text, at: " ") where !item.isEmpty {
            guard let colon = item.lastIndex(of: ":") else { continue }
            let range = item[item.index(after: colon)...].split(separator: "-", omittingEmptySubsequences: false)
            guard range.count == 2, let start = Int(range[0]), let end = Int(range[1]), start >= 0, end >= start
            else { continue }
            result.append((percentDecoded(String(item[..<colon])), start, end))
        }
        return result
    }

    /// RFC 3986 unreserved characters.
    static func unreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// `text` with every UTF-8 byte for which `keep` is false written as `%XX`.
    static func percentEncoded(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes `%XX` sequences; anything malformed is kept as it is.
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let input = Array(text.utf8)
        var bytes: [UInt8] = []
        var index = 0
        func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
                let high = nibble(input[index + 1]), let low = nibble(input[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What the writers need of a relation, computed once (the model's accessors sort the
/// evidence on every call).
struct RelationFacts {
    let evidence: [Evidence]
    let documents: [String]
    let confidence: Double
    let role: String?

    init(_ relation: Relation) {
        evidence = relation.evidence
        // Evidence is sorted by location, document first: equal documents are adjacent.
        var documents: [String] = []
        var confidence = -Double.infinity
        for item in evidence {
            if documents.last != item.documentID { documents.append(item.documentID) }
            confidence = max(confidence, item.confidence)
        }
        self.documents = documents
        // As Relation.confidence: the highest, 0 without evidence.
        self.confidence = evidence.isEmpty ? 0 : confidence
        role = relation.role
    }

    /// The sentences shown, bounded by `maxEvidence`, joined by newlines.
    func evidenceText(maxEvidence: Int?) -> String {
        var text = ""
        for (index, item) in evidence.enumerated() {
            if let maxEvidence, index >= maxEvidence { break }
            if index > 0 { text += "\n" }
            text += item.sentence
        }
        return text
    }

    /// The spans of the evidence, as ``Format/spans(_:)`` writes them.
    var spans: String { Format.spans(evidence.lazy.map { ($0.documentID, $0.start, $0.end) }) }
}

/// Checks a writer makes before writing anything.
enum GraphCheck {
    /// Throws when a relation's end is not an entity of the graph, since no format can
    /// draw an edge to a node that is not there.
    static func requireNoDanglingRelations(_ graph: KnowledgeGraph) throws {
        var first: RelationKey?
        for key in graph.relations.keys where graph.entities[key.source] == nil || graph.entities[key.target] == nil {
            if first == nil || key < first! { first = key }
        }
        guard let first else { return }
        let missing = graph.entities[first.source] == nil ? first.source : first.target
        throw NewsGraphError(
            .invalidGraph,
            "relation \(first.source) \(first.predicate) \(first.target) refers to a missing entity '\(missing)'")
    }

    /// The node id (`n0`, `n1`, …) of each entity, in sorted entity order.
    static func nodeIDs(_ entities: [Entity]) -> [String: String] {
        var ids: [String: String] = [:]
        ids.reserveCapacity(entities.count)
        for (index, entity) in entities.enumerated() { ids[entity.id] = "n\(index)" }
        return ids
    }
}
