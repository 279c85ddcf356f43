import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The title rule family alone (``TitleRules``), on invented sentences.
@Suite("Title rules")
struct TitleRulesTests {
    typealias Drawn = FrameRulesTests.Drawn

    /// The relations TitleRules draws in `text`; `mainCountry` (an entity id) stands for the
    /// text's main country, as the extractor passes it.
    static func drawn(_ text: String, mainCountry: String? = nil) -> [Drawn] {
        let extractor = Extractor()
        let (analysis, ctx, _) = extractor.syntax(Document(id: "t", text: text))
        let country = mainCountry.flatMap { id in ctx.entities.firstIndex { $0.id == id } }
        if mainCountry != nil { precondition(country != nil, "no entity \(mainCountry!) in \(text)") }
        let rules = TitleRules(finder: RelationFinder(lexicon: extractor.compiled), ctx: ctx, entityByName: [:], mainCountry: country)
        var result: [Drawn] = []
        for (s, sentence) in analysis.segmentation.sentences.enumerated() {
            let titles = analysis.titles.filter { $0.sentence == s }
            rules.run(
                titles: titles[...], sentence: s, from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound,
                pronoun: { ctx.lastPerson(before: $0) }, office: { _ in nil }
            ) { source, target, predicate, rule, _, _ in
                result.append(Drawn(source: ctx.entities[source].id, predicate: predicate, target: ctx.entities[target].id, rule: rule))
            }
        }
        return result
    }

    @Test("a title's holder and its organization: 'Korvex Logistics President Lena Varga'")
    func prefix() {
        let drawn = Self.drawn("Korvex Logistics President Lena Varga said on Monday that sales fell.")
        #expect(drawn.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_logistics" }, "\(drawn)")
    }

    @Test("an office 'at'/'with' a body its base's compound describes: 'an analyst at the Lima-based Korvex Institute', 'a spokeswoman with the Lima-based charity Korvex Aid'")
    func placeCompoundBody() {
        let analyst = Self.drawn("Sana Pelk, an energy analyst at the Lima-based Tarvo Policy Institute, said prices would rise.")
        #expect(analyst.contains { $0.source == "sana_pelk" && $0.predicate == .roleIn && $0.target == "tarvo_policy_institute" }, "\(analyst)")
        #expect(!analyst.contains { $0.source == "sana_pelk" && $0.target == "lima" }, "\(analyst)")
        let spokesman = Self.drawn("Lucia Brask, a spokeswoman with the Lima-based charity Salud Korvex, said the video was real.")
        #expect(spokesman.contains { $0.source == "lucia_brask" && $0.predicate == .roleIn && $0.target == "salud_korvex" }, "\(spokesman)")
        // A place's compound before no body names none (not the place).
        let talks = Self.drawn("Sana Pelk, an analyst at the Lima-based bank, said prices would rise.")
        #expect(!talks.contains { $0.source == "sana_pelk" }, "\(talks)")
    }

    @Test("'A spokesman for the Velmar Ministry, X': the body after 'for' is the office's; not a country after 'for'")
    func officeForBody() {
        let spokesman = Self.drawn("A spokesman for the Korvel Mining Company, Ilya Voronin, said the claim was false.")
        #expect(spokesman.contains { $0.source == "ilya_voronin" && $0.predicate == .roleIn && $0.target == "korvel_mining_company" }, "\(spokesman)")
        let chairman = Self.drawn("The chairman for the Velmar Football Association, Tomas Brel, said the rules were known.")
        #expect(chairman.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "velmar_football_association" }, "\(chairman)")
        // Negative: an envoy "for" a country serves another state.
        let envoy = Self.drawn("The U.S. special envoy for Sudan, Tomas Brel, said talks would resume.")
        #expect(!envoy.contains { $0.source == "tomas_brel" && $0.target == "sudan" }, "\(envoy)")
        // Nor a capitalized office's portfolio.
        let portfolio = Self.drawn("The deal was signed by Tonga's Minister for Lands and Natural Resources, Tomas Brel, on Monday.")
        #expect(!portfolio.contains { $0.source == "tomas_brel" && $0.target != "tonga" }, "\(portfolio)")
    }

    @Test("'An RSF adviser, X', 'Its water adviser, X': an adviser holds an office in the body; a firm named '… Advisory' after 'adviser' stays a firm")
    func adviser() {
        let unit = Self.drawn("A Korvel Mining adviser, Tomas Brel, said the claim was false.")
        #expect(unit.contains { $0.source == "tomas_brel" && $0.predicate == .roleIn && $0.target == "korvel_mining" }, "\(unit)")
        let firm = Extractor().extract(Document(id: "t", text: "The campaign was backed by the proxy adviser Velmar Advisory and by two funds."))
        #expect(firm.sortedEntities.contains { $0.id == "velmar_advisory" && $0.kind == .organization }, "\(firm.sortedEntities)")
    }

    @Test("'Its president, X' after a sentence whose subject is a body described, not named: the body named two sentences back; after 'X, a project run by Y': X")
    func itsOfficeAfterADescribedBody() {
        let federation = Self.drawn(
            "The club urged the Velmar Football Association to back the appeal. The Velmar federation said it respected the decision. Its president, Tomas Brel, said the rules were known.")
        #expect(federation.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "velmar_football_association" }, "\(federation)")
        let project = Self.drawn(
            "The images were gathered by the Coral Sea Watch, a monitoring project run by the Tarvo University. Its coordinator, Mele Vaka, said roads crossed the boundary.")
        #expect(project.contains { $0.source == "mele_vaka" && $0.predicate == .leads && $0.target == "coral_sea_watch" }, "\(project)")
        // Negatives: a sentence between that opens with no body ("The images …"), and two bodies named side by side.
        let images = Self.drawn("Korvex Mining urged the Tarvo Council to act. The images showed damage. Its chairman, Tomas Brel, said so.")
        #expect(!images.contains { $0.source == "tomas_brel" }, "\(images)")
        // A state's organ described in between is its own: "The ministry said …. Its spokeswoman" is not the company's.
        let ministry = Self.drawn(
            "Korvex Mining polluted the Rimac river, officials said. The ministry said it would fine the company. Its spokeswoman, Ana Ruiz, said so.")
        #expect(!ministry.contains { $0.source == "ana_ruiz" && $0.target == "korvex_mining" }, "\(ministry)")
        let pair = Self.drawn("The images were gathered by the Coral Sea Watch and the Tarvo University. Its coordinator, Mele Vaka, said so.")
        #expect(!pair.contains { $0.source == "mele_vaka" && $0.target == "coral_sea_watch" }, "\(pair)")
    }

    @Test("'Its managing director, X' after 'The operator, Korvex Bulk, rejected …': the name in apposition to the subject's description; 'president general' leads")
    func itsOfficeAfterAnApposedSubject() {
        let operator_ = Self.drawn(
            "The Tarvo Coast Guard blamed the carrier. The coast guard's director, Ana Ruiz, said so. The operator, Korvex Bulk Pte Ltd, rejected that account. Its managing director, Henrik Baln, said the crew had turned back.")
        #expect(operator_.contains { $0.source == "henrik_baln" && $0.predicate == .leads && $0.target == "korvex_bulk_pte_ltd" }, "\(operator_)")
        let union = Self.drawn("The Oilfields Workers' Union said it had warned Korvex Nitrogen. Its president general, Clyde Baptis, accused the management.")
        #expect(union.contains { $0.source == "clyde_baptis" && $0.predicate == .leads && $0.target == "oilfields_workers_union" }, "\(union)")
        // Negative: a list after the description is no apposition ("The operators, A and B, …"): neither body is taken.
        let list = Self.drawn(
            "The Tarvo Coast Guard blamed the carriers. The operators, Korvex Bulk and Velmar Shipping, rejected that account. Its managing director, Henrik Baln, said so.")
        #expect(!list.contains { $0.source == "henrik_baln" && $0.target == "korvex_bulk" }, "\(list)")
    }

    @Test("a naval or police rank between an office and its holder ('director general, Commodore X'); 'managing partner' leads")
    func rankBeforeTheHolder() {
        let drawn = Self.drawn(
            "Korvala's Department of Shipping detained a carrier. The department's director general, Commodore Ivo Sarn, said the officers had failed. Tembusu Partners agreed to buy the towers. Tembusu's managing partner, Grace Ong, said it would appeal.")
        #expect(drawn.contains { $0.source == "ivo_sarn" && $0.predicate == .leads && $0.target == "department_of_shipping" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "grace_ong" && $0.predicate == .leads && $0.target == "tembusu_partners" }, "\(drawn)")
        // Negative: a rank alone names no office in a body ("Commodore Ivo Sarn said the Korvala Navy …" leads nothing).
        let rank = Self.drawn("Commodore Ivo Sarn said the Korvala Navy had searched the area.")
        #expect(!rank.contains { $0.source == "ivo_sarn" && $0.predicate == .leads }, "\(rank)")
    }

