import NewsGraph

/// Small hand-built graphs for the model tests.
enum Fixtures {
    static func evidence(_ doc: String, _ start: Int, _ sentence: String, confidence: Double = 1, rule: String? = nil, role: String? = nil)
        -> Evidence
    {
        Evidence(
            documentID: doc, sentence: sentence, start: start, end: start + sentence.unicodeScalars.count, confidence: confidence,
            rule: rule, role: role)
    }

    /// A graph about a fictional summit, from document `a`.
    static var summit: KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.add(DocumentInfo(id: "a", title: "Leaders meet in Oslo", date: "2024-03-01"))
        graph.add(
            Entity(
                name: "Ana Lima", kind: .person, aliases: ["Lima"], mentions: [Mention(documentID: "a", start: 0, end: 8)],
                attributes: ["party": "Green", "x": "1.5"]))
        graph.add(Entity(name: "Brazil", kind: .country, aliases: ["Brazilian"], mentions: [Mention(documentID: "a", start: 20, end: 26)]))
        graph.add(Entity(name: "Norway", kind: .country, mentions: [Mention(documentID: "a", start: 40, end: 46)]))
        graph.add(
            Relation(
                source: "ana_lima", predicate: .leads, target: "brazil",
                evidence: [evidence("a", 0, "Brazilian President Ana Lima arrived.", rule: "title-apposition", role: "President")]))
        graph.add(
            Relation(
                source: "norway", predicate: .metWith, target: "brazil",
                evidence: [evidence("a", 50, "Norway met Brazil.", confidence: 0.8)]))
        return graph
    }

    /// A second document that repeats some actors and adds others.
    static var followUp: KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.add(DocumentInfo(id: "b", url: "https://example.org/b"))
        graph.add(
            Entity(
                name: "Ana Lima", kind: .person, aliases: ["President Lima"], mentions: [Mention(documentID: "b", start: 5, end: 13)],
                attributes: ["party": "Blue", "term": "2"]))
        graph.add(Entity(name: "Brazil", kind: .country, aliases: ["Brasil"], mentions: [Mention(documentID: "b", start: 30, end: 36)]))
        graph.add(Entity(name: "Oslo", kind: .location, mentions: [Mention(documentID: "b", start: 60, end: 64)]))
        graph.add(
            Relation(
                source: "ana_lima", predicate: .leads, target: "brazil", evidence: [evidence("b", 0, "Lima, who leads Brazil, spoke.")]))
        graph.add(
            Relation(
                source: "brazil", predicate: .metWith, target: "norway", evidence: [evidence("b", 40, "Brazil and Norway held talks.")],
                attributes: ["venue": "Oslo \"Hall\" & <annex>"]))
        return graph
    }

    /// A third document with awkward text: quotes, control characters, emoji, right-to-left.
    static var awkward: KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.add(DocumentInfo(id: "c \"odd\"", title: "Tabs\tand\nnewlines", metadata: ["source": "wire", "lang": "en"]))
        graph.add(
            Entity(
                name: "Ahmad \"the Fox\" <Nasser> & Sons", kind: .organization, aliases: ["ناصر", "🦊 Fox"],
                mentions: [Mention(documentID: "c \"odd\"", start: 1, end: 2)]))
        graph.add(Entity(name: "Brazil", kind: .country, mentions: [Mention(documentID: "c \"odd\"", start: 3, end: 9)]))
        graph.add(
            Relation(
                source: "ahmad_the_fox_nasser_sons", predicate: .supports, target: "brazil",
                evidence: [evidence("c \"odd\"", 0, "bell\u{07} and \\ backslash \"quoted\"", confidence: 0.25, rule: "compound")]))
        return graph
    }
}
