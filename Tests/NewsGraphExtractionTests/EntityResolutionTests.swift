import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// One actor per real actor: the structure of person names, companies' short names, organs
/// of states. Invented sentences.
@Suite("Entity resolution")
struct EntityResolutionTests {
    private func graph(_ text: String) -> KnowledgeGraph {
        Extractor().extract(Document(id: "r", text: text))
    }

    /// The nodes whose name or aliases contain `form`.
    private func nodes(_ form: String, in graph: KnowledgeGraph) -> [Entity] {
        graph.entities.values.filter { $0.name == form || $0.aliases.contains(form) }
    }

    @Test("a legal form written first is no word of the company's name: 'PT Esko Tirvana' and 'Esko Tirvana' are one company")
    func legalFormFirst() {
        let g = graph(
            "Auditors questioned PT Dovan Kelmi Ostara, PT Mirel Sundo Vasket and PT Esko Tirvana over unpaid loans last year. "
                + "Esko Tirvana's books were seized. Mirel Sundo's director, Ratnika Wulanderi, resigned. Dovan Kelmi Ostara will appeal."
        )
        let names = "\(g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })"
        for short in ["Dovan Kelmi Ostara", "Mirel Sundo", "Esko Tirvana"] {
            #expect(nodes(short, in: g).map(\.kind) == [.organization], "\(short): \(names)")
        }
        #expect(g.entities.values.filter { $0.kind == .organization }.count == 3, "\(names)")
        // A person named alone stays a person, and the province a company is named after a place.
        #expect(nodes("Ratnika Wulanderi", in: g).map(\.kind) == [.person], "\(names)")
        let place = graph("Esko Cement runs two kilns, one each in Lumra and Esko provinces. Esko Cement declined to comment.")
        #expect(nodes("Esko", in: place).map(\.kind) == [.location], "\(place.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })")
    }

    @Test("a lone name is no short name of a body named after it by an organ's head: 'Andavor' and the 'Andavor Council' stay two")
    func organOfALoneName() {
        let g = graph(
            "Andavor trade ministers met in Quarra on Monday. Andavor said the talks would go on. "
                + "The Andavor Council will review the deal next month, and Andavor will then vote."
        )
        let names = "\(g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })"
        #expect(nodes("Andavor Council", in: g).count == 1, "\(names)")
        #expect(nodes("Andavor", in: g).count == 1 && nodes("Andavor", in: g).first?.name == "Andavor", "\(names)")
        #expect(nodes("Andavor Council", in: g).first?.aliases.contains("Andavor") == false, "\(names)")
        // Negatives: a company's short name still joins its full name, also before a company-like organ head.
        let h = graph("Korvex Holdings said profits rose. Korvex would appeal. Workers at Tarsel Services struck. Tarsel said it would talk.")
        let hNames = "\(h.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })"
        #expect(nodes("Korvex", in: h).map(\.name) == ["Korvex Holdings"], "\(hNames)")
        #expect(nodes("Tarsel", in: h).map(\.name) == ["Tarsel Services"], "\(hNames)")
    }

    @Test("a company's short name joins its full name beside a unit named alike, and after a possessive")
    func companyShortNamesBesideUnits() {
        let g = graph(
            "Regulators suspended trading in shares of Tarsen Vale Holdings Berhad on Thursday. Tarsen Vale, which owns estates, "
                + "called the report false. Tarsen Vale's property arm, Tarsen Vale Land, is building a township. "
                + "Trading in Tarsen Vale shares resumes on Monday."
        )
        let names = "\(g.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })"
        #expect(nodes("Tarsen Vale", in: g).map(\.name) == ["Tarsen Vale Holdings Berhad"], "\(names)")
        #expect(!g.entities.values.contains { $0.kind == .location }, "\(names)")
        // The unit stays a node of its own.
        #expect(nodes("Tarsen Vale Land", in: g).map(\.name) == ["Tarsen Vale Land"], "\(names)")
        // A first word and a second joined by a hyphen are the first two words too: "Al-Varin" is the parent.
        let hyphen = graph(
            "Al-Varin Holdings Berhad said on Monday that its unit Al-Varin Land Berhad would sell the towers. "
                + "Al-Varin said the sale would close in May.")
        let hyphenNames = "\(hyphen.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })"
        #expect(nodes("Al-Varin", in: hyphen).map(\.name) == ["Al-Varin Holdings Berhad"], "\(hyphenNames)")
        #expect(hyphen.entities.count == 2, "\(hyphenNames)")
        let h = graph(
            "Hackers stole funds from the exchange Kelvora Digital over the weekend. Kelvora's chief executive, Mart Olen, "
                + "said customers would be repaid. The regulator had warned Kelvora twice."
        )
        let hNames = "\(h.entities.values.map { "\($0.name) \($0.kind) \($0.aliases)" })"
        #expect(nodes("Kelvora", in: h).map(\.name) == ["Kelvora Digital"], "\(hNames)")
        #expect(nodes("Mart Olen", in: h).first?.kind == .person, "\(hNames)")
    }

