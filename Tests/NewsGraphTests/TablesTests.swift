import Foundation
@testable import NewsGraph
import Testing
import _NewsGraphTestSupport

@Suite("Relation table and word table")
struct TablesTests {
    private func relation(_ source: String, _ predicate: NewsGraph.Predicate, _ target: String, document: String, start: Int) -> Relation {
        Relation(
            source: source, predicate: predicate, target: target,
            evidence: [Evidence(documentID: document, sentence: "\(source) \(predicate.name) \(target).", start: start, end: start + 9)])
    }

    @Test("relations keep the order they were first added; a repeated key merges in place")
    func order() throws {
        var graph = KnowledgeGraph()
        graph.add(relation("kenya", .accused, "somalia", document: "d1", start: 0))
        graph.add(relation("ana_lima", .leads, "brazil", document: "d1", start: 20))
        graph.add(relation("kenya", .accused, "somalia", document: "d2", start: 5))
        graph.add(relation("norway", .metWith, "brazil", document: "d3", start: 0))
        #expect(graph.relations.count == 3)
        #expect(graph.relations.values.map(\.predicate) == [.accused, .leads, .metWith])
        #expect(Array(graph.relations.keys.map(\.source)) == ["kenya", "ana_lima", "brazil"])
        let accused = RelationKey(source: "kenya", predicate: "accused", target: "somalia")
        #expect(graph.relations[accused]?.weight == 2)
        #expect(graph.relations[accused]?.documentIDs == ["d1", "d2"])
        #expect(graph.relations.position(of: accused) == 0)
        #expect(graph.relations[RelationKey(source: "somalia", predicate: "accused", target: "kenya")] == nil)
        #expect(graph.relations[1].source == "ana_lima")
    }

    @Test("with its index let go, the table still finds relations by key and merges a repeated key in place")
    func droppedIndex() throws {
        var graph = KnowledgeGraph()
        for index in 0..<40 { graph.add(relation("varn_\(index)", .accused, "oskel_\(index % 7)", document: "d1", start: index)) }
        let before = graph
        graph.dropRelationIndex()
        #expect(graph == before)
        let key = RelationKey(source: "varn_12", predicate: "accused", target: "oskel_5")
        #expect(graph.relations.position(of: key) == 12)
        #expect(graph.relations[RelationKey(source: "oskel_5", predicate: "accused", target: "varn_12")] == nil)
        // Adding after the drop builds the index again: the repeated key is merged, not added twice.
        graph.add(relation("varn_12", .accused, "oskel_5", document: "d2", start: 3))
        graph.add(relation("tarvo", .metWith, "oskel_1", document: "d2", start: 30))
        #expect(graph.relations.count == 41)
        #expect(graph.relations[key]?.weight == 2)
        #expect(graph.relations.position(of: key) == 12)
        #expect(graph.relations[40].source == "oskel_1")
        // Making room after the drop builds the index first, so a repeated key still merges.
        var reserved = before
        reserved.dropRelationIndex()
        reserved.reserveCapacity(entities: 0, relations: 100)
        reserved.add(relation("varn_12", .accused, "oskel_5", document: "d2", start: 3))
        #expect(reserved.relations.count == 40)
        #expect(reserved.relations[key]?.weight == 2)
        #expect(MemoryLayout<Relation>.stride == 152)
    }

