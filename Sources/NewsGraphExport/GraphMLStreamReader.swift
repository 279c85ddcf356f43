import NewsGraph
import NewsGraphXML

#if canImport(Glibc)
    import Glibc
#endif

/// The streaming body of ``GraphMLReader``: libxml2's SAX2 events (``XMLByteReader``) as
/// bytes, each `<data>` dispatched by its key to a column number (no per-element
/// dictionary), each node and edge built into the graph as soon as it closes.
///
/// Memory holds the graph, the key table and the open elements, never the file. Edges whose
/// ends are not declared yet wait, built, until the end of the file.
final class GraphMLStreamReader: XMLByteHandler {
    // Element and attribute numbers in the vocabulary.
    enum E: Int {
        case graphml, key, `default`, graph, node, edge, data, nodeLabel, edgeLabel
    }
    /// GEXF's elements, numbered after GraphML's (one run of these per GEXF namespace).
    enum G: Int {
        case gexf, graph, attributes, attribute, `default`, node, edge, attvalue
    }
    static let gexfElements = ["gexf", "graph", "attributes", "attribute", "default", "node", "edge", "attvalue"]
    /// GEXF 1.1 to 1.3, as Gephi and NetworkX write them.
    static let gexfNamespaces = [
        "http://gexf.net/1.3", "http://www.gexf.net/1.3", "http://www.gexf.net/1.2draft", "http://gexf.net/1.2",
        "http://www.gexf.net/1.1draft",
    ]
    enum A: Int {
        case id, source, target, `for`, attrName, key, edgedefault, directed
        case label, weight, type, kind, title, value, `class`, defaultedgetype
    }
    static let vocabulary = XMLVocabulary(
        elements: [
            (GraphMLReader.graphMLNamespace, "graphml"), (GraphMLReader.graphMLNamespace, "key"),
            (GraphMLReader.graphMLNamespace, "default"), (GraphMLReader.graphMLNamespace, "graph"),
            (GraphMLReader.graphMLNamespace, "node"), (GraphMLReader.graphMLNamespace, "edge"),
            (GraphMLReader.graphMLNamespace, "data"), (GraphMLReader.yFilesNamespace, "NodeLabel"),
            (GraphMLReader.yFilesNamespace, "EdgeLabel"),
        ] + gexfNamespaces.flatMap { namespace in gexfElements.map { (namespace, $0) } },
        attributes: [
            "id", "source", "target", "for", "attr.name", "key", "edgedefault", "directed", "label", "weight", "type", "kind",
            "title", "value", "class", "defaultedgetype",
        ])

    /// The columns the reader knows, by number; others get numbers from `knownColumns.count` on.
    static let knownColumns = [
        "entity_id", "name", "label", "type", "actor_kind", "kind", "aliases", "spans", "mentions", "documents", "color",
        "size", "relation", "edgelabel", "Edge Label", "cameo", "confidence", "role", "evidence", "evidence_spans", "weight",
    ]
    enum C: Int {
        case entityID, name, label, type, actorKind, kind, aliases, spans, mentions, documents, color, size, relation,
            edgelabel, edgeLabel, cameo, confidence, role, evidence, evidenceSpans, weight
    }

    /// One open node or edge: its values by column, as bytes in one buffer reused from element
    /// to element (a `<data>` element's text is appended to it as it comes, and becomes its
    /// column's value when the element closes: no buffer per column, no copy).
    final class Element {
        @exclusivity(unchecked) var isEdge = false
        @exclusivity(unchecked) var id: [UInt8] = []
        @exclusivity(unchecked) var source: [UInt8] = []
        @exclusivity(unchecked) var target: [UInt8] = []
        @exclusivity(unchecked) var line = 0
        @exclusivity(unchecked) var directed = true
        @exclusivity(unchecked) var touched: [Int] = []
        @exclusivity(unchecked) var yLabel: String?
        /// The values' bytes, one after another (a column set twice keeps its last value).
        @exclusivity(unchecked) private var bytes = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 8)
        @exclusivity(unchecked) private var capacity = 1024
        /// How many bytes of `bytes` are in use.
        @exclusivity(unchecked) private(set) var used = 0
        /// Per column: whether it has a value, and where the value is in `bytes`.
        @exclusivity(unchecked) private var present = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        @exclusivity(unchecked) private var ranges = UnsafeMutablePointer<(start: Int, count: Int)>.allocate(capacity: 1)
        @exclusivity(unchecked) private(set) var columns = 0

        deinit {
            bytes.deallocate()
            present.deallocate()
            ranges.deallocate()
        }

        func reset(columns: Int) {
            for column in touched { present[column] = false }
            touched.removeAll(keepingCapacity: true)
            used = 0
            reserve(columns: columns)
            yLabel = nil
        }

        /// Makes room for `count` columns (a new column gets no value).
        func reserve(columns count: Int) {
            guard count > columns else { return }
            let newPresent = UnsafeMutablePointer<Bool>.allocate(capacity: count)
            newPresent.initialize(repeating: false, count: count)
            newPresent.update(from: present, count: columns)
            let newRanges = UnsafeMutablePointer<(start: Int, count: Int)>.allocate(capacity: count)
            newRanges.initialize(repeating: (0, 0), count: count)
            newRanges.update(from: ranges, count: columns)
            present.deallocate()
            ranges.deallocate()
            present = newPresent
            ranges = newRanges
            columns = count
        }

        /// Appends bytes to the buffer: a value being built (see ``setValue(_:from:)``).
        @inline(__always) func append(_ source: UnsafeRawBufferPointer) {
            let count = source.count
            guard count > 0 else { return }
            if used + count > capacity { grow(used + count) }
            (bytes + used).copyMemory(from: source.baseAddress!, byteCount: count)
            used += count
        }

        private func grow(_ needed: Int) {
            var size = capacity * 2
            while size < needed { size *= 2 }
            let new = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            new.copyMemory(from: bytes, byteCount: used)
            bytes.deallocate()
            bytes = new
            capacity = size
        }

        /// Makes the bytes appended since `start` the value of `column`.
        func setValue(_ column: Int, from start: Int) {
            if column >= columns { reserve(columns: column + 1) }
            if !present[column] {
                present[column] = true
                touched.append(column)
            }
            ranges[column] = (start, used - start)
        }

