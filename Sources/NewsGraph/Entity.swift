/// A stretch of a document's text, as Unicode scalar offsets `start..<end`.
public struct TextSpan: Hashable, Comparable, Sendable {
    /// The document.
    public var documentID: String
    /// Offset of the first scalar.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int

    /// Creates a span covering `start..<end` in document `documentID`.
    public init(documentID: String, start: Int, end: Int) {
        self.documentID = documentID
        self.start = start
        self.end = end
    }

    /// Orders by document, then start, then end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.documentID, lhs.start, lhs.end) < (rhs.documentID, rhs.start, rhs.end)
    }
}

/// One occurrence of an entity in a document.
public typealias Mention = TextSpan

/// One real actor: a person, organization, country, place or facility.
///
/// An entity is identified by a stable ``id`` derived from its canonical name
/// (see ``StableID``), so the same actor gets the same node id and IRI in every
/// run, every format and every document of a corpus.
public struct Entity: Hashable, Identifiable, Sendable {
    // (80 bytes: the mention storage is 24 — one mention inline, or a `Set` — and the kind 1.)
    /// The stable identifier (`mark_esper`, `united_states`).
    public var id: String
    /// The canonical name ("Mark Esper").
    public var name: String
    /// Every other surface form that named this actor ("Esper", "U.S.", "American").
    public var aliases: Set<String>
    /// Other facts about the actor that came with an input graph (a Gephi column, a
    /// NetworkX attribute) and have no field of their own; kept so nothing read is dropped.
    public var attributes: [String: String]
    /// The mentions: one inline, the spans of one document in a sorted array, else a `Set`
    /// (issue 14: a `Set` of one mention is ~120 bytes, and a box of its own 64, for every entity
    /// of a text of names only; a `Set` of many is ~64 bytes a mention, the array 8).
    private var storedMentions: MentionStorage
    /// What kind of actor this is.
    public var kind: EntityKind

    /// Where the actor is mentioned.
    public var mentions: Set<Mention> {
        get { storedMentions.set }
        set { storedMentions = MentionStorage(newValue) }
        _modify {
            // (The set is taken out first, so that it is uniquely referenced while modified.)
            var set = storedMentions.set
            storedMentions = .many([])
            defer { storedMentions = MentionStorage(set) }
            yield &set
        }
    }

    /// Creates an entity. The id defaults to ``StableID/make(_:)`` of the name.
    public init(
        id: String? = nil, name: String, kind: EntityKind, aliases: Set<String> = [],
        mentions: Set<Mention> = [], attributes: [String: String] = [:]
    ) {
        self.id = id ?? StableID.make(name)
        self.name = name
        self.kind = kind
        self.aliases = aliases.subtracting([name])
        self.storedMentions = MentionStorage(mentions)
        self.attributes = attributes
    }

