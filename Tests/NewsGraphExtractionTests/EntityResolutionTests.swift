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

    @Test(
        "middle names, initials, suffixes and titles before a surname resolve to one person",
        arguments: [
            ("Defense Minister Lamar J. Whitfield III met reporters on Monday. Whitfield said the talks went well.", "Whitfield"),
            ("President Ramon Villareal Santos Jr. arrived on Tuesday. Santos said the visit would be short.", "Santos"),
            ("Park Tae-soo, the chairman of the group, spoke first. Chairman Park said the plan was sound.", "Park"),
            ("Ursula von der Leyen met farmers on Friday. Von der Leyen promised new aid.", "Von der Leyen"),
            ("Khalid bin Salman toured the plant. Later, bin Salman praised the workers.", "bin Salman"),
        ])
    func personNames(text: String, surname: String) throws {
        let g = graph(text)
        let people = g.entities.values.filter { $0.kind == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        let person = try #require(people.first)
        #expect(person.aliases.contains(surname) || person.name == surname, "\(person.name): \(person.sortedAliases)")
        #expect(person.mentions.count == 2)
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
}
