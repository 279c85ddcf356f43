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
    /// The stable identifier (`mark_esper`, `united_states`).
    public var id: String
    /// The canonical name ("Mark Esper").
    public var name: String
    /// What kind of actor this is.
    public var kind: EntityKind
    /// Every other surface form that named this actor ("Esper", "U.S.", "American").
    public var aliases: Set<String>
    /// Where the actor is mentioned.
    public var mentions: Set<Mention>
    /// Other facts about the actor that came with an input graph (a Gephi column, a
    /// NetworkX attribute) and have no field of their own; kept so nothing read is dropped.
    public var attributes: [String: String]

    /// Creates an entity. The id defaults to ``StableID/make(_:)`` of the name.
    public init(
        id: String? = nil, name: String, kind: EntityKind, aliases: Set<String> = [],
        mentions: Set<Mention> = [], attributes: [String: String] = [:]
    ) {
        self.id = id ?? StableID.make(name)
        self.name = name
        self.kind = kind
        self.aliases = aliases.subtracting([name])
        self.mentions = mentions
        self.attributes = attributes
    }

    /// How many times the actor is mentioned.
    public var mentionCount: Int { mentions.count }

    /// The aliases in sorted order, for deterministic output.
    public var sortedAliases: [String] { aliases.sorted() }

    /// The mentions in sorted order.
    public var sortedMentions: [Mention] { mentions.sorted() }

    /// The documents the actor is mentioned in, sorted.
    public var documentIDs: [String] { Set(mentions.map(\.documentID)).sorted() }

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
        mentions.formUnion(other.mentions)
        mergeAttributes(&attributes, other.attributes)
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
