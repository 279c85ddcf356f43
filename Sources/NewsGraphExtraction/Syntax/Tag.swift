/// A part of speech, as the tagger gives one to every token: the Penn Treebank's
/// distinctions where the chunker and the clause finder need them (the forms of a verb, a
/// noun's number), coarser elsewhere. ``upos`` maps each to Universal Dependencies.
enum Tag: UInt8, Sendable, CaseIterable {
    /// Common noun, singular or mass (NN).
    case noun
    /// Common noun, plural (NNS).
    case nounPlural
    /// Proper noun: a word of a name or title (NNP).
    case proper
    /// Personal or possessive pronoun (PRP, PRP$), existential "there".
    case pronoun
    /// Relative or interrogative pronoun: who, whom, whose, which, what.
    case wh
    /// Determiner or quantifier: the, a, this, each, no.
    case determiner
    /// Adjective, comparative or superlative (JJ, JJR, JJS).
    case adjective
    /// Adverb (RB), including wh-adverbs.
    case adverb
    /// Cardinal number (CD).
    case number
    /// Preposition or verb particle (IN, RP).
    case preposition
    /// Coordinating conjunction (CC).
    case coordinator
    /// Subordinating conjunction or complementizer: that, because, if, after (+ clause).
    case subordinator
    /// Infinitival "to" (TO before a verb).
    case infinitive
    /// Possessive 's (POS).
    case possessive
    /// not, n't.
    case negation
    /// Modal verb (MD).
    case modal
    /// A form of be, have or do used as an auxiliary or a copula.
    case auxiliary
    /// Verb, base form (VB).
    case verbBase
    /// Verb, present, not third person singular (VBP).
    case verbPresent
    /// Verb, present, third person singular (VBZ).
    case verbThird
    /// Verb, past tense (VBD).
    case verbPast
    /// Verb, past participle (VBN).
    case verbParticiple
    /// Verb, gerund or present participle (VBG).
    case verbGerund
    /// Punctuation, brackets.
    case punctuation
    /// A quotation mark.
    case quote
    /// A dash or a hyphen joining words.
    case dash
    /// A symbol: $, %, &.
    case symbol

    /// The Universal Dependencies part of speech (main verbs carry their Penn form, as the
    /// hand-tagged test sentences do).
    var upos: String {
        switch self {
        case .noun, .nounPlural: "NOUN"
        case .proper: "PROPN"
        case .pronoun, .wh: "PRON"
        case .determiner: "DET"
        case .adjective: "ADJ"
        case .adverb: "ADV"
        case .number: "NUM"
        case .preposition: "ADP"
        case .coordinator: "CCONJ"
        case .subordinator: "SCONJ"
        case .infinitive, .possessive, .negation: "PART"
        case .modal, .auxiliary: "AUX"
        case .verbBase: "VB"
        case .verbPresent: "VBP"
        case .verbThird: "VBZ"
        case .verbPast: "VBD"
        case .verbParticiple: "VBN"
        case .verbGerund: "VBG"
        case .punctuation, .quote, .dash: "PUNCT"
        case .symbol: "SYM"
        }
    }

    /// A main verb's form (not an auxiliary).
    var isVerb: Bool { rawValue >= Tag.verbBase.rawValue && rawValue <= Tag.verbGerund.rawValue }
    /// A verb form that makes a clause finite on its own: present or past.
    var isFiniteVerb: Bool { self == .verbPresent || self == .verbThird || self == .verbPast }
    /// A common or proper noun.
    var isNoun: Bool { self == .noun || self == .nounPlural || self == .proper }
}

/// A set of tags: the readings a word can have before context picks one.
struct TagSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ tag: Tag) { rawValue = 1 << UInt32(tag.rawValue) }
    init(_ tags: [Tag]) { rawValue = tags.reduce(0) { $0 | 1 << UInt32($1.rawValue) } }

    func contains(_ tag: Tag) -> Bool { rawValue & (1 << UInt32(tag.rawValue)) != 0 }
    mutating func insert(_ tag: Tag) { self.formUnion(TagSet(tag)) }
    /// The number of readings.
    var count: Int { rawValue.nonzeroBitCount }
    /// The only reading, when there is one.
    var single: Tag? { count == 1 ? Tag(rawValue: UInt8(rawValue.trailingZeroBitCount)) : nil }

    static let nouns = TagSet([.noun, .nounPlural])
    static let verbs = TagSet([.verbBase, .verbPresent, .verbThird, .verbPast, .verbParticiple, .verbGerund])
    static let finite = TagSet([.verbPresent, .verbThird, .verbPast, .modal])
}

/// What the word table knows of one word before context: its readings, the most likely
/// one, and the lemma of its verb or noun readings ("attacked" → "attack").
struct Lexical: Sendable, Hashable {
    /// The tags in the low 27 bits (one per ``Tag``: `Tag.allCases.count` is 27), the preferred
    /// tag in the high 5: 8 bytes with the lemma, not 12 (the tagger holds one per token of a
    /// sentence: 12 bytes per byte of a sentence of 16 Mi commas).
    private var packed: UInt32
    /// The vocabulary number of the lemma, or -1 (the word is its own lemma or has none).
    var lemma: Int32

    static let tagBits: UInt32 = 27

    init(tags: TagSet, preferred: Tag, lemma: Int32 = -1) {
        packed = tags.rawValue | UInt32(preferred.rawValue) << Self.tagBits
        self.lemma = lemma
    }

    var tags: TagSet {
        @inline(__always) get { TagSet(rawValue: packed & (1 << Self.tagBits - 1)) }
        set { packed = packed & ~(1 << Self.tagBits - 1) | newValue.rawValue }
    }
    var preferred: Tag {
        @inline(__always) get { Tag(rawValue: UInt8(truncatingIfNeeded: packed >> Self.tagBits)).unsafelyUnwrapped }
        set { packed = packed & (1 << Self.tagBits - 1) | UInt32(newValue.rawValue) << Self.tagBits }
    }

    static let unknown = Lexical(tags: TagSet(.noun), preferred: .noun)
}
