/// The relations of a graph: one per ``RelationKey``, stored by column in the order they were
/// first added, with an index by key.
///
/// It reads like the dictionary it replaces (`relations[key]`, `.keys`, `.values`,
/// `.count`), and iterates its relations in the order they were first added; a ``Relation``
/// is made when one is asked for. Equality ignores the order: two tables are equal when they
/// hold the same relations.
///
/// The relations are held by column (issue 15: a `Relation` value was 152 bytes, and 5M of
/// them were more than the 5M sentences they cite): each end as the number of its id
/// (``InternedStrings``, by exact bytes), the predicate as the number of its record, a flag
/// byte (directed, how the evidence is held), and the one piece of evidence most relations
/// have as its own columns — the document's number, the span in 32 bits, the sentence's
/// string, the confidence's number among the distinct confidences, the rule's and the
/// role's numbers (16 bits each). Evidence that does not fit (two pieces or more, a span,
/// confidence, rule or role out of range) is held on the side (``SideEvidence``: 56 bytes a
/// piece, its ids and labels by number, where a dictionary by location took ~250). Imported weights and
/// attributes take a column only once some relation has one. About 47 bytes a relation, where
/// the value was 152.
///
/// Writers read a relation's fields by position (``source(at:)``, ``forEachEvidence(at:_:)``
/// …) without making the relation.
///
/// The index is an open-addressing table of 4-byte slots (the position in 24 bits and 8 bits
/// of the key's hash above them while the table has at most 2^24 slots, else the position
/// alone; 8-byte slots of hash and position were 134 MB at the peak of `merge` of two 1M/5M
/// files), hashed with ``WordTable``'s byte hash where the ids allow it (seeded, so no
/// file can make its keys collide): each id's hash is computed once, when the id is first
/// numbered, and a table that grows hashes its keys again from those numbers' hashes.
public struct RelationTable: RandomAccessCollection, Equatable, Sendable {
    // The relations' columns (equal counts).
    private var sources: [UInt32] = []
    private var targets: [UInt32] = []
    private var predicateNumbers: [UInt32] = []
    /// Bit 0: directed; bits 1–2: the evidence's form (``EvidenceForm``).
    private var flags: [UInt8] = []
    /// The document's number (one piece inline), or the place in ``side`` (side evidence).
    private var documentNumbers: [UInt32] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var sentences: [String] = []
    private var confidenceNumbers: [UInt16] = []
    /// The rule's and the role's number + 1 in ``labels`` (0: none); a piece of evidence whose
    /// rule or role is numbered 65,534 or more is held on the side.
    private var ruleNumbers: [UInt16] = []
    private var roleNumbers: [UInt16] = []
    /// Each relation's imported weight's bits (``Relation/noWeight``: none); empty while no
    /// relation has one.
    private var weights: [UInt64] = []
    /// Each relation's attributes; empty while no relation has any.
    private var attributeColumn: [[String: String]] = []

    /// Evidence that does not fit the columns, one ``SideEvidence`` per relation that has some.
    private var side: [SideEvidence] = []

    /// Entity ids, document ids, rules and roles, and confidences' bits, numbered.
    private var ids = InternedStrings()
    private var documents = InternedStrings()
    /// Per number in ``documents``, whether the document id is ASCII (``sameDocument(_:_:number:)``).
    private var documentIsASCII: [Bool] = []
    private var labels = InternedStrings()
    private var confidences: [UInt64] = []
    private var confidenceIndex: [UInt64: UInt16] = [:]
    /// The last confidence numbered (most relations of a file share one or a few).
    private var lastConfidence: (bits: UInt64, number: UInt16)?
    /// Recently numbered document ids by their representation (``DocumentCache``).
    private var documentCache = DocumentCache()

    /// The predicate records (one per distinct record object), the number of each one's name,
    /// and the records by identity.
    private var predicates: [Predicate] = []
    private var predicateNames: [UInt32] = []
    private var predicateByIdentity: [ObjectIdentifier: UInt32] = [:]
    private var nameNumbers: [String: UInt32] = [:]
    private var lastPredicate: (identity: ObjectIdentifier?, number: UInt32) = (nil, 0)

    /// Per slot, the relation's position + 1 in the low 24 bits (0: empty) and the top 8 bits of
    /// the key's hash above them, or, in a table of more than 2^24 slots, the position + 1 alone
    /// (``tagged``).
    private var slots: [UInt32] = []
    private var mask = -1
    private var tagged = true
    /// The most slots a table with tagged slots has (2^24; tests lower it to try the untagged layout).
    var maxTaggedSlots = 1 << 24
    /// The last source added and its number: a reader adds the relations of one source one
    /// after the other, so most sources are not hashed again.
    private var lastSource: (id: String, number: UInt32, part: UInt32)?
    /// The target of the last relation inserted, and its number (a reader that keeps each node's
    /// number reads it here: ``lastEnds``).
    private var lastTarget: (id: String, number: UInt32)?

