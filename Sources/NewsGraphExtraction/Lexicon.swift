import Foundation
import NewsGraph

/// The extraction rules as data: known actors, verb and noun patterns, titles, head words.
///
/// The built-in lexicon (``builtIn``) is compiled into the binary as Swift string
/// literals in the same line format a user writes (see `LEXICON.md` beside this file),
/// so a copied executable needs no resource bundle. A user's file is read with
/// ``init(contentsOf:)`` and combined with ``merging(_:)``.
public struct Lexicon: Sendable {
    /// One known actor: canonical name, kind and other surface forms (including demonyms).
    struct Actor: Sendable, Hashable {
        var name: String
        var kind: EntityKind
        var aliases: [String]
        /// The country a place lies in ("London" → "United Kingdom"), if given.
        var within: String? = nil
        /// Which lexicon it came from: 0 for the first, one more for each lexicon merged after
        /// it (``merging(_:)``). On the same words, a higher rank wins ("Wagner" in a user's file
        /// over the built-in "Wagner Group").
        var rank = 0
        /// Where it was read (`path:line`), for diagnostics.
        var source = ""
    }

    /// Options a verb pattern carries.
    struct VerbFlags: OptionSet, Sendable, Hashable {
        let rawValue: Int
        /// A noun ("strikes against"): the agent stands before it, the patient after it.
        static let noun = VerbFlags(rawValue: 1)
        /// A denial: with no object, it answers the last accusation against the subject.
        static let denial = VerbFlags(rawValue: 2)
        /// A speech verb (said, told): marks the speaker of a sentence.
        static let speech = VerbFlags(rawValue: 4)
        /// The entity after the phrase is the source and the sentence's speaker the target
        /// ("according to NBC News").
        static let attribution = VerbFlags(rawValue: 8)
        /// The relation is only drawn when the object is a place (deployed_to).
        static let placeObject = VerbFlags(rawValue: 16)
        /// Coordinated subjects ("A and B signed") are related to each other.
        static let mutual = VerbFlags(rawValue: 32)
        /// `passive` in a lexicon: accepted for compatibility, no effect (passives are always
        /// recognized).
        static let passiveOnly = VerbFlags(rawValue: 64)
        /// A speech verb with no addressee ("said"): marks the speaker only.
        static let speakerOnly = VerbFlags(rawValue: 128)
        /// The relation runs from the object to the subject ("Tata Group owns Jaguar Land Rover"
        /// → Jaguar Land Rover `member_of` Tata Group); a passive is turned around as usual first.
        static let reverse = VerbFlags(rawValue: 256)
    }

    /// A verb or noun phrase and the predicate it signals.
    struct VerbPattern: Sendable, Hashable {
        /// Per word, the accepted lower-case forms.
        var words: [[String]]
        var predicate: Predicate
        var flags: VerbFlags
        var phrase: String
        /// As ``Actor/rank``: a pattern of a later lexicon wins over the earlier ones that match at
        /// the same word.
        var rank = 0
        /// Where it was read (`path:line`).
        var source = ""
    }

    /// A title or office and what it says about its holder.
    struct Title: Sendable, Hashable {
        var phrase: String
        var predicate: Predicate
        /// The actor the office implies when none is named ("Secretary of Defense" → United States).
        var implied: String?
    }

