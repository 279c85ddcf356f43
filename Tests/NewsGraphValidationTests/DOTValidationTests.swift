import Foundation
import NewsGraphValidation
import Testing
import _NewsGraphTestSupport

/// DOT files, valid and invalid, on which `newsgraph validate` must agree with Graphviz.
let dotCorpus: [String] = [
    // valid
    "digraph { a -> b }",
    "graph G { a -- b -- c; }",
    "strict digraph \"q\" { node [shape=box]; edge [color=red]; a -> b [label=\"x\"]; }",
    "DiGraph { NODE [shape=box] A -> B }",
    "digraph { \"node\" -> \"Graph\"; \"STRICT\" }",
    "digraph { a:n -> b:p1:sw; c:\"port name\" }",
    "digraph { subgraph cluster_0 { a b } -> { c d } }",
    "digraph { {a b} -> c -> {d e} [penwidth=2] }",
    "digraph { label=\"multi\\nline\"; rankdir=LR }",
    "digraph { a [label=<<b>bold</b> &amp; plain>] }",
    "digraph { a [label=\"con\" + \"cat\"] }",
    "digraph { a [label=\"line \\\n continued\"] }",
    "digraph {\n# preprocessor line\n a -> b // comment\n /* block\n comment */ }",
    "digraph { -1.5 -> .5 -> 3. }",
    "digraph { Müller -> 北京 }",
    "digraph { a [x=1, y=2; z=3] }",
    "digraph { a [x=1][y=2] }",
    "digraph { \"\" -> \"\\\\\" }",
    "digraph one { a } digraph two { b }",
    "digraph { a -> b; b -> a; a -> a }",
    "graph { subgraph { a -- b } }",
    "digraph { graph [charset=\"UTF-8\"]; \"a:b\" -> \"c\" }",
    // invalid
    "digraph { a -- b }",
    "graph { a -> b }",
    "digraph { node -> b }",
    "digraph { a -> }",
    "digraph { a [label] }",
    "digraph { a [label=] }",
    "digraph { a -> b ",
    "digraph { \"unterminated }",
    "digraph { a [label=\"C:\\\"] }",
    "digraph { a-b }",
    "digraph { a [label=<unbalanced] }",
    "digraph { /* unterminated comment }",
    "digraph { a } }",
    "dgraph { a }",
    "{ a -> b }",
    "digraph { a ; ; -> b }",
    "digraph { a = }",
    "digraph { subgraph [x=1] }",
    "digraph { a : -> b }",
    "digraph { a @ b }",
]

@Suite("Validating DOT")
struct DOTValidationTests {
    @Test("the DOT grammar check agrees with dot on every file of the corpus")
    func differential() throws {
        let dot = try TestSupport.tool("/usr/bin/dot", package: "graphviz")
        let directory = try TestSupport.temporaryDirectory("dot")
        defer { try? FileManager.default.removeItem(at: directory) }
        let validator = try Validator(options: ValidationOptions(format: .dot))
        var valid = 0
        for (index, text) in dotCorpus.enumerated() {
            let url = directory.appendingPathComponent("case\(index).dot")
            try Data(text.utf8).write(to: url)
            let graphviz = try TestSupport.run(dot, ["-Tcanon", "-o", "/dev/null", url.path])
            let report = validator.validate(path: url.path)
            #expect(
                report.isValid == (graphviz.status == 0),
                "case \(index) \(text.debugDescription): dot exit \(graphviz.status) \(graphviz.stderr), ours \(lines(report))")
            if report.isValid { valid += 1 }
        }
        #expect(valid > 15 && valid < dotCorpus.count - 15, "the corpus has both kinds")
    }

    @Test("syntax errors name their line and column")
    func positions() throws {
        let report = try validate("digraph {\n  a -> b\n  c -- d\n}", name: "g.dot")
        #expect(report.format == .dot)
        #expect(
            report.problems.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
                "3:5: syntax error: '--' in a digraph (use '->')"
            ])
        #expect(report.problems.first?.formatted(file: "g.dot") == "g.dot:3:5: error: syntax error: '--' in a digraph (use '->')")
    }

    @Test("DOT is recognised by its content whatever the extension")
    func detection() throws {
        #expect(try validate("/* c */ strict graph { a }", name: "graph.txt").format == .dot)
        #expect(try validate("digraph { 2a -> b }", name: "w.gv").warningCount == 1)
    }
}
