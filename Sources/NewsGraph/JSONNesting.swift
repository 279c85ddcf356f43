/// How deep JSON may nest: Foundation's parsers (`JSONSerialization`, `JSONDecoder`) refuse
/// more than 512 levels of arrays and objects, and call such a file "not valid JSON",
/// though it is. Readers ask ``firstTooDeep(_:limit:)`` when a parse fails, to say why.
public enum JSONNesting {
    /// The most levels Foundation's JSON parsers read.
    public static let foundationLimit = 512

    /// Where the bytes first nest deeper than `limit` arrays and objects: the 1-based line
    /// and column (in bytes) of the bracket that goes one level too deep, or `nil`. One pass,
    /// no recursion; strings are skipped.
    public static func firstTooDeep(_ bytes: some Sequence<UInt8>, limit: Int = foundationLimit) -> (line: Int, column: Int)? {
        var depth = 0
        var line = 1
        var column = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            column += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return (line, column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            default: break
            }
        }
        return nil
    }

    /// The message for JSON nested too deep.
    public static func message(limit: Int = foundationLimit) -> String {
        "nesting deeper than \(limit) arrays and objects (the most JSON readers here accept)"
    }
}
