import Foundation
import NewsGraph
import NewsGraphExport

#if canImport(Glibc)
    import Glibc
#endif

/// Helpers shared by the fuzz targets.
public enum Fuzz {
    /// The bytes libFuzzer hands over, copied.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// A file in memory (`/dev/shm` when there is one) holding `bytes`, for the entry points
    /// that read paths; removed after `body`.
    public static func withFile<T>(_ bytes: [UInt8], extension ext: String, _ body: (String) throws -> T) rethrows -> T {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(folder)/newsgraph-fuzz-\(getpid()).\(ext)"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(fd >= 0, "cannot create \(path)")
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n <= 0 { break }
                written += n
            }
        }
        close(fd)
        defer { unlink(path) }
        return try body(path)
    }

    /// Writes the graph in every format into memory (every writer on every graph read).
    public static func writeAll(_ graph: KnowledgeGraph) {
        for format in GraphFormat.allCases {
            let sink = MemorySink()
            _ = try? Exporter.writer(for: format, options: ExportOptions(threads: 1)).write(graph, to: sink)
        }
    }
}
