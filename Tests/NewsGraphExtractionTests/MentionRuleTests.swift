import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// What is a name and of which kind, for names no lexicon knows. Invented sentences.
@Suite("Mention rules")
struct MentionRuleTests {
    private func graph(_ text: String) -> KnowledgeGraph {
        Extractor().extract(Document(id: "m", text: text))
    }

    private func node(_ form: String, in graph: KnowledgeGraph) -> Entity? {
        graph.entities.values.first { $0.name == form || $0.aliases.contains(form) }
    }

    @Test("a sentence adverb before a comma is no name; a name before a comma is")
    func sentenceAdverbs() {
        let g = graph(
            "Indeed, the board said the brakes worked. Notably, the line was new. Separately, Okonkwo, the mayor of Tarvel, said the town was safe. Unfortunately, nobody listened."
        )
        for word in ["Indeed", "Notably", "Separately", "Unfortunately"] {
            #expect(node(word, in: g) == nil, "\(word)")
        }
        #expect(node("Okonkwo", in: g) != nil)
    }

    @Test("the acronym of a designation or a law is no name, here or later")
    func classAcronyms() {
        let g = graph(
            "The ministry designated the Red Hand Brigade a Foreign Terrorist Organization (FTO) on Monday, under Executive Order (E.O.) 14000. FTO rules freeze its assets under E.O. 14000 and Section 3 of the act. Two of its chiefs were named Specially Designated Nationals (SDNs); SDN rules apply."
        )
        for word in ["FTO", "E.O.", "Section", "SDNs", "SDN"] {
            #expect(node(word, in: g) == nil, "\(word)")
        }
        #expect(node("Red Hand Brigade", in: g) != nil)
    }

    @Test("an office, a portfolio or a rank before a full name is no part of the person's name")
    func officesBeforeNames() throws {
        let g = graph(
            """
            Kalmar's Minister for Foreign Affairs, Helen Farrow, met Coordinating Minister for Political and Security Affairs Budi Santoso on Monday. \
            Under Secretary for Trade and Financial Intelligence Brian Holloway joined them. \
            Emergency Relief Coordinator Mark Lindqvist and Commodore Tariq Al-Hamdan arrived later.
            """)
        for name in ["Helen Farrow", "Budi Santoso", "Brian Holloway", "Mark Lindqvist", "Tariq Al-Hamdan"] {
            let person = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(person.kind == .person, "\(name)")
        }
        for phrase in ["Foreign Affairs", "Security Affairs Budi Santoso", "Financial Intelligence Brian Holloway", "Trade"] {
            #expect(node(phrase, in: g) == nil, "\(phrase)")
        }
        // A place after "of" or "for" is no portfolio: it stays a name.
        let places = graph("The governor of Tarvel County, Mike Okafor, met the envoy for Norway, Hans Lindgren, on Monday.")
        #expect(node("Tarvel County", in: places) != nil)
        #expect(node("Norway", in: places) != nil)
        #expect(node("Hans Lindgren", in: places)?.kind == .person)
    }

    @Test("a name that ends in a common English word or holds an acronym names no person")
    func organizationsByTheirWords() throws {
        let g = graph(
            "Fjordline Tankers said on Monday that Transport Norway had ordered an inspection. Analysts at Korvo Asset Securities and KT Orbis agreed. Vermeer Capital declined to comment."
        )
        for name in ["Fjordline Tankers", "Transport Norway", "Korvo Asset Securities", "KT Orbis"] {
            let org = try #require(node(name, in: g), "\(name): \(g.entities.values.map(\.name))")
            #expect(org.kind == .organization, "\(name): \(org.kind)")
        }
        // People keep their kind: a given name first, or a name of no common word.
        let people = graph("Mark Rice met Bambang Sutrisno on Monday. Rice said the talks went well.")
        #expect(node("Mark Rice", in: people)?.kind == .person)
        #expect(node("Bambang Sutrisno", in: people)?.kind == .person)
    }
}
