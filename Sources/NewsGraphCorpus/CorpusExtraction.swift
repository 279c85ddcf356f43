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
/// Documents are read one at a time and handed, in batches of about 256 KiB, to at most
/// `workers` concurrent child tasks, which extract them; the documents' graphs merge into
/// the result as their batches arrive (straight into the result: merging them into a batch
/// graph first cost more in all than it saved the reading task). Merging is
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
    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, strict: Bool = false,
        extract: @escaping @Sendable (Document) -> KnowledgeGraph
    ) {
        self.workers = max(1, workers)
        self.strict = strict
        self.extract = extract
    }

    /// Runs the extraction over everything `reader` yields.
    ///
    /// - Parameters:
    ///   - reader: the corpus.
    ///   - fragment: called with each document's own graph, in input order (for
    ///     `--emit fragments`); when given, the merged graph is not built.
    ///   - progress: called after each skipped document and each finished batch.
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
        // Finished batches wait here until every earlier one has been emitted.
        var waiting: [Int: BatchResult] = [:]
        var nextToEmit = 0
        var batchNumber = 0
        var batch: [Document] = []
        var batchBytes = 0
        let extract = self.extract

        func report() {
            progress?(
                CorpusProgress(
                    documents: summary.documents, skipped: summary.skipped.count, bytes: summary.bytes,
                    totalBytes: reader.totalBytes, elapsed: clock.now - start))
        }

        func accept(_ result: BatchResult) throws {
            summary.documents += result.count
            if let fragment {
                waiting[result.number] = result
                while let ready = waiting.removeValue(forKey: nextToEmit) {
                    for graph in ready.fragments where !graph.isEmpty { try fragment(graph) }
                    nextToEmit += 1
                }
            } else {
                for graph in result.fragments { merged.merge(graph) }
            }
            report()
        }

        try await withThrowingTaskGroup(of: BatchResult.self) { group in
            var running = 0

            func dispatch() async throws {
                guard !batch.isEmpty else { return }
                // Keep at most `workers` batches running, and a bounded backlog of out-of-order ones.
                while running >= workers || waiting.count > 4 * workers {
                    guard let done = try await group.next() else { break }
                    running -= 1
                    try accept(done)
                }
                let documents = batch
                let number = batchNumber
                batch = []
                batchBytes = 0
                batchNumber += 1
                group.addTask { Self.extractBatch(documents, number: number, extract) }
                running += 1
            }

            while let item = try reader.next() {
                switch item {
                case .skipped(let id, let reason, let bytes):
                    if strict { throw reason }
                    summary.skipped.append((id, reason))
                    summary.bytes += bytes
                    report()
                case .document(let document, let bytes):
                    summary.bytes += bytes
                    batch.append(document)
                    batchBytes += bytes
                    if batchBytes >= Self.batchBytes || batch.count >= Self.batchDocuments { try await dispatch() }
                }
            }
            try await dispatch()
            while let done = try await group.next() { try accept(done) }
        }
        summary.elapsed = clock.now - start
        return (merged, summary)
    }

    /// Documents go to the workers in batches of about this many input bytes (or
    /// ``batchDocuments`` documents): fewer task switches and fewer results to hand back.
    static let batchBytes = 256 << 10
    /// The most documents in one batch.
    static let batchDocuments = 128

    /// What a worker returns for one batch.
    struct BatchResult: Sendable {
        var number: Int
        var count: Int
        /// Each document's own graph, in input order.
        var fragments: [KnowledgeGraph]
    }

    private static func extractBatch(
        _ documents: [Document], number: Int, _ extract: (Document) -> KnowledgeGraph
    ) -> BatchResult {
        var result = BatchResult(number: number, count: documents.count, fragments: [])
        for document in documents {
            let graph = extract(document)
            result.fragments.append(graph)
        }
        return result
    }
}