    var actors: [Actor] = []
    var verbs: [VerbPattern] = []
    /// Verb and noun frames (`[frames]`), in the order read; a later one with the same
    /// lemma and pattern shape replaces an earlier one.
    var frames: [Frame] = []
    var titles: [Title] = []
    /// Participles that form compounds with a name ("Iran-backed"): participle → predicate.
    var compounds: [String: Predicate] = [:]
    /// Compounds whose relation runs from the described thing to the name ("Swiss-based").
    var reversedCompounds: Set<String> = []
    /// Head words that give a span its kind ("Ministry" → Organization); `organ` marks heads of state organs.
    var heads: [String: EntityKind] = [:]
    var organHeads: Set<String> = []
    /// Words that lower confidence ("reportedly").
    var hedges: Set<String> = []
    /// Photo-credit names that may be glued to a caption ("EsperReuters").
    var credits: Set<String> = []
    /// Capitalized words that are not names (sentence starters, days, months), lower case.
    var nonNames: Set<String> = []
    /// Words that join the parts of a name ("of", "al", "bin"), lower case.
    var connectors: Set<String> = []
    /// First or last words of capitalized spans that are not actors ("Act", "Treaty", "Operation"), lower case.
    var excludedHeads: Set<String> = []
    /// One-word country aliases that are names, not adjectives ("Britain", "Burma"), lower
    /// case; every other one-word country alias is read as a demonym ("Iranian").
    var countryNames: Set<String> = []
    /// The structure of person names (``BuiltInLexicon/personNames``), lower case: given names
    /// ("lamar"), particles that belong to the surname after them ("al", "van", "bin"),
    /// generational suffixes ("jr", "iii") and title words that may stand before a name
    /// ("chairman", "minister").
    var givenNames: Set<String> = []
    var particles: Set<String> = []
    var suffixes: Set<String> = []
    var titleWords: Set<String> = []
    /// Title words that name no person themselves, only qualify an office ("foreign", "police",
    /// "radio"): WordNet knows them, never as a person.
    var titleModifiers: Set<String> = []
    /// Given names that are a man's or a woman's (``BuiltInLexicon/personNames``, from the census's
    /// frequencies), lower case: "he" passes over a person whose given name is a woman's, "she"
    /// over a man's.
    var maleNames: Set<String> = []
    var femaleNames: Set<String> = []
    /// Surnames that may come first in a name ("wang" in "Wang Yi", "kim" in "Kim Jong Un";
    /// ``BuiltInLexicon/personNames``), lower case: such a name's first word alone names the person.
    var familyFirstNames: Set<String> = []
    /// English words (``BuiltInLexicon/englishWords``, from WordNet), lower case: adverbs
    /// ("indeed", "notably"), and common nouns and adjectives that are no frequent name
    /// ("securities", "tankers", "civil"; not "rice", a surname too).
    var adverbs: Set<String> = []
    var commonWords: Set<String> = []
    /// Language names (``BuiltInLexicon/englishWords``, from ISO 639), lower case: one alone is
    /// no actor ("in Arabic").
    var languages: Set<String> = []
    /// What merging lexicons found that a user should know: each entry of a later lexicon
    /// that shadows one of an earlier lexicon (the later one wins). Nothing in the library
    /// prints them; the CLI prints each as `newsgraph: warning: …`.
    public private(set) var diagnostics: [LexiconDiagnostic] = []
    /// Whether this is exactly ``builtIn`` (its compiled tables are then shared).
    var isBuiltIn = false

    /// Creates an empty lexicon.
    init() {}

    /// The lexicon compiled into the binary: countries with short forms and demonyms,
    /// cities and regions, international organizations, agencies, news outlets, well-known
    /// leaders, verb and noun patterns for every built-in predicate, titles and head words.
    public static let builtIn: Lexicon = {
        var lexicon = Lexicon()
        for (index, source) in BuiltInLexicon.sources.enumerated() {
            do {
                try lexicon.parse(source, path: "<built-in \(index)>")
            } catch {
                preconditionFailure("built-in lexicon is invalid: \(error)")
            }
        }
        lexicon.isBuiltIn = true
        return lexicon
    }()

