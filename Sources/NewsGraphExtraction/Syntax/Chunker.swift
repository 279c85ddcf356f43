/// A noun group: a noun or name with what stands before it ("the Egyptian-led coalition",
/// "Ukraine's Foreign Ministry", "Defense Minister Lamar Whitfield", "three soldiers").
struct NounGroup: Sendable, Hashable {
    // 36 bytes: token and entity numbers as 32-bit numbers (-1 for none; a document is at most
    // 2 GiB), where `Int`s and optionals took 152. A sentence of 700k names in a list made as
    // many groups, 30 MB of them per 1.6 MB of text at 44 bytes a group, at the peak of its
    // extraction. (The title is kept as its first token, read back from the context's titles:
    // 16 bytes were its copy; a compound keeps its actor, not its participle, which nothing
    // read; a pronoun is a mark in the compound's place, which a pronoun never has.)
    private var start32: Int32
    private var end32: Int32
    private var head32: Int32
    private var mention32: Int32 = -1
    private var entity32: Int32 = -1
    private var possessor32: Int32 = -1
    private var modifier32: Int32 = -1
    /// The compound's entity (>= 0), none (-1), or a personal pronoun's group (-2).
    private var compound32: Int32 = -1
    private var titleStart32: Int32 = -1

    init(start: Int, end: Int, head: Int) {
        start32 = Self.pack(start)
        end32 = Self.pack(end)
        head32 = Self.pack(head)
    }

    @inline(__always) private static func pack(_ value: Int) -> Int32 { Int32(truncatingIfNeeded: value) }
    @inline(__always) private static func pack(_ value: Int?) -> Int32 { value.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    @inline(__always) private static func unpack(_ value: Int32) -> Int? { value < 0 ? nil : Int(value) }

    /// Token range.
    var start: Int {
        get { Int(start32) }
        set { start32 = Self.pack(newValue) }
    }
    var end: Int {
        get { Int(end32) }
        set { end32 = Self.pack(newValue) }
    }
    /// The head token (the last noun or name; the person after a title).
    var head: Int {
        get { Int(head32) }
        set { head32 = Self.pack(newValue) }
    }
    /// The mention at the head, if the head is a name.
    var mention: Int? {
        get { Self.unpack(mention32) }
        set { mention32 = Self.pack(newValue) }
    }
    /// The actor the group names: its head's entity, a pronoun's or a definite description's
    /// antecedent ("the ministry" → the ministry named before).
    var entity: Int? {
        get { Self.unpack(entity32) }
        set { entity32 = Self.pack(newValue) }
    }
    /// The group before "'s" ("Ukraine" in "Ukraine's Foreign Ministry"), by index.
    var possessor: Int? {
        get { Self.unpack(possessor32) }
        set { possessor32 = Self.pack(newValue) }
    }
    /// An actor named as a modifier before the head: a demonym or a name ("Turkish drones",
    /// "NATO forces"), by entity.
    var modifier: Int? {
        get { Self.unpack(modifier32) }
        set { modifier32 = Self.pack(newValue) }
    }
    /// A hyphenated compound before the head: its actor ("Iran-backed militia": Iran).
    var compoundEntity: Int? {
        get { compound32 >= 0 ? Int(compound32) : nil }
        set {
            precondition(!isPronoun, "a pronoun's group has no compound")
            compound32 = Self.pack(newValue)
        }
    }
    /// A personal pronoun (he, she, it, they, we).
    var isPronoun: Bool {
        get { compound32 == -2 }
        set {
            if newValue {
                precondition(compound32 < 0, "a pronoun's group has no compound")
                compound32 = -2
            } else if compound32 == -2 {
                compound32 = -1
            }
        }
    }
    /// The first token of the title inside the group ("Defense Minister" in "Defense Minister
    /// Lamar Whitfield"): the title is the context's `titleByStart` there.
    var titleStart: Int? {
        get { Self.unpack(titleStart32) }
        set { titleStart32 = Self.pack(newValue) }
    }

    static func == (lhs: NounGroup, rhs: NounGroup) -> Bool { lhs.start == rhs.start && lhs.end == rhs.end }
    func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
    }
}

