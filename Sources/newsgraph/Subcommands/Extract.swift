import ArgumentParser
import NewsGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors and relations from news text.")

    @Argument(help: ArgumentHelp("Text files; - for standard input.", valueName: "input"))
    var inputs: [String] = ["-"]

    @OptionGroup var output: OutputOptions

    func run() throws {
        throw Frontend.notAvailable("extract")
    }
}
