/// Keeps the part of a graph one wants to see: strong or confident relations, some
/// predicates or kinds, a date window, the best-connected actors, the largest component.
///
/// ``apply(to:)`` works in two stages, always in this order, so a filter means the same
/// thing whichever verb it is given to:
///
/// 1. **Evidence and elements.** With a date window (``since``/``until``, ISO days,
///    inclusive) only documents with an ISO date inside it count: their records stay, and
///    every mention and piece of evidence from another document (undated ones included) is
///    removed. Evidence below ``minConfidence`` is removed. A relation left with no evidence
///    is dropped (a relation that had none to begin with, read from another tool's file,
///    is kept unless a date window or a confidence floor is given); then relations whose
///    weight (sentences left) is below ``minWeight``, whose predicate is not in
///    ``predicates``, or one of whose ends is not of a kind in ``kinds`` go. Entities not in
///    ``kinds`` go; with a date window, so do entities left with no mention and no relation.
/// 2. **Structure**, on what is left: ``top`` keeps the N entities with the highest degree
///    (or mentions; ties broken by id) and the relations between them; ``largestComponent``
///    keeps the largest weakly connected component (most entities; ties: most relations,
///    then the smallest entity id); ``dropIsolated`` removes entities with no relation.
///
/// Every step is a function of the graph's content, never of its order, so the result is
/// the same graph for the same input.
public struct GraphFilter: Equatable, Sendable {
    /// What ``top`` ranks entities by.
    public enum Rank: String, CaseIterable, Sendable {
        /// Relations the entity takes part in (in or out).
        case degree
        /// Times the entity is mentioned.
        case mentions
    }

    /// Relations of a smaller weight (supporting sentences; another tool's weight for a
    /// relation without evidence) are dropped.
    public var minWeight: Double?
    /// Evidence less sure than this is dropped (and relations left without any).
    public var minConfidence: Double?
    /// Only these predicates (by name); `nil` for all.
    public var predicates: Set<String>?
    /// Only entities of these kinds, and relations between them; `nil` for all.
    public var kinds: Set<EntityKind>?
    /// Remove entities with no relation, after everything else.
    public var dropIsolated = false
    /// Keep the N highest-ranked entities.
    public var top: Int?
    /// What ``top`` ranks by.
    public var topBy: Rank = .degree
    /// Keep the largest weakly connected component.
    public var largestComponent = false
    /// The first ISO day (`YYYY-MM-DD`) of the window, inclusive.
    public var since: String?
    /// The last ISO day of the window, inclusive.
    public var until: String?

    /// Creates a filter; the default keeps everything.
    public init(
        minWeight: Double? = nil, minConfidence: Double? = nil, predicates: Set<String>? = nil, kinds: Set<EntityKind>? = nil,
        dropIsolated: Bool = false, top: Int? = nil, topBy: Rank = .degree, largestComponent: Bool = false,
        since: String? = nil, until: String? = nil
    ) {
        self.minWeight = minWeight
        self.minConfidence = minConfidence
        self.predicates = predicates
        self.kinds = kinds
        self.dropIsolated = dropIsolated
        self.top = top
        self.topBy = topBy
        self.largestComponent = largestComponent
        self.since = since
        self.until = until
    }

    /// Whether the filter keeps every graph whole.
    public var isEmpty: Bool { self == GraphFilter() }

