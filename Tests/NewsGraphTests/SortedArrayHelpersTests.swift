@testable import NewsGraph
import Testing

/// The sorted-array helpers the extractor's tables share (binary search, runs kept once in place).
@Suite("Sorted array helpers")
struct SortedArrayHelpersTests {
    @Test("partitionPoint finds the first element not before the key, at both ends too")
    func partitionPoint() {
        let values = [1, 3, 3, 5, 8]
        #expect(values.partitionPoint { $0 < 3 } == 1)
        #expect(values.partitionPoint { $0 < 4 } == 3)
        #expect(values.partitionPoint { $0 < 0 } == 0)
        #expect(values.partitionPoint { $0 < 9 } == 5)
        #expect([Int]().partitionPoint { $0 < 1 } == 0)
    }

    @Test("removeAdjacentDuplicates keeps the first of each run, by the given sameness, and leaves distant repeats")
    func adjacentDuplicates() {
        var values = [1, 1, 2, 2, 2, 3, 1, 1]
        values.removeAdjacentDuplicates(by: ==)
        #expect(values == [1, 2, 3, 1])
        // By a key: the first of each group (the high 32 bits), whatever its low bits.
        var pairs: [UInt64] = [5 << 32 | 9, 5 << 32 | 2, 6 << 32 | 1, 6 << 32 | 0, 7 << 32]
        pairs.removeAdjacentDuplicates { $0 >> 32 == $1 >> 32 }
        #expect(pairs == [5 << 32 | 9, 6 << 32 | 1, 7 << 32])
        var empty: [Int] = []
        empty.removeAdjacentDuplicates(by: ==)
        #expect(empty.isEmpty)
        var one = [4]
        one.removeAdjacentDuplicates(by: ==)
        #expect(one == [4])
    }
}
