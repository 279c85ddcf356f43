import Testing

@testable import NewsGraphExtraction

@Suite("Compact extraction records")
struct CompactRecordsTests {
    @Test("a mention candidate takes 32 bytes; its alias is a prefix or a suffix of its tokens")
    func mentionCandidate() {
        // A text of names makes a candidate per name, alive through resolution and the
        // relation finder: 40 bytes while the alias was an array of strings.
        #expect(MemoryLayout<MentionCandidate>.stride == 32)
        var mention = MentionCandidate(sentence: 2, start: 3, end: 7, kind: .organization, actor: nil)
        #expect(mention.extraAlias == nil)
        mention.extraAlias = 5..<7
        #expect(mention.extraAlias == 5..<7)
        mention.extraAlias = 3..<5
        #expect(mention.extraAlias == 3..<5)
        mention.extraAlias = 3..<7
        #expect(mention.extraAlias == 3..<7)
        mention.extraAlias = 0..<7
        #expect(mention.extraAlias == 0..<7)
        mention.extraAlias = nil
        #expect(mention.extraAlias == nil)
        #expect(mention.start == 3 && mention.end == 7 && mention.sentence == 2 && mention.partOf == nil && mention.headIndex == nil)
    }

    @Test("a noun group takes 36 bytes; a pronoun and a compound's actor do not share a field's values")
    func nounGroup() {
        #expect(MemoryLayout<NounGroup>.stride == 36)
        var group = NounGroup(start: 4, end: 6, head: 5)
        #expect(!group.isPronoun && group.compoundEntity == nil)
        group.compoundEntity = 0
        #expect(group.compoundEntity == 0 && !group.isPronoun)
        group.compoundEntity = 12
        #expect(group.compoundEntity == 12 && !group.isPronoun)
        group.compoundEntity = nil
        group.isPronoun = true
        #expect(group.isPronoun && group.compoundEntity == nil)
        group.isPronoun = false
        #expect(!group.isPronoun && group.compoundEntity == nil)
        #expect(group.start == 4 && group.end == 6 && group.head == 5 && group.modifier == nil && group.titleStart == nil)
    }
}