        /// Drops the bytes appended since `start`.
        func truncate(to start: Int) { used = start }

        func set(_ column: Int, _ value: UnsafeRawBufferPointer) {
            let start = used
            append(value)
            setValue(column, from: start)
        }

        func set(_ column: Int, _ value: [UInt8]) {
            value.withUnsafeBytes { set(column, $0) }
        }

        func has(_ column: C) -> Bool { present[column.rawValue] }

        func has(_ column: Int) -> Bool { column < columns && present[column] }

        /// A column's value (empty if it has none), valid until the next change of the element.
        @inline(__always) func value(_ column: Int) -> UnsafeRawBufferPointer {
            guard has(column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            return UnsafeRawBufferPointer(start: bytes + ranges[column].start, count: ranges[column].count)
        }
    }

    let name: String
    @exclusivity(unchecked) var graph: KnowledgeGraph
    private let reader: XMLByteReader

    // Keys: id bytes → column, and the column names.
    @exclusivity(unchecked) private var keyColumns = ByteTable<Int>()
    /// The columns of key ids of up to 8 bytes (all keys of the files we know), found without
    /// hashing the id's bytes with the seeded hash at every `<data>`.
    private let shortKeys = ShortKeyCache()
    @exclusivity(unchecked) private var columnNames: [String] = GraphMLStreamReader.knownColumns
    @exclusivity(unchecked) private var columnByName: [String: Int] = Dictionary(
        uniqueKeysWithValues: GraphMLStreamReader.knownColumns.enumerated().map { ($1, $0) })
    @exclusivity(unchecked) private var keyDefaults: [String: (domain: String, value: [UInt8])] = [:]
    @exclusivity(unchecked) private var sortedDefaults: [(column: Int, domain: String, value: [UInt8])]?

    @exclusivity(unchecked) private var sawRoot = false
    /// Each open graph's default direction (yEd nests graphs in group nodes).
    @exclusivity(unchecked) private var edgeDefaults: [Bool] = []
    @exclusivity(unchecked) private var weightSums: ImportedWeightSums
    /// Room for the file's relations, reserved once from how fast the first ones came.
    @exclusivity(unchecked) private var reservation = RelationReservation.none
    // GEXF: the class of the `<attributes>` being read, its attributes' columns by id.
    @exclusivity(unchecked) private var isGEXF = false
    @exclusivity(unchecked) private var attributeClass = "node"
    @exclusivity(unchecked) private var gexfNodeColumns = ByteTable<Int>()
    @exclusivity(unchecked) private var gexfEdgeColumns = ByteTable<Int>()
    @exclusivity(unchecked) private var open: [Element] = []
    /// `open.last`, unretained (`open` keeps it): reached at each `<data>` without a retain.
    @exclusivity(unchecked) private var top: Unmanaged<Element>?
    @exclusivity(unchecked) private var pool: [Element] = []
    @exclusivity(unchecked) private var dataColumn: Int?
    /// Where the open `<data>` element's text starts in its node's or edge's buffer.
    @exclusivity(unchecked) private var dataStart = 0
    @exclusivity(unchecked) private var dataHasChildren = false
    @exclusivity(unchecked) private var labelDepth = 0
    @exclusivity(unchecked) private var labelText: [UInt8] = []
    @exclusivity(unchecked) private var keyID: String?
    @exclusivity(unchecked) private var keyDomain = "all"
    @exclusivity(unchecked) private var inDefault = false
    @exclusivity(unchecked) private var defaultText: [UInt8] = []

    // Reused from edge to edge: its evidence, spans and the ends of its sentences.
    @exclusivity(unchecked) private var evidence: [Evidence] = []
    @exclusivity(unchecked) private var spans: [(String, Int, Int)] = []
    @exclusivity(unchecked) private var sentenceEnds: [Int] = []
    /// The evidence of the graph this file is merged into, by location: a sentence read again
    /// where the graph already has it shares the graph's string (``EvidenceSentences``).
    /// Empty when the graph was empty (one file read: nothing to share, nothing spent).
    @exclusivity(unchecked) private var sharedSentences = EvidenceSentences()

    /// A node of this file as an edge's end needs it: its entity id, that id's hash as the
    /// relation table files an end (``KnowledgeGraph/endHash(_:)``), and once the id has been
    /// a relation's end, its number there + 1 (0: not yet), so that no end is looked up twice.
    struct NodeEnd {
        var id: String
        var hash: UInt32
        var end: UInt32
    }

    /// Each XML node id declared in this file so far (the last declaration of an XML id wins):
    /// an edge's ends are looked up by their bytes. Ids `n` + a decimal number without leading
    /// zeros (our writer's, and NetworkX's of our files) are found by that number in
    /// ``numberedNodes``; others, and numbers far past the nodes declared so far, here.
    @exclusivity(unchecked) private var nodeIDs = ByteTable<NodeEnd>()
    /// Nodes with an id `n<k>` by `k` (an empty `id`: none declared here; look in ``nodeIDs``).
    private let numberedNodes = NumberedNodes()
    /// How many ids ``numberedNodes`` has taken: it grows only to twice that + 4096 slots, so a
    /// file of few nodes with huge numbers takes no more memory than one of many.
    @exclusivity(unchecked) private var numberedDeclared = 0
    @exclusivity(unchecked) private var pending:
        [(id: String, source: String, target: String, line: Int, weight: Double?, make: (String, String) -> Relation)] = []

    // Shared strings and looked-up values.
    @exclusivity(unchecked) private var documentIDs = ByteTable<String>()  // percent-encoded span documents
    @exclusivity(unchecked) private var listedDocuments = ByteTable<String>()  // the `documents` column's, as written
    @exclusivity(unchecked) private var predicates = ByteTable<Predicate>()
    @exclusivity(unchecked) private var customPredicates = ByteTable<Predicate>()
    @exclusivity(unchecked) private var documents: Set<String> = []

    init(name: String, into graph: KnowledgeGraph, engine: XMLParserEngine = .automatic) {
        self.name = name
        self.graph = graph
        reader = XMLByteReader(name: name, vocabulary: Self.vocabulary, engine: engine)
        weightSums = ImportedWeightSums(startingWith: graph)
    }

