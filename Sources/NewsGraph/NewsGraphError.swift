/// An error that stops a NewsGraph operation, with the place it happened.
///
/// Every user-facing error is one line, compiler-style:
/// `path:line:column: message` (the parts that are known).
public struct NewsGraphError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What kind of failure this is; decides the exit code in the CLI.
    public enum Code: String, Sendable {
        /// Reading or writing a file failed (missing file, permissions, disk full).
        case io
        /// The input is not what it claims to be (invalid UTF-8, binary, empty, malformed).
        case invalidInput
        /// The graph breaks a rule of the model (an edge to a missing node, a bad value).
        case invalidGraph
        /// The operation or format is not available.
        case unsupported
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, in one sentence without a trailing period.
    public var message: String
    /// The file involved, if any (`-` for standard input or output).
    public var path: String?
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column, if known.
    public var column: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column: message`, with only the known parts, on one line.
    public var description: String {
        var prefix = ""
        if let path { prefix += path + ":" }
        if let line {
            prefix += "\(line):"
            if let column { prefix += "\(column):" }
        }
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return prefix.isEmpty ? oneLine : prefix + " " + oneLine
    }
}
