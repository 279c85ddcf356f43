import Foundation
import NewsGraph

/// Checks a JSON graph against the rules its JSON Schema (`Schemas/newsgraph-graph.schema.json`)
/// states, and the cross-references no JSON Schema can state (links point at nodes,
/// node ids are unique), reporting every problem with its JSON path.
struct JSONGraphChecker {
    var problems: ProblemCollector

    init(limit: Int) { problems = ProblemCollector(limit: limit) }

    mutating func check(_ data: Data) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let (line, column) = JSONNesting.firstTooDeep(data) {
                problems.error(JSONNesting.message(), line: line, column: column)
            } else {
                problems.error("not valid JSON")
            }
            return
        }
        guard let top = root as? [String: Any] else {
            problems.error("expected an object", path: "$")
            return
        }
        if let directed = top["directed"], !isBool(directed) { problems.error("expected true or false", path: "directed") }
        if let multigraph = top["multigraph"], !isBool(multigraph) {
            problems.error("expected true or false", path: "multigraph")
        }
        if let graph = top["graph"] {
            checkGraphAttributes(graph)
        }
        var nodeIDs: Set<String> = []
        if let nodes = array(top["nodes"], "nodes", required: true) {
            for (index, node) in nodes.enumerated() {
                checkNode(node, path: "nodes[\(index)]", ids: &nodeIDs)
            }
        }
        if let links = array(top["links"], "links", required: true) {
            for (index, link) in links.enumerated() {
                checkLink(link, path: "links[\(index)]", nodeIDs: nodeIDs)
            }
        }
    }

    /// Foundation bridges JSON booleans to NSNumber; tell them apart by their type id.
    func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    mutating func array(_ value: Any?, _ path: String, required: Bool = false) -> [Any]? {
        guard let value else {
            if required { problems.error("missing", path: path) }
            return nil
        }
        guard let items = value as? [Any] else {
            problems.error("expected an array", path: path)
            return nil
        }
        return items
    }

    private mutating func object(_ value: Any, _ path: String) -> [String: Any]? {
        guard let object = value as? [String: Any] else {
            problems.error("expected an object", path: path)
            return nil
        }
        return object
    }

    @discardableResult
    private mutating func string(_ object: [String: Any], _ key: String, _ path: String, required: Bool = false, nonEmpty: Bool = false)
        -> String?
    {
        guard let value = object[key] else {
            if required { problems.error("missing", path: "\(path).\(key)") }
            return nil
        }
        guard let text = value as? String else {
            problems.error("expected a string", path: "\(path).\(key)")
            return nil
        }
        if nonEmpty && text.isEmpty { problems.error("must not be empty", path: "\(path).\(key)") }
        return text
    }

    @discardableResult
    private mutating func integer(_ object: [String: Any], _ key: String, _ path: String, required: Bool = false, minimum: Int = 0) -> Int?
    {
        guard let value = object[key] else {
            if required { problems.error("missing", path: "\(path).\(key)") }
            return nil
        }
        guard !isBool(value), let number = value as? NSNumber, let integer = Int(exactly: number.doubleValue) else {
            problems.error("expected an integer", path: "\(path).\(key)")
            return nil
        }
        if integer < minimum { problems.error("must be \(minimum) or more", path: "\(path).\(key)") }
        return integer
    }

    private mutating func number(_ object: [String: Any], _ key: String, _ path: String, range: ClosedRange<Double>) {
        guard let value = object[key] else { return }
        guard !isBool(value), let number = value as? NSNumber else {
            problems.error("expected a number", path: "\(path).\(key)")
            return
        }
        if !range.contains(number.doubleValue) {
            problems.error("\(number) is not between \(range.lowerBound) and \(range.upperBound)", path: "\(path).\(key)")
        }
    }

    private mutating func bool(_ object: [String: Any], _ key: String, _ path: String) {
        guard let value = object[key] else { return }
        if !isBool(value) { problems.error("expected true or false", path: "\(path).\(key)") }
    }

    private mutating func strings(_ object: [String: Any], _ key: String, _ path: String) {
        guard let items = array(object[key], "\(path).\(key)") else { return }
        for (index, item) in items.enumerated() where !(item is String) {
            problems.error("expected a string", path: "\(path).\(key)[\(index)]")
        }
    }

    private mutating func attributes(_ object: [String: Any], _ path: String) {
        guard let value = object["attributes"] else { return }
        guard let fields = self.object(value, "\(path).attributes") else { return }
        for (key, item) in fields.sorted(by: { $0.key < $1.key }) where !(item is String) {
            problems.error("expected a string", path: "\(path).attributes.\(key)")
        }
    }

    private mutating func span(_ value: Any, _ path: String) {
        guard let span = object(value, path) else { return }
        string(span, "document", path, required: true)
        let start = integer(span, "start", path, required: true)
        let end = integer(span, "end", path, required: true)
        if let start, let end, end < start { problems.error("end \(end) is before start \(start)", path: path) }
    }

    mutating func checkGraphAttributes(_ value: Any) {
        guard let graph = object(value, "graph") else { return }
        if graph["format"] != nil, let format = integer(graph, "format", "graph", minimum: 1), format > JSONGraphFormat.formatVersion {
            problems.error("format \(format) is newer than this build reads (\(JSONGraphFormat.formatVersion))", path: "graph.format")
        }
        guard let documents = array(graph["documents"], "graph.documents") else { return }
        var seen: Set<String> = []
        for (index, item) in documents.enumerated() {
            let path = "graph.documents[\(index)]"
            guard let document = object(item, path) else { continue }
            if let id = string(document, "id", path, required: true, nonEmpty: true), !seen.insert(id).inserted {
                problems.error("duplicate document id '\(id)'", path: "\(path).id")
            }
            for key in ["title", "date", "url"] { string(document, key, path) }
            if let metadata = document["metadata"] {
                guard let fields = object(metadata, "\(path).metadata") else { continue }
                for (key, value) in fields.sorted(by: { $0.key < $1.key }) where !(value is String) {
                    problems.error("expected a string", path: "\(path).metadata.\(key)")
                }
            }
        }
    }

    mutating func checkNode(_ value: Any, path: String, ids: inout Set<String>) {
        guard let node = object(value, path) else { return }
        if let id = string(node, "id", path, required: true, nonEmpty: true), !id.isEmpty, !ids.insert(id).inserted {
            problems.error("duplicate node id '\(id)'", path: "\(path).id")
        }
        string(node, "label", path)
        if let type = string(node, "type", path), EntityKind(rawValue: type) == nil {
            problems.error("unknown entity type '\(type)'", path: "\(path).type")
        }
        strings(node, "aliases", path)
        attributes(node, path)
        let mentions = integer(node, "mentions", path)
        if let spans = array(node["spans"], "\(path).spans") {
            for (index, item) in spans.enumerated() { span(item, "\(path).spans[\(index)]") }
            if let mentions, mentions != spans.count {
                problems.error("mentions is \(mentions) but there are \(spans.count) spans", path: "\(path).mentions")
            }
        }
    }

    mutating func checkLink(_ value: Any, path: String, nodeIDs: Set<String>) {
        guard let link = object(value, path) else { return }
        for end in ["source", "target"] {
            if let id = string(link, end, path, required: true), !nodeIDs.contains(id) {
                problems.error("no node with id '\(id)'", path: "\(path).\(end)")
            }
        }
        let relation = string(link, "relation", path)
        let key = string(link, "key", path)
        if relation == nil && key == nil { problems.error("missing", path: "\(path).relation") }
        if let name = relation ?? key, !Predicate.isValidName(name) {
            problems.error(
                "'\(name)' is not a valid predicate name (snake_case ASCII)", path: "\(path).\(relation == nil ? "key" : "relation")")
        }
        if let relation, let key, relation != key {
            problems.error("key '\(key)' differs from relation '\(relation)'", path: "\(path).key")
        }
        if let category = string(link, "category", path), Predicate.Category(rawValue: category) == nil {
            problems.error("unknown category '\(category)'", path: "\(path).category")
        }
        bool(link, "symmetric", path)
        bool(link, "directed", path)
        string(link, "cameo", path)
        string(link, "definition", path)
        string(link, "role", path)
        // The evidence count, or the weight another tool's file gave a link without evidence.
        number(link, "weight", path, range: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude)
        number(link, "confidence", path, range: 0...1)
        strings(link, "documents", path)
        attributes(link, path)
        guard let evidence = array(link["evidence"], "\(path).evidence") else { return }
        for (index, item) in evidence.enumerated() {
            let itemPath = "\(path).evidence[\(index)]"
            span(item, itemPath)
            guard let entry = item as? [String: Any] else { continue }
            string(entry, "sentence", itemPath)
            number(entry, "confidence", itemPath, range: 0...1)
            string(entry, "rule", itemPath)
            string(entry, "role", itemPath)
        }
    }
}

