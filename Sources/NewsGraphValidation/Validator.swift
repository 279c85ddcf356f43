import Foundation
import NewsGraph
import NewsGraphXML

/// How ``Validator`` works.
public struct ValidationOptions: Sendable {
    /// A user schema (XSD or RELAX NG) to validate XML files against instead of the
    /// built-in ones.
    public var schemaPath: String?
    /// The format to assume instead of detecting it from the content.
    public var format: ValidatedFormat?
    /// How many problems to list per file; all are counted.
    public var problemLimit: Int

    /// Creates options.
    public init(schemaPath: String? = nil, format: ValidatedFormat? = nil, problemLimit: Int = 100) {
        self.schemaPath = schemaPath
        self.format = format
        self.problemLimit = problemLimit
    }
}

/// Validates graph files: GraphML, GEXF, RDF/XML through libxml2 (streaming), DOT by the
/// project's parser of the DOT grammar, JSON against the rules of its JSON Schema.
///
/// The built-in schemas are compiled into the binary (see ``BuiltInSchemas``); a lone
/// copy of the executable validates anywhere, offline.
public struct Validator: Sendable {
    /// The options.
    public let options: ValidationOptions
    private let userSchema: XMLSchema?
    /// Checks GraphML with the former `String` checker, the oracle of an equivalence test.
    var usesStringChecker = false
    /// Checks GraphML only in the pass with libxml2's XSD (no first pass without it): the
    /// oracle of the first pass's equivalence test.
    var usesXSDPassOnly = false

    /// Creates a validator, compiling the user schema if one is given.
    /// - Throws: ``XMLError`` when the user schema cannot be read or compiled.
    public init(options: ValidationOptions = ValidationOptions()) throws {
        self.options = options
        do {
            userSchema = try options.schemaPath.map { try XMLSchema(path: $0) }
        } catch var error as XMLError where error.message.contains("Failed to load the document 'http") {
            error.message += " (schemas are never fetched from the network: map them to local files with --catalog)"
            throw error
        }
    }

    /// How many bytes are read to recognise the format.
    static let prefixSize = 1 << 16

    /// Validates one file (`-` for standard input).
    public func validate(path: String) -> ValidationReport {
        let prefix: [UInt8]
        let wholeInput: [UInt8]?
        do {
            if InputFile.isStream(path) {
                // Standard input, a pipe or a FIFO is read once, whole.
                wholeInput = try InputFile.readBytes(path)
                prefix = Array(wholeInput!.prefix(Self.prefixSize))
            } else {
                prefix = try Self.readPrefix(path)
                wholeInput = nil
            }
        } catch let error as NewsGraphError {
            return ValidationReport(file: path, format: nil, unreadable: error)
        } catch {
            return ValidationReport(file: path, format: nil, unreadable: NewsGraphError(.io, "\(error)", path: path))
        }
        if let nul = prefix.firstIndex(of: 0) {
            return ValidationReport(
                file: path, format: nil,
                unreadable: NewsGraphError(.invalidInput, "binary data (a NUL byte at offset \(nul)), not a graph file", path: path))
        }
        let detection = FormatDetector.detect(prefix: prefix)
        guard let format = options.format ?? detection.format else {
            return ValidationReport(
                file: path, format: nil,
                unreadable: NewsGraphError(.invalidInput, "not a graph file (GraphML, GEXF, RDF/XML, DOT or JSON)", path: path))
        }
        do {
            switch format {
            case .graphml, .gexf, .rdfxml, .xml:
                return try validateXML(path: path, bytes: wholeInput, prefix: prefix, detection: detection, format: format)
            case .dot:
                return try validateDOT(path: path, bytes: wholeInput ?? InputFile.readBytes(path))
            case .json:
                if let wholeInput { return try validateJSON(path: path, bytes: wholeInput) }
                return try validateJSONFile(path: path)
            }
        } catch let error as NewsGraphError {
            return ValidationReport(file: path, format: format, unreadable: error)
        } catch {
            return ValidationReport(file: path, format: format, unreadable: NewsGraphError(.io, "\(error)", path: path))
        }
    }

