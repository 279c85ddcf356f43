import Foundation
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphValidation

/// The schemas in `Schemas/` and the copies compiled into the binary must not drift.
/// `NEWSGRAPH_RECORD=1 swift test` regenerates the derived files (and fails, so a
/// re-recording is always looked at).
@Suite("Built-in schemas match Schemas/")
struct EmbeddedSchemasTests {
    let schemas = TestSupport.packageRoot.appendingPathComponent("Schemas")
    let record = ProcessInfo.processInfo.environment["NEWSGRAPH_RECORD"] == "1"

    func file(_ name: String) throws -> String {
        try String(contentsOf: schemas.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("the embedded sources are the files")
    func sources() throws {
        let embedded = Dictionary(uniqueKeysWithValues: BuiltInSchemas.files.map { ($0.name, $0.text) })
        let drifted = try BuiltInSchemas.sources.filter { try file($0.file) != embedded[$0.file] }
        if record && !drifted.isEmpty {
            var swift = "// swift-format-ignore-file\n"
            swift += "// Generated from Schemas/ by the test `EmbeddedSchemasTests` (NEWSGRAPH_RECORD=1 swift test): do not edit.\n"
            swift += "// The built-in schemas live in the binary so that a lone copy of `newsgraph` validates anywhere.\n\n"
            swift += "enum EmbeddedSchemas {\n"
            for (index, source) in BuiltInSchemas.sources.enumerated() {
                if index > 0 { swift += "\n" }
                swift += "    static let \(source.swiftName) = #\"\"\"\n\(try file(source.file))\n\"\"\"#\n"
            }
            swift += "}\n"
            try swift.write(
                to: TestSupport.packageRoot.appendingPathComponent("Sources/NewsGraphValidation/EmbeddedSchemas.swift"),
                atomically: true, encoding: .utf8)
            Issue.record("re-recorded EmbeddedSchemas.swift from \(drifted.map(\.file)); rebuild and run again")
            return
        }
        #expect(drifted.isEmpty, "Schemas/ changed: run NEWSGRAPH_RECORD=1 swift test to re-embed \(drifted.map(\.file))")
    }

    @Test("every published schema is the built-in one")
    func published() throws {
        for (name, text) in BuiltInSchemas.files {
            let path = schemas.appendingPathComponent(name)
            let current = try? String(contentsOf: path, encoding: .utf8)
            // Only derived files are re-recorded; sources are re-embedded by `sources()`.
            let derived = !BuiltInSchemas.sources.contains { $0.file == name }
            if current != text && record && derived {
                try text.write(to: path, atomically: true, encoding: .utf8)
                Issue.record("re-recorded Schemas/\(name)")
                continue
            }
            #expect(current == text, "Schemas/\(name) differs from the built-in copy (NEWSGRAPH_RECORD=1 swift test)")
        }
    }
}
