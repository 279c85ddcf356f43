import Foundation
import NewsGraph
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphValidation

/// `validate` reads a JSON file as a stream (the node ids and one node or link in memory);
/// the whole-bytes check it replaced is the oracle: same verdicts, same problems.
@Suite("Validating JSON as a stream")
struct JSONStreamingValidationTests {
    /// Graphs and JSON Lines, valid and broken in the ways the whole-bytes check reports.
    static func cases() throws -> [(name: String, bytes: [UInt8])] {
        let sample = try sampleJSONGraph()
        var cases: [(String, [UInt8])] = [("sample.json", Array(sample.utf8))]
        for mutation in jsonMutations {
            cases.append(("\(mutation.name).json", Array(sample.replacingOccurrences(of: mutation.from, with: mutation.to).utf8)))
        }
        let texts: [(String, String)] = [
            (
                "links-first.json",
                #"{"links":[{"source":"a","target":"b","relation":"met_with"},{"source":"a","target":"z","relation":"Bad"}],"nodes":[{"id":"a"},{"id":"b"}]}"#
            ),
            ("links-only.json", #"{"links":[{"source":"a","target":"b","relation":"met_with"}]}"#),
            ("empty-object.json", "{}"),
            (
                "order.json",
                #"{"links":7,"nodes":null,"graph":{"format":99,"documents":[{"id":""},{"id":"x"},{"id":"x"}]},"multigraph":1,"directed":"yes"}"#
            ),
            (
                "duplicate-keys.json",
                #"{"nodes":[{"id":"a"}],"directed":1,"nodes":[{"id":"b"},{"id":"b"}],"directed":true,"links":[{"source":"a","target":"b","key":"x"}]}"#
            ),
            (
                "nodes-after-links.json",
                #"{"nodes":[{"id":"a"}],"links":[{"source":"a","target":"a","relation":"r"}],"nodes":[{"id":"b"}]}"#
            ),
            ("top-array.json", "[1, 2]"),
            ("top-string.json", #" "graph" "#),
            ("trailing-comma.json", #"{"nodes":[{"id":"a",},],"links":[],}"#),
            ("not-json.json", #"{"nodes":[}"#),
            ("trailing-garbage.json", #"{"nodes":[],"links":[]} x"#),
            ("two-objects.json", "{\"nodes\":[],\"links\":[]}\n{\"nodes\":[]}"),
            ("bom.json", "\u{FEFF}{\"nodes\":[],\"links\":[]}"),
            (
                "numbers.json",
                #"{"nodes":[{"id":"a","mentions":2.0,"spans":[]},{"id":"b","mentions":-0,"spans":[{"document":"d","start":1e1,"end":3}]}],"links":[{"source":"a","target":"b","relation":"r","confidence":2,"weight":1.5,"evidence":[{"document":"d","start":0,"end":1,"confidence":1.25}]}]}"#
            ),
            ("big-integer.json", #"{"nodes":[{"id":"a","mentions":123456789012345678901}],"links":[]}"#),
            (
                "escapes.json",
                #"{"nodes":[{"id":"caf\u00e9"},{"id":"café"}],"links":[{"source":"\ud83d\ude00","target":"café","relation":"r"}]}"#
            ),
            ("too-deep.json", "{\"graph\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"),
            (
                "lines.jsonl",
                "{\"nodes\":[{\"id\":\"a\"}],\"links\":[]}\n\n {\"nodes\":[],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"r\"}]}\r\n{\"nodes\":[\n"
            ),
            ("lines-valid.jsonl", "{\"nodes\":[],\"links\":[]}\n{\"nodes\":[{\"id\":\"a\"}],\"links\":[]}\n"),
        ]
        cases += texts.map { ($0.0, Array($0.1.utf8)) }
        cases.append(("invalid-utf8.json", Array(#"{"nodes":[{"id":"a"#.utf8) + [0xC3, 0x28] + Array(#""}],"links":[]}"#.utf8)))
        cases.append(
            (
                "invalid-utf8.jsonl",
                Array("{\"nodes\":[],\"links\":[]}\n{\"nodes\":[{\"id\":\"x\"}],\"links\":[]}\n{\"nodes\":[{\"id\":\"".utf8) + [0xFF]
                    + Array("\"}]}\n".utf8)
            ))
        let files = [
            "Examples/esper-soleimani.json", "Tests/Regressions/jsonl-nested-document.jsonl", "Tests/Regressions/json-nested-arrays.json",
            "Tests/Reference/samples/jgf-invalid.json", "Tests/Reference/samples/jgf-valid.json",
        ]
        for file in files {
            cases.append(
                (
                    file.replacingOccurrences(of: "/", with: "-"),
                    Array(try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent(file)))
                ))
        }
        return cases
    }

    @Test("the stream gives the whole-bytes check's verdicts and problems")
    func sameAsWholeBytes() throws {
        let directory = try TestSupport.temporaryDirectory("validate-stream")
        defer { try? FileManager.default.removeItem(at: directory) }
        for limit in [100, 2] {
            var options = ValidationOptions()
            options.problemLimit = limit
            options.format = .json
            let validator = try Validator(options: options)
            for (name, bytes) in try Self.cases() {
                let url = directory.appendingPathComponent(name)
                try Data(bytes).write(to: url)
                let streamed = validator.validate(path: url.path)
                let whole = try validator.validateJSON(path: url.path, bytes: bytes)
                #expect(streamed.isValid == whole.isValid, "\(name)")
                #expect(streamed.errorCount == whole.errorCount, "\(name)")
                #expect(streamed.checkedAgainst == whole.checkedAgainst, "\(name)")
                #expect(describe(streamed) == describe(whole), "\(name), limit \(limit)")
            }
        }
    }

    @Test("graphs of valid JSON are checked without the whole-bytes check")
    func streams() throws {
        for (name, bytes) in try Self.cases() where name.hasSuffix(".json") {
            var whole = JSONGraphChecker(limit: 100)
            whole.check(Data(bytes))
            guard whole.problems.problems.allSatisfy({ $0.message != "not valid JSON" && !$0.message.hasPrefix("nesting") }),
                InputFile.firstProblem(in: bytes) == nil, bytes.first == UInt8(ascii: "{"),
                !["nodes-after-links.json", "big-integer.json", "two-objects.json"].contains(name)
            else { continue }
            var streaming = JSONGraphChecker(limit: 100)
            #expect(throws: Never.self, "\(name)") { try streaming.checkStreaming(JSONScanner(bytes: bytes, path: name)) }
            #expect(
                describe(streaming.problems.report(file: name, format: .json, checkedAgainst: ""))
                    == describe(whole.problems.report(file: name, format: .json, checkedAgainst: "")), "\(name)")
        }
    }

    private func describe(_ report: ValidationReport) -> [String] {
        report.problems.map { "\($0.severity) \($0.line ?? 0):\($0.column ?? 0) \($0.path ?? "-") \($0.message)" }
    }
}