    /// The ends of the last relation inserted, each with its number among the relation ends
    /// (``KnownEnds``: a reader that keeps them numbers each end once).
    package var lastEnds: (source: (id: String, number: UInt32)?, target: (id: String, number: UInt32)?) {
        (lastSource.map { ($0.id, $0.number) }, lastTarget)
    }

    /// End ids whose numbers a reader knows (from ``lastEnds`` of earlier inserts, in this
    /// table): ``insert(_:targetHash:known:)`` takes an end's number from here instead of
    /// looking its id up (a cache miss in a table of every end id, at 1M ids). An id is matched
    /// by its very representation (`String`'s two words): the reader hands in the strings it
    /// reads ends from.
    package struct KnownEnds {
        var first: (id: String, number: UInt32)?
        var second: (id: String, number: UInt32)?

        package init(_ first: (id: String, number: UInt32)? = nil, _ second: (id: String, number: UInt32)? = nil) {
            self.first = first
            self.second = second
        }

        /// Whether two ids have the same UTF-8 (as the table numbers them).
        @inline(__always) package static func sameBytes(_ a: String, _ b: String) -> Bool {
            InternedStrings.sameBytes(a, b)
        }

        @inline(__always) func number(of id: String) -> UInt32? {
            if let first, InternedStrings.sameBytes(first.id, id) { return first.number }
            if let second, InternedStrings.sameBytes(second.id, id) { return second.number }
            return nil
        }
    }

    private enum EvidenceForm: UInt8 {
        case none = 0, inline = 2, side = 4
    }
    private static let formMask: UInt8 = 6

    /// An empty table.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { sources.count }
    public var count: Int { sources.count }
    public var isEmpty: Bool { sources.isEmpty }

    /// The relations, in the order they were first added (the table itself: each made when read).
    public var values: RelationTable { self }

    /// The relation at `position`, made from its columns.
    public subscript(position: Int) -> Relation {
        Relation(
            source: ids[sources[position]], target: ids[targets[position]],
            predicate: predicates[Int(predicateNumbers[position])], storage: storage(at: position),
            isDirected: flags[position] & 1 != 0,
            attributes: attributeColumn.isEmpty ? [:] : attributeColumn[position],
            importedWeightBits: weights.isEmpty ? Relation.noWeight : weights[position])
    }

    /// The relation with this key, if there is one.
    public subscript(key: RelationKey) -> Relation? {
        guard let position = position(of: key) else { return nil }
        return self[position]
    }

    /// The relations' keys, in the order of ``values``.
    public var keys: LazyMapSequence<RelationTable, RelationKey> {
        lazy.map { $0.key }
    }

    // MARK: Fields by position

    /// The source's id of the relation at `position`.
    public func source(at position: Int) -> String { ids[sources[position]] }
    /// The target's id of the relation at `position`.
    public func target(at position: Int) -> String { ids[targets[position]] }
    /// The predicate of the relation at `position`.
    public func predicate(at position: Int) -> Predicate { predicates[Int(predicateNumbers[position])] }
    /// Whether the relation at `position` is directed.
    public func isDirected(at position: Int) -> Bool { flags[position] & 1 != 0 }
    /// The attributes of the relation at `position`.
    public func attributes(at position: Int) -> [String: String] {
        attributeColumn.isEmpty ? [:] : attributeColumn[position]
    }
    /// Whether the relation at `position` has attributes.
    public func hasAttributes(at position: Int) -> Bool {
        !attributeColumn.isEmpty && !attributeColumn[position].isEmpty
    }
    /// Whether some relation has attributes.
    public var someHaveAttributes: Bool {
        attributeColumn.contains { !$0.isEmpty }
    }
    /// The imported weight of the relation at `position` (see ``Relation/importedWeight``).
    public func importedWeight(at position: Int) -> Double? {
        guard !weights.isEmpty, weights[position] != Relation.noWeight else { return nil }
        return Double(bitPattern: weights[position])
    }
    /// How many pieces of evidence the relation at `position` has.
    public func evidenceCount(at position: Int) -> Int {
        switch form(position) {
        case .none: return 0
        case .inline: return 1
        case .side: return side[Int(documentNumbers[position])].pieces.count
        }
    }
    /// The office of the relation at `position`, as ``Relation/role`` gives it.
    public func role(at position: Int) -> String? {
        if form(position) == .inline {
            let role = roleNumbers[position]
            return role == 0 ? nil : labels[UInt32(role) - 1]
        }
        return self[position].role
    }

    /// Calls `body` with each piece of evidence of the relation at `position`, in no particular order.
    @inline(__always)
    public func forEachEvidence(at position: Int, _ body: (Evidence) throws -> Void) rethrows {
        switch form(position) {
        case .none: break
        case .inline: try body(inlineEvidence(position))
        case .side: for piece in side[Int(documentNumbers[position])].pieces { try body(evidence(piece)) }
        }
    }

