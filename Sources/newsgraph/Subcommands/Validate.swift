import ArgumentParser
import NewsGraph

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check graph files against their schemas.")

    @Argument(help: ArgumentHelp("Files to validate.", valueName: "file"))
    var files: [String]

    func run() throws {
        throw Frontend.notAvailable("validate")
    }
}
