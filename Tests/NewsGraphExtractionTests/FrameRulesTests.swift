import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The frame rule family alone (``FrameRules``), on invented sentences: each sentence is
/// parsed into clauses and only the frames are run over it, so what comes out is what the
/// frames draw, not what the older word-sequence rules add.
@Suite("Frame rules")
struct FrameRulesTests {
    struct Drawn: Hashable, CustomStringConvertible {
        var source: String
        var predicate: Predicate
        var target: String
        var rule: String
        var description: String { "\(source) \(predicate.name) \(target) [\(rule)]" }
    }

    /// What the frames draw from `text`, with `lexicon` (the built-in one by default).
    static func drawn(_ text: String, lexicon: Lexicon? = nil) -> [Drawn] {
        let extractor = lexicon.map { Extractor(lexicon: $0) } ?? Extractor()
        let (_, ctx, sentences) = extractor.syntax(Document(id: "t", text: text))
        let rules = FrameRules(lexicon: extractor.compiled, ctx: ctx)
        var result: [Drawn] = []
        for sentence in sentences {
            rules.run(sentence) { source, target, predicate, rule, _, _ in
                result.append(Drawn(source: ctx.entities[source].id, predicate: predicate, target: ctx.entities[target].id, rule: rule))
            }
        }
        return result
    }

    static func has(_ drawn: [Drawn], _ source: String, _ predicate: Predicate, _ target: String) -> Bool {
        drawn.contains { $0.source == source && $0.predicate == predicate && $0.target == target }
    }

    @Test("an arrest with its charge is an accusation, also past a name in apposition to the object; an arrest alone is not")
    func arrestOnCharges() {
        let drawn = Self.drawn(
            "The Korvala Republic Police arrested its director, Anna Belt, on charges of fraud. The Korvala Police detained Ivo Sarn on suspicion of smuggling. The Tarvo Police arrested Lena Varga, the station's editor, on Monday on a charge of libel.")
        #expect(Self.has(drawn, "korvala_republic_police", .accused, "anna_belt"), "\(drawn)")
        #expect(Self.has(drawn, "korvala_police", .accused, "ivo_sarn"), "\(drawn)")
        #expect(Self.has(drawn, "tarvo_police", .accused, "lena_varga"), "\(drawn)")
        // Negatives: an arrest with no charge; a charge that is no complement of the arrest ("arrested X after …").
        let bare = Self.drawn("The Korvala Police arrested Ivo Sarn on Monday in Tarvel. The Tarvo Police arrested Lena Varga, who denied the charges.")
        #expect(!bare.contains { $0.predicate == .accused }, "\(bare)")
    }

    @Test("'X, a joint venture of A and B': both owners; a unit of one name followed by a list goes on is not read")
    func jointVentureOwners() {
        let drawn = Self.drawn(
            "The deal went to Tarlin Power, a joint venture of Halbrand Group and Morvex Energy, on Monday. Korvex Mining, a joint venture between the Canadian miner Ostrel Resources and the state-owned Velmar Holdings, runs the mine.")
        #expect(Self.has(drawn, "tarlin_power", .memberOf, "halbrand_group"), "\(drawn)")
        #expect(Self.has(drawn, "tarlin_power", .memberOf, "morvex_energy"), "\(drawn)")
        #expect(Self.has(drawn, "korvex_mining", .memberOf, "ostrel_resources"), "\(drawn)")
        #expect(Self.has(drawn, "korvex_mining", .memberOf, "velmar_holdings"), "\(drawn)")
        // Negatives: a venture "with" a partner is no ownership; a list member before the aside is not described.
        let other = Self.drawn("Tarlin Power formed a joint venture with Halbrand Group. Korvex Mining, Ostrel Resources, a unit of Velmar Holdings and Morvex Energy bid.")
        #expect(!other.contains { $0.predicate == .memberOf && $0.source == "tarlin_power" }, "\(other)")
        #expect(!other.contains { $0.predicate == .memberOf && $0.source == "korvex_mining" }, "\(other)")
    }

    @Test("'has troops in', 'kept about 4,000 soldiers in': a force kept in a place; 'has' an auxiliary draws nothing")
    func forcesKeptInAPlace() {
        let kept = Self.drawn(
            "Chile has about 4,000 troops in Bolivia. Peru, which has military bases in Ecuador, objected. Argentina has kept more than 900 soldiers in Uruguay.")
        #expect(Self.has(kept, "chile", .deployedTo, "bolivia"), "\(kept)")
        #expect(Self.has(kept, "peru", .deployedTo, "ecuador"), "\(kept)")
        #expect(Self.has(kept, "argentina", .deployedTo, "uruguay"), "\(kept)")
        // Not a force; a perfect's "has" is no main verb; "had talks with" is a meeting.
        let other = Self.drawn("Chile has large copper mines in Bolivia. Peru has withdrawn its troops in Ecuador. Norway had talks with Sweden.")
        #expect(!other.contains { $0.predicate == .deployedTo }, "\(other)")
        #expect(Self.has(other, "norway", .metWith, "sweden"), "\(other)")
    }

    @Test("a kept force: 'has military advisers in X' (a plural read to its singular); not a company's staff, nor a state's forces at home")
    func keptForceLimits() {
        let advisers = Self.drawn("Chile, which brokered the truce, has military advisers in Peru.")
        #expect(Self.has(advisers, "chile", .deployedTo, "peru"), "\(advisers)")
        let none = Self.drawn(
            "Korvex Mining has 300 personnel in Peru. Chile has 2,000 troops in its northern region of Tarsel. Chile has 500 soldiers in Antofagasta.")
        #expect(!none.contains { $0.predicate == .deployedTo }, "\(none)")
    }

    @Test("a force stationed or deployed 'in' a place: a brigade, officers; not a unit sent to a mission there, nor a year")
    func forceDeployedIn() {
        let sent = Self.drawn("Chile will station a brigade of about 4,800 soldiers in Peru. Bolivia has deployed 500 officers in Ecuador.")
        #expect(Self.has(sent, "chile", .deployedTo, "peru"), "\(sent)")
        #expect(Self.has(sent, "bolivia", .deployedTo, "ecuador"), "\(sent)")
        let none = Self.drawn("Chile deployed troops in 2019. Peru will deploy a medical unit to the peacekeeping mission in Bolivia.")
        #expect(!none.contains { $0.predicate == .deployedTo && $0.target != "peacekeeping_mission" }, "\(none)")
    }

    @Test("arms handed to an actor are support; a delivery under a contract, fuel shipped, software training are not")
    func armsSupplied() {
        let armed = Self.drawn("Chile supplied drones to the Velmar Front. Bolivia sent weapons to the Tarsel Brigade.")
        #expect(Self.has(armed, "chile", .supports, "velmar_front"), "\(armed)")
        #expect(Self.has(armed, "bolivia", .supports, "tarsel_brigade"), "\(armed)")
        let none = Self.drawn(
            "Chile delivered the first two tanks to Peru under a contract signed in 2021. Korvex Holdings shipped fuel to Peru last month. "
                + "Korvex Systems trained the Velmar Health Ministry on the new software.")
        #expect(!none.contains { $0.predicate == .supports }, "\(none)")
    }

    @Test("a price is no aid: 'offered Y $40 million for its stake'; 'gave Y $5 million in aid' is")
    func priceIsNoAid() {
        let price = Self.drawn("Korvex Mining offered Tarsel Energy $40 million for its stake in the port. Velmar Holdings offered Chile $2 billion for Tarsel Energy.")
        #expect(!price.contains { $0.predicate == .supports }, "\(price)")
        let aid = Self.drawn("Norway gave Chile $5 million in aid.")
        #expect(Self.has(aid, "norway", .supports, "chile"), "\(aid)")
    }

