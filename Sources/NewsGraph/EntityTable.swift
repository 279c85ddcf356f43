#if canImport(Glibc)
    import Glibc
#endif

/// The entities of a graph, as columns: one per id, in the order they were first added.
///
/// It reads like the `[String: Entity]` it replaces (`entities[id]`, `.keys`, `.values`,
/// `.count`, iteration) but holds no `Entity` and no string of its own (issue 14: a dictionary
/// bucket of 96 bytes per entity in a table of 2^20 of them, and two heap strings of ~64 bytes,
/// were most of the peak of writing a text of 700k names):
/// - every id and name is UTF-8 in one byte arena, the id and then the name, at a row's
///   ``Row/start`` (a name that changes in a merge is written again at the end: names only
///   ever get smaller, so the arena grows at most by what was added);
/// - the kind, the lengths and an entity's one mention (its document by number) are a row of
///   40 bytes;
/// - aliases, attributes and a set of mentions, which most entities of a large text do not
///   have, are in ``extras``, which a row points into;
/// - the index by id is an open-addressing table of 8-byte slots (the id's 32-bit hash and the
///   row + 1), hashed as ``RelationTable`` hashes ids: equal as Swift strings are (canonical
///   equivalence), seeded.
///
/// An `Entity` is made on demand when one is read (``subscript(_:)-(Int)``); ``id(at:)``,
/// ``name(at:)``, ``kind(at:)`` read one field. Equality ignores the order: two tables are
/// equal when they hold the same entities.
public struct EntityTable: RandomAccessCollection, Equatable, Sendable {
    /// One entity's fixed-size fields.
    struct Row: Sendable {
        /// Where the id's bytes start in ``bytes``; the name's follow them.
        var start: Int
        var idLength: UInt32
        var nameLength: UInt32
        /// The one mention's offsets, when ``document`` is not ``EntityTable/noMention``.
        var mentionStart: UInt32
        var mentionEnd: UInt32
        /// The one mention's document, in ``EntityTable/documents``, or
        /// ``EntityTable/noMention``: the mentions are the extra's (none without one).
        var document: UInt32
        /// The entity's place in ``EntityTable/extras``, or -1.
        var extra: Int32
        var kind: EntityKind
        /// Whether every byte of the id is ASCII (then its bytes decide equality and order).
        var idIsASCII: Bool
    }

    /// What few entities have: aliases, attributes, and mentions other than one.
    struct Extra: Sendable {
        var aliases = Aliases()
        var attributes: [String: String] = [:]
        /// The mentions when the row holds none inline (never `.one`).
        var mentions = MentionStorage.many([])
    }

    /// An entity's aliases, sorted, without two equal (as `String`s compare: canonically equal
    /// spellings are one alias, the first one kept, as a `Set<String>` keeps it). An array of
    /// one alias is 64 bytes of heap where a `Set` of one was 112 (and 144 when two names were
    /// inserted and one removed, as merging two names did): `merge` of two 1M/5M files whose
    /// entities are named otherwise holds an alias for each of its 1M entities.
    struct Aliases: Sendable {
        private(set) var items: [String] = []

        init() {}

        init(_ set: Set<String>) { items = set.sorted() }

        var isEmpty: Bool { items.isEmpty }

        var set: Set<String> { Set(items) }

        /// Where `alias` is, or would be inserted.
        private func place(_ alias: String) -> (index: Int, found: Bool) {
            var low = 0
            var high = items.count
            while low < high {
                let mid = (low + high) / 2
                if items[mid] < alias { low = mid + 1 } else { high = mid }
            }
            return (low, low < items.count && items[low] == alias)
        }

        mutating func insert(_ alias: String) {
            let (index, found) = place(alias)
            if !found { items.insert(alias, at: index) }
        }

        mutating func remove(_ alias: String) {
            let (index, found) = place(alias)
            if found { items.remove(at: index) }
        }
    }

    static let noMention = UInt32.max

