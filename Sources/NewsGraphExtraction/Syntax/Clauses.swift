/// A clause: a verb group with its subject, objects and prepositional complements, each
/// a list of coordinated noun groups ("Egypt, Jordan and Qatar urged …").
///
/// A view of one clause of its sentence's ``Clauses`` (the table and the clause's number):
/// each list is read in place from the table (``Clauses/Groups``, a collection of `Int`s).
struct Clause: Sendable {
    enum Kind: UInt8, Sendable, Hashable {
        /// A clause with its own subject.
        case main
        /// "…, who leads the board": the subject is the antecedent.
        case relative
        /// "…, killing three soldiers": the subject is the governing clause's.
        case participial
        /// "rebels backed by Rwanda", "…, led by X": a passive participle after its subject.
        case reduced
        /// "agreed to buy", "urged both sides to return": the subject is the governing
        /// clause's object, or else its subject.
        case infinitival
        /// "… and discussed energy": the subject is the coordinated clause's.
        case coordinated
    }
    /// A prepositional complement: the preposition's norm and its groups.
    struct Complement: Sendable {
        var preposition: String
        var token: Int
        var groups: Clauses.Groups
    }
    fileprivate let table: Clauses
    /// The clause's number in its sentence (also its verb group's: one clause per verb group).
    let index: Int

    var verb: VerbGroup { table.verb(index) }
    var kind: Kind { table.kind(index) }
    var subject: Clauses.Groups { table.groups(table.subjectList(index)) }
    /// The groups that are direct objects, coordinated.
    var object: Clauses.Groups { table.groups(table.objectList(index)) }
    /// A second object ("told reporters the deal", "called the vote a sham").
    var secondObject: [Int] {
        table.secondObject(index).map { [$0] } ?? []
    }
    var complements: [Complement] { table.complements(index) }
    /// The clause this one depends on, by index.
    var parent: Int? { table.parent(index) }
    /// The subject is taken from elsewhere (relative, participial, infinitival, coordinated).
    var subjectInherited: Bool { table.records[index].bits & Clauses.inheritedBit != 0 }
}

/// A sentence's clauses by column: per clause 20 bytes (its lists as ranges of one array of
/// 32-bit group numbers, its complements as ranges of one array — each range a 32-bit start and
/// an 8-bit count, a count of 255 or more kept by its start in a side table —, its parent in 32
/// bits, kind and flags in a byte; a second object, which few clauses have, in a side table by
/// clause), reserved for the sentence's verb groups exactly; its verb is its verb group's (clause
/// `i` is verb group `i`'s). Read as ``Clause`` views.
/// (Counts in 32 bits made a record 32 bytes: 8 more per clause at the peak of a sentence of ~900k
/// coordinated clauses, issue 14; the second object in every record and the flags in a column of
/// their own, 25: 5 more per clause.)
/// (A `Clause` of arrays took 80 bytes and a heap array per non-empty list: a sentence of
/// ~600k relative clauses peaked at 21.7 bytes per byte of text, issue 14.)
struct Clauses: RandomAccessCollection, Sendable {
    /// A list of groups: a range of `lists`.
    struct List: Sendable, Equatable {
        var start: UInt32
        var count: UInt32
        static let empty = List(start: 0, count: 0)
    }
    /// A clause's lists, parent, kind and flags, in 20 bytes: each list's start, and its count when
    /// below 255 (else 255, the count in the table's `longCounts` by the start); the second object, which
    /// few clauses have, in the table's `secondObjects` by the clause.
    struct Record: Sendable {
        var subjectStart: UInt32
        var objectStart: UInt32
        /// A range of `storedComplements`.
        var complementsStart: UInt32
        var parent32: Int32
        var subjectCount: UInt8
        var objectCount: UInt8
        var complementsCount: UInt8
        /// The kind (``Clauses/kindMask``) and the inherited and negated bits.
        var bits: UInt8
    }
    /// The count stored for a list of `count` items (255: in `longCounts`).
    @inline(__always) static func shortCount(_ count: UInt32) -> UInt8 { count < 0xFF ? UInt8(truncatingIfNeeded: count) : 0xFF }
    /// A list of groups read in place: the group numbers as `Int`s, indexed from 0.
    struct Groups: RandomAccessCollection, Sendable {
        fileprivate let lists: [Int32]
        fileprivate let start: Int
        let count: Int
        var startIndex: Int { 0 }
        var endIndex: Int { count }
        @inline(__always) func index(after i: Int) -> Int { i + 1 }
        @inline(__always) func index(before i: Int) -> Int { i - 1 }
        subscript(position: Int) -> Int {
            @inline(__always) get {
                precondition(position >= 0 && position < count, "group index out of range")
                return Int(lists[start + position])
            }
        }
    }
    struct StoredComplement: Sendable {
        var token32: Int32
        /// The preposition's number in `prepositions`.
        var preposition32: Int32
        var groups: List
    }
    static let kindMask: UInt8 = 0x07
    static let inheritedBit: UInt8 = 0x08
    /// "failed to agree": the infinitive's verb group read as negated.
    static let negatedBit: UInt8 = 0x10

    /// The columns, in one box: a ``Clause`` view holds the table, and copying it (every clause of every
    /// loop over the clauses) retained and released each column; one box is one retain. Written copy-on-write.
    private final class Store: @unchecked Sendable {
        let verbs: VerbGroups
        @exclusivity(unchecked) var records: [Record] = []
        /// The second object of the clauses that have one, by clause ("told reporters the deal").
        @exclusivity(unchecked) var secondObjects: [Int32: Int32] = [:]
        @exclusivity(unchecked) var lists: [Int32] = []
        @exclusivity(unchecked) var storedComplements: [StoredComplement] = []
        /// The counts of 255 or more of the lists of `lists`, by start (a list given on to another clause
        /// is the same start and count), and of the complements' ranges of `storedComplements`.
        @exclusivity(unchecked) var longCounts: [UInt32: UInt32] = [:]
        @exclusivity(unchecked) var longComplementCounts: [UInt32: UInt32] = [:]
        /// The distinct prepositions of the sentence's complements (a closed class: a few).
        @exclusivity(unchecked) var prepositions: [String] = []
        init(verbs: VerbGroups) { self.verbs = verbs }
        func copy() -> Store {
            let c = Store(verbs: verbs)
            c.records = records
            c.secondObjects = secondObjects
            c.lists = lists
            c.storedComplements = storedComplements
            c.longCounts = longCounts
            c.longComplementCounts = longComplementCounts
            c.prepositions = prepositions
            return c
        }
    }
    private var store: Store
    var verbs: VerbGroups { store.verbs }
    fileprivate var records: [Record] { store.records }
    private var lists: [Int32] { store.lists }
    private var storedComplements: [StoredComplement] { store.storedComplements }
    private var prepositions: [String] { store.prepositions }
    /// The box, made unique before a write.
    private mutating func unique() -> Store {
        if !isKnownUniquelyReferenced(&store) { store = store.copy() }
        return store
    }

