import NewsGraph
import Testing

@Suite("Knowledge graph merge")
struct MergeLawTests {
    let a = Fixtures.summit
    let b = Fixtures.followUp
    let c = Fixtures.awkward

    @Test("merge is associative")
    func associative() {
        #expect(a.merging(b.merging(c)) == a.merging(b).merging(c))
    }

    @Test("merge is commutative")
    func commutative() {
        #expect(a.merging(b) == b.merging(a))
        #expect(a.merging(c) == c.merging(a))
    }

    @Test("merging a graph with itself changes nothing")
    func idempotent() {
        #expect(a.merging(a) == a)
        let abc = KnowledgeGraph.merged([a, b, c])
        #expect(abc.merging(abc) == abc)
        #expect(abc.merging(b) == abc)
    }

    @Test("merge keeps every piece of provenance")
    func provenance() throws {
        let merged = a.merging(b)
        let lima = try #require(merged.entities["ana_lima"])
        #expect(lima.aliases == ["Lima", "President Lima"])
        #expect(lima.mentionCount == 2)
        #expect(lima.documentIDs == ["a", "b"])
        let leads = try #require(merged.relations[RelationKey(source: "ana_lima", predicate: "leads", target: "brazil")])
        #expect(leads.weight == 2)
        #expect(leads.documentIDs == ["a", "b"])
        #expect(leads.role == "President")
        #expect(Set(merged.documents.keys) == ["a", "b"])
        #expect(merged.documents["a"]?.title == "Leaders meet in Oslo")
        #expect(merged.documents["b"]?.url == "https://example.org/b")
        // Attributes from another tool: united; a conflict keeps the larger value, in any order.
        #expect(lima.attributes == ["party": "Green", "x": "1.5", "term": "2"])
        #expect(b.merging(a).entities["ana_lima"]?.attributes == lima.attributes)
        let met = try #require(merged.relations[RelationKey(source: "brazil", predicate: "met_with", target: "norway")])
        #expect(met.attributes == ["venue": "Oslo \"Hall\" & <annex>"])
    }

    @Test("symmetric relations are one edge whatever the direction")
    func symmetric() throws {
        let merged = a.merging(b)
        let met = merged.relations.values.filter { $0.predicate == .metWith }
        #expect(met.count == 1)
        let relation = try #require(met.first)
        #expect(relation.source == "brazil" && relation.target == "norway")
        #expect(relation.weight == 2)
        #expect(relation.confidence == 1)
    }

    @Test("conflicting names and kinds are reconciled the same way in any order")
    func conflicts() {
        let x = Entity(id: "acme", name: "ACME", kind: .organization, aliases: ["Acme Corp"])
        let y = Entity(id: "acme", name: "Acme", kind: .person)
        #expect(x.merged(with: y) == y.merged(with: x))
        #expect(x.merged(with: y).name == "ACME")
        #expect(x.merged(with: y).aliases == ["Acme", "Acme Corp"])
        #expect(x.merged(with: y).kind == .person)
    }

    @Test("evidence at the same sentence counts once")
    func evidenceDeduplication() {
        let e1 = Fixtures.evidence("a", 0, "X hit Y.", confidence: 0.5)
        let e2 = Fixtures.evidence("a", 0, "X hit Y.", confidence: 0.9)
        let r1 = Relation(source: "x", predicate: .attacked, target: "y", evidence: [e1])
        let r2 = Relation(source: "x", predicate: .attacked, target: "y", evidence: [e2])
        #expect(r1.merged(with: r2) == r2.merged(with: r1))
        #expect(r1.merged(with: r2).weight == 1)
        #expect(r1.merged(with: r2).confidence == 0.9)
    }

    @Test("evidence held inline (one piece) or by location (more) reads, compares and hashes the same")
    func evidenceStorage() {
        let pieces = (0..<5).map { Fixtures.evidence("d\($0 % 2)", $0 * 10, "S\($0).", confidence: 0.1 * Double($0 + 1)) }
        let duplicate = Fixtures.evidence("d0", 0, "S0.", confidence: 0.95)
        var forward = Relation(source: "x", predicate: .attacked, target: "y")
        for piece in pieces + [duplicate] { forward.add(piece) }
        let backward = Relation(source: "x", predicate: .attacked, target: "y", evidence: Array(([duplicate] + pieces).reversed()))
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        #expect(forward.evidence == backward.evidence)
        #expect(forward.evidence == ([duplicate] + pieces[1...]).sorted())
        #expect(forward.evidenceCount == 5)
        #expect(forward.evidenceByLocation.count == 5)
        #expect(forward.confidence == 0.95)
        #expect(forward.documentIDs == ["d0", "d1"])
        // One piece, then the same location again: still one, the larger kept.
        var one = Relation(source: "x", predicate: .attacked, target: "y", evidence: [pieces[0]])
        #expect(one.evidenceCount == 1 && one.evidence == [pieces[0]] && one.weight == 1)
        one.add(duplicate)
        #expect(one.evidence == [duplicate])
        #expect(one == Relation(source: "x", predicate: .attacked, target: "y", evidence: [pieces[0], duplicate]))
        #expect(one.evidenceByLocation == [duplicate.location: duplicate])
        // A copy's evidence is its own: adding to one leaves the other as it was.
        let before = forward
        var after = forward
        after.add(Fixtures.evidence("d2", 0, "T.", confidence: 1))
        #expect(before.evidenceCount == 5 && after.evidenceCount == 6 && forward == before)
        #expect(Relation(source: "x", predicate: .attacked, target: "y", importedWeight: 2).weight == 2)
    }

