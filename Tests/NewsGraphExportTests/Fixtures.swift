import NewsGraph
import NewsGraphXML
import _NewsGraphTestSupport

/// Hand-built and generated graphs for the export tests.
enum Fixtures {
    /// A graph with every kind of name that has broken a graph writer somewhere.
    static let nasty: KnowledgeGraph = {
        let longName = String(repeating: "Very Long Label ", count: 400) + "End"
        let entities: [Entity] = [
            Entity(
                id: "att", name: "AT&T <Corp> \"Quoted\" 'single' back\\slash", kind: .organization,
                aliases: ["A&T", "<b>bold</b>", "trailing\\"], mentions: mentions("doc-1", 3)),
            Entity(
                id: "lines", name: "Line\nbreak\tand tab\r\nand CR", kind: .person, aliases: ["x\ty"],
                mentions: mentions("doc-1", 1)),
            Entity(id: "ctrl", name: "Ctrl\u{1}char\u{B}vt\u{7}bell", kind: .location, mentions: mentions("doc 2", 2)),
            Entity(id: "emoji", name: "Emoji 🚀🇺🇸 family 👨‍👩‍👧", kind: .facility, mentions: mentions("doc-1", 1)),
            Entity(id: "rtl", name: "עברית العربية ‏RTL‎", kind: .country, aliases: ["ישראל"]),
            Entity(id: "node", name: "node", kind: .organization),
            Entity(id: "Graph", name: "Graph", kind: .organization),
            Entity(id: "STRICT", name: "STRICT", kind: .organization),
            Entity(id: "subgraph", name: "subgraph", kind: .organization),
            Entity(id: "a:b", name: "a:b:c", kind: .location),
            Entity(id: "path", name: "C:\\dir\\", kind: .location),
            Entity(id: "long", name: longName, kind: .person),
            Entity(id: "weird id/with#chars?&ü", name: "Weird Id", kind: .person, mentions: mentions("doc-1", 1)),
            Entity(id: "blank", name: " ", kind: .organization),
            Entity(id: "dash", name: "-- comment -- ]]> ?>", kind: .organization),
            Entity(id: "empty-name", name: "", kind: .person),
            Entity(id: "nonchar", name: "Ａ\u{FFFD}\u{FFFE}\u{FFFF}end\u{EFFF}", kind: .country, aliases: ["\u{FFFF}"]),
        ]
        let relations: [Relation] = [
            Relation(
                source: "att", predicate: .attacked, target: "lines",
                evidence: [
                    Evidence(
                        documentID: "doc-1", sentence: "AT&T \"attacked\" <Line> \\ 'x'", start: 0, end: 30,
                        confidence: 0.75, rule: "rule<1>", role: "CEO & Chair"),
                    Evidence(documentID: "doc 2", sentence: "Second sentence 🚀.", start: 5, end: 24, confidence: 0.5),
                ]),
            Relation(
                source: "att", predicate: .accused, target: "lines",
                evidence: [
                    Evidence(documentID: "doc-1", sentence: "Multi\nline\tsentence\u{1}.", start: 40, end: 60)
                ]),
            Relation(
                source: "lines", predicate: .attacked, target: "lines",
                evidence: [
                    Evidence(documentID: "doc-1", sentence: "Self loop.", start: 70, end: 80, confidence: 0.9)
                ]),
            Relation(
                source: "rtl", predicate: .metWith, target: "emoji",
                evidence: [
                    Evidence(documentID: "doc 2", sentence: "עברית met 🚀.", start: 1, end: 12)
                ]),
            Relation(source: "node", predicate: .memberOf, target: "Graph"),
            Relation(
                source: "STRICT", predicate: .leads, target: "subgraph",
                evidence: [
                    Evidence(documentID: "doc-1", sentence: "STRICT leads subgraph.", start: 90, end: 112, role: "head")
                ]),
            Relation(
                source: "a:b", predicate: .locatedIn, target: "path",
                evidence: [
                    Evidence(documentID: "doc-1", sentence: "C:\\dir\\", start: 120, end: 127)
                ]),
            Relation(
                source: "long", predicate: .saidTo, target: "weird id/with#chars?&ü",
                evidence: [
                    Evidence(
                        documentID: "doc-1", sentence: String(repeating: "long evidence ", count: 300), start: 130,
                        end: 4330)
                ]),
            Relation(
                source: "ctrl", predicate: .controls, target: "blank",
                evidence: [
                    Evidence(documentID: "doc 2", sentence: "ctrl\u{B}controls.", start: 30, end: 45, confidence: 0.6)
                ]),
            Relation(source: "dash", predicate: .supports, target: "att"),
        ]
        let documents = [
            DocumentInfo(id: "doc-1", title: "Title & <tags> \"q\"", date: "2020-01-03", url: "https://example.com/a b?x=<1>&y=\"2\""),
            DocumentInfo(id: "doc 2", title: "Second", date: "January 5, 2020", url: "not a url"),
        ]
        return KnowledgeGraph(entities: entities, relations: relations, documents: documents)
    }()

