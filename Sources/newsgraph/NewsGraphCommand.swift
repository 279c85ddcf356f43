import ArgumentParser
import NewsGraph

/// The `newsgraph` command: news text in, an actor graph out.
@main
struct NewsGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn English news text into a knowledge graph of actors and relations.",
        discussion: """
            Exit codes: 0 success; 1 the input or output failed (an error line on stderr \
            names the file); validate: 1 invalid, 2 unreadable; 64 bad arguments; 130, 143, 129 \
            interrupted by SIGINT (Ctrl-C), SIGTERM or SIGHUP (the temporary output file is \
            removed).
            """,
        version: NewsGraphVersion.string,
        subcommands: [Extract.self, Convert.self, Merge.self, Layout.self, Report.self, Validate.self, Stats.self]
    )
}
