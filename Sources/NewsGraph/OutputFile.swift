#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output goes: a file written atomically, or standard output.
public enum OutputTarget: Equatable, Sendable {
    /// Standard output (`-`).
    case standardOutput
    /// A file path.
    case file(String)

    /// `-` means standard output; anything else is a path.
    public init(path: String) {
        self = path == "-" ? .standardOutput : .file(path)
    }

    /// The path as the user gave it (`-` for standard output).
    public var displayPath: String {
        switch self {
        case .standardOutput: "-"
        case .file(let path): path
        }
    }

    /// Runs `body` with a sink for this target. A file is written atomically: see
    /// ``AtomicFile/write(to:_:)``.
    public func write<R>(_ body: (ByteSink) throws -> R) throws -> R {
        let session = try OutputSession(self)
        do {
            let result = try body(session.sink)
            try session.commit()
            return result
        } catch {
            session.abort()
            throw error
        }
    }

    /// The same as ``write(_:)`` for an asynchronous body.
    public func write<R>(_ body: (ByteSink) async throws -> R) async throws -> R {
        let session = try OutputSession(self)
        do {
            let result = try await body(session.sink)
            try session.commit()
            return result
        } catch {
            session.abort()
            throw error
        }
    }
}

/// One output being written: standard output, or a temporary file that becomes the
/// target on ``commit()`` and disappears on ``abort()``.
final class OutputSession {
    let sink: FileDescriptorSink
    private let fd: Int32
    private let path: String?
    private let temporary: String?
    private var finished = false

    init(_ target: OutputTarget) throws {
        switch target {
        case .standardOutput:
            fd = STDOUT_FILENO
            path = nil
            temporary = nil
            sink = FileDescriptorSink(fd: STDOUT_FILENO, path: "-")
        case .file(let path):
            let directory: String
            let name: String
            if let slash = path.lastIndex(of: "/") {
                directory = slash == path.startIndex ? "/" : String(path[..<slash])
                name = String(path[path.index(after: slash)...])
            } else {
                directory = "."
                name = path
            }
            guard !name.isEmpty else { throw NewsGraphError(.io, "not a file name", path: path) }
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw NewsGraphError(.io, "is a directory", path: path)
            }
            var template = Array((directory + "/." + name + ".tmp-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else {
                throw NewsGraphError(.io, "cannot create a file in \(directory): \(systemErrorMessage(errno))", path: path)
            }
            self.fd = fd
            self.path = path
            temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            sink = FileDescriptorSink(fd: fd, path: path)
        }
    }

    /// Flushes; for a file, gives it the usual permissions and renames it into place.
    func commit() throws {
        finished = true
        guard let path, let temporary else {
            try sink.flush()
            return
        }
        do {
            try sink.flush()
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
            guard close(fd) == 0 else {
                throw NewsGraphError(.io, "cannot write: \(systemErrorMessage(errno))", path: path)
            }
            guard rename(temporary, path) == 0 else {
                throw NewsGraphError(.io, "cannot replace the file: \(systemErrorMessage(errno))", path: path)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Removes the temporary file; the target is left as it was.
    func abort() {
        guard !finished else { return }
        finished = true
        if let temporary {
            close(fd)
            unlink(temporary)
        }
    }

    deinit { abort() }
}

/// Writes files so that readers never see a partial one.
public enum AtomicFile {
    /// Writes a file through a temporary file in the same folder, renamed into place
    /// when `body` returns. If `body` throws, or writing fails, the temporary file is
    /// removed and nothing at `path` changes.
    ///
    /// The new file gets the usual permissions (0666 less the umask).
    /// - Throws: ``NewsGraphError`` with code `.io`, or whatever `body` throws.
    public static func write<R>(to path: String, _ body: (ByteSink) throws -> R) throws -> R {
        try OutputTarget.file(path).write(body)
    }
}