    /// The piece of evidence at `location` of the relation at `position`, if any.
    package func evidence(at position: Int, location: Evidence.Location) -> Evidence? {
        switch form(position) {
        case .none: return nil
        case .inline:
            guard starts[position] == location.start, ends[position] == location.end,
                documents[documentNumbers[position]] == location.documentID
            else { return nil }
            return inlineEvidence(position)
        case .side:
            let store = side[Int(documentNumbers[position])]
            return store.find(location.start, location.end) { documents[$0] == location.documentID }.map { evidence(store.pieces[$0]) }
        }
    }

    /// The start of the relation at `position`'s first piece of evidence in storage order,
    /// and that piece's sentence (for a writer's read-ahead), if it has evidence.
    package func anyEvidence(at position: Int) -> (start: Int, sentence: String)? {
        switch form(position) {
        case .none: return nil
        case .inline: return (Int(starts[position]), sentences[position])
        case .side:
            guard let first = side[Int(documentNumbers[position])].pieces.first else { return nil }
            return (first.start, first.sentence)
        }
    }

    @inline(__always) private func form(_ position: Int) -> EvidenceForm {
        EvidenceForm(rawValue: flags[position] & Self.formMask) ?? .none
    }

    @inline(__always) private func inlineEvidence(_ position: Int) -> Evidence {
        let rule = ruleNumbers[position], role = roleNumbers[position]
        return Evidence(
            documentID: documents[documentNumbers[position]], sentence: sentences[position],
            start: Int(starts[position]), end: Int(ends[position]),
            confidence: Double(bitPattern: confidences[Int(confidenceNumbers[position])]),
            rule: rule == 0 ? nil : labels[UInt32(rule) - 1], role: role == 0 ? nil : labels[UInt32(role) - 1])
    }

    private func storage(at position: Int) -> Relation.EvidenceStorage {
        switch form(position) {
        case .none: return .none
        case .inline: return .one(inlineEvidence(position))
        case .side:
            let pieces = side[Int(documentNumbers[position])].pieces
            if pieces.count == 1 { return .one(evidence(pieces[0])) }
            // (Pieces added sentence by sentence are in order already: then they are not sorted into a
            // second array beside the first, with the sort's buffer; 132 bytes a piece at the peak of
            // writing a relation read from each of 250k sentences of one document, issue 14. Sorting is
            // stable: a sequence in order is its own sorted copy.)
            let items = pieces.map { evidence($0) }
            return .sorted(zip(items, items.dropFirst()).contains { $1 < $0 } ? items.sorted() : items)
        }
    }

    // MARK: Finding

    /// The place of the relation with this key in ``values``.
    public func position(of key: RelationKey) -> Int? {
        position(source: key.source, predicate: key.predicate, target: key.target)
    }

