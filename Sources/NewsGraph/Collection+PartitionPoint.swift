extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `isBefore` (the collection partitioned: every element
    /// `isBefore` comes first), by binary search; `endIndex` when all are.
    @inline(__always) package func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) >> 1
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
