import NewsGraph

@testable import NewsGraphExtraction

/// What the rule suites share: extract an invented text with the built-in lexicon, ask for
/// one relation by its ends' ids, and show every relation found when an expectation fails.
protocol RuleSuite {}

extension RuleSuite {
    func graph(_ text: String) -> KnowledgeGraph {
        Extractor().extract(Document(id: "t", text: text))
    }

    func has(_ g: KnowledgeGraph, _ s: String, _ p: Predicate, _ t: String) -> Bool {
        g.relations[Relation(source: s, predicate: p, target: t).key] != nil
    }

    func keys(_ g: KnowledgeGraph) -> String { "\(g.relations.values.map(\.key))" }

    /// Whether rule `rule` (its name in `--explain`) draws `s p t` in `text`.
    func drawnBy(_ rule: String, _ text: String, _ s: String, _ p: Predicate, _ t: String) -> Bool {
        Extractor().explain(Document(id: "t", text: text)).contains {
            $0.rule == rule && $0.predicate == p.name && StableID.make($0.source) == s && StableID.make($0.target) == t
        }
    }
}
