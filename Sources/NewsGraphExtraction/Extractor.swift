import Foundation
import NewsGraph

/// Turns one news document into its knowledge graph: actors, typed relations, evidence.
///
/// The pipeline is a chain of internal stages, each testable alone: a segmenter
/// (sentences and tokens with Unicode scalar offsets), a mention finder (gazetteer,
/// capitalized spans, titles), an entity resolver (aliases, surnames, acronyms,
/// demonyms) and a relation finder (verb and noun patterns, compounds, titles,
/// locatives, attribution). Every rule's vocabulary comes from a ``Lexicon``.
///
/// An extractor is an immutable value and is safe to share between tasks.
public struct Extractor: Sendable {
    /// The lexicon in use.
    public let lexicon: Lexicon
    /// The options in use.
    public let options: ExtractionOptions
    let compiled: CompiledLexicon
    /// Token strings kept from one document to the next, one per extraction running at a time.
    let sharedStrings = SharedStrings()

    /// The most relations one sentence yields (distinct source, predicate and target; the
    /// first found are kept). A list of N coordinated names ("A, B, … and Z signed") has
    /// N²/2 pairs, each carrying the whole sentence as evidence: without a bound, 9 KB of
    /// text gave 4.7 GB of JSON. With it, a document's output is at most a constant times
    /// its length.
    public static let maxRelationsPerSentence = 64

    /// With ``ExtractionOptions/cooccurrence``, the most actors of one sentence that are
    /// linked to each other: the first ones named (at most 120 `co_occurs` edges a sentence).
    public static let maxCooccurringActorsPerSentence = 16

    /// Creates an extractor.
    /// - Parameters:
    ///   - lexicon: actors and patterns; defaults to ``Lexicon/builtIn``. Pass
    ///     `Lexicon.builtIn.merging(user)` to add a user's lexicon to the built-in one.
    ///   - options: what to add beyond stated relations.
    /// - Complexity: compiles the lexicon's look-up tables, O(size of the lexicon).
    public init(lexicon: Lexicon = .builtIn, options: ExtractionOptions = .init()) {
        self.lexicon = lexicon
        self.options = options
        self.compiled = lexicon.isBuiltIn ? CompiledLexicon.builtIn : CompiledLexicon(lexicon)
    }

    /// Everything the stages found in one document.
    struct Analysis {
        var segmentation: Segmentation
        var mentions: [MentionCandidate]
        var titles: [TitleCandidate]
        var entities: ResolvedEntities
        var owner: MentionOwners
        var relations: FoundRelations
    }

    /// - Parameter strings: strings kept from earlier documents to add this one's to (see
    ///   ``Segmenter/segment(_:reusing:)``); `nil`: strings of its own.
    func analyze(_ document: Document, strings: TokenStrings? = nil) -> Analysis {
        var seg = compiled.segmenter.segment(document.text, reusing: strings)
        // (A document's own strings: no more strings are added, and the index is let go.)
        if strings == nil { seg.strings.releaseIndex() }
        compiled.intern(&seg)
        Tagger(lexicon: compiled).tag(&seg)
        // (Tagged: a document's own strings let their readings go, see ``TokenStrings/releaseAnalyses()``.)
        if strings == nil { seg.strings.releaseAnalyses() }
        let (mentions, titles) = MentionFinder(lexicon: compiled).find(seg)
        let (entities, owner) = EntityResolver(lexicon: compiled).resolve(mentions, seg, titles: titles)
        // (The local word numbers are the resolver's alone: let go before the relations are found,
        // 4 bytes a norm, 2.8 MB of a text of 700k names; issue 14.)
        seg.localOfString = []
        if strings == nil { seg.strings.releaseLocalWords() }
        let relations = RelationFinder(lexicon: compiled).find(
            seg: seg, mentions: mentions, owner: owner, entities: entities, titles: titles)
        return Analysis(segmentation: seg, mentions: mentions, titles: titles, entities: entities, owner: owner, relations: relations)
    }

