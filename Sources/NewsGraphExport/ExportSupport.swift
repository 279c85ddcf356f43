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
        switch kind {
        case .person: hexes[0]
        case .organization: hexes[1]
        case .country: hexes[2]
        case .location: hexes[3]
        case .facility: hexes[4]
        }
    }

    /// ``hex(_:)`` of each kind, in the order of `hex`'s switch, made once.
    private static let hexes: [String] = [EntityKind.person, .organization, .country, .location, .facility].map { kind in
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
    /// `value` to hundredths.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// The factor that takes the drawing's median edge length (between distinct placed
    /// ends; else the bounding box's side over the square root of the node count) to
    /// `edgeLength` output units: what the DOT and yEd writers multiply positions by.
    static func drawingScale(_ drawing: GraphDrawing, order: GraphOrder, edgeLength: Double) -> Double {
        var lengths: [Double] = []
        lengths.reserveCapacity(order.sorted.count)
        for slot in order.sorted where slot.source != slot.target {
            guard let a = drawing[order.entities[Int(slot.source)].id], let b = drawing[order.entities[Int(slot.target)].id]
            else { continue }
            let length = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
            if length > 0 { lengths.append(length) }
        }
        var typical: Double
        if lengths.isEmpty {
            guard let bounds = drawing.bounds else { return 1 }
            typical = max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) / Double(drawing.placements.count).squareRoot()
        } else {
            lengths.sort()
            typical = lengths[lengths.count / 2]
        }
        return typical > 0 ? edgeLength / typical : 1
    }

    /// A double as XSD, GEXF and Python read it: shortest round-trip form, `NaN`, `INF`, `-INF`.
    static func double(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }

    /// ``double(_:)-(Double)`` remembered for the last values written: a writer prints the
    /// same few confidences over and over, and formatting a double costs more than escaping
    /// the sentence beside it.
    struct DoubleCache {
        private static let size = 64
        // Every slot starts out holding 0.0 and its text.
        private var values = [UInt64](repeating: 0, count: size)
        private var texts = [String](repeating: Format.double(0.0), count: size)

        /// `Format.double(value)`.
        mutating func text(_ value: Double) -> String {
            let bits = value.bitPattern
            let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 58)
            if values[slot] != bits {
                values[slot] = bits
                texts[slot] = Format.double(value)
            }
            return texts[slot]
        }
    }

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

    /// Appends spans as `doc:start-end` separated by spaces; the document id is
    /// percent-encoded (every byte outside `A–Z a–z 0–9 - . _ ~`).
    static func spans<Spans: Sequence<TextSpan>>(_ spans: Spans, into value: inout ByteWriter) {
        for (index, span) in spans.enumerated() {
            if index > 0 { value.byte(UInt8(ascii: " ")) }
            value.percentEncoded(span.documentID, keeping: unreserved)
            value.byte(UInt8(ascii: ":"))
            value.integer(span.start)
            value.byte(UInt8(ascii: "-"))
            value.integer(span.end)
        }
    }

    /// Parses ``spans(_:into:)``; malformed items are skipped.
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
        var bytes = ByteWriter(sink: nil)
        bytes.percentEncoded(text, keeping: keep)
        return bytes.withBytes { String(decoding: $0, as: UTF8.self) }
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

/// What the writers need of a relation, computed once per relation into storage that is
/// reused from one relation to the next (the model's accessors make a sorted array on every
/// call).
struct RelationFacts {
    /// The evidence in ``Evidence``'s order (by location: a relation holds one piece per location).
    private(set) var evidence: [Evidence] = []
    /// The documents of the evidence, in order, each once.
    private(set) var documents: [String] = []
    /// As ``Relation/confidence``: the highest, 0 without evidence.
    private(set) var confidence: Double = 0
    /// Whether some evidence names a role (then ``Relation/role`` is the relation's role).
    private(set) var hasRole = false
    /// As ``Relation/isDirected``.
    private(set) var isDirected = true
    /// As ``Relation/importedWeight``.
    private(set) var importedWeight: Double?

    /// Facts about no relation yet; see ``load(_:)``.
    init() {}

    /// Replaces the facts with those of `relations[index]`.
    mutating func load(_ relations: RelationTable, _ index: Int) {
        evidence.removeAll(keepingCapacity: true)
        // Read in place from the table's columns.
        relations.forEachEvidence(at: index) { evidence.append($0) }
        if evidence.count > 1 { evidence.sort { $0.location < $1.location } }
        // Sorted by location, document first: equal documents are adjacent.
        documents.removeAll(keepingCapacity: true)
        var confidence = -Double.infinity
        var hasRole = false
        for item in evidence {
            if documents.last != item.documentID { documents.append(item.documentID) }
            confidence = max(confidence, item.confidence)
            if item.role != nil { hasRole = true }
        }
        self.confidence = evidence.isEmpty ? 0 : confidence
        self.hasRole = hasRole
        isDirected = relations.isDirected(at: index)
        importedWeight = relations.importedWeight(at: index)
    }