    private var rows: [Row] = []
    private var bytes: [UInt8] = []
    private var extras: [Extra] = []
    /// The documents of inline mentions, numbered in order of appearance by their exact bytes (two
    /// canonically equal spellings are two documents: each mention keeps the spelling it was given).
    private var documents = InternedStrings()
    /// Per slot, the id's hash in the high 32 bits and the row + 1 in the low 32 (0: empty).
    private var slots: [UInt64] = []
    private var mask = -1

    /// An empty table.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }
    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// The entity at `position` (in the order entities were first added), made from its columns.
    public subscript(position: Int) -> Entity {
        let row = rows[position]
        let storage: MentionStorage
        var aliases: Set<String> = []
        var attributes: [String: String] = [:]
        if row.extra >= 0 {
            let extra = extras[Int(row.extra)]
            aliases = extra.aliases.set
            attributes = extra.attributes
            storage = row.document == Self.noMention ? extra.mentions : inlineMention(row)
        } else {
            storage = row.document == Self.noMention ? .many([]) : inlineMention(row)
        }
        return Entity(
            id: string(row.start, row.idLength), name: string(row.start + Int(row.idLength), row.nameLength),
            kind: row.kind, aliases: aliases, attributes: attributes, storage: storage)
    }

    /// The entity with this id, if there is one.
    public subscript(id: String) -> Entity? {
        guard let position = index(forKey: id) else { return nil }
        return self[position]
    }

    /// The entities (the table itself: a dictionary's `values`).
    public var values: EntityTable { self }

    /// The ids, in the order of the entities.
    public var keys: Keys { Keys(table: self) }

    /// The ids of a table's entities, in its order, each made when read.
    public struct Keys: RandomAccessCollection, Sendable {
        let table: EntityTable
        public var startIndex: Int { 0 }
        public var endIndex: Int { table.count }
        public subscript(position: Int) -> String { table.id(at: position) }
    }

    /// The id of the entity at `position`.
    public func id(at position: Int) -> String {
        string(rows[position].start, rows[position].idLength)
    }

    /// The canonical name of the entity at `position`.
    public func name(at position: Int) -> String {
        string(rows[position].start + Int(rows[position].idLength), rows[position].nameLength)
    }

    /// The kind of the entity at `position`.
    public func kind(at position: Int) -> EntityKind { rows[position].kind }

    /// How many times the entity at `position` is mentioned.
    public func mentionCount(at position: Int) -> Int {
        let row = rows[position]
        if row.document != Self.noMention { return 1 }
        return row.extra >= 0 ? extras[Int(row.extra)].mentions.count : 0
    }

    /// Whether the entity at `position` has free-form attributes.
    public func hasAttributes(at position: Int) -> Bool {
        rows[position].extra >= 0 && !extras[Int(rows[position].extra)].attributes.isEmpty
    }

    /// Whether some entity has free-form attributes.
    public var someHaveAttributes: Bool { extras.contains { !$0.attributes.isEmpty } }

    /// Whether an entity has this id.
    public func contains(id: String) -> Bool { index(forKey: id) != nil }

    /// The place of the entity with this id.
    public func index(forKey id: String) -> Int? {
        probe(id, RelationTable.part(id)).position
    }