    /// Creates an entity from its stored fields as they are (``EntityTable`` makes its entities so).
    init(id: String, name: String, kind: EntityKind, aliases: Set<String>, attributes: [String: String], storage: MentionStorage) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.attributes = attributes
        self.storedMentions = storage
    }

    /// The mentions as they are stored.
    var mentionStorage: MentionStorage { storedMentions }

    /// Creates an entity mentioned in one document at the spans `(start, end)` of `spans`, in any
    /// order, repeats allowed (no `Set` made: 8 bytes a mention when the offsets fit in 32 bits).
    /// A collection, read twice when an offset does not fit.
    public init<S: Collection>(id: String? = nil, name: String, kind: EntityKind, aliases: Set<String> = [], documentID: String, spans: S)
    where S.Element == (start: Int, end: Int) {
        self.init(id: id, name: name, kind: kind, aliases: aliases)
        storedMentions = MentionStorage(documentID: documentID, spans: spans)
    }

    /// Creates an entity mentioned in one document at the packed spans `start << 32 | end` (each
    /// offset within 32 bits), in any order, repeats allowed: what
    /// ``init(id:name:kind:aliases:documentID:spans:)`` stores for those spans, without its generic
    /// walk (the extractor's spans, a generic not specialized across modules, were read through
    /// witness tables: ~1.5 % of extracting news text).
    package init(id: String? = nil, name: String, kind: EntityKind, aliases: Set<String> = [], documentID: String, packedSpans: [UInt64]) {
        self.init(id: id, name: name, kind: kind, aliases: aliases)
        storedMentions = MentionStorage(documentID: documentID, packed: packedSpans)
    }

    /// Creates an entity mentioned once (no `Set` made for the one mention).
    public init(id: String? = nil, name: String, kind: EntityKind, aliases: Set<String> = [], mention: Mention) {
        self.init(id: id, name: name, kind: kind, aliases: aliases)
        storedMentions = MentionStorage(mention)
    }

    /// How many times the actor is mentioned.
    public var mentionCount: Int { storedMentions.count }

    /// Whether the actor is mentioned at all.
    public var isMentioned: Bool { storedMentions.count > 0 }

    /// Appends the mentions, in no particular order, to `array` (a writer's reused buffer; no
    /// `Set` made for an entity named once).
    public func appendMentions(to array: inout [Mention]) {
        switch storedMentions {
        case .one(let documentID, let start, let end): array.append(MentionStorage.mention(documentID, start, end))
        case .spans(let documentID, let spans): for span in spans { array.append(MentionStorage.mention(documentID, span)) }
        case .many(let set): array.append(contentsOf: set)
        }
    }

    /// The aliases in sorted order, for deterministic output.
    public var sortedAliases: [String] { aliases.sorted() }

    /// The mentions in sorted order.
    public var sortedMentions: [Mention] {
        switch storedMentions {
        case .one(let documentID, let start, let end): [MentionStorage.mention(documentID, start, end)]
        case .spans(let documentID, let spans): spans.map { MentionStorage.mention(documentID, $0) }
        case .many(let set): MentionStorage.sorted(set)
        }
    }

    /// The documents the actor is mentioned in, sorted.
    public var documentIDs: [String] {
        switch storedMentions {
        case .one(let documentID, _, _), .spans(let documentID, _): [documentID]
        case .many(let set): Set(set.map(\.documentID)).sorted()
        }
    }

    /// Combines two records of the same actor.
    ///
    /// Aliases and mentions are united. When the names differ, the smaller one becomes
    /// the canonical name and the other an alias; when the kinds differ, the one that
    /// comes first in ``EntityKind`` wins. The operation is associative, commutative
    /// and idempotent.
    /// - Precondition: both entities have the same ``id``.
    public func merged(with other: Entity) -> Entity {
        var result = self
        result.merge(other)
        return result
    }

    /// Merges another record of the same actor into this one, in place; see
    /// ``merged(with:)``.
    /// - Precondition: both entities have the same ``id``.
    public mutating func merge(_ other: Entity) {
        precondition(id == other.id, "merging different entities")
        if other.name != name {
            let smaller = min(name, other.name)
            aliases.insert(name)
            aliases.insert(other.name)
            aliases.remove(smaller)
            name = smaller
        }
        let canonical = name
        aliases.formUnion(other.aliases.lazy.filter { $0 != canonical })
        kind = min(kind, other.kind)
        other.storedMentions.insert(into: &mentions)
        mergeAttributes(&attributes, other.attributes)
    }
}

/// An entity's mentions as it stores them: a single mention inline (its offsets as 32-bit
/// numbers; 24 bytes with the document's id, no allocation), two or more of one document whose
/// offsets fit in 32 bits as that document's spans (`start << 32 | end`, sorted, none twice: 8
/// bytes a mention, as an extracted entity's are made), any other number in a `Set` (none: the
/// empty set, no allocation). A set of one mention whose offsets fit in 32 bits is always stored
/// as `.one`; `.spans` and `.many` may hold the same set (equality and hashing are the set's).
enum MentionStorage: Hashable, Sendable {
    case one(documentID: String, start: UInt32, end: UInt32)
    case spans(documentID: String, [UInt64])
    case many(Set<Mention>)

    /// The spans of one document, in any order, repeats allowed.
    init<S: Collection>(documentID: String, spans: S) where S.Element == (start: Int, end: Int) {
        var packed: [UInt64] = []
        packed.reserveCapacity(spans.underestimatedCount)
        var ordered = true
        for span in spans {
            guard let start = UInt32(exactly: span.start), let end = UInt32(exactly: span.end) else {
                self.init(Set(spans.lazy.map { Mention(documentID: documentID, start: $0.start, end: $0.end) }))
                return
            }
            let value = UInt64(start) << 32 | UInt64(end)
            if let last = packed.last, last >= value { ordered = false }
            packed.append(value)
        }
        self.init(documentID: documentID, packed: packed, ordered: ordered)
    }

    /// The spans of one document packed as `start << 32 | end`, in any order, repeats allowed.
    init(documentID: String, packed: [UInt64]) {
        self.init(documentID: documentID, packed: packed, ordered: !zip(packed, packed.dropFirst()).contains { $0 >= $1 })
    }

    /// Packed spans, `ordered` when each is greater than the one before.
    private init(documentID: String, packed: [UInt64], ordered: Bool) {
        var packed = packed
        if !ordered {
            packed.sort()
            packed.removeAdjacentDuplicates(by: ==)
        }
        switch packed.count {
        case 0: self = .many([])
        case 1: self = .one(documentID: documentID, start: UInt32(packed[0] >> 32), end: UInt32(truncatingIfNeeded: packed[0]))
        default: self = .spans(documentID: documentID, packed)
        }
    }