    /// The place of the relation (source, predicate, target) in ``values``.
    func position(source: String, predicate: String, target: String) -> Int? {
        if mask < 0 {
            // The index was let go (``dropIndex()``), or there is nothing: found by reading the relations.
            return indices.first { self.source(at: $0) == source && self.target(at: $0) == target && self.predicate(at: $0).name == predicate }
        }
        let hash = Self.hash(source, predicate, target)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let (position, same) = Self.entry(entry, hash, tagged: tagged)
                if same {
                    if self.source(at: position) == source && self.target(at: position) == target
                        && self.predicate(at: position).name == predicate
                    {
                        return position
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    // MARK: Room

    /// Lets the index by key go (a writer reads the columns alone): at 10M relations of a
    /// `merge` it is 134 MB held while the graph is written. The table still finds a relation
    /// by key (by reading every relation) and adds one (after building the index again).
    package mutating func dropIndex() {
        slots = []
        mask = -1
        ids.dropIndex()
        documents.dropIndex()
        labels.dropIndex()
    }

    /// Makes room for `count` relations in all, so that adding them grows nothing.
    mutating func reserveCapacity(_ count: Int) {
        reserveValues(count)
        // (After ``dropIndex()`` the index is built again first: growing the empty one would
        // leave an index that knows none of the relations.)
        if mask < 0, !isEmpty { reindex() }
        if count * 10 > slots.count * 7 { rebuild(capacity: Swift.max(count, self.count)) }
    }

    /// Makes the key index large enough for `count` relations in all (built anew once now
    /// rather than each time it doubles; its slots are written, so this is memory: 4 bytes a slot).
    mutating func reserveIndex(_ count: Int) {
        if mask < 0 { return }
        if count * 10 > slots.count * 7 { rebuild(capacity: Swift.max(count, self.count)) }
    }

    /// Makes room in the columns alone for `count` relations in all (the key index grows as it
    /// fills): room never written to is address space, not memory.
    mutating func reserveValues(_ count: Int) {
        guard count > sources.capacity else { return }
        sources.reserveCapacity(count)
        targets.reserveCapacity(count)
        predicateNumbers.reserveCapacity(count)
        flags.reserveCapacity(count)
        documentNumbers.reserveCapacity(count)
        starts.reserveCapacity(count)
        ends.reserveCapacity(count)
        sentences.reserveCapacity(count)
        confidenceNumbers.reserveCapacity(count)
        ruleNumbers.reserveCapacity(count)
        roleNumbers.reserveCapacity(count)
        if !weights.isEmpty { weights.reserveCapacity(count) }
        if !attributeColumn.isEmpty { attributeColumn.reserveCapacity(count) }
    }

    /// How many relations the columns hold before one of them must move.
    var valuesCapacity: Int {
        Swift.min(
            sources.capacity, targets.capacity, predicateNumbers.capacity, flags.capacity, documentNumbers.capacity,
            starts.capacity, ends.capacity, sentences.capacity, confidenceNumbers.capacity, ruleNumbers.capacity,
            roleNumbers.capacity)
    }

    /// The bytes a relation takes in the columns every relation has (its ends, predicate,
    /// flags and one piece of evidence inline), for a reservation that must not exceed a
    /// file's size.
    static let bytesPerRelation =
        3 * MemoryLayout<UInt32>.stride + MemoryLayout<UInt8>.stride + 2 * MemoryLayout<Int32>.stride
        + MemoryLayout<String>.stride + 3 * MemoryLayout<UInt16>.stride + MemoryLayout<UInt32>.stride

    // MARK: Adding

    /// Adds a relation, merging its evidence into an existing one with the same key.
    mutating func add(_ relation: consuming Relation) {
        _ = insert(relation)
    }

    /// Adds a relation as ``add(_:)`` does; a new one gets room for `evidenceRoom` pieces of
    /// evidence in all, when that is more than one (a producer that knows how many it will add:
    /// grown by doubling, a relation's evidence held its old storage beside the new while it
    /// copied, a third of all the evidence of a document of 250k sentences that state one
    /// relation, at the peak of its extraction).
    mutating func add(_ relation: consuming Relation, evidenceRoom: Int) {
        let new = count
        let position = insert(relation)
        guard position == new, evidenceRoom > 1 else { return }
        switch form(position) {
        case .none:
            return
        case .inline:
            let item = inlineEvidence(position)
            flags[position] &= ~Self.formMask
            storeSide(CollectionOfOne(item), at: position, place: nil)
            side[Int(documentNumbers[position])].reserve(evidenceRoom)
        case .side:
            side[Int(documentNumbers[position])].reserve(evidenceRoom)
        }
    }

    /// Adds a relation as ``add(_:)`` does, and gives its place in ``values``.
    @discardableResult
    mutating func insert(
        _ relation: consuming Relation, targetHash: (id: String, hash: UInt32)? = nil, known: KnownEnds = KnownEnds()
    ) -> Int {
        if mask < 0 { reindex() }
        // Each end's hash part is computed (or the prefetch's), not read from `ids.hashes` by
        // number: a known end's number comes without a look-up, and reading its hash there
        // was the cache miss the look-up had been.
        let source: UInt32
        let sourcePart: UInt32
        if let last = lastSource, InternedStrings.sameBytes(last.id, relation.source) {
            source = last.number
            sourcePart = last.part
        } else {
            sourcePart = Self.part(relation.source)
            source = known.number(of: relation.source) ?? ids.number(relation.source, hash: sourcePart)
            lastSource = (relation.source, source, sourcePart)
        }
        let target: UInt32
        let targetPart: UInt32
        if let targetHash, InternedStrings.sameBytes(targetHash.id, relation.target) {
            targetPart = targetHash.hash
        } else {
            targetPart = Self.part(relation.target)
        }
        target = known.number(of: relation.target) ?? ids.number(relation.target, hash: targetPart)
        lastTarget = (relation.target, target)
        let predicate = predicateNumber(relation.predicate)
        let hash = Self.combine(sourcePart, relation.predicate.keyHash, targetPart)
        let (found, slot) = probe(source, predicateNames[Int(predicate)], target, hash)
        if let found {
            // The same piece of evidence again (a file merged with itself, or with one that
            // states the same sentences): nothing to change but, perhaps, the direction.
            if case .one(let item) = relation.storage, relation.attributes.isEmpty, form(found) == .inline,
                Int(starts[found]) == item.start, Int(ends[found]) == item.end,
                documents[documentNumbers[found]] == item.documentID, !(inlineEvidence(found) < item)
            {
                if !relation.isDirected { flags[found] &= ~1 }
                return found
            }
            if form(found) == .side {
                // Added in place: the side evidence is never made a dictionary.
                relation.forEachEvidence { addSide($0, at: Int(documentNumbers[found])) }
                if !relation.attributes.isEmpty {
                    if attributeColumn.isEmpty { attributeColumn = Array(repeating: [:], count: count) }
                    mergeAttributes(&attributeColumn[found], relation.attributes)
                }
                if !relation.isDirected { flags[found] &= ~1 }
                return found
            }
            var merged = self[found]
            merged.merge(relation)
            store(merged, at: found)
            return found
        }
        let position = count
        precondition(position < Int(UInt32.max) - 1, "too many relations")
        sources.append(source)
        targets.append(target)
        predicateNumbers.append(predicate)
        flags.append(relation.isDirected ? 1 : 0)
        documentNumbers.append(0)
        starts.append(0)
        ends.append(0)
        sentences.append("")
        confidenceNumbers.append(0)
        ruleNumbers.append(0)
        roleNumbers.append(0)
        if !weights.isEmpty { weights.append(Relation.noWeight) }
        if !attributeColumn.isEmpty { attributeColumn.append([:]) }
        store(relation, at: position)
        slots[slot] = Self.slot(position, hash, tagged: tagged)
        if count * 10 > slots.count * 7 { rebuild(capacity: count) }
        return position
    }

    /// Writes `relation`'s fields but its key into the columns at `position`.
    private mutating func store(_ relation: Relation, at position: Int) {
        // A relation's place in ``side``, once it has one, is kept (evidence is only ever added).
        let sidePlace = form(position) == .side ? Int(documentNumbers[position]) : nil
        flags[position] = relation.isDirected ? 1 : 0
        setWeightBits(relation.importedWeightBits, at: position)
        if !relation.attributes.isEmpty {
            if attributeColumn.isEmpty { attributeColumn = Array(repeating: [:], count: count) }
            attributeColumn[position] = relation.attributes
        } else if !attributeColumn.isEmpty {
            attributeColumn[position] = [:]
        }
        switch relation.storage {
        case .none:
            break
        case .one(let item):
            if let confidence = confidenceNumber(item.confidence), let start = Int32(exactly: item.start),
                let end = Int32(exactly: item.end), let rule = labelNumber(item.rule), let role = labelNumber(item.role)
            {
                flags[position] |= EvidenceForm.inline.rawValue
                documentNumbers[position] = documentNumber(item.documentID)
                starts[position] = start
                ends[position] = end
                sentences[position] = item.sentence
                confidenceNumbers[position] = confidence
                ruleNumbers[position] = rule
                roleNumbers[position] = role
            } else {
                storeSide(CollectionOfOne(item), at: position, place: sidePlace)
            }
        case .many(let items):
            storeSide(items.values, at: position, place: sidePlace)
        case .sorted(let items):
            storeSide(items, at: position, place: sidePlace)
        }
    }

    private mutating func storeSide<Items: Collection<Evidence>>(_ items: Items, at position: Int, place: Int?) {
        flags[position] |= EvidenceForm.side.rawValue
        if !sentences[position].isEmpty { sentences[position] = "" }
        ruleNumbers[position] = 0
        roleNumbers[position] = 0
        starts[position] = 0
        ends[position] = 0
        let place = place ?? side.count
        if place == side.count {
            precondition(side.count < Int(UInt32.max), "too many relations with several pieces of evidence")
            documentNumbers[position] = UInt32(side.count)
            side.append(SideEvidence())
        } else {
            side[place] = SideEvidence()
        }
        side[place].reserve(items.count)
        for item in items { addSide(item, at: place) }
    }

    /// Adds a piece of evidence to the side evidence at `place`: a piece at the same location
    /// is kept or replaced as ``Relation/add(_:)`` does (the larger in ``Evidence``'s order).
    private mutating func addSide(_ item: Evidence, at place: Int) {
        let piece = SideEvidence.Piece(
            sentence: item.sentence, start: item.start, end: item.end, confidence: item.confidence.bitPattern,
            document: documentNumber(item.documentID), rule: labelNumber32(item.rule), role: labelNumber32(item.role))
        if let index = side[place].find(item.start, item.end, { sameDocument($0, item.documentID, number: piece.document) }) {
            if evidence(side[place].pieces[index]) < item { side[place].pieces[index] = piece }
            return
        }
        side[place].append(piece)
    }

    /// Whether document number `other` is `id`, whose number is `number`: `documents[other] == id`
    /// without comparing the strings where the numbers tell (``documents`` numbers by exact bytes:
    /// one number is one id, and two ASCII ids of two numbers differ, as no ASCII string is
    /// canonically equivalent to another). A merge of the same texts in many documents compared
    /// the ids of every piece at a location (6 % of merging and writing the 3 MB real corpus).
    @inline(__always) private func sameDocument(_ other: UInt32, _ id: String, number: UInt32) -> Bool {
        if other == number { return true }
        if documentIsASCII[Int(other)] && documentIsASCII[Int(number)] { return false }
        return documents[other] == id
    }

    /// A piece of side evidence as ``Evidence``.
    @inline(__always) private func evidence(_ piece: SideEvidence.Piece) -> Evidence {
        Evidence(
            documentID: documents[piece.document], sentence: piece.sentence, start: piece.start, end: piece.end,
            confidence: Double(bitPattern: piece.confidence),
            rule: piece.rule == 0 ? nil : labels[piece.rule - 1], role: piece.role == 0 ? nil : labels[piece.role - 1])
    }

    /// A rule's or role's number + 1 in ``labels`` (0: none), in 32 bits.
    @inline(__always) private mutating func labelNumber32(_ label: String?) -> UInt32 {
        guard let label else { return 0 }
        return labels.number(label) + 1
    }

    private mutating func setWeightBits(_ bits: UInt64, at position: Int) {
        if weights.isEmpty {
            guard bits != Relation.noWeight else { return }
            weights = Array(repeating: Relation.noWeight, count: count)
            weights.reserveCapacity(sources.capacity)
        }
        weights[position] = bits
    }

    /// The number of a document id in ``documents``, through ``documentCache``.
    @inline(__always) private mutating func documentNumber(_ id: String) -> UInt32 {
        if let number = documentCache[id] { return number }
        let number = documents.number(id)
        if Int(number) == documentIsASCII.count { documentIsASCII.append(id.utf8.allSatisfy { $0 < 0x80 }) }
        documentCache[id] = number
        return number
    }

    private mutating func confidenceNumber(_ confidence: Double) -> UInt16? {
        let bits = confidence.bitPattern
        if let last = lastConfidence, last.bits == bits { return last.number }
        if let number = confidenceIndex[bits] {
            lastConfidence = (bits, number)
            return number
        }
        guard confidences.count <= Int(UInt16.max) else { return nil }
        let number = UInt16(confidences.count)
        confidences.append(bits)
        confidenceIndex[bits] = number
        return number
    }

    /// A rule's or role's number + 1 in ``labels`` (0: none), or `nil` past what a column's 16 bits hold.
    @inline(__always) private mutating func labelNumber(_ label: String?) -> UInt16? {
        guard let label else { return 0 }
        let number = labels.number(label)
        return number < UInt32(UInt16.max) - 1 ? UInt16(number + 1) : nil
    }

    /// The number of `predicate`'s record, added if new.
    @inline(__always)
    private mutating func predicateNumber(_ predicate: Predicate) -> UInt32 {
        let identity = predicate.identity
        if lastPredicate.identity == identity { return lastPredicate.number }
        let number: UInt32
        if let known = predicateByIdentity[identity] {
            number = known
        } else {
            number = UInt32(predicates.count)
            predicates.append(predicate)
            predicateByIdentity[identity] = number
            let names = UInt32(nameNumbers.count)
            let name = nameNumbers[predicate.name, default: names]
            if name == names { nameNumbers[predicate.name] = name }
            predicateNames.append(name)
        }
        lastPredicate = (identity, number)
        return number
    }

    /// Starts loading the slot where inserting this relation's key begins: a reader that knows
    /// the key some time before it inserts the relation.
    /// Gives the target's hash (its ``part(_:)``), for ``insert(_:targetHash:)``.
    @discardableResult
    func prefetch(source: String, predicate: Predicate, target: String) -> UInt32 {
        guard mask >= 0 else { return Self.part(target) }
        var sourcePart: UInt32
        if let last = lastSource, InternedStrings.sameBytes(last.id, source) {
            sourcePart = last.part
        } else {
            sourcePart = Self.part(source)
        }
        let targetPart = Self.part(target)
        let hash = Self.combine(sourcePart, predicate.keyHash, targetPart)
        slots.withUnsafeBufferPointer { NewsGraph.prefetch($0.baseAddress! + (Int(hash) & mask)) }
        // (Numbering the target looks its id up first.)
        ids.prefetch(hash: targetPart)
        return targetPart
    }

    /// ``prefetch(source:predicate:target:)`` given the ends' ``part(_:)``s; the id index's slot
    /// of the target only when `findsTarget` (a reader that knows the target's number does not
    /// look it up).
    func prefetch(sourcePart: UInt32, predicate: Predicate, targetPart: UInt32, findsTarget: Bool) {
        guard mask >= 0 else { return }
        let hash = Self.combine(sourcePart, predicate.keyHash, targetPart)
        slots.withUnsafeBufferPointer { NewsGraph.prefetch($0.baseAddress! + (Int(hash) & mask)) }
        if findsTarget { ids.prefetch(hash: targetPart) }
    }

    /// Sets the imported weight of the relation at `position`; see ``Relation/importedWeight``.
    mutating func setImportedWeight(_ weight: Double?, at position: Int) {
        // Ignored once the relation has evidence, as ``Relation/setImportedWeight(_:)``.
        guard form(position) == .none else { return }
        setWeightBits(Relation.weightBits(weight), at: position)
    }

    /// Where the key is: its position, or the empty slot it would take.
    @inline(__always)
    private func probe(_ source: UInt32, _ name: UInt32, _ target: UInt32, _ hash: UInt32) -> (position: Int?, slot: Int) {
        guard mask >= 0 else { return (nil, 0) }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return (nil, slot) }
                let (position, same) = Self.entry(entry, hash, tagged: tagged)
                if same {
                    if predicateNames[Int(predicateNumbers[position])] == name
                        && sameID(sources[position], source) && sameID(targets[position], target)
                    {
                        return (position, slot)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether two id numbers stand for ids equal as Swift strings are (the same number, or
    /// two spellings of one id).
    @inline(__always) private func sameID(_ a: UInt32, _ b: UInt32) -> Bool {
        a == b || (ids.hashes[Int(a)] == ids.hashes[Int(b)] && ids[a] == ids[b])
    }

    /// The index of every relation, built anew (after ``dropIndex()``, or the first one).
    private mutating func reindex() {
        rebuild(capacity: Swift.max(8, count))
    }

    private func keyHash(_ position: Int) -> UInt32 {
        Self.combine(
            ids.hashes[Int(sources[position])], predicates[Int(predicateNumbers[position])].keyHash,
            ids.hashes[Int(targets[position])])
    }

    /// A slot for the relation at `position` whose key hashes to `hash`.
    @inline(__always) private static func slot(_ position: Int, _ hash: UInt32, tagged: Bool) -> UInt32 {
        tagged ? hash & 0xFF00_0000 | UInt32(position + 1) : UInt32(position + 1)
    }

    /// The position a slot holds, and whether its tag is `hash`'s (always, untagged).
    @inline(__always) private static func entry(_ slot: UInt32, _ hash: UInt32, tagged: Bool) -> (position: Int, same: Bool) {
        tagged ? (Int(slot & 0xFF_FFFF) - 1, slot & 0xFF00_0000 == hash & 0xFF00_0000) : (Int(slot) - 1, true)
    }

    /// The index, made anew as a table of at least 16 slots under 70 % full with `capacity`
    /// keys, of every relation (a slot keeps no whole hash: each key's is computed again from
    /// its ids' hashes). A table of at most 2^24 slots (``maxTaggedSlots``) is rebuilt before it
    /// holds 0.7 × 2^24 + 1 keys, so its positions + 1 fit the 24 bits of a tagged slot.
    private mutating func rebuild(capacity: Int) {
        var size = 16
        while capacity * 10 > size * 7 { size <<= 1 }
        slots = []
        var new = [UInt32](repeating: 0, count: size)
        let newMask = size - 1
        let newTagged = size <= maxTaggedSlots
        for position in 0..<count {
            let hash = keyHash(position)
            var slot = Int(hash) & newMask
            while new[slot] != 0 { slot = (slot + 1) & newMask }
            new[slot] = Self.slot(position, hash, tagged: newTagged)
        }
        slots = new
        mask = newMask
        tagged = newTagged
    }

    // MARK: Hashing

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

    /// One id's part of a key hash (a predicate keeps its name's: ``Predicate/keyHash``).
    @inline(__always) static func part(_ id: String) -> UInt32 {
        if let hash = WordTable.hash(id) { return hash }
        if let hash = WordTable.asciiFormHash(id) { return hash }
        return UInt32(truncatingIfNeeded: id.hashValue)
    }

    // MARK: Views

    /// How many relations have each predicate, by predicate name: counted by record number,
    /// each name's counts added up at the end, so no name is hashed per relation.
    public var countsByPredicate: [String: Int] {
        var counts = [Int](repeating: 0, count: predicates.count)
        predicateNumbers.withUnsafeBufferPointer { numbers in
            for number in numbers { counts[Int(number)] += 1 }
        }
        var result: [String: Int] = [:]
        for (number, count) in counts.enumerated() where count > 0 { result[predicates[number].name, default: 0] += count }
        return result
    }

    /// Same relations, in any order.
    public static func == (lhs: RelationTable, rhs: RelationTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for position in lhs.indices {
            let relation = lhs[position]
            guard let other = rhs.position(source: relation.source, predicate: relation.predicate.name, target: relation.target),
                rhs[other] == relation
            else { return false }
        }
        return true
    }
}

/// A direct-mapped cache of 64 document ids and their numbers, matched by the two words of a
/// `String`: the same words are the same string (a small string's bytes themselves, or the
/// same storage, which the cache keeps alive by holding the string), so a hit gives the number
/// ``InternedStrings`` would, without hashing the bytes; the readers share one string per
/// document id, so each id hits under one representation. A miss (another representation of
/// equal bytes) only looks the id up.
struct DocumentCache: Sendable {
    private var entries = [(id: String, number: UInt32)](repeating: ("", UInt32.max), count: 64)

    @inline(__always) private static func bits(_ id: String) -> (UInt64, UInt64) {
        unsafeBitCast(id, to: (UInt64, UInt64).self)
    }

    subscript(id: String) -> UInt32? {
        get {
            guard MemoryLayout<String>.size == 16 else { return nil }
            let bits = Self.bits(id)
            let entry = entries[Self.slot(bits)]
            return entry.number != UInt32.max && Self.bits(entry.id) == bits ? entry.number : nil
        }
        set {
            guard MemoryLayout<String>.size == 16, let newValue else { return }
            entries[Self.slot(Self.bits(id))] = (id, newValue)
        }
    }

    @inline(__always) private static func slot(_ bits: (UInt64, UInt64)) -> Int {
        Int(truncatingIfNeeded: ((bits.0 ^ (bits.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}

extension RelationTable {
    /// The predicate records the relations use, each once (``predicateRecordNumber(at:)`` indexes them).
    public var predicateRecords: [Predicate] { predicates }

    /// The place in ``predicateRecords`` of the predicate of the relation at `position`.
    public func predicateRecordNumber(at position: Int) -> Int { Int(predicateNumbers[position]) }
}

extension RelationTable {
    /// The distinct ids of the relations' ends, each once, by number (``sourceNumber(at:)``
    /// and ``targetNumber(at:)`` index them): a reader of every relation's ends looks each id
    /// up once.
    public var endIDs: [String] { ids.strings }

    /// The number in ``endIDs`` of the source of the relation at `position`.
    public func sourceNumber(at position: Int) -> Int { Int(sources[position]) }

    /// The number in ``endIDs`` of the target of the relation at `position`.
    public func targetNumber(at position: Int) -> Int { Int(targets[position]) }

    /// Whether the relation at `position` goes from an entity to itself (its ends' ids equal
    /// as Swift strings are).
    public func isLoop(at position: Int) -> Bool { sameID(sources[position], targets[position]) }
}

/// The evidence of one relation that does not fit ``RelationTable``'s columns (two pieces or
/// more, or one out of their range): its pieces in the order they were added, the document,
/// rule and role by their numbers in the table, and, from nine pieces on, an index of the
/// pieces by span (open addressing, 4 bytes a slot). 56 bytes a piece: a dictionary by
/// location took ~250 (120 bytes a bucket, at most ¾ full, its buckets a power of two), 63 MB
/// for a relation read from each of 250k sentences of one document.
struct SideEvidence: Sendable {
    struct Piece: Sendable {
        var sentence: String
        var start: Int
        var end: Int
        /// The confidence's bits.
        var confidence: UInt64
        /// The document's number in the table.
        var document: UInt32
        /// The rule's and role's numbers + 1 in the table's labels (0: none).
        var rule: UInt32
        var role: UInt32
    }

    var pieces: [Piece] = []
    /// Per slot, a piece's place + 1 (0: empty); empty while there are at most ``linear`` pieces.
    private var slots: [UInt32] = []

    /// Up to this many pieces are found by reading them all.
    private static let linear = 8

    /// Makes room for `count` pieces in all.
    mutating func reserve(_ count: Int) {
        pieces.reserveCapacity(count)
        if count > Self.linear, count * 10 > slots.count * 7 { rebuild(capacity: count) }
    }

    /// The place of the piece at `start..<end` whose document number `sameDocument` accepts.
    @inline(__always)
    func find(_ start: Int, _ end: Int, _ sameDocument: (UInt32) -> Bool) -> Int? {
        if slots.isEmpty {
            return pieces.firstIndex { $0.start == start && $0.end == end && sameDocument($0.document) }
        }
        let mask = slots.count - 1
        var slot = Self.hash(start, end) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let piece = pieces[Int(entry) - 1]
            if piece.start == start && piece.end == end && sameDocument(piece.document) { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a piece (at a location not held yet).
    mutating func append(_ piece: Piece) {
        precondition(pieces.count < Int(UInt32.max) - 1, "too many pieces of evidence")
        pieces.append(piece)
        if slots.isEmpty && pieces.count <= Self.linear { return }
        if pieces.count * 10 > slots.count * 7 {
            rebuild(capacity: pieces.count * 2)
        } else {
            insert(pieces.count - 1)
        }
    }

    private mutating func insert(_ place: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(pieces[place].start, pieces[place].end) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(place + 1)
    }

    private mutating func rebuild(capacity: Int) {
        var size = 16
        while capacity * 10 > size * 7 { size <<= 1 }
        slots = []
        slots = [UInt32](repeating: 0, count: size)
        for place in pieces.indices { insert(place) }
    }

    @inline(__always) private static func hash(_ start: Int, _ end: Int) -> Int {
        var h = UInt64(UInt(bitPattern: start)) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(UInt(bitPattern: end))
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}
