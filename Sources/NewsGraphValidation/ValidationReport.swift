import NewsGraph

/// One thing wrong with a file.
public struct Problem: Equatable, Sendable {
    /// How bad it is.
    public enum Severity: String, Sendable {
        /// The file breaks its format's rules; it is invalid.
        case error
        /// The file is valid but will trip some consumer (for example igraph refuses
        /// two keys with the same name).
        case warning
    }

    /// How bad it is.
    public var severity: Severity
    /// What is wrong, in one line.
    public var message: String
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column, if known.
    public var column: Int?
    /// For JSON: the path of the offending value (`nodes[3].type`).
    public var path: String?

    /// Creates a problem.
    public init(_ severity: Severity, _ message: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.path = path
    }

    /// `file:line:column: severity: message` (JSON: `file: severity: path: message`).
    public func formatted(file: String) -> String {
        var out = file + ":"
        if let line {
            out += "\(line):"
            if let column { out += "\(column):" }
        }
        out += " \(severity.rawValue): "
        if let path { out += "\(path): " }
        return out + message
    }
}

/// The formats `newsgraph validate` knows.
public enum ValidatedFormat: String, CaseIterable, Sendable {
    /// GraphML (any flavour).
    case graphml
    /// GEXF 1.3.
    case gexf
    /// RDF/XML.
    case rdfxml
    /// Graphviz DOT.
    case dot
    /// NewsGraph's JSON graph (NetworkX node-link).
    case json
    /// XML of another vocabulary (only a user schema can check it).
    case xml
}

/// What validating one file found.
public struct ValidationReport: Sendable {
    /// The file as named by the user.
    public var file: String
    /// The detected (or forced) format; `nil` when the file could not be read at all.
    public var format: ValidatedFormat?
    /// What was checked against, for the summary ("graphml.xsd + NewsGraph profile").
    public var checkedAgainst: String
    /// The problems found, up to the limit.
    public var problems: [Problem]
    /// All problems found, including those past the limit, by severity.
    public var errorCount: Int
    /// Warnings found, including those past the limit.
    public var warningCount: Int
    /// Set when the file could not be read or parsed at all (exit code 2).
    public var unreadable: NewsGraphError?

    /// Whether the file is valid: readable and without errors (warnings allowed).
    public var isValid: Bool { unreadable == nil && errorCount == 0 }

    /// Creates a report.
    public init(
        file: String, format: ValidatedFormat?, checkedAgainst: String = "", problems: [Problem] = [],
        errorCount: Int = 0, warningCount: Int = 0, unreadable: NewsGraphError? = nil
    ) {
        self.file = file
        self.format = format
        self.checkedAgainst = checkedAgainst
        self.problems = problems
        self.errorCount = errorCount
        self.warningCount = warningCount
        self.unreadable = unreadable
    }
}

/// Collects problems up to a limit while counting all of them.
struct ProblemCollector {
    let limit: Int
    private(set) var problems: [Problem] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0

    init(limit: Int) { self.limit = limit }

    mutating func add(_ problem: Problem) {
        switch problem.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
        if problems.count < limit { problems.append(problem) }
    }

    /// Counts errors that were found but not kept (past another collector's limit).
    mutating func countUnlisted(errors: Int) {
        errorCount += max(0, errors)
    }

    mutating func error(_ message: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        add(Problem(.error, message, line: line, column: column, path: path))
    }

    mutating func warning(_ message: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        add(Problem(.warning, message, line: line, column: column, path: path))
    }

    /// The problems in file order (line, then column); problems without a line keep
    /// their order after those with one.
    func report(file: String, format: ValidatedFormat?, checkedAgainst: String) -> ValidationReport {
        let ordered = problems.enumerated().sorted { a, b in
            let la = a.element.line ?? Int.max
            let lb = b.element.line ?? Int.max
            if la != lb { return la < lb }
            let ca = a.element.column ?? 0
            let cb = b.element.column ?? 0
            if ca != cb { return ca < cb }
            return a.offset < b.offset
        }.map(\.element)
        return ValidationReport(
            file: file, format: format, checkedAgainst: checkedAgainst, problems: ordered, errorCount: errorCount,
            warningCount: warningCount)
    }
}
