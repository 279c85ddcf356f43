/// A token of the DOT language.
struct DOTToken: Equatable {
    enum Kind: Equatable {
        /// `strict`, `graph`, `digraph`, `subgraph`, `node`, `edge`, lower-cased (DOT keywords
        /// are case-independent).
        case keyword(String)
        /// An identifier: a name, a numeral, a quoted string or an HTML string.
        case id(String)
        /// `->` or `--`.
        case edgeOperator(String)
        /// One of `{ } [ ] ; , = : +`.
        case punctuation(UInt8)
        /// The end of the input.
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int
}

/// A syntax problem in a DOT file.
struct DOTSyntaxError: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
}

/// Splits DOT text into tokens, following the lexical rules of
/// https://graphviz.org/doc/info/lang.html: comments (`//`, `/* */`), lines starting with
/// `#`, the four forms of identifier, case-independent keywords.
struct DOTLexer {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Warnings about text that `dot` accepts with a warning (a numeral run into a name).
    private(set) var warnings: [(message: String, line: Int, column: Int)] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private var column: Int { index - lineStart + 1 }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static let keywords: Set<String> = ["strict", "graph", "digraph", "subgraph", "node", "edge"]

    /// Skips white space, comments and `#` lines.
    private mutating func skipTrivia() throws {
        while let byte = peek() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                advance()
            case UInt8(ascii: "#") where index == lineStart:
                while let next = peek(), next != 0x0A { advance() }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while let next = peek(), next != 0x0A { advance() }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                let (startLine, startColumn) = (line, column)
                advance()
                advance()
                while true {
                    guard let next = peek() else {
                        throw DOTSyntaxError(message: "unterminated comment", line: startLine, column: startColumn)
                    }
                    if next == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
                        advance()
                        advance()
                        break
                    }
                    advance()
                }
            default:
                return
            }
        }
    }

    /// The next token.
    mutating func next() throws -> DOTToken {
        try skipTrivia()
        let (startLine, startColumn) = (line, column)
        func token(_ kind: DOTToken.Kind) -> DOTToken { DOTToken(kind: kind, line: startLine, column: startColumn) }
        guard let byte = peek() else { return token(.end) }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ";"),
            UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "+"):
            advance()
            return token(.punctuation(byte))
        case UInt8(ascii: "-") where peek(1) == UInt8(ascii: ">") || peek(1) == UInt8(ascii: "-"):
            let op = peek(1) == UInt8(ascii: ">") ? "->" : "--"
            advance()
            advance()
            return token(.edgeOperator(op))
        case UInt8(ascii: "\""):
            return token(.id(try quoted(startLine, startColumn)))
        case UInt8(ascii: "<"):
            return token(.id(try html(startLine, startColumn)))
        case UInt8(ascii: "-"), UInt8(ascii: "."), 0x30...0x39:
            return token(.id(try numeral(startLine, startColumn)))
        default:
            guard Self.isNameStart(byte) else {
                throw DOTSyntaxError(
                    message: "unexpected character '\(Self.printable(byte))'", line: startLine, column: startColumn)
            }
            let start = index
            while let next = peek(), Self.isNameStart(next) || Self.isDigit(next) { advance() }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            let lowered = text.lowercased()
            return token(Self.keywords.contains(lowered) ? .keyword(lowered) : .id(text))
        }
    }

    private static func printable(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func numeral(_ startLine: Int, _ startColumn: Int) throws -> String {
        let start = index
        if peek() == UInt8(ascii: "-") { advance() }
        var digits = 0
        while let next = peek(), Self.isDigit(next) {
            advance()
            digits += 1
        }
        if peek() == UInt8(ascii: ".") {
            advance()
            while let next = peek(), Self.isDigit(next) {
                advance()
                digits += 1
            }
        }
        guard digits > 0 else {
            throw DOTSyntaxError(
                message: "syntax error near '\(String(decoding: bytes[start..<index], as: UTF8.self))'", line: startLine,
                column: startColumn)
        }
        if let next = peek(), Self.isNameStart(next) {
            warnings.append(("a numeral runs into a name here; dot splits it into two tokens", line, column))
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func quoted(_ startLine: Int, _ startColumn: Int) throws -> String {
        advance()
        var value: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw DOTSyntaxError(message: "unterminated quoted string", line: startLine, column: startColumn)
            }
            if byte == UInt8(ascii: "\"") {
                advance()
                return String(decoding: value, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\"), let next = peek(1) {
                if next == UInt8(ascii: "\\") {  // an escaped backslash stays for escString; it cannot escape a quote
                    value.append(byte)
                    value.append(next)
                    advance()
                    advance()
                    continue
                }
                if next == UInt8(ascii: "\"") {
                    value.append(next)
                    advance()
                    advance()
                    continue
                }
                if next == 0x0A {  // line continuation
                    advance()
                    advance()
                    continue
                }
                if next == 0x0D && peek(2) == 0x0A {
                    advance()
                    advance()
                    advance()
                    continue
                }
            }
            value.append(byte)
            advance()
        }
    }

    private mutating func html(_ startLine: Int, _ startColumn: Int) throws -> String {
        advance()
        var depth = 1
        let start = index
        while true {
            guard let byte = peek() else {
                throw DOTSyntaxError(message: "unterminated HTML string", line: startLine, column: startColumn)
            }
            if byte == UInt8(ascii: "<") { depth += 1 }
            if byte == UInt8(ascii: ">") {
                depth -= 1
                if depth == 0 {
                    let value = String(decoding: bytes[start..<index], as: UTF8.self)
                    advance()
                    return value
                }
            }
            advance()
        }
    }
}