    /// Reads `prefix` then `fd` to the end, into the graph.
    func read(fd: Int32, prefix: [UInt8], laterBytes: Int = 0) throws {
        reservation = RelationReservation(fd: fd, laterBytes: laterBytes)
        sharedSentences = EvidenceSentences(graph)
        defer { sharedSentences = EvidenceSentences() }
        try reader.read(fd: fd, prefix: prefix, handler: self)
        guard sawRoot else {
            throw NewsGraphError(
                .invalidInput, "not GraphML or GEXF: no <graphml> or <gexf> element in its namespace", path: name)
        }
        try finish()
    }

    private func fail(_ message: String, line: Int? = nil) {
        reader.stop(XMLError(message, file: name, line: line ?? reader.line))
    }

    // MARK: Events

    func startElement(_ element: Int, attributes: borrowing XMLByteAttributes) {
        start(element, attributes)
        updateWantsText()
    }

    func endElement(_ element: Int) {
        end(element)
        updateWantsText()
    }

    /// Text matters only inside a `<data>`, a yEd label or a key's `<default>`: elsewhere (the
    /// white space between elements) the reader need not hand it over.
    @inline(__always) private func updateWantsText() {
        reader.wantsText = labelDepth > 0 || dataColumn != nil || inDefault
    }

    private func start(_ element: Int, _ attributes: borrowing XMLByteAttributes) {
        if element >= Self.gexfStart {
            startGEXF(G(rawValue: (element - Self.gexfStart) % Self.gexfElements.count)!, attributes)
            return
        }
        if dataColumn != nil { dataHasChildren = true }
        guard let kind = E(rawValue: element) else { return }
        switch kind {
        case .graphml: sawRoot = true
        case .key:
            guard let id = attributes.string(A.id.rawValue) else {
                fail("a <key> without an id")
                return
            }
            keyID = id
            keyDomain = attributes.string(A.for.rawValue) ?? "all"
            let column = self.column(named: attributes.string(A.attrName.rawValue) ?? id)
            attributes[A.id.rawValue].map { keyColumns.set($0, column) }
            shortKeys.removeAll()
        case .default where keyID != nil:
            inDefault = true
            defaultText.removeAll(keepingCapacity: true)
        case .graph where dataColumn == nil:
            edgeDefaults.append(attributes.string(A.edgedefault.rawValue).map { $0.readerTrimmed != "undirected" } ?? true)
        case .node where dataColumn == nil:
            let node = take()
            node.isEdge = false
            node.id.removeAll(keepingCapacity: true)
            if let id = attributes[A.id.rawValue] { node.id.append(contentsOf: id) }
            node.line = reader.line
            push(node)
        case .edge where dataColumn == nil:
            let edge = take()
            edge.isEdge = true
            edge.id.removeAll(keepingCapacity: true)
            edge.source.removeAll(keepingCapacity: true)
            edge.target.removeAll(keepingCapacity: true)
            if let id = attributes[A.id.rawValue] { edge.id.append(contentsOf: id) }
            if let source = attributes[A.source.rawValue] { edge.source.append(contentsOf: source) }
            if let target = attributes[A.target.rawValue] { edge.target.append(contentsOf: target) }
            edge.directed = edgeDefaults.last ?? true
            if let value = attributes.string(A.directed.rawValue)?.readerTrimmed {
                if value == "true" || value == "1" { edge.directed = true }
                if value == "false" || value == "0" { edge.directed = false }
            }
            edge.line = reader.line
            prefetchEnds(edge)
            push(edge)
        case .data where !open.isEmpty && dataColumn == nil:
            let key = attributes[A.key.rawValue] ?? UnsafeRawBufferPointer(start: nil, count: 0)
            // An undeclared key is a column named by the key id.
            dataColumn = keyColumn(key) ?? column(named: String(utf8Bytes: key))
            dataStart = top!._withUnsafeGuaranteedRef { $0.used }
            dataHasChildren = false
        case .nodeLabel, .edgeLabel:
            guard !open.isEmpty else { return }
            if labelDepth == 0 { labelText.removeAll(keepingCapacity: true) }
            labelDepth += 1
        default: break
        }
    }

    func text(_ bytes: UnsafeRawBufferPointer) {
        if labelDepth > 0 {
            labelText.append(contentsOf: bytes)
        } else if dataColumn != nil {
            top!._withUnsafeGuaranteedRef { $0.append(bytes) }
        } else if inDefault {
            defaultText.append(contentsOf: bytes)
        }
    }

    private func end(_ element: Int) {
        if element >= Self.gexfStart {
            endGEXF(G(rawValue: (element - Self.gexfStart) % Self.gexfElements.count)!)
            return
        }
        guard let kind = E(rawValue: element) else { return }
        switch kind {
        case .nodeLabel, .edgeLabel:
            guard labelDepth > 0 else { return }
            labelDepth -= 1
            if labelDepth == 0, let last = open.last, last.yLabel == nil {
                last.yLabel = String(decoding: labelText, as: UTF8.self)
            }
        case .key:
            keyID = nil
        case .graph where dataColumn == nil:
            _ = edgeDefaults.popLast()
        case .default where inDefault:
            inDefault = false
            if let keyID {
                keyDefaults[keyID] = (keyDomain, defaultText)
                sortedDefaults = nil
            }
        case .data where dataColumn != nil:
            // Markup (yEd graphics) is not a value; its labels were read above.
            if let top {
                if dataHasChildren {
                    top._withUnsafeGuaranteedRef { $0.truncate(to: dataStart) }
                } else {
                    top._withUnsafeGuaranteedRef { $0.setValue(dataColumn!, from: dataStart) }
                }
            }
            dataColumn = nil
        case .node where dataColumn == nil && top?._withUnsafeGuaranteedRef({ $0.isEdge }) == false:
            let node = pop()
            addNode(node)
            pool.append(node)
        case .edge where dataColumn == nil && top?._withUnsafeGuaranteedRef({ $0.isEdge }) == true:
            let edge = pop()
            addEdge(edge)
            pool.append(edge)
        default: break
        }
    }