// MARK: Streaming

extension JSONGraphChecker {
    /// Why ``checkStreaming(_:)`` gave up: the input is not what the streaming check
    /// handles the same way as ``check(_:)`` (a syntax error, an integer too long for
    /// `Int`, a second `nodes` after `links`). The caller checks the whole bytes instead.
    struct Fallback: Error {}

    /// Checks one JSON graph read from `scanner`, holding one node or link at a time and
    /// the node ids (not the file). It finds what ``check(_:)`` finds, in the same order:
    /// each top-level member's problems are kept apart and listed in the order `check`
    /// visits them. Links before the nodes are kept until the nodes are read. Throws
    /// ``Fallback`` (or the scanner's error) when the bytes must go through ``check(_:)``.
    mutating func checkStreaming(_ scanner: JSONScanner) throws {
        guard try scanner.beginObject() else {
            _ = try Self.value(scanner)
            guard try scanner.peek() == nil else { throw Fallback() }
            problems.error("expected an object", path: "$")
            return
        }
        let limit = problems.limit
        var sections: [String: ProblemCollector] = [:]
        var nodeIDs: Set<String> = []
        var nodesRead = false
        var waitingLinks: Any?
        var first = true
        while let key = try scanner.nextKeyString(first: first) {
            first = false
            var checker = JSONGraphChecker(limit: limit)
            switch key {
            case "directed", "multigraph":
                if !isBool(try Self.value(scanner)) { checker.problems.error("expected true or false", path: key) }
            case "graph":
                checker.checkGraphAttributes(try Self.value(scanner))
            case "nodes":
                if waitingLinks == nil && sections["links"] != nil { throw Fallback() }
                nodeIDs = []
                nodesRead = true
                if try scanner.beginArray() {
                    var index = 0
                    while try scanner.nextElement(first: index == 0) {
                        checker.checkNode(try Self.value(scanner), path: "nodes[\(index)]", ids: &nodeIDs)
                        index += 1
                    }
                } else {
                    _ = checker.array(try Self.value(scanner), "nodes")
                }
            case "links":
                if !nodesRead {
                    waitingLinks = try Self.value(scanner)
                    sections[key] = nil
                    continue
                }
                waitingLinks = nil
                if try scanner.beginArray() {
                    var index = 0
                    while try scanner.nextElement(first: index == 0) {
                        checker.checkLink(try Self.value(scanner), path: "links[\(index)]", nodeIDs: nodeIDs)
                        index += 1
                    }
                } else {
                    _ = checker.array(try Self.value(scanner), "links")
                }
            default:
                try scanner.skipValue()
                continue
            }
            sections[key] = checker.problems
        }
        guard try scanner.peek() == nil else { throw Fallback() }
        if let waitingLinks {
            var checker = JSONGraphChecker(limit: limit)
            if let links = checker.array(waitingLinks, "links") {
                for (index, link) in links.enumerated() { checker.checkLink(link, path: "links[\(index)]", nodeIDs: nodeIDs) }
            }
            sections["links"] = checker.problems
        }
        for key in ["nodes", "links"] where sections[key] == nil {
            var missing = ProblemCollector(limit: limit)
            missing.error("missing", path: key)
            sections[key] = missing
        }
        for key in ["directed", "multigraph", "graph", "nodes", "links"] {
            guard let section = sections[key] else { continue }
            for problem in section.problems { problems.add(problem) }
            problems.countUnlisted(errors: section.errorCount - section.problems.filter { $0.severity == .error }.count)
        }
    }

    /// The next value as `JSONSerialization` gives it (`[String: Any]`, `[Any]`, `String`,
    /// `NSNumber`, `NSNull`).
    static func value(_ scanner: JSONScanner) throws -> Any {
        if try scanner.beginObject() {
            var object: [String: Any] = [:]
            var first = true
            while let key = try scanner.nextKeyString(first: first) {
                first = false
                object[key] = try value(scanner)
            }
            return object
        }
        if try scanner.beginArray() {
            var array: [Any] = []
            var first = true
            while try scanner.nextElement(first: first) {
                first = false
                array.append(try value(scanner))
            }
            return array
        }
        if let string = try scanner.string() { return string }
        if let bool = try scanner.bool() { return NSNumber(value: bool) }
        if try scanner.null() { return NSNull() }
        guard let number = try scanner.number() else { throw scanner.invalid() }
        guard number.isWritten else { return NSNumber(value: number.double) }
        // Foundation reads a longer integer as an NSDecimalNumber.
        guard let integer = number.integer, number.double.magnitude < 1e18 else { throw Fallback() }
        return NSNumber(value: integer)
    }
}
