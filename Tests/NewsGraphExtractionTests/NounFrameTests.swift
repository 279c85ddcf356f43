import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Noun frames of what an actor is ("X, a unit of Y", "X is a member of Y"), of ties between
/// actors ("relations between X and Y", "X will cooperate with Y") and of support as a noun
/// ("X's support for Y"), run alone through ``FrameRules`` on invented sentences.
@Suite("Noun frames: appositions, copulas, ties, support")
struct NounFrameTests {
    typealias Drawn = FrameRulesTests.Drawn
    static func drawn(_ text: String) -> [Drawn] { FrameRulesTests.drawn(text) }
    static func has(_ drawn: [Drawn], _ source: String, _ predicate: Predicate, _ target: String) -> Bool {
        FrameRulesTests.has(drawn, source, predicate, target)
    }

    @Test("an apposition says what the name before it is: 'X, a unit of Y'")
    func apposition() {
        let unit = Self.drawn("Korvex Logistics, a unit of Halbrand Group, said on Monday that it would cut jobs.")
        #expect(Self.has(unit, "korvex_logistics", .memberOf, "halbrand_group"), "\(unit)")
        #expect(unit.contains { $0.rule.hasPrefix("frame:") && $0.rule.contains("X:Organization, N of Y") }, "\(unit)")
        let ally = Self.drawn("The Velmar Party, an ally of the Tessar Movement, won the vote.")
        #expect(Self.has(ally, "velmar_party", .affiliatedWith, "tessar_movement"), "\(ally)")
    }

    @Test("an apposition after a possessed group says what the name after it is: 'Y's N, X'")
    func appositionAfter() {
        let authority = Self.drawn("Peru's water authority, the Velmar Water Directorate, said the mine had drained the lake.")
        #expect(Self.has(authority, "velmar_water_directorate", .memberOf, "peru"), "\(authority)")
        let mission = Self.drawn("The Tessar Union's naval mission in the region, the Korvex Task Group, escorted the ship.")
        #expect(Self.has(mission, "korvex_task_group", .memberOf, "tessar_union"), "\(mission)")
        let owner = Self.drawn("Korvex Mines's owner, the Halbrand Holding, rejected the offer.")
        #expect(Self.has(owner, "korvex_mines", .memberOf, "halbrand_holding"), "\(owner)")
        // A list goes on from the name: no apposition.
        let list = Self.drawn("Peru's water authority, the Velmar Water Directorate, and Chile met in Lima.")
        #expect(!list.contains { $0.predicate == .memberOf }, "\(list)")
    }

    @Test("a place described by the place it is in: 'X, Chile's second city', 'X, Peru's largest island'")
    func placeApposition() {
        let city = Self.drawn("The ship docked in Tarvel, Chile's second city, on Monday.")
        #expect(Self.has(city, "tarvel", .locatedIn, "chile"), "\(city)")
        let capital = Self.drawn("Lima, Peru's capital, was quiet on Sunday.")
        #expect(Self.has(capital, "lima", .locatedIn, "peru"), "\(capital)")
        // Negatives: a person or a body described by a place ("X, Chile's ambassador"; "X, Lima's port operator"), a place
        // no noun of a place describes ("X, Chile's neighbour").
        let envoy = Self.drawn("Anna Lisk, Chile's ambassador, spoke in Lima.")
        #expect(!envoy.contains { $0.predicate == .locatedIn }, "\(envoy)")
        let neighbour = Self.drawn("Bolivia, Chile's neighbour, closed the border.")
        #expect(!neighbour.contains { $0.predicate == .locatedIn }, "\(neighbour)")
    }

    @Test("a presence in a country is a deployment: 'the presence of Peruvian forces in Bolivia', 'the Chilean presence in Bolivia'")
    func presence() {
        let of = Self.drawn("We have seen the presence of Peruvian forces in eastern Bolivia for months.")
        #expect(Self.has(of, "peru", .deployedTo, "bolivia"), "\(of)")
        let modifier = Self.drawn("The Chilean presence in Bolivia grew last year.")
        #expect(Self.has(modifier, "chile", .deployedTo, "bolivia"), "\(modifier)")
        // A presence in a region that is no country draws nothing.
        let region = Self.drawn("Chile's presence in the Velmar Basin grew last year.")
        #expect(!region.contains { $0.predicate == .deployedTo }, "\(region)")
    }

