import NewsGraph
import NewsGraphXML

/// The former ``GraphMLChecker``, on Swift `String`s (ids in `Set<String>`s, element names
/// compared as strings, every checked value made a `String`): kept, internal, as the oracle
/// of the equivalence test that runs both on the same files (`GraphMLCheckerEquivalenceTests`).
/// Nothing else uses it.
final class GraphMLStringChecker: XMLByteHandler, GraphMLChecking {
    struct Key {
        var domain: String
        var name: String?
        var type: String
        var line: Int
    }

    /// One open element with the data keys used on it so far.
    struct Frame {
        var name: String
        var dataKeys: Set<String> = []
    }

    /// Ids of one open graph. As in the XSD, whose selectors are `.//node`, `.//edge`,
    /// a graph's ids include those of the graphs nested in it; `nodes` maps an id to
    /// whether it is the graph's own node (`true`) or a nested graph's (`false`).
    struct GraphScope {
        var nodes: [String: Bool] = [:]
        var edgeIDs: Set<String> = []
        var hyperedgeIDs: Set<String> = []
        var endpointIDs: Set<String> = []
        var pending: [(id: String, line: Int, role: String)] = []
    }

    static let elementNames = GraphMLChecker.elementNames
    static let graphMLOther = GraphMLChecker.graphMLOther
    typealias A = GraphMLChecker.A

    var problems: ProblemCollector
    var profile: NewsGraphProfile?
    /// The reader, for lines and names (set by ``run(reader:)``).
    private unowned(unsafe) var reader: XMLByteReader?
    private var keys: [String: Key] = [:]
    private var keyNames: [String: Int] = [:]  // "domain|name" → line
    private var graphIDs: Set<String> = []
    private var stack: [Frame] = []
    private var scopes: [GraphScope] = []
    /// Port names of each open node (`.//port` names are unique per node).
    private var portNames: [Set<String>] = []
    private var dataKey: String?
    private var dataLine = 0
    @exclusivity(unchecked) private var dataBytes: [UInt8] = []
    private var dataHasElements = false
    private var dataOwner: ProfileOwner = .other

    init(limit: Int, profile: NewsGraphProfile?) {
        problems = ProblemCollector(limit: limit)
        self.profile = profile
    }

    /// Reads the whole document from the reader.
    func run(reader: XMLByteReader, fd: Int32, prefix: [UInt8]) throws(XMLError) {
        self.reader = reader
        defer { self.reader = nil }
        try reader.read(fd: fd, prefix: prefix, handler: self)
    }

    func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {
        if dataKey != nil {
            dataHasElements = true
            return
        }
        guard element >= 0 else { return }
        start(element == Self.graphMLOther ? reader!.elementName : Self.elementNames[element], attributes, reader!.line)
    }

    func endElement(_ element: Int) {
        guard element >= 0 else { return }
        let name = element == Self.graphMLOther ? reader!.elementName : Self.elementNames[element]
        if name == "data" || name == "default" {
            finishData()
        }
        end(name)
    }

    func text(_ bytes: UnsafeRawBufferPointer) {
        if dataKey != nil { dataBytes.append(contentsOf: bytes) }
    }

    private static func value(_ attributes: borrowing XMLByteAttributes, _ name: A) -> String? {
        attributes.string(name.rawValue)
    }

    /// The attributes the profile looks at, as ``XMLAttribute``s.
    private static func profileAttributes(_ attributes: borrowing XMLByteAttributes, _ names: [A]) -> [XMLAttribute] {
        var result: [XMLAttribute] = []
        for name in names {
            if let value = attributes.string(name.rawValue) {
                result.append(XMLAttribute(localName: GraphMLChecker.vocabulary.attributeName(name.rawValue), value: value))
            }
        }
        return result
    }

