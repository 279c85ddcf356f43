extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `isBefore` (the collection partitioned: every element
    /// `isBefore` comes first), by binary search; `endIndex` when all are.
    /// (`@inlinable`: specialized where it is called. Generic across modules, each probe read the
    /// element through a read coroutine of the collection's witness table, its frame allocated:
    /// ~1,700 instructions a search in `FrameRules.chunk(of:_:)`, 2.4 % of extraction.)
    @inlinable @inline(__always) package func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) >> 1
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Array {
    /// Keeps the first of each run of neighbours that are `same`, in place (no second array:
    /// the sorted tables that use it are at the peak of one long sentence or one big entity).
    @inlinable package mutating func removeAdjacentDuplicates(by same: (Element, Element) -> Bool) {
        var kept = 0
        for i in indices where kept == 0 || !same(self[kept - 1], self[i]) {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