    @Test("a relation's imported weight reads back as given: none, zero, negative zero, NaN, any bits")
    func importedWeightBits() throws {
        func weight(_ value: Double?) -> Double? {
            Relation(source: "ilvo", predicate: .accused, target: "pask", importedWeight: value).importedWeight
        }
        #expect(weight(nil) == nil)
        #expect(weight(0)?.bitPattern == Double(0).bitPattern)
        #expect(weight(-0.0)?.bitPattern == Double(-0.0).bitPattern)
        #expect(weight(2.5) == 2.5)
        #expect(weight(.infinity) == .infinity)
        #expect(weight(.nan)?.isNaN == true)
        // Every NaN is a weight, never "none", whatever its payload.
        for payload: UInt64 in [0, 1, 0x5EA7_0000_0001, 0x7_FFFF_FFFF_FFFF] {
            let nan = Double(bitPattern: 0x7FF8_0000_0000_0000 | payload)
            #expect(weight(nan)?.isNaN == true)
        }
        // Equality reads the weights as numbers, as for a `Double?`: 0 and -0 are equal, none is not 0.
        let zero = Relation(source: "ilvo", predicate: .accused, target: "pask", importedWeight: 0)
        #expect(zero == Relation(source: "ilvo", predicate: .accused, target: "pask", importedWeight: -0.0))
        #expect(zero != Relation(source: "ilvo", predicate: .accused, target: "pask"))
        #expect(Set([zero, Relation(source: "ilvo", predicate: .accused, target: "pask", importedWeight: -0.0)]).count == 1)
    }

    @Test("relations counted by predicate name: one name's predicate objects add up, over 64 of them too")
    func countsByPredicate() {
        var graph = KnowledgeGraph()
        graph.add(relation("kenya", .accused, "somalia", document: "d1", start: 0))
        graph.add(relation("ana_lima", .leads, "brazil", document: "d1", start: 20))
        graph.add(relation("kenya", .accused, "norway", document: "d2", start: 5))
        // A predicate that is not built in, made again (another object) for each relation, as a
        // reader makes one when the cameo changes; and 80 names of one relation each.
        for index in 0..<100 {
            let custom = NewsGraph.Predicate(name: "praised", category: .event, cameo: "\(index % 3)", definition: "")
            graph.add(relation("a\(index)", custom, "b", document: "d1", start: index))
        }
        for index in 0..<80 {
            let custom = NewsGraph.Predicate(name: "name_\(index)", category: .event, definition: "")
            graph.add(relation("c", custom, "d\(index)", document: "d1", start: index))
        }
        var expected = ["accused": 2, "leads": 1, "praised": 100]
        for index in 0..<80 { expected["name_\(index)"] = 1 }
        #expect(graph.relations.countsByPredicate == expected)
        var byName: [String: Int] = [:]
        for relation in graph.relations.values { byName[relation.predicate.name, default: 0] += 1 }
        #expect(byName == expected)
    }

    @Test("two graphs with the same relations are equal whatever the order they were added in")
    func equality() {
        let items = [
            relation("kenya", .accused, "somalia", document: "d1", start: 0),
            relation("kenya", .accused, "somalia", document: "d2", start: 5),
            relation("ana_lima", .leads, "brazil", document: "d1", start: 20),
        ]
        let forward = KnowledgeGraph(entities: [], relations: items)
        let backward = KnowledgeGraph(entities: [], relations: items.reversed())
        #expect(forward == backward)
        #expect(forward.relations.values.map(\.source) != backward.relations.values.map(\.source))
        // Same keys, different evidence: not equal.
        let fewer = KnowledgeGraph(entities: [], relations: [items[0], items[2]])
        #expect(fewer != forward)
        #expect(fewer.relations.count == forward.relations.count)
    }

    @Test("relation keys equal as Swift strings are one relation, whatever their bytes, after the table grows")
    func canonicalKeys() {
        var graph = KnowledgeGraph()
        // Enough relations that the index is rebuilt several times between the spellings.
        for index in 0..<3000 { graph.add(relation("a\(index)", .accused, "b\(index)", document: "d", start: index)) }
        let spellings: [(String, String)] = [
            ("caf\u{E9}", "cafe\u{301}"),  // NFC and NFD, neither ASCII
            ("Kenya", "\u{212A}enya"),  // ASCII and a Kelvin sign, whose NFC is ASCII
            ("\u{1E9B}\u{323}", "\u{17F}\u{323}\u{307}"),  // two non-ASCII, non-NFC spellings
        ]
        for (offset, (one, other)) in spellings.enumerated() {
            #expect(one == other)
            graph.add(relation(one, .leads, "x", document: "e", start: offset))
            for index in 3000..<(3500 + offset * 500) {
                graph.add(relation("c\(index)", .accused, "b\(index)", document: "d", start: index))
            }
            graph.add(relation(other, .leads, "x", document: "f", start: offset))
            let key = RelationKey(source: other, predicate: "leads", target: "x")
            #expect(graph.relations[key]?.documentIDs == ["e", "f"])
            #expect(graph.relations[RelationKey(source: one, predicate: "leads", target: "x")]?.weight == 2)
        }
        #expect(graph.relations.count == 3000 + 3 + 1500)
        #expect(graph.relations[RelationKey(source: "a2999", predicate: "accused", target: "b2999")] != nil)
        #expect(graph.relations[RelationKey(source: "a2999", predicate: "accused", target: "b2998")] == nil)
    }

