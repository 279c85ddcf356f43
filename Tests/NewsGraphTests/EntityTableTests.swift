@testable import NewsGraph
import Testing

@Suite("Entity table")
struct EntityTableTests {
    private func mention(_ document: String, _ start: Int) -> Mention {
        Mention(documentID: document, start: start, end: start + 4)
    }

    @Test("entities keep the order they were first added and are found after the table grows many times")
    func growth() {
        var graph = KnowledgeGraph()
        for index in 0..<5000 {
            graph.add(Entity(name: "Varn Oskel \(index)", kind: index % 3 == 0 ? .person : .organization, mention: mention("d\(index % 7)", index)))
        }
        #expect(graph.entities.count == 5000)
        for index in stride(from: 0, to: 5000, by: 37) {
            #expect(graph.entities.index(forKey: "varn_oskel_\(index)") == index)
            #expect(graph.entities.id(at: index) == "varn_oskel_\(index)")
            #expect(graph.entities.name(at: index) == "Varn Oskel \(index)")
            let entity = graph.entities["varn_oskel_\(index)"]
            #expect(entity?.kind == (index % 3 == 0 ? .person : .organization))
            #expect(entity?.mentions == [mention("d\(index % 7)", index)])
        }
        // Looked up in batches: the same places, misses included.
        let asked = (0..<WordTable.batchSize).map { "varn_oskel_\($0 * 7 - 100)" }
        var found: [Int?] = []
        graph.entities.positions(asked.count, { asked[$0] }) { offset, place in
            #expect(offset == found.count)
            found.append(place)
        }
        #expect(found == asked.map { graph.entities.index(forKey: $0) })
        #expect(found.compactMap { $0 }.count == (0..<WordTable.batchSize).filter { $0 * 7 - 100 >= 0 && $0 * 7 - 100 < 5000 }.count)
        #expect(graph.entities["varn_oskel_5000"] == nil)
        #expect(!graph.entities.contains(id: "varn_oskel"))
        #expect(Array(graph.entities.keys.prefix(3)) == ["varn_oskel_0", "varn_oskel_1", "varn_oskel_2"])
        // A row is 40 bytes (the dictionary's bucket was 96, and two strings of their own).
        #expect(MemoryLayout<EntityTable.Row>.stride == 40)
    }

    @Test("ids whose 32-bit hashes collide are two entities, each found with its own fields")
    func collisions() throws {
        // Birthday search for two ids with one hash (this process's seed): expected after ~77k.
        var seen: [UInt32: String] = [:]
        var pair: (String, String)?
        for index in 0..<4_000_000 {
            let id = "tarvo_\(index)"
            let hash = RelationTable.part(id)
            if let other = seen[hash] {
                pair = (other, id)
                break
            }
            seen[hash] = id
        }
        let (first, second) = try #require(pair)
        var table = EntityTable()
        for filler in 0..<20 { table.add(Entity(id: "filler_\(filler)", name: "Filler \(filler)", kind: .location)) }
        table.add(Entity(id: first, name: "First Tarvo", kind: .person, mention: mention("d1", 0)))
        table.add(Entity(id: second, name: "Second Tarvo", kind: .facility, mention: mention("d2", 8)))
        table.add(Entity(id: first, name: "First Tarvo", kind: .person, mention: mention("d1", 40)))
        #expect(table.count == 22)
        #expect(table[first]?.name == "First Tarvo")
        #expect(table[first]?.mentions == [mention("d1", 0), mention("d1", 40)])
        #expect(table[second]?.name == "Second Tarvo")
        #expect(table[second]?.kind == .facility)
        #expect(table[second]?.mentions == [mention("d2", 8)])
        // Still found after growing past the probes that ran through the colliding slot.
        for filler in 20..<200 { table.add(Entity(id: "filler_\(filler)", name: "Filler \(filler)", kind: .location)) }
        #expect(table.index(forKey: first) == 20)
        #expect(table.index(forKey: second) == 21)
    }

    @Test("aliases kept sorted in the table are the set Entity.merge gives: one per canonically equal spelling, never the name")
    func aliasesAsASet() {
        let records: [Entity] = [
            Entity(id: "tarvo", name: "Tarvo Movement", kind: .organization),
            Entity(id: "tarvo", name: "Tarvo", kind: .organization, aliases: ["Caf\u{E9} Tarvo", "TM"]),
            Entity(id: "tarvo", name: "Tarvo Movement", kind: .organization, aliases: ["Cafe\u{301} Tarvo", "Tarvo"]),
            Entity(id: "tarvo", name: "Movement", kind: .organization),
        ]
        for rotation in 0..<records.count {
            let rotated = Array(records[rotation...] + records[..<rotation])
            var table = EntityTable()
            var merged = rotated[0]
            for record in rotated {
                table.add(record)
                if record != rotated[0] { merged.merge(record) }
            }
            #expect(table["tarvo"]?.name == "Movement")
            #expect(table["tarvo"]?.aliases == merged.aliases)
            #expect(table["tarvo"]?.aliases.count == 4)
            #expect(table["tarvo"]?.sortedAliases == merged.sortedAliases)
        }
    }