    /// Checks the filter's values.
    /// - Throws: ``NewsGraphError`` (`invalidInput`) naming the first bad value.
    public func validate() throws {
        if let minWeight, minWeight < 0 { throw NewsGraphError(.invalidInput, "the minimum weight must be 0 or more") }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw NewsGraphError(.invalidInput, "the minimum confidence must be between 0 and 1")
        }
        if let top, top < 0 { throw NewsGraphError(.invalidInput, "top N must be 0 or more") }
        for (name, day) in [("since", since), ("until", until)] {
            if let day, DocumentDate.isoDay(day) != day {
                throw NewsGraphError(.invalidInput, "\(name) must be an ISO date YYYY-MM-DD, not '\(day)'")
            }
        }
    }

    /// The filtered graph.
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        if isEmpty { return graph }
        let windowed = since != nil || until != nil
        // The documents that count.
        var inWindow: Set<String>? = nil
        if windowed {
            var keep = Set<String>()
            for (id, document) in graph.documents {
                guard let day = document.date.flatMap(DocumentDate.isoDay) else { continue }
                if let since, day < since { continue }
                if let until, day > until { continue }
                keep.insert(id)
            }
            inWindow = keep
        }

        // Stage 1: evidence, relations, entities.
        var entities: [String: Entity] = [:]
        for position in graph.entities.indices {
            if let kinds, !kinds.contains(graph.entities.kind(at: position)) { continue }
            var entity = graph.entities[position]
            let id = entity.id
            if let inWindow { entity.mentions = entity.mentions.filter { inWindow.contains($0.documentID) } }
            entities[id] = entity
        }
        var relations: [Relation] = []
        for relation in graph.relations.values {
            if let predicates, !predicates.contains(relation.predicate.name) { continue }
            guard entities[relation.source] != nil, entities[relation.target] != nil else { continue }
            var kept = relation
            if inWindow != nil || minConfidence != nil {
                let evidence = relation.evidence.filter { item in
                    (inWindow?.contains(item.documentID) ?? true) && item.confidence >= (minConfidence ?? 0)
                }
                if evidence.isEmpty { continue }
                if evidence.count != relation.evidenceCount {
                    kept = Relation(
                        source: relation.source, predicate: relation.predicate, target: relation.target, evidence: evidence,
                        attributes: relation.attributes, directed: relation.isDirected)
                }
            }
            if let minWeight, kept.weight < minWeight { continue }
            relations.append(kept)
        }
        if windowed {
            var linked = Set<String>()
            for relation in relations {
                linked.insert(relation.source)
                linked.insert(relation.target)
            }
            entities = entities.filter { $0.value.isMentioned || linked.contains($0.key) }
        }

        // Stage 2: structure.
        if let top, top < entities.count {
            var degree: [String: Int] = [:]
            for relation in relations {
                degree[relation.source, default: 0] += 1
                if relation.target != relation.source { degree[relation.target, default: 0] += 1 }
            }
            let ranked = entities.values.map { entity in
                (score: topBy == .degree ? degree[entity.id] ?? 0 : entity.mentionCount, id: entity.id)
            }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
            let keep = Set(ranked.prefix(top).map(\.id))
            entities = entities.filter { keep.contains($0.key) }
            relations.removeAll { !keep.contains($0.source) || !keep.contains($0.target) }
        }
        if largestComponent, !entities.isEmpty {
            let keep = Self.largestComponent(entities: entities.keys, relations: relations)
            entities = entities.filter { keep.contains($0.key) }
            relations.removeAll { !keep.contains($0.source) }
        }
        if dropIsolated {
            var linked = Set<String>()
            for relation in relations {
                linked.insert(relation.source)
                linked.insert(relation.target)
            }
            entities = entities.filter { linked.contains($0.key) }
        }

        var result = KnowledgeGraph()
        for entity in entities.values { result.add(entity) }
        for relation in relations { result.add(relation) }
        for (id, document) in graph.documents where inWindow?.contains(id) ?? true { result.add(document) }
        return result
    }

    /// The entity ids of the largest weakly connected component.
    static func largestComponent(entities: Dictionary<String, Entity>.Keys, relations: [Relation]) -> Set<String> {
        let ids = entities.sorted()
        var number: [String: Int] = [:]
        for (index, id) in ids.enumerated() { number[id] = index }
        // Union-find with path halving; the root of a set is its smallest index.
        var parent = Array(0..<ids.count)
        func find(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for relation in relations {
            guard let a = number[relation.source], let b = number[relation.target] else { continue }
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var size = [Int](repeating: 0, count: ids.count)
        var edges = [Int](repeating: 0, count: ids.count)
        for node in ids.indices { size[find(node)] += 1 }
        for relation in relations { if let a = number[relation.source] { edges[find(a)] += 1 } }
        // Roots are the smallest index of their set, so the first best root has the smallest id.
        var best = 0
        for node in ids.indices where parent[node] == node {
            if size[node] > size[best] || (size[node] == size[best] && edges[node] > edges[best]) { best = node }
        }
        best = find(best)
        return Set(ids.indices.filter { find($0) == best }.map { ids[$0] })
    }
}

/// Document dates.
public enum DocumentDate {
    /// The `YYYY-MM-DD` prefix of `text`, when it has one with a plausible month and day
    /// and no further digit right after it; `nil` otherwise.
    public static func isoDay(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7),
            bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10), (1...12).contains(month), day >= 1,
            let year = digits(0..<4), year >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        if bytes.count == 11, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[10]) { return nil }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }
}
