#if canImport(Glibc)
    import Glibc
#endif

/// Reads node-link JSON graphs (what ``JSONGraphFormat/write(_:to:pretty:drawing:)`` writes,
/// or NetworkX's `node_link_data` with `edges="links"`) and JSON Lines of them (what
/// `extract --emit fragments` writes) from bytes, as a stream: from a file descriptor in
/// chunks, building the graph as it goes, so a file of any size is read in the memory of its
/// graph. No `Decodable` type and no Foundation parser is involved.
///
/// Whether the input is JSON Lines is seen from its first value: a graph that ends on the
/// line it started on and is followed by more. Each line of JSON Lines is then one graph,
/// merged in order; an error names its line.
///
/// The graph read is the one Foundation's `JSONDecoder` read with the same rules (a test
/// compares them): unknown keys are skipped, a repeated key's first value counts, `null` is
/// an absent optional field, a number with a zero fraction is an integer. Links found before
/// `nodes` or before a top-level `directed` are kept until the end of the graph.
public enum JSONGraphReader {
    /// Reads `fd` to its end, after `prefix` (bytes already read from it), into `graph`
    /// (merging).
    /// - Throws: ``NewsGraphError``: `.invalidInput` for malformed JSON (with its line and
    ///   column) or a field of the wrong type, `.invalidGraph` for a graph that breaks the
    ///   model's rules (naming the JSON path, as `nodes[3].type`), `.io` when reading fails;
    ///   `graph` is then partly read (the file is read straight into it).
    public static func read(fd: Int32, prefix: [UInt8], path: String, into graph: inout KnowledgeGraph) throws {
        try read(fd: fd, prefix: prefix, path: path, into: &graph, laterBytes: 0)
    }

    /// Reads as ``read(fd:prefix:path:into:)`` does, when `laterBytes` bytes of other files are
    /// still to be read into the same graph after this one (`merge`): the room reserved for the
    /// relations counts them too (``RelationReservation``).
    package static func read(fd: Int32, prefix: [UInt8], path: String, into graph: inout KnowledgeGraph, laterBytes: Int)
        throws
    {
        try read(
            JSONScanner(fd: fd, prefix: prefix, path: path), into: &graph, allowLines: true,
            reservation: RelationReservation(fd: fd, laterBytes: laterBytes))
    }

