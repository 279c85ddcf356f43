import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphValidation
import NewsGraphXML

extension ValidatedFormat: ExpressibleByArgument {}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check graph files against their schemas (GraphML, GEXF, RDF/XML, DOT, JSON).",
        discussion: """
            The format is recognised from the content. XML is validated as it streams, with \
            the schemas built into newsgraph (see Schemas/), offline: no DTD, entity or \
            schemaLocation is ever fetched. Exit code: 0 all valid, 1 some file invalid, \
            2 some file unreadable.
            """)

    @Argument(help: ArgumentHelp("Files to validate; - for standard input.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Validate XML against this XSD or RELAX NG schema instead of the built-in one.", valueName: "path"))
    var schema: String?

    @Option(help: ArgumentHelp("An XML catalog that resolves the schema's imports to local files.", valueName: "path"))
    var catalog: String?

    @Option(help: ArgumentHelp("Assume this format instead of detecting it.", valueName: "format"))
    var format: ValidatedFormat?

    @Flag(help: "Validate GraphML with libxml2 against the XSD even when the faster check of its plain structure finds it valid (the same verdict, about twice the time).")
    var libxml2 = false

    @Option(help: "How many problems to list per file (all are counted).")
    var maxProblems: Int = 100

    @Flag(help: "Print a machine-readable report as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print only the summary line of each file.")
    var quiet = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the report; - for standard output.", valueName: "path"))
    var output: String = "-"

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to validate") }
        if maxProblems < 0 { throw ValidationError("--max-problems must be 0 or more") }
    }

    func run() throws {
        var validator: Validator?
        try Frontend.run {
            if let catalog { try XMLSchema.loadCatalog(path: catalog) }
            validator = try Validator(
                options: ValidationOptions(schemaPath: schema, format: format, problemLimit: maxProblems, alwaysXSD: libxml2))
        }
        guard let validator else { return }
        let reports = files.map { validator.validate(path: $0) }
        try Frontend.run {
            try OutputTarget(path: output).write { sink in
                if json {
                    try Self.writeJSON(reports, to: sink)
                } else {
                    for report in reports { try sink.write(text(report)) }
                }
            }
        }
        if reports.contains(where: { $0.unreadable != nil }) { throw ExitCode(2) }
        if reports.contains(where: { !$0.isValid }) { throw ExitCode.failure }
    }

    private func text(_ report: ValidationReport) -> String {
        if let unreadable = report.unreadable {
            return "\(report.file): unreadable: \(unreadable.message)\n"
        }
        var out = ""
        if !quiet {
            for problem in report.problems { out += problem.formatted(file: report.file) + "\n" }
            let unlisted = report.errorCount + report.warningCount - report.problems.count
            if unlisted > 0 { out += "\(report.file): \(Frontend.count(unlisted, "more problem")) not shown\n" }
        }
        let what = "\(report.format?.rawValue ?? "?"), checked against \(report.checkedAgainst)"
        let counts = [
            report.errorCount > 0 ? Frontend.count(report.errorCount, "error") : nil,
            report.warningCount > 0 ? Frontend.count(report.warningCount, "warning") : nil,
        ].compactMap { $0 }.joined(separator: ", ")
        out += "\(report.file): \(report.isValid ? "valid" : "invalid") (\(what))\(counts.isEmpty ? "" : ": " + counts)\n"
        return out
    }

    private static func writeJSON(_ reports: [ValidationReport], to sink: ByteSink) throws {
        var json = JSONWriter(sink: sink)
        json.beginArray()
        for report in reports {
            json.newline(indent: 2)
            json.beginObject()
            json.key("file")
            json.value(report.file)
            json.key("format")
            if let format = report.format { json.value(format.rawValue) } else { json.null() }
            json.key("valid")
            json.value(report.isValid)
            json.field("unreadable", report.unreadable?.message)
            json.key("checked_against")
            json.value(report.checkedAgainst)
            json.key("errors")
            json.value(report.errorCount)
            json.key("warnings")
            json.value(report.warningCount)
            json.key("problems")
            json.beginArray()
            for problem in report.problems {
                json.beginObject()
                json.key("severity")
                json.value(problem.severity.rawValue)
                json.field("line", problem.line)
                json.field("column", problem.column)
                json.field("path", problem.path)
                json.key("message")
                json.value(problem.message)
                try json.endObject()
            }
            try json.endArray()
            try json.endObject()
        }
        json.newline()
        try json.endArray()
        json.newline()
        try json.finish()
    }
}
