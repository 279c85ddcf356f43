import NewsGraph
import Testing

/// ``Entity/sortedMentions`` ranks an entity's documents once by their ids' storage: the order must
/// be the mentions' own (`TextSpan.<`) whatever the ids (long or inline, shared or separate
/// storage, equal under Unicode equivalence but spelled apart).
@Suite("Sorted mentions")
struct SortedMentionsTests {
    /// An id made at run time, so that equal ids made twice have storages of their own.
    static func id(_ stem: String, _ n: Int) -> String { stem + String(n) }

    @Test("mentions over many documents come out in TextSpan order")
    func manyDocuments() {
        var mentions: Set<Mention> = []
        let stems = ["dev/01-a-long-document-name-#", "dev2/22-another-long-name-#", "d#", "caf\u{E9}-long-document-number-", "cafe\u{301}-long-document-number-"]
        for n in 0..<40 {
            for stem in stems {
                // (Each id made afresh per mention: several storages of one id.)
                mentions.insert(Mention(documentID: Self.id(stem, n % 7), start: (n * 37) % 101, end: (n * 37) % 101 + 5))
                mentions.insert(Mention(documentID: Self.id(stem, n % 7), start: n, end: n + 2))
            }
        }
        let entity = Entity(name: "Kessa Velmar", kind: .person, mentions: mentions)
        #expect(entity.sortedMentions == mentions.sorted())
        #expect(entity.sortedMentions.count == mentions.count)
    }

    @Test("one document, and ids stored inline, come out in TextSpan order")
    func oneDocumentAndShortIDs() {
        let long: Set<Mention> = Set((0..<30).map { Mention(documentID: Self.id("a-document-of-one-id-", 1), start: 90 - 3 * $0, end: 95 - 3 * $0) })
        #expect(Entity(name: "A", kind: .country, mentions: long).sortedMentions == long.sorted())
        let short: Set<Mention> = Set((0..<30).map { Mention(documentID: Self.id("d", $0 % 4), start: 90 - 3 * $0, end: 91) })
        #expect(Entity(name: "B", kind: .country, mentions: short).sortedMentions == short.sorted())
    }
}
