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
/// ~100 bytes of heap for each of them. The index holds positions only (8 bytes a slot, under
/// 70 % full), and compares the document's, the span's and the sentence's bytes before it
/// shares anything: a sentence shared is the same bytes as the one it replaces, so nothing
/// read or written changes.
package struct EvidenceSentences {
    /// Per slot, the location's hash in the high 32 bits and the relation's position + 1 in the
    /// low 32 (0: empty).
    private var slots: [UInt64] = []
    private var mask = -1

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
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for index in relations.indices {
            relations.forEachEvidence(at: index) { item in
                let hash = Self.hash(item.documentID, item.start, item.end)
                var slot = Int(hash) & mask
                // One relation per location: the many relations one sentence states share its
                // string already, and indexing each made one long probe run (review, issue 15).
                while slots[slot] != 0 {
                    let entry = slots[slot]
                    if UInt32(truncatingIfNeeded: entry >> 32) == hash,
                        relations.evidence(at: Int(entry & 0xFFFF_FFFF) - 1, location: item.location) != nil
                    {
                        return
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
            }
        }
        self.slots = slots
        self.mask = mask
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
        guard mask >= 0, !bytes.isEmpty else { return nil }
        let hash = Self.hash(document, start, end)
        var slot = Int(hash) & mask
        let location = Evidence.Location(documentID: document, start: start, end: end)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash,
                let item = graph.relations.evidence(at: Int(entry & 0xFFFF_FFFF) - 1, location: location)
            {
                // (One location per relation is indexed: its sentence is the one to share, if the bytes agree.)
                return Self.same(item.sentence, bytes) ? item.sentence : nil
            }
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
