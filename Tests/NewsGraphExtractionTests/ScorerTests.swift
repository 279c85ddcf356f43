import NewsGraph
import NewsGraphExtraction
import Testing

@Suite("Gold scorer")
struct ScorerTests {
    let gold = GoldStandard(
        entities: [
            .init(id: "us", name: "United States", type: "Country", aliases: ["U.S.", "American"]),
            .init(id: "mali", name: "Mali", type: "Country", aliases: ["Mali"]),
            .init(id: "un", name: "the United Nations", type: "Organization", aliases: ["UN"]),
        ],
        relations: [
            .init(source: "us", target: "mali", type: "met_with"),
            .init(source: "mali", target: "un", type: "member_of"),
        ])

    @Test("matching ignores case, periods and a leading 'the'; symmetric relations match either way")
    func perfect() {
        let g = KnowledgeGraph(
            entities: [
                Entity(name: "US", kind: .country), Entity(name: "Mali", kind: .country),
                Entity(name: "United Nations", kind: .organization),
            ],
            relations: [
                Relation(source: "mali", predicate: .metWith, target: "us"),
                Relation(source: "mali", predicate: .memberOf, target: "united_nations"),
            ])
        let score = GoldScore(graph: g, gold: gold)
        #expect(score.entities.f1 == 1)
        #expect(score.relations.f1 == 1)
    }

    @Test("a second node for the same actor is a false positive; a wrong direction is not a match")
    func duplicatesAndDirection() {
        let g = KnowledgeGraph(
            entities: [
                Entity(name: "United States", kind: .country), Entity(name: "American", kind: .person),
                Entity(name: "Mali", kind: .country),
            ],
            relations: [Relation(source: "mali", predicate: .memberOf, target: "united_states")])
        let score = GoldScore(graph: g, gold: gold)
        #expect(score.entities == PRF(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(score.relations.truePositives == 0)
        #expect(score.relations.falsePositives == 1)
        #expect(score.relations.falseNegatives == 2)
    }

    @Test("typed entities: a node found by name but of the wrong kind is a false positive and a false negative")
    func typedEntities() {
        let g = KnowledgeGraph(
            entities: [
                Entity(name: "United States", kind: .country), Entity(name: "Mali", kind: .person),
                Entity(name: "Mali Times", kind: .organization),
            ],
            relations: [])
        let score = GoldScore(graph: g, gold: gold)
        #expect(score.entities == PRF(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        // US right; Mali as a Person wrong; "Mali Times" spurious; United Nations missed.
        #expect(score.typedEntities == PRF(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(score.mistypedEntities == ["Mali: Person (gold Country)"])
    }
}
