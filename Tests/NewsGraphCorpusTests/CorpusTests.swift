import Foundation
import NewsGraph
import NewsGraphCorpus
import Testing
import _NewsGraphTestSupport

/// A stand-in extractor for these tests: every capitalised word is an Organization,
/// and words in one sentence co-occur. Deterministic, like the real one.
@Sendable func toyExtract(_ document: Document) -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    graph.add(document.info)
    var offset = 0
    for sentence in document.text.split(separator: ".", omittingEmptySubsequences: false) {
        var names: [(String, Int)] = []
        var position = offset
        for word in sentence.split(separator: " ", omittingEmptySubsequences: false) {
            if let first = word.unicodeScalars.first, first.properties.isUppercase {
                names.append((String(word), position))
            }
            position += word.unicodeScalars.count + 1
        }
        for (name, start) in names {
            graph.add(
                Entity(
                    name: name, kind: .organization,
                    mentions: [Mention(documentID: document.id, start: start, end: start + name.unicodeScalars.count)]))
        }
        for (a, _) in names {
            for (b, _) in names where a < b {
                graph.add(
                    Relation(
                        source: StableID.make(a), predicate: .coOccurs, target: StableID.make(b),
                        evidence: [
                            Evidence(
                                documentID: document.id, sentence: String(sentence), start: offset,
                                end: offset + sentence.unicodeScalars.count)
                        ]))
            }
        }
        offset += sentence.unicodeScalars.count + 1
    }
    return graph
}

@Suite("Reading a corpus")
final class CorpusReaderTests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws {
        directory = try TestSupport.temporaryDirectory("corpus")
        let fm = FileManager.default
        try fm.createDirectory(at: directory.appendingPathComponent("news/2024"), withIntermediateDirectories: true)
        try Data("Oslo hosts Talks. Lima meets Oslo.".utf8).write(to: directory.appendingPathComponent("news/2024/a.txt"))
        try Data(
            """
            <html><head><title>Summit ends</title><meta property="article:published_time" content="2024-05-02">
            <link rel="canonical" href="https://example.org/b"><style>p { color: red }</style><script>var Bad = 1;</script></head>
            <body><nav>Home | World</nav><article><h1>Summit ends</h1><p>Lima and&nbsp;Quito agree.</p>
            <p>Talks resume <b>Monday</b>.</p></article><footer>Copyright Corp</footer></body></html>
            """.utf8
        ).write(to: directory.appendingPathComponent("news/b.html"))
        try Data(
            """
            {"id": "w1", "text": "Quito sends Aid.", "title": "Aid", "date": "2024-05-03", "section": "world", "rank": 2}
            {"text": "Lima thanks Quito."}

            not json
            {"id": "w4", "title": "no text"}
            {"id": 17, "text": "Numbers are ids too."}
            {"id": "w7", "text": "An escaped NUL\\u0000 is binary data."}

            """.utf8 + Array(#"{"text": "bad "#.utf8) + [0xFF] + Array(#""}"#.utf8)
        ).write(to: directory.appendingPathComponent("news/feed.jsonl"))
        try Data([0x41, 0x00, 0x42]).write(to: directory.appendingPathComponent("news/binary.txt"))
        try Data().write(to: directory.appendingPathComponent("news/empty.txt"))
        try Data([0x41, 0xFF]).write(to: directory.appendingPathComponent("news/latin1.txt"))
        try Data("ignored".utf8).write(to: directory.appendingPathComponent("news/notes.md"))
    }

    @Test("many blank lines between JSON Lines documents are skipped without deep recursion; a long line is found once")
    func blankLines() throws {
        let path = directory.appendingPathComponent("blank.jsonl")
        let long = String(repeating: "word ", count: 400_000)
        let text = #"{"id": "a", "text": "A."}"# + String(repeating: "\n", count: 300_000) + #"{"id": "b", "text": "\#(long)"}"# + "\n"
        try Data(text.utf8).write(to: path)
        let items = try readAll([path.path], options: CorpusOptions(maxDocumentBytes: 4 << 20))
        let ids: [String] = items.compactMap { if case .document(let document, _) = $0 { document.id } else { nil } }
        #expect(ids == ["a", "b"])
    }

