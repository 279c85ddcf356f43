import Foundation
import _NewsGraphTestSupport

enum CLI {
    /// The `newsgraph` executable in the build folder, beside the test runner.
    static let executable: String = {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("newsgraph").path),
            directory.path != "/"
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("newsgraph").path
    }()

    /// Runs `newsgraph` with the arguments.
    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> ProcessResult {
        try TestSupport.run(executable, arguments, stdin: stdin, in: directory)
    }
}