    /// The empty graph.
    static let empty = KnowledgeGraph()

    /// `count` mentions in `document`.
    static func mentions(_ document: String, _ count: Int) -> Set<Mention> {
        Set((0..<count).map { Mention(documentID: document, start: $0 * 10, end: $0 * 10 + 5) })
    }

    /// A seeded random graph: names mixing words with special characters, all kinds, every
    /// built-in predicate, evidence sentences of about 80 characters, parallel relations and
    /// self-loops. The same seed gives the same graph.
    static func random(seed: UInt64, nodes: Int, edges: Int) -> KnowledgeGraph {
        var rng = SplitMix64(seed: seed)
        let words = [
            "Iran", "Quds", "Force", "Müller", "Ñandú", "Straße", "東京", "Київ", "القدس", "ירושלים", "&", "<x>",
            "\"q\"", "'s", "\\", "node", "Graph", ":", "🚀", "—", "O'Neil", "A/B", "#1", "x y",
        ]
        var entities: [Entity] = []
        for index in 0..<nodes {
            let count = 1 + Int(rng.next() % 3)
            let name =
                (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
                + " \(index)"
            let kind = EntityKind.allCases[Int(rng.next() % UInt64(EntityKind.allCases.count))]
            let aliasCount = Int(rng.next() % 3)
            let aliases = Set((0..<aliasCount).map { "\(name) alias \($0)" })
            let document = "doc\(rng.next() % 4)"
            entities.append(
                Entity(
                    id: "e\(index)", name: name, kind: kind, aliases: aliases,
                    mentions: mentions(document, Int(rng.next() % 5))))
        }
        var relations: [Relation] = []
        for _ in 0..<edges {
            let source = Int(rng.next() % UInt64(nodes))
            let target = rng.next() % 10 == 0 ? source : Int(rng.next() % UInt64(nodes))
            let predicate = Predicate.builtIn[Int(rng.next() % UInt64(Predicate.builtIn.count))]
            let evidence = (0..<Int(1 + rng.next() % 3)).map { item -> Evidence in
                let document = "doc\(rng.next() % 4)"
                let start = Int(rng.next() % 1000)
                let sentence =
                    "Sentence \(item) says \(entities[source].name) \(predicate.name) "
                    + "\(entities[target].name) & more <text> here."
                return Evidence(
                    documentID: document, sentence: sentence, start: start, end: start + 80,
                    confidence: Double(1 + rng.next() % 10) / 10, role: rng.next() % 4 == 0 ? "Minister" : nil)
            }
            relations.append(Relation(source: "e\(source)", predicate: predicate, target: "e\(target)", evidence: evidence))
        }
        let documents = (0..<4).map { DocumentInfo(id: "doc\($0)", title: "Document \($0)", date: "2020-01-0\($0 + 1)") }
        return KnowledgeGraph(entities: entities, relations: relations, documents: documents)
    }
}

extension Fixtures {
    /// A graph as another tool's undirected, weighted file gives it (a NetworkX `Graph`):
    /// `related_to` relations without evidence, undirected, with weights that are not
    /// sentence counts (integers, fractions, a negative one) and a free-form column.
    static func foreignUndirected(seed: UInt64, nodes: Int = 20, edges: Int = 45) -> KnowledgeGraph {
        var rng = SplitMix64(seed: seed)
        let entities = (0..<nodes).map { Entity(id: "\($0)", name: "\($0)", kind: .organization, attributes: ["club": "c\($0 % 3)"]) }
        let related = Predicate(name: "related_to", category: .structural, definition: "Read from GraphML.")
        var relations: [Relation] = []
        for index in 0..<edges {
            let source = Int(rng.next() % UInt64(nodes))
            let target = Int(rng.next() % UInt64(nodes))
            let weight = index == 0 ? -2 : index % 3 == 0 ? Double(1 + rng.next() % 7) : Double(1 + rng.next() % 40) / 8
            relations.append(
                Relation(
                    source: "\(source)", predicate: related, target: "\(target)", directed: false, importedWeight: weight))
        }
        return KnowledgeGraph(entities: entities, relations: relations)
    }