    /// The syntax of every sentence of a document (for tests and debugging).
    func syntax(_ document: Document) -> (Analysis, RelationFinder.Context, [SentenceSyntax]) {
        let analysis = analyze(document)
        let ctx = RelationFinder.Context(
            seg: analysis.segmentation, mentions: analysis.mentions, owner: analysis.owner, entities: analysis.entities,
            titles: analysis.titles)
        let finder = ClauseFinder(ctx: ctx, lexicon: compiled)
        let sentences = analysis.segmentation.sentences.map { finder.parse($0.tokens.lowerBound, $0.tokens.upperBound) }
        return (analysis, ctx, sentences)
    }

    /// Extracts the graph of one document.
    ///
    /// The graph holds one entity per actor named in the text (canonical name, kind,
    /// aliases, mentions as scalar offsets), the relations stated between them, each
    /// with its evidence sentence, confidence and rule, and the document's record.
    /// - Parameter document: the text and its metadata.
    /// - Returns: the document's graph; merge graphs of several documents with
    ///   ``KnowledgeGraph/merge(_:)``.
    public func extract(_ document: Document) -> KnowledgeGraph {
        // The strings of earlier documents, used by this extraction alone until it gives them back.
        // (A long document has strings of its own: it would outgrow the bound anyway, and
        // strings of one document need no record of which document read them.)
        var strings: TokenStrings? = document.text.utf8.count > Self.ownStringsFrom ? nil : sharedStrings.take()
        let analysis = analyze(document, strings: strings)
        // (Strings grown past the bound are let go with the document's tokens, before its graph is built.)
        if strings.map({ $0.count > SharedStrings.most }) ?? false { strings = nil }
        // (Consumed: the tokens and mention candidates go before the graph is built, as they did
        // when the analysis was a temporary; a copy kept them, +40 MB on a 16.7 MB document.)
        let graph = graph(for: document, analysis: consume analysis)
        if let strings { sharedStrings.give(strings) }
        return graph
    }

    /// The size in UTF-8 bytes from which a document is segmented into strings of its own, not
    /// the extractor's shared ones (``SharedStrings``).
    static let ownStringsFrom = 1 << 20