    /// Writes ``Relation/weight`` as a double: the evidence count, or the imported weight.
    func weight(into value: inout ByteWriter) {
        value.reset()
        if let importedWeight {
            value.plain(Format.double(importedWeight))
        } else {
            value.countAsDouble(evidence.count)
        }
    }

    /// Makes room for a relation with `count` pieces of evidence.
    @inline(__always)
    mutating func expect(_ count: Int) {
        if count > evidence.capacity { evidence.reserveCapacity(count) }
    }

    /// How many sentences are shown with `maxEvidence`.
    func shownCount(maxEvidence: Int?) -> Int {
        guard let maxEvidence else { return evidence.count }
        return min(evidence.count, max(maxEvidence, 0))
    }

    /// Calls `write` with the sentences shown, bounded by `maxEvidence`, joined by newlines
    /// (as UTF-8; put together in `scratch` when there are several), unless none is shown.
    func evidenceText(
        maxEvidence: Int?, scratch: inout ByteWriter, _ write: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let shown = shownCount(maxEvidence: maxEvidence)
        if shown == 1 {
            var sentence = evidence[0].sentence
            try sentence.withUTF8(write)
        } else if shown > 1 {
            scratch.reset()
            for index in 0..<shown {
                if index > 0 { scratch.byte(UInt8(ascii: "\n")) }
                scratch.plain(evidence[index].sentence)
            }
            try scratch.withBytes(write)
        }
    }

    /// Calls `write` with the documents joined by `|` (as UTF-8; put together in `scratch`
    /// when there are several), unless there are none.
    func documentList(scratch: inout ByteWriter, _ write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        if documents.count == 1 {
            var document = documents[0]
            try document.withUTF8(write)
        } else if documents.count > 1 {
            scratch.reset()
            for (index, document) in documents.enumerated() {
                if index > 0 { scratch.byte(UInt8(ascii: "|")) }
                scratch.plain(document)
            }
            try scratch.withBytes(write)
        }
    }

    /// Appends the spans of the evidence, as ``Format/spans(_:into:)`` writes them.
    func spans(into value: inout ByteWriter) {
        Format.spans(evidence.lazy.map(\.location), into: &value)
    }
}

/// What the writers of this module add to ``GraphOrder``: opening an edge and reading ahead.
extension GraphOrder {
    /// Opens the `<edge id="e…" source="n…" target="n…"` of the `index`th relation in `xml`
    /// (the start tag stays open for more attributes) and loads its facts.
    /// - Returns: The relation's slot and predicate.
    func startEdge(_ index: Int, in xml: some XMLOutput, facts: inout RelationFacts) throws -> (Slot, Predicate) {
        let slot = sorted[index]
        try xml.startElement("edge")
        try xml.attribute("id", prefix: "e", number: index)
        try xml.attribute("source", prefix: "n", number: Int(slot.source))
        try xml.attribute("target", prefix: "n", number: Int(slot.target))
        facts.load(relations, Int(slot.index))
        if index & 15 == 0, index + 16 < sorted.count { readAhead((index + 16)..<min(index + 32, sorted.count), &facts) }
        return (slot, predicates[Int(predicateNumber(slot))])
    }

    /// Reads, with plain reads, what writing the edges `ahead` will need of their relations:
    /// the evidence's count, its first entry's key and the ends of its sentence. A relation,
    /// its evidence and its sentence sit at random places on the heap; read one edge at a
    /// time, each read is a cache miss that stalls the writer, while read for 16 edges in a
    /// short loop of independent reads their misses overlap. (At 1M nodes / 5M edges this
    /// took GraphML from 9.4 to 5.6 s on one thread.) Nothing is retained: a retain is an
    /// atomic update, which would wait for its cache line.
    private func readAhead(_ ahead: Range<Int>, _ facts: inout RelationFacts) {
        var most = 0
        for next in ahead { most = max(most, relations.evidenceCount(at: Int(sorted[next].index))) }
        facts.expect(most)
        var touched = 0
        for next in ahead {
            guard let first = relations.anyEvidence(at: Int(sorted[next].index)) else { continue }
            touched &+= first.start
            touched &+= first.sentence.utf8.withContiguousStorageIfAvailable { Int($0.first ?? 0) &+ Int($0.last ?? 0) } ?? 0
        }
        Self.keep(touched)
    }

    /// Keeps reads that only bring cache lines in from being optimized away.
    @inline(never) private static func keep(_: Int) {}
}
