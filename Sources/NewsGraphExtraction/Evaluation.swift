import Foundation
import NewsGraph

/// A hand-made annotation of one text: its actors and relations, in the format of
/// `shared/corpus/dev/*.gold.json`.
public struct GoldStandard: Sendable, Decodable {
    /// One annotated actor.
    public struct Entity: Sendable, Decodable, Hashable {
        /// Snake-case identifier, the same across files.
        public var id: String
        /// Canonical name.
        public var name: String
        /// Kind name (`Person`, `Organization`, `Country`, `Location`, `Facility`, `Group`).
        public var type: String
        /// Every surface form found in the text.
        public var aliases: [String]

        /// Creates an annotated actor.
        public init(id: String, name: String, type: String, aliases: [String]) {
            self.id = id
            self.name = name
            self.type = type
            self.aliases = aliases
        }
    }

    /// One annotated relation.
    public struct Relation: Sendable, Decodable, Hashable {
        /// Source entity id.
        public var source: String
        /// Target entity id.
        public var target: String
        /// Predicate name.
        public var type: String
        /// The span of text that states it.
        public var evidence: String

        /// Creates an annotated relation.
        public init(source: String, target: String, type: String, evidence: String = "") {
            self.source = source
            self.target = target
            self.type = type
            self.evidence = evidence
        }
    }

    /// The actors.
    public var entities: [Entity]
    /// The relations.
    public var relations: [Relation]

    /// Creates an annotation.
    public init(entities: [Entity], relations: [Relation]) {
        self.entities = entities
        self.relations = relations
    }

    /// Reads a gold file.
    /// - Throws: ``NewsGraphError`` (`.io` or `.invalidInput`) with the path.
    public init(contentsOf path: String) throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw NewsGraphError(.io, "cannot read gold file", path: path)
        }
        do {
            self = try JSONDecoder().decode(GoldStandard.self, from: data)
        } catch {
            throw NewsGraphError(.invalidInput, "malformed gold file: \(error)", path: path)
        }
    }
}

/// Precision, recall and F1 from counts.
public struct PRF: Sendable, Hashable, CustomStringConvertible {
    /// Found and correct.
    public var truePositives = 0
    /// Found but wrong (or a duplicate node for an actor already found).
    public var falsePositives = 0
    /// In the gold standard but not found.
    public var falseNegatives = 0

    /// Creates counts.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// TP / (TP + FP), or 0.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN), or 0.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// The harmonic mean of precision and recall, or 0.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds two sets of counts (micro-averaging).
    public static func + (lhs: PRF, rhs: PRF) -> PRF {
        PRF(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    /// `P=0.900 R=0.800 F1=0.847 (tp 8, fp 1, fn 2)`.
    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "P=\(f(precision)) R=\(f(recall)) F1=\(f(f1)) (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))"
    }
}

/// Scores an extracted graph against a gold standard, with the matching rules of
/// `shared/corpus/README.md`.
///
/// An entity is found when a node's label or one of its aliases equals the gold name or
/// one of its aliases (case-insensitive, periods ignored, a leading "the" dropped); a
/// second node for the same actor is a false positive. A relation is found when both
/// ends are found and the predicate matches (symmetric predicates in either direction).
/// `co_occurs` edges are ignored.
public struct GoldScore: Sendable, Hashable {
    /// Entity counts.
    public var entities: PRF
    /// Typed entity counts: a node counts as found only if it matches a gold entity by
    /// name (as for ``entities``) and its kind's name equals the gold type; a found node of
    /// the wrong kind is both a false positive and a false negative.
    public var typedEntities: PRF
    /// Typed relation counts (ends and predicate must match).
    public var relations: PRF
    /// Gold relations that were not found, as `source predicate target`.
    public var missedRelations: [String]
    /// Extracted relations that are not in the gold standard, as `source predicate target`.
    public var spuriousRelations: [String]
    /// Gold entities that were not found (ids).
    public var missedEntities: [String]
    /// Nodes that match no gold entity, or duplicate one (labels).
    public var spuriousEntities: [String]
    /// Nodes matched to a gold entity of another type, as `label: Kind (gold Type)`.
    public var mistypedEntities: [String]
    /// The gold entity id each node was matched to (duplicates included), by node id.
    public var goldIDs: [String: String]

