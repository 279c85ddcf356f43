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
        // Per mention, the norms of its words without a leading "the", computed once.
        let mentionNorms: [[String]] = mentions.map { m in
            var result: [String] = []
            for k in m.start..<m.end where tokens[k].kind == .word { result.append(tokens[k].norm) }
            if result.first == "the", result.count > 1 { result.removeFirst() }
            return result
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
        for (index, m) in mentions.enumerated() where m.kind == .person && m.end - m.start >= 2 {
            let n = mentionNorms[index]
            if n.count >= 2 {
                allFullNameSuffixes.insert([n[n.count - 1]])
                if n.count >= 3 { allFullNameSuffixes.insert(Array(n.suffix(2))) }
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
            let n = mentionNorms[index]
            let isLoneName = n.count == 1 || (n.count == 2 && lexicon.lexicon.connectors.contains(n[0]))
            // A lone name may be a surname whatever kind its context suggested ("in McCarthy's career").
            let surnameOfKnownPerson = isLoneName && allFullNameSuffixes.contains(n)
            if !isLoneName || (m.kind != .person && !surnameOfKnownPerson) {
                let key = "S" + n.joined(separator: " ")
                assign(index, key, m.kind)
                if m.kind == .person, n.count >= 2 { fullNames.append((key, n)) }
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
        for (index, m) in mentions.enumerated() where keyOf[index] == nil {
            let n = mentionNorms[index]
            var best: String?
            var bestFirst = -1
            for candidate in fullNamesByLast[n.last ?? ""] ?? []
            where candidate.norms.count > n.count && Array(candidate.norms.suffix(n.count)) == n {
                let first = firstIndexOfKey[candidate.key] ?? Int.max
                if best == nil || (first < index && first > bestFirst) {
                    best = candidate.key
                    if first < index { bestFirst = first }
                }
            }
            if best == nil, n.count == 1 {
                // "Halvorsen" for "Halvorsen Pharma": the first word of exactly one longer organization name.
                let keys = Set(orgStarts[n[0]] ?? [])
                if keys.count == 1 { best = keys.first }
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
        for (index, m) in mentions.enumerated() where m.actor == nil && m.end - m.start == 1 && tokens[m.start].isAllCaps {
            let acronym = tokens[m.start].norm
            var target = initialsOf[acronym]
            // "Trading International S.A. (TNK)": an acronym in brackets right after a name.
            if m.start >= 2, tokens[m.start - 1].text == "(", m.end < tokens.count, tokens[m.end].text == ")",
                let previous = mentions.lastIndex(where: { $0.end == m.start - 1 }), previous != index
            {
                target = keyOf[previous]
            }
            if let target, target != keyOf[index], let old = keyOf[index] {
                for k in mentions.indices where keyOf[k] == old { keyOf[k] = target }
            }
        }
        // "Jajarkot" for "Jajarkot District": a lone name that starts exactly one longer place or organization name.
        var loneKeys: [String: [Int]] = [:]
        for (index, m) in mentions.enumerated() where m.actor == nil {
            guard let key = keyOf[index], key.hasPrefix("S"), !key.utf8.contains(0x20) else { continue }
            _ = m
            loneKeys[key, default: []].append(index)
        }
        for (key, indices) in loneKeys {
            let word = String(key.dropFirst())
            let targets = Set(orgStarts[word] ?? []).subtracting([key])
            // A place is not its airport: "Pokhara" stays apart from "Pokhara International Airport".
            let loneIsPlace = indices.contains { mentions[$0].kind == .location }
            if targets.count == 1, let target = targets.first, !(loneIsPlace && clusterKind[target] == .facility) {
                for index in indices { keyOf[index] = target }
            }
        }
        // "Trading International S.A." for "TNK Trading International S.A.": the end of a longer organization name.
        var orgKeys: [String: [String]] = [:]  // key -> norms
        for (index, m) in mentions.enumerated() where m.actor == nil && m.kind == .organization && m.partOf == nil {
            if let key = keyOf[index], mentionNorms[index].count > orgKeys[key]?.count ?? 0 { orgKeys[key] = mentionNorms[index] }
        }
        for (key, n) in orgKeys where n.count >= 2 {
            let longer = orgKeys.filter { $0.key != key && $0.value.count > n.count && Array($0.value.suffix(n.count)) == n }
            if longer.count == 1, let target = longer.first?.key {
                for index in mentions.indices where keyOf[index] == key { keyOf[index] = target }
            }
        }
        // "known as A or B": two names for one actor.
        for (index, m) in mentions.enumerated()
        where m.start >= 2 && tokens[m.start - 1].norm == "as" && tokens[m.start - 2].norm == "known" {
            // "X, known as Y"
            if m.start >= 4, tokens[m.start - 3].text == ",", let named = mentions.lastIndex(where: { $0.end == m.start - 3 }),
                let from = keyOf[index], let to = keyOf[named], from != to, !(mentions[named].kind == .person) || m.kind == .person
            {
                for k in mentions.indices where keyOf[k] == from { keyOf[k] = to }
            }
            guard m.end + 1 < tokens.count, ["or", "and", ","].contains(tokens[m.end].norm),
                let other = mentions.firstIndex(where: { $0.start == m.end + 1 }), let from = keyOf[other], let to = keyOf[index],
                from != to
            else { continue }
            for k in mentions.indices where keyOf[k] == from { keyOf[k] = to }
        }
        // Build entities in order of first mention.
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for index in mentions.indices {
            guard let key = keyOf[index] else { continue }
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
                for s in [mentions[index].surface] + mentions[index].extraAliases where seen.insert(s).inserted {
                    surfaces.append(s)
                }
            }
            let name: String
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
                    }.map { stripArticle($0.surface) } ?? surfaces[0]
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
                kind = guess
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

    private func stripArticle(_ s: String) -> String {
        if s.hasPrefix("the "), s.count > 4 { return String(s.dropFirst(4)) }
        if s.hasPrefix("The "), s.count > 4 { return String(s.dropFirst(4)) }
        return s
    }
}