    init(_ set: Set<Mention>) {
        if set.count == 1, let mention = set.first {
            self.init(mention)
        } else {
            self = .many(set)
        }
    }

    init(_ mention: Mention) {
        if let start = UInt32(exactly: mention.start), let end = UInt32(exactly: mention.end) {
            self = .one(documentID: mention.documentID, start: start, end: end)
        } else {
            self = .many([mention])
        }
    }

    /// The mention `.one` holds.
    @inline(__always) static func mention(_ documentID: String, _ start: UInt32, _ end: UInt32) -> Mention {
        Mention(documentID: documentID, start: Int(start), end: Int(end))
    }

    /// The mention a packed span of `.spans` stands for.
    @inline(__always) static func mention(_ documentID: String, _ span: UInt64) -> Mention {
        Mention(documentID: documentID, start: Int(span >> 32), end: Int(UInt32(truncatingIfNeeded: span)))
    }

    /// Inserts the mentions into `set`: `set.formUnion(self.set)` without a set of them made
    /// first (each mention of `.spans` hashed once, not twice).
    func insert(into set: inout Set<Mention>) {
        switch self {
        case .one(let documentID, let start, let end): set.insert(Self.mention(documentID, start, end))
        case .spans(let documentID, let spans): for span in spans { set.insert(Self.mention(documentID, span)) }
        case .many(let other): if !other.isEmpty { set.formUnion(other) }
        }
    }

    var set: Set<Mention> {
        switch self {
        case .one(let documentID, let start, let end): [MentionStorage.mention(documentID, start, end)]
        case .spans(let documentID, let spans): Set(spans.lazy.map { MentionStorage.mention(documentID, $0) })
        case .many(let set): set
        }
    }

    /// The mentions of `set` sorted (``TextSpan``'s order: document, start, end), each document id
    /// compared once rather than at each comparison (an entity of a corpus's graph is mentioned in
    /// many documents: sorting its mentions by their ids was ~20 % of merging and writing the graph).
    /// The mentions of one document share their id's storage: the distinct storages are ranked by
    /// their ids (equal ids one rank), then the mentions sorted by rank and offsets. An id without
    /// storage of its own to tell it by (15 bytes or fewer, stored inline; or not contiguous) takes
    /// `sorted()`. The same order either way: a set holds no two mentions that compare equal.
    static func sorted(_ set: Set<Mention>) -> [Mention] {
        let mentions = Array(set)
        var storage: [Int] = []
        storage.reserveCapacity(mentions.count)
        for mention in mentions {
            guard mention.documentID.utf8.count > 15,
                let address = mention.documentID.utf8.withContiguousStorageIfAvailable({ Int(bitPattern: $0.baseAddress) })
            else { return set.sorted() }
            storage.append(address)
        }
        // A mention of each distinct storage, in the order of their ids.
        var first: [Int: Int] = [:]
        for (index, address) in storage.enumerated() where first[address] == nil { first[address] = index }
        let representatives = first.values.sorted { mentions[$0].documentID < mentions[$1].documentID }
        var rankOf: [Int: Int] = [:]
        var rank = 0
        for (k, index) in representatives.enumerated() {
            if k > 0, mentions[representatives[k - 1]].documentID != mentions[index].documentID { rank += 1 }
            rankOf[storage[index]] = rank
        }
        var order = mentions.indices.map { (rank: rankOf[storage[$0]]!, index: $0) }
        order.sort { ($0.rank, mentions[$0.index].start, mentions[$0.index].end) < ($1.rank, mentions[$1.index].start, mentions[$1.index].end) }
        return order.map { mentions[$0.index] }
    }

    var count: Int {
        switch self {
        case .one: 1
        case .spans(_, let spans): spans.count
        case .many(let set): set.count
        }
    }

    static func == (a: MentionStorage, b: MentionStorage) -> Bool {
        switch (a, b) {
        case let (.one(d1, s1, e1), .one(d2, s2, e2)): s1 == s2 && e1 == e2 && d1 == d2
        case let (.many(x), .many(y)): x == y
        case let (.spans(d1, x), .spans(d2, y)): x == y && d1 == d2
        case (.spans, .many), (.many, .spans): a.count == b.count && a.set == b.set
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .one(let documentID, let start, let end): MentionStorage.mention(documentID, start, end).hash(into: &hasher)
        case .spans: set.hash(into: &hasher)
        case .many(let set): set.hash(into: &hasher)
        }
    }
}

/// Merges free-form attributes: a name known on one side only is kept; when both sides
/// know it with different values, the larger value wins (so merging stays commutative,
/// associative and idempotent).
func mergeAttributes(_ attributes: inout [String: String], _ other: [String: String]) {
    for (name, value) in other {
        if let existing = attributes[name] {
            if existing < value { attributes[name] = value }
        } else {
            attributes[name] = value
        }
    }
}
