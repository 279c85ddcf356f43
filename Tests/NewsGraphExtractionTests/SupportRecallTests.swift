import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Recall rules for support named by a phrase (help, donors) and by a passive whose agent comes after a word of
/// degree or is described by a hyphenated place, each on invented sentences with negatives (none of the corpus texts).
@Suite("Support recall rules")
struct SupportRecallTests: RuleSuite {
    @Test("'with the help of X' makes X support the clause's subject; help of a place, or a passive, does not")
    func helpOf() {
        let g = graph("The Korvex Mapping Agency is charting the coast with the help of the Velmar Survey Command.")
        #expect(has(g, "velmar_survey_command", .supports, "korvex_mapping_agency"), "\(keys(g))")
        let pronoun = graph("The Korvex Data Office said it had traced the intrusion with help from Tarvel Labs.")
        #expect(has(pronoun, "tarvel_labs", .supports, "korvex_data_office"), "\(keys(pronoun))")
        let passive = graph("Traffic was filtered by the Korvex Data Office with the help of Tarvel Labs.")
        #expect(!passive.relations.values.contains { $0.predicate == .supports }, "\(keys(passive))")
        let place = graph("The Korvex Data Office traced the intrusion with the help of Lima.")
        #expect(!place.relations.values.contains { $0.predicate == .supports }, "\(keys(place))")
        let own = graph("Peru began spraying in its northern provinces with the help of its Velmar Youth Service.")
        #expect(!own.relations.values.contains { $0.predicate == .supports }, "\(keys(own))")
        let unnamed = graph("The Korvex Data Office traced the intrusion with the help of its own engineers.")
        #expect(!unnamed.relations.values.contains { $0.predicate == .supports }, "\(keys(unnamed))")
    }

    @Test("'asked X to help identify Y's members' makes X support no Y: the name is the bare verb's object; 'will help Y' supports Y")
    func helpBeforeABareVerb() {
        let identify = graph("Velmar said it would ask Interpol to help identify the Kessa Legion's members.")
        #expect(!has(identify, "interpol", .supports, "kessa_legion"), "\(keys(identify))")
        let plain = graph("Velmar said Interpol would help Tarvo.")
        #expect(has(plain, "interpol", .supports, "tarvo"), "\(keys(plain))")
    }

    @Test("'X, a major donor to Y' and 'X, Y's largest aid donor' make X support Y; a donor conference does not")
    func donor() {
        let g = graph("The Velmar Union, a major donor to Peru, said the vote was flawed.")
        #expect(has(g, "velmar_union", .supports, "peru"), "\(keys(g))")
        let possessive = graph("Chile, Peru's largest aid donor, said the vote was flawed.")
        #expect(has(possessive, "chile", .supports, "peru"), "\(keys(possessive))")
        let conference = graph("Chile hosted a donor conference for Peru.")
        #expect(!conference.relations.values.contains { $0.predicate == .supports }, "\(keys(conference))")
        let bare = graph("Chile said Peru was a major donor.")
        #expect(!bare.relations.values.contains { $0.predicate == .supports }, "\(keys(bare))")
    }

    @Test("a donor described by 'the country's', by a relative's copula, or after another description joined by 'and'")
    func donorForms() {
        let country = graph("LIMA — Peru will vote in May, officials said. Peru has had three presidents since 2019. Chile, the country's largest aid donor, said it would help.")
        #expect(has(country, "chile", .supports, "peru"), "\(keys(country))")
        let relative = graph("Chile, which is Peru's largest aid donor, said it would help.")
        #expect(has(relative, "chile", .supports, "peru"), "\(keys(relative))")
        let joined = graph("Chile, Peru's largest trading partner and biggest aid donor, said it would help.")
        #expect(has(joined, "chile", .supports, "peru"), "\(keys(joined))")
        // Negatives: a donor the relative does not describe, and a description joined by "and" with no possessive.
        let other = graph("Chile, which said Peru's largest aid donor had left, agreed.")
        #expect(!has(other, "chile", .supports, "peru"), "\(keys(other))")
        let noPossessive = graph("Chile, a trading partner and biggest aid donor, said Peru would agree.")
        #expect(!has(noPossessive, "chile", .supports, "peru"), "\(keys(noPossessive))")
    }

    @Test("'funded in part by X' is a passive with its agent; 'a Quito-based group backed by X' supports the group")
    func passiveAgents() {
        let part = graph("Korvex Reef Trust, a marine charity funded in part by the Tarvel Foundation, said the coral died.")
        #expect(has(part, "tarvel_foundation", .supports, "korvex_reef_trust"), "\(keys(part))")
        let based = graph("The Korvex Patent Pool, a Quito-based group backed by the Velmar Union, said it would appeal.")
        #expect(has(based, "velmar_union", .supports, "korvex_patent_pool"), "\(keys(based))")
        // "in part" without an agent, and a place's name in the compound, support nothing.
        let fees = graph("Korvex Reef Trust, a marine charity funded in part by fees, said the coral died.")
        #expect(!fees.relations.values.contains { $0.predicate == .supports }, "\(keys(fees))")
        #expect(!has(based, "velmar_union", .supports, "quito"), "\(keys(based))")
    }

    @Test("'donor' opening a document, and a text ending in a helper's phrase, draw nothing and do not trap")
    func edges() {
        #expect(graph("donor fatigue grew in Peru.").relations.values.allSatisfy { $0.predicate != .supports })
        #expect(graph("donor").relations.isEmpty)
        #expect(graph("Korvex traced it with the help of").relations.isEmpty)
    }

    @Test("money lent to the first object ('which has lent Peru money') and anything donated to an actor ('donated fuel to the army') support it; fuel sold or shipped does not")
    func lentMoneyAndDonations() {
        let lent = graph("The Velmar Development Bank, which has lent Peru money to upgrade its ports, said it was concerned.")
        #expect(has(lent, "velmar_development_bank", .supports, "peru"), "\(keys(lent))")
        let donated = graph("Chile, which has donated fuel to the Peruvian Armed Forces, did not comment.")
        #expect(has(donated, "chile", .supports, "peruvian_armed_forces"), "\(keys(donated))")
        // Negatives: fuel sold or shipped is trade; money lent by an unnamed lender names no one.
        let sold = graph("Chile, which has sold fuel to the Peruvian Armed Forces, did not comment.")
        #expect(!sold.relations.values.contains { $0.predicate == .supports }, "\(keys(sold))")
        let shipped = graph("Chile shipped fuel to Peru on Monday.")
        #expect(!shipped.relations.values.contains { $0.predicate == .supports }, "\(keys(shipped))")
    }
}