extension NounGroup {
    /// A group of every field (``NounGroups`` reads one back from its two parts).
    fileprivate init(
        start32: Int32, end32: Int32, head32: Int32, mention32: Int32, entity32: Int32,
        possessor32: Int32, modifier32: Int32, compound32: Int32, titleStart32: Int32
    ) {
        self.start32 = start32
        self.end32 = end32
        self.head32 = head32
        self.mention32 = mention32
        self.entity32 = entity32
        self.possessor32 = possessor32
        self.modifier32 = modifier32
        self.compound32 = compound32
        self.titleStart32 = titleStart32
    }

    /// The fields few groups have (a possessor, a modifier, a compound or pronoun mark, a title)
    /// all none, and the end and head within 65,534 tokens after the start: all a
    /// ``NounGroups/Packed`` holds.
    /// The entity too is none or its mention's (`owner`), as ``NounGroups/Packed`` reads it back.
    fileprivate func fitsPacked(_ owner: MentionOwners) -> Bool {
        possessor32 < 0 && modifier32 < 0 && compound32 == -1 && titleStart32 < 0
            && end32 >= start32 && end32 - start32 < 0xFFFF && head32 >= start32 && head32 - start32 < 0xFFFF
            && entity32 == NounGroups.entity32(ofMention: mention32, owner)
    }
}

/// A sentence's noun groups, stored in 12 bytes each where a ``NounGroup`` takes 36, read and
/// written as ``NounGroup``s: the start and the mention whole, the end and the head as 16-bit
/// distances from the start, the entity none or its mention's owner (read from the mention
/// owners the groups are made with), and the fields few groups have (possessor, modifier,
/// compound or pronoun, title; an end or head farther than 65,534 tokens; an entity not its
/// mention's, as a "the company" read as an earlier name) in a side array only for the groups that
/// have one, which also keeps such a group's mention and entity: its packed record holds the side
/// entry's number in the mention's place. A sentence of 700k names in a list has as many groups
/// (28 MB of them at 36 bytes, at the peak of its extraction); a group of news text, a possessor
/// or a title now and then. (20 bytes with the side entry's number a field of its own, 16 with
/// the entity: 4 bytes more per group each at the peak of a sentence of ~600k clauses, issue 14.)
struct NounGroups: RandomAccessCollection, MutableCollection, Sendable {
    struct Packed: Sendable {
        var start32: Int32
        /// The mention, or the group's entry in `extras` when the distances are both 0xFFFF.
        var mentionOrExtra32: Int32
        /// `end - start` and `head - start`, or both 0xFFFF when the group has an entry in `extras`.
        var endDistance: UInt16
        var headDistance: UInt16
        /// The group's entry in `extras`, or -1.
        @inline(__always) var extra32: Int32 { endDistance == 0xFFFF && headDistance == 0xFFFF ? mentionOrExtra32 : -1 }
    }

    /// What a group in `extras` keeps: the fields a ``Packed`` does not hold, and its mention.
    struct Extras: Sendable {
        var mention32: Int32
        var entity32: Int32
        var end32: Int32
        var head32: Int32
        var possessor32: Int32
        var modifier32: Int32
        var compound32: Int32
        var titleStart32: Int32
    }

    private var stored: [Packed] = []
    private var extras: [Extras] = []
    /// The mentions' entities, a packed group's entity read from its mention.
    private let owner: MentionOwners

    /// Groups whose mentions' entities are `owner`'s.
    init(owner: MentionOwners = MentionOwners(repeating: -1, count: 0)) { self.owner = owner }

    /// The entity a packed group of mention `mention32` has: its owner, none without a mention.
    @inline(__always) static func entity32(ofMention mention32: Int32, _ owner: MentionOwners) -> Int32 {
        mention32 < 0 || Int(mention32) >= owner.count ? -1 : Int32(truncatingIfNeeded: owner[Int(mention32)])
    }