    /// Reads a user lexicon file.
    ///
    /// The format is line based, UTF-8, tab separated, with `#` comments and `[section]`
    /// headers; `LEXICON.md` documents it.
    /// - Parameter path: the file to read.
    /// - Throws: ``NewsGraphError`` with code `.io` when the file cannot be read, and
    ///   `.invalidInput` with the path and 1-based line number for a malformed line.
    /// Why a file could not be read, in words (`no such file`, `permission denied`, `is a folder`).
    static func reason(_ error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "it is a folder, not a file" }
            if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        } else {
            return "no such file (check the path given to --lexicon)"
        }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? error.localizedDescription
    }

    public init(contentsOf path: String) throws {
        let data: Data
        do {
            // (Read through `InputFile`, which reads a pipe or FIFO to its end: Foundation's
            // `Data(contentsOf:)` read nothing from `<(…)`.)
            data = Data(try InputFile.readBytes(path))
        } catch let error as NewsGraphError where error.code == .invalidInput && error.message == "empty input" {
            data = Data()
        } catch let error as NewsGraphError where error.code == .invalidInput {
            throw error
        } catch {
            throw NewsGraphError(.io, "cannot read the lexicon file: \(Self.reason(error, path: path))", path: path)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(.invalidInput, "lexicon file is not valid UTF-8", path: path)
        }
        // A byte-order mark written by some editors is not part of the first name.
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        self.init()
        try parse(text, path: path)
    }

    /// Parses lexicon text, as ``init(contentsOf:)`` does for a file (useful for tests
    /// and for lexicons held in memory).
    /// - Parameters:
    ///   - text: the lexicon, in the format of `LEXICON.md`.
    ///   - path: the name used in error messages.
    /// - Throws: ``NewsGraphError`` (`.invalidInput`) with `path` and line number.
    public init(parsing text: String, path: String = "<lexicon>") throws {
        self.init()
        try parse(text, path: path)
    }

    /// This lexicon with another's entries added; the other's entries come later and
    /// win where the two disagree (an actor's kind, a title's predicate).
    /// - Parameter other: typically a user lexicon.
    /// - Returns: the combined lexicon.
    public func merging(_ other: Lexicon) -> Lexicon {
        var result = self
        result.isBuiltIn = false
        let rank = (actors.map(\.rank) + verbs.map(\.rank) + frames.map(\.rank)).max().map { $0 + 1 } ?? 1
        var added = other.actors
        for k in added.indices { added[k].rank = rank }
        var addedVerbs = other.verbs
        for k in addedVerbs.indices { addedVerbs[k].rank = rank }
        result.diagnostics += other.diagnostics + shadowings(by: added, addedVerbs)
        result.actors += added
        result.verbs += addedVerbs
        var addedFrames = other.frames
        for k in addedFrames.indices { addedFrames[k].rank = rank }
        result.frames += addedFrames
        result.titles += other.titles
        result.compounds.merge(other.compounds) { _, new in new }
        result.reversedCompounds.formUnion(other.reversedCompounds)
        result.heads.merge(other.heads) { _, new in new }
        result.organHeads.formUnion(other.organHeads)
        result.hedges.formUnion(other.hedges)
        result.credits.formUnion(other.credits)
        result.nonNames.formUnion(other.nonNames)
        result.connectors.formUnion(other.connectors)
        result.excludedHeads.formUnion(other.excludedHeads)
        result.countryNames.formUnion(other.countryNames)
        result.givenNames.formUnion(other.givenNames)
        result.particles.formUnion(other.particles)
        result.suffixes.formUnion(other.suffixes)
        result.titleWords.formUnion(other.titleWords)
        result.titleModifiers.formUnion(other.titleModifiers)
        result.maleNames.formUnion(other.maleNames)
        result.femaleNames.formUnion(other.femaleNames)
        result.familyFirstNames.formUnion(other.familyFirstNames)
        result.adverbs.formUnion(other.adverbs)
        result.commonWords.formUnion(other.commonWords)
        result.languages.formUnion(other.languages)
        return result
    }

    /// The entries of `actors` and `verbs` (a later lexicon's) that shadow this lexicon's: an
    /// alias or name that names another actor here, a verb phrase that reads another predicate
    /// here.
    private func shadowings(by actors: [Actor], _ verbs: [VerbPattern]) -> [LexiconDiagnostic] {
        var result: [LexiconDiagnostic] = []
        if !actors.isEmpty {
            func form(_ text: String) -> String { CompiledLexicon.stripPeriods(text).lowercased() }
            var owner: [String: Actor] = [:]
            for actor in self.actors {
                for alias in [actor.name] + actor.aliases where owner[form(alias)] == nil { owner[form(alias)] = actor }
            }
            for actor in actors {
                for alias in [actor.name] + actor.aliases {
                    guard let known = owner[form(alias)], known.name != actor.name else { continue }
                    result.append(
                        LexiconDiagnostic(
                            source: actor.source,
                            message:
                                "'\(alias)' of actor '\(actor.name)' shadows the earlier actor '\(known.name)' (\(known.kind.rawValue)); '\(alias)' now names '\(actor.name)'"
                        ))
                }
            }
        }
        if !verbs.isEmpty {
            // Patterns by their first word's forms, to compare each new one with the few that can overlap it.
            var byFirst: [String: [VerbPattern]] = [:]
            for pattern in self.verbs {
                for word in pattern.words[0] where !word.isEmpty { byFirst[word, default: []].append(pattern) }
            }
            for pattern in verbs {
                var reported: Set<String> = []
                for word in pattern.words[0] where !word.isEmpty {
                    for known in byFirst[word] ?? []
                    where known.words.count == pattern.words.count && (known.predicate != pattern.predicate || known.flags != pattern.flags)
                        && zip(known.words, pattern.words).allSatisfy({ !Set($0).isDisjoint(with: $1) })
                        && reported.insert(known.phrase).inserted
                    {
                        result.append(
                            LexiconDiagnostic(
                                source: pattern.source,
                                message:
                                    "verb pattern '\(pattern.phrase)' (\(pattern.predicate.name)) shadows the earlier pattern '\(known.phrase)' (\(known.predicate.name)); where both match, '\(pattern.phrase)' is used"
                            ))
                    }
                }
            }
        }
        return result
    }

    /// The number of actors (canonical entries) in the lexicon.
    public var actorCount: Int { actors.count }

    /// The number of verb and noun patterns in the lexicon.
    public var patternCount: Int { verbs.count }

    // MARK: Parsing

    private enum Section: String {
        case actors, verbs, frames, titles, compounds, heads, hedges, credits, nonnames, connectors, excludedheads, countrynames
        case givennames, particles, suffixes, titlewords, titlemodifiers, adverbs, commonwords, languages, malenames, femalenames
        case familyfirst
    }

    private static func predicate(named name: String) -> Predicate? {
        if let builtIn = Predicate.named(name) { return builtIn }
        guard Predicate.isValidName(name) else { return nil }
        return Predicate(name: name, category: .event, definition: "A predicate defined by a user lexicon.")
    }

    /// `text` without the white space (not line ends) around it, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without bridging to NSString.
    static func trim(_ text: Substring) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value > 0x7F && scalar.properties.isWhitespace && scalar != "\u{85}"
                    && scalar != "\u{2028}" && scalar != "\u{2029}")
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// The lines of `text`, split at "\n", "\r\n" and "\r" (the lines `split` on those
    /// Characters gives, empty ones kept: a line end always ends a Character), found by
    /// scanning bytes instead of Characters.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                utf8.formIndex(after: &i)
                continue
            }
            lines.append(text[start..<i])
            utf8.formIndex(after: &i)
            if byte == UInt8(ascii: "\r"), i < utf8.endIndex, utf8[i] == UInt8(ascii: "\n") { utf8.formIndex(after: &i) }
            start = i
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The tab-separated fields of `line`, each trimmed (``trim(_:)``): `line.split(separator: "\t",
    /// omittingEmptySubsequences: false).map(trim)` read by bytes, not by characters (a tab is
    /// always a character of its own: grapheme clusters break before and after a control), which
    /// took ~28 M instructions of the built-in lexicon's parse.
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var rest = line
        while let tab = rest.utf8.firstIndex(of: UInt8(ascii: "\t")) {
            fields.append(trim(rest[..<tab]))
            rest = rest[rest.utf8.index(after: tab)...]
        }
        fields.append(trim(rest))
        return fields
    }

    private mutating func parse(_ text: String, path: String) throws {
        var section = Section.actors
        var lineNumber = 0
        for rawLine in Self.lines(text) {
            lineNumber += 1
            // (`lines` has taken every "\r" and "\n" off.)
            let line = rawLine
            // A plain ASCII word in a one-word section (most lines of the built-in name lists) needs
            // no trimming and no fields.
            if section == .givennames || section == .particles || section == .titlewords || section == .titlemodifiers
                || section == .adverbs || section == .malenames || section == .femalenames || section == .familyfirst
                || section == .commonwords || section == .languages,
                !line.isEmpty, line.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "[") })
            {
                let word = line.lowercased()
                switch section {
                case .givennames: givenNames.insert(word)
                case .particles: particles.insert(word)
                case .adverbs: adverbs.insert(word)
                case .commonwords: commonWords.insert(word)
                case .languages: languages.insert(word)
                case .titlemodifiers: titleModifiers.insert(word)
                case .malenames: maleNames.insert(word)
                case .femalenames: femaleNames.insert(word)
                case .familyfirst: familyFirstNames.insert(word)
                default: titleWords.insert(word)
                }
                continue
            }
            let trimmed = Self.trim(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            func fail(_ message: String) -> NewsGraphError {
                NewsGraphError(.invalidInput, message, path: path, line: lineNumber)
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), let next = Section(rawValue: String(trimmed.dropFirst().dropLast()).lowercased())
                else {
                    throw fail(
                        "unknown section header '\(trimmed)'; expected one of [actors], [verbs], [frames], [titles], [compounds], [heads], [hedges], [credits], [nonnames], [connectors], [excludedheads], [countrynames], [givennames], [particles], [suffixes], [titlewords], [titlemodifiers], [adverbs], [commonwords], [languages], [malenames], [femalenames], [familyfirst]"
                    )
                }
                section = next
                continue
            }
            let fields = Self.fields(line)
            switch section {
            case .actors:
                guard fields.count >= 2, fields.count <= 4 else {
                    throw fail(
                        "an actor line needs 'name<TAB>kind' and optionally '<TAB>alias|alias' and '<TAB>country', got \(fields.count) field(s)"
                    )
                }
                guard !fields[0].isEmpty else { throw fail("empty actor name") }
                guard let kind = EntityKind(name: fields[1]) else {
                    throw fail("unknown entity kind '\(fields[1])'; expected Person, Organization, Country, Location or Facility")
                }
                let aliases =
                    fields.count >= 3
                    ? fields[2].split(separator: "|").map(Self.trim).filter { !$0.isEmpty } : []
                actors.append(
                    Actor(
                        name: fields[0], kind: kind, aliases: aliases, within: fields.count == 4 && !fields[3].isEmpty ? fields[3] : nil,
                        source: "\(path):\(lineNumber)"))
            case .verbs:
                guard fields.count >= 2, fields.count <= 3 else {
                    throw fail("a verb line needs 'phrase<TAB>predicate' and optionally '<TAB>flags', got \(fields.count) field(s)")
                }
                let words = fields[0].lowercased().split(separator: " ").map { group -> [String] in
                    // A trailing "?" makes the word optional (an empty alternative).
                    let optional = group.hasSuffix("?")
                    let forms = (optional ? group.dropLast() : group).split(separator: "/").map(String.init)
                    return optional ? forms + [""] : forms
                }
                guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else { throw fail("empty verb phrase") }
                guard let predicate = Self.predicate(named: fields[1]) else {
                    throw fail("invalid predicate name '\(fields[1])'; use snake_case ASCII starting with a letter")
                }
                var flags: VerbFlags = []
                if fields.count == 3 {
                    for flag in fields[2].split(separator: ",") {
                        switch flag.trimmingCharacters(in: .whitespaces) {
                        case "noun": flags.insert(.noun)
                        case "denial": flags.insert(.denial)
                        case "speech": flags.insert(.speech)
                        case "attribution": flags.insert(.attribution)
                        case "place": flags.insert(.placeObject)
                        case "mutual": flags.insert(.mutual)
                        case "passive": flags.insert(.passiveOnly)
                        case "speaker": flags.insert(.speakerOnly)
                        case "reverse": flags.insert(.reverse)
                        case "": break
                        case let other:
                            throw fail(
                                "unknown verb flag '\(other)'; expected noun, denial, speech, speaker, attribution, place, mutual, reverse or passive"
                            )
                        }
                    }
                }
                verbs.append(
                    VerbPattern(words: words, predicate: predicate, flags: flags, phrase: fields[0], source: "\(path):\(lineNumber)"))
            case .frames:
                guard fields.count >= 3, fields.count <= 4, !fields[0].isEmpty else {
                    throw fail(
                        "a frame line needs 'lemma<TAB>pattern<TAB>predicate' and optionally '<TAB>flags', got \(fields.count) field(s)")
                }
                guard let predicate = Self.predicate(named: fields[2]) else {
                    throw fail("invalid predicate name '\(fields[2])'; use snake_case ASCII starting with a letter")
                }
                let lemmas = fields[0].lowercased().split(separator: "/").map(String.init)
                for lemma in lemmas where lemma.hasPrefix("@") && !WordNetWords.classNames.contains(String(lemma.dropFirst())) {
                    throw fail(
                        "unknown verb class '\(lemma)'; expected one of \(WordNetWords.classNames.sorted().map { "@" + $0 }.joined(separator: ", "))"
                    )
                }
                let flags = fields.count == 4 ? fields[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
                let (frame, problem) = Frame.parse(lemmas: lemmas, pattern: fields[1], predicate: predicate, flags: flags)
                guard let frame else { throw fail(problem ?? "malformed frame") }
                frames.append(frame)
            case .titles:
                guard fields.count >= 2, fields.count <= 3, !fields[0].isEmpty else {
                    throw fail("a title line needs 'title<TAB>predicate' and optionally '<TAB>implied actor'")
                }
                guard let predicate = Self.predicate(named: fields[1]) else {
                    throw fail("invalid predicate name '\(fields[1])'")
                }
                titles.append(
                    Title(phrase: fields[0], predicate: predicate, implied: fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil))
            case .compounds:
                guard fields.count == 2 || fields.count == 3, !fields[0].isEmpty else {
                    throw fail("a compound line needs 'participle<TAB>predicate' and optionally '<TAB>reverse'")
                }
                guard let predicate = Self.predicate(named: fields[1]) else {
                    throw fail("invalid predicate name '\(fields[1])'")
                }
                compounds[fields[0].lowercased()] = predicate
                if fields.count == 3 {
                    guard fields[2] == "reverse" else { throw fail("unknown compound option '\(fields[2])'; expected reverse") }
                    reversedCompounds.insert(fields[0].lowercased())
                }
            case .heads:
                guard fields.count >= 2, fields.count <= 3, !fields[0].isEmpty else {
                    throw fail("a head line needs 'word<TAB>kind' and optionally '<TAB>organ'")
                }
                guard let kind = EntityKind(name: fields[1]) else { throw fail("unknown entity kind '\(fields[1])'") }
                let word = fields[0].lowercased().replacingOccurrences(of: ".", with: "")
                heads[word] = kind
                if fields.count == 3 {
                    guard fields[2] == "organ" else { throw fail("unknown head option '\(fields[2])'; expected organ") }
                    organHeads.insert(word)
                }
            case .hedges, .credits, .nonnames, .connectors, .excludedheads, .countrynames, .givennames, .particles, .suffixes,
                .titlewords, .titlemodifiers, .adverbs, .commonwords, .languages, .malenames, .femalenames, .familyfirst:
                guard fields.count == 1, !fields[0].isEmpty else { throw fail("this section takes one word or name per line") }
                switch section {
                case .hedges: hedges.insert(fields[0].lowercased())
                case .credits: credits.insert(fields[0])
                case .nonnames: nonNames.insert(fields[0].lowercased())
                case .excludedheads: excludedHeads.insert(fields[0].lowercased())
                case .countrynames: countryNames.insert(fields[0].lowercased())
                case .givennames: givenNames.insert(fields[0].lowercased())
                case .particles: particles.insert(fields[0].lowercased())
                case .suffixes: suffixes.insert(CompiledLexicon.stripPeriods(fields[0].lowercased()))
                case .titlewords: titleWords.insert(fields[0].lowercased())
                case .titlemodifiers: titleModifiers.insert(fields[0].lowercased())
                case .adverbs: adverbs.insert(fields[0].lowercased())
                case .commonwords: commonWords.insert(fields[0].lowercased())
                case .languages: languages.insert(fields[0].lowercased())
                case .malenames: maleNames.insert(fields[0].lowercased())
                case .femalenames: femaleNames.insert(fields[0].lowercased())
                case .familyfirst: familyFirstNames.insert(fields[0].lowercased())
                default: connectors.insert(fields[0].lowercased())
                }
            }
        }
    }
}

/// Something merging lexicons found that a user should know (see ``Lexicon/diagnostics``):
/// `path:line: message`, the entry of the later lexicon that caused it.
public struct LexiconDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// `path:line` of the entry.
    public var source: String
    /// What happened.
    public var message: String

    /// `path:line: message`.
    public var description: String { source.isEmpty ? message : "\(source): \(message)" }
}
