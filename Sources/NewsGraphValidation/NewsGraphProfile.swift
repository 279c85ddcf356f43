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

    func checkValue(_ text: String, key: String, owner: ProfileOwner, line: Int, problems: inout ProblemCollector) {
        guard let name = known[key] else { return }
        let value = String(XSDLexical.trimmed(text))
        switch (name, owner) {
        case ("type", .node), ("actor_kind", .node):
            if EntityKind(name: value) == nil {
                problems.error(
                    "'\(value)' is not an entity kind (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))", line: line)
            }
        case ("relation", .edge):
            if !Predicate.isValidName(value) {
                problems.error("'\(value)' is not a valid predicate name (snake_case ASCII)", line: line)
            } else if Predicate.named(value) == nil {
                problems.warning("'\(value)' is not a built-in predicate", line: line)
            }
        case ("confidence", .edge):
            if let number = Double(value), !(0...1).contains(number) {
                problems.error("confidence \(value) is not between 0 and 1", line: line)
            }
        case ("color", .node):
            let hex = value.utf8.dropFirst()
            if value.first != "#" || hex.count != 6
                || !hex.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x46) || ($0 >= 0x61 && $0 <= 0x66) })
            {
                problems.error("color '\(value)' is not #RRGGBB", line: line)
            }
        case ("r", .node), ("g", .node), ("b", .node):
            if let number = Int(value), !(0...255).contains(number) {
                problems.error("colour channel \(name) \(value) is not between 0 and 255", line: line)
            }
        case ("mentions", .node), ("size", .node):
            if let number = Double(value), number < 0 { problems.error("\(name) \(value) is negative", line: line) }
        default:
            break
        }
    }
}