    @Test("a copula says it too; negated, or of a former office, it says nothing")
    func copula() {
        let member = Self.drawn("Anna Lisk is a senior member of the Velmar Council.")
        #expect(Self.has(member, "anna_lisk", .roleIn, "velmar_council"), "\(member)")
        // A party's member is a member of it, no office holder.
        let party = Self.drawn("Anna Lisk is a senior member of the Velmar Party.")
        #expect(Self.has(party, "anna_lisk", .memberOf, "velmar_party"), "\(party)")
        let negated = Self.drawn("Anna Lisk is not a member of the Velmar Party.")
        #expect(!negated.contains { $0.predicate == .roleIn || $0.predicate == .memberOf }, "\(negated)")
        let former = Self.drawn("Anna Lisk, a former member of the Velmar Party, said on Monday that she would run.")
        #expect(!former.contains { $0.predicate == .roleIn || $0.predicate == .memberOf }, "\(former)")
        let modifier = Self.drawn("Chile, a close Peruvian ally, voted against the plan.")
        #expect(Self.has(modifier, "chile", .affiliatedWith, "peru"), "\(modifier)")
    }

    @Test("ties between actors: 'relations between X and Y', 'X will cooperate with Y'")
    func ties() {
        let relations = Self.drawn("Relations between Chile and Peru improved last year.")
        #expect(Self.has(relations, "chile", .affiliatedWith, "peru"), "\(relations)")
        let cooperate = Self.drawn("Chile will cooperate with Peru on border security.")
        #expect(Self.has(cooperate, "chile", .affiliatedWith, "peru"), "\(cooperate)")
        let joint = Self.drawn("Chile held a joint exercise with Peru in May.")
        #expect(Self.has(joint, "chile", .affiliatedWith, "peru"), "\(joint)")
    }

    @Test("trade and service ties in an apposition: 'X, Y's distributor', 'Y's insurer, X', 'X, a customer of Y'")
    func tradeTies() {
        let possessor = Self.drawn("Korvex Mutual, Halbrand Shipping's insurer, said it would pay.")
        #expect(Self.has(possessor, "korvex_mutual", .affiliatedWith, "halbrand_shipping"), "\(possessor)")
        let before = Self.drawn("Halbrand Shipping's insurer, Korvex Mutual, said it would pay.")
        #expect(Self.has(before, "korvex_mutual", .affiliatedWith, "halbrand_shipping"), "\(before)")
        let of = Self.drawn("Tarvo Foods, a longtime customer of Halbrand Shipping, sued on Monday.")
        #expect(Self.has(of, "tarvo_foods", .affiliatedWith, "halbrand_shipping"), "\(of)")
        let copula = Self.drawn("For a decade Chile has been Peru's main copper buyer.")
        #expect(Self.has(copula, "chile", .affiliatedWith, "peru"), "\(copula)")
        // A region's supplier is no tie with an actor; a supplier of goods names none; a person who shops is no tie.
        let region = Self.drawn("Chile, Asia's main supplier of copper, raised prices.")
        #expect(!region.contains { $0.predicate == .affiliatedWith }, "\(region)")
        let goods = Self.drawn("Tarvo Foods, a supplier of frozen fish, sued on Monday.")
        #expect(!goods.contains { $0.predicate == .affiliatedWith }, "\(goods)")
        let shopper = Self.drawn("Anna Lisk, a longtime customer of Korvex Bank, said her account was frozen.")
        #expect(!shopper.contains { $0.predicate == .affiliatedWith }, "\(shopper)")
    }

    @Test("support as a noun, and a state's efforts standing for the state")
    func support() {
        let noun = Self.drawn("Chile's support for Peru angered its rivals.")
        #expect(Self.has(noun, "chile", .supports, "peru"), "\(noun)")
        let efforts = Self.drawn("Chile will continue to support Peru's efforts to rebuild the port.")
        #expect(Self.has(efforts, "chile", .supports, "peru"), "\(efforts)")
    }