    init(verbs: VerbGroups) {
        store = Store(verbs: verbs)
        // (One clause per verb group.)
        store.records.reserveCapacity(verbs.count)
    }

    /// Room for `count` list entries up front (a very long sentence's: room never written is never
    /// resident, and growing by a quarter held the old array beside the new while it copied).
    mutating func reserveListEntries(_ count: Int) { unique().lists.reserveCapacity(count) }

    var startIndex: Int { 0 }
    var endIndex: Int { records.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }
    subscript(position: Int) -> Clause { Clause(table: self, index: position) }

    func verb(_ i: Int) -> VerbGroup {
        var verb = verbs[i]
        if records[i].bits & Self.negatedBit != 0 { verb.negated = true }
        return verb
    }
    func kind(_ i: Int) -> Clause.Kind { Clause.Kind(rawValue: records[i].bits & Self.kindMask)! }
    /// Clause `i`'s second object, if any.
    func secondObject(_ i: Int) -> Int? {
        let side = store.secondObjects
        return side.isEmpty ? nil : side[Int32(truncatingIfNeeded: i)].map { Int($0) }
    }
    func parent(_ i: Int) -> Int? {
        let p = records[i].parent32
        return p < 0 ? nil : Int(p)
    }
    /// Clause `i`'s subject, as a range of the lists.
    func subjectList(_ i: Int) -> List {
        let r = records[i]
        return List(start: r.subjectStart, count: r.subjectCount < 0xFF ? UInt32(r.subjectCount) : store.longCounts[r.subjectStart]!)
    }
    /// Clause `i`'s object, as a range of the lists.
    func objectList(_ i: Int) -> List {
        let r = records[i]
        return List(start: r.objectStart, count: r.objectCount < 0xFF ? UInt32(r.objectCount) : store.longCounts[r.objectStart]!)
    }
    /// Clause `i`'s complements, as a range of the stored complements.
    func complementsList(_ i: Int) -> List {
        let r = records[i]
        return List(
            start: r.complementsStart,
            count: r.complementsCount < 0xFF ? UInt32(r.complementsCount) : store.longComplementCounts[r.complementsStart]!)
    }
    func groups(_ list: List) -> Groups { Groups(lists: lists, start: Int(list.start), count: Int(list.count)) }
    /// The `k`-th group of a list.
    func group(_ list: List, _ k: Int) -> Int { Int(lists[Int(list.start) + k]) }
    /// The clause whose own subject clause `i` inherited (a coordinated, participial or infinitival
    /// clause's: the same range of the table, given on from clause to clause), nil when `i` has a subject
    /// of its own or none. A relative clause owns its antecedent.
    func subjectOwner(_ i: Int) -> Int? {
        guard records[i].bits & Self.inheritedBit != 0, records[i].subjectCount > 0 else { return nil }
        let list = subjectList(i)
        // (Up the chain of governing clauses, at most 64 of them: a sentence of many "and urged …" stays linear.)
        var clause = i
        for _ in 0..<64 {
            guard let up = parent(clause), up != clause else { return nil }
            // (A relative clause's subject is its antecedent, its own list.)
            if subjectList(up) == list, records[up].bits & Self.inheritedBit == 0 || kind(up) == .relative { return up }
            clause = up
        }
        return nil
    }
    func complements(_ i: Int) -> [Clause.Complement] {
        let range = complementsList(i)
        guard range.count > 0 else { return [] }
        return storedComplements[Int(range.start)..<Int(range.start + range.count)].map {
            Clause.Complement(preposition: prepositions[Int($0.preposition32)], token: Int($0.token32), groups: groups($0.groups))
        }
    }
    /// The stored complements of clause `i` (token, preposition number, groups).
    func storedComplements(_ i: Int) -> ArraySlice<StoredComplement> {
        let range = complementsList(i)
        return storedComplements[Int(range.start)..<Int(range.start + range.count)]
    }

    private mutating func list(_ groups: [Int]) -> List {
        guard !groups.isEmpty else { return .empty }
        let store = unique()
        let start = UInt32(truncatingIfNeeded: store.lists.count)
        store.lists.makeRoom(for: store.lists.count + groups.count)
        for n in groups { store.lists.append(Int32(truncatingIfNeeded: n)) }
        let count = UInt32(truncatingIfNeeded: groups.count)
        if count >= 0xFF { store.longCounts[start] = count }
        return List(start: start, count: count)
    }

    /// Appends a clause for the next verb group.
    mutating func append(
        kind: Clause.Kind, subject: [Int], object: [Int], secondObject: Int?,
        complements: [(preposition: String, token: Int, groups: [Int])], parent: Int?, subjectInherited: Bool
    ) {
        let complementStart = UInt32(truncatingIfNeeded: storedComplements.count)
        for complement in complements {
            var number = prepositions.firstIndex(of: complement.preposition) ?? -1
            if number < 0 {
                number = prepositions.count
                unique().prepositions.append(complement.preposition)
            }
            let groups = list(complement.groups)
            unique().storedComplements.appendGrowingSlowly(
                StoredComplement(
                    token32: Int32(truncatingIfNeeded: complement.token), preposition32: Int32(truncatingIfNeeded: number), groups: groups))
        }
        let subjectRange = list(subject)
        let objectRange = list(object)
        let complementCount = UInt32(truncatingIfNeeded: complements.count)
        let record = Record(
            subjectStart: subjectRange.start, objectStart: objectRange.start, complementsStart: complementStart,
            parent32: Int32(truncatingIfNeeded: parent ?? -1),
            subjectCount: Self.shortCount(subjectRange.count), objectCount: Self.shortCount(objectRange.count),
            complementsCount: Self.shortCount(complementCount), bits: kind.rawValue | (subjectInherited ? Self.inheritedBit : 0))
        let store = unique()
        if complementCount >= 0xFF { store.longComplementCounts[complementStart] = complementCount }
        if let secondObject { store.secondObjects[Int32(truncatingIfNeeded: store.records.count)] = Int32(truncatingIfNeeded: secondObject) }
        store.records.append(record)
    }