    @Test("words that share one FNV-1a hash get distinct hashes and short probes (no quadratic flood)")
    func hashFlood() {
        let words = FNVFlood.words(bits: 10)
        #expect(Set(words).count == 1024)
        #expect(Set(words.map(FNVFlood.fnv1a)).count == 1)  // the flood a fixed FNV-1a table chained
        // The seeded hash separates them (a 32-bit random hash of 1,024 words: a repeat has
        // a chance of about 1 in 8,000, two repeats far less).
        #expect(Set(words.map { WordTable.hash($0)! }).count >= 1022)
        var table = WordTable(capacity: 4)
        for (k, word) in words.enumerated() { #expect(table.insert(word) == Int32(k)) }
        // With FNV-1a every word sat behind all those before it (a walk of 1,023 slots).
        #expect(table.longestProbe < 64, "\(table.longestProbe)")
        for (k, word) in words.enumerated() where k % 97 == 0 { #expect(table.number(of: word) == Int32(k)) }
        // Relations between them: the key's hash combines the ids' hashes.
        let keys = words.map { RelationTable.hash($0, "accused", "x") }
        #expect(Set(keys).count >= 1022)
        // A word canonically equivalent to an ASCII one is filed under the same seeded hash.
        #expect(WordTable.asciiFormHash("\u{212A}" + words[5]) == WordTable.hash("K" + words[5]))
        #expect(WordTable.asciiFormHash(words[5]) == WordTable.hash(words[5]))
        #expect(WordTable.asciiFormHash("caf\u{E9}") == nil)
    }

    @Test("looking words up in batches gives what looking them up one by one gives")
    func batches() {
        var table = WordTable(capacity: 4)  // small, so that it grows
        let known = (0..<500).map { "a\($0)" } + ["Müller", "東京", "caf\u{E9}", "AT&T", ""]
        for word in known { _ = table.insert(word) }
        let queries =
            known + (0..<200).map { "b\($0)" } + ["cafe\u{301}", "Muller", "müller", "a1 ", "a0", "東京", "zz"]
        // The answer a Swift dictionary gives (it compares strings the same way).
        let expected = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($0.element, Int32($0.offset)) })
        for query in queries { #expect(table.number(of: query) == expected[query], "\(query)") }
        // Shrunk to its words, the table answers the same, and numbers a new word next.
        var shrunk = table
        shrunk.shrinkToFit()
        #expect(shrunk.words == table.words)
        for query in queries { #expect(shrunk.number(of: query) == expected[query], "\(query)") }
        #expect(shrunk.insert("zz") == Int32(known.count))
        for size in [1, 7, WordTable.batchSize] {
            for start in stride(from: 0, to: queries.count, by: size) {
                let count = min(size, queries.count - start)
                var got = [Int32?](repeating: -7, count: count)
                table.numbers(count, { queries[start + $0] }) { got[$0] = $1 }
                #expect(got == (0..<count).map { expected[queries[start + $0]] })
            }
        }
        table.numbers(
            0,
            { _ in
                Issue.record("no word is asked for"); return ""
            }
        ) { _, _ in Issue.record("no result") }
        // A few non-ASCII spellings are canonically equivalent to ASCII words (U+212A KELVIN
        // SIGN is "K", U+037E is ";"), in either insertion order.
        var kelvin = WordTable(capacity: 4)
        let kenya = kelvin.insert("Kenya")
        #expect(kelvin.insert("\u{212A}enya") == kenya)
        #expect(kelvin.number(of: "\u{212A}enya") == kenya)
        let semicolon = kelvin.insert("a\u{37E}b")
        #expect(kelvin.number(of: "a;b") == semicolon)
        #expect(kelvin.insert("a;b") == semicolon)
        var got: [Int32?] = [nil, nil, nil]
        let probes = ["\u{212A}enya", "a;b", "\u{212A}"]
        kelvin.numbers(3, { probes[$0] }) { got[$0] = $1 }
        #expect(got == [kenya, semicolon, nil])
        #expect(kelvin.count == 2)
        // Canonically equivalent spellings are one word, as Swift strings are.
        #expect(table.number(of: "cafe\u{301}") == table.number(of: "caf\u{E9}"))
        #expect(table.number(of: "a499") == 499)
        #expect(table.number(of: "b0") == nil)
    }

    @Test("the scalars WordTable files under an ASCII word are exactly those whose NFC is ASCII")
    func asciiEquivalents() {
        var found: [UInt32: UInt8] = [:]
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let nfc = String(Character(scalar)).precomposedStringWithCanonicalMapping
            if nfc.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(nfc.utf8.count == 1, "U+\(String(value, radix: 16)) -> \(nfc)")
                found[value] = nfc.utf8.first
                // And Swift's own string equality agrees.
                #expect(String(Character(scalar)) == nfc)
            }
        }
        #expect(found == WordTable.asciiEquivalents)
    }

