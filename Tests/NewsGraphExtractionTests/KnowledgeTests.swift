import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The knowledge tables (Knowledge/SOURCES.md), each on invented sentences.
@Suite("Knowledge tables")
struct KnowledgeTests {
    private func graph(_ text: String) -> KnowledgeGraph {
        Extractor().extract(Document(id: "k", text: text))
    }

    private func kind(_ name: String, in graph: KnowledgeGraph) -> EntityKind? {
        graph.entities.values.first { $0.name == name }?.kind
    }

    @Test("countries come from ISO 3166-1 with official names, demonyms and their plurals")
    func countries() throws {
        let lexicon = Lexicon.builtIn
        // Every ISO 3166-1 state is there (a few territories are places, four codes are left out).
        #expect(lexicon.actors.filter { $0.kind == .country }.count >= 195)
        let g = graph("The Hashemite Kingdom of Jordan hosted Liechtensteiners and Kiribati's envoy on Monday.")
        #expect(kind("Jordan", in: g) == .country)
        #expect(kind("Liechtenstein", in: g) == .country)
        #expect(kind("Kiribati", in: g) == .country)
        #expect(g.entities["jordan"]?.aliases.contains("Hashemite Kingdom of Jordan") == true)
        // A demonym is an adjective of its country, not a separate name.
        let compiled = CompiledLexicon.builtIn
        let tonga = try #require(compiled.actorByName["Tonga"])
        #expect(compiled.adjectives[tonga].isSuperset(of: ["Tongan", "Tongans"]))
    }

    @Test("legal forms come from GLEIF's ISO 20275 list: a name ending in one is an organization; no numeral, English word or honour is one")
    func legalForms() {
        let lexicon = Lexicon.builtIn
        for form in ["gmbh", "sa", "ag", "nv", "plc", "llc", "ltd", "oyj", "kft", "tbk", "uab", "sarl", "se"] {
            #expect(lexicon.heads[form] == .organization, "\(form)")
            #expect(RelationFinder.companyHeads.contains(form), "\(form)")
        }
        // Not a Roman numeral, an English word, a given name, an honour after a name, nor "EU".
        for word in ["ii", "iv", "as", "or", "limited", "sam", "mbe", "eu"] {
            #expect(!BuiltInLexicon.legalFormWords.contains(word), "\(word)")
        }
        let g = graph(
            """
            Korvex Oyj and Brenmark Tbk signed the deal in Riga with Tarvolin UAB. Velmaro Kft. said it would appeal.
            """)
        for name in ["Korvex Oyj", "Brenmark Tbk", "Tarvolin UAB"] {
            #expect(kind(name, in: g) == .organization, "\(name): \(g.entities.values.map { "\($0.name) \($0.kind)" })")
        }
        #expect(g.entities.values.contains { $0.name.hasPrefix("Velmaro") && $0.kind == .organization })
    }

    @Test("a territory is a place within its state; canonical names are the ones news writes")
    func territories() {
        let lexicon = Lexicon.builtIn
        let hongKong = lexicon.actors.first { $0.name == "Hong Kong" }
        #expect(hongKong?.kind == .location)
        #expect(hongKong?.within == "China")
        #expect(lexicon.actors.contains { $0.name == "Russia" && $0.aliases.contains("Russian Federation") })
        #expect(lexicon.actors.contains { $0.name == "Ivory Coast" && $0.aliases.contains("Côte d'Ivoire") })
        #expect(!lexicon.actors.contains { $0.name.contains(",") || $0.name.contains("(") })
    }