    // MARK: GEXF

    static let gexfStart = 9

    /// GEXF fills the same columns as GraphML: a node's `label` is the `label` column, an
    /// edge's `label`, `weight` and `kind` are the `label`, `weight` and `edgelabel` columns,
    /// and each `<attvalue>` is the column its attribute's title names (else its id).
    private func startGEXF(_ kind: G, _ attributes: borrowing XMLByteAttributes) {
        switch kind {
        case .gexf:
            sawRoot = true
            isGEXF = true
        case .graph:
            edgeDefaults.append(attributes.string(A.defaultedgetype.rawValue)?.readerTrimmed != "undirected")
        case .attributes:
            attributeClass = attributes.string(A.class.rawValue) ?? "node"
        case .attribute:
            guard let id = attributes[A.id.rawValue] else { return }
            let idString = String(utf8Bytes: id)
            keyID = attributeClass + ":" + idString
            keyDomain = attributeClass
            let column = self.column(named: attributes.string(A.title.rawValue) ?? idString)
            if attributeClass == "edge" { gexfEdgeColumns.set(id, column) } else { gexfNodeColumns.set(id, column) }
            gexfKeyColumns[keyID!] = column
        case .default where keyID != nil:
            inDefault = true
            defaultText.removeAll(keepingCapacity: true)
        case .node:
            let node = take()
            node.isEdge = false
            node.id.removeAll(keepingCapacity: true)
            if let id = attributes[A.id.rawValue] { node.id.append(contentsOf: id) }
            if let label = attributes[A.label.rawValue] { node.set(C.label.rawValue, label) }
            node.line = reader.line
            push(node)
        case .edge:
            let edge = take()
            edge.isEdge = true
            edge.id.removeAll(keepingCapacity: true)
            edge.source.removeAll(keepingCapacity: true)
            edge.target.removeAll(keepingCapacity: true)
            if let id = attributes[A.id.rawValue] { edge.id.append(contentsOf: id) }
            if let source = attributes[A.source.rawValue] { edge.source.append(contentsOf: source) }
            if let target = attributes[A.target.rawValue] { edge.target.append(contentsOf: target) }
            if let label = attributes[A.label.rawValue] { edge.set(C.label.rawValue, label) }
            if let weight = attributes[A.weight.rawValue] { edge.set(C.weight.rawValue, weight) }
            if let kind = attributes[A.kind.rawValue] { edge.set(C.edgelabel.rawValue, kind) }
            // `mutual` (both ways) is an undirected relation too.
            edge.directed = edgeDefaults.last ?? true
            if let type = attributes.string(A.type.rawValue)?.readerTrimmed { edge.directed = type == "directed" }
            edge.line = reader.line
            prefetchEnds(edge)
            push(edge)
        case .attvalue:
            guard let owner = open.last, let key = attributes[A.for.rawValue], let value = attributes[A.value.rawValue]
            else { return }
            let column =
                (owner.isEdge ? gexfEdgeColumns[key] : gexfNodeColumns[key]) ?? column(named: String(utf8Bytes: key))
            owner.set(column, value)
        default: break
        }
    }

    private func endGEXF(_ kind: G) {
        switch kind {
        case .graph:
            _ = edgeDefaults.popLast()
        case .attribute:
            keyID = nil
        case .default where inDefault:
            inDefault = false
            if let keyID {
                keyDefaults[keyID] = (keyDomain, defaultText)
                sortedDefaults = nil
            }
        case .node where open.last?.isEdge == false:
            let node = pop()
            addNode(node)
            pool.append(node)
        case .edge where open.last?.isEdge == true:
            let edge = pop()
            addEdge(edge)
            pool.append(edge)
        default: break
        }
    }

    /// GEXF attribute columns by `class:id`, for their defaults.
    private var gexfKeyColumns: [String: Int] = [:]

    private func push(_ element: Element) {
        open.append(element)
        top = .passUnretained(element)
    }

    private func pop() -> Element {
        let element = open.removeLast()
        top = open.last.map { .passUnretained($0) }
        return element
    }

    private func take() -> Element {
        let element = pool.popLast() ?? Element()
        element.reset(columns: columnNames.count)
        return element
    }

    private func column(named name: String) -> Int {
        if let column = columnByName[name] { return column }
        let column = columnNames.count
        columnNames.append(name)
        columnByName[name] = column
        for element in open + pool { element.reserve(columns: column + 1) }
        return column
    }

    // MARK: Building

    /// Defaults fill in missing values, in key id order (so that the result never depends on
    /// hashing when two keys share a name).
    private func applyDefaults(_ element: Element, domain: String) {
        if sortedDefaults == nil {
            sortedDefaults = keyDefaults.sorted { $0.key < $1.key }.map { id, entry in
                var id = id
                let column =
                    gexfKeyColumns[id] ?? id.withUTF8 { keyColumns[UnsafeRawBufferPointer($0)] } ?? column(named: id)
                return (column, entry.domain, entry.value)
            }
        }
        for (column, keyDomain, value) in sortedDefaults! where keyDomain == domain || keyDomain == "all" {
            if !element.has(column) { element.set(column, value) }
        }
    }

    private func string(_ element: Element, _ column: C) -> String? {
        element.has(column) ? String(decoding: element.value(column.rawValue), as: UTF8.self) : nil
    }

    /// `Double(value.trimmed)`: ASCII blanks trimmed on the bytes, the rest (rare) as strings.
    private func number(_ element: Element, _ column: C) -> Double? {
        guard element.has(column) else { return nil }
        let bytes = element.value(column.rawValue)
        var start = 0
        var end = bytes.count
        while start < end, Self.isBlank(bytes[start]) { start += 1 }
        while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        guard start < end, bytes[start] < 0x80, bytes[end - 1] < 0x80 else {
            return Double(String(utf8Bytes: bytes).readerTrimmed)
        }
        let trimmed = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        return DecimalBytes.double(trimmed) ?? Double(String(utf8Bytes: trimmed))
    }

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private func nonEmpty(_ element: Element, _ column: C) -> String? {
        element.has(column) && element.value(column.rawValue).count > 0
            ? String(decoding: element.value(column.rawValue), as: UTF8.self) : nil
    }