    /// The document's graph from its analysis, which it consumes: the tokens and the mention
    /// candidates are let go once each mention's scalar span and sentence are read, before the
    /// graph's own entities, relations and evidence are built (at the peak of a long
    /// document's extraction they were alive together).
    func graph(for document: Document, analysis: consuming Analysis) -> KnowledgeGraph {
        // Each mention's scalar span and sentence (32-bit: a document is at most 2 GiB).
        var mentionStart = [Int32](repeating: 0, count: analysis.mentions.count)
        var mentionEnd = [Int32](repeating: 0, count: analysis.mentions.count)
        var mentionSentence = [Int32](repeating: 0, count: analysis.mentions.count)
        for (index, m) in analysis.mentions.enumerated() {
            mentionStart[index] = Int32(truncatingIfNeeded: analysis.segmentation.tokens[m.start].start)
            mentionEnd[index] = Int32(truncatingIfNeeded: analysis.segmentation.tokens[m.end - 1].end)
            mentionSentence[index] = Int32(truncatingIfNeeded: m.sentence)
        }
        analysis.mentions = []
        // The scalar span of each sentence a relation or (with co-occurrence) a mention is read
        // from, taken from its tokens before they go (a sentence stores only its tokens).
        var spans: [Int32: (start: Int32, end: Int32)] = [:]
        func keepSpan(_ s: Int) {
            let key = Int32(truncatingIfNeeded: s)
            guard spans[key] == nil else { return }
            let span = analysis.segmentation.span(of: analysis.segmentation.sentences[s])
            spans[key] = (Int32(truncatingIfNeeded: span.start), Int32(truncatingIfNeeded: span.end))
        }
        for found in analysis.relations.list { keepSpan(found.sentence) }
        if options.cooccurrence {
            for index in mentionSentence.indices where analysis.owner[index] >= 0 { keepSpan(Int(mentionSentence[index])) }
        }
        func span(_ s: Int) -> (start: Int, end: Int) {
            guard let span = spans[Int32(truncatingIfNeeded: s)] else { preconditionFailure("the span of every sentence read is kept") }
            return (Int(span.start), Int(span.end))
        }
        // The tokens and their strings (each distinct text and norm, their tables) go too: the
        // graph needs only the text and the sentences.
        analysis.segmentation.tokens = Tokens(strings: TokenStrings(capacity: 0))
        analysis.segmentation.localOfString = []
        analysis.titles = []
        let seg = analysis.segmentation
        var graph = KnowledgeGraph()
        graph.add(document.info)
        // Each entity's mentions, in mention order: `mentionOf[firstMention[e]..<firstMention[e + 1]]`
        // (counted out from the owner of each mention).
        var firstMention = [Int32](repeating: 0, count: analysis.entities.count + 1)
        for owner in analysis.owner where owner >= 0 { firstMention[owner + 1] += 1 }
        for e in analysis.entities.indices { firstMention[e + 1] += firstMention[e] }
        var mentionOf = [Int32](repeating: 0, count: Int(firstMention[analysis.entities.count]))
        var filled = firstMention
        for (index, owner) in analysis.owner.enumerated() where owner >= 0 {
            mentionOf[Int(filled[owner])] = Int32(truncatingIfNeeded: index)
            filled[owner] += 1
        }
        filled = []
        // Without co-occurrence the mention owners and sentences are read no more.
        if !options.cooccurrence {
            analysis.owner = MentionOwners(repeating: -1, count: 0)
            mentionSentence = []
        }
        // The ids the relations are drawn between, kept as each node is made (every entity's
        // with co-occurrence, where any two named in a sentence may be related): a `String` per
        // entity was 11 MB at the peak of a text of 700k names and 64 relations.
        // `idPlace[e]` is entity e's place in `ids` (-1: none).
        var idPlace = [Int32](repeating: options.cooccurrence ? 0 : -1, count: analysis.entities.count)
        if !options.cooccurrence {
            for found in analysis.relations.list {
                idPlace[found.source] = 0
                idPlace[found.target] = 0
            }
        }
        var ids: [String] = []
        ids.reserveCapacity(idPlace.lazy.filter { $0 == 0 }.count)
        // (Room for every entity at once: a table doubling while the last ones are added held
        // the old one beside it, at the peak of a text of names only.)
        graph.reserveCapacity(entities: analysis.entities.count, relations: 0)
        for position in analysis.entities.indices {
            // Each resolved entity's surfaces are let go as its node is made; its name and id are
            // made as `String`s here, for the graph (the resolver keeps them as bytes).
            let entity = analysis.entities[position]
            analysis.entities.surfaces[position] = []
            let own = Int(firstMention[position])..<Int(firstMention[position + 1])
            // (No surfaces: the name was the only one.)
            let aliases = entity.surfaces.isEmpty ? [] : Set(entity.surfaces)
            func mention(_ index: Int32) -> Mention {
                Mention(documentID: document.id, start: Int(mentionStart[Int(index)]), end: Int(mentionEnd[Int(index)]))
            }
            let node: Entity
            if own.count == 1 {
                // (Named once: no `Set` for the one mention, ~120 bytes an entity of a text of names.)
                node = Entity(id: entity.id, name: entity.name, kind: entity.kind, aliases: aliases, mention: mention(mentionOf[own.lowerBound]))
            } else if mentionOf[own].allSatisfy({ mentionStart[Int($0)] >= 0 && mentionEnd[Int($0)] >= 0 }) {
                // (The spans in one array, 8 bytes a mention: a `Set` of the 250k mentions of one
                // body was ~17 MB, at the peak of a text of 250k short sentences. Packed here, as the
                // entity stores them: the generic `spans:` initializer, not specialized across
                // modules, read a lazy map through witness tables.)
                node = Entity(
                    id: entity.id, name: entity.name, kind: entity.kind, aliases: aliases, documentID: document.id,
                    packedSpans: mentionOf[own].map {
                        UInt64(UInt32(truncatingIfNeeded: mentionStart[Int($0)])) << 32 | UInt64(UInt32(truncatingIfNeeded: mentionEnd[Int($0)]))
                    })
            } else {
                node = Entity(
                    id: entity.id, name: entity.name, kind: entity.kind, aliases: aliases, documentID: document.id,
                    spans: mentionOf[own].lazy.map { (start: Int(mentionStart[Int($0)]), end: Int(mentionEnd[Int($0)])) })
            }
            if idPlace[position] == 0 {
                idPlace[position] = Int32(truncatingIfNeeded: ids.count)
                ids.append(node.id)
            }
            graph.add(node)
        }
        // The resolved entities (their names and ids as bytes, their surfaces) and each mention's
        // span go once every node is made: the relations and their evidence need only the ids (at
        // the peak of a text of names only they were alive beside the graph's own strings).
        analysis.entities = ResolvedEntities()
        mentionStart = []
        mentionEnd = []
        firstMention = []
        mentionOf = []
        // Each sentence's text is cut once, however many relations it states (relations come in
        // sentence order: the current sentence's text is the only one kept; an optional `String`
        // per sentence took 16 bytes a sentence, 8 per byte of "! ! !").
        var sentenceText: String?
        // At most `maxRelationsPerSentence` distinct relations per sentence, whatever the stages
        // found (found in sentence order: one set, emptied at each new sentence). Both passes below
        // read the relations kept by that bound, through this one walk.
        var sentenceRelations = Set<SentenceRelation>()
        func forEachKept(_ body: (FoundRelation, SentenceRelation, _ newSentence: Bool) -> Void) {
            var currentSentence = -1
            for found in analysis.relations.list {
                let newSentence = found.sentence != currentSentence
                if newSentence {
                    assert(found.sentence > currentSentence, "relations are found in sentence order")
                    currentSentence = found.sentence
                    sentenceRelations.removeAll(keepingCapacity: true)
                }
                let key = SentenceRelation(source: found.source, predicate: found.predicate, target: found.target)
                if sentenceRelations.count >= Self.maxRelationsPerSentence, !sentenceRelations.contains(key) { continue }
                sentenceRelations.insert(key)
                body(found, key, newSentence)
            }
        }
        // How many pieces of evidence each relation read from two sentences or more gathers (the
        // sentences it is read from, within each one's bound), and the last of them: its evidence
        // gets that room when it is added (grown by doubling, the evidence of one relation read
        // from each of 250k sentences held its old storage beside the new, a third of it).
        var evidenceRoom: [SentenceRelation: (count: Int32, last: Int32)] = [:]
        forEachKept { found, key, _ in
            let sentence = Int32(truncatingIfNeeded: found.sentence)
            if let room = evidenceRoom[key] {
                if room.last != sentence { evidenceRoom[key] = (room.count + 1, sentence) }
            } else {
                evidenceRoom[key] = (1, sentence)
            }
        }
        forEachKept { found, key, newSentence in
            if newSentence { sentenceText = nil }
            let sentence = span(found.sentence)
            let text = sentenceText ?? seg.text(sentence.start, sentence.end)
            sentenceText = text
            let evidence = Evidence(
                documentID: document.id, sentence: text, start: sentence.start,
                end: sentence.end, confidence: found.confidence, rule: analysis.relations.rule(found),
                role: analysis.relations.role(found))
            let relation = Relation(
                source: ids[Int(idPlace[found.source])], predicate: found.predicate, target: ids[Int(idPlace[found.target])],
                evidence: [evidence])
            // (The room is asked for once, at the relation's first piece.)
            if let room = evidenceRoom.removeValue(forKey: key), room.count > 1 {
                graph.add(relation, evidenceRoom: Int(room.count))
            } else {
                graph.add(relation)
            }
        }
        if options.cooccurrence {
            // Each sentence's actors in the order they are first named, the first
            // `maxCooccurringActorsPerSentence` of them.
            var bySentence: [Int: [Int]] = [:]
            for index in mentionSentence.indices where analysis.owner[index] >= 0 {
                let owner = analysis.owner[index]
                let sentence = Int(mentionSentence[index])
                if let members = bySentence[sentence],
                    members.count >= Self.maxCooccurringActorsPerSentence || members.contains(owner)
                {
                    continue
                }
                bySentence[sentence, default: []].append(owner)
            }
            for (s, members) in bySentence where members.count >= 2 {
                let sentence = span(s)
                let text = seg.text(sentence.start, sentence.end)
                let sorted = members.map { ids[Int(idPlace[$0])] }.sorted()
                for x in 0..<sorted.count {
                    for y in (x + 1)..<sorted.count where sorted[x] != sorted[y] {
                        let evidence = Evidence(
                            documentID: document.id, sentence: text, start: sentence.start, end: sentence.end, confidence: 1,
                            rule: "co-occurrence")
                        graph.add(Relation(source: sorted[x], predicate: .coOccurs, target: sorted[y], evidence: [evidence]))
                    }
                }
            }
        }
        return graph
    }

