@testable import NewsGraph
import Testing

/// The relation table holds relations by column (ends and labels numbered, one piece of
/// evidence inline, the rest on the side) and makes each ``Relation`` when asked: what it
/// gives back must be what was added, field by field.
@Suite("Relation table by column")
struct RelationColumnsTests {
    private func evidence(_ document: String, _ start: Int, confidence: Double = 1, rule: String? = nil, role: String? = nil)
        -> Evidence
    {
        Evidence(
            documentID: document, sentence: "Sentence \(start) of \(document).", start: start, end: start + 12,
            confidence: confidence, rule: rule, role: role)
    }

    @Test("every kind of relation reads back equal, field by field and by position")
    func roundTrip() {
        let custom = NewsGraph.Predicate(name: "praised", category: .event, cameo: "05", definition: "")
        let relations: [Relation] = [
            Relation(source: "ilvo", predicate: .accused, target: "pask"),
            Relation(source: "ilvo", predicate: .leads, target: "pask", importedWeight: 0),
            Relation(source: "ilvo", predicate: .fought, target: "pask", importedWeight: -2.5),
            Relation(source: "ilvo", predicate: custom, target: "pask", importedWeight: .infinity),
            Relation(source: "zed", predicate: .accused, target: "ilvo", attributes: ["color": "red", "k": ""], directed: false),
            Relation(source: "tarmo", predicate: .metWith, target: "ilvo", evidence: [evidence("d1", 4, confidence: 0.7, rule: "r1", role: "Chair")]),
            Relation(source: "tarmo", predicate: .accused, target: "ilvo", evidence: [evidence("d1", 4), evidence("d2", 9, rule: "r2")]),
            // Offsets beyond 32 bits, a negative one, -0 as a confidence: held on the side or inline, given back as added.
            Relation(source: "vesk", predicate: .accused, target: "ilvo", evidence: [evidence("d3", 1 << 40)]),
            Relation(source: "vesk", predicate: .leads, target: "ilvo", evidence: [evidence("d3", -7, confidence: -0.0)]),
            Relation(source: "vesk", predicate: .fought, target: "ilvo", evidence: [evidence("d3", 2, confidence: .nan)], attributes: ["x": "y"]),
        ]
        var table = RelationTable()
        for relation in relations { table.add(relation) }
        #expect(table.count == relations.count)
        for (position, relation) in relations.enumerated() {
            let read = table[position]
            if relation.evidence.first?.confidence.isNaN == true {
                // (NaN is equal to nothing: compared by its bits.)
                #expect(read.evidence.first?.confidence.bitPattern == relation.evidence.first?.confidence.bitPattern)
            } else {
                #expect(read == relation, "\(position)")
            }
            #expect(read.importedWeight?.bitPattern == relation.importedWeight?.bitPattern)
            #expect(table.source(at: position) == relation.source && table.target(at: position) == relation.target)
            #expect(table.predicate(at: position).cameo == relation.predicate.cameo)
            #expect(table.isDirected(at: position) == relation.isDirected)
            #expect(table.attributes(at: position) == relation.attributes)
            #expect(table.hasAttributes(at: position) == !relation.attributes.isEmpty)
            #expect(table.evidenceCount(at: position) == relation.evidenceCount)
            #expect(table.role(at: position) == relation.role)
            var items: [Evidence] = []
            table.forEachEvidence(at: position) { items.append($0) }
            #expect(items.sorted().map(\.location) == relation.evidence.map(\.location))
            #expect(table.position(of: relation.key) == position)
            for item in relation.evidence {
                #expect(table.evidence(at: position, location: item.location)?.sentence == item.sentence)
            }
        }
        #expect(table.someHaveAttributes)
        #expect(table.countsByPredicate == ["accused": 4, "leads": 2, "fought": 2, "praised": 1, "met_with": 1])
    }

