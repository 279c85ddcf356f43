import NewsGraph
import NewsGraphXML

/// The rules of NewsGraph's own GraphML profile (DESIGN.md): the keys its writer declares
/// with their types, entity kinds and predicates from the vocabulary, confidences in 0–1.
///
/// The profile applies to a file that declares the profile's signature keys (an edge key
/// named `relation` and a node key named `type`); other GraphML is checked against the
/// GraphML rules alone.
public struct NewsGraphProfile {
    /// Every key the NewsGraph GraphML writer declares: (domain, attr.name, attr.type).
    /// A test keeps this equal to what the writer writes.
    public static let keys: [(domain: String, name: String, type: String)] = [
        ("node", "label", "string"), ("node", "name", "string"), ("node", "entity_id", "string"),
        ("node", "type", "string"), ("node", "actor_kind", "string"), ("node", "aliases", "string"),
        ("node", "mentions", "int"), ("node", "documents", "string"), ("node", "spans", "string"),
        ("node", "color", "string"), ("node", "size", "double"),
        ("edge", "label", "string"), ("edge", "relation", "string"), ("edge", "cameo", "string"),
        ("edge", "weight", "double"), ("edge", "confidence", "double"), ("edge", "evidence", "string"),
        ("edge", "documents", "string"), ("edge", "role", "string"), ("edge", "evidence_spans", "string"),
    ]

    /// The keys a laid-out graph adds after ``keys`` (`--layout`): position, and colour as
    /// Gephi's GraphML importer reads it. A test keeps this equal to what the writer writes.
    public static let layoutKeys: [(domain: String, name: String, type: String)] = [
        ("node", "x", "double"), ("node", "y", "double"), ("node", "r", "int"), ("node", "g", "int"), ("node", "b", "int"),
    ]

    private static let typeByKey: [String: String] = Dictionary(
        uniqueKeysWithValues: (keys + layoutKeys).map { ($0.domain + "|" + $0.name, $0.type) })

    /// Whether the declared keys carry the profile's signature.
    static func applies(toKeys keys: [(name: String, domain: String)]) -> Bool {
        keys.contains { $0.name == "relation" && ($0.domain == "edge" || $0.domain == "all") }
            && keys.contains { $0.name == "type" && ($0.domain == "node" || $0.domain == "all") }
    }

    /// key id → attr.name, for the keys the profile knows.
    private var known: [String: String] = [:]

    /// Whether the profile checks the values of this key.
    func knows(_ key: String) -> Bool { known[key] != nil }

    mutating func declare(key id: String, name: String?, domain: String, type: String, line: Int, problems: inout ProblemCollector) {
        guard let name else { return }
        let domains = domain == "all" ? ["node", "edge"] : [domain]
        for domain in domains {
            guard let expected = Self.typeByKey[domain + "|" + name] else { continue }
            // A string column named x, r… is another tool's column kept as an attribute, not a layout key.
            if type == "string" && Self.layoutKeys.contains(where: { $0.domain == domain && $0.name == name }) { return }
            known[id] = name
            // NetworkX writes Python ints as `long`: an integer all the same.
            if type != expected && !(expected == "int" && type == "long") {
                problems.error("key '\(name)' must have attr.type \(expected) in the NewsGraph profile, not \(type)", line: line)
            }
            return
        }
    }

    /// Whether the graph is undirected (`edgedefault="undirected"`).
    private var undirectedGraph = false

    mutating func startGraph(attributes: [XMLAttribute], line: Int, problems: inout ProblemCollector) {
        undirectedGraph = attributes.first(where: { $0.localName == "edgedefault" })?.value == "undirected"
    }

    /// NewsGraph writes a graph of undirected relations only as an undirected graph, and marks
    /// the undirected edges of a directed one with `directed="false"`: an undirected graph's
    /// edges say nothing.
    mutating func startEdge(attributes: [XMLAttribute], line: Int, problems: inout ProblemCollector) {
        guard undirectedGraph, let directed = attributes.first(where: { $0.localName == "directed" })?.value else { return }
        problems.error(
            "directed=\"\(directed)\" in an undirected graph: NewsGraph writes a graph with both kinds as a directed graph whose undirected edges say directed=\"false\"",
            line: line)
    }

    mutating func endEdge(problems: inout ProblemCollector) {}

    /// The attr.name of a key the profile checks, by key id.
    func knownName(_ key: String) -> String? { known[key] }

    /// What the profile checks in the values of a key, by its attr.name and owner.
    enum Rule: UInt8 {
        case entityKind, relation, confidence, color, r, g, b, mentions, size
    }

    /// The rule for values of the key named `name` on `owner`, if there is one.
    static func rule(name: String, owner: ProfileOwner) -> Rule? {
        switch (name, owner) {
        case ("type", .node), ("actor_kind", .node): .entityKind
        case ("relation", .edge): .relation
        case ("confidence", .edge): .confidence
        case ("color", .node): .color
        case ("r", .node): .r
        case ("g", .node): .g
        case ("b", .node): .b
        case ("mentions", .node): .mentions
        case ("size", .node): .size
        default: nil
        }
    }

    func checkValue(_ text: String, key: String, owner: ProfileOwner, line: Int, problems: inout ProblemCollector) {
        guard let name = known[key], let rule = Self.rule(name: name, owner: owner) else { return }
        Self.check(text, rule: rule, line: line, problems: &problems)
    }

    /// Checks a value (untrimmed, as read) against a rule.
    static func check(_ text: String, rule: Rule, line: Int, problems: inout ProblemCollector) {
        let value = String(XSDLexical.trimmed(text))
        switch rule {
        case .entityKind:
            if EntityKind(name: value) == nil {
                problems.error(
                    "'\(value)' is not an entity kind (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))", line: line)
            }
        case .relation:
            if !Predicate.isValidName(value) {
                problems.error("'\(value)' is not a valid predicate name (snake_case ASCII)", line: line)
            } else if Predicate.named(value) == nil {
                problems.warning("'\(value)' is not a built-in predicate", line: line)
            }
        case .confidence:
            if let number = Double(value), !(0...1).contains(number) {
                problems.error("confidence \(value) is not between 0 and 1", line: line)
            }
        case .color:
            let hex = value.utf8.dropFirst()
            if value.first != "#" || hex.count != 6
                || !hex.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x46) || ($0 >= 0x61 && $0 <= 0x66) })
            {
                problems.error("color '\(value)' is not #RRGGBB", line: line)
            }
        case .r, .g, .b:
            if let number = Int(value), !(0...255).contains(number) {
                problems.error("colour channel \(rule) \(value) is not between 0 and 255", line: line)
            }
        case .mentions, .size:
            if let number = Double(value), number < 0 { problems.error("\(rule) \(value) is negative", line: line) }
        }
    }
}
