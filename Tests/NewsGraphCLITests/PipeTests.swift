import Foundation
import Testing
import _NewsGraphTestSupport

/// Pipes, process substitution (`/dev/fd/N`) and named FIFOs are read once and whole by
/// every verb. Each command runs under `timeout`, so that a regression (a FIFO opened twice
/// waits forever for a writer that has gone) fails instead of hanging the suite.
@Suite("Pipes and FIFOs")
struct PipeTests {
    static let examples = TestSupport.packageRoot.appendingPathComponent("Examples").path

    /// Runs a bash script with `$NG` (the executable) and `$EX` (Examples/) set, in `directory`.
    static func bash(_ script: String, in directory: URL) throws -> ProcessResult {
        try TestSupport.run(
            "/usr/bin/timeout", ["60", "/bin/bash", "-c", script],
            environment: ["NG": CLI.executable, "EX": examples], in: directory)
    }

    static func relationCount(_ json: String) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["links"] as? [Any])?.count ?? -1
    }

    @Test(
        "process substitution: every verb reads /dev/fd/N once",
        arguments: [
            ("\"$NG\" validate <(cat \"$EX/esper-soleimani.dot\")", "valid (dot"),
            ("\"$NG\" validate <(cat \"$EX/esper-soleimani.graphml\")", "valid (graphml"),
            ("\"$NG\" validate <(cat \"$EX/esper-soleimani.json\")", "valid (json"),
            ("\"$NG\" stats <(cat \"$EX/esper-soleimani.json\")", "15 entities, 15 relations"),
            ("\"$NG\" stats <(cat \"$EX/esper-soleimani.graphml\")", "15 entities, 15 relations"),
            ("\"$NG\" convert <(cat \"$EX/esper-soleimani.graphml\") -f dot | head -1", "digraph"),
            (
                "\"$NG\" extract \"$EX/esper-soleimani.txt\" --emit fragments -q -o f.jsonl && \"$NG\" merge <(cat f.jsonl f.jsonl) -o - -q | \"$NG\" stats -",
                "15 entities, 15 relations"
            ),
            (
                "printf '[actors]\\nKalo Miten\\tPerson\\n' > l.tsv; \"$NG\" extract --lexicon <(cat l.tsv) <(echo 'Kalo Miten spoke.') -o - -q | \"$NG\" stats -",
                "1 entity,"
            ),
        ])
    func processSubstitution(script: String, expected: String) throws {
        let directory = try TestSupport.temporaryDirectory("pipes")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.bash(script, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(expected), "\(result.stdout)\(result.stderr)")
    }

    @Test("extract reads a text through a pipe whole: the same relations as from the file, and a short text is not empty")
    func extractWhole() throws {
        let directory = try TestSupport.temporaryDirectory("pipes")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fromFile = try Self.bash("\"$NG\" extract \"$EX/esper-soleimani.txt\" -o - -q", in: directory)
        let fromPipe = try Self.bash("\"$NG\" extract <(cat \"$EX/esper-soleimani.txt\") -o - -q", in: directory)
        #expect(fromPipe.status == 0, "\(fromPipe.stderr)")
        #expect(try Self.relationCount(fromPipe.stdout) == Self.relationCount(fromFile.stdout))
        #expect(try Self.relationCount(fromFile.stdout) == 15)
        let short = try Self.bash("\"$NG\" extract <(echo 'Norway and Sweden signed an agreement.') -o - -q", in: directory)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(try Self.relationCount(short.stdout) == 1)
        // JSON Lines through a pipe: every document.
        let lines = try Self.bash(
            "\"$NG\" extract <(printf '{\"id\":\"a\",\"text\":\"Norway and Sweden signed an agreement.\"}\\n{\"id\":\"b\",\"text\":\"Chile and Peru signed an agreement.\"}\\n') -o - -q",
            in: directory)
        #expect(lines.status == 0, "\(lines.stderr)")
        #expect(try Self.relationCount(lines.stdout) == 2)
    }

    @Test(
        "a named FIFO is read once by every verb, and a writer that closes never leaves it waiting",
        arguments: [
            ("validate fifo", "esper-soleimani.dot", "fifo: valid (dot"),
            ("validate fifo", "esper-soleimani.graphml", "fifo: valid (graphml"),
            ("stats fifo", "esper-soleimani.json", "15 entities, 15 relations"),
            ("convert fifo -f json -o - -q | \"$NG\" stats -", "esper-soleimani.graphml", "15 entities, 15 relations"),
            ("extract fifo -o - -q | \"$NG\" stats -", "esper-soleimani.txt", "15 entities, 15 relations"),
        ])
    func fifo(command: String, file: String, expected: String) throws {
        let directory = try TestSupport.temporaryDirectory("fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = "mkfifo fifo && (cat \"$EX/\(file)\" > fifo &) && \"$NG\" \(command)"
        let result = try Self.bash(script, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(expected), "\(result.stdout)\(result.stderr)")
    }
}