    var startIndex: Int { 0 }
    var endIndex: Int { stored.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(position: Int) -> NounGroup {
        get {
            let p = stored[position]
            let extra = p.extra32
            if extra < 0 {
                let start = p.start32
                return NounGroup(
                    start32: start, end32: start &+ Int32(p.endDistance), head32: start &+ Int32(p.headDistance),
                    mention32: p.mentionOrExtra32, entity32: Self.entity32(ofMention: p.mentionOrExtra32, owner),
                    possessor32: -1, modifier32: -1, compound32: -1, titleStart32: -1)
            }
            let x = extras.withUnsafeBufferPointer { $0[Int(extra)] }
            return NounGroup(
                start32: p.start32, end32: x.end32, head32: x.head32, mention32: x.mention32, entity32: x.entity32,
                possessor32: x.possessor32, modifier32: x.modifier32, compound32: x.compound32, titleStart32: x.titleStart32)
        }
        set { stored[position] = pack(newValue, extra: stored[position].extra32) }
    }

    /// `group` packed, in `extra`'s side entry if it has one (kept once given), else in a new
    /// entry if it needs one.
    private mutating func pack(_ group: NounGroup, extra: Int32) -> Packed {
        let fits = group.fitsPacked(owner)
        var extra = extra
        if extra < 0 && !fits {
            extra = Int32(truncatingIfNeeded: extras.count)
            extras.appendGrowingSlowly(
                Extras(mention32: -1, entity32: -1, end32: 0, head32: 0, possessor32: -1, modifier32: -1, compound32: -1, titleStart32: -1))
        }
        let g = group.storedFields
        if extra >= 0 {
            extras[Int(extra)] = Extras(
                mention32: g.mention32, entity32: g.entity32, end32: g.end32, head32: g.head32, possessor32: g.possessor32, modifier32: g.modifier32,
                compound32: g.compound32, titleStart32: g.titleStart32)
            return Packed(start32: g.start32, mentionOrExtra32: extra, endDistance: 0xFFFF, headDistance: 0xFFFF)
        }
        return Packed(
            start32: g.start32, mentionOrExtra32: g.mention32,
            endDistance: UInt16(truncatingIfNeeded: g.end32 - g.start32),
            headDistance: UInt16(truncatingIfNeeded: g.head32 - g.start32))
    }

    mutating func append(_ group: NounGroup) { stored.append(pack(group, extra: -1)) }
    /// Appends `group`, the array growing by a quarter when full (``Array/makeRoom(for:)``).
    mutating func appendGrowingSlowly(_ group: NounGroup) { stored.appendGrowingSlowly(pack(group, extra: -1)) }
    /// Room for `count` groups (and for as many side entries, when `count` is a long sentence's).
    mutating func reserveCapacity(_ count: Int) {
        stored.reserveCapacity(count)
        if count > Chunker.longSentence { extras.reserveCapacity(count) }
    }
}

extension NounGroup {
    /// Every field as stored (for ``NounGroups``).
    fileprivate var storedFields: (
        start32: Int32, end32: Int32, head32: Int32, mention32: Int32, entity32: Int32,
        possessor32: Int32, modifier32: Int32, compound32: Int32, titleStart32: Int32
    ) {
        (start32, end32, head32, mention32, entity32, possessor32, modifier32, compound32, titleStart32)
    }
}

/// A verb group: auxiliaries, modals, negation and adverbs with their main verb ("would not
/// have been attacked"), or a copula alone.
struct VerbGroup: Sendable, Hashable {
    enum Tense: UInt8, Sendable, Hashable { case past, present, future, nonfinite }
    enum Form: UInt8, Sendable, Hashable {
        /// A finite verb: "attacked", "has attacked", "will attack".
        case finite
        /// "to attack".
        case infinitive
        /// "attacking" opening a participial clause or after a preposition.
        case gerund
        /// "attacked" without an auxiliary after a noun: "rebels backed by …".
        case participle
    }
    var start: Int
    var end: Int
    /// The main verb's token (the copula's when there is none).
    var main: Int
    /// The main verb's lemma (vocabulary number), or -1.
    var lemma: Int32
    var tense: Tense
    var form: Form
    var passive: Bool
    var negated: Bool
    /// A modal or hedging auxiliary (could, may, might, would, should).
    var modal: Bool
    /// Only a form of "be" (or "become", "remain"): "X is a unit of Y".
    var copula: Bool
}

/// A sentence's verb groups, stored in 13 bytes each (start and lemma as 32 bits, the end and the
/// main verb as 16-bit distances from the start, the tense, form and four flags in a byte), read as
/// ``VerbGroup``s: a `VerbGroup` takes 40, 1.4 bytes per byte of a sentence of ~600k relative
/// clauses (issue 14). A group whose end or main verb is 65,535 tokens or more from its start (or
/// before it) keeps both in a side table.
struct VerbGroups: RandomAccessCollection, Sendable {
    struct Packed: Sendable {
        var start32: Int32
        var lemma: Int32
        /// `end - start` and `main - start`, or both 0xFFFF: in `far`.
        var endDistance: UInt16
        var mainDistance: UInt16
    }
    private var stored: [Packed] = []
    /// Tense (bits 0–1), form (2–3), passive, negated, modal, copula (4–7).
    private var bits: [UInt8] = []
    /// The end and main verb of the groups whose distances do not fit 16 bits, by position.
    private var far: [Int32: (end32: Int32, main32: Int32)] = [:]

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { stored.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(position: Int) -> VerbGroup {
        get {
            let p = stored[position]
            let b = bits[position]
            let start = Int(p.start32)
            let end: Int
            let main: Int
            if p.endDistance == 0xFFFF && p.mainDistance == 0xFFFF, let x = far[Int32(truncatingIfNeeded: position)] {
                end = Int(x.end32)
                main = Int(x.main32)
            } else {
                end = start + Int(p.endDistance)
                main = start + Int(p.mainDistance)
            }
            return VerbGroup(
                start: start, end: end, main: main, lemma: p.lemma,
                tense: VerbGroup.Tense(rawValue: b & 3)!, form: VerbGroup.Form(rawValue: (b >> 2) & 3)!,
                passive: b & 0x10 != 0, negated: b & 0x20 != 0, modal: b & 0x40 != 0, copula: b & 0x80 != 0)
        }
    }

    /// The start of group `position` (groups are in token order, without overlap: the starts
    /// increase).
    @inline(__always) func start(_ position: Int) -> Int { Int(stored[position].start32) }

    /// Appends `group`, the arrays growing by a quarter when full (``Array/makeRoom(for:)``).
    mutating func append(_ g: VerbGroup) {
        let endDistance = g.end - g.start
        let mainDistance = g.main - g.start
        if endDistance >= 0 && endDistance < 0xFFFF && mainDistance >= 0 && mainDistance < 0xFFFF {
            stored.appendGrowingSlowly(
                Packed(
                    start32: Int32(truncatingIfNeeded: g.start), lemma: g.lemma,
                    endDistance: UInt16(endDistance), mainDistance: UInt16(mainDistance)))
        } else {
            far[Int32(truncatingIfNeeded: stored.count)] = (Int32(truncatingIfNeeded: g.end), Int32(truncatingIfNeeded: g.main))
            stored.appendGrowingSlowly(
                Packed(start32: Int32(truncatingIfNeeded: g.start), lemma: g.lemma, endDistance: 0xFFFF, mainDistance: 0xFFFF))
        }
        var b = g.tense.rawValue | g.form.rawValue << 2
        if g.passive { b |= 0x10 }
        if g.negated { b |= 0x20 }
        if g.modal { b |= 0x40 }
        if g.copula { b |= 0x80 }
        bits.appendGrowingSlowly(b)
    }

    mutating func reserveCapacity(_ count: Int) {
        stored.reserveCapacity(count)
        bits.reserveCapacity(count)
    }
}

/// One unit of a sentence after chunking.
enum Chunk: Sendable, Hashable {
    case noun(Int)
    case verb(Int)
    /// Any other token: a preposition, conjunction, punctuation, adverb, subordinator.
    case word(Int)
}

/// A sentence's chunks, stored in 2 bytes each and read as ``Chunk``s: the case in the top two bits, and in
/// the other 14 the group's or token's number less its block's base for that case (a block is 1,024 chunks
/// in a row; a base is the number of the block's first chunk of that case: groups and tokens increase along
/// the sentence, so a block's numbers of one case lie within a few thousand of it). A chunk whose number
/// is below its base or 16,384 or more above it (a block of chunks of over 16 tokens each) is kept whole in
/// a side table, its top bits 3. 4 bytes a chunk was 14 MB for a sentence of ~600k relative clauses (3.6M
/// chunks, half of them single words), at the peak of its extraction (issue 14); an enum of an `Int`
/// took 16.
struct Chunks: RandomAccessCollection, Sendable {
    /// Chunks per block: 1 << `blockShift`.
    static let blockShift = 10
    /// Case (bits 14–15: 0 noun, 1 verb, 2 word, 3 in `far`) and the number less the base (bits 0–13).
    private var packed: [UInt16] = []
    /// Each block's bases for nouns, verbs and words, three entries a block (-1 until the block has a
    /// chunk of that case).
    private var bases: [Int] = []
    /// The chunks whose number does not fit their block, by position.
    private var far: [Int: Chunk] = [:]

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(position: Int) -> Chunk {
        @inline(__always) get {
            let p = packed[position]
            let kind = Int(p >> 14)
            if kind == 3 { return far[position]! }
            let number = bases[(position >> Self.blockShift) &* 3 &+ kind] &+ Int(p & 0x3FFF)
            switch kind {
            case 0: return .noun(number)
            case 1: return .verb(number)
            default: return .word(number)
            }
        }
    }

