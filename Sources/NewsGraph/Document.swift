/// A news text to extract from, with its optional metadata.
public struct Document: Hashable, Sendable {
    /// A stable identifier, unique within a corpus (given, or derived from a path or the content).
    public var id: String
    /// The full text. Offsets everywhere are Unicode scalar offsets into this string.
    public var text: String
    /// The title, if known.
    public var title: String?
    /// The publication date as written by the source (ISO 8601 preferred), if known.
    public var date: String?
    /// Where the text came from, if known.
    public var url: String?
    /// Any other metadata the input carried (for example extra JSON Lines fields).
    public var metadata: [String: String]

    /// Creates a document.
    public init(
        id: String, text: String, title: String? = nil, date: String? = nil, url: String? = nil,
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.metadata = metadata
    }

    /// The document without its text, as the graph keeps it for provenance.
    public var info: DocumentInfo {
        DocumentInfo(id: id, title: title, date: date, url: url, metadata: metadata)
    }
}

/// What a ``KnowledgeGraph`` keeps of a document: its identity and metadata, not its text.
public struct DocumentInfo: Hashable, Comparable, Sendable {
    /// The document's stable identifier.
    public var id: String
    /// The title, if known.
    public var title: String?
    /// The publication date, if known.
    public var date: String?
    /// The source URL, if known.
    public var url: String?
    /// Other metadata.
    public var metadata: [String: String]

    /// Creates a document record.
    public init(
        id: String, title: String? = nil, date: String? = nil, url: String? = nil,
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.metadata = metadata
    }

    /// Orders records by identifier.
    public static func < (lhs: DocumentInfo, rhs: DocumentInfo) -> Bool { lhs.id < rhs.id }

    /// Combines two records of the same document, field by field.
    ///
    /// A field known on one side only is kept; when both sides know a field and
    /// disagree, the larger value wins, so the result does not depend on the order.
    /// - Precondition: both records have the same ``id``.
    public func merged(with other: DocumentInfo) -> DocumentInfo {
        precondition(id == other.id, "merging records of different documents")
        var metadata = self.metadata
        for (key, value) in other.metadata {
            metadata[key] = max(metadata[key] ?? value, value)
        }
        return DocumentInfo(
            id: id, title: Self.join(title, other.title), date: Self.join(date, other.date),
            url: Self.join(url, other.url), metadata: metadata)
    }

    private static func join(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (a?, b?): max(a, b)
        case let (a?, nil): a
        case let (nil, b): b
        }
    }
}