    @Test("'took the ministry to arbitration' is no takeover; 'took Y private', 'bought Y' are")
    func takeToCourtIsNoTakeover() {
        let court = Self.drawn("Halvern Chemical said it would take the Velmar Trade Ministry to arbitration. Korvex Mining took Tarlin Power to court.")
        #expect(!court.contains { $0.predicate == .mergedWith }, "\(court)")
        let takeover = Self.drawn("Korvex Mining took Tarlin Power private last year. Velmar Holdings bought Halvern Chemical.")
        #expect(Self.has(takeover, "korvex_mining", .mergedWith, "tarlin_power"), "\(takeover)")
        #expect(Self.has(takeover, "velmar_holdings", .mergedWith, "halvern_chemical"), "\(takeover)")
    }

    @Test("agreements signed or agreed: a memorandum, a framework, a partnership, conventions; 'agreed a $2 billion loan with Y'; equipment provided 'with'")
    func agreementsAndProvision() {
        let signed = Self.drawn(
            "Chile signed a defence cooperation framework with Peru. Bolivia signed new conventions with Ecuador. Norway signed a partnership on hydrogen with Sweden.")
        #expect(Self.has(signed, "chile", .agreedWith, "peru") || Self.has(signed, "peru", .agreedWith, "chile"), "\(signed)")
        #expect(Self.has(signed, "bolivia", .agreedWith, "ecuador") || Self.has(signed, "ecuador", .agreedWith, "bolivia"), "\(signed)")
        #expect(Self.has(signed, "norway", .agreedWith, "sweden") || Self.has(signed, "sweden", .agreedWith, "norway"), "\(signed)")
        // A currency sign after the article stays inside the object: the loan is what was agreed.
        let loan = Self.drawn("Chile agreed a $2 billion loan programme with Peru.")
        #expect(Self.has(loan, "chile", .agreedWith, "peru") || Self.has(loan, "peru", .agreedWith, "chile"), "\(loan)")
        // Signing something that is no agreement, or a negated agreement, draws nothing.
        let none = Self.drawn("Chile signed a letter with Peru. Chile did not sign a framework with Bolivia.")
        #expect(!none.contains { $0.predicate == .agreedWith }, "\(none)")
        let provided = Self.drawn("Chile will provide Peru with equipment and training. Chile provided Bolivia with evidence.")
        #expect(Self.has(provided, "chile", .supports, "peru"), "\(provided)")
        #expect(!Self.has(provided, "chile", .supports, "bolivia"), "\(provided)")
    }

    @Test("'sent its envoy to Y', 'send delegations to Y', 'send Lena Ortiz to Y': no deployment; 'sent a team of medics to Y' still one")
    func envoysAreNoDeployment() {
        let none = Self.drawn(
            """
            Tarnia sent its envoy to Velmora on Sunday. Chile and Peru sent their foreign ministers to Lima. \
            Bolivia said it was ready to send a mediation team to Quito. Ecuador agreed to send delegations to Caracas. \
            The creditors urged Colombia to send Lena Ortiz to Panama.
            """)
        #expect(!none.contains { $0.predicate == .deployedTo }, "\(none)")
        let kept = Self.drawn("Chile sent a team of military investigators to Lima. Peru sent 200 soldiers to Quito.")
        #expect(Self.has(kept, "chile", .deployedTo, "lima"), "\(kept)")
        #expect(Self.has(kept, "peru", .deployedTo, "quito"), "\(kept)")
    }

    @Test("'X said it had sent troops to Y': the pronoun after a verb of saying is its named speaker")
    func speakerOfPronoun() {
        let sent = Self.drawn(
            "Colombia said it had sent two extra companies to Panama. Germany and Sweden said they would send ships to the Baltic Sea.")
        #expect(Self.has(sent, "colombia", .deployedTo, "panama"), "\(sent)")
        #expect(Self.has(sent, "germany", .deployedTo, "baltic_sea") && Self.has(sent, "sweden", .deployedTo, "baltic_sea"), "\(sent)")
        // A person speaking, a number that does not agree: none.
        let none = Self.drawn("Carla Mendez said it had sent troops to Panama. Chile and Peru said it had sent troops to Bolivia.")
        #expect(!none.contains { $0.predicate == .deployedTo }, "\(none)")
        // A description standing before the name: the name sent the force (``FrameRules/openingActorOfIt``), not the U.N.
        let described = Self.drawn("The U.N. peacekeeping mission, VELMON, said it had sent a force to Ecuador.")
        #expect(described.filter { $0.predicate == .deployedTo }.map(\.source) == ["velmon"], "\(described)")
    }

    @Test("a verb frame with a required object word tells a verb's senses apart")
    func senses() {
        let fired = Self.drawn("Chile fired rockets at Peru on Monday.")
        #expect(Self.has(fired, "chile", .attacked, "peru"), "\(fired)")
        #expect(fired.first?.rule.hasPrefix("frame:fire/launch X V rocket") == true, "\(fired)")
        // "fired" a minister: no attack.
        let dismissed = Self.drawn("President Lena Varga of Chile fired Defence Minister Tomas Brel on Monday.")
        #expect(!dismissed.contains { $0.predicate == .attacked }, "\(dismissed)")
    }

    @Test("'spoke to' a person and 'discussed … with' someone are a meeting; 'spoke to reporters' names none")
    func callsAndDiscussions() {
        let call = Self.drawn("Prime Minister Lena Varga spoke to Tomas Brel by phone on Monday.")
        #expect(Self.has(call, "lena_varga", .metWith, "tomas_brel") || Self.has(call, "tomas_brel", .metWith, "lena_varga"), "\(call)")
        let talk = Self.drawn("Anna Lisk discussed the border dispute with Chilean Foreign Minister Tomas Brel.")
        #expect(Self.has(talk, "anna_lisk", .metWith, "tomas_brel") || Self.has(talk, "tomas_brel", .metWith, "anna_lisk"), "\(talk)")
        let press = Self.drawn("Anna Lisk spoke to reporters in Lima.")
        #expect(!press.contains { $0.predicate == .metWith }, "\(press)")
    }

    @Test("a summoned envoy named in apposition is met: 'summoned Velmar's ambassador, A'; an unnamed one is no actor, a summons to testify no meeting")
    func summonedEnvoys() {
        let named = Self.drawn("Norway's foreign minister, Lars Tveit, summoned Velmar's ambassador, Osman Kereli, on Tuesday.")
        #expect(Self.has(named, "lars_tveit", .metWith, "osman_kereli"), "\(named)")
        let ministry = Self.drawn("The Velmar Foreign Ministry summoned the Norwegian ambassador, Kari Holm, and protested.")
        #expect(Self.has(ministry, "velmar_foreign_ministry", .metWith, "kari_holm"), "\(ministry)")
        let unnamed = Self.drawn("Norway summoned the Velmar ambassador on Tuesday.")
        #expect(!unnamed.contains { $0.predicate == .metWith }, "\(unnamed)")
        // A summons to testify or for questioning is no meeting.
        let court = Self.drawn("The Velmar Supreme Court summoned Ana Kell to testify on Monday.")
        #expect(!court.contains { $0.predicate == .metWith }, "\(court)")
        let bureau = Self.drawn("The Anti-Graft Bureau summoned former minister Tomas Ruud for questioning.")
        #expect(!bureau.contains { $0.predicate == .metWith }, "\(bureau)")
    }

