import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// The doer of the event a text opens with, which a later judgement blames (``JudgementRules``),
/// when the first sentence opens with no name of its own: an office's holder, a state's government
/// or instruments. Invented texts.
@Suite("Judgement rules: the lede's doer")
struct JudgementLedeTests: RuleSuite {
    @Test("'President X dismissed …': a later 'called the sacking \"an attack on …\"' accuses the office holder")
    func officeHolderOpens() {
        let g = graph(
            """
            TALVERA, Peru — President Anna Lisk on Friday dismissed central bank governor Marco Ruiz over the currency's fall.

            The opposition Renewal Movement called the sacking "an attack on the independence of the bank."
            """)
        #expect(has(g, "renewal_movement", .accused, "anna_lisk"), "\(keys(g))")
    }

    @Test("'called the order \"legally flawed\"': the deed a verb of the last sentences reported is its subject's, not the lede's; a deed-only noun with no such verb, none")
    func recentDeedDoer() {
        let g = graph(
            """
            LIMA (Reuters) - Floods killed 12 people in northern Tarvo on Monday, officials said.

            The Velmar Court ordered Korvex Mining to close its dam on Tuesday. Korvex Mining called the order "legally flawed."
            """)
        #expect(has(g, "korvex_mining", .accused, "velmar_court"), "\(keys(g))")
        let lede = graph(
            """
            LIMA (Reuters) - The Velmar Trade Board on Monday banned imports of Tarvo sugar.

            The Halden Commission designated the Kestrel Front a terrorist group. The Tarvo Sugar Council called the ban \
            "discriminatory." The Kestrel Front called the designation "an insult."
            """)
        #expect(has(lede, "tarvo_sugar_council", .accused, "velmar_trade_board"), "\(keys(lede))")
        #expect(has(lede, "kestrel_front", .accused, "halden_commission"), "\(keys(lede))")
        // Negative: "the order" with no verb that reported it names no doer (not the lede's).
        let none = graph(
            """
            LIMA (Reuters) - The Velmar Trade Board on Monday banned imports of Tarvo sugar.

            Korvex Mining called the order "legally flawed."
            """)
        #expect(!has(none, "korvex_mining", .accused, "velmar_trade_board"), "\(keys(none))")
    }

    @Test("'called the shelling \"a war crime\" committed by Y': the doer the judgement names after 'by'; not a 'by' naming no actor")
    func doerNamedByJudgement() {
        let g = graph(
            """
            LIMA (Reuters) - Floods killed 12 people in northern Tarvo on Monday, officials said.

            Anna Lisk called the shelling "a war crime" committed by the Kestrel Front. Mark Ortiz called the raid "an \
            illegal attack by the Halden Militia."
            """)
        #expect(has(g, "anna_lisk", .accused, "kestrel_front"), "\(keys(g))")
        #expect(has(g, "mark_ortiz", .accused, "halden_militia"), "\(keys(g))")
        let none = graph(
            """
            LIMA (Reuters) - Floods killed 12 people in northern Tarvo on Monday, officials said.

            Anna Lisk called the shelling "a war crime," by all accounts, and Mark Ortiz agreed.
            """)
        #expect(!none.relations.values.contains { $0.key.predicate == Predicate.accused.name }, "\(keys(none))")
    }

    @Test("'X welcomed the ruling': support of the deed's doer (the lede's, or the one named with the deed); not a welcome of a guest, nor a negated one")
    func welcomedDeed() {
        let g = graph(
            """
            TALVERA, Peru — Peru's Supreme Court on Monday ordered Korvex Mining to pay a fine for polluting the Tarvo River.

            The Velmar Growers Council welcomed the ruling. The Tarsel Fruit Board welcomed the Chilean Trade Board's decision.
            """)
        #expect(has(g, "velmar_growers_council", .supports, "peru_supreme_court") || has(g, "velmar_growers_council", .supports, "supreme_court"), "\(keys(g))")
        #expect(has(g, "tarsel_fruit_board", .supports, "chilean_trade_board"), "\(keys(g))")
        let guest = graph("TALVERA, Peru — Peru's president Anna Lisk hosted talks on Monday. Chile welcomed the delegation of Tomas Brel.")
        #expect(!guest.relations.values.contains { $0.key.predicate == Predicate.supports.name }, "\(keys(guest))")
        let negated = graph(
            """
            TALVERA, Peru — Peru's Supreme Court on Monday ordered Korvex Mining to pay a fine.

            The Velmar Growers Council has never welcomed the ruling.
            """)
        #expect(!negated.relations.values.contains { $0.key.predicate == Predicate.supports.name }, "\(keys(negated))")
    }

