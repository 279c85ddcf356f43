import NewsGraph

/// One actor of a document after resolution.
struct ResolvedEntity: Sendable {
    var name: String
    var kind: EntityKind
    var surfaces: [String]
    var mentions: [Int]
    /// The stable id of `name`, computed once.
    var id: String

    init(name: String, kind: EntityKind, surfaces: [String], mentions: [Int]) {
        self.name = name
        self.kind = kind
        self.surfaces = surfaces
        self.mentions = mentions
        self.id = Self.stableID(name)
    }

    /// The stable id of a canonical name (``StableID/make(_:)``, which has its own ASCII
    /// fast path).
    static func stableID(_ name: String) -> String { StableID.make(name) }
}

/// Merges the mentions of one document into actors: gazetteer entries, surname and full
/// name, acronym and expansion, demonym and country. Gives each a canonical name.
struct EntityResolver: Sendable {
    let lexicon: CompiledLexicon

    /// - Returns: the entities and, per mention, the index of its entity.
    func resolve(_ mentions: [MentionCandidate], _ seg: Segmentation) -> (entities: [ResolvedEntity], owner: [Int]) {
        let tokens = seg.tokens
        var keyOf = [String?](repeating: nil, count: mentions.count)
        // Per mention, the norms of its words without a leading "the", computed once. Mentions
        // of one or two words (most) share one array per distinct span, found by the words'
        // numbers: a long document names the same actors over and over (an array per mention
        // was ~60 bytes each, 22 MB at the peak of a 16.7 MB document).
        var normsBySpan: [UInt64: [String]] = [:]
        let mentionNorms: [[String]] = mentions.map { m in
            var span: UInt64 = 0
            var words = 0
            for k in m.start..<m.end where tokens[k].kind == .word {
                words += 1
                if words <= 2 { span = span << 32 | UInt64(UInt32(bitPattern: tokens[k].normNumber) &+ 1) }
            }
            if words == 0 { return [] }
            if words <= 2, let known = normsBySpan[span] { return known }
            var result: [String] = []
            result.reserveCapacity(words)
            for k in m.start..<m.end where tokens[k].kind == .word { result.append(tokens[k].norm) }
            if result.first == "the", result.count > 1 { result.removeFirst() }
            if words <= 2 { normsBySpan[span] = result }
            return result
        }
        normsBySpan = [:]
        // Per mention not from the gazetteer that may name a person, the words of that name
        // without title words before it ("Chairman Park") and generational suffixes after it
        // ("Santos Jr.", "Whitfield III"): the name's core, from which its surname is read.
        let nameNorms: [[String]] = mentions.indices.map { index in
            let m = mentions[index]
            guard m.actor == nil, m.kind == .person || m.kindGuessed, m.end - m.start >= 2,
                lexicon.isWord(tokens[m.start], .titleWord) || lexicon.isWord(tokens[m.end - 1], .nameSuffix)
                    || tokens[m.end - 1].kind != .word
            else { return mentionNorms[index] }
            var words = (m.start..<m.end).filter { tokens[$0].kind == .word }
            if let first = words.first, tokens[first].norm == "the" { words.removeFirst() }
            while words.count >= 2, lexicon.isWord(tokens[words[0]], .titleWord), tokens[words[0]].isCapitalized,
                !lexicon.isWord(tokens[words[0]], .givenName)
            {
                words.removeFirst()
            }
            while words.count >= 3, let last = words.last, lexicon.isWord(tokens[last], .nameSuffix) {
                words.removeLast()
            }
            return words.map { tokens[$0].norm }
        }
        // Whether a mention's words before its last are all particles or connectors ("von der
        // Leyen", "bin Salman", "al-Baghdadi"): one surname.
        func isSurname(_ n: [String], _ index: Int) -> Bool {
            guard !n.isEmpty else { return false }
            if n.count == 1 { return true }
            // The mention's last n words: all but the last must be particles or connectors.
            let m = mentions[index]
            var remaining = n.count
            var k = m.end - 1
            while k >= m.start, remaining > 0 {
                if tokens[k].kind == .word {
                    if remaining < n.count, !(lexicon.isWord(tokens[k], .particle) || lexicon.isWord(tokens[k], .connector)) {
                        return false
                    }
                    remaining -= 1
                }
                k -= 1
            }
            return true
        }
        // "Park Tae-soo", "Kim Jong-un": a family name first, then a given name of syllables glued by
        // hyphens; a lone "Park" names this person.
        func isFamilyNameFirst(_ index: Int) -> Bool {
            let m = mentions[index]
            guard m.end - m.start >= 4, m.kind == .person, tokens[m.start].kind == .word, !lexicon.isWord(tokens[m.start], .givenName)
            else {
                return false
            }
            for k in (m.start + 1)..<(m.end - 1) where tokens[k].text == "-" && !tokens[k].spaceBefore {
                if !tokens[k + 1].spaceBefore, tokens[k + 1].isLowerInitial { return true }
            }
            return false
        }
        var clusterKind: [String: EntityKind] = [:]
        var firstSeen: [String] = []
        func assign(_ index: Int, _ key: String, _ kind: EntityKind) {
            keyOf[index] = key
            if clusterKind[key] == nil {
                clusterKind[key] = kind
                firstSeen.append(key)
            }
        }
        // Full names that a lone surname can stand for, with their surname norms.
        var fullNames: [(key: String, norms: [String])] = []
        // Surnames of the people named in full anywhere in the document.
        var allFullNameSuffixes: Set<[String]> = []
        // Full names whose first word is their family name ("Park Tae-soo"), by that word.
        var familyNameFirst: [String: String] = [:]
        for (index, m) in mentions.enumerated() where m.kind == .person && m.end - m.start >= 2 {
            let n = nameNorms[index]
            if n.count >= 2 {
                allFullNameSuffixes.insert([n[n.count - 1]])
                if n.count >= 3 { allFullNameSuffixes.insert(Array(n.suffix(2))) }
                // "bin Salman", "von der Leyen": the surname with its particles.
                var k = n.count - 1
                let words = (m.start..<m.end).filter { tokens[$0].kind == .word }.suffix(n.count)
                while k > 1, lexicon.isWord(tokens[words[words.startIndex + k - 1]], .particle) { k -= 1 }
                if k < n.count - 1 { allFullNameSuffixes.insert(Array(n[k...])) }
            }
            if m.actor == nil, isFamilyNameFirst(index), let first = n.first {
                allFullNameSuffixes.insert([first])
            }
        }
        // Organizations named in full in this document, by their last word: a lone "Army" is the
        // "Royal Thai Army" of the text rather than a gazetteer entry known by that short alias.
        var unknownOrgsByHead: [String: Set<String>] = [:]
        let hasLoneGazetteerOrganization = mentions.contains {
            $0.end - $0.start == 1 && $0.actor.map { lexicon.actors[$0].kind == .organization } == true
        }
        if hasLoneGazetteerOrganization {
            for (index, m) in mentions.enumerated()
            where m.actor == nil && m.kind == .organization && m.partOf == nil && !m.isAdjective && m.end - m.start >= 2 {
                let n = mentionNorms[index]
                if n.count >= 2, let last = n.last { unknownOrgsByHead[last, default: []].insert("S" + n.joined(separator: " ")) }
            }
        }
        // Organs of a state named with it ("Ukraine's Foreign Ministry", "Ukrainian Foreign Ministry"):
        // one actor per state, keyed by the state and the organ's own words. The same words
        // without a state ("the Foreign Ministry") then name the organ of the state mentioned
        // most recently with them.
        // (Allocated for the first organ found: most documents have none.)
        var organKey: [String?] = []
        var organsByWords: [String: [(index: Int, key: String)]] = [:]
        var lastMentionEndingAt = MentionPositionIndex()
        for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization && !m.isAdjective {
            let head = m.headIndex ?? m.end - 1
            guard lexicon.isWord(tokens[head], .organHead) else { continue }
            if lastMentionEndingAt.isEmpty {
                lastMentionEndingAt = MentionPositionIndex(count: mentions.count, last: true) { mentions[$0].end }
            }
            var state: Int?
            var wordsFrom = m.start
            if let p = m.partOf, let actor = mentions[p].actor, lexicon.actors[actor].kind == .country,
                mentions[p].start == m.start
            {
                state = actor
                wordsFrom = mentions[p].end
            } else if m.start >= 1, tokens[m.start - 1].norm == "'s", let p = lastMentionEndingAt[m.start - 1],
                let actor = mentions[p].actor, lexicon.actors[actor].kind == .country
            {
                state = actor
            }
            let words = (wordsFrom..<m.end).filter { tokens[$0].kind == .word }.map { tokens[$0].norm }
            guard let state, !words.isEmpty else { continue }
            let joined = words.joined(separator: " ")
            let key = "O\(state) " + joined
            if organKey.isEmpty { organKey = [String?](repeating: nil, count: mentions.count) }
            organKey[index] = key
            organsByWords[joined, default: []].append((index, key))
        }
        if !organsByWords.isEmpty {
            for (index, m) in mentions.enumerated() where organKey[index] == nil && m.actor == nil && m.kind == .organization {
                guard let organs = organsByWords[mentionNorms[index].joined(separator: " ")] else { continue }
                organKey[index] = (organs.last { $0.index < index } ?? organs[0]).key
            }
        }
        // Pass 1: gazetteer hits and multi-word names.
        for (index, m) in mentions.enumerated() {
            if let actor = m.actor, m.end - m.start == 1, lexicon.actors[actor].kind == .organization,
                let local = unknownOrgsByHead[tokens[m.start].norm], local.count == 1, let key = local.first,
                tokens[m.start].norm != lexicon.actors[actor].name.lowercased()
            {
                assign(index, key, .organization)
                continue
            }
            if let actor = m.actor,
                !(lexicon.actors[actor].kind == .country && !m.isAdjective && m.end - m.start == 1
                    && allFullNameSuffixes.contains(mentionNorms[index]))
            {
                // (A country's name that is also the surname of someone named in full, "Montenegro",
                // falls through to the surname pass.)
                let key = "L\(actor)"
                assign(index, key, lexicon.actors[actor].kind)
                if m.kind == .person, m.end - m.start >= 2 { fullNames.append((key, mentionNorms[index])) }
                continue
            }
            if !organKey.isEmpty, let organ = organKey[index] {
                assign(index, organ, .organization)
                continue
            }
            let n = nameNorms[index]
            let isLoneName = isSurname(n, index)
            // A lone name may be a surname whatever kind its context suggested ("in McCarthy's career").
            let surnameOfKnownPerson = isLoneName && allFullNameSuffixes.contains(n)
            if !isLoneName || (m.kind != .person && !surnameOfKnownPerson) {
                let key = "S" + n.joined(separator: " ")
                assign(index, key, m.kind)
                if m.kind == .person, n.count >= 2 {
                    fullNames.append((key, n))
                    if m.actor == nil, isFamilyNameFirst(index), familyNameFirst[n[0]] == nil { familyNameFirst[n[0]] = key }
                }
            }
        }
        // Pass 2: surnames to the full name mentioned most recently before them (else the first one).
        var orgStarts: [String: [String]] = [:]
        for (index, m) in mentions.enumerated() where m.end - m.start >= 2 && m.kind != .person && !m.isAdjective {
            guard let key = keyOf[index], m.partOf == nil else { continue }
            let n = mentionNorms[index]
            if n.count >= 2 { orgStarts[n[0], default: []].append(key) }
        }
        var fullNamesByLast: [String: [(key: String, norms: [String])]] = [:]
        for candidate in fullNames { fullNamesByLast[candidate.norms.last ?? "", default: []].append(candidate) }
        var firstIndexOfKey: [String: Int] = [:]
        for index in mentions.indices {
            if let key = keyOf[index], firstIndexOfKey[key] == nil { firstIndexOfKey[key] = index }
        }
        // Per surname (the lone mention's norms), the full names it can stand for: the first in
        // document order, and all of them sorted by their first mention, built once per surname
        // (a scan of every full name for every lone surname was quadratic).
        var surnameTargets: [[String]: (first: String?, byFirstMention: [(first: Int, key: String)])] = [:]
        func targets(_ n: [String]) -> (first: String?, byFirstMention: [(first: Int, key: String)]) {
            if let known = surnameTargets[n] { return known }
            var firstKey: String?
            var byFirstMention: [(first: Int, key: String)] = []
            var seenKeys: Set<String> = []
            for candidate in fullNamesByLast[n.last ?? ""] ?? []
            where candidate.norms.count > n.count && Array(candidate.norms.suffix(n.count)) == n {
                if firstKey == nil { firstKey = candidate.key }
                if seenKeys.insert(candidate.key).inserted {
                    byFirstMention.append((firstIndexOfKey[candidate.key] ?? Int.max, candidate.key))
                }
            }
            byFirstMention.sort { $0.first < $1.first }
            surnameTargets[n] = (firstKey, byFirstMention)
            return (firstKey, byFirstMention)
        }
        // The distinct organization names that start with each word.
        var orgStartKeys: [String: Set<String>] = [:]
        for (word, keys) in orgStarts { orgStartKeys[word] = Set(keys) }
        // Names read as a person's only by default ("Halvern Chemical": no given name, no cue), by
        // their first word: a lone first word names a company ("Halvern said"), since a person is
        // named by a surname.
        // (Both built on first need: most lone names are surnames.)
        var guessedPersonStarts: [String: Set<String>] = [:]
        // Every person's full name by its first word ("Mike" for "Mike Pompeo").
        var personStarts: [String: Set<String>] = [:]
        var startsBuilt = false
        func buildStarts() {
            startsBuilt = true
            for (index, m) in mentions.enumerated() where m.kind == .person && mentionNorms[index].count >= 2 {
                guard let key = keyOf[index], key.hasPrefix("S") || key.hasPrefix("L") else { continue }
                personStarts[mentionNorms[index][0], default: []].insert(key)
                if m.actor == nil, m.kindGuessed, key.hasPrefix("S"), !isFamilyNameFirst(index),
                    !lexicon.isWord(tokens[m.start], .particle), !lexicon.isWord(tokens[m.start], .connector)
                {
                    guessedPersonStarts[mentionNorms[index][0], default: []].insert(key)
                }
            }
        }
        var companyKeys: Set<String> = []
        for (index, m) in mentions.enumerated() where keyOf[index] == nil {
            let n = nameNorms[index]
            // The full name mentioned most recently before this mention, else the first one.
            let (firstTarget, byFirstMention) = targets(n)
            var best = firstTarget
            var low = 0
            var high = byFirstMention.count
            while low < high {
                let middle = (low + high) / 2
                if byFirstMention[middle].first < index { low = middle + 1 } else { high = middle }
            }
            if low > 0 { best = byFirstMention[low - 1].key }
            if best == nil, n.count == 1, let key = familyNameFirst[n[0]] {
                // "Chairman Park" for "Park Tae-soo".
                best = key
            }
            if best == nil, n.count == 1 {
                // "Halvorsen" for "Halvorsen Pharma": the first word of exactly one longer organization name.
                if let keys = orgStartKeys[n[0]], keys.count == 1 { best = keys.first }
            }
            if best == nil, n.count == 1, !startsBuilt { buildStarts() }
            if best == nil, n.count == 1, lexicon.isWord(tokens[m.start], .givenName) || lexicon.isWord(tokens[m.start], .particle),
                let keys = personStarts[n[0]], keys.count == 1
            {
                // "Mike" for "Mike Pompeo", "Abu" for "Abu Karim Nassar": a given name alone names the one
                // person of the text who has it.
                best = keys.first
            }
            if best == nil, n.count == 1, let keys = guessedPersonStarts[n[0]], keys.count == 1, let key = keys.first {
                // "Halvern" for "Halvern Chemical": a company named by its first word.
                best = key
                companyKeys.insert(key)
            }
            assign(index, best ?? "S" + n.joined(separator: " "), best.flatMap { clusterKind[$0] } ?? m.kind)
        }
        // Pass 3: acronyms to their expansion ("SDF" ↔ "Syrian Democratic Forces", "(TNK)").
        var initialsOf: [String: String] = [:]
        // (Only worth building when the text has an unknown acronym to resolve.)
        let hasAcronym = mentions.contains { $0.actor == nil && $0.end - $0.start == 1 && tokens[$0.start].isAllCaps }
        for key in firstSeen where hasAcronym && key.hasPrefix("S") {
            // ("International Longshoremen's Association" is "ILA": no letter for "'s".)
            let all = key.dropFirst().split(separator: " ")
            let words = all.filter { word in
                let first = word.utf8.first
                return first != 0x2D && first != 0x27 && first != 0xE2 && !lexicon.lexicon.connectors.contains(String(word))
            }
            guard words.count >= 2 else { continue }
            let initials = String(words.compactMap(\.first))
            if initialsOf[initials] == nil { initialsOf[initials] = key }
            // "International Resources Holding of Abu Dhabi" is also "IRH".
            if let of = all.firstIndex(of: "of"), of >= 2 {
                let before = String(all[..<of].compactMap(\.first))
                if initialsOf[before] == nil { initialsOf[before] = key }
            }
        }
        // From here on keys change by relabelling every mention of a key at once, which
        // `ClusterKeys` does in near-constant time (a loop over every mention per relabelling
        // was quadratic in a document with many acronyms or organization names).
        var keys = ClusterKeys(keyOf.map { $0 ?? "" })
        // Mentions by their first and last token (the first and the last such mention), for the
        // look-ups by position below (a search of every mention per look-up was quadratic).
        let lastMentionByEnd = MentionPositionIndex(count: mentions.count, last: true) { mentions[$0].end }
        let firstMentionByStart = MentionPositionIndex(count: mentions.count, last: false) { mentions[$0].start }
        for (index, m) in mentions.enumerated() where m.actor == nil && m.end - m.start == 1 && tokens[m.start].isAllCaps {
            let acronym = tokens[m.start].norm
            var target = initialsOf[acronym]
            // "Trading International S.A. (TNK)": an acronym in brackets right after a name.
            if m.start >= 2, tokens[m.start - 1].text == "(", m.end < tokens.count, tokens[m.end].text == ")",
                let previous = lastMentionByEnd[m.start - 1], previous != index
            {
                target = keys[previous]
            }
            // "League for Peace and Cooperation in Tarvelia, or LPCT"
            if m.start >= 3, tokens[m.start - 1].norm == "or", tokens[m.start - 2].text == ",",
                let previous = lastMentionByEnd[m.start - 2], previous != index,
                MentionFinder.initialsSpell(tokens[m.start].text, tokens[mentions[previous].start..<mentions[previous].end])
            {
                target = keys[previous]
            }
            if let target { keys.relabel(keys[index], to: target) }
        }
        // "Organization for Security and Cooperation in Europe, or OSCE" where the lexicon knows the acronym:
        // the long form before it is that actor.
        for (index, m) in mentions.enumerated()
        where m.actor != nil && m.end - m.start == 1 && m.start >= 2 && tokens[m.start].isAllCaps {
            let previousEnd: Int
            if tokens[m.start - 1].text == "(", m.end < tokens.count, tokens[m.end].text == ")" {
                previousEnd = m.start - 1
            } else if m.start >= 3, tokens[m.start - 1].norm == "or", tokens[m.start - 2].text == "," {
                previousEnd = m.start - 2
            } else {
                continue
            }
            guard let previous = lastMentionByEnd[previousEnd], previous != index, mentions[previous].actor == nil,
                MentionFinder.initialsSpell(tokens[m.start].text, tokens[mentions[previous].start..<mentions[previous].end])
            else { continue }
            keys.relabel(keys[previous], to: keys[index])
        }
        // "X also uses the aliases A, B, and C": each name listed after "alias(es)" is the person named
        // last before it (within a few words, in the sentence; the list ends at a lower-case word).
        // (Only a name mentioned nowhere else: "Abu" in "Abu-Umar" may already stand for another person.)
        var mentionsOfKey: [String: Int] = [:]
        // (The words' numbers among the document's strings: no token is compared unless one has them.)
        let aliasWords = [seg.strings.existingNumber("alias"), seg.strings.existingNumber("aliases")].compactMap { $0 }
        if !aliasWords.isEmpty, tokens.contains(where: { aliasWords.contains($0.normNumber) }) {
            for index in mentions.indices { mentionsOfKey[keys[index], default: 0] += 1 }
        }
        for q in tokens.indices where !aliasWords.isEmpty && aliasWords.contains(tokens[q].normNumber) {
            var subject: Int?
            var p = q - 1
            while p >= 0, p >= q - 12, tokens[p].text != ".", tokens[p].text != ";" {
                if let candidate = lastMentionByEnd[p + 1], mentions[candidate].end == p + 1, mentions[candidate].kind == .person {
                    subject = candidate
                    break
                }
                p -= 1
            }
            guard let subject else { continue }
            var r = q + 1
            if r < tokens.count, tokens[r].norm == "of" { continue }  // "the alias of …"
            while r < tokens.count, r < q + 40 {
                if let listed = firstMentionByStart[r], listed != subject {
                    if mentionsOfKey[keys[listed]] == 1 { keys.relabel(keys[listed], to: keys[subject]) }
                    r = max(r + 1, mentions[listed].end)
                    continue
                }
                let t = tokens[r]
                guard
                    t.text == "," || t.norm == "and" || t.norm == "or" || t.kind == .quote || t.text == "-" || t.isCapitalized
                        || (t.kind == .punctuation && !t.spaceBefore && t.text != "." && t.text != ";")
                else { break }
                r += 1
            }
        }
        // "Jajarkot" for "Jajarkot District": a lone name that starts exactly one longer place or organization name.
        var loneKeys: [String: [Int]] = [:]
        for (index, m) in mentions.enumerated() where m.actor == nil {
            let key = keys[index]
            guard key.hasPrefix("S"), !key.utf8.contains(0x20) else { continue }
            _ = m
            loneKeys[key, default: []].append(index)
        }
        for (key, indices) in loneKeys {
            let word = String(key.dropFirst())
            let targets = (orgStartKeys[word] ?? []).subtracting([key])
            // A place is not its airport: "Pokhara" stays apart from "Pokhara International Airport".
            let loneIsPlace = indices.contains { mentions[$0].kind == .location }
            if targets.count == 1, let target = targets.first, !(loneIsPlace && clusterKind[target] == .facility) {
                for index in indices { keys[index] = target }
            }
        }
        // "Trading International S.A." for "TNK Trading International S.A.": the end of a longer organization name.
        // ("the Court" for "Federal Criminal Court": a head word alone after "the" too.)
        var orgKeys: [String: [String]] = [:]  // key -> norms
        var loneHeadKeys: Set<String> = []
        for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization && m.partOf == nil {
            let key = keys[index]
            if mentionNorms[index].count > orgKeys[key]?.count ?? 0 { orgKeys[key] = mentionNorms[index] }
            if m.end - m.start == 1, m.start >= 1, tokens[m.start - 1].norm == "the", lexicon.headKind(tokens[m.start]) != nil {
                loneHeadKeys.insert(key)
            }
        }
        // Every proper suffix of every name, by a hash of its words, with how many names end in
        // it (one pass over the names' words instead of a comparison of every pair of names).
        var suffixes: [UInt64: (count: Int, key: String)] = [:]
        for (key, n) in orgKeys where n.count >= 2 {
            var hash = Self.suffixSeed
            for k in stride(from: n.count - 1, through: 1, by: -1) {
                hash = Self.suffixHash(hash, n[k])
                if let known = suffixes[hash] {
                    suffixes[hash] = (known.count + 1, min(known.key, key))
                } else {
                    suffixes[hash] = (1, key)
                }
            }
        }
        for key in orgKeys.keys.sorted() {
            guard let n = orgKeys[key], n.count >= 2 || (n.count == 1 && loneHeadKeys.contains(key)) else { continue }
            var hash = Self.suffixSeed
            for word in n.reversed() { hash = Self.suffixHash(hash, word) }
            if let longer = suffixes[hash], longer.count == 1, longer.key != key,
                let target = orgKeys[longer.key], Array(target.suffix(n.count)) == n
            {
                keys.relabel(key, to: longer.key)
            }
        }
        // "known as A or B": two names for one actor.
        for (index, m) in mentions.enumerated()
        where m.start >= 2 && tokens[m.start - 1].norm == "as" && tokens[m.start - 2].norm == "known" {
            // "X, known as Y", "X (XY) — also known as Y"
            var separator = m.start - 3
            if separator >= 1, tokens[separator].norm == "also" { separator -= 1 }
            if separator >= 1, tokens[separator].text == "," || tokens[separator].kind == .dash,
                let named = lastMentionByEnd[tokens[separator - 1].text == ")" ? separator - 1 : separator],
                keys[index] != keys[named], !(mentions[named].kind == .person) || m.kind == .person
            {
                keys.relabel(keys[index], to: keys[named])
            }
            guard m.end + 1 < tokens.count, ["or", "and", ","].contains(tokens[m.end].norm),
                let other = firstMentionByStart[m.end + 1], keys[other] != keys[index]
            else { continue }
            keys.relabel(keys[other], to: keys[index])
        }
        // Build entities in order of first mention.
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for index in mentions.indices {
            let key = keys[index]
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        var entities: [ResolvedEntity] = []
        var owner = Array(repeating: -1, count: mentions.count)
        var byID: [String: Int] = [:]
        for key in order {
            guard let list = members[key] else { continue }
            var surfaces: [String] = []
            var seen: Set<String> = []
            for index in list {
                for s in [mentions[index].surface(in: seg)] + mentions[index].extraAliases where seen.insert(s).inserted {
                    surfaces.append(s)
                }
            }
            var name: String
            let kind: EntityKind
            if key.hasPrefix("L"), let actor = Int(key.dropFirst()) {
                name = lexicon.actors[actor].name
                kind = lexicon.actors[actor].kind
            } else {
                // The longest surface in words, preferring one that is not in capitals.
                name =
                    list.map { mentions[$0] }.max { a, b in
                        let la = a.end - a.start, lb = b.end - b.start
                        if la != lb { return la < lb }
                        return tokens[a.start].isAllCaps && !tokens[b.start].isAllCaps
                    }.map { stripArticle($0.surface(in: seg)) } ?? surfaces[0]
                // Kinds read from full names (head words, context of a multi-word name) outweigh the
                // guesses made for lone words ("Halvorsen" beside "Halvorsen Pharma").
                // A kind read from a cue ("Copperbelt province", "BENI, Congo —") outweighs the default
                // guess for a mention without one.
                // One pass over the cluster: kinds weighted by length, full names first, cued mentions
                // over default guesses. Counts are per kind, in `EntityKind` order (no hashing).
                let kinds = EntityKind.allCases
                func slot(_ kind: EntityKind) -> Int { kinds.firstIndex(of: kind) ?? 0 }
                var counts = [0, 0, 0, 0, 0, 0, 0, 0]  // all mentions
                var cuedCounts = counts
                var multiCounts = counts
                var cuedMultiCounts = counts
                var namedInFull = false  // a full name read as a person
                var otherKindInFull = false  // a cued full name of another kind ("rival Kestrel Micro")
                var anyCued = false
                var anyCuedMulti = false
                var allOneWord = true
                for index in list {
                    let length = mentions[index].end - mentions[index].start
                    let k = slot(mentions[index].kind)
                    let guessed = mentions[index].kindGuessed
                    counts[k] += length
                    if !guessed {
                        anyCued = true
                        cuedCounts[k] += length
                    }
                    if length >= 2 {
                        allOneWord = false
                        multiCounts[k] += length
                        if !guessed {
                            anyCuedMulti = true
                            cuedMultiCounts[k] += length
                        }
                        if mentions[index].kind == .person { namedInFull = true }
                        if !guessed, mentions[index].kind != .person { otherKindInFull = true }
                    }
                }
                let chosen = anyCued ? (anyCuedMulti ? cuedMultiCounts : cuedCounts) : (allOneWord ? counts : multiCounts)
                // The heaviest kind; on a tie, the one first in `EntityKind` order.
                var best: EntityKind?
                var bestCount = 0
                for (k, kind) in kinds.enumerated() where chosen[k] > bestCount {
                    best = kind
                    bestCount = chosen[k]
                }
                var guess = clusterKind[key] == .person && namedInFull && !otherKindInFull ? .person : best ?? .person
                // People are named in full at least once; a name only ever seen as one unknown word
                // ("Glencore", "Europol", "Belaruskali") is an organization.
                if guess == .person, !anyCued, allOneWord { guess = .organization }
                // A name read as a person's by default and named again by its first word is a company.
                if guess == .person, companyKeys.contains(key),
                    !list.contains(where: { mentions[$0].kind == .person && !mentions[$0].kindGuessed })
                {
                    guess = .organization
                }
                kind = guess
            }
            if key.hasPrefix("O"), let space = key.firstIndex(of: " "), let state = Int(key.dropFirst().prefix(upTo: space)),
                !list.contains(where: { mentions[$0].partOf != nil })
            {
                // "Ukraine's Foreign Ministry" alone: named with the state's adjective, as a prefix would
                // ("Ukrainian Foreign Ministry"), and known by the possessive form too.
                let actor = lexicon.actors[state]
                let adjective = actor.aliases.first { lexicon.adjectives[state].contains($0) } ?? actor.name
                name = adjective + " " + stripArticle(mentions[list[0]].surface(in: seg))
                for index in list where mentions[index].start >= 2 && tokens[mentions[index].start - 1].norm == "'s" {
                    let possessive = seg.text(
                        tokens[lastMentionByEnd[mentions[index].start - 1].map { mentions[$0].start } ?? mentions[index].start].start,
                        tokens[mentions[index].end - 1].end)
                    if seen.insert(possessive).inserted { surfaces.append(possessive) }
                }
            }
            let entity = ResolvedEntity(name: name, kind: kind, surfaces: surfaces.map(stripArticle), mentions: list)
            if let existing = byID[entity.id] {
                entities[existing].surfaces += entity.surfaces
                entities[existing].mentions += list
                for index in list { owner[index] = existing }
            } else {
                byID[entity.id] = entities.count
                for index in list { owner[index] = entities.count }
                entities.append(entity)
            }
        }
        return (entities, owner)
    }

    static let suffixSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over a word's bytes and a separator: a hash that is the same in every run
    /// (Swift's `Hasher` is seeded per process), for ``resolve(_:_:)``'s suffix index.
    static func suffixHash(_ seed: UInt64, _ word: String) -> UInt64 {
        var hash = seed
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ 0xFF) &* 0x100_0000_01b3
    }