    /// The places of `count` ids (at most ``WordTable/batchSize``), `id(i)` the `i`-th, given to
    /// `result` in order: the first slot each probes, the row that slot names and its id's
    /// bytes are read for all of them first, so that the cache misses of a large table overlap.
    public func positions(_ count: Int, _ id: (Int) -> String, _ result: (Int, Int?) -> Void) {
        precondition(count <= WordTable.batchSize)
        guard mask >= 0 else {
            for i in 0..<count { result(i, nil) }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: WordTable.batchSize) { hashes in
            slots.withUnsafeBufferPointer { slots in
                for i in 0..<count {
                    hashes[i] = RelationTable.part(id(i))
                    NewsGraph.prefetch(slots.baseAddress! + (Int(hashes[i]) & mask))
                }
                rows.withUnsafeBufferPointer { rows in
                    for i in 0..<count {
                        let entry = slots[Int(hashes[i]) & mask]
                        if entry != 0 { NewsGraph.prefetch(rows.baseAddress! + (Int(entry & 0xFFFF_FFFF) - 1)) }
                    }
                    // The id's bytes that row names, compared last.
                    bytes.withUnsafeBufferPointer { bytes in
                        for i in 0..<count {
                            let entry = slots[Int(hashes[i]) & mask]
                            if entry != 0 { NewsGraph.prefetch(bytes.baseAddress! + rows[Int(entry & 0xFFFF_FFFF) - 1].start) }
                        }
                    }
                }
            }
            for i in 0..<count { result(i, probe(id(i), hashes[i]).position) }
        }
    }