    @Test("an apposed actor is read from the frame's text: 'X,' before N")
    func parse() throws {
        let (frame, message) = Frame.parse(lemmas: ["unit"], pattern: "X:Organization, N of Y", predicate: .memberOf, flags: [])
        #expect(message == nil)
        #expect(frame?.elements.first == .apposed(Frame.Slot(role: .source, kinds: [.organization])))
        #expect(throws: (any Error).self) { try Lexicon(parsing: "[frames]\nunit\tZ, N of Y\tmember_of\n", path: "u.lex") }
    }
}

/// Coordination with a serial comma ("A, B, and C") distributes a frame over every member.
@Suite("Coordination with a serial comma")
struct SerialCommaTests {
    @Test("objects: 'designated A, B, and C'")
    func objects() {
        let drawn = FrameRulesTests.drawn(
            "Chile designated the Velmar Front, the Tessar Movement, and the Korval Brigade as terrorist groups on Monday.")
        for target in ["velmar_front", "tessar_movement", "korval_brigade"] {
            #expect(FrameRulesTests.has(drawn, "chile", .designatedTerrorist, target), "\(target): \(drawn)")
        }
    }

    @Test("subjects: 'A, B, and C condemned X'")
    func subjects() {
        let drawn = FrameRulesTests.drawn("Chile, Peru, and Bolivia condemned the Velmar Front on Monday.")
        for source in ["chile", "peru", "bolivia"] {
            #expect(FrameRulesTests.has(drawn, source, .accused, "velmar_front"), "\(source): \(drawn)")
        }
    }
}

@Suite("Designation frame")
struct DesignationFrameTests {
    @Test("a designation needs what the target is designated as")
    func needsAs() {
        let listed = FrameRulesTests.drawn("Chile designated the Velmar Front as a terrorist group on Monday.")
        #expect(FrameRulesTests.has(listed, "chile", .designatedTerrorist, "velmar_front"), "\(listed)")
        let sanctioned = FrameRulesTests.drawn("Chile designated Korvex Logistics on Monday.")
        #expect(!sanctioned.contains { $0.rule.hasPrefix("frame:designate") }, "\(sanctioned)")
    }
}

extension DesignationFrameTests {
    @Test("an aside between dashes does not hide the complement after it")
    func dashAside() {
        let drawn = FrameRulesTests.drawn("Chile will designate the Velmar Front – also called the Reds – as a terrorist group.")
        #expect(FrameRulesTests.has(drawn, "chile", .designatedTerrorist, "velmar_front"), "\(drawn)")
    }
}

extension NounFrameTests {
    @Test("a tie the clause's subject acts in: 'X acted in coordination with Y', not 'X will work with Y'")
    func inCoordination() {
        let coordination = Self.drawn("Chile acted in close coordination with Peru during the crisis.")
        #expect(Self.has(coordination, "chile", .affiliatedWith, "peru"), "\(coordination)")
        // "work with" is too loose a tie: "would work with Y to keep the lanes open".
        let work = Self.drawn("Chile will work closely with Peru on the border.")
        #expect(!Self.has(work, "chile", .affiliatedWith, "peru"), "\(work)")
        // Not for an attack: the subject of a passive is its victim.
        let victim = Self.drawn("Three Chilean soldiers were killed in an attack on Peru's border post.")
        #expect(!victim.contains { $0.source == "chile" && $0.predicate == .attacked }, "\(victim)")
    }
}

extension NounFrameTests {
    @Test("'X is leader of Y' leads; 'X is deputy leader of Y' holds a role")
    func leaderCopula() {
        let leader = Self.drawn("Tomas Brel is leader of the Velmar Front.")
        #expect(Self.has(leader, "tomas_brel", .leads, "velmar_front"), "\(leader)")
        let deputy = Self.drawn("Tomas Brel is deputy leader of the Velmar Front.")
        #expect(Self.has(deputy, "tomas_brel", .roleIn, "velmar_front"), "\(deputy)")
        #expect(!Self.has(deputy, "tomas_brel", .leads, "velmar_front"), "\(deputy)")
    }
}

