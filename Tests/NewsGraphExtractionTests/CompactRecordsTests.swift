import Testing

@testable import NewsGraphExtraction

@Suite("Compact extraction records")
struct CompactRecordsTests {
    @Test("a mention candidate takes 24 bytes; its alias is a prefix or a suffix of its tokens; a new start keeps the end, head and alias")
    func mentionCandidate() {
        // A text of names makes a candidate per name, alive through resolution and the
        // relation finder: 40 bytes while the alias was an array of strings, 32 while the end,
        // head and alias were 32-bit positions.
        #expect(MemoryLayout<MentionCandidate>.stride == 24)
        var mention = MentionCandidate(sentence: 2, start: 3, end: 7, kind: .organization, actor: nil)
        #expect(mention.extraAlias == nil)
        mention.extraAlias = 5..<7
        #expect(mention.extraAlias == 5..<7)
        mention.extraAlias = 3..<5
        #expect(mention.extraAlias == 3..<5)
        mention.extraAlias = 3..<7
        #expect(mention.extraAlias == 3..<7)
        mention.extraAlias = 3..<3
        #expect(mention.extraAlias == 3..<3)
        mention.extraAlias = nil
        #expect(mention.extraAlias == nil)
        #expect(mention.start == 3 && mention.end == 7 && mention.sentence == 2 && mention.partOf == nil && mention.headIndex == nil)
        #expect(!mention.isAdjective && !mention.kindGuessed)
        mention.kindGuessed = true
        #expect(!mention.isAdjective && mention.kindGuessed)
        mention.headIndex = 5
        mention.extraAlias = 4..<7
        mention.start = 1
        #expect(mention.start == 1 && mention.end == 7 && mention.headIndex == 5 && mention.extraAlias == 4..<7)
        mention.extraAlias = 1..<6
        mention.start = 0
        #expect(mention.extraAlias == 0..<6 && mention.headIndex == 5 && mention.end == 7)
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

    @Test("noun groups are stored in 12 bytes, the rarer fields, far ends and entities not their mention's on the side, read back as they were written")
    func nounGroups() {
        #expect(MemoryLayout<NounGroups.Packed>.stride == 12)
        // (Mention k's entity is owners[k].)
        var groups = NounGroups(owner: MentionOwners([5, 9, 1, 4, 0, 7, 2]))
        var plain = NounGroup(start: 4, end: 6, head: 5)
        plain.mention = 2
        plain.entity = 1
        var rare = NounGroup(start: 7, end: 9, head: 8)
        rare.possessor = 0
        rare.modifier = 3
        rare.titleStart = 7
        rare.mention = 6
        rare.entity = 2
        var pronoun = NounGroup(start: 10, end: 11, head: 10)
        pronoun.isPronoun = true
        let far = NounGroup(start: 12, end: 12 + 70_000, head: 12 + 69_999)
        var compound = NounGroup(start: 1, end: 2, head: 1)
        compound.compoundEntity = 0
        // An entity not its mention's ("the company" read as an earlier name), an entity with no mention, a mention with none.
        var other = NounGroup(start: 13, end: 15, head: 14)
        other.mention = 0
        other.entity = 3
        var anaphor = NounGroup(start: 16, end: 18, head: 17)
        anaphor.entity = 4
        var unowned = NounGroup(start: 19, end: 20, head: 19)
        unowned.mention = 5
        let all = [plain, rare, pronoun, far, compound, other, anaphor, unowned]
        for g in all { groups.appendGrowingSlowly(g) }
        func same(_ a: NounGroup, _ b: NounGroup) -> Bool {
            a.start == b.start && a.end == b.end && a.head == b.head && a.mention == b.mention && a.entity == b.entity
                && a.possessor == b.possessor && a.modifier == b.modifier && a.compoundEntity == b.compoundEntity
                && a.isPronoun == b.isPronoun && a.titleStart == b.titleStart
        }
        #expect(groups.count == all.count)
        for k in all.indices { #expect(same(groups[k], all[k])) }
        // Written back: a plain group given a rare field, a rare group losing it.
        groups[0].possessor = 1
        #expect(groups[0].possessor == 1 && groups[0].entity == 1 && groups[0].mention == 2 && groups[0].end == 6)
        groups[0].mention = 4
        #expect(groups[0].mention == 4 && groups[0].possessor == 1 && groups[0].start == 4 && groups[0].head == 5)
        groups[1].possessor = nil
        groups[1].modifier = nil
        groups[1].titleStart = nil
        groups[1].end = 10
        #expect(groups[1].possessor == nil && groups[1].modifier == nil && groups[1].titleStart == nil && groups[1].end == 10 && groups[1].head == 8)
        #expect(groups[1].mention == 6 && groups[1].entity == 2)
        groups[2].isPronoun = false
        #expect(!groups[2].isPronoun && groups[2].compoundEntity == nil)
        #expect(same(groups[3], far) && same(groups[4], compound))
        // A packed group given another mention keeps its entity; given its mention's entity, it reads it.
        groups[7].mention = 1
        #expect(groups[7].mention == 1 && groups[7].entity == nil && groups[7].start == 19)
        groups[7].entity = 9
        #expect(groups[7].mention == 1 && groups[7].entity == 9 && groups[7].end == 20)
        groups[5].entity = nil
        #expect(groups[5].mention == 0 && groups[5].entity == nil)
    }

    @Test("clauses are stored in 20 bytes, a list's count in 8 bits: a list of 255 groups or more read back whole, shared as given")
    func clauseRecords() {
        #expect(MemoryLayout<Clauses.Record>.stride == 20)
        var verbs = VerbGroups()
        for k in 0..<3 {
            verbs.append(
                VerbGroup(
                    start: 2 * k, end: 2 * k + 1, main: 2 * k, lemma: -1, tense: .past, form: .finite, passive: false, negated: false,
                    modal: false, copula: false))
        }
        var clauses = Clauses(verbs: verbs)
        let long = Array(0..<300)
        let complements = (0..<260).map { (preposition: $0 % 2 == 0 ? "by" : "of", token: $0, groups: [$0]) }
        clauses.append(
            kind: .main, subject: long, object: [7, 8], secondObject: nil, complements: complements, parent: nil, subjectInherited: false)
        clauses.append(
            kind: .coordinated, subject: [], object: Array(0..<255), secondObject: 3, complements: [(preposition: "in", token: 1, groups: [2])],
            parent: 0, subjectInherited: false)
        clauses.append(kind: .main, subject: [4], object: [], secondObject: nil, complements: [], parent: nil, subjectInherited: false)
        #expect(Array(clauses[0].subject) == long && Array(clauses[0].object) == [7, 8])
        #expect(clauses[0].complements.count == 260 && clauses[0].complements[259].token == 259 && clauses[0].complements[1].preposition == "of")
        #expect(clauses[1].subject.isEmpty && Array(clauses[1].object) == Array(0..<255) && clauses[1].secondObject == [3])
        #expect(clauses[1].complements.count == 1 && Array(clauses[1].complements[0].groups) == [2])
        // A long subject given on to another clause: the same range, inherited.
        clauses.setSubject(1, clauses.subjectList(0), inherited: true)
        #expect(Array(clauses[1].subject) == long && clauses[1].subjectInherited && clauses.subjectOwner(1) == 0)
        clauses.setSubject(2, clauses.objectList(1))
        #expect(Array(clauses[2].subject) == Array(0..<255) && Array(clauses[1].object) == Array(0..<255))
        // Kind and flags in the record's last byte; the second object on the side, for its clause only.
        #expect(clauses[0].kind == .main && clauses[1].kind == .coordinated && clauses[2].kind == .main)
        #expect(!clauses[0].subjectInherited && !clauses[2].subjectInherited)
        #expect(clauses[0].secondObject.isEmpty && clauses[2].secondObject.isEmpty)
        clauses.setNegated(2)
        #expect(clauses[2].verb.negated && !clauses[1].verb.negated && clauses[2].kind == .main && !clauses[2].subjectInherited)
    }

    @Test("a mention position index answers the same whether the positions come in order or not")
    func mentionPositionIndex() {
        // In order (positions kept alone) and out of order (sorted entries), with repeats.
        for positions in [[0, 2, 2, 5, 9, 9, 9], [5, 2, 9, 2, 0, 9, 9]] {
            for last in [false, true] {
                let index = MentionPositionIndex(count: positions.count, last: last) { positions[$0] }
                // (Read from the mentions themselves, by start and by end, one token each.)
                let mentions = positions.map { MentionCandidate(sentence: 0, start: $0, end: $0 + 1, kind: .person, actor: nil) }
                let byStart = MentionPositionIndex(mentions: mentions, byEnd: false, last: last)
                let byEnd = MentionPositionIndex(mentions: mentions, byEnd: true, last: last)
                for p in -1...10 {
                    let at = positions.indices.filter { positions[$0] == p }
                    #expect(index[p] == (last ? at.last : at.first), "position \(p) of \(positions), last \(last)")
                    #expect(byStart[p] == (last ? at.last : at.first), "start \(p) of \(positions), last \(last)")
                    #expect(byEnd[p + 1] == (last ? at.last : at.first), "end \(p + 1) of \(positions), last \(last)")
                }
            }
        }
        #expect(MentionPositionIndex().isEmpty && MentionPositionIndex(count: 0, last: true) { _ in 0 }.isEmpty)
        #expect(MentionPositionIndex(mentions: [], byEnd: true, last: true).isEmpty)
    }

    @Test("a word sequence set holds what was inserted, of any length, and nothing else")
    func wordSequenceSet() {
        var set = WordSequenceSet(wordCount: 10, hashMask: 0)
        let inserted: [[Int32]] = [[3], [9], [3, 4], [4, 3], [1, 2, 3], [3, 4], [12], [-1, 2]]
        for words in inserted { set.insert(words[...]) }
        set.seal()
        for words in inserted { #expect(set.contains(words[...])) }
        for words: [Int32] in [[], [4], [2, 3], [3, 3], [1, 2], [2, 3, 4], [11], [-1]] { #expect(!set.contains(words[...])) }
    }

    @Test("word runs read back their words, a repeated run as the run it repeats")
    func wordRuns() {
        var runs = WordRuns(capacity: 2, words: 2)
        for words: [Int32] in [[1, 2, 3], [4]] {
            let from = runs.end
            for w in words { runs.appendWord(w) }
            runs.close(from: from, drop: words.count > 1 ? 1 : 0)
        }
        runs.repeatRun(1)
        let from = runs.end
        runs.appendWord(7)
        runs.close(from: from)
        runs.repeatRun(2)
        #expect(runs.count == 5)
        #expect(Array(runs[0]) == [2, 3] && Array(runs[1]) == [4] && Array(runs[2]) == [4] && Array(runs[3]) == [7] && Array(runs[4]) == [4])
    }

    @Test("verb matches take 8 bytes each and read back by sentence, sentences without a match empty, far positions, large patterns and long matches whole")
    func verbMatches() {
        #expect(MemoryLayout<VerbMatches.Packed>.stride == 8)
        var matches = VerbMatches()
        matches.append(contentsOf: [(2, 3, 7), (2, 4, 9)], sentence: 0)
        matches.append(contentsOf: [], sentence: 1)
        matches.append(contentsOf: [(3_000_000, 3_000_002, 70_000)], sentence: 5)
        matches.append(contentsOf: [(3_000_010, 3_000_011, 1)], sentence: 200_000)
        // (A pattern past 24 bits, a match of 254 and of 255 tokens (an amount's numbers), the last pattern that fits.)
        matches.append(
            contentsOf: [(3_000_020, 3_000_021, 20_000_000), (3_000_030, 3_000_284, 2), (3_000_040, 3_000_295, 3), (3_000_050, 3_000_051, 0xFF_FFFE)],
            sentence: 200_001)
        matches.cutToCount()
        #expect(matches.count == 8)
        #expect(matches[0].map { [$0.start, $0.end, $0.pattern] } == [[2, 3, 7], [2, 4, 9]])
        #expect(matches[1].isEmpty && matches[4].isEmpty && matches[6].isEmpty && matches[300_000].isEmpty && matches[-1].isEmpty)
        #expect(matches[5].map { [$0.start, $0.end, $0.pattern] } == [[3_000_000, 3_000_002, 70_000]])
        #expect(matches[200_000].map(\.start) == [3_000_010])
        #expect(
            matches[200_001].map { [$0.start, $0.end, $0.pattern] } == [
                [3_000_020, 3_000_021, 20_000_000], [3_000_030, 3_000_284, 2], [3_000_040, 3_000_295, 3], [3_000_050, 3_000_051, 0xFF_FFFE],
            ])
        // (A sentence's matches are a slice of the one array: its indices are the array's.)
        #expect(matches[5].startIndex == 2 && matches[5].count == 1)
        #expect(matches[200_001].startIndex == 4 && matches[200_001].count == 4)
        #expect(VerbMatches()[0].isEmpty)
    }

    @Test("a found relation takes 32 bytes; relations of one predicate, rule and role share one label, read back whole")
    func foundRelation() {
        #expect(MemoryLayout<FoundRelation>.stride == 32)
        let memory = RelationMemory()
        let first = memory.label(.attacked, rule: "verb:attacked", role: nil)
        let again = memory.label(.attacked, rule: "verb:attacked", role: nil)
        let office = memory.label(.leads, rule: "title", role: "Chief Inspector")
        let otherRule = memory.label(.attacked, rule: "frame:attack", role: nil)
        #expect(first === again && first !== office && first !== otherRule)
        let found = FoundRelation(source: 3_000_000, target: 7, label: office, sentence: 90_000, confidence: 0.63)
        #expect(found.source == 3_000_000 && found.target == 7 && found.sentence == 90_000 && found.confidence == 0.63)
        #expect(found.predicate == .leads)
        let relations = FoundRelations(list: FoundList(), names: memory.names)
        #expect(relations.rule(found) == "title" && relations.role(found) == "Chief Inspector")
        let plain = FoundRelation(source: 1, target: 2, label: first, sentence: 0, confidence: 0.8)
        #expect(relations.rule(plain) == "verb:attacked" && relations.role(plain) == nil && plain.predicate == .attacked)
    }

    @Test("found relations are kept in 20 bytes each and read back whole: labels by number, confidences by value, in any order")
    func foundList() {
        let memory = RelationMemory()
        let first = memory.label(.attacked, rule: "verb:attacked", role: nil)
        let office = memory.label(.leads, rule: "title", role: "Chief Inspector")
        let third = memory.label(.accused, rule: "frame:blame", role: nil)
        var list = FoundList()
        // (The third label first: a number's slot holds a stand-in until its own label is appended.)
        let written = [
            FoundRelation(source: 5, target: 6, label: third, sentence: 0, confidence: 0.8 * 0.7),
            FoundRelation(source: 3_000_000, target: 7, label: office, sentence: 90_000, confidence: 0.63),
            FoundRelation(source: 1, target: 2, label: first, sentence: 90_000, confidence: 0.8 * 0.7),
            FoundRelation(source: 1, target: 2, label: first, sentence: 90_001, confidence: 0.63),
            FoundRelation(source: 2, target: 1, label: third, sentence: 200_000, confidence: 1),
        ]
        for found in written { list.append(found) }
        #expect(list.count == written.count)
        #expect(Array(list) == written)
        #expect(list[1].predicate == .leads && list[1].roleNumber == office.role && list[2].ruleNumber == first.rule)
        #expect(list[0].predicate == .accused && list[0].ruleNumber == third.rule && list[4].ruleNumber == third.rule)
        #expect(list[0].confidence == 0.8 * 0.7 && list[3].confidence == 0.63)
        // Past a block of 4,096 relations.
        for k in 0..<5_000 { list.append(FoundRelation(source: k, target: k + 1, label: first, sentence: k, confidence: Double(k % 3) / 4)) }
        #expect(list.count == written.count + 5_000)
        #expect(list[written.count + 4_999].source == 4_999 && list[written.count + 4_999].confidence == 0.25)
    }

    @Test("a relation found again right after itself is stored once and still read, counted and walked as found")
    func foundListRepeats() {
        let memory = RelationMemory()
        let owns = memory.label(.controls, rule: "verb:owns", role: nil)
        let leads = memory.label(.leads, rule: "title", role: nil)
        var list = FoundList()
        var written: [FoundRelation] = []
        func add(_ found: FoundRelation, times: Int) {
            for _ in 0..<times {
                list.append(found)
                written.append(found)
            }
        }
        add(FoundRelation(source: 1, target: 2, label: owns, sentence: 0, confidence: 0.8), times: 1)
        add(FoundRelation(source: 3, target: 4, label: owns, sentence: 0, confidence: 0.8), times: 5)
        // Not a repeat: another sentence, another confidence, another label, another end.
        add(FoundRelation(source: 3, target: 4, label: owns, sentence: 1, confidence: 0.8), times: 1)
        add(FoundRelation(source: 3, target: 4, label: owns, sentence: 1, confidence: 0.7), times: 3)
        add(FoundRelation(source: 3, target: 4, label: leads, sentence: 1, confidence: 0.7), times: 1)
        add(FoundRelation(source: 3, target: 5, label: leads, sentence: 1, confidence: 0.7), times: 1)
        // A long run past a block of 4,096, then more after it.
        add(FoundRelation(source: 6, target: 7, label: owns, sentence: 2, confidence: 1), times: 5_000)
        add(FoundRelation(source: 7, target: 6, label: owns, sentence: 2, confidence: 1), times: 2)
        add(FoundRelation(source: 8, target: 9, label: leads, sentence: 3, confidence: 0.5), times: 1)
        #expect(list.count == written.count)
        #expect(Array(list) == written)
        #expect((0..<written.count).allSatisfy { list[$0] == written[$0] })
        #expect(Array(list.reversed()) == Array(written.reversed()))
    }

    @Test("a title candidate takes 16 bytes and reads back its numbers whole")
    func titleCandidate() {
        #expect(MemoryLayout<TitleCandidate>.stride == 16)
        var title = TitleCandidate(sentence: 200_000, start: 3_000_000, end: 3_000_002, title: 41)
        #expect(title.sentence == 200_000 && title.start == 3_000_000 && title.end == 3_000_002 && title.title == 41)
        title.end += 1
        #expect(title.end == 3_000_003)
    }

    @Test("verb groups are stored in 13 bytes and chunks in 2, far ends and large numbers on the side, read back as written")
    func verbGroupsAndChunks() {
        #expect(MemoryLayout<VerbGroups.Packed>.stride == 12)
        var verbs = VerbGroups()
        let near = VerbGroup(
            start: 3, end: 6, main: 5, lemma: 7, tense: .future, form: .finite,
            passive: true, negated: false, modal: true, copula: false)
        let far = VerbGroup(
            start: 10, end: 10 + 70_000, main: 10 + 65_535, lemma: -1, tense: .nonfinite, form: .participle,
            passive: false, negated: true, modal: false, copula: true)
        let edge = VerbGroup(
            start: 1 << 31 - 2, end: 1 << 31 - 1, main: 1 << 31 - 2, lemma: 0, tense: .past, form: .gerund,
            passive: false, negated: false, modal: false, copula: false)
        let all = [near, far, edge, near]
        for g in all { verbs.append(g) }
        #expect(verbs.count == all.count)
        for k in all.indices { #expect(verbs[k] == all[k]) }
        #expect(verbs.start(1) == 10)

        var chunks = Chunks()
        let written: [Chunk] = [.noun(0), .verb(1), .word(1 << 30 - 1), .word(1 << 30), .noun(1 << 31 - 1), .verb(3)]
        for c in written { chunks.append(c) }
        #expect(Array(chunks) == written)

        // Numbers below their block's base, 16,384 or more above it, across blocks, and a block without a case.
        var many = Chunks()
        var expected: [Chunk] = []
        for k in 0..<5_000 {
            let c: Chunk
            switch k % 7 {
            case 0: c = .noun(k / 2)
            case 1: c = .verb(k / 7)
            case 2: c = .word(1_000_000 + k * 3)
            case 3: c = .word(1_000_000 + k * 3 + (k % 500 == 3 ? 20_000 : 0))
            case 4: c = .noun(k % 1_000 == 4 ? 0 : k / 2 + 1)
            case 5: c = k >= 2_048 && k < 3_072 ? .word(5_000_000 + k) : .verb(k / 7 + 1)
            default: c = .word(k == 6 ? 0 : 1_000_000 + k * 3 + 1)
            }
            many.append(c)
            expected.append(c)
        }
        #expect(many.count == expected.count)
        #expect(Array(many) == expected)
        #expect(many[4_999] == expected[4_999] && many[0] == expected[0])
    }
}