    /// Three graphs from other tools' files: the same undirected pair written both ways,
    /// the same pair as a directed edge, imported weights (one negative) and evidence.
    static let foreign: [KnowledgeGraph] = {
        let related = Predicate(name: "related_to", category: .structural, definition: "Read from GraphML.")
        let entities = ["a", "b", "c"].map { Entity(id: $0, name: $0, kind: .organization) }
        let x = KnowledgeGraph(
            entities: entities,
            relations: [
                Relation(source: "b", predicate: related, target: "a", directed: false, importedWeight: 3),
                Relation(source: "b", predicate: related, target: "c", importedWeight: -2),
            ])
        let y = KnowledgeGraph(
            entities: entities,
            relations: [
                Relation(source: "a", predicate: related, target: "b", importedWeight: 0.5),
                Relation(source: "b", predicate: related, target: "c", importedWeight: -1),
                Relation(source: "c", predicate: related, target: "a", directed: false, importedWeight: 7),
            ])
        let z = KnowledgeGraph(
            entities: entities,
            relations: [
                Relation(
                    source: "a", predicate: related, target: "c", evidence: [Fixtures.evidence("d", 0, "A and C.")],
                    importedWeight: 4),
                Relation(source: "a", predicate: related, target: "b", directed: false, importedWeight: 1),
            ])
        return [x, y, z]
    }()

    @Test("merge laws hold for directedness and imported weights")
    func foreignLaws() throws {
        let (x, y, z) = (Self.foreign[0], Self.foreign[1], Self.foreign[2])
        #expect(x.merging(y.merging(z)) == x.merging(y).merging(z))
        #expect(x.merging(y) == y.merging(x))
        #expect(x.merging(z) == z.merging(x))
        let all = KnowledgeGraph.merged([x, y, z])
        #expect(all.merging(all) == all)
        #expect(all.merging(y) == all)
        #expect(KnowledgeGraph.merged([z, y, x]) == all)

        func relation(_ source: String, _ target: String) throws -> Relation {
            try #require(all.relations[RelationKey(source: source, predicate: "related_to", target: target)])
        }
        // b–a undirected (stored in id order) met a → b directed: one undirected relation;
        // imported weights merge to the larger, never to a sum.
        let ab = try relation("a", "b")
        #expect(!ab.isDirected && ab.importedWeight == 3 && ab.weight == 3)
        #expect(all.relations[RelationKey(source: "b", predicate: "related_to", target: "a")] == nil)
        // c–a undirected, in id order.
        #expect(try !relation("a", "c").isDirected)
        // Directed stays directed; a negative weight survives.
        let bc = try relation("b", "c")
        #expect(bc.isDirected && bc.weight == -1)
        // Evidence makes the weight a count of sentences; the imported one is dropped.
        let ac = try relation("a", "c")
        #expect(ac.weight == 1 && ac.importedWeight == nil)
        #expect(all.directedness == .mixed)
        #expect(x.directedness == .mixed && KnowledgeGraph(entities: [], relations: [ab]).directedness == .undirected)
        #expect(Fixtures.summit.directedness == .mixed && KnowledgeGraph().directedness == .directed)
    }

    @Test("a symmetric predicate is undirected whatever the caller says")
    func symmetricIsUndirected() {
        let met = Relation(source: "z", predicate: .metWith, target: "a", directed: true)
        #expect(!met.isDirected && met.source == "a" && met.target == "z")
        #expect(Relation(source: "z", predicate: .leads, target: "a").isDirected)
    }

    @Test("dangling relations are reported")
    func dangling() {
        var graph = a
        graph.add(Relation(source: "ana_lima", predicate: .attacked, target: "nobody"))
        #expect(graph.danglingRelations.map(\.target) == ["nobody"])
        #expect(a.danglingRelations.isEmpty)
    }
}

