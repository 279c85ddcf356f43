import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Chunks and clauses on invented sentences.
@Suite("Chunks and clauses")
struct SyntaxTests {
    /// The clauses of each sentence of `text`, described.
    static func clauses(_ text: String) -> [String] {
        let extractor = Extractor()
        let (_, ctx, sentences) = extractor.syntax(Document(id: "t", text: text))
        return sentences.flatMap { $0.describe(ctx, extractor.compiled) }
    }

    @Test("subject, verb and object; passive; reduced relative; participial clause")
    func basics() {
        #expect(
            Self.clauses("Rebels backed by Rwanda attacked an army post near the town of Bunagana, killing three soldiers.") == [
                "back+pass(S: Rebels | by: Rwanda)",
                "attack(S: Rebels | O: an army post | near: the town | of: Bunagana)",
                "kill(S: Rebels | O: three soldiers)",
            ])
        #expect(Self.clauses("The minister was fired by the president.") == ["fire+pass(S: The minister | by: the president)"])
        // A clause after "said" without "that", its verbs coordinated.
        #expect(
            Self.clauses("He said Chilean troops retaliated and destroyed two posts.") == [
                "say(S: He | O: Chilean troops)",
                "retaliate(S: Chilean troops)",
                "destroy(S: Chilean troops | O: two posts)",
            ])
    }
}

@Test("print clauses (NEWSGRAPH_CLAUSES=text)", .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_CLAUSES"] != nil))
func printClauses() {
    let text = ProcessInfo.processInfo.environment["NEWSGRAPH_CLAUSES"] ?? ""
    print(TaggerTests.render(text))
    let extractor = Extractor()
    let (_, ctx, sentences) = extractor.syntax(Document(id: "t", text: text))
    for sentence in sentences {
        print(
            sentence.chunks.map { chunk -> String in
                switch chunk {
                case .noun(let n):
                    return "[NG " + (sentence.nouns[n].start..<sentence.nouns[n].end).map { ctx.tokens[$0].text }.joined(separator: " ")
                        + "]"
                case .verb(let v):
                    return "[VG " + (sentence.verbs[v].start..<sentence.verbs[v].end).map { ctx.tokens[$0].text }.joined(separator: " ")
                        + "]"
                case .word(let k): return ctx.tokens[k].text
                }
            }.joined(separator: " "))
    }
    for line in SyntaxTests.clauses(text) { print("  " + line) }
}