    /// Clause `i`'s subject becomes `list` (another clause's list: nothing is copied).
    mutating func setSubject(_ i: Int, _ list: List, inherited: Bool = false) {
        let store = unique()
        store.records[i].subjectStart = list.start
        store.records[i].subjectCount = Self.shortCount(list.count)
        if list.count >= 0xFF { store.longCounts[list.start] = list.count }
        if inherited { store.records[i].bits |= Self.inheritedBit }
    }
    mutating func setNegated(_ i: Int) { unique().records[i].bits |= Self.negatedBit }
}

/// One sentence's syntax: chunks, noun and verb groups, clauses.
struct SentenceSyntax: Sendable {
    var chunks: Chunks
    var nouns: NounGroups
    var verbs: VerbGroups
    var clauses: Clauses
    // (No per-chunk clause number: nothing read it, and it took 8 bytes a chunk, 11 MB for a
    // sentence of 700k names.)
}

/// Finds the clauses of a chunked sentence.
struct ClauseFinder {
    let ctx: RelationFinder.Context
    let lexicon: CompiledLexicon

    /// Verbs whose object does what the infinitive after it says ("urged X to return").
    static let objectControl: Set<String> = [
        "urge", "ask", "call", "order", "force", "allow", "tell", "persuade", "invite", "encourage", "require", "direct",
        "instruct", "help", "enable", "authorize", "pressure", "press", "warn", "appeal", "push", "compel", "permit", "want",
    ]

    /// Words that open an aside with "of": "all of which", "both of whom".
    static let asideQuantifiers: WordSet = ["all", "both", "each", "most", "many", "some", "several", "none", "either", "neither"]
    /// Prepositions of a phrase that may follow one item of a list: "to A, B for Operation X, C and D".
    static let insertedPhrasePrepositions: WordSet = ["for", "during", "under"]
    /// Verbs that report what their subject says of itself: "X said it had …".
    static let reportingLemmas: Set<String> = ["say", "announce", "add", "state", "confirm", "tell", "insist", "declare"]
    /// Verbs that, coordinated after a reported clause, are the reporter's own act: "said … and accused Y".
    static let reportersOwnLemmas: Set<String> = ["accuse", "urge", "blame", "call", "appeal", "press", "threaten", "warn", "condemn"]

    /// Verbs whose reported clause a coordinated accusation or call after it does not continue: "X said (that) Y had …
    /// and accused Z", "X denied that Y had … and urged Z" are X's (as the corpus's gold reads every such sentence).
    /// So does the clause of an accusation or a call itself: "X accused Y of paying what Z had paid and urged W".
    static let reportersClauseLemmas: Set<String> = reportingLemmas.union(["deny", "reject"]).union(reportersOwnLemmas)

    /// Whether a saying verb ending before `end` opens a reported clause whose coordinated "and accused …" is the
    /// reporter's: not a parenthetical ("X, the governor said, seized …": a comma right after it). A clause tied on by
    /// "that" is one too ("said that …", "told reporters that …"). Shared by the clause finder and
    /// ``VerbRules/sayer(of:before:from:)``.
    static func opensReportedClause(_ tokens: Tokens, verbEnd end: Int, before limit: Int) -> Bool {
        end < limit && !tokens[end].textIs(",")
    }
    /// Verbs after which an infinitive did not happen: "failed to agree".
    static let negativeImplicatives: Set<String> = ["fail", "refuse", "decline", "reject", "deny", "avoid", "neglect", "hesitate"]

