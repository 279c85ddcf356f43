import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphCorpus
import NewsGraphExport
import NewsGraphLayout
import NewsGraphXML

/// Input, output and error reporting shared by the subcommands. The exit codes are
/// decided here and only here.
enum Frontend {
    /// Prints a one-line error on stderr.
    static func report(_ message: String) { emit("error", message) }

    /// `newsgraph: <kind>: message` on stderr, on one line.
    private static func emit(_ kind: String, _ message: String) {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("newsgraph: \(kind): \(line)\n".utf8))
    }

    /// Prints a note on stderr, unless `quiet`.
    static func note(_ message: String, quiet: Bool) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("newsgraph: \(message)\n".utf8))
    }

    /// Ends a successful run at once. Every output is complete and closed by then; what
    /// exiting skips is freeing the graph object by object, which takes a few per cent of a
    /// corpus run for nothing. (`exit` still flushes the C streams.)
    static func finish() -> Never {
        exit(0)
    }

    /// `1 relation`, `2 relations`, `2 entities`.
    static func count(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) \(count == 1 ? one : many ?? one + "s")"
    }

    /// Prints a warning on stderr (shown even with --quiet: it is about the input).
    static func warn(_ message: String) { emit("warning", message) }

    /// Warns, in one line, about documents whose date is not ISO 8601: RDF/XML writes it as a
    /// plain string (a SPARQL date filter misses it) and GEXF's timeline leaves it out.
    static func warnDates(_ graph: KnowledgeGraph) {
        let odd = graph.sortedDocuments.filter { $0.date.map { ISODate.parse($0) == nil } ?? false }
        guard !odd.isEmpty else { return }
        let shown = odd.prefix(3).map { "\($0.id) ('\($0.date!)')" }.joined(separator: ", ")
        warn(
            "\(count(odd.count, "document")) with a date that is not ISO 8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ): "
                + shown + (odd.count > 3 ? ", …" : "")
                + "; kept as text: RDF/XML types it as a string, not xsd:date, and GEXF's timeline leaves it out")
    }

    /// Blocks of 128 KiB and more (token arrays, texts, tables of a long document) are mapped
    /// and unmapped on their own, never kept in the heap: glibc's default threshold rises to the
    /// size of each large block freed (up to 32 MiB), after which such blocks come from the heap
    /// and what a stage freed stays in the process. On one 16.7 MB document this took 11 MB off
    /// the peak resident size (same output).
    /// (`mallopt` is not in the Glibc module Swift imports: it is looked up by name, and
    /// `M_MMAP_THRESHOLD` is -3 in glibc's `malloc.h`. Nothing happens under another C library.)
    static func keepLargeBlocksMapped() {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(-3, 128 * 1024)
    }

    /// On SIGINT, SIGTERM or SIGHUP: removes the temporary files being written (see
    /// ``TemporaryFiles``) and exits 128 + the signal's number (130, 143, 129), as a shell
    /// reports an interrupted command. Only async-signal-safe calls: `unlink`, `_exit`.
    static func handleSignals() {
        TemporaryFiles.prepare()
        for signalNumber in TemporaryFiles.signals {
            signal(signalNumber) { number in
                TemporaryFiles.removeAll()
                _exit(128 + number)
            }
        }
    }

    /// Runs a verb's body, turning every error into one line on stderr and an exit code.
    static func run(_ body: () throws -> Void) throws {
        keepLargeBlocksMapped()
        handleSignals()
        do {
            try body()
        } catch {
            throw handle(error)
        }
    }

    /// ``run(_:)`` for an asynchronous body.
    static func runAsync(_ body: () async throws -> Void) async throws {
        keepLargeBlocksMapped()
        handleSignals()
        do {
            try await body()
        } catch {
            throw handle(error)
        }
    }

    /// Reports an error and gives the exit code to leave with.
    private static func handle(_ error: any Error) -> any Error {
        switch error {
        case let error as ExitCode:
            return error
        case let error as NewsGraphError:
            report(error.description)
        case let error as XMLError:
            report(error.description)
        default:
            report("\(error)")
        }
        return ExitCode.failure
    }

    /// Reads a graph file (`-` for stdin), recognising the format from the content.
    static func loadGraph(_ path: String) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        try loadGraph(path, into: &graph)
        return graph
    }

    /// The size of the regular file at `path`; 0 for standard input, a pipe or a path that cannot be read
    /// (its error comes when it is opened).
    static func regularFileSize(_ path: String) -> Int {
        var info = stat()
        guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// Reads a graph file (`-` for stdin) into `graph`, merging. GraphML, GEXF, JSON and
    /// JSON Lines fragments all stream from the file or pipe, whatever its size (the graph is
    /// built as the bytes come). `laterBytes`: the size of the files still to be read into `graph` after this one (`merge`),
    /// counted in the room reserved for the relations.
    static func loadGraph(_ path: String, into graph: inout KnowledgeGraph, laterBytes: Int = 0) throws {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw NewsGraphError(.io, "cannot open: \(systemErrorMessage(errno))", path: path) }
        }
        defer { if path != "-" { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw NewsGraphError(.io, "is a directory", path: path) }
        // The start of the input tells the format; it is handed on to the reader, never read twice.
        var prefix: [UInt8] = []
        var first: UInt8?
        while first == nil, try InputFile.appendChunk(from: fd, path: path, to: &prefix) > 0 {
            first = prefix.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        }
        guard let first else { throw NewsGraphError(.invalidInput, "empty input", path: path) }
        switch first {
        case UInt8(ascii: "{"):
            try JSONGraphReader.read(fd: fd, prefix: prefix, path: path, into: &graph, laterBytes: laterBytes)
        case UInt8(ascii: "<"):
            try GraphMLReader.read(fd: fd, prefix: prefix, name: path, into: &graph, laterBytes: laterBytes)
        default:
            throw NewsGraphError(.invalidInput, "not a graph (expected JSON, GraphML or GEXF)", path: path)
        }
    }

    /// Writes a graph in the chosen format to the chosen target, atomically for files.
    /// - Parameters:
    ///   - graph: the graph.
    ///   - options: the format, target and export options.
    ///   - threads: how many threads may write GraphML and GEXF (default: the cores).
    /// - Returns: the graph written: `graph` after the filters.
    /// - Throws: ``NewsGraphError`` for an unwritable target or a graph a format refuses.
    @discardableResult
    static func write(_ graph: KnowledgeGraph, _ options: OutputOptions, threads: Int? = nil, layout: Bool = false) throws
        -> KnowledgeGraph
    {
        var exportOptions = options.exportOptions
        if let threads { exportOptions.threads = threads }
        if options.resolvedFormat == .rdfxml, let note = options.baseNote { warn(note) }
        let graph = try filtered(graph, options.filters.filter())
        // DOT of a large graph is drawn from our positions (Graphviz's own layouts take minutes
        // there), unless --no-layout or --cluster asks for Graphviz's.
        let largeDOT =
            options.resolvedFormat == .dot && !exportOptions.cluster
            && graph.entities.count > DOTWriter.largeGraphNodeCount
        if layout || (options.drawing.layout ?? largeDOT) {
            var layoutOptions = options.drawing.options
            if let threads { layoutOptions.forceAtlas2.threads = threads }
            exportOptions.drawing = GraphLayout.draw(graph, options: layoutOptions)
        }
        let writer = Exporter.writer(for: options.resolvedFormat, options: exportOptions)
        try options.target.write { sink in try writer.write(graph, to: sink) }
        return graph
    }

    /// The graph after the filters. A date window leaves out what undated documents say
    /// (their dates are unknown): a warning says how many there were, so that an empty
    /// result of a folder of text files is not a mystery.
    static func filtered(_ graph: KnowledgeGraph, _ filter: GraphFilter) -> KnowledgeGraph {
        if filter.since != nil || filter.until != nil {
            let undated = graph.documents.values.filter { $0.date.flatMap(DocumentDate.isoDay) == nil }.count
            if undated > 0 {
                warn(
                    "--since/--until: \(undated) of \(count(graph.documents.count, "document")) \(undated == 1 ? "has" : "have") no date "
                        + "(YYYY-MM-DD): what \(undated == 1 ? "it says is" : "they say is") left out")
            }
        }
        return filter.apply(to: graph)
    }

    /// ` (kept N entities, M relations)` when filters are given, for a verb's closing note.
    static func kept(_ written: KnowledgeGraph, _ options: OutputOptions) -> String {
        guard let filter = try? options.filters.filter(), !filter.isEmpty else { return "" }
        return " (kept \(count(written.entities.count, "entity", "entities")), \(count(written.relations.count, "relation")))"
    }
}