    mutating func append(_ chunk: Chunk) {
        let kind: Int
        let number: Int
        switch chunk {
        case .noun(let n): (kind, number) = (0, n)
        case .verb(let v): (kind, number) = (1, v)
        case .word(let k): (kind, number) = (2, k)
        }
        let position = packed.count
        let slot = (position >> Self.blockShift) * 3 + kind
        if slot >= bases.count {
            bases.append(-1)
            bases.append(-1)
            bases.append(-1)
        }
        if bases[slot] < 0 && number >= 0 { bases[slot] = number }
        let offset = number - bases[slot]
        if number >= 0 && offset >= 0 && offset <= 0x3FFF {
            packed.appendGrowingSlowly(UInt16(truncatingIfNeeded: kind << 14 | offset))
        } else {
            far[position] = chunk
            packed.appendGrowingSlowly(3 << 14)
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        packed.reserveCapacity(count)
        bases.reserveCapacity(((count >> Self.blockShift) + 1) * 3)
    }
}

/// Groups a sentence's tagged tokens into noun and verb groups, treating every mention and
/// title the mention finder found as one unit.
struct Chunker {
    let ctx: RelationFinder.Context
    let lexicon: CompiledLexicon

    /// Modifier tags that may stand inside a noun group before its head.
    private static func isModifier(_ tag: Tag) -> Bool {
        tag == .adjective || tag == .number || tag == .noun || tag == .nounPlural || tag == .proper
    }

