import Foundation
import Testing
import _NewsGraphTestSupport

/// Every reproducer in `Tests/Regressions` (listed in its `expectations.tsv`) through the
/// `newsgraph` executable, under a time limit: a crash, a hang or the wrong error fails.
@Suite("Regression fixtures")
struct RegressionFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String]
        var status: Int32
        var expected: String
        var testDescription: String { "\(file): newsgraph \(arguments.joined(separator: " "))" }
    }

    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Regressions")

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expectations.tsv"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let status = Int32(fields[2]) else { return nil }
            return Case(
                file: fields[0], arguments: fields[1].split(separator: " ").map(String.init), status: status,
                expected: fields.count > 3 ? fields[3] : "")
        }
    }()

    @Test("the manifest lists every fixture, and only fixtures that exist")
    func manifest() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "expectations.tsv" }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(Self.cases.count >= 8)
    }

    @Test("each reproducer gives its clean result in time", arguments: cases)
    func reproducer(_ item: Case) throws {
        let directory = try TestSupport.temporaryDirectory("regression")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = Self.folder.appendingPathComponent(item.file).path
        let arguments = item.arguments.map { $0 == "{}" ? path : $0.replacingOccurrences(of: "OUT", with: directory.path + "/out") }
        // `timeout` ends a hang with status 124; a crash is a signal (status > 128).
        let result = try TestSupport.run("/usr/bin/timeout", ["120", CLI.executable] + arguments)
        #expect(result.status == item.status, "\(result.stderr)")
        if !item.expected.isEmpty {
            #expect((result.stdout + result.stderr).contains(item.expected), "\(result.stdout)\(result.stderr)")
        }
    }
}