    @Test("states that form or found a body are its members; a body formed by one is not")
    func formedBody() {
        let formed = Self.drawn("Chile and Peru formed the Andean Water Council in 2021.")
        #expect(Self.has(formed, "chile", .memberOf, "andean_water_council"), "\(formed)")
        #expect(Self.has(formed, "peru", .memberOf, "andean_water_council"), "\(formed)")
        // A company forms no body it belongs to by this frame.
        let company = Self.drawn("Korvex Logistics formed the Andean Water Council in 2021.")
        #expect(!company.contains { $0.predicate == .memberOf }, "\(company)")
    }

    @Test("a state or a body that belongs to a body is its member; a thing that belongs to one is not")
    func belongsTo() {
        let state = Self.drawn("Kazakhstan belongs to the Andean Water Council, the minister said.")
        #expect(Self.has(state, "kazakhstan", .memberOf, "andean_water_council"), "\(state)")
        let site = Self.drawn("The Korvo Dam belongs to the Andean Water Council, the minister said.")
        #expect(!site.contains { $0.predicate == .memberOf }, "\(site)")
    }

    @Test("'asked A and B to …': both are asked; 'A and B' before a finite verb starts another clause")
    func askedCoordinatedObjects() {
        let asked = Self.drawn("Chile asked Peru and Bolivia to lift the ban.")
        #expect(Self.has(asked, "chile", .urged, "peru"), "\(asked)")
        #expect(Self.has(asked, "chile", .urged, "bolivia"), "\(asked)")
        // A finite verb after the second name: "Bolivia" is the next clause's subject, not asked.
        let clause = Self.drawn("Chile asked Peru for help and Bolivia sent troops to the border.")
        #expect(Self.has(clause, "chile", .urged, "peru"), "\(clause)")
        #expect(!Self.has(clause, "chile", .urged, "bolivia"), "\(clause)")
        // A question is no request, coordinated or not.
        let question = Self.drawn("Chile asked Peru and Bolivia whether the ban would stay.")
        #expect(!question.contains { $0.predicate == .urged }, "\(question)")
    }

    @Test("a subject 'it' is the actor opening its sentence, or the one before for an opening 'It'; a name in apposition to that opener; no further back")
    func itAsOpeningActor() {
        let later = Self.drawn("The Korvex Traders Association criticized the ban and said it would ask the Tarvo Supreme Court to suspend the order.")
        #expect(Self.has(later, "korvex_traders_association", .urged, "tarvo_supreme_court"), "\(later)")
        let opening = Self.drawn("Halbrand Mining rejected the findings on Monday. It asked the Tarvo Energy Regulator to review the audit.")
        #expect(Self.has(opening, "halbrand_mining", .urged, "tarvo_energy_regulator"), "\(opening)")
        // "Chile's state grain agency, Korvex, …": the agency named, not its state.
        let apposed = Self.drawn("Chile's state grain agency, Korvex, rejected the claim and said it had signed a contract with Tarvo Holdings.")
        #expect(Self.has(apposed, "korvex", .agreedWith, "tarvo_holdings"), "\(apposed)")
        #expect(!Self.has(apposed, "chile", .agreedWith, "tarvo_holdings"), "\(apposed)")
        // Two sentences on, "It" may be what the actor published: nobody.
        let far = Self.drawn("Halbrand Mining rejected the findings. The audit was published on Monday. It asked the Tarvo Energy Regulator to act.")
        #expect(!far.contains { $0.predicate == .urged }, "\(far)")
        // An "it" inside a quotation is the speaker's thing, not the opener.
        let quoted = Self.drawn("Halbrand Mining rejected the findings. \"It asked the Tarvo Energy Regulator to act,\" a miner said.")
        #expect(!quoted.contains { $0.predicate == .urged }, "\(quoted)")
    }

    @Test("passive clauses are matched as their active; a negated clause draws nothing")
    func passiveAndNegation() {
        let passive = Self.drawn("Peru was attacked by Chile on Monday.")
        #expect(Self.has(passive, "chile", .attacked, "peru"), "\(passive)")
        #expect(!Self.has(passive, "peru", .attacked, "chile"), "\(passive)")
        let negated = Self.drawn("Chile did not attack Peru on Monday.")
        #expect(negated.isEmpty, "\(negated)")
    }

    @Test("the agent of a killing is the agent of the strike it happened in")
    func killedInStrike() {
        let drawn = Self.drawn("Militia commander Omar Haddad was killed in a French air strike on Monday.")
        #expect(Self.has(drawn, "france", .killed, "omar_haddad"), "\(drawn)")
        #expect(!Self.has(drawn, "omar_haddad", .killed, "france"), "\(drawn)")
    }

    @Test("noun frames: possessor, a light verb's subject, 'between X and Y', 'of X and Y'")
    func nounFrames() {
        let possessor = Self.drawn("Chile's attack on Peru drew protests.")
        #expect(Self.has(possessor, "chile", .attacked, "peru"), "\(possessor)")
        let light = Self.drawn("Chile launched an attack on Peru on Monday.")
        #expect(Self.has(light, "chile", .attacked, "peru"), "\(light)")
        let talks = Self.drawn("Talks between Chile and Peru resumed on Monday.")
        #expect(Self.has(talks, "chile", .metWith, "peru"), "\(talks)")
        let merger = Self.drawn("Regulators approved the merger of Halvex Corp and Tornel Inc on Monday.")
        #expect(merger.contains { $0.predicate == .mergedWith }, "\(merger)")
    }

    @Test("mutual frames relate the coordinated subjects; kinds restrict the arguments")
    func mutualAndKinds() {
        let merge = Self.drawn("Halvex Corp and Tornel Inc will merge next year.")
        #expect(merge.contains { $0.predicate == .mergedWith && $0.rule.contains("mutual") == false }, "\(merge)")
        #expect(merge.count == 1, "\(merge)")
        // `kill X V Y:Person`: a killed town is no killing.
        let town = Self.drawn("Chile killed Peru's hopes on Monday.")
        #expect(!town.contains { $0.predicate == .killed }, "\(town)")
    }

