import Foundation
import NewsGraph
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

/// Where things are, found from this file (CI has `shared/` beside the clone).
enum Paths {
    /// The package root.
    static let packageRoot = TestSupport.packageRoot
    /// `<package root>/../shared`.
    static let shared = TestSupport.shared
    /// The reference schemas.
    static let schemas = shared.appendingPathComponent("reference/schemas")
    /// The reference samples.
    static let samples = shared.appendingPathComponent("reference/samples")

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

    /// The full path of `name` on PATH (or `name` itself when it is a path), or `nil`.
    static func locate(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `arguments`. A missing program is a test failure naming the apt
    /// package to install, not a skip.
    static func run(
        _ name: String, _ arguments: [String], environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ToolResult {
        guard let executable = locate(name) else {
            let package = packages[name] ?? name
            Issue.record("'\(name)' is not installed: apt-get install -y \(package)", sourceLocation: sourceLocation)
            throw ToolMissing(name: name)
        }
        return try TestSupport.run(executable, arguments, environment: environment)
    }
}

struct ToolMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) is not installed" }
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
