import Foundation
import Testing
import _NewsGraphTestSupport

@Suite("Filters and layout on the command line")
struct ViewOptionsTests {
    let root = TestSupport.packageRoot
    let example = "Examples/esper-soleimani.json"

    func nodes(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["nodes"] as? [[String: Any]] ?? []
    }

    @Test("filters on convert, merge and layout keep what they say")
    func filters() throws {
        let countries = try CLI.run(["convert", example, "--kinds", "person,country", "--drop-isolated", "-f", "json"], in: root)
        #expect(countries.status == 0, "\(countries.stderr)")
        let kept = try nodes(countries.stdout)
        #expect(!kept.isEmpty && kept.allSatisfy { ["Person", "Country"].contains($0["type"] as? String ?? "") })
        let all = try nodes(try CLI.run(["convert", example, "-f", "json"], in: root).stdout)
        #expect(kept.count < all.count)
        let top = try CLI.run(["merge", example, "--top", "3", "-f", "json", "-q"], in: root)
        #expect(try nodes(top.stdout).count == 3)
        let laidOut = try CLI.run(["layout", example, "--predicates", "accused,threatened", "--drop-isolated", "-f", "json"], in: root)
        let drawn = try nodes(laidOut.stdout)
        #expect(!drawn.isEmpty && drawn.allSatisfy { $0["x"] is Double && $0["y"] is Double && $0["size"] is Double })
    }

    @Test("extract: --explain and the closing note follow the filters; --emit fragments refuses filters and --layout")
    func extractFilters() throws {
        let directory = try TestSupport.temporaryDirectory("explain")
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "Examples/esper-soleimani.txt"
        let out = directory.appendingPathComponent("g.json").path
        let explained = try CLI.run(["extract", text, "-o", out, "--predicates", "accused", "--explain"], in: root)
        #expect(explained.status == 0, "\(explained.stderr)")
        let heads = explained.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(heads.count == 1 && heads.allSatisfy { $0.contains("—accused→") }, "explained: \(heads)")
        #expect(explained.stderr.contains("kept 15 entities, 1 relation"), "\(explained.stderr)")
        let merged = try CLI.run(["merge", example, "--kinds", "person", "-o", out], in: root)
        #expect(merged.status == 0 && merged.stderr.contains("kept 3 entities, 0 relations"), "\(merged.stderr)")
        for extra in [["--kinds", "person"], ["--top", "3"], ["--layout"], ["--drop-isolated"]] {
            let refused = try CLI.run(
                ["extract", text, "--emit", "fragments", "-o", directory.appendingPathComponent("f.jsonl").path] + extra, in: root)
            #expect(refused.status == 64 && refused.stderr.contains("newsgraph merge"), "\(extra): \(refused.stderr)")
        }
    }