    /// The columns other than `fields`, as attributes.
    private func attributes(_ element: Element, excluding fields: [Bool]) -> [String: String] {
        var result: [String: String] = [:]
        for column in element.touched where column >= fields.count || !fields[column] {
            result[columnNames[column]] = String(decoding: element.value(column), as: UTF8.self)
        }
        return result
    }

    static let nodeFields: [Bool] = knownColumns.map { GraphMLReader.nodeFields.contains($0) }
    static let edgeFields: [Bool] = knownColumns.map { GraphMLReader.edgeFields.contains($0) }
    static let edgeFieldsWithoutEvidence: [Bool] = knownColumns.map {
        GraphMLReader.edgeFields.contains($0) && !GraphMLReader.evidenceColumns.contains($0)
    }

    private static let kindColumns = [C.type, .actorKind, .kind]

    private func addNode(_ node: Element) {
        applyDefaults(node, domain: "node")
        let xmlID = String(decoding: node.id, as: UTF8.self)
        let id = nonEmpty(node, .entityID) ?? xmlID
        let name = string(node, .name) ?? string(node, .label) ?? node.yLabel ?? id
        var kind = EntityKind.organization
        for column in Self.kindColumns where node.has(column) {
            if let found = EntityKind(name: string(node, column)!) {
                kind = found
                break
            }
        }
        var aliases: Set<String> = []
        if node.has(.aliases) {
            for part in node.value(C.aliases.rawValue).split(separator: UInt8(ascii: "|")) where !part.isEmpty {
                aliases.insert(String(decoding: part, as: UTF8.self))
            }
        }
        var mentions: Set<Mention> = []
        if node.has(.spans) {
            parseSpans(node.value(C.spans.rawValue)) { document, start, end in
                mentions.insert(Mention(documentID: document, start: start, end: end))
            }
        }
        node.id.withUnsafeBytes { declare($0, NodeEnd(id: id, hash: KnowledgeGraph.endHash(id), end: 0)) }
        lastSourceEnd = nil
        lastTargetEnd = nil
        graph.add(
            Entity(
                id: id, name: name, kind: kind, aliases: aliases, mentions: mentions,
                attributes: attributes(node, excluding: Self.nodeFields)))
    }

    /// `k` of an XML id `n<k>` (no sign, no leading zero, at most 9 digits), else `nil`.
    @inline(__always) private static func numberedID(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        guard count >= 2, count <= 10, bytes[0] == UInt8(ascii: "n"), count == 2 || bytes[1] != UInt8(ascii: "0")
        else { return nil }
        var value = 0
        for index in 1..<count {
            let digit = Int(bytes[index]) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value &* 10 &+ digit
        }
        return value
    }

    /// Files a node under its XML id (a later declaration of the id replaces the earlier one:
    /// a numbered slot is looked at before ``nodeIDs``).
    private func declare(_ xmlID: UnsafeRawBufferPointer, _ node: NodeEnd) {
        if let k = Self.numberedID(xmlID), k < numberedNodes.count || k < 2 * numberedDeclared + 4096 {
            if k >= numberedNodes.count { numberedNodes.extend(to: k + 1) }
            numberedNodes[k] = node
            numberedDeclared += 1
            return
        }
        nodeIDs.set(xmlID, node)
    }

    /// The node of an edge's end, or `nil` when no node of the file has that XML id yet.
    @inline(__always) private func node(_ xmlID: UnsafeRawBufferPointer) -> NodeEnd? {
        if let k = Self.numberedID(xmlID), k < numberedNodes.count {
            let node = numberedNodes[k]
            if !node.id.isEmpty { return node }
        }
        return nodeIDs[xmlID]
    }

    /// Keeps an end's number in the relation table (`end`: number + 1) with its node.
    private func learnEnd(_ xmlID: UnsafeRawBufferPointer, _ end: UInt32) {
        if let k = Self.numberedID(xmlID), k < numberedNodes.count, !numberedNodes[k].id.isEmpty {
            numberedNodes[k].end = end
        } else {
            nodeIDs.modify(xmlID) { $0?.end = end }
        }
    }

    /// The entity id of an edge's end, or `nil` when no node of the file has that XML id yet.
    private func entityID(_ xmlID: [UInt8]) -> String? {
        xmlID.withUnsafeBytes { node($0)?.id }
    }

    /// The last source and target looked up: edges come grouped by source (our writer,
    /// NetworkX, Gephi), so most sources are found without a look-up. Forgotten when a node
    /// is declared (a later declaration of an XML id wins).
    @exclusivity(unchecked) private var lastSource: [UInt8] = []
    @exclusivity(unchecked) private var lastSourceEnd: NodeEnd?
    @exclusivity(unchecked) private var lastTarget: [UInt8] = []
    @exclusivity(unchecked) private var lastTargetEnd: NodeEnd?

    private func sourceEnd(_ xmlID: [UInt8]) -> NodeEnd? {
        if let node = lastSourceEnd, lastSource == xmlID { return node }
        lastSourceEnd = xmlID.withUnsafeBytes { node($0) }
        lastSource.removeAll(keepingCapacity: true)
        lastSource.append(contentsOf: xmlID)
        return lastSourceEnd
    }

    private func targetEnd(_ xmlID: [UInt8]) -> NodeEnd? {
        if let node = lastTargetEnd, lastTarget == xmlID { return node }
        lastTargetEnd = xmlID.withUnsafeBytes { node($0) }
        lastTarget.removeAll(keepingCapacity: true)
        lastTarget.append(contentsOf: xmlID)
        return lastTargetEnd
    }

