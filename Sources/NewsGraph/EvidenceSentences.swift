#if canImport(Glibc)
    import Glibc
#endif

/// The evidence of a graph's relations by where each sentence stands (its document and span),
/// so that a reader merging a file into the graph shares the graph's string for a sentence it
/// reads again at the same place, instead of making another copy of it.
///
/// Graphs of one corpus state a sentence at one place: two shards of overlapping documents,
/// or the same documents read with other settings, hold the same sentences under other
/// relations. Merging such a file into a graph of millions of relations made a new string of
/// ~100 bytes of heap for each of them. The index holds positions only (4 bytes a slot, under
/// 70 % full: the position in the low 24 bits and the top 8 bits of the location's hash above
/// them while the graph has fewer than 2^24 − 1 relations, else the position alone), and
/// compares the document's, the span's and the sentence's bytes before it
/// shares anything: a sentence shared is the same bytes as the one it replaces, so nothing
/// read or written changes.
package struct EvidenceSentences {
    /// Per slot, the relation's position + 1 in the low 24 bits (0: empty) and the top 8 bits of
    /// the location's hash above them, or, for a graph of 2^24 − 1 relations or more, the
    /// position + 1 alone (``tagged``). Slots of 8 bytes, hash and position, made this index
    /// 67 MB at the peak of `merge` of two 1M/5M files.
    private var slots: [UInt32] = []
    private var mask = -1
    private var tagged = true

    /// A slot for the relation at `position` whose location hashes to `hash`.
    @inline(__always) private static func slot(_ position: Int, _ hash: UInt32, tagged: Bool) -> UInt32 {
        tagged ? hash & 0xFF00_0000 | UInt32(position + 1) : UInt32(position + 1)
    }

    /// The position a slot holds, and whether its tag is `hash`'s (always, untagged).
    @inline(__always) private static func entry(_ slot: UInt32, _ hash: UInt32, tagged: Bool) -> (position: Int, same: Bool) {
        tagged ? (Int(slot & 0xFF_FFFF) - 1, slot & 0xFF00_0000 == hash & 0xFF00_0000) : (Int(slot) - 1, true)
    }

    /// An index of nothing.
    package init() {}

    /// Indexes every piece of evidence of `graph`'s relations (none when it has none).
    package init(_ graph: KnowledgeGraph) {
        let relations = graph.relations
        guard !relations.isEmpty, relations.count < Int(UInt32.max) else { return }
        var pieces = 0
        for index in relations.indices { pieces += relations.evidenceCount(at: index) }
        guard pieces > 0 else { return }
        var size = 16
        while pieces * 10 > size * 7 { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        let tagged = relations.count < 0xFF_FFFF
        for index in relations.indices {
            relations.forEachEvidence(at: index) { item in
                let hash = Self.hash(item.documentID, item.start, item.end)
                var slot = Int(hash) & mask
                // One relation per location: the many relations one sentence states share its
                // string already, and indexing each made one long probe run (review, issue 15).
                while slots[slot] != 0 {
                    let (position, same) = Self.entry(slots[slot], hash, tagged: tagged)
                    if same, relations.evidence(at: position, location: item.location) != nil {
                        return
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Self.slot(index, hash, tagged: tagged)
            }
        }
        self.slots = slots
        self.mask = mask
        self.tagged = tagged
    }

    /// Whether nothing is indexed.
    package var isEmpty: Bool { mask < 0 }

    /// The sentence of a piece of `graph`'s evidence at (`document`, `start`, `end`) whose bytes
    /// are `bytes`, if the index knows one: the graph's own string, to be shared.
    /// - Precondition: `graph` holds at least the relations it held when indexed, at the same
    ///   positions (a reader only adds relations and evidence).
    package func sentence(
        in graph: KnowledgeGraph, document: String, start: Int, end: Int, bytes: UnsafeRawBufferPointer
    ) -> String? {
        guard !bytes.isEmpty, let indexed = indexedSentence(in: graph, document: document, start: start, end: end) else { return nil }
        // (One location per relation is indexed: its sentence is the one to share, if the bytes agree.)
        return Self.same(indexed, bytes) ? indexed : nil
    }

    /// The sentence the graph states at (`document`, `start`, `end`), if the index knows one:
    /// the graph's own string, to be shared by a reader that finds its bytes equal to the
    /// ones it reads (``JSONScanner/string(sameAs:)``).
    /// - Precondition: as ``sentence(in:document:start:end:bytes:)``'s.
    package func sentence(in graph: KnowledgeGraph, document: String, start: Int, end: Int) -> String? {
        guard let indexed = indexedSentence(in: graph, document: document, start: start, end: end) else { return nil }
        return indexed.isEmpty ? nil : indexed
    }

    /// The sentence of the indexed evidence at (`document`, `start`, `end`), found by probing the
    /// slots from the location's hash; nil when the index holds none there.
    private func indexedSentence(in graph: KnowledgeGraph, document: String, start: Int, end: Int) -> String? {
        guard mask >= 0 else { return nil }
        let hash = Self.hash(document, start, end)
        var slot = Int(hash) & mask
        let location = Evidence.Location(documentID: document, start: start, end: end)
        while true {
            if slots[slot] == 0 { return nil }
            let (position, same) = Self.entry(slots[slot], hash, tagged: tagged)
            if same, let item = graph.relations.evidence(at: position, location: location) { return item.sentence }
            slot = (slot + 1) & mask
        }
    }

    /// A location's hash: the document id's bytes and the span (seeded, as every table keyed
    /// by input bytes is).
    private static func hash(_ document: String, _ start: Int, _ end: Int) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(start)
        hasher.combine(end)
        var document = document
        document.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return UInt32(truncatingIfNeeded: hasher.finalize())
    }

    /// Whether a string's UTF-8 is `bytes`.
    private static func same(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var string = string
        return string.withUTF8 { utf8 in bytesEqual(UnsafeRawBufferPointer(utf8), bytes) }
    }
}