@Suite("Vocabulary and identifiers")
struct VocabularyTests {
    @Test("every built-in predicate is named validly and described")
    func builtIns() {
        #expect(Predicate.builtIn.count == Set(Predicate.builtIn).count)
        for predicate in Predicate.builtIn {
            #expect(Predicate.isValidName(predicate.name), "\(predicate.name)")
            #expect(!predicate.definition.isEmpty)
            #expect(Predicate.named(predicate.name) == predicate)
            if let cameo = predicate.cameo {
                #expect(cameo.count == 2 && cameo.allSatisfy(\.isNumber))
                #expect(predicate.cameoCode?.hasPrefix(cameo) == true)
            }
        }
        #expect(Predicate.metWith.isSymmetric && !Predicate.leads.isSymmetric)
        #expect(Predicate.attacked.cameo == "19")
        #expect(Predicate.threatened.cameo == "13")
        #expect(Predicate.leads.cameo == nil)
    }

    @Test("predicate names must be snake_case ASCII", arguments: ["Leads", "1st", "met with", "", "café", "a-b"])
    func invalidNames(name: String) {
        #expect(!Predicate.isValidName(name))
    }

    @Test(
        "stable ids",
        arguments: [
            ("Mark Esper", "mark_esper"), ("Nicolás Maduro", "nicolas_maduro"), ("U.S.", "u_s"),
            ("  Kataib   Hezbollah ", "kataib_hezbollah"), ("al-Shabaab", "al_shabaab"), ("北京", "北京"), ("!!!", "x21_21_21"),
            ("O`Brien^s  Pub.", "obriens_pub"), ("A", "a"),
        ])
    func stableIDs(name: String, id: String) {
        #expect(StableID.make(name) == id)
    }

    @Test("entity kinds parse case-insensitively")
    func kinds() {
        #expect(EntityKind(name: "person") == .person)
        #expect(EntityKind(name: "FACILITY") == .facility)
        #expect(EntityKind(name: "Group") == nil)
    }
}

@Suite("Entity mentions stored by count")
struct EntityMentionStorageTests {
    let m1 = Mention(documentID: "a", start: 0, end: 4)
    let m2 = Mention(documentID: "b", start: 7, end: 11)

    @Test("an entity named once equals the same entity built from a set, however it was made")
    func oneMention() {
        let boxed = Entity(id: "x", name: "X", kind: .person, mention: m1)
        let fromSet = Entity(id: "x", name: "X", kind: .person, mentions: [m1])
        #expect(boxed == fromSet)
        #expect(Set([boxed, fromSet]).count == 1)
        #expect(boxed.mentions == [m1])
        #expect(boxed.mentionCount == 1 && boxed.isMentioned)
        #expect(boxed.sortedMentions == [m1])
        #expect(boxed.documentIDs == ["a"])
        var shrunk = Entity(id: "x", name: "X", kind: .person, mentions: [m1, m2])
        shrunk.mentions.remove(m2)
        #expect(shrunk == boxed)
    }

    @Test("mentions change in place, and merging unites them whatever each side holds")
    func modifyAndMerge() {
        var entity = Entity(id: "x", name: "X", kind: .person, mention: m1)
        entity.mentions.insert(m2)
        #expect(entity.mentions == [m1, m2])
        #expect(entity.sortedMentions == [m1, m2])
        var mentions: [Mention] = []
        entity.appendMentions(to: &mentions)
        #expect(Set(mentions) == [m1, m2])
        let one = Entity(id: "x", name: "X", kind: .person, mention: m1)
        let other = Entity(id: "x", name: "X", kind: .person, mention: m2)
        #expect(one.merged(with: other) == entity)
        #expect(one.merged(with: one) == one)
        let none = Entity(id: "x", name: "X", kind: .person)
        #expect(!none.isMentioned && none.mentionCount == 0)
        #expect(none.merged(with: one) == one)
        #expect(one.merged(with: none) == one)
    }

    @Test("a mention whose offsets do not fit in 32 bits is kept whole, in a set of one")
    func farMention() {
        let far = Mention(documentID: "a", start: 5_000_000_000, end: 5_000_000_004)
        let entity = Entity(id: "x", name: "X", kind: .person, mention: far)
        #expect(entity.mentions == [far] && entity.sortedMentions == [far] && entity.mentionCount == 1)
        #expect(entity == Entity(id: "x", name: "X", kind: .person, mentions: [far]))
        #expect(entity != Entity(id: "x", name: "X", kind: .person, mention: m1))
        #expect(entity.merged(with: Entity(id: "x", name: "X", kind: .person, mention: m1)).mentions == [far, m1])
        #expect(MemoryLayout<Entity>.stride <= 80)
    }
}
