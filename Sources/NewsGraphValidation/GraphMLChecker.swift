import NewsGraph
import NewsGraphXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What ``Validator`` needs of a GraphML checker (this one, or the `String` oracle kept for
/// the equivalence test).
protocol GraphMLChecking: AnyObject {
    var problems: ProblemCollector { get }
    var profileApplied: Bool { get }
    func run(reader: XMLByteReader, fd: Int32, prefix: [UInt8]) throws(XMLError)
}

/// Validates GraphML in one streaming pass: the structure through the XSD (without its
/// identity constraints), and in code what the XSD's identity constraints check plus
/// what no schema can say.
///
/// Memory grows with the number of ids (node, edge, key and graph ids), never with the
/// size of the file: ids are numbered in one byte-hashed table, each open graph keeps the
/// numbers of its ids with a few flag bits, edges whose endpoints have not been seen yet
/// wait in a list that the end of their graph resolves. It reads libxml2's SAX2 events as
/// bytes (``XMLByteReader``), with the schema plugged into the same pass, and stays on
/// bytes: elements are told apart by their number, ids and key ids are compared as bytes
/// (as the XSD's identity constraints compare them: code points, no normalization), and a
/// `<data>` value becomes a `String` only when its type or the NewsGraph profile checks it
/// and the same value has not passed the same check before.
final class GraphMLChecker: XMLByteHandler, GraphMLChecking {
    /// Element numbers in ``vocabulary``: the GraphML elements, then any other element of the
    /// GraphML namespace.
    static let elementNames = [
        "graphml", "key", "default", "graph", "node", "port", "edge", "hyperedge", "endpoint", "data", "desc", "locator",
    ]
    enum E: Int { case graphml, key, `default`, graph, node, port, edge, hyperedge, endpoint, data, desc, locator }
    static let graphMLOther = elementNames.count
    enum A: Int { case id, `for`, attrName, attrType, source, target, name, node, key, directed, edgedefault }
    static let attributeNames = [
        "id", "for", "attr.name", "attr.type", "source", "target", "name", "node", "key", "directed", "edgedefault",
    ]
    static let vocabulary = XMLVocabulary(
        elements: elementNames.map { (FormatDetector.graphmlNamespace, $0) },
        attributes: attributeNames,
        namespaces: [FormatDetector.graphmlNamespace])

    static let namespace = FormatDetector.graphmlNamespace

    /// A declared `<key>` (the first declaration of its id).
    struct Key {
        var domain: String
        /// `domain` as an element number, or -1 when it names no GraphML element.
        var domainElement: Int
        var name: String?
        var type: String
        /// Whether `type` is `string` (whose values the XSD types never reject).
        var isString: Bool
        var line: Int
    }

    /// One open element: its number (and name, for another element of the namespace), and
    /// where its entries in ``dataKeyLog`` begin.
    struct Frame {
        var element: Int
        var otherName: String?
        var serial: Int
        var logStart: Int
    }

    /// Ids of one open graph, by number in ``ids``. As in the XSD, whose selectors are
    /// `.//node`, `.//edge`, a graph's ids include those of the graphs nested in it.
    struct GraphScope {
        var ids = NumberFlags()
        var pending: [(id: Int32, line: Int, role: Role)] = []
    }

    /// Flag bits of an id in a ``GraphScope``.
    static let isNode: UInt8 = 1, isOwnNode: UInt8 = 2, isEdge: UInt8 = 4, isHyperedge: UInt8 = 8, isEndpoint: UInt8 = 16

    enum Role: String {
        case source, target
        case endpointNode = "endpoint node"
    }

    var problems: ProblemCollector
    var profile: NewsGraphProfile?
    /// The reader, for lines and names (set by ``run(reader:)``).
    private unowned(unsafe) var reader: XMLByteReader?

    /// Key ids (declared or only referred to) → number; the declaration of each, if any.
    @exclusivity(unchecked) private var keyIDs = ByteNumbers()
    @exclusivity(unchecked) private var keys: [Key?] = []
    /// Per key number, the serial of the innermost frame that has a `<data>` for it.
    @exclusivity(unchecked) private var keyMarks: [Int] = []
    /// (key number, its mark before): undone when the frame that set the marks closes.
    @exclusivity(unchecked) private var dataKeyLog: [(key: Int32, mark: Int)] = []
    /// Per key number and owner, the profile's rule for its values (0: not looked up yet).
    @exclusivity(unchecked) private var rules: [UInt8] = []
    private var keyNames: [String: Int] = [:]  // "domain|name" → line
    private var graphIDs: Set<String> = []
    @exclusivity(unchecked) private var stack: [Frame] = []
    @exclusivity(unchecked) private var nextSerial = 1
    /// Node, edge, hyperedge and endpoint ids → number.
    @exclusivity(unchecked) private var ids = ByteNumbers(capacity: 1024)
    @exclusivity(unchecked) private var scopes: [GraphScope] = []
    /// Port names of each open node (`.//port` names are unique per node).
    private var portNames: [Set<String>] = []
    @exclusivity(unchecked) private var dataKey: Int32?
    @exclusivity(unchecked) private var dataLine = 0
    /// Whether the value of the open `<data>` is checked (its bytes are kept).
    @exclusivity(unchecked) private var dataChecked = false
    @exclusivity(unchecked) private var dataBytes: [UInt8] = []
    @exclusivity(unchecked) private var dataHasElements = false
    @exclusivity(unchecked) private var dataOwner: ProfileOwner = .other
    /// Values that passed their checks: key number, owner and the value's bytes.
    @exclusivity(unchecked) private var passed = ByteNumbers(capacity: 256)
    @exclusivity(unchecked) private var passedKey: [UInt8] = []

    /// Whether the checker also watches the structure the built-in `graphml.xsd` checks
    /// (``structureSure``), for a pass without the XSD.
    let guardsStructure: Bool
    /// With ``guardsStructure``: whether every element, attribute and text read so far is one
    /// that `graphml.xsd` (without its identity constraints) surely accepts where it stands.
    /// It turns `false` at the first thing outside a plain subset of the schema — an element
    /// of another namespace, `<locator>`, an attribute the checker does not know or one on an
    /// element that does not take it, a value that is not a plain ASCII `NMTOKEN` or one of
    /// its type's enumerated words as written, a child out of its content model's order,
    /// non-white text where only elements go, any element inside `<data>`, `<default>` or
    /// `<desc>` — whether or not the schema would reject it: the caller then validates with
    /// the XSD. Every content model of the schema ends in optional parts, so an element that
    /// closes is never incomplete.
    private(set) var structureSure = true
    /// The open elements (number, and how far into its content model) while ``structureSure``.
    @exclusivity(unchecked) private var structure: [(element: Int, phase: UInt8)] = []

    init(limit: Int, profile: NewsGraphProfile?, guardsStructure: Bool = false) {
        problems = ProblemCollector(limit: limit)
        self.profile = profile
        self.guardsStructure = guardsStructure
    }

    /// Reads the whole document from the reader.
    func run(reader: XMLByteReader, fd: Int32, prefix: [UInt8]) throws(XMLError) {
        self.reader = reader
        defer { self.reader = nil }
        try reader.read(fd: fd, prefix: prefix, handler: self)
    }

    func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {
        if guardsStructure && structureSure {
            noCDATAOutsideText()
            guardStart(element, attributes)
        }
        if dataKey != nil {
            dataHasElements = true
            return
        }
        guard element >= 0 else { return }
        start(element, attributes, reader!.line)
    }

    func endElement(_ element: Int) {
        if guardsStructure && structureSure {
            noCDATAOutsideText()
            structure.removeLast()
        }
        guard element >= 0 else { return }
        if element == E.data.rawValue || element == E.default.rawValue {
            finishData()
        }
        end(element)
    }

    func text(_ bytes: UnsafeRawBufferPointer) {
        if dataChecked { dataBytes.append(contentsOf: bytes) }
        if guardsStructure && structureSure, let top = structure.last, !Self.takesText(top.element) {
            noCDATAOutsideText()
            // Element-only content: white space alone.
            for byte in bytes where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
                structureSure = false
                return
            }
        }
    }

    // MARK: The structure of graphml.xsd, for a pass without it

    /// `<data>`, `<default>` and `<desc>` hold text (and no element); the others hold elements.
    private static func takesText(_ element: Int) -> Bool {
        element == E.data.rawValue || element == E.default.rawValue || element == E.desc.rawValue
    }

    /// CDATA sections the reader has passed, as last looked at.
    @exclusivity(unchecked) private var cdataSections = 0

    /// A CDATA section where only elements go (even of white space alone, even empty: libxml2's
    /// XSD rejects white space there as CDATA) makes the structure unsure. Called at each
    /// event, before the open elements change: a section read since the last event was read
    /// inside the element open now.
    private func noCDATAOutsideText() {
        let count = reader!.cdataSectionCount
        guard count != cdataSections else { return }
        cdataSections = count
        if let top = structure.last, !Self.takesText(top.element) { structureSure = false }
    }

    private func guardStart(_ element: Int, _ attributes: borrowing XMLByteAttributes) {
        guard element >= 0, let kind = E(rawValue: element), kind != .locator, reader!.otherAttributeCount == 0,
            Self.attributesSurelyValid(kind, attributes)
        else {
            structureSure = false
            return
        }
        if let top = structure.last {
            guard let phase = Self.phase(after: top.phase, of: top.element, child: kind) else {
                structureSure = false
                return
            }
            structure[structure.count - 1].phase = phase
        } else if kind != .graphml {
            structureSure = false
            return
        }
        structure.append((element, 0))
    }

    /// Where `parent`'s content model stands after a `child` read at `phase` (0: nothing read
    /// yet, 1: after `<desc>`, then the model's parts in order), or `nil` when `graphml.xsd`
    /// does not take `child` there (or the checker is not sure it does).
    private static func phase(after phase: UInt8, of parent: Int, child: E) -> UInt8? {
        let parent = E(rawValue: parent)!
        if child == .desc {
            switch parent {
            case .data, .default, .desc, .locator: return nil
            default: return phase == 0 ? 1 : nil
            }
        }
        switch (parent, child) {
        case (.graphml, .key): return phase <= 2 ? 2 : nil  // desc?, key*, (graph | data)*
        case (.graphml, .graph), (.graphml, .data): return 3
        case (.key, .default): return phase <= 1 ? 2 : nil  // desc?, default?
        case (.graph, .data), (.graph, .node), (.graph, .edge), (.graph, .hyperedge): return 2  // desc?, (data | node | edge | hyperedge)*
        case (.node, .data), (.node, .port): return phase <= 2 ? 2 : nil  // desc?, (data | port)*, graph?
        case (.node, .graph): return phase <= 2 ? 3 : nil
        case (.port, .data), (.port, .port): return 2  // desc?, (data | port)*
        case (.edge, .data): return phase <= 2 ? 2 : nil  // desc?, data*, graph?
        case (.edge, .graph): return phase <= 2 ? 3 : nil
        case (.hyperedge, .data), (.hyperedge, .endpoint): return phase <= 2 ? 2 : nil  // desc?, (data | endpoint)*, graph?
        case (.hyperedge, .graph): return phase <= 2 ? 3 : nil
        default: return nil
        }
    }

    /// The attributes each element may have (bits by ``A``), and those it must have.
    private static func attributeMasks(_ element: E) -> (allowed: UInt16, required: UInt16) {
        func bits(_ names: A...) -> UInt16 { names.reduce(0) { $0 | 1 << UInt16($1.rawValue) } }
        switch element {
        case .key: return (bits(.id, .for, .attrName, .attrType), bits(.id))
        case .graph: return (bits(.id, .edgedefault), bits(.edgedefault))
        case .node: return (bits(.id), bits(.id))
        case .port: return (bits(.name), bits(.name))
        case .edge: return (bits(.id, .source, .target, .directed), bits(.source, .target))
        case .hyperedge: return (bits(.id), 0)
        case .endpoint: return (bits(.id, .node), bits(.node))
        case .data: return (bits(.key, .id), bits(.key))
        case .graphml, .default, .desc, .locator: return (0, 0)
        }
    }
    private static let masks = (0..<elementNames.count).map { attributeMasks(E(rawValue: $0)!) }

    private static let keyDomains = ["all", "graph", "node", "edge", "hyperedge", "port", "endpoint"].map { Array($0.utf8) }
    private static let keyTypes = ["boolean", "int", "long", "float", "double", "string"].map { Array($0.utf8) }
    private static let booleans = ["true", "false", "1", "0"].map { Array($0.utf8) }
    private static let edgeDefaults = ["directed", "undirected"].map { Array($0.utf8) }

    /// Whether the element's attributes are surely valid: only those its type declares, the
    /// required ones there, each value a plain ASCII `NMTOKEN` (letters, digits, `.-_:`) or
    /// one of its enumeration's words exactly as listed (the schema would also take them with
    /// white space around, and other name characters: not sure here, so the XSD decides).
    private static func attributesSurelyValid(_ element: E, _ attributes: borrowing XMLByteAttributes) -> Bool {
        let (allowed, required) = masks[element.rawValue]
        var present: UInt16 = 0
        var index = 0
        while index < attributeNames.count {
            if let value = attributes[index] {
                present |= 1 << UInt16(index)
                let sure: Bool
                switch A(rawValue: index)! {
                case .for: sure = keyDomains.contains { $0.elementsEqual(value) }
                case .attrType: sure = keyTypes.contains { $0.elementsEqual(value) }
                case .directed: sure = booleans.contains { $0.elementsEqual(value) }
                case .edgedefault: sure = edgeDefaults.contains { $0.elementsEqual(value) }
                default: sure = isPlainNMTOKEN(value)
                }
                if !sure { return false }
            }
            index += 1
        }
        return present & ~allowed == 0 && present & required == required
    }

    private static func isPlainNMTOKEN(_ value: UnsafeRawBufferPointer) -> Bool {
        guard !value.isEmpty else { return false }
        for byte in value {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"):
                continue
            default: return false
            }
        }
        return true
    }

    private static func value(_ attributes: borrowing XMLByteAttributes, _ name: A) -> String? {
        attributes.string(name.rawValue)
    }

    private static var empty: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    /// The attributes the profile looks at, as ``XMLAttribute``s.
    private static func profileAttributes(_ attributes: borrowing XMLByteAttributes, _ names: [A]) -> [XMLAttribute] {
        var result: [XMLAttribute] = []
        for name in names {
            if let value = attributes.string(name.rawValue) {
                result.append(XMLAttribute(localName: vocabulary.attributeName(name.rawValue), value: value))
            }
        }
        return result
    }

    /// The name of an open element, for messages.
    private static func name(_ frame: Frame) -> String {
        frame.otherName ?? elementNames[frame.element]
    }

    /// The number of a key id, with room for it in the per-key arrays.
    private func keyNumber(_ id: UnsafeRawBufferPointer) -> Int32 {
        let number = keyIDs.insert(id)
        if Int(number) == keys.count {
            keys.append(nil)
            keyMarks.append(0)
            rules += repeatElement(0, count: 4)
        }
        return number
    }

    private func start(_ element: Int, _ attributes: borrowing XMLByteAttributes, _ line: Int) {
        let parent = stack.last
        switch E(rawValue: element) {
        case .key?:
            let number = keyNumber(attributes[A.id.rawValue] ?? Self.empty)
            let domain = Self.value(attributes, .for) ?? "all"
            let attrName = Self.value(attributes, .attrName)
            let type = Self.value(attributes, .attrType) ?? "string"
            if let previous = keys[Int(number)] {
                problems.error("duplicate key id '\(keyIDs.string(number))' (first declared on line \(previous.line))", line: line)
            } else {
                keys[Int(number)] = Key(
                    domain: domain, domainElement: Self.elementNames.firstIndex(of: domain) ?? -1, name: attrName, type: type,
                    isString: type == "string", line: line)
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
            currentKey = attributes[A.id.rawValue] != nil ? number : nil
        case .graph?:
            if let id = Self.value(attributes, .id) {
                if !graphIDs.insert(id).inserted { problems.error("duplicate graph id '\(id)'", line: line) }
            }
            if scopes.isEmpty && !profileDecided {
                decideProfile()
                profile?.startGraph(attributes: Self.profileAttributes(attributes, [.edgedefault]), line: line, problems: &problems)
            }
            scopes.append(GraphScope())
        case .node?:
            if let id = attributes[A.id.rawValue], !scopes.isEmpty {
                let number = ids.insert(id)
                var duplicate = false
                let last = scopes.count - 1
                for index in scopes.indices {
                    let own = index == last ? Self.isOwnNode : 0
                    scopes[index].ids.update(number) { flags in
                        if flags & Self.isNode != 0 { duplicate = true }
                        flags = (flags & ~Self.isOwnNode) | Self.isNode | own
                    }
                }
                if duplicate { problems.error("duplicate node id '\(ids.string(number))'", line: line) }
            }
            portNames.append([])
        case .port?:
            if let port = Self.value(attributes, .name), !portNames.isEmpty,
                !portNames[portNames.count - 1].insert(port).inserted
            {
                problems.error("duplicate port name '\(port)' on one node", line: line)
            }
        case .edge?:
            if let id = attributes[A.id.rawValue], let number = insertInAllScopes(id, Self.isEdge) {
                problems.error("duplicate edge id '\(ids.string(number))'", line: line)
            }
            if let id = attributes[A.source.rawValue] { reference(id, line: line, role: .source) }
            if let id = attributes[A.target.rawValue] { reference(id, line: line, role: .target) }
            if profile != nil, attributes[A.directed.rawValue] != nil {
                profile?.startEdge(attributes: Self.profileAttributes(attributes, [.directed]), line: line, problems: &problems)
            }
        case .hyperedge?:
            if let id = attributes[A.id.rawValue], let number = insertInAllScopes(id, Self.isHyperedge) {
                problems.error("duplicate hyperedge id '\(ids.string(number))'", line: line)
            }
        case .endpoint?:
            if let id = attributes[A.id.rawValue], let number = insertInAllScopes(id, Self.isEndpoint) {
                problems.error("duplicate endpoint id '\(ids.string(number))'", line: line)
            }
            if let node = attributes[A.node.rawValue] { reference(node, line: line, role: .endpointNode) }
        case .data?, .default?:
            let isData = element == E.data.rawValue
            let key: Int32
            if isData {
                key = keyNumber(attributes[A.key.rawValue] ?? Self.empty)
            } else {
                key = currentKey ?? keyNumber(Self.empty)
            }
            dataKey = key
            dataLine = line
            dataHasElements = false
            dataOwner = isData ? ProfileOwner(element: parent.map { $0.otherName == nil ? $0.element : -1 } ?? -1) : .other
            if isData {
                if let declared = keys[Int(key)] {
                    if let parent, declared.domain != "all",
                        parent.otherName == nil ? declared.domainElement != parent.element : declared.domain != parent.otherName
                    {
                        problems.warning(
                            "key '\(keyIDs.string(key))' is declared for \(declared.domain) but used on \(Self.name(parent))",
                            line: line)
                    }
                } else {
                    problems.error("data refers to key '\(keyIDs.string(key))', which is not declared", line: line)
                }
                if let parent {
                    if keyMarks[Int(key)] == parent.serial {
                        problems.error(
                            "a second <data> for key '\(keyIDs.string(key))' on the same \(Self.name(parent))", line: line)
                    } else {
                        dataKeyLog.append((key, keyMarks[Int(key)]))
                        keyMarks[Int(key)] = parent.serial
                    }
                }
            }
            dataChecked = isChecked(key, owner: dataOwner)
            if dataChecked { dataBytes.removeAll(keepingCapacity: true) }
        default:
            break
        }
        stack.append(
            Frame(
                element: element, otherName: element == Self.graphMLOther ? reader!.elementName : nil, serial: nextSerial,
                logStart: dataKeyLog.count))
        nextSerial += 1
    }

    private var profileDecided = false

    /// The keys are all declared before the first graph: apply the NewsGraph profile if
    /// they carry its signature, and check them against it.
    private func decideProfile() {
        profileDecided = true
        guard profile != nil else { return }
        var declared: [(id: String, name: String, key: Key)] = []
        for (number, key) in keys.enumerated() {
            if let key, let name = key.name { declared.append((keyIDs.string(Int32(number)), name, key)) }
        }
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

    /// The number of the `<key>` being read, for its `<default>` (`nil` when it has no id).
    @exclusivity(unchecked) private var currentKey: Int32?

    /// The profile's rule for values of a key on an owner, if it checks them (the profile
    /// knows its keys once it has decided to apply).
    private func rule(_ key: Int32, owner: ProfileOwner) -> NewsGraphProfile.Rule? {
        guard profileDecided, let profile else { return nil }
        let slot = Int(key) * 4 + owner.index
        if rules[slot] == 0 {
            let rule = profile.knownName(keyIDs.string(key)).flatMap { NewsGraphProfile.rule(name: $0, owner: owner) }
            rules[slot] = rule.map { $0.rawValue + 2 } ?? 1
        }
        return rules[slot] == 1 ? nil : NewsGraphProfile.Rule(rawValue: rules[slot] - 2)
    }

    /// Whether a value of this key on this owner is checked at all: by its type (unless it is
    /// a string) or by the profile.
    private func isChecked(_ key: Int32, owner: ProfileOwner) -> Bool {
        guard let declared = keys[Int(key)] else { return false }
        return !declared.isString || rule(key, owner: owner) != nil
    }

    /// The longest value whose passing its checks is remembered, and how many are.
    static let passedValueLimit = 64, passedCountLimit = 1 << 16

    private func finishData() {
        guard let key = dataKey else { return }
        defer {
            dataKey = nil
            dataChecked = false
        }
        guard dataChecked, !dataHasElements, let declared = keys[Int(key)] else { return }
        // The checks depend only on the key, the owner and the value: a value that passed
        // them once passes them again.
        let remember = dataBytes.count <= Self.passedValueLimit
        if remember {
            passedKey.removeAll(keepingCapacity: true)
            withUnsafeBytes(of: key.littleEndian) { passedKey.append(contentsOf: $0) }
            passedKey.append(UInt8(dataOwner.index))
            passedKey.append(contentsOf: dataBytes)
            if passedKey.withUnsafeBytes({ passed.number(of: $0) }) != nil { return }
        }
        let found = problems.errorCount + problems.warningCount
        let dataText = String(decoding: dataBytes, as: UTF8.self)
        if !XSDLexical.isValid(dataText, as: declared.type) {
            let shown = dataText.count > 40 ? String(dataText.prefix(40)) + "…" : dataText
            problems.error("value '\(shown)' of key '\(keyIDs.string(key))' is not a valid \(declared.type)", line: dataLine)
        }
        if let rule = rule(key, owner: dataOwner) {
            NewsGraphProfile.check(dataText, rule: rule, line: dataLine, problems: &problems)
        }
        if remember && problems.errorCount + problems.warningCount == found && passed.count < Self.passedCountLimit {
            _ = passedKey.withUnsafeBytes { passed.insert($0) }
        }
    }

    /// Inserts an id into every open graph with `flag`; its number if any graph had it so.
    private func insertInAllScopes(_ id: UnsafeRawBufferPointer, _ flag: UInt8) -> Int32? {
        guard !scopes.isEmpty else { return nil }
        let number = ids.insert(id)
        var duplicate = false
        for index in scopes.indices {
            scopes[index].ids.update(number) { flags in
                if flags & flag != 0 { duplicate = true }
                flags |= flag
            }
        }
        return duplicate ? number : nil
    }

    /// An edge or endpoint names a node of the innermost open graph.
    private func reference(_ id: UnsafeRawBufferPointer, line: Int, role: Role) {
        guard !scopes.isEmpty else { return }
        let number = ids.insert(id)
        let flags = scopes[scopes.count - 1].ids.flags(number)
        if flags & Self.isOwnNode != 0 { return }
        if flags & Self.isNode != 0 {
            problems.error(Self.nestedMessage(role.rawValue, ids.string(number)), line: line)
        } else {
            scopes[scopes.count - 1].pending.append((number, line, role))
        }
    }

    private static func nestedMessage(_ role: String, _ id: String) -> String {
        "\(role) '\(id)' is a node of a nested graph (the GraphML schema matches it twice and rejects it)"
    }

    private func end(_ element: Int) {
        if let frame = stack.popLast() {
            while dataKeyLog.count > frame.logStart {
                let (key, mark) = dataKeyLog.removeLast()
                keyMarks[Int(key)] = mark
            }
        }
        switch E(rawValue: element) {
        case .key?: currentKey = nil
        case .node?: if !portNames.isEmpty { portNames.removeLast() }
        case .graph?:
            guard let finished = scopes.popLast() else { return }
            for (number, line, role) in finished.pending {
                let flags = finished.ids.flags(number)
                if flags & Self.isOwnNode != 0 { continue }
                if flags & Self.isNode != 0 {
                    problems.error(Self.nestedMessage(role.rawValue, ids.string(number)), line: line)
                } else {
                    problems.error("\(role.rawValue) '\(ids.string(number))' is not a node of this graph", line: line)
                }
            }
        default: break
        }
    }
}

/// Where a `<data>` value sits, for profile checks.
enum ProfileOwner: Equatable {
    case node, edge, graph, other

    init(element: String) {
        switch element {
        case "node": self = .node
        case "edge": self = .edge
        case "graph": self = .graph
        default: self = .other
        }
    }

    /// The owner an element of ``GraphMLChecker/elementNames`` makes (-1: none of them).
    init(element: Int) {
        switch GraphMLChecker.E(rawValue: element) {
        case .node?: self = .node
        case .edge?: self = .edge
        case .graph?: self = .graph
        default: self = .other
        }
    }

    var index: Int {
        switch self {
        case .node: 0
        case .edge: 1
        case .graph: 2
        case .other: 3
        }
    }
}

/// Byte strings numbered in the order they are first inserted, found by a seeded hash of
/// their bytes (no `String`); the bytes are kept in one array.
struct ByteNumbers {
    /// Per slot, the hash in the high 32 bits and the number + 1 in the low 32 (0: empty).
    private var slots: [UInt64]
    private var bytes: [UInt8] = []
    /// Where each number's bytes end in `bytes`.
    private var ends: [Int] = []
    private var mask: Int

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { ends.count }

    /// ``WordTable/hash(bytes:)``, seeded (SipHash, a new seed per process). Not FNV-1a: its
    /// collisions chain (two blocks that collide from one state collide after any common
    /// prefix and before any common suffix), so a file can hold any number of ids with one
    /// hash, and probing them was quadratic: 32,768 such node ids (4.4 MB) took `validate`
    /// 6.1 s, 8,192 took 0.38 s. The numbers, and so the output, do not depend on the seed.
    @inline(__always) private static func hash(_ key: UnsafeRawBufferPointer) -> UInt32 {
        WordTable.hash(bytes: key)
    }

    /// The number of these bytes, or the empty slot they would take.
    @inline(__always) private func probe(_ key: UnsafeRawBufferPointer, _ hash: UInt32) -> (number: Int32?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                ends.withUnsafeBufferPointer { ends in
                    var slot = Int(hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (nil, slot) }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let number = Int(entry & 0xFFFF_FFFF) - 1
                            let start = number == 0 ? 0 : ends[number - 1]
                            if ends[number] - start == key.count
                                && (key.count == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0)
                            {
                                return (Int32(number), slot)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The number of these bytes, if they are in the table.
    func number(of key: UnsafeRawBufferPointer) -> Int32? {
        probe(key, Self.hash(key)).number
    }

    /// The number of these bytes, the next number if they are new.
    mutating func insert(_ key: UnsafeRawBufferPointer) -> Int32 {
        let hash = Self.hash(key)
        let (found, slot) = probe(key, hash)
        if let found { return found }
        let number = Int32(ends.count)
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
        if ends.count * 2 > slots.count { grow() }
        return number
    }

    /// The bytes of a number, as a string.
    func string(_ number: Int32) -> String {
        let start = number == 0 ? 0 : ends[Int(number) - 1]
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<ends[Int(number)]], as: UTF8.self) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var new = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & newMask
            while new[slot] != 0 { slot = (slot + 1) & newMask }
            new[slot] = entry
        }
        slots = new
        mask = newMask
    }
}

/// A few flag bits per number (of a ``ByteNumbers`` table), in an open-addressing table.
struct NumberFlags {
    /// Per slot, the number + 1 in the high 32 bits and the flags in the low 8 (0: empty).
    private var slots: [UInt64] = []
    private var mask = -1
    private var count = 0

    @inline(__always) private func start(_ number: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: number)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The flags of a number (0 when it has none).
    func flags(_ number: Int32) -> UInt8 {
        guard mask >= 0 else { return 0 }
        let key = UInt64(UInt32(bitPattern: number)) + 1
        var slot = start(number)
        while true {
            let entry = slots[slot]
            if entry == 0 { return 0 }
            if entry >> 32 == key { return UInt8(truncatingIfNeeded: entry) }
            slot = (slot + 1) & mask
        }
    }

    /// Changes the flags of a number (0 before it has any).
    mutating func update(_ number: Int32, _ body: (inout UInt8) -> Void) {
        if mask < 0 || (count + 1) * 10 > slots.count * 7 { grow() }
        let key = UInt64(UInt32(bitPattern: number)) + 1
        var slot = start(number)
        while true {
            let entry = slots[slot]
            if entry == 0 {
                var flags: UInt8 = 0
                body(&flags)
                slots[slot] = key << 32 | UInt64(flags)
                count += 1
                return
            }
            if entry >> 32 == key {
                var flags = UInt8(truncatingIfNeeded: entry)
                body(&flags)
                slots[slot] = key << 32 | UInt64(flags)
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let size = Swift.max(16, slots.count * 2)
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for entry in old where entry != 0 {
            var slot = start(Int32(bitPattern: UInt32(truncatingIfNeeded: (entry >> 32) - 1)))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
