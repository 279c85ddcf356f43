import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files being written right now (``OutputTarget`` writes a file as
/// `.<name>.tmp-XXXXXX` beside it), so that an interrupted run can remove them.
///
/// ``removeAll()`` is async-signal-safe: it only reads memory that was set up before and
/// calls `unlink`, so a program's SIGINT or SIGTERM handler may call it (the CLI does, then
/// exits 130 or 143). Each of the ``capacity`` slots holds a path in a buffer of its own,
/// allocated once; a slot is published (its flag set, after a fence) only once its bytes are
/// written, and is never freed. More files at once than slots are written all the same;
/// only the extra ones are not removed on a signal.
public enum TemporaryFiles {
    /// How many files are tracked at once.
    public static let capacity = 64
    /// The longest path tracked, in bytes, with its terminating NUL.
    static let pathBytes = 4096

    /// Per slot: 0 free, 1 being filled, 2 published.
    nonisolated(unsafe) private static let flags: UnsafeMutablePointer<Int> = {
        let flags = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        flags.initialize(repeating: 0, count: capacity)
        return flags
    }()
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<CChar> = {
        let paths = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * pathBytes)
        paths.initialize(repeating: 0, count: capacity * pathBytes)
        return paths
    }()
    private static let lock = Mutex(())
    /// How many threads are between creating a temporary file and tracking it. Such a thread
    /// blocks ``signals``, so a signal is handled on another thread, whose ``removeAll()``
    /// waits for it: no file is created too late to be removed.
    private static let creating = Atomic<Int>(0)

    /// The signals an interrupted run handles by calling ``removeAll()``: SIGINT, SIGTERM, SIGHUP.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Makes the storage exist now, so that a signal handler never runs an initializer.
    public static func prepare() {
        _ = flags
        _ = paths
    }

    /// Starts tracking `path`; returns its slot for ``unregister(_:)``, or `nil` when every
    /// slot is taken or the path is too long.
    public static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < pathBytes else { return nil }
        prepare()
        let slot: Int? = lock.withLock { _ in
            guard let free = (0..<capacity).first(where: { flags[$0] == 0 }) else { return nil }
            flags[free] = 1
            return free
        }
        guard let slot else { return nil }
        let buffer = paths + slot * pathBytes
        bytes.withUnsafeBufferPointer { source in
            for index in 0..<source.count { buffer[index] = CChar(bitPattern: source[index]) }
        }
        buffer[bytes.count] = 0
        atomicMemoryFence(ordering: .sequentiallyConsistent)
        flags[slot] = 2
        return slot
    }

    /// Creates and opens a new file from `template` (as `mkstemp`: a path ending in `XXXXXX`,
    /// which is replaced in place) and tracks it, with ``signals`` blocked in this thread
    /// meanwhile: a signal that comes between the file's creation and its tracking is handled
    /// once the file is tracked, so it is removed. Returns the descriptor (-1 with `errno` set
    /// when the file cannot be created) and the slot for ``unregister(_:)``.
    public static func create(template: inout [CChar]) -> (fd: Int32, slot: Int?) {
        prepare()
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for number in signals { sigaddset(&blocked, number) }
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        creating.add(1, ordering: .sequentiallyConsistent)
        defer {
            creating.subtract(1, ordering: .sequentiallyConsistent)
            // A signal that came meanwhile is handled now, on this thread or another.
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return (fd, nil) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (fd, register(path))
    }

    /// Stops tracking the file of `slot` (it was renamed into place or removed).
    public static func unregister(_ slot: Int) {
        lock.withLock { _ in
            flags[slot] = 0
        }
    }

    /// Removes every tracked file, once the files being created on other threads are tracked
    /// (it waits for them up to two seconds). Async-signal-safe: no allocation, no lock, only
    /// atomic loads, `nanosleep` and `unlink`.
    public static func removeAll() {
        var waits = 0
        while creating.load(ordering: .sequentiallyConsistent) > 0 && waits < 2000 {
            var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
            nanosleep(&pause, nil)
            waits += 1
        }
        for slot in 0..<capacity where flags[slot] == 2 {
            unlink(paths + slot * pathBytes)
        }
    }
}
