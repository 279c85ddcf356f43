import Foundation
import NewsGraphCorpus
import Testing
import _NewsGraphTestSupport

/// What a new user hit on the first day (issue 13): document ids, output names, HTML in
/// other encodings, --base and dates, statement IRIs, error messages that say what to do,
/// README and --help in agreement.
@Suite("A new user's first day")
final class FirstDayTests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws { directory = try TestSupport.temporaryDirectory("firstday") }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    func documentIDs(_ name: String) throws -> [String] {
        let graph = try json(name)["graph"] as? [String: Any] ?? [:]
        return (graph["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    static let article = "Iran accused the United States of attacking Baghdad.\n"

    // MARK: Item 7: document ids

    @Test("standard input gets doc- and a hash of its text, so two piped articles are two documents")
    func stdinIDs() throws {
        let other = "Norway met Brazil in Oslo.\n"
        for (index, text) in [Self.article, other].enumerated() {
            let run = try CLI.run(["extract", "-", "-o", path("s\(index).json"), "-q"], stdin: Data(text.utf8))
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try documentIDs("s\(index).json") == [CorpusReader.contentID(text)])
        }
        #expect(try documentIDs("s0.json") != documentIDs("s1.json"))
        #expect(CorpusReader.contentID(Self.article).hasPrefix("doc-"))
    }

    @Test("a file is one document however its path is typed: relative, ./, absolute, through a link")
    func fileIDs() throws {
        try write("dev/07-baghdad.txt", Self.article)
        try FileManager.default.createDirectory(atPath: path("corpus"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("corpus/a"), withDestinationPath: path("dev"))
        let run = try CLI.run(
            [
                "extract", "dev/07-baghdad.txt", "./dev/07-baghdad.txt", "corpus/a/07-baghdad.txt", path("dev/07-baghdad.txt"),
                "-o", "g.json", "-q",
            ], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let id = CorpusReader.fileDocumentID(path: "07-baghdad.txt", text: Self.article)
        #expect(id.hasPrefix("07-baghdad-") && id.count == "07-baghdad-".count + 8)
        #expect(try documentIDs("g.json") == [id])
        // Every relation is stated once, not once per path.
        let links = try json("g.json")["links"] as? [[String: Any]] ?? []
        #expect(!links.isEmpty && links.allSatisfy { $0["weight"] as? Int == 1 })
    }

    // MARK: Item 9: output names

    @Test(
        "an output extension newsgraph does not write is refused without -f, naming the formats",
        arguments: ["g.ttl", "g.xml", "g.svg", "g.grapml", "g.jsonl"])
    func unknownExtension(name: String) throws {
        try write("a.json", graphA)
        let run = try CLI.run(["convert", path("a.json"), "-o", path(name)])
        #expect(run.status == 64)
        #expect(run.stderr.contains(".graphml, .gexf, .rdf, .dot, .gv or .json"), "\(run.stderr)")
        #expect(run.stderr.contains("-f (graphml, gexf, rdfxml, dot, json)"))
        #expect(!FileManager.default.fileExists(atPath: path(name)))
        // With -f the name is the user's choice; without an extension, JSON.
        #expect(try CLI.run(["convert", path("a.json"), "-f", "graphml", "-o", path(name)]).status == 0)
        #expect(try CLI.run(["convert", path("a.json"), "-o", path("plain")]).status == 0)
        #expect(try String(contentsOfFile: path("plain"), encoding: .utf8).hasPrefix("{"))
    }

    @Test("fragments go to .jsonl; a graph format's name is refused, without mentioning an -f never given")
    func fragmentsOutput() throws {
        try write("a.txt", Self.article)
        #expect(try CLI.run(["extract", path("a.txt"), "--emit", "fragments", "-o", path("f.jsonl"), "-q"]).status == 0)
        let run = try CLI.run(["extract", path("a.txt"), "--emit", "fragments", "-o", path("f.graphml")])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--emit fragments writes JSON Lines, not graphml: name the output .jsonl"), "\(run.stderr)")
        #expect(!run.stderr.contains("drop -f"))
    }

    // MARK: Item 11: HTML

    @Test("HTML in a declared legacy encoding is decoded; JSON-LD datePublished and <time datetime> give the date")
    func html() throws {
        var latin1: [UInt8] = Array(
            #"<html><head><meta charset="iso-8859-1"><title>Z"#.utf8)
        latin1 += [0xFC]  // ü in ISO-8859-1
        latin1 += Array("rich</title></head><body><p>Officials in Z".utf8) + [0xFC]
        latin1 += Array("rich met Swiss diplomats.</p></body></html>".utf8)
        try write("latin1.html", bytes: latin1)
        try write(
            "jsonld.html",
            """
            <html><head><title>Talks</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
              {"@type": "NewsArticle", "headline": "Talks", "datePublished": "2019-03-04T10:15:00+01:00"}]}</script>
            </head><body><p>Norway met Brazil in Oslo.</p></body></html>
            """)
        try write(
            "time.html",
            """
            <html><head><title>Talks</title></head><body><article><p>By a reporter,
            <time datetime="2020-06-07">June 7</time></p><p>Norway met Brazil in Oslo.</p></article></body></html>
            """)
        let run = try CLI.run(["extract", path("latin1.html"), path("jsonld.html"), path("time.html"), "-o", path("h.json")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("skipped"), "\(run.stderr)")
        let graph = try json("h.json")
        let documents = (graph["graph"] as? [String: Any])?["documents"] as? [[String: Any]] ?? []
        let byTitle = Dictionary(documents.map { ($0["title"] as? String ?? "?", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byTitle["Zürich"] != nil, "\(documents)")
        let dates = Set(documents.compactMap { $0["date"] as? String })
        #expect(dates == ["2019-03-04T10:15:00+01:00", "2020-06-07"])
        // The text was decoded: the gazetteer's Zurich was found by its name as written there.
        let nodes = graph["nodes"] as? [[String: Any]] ?? []
        let names = nodes.flatMap { [$0["label"] as? String ?? ""] + ($0["aliases"] as? [String] ?? []) }
        #expect(names.contains("Zürich"), "\(names)")
    }

    // MARK: Item 12: --base and dates

    @Test("--base must be an absolute IRI; one without a final / gets one, with a warning")
    func base() throws {
        try write("a.json", graphA)
        let bad = try CLI.run(["convert", path("a.json"), "--base", "not an iri", "-o", path("a.rdf")])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--base 'not an iri' is not an absolute IRI: give one such as https://example.org/kg/"))
        let fixed = try CLI.run(["convert", path("a.json"), "--base", "https://example.org/kg", "-o", path("a.rdf")])
        #expect(fixed.status == 0)
        #expect(fixed.stderr.contains("warning: --base 'https://example.org/kg' does not end in /, # or :"), "\(fixed.stderr)")
        let rdf = try String(contentsOfFile: path("a.rdf"), encoding: .utf8)
        #expect(rdf.contains("https://example.org/kg/actor/ana_lima") && !rdf.contains("kgactor"))
        #expect(try CLI.run(["convert", path("a.json"), "--base", "urn:x:kg#", "-o", path("b.rdf")]).stderr.isEmpty)
    }

    @Test("RDF dates are xsd:date or xsd:dateTime from every input, so a SPARQL date filter finds them; other dates warn")
    func dates() throws {
        try write("feed.jsonl", #"{"id": "j", "text": "Iran accused Israel.", "date": "2018-11-26"}"# + "\n")
        try write(
            "page.html",
            #"<html><head><meta property="article:published_time" content="2018-11-26T09:00Z"><title>P</title></head><body><p>Iran accused Israel.</p></body></html>"#
        )
        try write("odd.jsonl", #"{"id": "o", "text": "Iran accused Israel.", "date": "November 26, 2018"}"# + "\n")
        let run = try CLI.run(["extract", path("feed.jsonl"), path("page.html"), path("odd.jsonl"), "-o", path("d.rdf"), "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: 1 document with a date that is not ISO 8601"), "\(run.stderr)")
        #expect(run.stderr.contains("o ('November 26, 2018')"))
        let rdf = try String(contentsOfFile: path("d.rdf"), encoding: .utf8)
        #expect(rdf.contains(#"<dcterms:date rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2018-11-26</dcterms:date>"#))
        #expect(
            rdf.contains(#"<dcterms:date rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">2018-11-26T09:00:00Z</dcterms:date>"#))
        let found = try debianPython(
            """
            import sys, rdflib
            g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
            q = '''PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?id WHERE { ?d dcterms:identifier ?id ; dcterms:date ?date .
              FILTER (datatype(?date) IN (xsd:date, xsd:dateTime) && str(?date) >= "2018-11-26" && str(?date) < "2018-11-27") }'''
            print(sorted(str(row[0]) for row in g.query(q)))
            """, [path("d.rdf")])
        #expect(found.hasPrefix("['j', 'page-"), "\(found)")
    }

    // MARK: Item 13: statements with IRIs, weight and confidence in SPARQL

    @Test("every statement has an IRI, and the README's SPARQL query finds weight and confidence")
    func statements() throws {
        try write("a.json", graphA)
        try write("b.json", graphB)
        #expect(try CLI.run(["merge", path("a.json"), path("b.json"), "-o", path("m.rdf")]).status == 0)
        let readme = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        // The README's sample query, between the markers of its code block.
        let query = try #require(readme.components(separatedBy: "```sparql\n").dropFirst().first?.components(separatedBy: "```").first)
        let rows = try debianPython(
            """
            import re, sys, rdflib
            g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
            for row in g.query(open(sys.argv[2]).read()):
                print(" ".join(re.split("[/#]", str(v))[-1] for v in row))
            blank = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> FILTER isBlank(?s) }"
            print("blank", int(list(g.query(blank))[0][0]))
            """, [path("m.rdf"), try writeQuery(query)])
        #expect(rows.contains("ana_lima leads brazil 1.0 1.0"), "\(rows)")
        #expect(rows.hasSuffix("blank 0"), "\(rows)")
        let rdf = try String(contentsOfFile: path("m.rdf"), encoding: .utf8)
        #expect(rdf.contains(#"<rdf:Description rdf:about="https://newsgraph.example/id/relation/ana_lima/leads/brazil">"#))
        #expect(rdf.contains(#"<ng:evidence rdf:resource="https://newsgraph.example/id/relation/ana_lima/leads/brazil/a/0-30"/>"#))
    }

    func writeQuery(_ query: String) throws -> String {
        try write("query.rq", query)
        return path("query.rq")
    }

    // MARK: Item 14: errors that say what to do

    @Test("error messages say what to do")
    func messages() throws {
        try FileManager.default.createDirectory(atPath: path("empty"), withIntermediateDirectories: true)
        try write("empty/notes.md", "not read")
        let folder = try CLI.run(["extract", path("empty"), "-o", path("x.json")])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("no document to extract in \(path("empty")): folders are read for .txt"), "\(folder.stderr)")
        #expect(folder.stderr.contains(".jsonl and .ndjson files"))

        let lexicon = try CLI.run(["extract", "-", "--lexicon", path("missing.tsv")], stdin: Data(Self.article.utf8))
        #expect(lexicon.stderr.contains("cannot read the lexicon file: no such file"), "\(lexicon.stderr)")

        try write("big.txt", String(repeating: "Iran accused Israel. ", count: 100))
        try write("small.txt", Self.article)
        let big = try CLI.run(["extract", path("big.txt"), path("small.txt"), "--max-document-size", "1000", "-o", path("b.json")])
        #expect(big.status == 0)
        #expect(big.stderr.contains("larger than the limit of 1000 bytes (raise it with --max-document-size)"), "\(big.stderr)")

        try write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF])
        try write("paper.txt", bytes: Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        let binary = try CLI.run(["extract", path("image.txt"), path("paper.txt"), path("small.txt"), "-o", path("c.json")])
        #expect(binary.stderr.contains("a PNG image, not text"), "\(binary.stderr)")
        #expect(binary.stderr.contains("a PDF document, not text: extract its text first"), "\(binary.stderr)")

        let jobs = try CLI.run(["extract", "-", "-j", "-1"], stdin: Data(Self.article.utf8))
        #expect(jobs.status == 64)
        #expect(jobs.stderr.contains("-j/--jobs must be 1 or more, not -1"), "\(jobs.stderr)")
    }

    // MARK: Item 15: README and --help

    @Test("every verb takes -o and -q; stats and validate write their report to -o")
    func outputOnEveryVerb() throws {
        try write("a.json", graphA)
        let stats = try CLI.run(["stats", path("a.json"), "-o", path("s.txt"), "-q"])
        #expect(stats.status == 0 && stats.stdout.isEmpty && stats.stderr.isEmpty)
        #expect(try String(contentsOfFile: path("s.txt"), encoding: .utf8).contains("2 entities, 1 relation, 1 document"))
        let validate = try CLI.run(["validate", path("a.json"), "-o", path("v.txt"), "-q"])
        #expect(validate.status == 0 && validate.stdout.isEmpty)
        #expect(try String(contentsOfFile: path("v.txt"), encoding: .utf8).contains(": valid (json"))
    }

    @Test("the README's usage lines name only options each verb's --help lists")
    func readmeAgreesWithHelp() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let usage = try #require(
            readme.components(separatedBy: "## Usage\n\n```\n").dropFirst().first?.components(separatedBy: "```").first)
        var checked = 0
        for line in usage.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count > 2, words[0] == "newsgraph" else { continue }
            let help = try CLI.run([String(words[1]), "--help"]).stdout
            for word in words where word.hasPrefix("[-") || word.hasPrefix("-") {
                let option = word.trimmingCharacters(in: CharacterSet(charactersIn: "[]…"))
                #expect(help.contains(option), "README: newsgraph \(words[1]) \(option), not in its --help")
                checked += 1
            }
        }
        #expect(checked > 10)
        // Help wraps lines: compare with single spaces.
        let extract = try CLI.run(["extract", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(extract.contains(".jsonl/.ndjson"))
        #expect(!extract.contains("(default: the number of cores). (default:"), "\(extract)")
        #expect(extract.contains("only errors and warnings about the input"))
    }

    @Test("a ** glob reaches into subfolders")
    func globstar() throws {
        for name in ["corpus/a.txt", "corpus/x/b.txt", "corpus/x/y/c.txt", "corpus/z/d.txt", "corpus/z/e.html", "corpus/.hidden/f.txt"] {
            try write(name, "Norway met Brazil in \(name).\n")
        }
        let run = try CLI.run(["extract", "corpus/**/*.txt", "-o", "g.json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try documentIDs("g.json").count == 4)
        let none = try CLI.run(["extract", "corpus/**/*.pdf", "-o", "n.json"], in: directory)
        #expect(none.status == 1 && none.stderr.contains("the pattern matches no file"))
    }
}