    @Test("fragments stream line by line: the file may be larger than a line's limit; one graph or a pretty one is not fragments")
    func fragmentReader() throws {
        func graph(_ id: String) -> String {
            #"{"nodes":[{"id":"\#(id)","label":"\#(id)","type":"Country"}],"links":[]}"#
        }
        let lines = directory.appendingPathComponent("fragments.jsonl")
        try Data((["a", "b", "c"].map(graph).joined(separator: "\n") + "\n").utf8).write(to: lines)
        let limit = graph("a").utf8.count + 2  // each line fits, the file does not
        let merged = try #require(try FragmentReader.read(path: lines.path, lineLimit: limit))
        #expect(merged.entities.keys.sorted() == ["a", "b", "c"])
        let one = directory.appendingPathComponent("one.json")
        try Data(graph("a").utf8).write(to: one)
        #expect(try FragmentReader.read(path: one.path) == nil)
        let pretty = directory.appendingPathComponent("pretty.json")
        try Data("{\n  \"nodes\": [],\n  \"links\": []\n}\n".utf8).write(to: pretty)
        #expect(try FragmentReader.read(path: pretty.path) == nil)
        let bad = directory.appendingPathComponent("bad.jsonl")
        try Data((graph("a") + "\n" + graph("b") + "\n{\"nodes\": 3}\n").utf8).write(to: bad)
        let error = try #require(throws: NewsGraphError.self) { try FragmentReader.read(path: bad.path) }
        #expect(error.line == 3)
    }

    func readAll(_ inputs: [String], options: CorpusOptions = .init()) throws -> [CorpusItem] {
        let reader = try CorpusReader(inputs: inputs, options: options)
        var items: [CorpusItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    func describe(_ items: [CorpusItem], relativeTo base: String) -> [String] {
        items.map { item in
            switch item {
            case .document(let document, _):
                return
                    "doc \(document.id.replacingOccurrences(of: base, with: "")) \(document.title ?? "-") \(document.date ?? "-"): \(document.text.replacingOccurrences(of: "\n\n", with: " | "))"
            case .skipped(let id, let reason, _):
                return "skip \(id.replacingOccurrences(of: base, with: "")): \(reason.line.map { "\($0): " } ?? "")\(reason.message)"
            }
        }
    }

    @Test("a folder is walked in sorted order; each kind of file becomes documents or is skipped with a reason")
    func folder() throws {
        let base = directory.path + "/"
        let items = try readAll([directory.appendingPathComponent("news").path])
        #expect(
            describe(items, relativeTo: base) == [
                // A file's id: its name and a hash of its text (the extracted text for HTML).
                "doc \(CorpusReader.fileDocumentID(path: "a.txt", text: "Oslo hosts Talks. Lima meets Oslo.")) - -: Oslo hosts Talks. Lima meets Oslo.",
                "doc \(CorpusReader.fileDocumentID(path: "b.html", text: "Summit ends\n\nLima and Quito agree.\n\nTalks resume Monday.")) Summit ends 2024-05-02: Summit ends | Lima and Quito agree. | Talks resume Monday.",
                "skip news/binary: 1: binary data (a NUL byte at offset 1), not text",
                "skip news/empty: empty input",
                "doc w1 Aid 2024-05-03: Quito sends Aid.",
                "doc \(CorpusReader.contentID("Lima thanks Quito.")) - -: Lima thanks Quito.",
                "skip news/feed:4: 4: not a JSON object",
                "skip news/feed:5: 5: no \"text\" string",
                "doc 17 - -: Numbers are ids too.",
                "skip news/feed:7: 7: binary data (a NUL character in \"text\"), not text",
                "skip news/feed:8: 8: invalid UTF-8 (byte 0xFF at offset 14)",
                "skip news/latin1: 1: invalid UTF-8 (byte 0xFF at offset 1)",
            ])
        guard items.count > 4, case .document(let w1, _) = items[4], case .document(let html, _) = items[1] else {
            Issue.record("items 1 and 4 are not documents")
            return
        }
        #expect(w1.metadata == ["section": "world", "rank": "2"])
        #expect(html.url == "https://example.org/b")
    }

    @Test("globs, single files and standard input")
    func globsAndFiles() throws {
        let pattern = directory.path + "/news/*.jsonl"
        #expect(try readAll([pattern]).count == 7)
        let single = try readAll([directory.appendingPathComponent("news/2024/a.txt").path])
        #expect(single.count == 1)
        #expect(throws: NewsGraphError.self) { try readAll([directory.path + "/nothing/*.txt"]) }
        #expect(throws: NewsGraphError.self) { try readAll([directory.path + "/missing.txt"]) }
    }

    @Test("an oversized document or line is skipped, the rest goes on")
    func limits() throws {
        let big = directory.appendingPathComponent("big.jsonl")
        let line =
            "{\"id\": \"big\", \"text\": \"" + String(repeating: "x", count: 300_000) + "\"}\n{\"id\": \"small\", \"text\": \"Fine.\"}\n"
        try Data(line.utf8).write(to: big)
        let items = try readAll([big.path], options: CorpusOptions(maxDocumentBytes: 100_000))
        #expect(items.count == 2)
        guard case .skipped(_, let reason, _) = items[0], case .document(let small, _) = items[1] else {
            Issue.record("expected a skip then a document")
            return
        }
        #expect(reason.message.hasPrefix("a line of 300"))
        #expect(small.id == "small")
    }

    @Test("file ids: the name without its extension and 8 hex digits of the text's hash, whatever the folder")
    func fileIDs() {
        let text = "Lima thanks Quito."
        #expect(CorpusReader.fileDocumentID(path: "news/2024/a.txt", text: text) == "a-aa61d48a")
        #expect(CorpusReader.fileDocumentID(path: "/abs/other/a.txt", text: text) == "a-aa61d48a")
        #expect(CorpusReader.fileDocumentID(path: "./a", text: text) == "a-aa61d48a")
        #expect(CorpusReader.fileDocumentID(path: "x/.profile", text: text) == ".profile-aa61d48a")
        #expect(CorpusReader.fileDocumentID(path: "a.txt", text: text + " ") != "a-aa61d48a")
    }

    @Test("content ids are stable and distinct")
    func contentIDs() {
        // FNV-1a 64 of the UTF-8, in hex: the values an independent implementation gives.
        #expect(CorpusReader.contentID("") == "doc-cbf29ce484222325")
        #expect(CorpusReader.contentID("Lima thanks Quito.") == "doc-aa61d48a7f38855d")
        #expect(CorpusReader.contentID("a") != CorpusReader.contentID("b"))
    }
}

@Suite("Extracting a corpus on every core")
final class CorpusExtractionTests {
    let directory: URL

