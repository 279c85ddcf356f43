import Foundation
import Testing
import _NewsGraphTestSupport

/// The founding article's graph in every format, as committed in Examples/, must be what
/// the code writes today. When this fails, run `bash Examples/regenerate.sh` and review
/// the diff like code.
@Suite("Examples/ do not drift")
struct ExamplesTests {
    let root = TestSupport.packageRoot
    let base = "Examples/esper-soleimani"

    func committed(_ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(name))
    }

    @Test("every format, regenerated, equals the committed file")
    func formats() throws {
        let directory = try TestSupport.temporaryDirectory("examples")
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("g.json").path
        let extract = try CLI.run(["extract", "\(base).txt", "-o", json, "-q"], in: root)
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: json)) == committed("\(base).json"),
            "\(base).json drifted: bash Examples/regenerate.sh")
        for (ext, extra) in [
            ("graphml", []), ("gexf", []), ("rdf", []), ("dot", []), ("yed.graphml", ["--flavor", "yed"]),
            ("layout.gexf", ["--layout"]), ("layout.dot", ["--layout"]),
        ] {
            let out = directory.appendingPathComponent("g.\(ext)").path
            let result = try CLI.run(["convert", json, "-o", out] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: out)) == committed("\(base).\(ext)"),
                "\(base).\(ext) drifted: bash Examples/regenerate.sh")
        }
    }

    @Test("the committed HTML report is what the code writes")
    func report() throws {
        let directory = try TestSupport.temporaryDirectory("examples")
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("r.html").path
        let result = try CLI.run(
            ["report", "\(base).json", "--title", "NewsGraph: the founding article", "-o", out, "-q"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: out)) == committed("\(base).report.html"),
            "\(base).report.html drifted: bash Examples/regenerate.sh")
    }

    @Test("the committed SVG is what dot renders from the committed DOT file")
    func svg() throws {
        let dot = try TestSupport.tool("/usr/bin/dot", package: "graphviz")
        let result = try TestSupport.run(dot, ["-Tsvg", "\(base).dot"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "dot warns: \(result.stderr)")
        #expect(Data(result.stdout.utf8) == (try committed("\(base).svg")), "\(base).svg drifted: bash Examples/regenerate.sh")
    }

    @Test("the committed drawing is what neato -n2 draws from the laid-out DOT file")
    func layoutSVG() throws {
        let neato = try TestSupport.tool("/usr/bin/neato", package: "graphviz")
        let result = try TestSupport.run(neato, ["-n2", "-Tsvg", "\(base).layout.dot"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "neato warns: \(result.stderr)")
        #expect(
            Data(result.stdout.utf8) == (try committed("\(base).layout.svg")),
            "\(base).layout.svg drifted: bash Examples/regenerate.sh")
    }
}