    /// Makes room for `count` entities in all.
    mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
        if count * 10 > slots.count * 7 { rebuild(capacity: Swift.max(count, rows.count)) }
    }

    /// Adds an entity, merging it into the one with the same id if there is one (see
    /// ``Entity/merge(_:)``: the same laws, applied to the columns in place).
    mutating func add(_ entity: consuming Entity) {
        if mask < 0 { rebuild(capacity: 8) }
        let hash = RelationTable.part(entity.id)
        let (found, slot) = probe(entity.id, hash)
        if let found {
            merge(entity, into: found)
            return
        }
        append(entity)
        slots[slot] = UInt64(hash) << 32 | UInt64(rows.count)
        if rows.count * 10 > slots.count * 7 { rebuild(capacity: rows.count) }
    }

    /// Adds an entity as ``add(_:)`` does, `position` being where ``index(forKey:)`` found its
    /// id (`nil`: not there), the table unchanged since.
    mutating func add(_ entity: consuming Entity, at position: Int?) {
        if let position {
            merge(entity, into: position)
        } else {
            add(entity)
        }
    }

    /// The entities' places sorted by id.
    public func sortedPositions() -> [Int32] {
        var order = Array(0..<Int32(truncatingIfNeeded: rows.count))
        // (Ids are distinct: any sort gives this order.)
        rows.withUnsafeBufferPointer { rows in
            bytes.withUnsafeBufferPointer { bytes in
                order.sort { a, b in
                    let x = rows[Int(a)], y = rows[Int(b)]
                    if x.idIsASCII && y.idIsASCII {
                        let common = Int(Swift.min(x.idLength, y.idLength))
                        if common > 0 {
                            let c = memcmp(bytes.baseAddress! + x.start, bytes.baseAddress! + y.start, common)
                            if c != 0 { return c < 0 }
                        }
                        return x.idLength < y.idLength
                    }
                    return Self.string(bytes, x.start, x.idLength) < Self.string(bytes, y.start, y.idLength)
                }
            }
        }
        return order
    }

    public static func == (lhs: EntityTable, rhs: EntityTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for position in lhs.indices {
            guard let other = rhs.index(forKey: lhs.id(at: position)), rhs[other] == lhs[position] else { return false }
        }
        return true
    }

    // MARK: - Columns

    private func string(_ start: Int, _ length: UInt32) -> String {
        bytes.withUnsafeBufferPointer { Self.string($0, start, length) }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: UInt32) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + Int(length)]), as: UTF8.self)
    }

    private func inlineMention(_ row: Row) -> MentionStorage {
        .one(documentID: documents.strings[Int(row.document)], start: row.mentionStart, end: row.mentionEnd)
    }

    /// The number of a document of inline mentions.
    private mutating func documentNumber(_ id: String) -> UInt32 {
        if let last = documents.strings.last, InternedStrings.sameBytes(last, id) { return UInt32(documents.count - 1) }
        precondition(documents.count < Int(Self.noMention), "too many documents")
        return documents.number(id)
    }

    /// Appends the id's and the name's bytes; where they start.
    private mutating func appendBytes(id: String, name: String) -> (start: Int, idLength: UInt32, nameLength: UInt32, ascii: Bool) {
        let start = bytes.count
        bytes.append(contentsOf: id.utf8)
        let idLength = bytes.count - start
        bytes.append(contentsOf: name.utf8)
        let nameLength = bytes.count - start - idLength
        precondition(idLength <= UInt32.max && nameLength <= UInt32.max, "name too long")
        let ascii = bytes.withUnsafeBufferPointer { bytes in
            var all: UInt8 = 0
            for byte in bytes[start..<start + idLength] { all |= byte }
            return all < 0x80
        }
        return (start, UInt32(idLength), UInt32(nameLength), ascii)
    }

    private mutating func append(_ entity: Entity) {
        let (start, idLength, nameLength, ascii) = appendBytes(id: entity.id, name: entity.name)
        var row = Row(
            start: start, idLength: idLength, nameLength: nameLength, mentionStart: 0, mentionEnd: 0, document: Self.noMention,
            extra: -1, kind: entity.kind, idIsASCII: ascii)
        var mentions = MentionStorage.many([])
        switch entity.mentionStorage {
        case .one(let document, let start, let end):
            row.document = documentNumber(document)
            row.mentionStart = start
            row.mentionEnd = end
        case let other: mentions = other
        }
        if !entity.aliases.isEmpty || !entity.attributes.isEmpty || mentions.count > 0 {
            row.extra = Int32(extras.count)
            extras.append(Extra(aliases: Aliases(entity.aliases), attributes: entity.attributes, mentions: mentions))
        }
        // (A slot holds the row + 1 in 32 bits.)
        precondition(rows.count < Int(UInt32.max) - 1, "too many entities")
        rows.append(row)
    }

    /// The entity's extra, made if it has none.
    private mutating func extra(_ position: Int) -> Int {
        if rows[position].extra < 0 {
            precondition(extras.count < Int32.max, "too many entities")
            rows[position].extra = Int32(extras.count)
            extras.append(Extra())
        }
        return Int(rows[position].extra)
    }

    /// Whether the name at `position` has the bytes of `name`.
    private func nameSpelled(_ name: String, at position: Int) -> Bool {
        var name = name
        let row = rows[position]
        let start = row.start + Int(row.idLength)
        return name.withUTF8 { other in
            bytes.withUnsafeBytes { bytes in
                bytesEqual(UnsafeRawBufferPointer(other), UnsafeRawBufferPointer(rebasing: bytes[start..<start + Int(row.nameLength)]))
            }
        }
    }

    /// ``Entity/merge(_:)`` of `other` into the entity at `position`, in place.
    private mutating func merge(_ other: Entity, into position: Int) {
        if !nameSpelled(other.name, at: position) {
            let name = name(at: position)
            if other.name != name {
                let x = extra(position)
                // The name that stays is the smaller; the other becomes an alias (the stayer
                // removed first, as inserting both and removing one did).
                if other.name < name {
                    extras[x].aliases.remove(other.name)
                    extras[x].aliases.insert(name)
                    let id = id(at: position)
                    let ascii = rows[position].idIsASCII
                    let (start, idLength, nameLength, _) = appendBytes(id: id, name: other.name)
                    rows[position].start = start
                    rows[position].idLength = idLength
                    rows[position].nameLength = nameLength
                    rows[position].idIsASCII = ascii
                } else {
                    extras[x].aliases.remove(name)
                    extras[x].aliases.insert(other.name)
                }
            }
        }
        if !other.aliases.isEmpty {
            let canonical = name(at: position)
            let x = extra(position)
            for alias in other.aliases where alias != canonical { extras[x].aliases.insert(alias) }
        }
        rows[position].kind = Swift.min(rows[position].kind, other.kind)
        mergeMentions(other.mentionStorage, at: position)
        if !other.attributes.isEmpty {
            let x = extra(position)
            mergeAttributes(&extras[x].attributes, other.attributes)
        }
    }

    /// Unites the mentions at `position` with `other`, keeping one mention inline (and only
    /// one: a set of one mention that fits is always inline, as ``MentionStorage`` keeps it).
    private mutating func mergeMentions(_ other: MentionStorage, at position: Int) {
        let row = rows[position]
        switch other {
        case .many(let set) where set.isEmpty:
            return
        case .one(let document, let start, let end):
            if row.document != Self.noMention {
                if row.mentionStart == start && row.mentionEnd == end && documents.strings[Int(row.document)] == document { return }
                let x = extra(position)
                extras[x].mentions = .many([
                    MentionStorage.mention(documents.strings[Int(row.document)], row.mentionStart, row.mentionEnd),
                    MentionStorage.mention(document, start, end),
                ])
                rows[position].document = Self.noMention
            } else {
                let x = extra(position)
                var set = takeMentionSet(x)
                set.insert(MentionStorage.mention(document, start, end))
                extras[x].mentions = .many(set)
            }
        case .spans, .many:
            let x = extra(position)
            if row.document != Self.noMention {
                var union = other.set
                union.insert(MentionStorage.mention(documents.strings[Int(row.document)], row.mentionStart, row.mentionEnd))
                extras[x].mentions = .many(union)
                rows[position].document = Self.noMention
            } else if extras[x].mentions.count == 0 {
                extras[x].mentions = other
            } else {
                var set = takeMentionSet(x)
                other.insert(into: &set)
                extras[x].mentions = .many(set)
            }
        }
        // One mention that fits goes inline.
        let x = Int(rows[position].extra)
        if extras[x].mentions.count == 1, case .one(let document, let start, let end) = MentionStorage(extras[x].mentions.set) {
            extras[x].mentions = .many([])
            rows[position].document = documentNumber(document)
            rows[position].mentionStart = start
            rows[position].mentionEnd = end
        }
    }

    /// The mentions of extra `x` as a `Set`, taken out (uniquely referenced, to be changed and put back).
    private mutating func takeMentionSet(_ x: Int) -> Set<Mention> {
        let storage = extras[x].mentions
        extras[x].mentions = .many([])
        if case .many(let set) = storage { return set }
        return storage.set
    }

    // MARK: - Index

    /// Where the id is: its row, or the empty slot it would take.
    @inline(__always)
    private func probe(_ id: String, _ hash: UInt32) -> (position: Int?, slot: Int) {
        guard mask >= 0 else { return (nil, 0) }
        var id = id
        return id.withUTF8 { key in
            slots.withUnsafeBufferPointer { slots in
                rows.withUnsafeBufferPointer { rows in
                    bytes.withUnsafeBufferPointer { bytes in
                        var slot = Int(hash) & mask
                        while true {
                            let entry = slots[slot]
                            if entry == 0 { return (nil, slot) }
                            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                                let position = Int(entry & 0xFFFF_FFFF) - 1
                                if Self.same(key, rows[position], bytes) { return (position, slot) }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// Whether the row's id equals the id of UTF-8 `key` as Swift strings compare.
    private static func same(_ key: UnsafeBufferPointer<UInt8>, _ row: Row, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if key.count == Int(row.idLength),
            bytesEqual(UnsafeRawBufferPointer(key), UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[row.start..<row.start + key.count])))
        {
            return true
        }
        var keyIsASCII = true
        for byte in key where byte >= 0x80 {
            keyIsASCII = false
            break
        }
        if keyIsASCII && row.idIsASCII { return false }
        return String(decoding: key, as: UTF8.self) == string(bytes, row.start, row.idLength)
    }

    /// A table of at least 16 slots, under 70 % full with `capacity` ids, holding the ids it held.
    private mutating func rebuild(capacity: Int) {
        var size = 16
        while capacity * 10 > size * 7 { size <<= 1 }
        var new = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & newMask
            while new[slot] != 0 { slot = (slot + 1) & newMask }
            new[slot] = entry
        }
        slots = new
        mask = newMask
    }
}