    init() throws { directory = try TestSupport.temporaryDirectory("parallel") }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func corpus(_ count: Int) throws -> URL {
        var lines = ""
        let names = ["Oslo", "Lima", "Quito", "Kyiv", "Accra", "Hanoi", "Dakar", "Riga"]
        for index in 0..<count {
            let a = names[index % names.count]
            let b = names[(index * 3 + 1) % names.count]
            lines +=
                "{\"id\": \"d\(index)\", \"text\": \"\(a) meets \(b). Talks follow in \(names[(index + 5) % names.count]).\", \"date\": \"2024-01-\(10 + index % 20)\"}\n"
            if index % 17 == 0 { lines += "broken line\n" }
        }
        let url = directory.appendingPathComponent("corpus-\(count).jsonl")
        try Data(lines.utf8).write(to: url)
        return url
    }

    func json(_ graph: KnowledgeGraph) throws -> [UInt8] {
        let sink = MemorySink()
        try JSONGraphFormat.write(graph, to: sink)
        return sink.bytes
    }

    @Test("the merged graph is byte-identical whatever the number of workers")
    func deterministic() async throws {
        let path = try corpus(200).path
        var outputs: [[UInt8]] = []
        for workers in [1, 2, 7] {
            let (graph, summary) = try await CorpusExtraction(workers: workers, extract: toyExtract).run(CorpusReader(inputs: [path]))
            #expect(summary.documents == 200)
            #expect(summary.skipped.count == 12)
            outputs.append(try json(graph))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    @Test("fragments come out in input order, and merging them in any order and grouping gives the same graph")
    func fragments() async throws {
        let path = try corpus(60).path
        var fragments: [KnowledgeGraph] = []
        let (empty, _) = try await CorpusExtraction(workers: 3, extract: toyExtract).run(CorpusReader(inputs: [path])) {
            fragments.append($0)
        }
        #expect(empty.isEmpty)
        #expect(fragments.map { $0.documents.keys.first } == (0..<60).map { "d\($0)" })
        let (whole, _) = try await CorpusExtraction(workers: 1, extract: toyExtract).run(CorpusReader(inputs: [path]))
        let expected = try json(whole)
        // JSON Lines written and read back, shuffled and regrouped.
        let sink = MemorySink()
        for fragment in fragments { try JSONGraphFormat.write(fragment, to: sink, pretty: false) }
        #expect(JSONGraphFormat.isJSONLines(sink.bytes))
        #expect(try json(JSONGraphFormat.readFragments(Data(sink.bytes), path: "f.jsonl")) == expected)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let shuffled = fragments.shuffled(using: &generator)
            let cut = Int.random(in: 1..<shuffled.count, using: &generator)
            let left = KnowledgeGraph.merged(shuffled[..<cut])
            let right = KnowledgeGraph.merged(shuffled[cut...])
            #expect(try json(right.merging(left)) == expected)
        }
    }

    @Test("strict mode stops at the first bad document")
    func strict() async throws {
        let path = try corpus(20).path
        await #expect(throws: NewsGraphError.self) {
            _ = try await CorpusExtraction(strict: true, extract: toyExtract).run(CorpusReader(inputs: [path]))
        }
    }

    @Test("progress is reported as batches finish, and ends with every document counted")
    func progress() async throws {
        let path = try corpus(30).path
        var seen: [CorpusProgress] = []
        let (_, summary) = try await CorpusExtraction(workers: 2, extract: toyExtract).run(
            CorpusReader(inputs: [path]), progress: { seen.append($0) })
        #expect(seen.count >= 3, "two skipped lines and at least one batch")
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.documents <= $1.documents && $0.bytes <= $1.bytes })
        #expect(seen.last?.documents == 30)
        #expect(seen.last?.bytes == summary.bytes)
        #expect(seen.last?.totalBytes == summary.bytes)
    }
}
