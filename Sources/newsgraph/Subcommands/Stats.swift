import ArgumentParser
import Foundation
import NewsGraph

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a graph: entities by kind, relations by predicate, the top actors by degree.")

    @Argument(help: ArgumentHelp("The graph (JSON, JSON Lines fragments, GraphML or GEXF); - for standard input.", valueName: "graph"))
    var input: String

    @Option(help: "How many top actors to list.")
    var top: Int = 10

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the summary; - for standard output.", valueName: "path"))
    var output: String = "-"

    @Flag(name: .shortAndLong, help: "Print nothing on stderr but errors (stats prints no notes: accepted, as by every verb).")
    var quiet = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        try Frontend.run {
            let graph = try Frontend.loadGraph(input)
            let summary = GraphSummary(graph, top: top)
            try OutputTarget(path: output).write { sink in
                if json {
                    try summary.writeJSON(to: sink)
                } else {
                    try sink.write(summary.text(name: input))
                }
            }
            Frontend.finish()
        }
    }
}

/// The numbers `stats` prints.
struct GraphSummary {
    struct Actor {
        var entity: Entity
        var degree: Int
    }

    var entities: Int
    var relations: Int
    var documents: Int
    var byKind: [(EntityKind, Int)]
    var byPredicate: [(String, Int)]
    var topActors: [Actor]

    init(_ graph: KnowledgeGraph, top: Int) {
        entities = graph.entities.count
        relations = graph.relations.count
        documents = graph.documents.count
        // Counted in place (no copy of an entity or a relation, no hashing per element).
        var kinds = [Int](repeating: 0, count: EntityKind.allCases.count)
        let values = graph.entities
        for index in values.indices { kinds[EntityKind.allCases.firstIndex(of: values.kind(at: index))!] += 1 }
        byKind = EntityKind.allCases.enumerated().compactMap { kinds[$0] > 0 ? ($1, kinds[$0]) : nil }
        byPredicate = graph.relations.countsByPredicate.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        topActors = Self.topActors(graph, top: top)
    }

    /// The `top` entities by degree (then mentions, then id), without sorting every entity:
    /// each distinct relation end is found once through the entity table's index (in batches),
    /// degrees counted by place there, and only the entities that can still make the list
    /// are kept, in order.
    static func topActors(_ graph: KnowledgeGraph, top: Int) -> [Actor] {
        guard top > 0, !graph.entities.isEmpty else { return [] }
        // Degrees by the entities' places in the graph's table (its own index finds an id).
        let table = graph.entities
        var degrees = [Int](repeating: 0, count: table.count)
        // Each distinct end id (the relation table numbers them) is looked up once, a batch at a
        // time so that the cache misses overlap; the relations are then counted by number.
        let relations = graph.relations
        let endIDs = relations.endIDs
        var endPlaces = [Int32](repeating: -1, count: endIDs.count)
        var start = 0
        while start < endIDs.count {
            let count = Swift.min(WordTable.batchSize, endIDs.count - start)
            table.positions(count, { endIDs[start + $0] }) { offset, place in
                if let place { endPlaces[start + offset] = Int32(truncatingIfNeeded: place) }
            }
            start += count
        }
        for index in relations.indices {
            let source = endPlaces[relations.sourceNumber(at: index)]
            if source >= 0 { degrees[Int(source)] += 1 }
            let target = endPlaces[relations.targetNumber(at: index)]
            if target >= 0, !relations.isLoop(at: index) { degrees[Int(target)] += 1 }
        }
        func before(_ a: Actor, _ b: Actor) -> Bool {
            if a.degree != b.degree { return a.degree > b.degree }
            if a.entity.mentionCount != b.entity.mentionCount { return a.entity.mentionCount > b.entity.mentionCount }
            return a.entity.id < b.entity.id
        }
        if top * 4 >= graph.entities.count {
            return Array(
                table.indices.map { Actor(entity: table[$0], degree: degrees[$0]) }
                    .sorted(by: before).prefix(top))
        }
        var best: [Actor] = []
        best.reserveCapacity(Swift.min(top, graph.entities.count) + 1)
        let entities = table
        for index in entities.indices {
            let degree = degrees[index]
            if best.count == top, let last = best.last {
                // Cheap rejections first: most entities fall behind the last kept one on degree
                // (read in place: no copy of the entity for them).
                if degree < last.degree { continue }
                if degree == last.degree && entities.mentionCount(at: index) < last.entity.mentionCount { continue }
            }
            let actor = Actor(entity: entities[index], degree: degree)
            if best.count == top, !before(actor, best[top - 1]) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let middle = (low + high) / 2
                if before(best[middle], actor) { low = middle + 1 } else { high = middle }
            }
            best.insert(actor, at: low)
            if best.count > top { best.removeLast() }
        }
        return best
    }

    func text(name: String) -> String {
        var out =
            "\(name): \(Frontend.count(entities, "entity", "entities")), \(Frontend.count(relations, "relation")), "
            + "\(Frontend.count(documents, "document"))\n"
        if !byKind.isEmpty {
            out += "\nentities by kind\n"
            for (kind, count) in byKind { out += "  \(kind.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0))\(count)\n" }
        }
        if !byPredicate.isEmpty {
            out += "\nrelations by predicate\n"
            for (name, count) in byPredicate { out += "  \(name.padding(toLength: 24, withPad: " ", startingAt: 0))\(count)\n" }
        }
        if !topActors.isEmpty {
            out += "\ntop actors by degree\n"
            for (rank, actor) in topActors.enumerated() {
                out +=
                    "  \(rank + 1). \(actor.entity.name) (\(actor.entity.kind.rawValue)): degree \(actor.degree), mentions \(actor.entity.mentionCount)\n"
            }
        }
        return out
    }

    func writeJSON(to sink: ByteSink) throws {
        var json = JSONWriter(sink: sink)
        json.beginObject()
        json.key("entities")
        json.value(entities)
        json.key("relations")
        json.value(relations)
        json.key("documents")
        json.value(documents)
        json.key("entities_by_kind")
        json.beginObject()
        for (kind, count) in byKind {
            json.key(kind.rawValue)
            json.value(count)
        }
        try json.endObject()
        json.key("relations_by_predicate")
        json.beginObject()
        for (name, count) in byPredicate {
            json.key(name)
            json.value(count)
        }
        try json.endObject()
        json.key("top_actors")
        json.beginArray()
        for actor in topActors {
            json.beginObject()
            json.key("id")
            json.value(actor.entity.id)
            json.key("label")
            json.value(actor.entity.name)
            json.key("type")
            json.value(actor.entity.kind.rawValue)
            json.key("degree")
            json.value(actor.degree)
            json.key("mentions")
            json.value(actor.entity.mentionCount)
            try json.endObject()
        }
        try json.endArray()
        try json.endObject()
        json.newline()
        try json.finish()
    }
}