    @Test("a WordNet verb class stands for its members: 'bombarded' is under @attack")
    func verbClass() {
        let drawn = Self.drawn("Chile bombarded Peru on Monday.")
        #expect(
            drawn.contains {
                $0.source == "chile" && $0.predicate == .attacked && $0.target == "peru" && $0.rule.hasPrefix("frame:@attack")
            }, "\(drawn)")
    }

    @Test("a user's frame is read from a lexicon and draws its relation")
    func userFrame() throws {
        let user = try Lexicon(parsing: "[frames]\nrebuff\tX V Y\taccused\n", path: "user.lex")
        let drawn = Self.drawn("Chile rebuffed Peru on Monday.", lexicon: Lexicon.builtIn.merging(user))
        #expect(
            drawn.contains { $0.source == "chile" && $0.predicate == .accused && $0.target == "peru" && $0.rule == "frame:rebuff X V Y" },
            "\(drawn)")
        #expect(Self.drawn("Chile rebuffed Peru on Monday.").isEmpty)
    }

    /// A later frame with the same lemma and pattern shape replaces the earlier one; shapes
    /// compare as values (a slot's kinds as a set, in whatever order they were made), not as
    /// printed text, so which frame wins cannot depend on a set's iteration order.
    @Test("a later frame of the same shape replaces the earlier one")
    func sameShapeReplaces() throws {
        let user = try Lexicon(
            parsing: "[frames]\nrebuff\tX:Actor V Y:Place\taccused\nrebuff\tX:Actor V Y:Place\tthreatened\n", path: "user.lex")
        let drawn = Self.drawn("Chile rebuffed Peru on Monday.", lexicon: Lexicon.builtIn.merging(user))
        #expect(Self.has(drawn, "chile", .threatened, "peru"), "\(drawn)")
        #expect(!Self.has(drawn, "chile", .accused, "peru"), "\(drawn)")
    }

    @Test("malformed frame lines are errors with their line")
    func malformed() {
        #expect(throws: (any Error).self) { try Lexicon(parsing: "[frames]\nattack\tX Y\tattacked\n", path: "u.lex") }
        #expect(throws: (any Error).self) { try Lexicon(parsing: "[frames]\n@nosuchclass\tX V Y\tattacked\n", path: "u.lex") }
        #expect(throws: (any Error).self) { try Lexicon(parsing: "[frames]\nattack\tX V\tattacked\n", path: "u.lex") }
    }

    @Test("'the two countries', 'both leaders' as a subject stand for the two actors named before; not as an object")
    func pairReferences() {
        let fought = Self.drawn("Chile says Peru's border troops opened fire in the valley. The two countries have fought two wars over it.")
        #expect(Self.has(fought, "chile", .fought, "peru") || Self.has(fought, "peru", .fought, "chile"), "\(fought)")
        let both = Self.drawn("Chile says Peru's border troops opened fire in the valley. Both the rival nations have fought two wars over it.")
        #expect(both.contains { $0.predicate == .fought }, "\(both)")
        let leaders = Self.drawn("Prime Minister Lena Varga met Tomas Brel in Lima. Both leaders agreed to work toward a visit.")
        #expect(
            Self.has(leaders, "lena_varga", .agreedWith, "tomas_brel") || Self.has(leaders, "tomas_brel", .agreedWith, "lena_varga"),
            "\(leaders)")
        // "urged both sides": the sides of a dispute, not the two named last.
        let urged = Self.drawn("Chile and Peru met in Lima. Anna Lisk urged both sides to extend the truce.")
        #expect(!urged.contains { $0.predicate == .urged }, "\(urged)")
        // Companies are not leaders: a mutual "agree" needs people.
        let firms = Self.drawn("Halvex Corp and Tornel Inc agreed to cap prices.")
        #expect(!firms.contains { $0.predicate == .agreedWith }, "\(firms)")
    }

    @Test("'accuse each other': each accuses the other")
    func eachOther() {
        let drawn = Self.drawn("Chile and Peru routinely accuse each other of violations.")
        #expect(Self.has(drawn, "chile", .accused, "peru"), "\(drawn)")
        #expect(Self.has(drawn, "peru", .accused, "chile"), "\(drawn)")
    }

    @Test("a list before an aside is the subject whole: 'A, B and C, all of which …, attacked Y'")
    func listBeforeAside() {
        let drawn = Self.drawn("Chile, Peru and Bolivia, all of which border the lake, attacked Ecuador on Monday.")
        for source in ["chile", "peru", "bolivia"] {
            #expect(Self.has(drawn, source, .attacked, "ecuador"), "\(source): \(drawn)")
        }
        // One name before an aside stays one subject.
        let one = Self.drawn("Chile, which borders the lake, attacked Ecuador on Monday.")
        #expect(Self.has(one, "chile", .attacked, "ecuador"), "\(one)")
    }

    @Test("accusations and threats as nouns: 'leveled accusations against Y', 'X's criticism of Y', 'issued a threat to Y'")
    func accusationNouns() {
        let leveled = Self.drawn("Chile leveled accusations against Peru on Monday.")
        #expect(Self.has(leveled, "chile", .accused, "peru"), "\(leveled)")
        let criticism = Self.drawn("Bolivia's criticism of Ecuador grew louder this week.")
        #expect(Self.has(criticism, "bolivia", .accused, "ecuador"), "\(criticism)")
        let threat = Self.drawn("Peru issued a threat to Chile after the raid.")
        #expect(Self.has(threat, "peru", .threatened, "chile"), "\(threat)")
        // No agent, no relation: "the accusations against Peru were dropped".
        let none = Self.drawn("The accusations against Peru were dropped.")
        #expect(!none.contains { $0.predicate == .accused }, "\(none)")
    }

    @Test("a state's organ named in lower case acts for the state: 'Chile's foreign ministry criticized Peru'")
    func lowerCaseOrgan() {
        let drawn = Self.drawn("Chile's foreign ministry criticized Peru for the raid.")
        #expect(Self.has(drawn, "chile", .accused, "peru"), "\(drawn)")
    }
    @Test("a list stays one list over a phrase on one item: 'to A, B for Operation X, C and D'")
    func listOverInsertedPhrase() {
        let drawn = Self.drawn("General Tomas Brel has deployed twice to Chile, Peru for Operation Bright Star, Bolivia and Ecuador.")
        for place in ["chile", "peru", "bolivia", "ecuador"] {
            #expect(Self.has(drawn, "tomas_brel", .deployedTo, place), "\(place): \(drawn)")
        }
        // Without more items after it, the phrase ends the list.
        let ended = Self.drawn("General Tomas Brel has deployed to Chile, Peru for Operation Bright Star.")
        #expect(Self.has(ended, "tomas_brel", .deployedTo, "chile"), "\(ended)")
    }

    @Test("a group without a name stands for the names listed after it: 'units to include A and B', 'provinces, including A and B'")
    func listedAfterGroup() {
        let served = Self.drawn(
            "Colonel Anna Lisk served in several other units to include the 4th Mountain Division, the 12th Airborne Division and the 9th Infantry Division.")
        for unit in ["mountain", "airborne", "infantry"] {
            #expect(served.contains { $0.source == "anna_lisk" && $0.predicate == .roleIn && $0.target.contains(unit) }, "\(unit): \(served)")
        }
        let sent = Self.drawn("Chile sent rescuers to three provinces, including Kandahar and Helmand.")
        #expect(Self.has(sent, "chile", .deployedTo, "kandahar") && Self.has(sent, "chile", .deployedTo, "helmand"), "\(sent)")
        // A named group is not replaced: "to Peru, including its capital".
        let named = Self.drawn("Chile sent rescuers to Peru, including Lima.")
        #expect(Self.has(named, "chile", .deployedTo, "peru"), "\(named)")
    }
    @Test("a force sent or kept in a place: 'sent reinforcements to X', 'keeps soldiers in X' (not 'keeps records in X')")
    func forceSentOrKept() {
        let sent = Self.drawn("Chile's army would send reinforcements to Peru.")
        #expect(Self.has(sent, "chile", .deployedTo, "peru"), "\(sent)")
        let kept = Self.drawn("Chile keeps several thousand soldiers in Peru.")
        #expect(Self.has(kept, "chile", .deployedTo, "peru"), "\(kept)")
        let records = Self.drawn("Chile keeps its records in Peru.")
        #expect(!records.contains { $0.predicate == .deployedTo }, "\(records)")
        // A company's base is no deployment.
        let company = Self.drawn("Korvex Mining maintains its base in Peru.")
        #expect(!company.contains { $0.predicate == .deployedTo }, "\(company)")
    }
    @Test("a state's military posts stand for it: 'Chilean troops destroyed Peruvian posts'")
    func postsStandForState() {
        let drawn = Self.drawn("Chilean troops retaliated and destroyed Peruvian posts near the border.")
        #expect(Self.has(drawn, "chile", .attacked, "peru"), "\(drawn)")
        // Destroying a thing names no actor.
        let thing = Self.drawn("Chile destroyed the old records on Monday.")
        #expect(!thing.contains { $0.predicate == .attacked }, "\(thing)")
    }

    @Test("an accusation carried by speech: 'X said Y had violated …', \"'Y betrayed us,' X said\" (frame flag reported, WordNet class @wrongdo)")
    func reportedAccusation() {
        let said = Self.drawn("Chile said Peru had violated the fishing accord.")
        #expect(Self.has(said, "chile", .accused, "peru"), "\(said)")
        #expect(said.first { $0.predicate == .accused }?.rule == "frame:@wrongdo Y:Actor V", "\(said)")
        let failed = Self.drawn("Anna Lisk said Peru had failed in its obligation to protect the embassy.")
        #expect(Self.has(failed, "anna_lisk", .accused, "peru"), "\(failed)")
        let quoted = Self.drawn("\"Tomas Brel has betrayed the miners,\" union leader Anna Lisk said on Monday.")
        #expect(Self.has(quoted, "anna_lisk", .accused, "tomas_brel"), "\(quoted)")
        let list = Self.drawn("The regulator said Korvex Media and Halbrand Group had rigged the tender.")
        #expect(!list.contains { $0.predicate == .accused && $0.source == "korvex_media" }, "\(list)")
        // Not reported, denied, negated or only possible: no accusation.
        for text in [
            "Peru violated the fishing accord, officials said.", "Chile did not say Peru had violated the accord.",
            "Chile said Peru had not violated the accord.", "Chile said Peru could violate the accord.",
            "Chile said the talks had failed.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .accused }, "\(text): \(drawn)")
        }
    }

    @Test("blame quoted in the next sentence is no reported clause's of this one")
    func reportedBlameStaysInItsSentence() {
        for text in [
            "Chile said Peru visited Bolivia. \"Illegal,\" an official added.",
            "Chile said Peru met Bolivia. \"Unlawful,\" an official added.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!Self.has(drawn, "chile", .accused, "peru"), "\(text): \(drawn)")
        }
        let within = Self.drawn("Chile said Peru had acted \"unlawfully\" at the border.")
        #expect(Self.has(within, "chile", .accused, "peru"), "\(within)")
    }

    @Test("reported accusations, widened: more wrongdoing verbs from WordNet (hiding, lying, ignoring…), shots 'fired on' a patrol, blame quoted in the reported clause")
    func reportedAccusationWidened() {
        // @wrongdo's new anchors (hide, neglect/ignore, …), read from WordNet.
        for text in [
            "Anna Lisk said Korvex Mining had concealed the origin of the funds.",
            "Anna Lisk said Korvex Mining had ignored repeated warnings from inspectors.",
            "Anna Lisk told reporters that Korvex Mining had smuggled ore across the border.",
        ] {
            let drawn = Self.drawn(text)
            #expect(Self.has(drawn, "anna_lisk", .accused, "korvex_mining"), "\(text): \(drawn)")
        }
        // A shot at someone reported: "fired on", "opened fire on"; not "fired" a manager.
        for text in ["Anna Lisk said the Velmar Front had fired on a border patrol.", "Anna Lisk said the Velmar Front had opened fire on a border patrol."] {
            let drawn = Self.drawn(text)
            #expect(Self.has(drawn, "anna_lisk", .accused, "velmar_front"), "\(text): \(drawn)")
        }
        let fired = Self.drawn("Anna Lisk said Korvex Mining had fired its chief executive.")
        #expect(!fired.contains { $0.predicate == .accused }, "\(fired)")
        // Blame quoted in the reported clause, whatever its verb (a blame word, an adverb of one, a wrongdoing verb).
        for text in [
            "Anna Lisk said Korvex Mining had \"systematically breached\" the safety rules.",
            "Anna Lisk said Korvex Mining had acted \"unlawfully.\"",
            "Anna Lisk said the Velmar Front was \"preparing the ground for a coup.\"",
        ] {
            let drawn = Self.drawn(text)
            #expect(Self.has(drawn, "anna_lisk", .accused, text.contains("Velmar") ? "velmar_front" : "korvex_mining"), "\(text): \(drawn)")
        }
        // No blame, someone else's words, a passive (the victim), a negation: no accusation of the subject.
        for text in [
            "Anna Lisk said Korvex Mining had been \"a reliable partner.\"",
            "Anna Lisk said Korvex Mining had called the vote \"a fraud.\"",
            "Anna Lisk said Korvex Mining had been \"attacked by criminal gangs.\"",
            "Anna Lisk said Korvex Mining had not \"acted unlawfully.\"",
            "Anna Lisk said Korvex Mining would \"never act unlawfully.\"",
            "\"Korvex Mining is a dangerous rival,\" Anna Lisk said.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!Self.has(drawn, "anna_lisk", .accused, "korvex_mining"), "\(text): \(drawn)")
        }
        // A speaker's own side (the relation finder, which knows the offices found so far): the body she serves.
        let own = Extractor().extract(Document(id: "t", text: "Anna Lisk is the chief executive of Korvex Mining. Lisk said Korvex Mining had ignored the warnings."))
        #expect(own.relations[Relation(source: "anna_lisk", predicate: .roleIn, target: "korvex_mining").key] != nil, "\(own.relations.values.map(\.key))")
        #expect(own.relations[Relation(source: "anna_lisk", predicate: .accused, target: "korvex_mining").key] == nil, "\(own.relations.values.map(\.key))")
        let sameSentence = Extractor().extract(Document(id: "t", text: "Korvex Mining chief executive Anna Lisk said the company had ignored the warnings."))
        #expect(sameSentence.relations[Relation(source: "anna_lisk", predicate: .accused, target: "korvex_mining").key] == nil, "\(sameSentence.relations.values.map(\.key))")
        let other = Extractor().extract(Document(id: "t", text: "Anna Lisk is the chief executive of Halbrand Group. Lisk said Korvex Mining had ignored the warnings."))
        #expect(other.relations[Relation(source: "anna_lisk", predicate: .accused, target: "korvex_mining").key] != nil, "\(other.relations.values.map(\.key))")
        // "Y's government" of a person is the state Y leads, which a frame cannot tell: not the person.
        let government = Self.drawn("Anna Lisk said Tomas Brel's government had ignored the warnings.")
        #expect(!Self.has(government, "anna_lisk", .accused, "tomas_brel"), "\(government)")
    }

    @Test("a reported wrong of 'the government', 'the state': the country the text is about; a rule 'broken', 'flouted'")
    func reportedWrongOfTheState() {
        func keys(_ text: String) -> [String] {
            Extractor().extract(Document(id: "t", text: text)).relations.values.map { "\($0.source) \($0.predicate.name) \($0.target)" }
        }
        let state = keys("LIMA — Peru approved a dam on Monday. The Velmar Herders Council said the state had breached its own water code.")
        #expect(state.contains("velmar_herders_council accused peru"), "\(state)")
        let government = keys("LIMA — Peru approved a dam on Monday. Anna Lisk said the government had violated the water accord.")
        #expect(government.contains("anna_lisk accused peru"), "\(government)")
        // Negatives: a condition, a future, and a government qualified by another country.
        for text in [
            "LIMA — Peru approved a dam on Monday. Anna Lisk said her group would sue if the government failed to act.",
            "LIMA — Peru approved a dam on Monday. Anna Lisk said the government would ignore the warning.",
            "LIMA — Peru approved a dam on Monday. Anna Lisk said the Chilean government had ignored the warning.",
            // A question: "asked whether the government had …".
            "LIMA — Peru approved a dam on Monday. Anna Lisk asked whether the government had ignored the warning.",
        ] {
            #expect(!keys(text).contains("anna_lisk accused peru"), "\(text): \(keys(text))")
        }
        let broken = Self.drawn("The regulator Anna Lisk said Korvex Mining had broken the export rules.")
        #expect(Self.has(broken, "anna_lisk", .accused, "korvex_mining"), "\(broken)")
        let flouted = Self.drawn("Anna Lisk said Korvex Mining had flouted the ceasefire.")
        #expect(Self.has(flouted, "anna_lisk", .accused, "korvex_mining"), "\(flouted)")
        // Not a record or ground broken.
        for text in ["Anna Lisk said Korvex Mining had broken ground on the mine.", "Anna Lisk said Korvex Mining had broken the sales record."] {
            #expect(!Self.drawn(text).contains { $0.predicate == .accused }, "\(text)")
        }
    }

    @Test("a finite verb's subject over a bracketed short name: 'the Velmar Audit Office (VAO) said'; a coordinated verb after a quotation takes the reporting clause's subject")
    func bracketedSubject() {
        let said = Self.drawn("The Velmar Audit Office (VAO) said Korvex Mining had stolen the funds.")
        #expect(Self.has(said, "velmar_audit_office", .accused, "korvex_mining"), "\(said)")
        let aside = Self.drawn("The Velmar Audit Office (VAO), which has examined the accounts since March, said Korvex Mining had stolen the funds.")
        #expect(Self.has(aside, "velmar_audit_office", .accused, "korvex_mining"), "\(aside)")
        // A relative clause on the bracketed name leaves the main clause's subject before it.
        let relative = Self.drawn("Anna Lisk, who heads the Velmar Front (VF), which organised the marches, urged Korvex Mining to pay.")
        #expect(!relative.contains { $0.predicate == .urged && $0.source == "velmar_front" }, "\(relative)")
        // A participle after the brackets is no clause of that name.
        let participle = Self.drawn("Korvex Mining filed a complaint with the Velmar Audit Office (VAO) accusing Halbrand Group of fraud.")
        #expect(!participle.contains { $0.predicate == .accused && $0.source == "velmar_audit_office" }, "\(participle)")
        let quoted = Self.drawn("Anna Lisk said the Velmar Front had \"only returned fire\" and accused Korvex Mining of smuggling weapons.")
        #expect(Self.has(quoted, "anna_lisk", .accused, "korvex_mining"), "\(quoted)")
        #expect(!Self.has(quoted, "velmar_front", .accused, "korvex_mining"), "\(quoted)")
    }

    @Test("meeting the leaders of a body is meeting the body: 'met leaders of A and B'")
    func metLeadersOf() {
        let met = Self.drawn("Prime Minister Anna Lisk met leaders of the Velmar Labour Congress and the Korvex Workers Union on Monday.")
        #expect(Self.has(met, "anna_lisk", .metWith, "velmar_labour_congress"), "\(met)")
        #expect(Self.has(met, "anna_lisk", .metWith, "korvex_workers_union"), "\(met)")
        // Not the leaders of a place.
        let place = Self.drawn("Anna Lisk met leaders of the protest in Lima on Monday.")
        #expect(!place.contains { $0.predicate == .metWith }, "\(place)")
    }

    @Test("asking an actor to do something is urging it: 'asked Chile to lift the ban'")
    func askedToDo() {
        let asked = Self.drawn("Peru asked Chile to lift the ban on fishing boats.")
        #expect(Self.has(asked, "peru", .urged, "chile"), "\(asked)")
        // A question is no request: "-whether/if/about" forbids the word after the object.
        for question in ["Peru asked Chile whether it would join the talks.", "Peru asked Chile if it would lift the ban.",
            "Peru asked Chile about the ban on fishing boats."]
        {
            let drawn = Self.drawn(question)
            #expect(!drawn.contains { $0.predicate == .urged }, "\(question): \(drawn)")
        }
    }

    @Test("a frame may require ('+to') or forbid ('-whether/if') the word right after the object, or after the verb without one")
    func nextWord() throws {
        let (frame, message) = Frame.parse(lemmas: ["ask"], pattern: "X V Y +to", predicate: .urged, flags: [])
        #expect(message == nil)
        let parsed = try #require(frame)
        #expect(parsed.elements.last == .next(["to"], required: true))
        let lexicon = try Lexicon(
            parsing: """
                [frames]
                ask	X:Actor V Y:Actor +to	urged
                """)
        let required = Self.drawn("Peru asked Chile to lift the ban.", lexicon: Lexicon.builtIn.merging(lexicon))
        #expect(Self.has(required, "peru", .urged, "chile"), "\(required)")
        // (The built-in frame still forbids "about"; the user's requires "to": neither matches.)
        let other = Self.drawn("Peru asked Chile for help with the ban.", lexicon: Lexicon.builtIn.merging(lexicon))
        #expect(!other.contains { $0.rule.contains("+to") }, "\(other)")
    }

    @Test("an attack reported by another actor is its accusation: 'X said Y had attacked', 'X told the court Y had beaten him'")
    func reportedAttack() {
        let said = Self.drawn("Chile said Peru had attacked its fishing boats.")
        #expect(Self.has(said, "chile", .accused, "peru"), "\(said)")
        // Its own operations reported by an actor are none; nor a killing, which armies report of themselves.
        let own = Self.drawn("Chile said it had attacked the rebel camp.")
        #expect(!own.contains { $0.predicate == .accused }, "\(own)")
        let retaliated = Self.drawn("Anna Lisk said Chilean troops retaliated on Monday.")
        #expect(!retaliated.contains { $0.predicate == .accused }, "\(retaliated)")
    }

    @Test("blame in reported speech accuses: 'X said Y was behind the attack', '… was carried out by Y', 'an act of sabotage by Y'")
    func reportedBlame() {
        for text in [
            "Defence Minister Tomas Brel said the Velmar Brigade was behind the attack on the depot.",
            "Chile said on Monday that the Velmar Brigade was responsible for the explosions.",
            "The Korvex Cyber Agency said the breach was carried out by the Velmar Brigade.",
            "Chile said the Velmar Brigade had orchestrated the bombing.",
            "President Anna Lisk said the fire was an act of sabotage by the Velmar Brigade.",
            "\"The Velmar Brigade was behind this attack,\" Anna Lisk said.",
        ] {
            let drawn = Self.drawn(text)
            #expect(drawn.contains { $0.predicate == .accused && $0.target == "velmar_brigade" }, "\(text): \(drawn)")
        }
        // A stand-in after "by": "a provocation by Peruvian troops" is Peru's.
        let provocation = Self.drawn("The Korvex Defence Ministry said its units had responded to \"a provocation\" by Peruvian troops.")
        #expect(Self.has(provocation, "korvex_defence_ministry", .accused, "peru"), "\(provocation)")
        // Not reported, negated, not an event, or one's own: no accusation.
        for text in [
            "The Velmar Brigade was behind the attack, officials said.", "Chile said the Velmar Brigade was not behind the attack.",
            "Chile said the Velmar Brigade was responsible for security at the port.",
            "The Velmar Brigade said it had carried out the attack.",
            "Chile said the review was carried out by the Velmar Brigade.",
            "Chile said there was no evidence of sabotage by the Velmar Brigade.",
            "Chile said the fire was not an act of sabotage by the Velmar Brigade.",
            "Chile said the fire may have been an act of sabotage by the Velmar Brigade.",
            "Chile said it had found no sign of aggression by the Velmar Brigade.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .accused }, "\(text): \(drawn)")
        }
    }

    @Test("loans are support: 'X, which lent Y $4 billion', 'lent $4 billion to Y'")
    func lending() {
        let lent = Self.drawn("The Korvex Fund, which lent Peru $430 million under a bailout, urged the bank to act.")
        #expect(Self.has(lent, "korvex_fund", .supports, "peru"), "\(lent)")
        let to = Self.drawn("The Korvex Fund lent $430 million to Peru in 2017.")
        #expect(Self.has(to, "korvex_fund", .supports, "peru"), "\(to)")
    }

    @Test("'X said it …': the pronoun right after a speech verb is that verb's subject, an organization or state")
    func saidIt() {
        let sent = Self.drawn("The Velmar Relief Agency said it had sent 4,000 doses of vaccine to Peru.")
        #expect(Self.has(sent, "velmar_relief_agency", .supports, "peru"), "\(sent)")
        // ("stood by": after a subject pronoun a past form before "by" is no passive.)
        let stood = Self.drawn("Chile said on Monday it stood by Peru after the clash.")
        #expect(Self.has(stood, "chile", .supports, "peru"), "\(stood)")
        // "sided with": each of both lists; a prediction ("expect X to side with Y") is no act.
        let sided = Self.drawn("Chile and Bolivia sided with Peru and Ecuador during the dispute.")
        for (x, y) in [("chile", "peru"), ("chile", "ecuador"), ("bolivia", "peru"), ("bolivia", "ecuador")] {
            #expect(Self.has(sided, x, .supports, y), "\(sided)")
        }
        let expected = Self.drawn("Analysts expect Chile to side with Peru in the vote.")
        #expect(!Self.has(expected, "chile", .supports, "peru"), "\(expected)")
        // A person's "it" may be the government, a description in apposition may not be the name after
        // it, and a quotation speaks for itself: none of them is read.
        for text in [
            "Foreign Minister Ana Ruiz said it stood by Peru.",
            "The relief agency of Norway, Velmar Aid, said it had sent 4,000 doses of vaccine to Peru.",
            "Chile said \"it stood by Peru\" in the past.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .supports && $0.source != "velmar_aid" }, "\(text): \(drawn)")
        }
    }

    @Test("aid or money given to the first object: 'offered Y technical assistance', 'gave Y $5 million'; not a demonym's")
    func aidToFirstObject() {
        let offered = Self.drawn("Spain offered Bolivia technical assistance after the floods.")
        #expect(Self.has(offered, "spain", .supports, "bolivia"), "\(offered)")
        let loans = Self.drawn("Norway has offered the Velmar Port Authority loans to rebuild the docks.")
        #expect(Self.has(loans, "norway", .supports, "velmar_port_authority"), "\(loans)")
        // "Chilean assistance" is Chile's own; a warning is no aid.
        for text in ["Spain offered Chilean technical assistance to the rescuers.", "Spain gave Bolivia a warning on Monday."] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .supports }, "\(text): \(drawn)")
        }
    }

    @Test("'Minister X said the state would ask Y to …': the speaker makes the request; a request made is the asker's")
    func speakerAsks() {
        let ask = Self.drawn("Foreign Minister Ana Ruiz said Chile would ask the United Nations to send observers.")
        #expect(Self.has(ask, "ana_ruiz", .urged, "united_nations"), "\(ask)")
        #expect(!ask.contains { $0.source == "chile" && $0.predicate == .urged }, "\(ask)")
        let government = Self.drawn("Interior Minister Ana Ruiz said the government will ask the United Nations to send observers.")
        #expect(Self.has(government, "ana_ruiz", .urged, "united_nations"), "\(government)")
        let asked = Self.drawn("Foreign Minister Ana Ruiz said Chile had asked Peru to withdraw its troops.")
        #expect(Self.has(asked, "chile", .urged, "peru"), "\(asked)")
    }

    @Test("a reported harm done or set off is an accusation: 'said Y had endangered …', '… was stirred up by Y'; not a modal, a negation, a debate stirred")
    func reportedHarm() {
        let endangered = Self.drawn("Anna Lisk said Tarvo Power had endangered the lives of its workers.")
        #expect(Self.has(endangered, "anna_lisk", .accused, "tarvo_power"), "\(endangered)")
        let interfered = Self.drawn("Mark Ortiz said the Halden Group had interfered in the vote.")
        #expect(Self.has(interfered, "mark_ortiz", .accused, "halden_group"), "\(interfered)")
        let stirred = Self.drawn("Interior Minister Anna Lisk said the unrest was stirred up by the Velmar Front.")
        #expect(Self.has(stirred, "anna_lisk", .accused, "velmar_front"), "\(stirred)")
        let incited = Self.drawn("The Tarvo Rights League said the Kestrel Party had incited the crowd.")
        #expect(Self.has(incited, "tarvo_rights_league", .accused, "kestrel_party"), "\(incited)")
        for text in [
            "Anna Lisk said Tarvo Power would endanger nothing by expanding.", "Mark Ortiz said the Halden Group had not interfered in the vote.",
            "Anna Lisk said the Velmar Front had stirred debate about the budget.", "Tarvo Power had endangered its own plans, analysts wrote.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .accused }, "\(text): \(drawn)")
        }
    }

    @Test("'X referred the case to Y': a body asked to act on a matter is urged; 'referred to Y' with no matter, or a referral asked for, is not")
    func referral() {
        let referred = Self.drawn("The Velmar Audit Office referred the case to the Tarvo Anti-Corruption Commission.")
        #expect(Self.has(referred, "velmar_audit_office", .urged, "tarvo_anti_corruption_commission"), "\(referred)")
        let matter = Self.drawn("The Kestrel Council has referred the matter to the Velmar Supreme Court.")
        #expect(Self.has(matter, "kestrel_council", .urged, "velmar_supreme_court"), "\(matter)")
        for text in [
            "Anna Lisk referred to the Tarvo Anti-Corruption Commission in her speech.", "The Velmar Audit Office referred the case to Anna Lisk.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .urged }, "\(text): \(drawn)")
        }
        // A referral asked for is not made: the asker urges the one asked, not the body it would refer to.
        let asked = Self.drawn("Chile called on the Velmar Audit Office to refer the case to the Tarvo Anti-Corruption Commission.")
        #expect(Self.has(asked, "chile", .urged, "velmar_audit_office"), "\(asked)")
        #expect(!asked.contains { $0.predicate == .urged && $0.target == "tarvo_anti_corruption_commission" }, "\(asked)")
        for text in [String]() {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .urged }, "\(text): \(drawn)")
        }
    }

    @Test("a body that runs or operates sites in a place is located there ('which operates two mines in A and B'); a person who runs a shop there, or a body that runs a campaign against a place, is not")
    func bodiesOperatingIn() {
        let mines = Self.drawn("Tarvo Mining, which operates two mines in Queensland and Tasmania, said it would appeal.")
        #expect(Self.has(mines, "tarvo_mining", .locatedIn, "queensland"), "\(mines)")
        #expect(Self.has(mines, "tarvo_mining", .locatedIn, "tasmania"), "\(mines)")
        let intransitive = Self.drawn("On Monday, Tarvo Shipping said it also operates in Chile and Peru.")
        #expect(Self.has(intransitive, "tarvo_shipping", .locatedIn, "chile"), "\(intransitive)")
        // Negatives: a person; a campaign "against" a place.
        let person = Self.drawn("Anna Lisk, who runs a shop in Queensland, said she would appeal.")
        #expect(!person.contains { $0.predicate == .locatedIn }, "\(person)")
        let against = Self.drawn("Tarvo Mining, which runs a campaign against Queensland, said it would appeal.")
        #expect(!against.contains { $0.predicate == .locatedIn }, "\(against)")
    }

    @Test("a body that operates or manages a named site leads it ('Korvex Ports, the company that operates the Tarvo Container Terminal'); not a fund, nor sites it only has")
    func bodiesRunningSites() {
        let terminal = Self.drawn("Korvex Ports, the company that operates the Tarvo Container Terminal, said traffic fell.")
        #expect(Self.has(terminal, "korvex_ports", .leads, "tarvo_container_terminal"), "\(terminal)")
        let river = Self.drawn("The Velmar Basin Authority, which manages the Tarvo River for both governments, cut the flow.")
        #expect(Self.has(river, "velmar_basin_authority", .leads, "tarvo_river"), "\(river)")
        // Negatives: no named site (a fund is no place), a person.
        let fund = Self.drawn("Korvex Capital manages the Tarvo Fund for Chile.")
        #expect(!fund.contains { $0.predicate == .leads }, "\(fund)")
        let person = Self.drawn("Anna Lisk, who manages the Tarvo Container Terminal, said traffic fell.")
        #expect(!person.contains { $0.predicate == .leads && $0.source == "anna_lisk" && $0.rule.hasPrefix("frame:operate") }, "\(person)")
    }

    @Test("members said in an apposition: 'Paraguay, Velmar's fourth founding member', 'A and B, its partners in the Velmar Union'; a list before a relative clause is its subject whole ('A, B and C, which formed the Velmar Union')")
    func membersInAppositions() {
        let founding = Self.drawn("Uruguay angered Brazil on Monday. Paraguay, the Velmar Union's fourth founding member, has ties with Taiwan.")
        #expect(Self.has(founding, "paraguay", .memberOf, "velmar_union"), "\(founding)")
        let partners = Self.drawn("Uruguay angered Argentina, Brazil and Peru, its partners in the Velmar Union.")
        for member in ["argentina", "brazil", "peru"] {
            #expect(Self.has(partners, member, .memberOf, "velmar_union"), "\(partners)")
        }
        let formed = Self.drawn("Niger blamed Benin on Monday. Niger, Mali and Chad, which formed the Velmar Alliance in 2024, left the bloc.")
        for member in ["niger", "mali", "chad"] {
            #expect(Self.has(formed, member, .memberOf, "velmar_alliance"), "\(formed)")
        }
        // Negatives: a singular description after a list describes its last name only; names in a phrase are no list.
        let unit = Self.drawn("Uruguay angered Argentina, Brazil and Korvex, a unit of the Velmar Group.")
        #expect(!unit.contains { $0.source == "argentina" || $0.source == "brazil" }, "\(unit)")
        let talks = Self.drawn("Talks between Chile and Peru, which formed the Velmar Union, stalled.")
        #expect(!Self.has(talks, "chile", .memberOf, "velmar_union"), "\(talks)")
    }

    @Test("ties held with an actor ('has diplomatic ties with Taiwan', 'established relations with Y') are affiliated_with, not ties cut; a site that straddles borders is in each state")
    func tiesAndStraddledBorders() {
        let ties = Self.drawn("Paraguay has diplomatic ties with Taiwan rather than China.")
        #expect(Self.has(ties, "paraguay", .affiliatedWith, "taiwan"), "\(ties)")
        let established = Self.drawn("Chile established diplomatic relations with Peru in 1990.")
        #expect(Self.has(established, "chile", .affiliatedWith, "peru"), "\(established)")
        let cut = Self.drawn("Chile cut ties with Peru on Monday.")
        #expect(!cut.contains { $0.predicate == .affiliatedWith }, "\(cut)")
        let lake = Self.drawn("Lake Korvo, which straddles the borders of Chad, Niger and Nigeria, is shrinking.")
        for country in ["chad", "niger", "nigeria"] {
            #expect(Self.has(lake, "lake_korvo", .locatedIn, country), "\(lake)")
        }
        let bare = Self.drawn("Lake Korvo straddles Chad and Niger.")
        #expect(Self.has(bare, "lake_korvo", .locatedIn, "niger"), "\(bare)")
        // Negative: a body that straddles a divide is no place.
        let party = Self.drawn("The Velmar Party straddles Chad's ethnic divide.")
        #expect(!party.contains { $0.predicate == .locatedIn }, "\(party)")
    }


    @Test("a purchase offered, planned or sought is no merger yet ('offered to buy Y', 'plans to acquire Y'); one done is")
    func offeredPurchases() {
        for text in [
            "Korvex Foods offered to buy Velmar Dairy.", "Korvex Foods plans to acquire Velmar Dairy.",
            "Korvex Foods is seeking to buy Velmar Dairy.",
        ] {
            let drawn = Self.drawn(text)
            #expect(!drawn.contains { $0.predicate == .mergedWith }, "\(text): \(drawn)")
        }
        let bought = Self.drawn("Korvex Foods bought Velmar Dairy.")
        #expect(Self.has(bought, "korvex_foods", .mergedWith, "velmar_dairy"), "\(bought)")
    }


    @Test("a suit to come is a threat ('said it would sue Y', 'threatened to sue Y', 'would seek damages from Y'); a suit filed is an accusation")
    func suitsToCome() {
        for text in [
            "Velmar Mining said it would sue Tarvo Bank for damages.", "Velmar Mining threatened to sue Tarvo Bank over the loan.",
            "Velmar Mining will sue Tarvo Bank.", "Velmar Mining said it would seek damages from Tarvo Bank in the High Court.",
        ] {
            let drawn = Self.drawn(text)
            #expect(Self.has(drawn, "velmar_mining", .threatened, "tarvo_bank"), "\(text): \(drawn)")
            #expect(!drawn.contains { $0.predicate == .accused }, "\(text): \(drawn)")
        }
        let both = Self.drawn("The Velmar Patients Association said it would sue the Tarvo Blood Centre and the Health Ministry for damages.")
        #expect(Self.has(both, "velmar_patients_association", .threatened, "tarvo_blood_centre"), "\(both)")
        #expect(Self.has(both, "velmar_patients_association", .threatened, "health_ministry"), "\(both)")
        // A suit filed is an accusation; one ruled out or only sought in the past is neither.
        let sued = Self.drawn("Velmar Mining sued Tarvo Bank over the loan.")
        #expect(Self.has(sued, "velmar_mining", .accused, "tarvo_bank"), "\(sued)")
        #expect(!sued.contains { $0.predicate == .threatened }, "\(sued)")
        let not = Self.drawn("Velmar Mining said it would not sue Tarvo Bank.")
        #expect(!not.contains { $0.predicate == .threatened || $0.predicate == .accused }, "\(not)")
        let sought = Self.drawn("Velmar Mining sought damages from Tarvo Bank in 2019.")
        #expect(!sought.contains { $0.predicate == .threatened }, "\(sought)")
    }


    @Test("a person who controls a company leads it ('Korvex Foods, controlled by billionaire Anna Lisk'); a body's control is no office")
    func personControls() {
        let controlled = Self.drawn("Korvex Foods, controlled by billionaire Anna Lisk, said it would appeal.")
        #expect(Self.has(controlled, "anna_lisk", .leads, "korvex_foods"), "\(controlled)")
        let body = Self.drawn("Korvex Foods, controlled by Velmar Holdings, said it would appeal.")
        #expect(!body.contains { $0.predicate == .leads }, "\(body)")
    }

}