    @Test(
        "middle names, initials, suffixes and titles before a surname resolve to one person",
        arguments: [
            ("Defense Minister Lamar J. Whitfield III met reporters on Monday. Whitfield said the talks went well.", "Whitfield"),
            ("President Ramon Villareal Santos Jr. arrived on Tuesday. Santos said the visit would be short.", "Santos"),
            ("Park Tae-soo, the chairman of the group, spoke first. Chairman Park said the plan was sound.", "Park"),
            ("Ursula von der Leyen met farmers on Friday. Von der Leyen promised new aid.", "Von der Leyen"),
            ("Foreign Minister Jeroen van den Hoek met farmers on Friday. Van den Hoek promised new aid.", "Van den Hoek"),
            ("Khalid bin Salman toured the plant. Later, bin Salman praised the workers.", "bin Salman"),
            // Two surnames, the father's then the mother's: the father's alone names the person.
            ("Interim President Fernando de la Puente Rojas was sworn in. De la Puente, 44, will serve until April.", "De la Puente"),
            ("Officials questioned Wilmer Quispe Huamán, the governor. Quispe denied any wrongdoing.", "Quispe"),
            // A particle that is no English word holds a name together after an initial.
            ("Mediator Joaquim R. dos Santos met reporters. Dos Santos said talks would resume.", "Dos Santos"),
        ])
    func personNames(text: String, surname: String) throws {
        let g = graph(text)
        let people = g.entities.values.filter { $0.kind == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        let person = try #require(people.first)
        #expect(person.aliases.contains(surname) || person.name == surname, "\(person.name): \(person.sortedAliases)")
        #expect(person.mentions.count == 2)
    }

    @Test("the organization names starting with a word: the one besides a given one, as a set would tell")
    func fewKeys() {
        var keys = FewKeys()
        #expect(keys.only(besides: -1) == nil)
        keys.insert(4)
        keys.insert(4)
        #expect(keys.only(besides: -1) == 4 && keys.only(besides: 4) == nil && keys.only(besides: 9) == 4)
        keys.insert(9)
        #expect(keys.only(besides: -1) == nil && keys.only(besides: 4) == 9 && keys.only(besides: 9) == 4)
        keys.insert(7)
        #expect(keys.only(besides: 4) == nil && keys.only(besides: 7) == nil)
    }

    @Test("a company and its short name are one organization, though no head word says it is one")
    func companyShortName() throws {
        let g = graph("Halvern Chemical reported higher profits on Monday. Halvern said demand for fertilizer rose.")
        let company = try #require(nodes("Halvern Chemical", in: g).first)
        #expect(company.kind == .organization)
        #expect(company.aliases.contains("Halvern"))
        #expect(nodes("Halvern", in: g).count == 1)
        // A person named in full keeps the kind; a lone given-name particle is not a short name.
        let person = graph("Abu Karim Nassar spoke on Monday. Abu said nothing more.")
        #expect(person.entities.values.allSatisfy { $0.kind != .organization })
    }

    @Test("organs of different states are different actors, each a member of its state")
    func organs() throws {
        let g = graph(
            "Ukraine's Foreign Ministry criticized the vote. China's Foreign Ministry defended it. The Foreign Ministry in Kyiv called it a sham."
        )
        let ministries = g.entities.values.filter { $0.name.hasSuffix("Foreign Ministry") }
        #expect(ministries.count == 2, "\(ministries.map(\.name))")
        let ukrainian = try #require(g.entities.values.first { $0.aliases.contains("Ukraine's Foreign Ministry") })
        let chinese = try #require(g.entities.values.first { $0.aliases.contains("China's Foreign Ministry") })
        #expect(ukrainian.id != chinese.id)
        #expect(ukrainian.name == "Ukrainian Foreign Ministry")
        #expect(g.relations[RelationKey(source: ukrainian.id, predicate: "member_of", target: "ukraine")] != nil)
        #expect(g.relations[RelationKey(source: chinese.id, predicate: "member_of", target: "china")] != nil)
        #expect(g.relations[RelationKey(source: ukrainian.id, predicate: "member_of", target: "china")] == nil)
        // The bare "Foreign Ministry" is the one named most recently: China's.
        #expect(chinese.mentions.count == 2)
        // The adjective form names the same organ.
        let adjective = graph("The Ukrainian Foreign Ministry protested. Ukraine's Foreign Ministry later withdrew its envoy.")
        #expect(adjective.entities.values.filter { $0.name.hasSuffix("Foreign Ministry") }.count == 1)
    }

    @Test("a bare organ is the organ of the text's own country, when the text has a clear one")
    func bareOrgans() throws {
        func organ(_ text: String, _ words: String) -> String? {
            graph(text).entities.values.first { $0.name == words || $0.aliases.contains(words) }?.name
        }
        // The country the text names most: its Health Ministry.
        #expect(
            organ("Romania's president vetoed the bill. Romania has been split over it. The Health Ministry said it would appeal.", "Health Ministry")
                == "Romanian Health Ministry")
        // No country named, or two named alike: left bare.
        #expect(organ("The Health Ministry said on Monday it would appeal the ruling.", "Health Ministry") == "Health Ministry")
        #expect(organ("Chile and Peru signed the accord. The Health Ministry must still approve it.", "Health Ministry") == "Health Ministry")
        // An international body's organ, or one the text names with another owner: left bare.
        #expect(
            organ("Chile welcomed the ruling. Chile's envoy said the International Tribunal had erred.", "International Tribunal")
                == "International Tribunal")
        #expect(
            organ("Chile welcomed the ruling. The Kelvar Union's Trade Ministry met. The Trade Ministry said no.", "Trade Ministry")
                == "Trade Ministry")
        // A head international bodies share, and a lone head but a legislature's or a cabinet's: left bare.
        #expect(
            organ("Chile welcomed the ruling. Chile has long pressed for it. The Governing Council said no.", "Governing Council")
                == "Governing Council")
        #expect(organ("Chile welcomed the ruling. Chile has long pressed for it. The Court said no.", "Court") == "Court")
        #expect(organ("Chile welcomed the ruling. Chile has long pressed for it. He told Parliament so.", "Parliament") == "Chilean Parliament")
    }

    /// The resolver's answer for a text: each entity's name, kind, surfaces and mentions, and
    /// each mention's entity.
    private func resolved(_ text: String, hashMask: UInt32 = .max) -> (entities: [String], owner: [Int]) {
        let lexicon = CompiledLexicon.builtIn
        var seg = lexicon.segmenter.segment(text)
        lexicon.intern(&seg)
        Tagger(lexicon: lexicon).tag(&seg)
        let (mentions, _) = MentionFinder(lexicon: lexicon).find(seg)
        let (entities, owner) = EntityResolver(lexicon: lexicon, hashMask: hashMask).resolve(mentions, seg)
        return (
            entities.indices.map { e in
                "\(entities[e].name)|\(entities[e].kind)|\(entities[e].surfaces.isEmpty ? [entities[e].name] : entities[e].surfaces)|\(owner.indices.filter { owner[$0] == e })"
            }, Array(owner)
        )
    }

    /// Texts that take every way of merging: full names and surnames, given names, organs,
    /// acronyms, aliases, "known as", short company names, organization suffixes.
    static let mergingTexts = [
        "Defense Minister Lamar J. Whitfield III met reporters on Monday. Whitfield said the talks went well. Lamar spoke later.",
        "Park Tae-soo, the chairman of the group, spoke first. Chairman Park said the plan was sound.",
        "Ukraine's Foreign Ministry criticized the vote. China's Foreign Ministry defended it. The Foreign Ministry in Kyiv called it a sham.",
        "The Syrian Democratic Forces (SDF) took the town. The SDF said on Tuesday that Turkish troops shelled it.",
        "Omar Haddad also uses the aliases Abu Salim, Karim Nour and Sami Farouk. Abu Salim was seen in Aleppo on Monday.",
        "The Harbor Workers Union, known as HWU or the Dockers, called a strike. The Dockers said it would last a week.",
        "Halvern Chemical reported higher profits on Monday. Halvern said demand for fertilizer rose.",
        "TNK Trading International S.A. signed the deal. Trading International S.A. will ship the oil. The Court fined Federal Criminal Court staff.",
        "The Royal Thai Army moved north. The Army said the border was calm. Jajarkot District was flooded and Jajarkot lost power.",
    ]

    @Test("the resolver's keys are compared, not only hashed: with every key's hash the same, the same actors")
    func keysDoNotCollide() throws {
        var texts = Self.mergingTexts
        for directory in [CorpusSupport.devDirectory, CorpusSupport.dev2Directory] {
            texts += try CorpusSupport.load(directory).prefix(8).map(\.text)
        }
        for text in texts {
            let normal = resolved(text)
            let colliding = resolved(text, hashMask: 0)
            #expect(normal.entities == colliding.entities, "\(text.prefix(60))")
            #expect(normal.owner == colliding.owner, "\(text.prefix(60))")
        }
    }

    @Test("a key is its tag, its value and its words: no two differ in one and share a number")
    func wordKeyTable() {
        for mask in [UInt32.max, 0] {
            var table = WordKeyTable(capacity: 2, hashMask: mask)
            let keys: [(UInt8, Int32, [Int32])] = [
                (2, 0, [1]), (2, 0, [1, 2]), (2, 0, [2, 1]), (2, 0, [12]), (2, 0, []), (2, 0, [0]),
                (1, 0, [1]), (1, 5, []), (3, 5, []), (3, 5, [1, 2]), (3, 6, [1, 2]), (0, 0, [1, 2]),
            ]
            let numbers = keys.map { table.intern($0.0, $0.1, $0.2[...]) }
            #expect(numbers == (0..<Int32(keys.count)).map { $0 })
            // Interning again gives the same numbers (after the table grew), and a look-up finds them.
            #expect(keys.map { table.intern($0.0, $0.1, $0.2[...]) } == numbers)
            #expect(keys.map { table.number($0.0, $0.1, $0.2[...]) } == numbers)
            #expect(table.number(2, 0, [2, 2][...]) == nil)
            #expect(Array(table.words(1)) == [1, 2])
            #expect(table.count == keys.count)
        }
    }

    @Test("names listed after 'also uses the aliases' are the person named before, and no one else")
    func aliasList() throws {
        let g = graph("Omar Haddad also uses the aliases Abu Salim, Karim Nour and Sami Farouk. He was seen in Aleppo.")
        let omar = try #require(nodes("Omar Haddad", in: g).first)
        for alias in ["Abu Salim", "Karim Nour", "Sami Farouk"] {
            #expect(omar.aliases.contains(alias), "\(omar.sortedAliases)")
        }
        #expect(g.entities.values.filter { $0.kind == .person }.count == 1)
    }

    @Test("an acronym in brackets and its long form are one actor; a surname joins its full name across spellings")
    func acronymAndCanonicalSpelling() throws {
        let g = graph("The Harbor Workers Union (HWU) called a strike. The HWU said it would last a week.")
        let union = try #require(nodes("Harbor Workers Union", in: g).first)
        #expect(union.aliases.contains("HWU"))
        #expect(union.mentions.count == 3)
        // "Müller" written with a combining diaeresis is the same name ("String" equality).
        let decomposed = "Jonas Mu\u{0308}ller"
        let h = graph("Jonas Müller arrived in Bern on Monday. Later, Mu\u{0308}ller met the press. \(decomposed) left.")
        let people = h.entities.values.filter { $0.kind == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        #expect(people.first?.mentions.count == 3)
    }

    @Test("a name written family name first is its first word alone, a person, not a company named by its first word")
    func familyNameFirst() throws {
        // Invented people; "Zhou" and "Yang" are census surnames mostly of Asian Americans.
        let g = graph(
            "Trade envoy Zhou Minghai met the delegation on Monday. Zhou said talks would go on. "
                + "Separately, Yang Tiebo, a businessman, was arrested. Police said Yang had fled.")
        let people = g.entities.values.filter { $0.kind == .person }.map(\.name).sorted()
        #expect(people == ["Yang Tiebo", "Zhou Minghai"], "\(g.entities.values.map { ($0.name, $0.kind) })")
        #expect(g.entities.values.filter { $0.kind == .organization }.isEmpty)
        // A name read as a person's by default whose first word is no such surname stays a company named by it.
        let h = graph("The contract went to Halvern Tesk. Halvern said it would hire 200 workers.")
        let company = try #require(nodes("Halvern Tesk", in: h).first)
        #expect(company.kind == .organization && company.aliases.contains("Halvern"))
    }

    @Test("'the Commission' after a known body's full name is that body; with two such bodies, neither")
    func knownBodyHeadWord() throws {
        let g = graph("The European Commission opened an inquiry into Halvern Tesk on Monday. The Commission said it would report in May.")
        let commission = try #require(nodes("European Commission", in: g).first)
        #expect(commission.aliases.contains("Commission") && commission.mentions.count == 2)
        #expect(g.entities.values.filter { $0.kind == .organization && $0.name == "Commission" }.isEmpty)
        // Two bodies of the text end in the word: "the Commission" is neither.
        let h = graph(
            "The European Commission and the Tarvel Electoral Commission met on Monday. The Commission said nothing.")
        #expect(try #require(nodes("European Commission", in: h).first).mentions.count == 1)
    }

    @Test("a known organ written with its body's name first names the body too, and is a member of it")
    func knownOrganOfBody() throws {
        let g = graph("The U.N. Security Council met on Monday to discuss the fighting in Tarvel.")
        let council = try #require(nodes("UN Security Council", in: g).first)
        let body = try #require(nodes("United Nations", in: g).first)
        #expect(g.relations[RelationKey(source: council.id, predicate: "member_of", target: body.id)] != nil)
        // Written without the body's name: the organ alone.
        let h = graph("The Security Council met on Monday to discuss the fighting in Tarvel.")
        #expect(nodes("United Nations", in: h).isEmpty && !nodes("UN Security Council", in: h).isEmpty)
    }

    @Test("a possessive after a person's title ends the person's name: his government is its own body")
    func titledPossessive() throws {
        let g = graph("Militias aligned with Prime Minister Alan Vorne's Government of National Salvation clashed. Vorne said nothing.")
        let person = try #require(nodes("Alan Vorne", in: g).first)
        #expect(person.kind == .person && person.mentions.count == 2)
        #expect(try #require(nodes("Government of National Salvation", in: g).first).kind == .organization)
    }
}

@Suite("Resolved entities by column")
struct ResolvedEntitiesTests {
    @Test("names and ids read back as appended, non-ASCII and empty ones included; surfaces per entity")
    func roundTrip() {
        var entities = ResolvedEntities()
        let rows: [(String, EntityKind, [String])] = [
            ("Zoë Ångström", .person, ["Ångström", "Zoë Ångström"]), ("", .organization, []), ("Kalo Miten of Vetrov", .location, []),
        ]
        for (name, kind, surfaces) in rows {
            entities.append(name: name, kind: kind, surfaces: surfaces)
        }
        #expect(entities.count == 3)
        for (index, (name, kind, surfaces)) in rows.enumerated() {
            #expect(entities.name(index) == name)
            #expect(entities.id(index) == StableID.make(name))
            #expect(entities.kinds[index] == kind)
            #expect(entities[index].surfaces == surfaces)
            #expect(entities[index].name == name && entities[index].id == StableID.make(name))
        }
        entities.surfaces[0] = []
        #expect(entities[0].surfaces.isEmpty && entities.name(0) == "Zoë Ångström")
    }
}
