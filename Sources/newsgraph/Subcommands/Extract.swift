import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphCorpus
import NewsGraphExport
import NewsGraphExtraction

/// What `--emit` writes.
enum EmitMode: String, CaseIterable, ExpressibleByArgument {
    /// One merged graph in the chosen format.
    case graph
    /// One JSON graph per document, one per line (JSON Lines), for `merge` to reduce.
    case fragments
}

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors and relations from news text: files, folders, globs, JSON Lines, HTML or standard input.",
        discussion: """
            Folders are read recursively for .txt/.text, .html/.htm/.xhtml and .jsonl/.ndjson \
            files; a glob with ** reaches into subfolders. JSON Lines hold \
            one document per line: {"id", "text", "title"?, "date"?, "url"?}. A file's document \
            id is its name without the extension and 8 hex digits of a hash of its text; \
            standard input's, doc- and 16 hex digits. Documents are \
            extracted on every core and merged into one graph; the output is the same, byte for \
            byte, whatever the number of cores. A bad document (binary, empty, invalid UTF-8, \
            over the size limit) is reported with its id and skipped, unless --strict.
            """)

    @Argument(help: ArgumentHelp("Text, HTML or JSON Lines files, folders or glob patterns; - for standard input.", valueName: "input"))
    var inputs: [String] = ["-"]

    @OptionGroup var output: OutputOptions

    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp("A lexicon of your own actors and verb patterns (see LEXICON.md); may be repeated.", valueName: "file"))
    var lexicons: [String] = []

    @Flag(help: "Also add co_occurs edges between actors named in the same sentence (weight = shared sentences).")
    var cooccurrence = false

    @Flag(help: "Print, for each relation written (after the filters), the rule and the sentence behind it (needs -o FILE).")
    var explain = false

    @Option(
        help: ArgumentHelp(
            "graph: one merged graph; fragments: one JSON graph per document per line, for `newsgraph merge` (which takes the filters and --layout).", valueName: "mode"))
    var emit: EmitMode = .graph

    @Option(
        name: .shortAndLong, parsing: .unconditional,
        help: ArgumentHelp(
            "Documents extracted at once, and threads writing GraphML or GEXF (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    /// `-j`, or the number of cores.
    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(help: "Stop at the first bad document instead of skipping it.")
    var strict = false

    @Option(help: ArgumentHelp("Skip documents larger than this many bytes.", valueName: "bytes"))
    var maxDocumentSize: Int = CorpusOptions().maxDocumentBytes

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j/--jobs must be 1 or more, not \(jobs)") }
        if maxDocumentSize < 1 { throw ValidationError("--max-document-size must be 1 or more") }
        if maxDocumentSize > Int(Int32.max) { throw ValidationError("--max-document-size is at most 2147483647 bytes (2 GiB)") }
        if explain && output.output == "-" { throw ValidationError("--explain prints to standard output: give the graph a file with -o") }
        if explain && emit == .fragments { throw ValidationError("--explain needs one merged graph: drop --emit fragments") }
        if emit == .fragments && output.resolvedFormat != .json {
            throw ValidationError(
                output.format != nil
                    ? "--emit fragments writes JSON Lines: drop -f \(output.format!.rawValue) or use -f json"
                    : "--emit fragments writes JSON Lines, not \(output.resolvedFormat.rawValue): name the output .jsonl (-o \(output.output) is .\(output.resolvedFormat.fileExtension))"
            )
        }
        if emit == .fragments, (try? output.filters.filter().isEmpty) == false || output.drawing.layout == true {
            throw ValidationError(
                "--emit fragments writes each document's graph as extracted: filters and --layout apply to the whole graph, so give them to `newsgraph merge` (or convert) of the fragments"
            )
        }
        try output.checkFormat(jsonLines: emit == .fragments)
    }

    func run() async throws {
        try await Frontend.runAsync {
            var lexicon = Lexicon.builtIn
            for path in lexicons { lexicon = lexicon.merging(try Lexicon(contentsOf: path)) }
            // A user's entry that shadows a built-in one (or an earlier file's) wins; say so.
            if !output.quiet { for diagnostic in lexicon.diagnostics { Frontend.warn(diagnostic.description) } }
            let extractor = Extractor(lexicon: lexicon, options: ExtractionOptions(cooccurrence: cooccurrence))
            let reader = try CorpusReader(inputs: inputs, options: CorpusOptions(maxDocumentBytes: maxDocumentSize))
            let progress = ProgressBar(enabled: !output.quiet && isatty(STDERR_FILENO) == 1)
            let run = CorpusExtraction(workers: workers, strict: strict) { extractor.extract($0) }

            let (graph, summary): (KnowledgeGraph, CorpusSummary)
            var fragments = 0
            if emit == .fragments {
                (graph, summary) = try await output.target.write { sink in
                    try await run.run(
                        reader,
                        fragment: { fragment in
                            fragments += 1
                            try JSONGraphFormat.write(fragment, to: sink, pretty: false)
                        }, progress: progress.update)
                }
            } else {
                (graph, summary) = try await run.run(reader, progress: progress.update)
            }
            progress.finish()
            for (id, reason) in summary.skipped {
                // The reader says "over the limit of N"; the option that sets N is the CLI's to name.
                let hint = reason.message.contains("the limit of \(maxDocumentSize)") ? " (raise it with --max-document-size)" : ""
                Frontend.warn("skipped \(id): \(reason.description)\(hint)")
            }
            // A map step may get an empty share of the corpus: with --emit fragments, nothing
            // in means nothing out. Otherwise a run that extracted nothing failed.
            if summary.documents == 0 && (emit == .graph || !summary.skipped.isEmpty) {
                throw NewsGraphError(
                    .invalidInput,
                    summary.skipped.isEmpty && inputs == ["-"]
                        ? "no document to extract: standard input was empty"
                        : summary.skipped.isEmpty
                            ? "no document to extract in \(inputs.joined(separator: ", ")): folders are read for \(CorpusReader.extensionList) files, in their subfolders too"
                            : "no document could be read (see the warnings above)")
            }
            var kept = ""
            if emit == .graph {
                Frontend.warnDates(graph)
                let written = try Frontend.write(graph, output, threads: workers)
                kept = Frontend.kept(written, output)
                // The relations written, after the filters.
                if explain { try OutputTarget.standardOutput.write { try Explanations.write(written, to: $0) } }
            }
            let seconds = Double(summary.elapsed.components.seconds) + Double(summary.elapsed.components.attoseconds) / 1e18
            let what =
                emit == .graph
                ? "\(Frontend.count(graph.entities.count, "entity", "entities")), \(Frontend.count(graph.relations.count, "relation"))"
                : Frontend.count(fragments, "fragment")
            Frontend.note(
                "\(Frontend.count(summary.documents, "document"))"
                    + (summary.skipped.isEmpty ? "" : " (\(summary.skipped.count) skipped)")
                    + ", \(what)\(kept) in \(String(format: "%.2f", seconds)) s"
                    + (output.output == "-" ? "" : " → \(output.output)"),
                quiet: output.quiet)
            Frontend.finish()
        }
    }
}

/// `--explain`: each relation, the rule and the sentence that produced it.
enum Explanations {
    static func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        for relation in graph.sortedRelations {
            let source = graph.entities[relation.source]?.name ?? relation.source
            let target = graph.entities[relation.target]?.name ?? relation.target
            var text = "\(source) —\(relation.predicate.name)→ \(target)"
            text += "  (weight \(relation.evidenceCount), confidence \(relation.confidence)\(relation.role.map { ", role \($0)" } ?? ""))\n"
            for item in relation.evidence {
                text += "  [\(item.rule ?? "?")] \(item.documentID) \(item.start)–\(item.end), confidence \(item.confidence): "
                text += item.sentence.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
            }
            try sink.write(text)
        }
    }
}
