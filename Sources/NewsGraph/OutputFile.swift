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
    /// Whether `fd` was opened here (a device or pipe) and must be closed here.
    private var ownsDescriptor = false
    private var finished = false
    /// The temporary file's slot in ``TemporaryFiles``, which an interrupted run removes.
    private var tracked: Int?

    init(_ target: OutputTarget) throws {
        switch target {
        case .standardOutput:
            fd = STDOUT_FILENO
            path = nil
            temporary = nil
            sink = FileDescriptorSink(fd: STDOUT_FILENO, path: "-")
        case .file(let given):
            var info = stat()
            if stat(given, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    throw NewsGraphError(.io, "is a directory", path: given)
                case S_IFREG:
                    break
                default:
                    // A device, pipe or socket (/dev/null, a FIFO): written straight, never replaced.
                    let fd = open(given, O_WRONLY | O_CLOEXEC)
                    guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: given) }
                    self.fd = fd
                    path = nil
                    temporary = nil
                    ownsDescriptor = true
                    sink = FileDescriptorSink(fd: fd, path: given)
                    return
                }
            }
            // A symbolic link is followed: the file it points to is replaced, the link stays.
            let path = Self.resolvingLink(given)
            let directory: String
            let name: String
            if let slash = path.lastIndex(of: "/") {
                directory = slash == path.startIndex ? "/" : String(path[..<slash])
                name = String(path[path.index(after: slash)...])
            } else {
                directory = "."
                name = path
            }
            guard !name.isEmpty else { throw NewsGraphError(.io, "not a file name", path: given) }
            var template = Array((directory + "/." + name + ".tmp-XXXXXX").utf8CString)
            // Created and tracked with the signals blocked: an interrupted run removes it.
            let (fd, slot) = TemporaryFiles.create(template: &template)
            guard fd >= 0 else {
                throw NewsGraphError(.io, "cannot create a file in \(directory): \(systemErrorMessage(errno))", path: given)
            }
            self.fd = fd
            self.path = path
            let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            self.temporary = temporary
            sink = FileDescriptorSink(fd: fd, path: given)
            tracked = slot
        }
    }

    /// Where a symbolic link finally points (relative targets resolved against the
    /// link's folder); the path itself when it is not a link.
    static func resolvingLink(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + target
            } else {
                current = target
            }
        }
        return current
    }

    /// Flushes; for a file, gives it the usual permissions and renames it into place.
    func commit() throws {
        finished = true
        guard let path, let temporary else {
            try sink.flush()
            if ownsDescriptor, close(fd) != 0 {
                throw NewsGraphError(.io, "cannot write: \(systemErrorMessage(errno))", path: sink.path)
            }
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
            untrack()
        } catch {
            unlink(temporary)
            untrack()
            throw error
        }
    }

    private func untrack() {
        if let tracked { TemporaryFiles.unregister(tracked) }
        tracked = nil
    }

    /// Removes the temporary file; the target is left as it was.
    func abort() {
        guard !finished else { return }
        finished = true
        if let temporary {
            close(fd)
            unlink(temporary)
            untrack()
        } else if ownsDescriptor {
            close(fd)
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
