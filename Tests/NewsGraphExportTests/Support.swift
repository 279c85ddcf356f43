import Foundation
import NewsGraph
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

/// Where things are, found from this file.
enum Paths {
    /// The package root.
    static let packageRoot = TestSupport.packageRoot
    /// The reference schemas (`Tests/Reference/schemas`).
    static let schemas = TestSupport.reference.appendingPathComponent("schemas")
    /// The reference samples (`Tests/Reference/samples`).
    static let samples = TestSupport.reference.appendingPathComponent("samples")

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("export") }
}

/// Writes a graph into memory.
func render(_ graph: KnowledgeGraph, _ format: GraphFormat, _ options: ExportOptions = ExportOptions()) throws -> [UInt8] {
    let sink = MemorySink()
    try Exporter.writer(for: format, options: options).write(graph, to: sink)
    return sink.bytes
}

/// The result of running a program.
typealias ToolResult = ProcessResult

/// Runs programs nobody here wrote.
enum Tool {
    /// The apt package that provides each program the suite runs.
    static let packages: [String: String] = [
        "xmllint": "libxml2-utils", "dot": "graphviz", "sfdp": "graphviz", "rapper": "raptor2-utils",
        "/usr/bin/python3": "python3",
    ]

    /// Runs `name` (looked up on PATH unless it is a path) with `arguments`. A missing
    /// program is a test failure naming the apt package to install, not a skip.
    static func run(
        _ name: String, _ arguments: [String], environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ToolResult {
        do {
            let executable = try TestSupport.tool(name, package: packages[name] ?? name)
            return try TestSupport.run(executable, arguments, environment: environment)
        } catch let missing as TestSupport.MissingTool {
            Issue.record("\(missing)", sourceLocation: sourceLocation)
            throw missing
        }
    }
}

/// The first line where two outputs differ, for failure messages.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
    let left = a.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let right = b.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let line = (0..<min(left.count, right.count)).first { left[$0] != right[$0] } ?? min(left.count, right.count)
    func text(_ lines: [ArraySlice<UInt8>]) -> String {
        line < lines.count ? String(decoding: lines[line], as: UTF8.self).debugDescription : "<end>"
    }
    return "line \(line + 1):\n  \(text(left))\n  \(text(right))"
}
