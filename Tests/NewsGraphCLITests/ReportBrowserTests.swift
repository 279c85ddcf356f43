import Foundation
import Testing
import _NewsGraphTestSupport

/// The HTML report in a real browser: headless Chromium (Debian's), driven by Selenium
/// (pinned, in a virtual environment that `Tests/browser/setup.sh` makes) through
/// `Tests/browser/check_report.py`, over three reports: the founding article's; a real corpus's,
/// extracted by `newsgraph extract` from the annotated texts in `Fixtures/dev`, `dev2` and
/// `corpus` (528 texts, 6,800 actors; never the held-out texts); and a synthetic corpus of
/// 1,200 actors with hostile names. Drawing, search, a click on a node and on an edge,
/// pan and zoom, the kind, predicate and date filters, the sortable tables, the timeline,
/// no console error, no request, hostile text as text.
@Suite("HTML report in a real browser", .serialized)
struct ReportBrowserTests {
    let root = TestSupport.packageRoot

    /// Why setting up the browser failed.
    struct SetupFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// The virtual environment's python, set up once.
    static let python: Result<String, any Error> = Result {
        let setup = TestSupport.packageRoot.appendingPathComponent("Tests/browser/setup.sh").path
        let result = try TestSupport.run("/bin/bash", [setup])
        guard result.status == 0 else { throw SetupFailed(description: "Tests/browser/setup.sh failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs the browser over a report and returns what it found.
    func check(_ report: String, search: String, hostile: [String] = []) throws -> [String: Any] {
        let python = try Self.python.get()
        let script = root.appendingPathComponent("Tests/browser/check_report.py").path
        let arguments = [script, report, "--search", search] + hostile.flatMap { ["--hostile", $0] }
        let result = try TestSupport.run(python, arguments, in: root)
        #expect(result.status == 0, "check_report.py: \(result.stderr)")
        let found = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        #expect((found["errors"] as? [String])?.isEmpty == true, "\(found["errors"] ?? "no result")")
        return found
    }

    /// The checks every report passes.
    func expectWorking(_ found: [String: Any], search: String, nodes: Int) {
        #expect(found["nodes"] as? Int == nodes)
        #expect((found["drawn_pixels"] as? Int ?? 0) > 1000, "the canvas is blank")
        #expect(found["first_draw_ms"] is Double)
        #expect(found["search_found"] as? Bool == true, "search: \(found["search_results"] ?? [])")
        #expect(found["search_panel"] as? String == search)
        #expect(found["click_panel"] as? String == search, "a click on the node did not select it")
        #expect(!((found["click_evidence"] as? [String]) ?? []).isEmpty, "no evidence sentence after the click")
        let kind = found["kind_filter"] as? [String: Any]
        #expect(kind?["left_of_kind"] as? Int == 0, "the kind filter left nodes of its kind: \(kind ?? [:])")
        #expect((kind?["after"] as? Int ?? nodes) < nodes)
        let predicate = found["predicate_filter"] as? [String: Int]
        #expect((predicate?["after"] ?? 0) < (predicate?["before"] ?? 0))
        // A date window hides the relations told outside it (up to the middle day of a dated
        // corpus: some, not all; after the only day: all).
        let date = found["date_filter"] as? [String: Any]
        let (before, after) = (date?["before"] as? Int ?? 0, date?["after"] as? Int ?? -1)
        #expect(after >= 0 && after < before, "the date filter: \(date ?? [:])")
        if date?["field"] as? String == "to" { #expect(after > 0, "the date filter hid everything: \(date ?? [:])") }
        // A drag pans by its own vector; the wheel zooms in.
        #expect(found["pan"] as? [Double] == [60, 40], "pan: \(found["pan"] ?? "")")
        #expect((found["zoom"] as? Double ?? 0) > 1.2, "zoom: \(found["zoom"] ?? "")")
        // A click on an edge shows that relation's sentences.
        let edge = found["edge_click"] as? [String: Any]
        #expect(edge != nil && edge?["panel"] as? String == edge?["expected"] as? String, "edge click: \(edge ?? [:])")
        #expect((edge?["sentences"] as? Int ?? 0) > 0, "edge click: \(edge ?? [:])")
        // The tables sort by a clicked column; a relation's row opens it with its sentences.
        let tables = found["tables"] as? [String: Any] ?? [:]
        for key in ["actors_by_name", "actors_by_name_descending", "relations_by_predicate", "row_click"] {
            #expect(tables[key] as? Bool == true, "tables: \(key) in \(tables)")
        }
        #expect((tables["row_sentences"] as? Int ?? 0) > 0 && (tables["relation_rows"] as? Int ?? 0) > 0, "tables: \(tables)")
        // The documents are listed; a click on the timeline narrows a dated corpus to one bar.
        #expect(!((found["documents"] as? [String]) ?? []).isEmpty)
        let timeline = found["timeline"] as? [String: Any] ?? [:]
        let (shownBefore, shownAfter) = (timeline["before"] as? Int ?? 0, timeline["after"] as? Int ?? -1)
        if date?["field"] as? String == "to" {
            #expect(!(timeline["from"] as? String ?? "").isEmpty && shownAfter > 0 && shownAfter < shownBefore, "timeline: \(timeline)")
        } else {
            #expect(shownAfter == shownBefore, "timeline of an undated graph: \(timeline)")
        }
        #expect((found["console_errors"] as? [String])?.isEmpty == true, "console: \(found["console_errors"] ?? [])")
        // Chromium's own date-picker icon is a data: URL; anything else is a request.
        let requests = (found["requests"] as? [String] ?? []).filter { !$0.hasPrefix("data:") }
        #expect(requests.isEmpty, "requests: \(requests)")
        #expect((found["resources"] as? [String])?.isEmpty == true)
        #expect(((found["click_links"] as? [String]) ?? []).allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
    }

    @Test("the founding article's report: drawn, searchable, clickable, filterable, offline")
    func foundingArticle() throws {
        let directory = try TestSupport.temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appendingPathComponent("report.html").path
        let made = try CLI.run(["report", "Examples/esper-soleimani.json", "-o", report, "-q"], in: root)
        #expect(made.status == 0, "\(made.stderr)")
        expectWorking(try check(report, search: "Donald Trump"), search: "Donald Trump", nodes: 15)
    }

    @Test("a real corpus report: the actors extracted from 528 annotated news texts")
    func extractedCorpus() throws {
        let directory = try TestSupport.temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("extracted.json").path
        let folders = ["dev", "dev2", "corpus"].map { TestSupport.corpora.appendingPathComponent($0).path }
        let extracted = try CLI.run(["extract"] + folders + ["-o", graph, "-q"], in: root)
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any]
        let nodes = (object?["nodes"] as? [[String: Any]]) ?? []
        let links = (object?["links"] as? [[String: Any]]) ?? []
        #expect(nodes.count >= 1000, "only \(nodes.count) actors extracted")
        // The actor to look for: the person mentioned most often among those in a relation
        // (ties by id), and the sentences of its relations.
        var sentences: [String: Set<String>] = [:]
        for link in links {
            let told = Set(((link["evidence"] as? [[String: Any]]) ?? []).compactMap { $0["sentence"] as? String })
            for end in ["source", "target"] { if let id = link[end] as? String { sentences[id, default: []].formUnion(told) } }
        }
        let people = nodes.filter { $0["type"] as? String == "Person" && sentences[$0["id"] as? String ?? ""] != nil }
        let chosen = try #require(people.min { a, b in
            let (ma, mb) = (a["mentions"] as? Int ?? 0, b["mentions"] as? Int ?? 0)
            return ma != mb ? ma > mb : (a["id"] as? String ?? "") < (b["id"] as? String ?? "")
        })
        let name = try #require(chosen["label"] as? String)
        let report = directory.appendingPathComponent("extracted.html").path
        let written = try CLI.run(["report", graph, "-o", report, "-q"], in: root)
        #expect(written.status == 0, "\(written.stderr)")
        let found = try check(report, search: name)
        expectWorking(found, search: name, nodes: nodes.count)
        // The click showed sentences of that actor's own relations, verbatim.
        let told = sentences[chosen["id"] as? String ?? ""] ?? []
        for sentence in (found["click_evidence"] as? [String]) ?? [] {
            #expect(told.contains(sentence), "not a sentence of \(name)'s relations: \(sentence)")
        }
        // Unticking the actor's kind hides exactly the actors of that kind.
        let kind = found["kind_filter"] as? [String: Any]
        let ofKind = nodes.filter { $0["type"] as? String == kind?["kind"] as? String }.count
        #expect(ofKind > 0 && kind?["after"] as? Int == nodes.count - ofKind, "kind filter: \(kind ?? [:]), \(ofKind) of that kind")
    }

    @Test("a corpus report of 1,200 actors with hostile names")
    func corpus() throws {
        let directory = try TestSupport.temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("corpus.json").path
        let made = try TestSupport.run("/usr/bin/python3", ["Tests/browser/make_graph.py", graph, "1200"], in: root)
        #expect(made.status == 0, "\(made.stderr)")
        let report = directory.appendingPathComponent("corpus.html").path
        let written = try CLI.run(["report", graph, "-o", report, "-q"], in: root)
        #expect(written.status == 0, "\(written.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any]
        let names = ((object?["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
        let hostile = Array(names.prefix(3))
        let ordinary = names[10]
        let found = try check(report, search: ordinary, hostile: hostile)
        expectWorking(found, search: ordinary, nodes: 1200)
        for item in (found["hostile"] as? [[String: Any]]) ?? [] {
            #expect(item["found"] as? Bool == true && item["panel"] as? String == item["name"] as? String, "\(item)")
        }
        #expect((found["hostile"] as? [Any])?.count == 3)
        #expect(found["pwned"] is NSNull, "hostile text ran: \(found["pwned"] ?? "")")
        #expect(found["images"] as? Int == 0 && found["bold"] as? Int == 0, "hostile text became elements")
    }
}
