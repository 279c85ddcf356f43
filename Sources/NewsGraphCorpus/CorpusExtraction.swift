import Foundation
import NewsGraph

/// How far a corpus run has got, for a progress display.
public struct CorpusProgress: Sendable {
    /// Documents extracted so far.
    public var documents: Int
    /// Documents skipped so far.
    public var skipped: Int
    /// Input bytes consumed so far.
    public var bytes: Int
    /// All input bytes, when known.
    public var totalBytes: Int?
    /// Time since the start.
    public var elapsed: Duration
}

/// What a finished corpus run did.
public struct CorpusSummary: Sendable {
    /// Documents extracted.
    public var documents: Int
    /// Documents skipped, with why, in input order.
    public var skipped: [(id: String, reason: NewsGraphError)]
    /// Input bytes read.
    public var bytes: Int
    /// Wall-clock time.
    public var elapsed: Duration
}

/// Extracts a whole corpus on every core and merges the documents' graphs into one.
///
/// Documents are read one at a time and handed to at most `workers` concurrent child
/// tasks; the graphs that come back merge into the result as they arrive. Merging is
/// commutative and associative, so the result — and every file written from it — is
/// byte-identical whatever the number of workers. Memory holds the merged graph and the
/// documents in flight, never the corpus.
public struct CorpusExtraction: Sendable {
    /// How many documents are extracted at once (default: the number of cores).
    public var workers: Int
    /// Whether a bad document stops the run (otherwise it is skipped and reported).
    public var strict: Bool
    /// The extraction of one document.
    public var extract: @Sendable (Document) -> KnowledgeGraph

    /// Creates a run.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, strict: Bool = false, extract: @escaping @Sendable (Document) -> KnowledgeGraph) {
        self.workers = max(1, workers)
        self.strict = strict
        self.extract = extract
    }

    /// Runs the extraction over everything `reader` yields.
    ///
    /// - Parameters:
    ///   - fragment: called with each document's own graph, in input order (for
    ///     `--emit fragments`); when given, the merged graph is not built.
    ///   - progress: called after each document.
    /// - Returns: the merged graph (empty when `fragment` is given) and a summary.
    /// - Throws: a document's error when `strict`, or whatever reading or `fragment` throws.
    public func run(
        _ reader: CorpusReader,
        fragment: ((KnowledgeGraph) throws -> Void)? = nil,
        progress: ((CorpusProgress) -> Void)? = nil
    ) async throws -> (KnowledgeGraph, CorpusSummary) {
        let clock = ContinuousClock()
        let start = clock.now
        var merged = KnowledgeGraph()
        var summary = CorpusSummary(documents: 0, skipped: [], bytes: 0, elapsed: .zero)
        // Finished fragments wait here until every earlier one has been emitted.
        var waiting: [Int: KnowledgeGraph] = [:]
        var nextToEmit = 0
        var sequence = 0
        let extract = self.extract

        func report() {
            progress?(
                CorpusProgress(
                    documents: summary.documents, skipped: summary.skipped.count, bytes: summary.bytes,
                    totalBytes: reader.totalBytes, elapsed: clock.now - start))
        }

        func accept(_ index: Int, _ graph: KnowledgeGraph?) throws {
            if let fragment {
                waiting[index] = graph ?? KnowledgeGraph()
                while let ready = waiting.removeValue(forKey: nextToEmit) {
                    if !ready.isEmpty { try fragment(ready) }
                    nextToEmit += 1
                }
            } else if let graph {
                merged.merge(graph)
            }
        }

        try await withThrowingTaskGroup(of: (Int, KnowledgeGraph).self) { group in
            var running = 0
            while let item = try reader.next() {
                let index = sequence
                sequence += 1
                switch item {
                case .skipped(let id, let reason, let bytes):
                    if strict { throw reason }
                    summary.skipped.append((id, reason))
                    summary.bytes += bytes
                    try accept(index, nil)
                    report()
                case .document(let document, let bytes):
                    summary.bytes += bytes
                    // Keep at most `workers` running, and a bounded backlog of out-of-order fragments.
                    while running >= workers || waiting.count > 4 * workers {
                        guard let (done, graph) = try await group.next() else { break }
                        running -= 1
                        summary.documents += 1
                        try accept(done, graph)
                        report()
                    }
                    group.addTask { (index, extract(document)) }
                    running += 1
                }
            }
            while let (done, graph) = try await group.next() {
                summary.documents += 1
                try accept(done, graph)
                report()
            }
        }
        summary.elapsed = clock.now - start
        return (merged, summary)
    }
}
