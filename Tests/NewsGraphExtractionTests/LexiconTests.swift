import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

@Suite("Lexicon")
struct LexiconTests {
    @Test("the built-in lexicon covers countries, demonyms, outlets, patterns")
    func builtIn() {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.actorCount > 500)
        #expect(lexicon.patternCount > 40)
        #expect(lexicon.actors.contains { $0.name == "Iran" && $0.aliases.contains("Iranian") })
    }

    @Test("a user lexicon adds actors and verb patterns")
    func userLexicon() throws {
        let user = try Lexicon(
            parsing: """
                # my actors
                Ferrovia Nord\tOrganization\tFN|Ferrovia
                [verbs]
                sabotaged/sabotages\tattacked
                """, path: "mine.tsv")
        let extractor = Extractor(lexicon: Lexicon.builtIn.merging(user))
        let g = extractor.extract(Document(id: "u", text: "Hungary sabotaged the FN network, Ferrovia said."))
        #expect(g.entities["ferrovia_nord"]?.aliases.isSuperset(of: ["FN", "Ferrovia"]) == true)
        #expect(g.relations[RelationKey(source: "hungary", predicate: "attacked", target: "ferrovia_nord")] != nil)
    }

    @Test("a user's alias wins over a built-in one, and the shadowing is reported with its line")
    func userAliasWins() throws {
        let user = try Lexicon(
            parsing: "# mine\nWagner Holdings Ltd\tOrganization\tWagner\n", path: "mine.tsv")
        let lexicon = Lexicon.builtIn.merging(user)
        let g = Extractor(lexicon: lexicon).extract(Document(id: "w", text: "Wagner opened a new factory in Ohio on Monday."))
        #expect(g.entities["wagner_holdings_ltd"] != nil)
        #expect(g.entities["wagner_group"] == nil)
        let diagnostic = try #require(lexicon.diagnostics.first)
        #expect(lexicon.diagnostics.count == 1)
        #expect(diagnostic.source == "mine.tsv:2")
        #expect(
            diagnostic.description.hasPrefix("mine.tsv:2: 'Wagner' of actor 'Wagner Holdings Ltd' shadows the earlier actor 'Wagner Group'")
        )
        // The built-in lexicon alone reports nothing; a user entry that only adds does not either.
        #expect(Lexicon.builtIn.diagnostics.isEmpty)
        #expect(Lexicon.builtIn.merging(try Lexicon(parsing: "Ferrovia Nord\tOrganization\tFN\n")).diagnostics.isEmpty)
        // The longer built-in name still names the built-in actor.
        let group = Extractor(lexicon: lexicon).extract(Document(id: "w", text: "The Wagner Group denied the report."))
        #expect(group.entities["wagner_group"] != nil)
    }

    @Test("a user's verb pattern wins where a built-in one matches the same words, and is reported")
    func userVerbWins() throws {
        let user = try Lexicon(parsing: "[verbs]\n# mine\nattacked/attacks\tsabotaged\n", path: "verbs.tsv")
        let lexicon = Lexicon.builtIn.merging(user)
        let g = Extractor(lexicon: lexicon).extract(Document(id: "v", text: "Moldova attacked Estonia on Monday."))
        #expect(g.relations[RelationKey(source: "moldova", predicate: "sabotaged", target: "estonia")] != nil)
        #expect(g.relations[RelationKey(source: "moldova", predicate: "attacked", target: "estonia")] == nil)
        #expect(
            lexicon.diagnostics.contains { $0.source == "verbs.tsv:3" && $0.message.contains("'attacked/attacks' (sabotaged) shadows") })
        // Without the user's file, the built-in pattern draws the relation.
        let builtIn = Extractor().extract(Document(id: "v", text: "Moldova attacked Estonia on Monday."))
        #expect(builtIn.relations[RelationKey(source: "moldova", predicate: "attacked", target: "estonia")] != nil)
    }

    @Test("[countrynames] tells a country's other one-word names from its demonyms")
    func countryNames() throws {
        let text = "Ruritania\tCountry\tRuria|Ruritanian|Rurian\n[countrynames]\nruria\n"
        let compiled = CompiledLexicon(try Lexicon(parsing: text, path: "mine.tsv"))
        let index = try #require(compiled.actors.firstIndex { $0.name == "Ruritania" })
        // (A demonym in "-an" or "-i" names the people in the plural too.)
        #expect(compiled.adjectives[index] == ["Ruritanian", "Rurian", "Ruritanians", "Rurians"])
        let without = CompiledLexicon(try Lexicon(parsing: "Ruritania\tCountry\tRuria|Ruritanian\n", path: "mine.tsv"))
        #expect(without.adjectives[0] == ["Ruria", "Ruritanian", "Ruritanians"])
        // The built-in lexicon lists Britain as a name of the United Kingdom, not an adjective.
        let uk = try #require(CompiledLexicon.builtIn.actors.firstIndex { $0.aliases.contains("Britain") })
        #expect(!CompiledLexicon.builtIn.adjectives[uk].contains("Britain"))
        #expect(CompiledLexicon.builtIn.adjectives[uk].contains("British"))
    }

    @Test(
        "user lexicon errors carry the path and line number",
        arguments: [
            ("Acme\tOrganization\n[verbs]\nbought\n", 3, "verb line"),
            ("# c\n\nAcme\tCompany\n", 3, "unknown entity kind"),
            ("Acme\tOrganization\n[people]\n", 2, "unknown section"),
            ("[verbs]\nbought\tBad-Name\n", 2, "invalid predicate"),
            ("[titles]\nPresident\tleads\tx\ty\n", 2, "title line"),
            ("[verbs]\nbought\tacquired\tsideways\n", 2, "unknown verb flag"),
            // Old Mac and Windows line ends, and an empty line, count as the lines they are.
            ("# c\r\rAcme\tCompany\r", 3, "unknown entity kind"),
            ("# c\r\n\r\nAcme\tOrganization\r\n[people]\r\n", 4, "unknown section"),
            ("# c\r\n\n\rAcme\tCompany\n", 4, "unknown entity kind"),
        ])
    func errors(text: String, line: Int, message: String) throws {
        let error = try #require(throws: NewsGraphError.self) { try Lexicon(parsing: text, path: "user.tsv") }
        #expect(error.code == .invalidInput)
        #expect(error.path == "user.tsv")
        #expect(error.line == line)
        #expect(error.message.contains(message))
        #expect(error.description.hasPrefix("user.tsv:\(line): "))
    }

    @Test("reading a file: good, malformed, missing")
    func files() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ng-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.tsv")
        try "Camp Taji\tFacility\tTaji\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try Lexicon(contentsOf: good.path).actorCount == 1)
        let bom = directory.appendingPathComponent("bom.tsv")
        try "\u{FEFF}Camp Taji\tFacility\r\n[verbs]\r\nshelled\tattacked\r\n".write(to: bom, atomically: true, encoding: .utf8)
        let withBOM = try Lexicon(contentsOf: bom.path)
        #expect(withBOM.actors.first?.name == "Camp Taji")
        #expect(withBOM.patternCount == 1)
        let bad = directory.appendingPathComponent("bad.tsv")
        try "Camp Taji\tFacility\n\nTaji\n".write(to: bad, atomically: true, encoding: .utf8)
        let error = try #require(throws: NewsGraphError.self) { try Lexicon(contentsOf: bad.path) }
        #expect(error.line == 3 && error.path == bad.path)
        let missing = try #require(throws: NewsGraphError.self) {
            try Lexicon(contentsOf: directory.appendingPathComponent("none.tsv").path)
        }
        #expect(missing.code == .io)
    }
}

@Test("the fast stable id equals StableID.make for every lexicon name and odd inputs")
func fastStableID() {
    var names = Lexicon.builtIn.actors.flatMap { [$0.name] + $0.aliases }
    names += ["U.S.", "  ", "a^b`c", "x__y", "Nicolás Maduro", "Kasčiūnas", "O'Neil", "75th Ranger Regiment", "", "!!"]
    for name in names {
        #expect(ResolvedEntity.stableID(name) == StableID.make(name), "\(name)")
    }
}