    func parse(_ a: Int, _ b: Int) -> SentenceSyntax {
        let (chunks, nouns, verbs) = Chunker(ctx: ctx, lexicon: lexicon).chunk(a, b)
        var syntax = SentenceSyntax(chunks: chunks, nouns: nouns, verbs: verbs, clauses: Clauses(verbs: verbs))
        // (The groups are read from `nouns` and `verbs`, never written here: `syntax`, a `var` captured by the
        // closures below, is read through a dynamic exclusivity check at every access.)
        // (A noun group is in one or two lists, as a subject and as an object or antecedent: a very long sentence's
        // lists get room for two entries a group, no copy as they grow; issue 14.)
        if b - a > Chunker.longSentence { syntax.clauses.reserveListEntries(2 * nouns.count + 16) }
        let tokens = ctx.tokens
        // The first chunk with a finite verb: read once, so that no clause scans the sentence's chunks from the
        // start (a sentence of thousands of participial asides stays linear).
        var firstFiniteVerbChunk = chunks.count
        for (c, chunk) in chunks.enumerated() {
            guard case .verb(let v) = chunk, verbs[v].form == .finite else { continue }
            firstFiniteVerbChunk = c
            break
        }
        // Each verb group's chunk, asked for in increasing verb order (the inherited subjects below): read by a
        // cursor over the chunks, whose verb groups are in the same order — no table of 4 bytes a verb group,
        // alive at the peak of a sentence of ~900k coordinated clauses (issue 14).
        var verbCursor = 0
        var lastVerbAsked = -1
        var lastVerbChunk = -1
        func chunk(ofVerb v: Int) -> Int {
            precondition(v >= lastVerbAsked, "verb groups asked for in increasing order")
            if v == lastVerbAsked { return lastVerbChunk }
            lastVerbAsked = v
            lastVerbChunk = -1
            while verbCursor < chunks.count {
                if case .verb(let x) = chunks[verbCursor] {
                    if x > v { break }
                    if x == v { lastVerbChunk = verbCursor }
                }
                verbCursor += 1
            }
            return lastVerbChunk
        }
        func word(_ c: Int) -> Token? {
            guard c >= 0, c < chunks.count, case .word(let k) = chunks[c] else { return nil }
            return tokens[k]
        }
        func noun(_ c: Int) -> Int? {
            guard c >= 0, c < chunks.count, case .noun(let n) = chunks[c] else { return nil }
            return n
        }
        /// Whether group `n` is an office without a name: a title of the lexicon ending at its head ("chairman",
        /// "chief executive"), or a title word that names a person ("ambassador", "envoy").
        func namesAnOffice(_ n: Int) -> Bool {
            let group = nouns[n]
            guard group.entity == nil, !group.isPronoun, group.start <= group.head else { return false }
            if lexicon.isWord(tokens[group.head], .titleWord), !lexicon.isWord(tokens[group.head], .titleModifier) { return true }
            return (group.start...group.head).contains { i in
                lexicon.matchTitle(tokens, at: i, end: group.head + 1).map { i + $0.length == group.head + 1 } ?? false
            }
        }
        /// The chunk of the group a bracketed short name at chunk `c` follows ("the Velmar Audit Office
        /// (VAO) said": the ")" at `c`, the name's group three chunks back), else `c`.
        /// The group must name an actor itself (no climbing over "of" from it).
        func overBrackets(_ c: Int) -> Int {
            guard c >= 3, let close = word(c), close.textIs(")"), noun(c - 1) != nil, let open = word(c - 2), open.textIs("("),
                let named = noun(c - 3), nouns[named].entity != nil
            else { return c }
            return c - 3
        }
        /// The coordinated groups ending at chunk `c` ("A, B and C"), leftmost first, and the chunk before them.
        func coordinationEnding(at c: Int) -> (groups: [Int], before: Int) {
            guard let last = noun(c) else { return ([], c) }
            // Collected right to left, reversed at the end (inserting at the front of a list of
            // N groups would move N² elements).
            var groups = [last]
            var p = c - 1
            while p >= 1, let w = word(p), !lexicon.flags(w).isDisjoint(with: [.and_or, .comma]) {
                // "A, B, and C": the serial comma before the last "and".
                var at = p - 1
                if groups.count == 1, lexicon.flags(w).contains(.and_or), let w0 = word(at), lexicon.flags(w0).contains(.comma),
                    noun(at - 1) != nil, at - 2 >= 0, word(at - 2).map({ lexicon.flags($0).contains(.comma) }) ?? false
                {
                    at -= 1
                }
                guard let n = noun(at) else { break }
                // "X, a unit of Y, makes": a comma after a single group is an apposition, not a list.
                if lexicon.flags(w).contains(.comma), groups.count == 1,
                    !(p + 1 < chunks.count
                        && chunks.dropFirst(p + 1).prefix(3).contains { ch in
                            if case .word(let k) = ch { return lexicon.flags(tokens[k]).contains(.and) } else { return false }
                        })
                {
                    break
                }
                // (Grown by a quarter, not doubled: the array is the clause's subject, 8.4 MB for a
                // list of 700k names where 5.6 are used.)
                groups.appendGrowingSlowly(n)
                p = at - 1
                if p >= 0, let w2 = word(p), lexicon.flags(w2).contains(.and), noun(p - 1) == nil { break }
            }
            return (groups.reversed(), p)
        }
        /// "to A, B for Operation X, C and D": a phrase on one item of a list (a preposition of
        /// purpose or time and one group) that more items follow, up to an "and" or "or"; the
        /// chunk after the phrase (its comma), else `p`.
        func overInsertedPhrase(_ p: Int) -> Int {
            guard let w = word(p), w.tag == .preposition, Self.insertedPhrasePrepositions.contains(w), noun(p + 1) != nil,
                let comma = word(p + 2), lexicon.flags(comma).contains(.comma), noun(p + 3) != nil
            else { return p }
            var q = p + 4
            while q + 1 < chunks.count, q < p + 12, let w2 = word(q), lexicon.flags(w2).contains(.comma), noun(q + 1) != nil { q += 2 }
            if q < chunks.count, let w2 = word(q), lexicon.flags(w2).contains(.comma) { q += 1 }
            guard q + 1 < chunks.count, let w3 = word(q), lexicon.flags(w3).contains(.and_or), noun(q + 1) != nil else { return p }
            return p + 2
        }
        /// "in a number of units to include A, B and C", "in several countries, including A and
        /// B": the names a group without one stands for, and the chunk after them.
        func listedAfter(_ c: Int) -> (groups: [Int], after: Int)? {
            var p = c
            // "a number of other units to include …"
            while p < c + 4, let w = word(p), w.normIs("of"), let n = noun(p + 1), nouns[n].entity == nil { p += 2 }
            if let w = word(p), lexicon.flags(w).contains(.comma) { p += 1 }
            guard p + 1 < chunks.count else { return nil }
            switch chunks[p] {
            case .word(let k) where tokens[k].normIs("including"): break
            case .verb(let v) where tokens[verbs[v].main].normIsOne(of: "including", "include")
                && (verbs[v].form != .finite || tokens[verbs[v].main].normIs("including")):
                break
            default: return nil
            }
            guard noun(p + 1) != nil else { return nil }
            let (groups, after) = coordinationStarting(at: p + 1)
            guard groups.allSatisfy({ nouns[$0].entity != nil }) else { return nil }
            return (groups, after)
        }
        /// The groups of an object or complement at chunk `c`, as ``coordinationStarting(at:)``;
        /// one group without a name, not a pronoun, stands for the names listed after it
        /// ("several units to include A and B").
        func groupsOrListed(at c: Int) -> (groups: [Int], after: Int) {
            let (groups, after) = coordinationStarting(at: c)
            if groups.count == 1, nouns[groups[0]].entity == nil, !nouns[groups[0]].isPronoun,
                let listed = listedAfter(after)
            {
                return listed
            }
            return (groups, after)
        }
        /// Groups starting at chunk `c` ("A and B", "A, B and C"), and the chunk after them.
        /// A title without a name and the person's name apposed to it, read as the person: "the energy minister,
        /// Dana Rusk," at chunk `start` gives Dana Rusk's group and the chunk after the name (over a comma before
        /// "and", as a serial comma: "signed by its energy minister, A, and (by) the bank's chief executive, B"); any
        /// other group gives itself and the chunk after it. The title may have a phrase of its field ("the state
        /// secretary for culture, A,", "Minister of Lands and Mines, B,"). The name must end the list's item: a
        /// comma, "and", "or" or the sentence's end after it (not "the ministry, Dana Rusk said").
        func overApposedName(_ n: Int, at start: Int) -> (group: Int, after: Int) {
            guard namesAnOffice(n) else { return (n, start + 1) }
            var c = start
            // (A field after "of" is a minister's or secretary's portfolio, or a capitalized one: "accused its director
            // of fraud, X, …" is a charge, and so is any "of" after a verb of charging, "accused the minister of
            // bribery, X, …".)
            let charged: Bool = {
                guard start >= 1, case .verb(let v) = chunks[start - 1] else { return false }
                let verb = tokens[verbs[v].main].norm
                return ["accus", "charg", "convict", "suspect", "indict", "clear", "acquit", "guilty"].contains { verb.hasPrefix($0) }
            }()
            if let of = word(c + 1), of.normIsOne(of: "of", "for"), let field = noun(c + 2),
                nouns[field].entity == nil || ctx.entities.kinds[nouns[field].entity!] != .person,
                of.normIs("for") || (!charged && (tokens[nouns[field].head].text.first?.isUppercase == true
                    || tokens[nouns[n].head].normIsOne(of: "minister", "secretary", "commissioner")))
            {
                c += 2
            }
            guard let comma = word(c + 1), lexicon.flags(comma).contains(.comma), let name = noun(c + 2),
                let person = nouns[name].entity, ctx.entities.kinds[person] == .person
            else { return (n, start + 1) }
            guard c + 3 < chunks.count else { return (name, c + 3) }
            guard let next = word(c + 3), !lexicon.flags(next).isDisjoint(with: [.and_or, .comma]) || next.tag == .punctuation
            else { return (n, start + 1) }
            // (", and B" or ", and by B": the comma is the list's, before its "and".)
            if lexicon.flags(next).contains(.comma), let then = word(c + 4), lexicon.flags(then).contains(.and_or),
                noun(c + 5) != nil || word(c + 5)?.tag == .preposition
            {
                return (name, c + 4)
            }
            return (name, c + 3)
        }
        func coordinationStarting(at c: Int) -> (groups: [Int], after: Int) {
            guard let first = noun(c) else { return ([], c) }
            let (firstGroup, firstAfter) = overApposedName(first, at: c)
            var groups = [firstGroup]
            var p = firstAfter
            while p + 1 < chunks.count, let w = word(p), !lexicon.flags(w).isDisjoint(with: [.and_or, .comma]), let n = noun(p + 1) {
                // "and" followed by a verb joins clauses, not groups; not an infinitive, which says what both groups
                // are asked or expected to do ("asked A and B to carry …").
                if p + 2 < chunks.count, case .verb(let v) = chunks[p + 2], verbs[v].form != .infinitive { break }
                if lexicon.flags(w).contains(.comma), p + 2 < chunks.count,
                    word(p + 2).map({ lexicon.flags($0).isDisjoint(with: [.and, .comma]) }) ?? true, groups.count == 1,
                    !(chunks.dropFirst(p + 2).prefix(4).contains { ch in
                        if case .word(let k) = ch { return lexicon.flags(tokens[k]).contains(.and) } else { return false }
                    }),
                    overInsertedPhrase(p + 2) == p + 2
                {
                    break
                }
                let (item, after) = overApposedName(n, at: p + 1)
                groups.append(item)
                p = after
                if groups.count >= 2 { p = overInsertedPhrase(p) }
                if p < chunks.count, let w2 = word(p), lexicon.flags(w2).contains(.and), p + 1 < chunks.count, let last = noun(p + 1) {
                    let (item, after) = overApposedName(last, at: p + 1)
                    groups.append(item)
                    p = after
                    break
                }
                // "A, B, and C": the serial comma before the last "and".
                if groups.count >= 2, p + 2 < chunks.count, let w2 = word(p), lexicon.flags(w2).contains(.comma),
                    let w3 = word(p + 1), lexicon.flags(w3).contains(.and), let last = noun(p + 2)
                {
                    if p + 3 < chunks.count, case .verb = chunks[p + 3] { break }
                    let (item, after) = overApposedName(last, at: p + 2)
                    groups.append(item)
                    p = after
                    break
                }
            }
            return (groups, p)
        }
        /// The subject left of chunk `c`: climbs over prepositional phrases ("the merger of the
        /// two airlines still needs"), appositions and relative clauses between commas.
        func subjectBefore(_ c: Int, finite: Bool) -> (groups: [Int], kind: Clause.Kind, antecedentOf: Int?) {
            var p = c - 1
            while p >= 0, let w = word(p), w.tag == .adverb { p -= 1 }
            guard p >= 0 else { return ([], .main, nil) }
            // "the Velmar Audit Office (VAO) said": a finite verb's subject is the name before the brackets.
            if finite, case let named = overBrackets(p), named != p, let n = noun(named) { return ([n], .main, nil) }
            if let w = word(p) {
                let isThat = lexicon.flags(w).contains(.that)
                if w.tag == .wh || (w.tag == .subordinator && isThat) {
                    // "X, who leads Y", "a coalition that controls": the antecedent.
                    var q = p - 1
                    var afterComma = false
                    if q >= 0, let comma = word(q), lexicon.flags(comma).contains(.comma) {
                        q -= 1
                        afterComma = true
                        // "the Velmar Audit Office (VAO), which said": the name before the brackets.
                        if w.tag == .wh { q = overBrackets(q) }
                    }
                    if w.tag == .wh || isThat, let n = noun(q) {
                        // "A, B and C, which formed the Velmar Union": a list of names before the comma is the
                        // clause's subject whole (not "the talks between A and B, which …": names only).
                        if afterComma, w.tag == .wh {
                            let (list, before) = coordinationEnding(at: q)
                            if list.count >= 2, list.allSatisfy({ nouns[$0].entity != nil }),
                                !(before >= 0 && word(before).map { $0.tag == .preposition } == true)
                            {
                                return (list, .relative, nil)
                            }
                        }
                        return ([climb(q, n)], .relative, nil)
                    }
                    return ([], .main, nil)
                }
                if w.tag == .coordinator { return ([], .coordinated, nil) }
                if lexicon.flags(w).contains(.comma), let subject = asideSubject(p) { return (subject, .main, nil) }
                if lexicon.flags(w).contains(.comma) || w.tag == .quote { return ([], .participial, nil) }
                return ([], .main, nil)
            }
            if noun(p) != nil {
                let (groups, before) = coordinationEnding(at: p)
                var result = groups
                if groups.count == 1 { result = [climb(p, groups[0])] }
                _ = before
                return (result, .main, nil)
            }
            return ([], .main, nil)
        }
        /// From a group at chunk `c`, the group it is the complement of when it sits in a
        /// prepositional phrase after another group ("the merger [of the two airlines]"), and
        /// over an apposition or relative clause between commas to the group before it.
        func climb(_ c: Int, _ n: Int) -> Int {
            var c = c
            var n = n
            var steps = 0
            while steps < 4 {
                steps += 1
                if c >= 2, let w = word(c - 1), w.tag == .preposition,
                    ["of", "in", "from", "at", "near", "on", "for", "with"].contains(w.norm),
                    let m = noun(c - 2)
                {
                    c -= 2
                    n = m
                    continue
                }
                // "Rebels [backed by] Rwanda", "positions [held by] fighters": over a reduced relative clause.
                if c >= 3, let w = word(c - 1), w.tag == .preposition, case .verb(let v) = chunks[c - 2],
                    verbs[v].form == .participle || verbs[v].form == .gerund, let m = noun(c - 3)
                {
                    c -= 3
                    n = m
                    continue
                }
                // "Korvala, a unit of Nordheim Group, makes": over the apposition to the name before it.
                if c >= 2, let w = word(c - 1), lexicon.flags(w).contains(.comma), let m = noun(c - 2),
                    syntaxNoun(n).entity == nil || syntaxNoun(m).entity != nil,
                    syntaxNoun(n).entity == nil
                {
                    c -= 2
                    n = m
                    continue
                }
                break
            }
            return n
        }
        func syntaxNoun(_ n: Int) -> NounGroup { nouns[n] }
        /// The subject before an aside that the comma at chunk `c` closes: "Korvala, a unit of
        /// Nordheim Group, makes", "Lindqvist, who heads the board, is expected"; a list before
        /// it is the subject whole ("A, B and C, all of which border the lake, attacked").
        func asideSubject(_ c: Int) -> [Int]? {
            var p = c - 1
            var sawVerb = false
            while p >= 1 {
                if let w = word(p), lexicon.flags(w).contains(.comma) {
                    // The aside opens with a group, a relative pronoun or a participle.
                    let opener = p + 1
                    let opensAside: Bool = {
                        if noun(opener) != nil { return true }
                        // ("Senator X of Vermont, where the company employs 600 people, urged": "where" after a place.)
                        if let w = word(opener), w.tag == .wh || w.normIs("where") { return true }
                        // "all of which", "both of whom", "each of them"
                        if let w = word(opener), Self.asideQuantifiers.contains(w), let of = word(opener + 1), of.normIs("of") {
                            return true
                        }
                        if case .verb(let v) = chunks[opener], verbs[v].form == .participle || verbs[v].form == .gerund { return true }
                        return false
                    }()
                    // ("the Velmar Audit Office (VAO), which …, said": over the bracketed short name.)
                    let named = overBrackets(p - 1)
                    guard opensAside, let n = noun(named) else { return nil }
                    // ("… where fighters of the Velmar Front (VF), a rebel group, attacked": an apposition to the
                    // bracketed name; a relative clause on it, "who heads the Velmar Front (VF), which …, urged",
                    // leaves the main clause's subject before it.)
                    if named != p - 1, noun(opener) != nil { return [n] }
                    // A main clause before the aside has its own subject: not this one.
                    if firstFiniteVerbChunk < named { return nil }
                    if named != p - 1 { return [n] }
                    // "A, B and C, all of which …,": the list (the "and" says it is one, not an apposition).
                    var (groups, _) = coordinationEnding(at: p - 1)
                    if groups.count >= 2,
                        (p - 2 * groups.count + 1..<p).contains(where: { word($0).map { lexicon.flags($0).contains(.and) } ?? false })
                    {
                        // "A and his counterpart, B, signed": an aside of one name says whom the list's last,
                        // unnamed group is.
                        if opener + 1 == c, let apposed = noun(opener), nouns[apposed].entity != nil,
                            let last = groups.last, nouns[last].entity == nil, !nouns[last].isPronoun
                        {
                            groups[groups.count - 1] = apposed
                        }
                        return groups
                    }
                    // "Velmar's foreign minister, Lars Tveit, said": an office with its holder's name as the aside is the holder.
                    if opener + 1 == c, let apposed = noun(opener), let person = nouns[apposed].entity,
                        ctx.entities.kinds[person] == .person, namesAnOffice(n), climb(p - 1, n) == n
                    {
                        return [apposed]
                    }
                    return [climb(p - 1, n)]
                }
                if case .verb(let v) = chunks[p], verbs[v].form == .finite, word(p - 1)?.tag != .wh, !sawVerb {
                    // a finite verb inside the aside is fine only in a relative clause
                    sawVerb = true
                    func relative(_ q: Int) -> Bool { word(q).map { $0.tag == .wh || $0.normIs("where") } ?? false }
                    if !(p >= 1 && (relative(p - 1) || (p >= 2 && relative(p - 2)))) { return nil }
                }
                p -= 1
            }
            return nil
        }
        var lastMain: Int?
        for (c, chunk) in chunks.enumerated() {
            guard case .verb(let v) = chunk else { continue }
            let verb = verbs[v]
            var object: [Int] = []
            var secondObject: Int?
            var complements: [(preposition: String, token: Int, groups: [Int])] = []
            var (subject, kind, _) = subjectBefore(c, finite: verb.form == .finite)
            switch verb.form {
            case .infinitive:
                kind = .infinitival
                subject = []
            case .gerund where subject.isEmpty:
                kind = .participial
            case .finite where kind == .participial:
                // A finite verb after a comma with no subject of its own is no participle.
                kind = .main
            case .participle:
                // "rebels backed by Rwanda", "…, led by X": the group before is the patient.
                var p = c - 1
                if p >= 0, let w = word(p), lexicon.flags(w).contains(.comma) { p -= 1 }
                if let n = noun(p) {
                    subject = [n]
                    kind = .reduced
                } else if subject.isEmpty {
                    kind = .participial
                }
            default: break
            }
            // "…,” said Maj. Gen. X": a speech verb before its subject.
            if subject.isEmpty, kind == .participial || kind == .main, c > 0,
                word(c - 1).map({ lexicon.flags($0).contains(.comma) || $0.tag == .quote }) ?? false,
                verb.form == .finite, let n = noun(c + 1), nouns[n].entity != nil,
                c + 2 >= chunks.count
                    || word(c + 2).map({ $0.tag == .punctuation }) ?? false
            {
                subject = [n]
                kind = .main
            }
            var subjectInherited = false
            if kind != .main, kind != .relative, kind != .reduced || subject.isEmpty { subjectInherited = true }
            if kind == .relative { subjectInherited = true }
            // Objects and complements, left to right until the clause ends.
            var q = c + 1
            if q < chunks.count, let w = word(q), w.tag == .preposition, lexicon.flags(w).contains(.particle),
                noun(q + 1) == nil || tokens[nouns[noun(q + 1)!].start].tag == .determiner
            {
                q += 1
            }
            if noun(q) != nil {
                let (groups, after) = groupsOrListed(at: q)
                if !(subject.count == 1 && groups == subject) {
                    object = groups
                    q = after
                    if let n = noun(q) {
                        secondObject = n
                        q += 1
                    }
                }
            }
            while q < chunks.count {
                if let w = word(q), w.tag == .preposition || w.tag == .infinitive, noun(q + 1) != nil {
                    var (groups, after) = groupsOrListed(at: q + 1)
                    let k: Int = { if case .word(let k) = chunks[q] { return k } else { return 0 } }()
                    // "signed by A and by B": the preposition repeated after "and" adds to the same phrase.
                    while after + 2 < chunks.count, let and = word(after), lexicon.flags(and).contains(.and), let again = word(after + 1),
                        again.norm == w.norm, noun(after + 2) != nil
                    {
                        let (more, next) = groupsOrListed(at: after + 2)
                        groups += more
                        after = next
                    }
                    complements.append((w.norm, k, groups))
                    q = after
                    continue
                }
                if let w = word(q), w.tag == .adverb { q += 1; continue }
                // "arrested its director, Anna Belt, on charges of …", "arrested Anna Belt, the station's director, on
                // …": over one group in apposition to the object, between commas, to a complement or an adverb.
                // (The name apposed to a title is the object already: "its director, Anna Belt" ends at the comma.)
                if !object.isEmpty, complements.isEmpty, let comma = word(q), comma.textIs(",") {
                    var k = q + 1
                    while k < q + 4, noun(k) != nil { k += 1 }
                    if k == q + 1, q >= 2, noun(q - 1) != nil, word(q - 2)?.textIs(",") == true { k = q }
                    if k > q + 1 || k == q, let close = word(k), close.textIs(","), let next = word(k + 1),
                        next.tag == .preposition || next.tag == .adverb
                    {
                        q = k + 1
                        continue
                    }
                }
                // "designate X – also known as Y – as …": over an aside between dashes.
                if let w = word(q), w.tag == .dash,
                    let close = (q + 1..<min(chunks.count, q + 12)).first(where: { word($0)?.tag == .dash })
                {
                    q = close + 1
                    continue
                }
                break
            }
            // (Clause i is verb group i: the rules and `chunk(ofVerb:)` read them by the same number.)
            assert(v == syntax.clauses.count, "one clause per verb group, in order")
            syntax.clauses.append(
                kind: kind, subject: subject, object: object, secondObject: secondObject, complements: complements, parent: lastMain,
                subjectInherited: subjectInherited)
            if kind == .main || kind == .coordinated { lastMain = syntax.clauses.count - 1 }
        }
        // Inherited subjects: from the governing clause (its object for object-control verbs). (A list
        // given to another clause is the same range of the table: nothing is copied.)
        func subjectList(_ i: Int) -> Clauses.List { syntax.clauses.subjectList(i) }
        func objectList(_ i: Int) -> Clauses.List { syntax.clauses.objectList(i) }
        for index in syntax.clauses.indices where subjectList(index).count == 0 {
            guard let parent = syntax.clauses.parent(index), parent != index else { continue }
            let governingVerb = syntax.clauses.verb(parent)
            switch syntax.clauses.kind(index) {
            case .infinitival:
                let lemma = lexicon.lemmaText(governingVerb.lemma, of: tokens[governingVerb.main])
                if objectList(parent).count > 0, Self.objectControl.contains(lemma) {
                    syntax.clauses.setSubject(index, objectList(parent))
                } else if objectList(parent).count == 0, Self.objectControl.contains(lemma),
                    let on = syntax.clauses.storedComplements(parent).first(where: { lexicon.flags(tokens[Int($0.token32)]).contains(.on) })
                {
                    // "called on the armed groups to lay down their weapons"
                    syntax.clauses.setSubject(index, on.groups)
                } else {
                    syntax.clauses.setSubject(index, subjectList(parent))
                }
            case .participial:
                // "accused X of financing and arming Y": a gerund after "and" shares the subject of the gerund before it.
                let verb = syntax.clauses.verb(index)
                let v = verb.start
                if index > 0, v >= 2, verb.form == .gerund, case let previous = syntax.clauses.verb(index - 1),
                    syntax.clauses.kind(index - 1) == .participial, previous.form == .gerund, previous.main + 2 == v,
                    lexicon.flags(tokens[v - 1]).contains(.and), subjectList(index - 1).count > 0
                {
                    syntax.clauses.setSubject(index, subjectList(index - 1))
                    continue
                }
                // "accused the governor of taking bribes": after "of", the governing clause's object.
                let verbChunk = chunk(ofVerb: index)
                if case let c = verbChunk, c > 0, let w = word(c - 1), w.tag == .preposition, lexicon.flags(w).contains(.of) || w.normIs("for"),
                    objectList(parent).count > 0
                {
                    syntax.clauses.setSubject(index, objectList(parent))
                } else {
                    syntax.clauses.setSubject(index, subjectList(parent))
                }
            case .coordinated:
                // 'X said the unit had "only returned fire" and accused Y': after a quotation, the clause that reports it.
                var source = parent
                let v = syntax.clauses.verb(index).start
                if v >= 2, tokens[v - 2].kind == .quote, tokens[syntax.clauses.verb(source).main].inQuote {
                    while tokens[syntax.clauses.verb(source).main].inQuote, let up = syntax.clauses.parent(source), up < source { source = up }
                }
                // "X said the Korvex Front had burned two farms and accused Y", "… but urged Y": an accusation or a call
                // after a reported clause is the reporter's (as ``VerbRules/sayer(of:before:from:)`` reads it).
                // (The reporting clause up to three clauses above: "X said the vote showed that the courts could … and urged Y".)
                let verb = syntax.clauses.verb(index)
                func reporting(_ c: Int) -> Bool {
                    syntax.clauses.kind(c) == .main
                        && Self.reportersClauseLemmas.contains(lexicon.lemmaText(syntax.clauses.verb(c).lemma, of: tokens[syntax.clauses.verb(c).main]))
                }
                var reporter = syntax.clauses.parent(parent)
                var climbed = 0
                while let r = reporter, climbed < 2, !reporting(r), let next = syntax.clauses.parent(r), next < r {
                    reporter = next
                    climbed += 1
                }
                // (Not a threat joined with no comma to a reported clause in the perfect: "X said Y had closed the road and
                // threatened Z" continues Y's deeds; ", and warned …" stays X's.)
                let parentVerb = syntax.clauses.verb(parent)
                let continuesPerfect =
                    lexicon.lemmaText(verb.lemma, of: tokens[verb.main]) == "threaten" && v >= 2 && lexicon.flags(tokens[v - 1]).contains(.and)
                    && !tokens[v - 2].textIs(",") && tokens[parentVerb.start].normIsOne(of: "had", "has") && !parentVerb.negated
                if source == parent, !continuesPerfect, Self.reportersOwnLemmas.contains(lexicon.lemmaText(verb.lemma, of: tokens[verb.main])),
                    !tokens[v].inQuote, let up = reporter, up < parent, syntax.clauses.kind(up) == .main,
                    case let upVerb = syntax.clauses.verb(up), !upVerb.negated,
                    Self.reportersClauseLemmas.contains(lexicon.lemmaText(upVerb.lemma, of: tokens[upVerb.main])),
                    Self.opensReportedClause(tokens, verbEnd: upVerb.end, before: v),
                    subjectList(up).count > 0
                {
                    source = up
                }
                syntax.clauses.setSubject(index, subjectList(source))
            default: break
            }
        }
        // "failed to agree", "refused to sign": what the infinitive says did not happen.
        for index in syntax.clauses.indices where syntax.clauses.kind(index) == .infinitival {
            guard let parent = syntax.clauses.parent(index) else { continue }
            let verb = syntax.clauses.verb(parent)
            if Self.negativeImplicatives.contains(lexicon.lemmaText(verb.lemma, of: tokens[verb.main])) || verb.negated {
                syntax.clauses.setNegated(index)
            }
        }
        // "Acme and Globex announced they will merge": "they" is the coordinated subject before.
        for index in syntax.clauses.indices {
            guard subjectList(index).count == 1, let parent = syntax.clauses.parent(index), parent < index,
                case let subject = syntax.clauses.group(subjectList(index), 0),
                nouns[subject].isPronoun,
                lexicon.flags(tokens[nouns[subject].start]).contains(.pluralPronoun),
                subjectList(parent).count >= 2
            else { continue }
            syntax.clauses.setSubject(index, subjectList(parent), inherited: true)
        }
        // "The agency said it had sent experts to X": "it" right after a speech verb is that verb's
        // subject, when one organization or state (not a person: "Minister Y said it …" may mean
        // the government; not inside a quotation).
        for index in syntax.clauses.indices {
            guard subjectList(index).count == 1, let parent = syntax.clauses.parent(index), parent < index,
                case let pronoun = nouns[syntax.clauses.group(subjectList(index), 0)], pronoun.isPronoun,
                tokens[pronoun.start].normIs("it"), !tokens[pronoun.start].inQuote,
                case let speechVerb = syntax.clauses.verb(parent), !speechVerb.negated, syntax.clauses.kind(parent) == .main,
                subjectList(parent).count == 1,
                Self.reportingLemmas.contains(lexicon.lemmaText(speechVerb.lemma, of: tokens[speechVerb.main])),
                case let speaker = nouns[syntax.clauses.group(subjectList(parent), 0)],
                let entity = speaker.entity, ctx.entities.kinds[entity].isOne(of: .organization, .country),
                // (Not a description before a name in apposition: "The U.N. mission, UNOVEL, said it …".)
                case let end = speaker.end,
                !(tokens[end].textIs(",") && end + 1 < pronoun.start && ctx.mentionByStart[end + 1] != nil),
                // (Right after the verb: "said it", "said that it", "said on Monday it".)
                pronoun.start >= speechVerb.end, pronoun.start - speechVerb.end <= 3,
                (speechVerb.end..<pronoun.start).allSatisfy({ tokens[$0].normIs("that") || tokens[$0].normIs("on") || tokens[$0].isCapitalized })
            else { continue }
            syntax.clauses.setSubject(index, subjectList(parent), inherited: true)
        }
        return syntax
    }
}

