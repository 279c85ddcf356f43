import Foundation
import Testing
import _NewsGraphTestSupport

@Suite("Filters and layout on the command line")
struct ViewOptionsTests {
    let root = TestSupport.packageRoot
    let example = "Examples/esper-soleimani.json"

    func nodes(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["nodes"] as? [[String: Any]] ?? []
    }

    @Test("filters on convert, merge and layout keep what they say")
    func filters() throws {
        let countries = try CLI.run(["convert", example, "--kinds", "person,country", "--drop-isolated", "-f", "json"], in: root)
        #expect(countries.status == 0, "\(countries.stderr)")
        let kept = try nodes(countries.stdout)
        #expect(!kept.isEmpty && kept.allSatisfy { ["Person", "Country"].contains($0["type"] as? String ?? "") })
        let all = try nodes(try CLI.run(["convert", example, "-f", "json"], in: root).stdout)
        #expect(kept.count < all.count)
        let top = try CLI.run(["merge", example, "--top", "3", "-f", "json", "-q"], in: root)
        #expect(try nodes(top.stdout).count == 3)
        let laidOut = try CLI.run(["layout", example, "--predicates", "accused,threatened", "--drop-isolated", "-f", "json"], in: root)
        let drawn = try nodes(laidOut.stdout)
        #expect(!drawn.isEmpty && drawn.allSatisfy { $0["x"] is Double && $0["y"] is Double && $0["size"] is Double })
    }

    @Test("bad filter values are usage errors")
    func badValues() throws {
        for arguments in [["--since", "2020-02-30"], ["--kinds", "alien"], ["--min-confidence", "1.5"], ["--predicates", "Bad Name"]] {
            let result = try CLI.run(["convert", example] + arguments, in: root)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
    }

    @Test("--layout gives the same bytes on 1 and 2 jobs")
    func deterministic() throws {
        let text = "Examples/esper-soleimani.txt"
        let one = try CLI.run(["extract", text, "--layout", "-f", "gexf", "-j", "1", "-q"], in: root)
        let two = try CLI.run(["extract", text, "--layout", "-f", "gexf", "-j", "2", "-q"], in: root)
        #expect(one.status == 0 && one.stdout == two.stdout && one.stdout.contains("<viz:position"))
    }
}
