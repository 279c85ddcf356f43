import Foundation
import Testing
import _NewsGraphTestSupport

/// Wire copy written for these tests (not the founding article).
let summitText = """
    OSLO, March 3 (Reuters) - Norwegian Prime Minister Jonas Gahr Store met Brazilian President Luiz Inacio Lula da Silva in Oslo on Monday.

    Lula told reporters that Brazil would support the talks. Store accused Russia of blocking the agreement, a charge Russia rejected.
    """

@Suite("newsgraph extract")
final class ExtractCommandTests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws {
        directory = try TestSupport.temporaryDirectory("extract")
        try Data(summitText.utf8).write(to: directory.appendingPathComponent("summit.txt"))
        var lines = ""
        let capitals = ["Oslo", "Lima", "Quito", "Nairobi", "Hanoi", "Accra"]
        for (index, city) in capitals.enumerated() {
            lines +=
                #"{"id": "w\#(index)", "date": "2024-03-0\#(index + 1)", "text": "The foreign minister of Kenya met officials of Ghana in \#(city). Kenya accused Ghana of delaying the deal."}"#
                + "\n"
        }
        lines += "this line is not JSON\n"
        try Data(lines.utf8).write(to: directory.appendingPathComponent("wire.jsonl"))
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: directory.appendingPathComponent("binary.txt"))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func contents(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }

    @Test("a text file becomes a valid graph in the format of the output's extension")
    func single() throws {
        let result = try CLI.run(["extract", path("summit.txt"), "-o", path("summit.graphml")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("newsgraph: 1 document, "))
        let stats = try CLI.run(["stats", "--json", path("summit.graphml")])
        #expect(stats.stdout.contains("\"id\":\"russia\""))
        #expect(stats.stdout.contains("\"accused\":"))
        let check = try CLI.run(["validate", path("summit.graphml")])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("standard input works as -")
    func stdin() throws {
        let result = try CLI.run(["extract", "-", "-q"], stdin: Data(summitText.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("\"label\":\"Jonas Gahr Store\""))
    }

    @Test("JSON Lines on standard input stream: the whole may be far over the per-document limit")
    func stdinLines() throws {
        var lines = ""
        for k in 0..<400 { lines += #"{"id": "s\#(k)", "text": "Kenya accused Ghana of delaying the deal."}"# + "\n" }
        let result = try CLI.run(["extract", "-", "--max-document-size", "200", "-f", "json"], stdin: Data(lines.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("400 documents"), "\(result.stderr)")
        #expect(result.stdout.contains(#""id":"s399""#))
    }

    @Test("a bad single input is a one-line error, exit 1, and no output file")
    func badInput() throws {
        let result = try CLI.run(["extract", path("binary.txt"), "-o", path("out.graphml")])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("newsgraph: warning: skipped \(path("binary")): \(path("binary.txt")):1:1: binary data"))
        #expect(result.stderr.hasSuffix("newsgraph: error: no document could be read (see the warnings above)\n"))
        #expect(!FileManager.default.fileExists(atPath: path("out.graphml")))
        let missing = try CLI.run(["extract", path("missing.txt")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "newsgraph: error: \(path("missing.txt")): cannot open: No such file or directory\n")
    }

    @Test("a corpus: bad documents are skipped and reported, --strict stops")
    func corpus() throws {
        let result = try CLI.run(["extract", directory.path, "-o", path("all.json")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: skipped \(path("wire")):7: "))
        #expect(result.stderr.contains("7 documents (2 skipped)"))
        let strict = try CLI.run(["extract", directory.path, "--strict", "-o", path("strict.json")])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: path("strict.json")))
    }

    @Test("one core or two, one run or fragments merged in any order: the same bytes")
    func deterministic() throws {
        let wire = path("wire.jsonl")
        #expect(try CLI.run(["extract", wire, "-j", "1", "-o", path("one.graphml"), "-q"]).status == 0)
        #expect(try CLI.run(["extract", wire, "-j", "2", "-o", path("two.graphml"), "-q"]).status == 0)
        #expect(try contents("one.graphml") == contents("two.graphml"))
        #expect(try CLI.run(["extract", wire, "--emit", "fragments", "-o", path("fragments.jsonl"), "-q"]).status == 0)
        let fragments = try String(contentsOf: directory.appendingPathComponent("fragments.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(fragments.count == 6)
        try Data((fragments.reversed().joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("reversed.jsonl"))
        try Data((fragments[3...].joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("part2.jsonl"))
        try Data((fragments[..<3].joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("part1.jsonl"))
        #expect(try CLI.run(["merge", path("reversed.jsonl"), "-o", path("merged.graphml"), "-q"]).status == 0)
        #expect(try contents("merged.graphml") == contents("one.graphml"))
        #expect(try CLI.run(["merge", path("part2.jsonl"), "-o", path("p2.json"), "-q"]).status == 0)
        #expect(try CLI.run(["merge", path("p2.json"), path("part1.jsonl"), "-o", path("grouped.graphml"), "-q"]).status == 0)
        #expect(try contents("grouped.graphml") == contents("one.graphml"))
        // A byte-order mark and a blank line before the fragments: a file (streamed) and
        // standard input (read whole) read them alike.
        let marked = Data([0xEF, 0xBB, 0xBF]) + Data(("\n" + fragments.joined(separator: "\n") + "\n").utf8)
        try marked.write(to: directory.appendingPathComponent("marked.jsonl"))
        #expect(try CLI.run(["merge", path("marked.jsonl"), "-o", path("marked.graphml"), "-q"]).status == 0)
        #expect(try contents("marked.graphml") == contents("one.graphml"))
        let piped = try CLI.run(["merge", "-", "-o", path("piped.graphml"), "-q"], stdin: marked)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(try contents("piped.graphml") == contents("one.graphml"))
    }

    @Test("GraphML and GEXF of over a thousand nodes and edges (several writer chunks) are the same bytes with -j 1 and -j 3")
    func writingThreads() throws {
        // Invented names, one per document, so that the graph spans several of the writers' chunks.
        let syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "di", "ne", "ra", "bel", "zu"]
        var lines = ""
        for k in 0..<1300 {
            let first = syllables[k % 12].capitalized + syllables[(k / 12) % 12] + syllables[(k / 144) % 12]
            let last = syllables[(k / 7) % 12].capitalized + syllables[(k + 5) % 12] + "ski"
            lines += #"{"id": "t\#(k)", "text": "Minister \#(first) \#(last) of Kenya accused Ghana of delaying the deal."}"# + "\n"
        }
        try Data(lines.utf8).write(to: directory.appendingPathComponent("many.jsonl"))
        for format in ["graphml", "gexf"] {
            #expect(try CLI.run(["extract", path("many.jsonl"), "-j", "1", "-o", path("many1.\(format)"), "-q"]).status == 0)
            #expect(try CLI.run(["extract", path("many.jsonl"), "-j", "3", "-o", path("many3.\(format)"), "-q"]).status == 0)
            let one = try contents("many1.\(format)")
            #expect(one == (try contents("many3.\(format)")))
            let text = String(decoding: one, as: UTF8.self)
            #expect(text.components(separatedBy: "<node ").count > 1025)
            #expect(text.components(separatedBy: "<edge ").count > 1025)
        }
    }

    @Test("an empty share of a corpus is no error when emitting fragments (a map step)")
    func emptyShare() throws {
        let fragments = try CLI.run(["extract", "-", "--emit", "fragments", "-q"], stdin: Data())
        #expect(fragments.status == 0)
        #expect(fragments.stdout.isEmpty)
        let graph = try CLI.run(["extract", "-"], stdin: Data())
        #expect(graph.status == 1)
        #expect(graph.stderr == "newsgraph: error: no document to extract: standard input was empty\n")
    }

    @Test("a progress line is drawn on a terminal only, and never with --quiet")
    func progress() throws {
        let script = try TestSupport.tool("/usr/bin/script", package: "bsdutils")
        let command = "\(CLI.executable) extract \(path("wire.jsonl")) -o \(path("p.json"))"
        let terminal = try TestSupport.run(script, ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0)
        #expect(terminal.stdout.contains("docs, "))
        #expect(terminal.stdout.contains("MB/s"))
        #expect(terminal.stdout.contains("newsgraph: 6 documents (1 skipped)"))
        let quiet = try TestSupport.run(script, ["-qec", command + " -q", "/dev/null"])
        #expect(!quiet.stdout.contains("MB/s"))
        let piped = try CLI.run(["extract", path("wire.jsonl"), "-o", path("p.json")])
        #expect(!piped.stderr.contains("MB/s"))
        #expect(!piped.stderr.contains("\r"))
    }

    @Test("document dates reach Gephi's timeline (GEXF start) and the triple store (dcterms:date)")
    func dates() throws {
        #expect(try CLI.run(["extract", path("wire.jsonl"), "-o", path("dated.gexf"), "-q"]).status == 0)
        let gexf = try String(contentsOfFile: path("dated.gexf"), encoding: .utf8)
        #expect(gexf.contains(#"mode="dynamic" timeformat="date""#))
        #expect(gexf.contains(#"start="2024-03-01""#), "an edge stated in every document starts at the earliest date")
        #expect(try CLI.run(["validate", path("dated.gexf")]).status == 0)
        #expect(try CLI.run(["extract", path("wire.jsonl"), "-o", path("dated.rdf"), "-q"]).status == 0)
        let rdf = try String(contentsOfFile: path("dated.rdf"), encoding: .utf8)
        #expect(rdf.contains(#"<dcterms:date rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2024-03-04</dcterms:date>"#))
    }

    @Test("--explain prints the rule and sentence of each relation")
    func explain() throws {
        let result = try CLI.run(["extract", path("summit.txt"), "--explain", "-o", path("e.json"), "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Jonas Gahr Store —accused→ Russia"))
        #expect(result.stdout.contains("Store accused Russia of blocking the agreement"))
        let noFile = try CLI.run(["extract", path("summit.txt"), "--explain"])
        #expect(noFile.status == 64)
        let fragments = try CLI.run(["extract", path("summit.txt"), "--explain", "--emit", "fragments", "-o", path("f.jsonl")])
        #expect(fragments.status == 64)
        #expect(fragments.stderr.contains("--explain needs one merged graph"))
    }

    @Test("a user lexicon adds actors; its errors name the line")
    func lexicon() throws {
        try Data("# my actors\nNordic Pact\tOrganization\tthe Pact\n".utf8).write(to: directory.appendingPathComponent("mine.tsv"))
        try Data("Nordic Pact\tOrganization\nBroken line without a kind\n".utf8).write(to: directory.appendingPathComponent("bad.tsv"))
        try Data("Norway joined the Pact on Monday.".utf8).write(to: directory.appendingPathComponent("pact.txt"))
        let result = try CLI.run(["extract", path("pact.txt"), "--lexicon", path("mine.tsv"), "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"label\":\"Nordic Pact\""))
        let bad = try CLI.run(["extract", path("pact.txt"), "--lexicon", path("bad.tsv")])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("newsgraph: error: \(path("bad.tsv")):2: "))
    }

    @Test("a user lexicon entry that shadows a built-in one wins and is reported as a warning")
    func lexiconShadowing() throws {
        try Data("[actors]\nWagner Holdings Ltd\tOrganization\tWagner\n".utf8).write(to: directory.appendingPathComponent("w.tsv"))
        try Data("Wagner opened a factory on Monday.".utf8).write(to: directory.appendingPathComponent("w.txt"))
        let result = try CLI.run(["extract", path("w.txt"), "--lexicon", path("w.tsv")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"label\":\"Wagner Holdings Ltd\""))
        #expect(result.stderr.contains("newsgraph: warning: \(path("w.tsv")):2: 'Wagner' of actor 'Wagner Holdings Ltd' shadows"))
        let quiet = try CLI.run(["extract", path("w.txt"), "--lexicon", path("w.tsv"), "-q"])
        #expect(!quiet.stderr.contains("shadows"))
    }
}