    @Test("the services' name patterns all open with a word of the prefilter (TitleRules.serviceFirstWords)")
    func serviceWordsAgree() {
        for (noun, patterns) in TitleRules.serviceNameWords {
            #expect(TitleRules.serviceNouns.contains(noun))
            for pattern in patterns { #expect(TitleRules.serviceFirstWords.contains(pattern[0]), "\(pattern)") }
        }
    }

    @Test("an apposed holder after 'the' and a profession: 'Its head, the lawyer X' leads")
    func holderAfterProfession() {
        let lawyer = Self.drawn("The Tarvo Renters' Union sued the city. Its head, the lawyer Mira Kostel, said rents had doubled.")
        #expect(lawyer.contains { $0.source == "mira_kostel" && $0.predicate == .leads && $0.target == "tarvo_renters_union" }, "\(lawyer)")
        // A name after "the" and a lower-case word that is no apposition of the office: nothing for the person.
        let other = Self.drawn("The Tarvo Renters' Union sued the city. Its head, the city and Mira Kostel disagreed.")
        #expect(!other.contains { $0.source == "mira_kostel" }, "\(other)")
    }

    @Test("'Korvex's head of compliance, X' holds an office in Korvex; 'the head of the Kessa Front, X' leads it")
    func headOfUnitOrBody() {
        let unit = Self.drawn("Brenna Foods recalled the jars. Brenna's head of quality, Piet Varnholt, resigned on Friday.")
        #expect(unit.contains { $0.source == "piet_varnholt" && $0.predicate == .roleIn && $0.target == "brenna_foods" }, "\(unit)")
        #expect(!unit.contains { $0.source == "piet_varnholt" && $0.predicate == .leads }, "\(unit)")
        let body = Self.drawn("The Kessa Front attacked the town. The head of the Kessa Front, Tomas Brel, said it was over.")
        #expect(body.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "kessa_front" }, "\(body)")
        let state = Self.drawn("Velmar's head of state, Anna Lisk, said it was over.")
        #expect(state.contains { $0.source == "anna_lisk" && $0.predicate == .leads }, "\(state)")
        // Only a place noun is read over after the body: "the head of Velmar police, X" leads no "Velmar".
        let police = Self.drawn("The Kessa Front attacked Velmar. The head of Velmar police, Anna Lisk, said it was over.")
        #expect(!police.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "velmar" }, "\(police)")
        let liaison = Self.drawn("The Kessa Front attacked the town. Korvex's head of Kessa Front liaison, Omar Rahel, resigned.")
        #expect(!liaison.contains { $0.source == "omar_rahel" && $0.predicate == .leads && $0.target == "kessa_front" }, "\(liaison)")
    }

    @Test("police ranks are titles, not part of a body's name: 'Superintendent Brannoc Teluvi', 'Constable Lena Varga'")
    func policeRanks() {
        let drawn = Self.drawn("Superintendent Carla Velk of the Tarvel Superintendency said the fine stands.")
        #expect(drawn.contains { $0.source == "carla_velk" && $0.predicate == .roleIn && $0.target == "tarvel_superintendency" }, "\(drawn)")
        let extractor = Extractor()
        for text in ["Nobody was charged, Superintendent Brannoc Teluvi told reporters.", "Constable Lena Varga was hurt in the clash."] {
            let graph = extractor.extract(Document(id: "t", text: text))
            let people = graph.entities.values.filter { $0.kind == .person }.map(\.name)
            #expect(people == ["Brannoc Teluvi"] || people == ["Lena Varga"], "\(people)")
            #expect(!graph.entities.values.contains { $0.kind == .organization }, "\(graph.entities.values.map(\.name))")
        }
    }

    @Test("'X secretary general' leads X; 'X representative' holds an office in X")
    func secretaryGeneralAndRepresentative() {
        let drawn = Self.drawn("Hanna Berg met KTU secretary general Peter Okafor and UNHCR representative Jens Holm.")
        #expect(drawn.contains { $0.source == "peter_okafor" && $0.predicate == .leads && $0.target == "ktu" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "jens_holm" && $0.predicate == .roleIn && $0.target == "unhcr" }, "\(drawn)")
    }

    @Test("a rank between an office's organization and the name: 'Chairman of the Velmar Board Gen. Lena Varga' leads it")
    func officeBeforeRank() {
        let drawn = Self.drawn("\"We are ready,\" said Chairman of the Velmar Defense Board Gen. Lena Varga on Monday.")
        #expect(drawn.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "velmar_defense_board" }, "\(drawn)")
        #expect(!drawn.contains { $0.predicate == .roleIn }, "\(drawn)")
        // A rank alone after an organization keeps its role.
        let rank = Self.drawn("Velmar Defense Board Gen. Lena Varga spoke on Monday.")
        #expect(rank.contains { $0.source == "lena_varga" && $0.predicate == .roleIn && $0.target == "velmar_defense_board" }, "\(rank)")
    }

    @Test("a name ending the line before names no office of a title opening the next sentence (a byline)")
    func bylineBeforeTitle() {
        let drawn = Self.drawn("Voice of America\n\nSecretary Lena Varga met Tomas Brel in Lima.")
        #expect(!drawn.contains { $0.source == "lena_varga" && $0.target == "voice_of_america" }, "\(drawn)")
        let same = Self.drawn("Korvex Logistics President Lena Varga met Tomas Brel in Lima.")
        #expect(same.contains { $0.source == "lena_varga" && $0.target == "korvex_logistics" }, "\(same)")
    }

    @Test("'Chief Cabinet Secretary Tomas Brel' holds an office of the country the text is about, and names no body 'Chief Cabinet'")
    func cabinetSecretary() {
        let g = Extractor().extract(
            Document(id: "t", text: "Peru will hold elections in May. Chief Cabinet Secretary Tomas Brel said on Monday that Peru would invite observers."))
        #expect(g.relations[Relation(source: "tomas_brel", predicate: .roleIn, target: "peru").key] != nil, "\(g.relations.values.map(\.key))")
        #expect(!g.entities.values.contains { $0.name.hasPrefix("Chief Cabinet") }, "\(g.entities.values.map(\.name))")
    }

    @Test("'Army spokesman Colonel X' serves the country the text is about, not the lexicon's US Army; the rank adds no office")
    func serviceSpokesman() {
        func keys(_ text: String) -> [String] {
            Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" }
        }
        let army = keys(
            "Moldovan troops clashed with rebels near the border, and Moldova sent more units. Army spokesman Colonel Tomas Rieger said 12 soldiers were killed.")
        #expect(army.contains("tomas_rieger role_in moldova"), "\(army)")
        #expect(!army.contains { $0.hasPrefix("tomas_rieger") && $0.contains("army") }, "\(army)")
        let lower = keys("Moldova sent troops to the border on Monday. The rebels withdrew, army spokesman Ivo Brandt said.")
        #expect(lower.contains("ivo_brandt role_in moldova"), "\(lower)")
        // A service the text has named keeps its spokesman ("The Velmar Army …, army spokesman X").
        let named = keys("The Moldovan Army sent 2,000 soldiers to the border, army spokesman Ivo Brandt told reporters.")
        #expect(!named.contains("ivo_brandt role_in moldova"), "\(named)")
        // A former member of a service holds no office through it.
        let former = keys("Moldova's parliament honoured former Army Ranger Ivo Brandt on Monday.")
        #expect(!former.contains("ivo_brandt role_in moldova"), "\(former)")
    }

    @Test("'the Sri Lanka Navy' style: a country's two-word name, then a known body's one-word short name, is that country's organ, and 'Navy' alone later is it")
    func countryOrganShortName() {
        let g = Extractor().extract(
            Document(
                id: "t",
                text: "The Costa Rica Navy seized two boats on Sunday. Navy spokesman Captain Ana Mora said the crews were detained."))
        let keys = g.relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" }
        #expect(keys.contains("costa_rica_navy member_of costa_rica"), "\(keys)")
        #expect(keys.contains("ana_mora role_in costa_rica_navy"), "\(keys)")
        #expect(!g.entities.values.contains { $0.name == "US Navy" }, "\(g.entities.values.map(\.name))")
    }

    @Test("coordinated titles share their holder: 'President and Chief Operating Officer Lena Varga'")
    func coordinated() {
        let drawn = Self.drawn("Korvex Logistics President and Chief Operating Officer Lena Varga said on Monday that sales fell.")
        #expect(drawn.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_logistics" }, "\(drawn)")
    }
    @Test("the organization after the holder: 'Assistant Attorney General Lena Ortiz of the Justice Department's Antitrust Division'")
    func organizationAfterHolder() {
        let drawn = Self.drawn("\"The deal stands,\" said Deputy Director Lena Ortiz of the Velmar Energy Agency's Audit Office.")
        #expect(drawn.contains { $0.source == "lena_ortiz" && $0.target == "audit_office" }, "\(drawn)")
        let plain = Self.drawn("Spokesman Tomas Brel of the Korvex Group said sales fell.")
        #expect(drawn.count >= 1 && plain.contains { $0.source == "tomas_brel" && $0.target == "korvex_group" }, "\(plain)")
        // One or two words describing the body after its article; none when no body follows them.
        let described = Self.drawn("Senator Tomas Brel of the opposition Korvex Unity Party said sales fell.")
        #expect(described.contains { $0.source == "tomas_brel" && $0.target == "korvex_unity_party" }, "\(described)")
        let unnamed = Self.drawn("Spokesman Tomas Brel of the state oil company said sales fell.")
        #expect(unnamed.isEmpty, "\(unnamed)")
    }

    @Test("a title after a comma that a verb follows is the next clause's subject: 'In his meeting with X, the Secretary discussed'")
    func titleOpeningClause() {
        // With a main country, a title without its own organization is that country's office:
        // the holder must not be Tomas Brel, whose name ends the clause before the comma.
        let drawn = Self.drawn(
            "Norway raised its tariffs. In his meeting with Tomas Brel, the Secretary discussed trade with Korvex Group.",
            mainCountry: "norway")
        #expect(!drawn.contains { $0.source == "tomas_brel" }, "\(drawn)")
        // An apposition still names its holder: "X, the spokesman of Y, said".
        let apposed = Self.drawn("Tomas Brel, the spokesman of Korvex Group, said sales fell.")
        #expect(apposed.contains { $0.source == "tomas_brel" && $0.target == "korvex_group" }, "\(apposed)")
    }

    @Test("a former office over a demonym or a body's name and its lower-case words gives nothing: 'former Chilean foreign minister X'")
    func formerOverDemonym() {
        let prefix = Self.drawn("The bloc sent a mission headed by former Chilean President Lena Varga.")
        #expect(!prefix.contains { $0.source == "lena_varga" }, "\(prefix)")
        let lowered = Self.drawn("The head of the mission, former Peruvian foreign minister Lena Varga, said the vote was fair.")
        #expect(!lowered.contains { $0.source == "lena_varga" }, "\(lowered)")
        let apposed = Self.drawn("The forum appointed Lena Varga, a former Chilean deputy prime minister, as its envoy.")
        #expect(!apposed.contains { $0.source == "lena_varga" && $0.target == "chile" }, "\(apposed)")
        let ofState = Self.drawn("A court sentenced Lena Varga, a former interior minister of Chile, to 20 years.")
        #expect(!ofState.contains { $0.source == "lena_varga" && $0.target == "chile" }, "\(ofState)")
        let body = Self.drawn("The inquiry was led by former Korvex Mining chief executive Lena Varga.")
        #expect(!body.contains { $0.source == "lena_varga" && $0.target == "korvex_mining" }, "\(body)")
        let sittingBody = Self.drawn("The inquiry was led by Korvex Mining chief executive Lena Varga.")
        #expect(sittingBody.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_mining" }, "\(sittingBody)")
        // A job held before, not an office, still ties its holder to the employer.
        let job = Self.drawn("Lena Varga, a former economist at the Korvex Bank, joined the cabinet.")
        #expect(job.contains { $0.source == "lena_varga" && $0.predicate == .roleIn && $0.target == "korvex_bank" }, "\(job)")
        let bodyJob = Self.drawn("Lena Varga, a former Korvex Bank analyst, joined the cabinet.")
        #expect(bodyJob.contains { $0.source == "lena_varga" && $0.predicate == .roleIn && $0.target == "korvex_bank" }, "\(bodyJob)")
        // A sitting office with a demonym still holds; "former" elsewhere in the sentence changes nothing.
        let sitting = Self.drawn("The bloc sent a mission headed by Chilean President Lena Varga.")
        #expect(sitting.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "chile" }, "\(sitting)")
        let elsewhere = Self.drawn("The former colony's mission was headed by Chilean foreign minister Lena Varga.")
        #expect(elsewhere.contains { $0.source == "lena_varga" && $0.target == "chile" }, "\(elsewhere)")
    }

    @Test("'its' office after a quotation that opens the sentence, and after 'and' right after a body")
    func itsAfterQuotationAndCoordination() {
        // Not the state named inside the quotation: the body that opened the sentence before.
        let quoted = Self.drawn(
            "Tarvona Bank, which is based in Lindor, said the deal would help it. \"Chile is the door to a big market,\" its chairman, Osric Dallow, told reporters.")
        #expect(quoted.contains { $0.source == "osric_dallow" && $0.predicate == .leads && $0.target == "tarvona_bank" }, "\(quoted)")
        #expect(!quoted.contains { $0.source == "osric_dallow" && $0.target == "chile" }, "\(quoted)")
        // A quotation that names no one changes nothing; nor does one that does not open the sentence.
        let plain = Self.drawn("Tarvona Bank said the deal would help it. \"It is a big market,\" its chairman, Osric Dallow, told reporters.")
        #expect(plain.contains { $0.source == "osric_dallow" && $0.target == "tarvona_bank" }, "\(plain)")
        // "…, secretary general of the union Kordan, and its finance secretary, Y": the body named right before "and",
        // not the body that opens the sentence.
        let coordinated = Self.drawn(
            "The Velmar Police said Ivo Stark, secretary general of the builders' union Kordan, and its finance secretary, Rado Pell, were detained.")
        #expect(coordinated.contains { $0.source == "rado_pell" && $0.target == "kordan" }, "\(coordinated)")
        #expect(!coordinated.contains { $0.source == "rado_pell" && $0.target == "velmar_police" }, "\(coordinated)")
        // Not over a person or a place right before "and": the sentence's body as before.
        let person = Self.drawn("The Velmar Police said Ivo Stark and its spokesman, Rado Pell, had met the mayor.")
        #expect(person.contains { $0.source == "rado_pell" && $0.target == "velmar_police" }, "\(person)")
    }

    @Test("an office named without a country: none for a former office, nor for the country the holder visits")
    func impliedCountryExceptions() {
        let plain = Self.drawn("Prime Minister Lena Varga spoke in Lima on Monday.", mainCountry: nil)
        #expect(plain.isEmpty, "\(plain)")
        let home = Self.drawn("Peru's economy grew. Prime Minister Lena Varga spoke on Monday.", mainCountry: "peru")
        #expect(home.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "peru" }, "\(home)")
        let visit = Self.drawn("Peru's economy grew. Prime Minister Lena Varga is expected to visit Peru next year.", mainCountry: "peru")
        #expect(!visit.contains { $0.target == "peru" }, "\(visit)")
        let former = Self.drawn("Peru's economy grew. Varga, a former labour minister, will form a government.", mainCountry: "peru")
        #expect(!former.contains { $0.target == "peru" }, "\(former)")
        // A government named by its head is not the state the sentence names before it: the text's country, unless
        // that is the one named.
        let other = Self.drawn(
            "Peru's police closed the clinics. Chile's foreign office accused the government of Prime Minister Lena Varga of pressure.",
            mainCountry: "peru")
        #expect(other.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "peru" }, "\(other)")
        #expect(!other.contains { $0.source == "lena_varga" && $0.target == "chile" }, "\(other)")
        let own = Self.drawn(
            "Chile's police closed the clinics. Chile's foreign office accused the government of Prime Minister Lena Varga of pressure.",
            mainCountry: "chile")
        #expect(!own.contains { $0.source == "lena_varga" && $0.target == "chile" }, "\(own)")
        let object = Self.drawn(
            "Norway imposed sanctions on Chilean miner Korvex, accusing it of financing the government of President Lena Varga.",
            mainCountry: "chile")
        #expect(object.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "chile" }, "\(object)")
        // Without "the government of", the country the sentence names first, as before.
        let named = Self.drawn("Peru's police closed the clinics. Chile's economy grew, Prime Minister Lena Varga said.", mainCountry: "peru")
        #expect(named.contains { $0.source == "lena_varga" && $0.target == "chile" }, "\(named)")
    }

    @Test("a director general, a vice-chancellor and an honorific before the name: 'Its director general, X', 'the university's vice-chancellor, Professor X'")
    func directorGeneralAndVicechancellor() {
        let agency = Self.drawn("The Velmar Statistics Agency published the figures. Its director general, Lena Varga, said growth had slowed.")
        #expect(agency.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "velmar_statistics_agency" }, "\(agency)")
        // With no organization named with it, "Director General" is the head of the agency or office named last.
        let unnamed = Self.drawn("The Korvex Energy Agency met in Lima. It asked Director General Tomas Brel to report by June.")
        #expect(unnamed.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "korvex_energy_agency" }, "\(unnamed)")
        let university = Self.drawn(
            "Students marched at Arica University on Monday. The university's vice-chancellor, Professor Anna Lisk, closed the campus.")
        #expect(university.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "arica_university" }, "\(university)")
        #expect(!university.contains { $0.source.hasPrefix("professor") }, "\(university)")
    }

    @Test("'Its director, X' after a sentence opened by a possessed name ('The AU's X urged …') is X's office, not the possessor's")
    func itsAfterPossessedOpening() {
        let drawn = Self.drawn(
            "The African Union's Velmar Health Agency (VHA) urged governments to prepare. Its director, Anna Lisk, said supplies would come in May.")
        #expect(drawn.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "velmar_health_agency" }, "\(drawn)")
        #expect(!drawn.contains { $0.source == "anna_lisk" && $0.target == "african_union" }, "\(drawn)")
        // A country's organ opening the sentence does not take "its" from the company named after it.
        let company = Self.drawn(
            "Chile's Water Directorate said the waste had been traced to Korvex Chemicals. Its managing director, Lena Varga, was charged.")
        #expect(company.contains { $0.source == "lena_varga" && $0.target == "korvex_chemicals" }, "\(company)")
        #expect(!company.contains { $0.source == "lena_varga" && $0.target == "water_directorate" }, "\(company)")
    }

    @Test("'Its leader, X' after a relative clause is the clause's antecedent's; ', and its president, X' after 'The Lima-based X …' is X's")
    func itsAfterRelativeAndBasedOpening() {
        let relative = Self.drawn(
            "Nazar Velo is a founding member of the opposition Tarvo Movement, which Chile's Supreme Court banned in 2021. Its leader, Anna Lisk, lives in Germany.")
        #expect(relative.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "tarvo_movement" }, "\(relative)")
        #expect(!relative.contains { $0.source == "anna_lisk" && $0.target == "supreme_court" }, "\(relative)")
        let based = Self.drawn(
            "The Korvex company sold the tickets. The Lima-based Velmar Football Confederation (VFC) barred the Orbis Arena from hosting matches, and its president, Lena Varga, offered to send experts.")
        #expect(based.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "velmar_football_confederation" }, "\(based)")
        #expect(!based.contains { $0.source == "lena_varga" && $0.target == "korvex" }, "\(based)")
    }

    @Test("'Its chief executive, X' and 'the group's president, X': the subject of this or the sentence before, else the body named last there; never a subject further back")
    func itsWithinTwoSentences() {
        // The last body named in the sentence before, not the subject of the sentence before that.
        let last = Self.drawn(
            "Velmar Space Agency Director Tomas Brel signed the contract in Lima. The satellites are built by Korvex Orbital Systems, a young start-up. Its chief executive, Lena Varga, said the firm had hired 60 engineers.")
        #expect(last.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_orbital_systems" }, "\(last)")
        #expect(!last.contains { $0.source == "lena_varga" && $0.target == "velmar_space_agency" }, "\(last)")
        // Two sentences back only when the sentence between goes on with "its": "Its shares rose."
        let chained = Self.drawn(
            "Korvex Holdings, which is listed in Lima, said it would cut debt. Its shares rose 11 percent. Its chief executive, Lena Varga, said the firm would stay.")
        #expect(chained.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_holdings" }, "\(chained)")
        let unchained = Self.drawn(
            "The Velmar Trade Council fined Korvex Holdings on Monday. Prices rose 11 percent. Its chief executive, Lena Varga, said the ruling was wrong.")
        #expect(!unchained.contains { $0.source == "lena_varga" && $0.target == "velmar_trade_council" }, "\(unchained)")
        // A subject after its description ("The Chilean dockers' union Velko urged"), not a company named after it.
        let described = Self.drawn(
            "The Chilean dockers' union Velko urged Korvex Shipping to keep jobs at Tarvo Freight's two plants. Its chairman, Tomas Brel, said the union would strike.")
        #expect(described.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "velko" }, "\(described)")
        // "the group's president" with no body named by that noun: as "its".
        let group = Self.drawn(
            "Police arrested 11 members of the Velmar Teachers Union on Monday, the group's president, Anna Lisk, said.")
        #expect(group.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "velmar_teachers_union" }, "\(group)")
    }

    @Test("'Its ambassador, X' after a sentence a state opens: the state's; not after a state's possessive before its body")
    func itsOfState() {
        let state = Self.drawn("Morocco welcomed the resolution on Friday. Its ambassador, Youssef Lisk, said it was fair.")
        #expect(state.contains { $0.source == "youssef_lisk" && $0.predicate == .roleIn && $0.target == "morocco" }, "\(state)")
        let body = Self.drawn(
            "Chile's Korvex Water Board said the waste had been traced to Tarvo Chemicals. Its managing director, Ana Lisk, was charged.")
        #expect(body.contains { $0.source == "ana_lisk" && $0.predicate == .leads && $0.target == "tarvo_chemicals" }, "\(body)")
        #expect(!body.contains { $0.source == "ana_lisk" && $0.target == "chile" }, "\(body)")
        // A state's body that opens the sentence with a deed, not a report: its office, not a body named after it.
        let organ = Self.drawn(
            "Norway's Defence Ministry blamed the Orsk Tide Brigade for the raid on Tuesday. Its spokesman, Aurek Penndal, gave no details.")
        #expect(organ.contains { $0.source == "aurek_penndal" && $0.predicate == .roleIn && $0.target == "norwegian_defence_ministry" }, "\(organ)")
        #expect(!organ.contains { $0.source == "aurek_penndal" && $0.target == "orsk_tide_brigade" }, "\(organ)")
    }

    @Test("a holder after the office's comma over an honorific ('…, Dr. X,') and closed after 'of' a country ('…, X of Peru,')")
    func holderOverHonorificAndCountry() {
        let doctor = Self.drawn(
            "The Orsk Trade Forum held its yearly summit in Lima. The Orsk Trade Forum's president, Dr. Maelis Quarrent, opened it with a warning.")
        #expect(doctor.contains { $0.source == "maelis_quarrent" && $0.predicate == .leads && $0.target == "orsk_trade_forum" }, "\(doctor)")
        let country = Self.drawn("The Korvex Task Force listed Chile. The Korvex Task Force's president, Ana Lisk of Peru, said Chile had made progress.")
        #expect(country.contains { $0.source == "ana_lisk" && $0.predicate == .leads && $0.target == "korvex_task_force" }, "\(country)")
        // A name that goes on after the place is no closed apposition: no holder from it.
        let open = Self.drawn("The Korvex Task Force listed Chile. The Korvex Task Force's president, Ana Lisk of Peru Tarvo Group, said so.")
        #expect(!open.contains { $0.source == "ana_lisk" && $0.predicate == .leads }, "\(open)")
    }

    @Test("offices written in lower case: 'Chile's national security adviser, X', 'Its chief investigator, X', 'Its campaigner X'")
    func lowerCaseOffices() {
        let drawn = Self.drawn(
            """
            Chile's national security adviser, Akosua Lisk, said the talks failed. The Korvex Bureau said it had questioned the crew. \
            Its chief investigator, Tuomas Lisk, said more arrests were likely.
            """)
        #expect(drawn.contains { $0.source == "akosua_lisk" && $0.predicate == .roleIn && $0.target == "chile" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "tuomas_lisk" && $0.predicate == .roleIn && $0.target == "korvex_bureau" }, "\(drawn)")
        #expect(!drawn.contains { $0.predicate == .leads }, "\(drawn)")
    }

    @Test("a general manager and an executive president lead; an executive vice president does not")
    func generalManagerLeads() {
        let drawn = Self.drawn(
            "Faisal Lisk, the general manager of Korvex Metals, resigned. Its executive president, Mariela Lisk, stayed. Anna Brel, executive vice president of Korvex Metals, left.")
        #expect(drawn.contains { $0.source == "faisal_lisk" && $0.predicate == .leads && $0.target == "korvex_metals" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "mariela_lisk" && $0.predicate == .leads && $0.target == "korvex_metals" }, "\(drawn)")
        #expect(!drawn.contains { $0.source == "anna_brel" && $0.predicate == .leads }, "\(drawn)")
    }

    @Test("an office opening a sentence with no organization named: the organization that opened the sentence before")
    func officeOfPreviousSubject() {
        let drawn = Self.drawn("Korvex Shipping denied the allegations. Chief executive Lena Varga said the company had done nothing wrong.")
        #expect(
            drawn.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_shipping" && $0.rule == "title-previous-subject" },
            "\(drawn)")
        // Not a country that opened it, nor an organization named later in that sentence.
        let country = Self.drawn("Chile denied the allegations made by Korvex Shipping. Chief executive Lena Varga said the talks would go on.")
        #expect(!country.contains { $0.source == "lena_varga" }, "\(country)")
        // Over a relative clause after the name, and after a place's compound that opens the sentence.
        let relative = Self.drawn(
            "Korvex Energi, which is 70 percent owned by Velmar Kraft, said it respected the ruling. Chief executive Ingrid Lisk said it would appeal.")
        #expect(relative.contains { $0.source == "ingrid_lisk" && $0.predicate == .leads && $0.target == "korvex_energi" }, "\(relative)")
        let based = Self.drawn(
            "Lima-based Korvex Networks, which operates 340 satellites, said it had moved 11 of them. Chief executive Henrik Lisk urged calm.")
        #expect(based.contains { $0.source == "henrik_lisk" && $0.predicate == .leads && $0.target == "korvex_networks" }, "\(based)")
        // A relative clause that never closes before the verb is no subject's.
        let open = Self.drawn("Korvex Energi, which Velmar Kraft owns and which Tarvo Holdings sued. Chief executive Ingrid Lisk said it would appeal.")
        #expect(!open.contains { $0.source == "ingrid_lisk" && $0.target == "korvex_energi" }, "\(open)")
    }

