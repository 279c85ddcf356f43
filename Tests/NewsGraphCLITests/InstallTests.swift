import Foundation
import Testing
import _NewsGraphTestSupport

/// Installing the tool (issue 13 item 3): `Scripts/install.sh` puts the binary, the man page
/// and the shell completions under `PREFIX`; the man page says what `--help` says. (The
/// release build with the Swift runtime linked statically is what the script installs by
/// default; it is checked by `.ci/check-install.sh`, which builds it: too slow for the suite.)
@Suite("Installing newsgraph")
final class InstallTests {
    let directory: URL

    deinit { try? FileManager.default.removeItem(at: directory) }

    init() throws { directory = try TestSupport.temporaryDirectory("install") }

    /// The verbs `newsgraph --help` lists.
    static func verbs() throws -> [String] {
        let help = try CLI.run(["--help"]).stdout
        let after = try #require(help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first)
        // The list ends at the first blank line (then comes "  See 'newsgraph help …'"). A
        // verb's line starts with two spaces and its name; wrapped help lines start with more.
        let section = after.components(separatedBy: "\n\n")[0]
        let verbs = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }
        #expect(verbs.count >= 5 && verbs.contains("extract"), "\(verbs)")
        // Each is a verb: it has a help of its own.
        for verb in verbs { #expect(try CLI.run([verb, "--help"]).status == 0, "\(verb) is not a verb") }
        return verbs
    }

    @Test("install.sh with PREFIX installs the binary, the man page and bash, zsh and fish completions")
    func install() throws {
        let prefix = directory.appendingPathComponent("prefix with space").path
        let script = TestSupport.packageRoot.appendingPathComponent("Scripts/install.sh").path
        let run = try TestSupport.run(
            "/bin/bash", [script], environment: ["PREFIX": prefix, "NEWSGRAPH_BINARY": CLI.executable])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("installed newsgraph"), "\(run.stderr)")
        let binary = prefix + "/bin/newsgraph"
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let version = try TestSupport.run(binary, ["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        func read(_ relative: String) throws -> String {
            try String(contentsOfFile: prefix + "/" + relative, encoding: .utf8)
        }
        let bash = try read("share/bash-completion/completions/newsgraph")
        let zsh = try read("share/zsh/site-functions/_newsgraph")
        let fish = try read("share/fish/vendor_completions.d/newsgraph.fish")
        #expect(zsh.hasPrefix("#compdef newsgraph"))
        let verbs = try Self.verbs()
        for (shell, script) in [("bash", bash), ("zsh", zsh), ("fish", fish)] {
            for verb in verbs { #expect(script.contains(verb), "\(shell) completion lacks \(verb)") }
            #expect(script.contains("max-document-size"), "\(shell) completion lacks extract's options")
        }
        // bash itself accepts the completion script, and completing offers every verb after
        // `newsgraph ` and extract's options after `newsgraph extract --max`.
        let complete = """
            source "$0" && complete -p newsgraph >/dev/null || exit 1
            COMP_WORDS=(newsgraph ""); COMP_CWORD=1; COMP_LINE="newsgraph "; COMP_POINT=${#COMP_LINE}
            _newsgraph newsgraph "" newsgraph; echo "${COMPREPLY[@]}"
            COMPREPLY=(); COMP_WORDS=(newsgraph extract --max); COMP_CWORD=2
            COMP_LINE="newsgraph extract --max"; COMP_POINT=${#COMP_LINE}
            _newsgraph newsgraph --max extract; echo "${COMPREPLY[@]}"
            """
        let completed = try TestSupport.run(
            "/bin/bash", ["-c", complete, prefix + "/share/bash-completion/completions/newsgraph"])
        #expect(completed.status == 0, "\(completed.stderr)")
        let offered = completed.stdout.split(separator: "\n").map { Set($0.split(separator: " ").map(String.init)) }
        #expect(offered.count == 2, "\(completed.stdout)")
        for verb in verbs { #expect(offered.first?.contains(verb) == true, "bash offers no \(verb): \(completed.stdout)") }
        #expect(offered.last?.contains("--max-document-size") == true, "\(completed.stdout)")
        let manual = try read("share/man/man1/newsgraph.1")
        #expect(manual.contains(".TH NEWSGRAPH 1") || manual.contains(".Dt NEWSGRAPH 1"), "\(manual.prefix(300))")
    }

    @Test("the quick start's closing hint names the binary it built, not a newsgraph on PATH, and the install")
    func quickStartHint() throws {
        let script = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Examples/quickstart.sh"), encoding: .utf8)
        let hints = script.split(separator: "\n").filter { $0.hasPrefix("echo ") }
        let commands = hints.filter { $0.contains("newsgraph convert") }
        #expect(!commands.isEmpty)
        for line in commands { #expect(line.contains("$newsgraph convert"), "\(line)") }
        #expect(hints.contains { $0.contains("bash Scripts/install.sh") })
    }

    @Test("the man page names every verb and every option that --help lists")
    func manualAgreesWithHelp() throws {
        let manual = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Documentation/newsgraph.1"), encoding: .utf8
        )
        // mdoc may escape a hyphen as \-.
        let plain = manual.replacingOccurrences(of: "\\-", with: "-")
        var checked = 0
        for verb in try Self.verbs() {
            #expect(plain.contains(verb), "the man page lacks \(verb)")
            let help = try CLI.run([verb, "--help"]).stdout
            let options = Set(
                help.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "[" || $0 == "]" })
                    .filter { $0.hasPrefix("--") && $0.count > 2 }
                    .map { String($0.prefix { $0 == "-" || $0.isLetter || $0.isNumber }) })
            for option in options where option != "--help" && option != "--version" {
                // mdoc writes --output as `Fl -output` (or `Fl o , -output`).
                #expect(
                    plain.contains(String(option.dropFirst())),
                    "the man page lacks \(verb) \(option): run bash Scripts/generate-manual.sh")
                checked += 1
            }
        }
        #expect(checked > 30)
    }
}
