import Foundation

/// What a finished process printed and how it ended.
public struct ProcessResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String
}

/// Helpers shared by the test targets: running programs, temporary folders, the
/// reference files kept in the repository. Not part of the product.
public enum TestSupport {
    /// The package's root folder, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The official schemas and sample files the tests check against (`Tests/Reference`,
    /// with their sources and licences in `schemas/SOURCES.md`). Kept in the repository so
    /// that a clone with nothing beside it passes its tests.
    public static let reference: URL = packageRoot.appendingPathComponent("Tests/Reference")

    /// The annotated public-domain news texts (`dev/`, `dev2/`, with `SOURCES.md`) and
    /// the project's own (`corpus/`, `heldout/`).
    public static let corpora: URL = packageRoot.appendingPathComponent("Tests/NewsGraphExtractionTests/Fixtures")

    /// The Python of the virtual environment with NetworkX 3 that `Tests/setup-python.sh`
    /// makes (Tests/run.sh runs it), or an error saying so.
    public static func networkX3Python() throws -> String {
        let path = packageRoot.appendingPathComponent(".build/networkx3/bin/python3").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw MissingTool(description: "\(path) is missing: run bash Tests/setup-python.sh (Tests/run.sh does)")
        }
        return path
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The path of a program, or an error naming the Debian package that provides it.
    /// A name without a `/` is looked up on `PATH`.
    public static func tool(_ path: String, package: String) throws -> String {
        var candidates = [path]
        if !path.contains("/") {
            let directories = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            candidates = directories.split(separator: ":").map { "\($0)/\(path)" }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw MissingTool(description: "\(path) is missing: install the Debian package \(package) (Tests/run.sh does)")
        }
        return found
    }

    /// Raised when a program the tests drive is not installed.
    public struct MissingTool: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs a program to completion and captures its output.
    @discardableResult
    public static func run(
        _ executable: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
        in directory: URL? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes while the child runs, so a full pipe cannot block it.
        let errorReader = Thread.detachedReader(err.fileHandleForReading)
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorReader.wait()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension Thread {
    /// Reads a file handle to its end on a separate thread.
    fileprivate static func detachedReader(_ handle: FileHandle) -> PendingRead {
        let pending = PendingRead()
        let thread = Thread {
            pending.finish(handle.readDataToEndOfFile())
        }
        thread.start()
        return pending
    }
}

/// The result of a read running on another thread.
private final class PendingRead: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func finish(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data!
    }
}

/// A small, fast, seedable generator (SplitMix64, Steele, Lea, Flood 2014), so that
/// randomized tests see the same inputs on every run.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Words that all share one 32-bit FNV-1a hash: the input that made FNV-1a-keyed tables
/// quadratic (issue 14; `Benchmarks/pathological/make_shape.py`'s `fnv-flood` makes the
/// same kind of file at any size). FNV-1a's collisions chain: each pair below holds two
/// 8-letter blocks that leave the same state from the state the pairs before leave, so
/// every choice of one block per pair gives one hash.
public enum FNVFlood {
    /// The colliding block pairs (random letters, found by a birthday search).
    static let pairs: [(String, String)] = [
        ("UXHUlcJK", "csEWYvPs"), ("KgDmxLfz", "ZiEqZlkY"), ("kmyvBrzT", "HuPShzwn"),
        ("UKYEmFZz", "FUagaTiP"), ("FMuHsMBO", "rvZMzjOo"), ("KJqSMgrG", "LYfSXvxX"),
        ("AXDQqfrf", "NVSwniuI"), ("JTWCpLmC", "OAznEcsi"), ("uizXpSKZ", "YrflgyAd"),
        ("tqUZWVtg", "rozVQdXJ"),
    ]

    /// `2^bits` distinct words (`bits` ≤ 10) of `8 · 10` letters with one FNV-1a hash.
    public static func words(bits: Int) -> [String] {
        precondition(bits <= pairs.count)
        return (0..<(1 << bits)).map { mask in
            pairs.indices.map { (mask >> $0) & 1 == 0 ? pairs[$0].0 : pairs[$0].1 }.joined()
        }
    }

    /// FNV-1a (32 bits) of the UTF-8 bytes.
    public static func fnv1a(_ word: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