    /// Reads one graph from bytes in memory (JSON Lines are refused: a second value is an error).
    public static func read(bytes: some Collection<UInt8>, path: String) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        try read(JSONScanner(bytes: bytes, path: path), into: &graph, allowLines: false)
        return graph
    }

    /// Reads JSON Lines of graphs in memory, merged (a single graph is read as one line).
    public static func readLines(bytes: some Collection<UInt8>, path: String) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        try read(JSONScanner(bytes: bytes, path: path), into: &graph, allowLines: true, forceLines: true)
        return graph
    }

    private static func read(
        _ scanner: JSONScanner, into graph: inout KnowledgeGraph, allowLines: Bool, forceLines: Bool = false,
        reservation: RelationReservation = .none
    ) throws {
        var reservation = reservation
        if try scanner.peek() == 0xEF { try skipByteOrderMark(scanner) }
        guard try scanner.peek() != nil else { throw NewsGraphError(.invalidInput, "empty input", path: scanner.path) }
        var lines = forceLines
        // The graph is read into straight, a second file of `merge` as each line of JSON Lines
        // (no graph of the file's own, built and then merged: at 1M/5M that held a second graph
        // of the file's size until the merge was done). A builder that starts on a graph with
        // nodes checks link ends against its own.
        var merged = KnowledgeGraph()
        swap(&merged, &graph)
        defer { swap(&merged, &graph) }
        let tables = Tables()
        // Into a graph that has relations (`merge`): a sentence read where the graph states it
        // already, in the same bytes, is the graph's string, shared (not a copy per file).
        tables.sharedSentences = EvidenceSentences(merged)
        // One set of node ids for every line after the first, emptied between lines (a set per
        // line was grown anew by doubling, line after line).
        var spareNodes: [String: UInt32] = [:]
        var plainNodes = ByteTable<PlainNode>()
        var count = 0
        while try scanner.peek() != nil {
            let startLine = scanner.line
            // Each line's graph is built straight into `merged` (merging is a union: the same
            // graph in any order, and no graph per line to build and then merge again); a
            // builder that starts on a graph with nodes checks link ends against its own.
            let builder = Builder(scanner: scanner, tables: tables)
            builder.remembersNodes = lines
            swap(&builder.graph, &merged)
            swap(&builder.reservation, &reservation)
            swap(&builder.plainNodes, &plainNodes)
            if !builder.graph.entities.isEmpty {
                spareNodes.removeAll(keepingCapacity: true)
                builder.ownNodes = spareNodes
                spareNodes = [:]
            }
            do {
                try builder.readGraph()
            } catch {
                // The graph as read so far goes back to the caller.
                swap(&builder.graph, &merged)
                if let error = error as? NewsGraphError, lines || forceLines, error.line == nil {
                    throw NewsGraphError(error.code, error.message, path: scanner.path, line: startLine)
                }
                throw error
            }
            swap(&builder.graph, &merged)
            swap(&builder.reservation, &reservation)
            swap(&builder.plainNodes, &plainNodes)
            if let used = builder.ownNodes {
                builder.ownNodes = nil
                spareNodes = used
            }
            count += 1
            if count == 1 && !lines {
                // One graph, or the first line of JSON Lines: a value on one line with more after it.
                let endLine = scanner.line
                if try scanner.peek() == nil { break }
                guard allowLines, endLine == startLine, scanner.line > endLine else { throw scanner.invalid() }
                lines = true
            } else if lines {
                guard scanner.line == startLine else { throw scanner.invalid() }
                let endLine = scanner.line
                if try scanner.peek() != nil, scanner.line == endLine { throw scanner.invalid() }
            }
        }
    }

    private static func skipByteOrderMark(_ scanner: JSONScanner) throws {
        for byte: UInt8 in [0xEF, 0xBB, 0xBF] {
            guard try scanner.peek() == byte else { throw scanner.invalid() }
            scanner.advance()
        }
    }

    // MARK: Building one graph

    private static let topKeys = JSONKeys(["directed", "graph", "nodes", "links"])
    private static let graphKeys = JSONKeys(["format", "documents"])
    private static let documentKeys = JSONKeys(["id", "title", "date", "url", "metadata"])
    private static let nodeKeys = JSONKeys(["id", "label", "type", "aliases", "spans", "attributes"])
    private static let spanKeys = JSONKeys(["document", "start", "end"])
    private static let linkKeys = JSONKeys([
        "source", "target", "key", "relation", "category", "symmetric", "directed", "cameo", "definition", "weight",
        "evidence", "attributes",
    ])
    /// The type of a node that names none.
    private static let defaultKind = EntityKind(name: "Organization")!

    private static let evidenceKeys = JSONKeys(["document", "start", "end", "sentence", "confidence", "rule", "role"])

    /// A node record of a name and a type alone (no aliases, spans or attributes), as merged
    /// into the graph.
    private struct PlainNode {
        /// The name of the last plain record merged (`nil`: none yet, only ``end`` is known).
        var name: String?
        var kind: EntityKind
        /// The id's number among the relation table's end ids + 1 (0: not numbered yet): a
        /// link's end is numbered once per file, not looked up in that table at every link.
        var end: UInt32 = 0
    }

    /// What the readers of every line of a file share: each distinct spelling of a field of
    /// few values as one string (``JSONScanner/value(in:_:)``), relation names with
    /// their built-in predicates, entity types, and the document records merged.
    private final class Tables {
        /// Strings of few distinct values (a link's key, category and CAMEO code, evidence's
        /// document, rule and role, a span's document), by their bytes.
        @exclusivity(unchecked) var strings = ByteValues<String>()
        /// Relation names by their bytes, each with its built-in predicate.
        @exclusivity(unchecked) var relations = ByteValues<NamedPredicate>()
        /// Entity types by their bytes.
        @exclusivity(unchecked) var kinds = ByteValues<NamedKind>()
        /// The bytes of document records merged into the graph. JSON Lines list a line's
        /// documents on every line; a record of the same bytes as one merged before changes
        /// nothing when merged again (merging is idempotent), and is skipped unparsed.
        @exclusivity(unchecked) var documentRecords = ByteTable<Bool>()
        /// The evidence of the graph read into, by location (empty when it had no relations).
        @exclusivity(unchecked) var sharedSentences = EvidenceSentences()
    }

    private struct NamedPredicate {
        var name: String
        var builtIn: Predicate?
    }

    private struct NamedKind {
        var name: String
        var kind: EntityKind?
    }

    /// A link as read, before it is checked and added.
    private struct Link {
        var index: Int
        var source: String
        var target: String
        var name: String?
        var category: String?
        var symmetric: Bool?
        var directed: Bool?
        var cameo: String?
        var definition: String?
        var weight: Double?
        /// The first piece of evidence, and the others (most links have one).
        var first: Evidence?
        var evidence: [Evidence]
        var attributes: [String: String]
        /// The built-in predicate looked up for the relation table's prefetch, under the name
        /// it was looked up by (``add(_:)`` uses it when the link's name is that one).
        var builtIn: Predicate? = nil
        /// Whether `name` was read as a relation name, and `builtIn` is its built-in predicate.
        var nameLookedUp = false
        /// The relation's target and its hash, as the prefetch computed them.
        var targetHash: (id: String, hash: UInt32)?
    }

    /// Reads one top-level graph object. A class, used on one thread: its closures reach it
    /// through one reference (a struct was copied, field by field, into some of them).
    private final class Builder {
        let scanner: JSONScanner
        let tables: Tables
        @exclusivity(unchecked) var graph = KnowledgeGraph()
        /// The top-level `directed`, once its key was read (`nil`: absent or null, directed).
        @exclusivity(unchecked) var directedGraph: Bool?
        @exclusivity(unchecked) var directedKnown = false
        @exclusivity(unchecked) var nodesDone = false
        @exclusivity(unchecked) var sawNodes = false
        @exclusivity(unchecked) var sawLinks = false
        /// Links read before the nodes were all in or before `directed` was read (NetworkX and
        /// this project write `directed` first and nodes before links: nothing waits).
        @exclusivity(unchecked) var pending: [Link] = []
        /// The ends of the last link added, known to be nodes, each with its number among the
        /// relation table's end ids + 1 when known (lines past the first; 0: not known).
        @exclusivity(unchecked) var knownSource: (id: String, end: UInt32)?
        @exclusivity(unchecked) var knownTarget: (id: String, end: UInt32)?
        /// The ids of this graph's nodes, when it is built into a graph that had nodes before
        /// (the next lines of JSON Lines), each with its number among the relation table's end
        /// ids + 1 when known (0: not yet, see ``PlainNode/end``); `nil`: the graph's nodes are
        /// this graph's.
        @exclusivity(unchecked) var ownNodes: [String: UInt32]?
        /// Room for the file's relations, reserved once from how fast the first ones came.
        @exclusivity(unchecked) var reservation = RelationReservation.none
        /// The last predicate made for each name that is not built in.
        @exclusivity(unchecked) var customPredicates: [String: Predicate] = [:]
        /// This graph's node ids by their bytes, each to the id as the node spelled it, while the
        /// graph's nodes are this graph's (``ownNodes`` is `nil`): a link's target is looked up
        /// here, its slot prefetched when the target is read, so the look-up's cache miss
        /// overlaps with reading the link's evidence (in the entity table it was a miss per
        /// link that nothing could start early: 8.8 % of `stats` on 1M/5M JSON), and a link's
        /// ends share the node's id string.
        @exclusivity(unchecked) var nodeTable = ByteTable<String>()
        /// For JSON Lines past the first line: each node id's last record of a name and a type
        /// alone merged into the graph. Lines repeat such a record of a node on every line that
        /// links it, and merging one again changes nothing (merging is idempotent): a record
        /// equal to the one here is not merged, and the entity table is not looked up for it
        /// (a cache miss or two per node record, in a table of every node of the file).
        @exclusivity(unchecked) var plainNodes = ByteTable<PlainNode>()
        /// Whether this graph is a line of JSON Lines past the first, whose node records and
        /// end numbers ``plainNodes`` keeps for the next lines (a single graph, or the first
        /// line, read into a graph with nodes checks its ends against ``ownNodes`` alone).
        @exclusivity(unchecked) var remembersNodes = false
        /// The input offset past the last node id whose ``plainNodes`` slot was prefetched.
        @exclusivity(unchecked) var aheadCursor = 0

        /// Starts loading the ``plainNodes`` slots of the node records a few records ahead (lines
        /// past the first): their ids are found in the bytes read by a plain search, so the
        /// cache misses of several look-ups overlap instead of one stalling each record.
        /// (Searching at most 1 KiB past the last id found: past the last node record of a line
        /// the search stops until the next line's nodes.)
        @inline(__always) func prefetchNodesAhead(_ record: Int) {
            let first = record == 0
            if first { aheadCount = 0 }
            prefetchNamesAhead(record + 4)
            var ahead = 1
            if first || (aheadCursor != Int.max && aheadCursor <= scanner.offset) {
                aheadCursor = scanner.offset
                ahead = 8
                // (The next id found is this record's.)
                aheadCount = record
            } else if aheadCursor == Int.max {
                return
            }
            for _ in 0..<ahead {
                guard
                    let next = scanner.idAhead(
                        from: aheadCursor, within: 1024,
                        { id in
                            plainNodes.prefetch(id)
                            // Kept for the second step (``prefetchNamesAhead(_:)``), when short.
                            let place = aheadCount & 15
                            aheadIDs[place] = (0, id.count <= 8 ? UInt8(id.count) : 0xFF)
                            if id.count <= 8 {
                                withUnsafeMutableBytes(of: &aheadIDs[place].word) { $0.copyMemory(from: id) }
                            }
                            aheadCount += 1
                        })
                else {
                    aheadCursor = Int.max
                    return
                }
                aheadCursor = next
            }
        }

        /// The ids found ahead on this line whose ``plainNodes`` slot was prefetched, by record
        /// (the last 16; a count of 0xFF: longer than 8 bytes, not kept), and how many were found.
        @exclusivity(unchecked) var aheadIDs = [(word: UInt64, count: UInt8)](repeating: (0, 0), count: 16)
        @exclusivity(unchecked) var aheadCount = 0

        /// The second step of the look-ahead: for the node record `record` of this line, whose
        /// slot was prefetched three records ago or more and has come in by now, starts loading its
        /// last plain name's storage (copying the record out of the table retains that string:
        /// a cold cache line per record at 1M nodes, 5.5 % of reading 1M/5M fragments).
        @inline(__always) func prefetchNamesAhead(_ record: Int) {
            guard record < aheadCount, record >= aheadCount - 16 else { return }
            let entry = aheadIDs[record & 15]
            guard entry.count != 0xFF else { return }
            var word = entry.word
            withUnsafeBytes(of: &word) { bytes in
                plainNodes.prefetchString(
                    UnsafeRawBufferPointer(rebasing: bytes[0..<Int(entry.count)]),
                    at: MemoryLayout<PlainNode>.offset(of: \PlainNode.name)!)
            }
        }

        init(scanner: JSONScanner, tables: Tables) {
            self.scanner = scanner
            self.tables = tables
        }

        func fail(_ where: @autoclosure () -> String, _ message: String) -> NewsGraphError {
            NewsGraphError(.invalidGraph, "\(`where`()): \(message)", path: scanner.path)
        }

        func typeError(_ where: @autoclosure () -> String, _ expected: String) throws -> NewsGraphError {
            if try scanner.null() {
                return NewsGraphError(.invalidInput, "\(`where`()): expected \(expected), found null", path: scanner.path)
            }
            // The value must still be JSON, else the file is not valid JSON.
            try scanner.skipValue()
            return NewsGraphError(.invalidInput, "\(`where`()): expected \(expected)", path: scanner.path)
        }

        func missing(_ where: @autoclosure () -> String) -> NewsGraphError {
            NewsGraphError(.invalidInput, "\(`where`()): missing", path: scanner.path)
        }

        // Typed values: each skips `null` as absent for optional fields.

        func requiredString(_ where: @autoclosure () -> String) throws -> String {
            if let value = try scanner.string() { return value }
            throw try typeError(`where`(), "a string")
        }

        func optionalString(_ where: @autoclosure () -> String) throws -> String? {
            if try scanner.null() { return nil }
            return try requiredString(`where`())
        }

        func requiredInt(_ where: @autoclosure () -> String) throws -> Int {
            if let number = try scanner.number() {
                guard let integer = number.integer else {
                    throw NewsGraphError(.invalidInput, "\(`where`()): expected an integer", path: scanner.path)
                }
                return integer
            }
            throw try typeError(`where`(), "an integer")
        }

        /// ``optionalString(_:)`` of a field of few distinct values, shared through ``Tables/strings``.
        func optionalShared(_ where: @autoclosure () -> String) throws -> String? {
            if try scanner.null() { return nil }
            return try requiredShared(`where`())
        }

        func requiredShared(_ where: @autoclosure () -> String) throws -> String {
            if let value = try scanner.value(in: &tables.strings, { $0 }) { return value }
            throw try typeError(`where`(), "a string")
        }

        func optionalInt(_ where: @autoclosure () -> String) throws -> Int? {
            if try scanner.null() { return nil }
            return try requiredInt(`where`())
        }

        func optionalDouble(_ where: @autoclosure () -> String) throws -> Double? {
            if try scanner.null() { return nil }
            if let number = try scanner.number() { return number.double }
            throw try typeError(`where`(), "a number")
        }

        func optionalBool(_ where: @autoclosure () -> String) throws -> Bool? {
            if try scanner.null() { return nil }
            if let value = try scanner.bool() { return value }
            throw try typeError(`where`(), "true or false")
        }

        func optionalStrings(_ where: @autoclosure () -> String) throws -> [String]? {
            if try scanner.null() { return nil }
            guard try scanner.beginArray() else { throw try typeError(`where`(), "an array") }
            var values: [String] = []
            var index = 0
            while try scanner.nextElement(first: index == 0) {
                values.append(try requiredString("\(`where`())[\(index)]"))
                index += 1
            }
            return values
        }

        func optionalDictionary(_ where: @autoclosure () -> String) throws -> [String: String]? {
            if try scanner.null() { return nil }
            guard try scanner.beginObject() else { throw try typeError(`where`(), "an object") }
            var values: [String: String] = [:]
            var first = true
            // Every key is "another key" here: read it as a string from the scanner.
            while let key = try scanner.nextKeyString(first: first) {
                first = false
                let value = try requiredString("\(`where`()).\(key)")
                if values[key] == nil { values[key] = value }
            }
            return values
        }

        /// Calls `body` for each element of an optional array.
        func forEach(_ where: @autoclosure () -> String, _ body: (Int) throws -> Void) throws {
            if try scanner.null() { return }
            guard try scanner.beginArray() else { throw try typeError(`where`(), "an array") }
            var index = 0
            while try scanner.nextElement(first: index == 0) {
                try body(index)
                index += 1
            }
        }

        /// Calls `body` with each known key's index of an object (skipping other keys and
        /// repeated ones, whose first value counts).
        func members(_ where: @autoclosure () -> String, _ keys: JSONKeys, _ body: (Int) throws -> Void) throws {
            guard try scanner.beginObject() else { throw try typeError(`where`(), "an object") }
            var seen: UInt64 = 0
            var first = true
            while let key = try scanner.nextKey(first: first, in: keys) {
                first = false
                if key < 0 || seen & (1 << key) != 0 {
                    try scanner.skipValue()
                    continue
                }
                seen |= 1 << key
                try body(key)
            }
        }

        func readGraph() throws {
            var seen: UInt64 = 0
            guard try scanner.beginObject() else { throw scanner.invalid() }
            var first = true
            while let key = try scanner.nextKey(first: first, in: JSONGraphReader.topKeys) {
                first = false
                if key < 0 || seen & (1 << key) != 0 {
                    try scanner.skipValue()
                    continue
                }
                seen |= 1 << key
                switch key {
                case 0:
                    directedGraph = try optionalBool("directed")
                    directedKnown = true
                case 1: try readGraphInfo()
                case 2:
                    sawNodes = true
                    try readNodes()
                    nodesDone = true
                default:
                    sawLinks = true
                    try readLinks()
                }
            }
            guard sawNodes else { throw missing("nodes") }
            guard sawLinks else { throw missing("links") }
            for link in pending { try add(link) }
        }

        /// Whether two strings have the same bytes (equal strings may not: canonically
        /// equivalent ones are equal).
        @inline(__always) static func spelledAlike(_ one: String, _ other: String) -> Bool {
            var one = one
            var other = other
            return one.withUTF8 { a in
                other.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
            }
        }

        /// This graph's node with this id, as the node spelled it (`id`'s bytes), or `nil` when
        /// the graph has no such node.
        @inline(__always) func node(_ id: String) -> String? {
            if let ownNodes { return ownNodes[id] != nil ? id : nil }
            var spelled = id
            let known = spelled.withUTF8 { nodeTable[UnsafeRawBufferPointer($0)] }
            if let known { return known }
            // Other bytes may spell an id canonically equivalent to a node's (Swift strings
            // compare so, and so does the entity table), ASCII ones too: "K" equals the
            // Kelvin sign U+212A. (A miss is an error in a valid file: asking costs nothing there.)
            return graph.entities.index(forKey: id) != nil ? id : nil
        }

        func readGraphInfo() throws {
            if try scanner.null() { return }
            try members("graph", JSONGraphReader.graphKeys) { key in
                if key == 0 {
                    if let format = try optionalInt("graph.format"), format > JSONGraphFormat.formatVersion {
                        throw fail("graph.format", "format \(format) is newer than this build reads (\(JSONGraphFormat.formatVersion))")
                    }
                } else {
                    try forEach("graph.documents") { index in
                        func place() -> String { "graph.documents[\(index)]" }
                        // A record of the bytes of one merged before: nothing to merge.
                        var record: [UInt8]?
                        if try scanner.peek() == UInt8(ascii: "{"), let raw = scanner.rawObject() {
                            if tables.documentRecords[raw] != nil {
                                scanner.skipRaw(raw.count)
                                return
                            }
                            record = Array(raw)
                        }
                        var id: String?
                        var title: String?
                        var date: String?
                        var url: String?
                        var metadata: [String: String]?
                        try members(place(), JSONGraphReader.documentKeys) { key in
                            switch key {
                            case 0: id = try requiredString("\(place()).id")
                            case 1: title = try optionalString("\(place()).title")
                            case 2: date = try optionalString("\(place()).date")
                            case 3: url = try optionalString("\(place()).url")
                            default: metadata = try optionalDictionary("\(place()).metadata")
                            }
                        }
                        guard let id else { throw missing("\(place()).id") }
                        guard !id.isEmpty else { throw fail("\(place()).id", "empty document id") }
                        graph.add(DocumentInfo(id: id, title: title, date: date, url: url, metadata: metadata ?? [:]))
                        if let record, tables.documentRecords.count < 1 << 16 {
                            record.withUnsafeBytes { tables.documentRecords.set($0, true) }
                        }
                    }
                }
            }
        }

        func readNodes() throws {
            guard try scanner.beginArray() else { throw try typeError("nodes", "an array") }
            var index = 0
            while try scanner.nextElement(first: index == 0) {
                if remembersNodes && ownNodes != nil { prefetchNodesAhead(index) }
                try readNode(index)
                index += 1
            }
        }

        func readNode(_ index: Int) throws {
            func place() -> String { "nodes[\(index)]" }
            var id: String?
            var label: String?
            var type: NamedKind?
            var aliases: [String]?
            var mentions: Set<Mention> = []
            var attributes: [String: String]?
            // The node's place in the graph, looked up as soon as its id is read (JSON Lines
            // repeat a node on every line that links it): a label equal to the name there is
            // that name, not a new string, and the node merges there without a second look-up.
            var existing: Int?
            var lookedUp = false
            // The id's last plain record merged (lines past the first), instead of the look-up.
            var plain: PlainNode?
            let lines = remembersNodes && ownNodes != nil
            try members(place(), JSONGraphReader.nodeKeys) { key in
                switch key {
                case 0:
                    if lines, let read = try scanner.string(showing: { plain = plainNodes[UnsafeRawBufferPointer($0)] }) {
                        id = read
                    } else {
                        id = try requiredString("\(place()).id")
                    }
                    if plain?.name == nil {
                        existing = graph.entities.index(forKey: id!)
                        lookedUp = true
                    }
                case 1:
                    if let plainName = plain?.name {
                        if try scanner.null() {
                            label = nil
                        } else if let same = try scanner.string(sameAs: plainName) {
                            label = same
                        } else {
                            throw try typeError("\(place()).label", "a string")
                        }
                    } else if let existing {
                        if try scanner.null() {
                            label = nil
                        } else if let same = try scanner.string(sameAs: graph.entities.name(at: existing)) {
                            label = same
                        } else {
                            throw try typeError("\(place()).label", "a string")
                        }
                    } else {
                        label = try optionalString("\(place()).label")
                    }
                case 2:
                    if try !scanner.null() {
                        guard let named = try scanner.value(in: &tables.kinds, { NamedKind(name: $0, kind: EntityKind(name: $0)) })
                        else { throw try typeError("\(place()).type", "a string") }
                        type = named
                    }
                case 3: aliases = try optionalStrings("\(place()).aliases")
                case 4:
                    try forEach("\(place()).spans") { spanIndex in
                        func spanPlace() -> String { "\(place()).spans[\(spanIndex)]" }
                        var document: String?
                        var start: Int?
                        var end: Int?
                        try members(spanPlace(), JSONGraphReader.spanKeys) { key in
                            switch key {
                            case 0: document = try requiredShared("\(spanPlace()).document")
                            case 1: start = try requiredInt("\(spanPlace()).start")
                            default: end = try requiredInt("\(spanPlace()).end")
                            }
                        }
                        guard let document else { throw missing("\(spanPlace()).document") }
                        guard let start else { throw missing("\(spanPlace()).start") }
                        guard let end else { throw missing("\(spanPlace()).end") }
                        guard start >= 0, end >= start else { throw fail(spanPlace(), "bad offsets \(start)..<\(end)") }
                        mentions.insert(Mention(documentID: document, start: start, end: end))
                    }
                default: attributes = try optionalDictionary("\(place()).attributes")
                }
            }
            guard let id else { throw missing("\(place()).id") }
            guard !id.isEmpty else { throw fail("\(place()).id", "empty node id") }
            if ownNodes != nil {
                ownNodes![id] = plain?.end ?? 0
            } else {
                var spelled = id
                spelled.withUTF8 { bytes in _ = nodeTable.value(UnsafeRawBufferPointer(bytes)) { id } }
            }
            let kind: EntityKind
            if let type {
                guard let known = type.kind else { throw fail("\(place()).type", "unknown entity type '\(type.name)'") }
                kind = known
            } else {
                kind = JSONGraphReader.defaultKind
            }
            let name = label ?? id
            let isPlain = (aliases?.isEmpty ?? true) && mentions.isEmpty && (attributes?.isEmpty ?? true)
            if lines && isPlain {
                // Merged before: merging it again changes nothing.
                if let plain, plain.kind == kind, plain.name == name { return }
                var spelled = id
                let end = plain?.end ?? 0
                spelled.withUTF8 { plainNodes.set(UnsafeRawBufferPointer($0), PlainNode(name: name, kind: kind, end: end)) }
            }
            graph.add(
                Entity(
                    id: id, name: name, kind: kind, aliases: Set(aliases ?? []), mentions: mentions,
                    attributes: attributes ?? [:]),
                at: lookedUp ? existing : graph.entities.index(forKey: id))
        }

        func readLinks() throws {
            guard try scanner.beginArray() else { throw try typeError("links", "an array") }
            var index = 0
            while try scanner.nextElement(first: index == 0) {
                let link = try readLink(index)
                if nodesDone && directedKnown {
                    try add(link)
                } else {
                    pending.append(link)
                }
                index += 1
            }
        }

        func readLink(_ index: Int) throws -> Link {
            func place() -> String { "links[\(index)]" }
            var link = Link(index: index, source: "", target: "", evidence: [], attributes: [:])
            // The source of the last link added, when this link has the same (links come grouped by source): no new string.
            let lastSource = knownSource?.id
            var source: String?
            var target: String?
            var key: String?
            try members(place(), JSONGraphReader.linkKeys) { field in
                switch field {
                case 0:
                    if let lastSource, let same = try scanner.string(sameAs: lastSource) {
                        source = same
                    } else {
                        source = try requiredString("\(place()).source")
                    }
                case 1:
                    // Its node's slot starts loading now (see ``nodeTable``).
                    if ownNodes == nil,
                        let read = try scanner.string(showing: { nodeTable.prefetch(UnsafeRawBufferPointer($0)) })
                    {
                        target = read
                    } else {
                        target = try requiredString("\(place()).target")
                    }
                case 2: key = try optionalShared("\(place()).key")
                case 3:
                    if try !scanner.null() {
                        guard let named = try scanner.value(in: &tables.relations, { NamedPredicate(name: $0, builtIn: Predicate.named($0)) })
                        else { throw try typeError("\(place()).relation", "a string") }
                        link.name = named.name
                        link.builtIn = named.builtIn
                        link.nameLookedUp = true
                    }
                case 4: link.category = try optionalShared("\(place()).category")
                case 5: link.symmetric = try optionalBool("\(place()).symmetric")
                case 6: link.directed = try optionalBool("\(place()).directed")
                case 7: link.cameo = try optionalShared("\(place()).cameo")
                case 8: link.definition = try optionalString("\(place()).definition")
                case 9: link.weight = try optionalDouble("\(place()).weight")
                case 10:
                    // The key is known (this project and NetworkX write the ends and the relation
                    // first): the relation table's slot starts loading while the evidence is read.
                    if !link.nameLookedUp, let name = link.name ?? key {
                        link.builtIn = Predicate.named(name)
                    }
                    if let source, let target, let predicate = link.builtIn {
                        link.targetHash = graph.prefetchRelation(
                            source: source, predicate: predicate, target: target,
                            directed: (link.directed ?? true) && (directedGraph ?? true))
                    }
                    try forEach("\(place()).evidence") { itemIndex in
                        let item = try readEvidence("\(place()).evidence[\(itemIndex)]")
                        if itemIndex == 0 { link.first = item } else { link.evidence.append(item) }
                    }
                default: link.attributes = try optionalDictionary("\(place()).attributes") ?? [:]
                }
            }
            guard let source else { throw missing("\(place()).source") }
            guard let target else { throw missing("\(place()).target") }
            link.source = source
            link.target = target
            if link.name == nil { link.name = key }
            return link
        }

        func readEvidence(_ place: @autoclosure () -> String) throws -> Evidence {
            var document: String?
            var start: Int?
            var end: Int?
            var sentence: String?
            var confidence: Double?
            var rule: String?
            var role: String?
            try members(place(), JSONGraphReader.evidenceKeys) { key in
                switch key {
                case 0: document = try requiredShared("\(place()).document")
                case 1: start = try requiredInt("\(place()).start")
                case 2: end = try requiredInt("\(place()).end")
                case 3:
                    // (This project and NetworkX write the location before the sentence.)
                    if try scanner.null() {
                        sentence = nil
                    } else if let document, let start, let end, !tables.sharedSentences.isEmpty,
                        let known = tables.sharedSentences.sentence(in: graph, document: document, start: start, end: end),
                        let read = try scanner.string(sameAs: known)
                    {
                        sentence = read
                    } else {
                        sentence = try requiredString("\(place()).sentence")
                    }
                case 4: confidence = try optionalDouble("\(place()).confidence")
                case 5: rule = try optionalShared("\(place()).rule")
                default: role = try optionalShared("\(place()).role")
                }
            }
            guard let document else { throw missing("\(place()).document") }
            guard let start else { throw missing("\(place()).start") }
            guard let end else { throw missing("\(place()).end") }
            guard start >= 0, end >= start else { throw fail(place(), "bad offsets \(start)..<\(end)") }
            let sure = confidence ?? 1
            guard (0...1).contains(sure) else { throw fail("\(place()).confidence", "\(sure) is not between 0 and 1") }
            return Evidence(
                documentID: document, sentence: sentence ?? "", start: start, end: end, confidence: sure, rule: rule, role: role)
        }

        func add(_ link: Link) throws {
            func place() -> String { "links[\(link.index)]" }
            guard let name = link.name else { throw fail(place(), "no 'relation'") }
            let predicate: Predicate
            // (The look-up of the prefetch, when it was of this name: one dictionary look-up a link.)
            if let builtIn = link.builtIn.flatMap({ $0.name == name ? $0 : nil }) ?? Predicate.named(name) {
                predicate = builtIn
            } else {
                guard Predicate.isValidName(name) else {
                    throw fail("\(place()).relation", "'\(name)' is not a valid predicate name (snake_case ASCII)")
                }
                let category = link.category.flatMap(Predicate.Category.init(rawValue:)) ?? .event
                let symmetric = link.symmetric ?? false
                let definition = link.definition ?? ""
                // One shared predicate per name while its links describe it alike.
                if let known = customPredicates[name], known.category == category, known.isSymmetric == symmetric,
                    known.cameo == link.cameo, known.definition == definition
                {
                    predicate = known
                } else {
                    predicate = Predicate(
                        name: name, category: category, isSymmetric: symmetric, cameo: link.cameo, definition: definition)
                    customPredicates[name] = predicate
                }
            }
            // `index(forKey:)`: a subscript would copy the entity out (a retain per field). Links
            // come grouped by source: an end equal to the last one checked is a node (nodes are
            // never removed).
            func end(_ id: String, _ field: String, _ known: inout (id: String, end: UInt32)?) throws -> (id: String, end: UInt32) {
                if let known, Self.spelledAlike(known.id, id) { return known }
                let found: (id: String, end: UInt32)
                if let ownNodes {
                    guard let end = ownNodes[id] else { throw fail("\(place()).\(field)", "no node with id '\(id)'") }
                    found = (id, end)
                } else {
                    guard let id = node(id) else { throw fail("\(place()).\(field)", "no node with id '\(id)'") }
                    found = (id, 0)
                }
                known = found
                return found
            }
            let (source, sourceEnd) = try end(link.source, "source", &knownSource)
            let (target, targetEnd) = try end(link.target, "target", &knownTarget)
            // Lines past the first: ends numbered before are not looked up in the relation
            // table's id index again (a cache miss there and one in its strings, at 1M ids).
            let known = RelationTable.KnownEnds(
                sourceEnd > 0 ? (source, sourceEnd - 1) : nil, targetEnd > 0 ? (target, targetEnd - 1) : nil)
            // A weight is read only where it is not the evidence count: on a link without evidence.
            let directed = (link.directed ?? true) && (directedGraph ?? true)
            if let first = link.first, link.evidence.isEmpty {
                graph.add(
                    Relation(source: source, predicate: predicate, target: target, one: first, attributes: link.attributes, directed: directed),
                    targetHash: link.targetHash, known: known)
            } else {
                var imported: Double?
                if link.first == nil, let weight = link.weight, weight.isFinite, weight != 0 { imported = weight }
                var evidence = link.evidence
                if let first = link.first { evidence.insert(first, at: 0) }
                graph.add(
                    Relation(
                        source: source, predicate: predicate, target: target, evidence: evidence,
                        attributes: link.attributes, directed: directed, importedWeight: imported))
            }
            if ownNodes != nil && (sourceEnd == 0 || targetEnd == 0) {
                let ends = graph.relations.lastEnds
                if let end = ends.source { learn(end.id, end.number) }
                if let end = ends.target { learn(end.id, end.number) }
            }
            reservation.note(&graph)
        }

        /// Keeps the number the relation table gave a node's id as a link end (lines past the
        /// first): for the rest of this line and, through ``plainNodes``, the next lines.
        func learn(_ id: String, _ number: UInt32) {
            guard ownNodes![id] == 0 else { return }
            ownNodes![id] = number + 1
            if let known = knownSource, Self.spelledAlike(known.id, id) { knownSource!.end = number + 1 }
            if let known = knownTarget, Self.spelledAlike(known.id, id) { knownTarget!.end = number + 1 }
            guard remembersNodes else { return }
            var spelled = id
            spelled.withUTF8 { bytes in
                plainNodes.modify(UnsafeRawBufferPointer(bytes)) { node in
                    if node == nil {
                        node = PlainNode(name: nil, kind: JSONGraphReader.defaultKind, end: number + 1)
                    } else {
                        node!.end = number + 1
                    }
                }
            }
        }
    }
}