extension NounFrameTests {
    /// A verb the vocabulary lacks is numbered past its end: reading what a copula's group
    /// describes must not index the vocabulary with that number.
    @Test("a body that runs another: 'X, trustee of the Y fund', 'Y's administrators, X', 'X, operator of the Y mine'; not a person")
    func bodiesThatRunBodies() {
        let trustee = Self.drawn("The regulator said Korvex Super Pty Ltd, trustee of the Velmar Retirement Fund, had misled members.")
        #expect(Self.has(trustee, "korvex_super_pty_ltd", .leads, "velmar_retirement_fund"), "\(trustee)")
        let administrators = Self.drawn("Tarvo Property's administrators, Sydney firm Velmar Partners, said some loans had been used to pay interest.")
        #expect(Self.has(administrators, "velmar_partners", .leads, "tarvo_property"), "\(administrators)")
        let operatorOf = Self.drawn("Korvex Gold, operator of the Tarvo mine, said output fell.")
        #expect(Self.has(operatorOf, "korvex_gold", .leads, "tarvo_mine"), "\(operatorOf)")
        // A person's office is the title rules' (a manager of a body holds a role in it), and a customer runs nothing.
        let person = Self.drawn("Anna Lisk, manager of the Velmar Retirement Fund, said it would appeal.")
        #expect(!person.contains { $0.rule.hasPrefix("frame:trustee") }, "\(person)")
        let customer = Self.drawn("Korvex Gold, a customer of Tarvo Bank, said output fell.")
        #expect(!customer.contains { $0.predicate == .leads }, "\(customer)")
    }

    @Test("an unknown verb before a described group does not trap")
    func unknownVerbLemma() {
        let drawn = Self.drawn("Tomas Brel zorbleated a senior member of the Velmar Front.")
        #expect(!drawn.contains { $0.predicate == .roleIn }, "\(drawn)")
    }

    @Test("'a treaty between the two countries': the two countries named before; not one country alone, not 'the two sides', not a tie")
    func pairBetweenTheTwo() {
        let treaty = Self.drawn(
            "Chile and Peru resumed flights on Monday after a dispute over fishing rights. Trade has fallen sharply this year. "
                + "The flights are covered by a 1991 aviation treaty between the two countries.")
        #expect(Self.has(treaty, "chile", .agreedWith, "peru") || Self.has(treaty, "peru", .agreedWith, "chile"), "\(treaty)")
        // Negatives: one country named; "the two sides" (a noun of two kinds); a tie, "trade between the two countries".
        let alone = Self.drawn(
            "Chile resumed flights on Monday after a dispute over fishing rights. Trade has fallen sharply this year. "
                + "The flights are covered by a 1991 aviation treaty between the two countries.")
        #expect(!alone.contains { $0.predicate == .agreedWith }, "\(alone)")
        let sides = Self.drawn("Chile and Peru said on Monday they were ready to host new talks between the two sides in Lima.")
        #expect(!sides.contains { $0.predicate == .metWith }, "\(sides)")
        let trade = Self.drawn("Chile and Peru resumed flights on Monday. Trade between the two countries fell by half.")
        #expect(!trade.contains { $0.predicate == .affiliatedWith }, "\(trade)")
        // A go-between is none of the two: "Qatar, which mediated an agreement between the two countries".
        let mediated = Self.drawn(
            "Chile expelled Peru's ambassador on Thursday after a border clash. "
                + "Qatar, which mediated an agreement between the two countries in 2010, said it was ready to host talks.")
        #expect(!mediated.contains { $0.predicate == .agreedWith && ($0.source == "qatar" || $0.target == "qatar") }, "\(mediated)")
        #expect(Self.has(mediated, "chile", .agreedWith, "peru") || Self.has(mediated, "peru", .agreedWith, "chile"), "\(mediated)")
    }
}