    @Test("blame words of a measure's critics: 'disproportionate', 'discriminatory'; 'the bans' and 'the levy' are deeds")
    func measureCritics() {
        let g = graph(
            """
            TALVERA, Peru — Peru on Monday banned imports of Chilean grapes and raised a levy on fruit shipments.

            The Velmar Growers Council called the bans "disproportionate and discriminatory." The Tarsel Fruit Board called \
            the levy "a welcome step."
            """)
        #expect(has(g, "velmar_growers_council", .accused, "peru"), "\(keys(g))")
        #expect(!has(g, "tarsel_fruit_board", .accused, "peru"), "\(keys(g))")
    }

    @Test("blame words of a ban's critics: 'hysterical'; 'a first step' blames no one")
    func moreBlameWords() {
        let g = graph(
            """
            TALVERA, Peru — Peru on Monday banned imports of Chilean grapes.

            The Velmar Growers Council called the ban "an act of hysterical protectionism." The Tarsel Fruit Board called \
            the ban "a first step."
            """)
        #expect(has(g, "velmar_growers_council", .accused, "peru"), "\(keys(g))")
        #expect(!has(g, "tarsel_fruit_board", .accused, "peru"), "\(keys(g))")
    }

    @Test("'Chilean naval commandos boarded …', 'A Chilean drone strike killed …': the state is the doer")
    func stateInstrumentsOpen() {
        let boarding = graph(
            """
            TALVERA, Peru — Chilean naval commandos boarded a tanker off the coast on Wednesday and escorted it to port.

            The Velmar Shipping Company called the boarding "an act of piracy" and said it would sue.
            """)
        #expect(has(boarding, "velmar_shipping_company", .accused, "chile"), "\(keys(boarding))")
        let strike = graph(
            """
            A Chilean drone strike on a car killed three men near the border on Sunday, officials said.

            Peru's Foreign Ministry called the strike "a flagrant violation of Peruvian sovereignty."
            """)
        #expect(strike.relations.values.contains { $0.predicate == .accused && $0.target == "chile" }, "\(keys(strike))")
        // Praise blames no one.
        let praise = graph(
            """
            A Chilean drone strike on a car killed three men near the border on Sunday, officials said.

            Peru's Foreign Ministry called the strike "a necessary step."
            """)
        #expect(!praise.relations.values.contains { $0.predicate == .accused && $0.target == "chile" }, "\(keys(praise))")
    }

    @Test("'Peru's military government seized …': the state; an unnamed body of it ('Peru's competition regulator') is none")
    func stateGovernmentOpens() {
        let seizure = graph(
            """
            Peru's military government has seized the Korvex gold mine and three tonnes of gold stored at the site.

            Halbrand Gold called the move "an unlawful expropriation" and filed for arbitration.
            """)
        #expect(has(seizure, "halbrand_gold", .accused, "peru"), "\(keys(seizure))")
        let fine = graph(
            """
            Peru's competition regulator has fined two drugmakers for delaying a cheaper pill.

            Halbrand Pharma called the move "an unlawful attack on patents."
            """)
        #expect(!fine.relations.values.contains { $0.predicate == .accused && $0.target == "peru" }, "\(keys(fine))")
    }

    @Test("an opening that reports speech or a passive names no doer: 'Minister X denounced …', 'soldiers were killed in …', 'officials said …'")
    func speechAndPassiveOpenings() {
        let denounced = graph(
            """
            Foreign Minister Ana Lisk on Monday denounced Korvia's seizure of two fishing boats.

            The Velmar Fisheries Association called the seizure "illegal."
            """)
        #expect(!has(denounced, "velmar_fisheries_association", .accused, "ana_lisk"), "\(keys(denounced))")
        let killed = graph(
            """
            Chilean soldiers were killed in a Peruvian strike near the border on Sunday.

            The Andean Council called the attack "a barbaric crime."
            """)
        #expect(!killed.relations.values.contains { $0.predicate == .accused && $0.target == "chile" }, "\(keys(killed))")
        let said = graph(
            """
            Chilean officials said on Tuesday that Bolivian troops had crossed the border.

            The Andean Council called the incursion "a grave provocation."
            """)
        #expect(!said.relations.values.contains { $0.predicate == .accused && $0.target == "chile" }, "\(keys(said))")
    }
}