    /// Explains every relation of a document's graph: the rule that produced it, the
    /// sentence it was read from and its confidence (what `--explain` prints).
    /// - Parameter document: the text and its metadata.
    /// - Returns: one explanation per (relation, sentence), sorted by source, predicate,
    ///   target and offset.
    public func explain(_ document: Document) -> [Explanation] {
        let graph = extract(document)
        var result: [Explanation] = []
        for relation in graph.sortedRelations {
            for evidence in relation.evidence {
                result.append(
                    Explanation(
                        source: relation.source, predicate: relation.predicate.name, target: relation.target,
                        rule: evidence.rule ?? "", sentence: evidence.sentence, start: evidence.start, end: evidence.end,
                        confidence: evidence.confidence, role: evidence.role))
            }
        }
        return result
    }
}

/// The ``TokenStrings`` an extractor keeps between documents: each distinct word of the
/// documents it reads is numbered, normalised, shaped and looked up in the vocabulary once, not
/// once per document (short news documents meet most of their words in earlier ones). Each set
/// of strings is used by one extraction at a time: ``take()`` hands it out and no other call
/// sees it until ``give(_:)`` puts it back, both under the lock, so that extractions on several
/// threads never share one (at most as many sets as extractions ever ran at once).
/// (`NSLock`, a pthread mutex, rather than `Synchronization.Mutex`: ThreadSanitizer does not see
/// the futex that `Mutex` waits on as ordering, and reported every hand-over as a race.)
final class SharedStrings: @unchecked Sendable {
    private let lock = NSLock()
    /// Only read or written under `lock`.
    private var free: [TokenStrings] = []

    /// The most strings a set may hold and be kept: past it (a long document, or a corpus of
    /// many distinct words) it is let go, and the next extraction starts a new one. About 100
    /// bytes a string: ~13 MB per set.
    static let most = 1 << 17

    /// A set of strings for one extraction: one put back by an earlier one, else a new one.
    func take() -> TokenStrings {
        lock.withLock { free.popLast() } ?? TokenStrings(capacity: 4096, tokens: 1 << 14, frontBits: 14, keepsStrings: true)
    }

    /// Puts back a set of strings after its extraction (which no longer reads it).
    func give(_ strings: TokenStrings) {
        lock.withLock { free.append(strings) }
    }
}