    private static func readPrefix(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw NewsGraphError(.io, "is a directory", path: path)
            }
            throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path)
        }
        defer { try? handle.close() }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw NewsGraphError(.io, "is a directory", path: path)
        }
        let data = try handle.read(upToCount: prefixSize) ?? Data()
        guard !data.isEmpty else { throw NewsGraphError(.invalidInput, "empty input", path: path) }
        return Array(data)
    }

    // MARK: XML

    private func validateXML(
        path: String, bytes: [UInt8]?, prefix: [UInt8], detection: FormatDetector.Detection, format: ValidatedFormat
    ) throws -> ValidationReport {
        let schema: XMLSchema?
        var checkedAgainst: String
        if let userSchema {
            schema = userSchema
            checkedAgainst = userSchema.name
        } else {
            switch format {
            case .graphml:
                let yFiles = Self.isYFilesFlavoured(prefix)
                schema = try yFiles ? BuiltInSchemas.graphMLYFiles() : BuiltInSchemas.graphML()
                checkedAgainst = yFiles ? "graphml-yfiles.xsd" : "graphml.xsd"
            case .gexf:
                schema = try BuiltInSchemas.gexf(namespace: detection.rootNamespace ?? "")
                checkedAgainst = BuiltInSchemas.gexfName(namespace: detection.rootNamespace ?? "")
            case .rdfxml:
                schema = try BuiltInSchemas.rdfxml()
                checkedAgainst = "newsgraph-rdfxml.rng"
            case .xml:
                schema = nil
                checkedAgainst = "well-formedness only"
            default:
                schema = nil
                checkedAgainst = ""
            }
        }
        var collector = ProblemCollector(limit: options.problemLimit)
        var fatal: XMLError?
        var profileApplied = false
        if format == .graphml && userSchema == nil && detection.rootNamespace == FormatDetector.graphmlNamespace,
            checkedAgainst == "graphml.xsd", !usesStringChecker, !usesXSDPassOnly,
            let checker = try firstPassWithoutXSD(path: path, bytes: bytes)
        {
            // The fast pass was sure of the structure and found no error: its report is the one
            // the pass with the XSD would give.
            collector = checker.problems
            profileApplied = checker.profileApplied
        } else if format == .graphml && userSchema == nil && detection.rootNamespace == FormatDetector.graphmlNamespace {
            // GraphML with the built-in XSD: libxml2's SAX2 parser with the schema plugged into
            // the same pass, the checker on byte events.
            let reader = XMLByteReader(
                name: path, vocabulary: GraphMLChecker.vocabulary, schema: schema, errorLimit: options.problemLimit)
            let checker: any GraphMLChecking =
                usesStringChecker
                ? GraphMLStringChecker(limit: options.problemLimit, profile: NewsGraphProfile())
                : GraphMLChecker(limit: options.problemLimit, profile: NewsGraphProfile())
            do {
                if let bytes {
                    try checker.run(reader: reader, fd: -1, prefix: bytes)
                } else {
                    let fd = open(path, O_RDONLY | O_CLOEXEC)
                    guard fd >= 0 else { throw XMLError("cannot open: \(systemErrorMessage(errno))", file: path) }
                    defer { close(fd) }
                    try checker.run(reader: reader, fd: fd, prefix: [])
                }
            } catch let error as XMLError {
                fatal = error
            }
            collector = checker.problems
            profileApplied = checker.profileApplied
            for error in reader.validityErrors {
                collector.add(Problem(.error, Self.readable(error.message), line: error.line, column: error.column))
            }
            collector.countUnlisted(errors: reader.validityErrorCount - reader.validityErrors.count)
        } else {
            let reader =
                if let bytes {
                    try XMLPullReader(bytes: bytes, name: path, schema: schema, errorLimit: options.problemLimit)
                } else {
                    try XMLPullReader(path: path, schema: schema, errorLimit: options.problemLimit)
                }
            do {
                while try reader.next() != nil {}
            } catch let error as XMLError {
                fatal = error
            }
            for error in reader.validityErrors {
                collector.add(Problem(.error, Self.readable(error.message), line: error.line, column: error.column))
            }
            collector.countUnlisted(errors: reader.validityErrorCount - reader.validityErrors.count)
        }
        if let fatal {
            collector.add(Problem(.error, fatal.message, line: fatal.line, column: fatal.column))
        }
        if profileApplied { checkedAgainst += " + NewsGraph profile" }
        return collector.report(file: path, format: format, checkedAgainst: checkedAgainst)
    }

    /// GraphML checked without libxml2's XSD: the byte tokenizer (``XMLParserEngine/fast``, no
    /// fallback) and the checker, which also watches the structure (``GraphMLChecker/structureSure``).
    /// Returns the checker when it read the whole document, was sure of every element,
    /// attribute and text as `graphml.xsd` would take them, and found no error: then the XSD
    /// finds none either and the checker's problems (warnings) are the same on both passes, its
    /// events being the same. Otherwise `nil`, and the caller validates again with the XSD (a
    /// document with errors, or outside the plain subset, is read twice; the second pass gives
    /// the report, errors and messages exactly as before).
    func firstPassWithoutXSD(path: String, bytes: [UInt8]?) throws -> GraphMLChecker? {
        let reader = XMLByteReader(name: path, vocabulary: GraphMLChecker.vocabulary, errorLimit: options.problemLimit, engine: .fast)
        let checker = GraphMLChecker(limit: options.problemLimit, profile: NewsGraphProfile(), guardsStructure: true)
        do {
            if let bytes {
                try checker.run(reader: reader, fd: -1, prefix: bytes)
            } else {
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { return nil }
                defer { close(fd) }
                try checker.run(reader: reader, fd: fd, prefix: [])
            }
        } catch {
            return nil
        }
        guard checker.structureSure, checker.problems.errorCount == 0 else { return nil }
        return checker
    }

    /// libxml2's messages name elements as `{namespace}local`; the GraphML namespace
    /// only adds noise.
    static func readable(_ message: String) -> String {
        var text = message
        for namespace in [FormatDetector.graphmlNamespace] {
            text = text.replacingOccurrences(of: "{\(namespace)}", with: "")
        }
        return text
    }

    /// Whether a GraphML file uses the yFiles extensions (yEd's flavour).
    static func isYFilesFlavoured(_ prefix: [UInt8]) -> Bool {
        let text = String(decoding: prefix, as: UTF8.self)
        return text.contains("yfiles.type") || text.contains("http://www.yworks.com/xml/graphml")
    }

    // MARK: DOT

    private func validateDOT(path: String, bytes: [UInt8]) throws -> ValidationReport {
        var collector = ProblemCollector(limit: options.problemLimit)
        if userSchema != nil {
            throw NewsGraphError(.unsupported, "--schema applies to XML files, not DOT", path: path)
        }
        if let problem = InputFile.firstProblem(in: bytes) {
            collector.error(problem.message, line: problem.line, column: problem.column)
            return collector.report(file: path, format: .dot, checkedAgainst: "DOT grammar")
        }
        do {
            var parser = try DOTParser(bytes: bytes)
            do {
                try parser.parse()
            } catch let error as DOTSyntaxError {
                collector.error(error.message, line: error.line, column: error.column)
            }
            for warning in parser.warnings {
                collector.warning(warning.message, line: warning.line, column: warning.column)
            }
        } catch let error as DOTSyntaxError {
            collector.error(error.message, line: error.line, column: error.column)
        }
        return collector.report(file: path, format: .dot, checkedAgainst: "DOT grammar")
    }

    // MARK: JSON

    /// Validates a JSON file without reading it whole: a graph through the streaming check
    /// (memory holds the node ids and one node or link), JSON Lines one line at a time.
    /// Whatever the streaming check does not handle as ``JSONGraphChecker/check(_:)`` would
    /// (a syntax error, invalid UTF-8, a too-long integer) is checked on the whole bytes,
    /// so the verdicts and messages are those of `check`.
    private func validateJSONFile(path: String) throws -> ValidationReport {
        if userSchema != nil {
            throw NewsGraphError(.unsupported, "--schema applies to XML files, not JSON", path: path)
        }
        if try JSONLineFile.isJSONLines(path) { return try validateJSONLines(path: path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        defer { close(fd) }
        var checker = JSONGraphChecker(limit: options.problemLimit)
        do {
            try checker.checkStreaming(JSONScanner(fd: fd, prefix: [], path: path))
        } catch let error as NewsGraphError where error.code == .io {
            throw error
        } catch {
            return try validateJSON(path: path, bytes: InputFile.readBytes(path))
        }
        return checker.problems.report(file: path, format: .json, checkedAgainst: "newsgraph-graph.schema.json")
    }

    /// Validates JSON Lines of graphs one line at a time, as ``validateJSON(path:bytes:)`` does
    /// on the whole bytes.
    private func validateJSONLines(path: String) throws -> ValidationReport {
        var collector = ProblemCollector(limit: options.problemLimit)
        var lineNumber = 0
        var badBytes = false
        try JSONLineFile.forEachLine(path) { line in
            lineNumber += 1
            if InputFile.firstProblem(in: line) != nil {
                badBytes = true
                return false
            }
            checkLine(line, number: lineNumber, into: &collector)
            return true
        }
        // The message names the offset in the file: the whole-bytes check words it.
        if badBytes { return try validateJSON(path: path, bytes: InputFile.readBytes(path)) }
        return collector.report(file: path, format: .json, checkedAgainst: "newsgraph-graph.schema.json, one graph per line")
    }

    /// Checks one line of JSON Lines of graphs, its problems numbered with the line.
    private func checkLine(_ line: [UInt8], number: Int, into collector: inout ProblemCollector) {
        let fragment = JSONGraphFormat.fragmentLine(line)
        guard !fragment.isEmpty else { return }
        // The streaming check on the line's bytes (no Foundation parse of the whole line);
        // what it hands back, the whole-line check, as for a file.
        var lineChecker = JSONGraphChecker(limit: options.problemLimit)
        do {
            try lineChecker.checkStreaming(JSONScanner(bytes: fragment, path: ""))
        } catch {
            lineChecker = JSONGraphChecker(limit: options.problemLimit)
            lineChecker.check(Data(fragment))
        }
        for problem in lineChecker.problems.problems {
            var problem = problem
            problem.line = number
            collector.add(problem)
        }
        collector.countUnlisted(
            errors: lineChecker.problems.errorCount - lineChecker.problems.problems.filter { $0.severity == .error }.count)
    }

    func validateJSON(path: String, bytes: [UInt8]) throws -> ValidationReport {
        if userSchema != nil {
            throw NewsGraphError(.unsupported, "--schema applies to XML files, not JSON", path: path)
        }
        var checker = JSONGraphChecker(limit: options.problemLimit)
        if let problem = InputFile.firstProblem(in: bytes) {
            checker.problems.error(problem.message, line: problem.line, column: problem.column)
        } else if JSONGraphFormat.isJSONLines(bytes) {
            // JSON Lines of graphs (`extract --emit fragments`): each line is a graph of its own.
            var lineNumber = 0
            for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                checkLine(Array(line), number: lineNumber, into: &checker.problems)
            }
            return checker.problems.report(
                file: path, format: .json, checkedAgainst: "newsgraph-graph.schema.json, one graph per line")
        } else {
            checker.check(Data(bytes))
        }
        return checker.problems.report(file: path, format: .json, checkedAgainst: "newsgraph-graph.schema.json")
    }
}