    /// After a relation of these ends was added: keeps the number the relation table gave an
    /// end not numbered before (its node's ``NodeEnd/end``, and the last source's or target's).
    private func learnEnds(_ edge: Element, _ source: NodeEnd, _ target: NodeEnd) {
        let ends = graph.lastRelationEnds
        func number(_ id: String) -> UInt32? {
            if let end = ends.source, RelationTable.KnownEnds.sameBytes(end.id, id) { return end.number + 1 }
            if let end = ends.target, RelationTable.KnownEnds.sameBytes(end.id, id) { return end.number + 1 }
            return nil
        }
        if source.end == 0, let end = number(source.id) {
            edge.source.withUnsafeBytes { learnEnd($0, end) }
            if lastSourceEnd != nil, lastSource == edge.source { lastSourceEnd!.end = end }
            if lastTargetEnd != nil, lastTarget == edge.source { lastTargetEnd!.end = end }
        }
        if target.end == 0, let end = number(target.id) {
            edge.target.withUnsafeBytes { learnEnd($0, end) }
            if lastSourceEnd != nil, lastSource == edge.target { lastSourceEnd!.end = end }
            if lastTargetEnd != nil, lastTarget == edge.target { lastTargetEnd!.end = end }
        }
    }

    /// Starts loading the node table's slots of the edge's ends when the edge opens: their
    /// cache misses (the ends come in no order) then overlap with reading the edge's data
    /// instead of stalling ``addEdge(_:)``.
    @inline(__always) private func prefetchEnds(_ edge: Element) {
        // (A source like the last one is found without a look-up: see ``sourceEnd(_:)``.)
        if lastSourceEnd == nil || edge.source != lastSource { edge.source.withUnsafeBytes { prefetchNode($0) } }
        edge.target.withUnsafeBytes { prefetchNode($0) }
    }

    @inline(__always) private func prefetchNode(_ xmlID: UnsafeRawBufferPointer) {
        if let k = Self.numberedID(xmlID), k < numberedNodes.count {
            numberedNodes.prefetch(k)
        } else {
            nodeIDs.prefetch(xmlID)
        }
    }

    /// The column of a `<data>` element's key id, if the key is declared.
    private func keyColumn(_ key: UnsafeRawBufferPointer) -> Int? {
        if let column = shortKeys[key] { return column }
        guard let column = keyColumns[key] else { return nil }
        shortKeys.set(key, column)
        return column
    }

    /// The graph's own string for this sentence at this place, when the file is merged into a
    /// graph that has it (see ``sharedSentences``).
    @inline(__always) private func sharedSentence(_ document: String, _ start: Int, _ end: Int, _ text: UnsafeRawBufferPointer)
        -> String?
    {
        if sharedSentences.isEmpty { return nil }
        return sharedSentences.sentence(in: graph, document: document, start: start, end: end, bytes: text)
    }

    private func addEdge(_ edge: Element) {
        applyDefaults(edge, domain: "edge")
        let predicate = predicate(edge)
        // The ends first: the relation table's slot starts loading while the evidence is built.
        let sourceNode = sourceEnd(edge.source)
        let targetNode = targetEnd(edge.target)
        var targetHash: (id: String, hash: UInt32)?
        if let sourceNode, let targetNode {
            targetHash = graph.prefetchRelation(
                source: sourceNode.id, sourceHash: sourceNode.hash, sourceKnown: sourceNode.end > 0, predicate: predicate,
                target: targetNode.id, targetHash: targetNode.hash, targetKnown: targetNode.end > 0, directed: edge.directed)
        }
        evidence.removeAll(keepingCapacity: true)
        if edge.has(.evidenceSpans) {
            spans.removeAll(keepingCapacity: true)
            parseSpans(edge.value(C.evidenceSpans.rawValue)) { spans.append(($0, $1, $2)) }
            if !spans.isEmpty {
                let confidence = number(edge, .confidence) ?? 1
                let role = nonEmpty(edge, .role)
                // The sentences: the evidence column's lines, paired with the spans in order when
                // there are no more lines than spans, else the whole text goes with the first span.
                sentenceEnds.removeAll(keepingCapacity: true)
                let hasEvidence = edge.has(.evidence)
                if hasEvidence {
                    let bytes = edge.value(C.evidence.rawValue)
                    var index = 0
                    while index < bytes.count, let newline = memchr(bytes.baseAddress! + index, 0x0A, bytes.count - index) {
                        let at = bytes.baseAddress!.distance(to: UnsafeRawPointer(newline))
                        sentenceEnds.append(at)
                        index = at + 1
                    }
                    sentenceEnds.append(bytes.count)
                }
                let paired = sentenceEnds.count <= spans.count
                let bytes = edge.value(C.evidence.rawValue)
                for index in spans.indices {
                    let (document, start, end) = spans[index]
                    let sentence: String
                    if !hasEvidence {
                        sentence = ""
                    } else if paired {
                        if index < sentenceEnds.count {
                            let from = index == 0 ? 0 : sentenceEnds[index - 1] + 1
                            let text = UnsafeRawBufferPointer(rebasing: bytes[from..<sentenceEnds[index]])
                            sentence = sharedSentence(document, start, end, text) ?? String(utf8Bytes: text)
                        } else {
                            sentence = ""
                        }
                    } else {
                        sentence = index == 0 ? sharedSentence(document, start, end, bytes) ?? String(utf8Bytes: bytes) : ""
                    }
                    evidence.append(
                        Evidence(
                            documentID: document, sentence: sentence, start: start, end: end, confidence: confidence,
                            role: role))
                }
            }
        }
        var attributes: [String: String]
        var weight: Double?
        if !evidence.isEmpty {
            attributes = self.attributes(edge, excluding: Self.edgeFields)
        } else {
            // No evidence (another tool's edge): the columns that would have described it stay
            // as they are; a confidence of 0 is what a relation without evidence has anyway. Its
            // weight (1 when the file gives none) adds up over parallel edges.
            attributes = self.attributes(edge, excluding: Self.edgeFieldsWithoutEvidence)
            if edge.has(.confidence), number(edge, .confidence) == 0 { attributes["confidence"] = nil }
            weight = number(edge, .weight).flatMap { $0.isFinite ? $0 : nil } ?? 1
        }
        let directed = edge.directed
        if let sourceNode, let targetNode {
            // Ends numbered before are not looked up in the relation table's id index again (a
            // cache miss there and one in its strings, at 1M ids).
            let known = RelationTable.KnownEnds(
                sourceNode.end > 0 ? (sourceNode.id, sourceNode.end - 1) : nil,
                targetNode.end > 0 ? (targetNode.id, targetNode.end - 1) : nil)
            graph.add(
                Relation(
                    source: sourceNode.id, predicate: predicate, target: targetNode.id, evidence: evidence,
                    attributes: attributes, directed: directed), edgeWeight: weight, sums: &weightSums,
                targetHash: targetHash, known: known)
            if sourceNode.end == 0 || targetNode.end == 0 { learnEnds(edge, sourceNode, targetNode) }
            reservation.note(&graph)
        } else {
            pending.append(
                (
                    String(decoding: edge.id, as: UTF8.self), String(decoding: edge.source, as: UTF8.self),
                    String(decoding: edge.target, as: UTF8.self), edge.line, weight,
                    { [evidence = Array(evidence)] in
                        Relation(
                            source: $0, predicate: predicate, target: $1, evidence: evidence, attributes: attributes,
                            directed: directed)
                    }
                ))
        }
    }

