import Foundation
import NewsGraph
import NewsGraphValidation
import _NewsGraphTestSupport

/// Writes `text` to a temporary file and validates it.
func validate(_ text: String, name: String = "g.graphml", options: ValidationOptions = .init()) throws -> ValidationReport {
    try validate(bytes: Array(text.utf8), name: name, options: options)
}

func validate(bytes: [UInt8], name: String, options: ValidationOptions = .init()) throws -> ValidationReport {
    let directory = try TestSupport.temporaryDirectory("validate")
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    var report = try Validator(options: options).validate(path: url.path)
    report.file = name
    return report
}

/// The problems as `line: message` strings, for compact assertions.
func lines(_ report: ValidationReport) -> [String] {
    report.problems.map { "\($0.line.map(String.init) ?? "-"): \($0.severity == .warning ? "warning: " : "")\($0.message)" }
}

/// A small GraphML document with the given keys and graph body.
func graphml(keys: String = "", _ body: String, edgedefault: String = "directed") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    \(keys)
    <graph id="G" edgedefault="\(edgedefault)">
    \(body)
    </graph>
    </graphml>
    """
}