extension SentenceSyntax {
    /// A readable form of the clauses, for tests and debugging:
    /// `attack(S: Rebels | O: an army post | near: the border town)`, a passive marked `+pass`.
    func describe(_ ctx: RelationFinder.Context, _ lexicon: CompiledLexicon) -> [String] {
        let tokens = ctx.tokens
        func text(_ n: Int) -> String {
            let g = nouns[n]
            return (g.start..<g.end).map { tokens[$0].text }.joined(separator: " ").replacingOccurrences(of: " 's", with: "'s")
        }
        func list(_ groups: some Collection<Int>) -> String { groups.map(text).joined(separator: " & ") }
        return clauses.map { clause in
            let lemma = lexicon.lemmaText(clause.verb.lemma, of: tokens[clause.verb.main])
            var parts: [String] = []
            if !clause.subject.isEmpty { parts.append("S: " + list(clause.subject)) }
            if !clause.object.isEmpty { parts.append("O: " + list(clause.object)) }
            if !clause.secondObject.isEmpty { parts.append("O2: " + list(clause.secondObject)) }
            for complement in clause.complements { parts.append("\(complement.preposition): " + list(complement.groups)) }
            var flags = ""
            if clause.verb.passive { flags += "+pass" }
            if clause.verb.negated { flags += "+neg" }
            if clause.verb.copula { flags += "+cop" }
            return "\(lemma)\(flags)(\(parts.joined(separator: " | ")))"
        }
    }
}