    private func start(_ name: String, _ attributes: borrowing XMLByteAttributes, _ line: Int) {
        let parent = stack.last?.name
        switch name {
        case "key":
            let id = Self.value(attributes, .id) ?? ""
            let domain = Self.value(attributes, .for) ?? "all"
            let attrName = Self.value(attributes, .attrName)
            let type = Self.value(attributes, .attrType) ?? "string"
            if let previous = keys[id] {
                problems.error("duplicate key id '\(id)' (first declared on line \(previous.line))", line: line)
            } else {
                keys[id] = Key(domain: domain, name: attrName, type: type, line: line)
            }
            if let attrName {
                let signature = domain + "|" + attrName
                if let first = keyNames[signature] {
                    problems.warning(
                        "a second key named '\(attrName)' for \(domain) (first on line \(first)); igraph refuses such files",
                        line: line)
                } else {
                    keyNames[signature] = line
                }
            }
        case "graph":
            if let id = Self.value(attributes, .id) {
                if !graphIDs.insert(id).inserted { problems.error("duplicate graph id '\(id)'", line: line) }
            }
            if scopes.isEmpty && !profileDecided {
                decideProfile()
                profile?.startGraph(attributes: Self.profileAttributes(attributes, [.edgedefault]), line: line, problems: &problems)
            }
            scopes.append(GraphScope())
        case "node":
            if let id = Self.value(attributes, .id), !scopes.isEmpty {
                var duplicate = false
                for index in scopes.indices {
                    if scopes[index].nodes.updateValue(index == scopes.count - 1, forKey: id) != nil { duplicate = true }
                }
                if duplicate { problems.error("duplicate node id '\(id)'", line: line) }
            }
            portNames.append([])
        case "port":
            if let port = Self.value(attributes, .name), !portNames.isEmpty,
                !portNames[portNames.count - 1].insert(port).inserted
            {
                problems.error("duplicate port name '\(port)' on one node", line: line)
            }
        case "edge":
            if let id = Self.value(attributes, .id), !insertInAllScopes(id, \.edgeIDs) {
                problems.error("duplicate edge id '\(id)'", line: line)
            }
            if let id = Self.value(attributes, .source) { reference(id, line: line, role: "source") }
            if let id = Self.value(attributes, .target) { reference(id, line: line, role: "target") }
            if profile != nil, attributes[A.directed.rawValue] != nil {
                profile?.startEdge(attributes: Self.profileAttributes(attributes, [.directed]), line: line, problems: &problems)
            } else {
                profile?.startEdge(attributes: [], line: line, problems: &problems)
            }
        case "hyperedge":
            if let id = Self.value(attributes, .id), !insertInAllScopes(id, \.hyperedgeIDs) {
                problems.error("duplicate hyperedge id '\(id)'", line: line)
            }
        case "endpoint":
            if let id = Self.value(attributes, .id), !insertInAllScopes(id, \.endpointIDs) {
                problems.error("duplicate endpoint id '\(id)'", line: line)
            }
            if let node = Self.value(attributes, .node) { reference(node, line: line, role: "endpoint node") }
        case "data", "default":
            let key = name == "data" ? (Self.value(attributes, .key) ?? "") : (currentKeyID ?? "")
            dataKey = key
            dataLine = line
            dataBytes.removeAll(keepingCapacity: true)
            dataHasElements = false
            dataOwner = ProfileOwner(element: name == "default" ? "default" : parent ?? "")
            if name == "data" {
                if keys[key] == nil {
                    problems.error("data refers to key '\(key)', which is not declared", line: line)
                } else if let parent, let domain = keys[key]?.domain, domain != "all", domain != parent {
                    problems.warning("key '\(key)' is declared for \(domain) but used on \(parent)", line: line)
                }
                if stack.isEmpty == false, !stack[stack.count - 1].dataKeys.insert(key).inserted {
                    problems.error("a second <data> for key '\(key)' on the same \(parent ?? "element")", line: line)
                }
            }
        default:
            break
        }
        if name == "key" { currentKeyID = Self.value(attributes, .id) }
        stack.append(Frame(name: name))
    }

    private var profileDecided = false

    /// The keys are all declared before the first graph: apply the NewsGraph profile if
    /// they carry its signature, and check them against it.
    private func decideProfile() {
        profileDecided = true
        guard profile != nil else { return }
        let declared = keys.compactMap { id, key in key.name.map { (id: id, name: $0, key: key) } }
        guard NewsGraphProfile.applies(toKeys: declared.map { ($0.name, $0.key.domain) }) else {
            profile = nil
            return
        }
        for item in declared.sorted(by: { $0.key.line < $1.key.line }) {
            profile?.declare(
                key: item.id, name: item.name, domain: item.key.domain, type: item.key.type, line: item.key.line,
                problems: &problems)
        }
    }

    /// Whether the NewsGraph profile's rules were applied.
    var profileApplied: Bool { profile != nil && profileDecided }

    /// The id of the `<key>` being read, for its `<default>`.
    private var currentKeyID: String?

    private func finishData() {
        guard let key = dataKey else { return }
        defer { dataKey = nil }
        guard !dataHasElements, let declared = keys[key] else { return }
        // A string value of a key the profile does not check needs no `String` at all.
        if declared.type == "string" && profile?.knows(key) != true { return }
        let dataText = String(decoding: dataBytes, as: UTF8.self)
        if !XSDLexical.isValid(dataText, as: declared.type) {
            let shown = dataText.count > 40 ? String(dataText.prefix(40)) + "…" : dataText
            problems.error("value '\(shown)' of key '\(key)' is not a valid \(declared.type)", line: dataLine)
        }
        profile?.checkValue(dataText, key: key, owner: dataOwner, line: dataLine, problems: &problems)
    }

    /// Inserts an id into the id set of every open graph; false if any had it.
    private func insertInAllScopes(_ id: String, _ set: WritableKeyPath<GraphScope, Set<String>>) -> Bool {
        var inserted = true
        for index in scopes.indices where !scopes[index][keyPath: set].insert(id).inserted { inserted = false }
        return inserted
    }

    /// An edge or endpoint names a node of the innermost open graph.
    private func reference(_ id: String, line: Int, role: String) {
        guard !scopes.isEmpty else { return }
        switch scopes[scopes.count - 1].nodes[id] {
        case true?: break
        case false?: problems.error(Self.nestedMessage(role, id), line: line)
        case nil: scopes[scopes.count - 1].pending.append((id, line, role))
        }
    }

    private static func nestedMessage(_ role: String, _ id: String) -> String {
        "\(role) '\(id)' is a node of a nested graph (the GraphML schema matches it twice and rejects it)"
    }

    private func end(_ name: String) {
        if !stack.isEmpty { stack.removeLast() }
        switch name {
        case "key": currentKeyID = nil
        case "edge": profile?.endEdge(problems: &problems)
        case "node": if !portNames.isEmpty { portNames.removeLast() }
        case "graph":
            guard let finished = scopes.popLast() else { return }
            for (id, line, role) in finished.pending {
                switch finished.nodes[id] {
                case true?: break
                case false?: problems.error(Self.nestedMessage(role, id), line: line)
                case nil: problems.error("\(role) '\(id)' is not a node of this graph", line: line)
                }
            }
        default: break
        }
    }
}
