/// The mentions of a document by a token position (where each starts or ends): the first or
/// the last mention at a position, found by binary search in one sorted array of 8 bytes per
/// mention.
///
/// It replaces `[Int: Int]` dictionaries (about 35 bytes per mention each, three per
/// document, ~29 MB at the peak of a 16.7 MB document) with the same answers: for each
/// position, the smallest or the largest mention index that has it.
struct MentionPositionIndex: Sendable {
    /// `position << 32 | mention index`, sorted.
    private var entries: [UInt64] = []
    private let last: Bool

    /// An empty index (`isEmpty`), answering nothing.
    init() { last = true }

    /// The mentions by `position(mention)`; the subscript gives the last (largest index) of
    /// the mentions at a position when `last`, else the first.
    init(count: Int, last: Bool, position: (Int) -> Int) {
        self.last = last
        entries.reserveCapacity(count)
        var sorted = true
        var previous: UInt64 = 0
        for index in 0..<count {
            let entry = UInt64(UInt32(truncatingIfNeeded: position(index))) << 32 | UInt64(UInt32(truncatingIfNeeded: index))
            if entry < previous { sorted = false }
            previous = entry
            entries.append(entry)
        }
        if !sorted { entries.sort() }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The first or last mention at `position` (see ``init(count:last:position:)``), if any.
    subscript(position: Int) -> Int? {
        guard position >= 0, position <= Int(UInt32.max) else { return nil }
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