    /// Normalizes a name for matching: lower case, periods removed, leading "the " dropped.
    public static func normalize(_ name: String) -> String {
        var s = name.lowercased().replacingOccurrences(of: ".", with: "").trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("the ") { s = String(s.dropFirst(4)) }
        return s.replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// A relation as the scorer compares it, `source predicate target`, the ends of a
    /// symmetric predicate in sorted order.
    public static func relationKey(_ source: String, _ predicate: String, _ target: String) -> String {
        let symmetric = Predicate.named(predicate)?.isSymmetric ?? false
        return symmetric && target < source ? "\(target) \(predicate) \(source)" : "\(source) \(predicate) \(target)"
    }

    /// Scores `graph` against `gold`.
    public init(graph: KnowledgeGraph, gold: GoldStandard) {
        var goldForms: [(id: String, forms: Set<String>)] = []
        for entity in gold.entities {
            goldForms.append((entity.id, Set(([entity.name] + entity.aliases).map(Self.normalize))))
        }
        var assigned: [String: String] = [:]  // node id -> gold id
        var taken: Set<String> = []
        var entities = PRF()
        var typed = PRF()
        let goldType = Dictionary(gold.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        var mistyped: [String] = []
        var spurious: [String] = []
        for node in graph.sortedEntities {
            let forms = Set(([node.name] + node.sortedAliases).map(Self.normalize))
            // Prefer the gold entity that carries the node's own label, then the largest overlap.
            let label = Self.normalize(node.name)
            func rank(_ g: (id: String, forms: Set<String>)) -> Int {
                g.forms.intersection(forms).count + (g.forms.contains(label) ? 100 : 0)
            }
            let candidates = goldForms.filter { !$0.forms.isDisjoint(with: forms) }.sorted { rank($0) > rank($1) }
            if let free = candidates.first(where: { !taken.contains($0.id) }) {
                taken.insert(free.id)
                assigned[node.id] = free.id
                entities.truePositives += 1
                if let type = goldType[free.id], type.lowercased() == node.kind.rawValue.lowercased() {
                    typed.truePositives += 1
                } else {
                    typed.falsePositives += 1
                    typed.falseNegatives += 1
                    mistyped.append("\(node.name): \(node.kind.rawValue) (gold \(goldType[free.id] ?? "?"))")
                }
            } else {
                entities.falsePositives += 1
                typed.falsePositives += 1
                spurious.append(node.name)
                // A duplicate still lets its relations count towards the actor.
                if let first = candidates.first { assigned[node.id] = first.id }
            }
        }
        let missedEntities = gold.entities.map(\.id).filter { !taken.contains($0) }
        entities.falseNegatives = missedEntities.count
        typed.falseNegatives += missedEntities.count

        let key = Self.relationKey
        let goldKeys = Set(gold.relations.map { key($0.source, $0.type, $0.target) })
        var predicted: Set<String> = []
        for relation in graph.relations.values where relation.predicate != .coOccurs {
            let s = assigned[relation.source] ?? "?" + relation.source
            let t = assigned[relation.target] ?? "?" + relation.target
            predicted.insert(key(s, relation.predicate.name, t))
        }
        let hits = predicted.intersection(goldKeys)
        self.entities = entities
        self.typedEntities = typed
        self.mistypedEntities = mistyped
        self.goldIDs = assigned
        self.relations = PRF(
            truePositives: hits.count, falsePositives: predicted.count - hits.count, falseNegatives: goldKeys.count - hits.count)
        self.missedRelations = goldKeys.subtracting(hits).sorted()
        self.spuriousRelations = predicted.subtracting(hits).sorted()
        self.missedEntities = missedEntities
        self.spuriousEntities = spurious
    }
}
