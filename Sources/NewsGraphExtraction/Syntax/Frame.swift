import NewsGraph

/// A frame: how a clause whose verb is one of `lemmas` ("attack", or a WordNet class
/// `@attack`), or a noun group whose noun is, states a relation: which of its arguments is
/// the source (`X`) and which the target (`Y`). The `[frames]` section of a lexicon holds
/// them (`LEXICON.md`); PETRARCH's verb dictionaries are the model.
///
/// ```
/// @attack	X V Y	attacked                    X attacked Y; "Y was attacked by X" too
/// fire	X V rocket/missile at/on Y	attacked   "X fired rockets at Y"
/// own	Y V X	member_of                      "Tata owns JLR": JLR member_of Tata
/// merge	X V	merged_with	mutual              "A and B will merge"
/// attack	X's N on/against Y	attacked        "Turkey's attack on Y"
/// merger	N of X and Y	merged_with            "the merger of A and B"
/// unit	X, N of Y	member_of                   "X, a unit of Y"; "X is a unit of Y"
/// ally	X, Y N	affiliated_with                 "X, a close Y ally"
/// ```
struct Frame: Sendable, Hashable {
    enum Role: Sendable, Hashable { case source, target, none }

    /// An argument slot: its role and the kinds of actor it accepts (all when empty).
    struct Slot: Sendable, Hashable {
        var role: Role
        var kinds: Set<EntityKind> = []
    }

    /// One element of a pattern.
    enum Element: Sendable, Hashable {
        /// The clause's subject (before `V`).
        case subject(Slot)
        /// The direct object.
        case object(Slot)
        /// The direct object's head must be one of these lemmas (`*`: any).
        case objectWord([String])
        /// The second object's head must be one of these lemmas ("offered X technical
        /// assistance": `X V Y assistance`).
        case secondObjectWord([String])
        /// A prepositional complement holding an argument.
        case complement([String], Slot)
        /// A prepositional complement whose head is one of these lemmas.
        case complementWord([String], [String])
        /// The noun group's possessor ("X's N").
        case possessor(Slot)
        /// A name or demonym before the noun ("X N": "Russian strikes").
        case modifier(Slot)
        /// Two coordinated arguments after a preposition ("N between X and Y").
        case pair([String], Slot, Slot)
        /// The actor the noun group describes: the name before it in an apposition ("X, a
        /// unit of Y") or the subject of the copula it completes ("X is a member of Y").
        case apposed(Slot)
        /// The word right after the direct object (after the verb group when there is none)
        /// must be one of these (`+to/for`), or must not be (`-whether/if`, `required` false):
        /// "asked Peru to lift the ban" is a request, "asked Peru whether …" a question.
        case next([String], required: Bool)
    }

    /// The lemmas, or WordNet classes as `@name`.
    var lemmas: [String]
    /// A noun frame (its pattern has `N`) or a verb frame (`V`).
    var isNoun: Bool
    var elements: [Element]
    var predicate: Predicate
    /// Coordinated subjects are related to each other ("A and B will merge").
    var mutual: Bool
    /// A clause that names no target has the country the text is about as its target ("Chile
    /// sent tents and medicine" in a text about a flood in Peru): the flag `main`.
    var toMain = false
    /// The clause (or noun group) is reported speech: its source is whoever reports it, the
    /// subject of a speech verb in the same sentence ("Chile said Peru had violated the accord",
    /// "Chile said the fire was an act of sabotage by Peru": Chile), not an argument of the
    /// clause: the flag `reported`.
    var reported = false
    /// The clause must say what is to come: a modal or future verb group ("said it would sue Y", "will sue Y") or a
    /// "to" clause under a verb of intent ("threatened to sue Y", "plans to sue Y"): the flag `future`. A frame of the
    /// same lemma without it reads the clause otherwise ("sued Y": `accused`; "would sue Y": `threatened`).
    var future = false
    /// As written: `@attack X V Y`; relations carry `frame:` and this (``rule``).
    var text: String { didSet { rule = "frame:" + text } }
    /// `frame:` and ``text``, made once: the relations a frame draws share one string (a string
    /// made per drawing took ~150 bytes per reported accusation held until the end of its sentence,
    /// ~1.5 bytes per byte of a sentence of ~200k of them, issue 14).
    private(set) var rule = ""
    /// The rank of the lexicon it came from (a user's above the built-in one's): a user's
    /// verb pattern on a clause's verb shadows the frames of lower rank.
    var rank = 0

    init(
        lemmas: [String], isNoun: Bool, elements: [Element], predicate: Predicate, mutual: Bool, toMain: Bool = false,
        reported: Bool = false, future: Bool = false, text: String, rank: Int = 0
    ) {
        self.lemmas = lemmas
        self.isNoun = isNoun
        self.elements = elements
        self.predicate = predicate
        self.mutual = mutual
        self.toMain = toMain
        self.reported = reported
        self.future = future
        self.text = text
        self.rule = "frame:" + text
        self.rank = rank
    }

