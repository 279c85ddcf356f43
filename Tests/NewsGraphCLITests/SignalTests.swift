import Foundation
import Testing
import _NewsGraphTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C and `kill` in the middle of writing: a real child process is sent the signal while
/// its output's temporary file exists; it must remove the file and exit 130 (SIGINT) or
/// 143 (SIGTERM), leaving no output.
@Suite("Interrupted runs leave no temporary file")
final class SignalTests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws { directory = try TestSupport.temporaryDirectory("signals") }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The `.<name>.tmp-XXXXXX` files in the directory.
    func temporaryFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp-") }
    }

    /// Waits (up to ten minutes: other work may share the machine) until `condition` holds or the process ends; whether it held.
    func wait(for process: Process, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(600)
        while Date() < deadline {
            if try condition() { return true }
            if !process.isRunning { return try condition() }
            usleep(2_000)
        }
        return false
    }

    func start(_ arguments: [String], stdin: Pipe? = nil, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = stdin ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The size of a file in the directory, 0 when it is gone.
    func size(_ name: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path(name))[.size] as? Int) ?? 0
    }

    @Test(
        "a signal during extract --emit fragments, with fragments written, removes the temporary file and exits 128 + the signal",
        arguments: [(SIGINT, 130), (SIGTERM, 143)] as [(Int32, Int32)])
    func extractFragments(signal: Int32, status: Int32) throws {
        // Enough documents that the run is still writing when the signal comes.
        var lines = ""
        for index in 0..<100_000 {
            lines += #"{"id": "d\#(index)", "text": "Iran accused Israel of attacking Gaza on day \#(index). Norway met Brazil."}"# + "\n"
        }
        try Data(lines.utf8).write(to: URL(fileURLWithPath: path("in.jsonl")))
        let process = try start(["extract", path("in.jsonl"), "--emit", "fragments", "-o", path("out.jsonl"), "-q"])
        let written = try wait(for: process) { try temporaryFiles().contains { size($0) > 0 } }
        #expect(written, "the run ended before its temporary file got a fragment")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(try temporaryFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path("out.jsonl")))
    }

    /// Starts `extract - --emit fragments -o out.jsonl` with standard input left open (a feed
    /// piped in) and one document written; once the output's temporary file exists, sends
    /// SIGTERM: the run must exit 143 leaving neither the temporary file nor an output.
    func terminateWaitingExtract(environment: [String: String] = [:]) throws {
        let input = Pipe()
        let process = try start(
            ["extract", "-", "--emit", "fragments", "-o", path("out.jsonl")], stdin: input, environment: environment)
        input.fileHandleForWriting.write(Data(#"{"id": "a", "text": "Iran accused Israel of attacking Gaza."}"#.utf8 + [0x0A]))
        let opened = try wait(for: process) { !(try temporaryFiles().isEmpty) }
        #expect(opened, "the temporary file was never created")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        #expect(try temporaryFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path("out.jsonl")))
    }

    @Test("a signal while extract waits on standard input, its output open, removes the temporary file")
    func extractWaiting() throws {
        try terminateWaitingExtract()
    }

    @Test("a signal between the temporary file's creation and its tracking removes it too")
    func signalWhileCreating() throws {
        // The window between mkstemp creating the file and the file being tracked is
        // microseconds long; a preloaded mkstemp that sleeps half a second once the file exists
        // widens it, so the signal surely comes inside it.
        let source = """
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <unistd.h>
            static int slow(const char *name, char *template) {
                int (*real)(char *) = (int (*)(char *))dlsym(RTLD_NEXT, name);
                int fd = real(template);
                if (fd >= 0) usleep(500000);
                return fd;
            }
            int mkstemp(char *template) { return slow("mkstemp", template); }
            int mkstemp64(char *template) { return slow("mkstemp64", template); }
            """
        try Data(source.utf8).write(to: URL(fileURLWithPath: path("slow-mkstemp.c")))
        let clang = try TestSupport.tool("clang", package: "clang")
        let built = try TestSupport.run(clang, ["-shared", "-fPIC", "-o", path("slow-mkstemp.so"), path("slow-mkstemp.c"), "-ldl"])
        try #require(built.status == 0, "\(built.stderr)")
        try terminateWaitingExtract(environment: ["LD_PRELOAD": path("slow-mkstemp.so")])
    }

    @Test("a signal during merge's writing removes the temporary file and exits 130")
    func merge() throws {
        // A graph big enough that writing its GraphML takes a while.
        var json = #"{"nodes": ["#
        let nodes = 2000
        for index in 0..<nodes {
            json += (index > 0 ? "," : "") + #"{"id": "n\#(index)", "label": "Actor \#(index)", "type": "Person"}"#
        }
        json += #"], "links": ["#
        let sentence = String(repeating: "Actor one met actor two and they talked for a long time. ", count: 20)
        for index in 0..<30000 {
            json += (index > 0 ? "," : "")
            json += #"{"source": "n\#(index % nodes)", "target": "n\#((index * 7 + 1) % nodes)", "relation": "accused", "#
            json += #""evidence": [{"document": "d\#(index)", "start": 0, "end": 100, "sentence": "\#(sentence)"}]}"#
        }
        json += "]}"
        try Data(json.utf8).write(to: URL(fileURLWithPath: path("big.json")))
        let process = try start(["merge", path("big.json"), "-o", path("out.graphml")])
        let writing = try wait(for: process) { !(try temporaryFiles().isEmpty) }
        #expect(writing, "merge finished before its temporary file was seen")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(try temporaryFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path("out.graphml")))
    }
}