    private func stripArticle(_ s: String) -> String {
        if s.hasPrefix("the "), s.count > 4 { return String(s.dropFirst(4)) }
        if s.hasPrefix("The "), s.count > 4 { return String(s.dropFirst(4)) }
        return s
    }
}

/// The cluster key of every mention, relabelled a whole key at a time: mentions point to
/// nodes, nodes to a parent (union by relabelling), each root carries its key, and each key
/// has at most one root.
struct ClusterKeys {
    private var nodeOfMention: [Int]
    private var parent: [Int] = []
    private var label: [String] = []
    private var rootOfKey: [String: Int] = [:]

    init(_ keys: [String]) {
        nodeOfMention = []
        nodeOfMention.reserveCapacity(keys.count)
        for key in keys { nodeOfMention.append(node(for: key)) }
    }

    private mutating func node(for key: String) -> Int {
        if let root = rootOfKey[key] { return root }
        parent.append(parent.count)
        label.append(key)
        rootOfKey[key] = parent.count - 1
        return parent.count - 1
    }

    private mutating func root(_ node: Int) -> Int {
        var r = node
        while parent[r] != r { r = parent[r] }
        var n = node
        while parent[n] != r {
            let next = parent[n]
            parent[n] = r
            n = next
        }
        return r
    }

    /// The key of a mention; setting it moves that mention alone.
    subscript(mention: Int) -> String {
        mutating get { label[root(nodeOfMention[mention])] }
        set { nodeOfMention[mention] = node(for: newValue) }
    }

    /// Gives every mention whose key is `from` the key `to`.
    mutating func relabel(_ from: String, to: String) {
        guard from != to, let source = rootOfKey.removeValue(forKey: from) else { return }
        if let target = rootOfKey[to] {
            parent[source] = target
        } else {
            label[source] = to
            rootOfKey[to] = source
        }
    }
}
