import Foundation
@testable import NewsGraph
import Testing
import _NewsGraphTestSupport

/// ``RelationReservation``: the relation array of a graph read from a large regular file is
/// reserved once from the rate of its first relations; nothing else changes.
@Suite("relation array reserved from a file's size")
struct RelationReservationTests {
    private static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "newsgraph-reservation-\(UInt64.random(in: 0...UInt64.max)).\(suffix)"
        ).path
    }

    /// Runs `body` with a scratch file of `bytes` bytes open for reading and writing (its offset
    /// stands for how far a reader has read), removed afterwards.
    private static func withScratchFile(bytes: Int, _ body: (Int32) throws -> Void) rethrows {
        let path = temporaryPath("bin")
        defer { unlink(path) }
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(ftruncate(fd, off_t(bytes)) == 0)
        try body(fd)
    }

    /// Adds relations 0..<2,048 as a reader 1 MiB into the file at the 1,024th and 5 MiB in at the
    /// last would: 1,024 relations in 4 MiB.
    private static func readFirstPart(into graph: inout KnowledgeGraph, _ reservation: inout RelationReservation, fd: Int32) {
        for index in 0..<2048 {
            if index == 1023 { lseek(fd, 1 << 20, SEEK_SET) }
            if index == 2047 { lseek(fd, 5 << 20, SEEK_SET) }
            graph.add(relation(index))
            reservation.note(&graph)
        }
    }

    private static func relation(_ index: Int) -> Relation {
        Relation(
            source: "a\(index / 7)", predicate: .accused, target: "b\(index)",
            evidence: [Evidence(documentID: "d", sentence: "s", start: index, end: index + 1)])
    }

    @Test("the rate between the 1,024th relation and 4 MiB later sets the room for the rest of the file")
    func rateAndRemainder() throws {
        try Self.withScratchFile(bytes: 16 << 20) { fd in
            var graph = KnowledgeGraph()
            var reservation = RelationReservation(fd: fd)
            Self.readFirstPart(into: &graph, &reservation, fd: fd)
            // 1,024 relations in 4 MiB, 11 MiB to go: 2,048 + 1.3 × 2,816.
            #expect(graph.relations.valuesCapacity >= 2048 + 3660)
            #expect(graph.relations.valuesCapacity < 8192)
            let capacity = graph.relations.valuesCapacity
            for index in 2048..<5000 {
                graph.add(Self.relation(index))
                reservation.note(&graph)
            }
            #expect(graph.relations.valuesCapacity == capacity, "reserved once, never moved again")
            #expect(graph.relations.count == 5000)
            #expect(graph.relations.map(\.target) == (0..<5000).map { "b\($0)" })
        }
    }

    @Test("merge: the first file's reservation counts the later files' bytes at its rate, so a second file moves nothing")
    func laterFiles() throws {
        try Self.withScratchFile(bytes: 16 << 20) { fd in
            var graph = KnowledgeGraph()
            var reservation = RelationReservation(fd: fd, laterBytes: 16 << 20)
            Self.readFirstPart(into: &graph, &reservation, fd: fd)
            // 1,024 relations in 4 MiB, 11 MiB of this file and 16 MiB of the next to go:
            // 2,048 + 1.3 × (2,816 + 4,096).
            #expect(graph.relations.valuesCapacity >= 2048 + 8985)
            let capacity = graph.relations.valuesCapacity
            // The second file, read into the same graph at the same rate (1,024 relations in its
            // 4 MiB after the 3,072nd), fits in that room.
            var second = RelationReservation(fd: fd)
            lseek(fd, 0, SEEK_SET)
            for index in 2048..<9000 {
                if index == 4095 { lseek(fd, 4 << 20, SEEK_SET) }
                graph.add(Self.relation(index))
                second.note(&graph)
            }
            #expect(graph.relations.valuesCapacity == capacity, "reserved once, for both files")
            #expect(graph.relations.count == 9000)
        }
    }

    @Test("a first part denser than the rest reserves at most the file's size in bytes of relations")
    func capped() throws {
        try Self.withScratchFile(bytes: 64 << 20) { fd in
            var graph = KnowledgeGraph()
            var reservation = RelationReservation(fd: fd)
            // 1,024 relations, then 129 × 1,024 more within 4 MiB: a rate that would expect ~2.5 million
            // relations for the 59 MiB left, more bytes of relations than the file has.
            for index in 0..<(130 * 1024) {
                if index == 1023 { lseek(fd, 1 << 20, SEEK_SET) }
                if index == 130 * 1024 - 1 { lseek(fd, 5 << 20, SEEK_SET) }
                graph.add(Self.relation(index))
                reservation.note(&graph)
            }
            let cap = (64 << 20) / RelationTable.bytesPerRelation
            #expect(reservation.reserved > 0 && reservation.reserved <= cap, "\(reservation.reserved)")
            // (The rate alone would reserve more: the test exercises the cap.)
            let uncapped = Double(130 * 1024) + Double(129 * 1024) / Double(4 << 20) * Double(59 << 20) * 1.3
            #expect(uncapped > Double(cap), "bytes a relation \(RelationTable.bytesPerRelation)")
            // (Each column's buffer is rounded up to what the allocator gives: a page at most.)
            #expect(graph.relations.valuesCapacity <= Swift.max(cap, 2 * graph.relations.count) + 4096, "\(graph.relations.valuesCapacity)")
            #expect(graph.relations.count == 130 * 1024)
        }
    }

    @Test("a small file or a pipe reserves nothing")
    func smallOrPipe() throws {
        try Self.withScratchFile(bytes: 7 << 20) { fd in
            var pipeEnds: [Int32] = [0, 0]
            #expect(pipe(&pipeEnds) == 0)
            defer {
                close(pipeEnds[0])
                close(pipeEnds[1])
            }
            for descriptor in [fd, pipeEnds[0]] {
                var graph = KnowledgeGraph()
                var plain = KnowledgeGraph()
                var reservation = RelationReservation(fd: descriptor)
                for index in 0..<3000 {
                    if descriptor == fd, index == 2047 { lseek(fd, 6 << 20, SEEK_SET) }
                    graph.add(Self.relation(index))
                    plain.add(Self.relation(index))
                    reservation.note(&graph)
                }
                // (Not the two capacities compared: an array's capacity is what the allocator gave, which may
                // differ by a few elements between two arrays grown alike.)
                #expect(reservation.reserved == 0)
                #expect(graph.relations.valuesCapacity < 2 * plain.relations.valuesCapacity)
            }
        }
    }

    @Test("a JSON graph over 8 MiB read from its file is the graph read from its bytes")
    func largeFileReadsTheSame() throws {
        var graph = KnowledgeGraph()
        // Few relations, long sentences: 4,000 relations in 12 MB.
        let sentence = String(repeating: "Words of a sentence long enough to fill the file quickly. ", count: 50)
        for index in 0..<400 { graph.add(Entity(id: "e\(index)", name: "Entity \(index)", kind: .organization)) }
        for index in 0..<4000 {
            graph.add(
                Relation(
                    source: "e\(index % 400)", predicate: .accused, target: "e\((index % 400 + 1 + index / 400) % 400)",
                    evidence: [Evidence(documentID: "d\(index % 50)", sentence: sentence, start: index, end: index + 9)]))
        }
        let sink = MemorySink()
        try JSONGraphFormat.write(graph, to: sink, pretty: false)
        #expect(graph.relations.count == 4000)
        #expect(sink.bytes.count > 8 << 20)
        let path = Self.temporaryPath("json")
        defer { unlink(path) }
        try Data(sink.bytes).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        var read = KnowledgeGraph()
        try JSONGraphReader.read(fd: fd, prefix: [], path: path, into: &read)
        let same = read == graph
        #expect(same)
        let fromBytes = try JSONGraphReader.read(bytes: sink.bytes, path: path)
        let sameOrder = read.relations.map(\.key) == fromBytes.relations.map(\.key)
        #expect(sameOrder, "the same relations in the same order as read from memory")
        #expect(read.relations.valuesCapacity != fromBytes.relations.valuesCapacity, "the file's read was reserved")
    }
}