    @Test("imported weights compare as Double? do: 0 and -0 equal, none is not 0, NaN equals nothing")
    func weights() {
        func table(_ weight: Double?) -> RelationTable {
            var table = RelationTable()
            table.add(Relation(source: "ilvo", predicate: .accused, target: "pask"))
            table.add(Relation(source: "pask", predicate: .accused, target: "ilvo", importedWeight: weight))
            return table
        }
        #expect(table(0) == table(-0.0))
        #expect(table(0) != table(nil))
        #expect(table(nil) == table(nil))
        #expect(table(.nan) != table(.nan))
        #expect(table(2) != table(3))
        #expect(table(-0.0).importedWeight(at: 1)?.bitPattern == Double(-0.0).bitPattern)
        #expect(table(nil).importedWeight(at: 0) == nil && table(nil).importedWeight(at: 1) == nil)
        // A weight set on a relation with evidence is ignored, as on a relation.
        var withEvidence = RelationTable()
        withEvidence.insert(Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("d", 0)]))
        withEvidence.setImportedWeight(4, at: 0)
        #expect(withEvidence.importedWeight(at: 0) == nil && withEvidence[0].weight == 1)
    }

    @Test("evidence added one piece at a time, to several relations, stays with its relation")
    func sideEvidence() {
        var table = RelationTable()
        // A relation whose one piece is inline at (-1, -1) and turns into one of several must not
        // take another relation's place on the side.
        table.add(Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("d", 0), evidence("d", 1)]))
        table.add(Relation(source: "c", predicate: .accused, target: "b", evidence: [evidence("d", -1)]))
        table.add(Relation(source: "c", predicate: .accused, target: "b", evidence: [evidence("d", 40)]))
        for start in 2..<300 { table.add(Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("e", start)])) }
        #expect(table.count == 2)
        #expect(table.evidenceCount(at: 0) == 300)
        #expect(table[1].evidence.map(\.start) == [-1, 40])
        #expect(table[0].documentIDs == ["d", "e"])
        // The same location again keeps the larger piece (Evidence's order), in place.
        table.add(Relation(source: "c", predicate: .accused, target: "b", evidence: [evidence("d", 40, confidence: 2)]))
        #expect(table[1].evidence.map(\.confidence) == [1, 2])
        #expect(table.evidenceCount(at: 0) == 300)
    }

    @Test("evidence given its room at a relation's first piece reads as evidence added without: the same table, piece for piece")
    func evidenceRoom() {
        var reserved = RelationTable()
        var plain = RelationTable()
        // Inline at first (one piece), then on the side; a relation already there keeps its storage; a piece that
        // does not fit inline (a 40-bit offset) starts on the side; room for one is no room.
        let firsts = [
            Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("d", 0, rule: "r1")]),
            Relation(source: "c", predicate: .leads, target: "b", evidence: [evidence("d", 1 << 40, role: "Chair")]),
            Relation(source: "e", predicate: .fought, target: "b", evidence: [evidence("d", 5)]),
        ]
        for (relation, room) in zip(firsts, [40, 3, 1]) {
            reserved.add(relation, evidenceRoom: room)
            plain.add(relation)
        }
        reserved.add(Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("d", 9)]), evidenceRoom: 7)
        plain.add(Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("d", 9)]))
        // A relation reserved for several pieces but given one reads as a relation of one.
        reserved.add(Relation(source: "g", predicate: .accused, target: "b", evidence: [evidence("d", 3)]), evidenceRoom: 5)
        plain.add(Relation(source: "g", predicate: .accused, target: "b", evidence: [evidence("d", 3)]))
        for start in 10..<50 {
            for table in [0, 1] {
                let relation = Relation(source: "a", predicate: .accused, target: "b", evidence: [evidence("f", start, confidence: 0.5)])
                if table == 0 { reserved.add(relation) } else { plain.add(relation) }
            }
        }
        reserved.add(Relation(source: "c", predicate: .leads, target: "b", evidence: [evidence("d", 2)]))
        plain.add(Relation(source: "c", predicate: .leads, target: "b", evidence: [evidence("d", 2)]))
        // The same location again keeps the larger piece, as without room.
        reserved.add(Relation(source: "g", predicate: .accused, target: "b", evidence: [evidence("d", 3, confidence: 3)]))
        plain.add(Relation(source: "g", predicate: .accused, target: "b", evidence: [evidence("d", 3, confidence: 3)]))
        #expect(reserved == plain)
        #expect(reserved.count == 4)
        for position in reserved.indices {
            #expect(reserved[position] == plain[position], "\(position)")
            #expect(reserved.evidenceCount(at: position) == plain.evidenceCount(at: position))
        }
        #expect(reserved.evidenceCount(at: 0) == 42 && reserved.evidenceCount(at: 3) == 1)
        #expect(reserved[3].evidence.map(\.confidence) == [3])
        #expect(reserved[1].evidence.map(\.start) == [2, 1 << 40] && reserved[1].evidence.last?.role == "Chair")
    }

    @Test("ids equal as strings are one key, each spelling kept as it was first given")
    func spellings() {
        let composed = "caf\u{E9}_lund", decomposed = "cafe\u{301}_lund"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        var table = RelationTable()
        table.add(Relation(source: composed, predicate: .accused, target: "oska", evidence: [evidence("d", 0)]))
        table.add(Relation(source: decomposed, predicate: .accused, target: "oska", evidence: [evidence("d", 5)]))
        table.add(Relation(source: decomposed, predicate: .leads, target: "oska"))
        table.add(Relation(source: "oska", predicate: .fought, target: decomposed))
        table.add(Relation(source: composed, predicate: .fought, target: "oska"))
        #expect(table.count == 3)
        #expect(table.evidenceCount(at: 0) == 2)
        #expect(Array(table.source(at: 0).utf8) == Array(composed.utf8))
        #expect(Array(table.source(at: 1).utf8) == Array(decomposed.utf8))
        // A symmetric predicate orders its ends; the two spellings are one end.
        #expect(table.isLoop(at: 2) == false)
        #expect(table.position(of: RelationKey(source: composed, predicate: "leads", target: "oska")) == 1)
        #expect(table.endIDs.count == 3)
    }

    @Test("rules and roles numbered past 16 bits: their evidence is held on the side and reads back as added")
    func manyLabels() {
        var table = RelationTable()
        let count = 66_000
        for index in 0..<count {
            table.add(
                Relation(
                    source: "s\(index % 101)", predicate: .accused, target: "t\(index)",
                    evidence: [evidence("d", index, rule: "rule \(index)", role: index % 2 == 0 ? "role \(index)" : nil)]))
        }
        #expect(table.count == count)
        for index in [0, 1, 32_766, 32_767, 32_768, 40_000, 65_533, 65_534, 65_535, 65_999] {
            let read = table[index]
            #expect(read.evidence.first?.rule == "rule \(index)")
            #expect(read.role == (index % 2 == 0 ? "role \(index)" : nil))
            #expect(table.role(at: index) == read.role)
            #expect(read.evidence.first?.start == index && table.evidenceCount(at: index) == 1)
        }
    }

    /// (Untagged: the slots of a table of more than 2^24 slots, the position alone, tried on a
    /// small table by lowering its limit.)
    @Test("a table of many keys grows, finds each by key, lets its index go and builds it again", arguments: [true, false])
    func growthAndDrop(tagged: Bool) {
        var table = RelationTable()
        if !tagged { table.maxTaggedSlots = 0 }
        let predicates: [NewsGraph.Predicate] = [.accused, .leads, .metWith, .fought]
        func relation(_ index: Int) -> Relation {
            Relation(
                source: "n\(index % 997)", predicate: predicates[index % 4], target: "m\(index % 1009)",
                evidence: [evidence("d\(index % 13)", index)])
        }
        for index in 0..<20_000 { table.add(relation(index)) }
        var keys = Set<RelationKey>()
        for index in 0..<20_000 { keys.insert(relation(index).key) }
        #expect(table.count == keys.count)
        for index in stride(from: 0, to: 20_000, by: 7) {
            let position = table.position(of: relation(index).key)
            #expect(position != nil && table[position!].key == relation(index).key)
        }
        let before = table
        table.dropIndex()
        #expect(table == before)
        #expect(table.position(of: relation(12_345).key) == before.position(of: relation(12_345).key))
        // Added after the drop: repeated keys merge, new ones are appended.
        for index in 20_000..<22_000 { table.add(relation(index)) }
        for index in 20_000..<22_000 { keys.insert(relation(index).key) }
        let again = Relation(source: "n100", predicate: .accused, target: "m100", evidence: [evidence("late", 1)])
        #expect(again.key == relation(100).key)
        table.add(again)
        #expect(table.count == keys.count)
        #expect(table.position(of: again.key) == before.position(of: again.key))
        #expect(table.position(of: again.key).map { table.evidenceCount(at: $0) } == 2)
        table.dropIndex()
        table.reserveCapacity(table.count + 100)
        table.add(relation(5))
        #expect(table.count == keys.count)
        #expect(table.position(of: relation(5).key).map { table.evidenceCount(at: $0) } == 1)
    }
}