    /// The edges whose ends were declared after them; then the documents. An end that no node
    /// of the file declares is an error (Gephi, NetworkX and igraph would make the node up).
    private func finish() throws {
        for edge in pending {
            func end(_ xmlID: String, _ role: String) throws -> String {
                if let id = entityID(Array(xmlID.utf8)) { return id }
                let edgeName = edge.id.isEmpty ? "an edge" : "edge '\(edge.id)'"
                throw NewsGraphError(
                    .invalidInput,
                    "\(edgeName) has \(role) '\(xmlID)', which is not a node of the file: declare it with <node id=\"\(xmlID)\"/> or remove the edge",
                    path: name, line: edge.line)
            }
            let source = try end(edge.source, "source")
            let target = try end(edge.target, "target")
            graph.add(edge.make(source, target), edgeWeight: edge.weight, sums: &weightSums)
        }
        pending = []
        for document in documents.sorted() { graph.add(DocumentInfo(id: document)) }
    }

    /// The columns an edge's predicate is read from, first non-empty one first.
    private static let predicateColumns = [C.relation.rawValue, C.label.rawValue, C.edgelabel.rawValue, C.edgeLabel.rawValue]

    private func predicate(_ edge: Element) -> Predicate {
        var column = -1
        for candidate in Self.predicateColumns where edge.value(candidate).count > 0 {
            column = candidate
            break
        }
        guard column >= 0 else { return makePredicate(edge.yLabel ?? "", edge) }
        // Built-in predicates by their label's bytes; others (whose cameo may vary) each time.
        let bytes = edge.value(column)
        if let known = predicates[bytes] { return known }
        // Others: one shared predicate per label while its cameo stays the same.
        if let known = customPredicates[bytes], known.cameo == nonEmpty(edge, .cameo) { return known }
        let predicate = makePredicate(String(utf8Bytes: bytes), edge)
        if Predicate.named(predicate.name) != nil {
            predicates.set(bytes, predicate)
        } else {
            customPredicates.set(bytes, predicate)
        }
        return predicate
    }

    private func makePredicate(_ label: String, _ edge: Element) -> Predicate {
        let name = GraphMLReader.snakeCase(label)
        return Predicate.named(name)
            ?? Predicate(name: name, category: .structural, cameo: nonEmpty(edge, .cameo), definition: "Read from GraphML.")
    }

    /// A document id from its bytes, one shared `String` per distinct id.
    private func documentID(_ bytes: UnsafeRawBufferPointer) -> String {
        if let known = recentDocuments[bytes] { return known }
        if let known = documentIDs[bytes] {
            recentDocuments.set(bytes, known)
            return known
        }
        let document = Format.percentDecoded(String(utf8Bytes: bytes))
        documentIDs.set(bytes, document)
        recentDocuments.set(bytes, document)
        if !document.isEmpty { documents.insert(document) }
        return document
    }

    /// ``documentIDs``' recent answers for ids of up to 8 bytes (a span at each edge).
    private let recentDocuments = ShortBytesCache()