    @Test("the word table numbers words in insertion order and finds them after growing")
    func wordTable() {
        var table = WordTable(capacity: 2)
        var words: [String] = []
        for k in 0..<1000 { words.append(k % 3 == 0 ? "wörd\(k)" : "w\(k)") }
        for (k, word) in words.enumerated() { #expect(table.insert(word) == Int32(k)) }
        #expect(table.count == 1000)
        for (k, word) in words.enumerated() {
            #expect(table.number(of: word) == Int32(k))
            #expect(table.insert(word) == Int32(k))
        }
        #expect(table.number(of: "absent") == nil)
        #expect(table.number(of: "") == nil)
        #expect(table.count == 1000)
    }

    @Test("JSON keys of every length up to 16 bytes are found by their bytes, and no other bytes match them")
    func jsonKeysByWords() {
        // Invented keys of 1 to 16 bytes, and for each a key one byte longer or shorter and one
        // that differs in its first, middle or last byte.
        var keys: [String] = []
        for length in 1...16 {
            var bytes: [UInt8] = []
            for place in 0..<length { bytes.append(UInt8(97 + (place * 7 + length) % 26)) }
            keys.append(String(decoding: bytes, as: UTF8.self))
        }
        let table = JSONKeys(keys)
        func index(_ key: String) -> Int {
            Array(key.utf8).withUnsafeBufferPointer { table.index(of: $0) }
        }
        for (expected, key) in keys.enumerated() {
            #expect(index(key) == expected, "\(key)")
            var bytes = Array(key.utf8)
            for place in Set<Int>([0, bytes.count / 2, bytes.count - 1]) {
                let kept = bytes[place]
                bytes[place] = UInt8(ascii: "Z")
                let changed = bytes.withUnsafeBufferPointer { table.index(of: $0) }
                #expect(changed == -1, "\(key) changed at \(place)")
                bytes[place] = kept
            }
            #expect(index(key + "Z") == -1)
            if key.count > 1 {
                let shorter = String(key.dropLast())
                let expectedShorter = keys.firstIndex(of: shorter) ?? -1
                #expect(index(shorter) == expectedShorter)
            }
        }
        #expect(index("") == -1)
        #expect(index(String(repeating: "q", count: 17)) == -1)
        // Bytes at the end of a larger buffer (the scanner's): read only inside the key's bytes.
        let long = Array("xx\(keys[9])".utf8)
        let found = long.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) -> Int in
            table.index(of: UnsafeBufferPointer(rebasing: buffer[2...]))
        }
        #expect(found == 9)
    }
}