    /// The tokens from which a sentence is long: its arrays get room for all it may hold at once.
    static let longSentence = 1 << 16

    /// The chunks of tokens `a..<b`, with the groups they index.
    func chunk(_ a: Int, _ b: Int) -> (chunks: Chunks, nouns: NounGroups, verbs: VerbGroups) {
        let tokens = ctx.tokens
        var chunks = Chunks()
        var nouns = NounGroups(owner: ctx.owner)
        var verbs = VerbGroups()
        // At most one chunk per token: room for a sentence's worth up front (up to 256), not
        // grown by doubling from one (a dozen allocations per sentence).
        // A very long sentence gets room for as many chunks and groups as it could have at once: room
        // never written is never resident, and growing by a quarter held the old array beside the new while
        // it copied (14 MB above what is left after chunking a sentence of ~225k appositions: the peak of its
        // extraction; issue 14).
        if b - a > Self.longSentence {
            chunks.reserveCapacity(b - a)
            nouns.reserveCapacity(b - a)
            verbs.reserveCapacity((b - a) / 2 + 1)
        } else {
            chunks.reserveCapacity(min(b - a, 256))
            nouns.reserveCapacity(min(b - a, 128))
            verbs.reserveCapacity(min((b - a) / 2 + 1, 64))
        }
        var i = a
        while i < b {
            if let group = nounGroup(at: i, b, possessor: nil, nouns: &nouns) {
                chunks.append(.noun(group))
                i = nouns[group].end
                continue
            }
            if let group = verbGroup(at: i, a, b) {
                verbs.append(group)
                chunks.append(.verb(verbs.count - 1))
                i = group.end
                continue
            }
            chunks.append(.word(i))
            i += 1
        }
        _ = tokens
        // (A very long sentence's chunk and noun-group arrays grow by a quarter, not doubled:
        // they live while every rule reads the sentence, and a sentence of 700k names in a list
        // left ~30 MB of unused capacity in them at the peak of its extraction (issue 14); a
        // copy to their counts afterwards was, with the grown array, the peak itself.)
        return (chunks, nouns, verbs)
    }