    @Test("merging in the table gives what Entity.merge gives: names, aliases, kinds, mentions, attributes")
    func mergeLaws() {
        let records: [Entity] = [
            Entity(id: "ilse_varga", name: "Ilse Varga", kind: .organization, mention: mention("d1", 0)),
            Entity(id: "ilse_varga", name: "Ilse Varga", kind: .person, mention: mention("d1", 0)),
            Entity(id: "ilse_varga", name: "Ilse Varga", kind: .person, mention: mention("d2", 10)),
            Entity(id: "ilse_varga", name: "Varga", kind: .person, aliases: ["I. Varga"], mention: mention("d3", 3)),
            Entity(id: "ilse_varga", name: "Ilse Varga", kind: .country, attributes: ["colour": "red"]),
            Entity(id: "ilse_varga", name: "Ilse  Varga", kind: .country, mentions: [mention("d4", 1 << 33)], attributes: ["colour": "blue"]),
            Entity(id: "ilse_varga", name: "Ilse Varga", kind: .location, aliases: ["Ilse Varga", "Madam Varga"]),
            // Named once at two places of one document, then the set of one again.
            Entity(id: "kelmar", name: "Kelmar", kind: .country, mentions: [mention("d1", 5), mention("d2", 5)]),
            Entity(id: "kelmar", name: "Kelmar", kind: .country, mention: mention("d1", 5)),
            Entity(id: "ostrel", name: "Ostrel", kind: .location),
            Entity(id: "ostrel", name: "Ostrel", kind: .location, mention: mention("d9", 2)),
        ]
        // Every order of adding gives the same table, equal to the records merged one by one.
        for rotation in 0..<records.count {
            let rotated = Array(records[rotation...] + records[..<rotation])
            var table = EntityTable()
            var expected: [String: Entity] = [:]
            for record in rotated {
                table.add(record)
                if let existing = expected[record.id] { expected[record.id] = existing.merged(with: record) } else { expected[record.id] = record }
                for (id, entity) in expected { #expect(table[id] == entity) }
            }
            #expect(table.count == 3)
            #expect(table["ilse_varga"]?.name == "Ilse  Varga")
            #expect(table["ilse_varga"]?.aliases == ["I. Varga", "Ilse Varga", "Madam Varga", "Varga"])
            #expect(table["ilse_varga"]?.kind == .person)
            #expect(table["ilse_varga"]?.attributes == ["colour": "red"])
            #expect(table["ilse_varga"]?.mentionCount == 4)
            #expect(table.mentionCount(at: table.index(forKey: "ostrel")!) == 1)
            #expect(table["kelmar"]?.mentions == [mention("d1", 5), mention("d2", 5)])
            var other = EntityTable()
            for record in rotated.reversed() { other.add(record) }
            #expect(other == table)
        }
    }

    @Test("an entity made from one document's spans is the entity made from their set: out of order, repeated, merged in the table")
    func spansOfOneDocument() {
        let spans: [(start: Int, end: Int)] = [(40, 44), (0, 4), (12, 16), (0, 4), (12, 18)]
        let set: Set<Mention> = [mention("d1", 0), mention("d1", 12), Mention(documentID: "d1", start: 12, end: 18), mention("d1", 40)]
        let fromSpans = Entity(id: "ostrel", name: "Ostrel", kind: .location, documentID: "d1", spans: spans)
        let fromSet = Entity(id: "ostrel", name: "Ostrel", kind: .location, mentions: set)
        guard case .spans(_, let packed) = fromSpans.mentionStorage else {
            Issue.record("not stored as spans")
            return
        }
        #expect(packed.count == 4)
        #expect(fromSpans == fromSet)
        #expect(fromSpans.hashValue == fromSet.hashValue)
        #expect(fromSpans.mentions == set)
        #expect(fromSpans.mentionCount == 4)
        #expect(fromSpans.sortedMentions == set.sorted())
        #expect(fromSpans.documentIDs == ["d1"])
        // One span, repeated, is the one inline mention; none is no mention; offsets past 32 bits are a set.
        #expect(Entity(name: "Ostrel", kind: .location, documentID: "d1", spans: [(start: 0, end: 4), (start: 0, end: 4)]) == Entity(name: "Ostrel", kind: .location, mention: mention("d1", 0)))
        #expect(!Entity(name: "Ostrel", kind: .location, documentID: "d1", spans: [(start: Int, end: Int)]()).isMentioned)
        let far = Entity(name: "Ostrel", kind: .location, documentID: "d1", spans: [(start: 0, end: 4), (start: 1 << 33, end: (1 << 33) + 4)])
        #expect(far.mentions == [mention("d1", 0), mention("d1", 1 << 33)])
        // A different set is not equal (same count, one span moved).
        #expect(fromSpans != Entity(id: "ostrel", name: "Ostrel", kind: .location, mentions: set.subtracting([mention("d1", 40)]).union([mention("d1", 41)])))
        // Merged in the table as Entity.merge merges, in every order, with an inline mention, a set and other spans.
        let records: [Entity] = [
            fromSpans,
            Entity(id: "ostrel", name: "Ostrel", kind: .location, mention: mention("d1", 0)),
            Entity(id: "ostrel", name: "Ostrel", kind: .location, mention: mention("d2", 7)),
            Entity(id: "ostrel", name: "Ostrel", kind: .location, documentID: "d3", spans: [(start: 1, end: 2), (start: 3, end: 4)]),
            Entity(id: "ostrel", name: "Ostrel", kind: .location, mentions: [mention("d1", 40), mention("d4", 1)]),
        ]
        for rotation in 0..<records.count {
            let rotated = Array(records[rotation...] + records[..<rotation])
            var table = EntityTable()
            var expected = rotated[0]
            table.add(rotated[0])
            #expect(table["ostrel"] == expected)
            for record in rotated.dropFirst() {
                table.add(record)
                expected.merge(record)
                #expect(table["ostrel"] == expected)
            }
            #expect(table["ostrel"]?.mentionCount == 8)
            #expect(table.mentionCount(at: 0) == 8)
        }
    }

    @Test("Unicode ids and names: stored as UTF-8, found as Swift strings compare, sorted as Swift strings sort")
    func unicode() {
        var graph = KnowledgeGraph()
        let names = ["Zoë Ølund", "Łukasz Żmuda", "東京都庁", "Ana Lima", "ana lima", "Émile Dutour", "Zoe Olund", "🛰 Orbital"]
        for (index, name) in names.enumerated() {
            graph.add(Entity(id: "\(name)#\(index)", name: name, kind: .organization, mention: mention("döc-\(index % 2)", index)))
        }
        // A precomposed "é" and "e" + U+0301 are one id; so are the Kelvin sign and "K".
        graph.add(Entity(id: "Cafe\u{301}", name: "Café Nord", kind: .facility))
        graph.add(Entity(id: "Caf\u{E9}", name: "Café Nord", kind: .facility, mention: mention("d1", 7)))
        graph.add(Entity(id: "\u{212A}aro", name: "Karo", kind: .person))
        graph.add(Entity(id: "Karo", name: "Karo", kind: .person, mention: mention("d1", 9)))
        #expect(graph.entities.count == names.count + 2)
        #expect(graph.entities["Caf\u{E9}"]?.mentions == [mention("d1", 7)])
        #expect(Array(graph.entities.id(at: names.count).utf8) == Array("Cafe\u{301}".utf8))  // spelled as first added
        #expect(graph.entities["Karo"]?.id == "\u{212A}aro")
        for (index, name) in names.enumerated() {
            #expect(graph.entities["\(name)#\(index)"]?.name == name)
            #expect(graph.entities["\(name)#\(index)"]?.mentions == [mention("döc-\(index % 2)", index)])
        }
        #expect(graph.sortedEntities.map(\.id) == graph.entities.keys.sorted())
        #expect(SortedEntities(graph).map(\.id) == graph.entities.keys.sorted())
    }

    @Test("a mention's document keeps its spelling when another entity's mention names it canonically equal")
    func documentSpelling() {
        var graph = KnowledgeGraph()
        graph.add(Entity(id: "a", name: "A", kind: .person, mention: mention("d\u{E9}", 1)))
        graph.add(Entity(id: "b", name: "B", kind: .person, mention: mention("de\u{301}", 1)))
        let spelled = graph.entities["b"]?.mentions.map { Array($0.documentID.utf8) }
        #expect(spelled == [Array("de\u{301}".utf8)])
        #expect(graph.entities["a"]?.mentions.map { Array($0.documentID.utf8) } == [Array("d\u{E9}".utf8)])
    }

    @Test("two tables with the same entities are equal whatever the order they were added in")
    func equality() {
        let entities = (0..<50).map { Entity(name: "Orsk \($0 % 20)", kind: .country, mention: mention("d\($0)", $0)) }
        let forward = KnowledgeGraph(entities: entities)
        let backward = KnowledgeGraph(entities: entities.reversed())
        #expect(forward == backward)
        #expect(forward.entities.count == 20)
        #expect(forward.entities["orsk_3"]?.mentionCount == 3)
        var changed = backward
        changed.add(Entity(name: "Orsk 3", kind: .person))
        #expect(forward != changed)
    }
}
