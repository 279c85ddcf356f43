/// The mentions of a document by a token position (where each starts or ends): the first or
/// the last mention at a position, found by binary search in one sorted array of 8 bytes per
/// mention.
///
/// It replaces `[Int: Int]` dictionaries (about 35 bytes per mention each, three per
/// document, ~29 MB at the peak of a 16.7 MB document) with the same answers: for each
/// position, the smallest or the largest mention index that has it.
struct MentionPositionIndex: Sendable {
    /// `position << 32 | mention index`, sorted (empty when `positions` is used).
    private var entries: [UInt64] = []
    /// When the positions do not decrease from one mention to the next (mentions in text order,
    /// the usual case), each mention's position alone, the mention being its index: 4 bytes a
    /// mention, not 8 (two such indexes were 5.6 MB at the peak of a text of 700k names).
    private var positions: [UInt32] = []
    /// Or, built by ``init(mentions:byEnd:last:)`` from mentions in text order, the mentions
    /// themselves (shared, not copied: each one's start or end is its position; issue 14).
    private var mentions: [MentionCandidate] = []
    private var byEnd = false
    private let last: Bool

    /// An empty index (`isEmpty`), answering nothing.
    init() { last = true }

    /// The mentions by `position(mention)`; the subscript gives the last (largest index) of
    /// the mentions at a position when `last`, else the first.
    init(count: Int, last: Bool, position: (Int) -> Int) {
        self.last = last
        positions.reserveCapacity(count)
        var sorted = true
        for index in 0..<count {
            let p = UInt32(truncatingIfNeeded: position(index))
            if let previous = positions.last, p < previous {
                sorted = false
                break
            }
            positions.append(p)
        }
        if sorted { return }
        positions = []
        entries.reserveCapacity(count)
        for index in 0..<count {
            entries.append(UInt64(UInt32(truncatingIfNeeded: position(index))) << 32 | UInt64(UInt32(truncatingIfNeeded: index)))
        }
        entries.sort()
    }

    /// The mentions by their end (`byEnd`) or start token; as ``init(count:last:position:)``
    /// with that position, but reading the positions from `mentions` when they do not decrease.
    init(mentions: [MentionCandidate], byEnd: Bool, last: Bool) {
        let sorted = !zip(mentions, mentions.dropFirst()).contains {
            byEnd ? $0.1.end < $0.0.end : $0.1.start < $0.0.start
        }
        if sorted {
            self.init(sharing: mentions, byEnd: byEnd, last: last)
        } else {
            self.init(count: mentions.count, last: last) { byEnd ? mentions[$0].end : mentions[$0].start }
        }
    }

    private init(sharing mentions: [MentionCandidate], byEnd: Bool, last: Bool) {
        self.last = last
        self.mentions = mentions
        self.byEnd = byEnd
    }

    var isEmpty: Bool { entries.isEmpty && positions.isEmpty && mentions.isEmpty }

    /// The first or last mention at `position` (see ``init(count:last:position:)``), if any.
    subscript(position: Int) -> Int? {
        guard position >= 0, position <= Int(UInt32.max) else { return nil }
        if !mentions.isEmpty {
            var low = 0
            var high = mentions.count
            while low < high {
                let middle = (low + high) / 2
                let at = byEnd ? mentions[middle].end : mentions[middle].start
                if last ? at <= position : at < position { low = middle + 1 } else { high = middle }
            }
            let found = last ? low - 1 : low
            guard found >= 0, found < mentions.count, (byEnd ? mentions[found].end : mentions[found].start) == position else { return nil }
            return found
        }
        if !positions.isEmpty {
            // (Sorted by position, then by mention: the first index at or past the position, or
            // the last one at or before it.)
            let p = UInt32(position)
            var low = 0
            var high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if last ? positions[middle] <= p : positions[middle] < p { low = middle + 1 } else { high = middle }
            }
            let found = last ? low - 1 : low
            guard found >= 0, found < positions.count, positions[found] == p else { return nil }
            return found
        }
        let key = UInt64(position) << 32
        // The first entry past the position's range when `last`, else the first in it.
        let bound = last ? key | 0xFFFF_FFFF : key
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if last ? entries[middle] <= bound : entries[middle] < bound { low = middle + 1 } else { high = middle }
        }
        let found = last ? low - 1 : low
        guard found >= 0, found < entries.count, entries[found] >> 32 == UInt64(position) else { return nil }
        return Int(entries[found] & 0xFFFF_FFFF)
    }
}