    /// Calls `body` with each `document:start-end` of a spans column (space-separated; the
    /// document percent-encoded); malformed items are skipped.
    private func parseSpans(_ bytes: UnsafeRawBufferPointer, _ body: (String, Int, Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var from = 0
        while from < count {
            var to = from
            if let space = memchr(base + from, 0x20, count - from) {
                to = base.distance(to: UnsafeRawPointer(space))
            } else {
                to = count
            }
            defer { from = to + 1 }
            if to == from { continue }
            // Most items: `document:digits-digits`, read in one pass (the same as below).
            if let (colon, start, end) = Self.plainSpan(base, from, to) {
                if end >= start { body(documentID(UnsafeRawBufferPointer(start: base + from, count: colon - from)), start, end) }
                continue
            }
            let item = bytes[from..<to]
            guard let colon = item.lastIndex(of: UInt8(ascii: ":")) else { continue }
            let range = item[(colon + 1)...]
            guard let dash = range.firstIndex(of: UInt8(ascii: "-")),
                range[(dash + 1)...].firstIndex(of: UInt8(ascii: "-")) == nil,
                let start = Self.integer(range[..<dash]), let end = Self.integer(range[(dash + 1)...]), start >= 0,
                end >= start
            else { continue }
            let document = documentID(UnsafeRawBufferPointer(rebasing: item[..<colon]))
            body(document, start, end)
        }
    }

    /// An item `...:digits-digits` (1 to 18 digits each, no sign) of bytes `from..<to`: its last
    /// colon and the two numbers, else `nil` (the item is read the general way).
    @inline(__always) private static func plainSpan(_ base: UnsafeRawPointer, _ from: Int, _ to: Int)
        -> (colon: Int, start: Int, end: Int)?
    {
        var colon = to - 1
        while colon >= from {
            let byte = base.load(fromByteOffset: colon, as: UInt8.self)
            if byte == UInt8(ascii: ":") { break }
            guard (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") else { return nil }
            colon -= 1
        }
        guard colon >= from else { return nil }
        var index = colon + 1
        func number() -> Int? {
            var value = 0
            let first = index
            while index < to, index - first < 18 {
                let digit = Int(base.load(fromByteOffset: index, as: UInt8.self)) &- 48
                guard digit >= 0 && digit <= 9 else { break }
                value = value * 10 + digit
                index += 1
            }
            return index > first ? value : nil
        }
        guard let start = number(), index < to, base.load(fromByteOffset: index, as: UInt8.self) == UInt8(ascii: "-")
        else { return nil }
        index += 1
        guard let end = number(), index == to else { return nil }
        return (colon, start, end)
    }

    /// `Int(text)` on bytes: an optional sign, then one or more ASCII digits, no overflow.
    static func integer(_ bytes: Slice<UnsafeRawBufferPointer>) -> Int? {
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.endIndex else { return nil }
        var value = 0
        while index < bytes.endIndex {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = sum
            index += 1
        }
        return value
    }
}

extension String {
    /// Without leading and trailing white space (as `Character.isWhitespace` says).
    var readerTrimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

/// 1 to 8 bytes packed in a word (one-to-one for bytes that are never 0) and its slot among 64 (a
/// multiplicative hash's top six bits): shared by ``ShortKeyCache`` and ``ShortBytesCache``.
enum ShortWord {
    @inline(__always) static func pack(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        guard bytes.count <= 8, bytes.count > 0 else { return nil }
        var word: UInt64 = 0
        for index in 0..<bytes.count { word |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return word
    }

    @inline(__always) static func slot(_ word: UInt64) -> Int { Int((word &* 0x9E37_79B9_7F4A_7C15) >> 58) }
}

/// Key ids of up to 8 bytes → columns: an open-addressing table of 64 slots over the id's
/// bytes packed in a word (no byte of an XML attribute value is 0, so the packing is
/// one-to-one), at most 48 ids (more go to the ``ByteTable`` every time).
final class ShortKeyCache {
    private let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
    private let columns = UnsafeMutablePointer<Int>.allocate(capacity: 64)
    private var used = 0

    init() { removeAll() }

    deinit {
        keys.deallocate()
        columns.deallocate()
    }

    func removeAll() {
        keys.initialize(repeating: 0, count: 64)
        columns.initialize(repeating: -1, count: 64)
        used = 0
    }


    subscript(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let word = ShortWord.pack(bytes) else { return nil }
        var slot = ShortWord.slot(word)
        for _ in 0..<64 {
            if keys[slot] == 0 { return nil }
            if keys[slot] == word { return columns[slot] }
            slot = (slot + 1) & 63
        }
        return nil
    }

    func set(_ bytes: UnsafeRawBufferPointer, _ column: Int) {
        guard used < 48, let word = ShortWord.pack(bytes) else { return }
        var slot = ShortWord.slot(word)
        while keys[slot] != 0 && keys[slot] != word { slot = (slot + 1) & 63 }
        if keys[slot] == 0 { used += 1 }
        keys[slot] = word
        columns[slot] = column
    }
}

/// Byte strings of 1 to 8 bytes → `String`s: a direct-mapped cache of 64 slots over the bytes
/// packed in a word, in front of a ``ByteTable`` (no seeded hash of the bytes on a hit).
final class ShortBytesCache {
    private let words = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
    private let lengths = UnsafeMutablePointer<Int>.allocate(capacity: 64)
    private let values = UnsafeMutablePointer<String>.allocate(capacity: 64)

    init() {
        words.initialize(repeating: 0, count: 64)
        lengths.initialize(repeating: 0, count: 64)
        values.initialize(repeating: "", count: 64)
    }

    deinit {
        words.deallocate()
        lengths.deallocate()
        values.deinitialize(count: 64)
        values.deallocate()
    }


    @inline(__always) subscript(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let word = ShortWord.pack(bytes) else { return nil }
        let slot = ShortWord.slot(word)
        return words[slot] == word && lengths[slot] == bytes.count ? values[slot] : nil
    }

    func set(_ bytes: UnsafeRawBufferPointer, _ value: String) {
        guard let word = ShortWord.pack(bytes) else { return }
        let slot = ShortWord.slot(word)
        words[slot] = word
        lengths[slot] = bytes.count
        values[slot] = value
    }
}

/// The GraphML reader's nodes `n<k>` by `k` (``GraphMLStreamReader/NodeEnd``; an empty id: no
/// node), in memory of its own: from 4 MiB on it is asked of the kernel in transparent huge
/// pages (`madvise`), before it is first written. An edge's ends are read here in no order, and
/// at 1M nodes (24 MB) nearly every look-up missed the TLB: its prefetch at the edge's start
/// waited for the page walk (a two-level one in a virtual machine), 3.7 % of `convert` at
/// 1M/5M. Where the kernel gives no huge pages the memory is the same, in small pages.
final class NumberedNodes {
    typealias Node = GraphMLStreamReader.NodeEnd
    private var base: UnsafeMutablePointer<Node>?
    private(set) var count = 0
    private var capacity = 0

    deinit {
        if let base {
            base.deinitialize(count: count)
            free(base)
        }
    }

    @inline(__always) subscript(k: Int) -> Node {
        get { base![k] }
        set { base![k] = newValue }
    }

    @inline(__always) func prefetch(_ k: Int) { NewsGraph.prefetch(base! + k) }

    /// Makes `count` slots, the new ones empty.
    func extend(to newCount: Int) {
        guard newCount > count else { return }
        if newCount > capacity { grow(newCount) }
        (base! + count).initialize(repeating: Node(id: "", hash: 0, end: 0), count: newCount - count)
        count = newCount
    }

    private func grow(_ needed: Int) {
        let stride = MemoryLayout<Node>.stride
        var newCapacity = Swift.max(needed, 2 * capacity, 1024)
        var bytes = newCapacity * stride
        var raw: UnsafeMutableRawPointer?
        let huge = 2 << 20
        if bytes >= 4 << 20 {
            bytes = (bytes + huge - 1) / huge * huge
            newCapacity = bytes / stride
            guard posix_memalign(&raw, huge, bytes) == 0, let raw else { fatalError("out of memory") }
            #if os(Linux)
                _ = madvise(raw, bytes, MADV_HUGEPAGE)  // a hint: refused, the pages are small
            #endif
        } else {
            raw = malloc(bytes)
            guard raw != nil else { fatalError("out of memory") }
        }
        let new = raw!.bindMemory(to: Node.self, capacity: newCapacity)
        if let base {
            new.moveInitialize(from: base, count: count)
            free(base)
        }
        base = new
        capacity = newCapacity
    }
}
