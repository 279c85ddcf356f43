import Testing

@testable import NewsGraph

@Suite("GraphFilter")
struct GraphFilterTests {
    /// a (Person) —attacked→ b (Country) in doc1 (2020-01-03) and doc2 (2020-02-01);
    /// b —met_with— c (Country) in doc2, confidence 0.5; d (Location) alone; e —leads→ f in doc3 (undated).
    static func graph() -> KnowledgeGraph {
        func mention(_ doc: String) -> Set<Mention> { [Mention(documentID: doc, start: 0, end: 1)] }
        let attacked = Predicate.named("attacked")!, metWith = Predicate.named("met_with")!, leads = Predicate.named("leads")!
        return KnowledgeGraph(
            entities: [
                Entity(id: "a", name: "A", kind: .person, mentions: mention("doc1").union(mention("doc2"))),
                Entity(id: "b", name: "B", kind: .country, mentions: mention("doc1").union(mention("doc2"))),
                Entity(id: "c", name: "C", kind: .country, mentions: mention("doc2")),
                Entity(id: "d", name: "D", kind: .location, mentions: mention("doc1")),
                Entity(id: "e", name: "E", kind: .person, mentions: mention("doc3")),
                Entity(id: "f", name: "F", kind: .organization, mentions: mention("doc3")),
            ],
            relations: [
                Relation(
                    source: "a", predicate: attacked, target: "b",
                    evidence: [
                        Evidence(documentID: "doc1", sentence: "A attacked B.", start: 0, end: 13),
                        Evidence(documentID: "doc2", sentence: "A attacked B again.", start: 0, end: 19, confidence: 0.8),
                    ]),
                Relation(
                    source: "b", predicate: metWith, target: "c",
                    evidence: [Evidence(documentID: "doc2", sentence: "B met C.", start: 20, end: 28, confidence: 0.5)]),
                Relation(
                    source: "e", predicate: leads, target: "f",
                    evidence: [Evidence(documentID: "doc3", sentence: "E leads F.", start: 0, end: 10)]),
            ],
            documents: [
                DocumentInfo(id: "doc1", date: "2020-01-03"), DocumentInfo(id: "doc2", date: "2020-02-01T10:00:00Z"),
                DocumentInfo(id: "doc3"),
            ])
    }

    func ids(_ graph: KnowledgeGraph) -> [String] { graph.entities.keys.sorted() }
    func keys(_ graph: KnowledgeGraph) -> [String] { graph.sortedRelations.map { "\($0.source)-\($0.predicate.name)-\($0.target)" } }

    @Test("an empty filter keeps the graph")
    func empty() {
        #expect(GraphFilter().apply(to: Self.graph()) == Self.graph())
    }

    @Test("min weight, min confidence and predicates")
    func relations() {
        let graph = Self.graph()
        #expect(keys(GraphFilter(minWeight: 2).apply(to: graph)) == ["a-attacked-b"])
        let confident = GraphFilter(minConfidence: 0.9).apply(to: graph)
        #expect(keys(confident) == ["a-attacked-b", "e-leads-f"])
        #expect(confident.relations[RelationKey(source: "a", predicate: "attacked", target: "b")]?.weight == 1)
        #expect(keys(GraphFilter(predicates: ["met_with"]).apply(to: graph)) == ["b-met_with-c"])
        // Entities stay unless dropped.
        #expect(ids(GraphFilter(predicates: ["met_with"]).apply(to: graph)).count == 6)
        #expect(ids(GraphFilter(predicates: ["met_with"], dropIsolated: true).apply(to: graph)) == ["b", "c"])
    }

    @Test("kinds keep actors of those kinds and the relations between them")
    func kinds() {
        let result = GraphFilter(kinds: [.country, .location]).apply(to: Self.graph())
        #expect(ids(result) == ["b", "c", "d"])
        #expect(keys(result) == ["b-met_with-c"])
    }

    @Test("a date window keeps what dated documents inside it say")
    func dates() {
        let graph = Self.graph()
        let january = GraphFilter(until: "2020-01-31").apply(to: graph)
        #expect(ids(january) == ["a", "b", "d"])
        #expect(keys(january) == ["a-attacked-b"])
        #expect(january.relations.values.first?.weight == 1)
        #expect(january.documents.keys.sorted() == ["doc1"])
        let february = GraphFilter(since: "2020-02-01").apply(to: graph)
        #expect(ids(february) == ["a", "b", "c"])
        #expect(keys(february) == ["a-attacked-b", "b-met_with-c"])
        #expect(february.entities["a"]?.mentions.map(\.documentID) == ["doc2"])
    }

    @Test("top N by degree or mentions, ties by id")
    func top() {
        let graph = Self.graph()
        let byDegree = GraphFilter(top: 2).apply(to: graph)
        #expect(ids(byDegree) == ["a", "b"])
        #expect(keys(byDegree) == ["a-attacked-b"])
        #expect(ids(GraphFilter(top: 1, topBy: .mentions).apply(to: graph)) == ["a"])
        #expect(GraphFilter(top: 0).apply(to: graph).isEmpty == false)  // documents stay
        #expect(GraphFilter(top: 0).apply(to: graph).entities.isEmpty)
    }

    @Test("the largest component, then isolated nodes dropped")
    func structure() {
        let graph = Self.graph()
        #expect(ids(GraphFilter(largestComponent: true).apply(to: graph)) == ["a", "b", "c"])
        #expect(ids(GraphFilter(dropIsolated: true).apply(to: graph)) == ["a", "b", "c", "e", "f"])
        // Ties in size: the component with more relations; then the smallest id.
        let pairs = KnowledgeGraph(
            entities: ["x", "y", "p", "q"].map { Entity(id: $0, name: $0.uppercased(), kind: .person) },
            relations: [
                Relation(source: "x", predicate: Predicate.named("leads")!, target: "y"),
                Relation(source: "p", predicate: Predicate.named("leads")!, target: "q"),
            ])
        #expect(ids(GraphFilter(largestComponent: true).apply(to: pairs)) == ["p", "q"])
    }

    @Test("bad values are refused with a message")
    func validation() {
        #expect(throws: NewsGraphError.self) { try GraphFilter(minConfidence: 2).validate() }
        #expect(throws: NewsGraphError.self) { try GraphFilter(since: "2020-13-01").validate() }
        #expect(throws: NewsGraphError.self) { try GraphFilter(until: "yesterday").validate() }
        #expect(throws: NewsGraphError.self) { try GraphFilter(top: -1).validate() }
        #expect(throws: Never.self) { try GraphFilter(minWeight: 1, since: "2020-01-01").validate() }
    }
}
