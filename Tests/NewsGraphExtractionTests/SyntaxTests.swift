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

    @Test("'have' before a noun group is the main verb; before a participle, 'been' or 'to' an auxiliary; 'about 4,000' is one group")
    func haveAsMainVerb() {
        #expect(Self.clauses("Chile has about 4,000 troops in Bolivia.") == ["have(S: Chile | O: about 4,000 troops | in: Bolivia)"])
        #expect(Self.clauses("Peru had talks with Chile.") == ["have(S: Peru | O: talks | with: Chile)"])
        #expect(Self.clauses("Peru maintains more than 900 soldiers in Ecuador.") == ["maintain(S: Peru | O: more than 900 soldiers | in: Ecuador)"])
        #expect(Self.clauses("Peru has withdrawn its troops.") == ["withdraw(S: Peru | O: its troops)"])
        let auxiliary = Self.clauses("Peru has long been an ally.")
        #expect(!auxiliary.isEmpty && auxiliary.allSatisfy { !$0.hasPrefix("have(") }, "\(auxiliary)")
        let infinitive = Self.clauses("Peru has to act.")
        #expect(!infinitive.isEmpty && infinitive.allSatisfy { !$0.hasPrefix("have(") }, "\(infinitive)")
    }

    @Test("agents and subjects the clause finder used to lose: 'signed by A and by B', 'A and her counterpart, B, signed', 'X (XY) said', a quote inside a verb group")
    func coordinatedAgentsAndAppositions() {
        #expect(Self.clauses("The accord was signed by Anna Lisk and by Tomas Brel on Monday.") == ["sign+pass(S: The accord | by: Anna Lisk & Tomas Brel | on: Monday)"])
        // Another preposition after "and" adds nothing to the agent.
        #expect(Self.clauses("The accord was signed by Anna Lisk and in Lima.") == ["sign+pass(S: The accord | by: Anna Lisk)"])
        #expect(Self.clauses("Anna Lisk and her counterpart, Tomas Brel, signed the pact.") == ["sign(S: Anna Lisk & Tomas Brel | O: the pact)"])
        // An aside that is no single name leaves the list as it is.
        #expect(Self.clauses("Anna Lisk and her deputy, a former banker, signed the pact.") == ["sign(S: Anna Lisk & her deputy | O: the pact)"])
        #expect(Self.clauses("The Velmar Audit Office (VAO) said Korvex Mining had stolen the funds.") == [
            "say(S: The Velmar Audit Office | O: Korvex Mining)", "steal(S: Korvex Mining | O: the funds)",
        ])
        #expect(Self.clauses("Anna Lisk said Korvex Mining had \"systematically breached\" the rules.") == [
            "say(S: Anna Lisk | O: Korvex Mining)", "breach(S: Korvex Mining)",
        ])
    }

    @Test("a title with the person's name apposed, in an object or an agent, is the person: 'signed by its energy minister, A, and the bank's chief, B'")
    func titlesWithApposedNames() {
        #expect(
            Self.clauses("The loan was signed by Velmar's energy minister, Dana Rusk, and Norvik Bank's chief executive, Per Aune.")
                == ["sign+pass(S: The loan | by: Dana Rusk & Per Aune)"])
        // A title with a phrase of its field; "and by" repeating the preposition.
        #expect(
            Self.clauses("The lease was signed in Tarvik by the state secretary for culture, Aro Lenti, and by Norvik's chairman, Per Aune.")
                == ["sign+pass(S: The lease | in: Tarvik | by: Aro Lenti & Per Aune)"])
        #expect(Self.clauses("Chile urged the Peruvian ambassador, Kari Holm, to leave.").first == "urge(S: Chile | O: Kari Holm)")
        // Not a speaker after a comma ("…, Ola Berg said"); a group that is no title, or an aside that is no name,
        // stays in the list as it was.
        #expect(Self.clauses("The accord was signed with the ministry, Ola Berg said.").first == "sign+pass(S: The accord | with: the ministry)")
        #expect(
            Self.clauses("The pact was signed by Ana Berg and Velmar's minister of local affairs, Per Aune.").first
                == "sign+pass(S: The pact | by: Ana Berg & Per Aune)")
        // A phrase after "of" that is no portfolio is no part of the office: a charge.
        #expect(
            Self.clauses("Chile accused its managing director of fraud, Piet Oorlam, a spokesman, said.").first?
                .hasPrefix("accuse(S: Chile | O: its managing director | of: fraud") == true)
        #expect(
            Self.clauses("Chile accused the minister of bribery, Ana Kell, and the mayor of theft.").first?
                .hasPrefix("accuse(S: Chile | O: the minister | of: bribery") == true)
        #expect(Self.clauses("Chile fined the company, Korvex Mining, and its owner.").first == "fine(S: Chile | O: the company & Korvex Mining & its owner)")
        #expect(Self.clauses("Chile met the envoy, a former banker, and the minister.").first == "meet(S: Chile | O: the envoy & a former banker & the minister)")
    }

    @Test("a subject that is an office with its holder's name as the aside is the holder: 'Velmar's foreign minister, A, said'")
    func officeHolderSubjects() {
        #expect(Self.clauses("Velmar's foreign minister, Lars Tveit, summoned the ambassador.") == ["summon(S: Lars Tveit | O: the ambassador)"])
        #expect(Self.clauses("The bank's chief executive, Ana Berg, resigned.") == ["resign(S: Ana Berg)"])
        // Not a description that is no office, nor an aside that is no person.
        #expect(Self.clauses("The company, Korvex Mining, resigned.") == ["resign(S: The company)"])
        #expect(Self.clauses("The minister, a former banker, resigned.") == ["resign(S: The minister)"])
    }

    @Test("'accused X of hiding and protecting Y': the second gerund's subject is the first's (X), not the sentence's")
    func coordinatedGerunds() {
        #expect(Self.clauses("Norway accused Sweden of hiding and protecting the Orsk Brigade.") == [
            "accuse(S: Norway | O: Sweden)", "hide(S: Sweden)", "protect(S: Sweden | O: the Orsk Brigade)",
        ])
        // A finite verb after "and" stays the sentence subject's.
        #expect(Self.clauses("Norway accused Sweden of cheating and said it would appeal.").contains("say(S: Norway | O: it)"))
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
