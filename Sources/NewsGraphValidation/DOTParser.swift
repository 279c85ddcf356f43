/// Checks DOT text against the grammar of https://graphviz.org/doc/info/lang.html, as
/// Graphviz's own parser reads it: `->` only in a `digraph`, `--` only in a `graph`,
/// attribute lists of `name = value` pairs, ports, subgraphs, `+` joining quoted strings,
/// and one or more graphs per file.
///
/// Like `dot`, it stops at the first syntax error.
struct DOTParser {
    private var lexer: DOTLexer
    private var token: DOTToken
    private var directed = true
    /// How many graphs the file holds.
    private(set) var graphCount = 0
    /// How many node and edge statements it holds.
    private(set) var statementCount = 0
    /// The deepest nesting of subgraphs read (the parser recurses once per level: a file of
    /// 14,000 `{` overflowed the stack), as for XML elements.
    static let maxDepth = 256
    private var depth = 0

    init(bytes: [UInt8]) throws {
        lexer = DOTLexer(bytes: bytes)
        token = DOTToken(kind: .end, line: 1, column: 1)
        token = try lexer.next()
    }

    /// Warnings the lexer noted (text `dot` accepts with a warning).
    var warnings: [(message: String, line: Int, column: Int)] { lexer.warnings }

    private mutating func advance() throws { token = try lexer.next() }

    private func error(_ message: String) -> DOTSyntaxError {
        DOTSyntaxError(message: message, line: token.line, column: token.column)
    }

    private var describe: String {
        switch token.kind {
        case .keyword(let word): "'\(word)'"
        case .id(let text): "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .edgeOperator(let op): "'\(op)'"
        case .punctuation(let byte): "'\(String(UnicodeScalar(byte)))'"
        case .end: "the end of the file"
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard token.kind == .punctuation(byte) else {
            throw error("syntax error: expected '\(String(UnicodeScalar(byte)))', found \(describe)")
        }
        try advance()
    }

    private var isID: Bool {
        if case .id = token.kind { return true }
        return false
    }

    /// An ID, with `"a" + "b"` concatenation.
    private mutating func parseID() throws {
        guard isID else { throw error("syntax error: expected an identifier, found \(describe)") }
        try advance()
        while token.kind == .punctuation(UInt8(ascii: "+")) {
            try advance()
            guard isID else { throw error("syntax error: expected a quoted string after '+', found \(describe)") }
            try advance()
        }
    }

    /// Parses the whole file.
    mutating func parse() throws {
        if token.kind == .end { throw error("no graph in the file") }
        while token.kind != .end {
            try parseGraph()
            graphCount += 1
        }
    }

    private mutating func parseGraph() throws {
        if token.kind == .keyword("strict") { try advance() }
        switch token.kind {
        case .keyword("graph"): directed = false
        case .keyword("digraph"): directed = true
        default: throw error("syntax error: expected 'graph' or 'digraph', found \(describe)")
        }
        try advance()
        if isID { try parseID() }
        try expect(UInt8(ascii: "{"))
        try parseStatements()
        try expect(UInt8(ascii: "}"))
    }

    private mutating func parseStatements() throws {
        while token.kind != .punctuation(UInt8(ascii: "}")) {
            if token.kind == .end { throw error("syntax error: missing '}' at the end of the file") }
            try parseStatement()
            if token.kind == .punctuation(UInt8(ascii: ";")) { try advance() }
        }
    }

    private mutating func parseStatement() throws {
        switch token.kind {
        case .keyword("graph"), .keyword("node"), .keyword("edge"):
            try advance()
            guard token.kind == .punctuation(UInt8(ascii: "[")) else {
                throw error("syntax error: expected '[' after an attribute statement, found \(describe)")
            }
            try parseAttributeLists()
        case .keyword("subgraph"), .punctuation(UInt8(ascii: "{")):
            try parseSubgraph()
            try parseEdgeRest()
        case .id:
            try parseID()
            if token.kind == .punctuation(UInt8(ascii: "=")) {
                try advance()
                try parseID()
                return
            }
            try parsePort()
            statementCount += 1
            try parseEdgeRest()
        default:
            throw error("syntax error near \(describe)")
        }
    }

    private mutating func parsePort() throws {
        guard token.kind == .punctuation(UInt8(ascii: ":")) else { return }
        try advance()
        try parseID()
        if token.kind == .punctuation(UInt8(ascii: ":")) {
            try advance()
            try parseID()
        }
    }

    /// After a node id or subgraph: edge operators and operands, then attribute lists.
    private mutating func parseEdgeRest() throws {
        while case .edgeOperator(let op) = token.kind {
            if (op == "->") != directed {
                throw error("syntax error: '\(op)' in a \(directed ? "digraph" : "graph") (use '\(directed ? "->" : "--")')")
            }
            try advance()
            switch token.kind {
            case .keyword("subgraph"), .punctuation(UInt8(ascii: "{")):
                try parseSubgraph()
            case .id:
                try parseID()
                try parsePort()
            default:
                throw error("syntax error: expected a node or subgraph after '\(op)', found \(describe)")
            }
            statementCount += 1
        }
        if token.kind == .punctuation(UInt8(ascii: "[")) { try parseAttributeLists() }
    }

    private mutating func parseSubgraph() throws {
        if token.kind == .keyword("subgraph") {
            try advance()
            if isID { try parseID() }
        }
        guard depth < Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) subgraphs") }
        depth += 1
        defer { depth -= 1 }
        try expect(UInt8(ascii: "{"))
        try parseStatements()
        try expect(UInt8(ascii: "}"))
    }

    private mutating func parseAttributeLists() throws {
        while token.kind == .punctuation(UInt8(ascii: "[")) {
            try advance()
            while token.kind != .punctuation(UInt8(ascii: "]")) {
                guard isID else { throw error("syntax error in an attribute list near \(describe)") }
                try parseID()
                guard token.kind == .punctuation(UInt8(ascii: "=")) else {
                    throw error("syntax error: expected '=' in an attribute list, found \(describe)")
                }
                try advance()
                try parseID()
                if token.kind == .punctuation(UInt8(ascii: ",")) || token.kind == .punctuation(UInt8(ascii: ";")) {
                    try advance()
                }
            }
            try advance()
        }
    }
}
