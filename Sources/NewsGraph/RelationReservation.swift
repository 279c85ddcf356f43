#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes room for a graph file's relations once, early, instead of letting the relation array
/// double as it fills: each doubling copied every relation read so far into a new buffer, and
/// the new buffer's pages were faulted in while the old ones were still held (on one graph
/// that is a sixth of the page faults of `convert` at 10k/50k; in `merge` the last copy can
/// set the peak).
///
/// A streaming reader calls ``note(_:)`` after adding each relation. For a regular file, once
/// a sixteenth of it (at least 4 MiB) was read past the point where the graph held its first
/// 1,024 relations, the relations per byte read since then and the bytes still to read give
/// the number of relations to expect; the relation array is reserved for those read plus 1.3
/// times those expected (the first part of a file spends more bytes per relation than the
/// rest: on the benchmark's files the rate alone fell 10–13 % short, and a reservation short
/// of the end costs one more doubling than none), and at most as many relations as the file's
/// size in bytes of relations. A guess too high costs address space (pages never written are
/// never resident), which the cap keeps under the file's size; a guess too low leaves the rest
/// to doubling, as before. Pipes, standard input and small files (under 8 MiB) reserve nothing. The graph
/// read is the same either way.
///
/// `merge` reads several files into one graph: the first file's reservation also counts the
/// bytes of the inputs still to come (`laterBytes`), at the same rate, so the relations of the
/// first file are not moved when a later file's reservation grows the array (at 1M/5M that
/// move held ~1 GB twice for a moment, on top of the merged graph).
package struct RelationReservation {
    private let fd: Int32
    private let size: Int
    private var done: Bool
    private var startOffset = -1
    private var startCount = 0
    /// Bytes of later inputs read into the same graph (counted at this file's rate).
    private let laterBytes: Int
    /// The room reserved, in relations (0 while none was).
    package private(set) var reserved = 0

    /// Bytes read past the first relations before the rate is trusted (the readers read
    /// 256 KiB at a time, so the file offset runs ahead of the parse by at most that).
    static let span = 4 << 20

    /// - Parameters:
    ///   - fd: the file being read.
    ///   - laterBytes: the size of the regular files still to be read into the same graph after this one.
    package init(fd: Int32, laterBytes: Int = 0) {
        self.fd = fd
        self.laterBytes = Swift.max(0, laterBytes)
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) >= 2 * Self.span {
            size = Int(info.st_size)
            done = false
        } else {
            size = 0
            done = true
        }
    }

    /// A reservation that never reserves (a reader of bytes in memory).
    package static var none: RelationReservation { RelationReservation() }

    private init() {
        fd = -1
        laterBytes = 0
        size = 0
        done = true
    }

    /// Called after each relation added to `graph`; costs a comparison but every 1,024 relations.
    @inline(__always) package mutating func note(_ graph: inout KnowledgeGraph) {
        guard !done, graph.relations.count & 1023 == 0 else { return }
        measure(&graph)
    }

    private mutating func measure(_ graph: inout KnowledgeGraph) {
        let offset = Int(lseek(fd, 0, SEEK_CUR))
        let count = graph.relations.count
        guard offset >= 0 else {
            done = true
            return
        }
        if startOffset < 0 {
            startOffset = offset
            startCount = count
            return
        }
        let read = offset - startOffset
        guard read >= Swift.max(Self.span, size / 16) else { return }
        done = true
        let perByte = Double(count - startCount) / Double(read)
        var expected = Double(count) + perByte * Double(Swift.max(0, size - offset) + laterBytes) * 1.3
        // At most as many bytes of relations as the files have: a first part denser than the rest
        // (short links, then long evidence) must not reserve several times the file (under an
        // address-space limit or strict overcommit that aborted a read that fits without it).
        expected = Swift.min(expected, Double(size + laterBytes) / Double(RelationTable.bytesPerRelation))
        guard expected.isFinite, expected < Double(Int32.max), Int(expected) > count else { return }
        reserved = Int(expected)
        graph.reserveRelationValues(reserved)
        // The key index for the relations expected without the margin (a slot is written, so
        // memory, where room in the columns is address space): at 1M/5M the index was rebuilt
        // from 4M to 8M slots at 2.9M relations, every key hashed again from its ends' hashes.
        // Parallel edges (one key) make the guess high: the index then has more empty slots.
        // Only for the last file read (no bytes left after it): one file read alone, or the last
        // of a `merge`, whose index is sized for what is read by then. Not before: in `merge` the
        // files may share most keys (a file merged with itself), and an index sized for all the
        // bytes ahead would raise its peak.
        if laterBytes == 0 {
            let unpadded = Double(count) + perByte * Double(Swift.max(0, size - offset))
            graph.reserveRelationIndex(Int(Swift.min(unpadded, Double(reserved))))
        }
    }
}
