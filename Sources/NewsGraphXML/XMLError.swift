internal import CLibXML2
import NewsGraph

/// An error from reading, writing or validating XML, with where it happened.
public struct XMLError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file or input name, if known.
    public var file: String?
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column, if known.
    public var column: Int?
    /// libxml2's message, trimmed to one line, or ours.
    public var message: String
    /// Whether this is a schema validity error (the document is well-formed but does not
    /// match its schema) rather than a failure to read it.
    public var isValidityError: Bool = false

    /// Creates an error.
    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: message`, with the known parts.
    public var description: String { newsGraphError.description }

    /// The same error as a ``NewsGraphError`` with code `.invalidInput`.
    public var newsGraphError: NewsGraphError {
        NewsGraphError(.invalidInput, message, path: file, line: line, column: column)
    }

    /// Builds an error from a libxml2 error record.
    init(_ error: UnsafePointer<xmlError>, file: String?) {
        let raw = error.pointee.message.map { String(cString: $0) } ?? "XML error"
        let message = raw.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: " ")
        self.init(
            message, file: file ?? error.pointee.file.map { String(cString: $0) },
            line: error.pointee.line > 0 ? Int(error.pointee.line) : nil,
            column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil)
        let domain = error.pointee.domain
        isValidityError =
            domain == Int32(XML_FROM_SCHEMASV.rawValue) || domain == Int32(XML_FROM_RELAXNGV.rawValue)
            || domain == Int32(XML_FROM_VALID.rawValue)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var scalars = Substring(self)
        while scalars.first == set { scalars.removeFirst() }
        while scalars.last == set { scalars.removeLast() }
        return String(scalars)
    }
}

/// Collects what libxml2 reports through a structured handler: the first fatal error,
/// and validity errors up to a limit (with a count of all of them).
final class ErrorBox {
    var first: XMLError?
    var validity: [XMLError] = []
    var validityCount = 0
    /// libxml2's code of the first fatal error, and whether the input had ended by then.
    var firstCode: Int32 = 0
    var firstAtEnd = false
    let limit: Int
    let file: String?

    init(file: String?, limit: Int = 100) {
        self.file = file
        self.limit = limit
    }
}

/// The structured error handler: sorts errors into the ``ErrorBox`` passed as user data.
/// Warnings are ignored.
let recordFirstError: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let box = Unmanaged<ErrorBox>.fromOpaque(userData).takeUnretainedValue()
    guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let record = XMLError(error, file: box.file)
    if record.isValidityError {
        box.validityCount += 1
        if box.validity.count < box.limit { box.validity.append(record) }
    } else if box.first == nil {
        box.first = record
    }
}
