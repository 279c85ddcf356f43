import Foundation
import NewsGraph
import Testing

@Suite("Atomic output files")
final class AtomicFileTests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    struct Boom: Error {}

    @Test("a successful write appears whole")
    func success() throws {
        let path = directory.appendingPathComponent("out.json").path
        try AtomicFile.write(to: path) { sink in
            for _ in 0..<10_000 { try sink.write("0123456789") }
        }
        #expect(try contents() == ["out.json"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 100_000)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o044 != 0, "readable by others, as umask allows")
    }

    @Test("a failed write leaves nothing behind and keeps the old file")
    func failure() throws {
        let path = directory.appendingPathComponent("out.json").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: path) { sink in
                for _ in 0..<20_000 { try sink.write("partial data ") }
                throw Boom()
            }
        }
        #expect(try contents() == ["out.json"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }

    @Test("a failed first write creates no file")
    func failureFresh() throws {
        let path = directory.appendingPathComponent("new.graphml").path
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: path) { sink in
                try sink.write("<graphml>")
                throw Boom()
            }
        }
        #expect(try contents().isEmpty)
    }

    @Test("a symbolic link is followed: the file behind it is replaced, the link stays")
    func symlink() throws {
        let real = directory.appendingPathComponent("real.json").path
        let link = directory.appendingPathComponent("link.json").path
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        try AtomicFile.write(to: link) { sink in try sink.write("new") }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        #expect(try contents() == ["link.json", "real.json"])
    }

    @Test("a pipe (or device) is written straight, never replaced by a file")
    func fifo() throws {
        let fifo = directory.appendingPathComponent("pipe").path
        let copy = directory.appendingPathComponent("copy").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // `cat` holds the read end open until the writer closes it.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, copy]
        try reader.run()
        try OutputTarget(path: fifo).write { sink in try sink.write("through the pipe") }
        reader.waitUntilExit()
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "through the pipe")
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test("an impossible destination is a one-line I/O error")
    func impossible() throws {
        let error = #expect(throws: NewsGraphError.self) {
            try AtomicFile.write(to: directory.appendingPathComponent("missing/dir/out.json").path) { _ in }
        }
        #expect(error?.code == .io)
        #expect(error?.description.contains("missing/dir/out.json") == true)
        #expect(error?.description.contains("\n") == false)
        let directoryError = #expect(throws: NewsGraphError.self) {
            try AtomicFile.write(to: directory.path) { _ in }
        }
        #expect(directoryError?.message == "is a directory")
    }
}