    @Test("capitals and large cities are gazetteer places with their country; accents become aliases")
    func cities() {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.actors.contains { $0.name == "Ouagadougou" && $0.within == "Burkina Faso" })
        #expect(lexicon.actors.contains { $0.name == "Yaounde" && $0.aliases.contains("Yaoundé") })
        // A city named like a common word or a given name is not matched as a name.
        #expect(!lexicon.actors.contains { $0.name == "Male" || $0.name == "Victoria" })
    }

    @Test("WordNet's named places (rivers, islands, cities GeoNames spells otherwise) are in the place table")
    func wordNetPlaces() {
        // A river through several states and an island of three have no one country.
        #expect(PlaceTable.builtIn.place(named: "Mekong")?.country == "")
        #expect(PlaceTable.builtIn.place(named: "Danube")?.country == "")
        // A city GeoNames names in its own language ("Sevilla"), with its country from WordNet's holonyms.
        #expect(PlaceTable.builtIn.place(named: "Seville")?.country == "Spain")
        // (A name that is also a common word is flagged: a capital at a sentence's start says nothing about it.)
        #expect(PlaceTable.builtIn.place(named: "Marseille")?.isCommonWord == true)
        // Not a surname or a given name alone ("Dawson", "Lena"), nor a letter before a hyphen ("A-horizon").
        #expect(PlaceTable.builtIn.place(named: "Dawson") == nil)
        #expect(PlaceTable.builtIn.place(named: "A-horizon") == nil)
        // Not a name WordNet also writes for a building or a body: "Pentagon", "Wall Street".
        #expect(PlaceTable.builtIn.place(named: "Pentagon") == nil)
        #expect(PlaceTable.builtIn.place(named: "Wall Street") == nil)
        let g = graph("Laos has a dispute with Cambodia over the Mekong and the Tonle. Troops landed on Sumatra.")
        #expect(kind("Mekong", in: g) == .location)
        #expect(kind("Sumatra", in: g) == .location)
    }

    @Test("letting go of the literals' pages changes no byte: the tables read the same, a heap string is untouched")
    func literalPages() {
        _ = CompiledLexicon.builtIn  // compiled, its literals let go of
        let heap = String(repeating: "a heap string, not a literal; ", count: 4000)
        let before = (Array(WordNetWords.table.utf8), Array(BuiltInLexicon.placeTable.utf8))
        LiteralPages.release([WordNetWords.table, BuiltInLexicon.placeTable, heap])
        #expect(Array(WordNetWords.table.utf8) == before.0)
        #expect(Array(BuiltInLexicon.placeTable.utf8) == before.1)
        #expect(heap == String(repeating: "a heap string, not a literal; ", count: 4000))
        #expect(PlaceTable.builtIn.count > 40_000)
    }

    @Test("a town or a state no gazetteer entry knows is typed a place from the place table")
    func placeTable() {
        #expect(PlaceTable.builtIn.count > 40_000)
        #expect(PlaceTable.builtIn.place(named: "Kramatorsk")?.country == "Ukraine")
        #expect(PlaceTable.builtIn.place(named: "oklahoma")?.isSubdivision == true)
        // Accents, and either spelling; a prefix of a name is not that name.
        #expect(PlaceTable.builtIn.place(named: "Kraków")?.country == "Poland")
        #expect(PlaceTable.builtIn.place(named: "Krakow")?.country == "Poland")
        #expect(PlaceTable.builtIn.place(named: "Tul") == nil)
        #expect(PlaceTable.builtIn.place(named: "") == nil)
        let g = graph("Artillery attacked Kramatorsk overnight. Oklahoma sued the distributor on Friday.")
        #expect(kind("Kramatorsk", in: g) == .location)
        #expect(kind("Oklahoma", in: g) == .location)
        #expect(PlaceTable.builtIn.place(named: "Buffalo")?.isCommonWord == true)
        // A cue for a body outweighs the table: "the firm Tula" names a company.
        let company = graph("Prosecutors fined the firm Tula on Friday. Tula said it would appeal.")
        #expect(kind("Tula", in: company) == .organization)
    }

    @Test("GeoNames' alternate names in English forms type a city GeoNames names otherwise; either apostrophe")
    func alternateNames() {
        // GeoNames names it "Albu Kamāl"; "Abu Kamal" is one of its alternate names.
        #expect(PlaceTable.builtIn.place(named: "Abu Kamal")?.country == "Syria")
        // GeoNames writes "Abu ‘Arish" with a turned comma: the straight and both curly apostrophes find it.
        #expect(PlaceTable.builtIn.place(named: "Abu 'Arish")?.country == "Saudi Arabia")
        #expect(PlaceTable.builtIn.place(named: "Abu \u{2018}Arish")?.country == "Saudi Arabia")
        #expect(PlaceTable.builtIn.place(named: "Abu \u{2019}Arish")?.country == "Saudi Arabia")
        // Not a surname (an alternate name has no language: "Kamau"), not an exonym of a city
        // with an English name ("Moskau"), not a code ("NAJ").
        #expect(PlaceTable.builtIn.place(named: "Kamau") == nil)
        #expect(PlaceTable.builtIn.place(named: "Moskau") == nil)
        #expect(PlaceTable.builtIn.place(named: "NAJ") == nil)
        let g = graph("Militants attacked Abu Kamal on Sunday. Dr. Kamau said the clinic was full.")
        #expect(kind("Abu Kamal", in: g) == .location)
    }

    @Test("a dateline with an agency's credit before its dash is a place; a body's acronym in brackets is not a credit")
    func datelineWithCredit() {
        let g = graph("VELMORA (Reuters) - Chile on Wednesday signed an agreement with Peru.\n\nThe deal was signed in Velmora.")
        #expect(kind("VELMORA", in: g) == .location || kind("Velmora", in: g) == .location)
        let body = graph("KORVEX (KVX) said on Monday it would close a plant in Chile.")
        #expect(kind("VELMORA", in: body) == nil)
        #expect(kind("KORVEX", in: body) != .location)
    }

    @Test("states in free association with New Zealand are states; Tokelau is a territory")
    func freeAssociation() {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.actors.contains { $0.name == "Cook Islands" && $0.kind == .country && $0.within == nil })
        #expect(lexicon.actors.contains { $0.name == "Niue" && $0.kind == .country })
        #expect(lexicon.actors.contains { $0.name == "Tokelau" && $0.kind == .location && $0.within == "New Zealand" })
    }

    @Test("a name that starts with a given name is a person; a city named like one does not cut it")
    func givenNames() {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.givenNames.contains("lamar"))
        let titleIsGivenName = lexicon.givenNames.contains("king")
        #expect(!titleIsGivenName)
        let g = graph("Sofia Okonkwo met Lamar Whitfield in Paris.")
        #expect(kind("Sofia Okonkwo", in: g) == .person)
        #expect(kind("Lamar Whitfield", in: g) == .person)
        #expect(kind("Paris", in: g) == .location)
        #expect(kind("Sofia", in: g) == nil)
    }

    @Test("person-name words parse from a lexicon and reach the compiled word classes")
    func nameSections() throws {
        let lexicon = try Lexicon(
            parsing: "[givennames]\nZoltar\n[particles]\nvan\n[suffixes]\nJr.\n[titlewords]\nchairman\n", path: "names.tsv")
        #expect(lexicon.givenNames == ["zoltar"])
        #expect(lexicon.suffixes == ["jr"])
        let compiled = CompiledLexicon(lexicon)
        var seg = compiled.segmenter.segment("Zoltar van Jr chairman")
        compiled.intern(&seg)
        let classes: [CompiledLexicon.WordClass] = [.givenName, .particle, .nameSuffix, .titleWord]
        for (token, wordClass) in zip(seg.tokens, classes) {
            #expect(compiled.isWord(token, wordClass), "\(token.text)")
        }
    }
}