    /// The words that make the number after them approximate at `i` ("about 4,000 troops", "more than 300 soldiers", "at
    /// least 20 people", "up to 500 police"): how many, else 0. They belong to the number's group, so that "kept about
    /// 4,000 troops in X" has its object ("about" is otherwise a preposition).
    func approximatorLength(at i: Int, _ b: Int) -> Int {
        let tokens = ctx.tokens
        guard i + 1 < b, tokens[i].kind == .word else { return 0 }
        if Tagger.approximators.contains(tokens[i]) { return tokens[i + 1].kind == .number ? 1 : 0 }
        guard i + 2 < b, tokens[i + 2].kind == .number else { return 0 }
        let pair = (tokens[i].norm, tokens[i + 1].norm)
        switch pair {
        case ("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("up", "to"): return 2
        default: return 0
        }
    }

    /// Whether token `i` can open a noun group.
    private func opensNounGroup(_ i: Int, _ b: Int) -> Bool {
        if ctx.mentionByStart[i] != nil || ctx.titleByStart[i] != nil { return true }
        if approximatorLength(at: i, b) > 0 { return true }
        switch ctx.tokens[i].tag {
        case .determiner, .adjective, .number, .noun, .nounPlural, .proper: return true
        case .pronoun: return true
        case .symbol: return lexicon.flags(ctx.tokens[i]).contains(.currency)
        case .verbParticiple, .verbGerund:
            // "the detained journalists" only after a determiner (handled inside), not alone.
            return false
        default: return false
        }
    }

    /// The noun group starting at `i`, appended to `nouns` (a possessor's group is appended
    /// first); its index.
    private func nounGroup(at i: Int, _ b: Int, possessor: Int?, nouns: inout NounGroups) -> Int? {
        let tokens = ctx.tokens
        guard i < b, opensNounGroup(i, b) else { return nil }
        var group = NounGroup(start: i, end: i, head: i)
        group.possessor = possessor
        // A personal pronoun is a group of its own ("he"); a possessive one is a determiner ("its forces").
        let pronounFlags = lexicon.flags(tokens[i])
        if tokens[i].tag == .pronoun,
            !pronounFlags.contains(.possessivePronoun) || pronounFlags.contains(.personPronoun) && !continuesGroup(i + 1, b)
        {
            group.end = i + 1
            group.isPronoun = true
            nouns.append(group)
            return nouns.count - 1
        }
        var k = i + approximatorLength(at: i, b)
        var headSet = false
        while k < b {
            let tag = tokens[k].tag
            if let m = ctx.mentionByStart[k] {
                let end = ctx.mentions[m].end
                let mention = ctx.mentions[m]
                if mention.isAdjective, end < b, continuesGroup(end, b) || tokens[end].kind == .dash {
                    // "Turkish drones", "the Egyptian-led coalition"
                    group.modifier = ctx.entity(m)
                    k = end
                    continue
                }
                // "Iran-backed militia": a name, a hyphen, a participle.
                if end + 1 < b, tokens[end].textIs("-"), !tokens[end].spaceBefore, isParticipleLike(end + 1) {
                    group.compoundEntity = ctx.entity(m)
                    k = end + 2
                    continue
                }
                group.head = k
                group.mention = m
                group.entity = ctx.entity(m)
                headSet = true
                k = end
                // A name that only qualifies the next noun: "NATO forces", "the Wagner group".
                if k < b, let next = nextNominal(k, b), tokens[next].tag != .proper || ctx.titleByStart[next] != nil {
                    if ctx.titleByStart[next] == nil {
                        group.modifier = group.entity
                        group.entity = nil
                        group.mention = nil
                    }
                }
                continue
            }
            if let title = ctx.titleByStart[k] {
                group.titleStart = k
                group.head = title.end - 1
                headSet = true
                k = title.end
                continue
            }
            // "rebel-held town", "the Egyptian-led force": a noun or adjective, a hyphen, a participle.
            if tag == .dash, !tokens[k].spaceBefore, k > i, k + 1 < b, !tokens[k + 1].spaceBefore, isParticipleLike(k + 1) {
                k += 2
                continue
            }
            switch tag {
            case .determiner where k == i || tokens[k - 1].tag == .determiner:
                k += 1
            case .pronoun where k == i && lexicon.flags(tokens[k]).contains(.possessivePronoun):
                k += 1
            case .symbol where k == i:
                k += 1
            case .symbol where tokens[k - 1].tag == .determiner && lexicon.flags(tokens[k]).contains(.currency):
                // "a $2 billion loan programme", "the €5 million contract"
                k += 1
            case .adverb where k > i && k + 1 < b && (tokens[k + 1].tag == .adjective || tokens[k + 1].tag == .number):
                k += 1
            case let tag where (tag == .verbParticiple || tag == .verbGerund) && k > i && continuesGroup(k + 1, b):
                // "the detained journalists", "the negotiating table"
                k += 1
            case .adjective, .number, .noun, .nounPlural, .proper:
                group.head = k
                headSet = tag != .adjective || !continuesGroup(k + 1, b)
                k += 1
            default:
                break
            }
            if k == group.end { break }
            group.end = k
            if k < b, tokens[k].tag == .possessive { break }
        }
        group.end = max(group.end, k)
        guard group.end > i,
            headSet || group.mention != nil || group.titleStart != nil || tokens[group.head].tag.isNoun
                || tokens[group.head].tag == .number || tokens[group.head].tag == .adjective
        else { return nil }
        // A title followed by a person: "Defense Minister Lamar Whitfield" is the person.
        if let title = group.titleStart.flatMap({ ctx.titleByStart[$0] }), title.end < b, let m = ctx.mentionByStart[title.end], group.mention == nil || group.mention == m {
            group.head = ctx.mentions[m].end - 1
            group.mention = m
            group.entity = ctx.entity(m)
            group.end = max(group.end, ctx.mentions[m].end)
        }
        // "the ministry": the organization named before with that head word.
        if group.entity == nil, group.head > i, tokens[group.head].tag == .noun, tokens[group.start].normIs("the") {
            group.entity = RelationFinder(lexicon: lexicon).anaphor(ctx, at: group.head, requireArticle: true).map { ctx.entity($0) }
        }
        nouns.appendGrowingSlowly(group)
        var index = nouns.count - 1
        // "Ukraine's Foreign Ministry": the possessor and what it possesses.
        let end = nouns[index].end
        if end + 1 < b, tokens[end].tag == .possessive, let owned = nounGroup(at: end + 1, b, possessor: index, nouns: &nouns) {
            index = owned
        }
        return index
    }

    /// Whether the token at `k` continues a noun group (a modifier or a head, a name).
    private func continuesGroup(_ k: Int, _ b: Int) -> Bool {
        guard k < b else { return false }
        if ctx.mentionByStart[k] != nil || ctx.titleByStart[k] != nil { return true }
        return Self.isModifier(ctx.tokens[k].tag)
    }

    /// The next token that continues a noun group right after `k`, if `k` does.
    private func nextNominal(_ k: Int, _ b: Int) -> Int? {
        continuesGroup(k, b) && ctx.tokens[k].tag != .adjective ? k : nil
    }

    /// A participle or adjective glued after a hyphen: "-backed", "-led", "-held", "-based".
    private func isParticipleLike(_ k: Int) -> Bool {
        let tag = ctx.tokens[k].tag
        return ctx.tokens[k].kind == .word
            && (tag == .verbParticiple || tag == .verbPast || tag == .adjective || lexicon.lexicon.compounds[ctx.tokens[k].norm] != nil)
    }

    /// The verb group starting at `i`.
    private func verbGroup(at i: Int, _ a: Int, _ b: Int) -> VerbGroup? {
        let tokens = ctx.tokens
        let first = tokens[i].tag
        guard first.isVerb || first == .modal || first == .auxiliary || first == .infinitive || first == .negation else { return nil }
        var k = i
        var main: Int?
        var auxiliaries: [Int] = []
        var negated = false
        var modal = false
        var infinitive = false
        if first == .infinitive {
            guard i + 1 < b, tokens[i + 1].tag.isVerb || tokens[i + 1].tag == .auxiliary || tokens[i + 1].tag == .adverb else { return nil }
            infinitive = true
            k += 1
        }
        scan: while k < b {
            let tag = tokens[k].tag
            switch tag {
            case .modal:
                modal = modal || lexicon.flags(tokens[k]).contains(.hedgingModal)
                auxiliaries.append(k)
            case .auxiliary:
                auxiliaries.append(k)
                if lexicon.flags(tokens[k]).contains(.negative) { negated = true }
            case .negation:
                negated = true
            case .adverb:
                // Inside the group only before more of it: "has also said", "did not immediately respond".
                var q = k + 1
                while q < b, tokens[q].tag == .adverb || tokens[q].tag == .negation { q += 1 }
                guard q < b, tokens[q].tag.isVerb || tokens[q].tag == .auxiliary, !auxiliaries.isEmpty || k > i else { break scan }
                if lexicon.flags(tokens[k]).contains(.never) { negated = true }
            case let tag where tag.isVerb:
                main = k
                k += 1
                break scan
            default:
                // 'had "systematically breached"': a quotation opening after an auxiliary, before the verb.
                guard tokens[k].kind == .quote, !auxiliaries.isEmpty, main == nil else { break scan }
                var q = k + 1
                while q < b, tokens[q].tag == .adverb || tokens[q].tag == .negation { q += 1 }
                guard q < b, tokens[q].tag.isVerb else { break scan }
            }
            k += 1
        }
        // Trailing adverbs without a verb are not part of the group.
        var end = k
        if main == nil {
            while end > i, tokens[end - 1].tag == .adverb || tokens[end - 1].tag == .negation { end -= 1 }
            guard !auxiliaries.isEmpty, end > i else { return nil }
        }
        let head = main ?? auxiliaries.last!
        let mainTag = tokens[head].tag
        let be = auxiliaries.contains { !lexicon.flags(tokens[$0]).isDisjoint(with: [.be, .get]) }
        let passive = main != nil && mainTag == .verbParticiple && (be || (auxiliaries.isEmpty && i > a))
        var tense = VerbGroup.Tense.present
        var form = VerbGroup.Form.finite
        if infinitive {
            tense = .nonfinite
            form = .infinitive
        } else if auxiliaries.isEmpty {
            switch mainTag {
            case .verbPast: tense = .past
            case .verbGerund:
                tense = .nonfinite
                form = .gerund
            case .verbParticiple:
                tense = .nonfinite
                form = .participle
            case .verbBase:
                tense = .nonfinite
                form = .infinitive
            default: tense = .present
            }
        } else if let firstAux = auxiliaries.first {
            let auxFlags = lexicon.flags(tokens[firstAux])
            if auxFlags.contains(.future) {
                tense = .future
            } else if auxFlags.contains(.pastAuxiliary) {
                tense = .past
            } else if tokens[firstAux].tag == .auxiliary && auxFlags.contains(.nonfiniteAuxiliary) && firstAux == i {
                tense = .nonfinite
                form = tokens[firstAux].norm.hasSuffix("ing") ? .gerund : .infinitive
            }
        }
        let copula = main == nil
        let lemma: Int32 = main.map { lexicon.lemma(of: tokens[$0]) } ?? -1
        return VerbGroup(
            start: i, end: max(end, head + 1), main: head, lemma: lemma, tense: tense, form: form, passive: passive, negated: negated,
            modal: modal, copula: copula)
    }
}
