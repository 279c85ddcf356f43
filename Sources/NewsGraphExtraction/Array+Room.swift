extension Array {
    /// Makes room for `count` elements: when full, a quarter more than it can hold (at least
    /// 16), not twice as much, as `append` would (issue 14: a table of names only grows its
    /// per-string and per-name arrays to the end, and doubling left up to half of each unused
    /// at the peak; a quarter costs about four copies of each element in all, not one).
    @inline(__always) mutating func makeRoom(for count: Int) {
        if capacity < count { reserveCapacity(Swift.max(count, capacity + capacity >> 2, 16)) }
    }

    /// Appends `element`, growing by a quarter when full (``makeRoom(for:)``).
    @inline(__always) mutating func appendGrowingSlowly(_ element: Element) {
        makeRoom(for: count + 1)
        append(element)
    }

    /// Appends `value` until the array holds `count` elements, growing by ``makeRoom(for:)``.
    mutating func extend(to count: Int, with value: Element) {
        guard self.count < count else { return }
        makeRoom(for: count)
        append(contentsOf: repeatElement(value, count: count - self.count))
    }

    /// The elements in an array of their own size, for a table built by growing and then only read
    /// (the lexicon's per-word tables: growing by doubling left up to half of each unused for the
    /// whole run). (`Array(self[...])` would hand back the same buffer.)
    func exactCopy() -> [Element] {
        capacity > count ? withUnsafeBufferPointer { Array($0) } : self
    }
}