    /// Reads a pattern; `nil` and a message when it is malformed.
    static func parse(lemmas: [String], pattern: String, predicate: Predicate, flags: [String]) -> (Frame?, String?) {
        let words = pattern.split(separator: " ").map(String.init)
        guard let head = words.firstIndex(where: { $0 == "V" || $0 == "N" }) else {
            return (nil, "a frame's pattern needs V (a verb) or N (a noun)")
        }
        let isNoun = words[head] == "N"
        func slot(_ word: String) -> Slot? {
            var name = word
            if name.hasSuffix("'s") { name = String(name.dropLast(2)) }
            let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
            let role: Role
            switch parts[0] {
            case "X": role = .source
            case "Y": role = .target
            case "_": role = .none
            default: return nil
            }
            var kinds: Set<EntityKind> = []
            if parts.count == 2 {
                switch parts[1].lowercased() {
                case "place": kinds = [.location, .country, .facility]
                case "actor": kinds = [.person, .organization, .country]
                default:
                    guard let kind = EntityKind(name: parts[1]) else { return nil }
                    kinds = [kind]
                }
            }
            return Slot(role: role, kinds: kinds)
        }
        func alternatives(_ word: String) -> [String] { word.lowercased().split(separator: "/").map(String.init) }
        var elements: [Element] = []
        // Before the head: a subject (verb), or a possessor or modifier (noun), after the
        // apposed actor ("X, Y's N").
        var before = words[..<head]
        if isNoun, let first = before.first, first.hasSuffix(",") {
            guard let s = slot(String(first.dropLast())) else { return (nil, "'\(first)' before N is not X, or Y,") }
            elements.append(.apposed(s))
            before = before.dropFirst()
        }
        for word in before {
            guard let s = slot(word) else { return (nil, "'\(word)' before \(words[head]) is not X, Y or _") }
            elements.append(isNoun ? (word.hasSuffix("'s") ? .possessor(s) : .modifier(s)) : .subject(s))
        }
        guard before.count <= 1 else { return (nil, "one argument at most before \(words[head]) (after an apposed 'X,')") }
        var k = head + 1
        var first = true
        while k < words.count {
            let word = words[k]
            if !isNoun, word.count > 1, word.hasPrefix("+") || word.hasPrefix("-") {
                // "+to", "-whether/if": what may or may not follow the object.
                elements.append(.next(alternatives(String(word.dropFirst())), required: word.hasPrefix("+")))
                k += 1
                continue
            }
            if let s = slot(word) {
                guard first, !isNoun else { return (nil, "'\(word)' must follow a preposition") }
                elements.append(.object(s))
                k += 1
            } else if k + 1 < words.count, let s = slot(words[k + 1]) {
                // "at/on Y", "between X and Y"
                if k + 3 < words.count, words[k + 2] == "and", let s2 = slot(words[k + 3]) {
                    elements.append(.pair(alternatives(word), s, s2))
                    k += 4
                } else {
                    elements.append(.complement(alternatives(word), s))
                    k += 2
                }
            } else if first, !isNoun, !alternatives(word).allSatisfy({ ClosedClass.words[$0]?.contains(.preposition) == true }) {
                elements.append(.objectWord(alternatives(word)))
                k += 1
            } else if !isNoun, k + 1 == words.count || words[k + 1].hasPrefix("+") || words[k + 1].hasPrefix("-"),
                case .object = elements.last,
                !alternatives(word).allSatisfy({ ClosedClass.words[$0]?.contains(.preposition) == true })
            {
                // "X V Y assistance": a word after the object names the second object.
                elements.append(.secondObjectWord(alternatives(word)))
                k += 1
            } else if k + 1 < words.count {
                elements.append(.complementWord(alternatives(word), alternatives(words[k + 1])))
                k += 2
            } else {
                return (nil, "'\(word)' at the end of a pattern needs an argument after it")
            }
            first = false
        }
        var mutual = false
        var toMain = false
        var reported = false
        var future = false
        for flag in flags where !flag.isEmpty {
            switch flag {
            case "mutual": mutual = true
            case "main": toMain = true
            case "reported": reported = true
            case "future" where !isNoun: future = true
            default: return (nil, "unknown frame flag '\(flag)'; expected mutual, main, reported or future (a verb frame's)")
            }
        }
        let roles = elements.flatMap { element -> [Role] in
            switch element {
            case .subject(let s), .object(let s), .complement(_, let s), .possessor(let s), .modifier(let s), .apposed(let s): [s.role]
            case .pair(_, let a, let b): [a.role, b.role]
            default: []
            }
        }
        // A noun frame may leave X out: the subject of the clause the noun is the object of
        // acts ("X launched an attack on Y").
        if reported {
            guard !roles.contains(.source), roles.contains(.target) else {
                return (nil, "a reported frame is a frame with a Y and no X (its source is the reporter)")
            }
        }
        guard roles.contains(.source) || isNoun || reported, roles.contains(.target) || mutual || (toMain && !isNoun) else {
            return (nil, "a frame needs an X (source) and a Y (target), or the flag mutual (or main, for a verb); a noun frame may leave X out")
        }
        let frame = Frame(
            lemmas: lemmas, isNoun: isNoun, elements: elements, predicate: predicate, mutual: mutual, toMain: toMain,
            reported: reported, future: future, text: lemmas.joined(separator: "/") + " " + pattern)
        return (frame, nil)
    }
}