    @Test("an office after a quotation or a unit's word opening the sentence: the organization that opened the sentence before")
    func officeOfPreviousSubjectAfterQuote() {
        let quote = Self.drawn(
            "Korvex Mining, which is controlled by Delmo Group, said it would appeal. \"This ruling ignores the law,\" chief executive Lena Varga said.")
        #expect(
            quote.contains { $0.source == "lena_varga" && $0.predicate == .leads && $0.target == "korvex_mining" && $0.rule == "title-previous-subject" },
            "\(quote)")
        // An apposition between the subject and its verb, and a unit's word before the office: an office in the body.
        let unit = Self.drawn("Velmar Air, a unit of Tarvo Holdings, said it disputed the bill. Commercial director Firuz Balden said it had offered a schedule.")
        #expect(unit.contains { $0.source == "firuz_balden" && $0.predicate == .roleIn && $0.target == "velmar_air" }, "\(unit)")
        #expect(!unit.contains { $0.source == "firuz_balden" && $0.predicate == .leads }, "\(unit)")
        // "The company, which …, said": the company named before.
        let company = Self.drawn(
            """
            Korvo Mining halved its exports on Monday. The company, which runs the Tarsel dam, said the utility had not paid. \
            "We have carried this debt for too long," chief executive Tomas Brel said.
            """)
        #expect(company.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "korvo_mining" }, "\(company)")
        // Not after a country's sentence, nor a former office, nor a quotation that does not open the sentence.
        let country = Self.drawn("Chile fined Korvex Mining on Monday. \"This is unfair,\" chief executive Lena Varga said.")
        #expect(!country.contains { $0.source == "lena_varga" }, "\(country)")
        let former = Self.drawn("Korvex Mining said it would appeal. Former director Lena Varga said the fine was fair.")
        #expect(!former.contains { $0.source == "lena_varga" }, "\(former)")
        let inner = Self.drawn("Korvex Mining said it would appeal. He called it \"unfair,\" chief executive Lena Varga said.")
        #expect(!inner.contains { $0.source == "lena_varga" }, "\(inner)")
        // A body's noun before the office names a body of its own; a state's office is no company's.
        let noun = Self.drawn("Korvex Mining said it would appeal. Coalition spokesman Tarik Balden said the attack failed.")
        #expect(!noun.contains { $0.source == "tarik_balden" && $0.target == "korvex_mining" }, "\(noun)")
        let governor = Self.drawn(
            "Korvo Mining halved its exports. The company, which runs the Tarsel dam, said it had not paid. Governor Ana Brel said it must pay.")
        #expect(!governor.contains { $0.source == "ana_brel" && $0.target == "korvo_mining" }, "\(governor)")
    }

    @Test("'Environment Secretary X', 'Vice President X': a minister's and a vice president's office of the text's country")
    func portfolioSecretary() {
        let drawn = Self.drawn(
            """
            Kalmar ordered the closure of 40 farms. Environment Secretary Ramon Delmo said the farms had polluted the bay. \
            Migrant Workers Secretary Tarik Balden said the ban would stay. Vice President Ana Lisk said the government would act.
            """, mainCountry: "kalmar")
        #expect(drawn.contains { $0.source == "ramon_delmo" && $0.predicate == .roleIn && $0.target == "kalmar" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "tarik_balden" && $0.predicate == .roleIn && $0.target == "kalmar" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "ana_lisk" && $0.predicate == .roleIn && $0.target == "kalmar" }, "\(drawn)")
        // Not a party's, a body's or the press's secretary, nor a lone "Secretary".
        let other = Self.drawn(
            """
            Kalmar ordered the closure of 40 farms. General Secretary Ramon Delmo said the union would strike. \
            Party Secretary Tarik Balden said it was wrong. Press Secretary Ana Lisk declined to comment. Secretary Mira Tors left.
            """, mainCountry: "kalmar")
        #expect(!other.contains { $0.target == "kalmar" }, "\(other)")
    }

    @Test("'Its executive vice chairman, X' leads; a hyphenated qualifier and a rank in quotation marks before the holder")
    func executiveChairmanAndQuotedRank() {
        let drawn = Self.drawn(
            """
            The Velmar Communications Commission (VCC) fined Korvex Mobile. The VCC rejected the accusation. \
            Its executive vice chairman, Tarik Balden, said the rule had been relaxed. \
            The Korvo Defence Forces denied breaking the truce. Its self-styled commander, "General" Tomas Brel, said his men had defended themselves.
            """)
        #expect(drawn.contains { $0.source == "tarik_balden" && $0.predicate == .leads && $0.target == "velmar_communications_commission" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "tomas_brel" && $0.predicate == .leads && $0.target == "korvo_defence_forces" }, "\(drawn)")
        // A vice chairman alone holds an office in the body, and a quotation that is no rank names no holder.
        let vice = Self.drawn(
            """
            The VCC rejected the accusation. Its vice chairman, Tarik Balden, said the rule had been relaxed. \
            The Korvo Defence Forces denied it. Its commander, "a coward" Tomas Brel, said nothing.
            """)
        #expect(vice.contains { $0.source == "tarik_balden" && $0.predicate == .roleIn }, "\(vice)")
        #expect(!vice.contains { $0.source == "tarik_balden" && $0.predicate == .leads }, "\(vice)")
        #expect(!vice.contains { $0.source == "tomas_brel" }, "\(vice)")
    }

    @Test("'Its director, X' after '…, the department said.': the speaker's body, not the last body of the report")
    func officeOfClosingSpeaker() {
        func keys(_ text: String) -> Set<String> {
            Set(Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        }
        let said = keys(
            """
            Chile's Customs Department said it had seized 38 tonnes of pesticides. The drums were addressed to Korvex Farm \
            Supplies, the department said. Its director, Lena Varga, said the labels were copied.
            """)
        #expect(said.contains("lena_varga leads chilean_customs_department"), "\(said)")
        #expect(!said.contains("lena_varga leads korvex_farm_supplies"), "\(said)")
        // With no speaker closing the sentence before, the body named last there.
        let plain = keys(
            """
            Chile's Customs Department said it had seized 38 tonnes of pesticides. The drums were addressed to Korvex Farm \
            Supplies. Its director, Lena Varga, said the labels were copied.
            """)
        #expect(plain.contains("lena_varga leads korvex_farm_supplies"), "\(plain)")
    }

    @Test("'Deputy Health Minister X' after a company's sentence: the state's office, not the company's")
    func deputyOfStateOffice() {
        let drawn = Self.drawn(
            "Turkey's Health Ministry shut the clinic. Korvex Travel, which sold the trips, said it would cooperate. Deputy Health Minister Lena Varga said brokers were to blame.",
            mainCountry: "turkey")
        #expect(!drawn.contains { $0.source == "lena_varga" && $0.target == "korvex_travel" }, "\(drawn)")
        #expect(drawn.contains { $0.source == "lena_varga" && $0.predicate == .roleIn && $0.target == "turkey" }, "\(drawn)")
        // The ministry is labelled with the state's adjective, not its other name ("Türkiye"), and holds the deputy too.
        let graph = Extractor().extract(
            Document(id: "t", text: "Turkey's Health Ministry shut the clinic. Deputy Health Minister Lena Varga said brokers were to blame."))
        let keys = Set(graph.relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        #expect(keys.contains("lena_varga role_in turkish_health_ministry"), "\(keys)")
        // After a state's organ that opened the sentence before, the office is still that organ's.
        let organ = Self.drawn("The Kelmar Police said officers had been sent to the towns. Deputy Commissioner Anna Brel said lives were at risk.")
        #expect(organ.contains { $0.source == "anna_brel" && $0.target == "kelmar_police" }, "\(organ)")
    }

    @Test("a dateline naming a venue: an office named without a country is of the country the lede names, not the venue's")
    func venueDateline() {
        func keys(_ text: String) -> Set<String> {
            Set(Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        }
        // The lede names Peru, not Switzerland (named only in the dateline), and the text names Peru more.
        let venue = keys(
            "GENEVA, Switzerland — An arbitration panel ruled on Tuesday that Peru had broken a mining contract. "
                + "Peru said it would appeal. Interior Minister Tomas Brel said the ruling ignored Peruvian law.")
        #expect(venue.contains("tomas_brel role_in peru"), "\(venue)")
        #expect(!venue.contains("tomas_brel role_in switzerland"), "\(venue)")
        // A lede that names the dateline's country keeps it, though the text names another one more.
        let home = keys(
            "LIMA, Peru — Peru accused Chile on Tuesday of breaking a mining contract. Chile denied it, and Chile's "
                + "envoy said Chile would appeal. Interior Minister Tomas Brel said the ruling ignored Chilean law.")
        #expect(home.contains("tomas_brel role_in peru"), "\(home)")
        // A lede naming another country only once, named less than the dateline's: the dateline's.
        let named = keys(
            "LIMA, Peru — A Chilean panel ruled on Tuesday on a mining contract. Peru said it would appeal, and Peru's "
                + "courts agreed. Interior Minister Tomas Brel said the ruling ignored the law.")
        #expect(named.contains("tomas_brel role_in peru"), "\(named)")
        // An office named without a country that speaks first in the lede is the dateline's, though the lede
        // names another country only (a home official accusing a neighbour).
        let accusing = keys(
            "LIMA — Foreign Minister Anna Lisk said on Tuesday that Chile had shelled a border village. Peru would "
                + "respond, she said. Chile denied it, and Chile's envoy called the claim false.")
        #expect(accusing.contains("anna_lisk role_in peru"), "\(accusing)")
        #expect(!accusing.contains("anna_lisk role_in chile"), "\(accusing)")
    }

    @Test("a party's lawmaker is a member of the party; a body's lawmaker keeps an office in it")
    func partyLawmaker() {
        func keys(_ text: String) -> Set<String> {
            Set(Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        }
        let apposed = keys(
            "The Velmar Renewal Movement filed the motion on Monday. \"The minister lied,\" said Anna Lisk, the Velmar "
                + "Renewal Movement lawmaker who led the case.")
        #expect(apposed.contains("anna_lisk member_of velmar_renewal_movement"), "\(apposed)")
        #expect(!apposed.contains("anna_lisk role_in velmar_renewal_movement"), "\(apposed)")
        let after = keys("Opposition lawmaker Tomas Brel of the Korvan Democratic Party accused the minister of lying.")
        #expect(after.contains("tomas_brel member_of korvan_democratic_party"), "\(after)")
        // Not a party: an office in the body.
        let body = keys("Korvex Council lawmaker Tomas Brel accused the minister of lying.")
        #expect(!body.contains("tomas_brel member_of korvex_council"), "\(body)")
    }

    @Test("'Government spokesman X' after 'C's government …' holds an office of C, not of the text's country; 'Junta leader X' leads the country whose military the text named")
    func governmentSpokesman() {
        func keys(_ text: String) -> Set<String> {
            Set(Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        }
        let named = keys(
            "LIMA — Peru on Monday expelled Chile's ambassador, accusing Chile of sheltering coup plotters. Peru said "
                + "Chile had ignored its warnings. Chile's government denied the accusation. Government spokesman Tomas "
                + "Brel told reporters that his country harboured no one.")
        #expect(named.contains("tomas_brel role_in chile"), "\(named)")
        #expect(!named.contains("tomas_brel role_in peru"), "\(named)")
        // No government named nearby: the text's country.
        let home = keys(
            "LIMA — Peru on Monday expelled Chile's ambassador. Government spokesman Tomas Brel said Chile had ignored warnings.")
        #expect(home.contains("tomas_brel role_in peru"), "\(home)")
        // A government named as an object is not the speaker's.
        let object = keys(
            "LIMA — Peru on Monday signed a truce with rebels. President Lena Varga thanked the Chilean government for "
                + "its mediation. Chief government negotiator Tomas Brel said the rebels would stop kidnapping.")
        #expect(!object.contains("tomas_brel role_in chile"), "\(object)")
        // A junta is the government a coup made: its leader leads the country, its spokesman holds an office in it.
        let junta = keys(
            "BAMAKO — Mali expelled a French envoy on Monday. Junta spokesman Tomas Brel said the envoy had insulted the "
                + "army. Junta leader General Lena Varga met the envoy's deputy.")
        #expect(junta.contains("tomas_brel role_in mali"), "\(junta)")
        #expect(junta.contains("lena_varga leads mali"), "\(junta)")
        // The country whose military the text named, not the text's first country.
        let military = keys(
            "CANBERRA — Australia imposed sanctions on three firms that supply Myanmar's military with jet fuel. Junta "
                + "spokesman Tomas Brel called the sanctions unjust.")
        #expect(military.contains("tomas_brel role_in myanmar"), "\(military)")
        #expect(!military.contains("tomas_brel role_in australia"), "\(military)")
        // The military named last, not an earlier one: Peru's junta, though Chile's army came first.
        let last = keys(
            "Chile's army closed the border on Monday, and Chile protested. Peru's junta called it a provocation. Junta spokesman "
                + "Tomas Brel said talks would go on.")
        #expect(last.contains("tomas_brel role_in peru"), "\(last)")
        #expect(!last.contains("tomas_brel role_in chile"), "\(last)")
    }

    @Test("a dateline with an agency's credit in brackets, 'LIMA (AP) —', names the text's country")
    func datelineWithCredit() {
        let g = Extractor().extract(
            Document(
                id: "t",
                text: "LIMA (AP) — Peru deported 20 men to Chile on Thursday. Government spokesman Tomas Brel said "
                    + "Chile had given guarantees. Chile said the men were criminals, and Chile thanked Peru."))
        let keys = Set(g.relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" })
        #expect(keys.contains("tomas_brel role_in peru"), "\(keys)")
        #expect(!keys.contains("tomas_brel role_in chile"), "\(keys)")
    }

    @Test("an office's implied country: not one in a quotation, after 'in'/'by', nor one of two coordinated; else the text's")
    func impliedCountryTies() {
        func country(_ text: String) -> String? {
            Self.drawn("Chile has copper. " + text, mainCountry: "chile").first { $0.source == "lena_varga" && $0.rule == "title-implied-country" }?.target
        }
        #expect(country("\"Our copper will go into cars made in Japan,\" Mining Minister Lena Varga said.") == "chile")
        #expect(country("The accord, the result of talks hosted by Peru, was signed by Mining Minister Lena Varga.") == "chile")
        #expect(country("Peru and Bolivia signed a pact during a visit by President Lena Varga.") == "chile")
        // A country opening the sentence is still the office's.
        #expect(country("Peru, Mining Minister Lena Varga said, would not pay.") == "peru")
    }

    @Test("'Its <office>' after a state's possessive body: not when another body is named after it in that sentence")
    func itsOfficeAfterPossessedBodyWithAnother() {
        let drawn = Self.drawn(
            "Chile's Korvex Water Board traced the waste to Tarvo Chemicals on Monday. Its managing director, Ana Lisk, was charged.")
        #expect(!drawn.contains { $0.source == "ana_lisk" && $0.target == "korvex_water_board" }, "\(drawn)")
    }

    @Test("lower-case words between a possessive and an office: a unit's office is role_in the body ('its field director'), a qualified one keeps its predicate ('its interim governor')")
    func possessiveWithModifiers() {
        let unit = Self.drawn(
            "The Quillon Relief Fund opened two clinics in March. Its field director, Marek Ostavin, said more staff were coming.")
        #expect(unit.contains { $0.source == "marek_ostavin" && $0.predicate == .roleIn && $0.target == "quillon_relief_fund" }, "\(unit)")
        #expect(!unit.contains { $0.source == "marek_ostavin" && $0.predicate == .leads }, "\(unit)")
        let named = Self.drawn(
            "Dravik Turbines lost the tender. Dravik's logistics manager, Oona Feltz, blamed the weather.")
        #expect(named.contains { $0.source == "oona_feltz" && $0.predicate == .roleIn && $0.target == "dravik_turbines" }, "\(named)")
        let qualified = Self.drawn(
            "The Quillon Relief Fund opened two clinics in March. Its interim governor, Marek Ostavin, said more staff were coming.")
        #expect(qualified.contains { $0.source == "marek_ostavin" && $0.predicate == .leads && $0.target == "quillon_relief_fund" }, "\(qualified)")
        // A place's name among the words is a field of the body, not the office's country.
        let place = Self.drawn(
            "Dravik Turbines lost the tender in Peru. Its Peru sales manager, Oona Feltz, blamed the weather.")
        #expect(place.contains { $0.source == "oona_feltz" && $0.predicate == .roleIn && $0.target == "dravik_turbines" }, "\(place)")
        #expect(!place.contains { $0.source == "oona_feltz" && $0.target == "peru" }, "\(place)")
        // An office the text does not grant ("suspected") gives nothing.
        let suspected = Self.drawn(
            "The Quillon Border Agency said it had broken up the ring. It arrested the ring's suspected leader, Marek Ostavin, on Monday.")
        #expect(!suspected.contains { $0.source == "marek_ostavin" }, "\(suspected)")
        // A word of scope ("global", "group") is no unit: the head of the whole body.
        let scope = Self.drawn("Dravik Turbines lost the tender. Dravik's global chief executive, Oona Feltz, blamed the weather.")
        #expect(scope.contains { $0.source == "oona_feltz" && $0.predicate == .leads && $0.target == "dravik_turbines" }, "\(scope)")
        // A participle, an adverb or an adjective of the holder is no unit: "its jailed leader", "its newly appointed
        // president", "its charismatic chairman" lead.
        for words in ["jailed", "newly appointed", "charismatic"] {
            let holder = Self.drawn("The Quillon Unity Party lost the vote. Its \(words) leader, Marek Ostavin, conceded on Monday.")
            #expect(holder.contains { $0.source == "marek_ostavin" && $0.predicate == .leads && $0.target == "quillon_unity_party" }, "\(words): \(holder)")
        }
        // No possessive before the words: nothing new ("a logistics manager" of no named body).
        let none = Self.drawn("A logistics manager, Oona Feltz, blamed the weather on Tuesday.")
        #expect(!none.contains { $0.source == "oona_feltz" }, "\(none)")
    }

    @Test("'Its director, X' after a state that opens the sentence and orders a body: the body's office; 'Its ambassador' stays the state's")
    func itsDirectorAfterStateSubject() {
        let director = Self.drawn("Peru expelled the Orsel Relief Foundation on Monday. Its director, Hanne Viko, called the order unlawful.")
        #expect(director.contains { $0.source == "hanne_viko" && $0.predicate == .leads && $0.target == "orsel_relief_foundation" }, "\(director)")
        #expect(!director.contains { $0.source == "hanne_viko" && $0.target == "peru" }, "\(director)")
        let ambassador = Self.drawn("Peru expelled the Orsel Relief Foundation on Monday. Its ambassador, Hanne Viko, defended the order.")
        #expect(ambassador.contains { $0.source == "hanne_viko" && $0.predicate == .roleIn && $0.target == "peru" }, "\(ambassador)")
        // With no body named after the state, the state keeps the office.
        let alone = Self.drawn("Peru closed its border on Monday. Its director, Hanne Viko, said the order was lawful.")
        #expect(!alone.contains { $0.source == "hanne_viko" && $0.target == "orsel_relief_foundation" }, "\(alone)")
    }

    @Test("a demonym between a possessive and the office is the holder's nationality: 'The team's Danish owner, X' leads no Denmark")
    func demonymAfterPossessive() {
        let owner = Self.drawn("Brakel Rovers lost again on Saturday. The club's Danish owner, Osvald Kjeld, sacked the coach.")
        #expect(!owner.contains { $0.source == "osvald_kjeld" && $0.target == "denmark" }, "\(owner)")
        let executive = Self.drawn("Tarvik Mining cut jobs. Its Danish chief executive, Osvald Kjeld, said demand fell.")
        #expect(executive.contains { $0.source == "osvald_kjeld" && $0.predicate == .roleIn && $0.target == "tarvik_mining" }, "\(executive)")
        #expect(!executive.contains { $0.source == "osvald_kjeld" && $0.target == "denmark" }, "\(executive)")
        // Without a possessive the demonym is the office's country: "Danish Foreign Minister X".
        let minister = Self.drawn("Tarvik Mining cut jobs. Danish Foreign Minister Osvald Kjeld said demand fell.")
        #expect(minister.contains { $0.source == "osvald_kjeld" && $0.target == "denmark" }, "\(minister)")
    }

    @Test("a holder apposed between commas after 'Its <office>' is a person, though the first word is a common one; a collective body's noun before a name types it a body")
    func apposedHolderAndBody() {
        let chairman = Self.drawn("The Varnelo Growers' Council blamed Korta Freight for the delays. Its chairman, Sable Nandoro, said the port had failed.")
        #expect(chairman.contains { $0.source == "sable_nandoro" && $0.predicate == .leads && $0.target == "varnelo_growers_council" }, "\(chairman)")
        let leader = Self.drawn("The main opposition alliance, Velko Demokratika, said the vote was stolen. Its leader, Osvald Kjeld, accused the board of fraud.")
        #expect(leader.contains { $0.source == "osvald_kjeld" && $0.predicate == .leads && $0.target == "velko_demokratika" }, "\(leader)")
        // The names' kinds themselves; a speaker's aside after the noun stays a person's ("The alliance, X said, …").
        let kinds = Extractor().extract(Document(id: "t", text: "The main opposition alliance, Velko Demokratika, said the vote was stolen. "
            + "The alliance, Dagny Vold said, will field candidates."))
        let kindOf = { (name: String) in kinds.entities.values.first { $0.name == name }?.kind }
        #expect(kindOf("Velko Demokratika") == .organization)
        #expect(kindOf("Dagny Vold") == .person)
    }

    @Test("a lower-case office of several words opening a sentence with a capital: 'Managing director X said' after the body's sentence")
    func sentenceCaseOffice() {
        let drawn = Self.drawn("Tarvo Mining said the strike was illegal. Managing director Osvald Kjeld told reporters that wages were high.")
        #expect(drawn.contains { $0.source == "osvald_kjeld" && $0.predicate == .leads && $0.target == "tarvo_mining" }, "\(drawn)")
    }

    @Test("'Its coordinator, X', \"Y's executive coordinator, X\" lead the body; 'a coordinator of Y', 'emergency coordinator X' do not")
    func possessedCoordinatorLeads() {
        let its = Self.drawn("The Velmar Water Alliance filed a petition on Monday. Its coordinator, Anna Lisk, urged parliament to act.")
        #expect(its.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "velmar_water_alliance" }, "\(its)")
        let named = Self.drawn("Korvex Watch filed the complaint. Korvex Watch's executive coordinator, Anna Lisk, said so.")
        #expect(named.contains { $0.source == "anna_lisk" && $0.predicate == .leads && $0.target == "korvex_watch" }, "\(named)")
        for text in [
            "Anna Lisk, a coordinator of the Velmar Water Alliance, spoke.", "Velmar Relief emergency coordinator Anna Lisk spoke.",
            // One coordinator among several: for a region.
            "Velmar Relief said its coordinator in the region, Anna Lisk, was detained.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .leads }, "\(text): \(drawn)")
            if !text.contains("region") {
                #expect(drawn.contains { $0.source == "anna_lisk" && $0.predicate == .roleIn }, "\(text): \(drawn)")
            }
        }
    }

    @Test("newsroom jobs are titles: 'X, a reporter for Y', 'an editor at Y'; a name ending in 'TV' is a body")
    func newsroomTitles() {
        let reporter = Self.drawn("Rebaz Tarvo, a reporter for Vesta TV, was detained on Monday.")
        #expect(reporter.contains { $0.source == "rebaz_tarvo" && $0.predicate == .roleIn && $0.target == "vesta_tv" }, "\(reporter)")
        let editor = Self.drawn("Shilan Orvo, an editor at Harvel Press, was detained.")
        #expect(editor.contains { $0.source == "shilan_orvo" && $0.predicate == .roleIn && $0.target == "harvel_press" }, "\(editor)")
        // Reporters told something are no staff of the speaker's body.
        let told = Self.drawn("Kelmar Holdings chairman Ivo Lask told reporters on Monday that the deal was off.")
        #expect(!told.contains { $0.predicate == .roleIn }, "\(told)")
        let kinds = Extractor().extract(Document(id: "t", text: "The minister told Vesta TV that the deal was off."))
        #expect(kinds.entities.values.first { $0.name == "Vesta TV" }?.kind == .organization)
    }

    @Test("an office 'at' a body a demonym describes is the body's: 'an analyst at Danish consultancy X'")
    func officeAtDescribedBody() {
        let analyst = Self.drawn("\"Prices will fall,\" said Karin Holm, an analyst at Danish consultancy Vesto Partners.")
        #expect(analyst.contains { $0.source == "karin_holm" && $0.predicate == .roleIn && $0.target == "vesto_partners" }, "\(analyst)")
        #expect(!analyst.contains { $0.source == "karin_holm" && $0.target == "denmark" }, "\(analyst)")
        // A demonym with no body named after it stays the state's: "a spokeswoman at the Peruvian embassy in Lima".
        let embassy = Self.drawn("Marta Kask, a spokeswoman at the Peruvian embassy in Lima, said no.")
        #expect(embassy.contains { $0.source == "marta_kask" && $0.predicate == .roleIn && $0.target == "peru" }, "\(embassy)")
    }

    @Test("two offices joined by 'and': the second holds in the body the first was drawn in")
    func coordinatedOffices() {
        for text in [
            "Lumio Holdings did not respond. Its founder and chief executive, Grace Tan, told investors that sales rose.",
            "Grace Tan, founder and chief executive of Lumio Holdings, said sales rose.",
            "Lumio Holdings founder and chief executive Grace Tan said sales rose.",
        ] {
            let drawn = Self.drawn(text)
            #expect(drawn.contains { $0.source == "grace_tan" && $0.predicate == .affiliatedWith && $0.target == "lumio_holdings" }, "\(drawn)")
            #expect(drawn.contains { $0.source == "grace_tan" && $0.predicate == .leads && $0.target == "lumio_holdings" }, "\(drawn)")
        }
        // A staff job and the head of a unit: no head of the body.
        let unit = Self.drawn("Grace Tan, Lumio Holdings' spokeswoman and head of communications, said sales rose.")
        #expect(!unit.contains { $0.predicate == .leads }, "\(unit)")
        // Two people, each with an office: no office crosses the "and".
        let two = Self.drawn("Lumio Holdings chairman Ivo Lask and chief executive Grace Tan met the minister.")
        #expect(!two.contains { $0.source == "ivo_lask" && $0.rule == "title-coordinated" }, "\(two)")
    }

    @Test("'Its general director, X' leads; 'Its Kenya head, X' holds an office in the body, not the country; 'Club president X' opening a sentence names the club described before")
    func headsOfBodiesAndBranches() {
        let general = Self.drawn("Lumio Holdings cut 300 jobs on Monday. Its general director, Grace Tan, said the cuts were needed.")
        #expect(general.contains { $0.source == "grace_tan" && $0.predicate == .leads && $0.target == "lumio_holdings" }, "\(general)")
        let branch = Self.drawn("Lumio Holdings cut 300 jobs on Monday. Its Kenya head, Grace Tan, said the cuts were needed.")
        #expect(branch.contains { $0.source == "grace_tan" && $0.predicate == .roleIn && $0.target == "lumio_holdings" }, "\(branch)")
        #expect(!branch.contains { $0.source == "grace_tan" && $0.target == "kenya" }, "\(branch)")
        let club = Self.drawn("The league fined Slovak club Tarvo United on Monday. Club president Ivo Lask said the fans were not to blame.")
        #expect(club.contains { $0.source == "ivo_lask" && $0.predicate == .leads && $0.target == "tarvo_united" }, "\(club)")
        // No body introduced with that noun: no head of anything.
        let bare = Self.drawn("The league fined Tarvo United on Monday. Club president Ivo Lask said the fans were not to blame.")
        #expect(!bare.contains { $0.source == "ivo_lask" && $0.predicate == .leads }, "\(bare)")
    }

    @Test("a body's lawyer ('Its lawyer, X', 'The party's lawyer, X') serves a client: affiliated_with, not role_in; its spokeswoman still holds an office")
    func lawyersOfBodies() {
        for text in [
            "Lumio Holdings denied the charges. Its lawyer, Grace Tan, said the company would appeal.",
            "Lumio Holdings denied the charges. The company's lawyer, Grace Tan, said it would appeal.",
        ] {
            let drawn = Self.drawn(text)
            #expect(drawn.contains { $0.source == "grace_tan" && $0.predicate == .affiliatedWith && $0.target == "lumio_holdings" }, "\(drawn)")
            #expect(!drawn.contains { $0.source == "grace_tan" && $0.predicate == .roleIn }, "\(drawn)")
        }
        // Negative: a spokeswoman holds an office in the body.
        let spokeswoman = Self.drawn("Lumio Holdings denied the charges. Its spokeswoman, Grace Tan, said the company would appeal.")
        #expect(spokeswoman.contains { $0.source == "grace_tan" && $0.predicate == .roleIn && $0.target == "lumio_holdings" }, "\(spokeswoman)")
    }

    @Test("'Its foreign minister, X' after a state holds an office in it (the sentence's capital 'Its' is no portfolio); 'its general secretary for Africa, X' an office in the body, not its head; 'The union's main sponsor, Velmari winemaker X' names the body 'Its chief executive' leads")
    func possessiveOfficesOpeningSentences() {
        for office in ["foreign minister", "finance minister"] {
            let drawn = Self.drawn("Uruguay angered Brazil. Paraguay has diplomatic ties with Taiwan. Its \(office), Ramiro Acosta, said the decision was regrettable.")
            #expect(drawn.contains { $0.source == "ramiro_acosta" && $0.predicate == .roleIn && $0.target == "paraguay" }, "\(drawn)")
            #expect(!drawn.contains { $0.source == "ramiro_acosta" && $0.target == "uruguay" }, "\(drawn)")
        }
        let regional = Self.drawn("The Korvex Players Union backed the strike. Its general secretary for Africa, Kwame Mensah, said the players were owed money.")
        #expect(regional.contains { $0.source == "kwame_mensah" && $0.predicate == .roleIn && $0.target == "korvex_players_union" }, "\(regional)")
        #expect(!regional.contains { $0.source == "kwame_mensah" && $0.predicate == .leads }, "\(regional)")
        // Negative: the head of a unit named for the place keeps leading it.
        let unit = Self.drawn("Regulators fined Korvex Mining Chile on Monday. Its general manager in Chile, Bjorn Lind, said the company would appeal.")
        #expect(unit.contains { $0.source == "bjorn_lind" && $0.predicate == .leads && $0.target == "korvex_mining_chile" }, "\(unit)")
        let sponsor = Self.drawn(
            "The Velmar Rugby Union lost its vote. The union's main sponsor, Georgian winemaker Korvex Wine Group, said it would review its contract. Its chief executive, Davit Lomidze, told reporters the sponsor was worried.")
        #expect(sponsor.contains { $0.source == "davit_lomidze" && $0.predicate == .leads && $0.target == "korvex_wine_group" }, "\(sponsor)")
        #expect(!sponsor.contains { $0.source == "davit_lomidze" && $0.target == "velmar_rugby_union" }, "\(sponsor)")
    }
}

/// One head of state or government per country and office in a document (``TitleRules/HeadTable``), and the
/// dateline's country kept when the lede names it inside another name: whole texts through the extractor.
@Suite("Heads per country")
struct HeadsPerCountryTests: RuleSuite {
    @Test("a country whose president the text names is not another bare president's: the other country the sentence names")
    func otherCountrysHead() {
        let g = graph(
            "LIMA, Peru — Peru and Chile signed a water-sharing accord on Tuesday during a state visit by President Marek Dolvan. Peruvian President Elsa Varnok said the accord would last a decade.")
        #expect(has(g, "elsa_varnok", .leads, "peru"), "\(keys(g))")
        #expect(!has(g, "marek_dolvan", .leads, "peru"), "\(keys(g))")
        #expect(has(g, "marek_dolvan", .leads, "chile"), "\(keys(g))")
        // (A country's city: "In Santiago, …" names Chile.)
        let city = graph(
            "LIMA, Peru — Peru's President Elsa Varnok rejected the tariff on Monday. In Santiago, lawmakers urged the government of President Marek Dolvan to answer Peru's letter. Chile has not commented.")
        #expect(has(city, "marek_dolvan", .leads, "chile"), "\(keys(city))")
        #expect(!has(city, "marek_dolvan", .leads, "peru"), "\(keys(city))")
        // (No other country named: no country at all.)
        let none = graph("LIMA, Peru — Peru's President Elsa Varnok met President Marek Dolvan on Monday to discuss water.")
        #expect(!has(none, "marek_dolvan", .leads, "peru"), "\(keys(none))")
    }

    @Test("a bare president with no other head named keeps the text's country; another office is no rival")
    func bareHeadKept() {
        let g = graph("LIMA, Peru — President Marek Dolvan signed a water-sharing accord on Tuesday. Peru's Prime Minister Elsa Varnok said it would last a decade.")
        #expect(has(g, "marek_dolvan", .leads, "peru"), "\(keys(g))")
        #expect(has(g, "elsa_varnok", .leads, "peru"), "\(keys(g))")
    }

    @Test("a holder named with a country keeps it where the text later names the office alone")
    func holderKeepsNamedCountry() {
        let g = graph(
            "LIMA, Peru — Chilean President Marek Dolvan arrived in Lima on Monday for talks on water. Peru wants more of the river. On Tuesday, President Marek Dolvan said the talks had gone well.")
        #expect(has(g, "marek_dolvan", .leads, "chile"), "\(keys(g))")
        #expect(!has(g, "marek_dolvan", .leads, "peru"), "\(keys(g))")
    }

    @Test("the dateline's country named inside a body's name in the lede stays the text's country")
    func datelineCountryInsideName() {
        let g = graph(
            "LIMA, Peru — The Central Bank of Peru on Tuesday fined Korvex Bank, a lender that Chile blacklisted last month. Chile's regulator said the bank had moved Chilean funds. Chile said it would act. Chilean officials agreed. Peru said nothing. Prime Minister Marek Dolvan said the fine was fair.")
        #expect(has(g, "marek_dolvan", .leads, "peru"), "\(keys(g))")
        #expect(!has(g, "marek_dolvan", .leads, "chile"), "\(keys(g))")
        // (A lede that does not name it: the country the text names most, as before.)
        let venue = graph(
            "LIMA, Peru — The Andean Water Board on Tuesday fined Korvex Bank, a lender that Chile blacklisted last month. Chile's regulator said the bank had moved Chilean funds. Chile said it would act. Chilean officials agreed. Peru said nothing. Prime Minister Marek Dolvan said the fine was fair.")
        #expect(has(venue, "marek_dolvan", .leads, "chile"), "\(keys(venue))")
    }

    @Test("'Korvex deputy head X', 'the authority's deputy chair, X': an office under the head's is role_in, not leads")
    func deputyOfHead() {
        let g = graph("\"We acted fast,\" Korvex Watch deputy head Anna Velde told reporters. The Tarvo Authority said its deputy chair, Marek Dolvan, would resign.")
        #expect(has(g, "anna_velde", .roleIn, "korvex_watch"), "\(keys(g))")
        #expect(!has(g, "anna_velde", .leads, "korvex_watch"), "\(keys(g))")
        #expect(has(g, "marek_dolvan", .roleIn, "tarvo_authority"), "\(keys(g))")
        #expect(!has(g, "marek_dolvan", .leads, "tarvo_authority"), "\(keys(g))")
        // The head itself still leads.
        let head = graph("\"We acted fast,\" Korvex Watch head Anna Velde told reporters.")
        #expect(has(head, "anna_velde", .leads, "korvex_watch"), "\(keys(head))")
    }

    @Test("'Its Velmar Highlands commander, X': a region before the office names where the body's office is, not a body led")
    func regionBeforeOffice() {
        let g = graph("The Korvex Police Service said it would send more officers. Its Velmar Highlands commander, Superintendent Ivo Lask, warned that anyone carrying weapons would be arrested.")
        #expect(has(g, "ivo_lask", .roleIn, "korvex_police_service"), "\(keys(g))")
        #expect(!has(g, "ivo_lask", .leads, "velmar_highlands"), "\(keys(g))")
        // A body's name before the office still names the body led.
        let body = graph("The Korvex Police Service said it would send more officers. Velmar Highlands Authority chairman Ivo Lask agreed.")
        #expect(has(body, "ivo_lask", .leads, "velmar_highlands_authority"), "\(keys(body))")
    }
}