    @Test("layout and report read GEXF and refuse --no-layout")
    func layoutVerbs() throws {
        let directory = try TestSupport.temporaryDirectory("verbs")
        defer { try? FileManager.default.removeItem(at: directory) }
        let laidOut = try CLI.run(["layout", "Examples/esper-soleimani.gexf", "-f", "json", "-q"], in: root)
        let laidOutNodes = try nodes(laidOut.stdout)
        #expect(laidOut.status == 0 && laidOutNodes.count == 15, "\(laidOut.stderr)")
        let report = directory.appendingPathComponent("r.html").path
        let page = try CLI.run(["report", "Examples/esper-soleimani.gexf", "-o", report, "-q"], in: root)
        #expect(page.status == 0, "\(page.stderr)")
        for verb in [["layout", example, "-f", "gexf"], ["report", example, "-o", report]] {
            let refused = try CLI.run(verb + ["--no-layout"], in: root)
            #expect(refused.status == 64 && refused.stderr.contains("--no-layout"), "\(verb[0]): \(refused.stderr)")
        }
        for verb in ["layout", "report"] {
            let help = try CLI.run([verb, "--help"], in: root)
            let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("GraphML or GEXF"), "\(verb) --help")
        }
    }

    @Test("a date window over undated documents warns that what they say is left out")
    func undatedWindow() throws {
        let directory = try TestSupport.temporaryDirectory("window")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The founding article has no date: the window keeps nothing, and says why.
        for verb in [["convert", example, "-f", "json"], ["report", example, "-o", directory.appendingPathComponent("r.html").path]] {
            let result = try CLI.run(verb + ["--since", "2020-01-01", "-q"], in: root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stderr.contains("warning: --since/--until: 1 of 1 document has no date (YYYY-MM-DD): what it says is left out"),
                "\(verb[0]): \(result.stderr)")
        }
        let plain = try CLI.run(["convert", example, "-f", "json", "--kinds", "person"], in: root)
        #expect(!plain.stderr.contains("warning"), "\(plain.stderr)")
    }

    @Test("--gexf-version 1.3 writes GEXF 1.3, laid out or not, valid against the official grammar")
    func gexf13() throws {
        let directory = try TestSupport.temporaryDirectory("gexf13")
        defer { try? FileManager.default.removeItem(at: directory) }
        let grammar = TestSupport.reference.appendingPathComponent("schemas/gexf/1.3/gexf.rng").path
        let xmllint = try TestSupport.tool("xmllint", package: "libxml2-utils")
        for verb in ["convert", "layout"] {
            let file = directory.appendingPathComponent("\(verb).gexf").path
            let result = try CLI.run([verb, example, "--gexf-version", "1.3", "-o", file, "-q"], in: root)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains(#"xmlns="http://gexf.net/1.3""#) && text.contains(#"version="1.3""#), "\(verb): \(text.prefix(200))")
            let valid = try TestSupport.run(xmllint, ["--noout", "--nonet", "--relaxng", grammar, file])
            #expect(valid.status == 0, "\(verb): \(valid.stderr)")
        }
    }

    @Test("bad filter values are usage errors")
    func badValues() throws {
        for arguments in [["--since", "2020-02-30"], ["--kinds", "alien"], ["--min-confidence", "1.5"], ["--predicates", "Bad Name"]] {
            let result = try CLI.run(["convert", example] + arguments, in: root)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
    }

    @Test("--layout gives the same bytes on 1 and 2 jobs")
    func deterministic() throws {
        let text = "Examples/esper-soleimani.txt"
        let one = try CLI.run(["extract", text, "--layout", "-f", "gexf", "-j", "1", "-q"], in: root)
        let two = try CLI.run(["extract", text, "--layout", "-f", "gexf", "-j", "2", "-q"], in: root)
        #expect(one.status == 0 && one.stdout == two.stdout && one.stdout.contains("<viz:position"))
    }

    @Test("DOT of more than 150 actors is drawn from our positions unless --no-layout or --cluster")
    func largeDOT() throws {
        let directory = try TestSupport.temporaryDirectory("dot")
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("graph.json").path
        let made = try TestSupport.run("/usr/bin/python3", ["Tests/browser/make_graph.py", graph, "300"], in: root)
        #expect(made.status == 0, "\(made.stderr)")
        let dot = directory.appendingPathComponent("graph.dot").path
        let drawn = try CLI.run(["convert", graph, "-o", dot, "-q"], in: root)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.components(separatedBy: "!\", tooltip").count == 301, "every node pinned")
        #expect(text.contains(#"layout="nop2""#) && !text.contains("sfdp"))
        // Plain `dot` draws it from the positions (the file names the engine).
        let svg = try TestSupport.run(try TestSupport.tool("dot", package: "graphviz"), ["-Tsvg", dot])
        #expect(svg.status == 0 && svg.stderr.isEmpty, "\(svg.stderr)")
        #expect(svg.stdout.components(separatedBy: #"class="node""#).count == 301)
        let graphviz = try CLI.run(["convert", graph, "-f", "dot", "--no-layout", "-q"], in: root)
        #expect(graphviz.stdout.contains(#"layout="sfdp""#) && !graphviz.stdout.contains("!\", tooltip"))
        let clustered = try CLI.run(["convert", graph, "-f", "dot", "--cluster", "-q"], in: root)
        #expect(clustered.stdout.contains("cluster_Person") && !clustered.stdout.contains("!\", tooltip"))
        // A small graph is left to Graphviz's neato; a GraphML of a large one gets no positions.
        let small = try CLI.run(["convert", example, "-f", "dot"], in: root)
        #expect(small.stdout.contains(#"layout="neato""#) && !small.stdout.contains("!\", tooltip"))
        #expect(small.stdout.contains("label=<<TABLE"))
        let bare = try CLI.run(["convert", example, "-f", "dot", "--no-legend"], in: root)
        #expect(bare.status == 0 && !bare.stdout.contains("<TABLE") && bare.stdout.contains(#"overlap="prism""#))
        let graphml = try CLI.run(["convert", graph, "-f", "graphml", "-q"], in: root)
        #expect(graphml.status == 0 && !graphml.stdout.contains(#"attr.name="x""#))
    }
}