    /// ``random(seed:nodes:edges:)`` with some relations from another tool's file added:
    /// evidence-less, some undirected, with imported weights.
    static func randomWithForeign(seed: UInt64) -> KnowledgeGraph {
        var graph = random(seed: seed, nodes: 30, edges: 80)
        var rng = SplitMix64(seed: seed &+ 99)
        let related = Predicate(name: "related_to", category: .structural, definition: "Read from GraphML.")
        for index in 0..<20 {
            graph.add(
                Relation(
                    source: "e\(rng.next() % 30)", predicate: related, target: "e\(rng.next() % 30)", directed: index % 2 == 0,
                    importedWeight: Double(1 + rng.next() % 20) / 4))
        }
        return graph
    }

    /// Pieces of text that have broken writers: markup, quotes, backslashes, keywords, CDATA
    /// and comment terminators, controls, noncharacters, surrogate neighbours, combining
    /// marks, bidi controls, ZWJ emoji.
    static let nastyPieces: [String] = [
        "&", "<", ">", "\"", "'", "\\", "\\N", "\t", "\r", "\r\n", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}",
        "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}",
        "\u{10FFFF}", "e\u{301}", "\u{200F}", "\u{202E}", "👩‍👩‍👧‍👦", "🇺🇸", "]]>", "-->", "<!--", "<?x?>", "&amp;",
        "&#1;", "node", "NODE", "Graph", "strict", "subgraph", ":", "a:b", "n0", "-", "--", "%", "%20", "#", "/", "?",
        " ", "  ", "", "東京", "القدس", "ירושלים", "Müller", "{", "}", "[", "]", ";", "=", ",", "\u{0301}",
    ]

    /// A random graph whose names and sentences are made of ``nastyPieces``. Sentences have
    /// no newline and aliases no `|` or control character, since GraphML joins them with
    /// those, and ids nothing XML forbids (documented losses); everything else goes.
    static func randomNasty(seed: UInt64, nodes: Int = 25, edges: Int = 60) -> KnowledgeGraph {
        var rng = SplitMix64(seed: seed)
        func piece() -> String { nastyPieces[Int(rng.next() % UInt64(nastyPieces.count))] }
        func text(_ count: Int) -> String { (0..<count).map { _ in piece() }.joined() }
        // Ids keep only what XML can carry: an id with a control character in it comes back
        // without it, under another id (a documented loss).
        func clean(_ text: String) -> String { XMLText.sanitized(text) }
        var entities: [Entity] = []
        for index in 0..<nodes {
            let name = text(Int(rng.next() % 6))
            let aliases = Set(
                (0..<Int(rng.next() % 3)).map { _ in "alias " + text(2) }.map {
                    String($0.unicodeScalars.filter { XMLText.isAllowed($0) && $0 != "|" && $0.value >= 0x20 })
                }.filter { !$0.isEmpty && $0 != name })
            let document = "doc " + piece()
            entities.append(
                Entity(
                    id: index % 5 == 0 ? clean(text(3)) + "\(index)" : "e\(index)", name: name,
                    kind: EntityKind.allCases[Int(rng.next() % 5)], aliases: aliases,
                    mentions: mentions(document, Int(rng.next() % 4))))
        }
        var relations: [Relation] = []
        for _ in 0..<edges {
            let source = entities[Int(rng.next() % UInt64(nodes))].id
            let target = rng.next() % 8 == 0 ? source : entities[Int(rng.next() % UInt64(nodes))].id
            let predicate = Predicate.builtIn[Int(rng.next() % UInt64(Predicate.builtIn.count))]
            let evidence = (0..<Int(rng.next() % 3)).map { _ -> Evidence in
                let start = Int(rng.next() % 500)
                let sentence = text(1 + Int(rng.next() % 8)).replacing("\n", with: " ").replacing("\r\n", with: " ")
                return Evidence(
                    documentID: "doc " + piece(), sentence: sentence, start: start, end: start + Int(rng.next() % 90),
                    confidence: Double(rng.next() % 1000) / 999, rule: rng.next() % 3 == 0 ? text(1) : nil,
                    role: rng.next() % 4 == 0 ? text(2) : nil)
            }
            relations.append(Relation(source: source, predicate: predicate, target: target, evidence: evidence))
        }
        let documents = (0..<4).map {
            DocumentInfo(
                id: "doc " + nastyPieces[$0 * 7], title: text(3), date: $0 == 0 ? "2021-02-29" : "2020-02-29",
                url: $0 == 1 ? "https://example.org/" + text(3) : nil)
        }
        return KnowledgeGraph(entities: entities, relations: relations, documents: documents)
    }
}
