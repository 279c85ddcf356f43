import NewsGraph

/// Switches that change what ``Extractor`` adds to a graph.
public struct ExtractionOptions: Sendable {
    /// Whether to add `co_occurs` edges between entities named in the same sentence
    /// (weight = number of shared sentences).
    public var cooccurrence: Bool = false

    /// Creates options.
    /// - Parameter cooccurrence: add `co_occurs` edges; off by default.
    public init(cooccurrence: Bool = false) {
        self.cooccurrence = cooccurrence
    }
}

/// Why one relation is in a document's graph: the rule, the sentence and the confidence.
///
/// ``Extractor/explain(_:)`` returns one explanation per piece of evidence, for the
/// CLI's `--explain`.
public struct Explanation: Hashable, Sendable {
    /// The relation's source entity id.
    public var source: String
    /// The predicate's name.
    public var predicate: String
    /// The relation's target entity id.
    public var target: String
    /// The rule that produced the relation (`verb:accused`, `title-apposition`, …).
    public var rule: String
    /// The sentence the relation was read from.
    public var sentence: String
    /// Unicode scalar offset of the sentence's start.
    public var start: Int
    /// Unicode scalar offset just past the sentence's end.
    public var end: Int
    /// How sure the rule is, 0–1.
    public var confidence: Double
    /// The office the relation was read from, if any.
    public var role: String?

    /// Creates an explanation.
    public init(
        source: String, predicate: String, target: String, rule: String, sentence: String, start: Int, end: Int,
        confidence: Double, role: String? = nil
    ) {
        self.source = source
        self.predicate = predicate
        self.target = target
        self.rule = rule
        self.sentence = sentence
        self.start = start
        self.end = end
        self.confidence = confidence
        self.role = role
    }
}

/// The model's predicate (Foundation also declares a `Predicate`).
typealias Predicate = NewsGraph.Predicate
