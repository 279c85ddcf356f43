import Foundation
import NewsGraph

/// The JSON graph reader NewsGraph had before ``JSONGraphReader`` (Foundation's `JSONDecoder`
/// over `Decodable` types), kept here as the reference the byte reader is compared with.
enum FoundationJSONReader {
    /// Reads a graph written by ``write(_:to:pretty:)`` (or any node-link JSON with the
    /// same fields).
    ///
    /// - Parameters:
    ///   - data: the JSON bytes.
    ///   - path: names the input in errors.
    /// - Returns: the graph.
    /// - Throws: ``NewsGraphError`` (`.invalidInput` for malformed JSON, `.invalidGraph`
    ///   for a graph that breaks the model's rules) naming the JSON path of the problem,
    ///   such as `nodes[3].type`.
    static func read(_ data: Data, path: String) throws -> KnowledgeGraph {
        let file: FileDTO
        do {
            file = try JSONDecoder().decode(FileDTO.self, from: data)
        } catch let error as DecodingError {
            if let (line, column) = JSONNesting.firstTooDeep(data) {
                throw NewsGraphError(.invalidInput, JSONNesting.message(), path: path, line: line, column: column)
            }
            throw NewsGraphError(.invalidInput, describe(error), path: path)
        } catch {
            throw NewsGraphError(.invalidInput, "not a JSON graph: \(error)", path: path)
        }
        func fail(_ where: String, _ message: String) -> NewsGraphError {
            NewsGraphError(.invalidGraph, "\(`where`): \(message)", path: path)
        }
        if let format = file.graph?.format, format > JSONGraphFormat.formatVersion {
            throw fail("graph.format", "format \(format) is newer than this build reads (\(JSONGraphFormat.formatVersion))")
        }
        var graph = KnowledgeGraph()
        // `"directed": false` at the top (NetworkX's undirected graphs): every link is undirected.
        let directedGraph = file.directed ?? true
        for (index, document) in (file.graph?.documents ?? []).enumerated() {
            guard !document.id.isEmpty else { throw fail("graph.documents[\(index)].id", "empty document id") }
            graph.add(
                DocumentInfo(
                    id: document.id, title: document.title, date: document.date, url: document.url,
                    metadata: document.metadata ?? [:]))
        }
        for (index, node) in file.nodes.enumerated() {
            let place = "nodes[\(index)]"
            guard !node.id.isEmpty else { throw fail("\(place).id", "empty node id") }
            let kindName = node.type ?? "Organization"
            guard let kind = EntityKind(name: kindName) else {
                throw fail("\(place).type", "unknown entity type '\(kindName)'")
            }
            var mentions: Set<Mention> = []
            for (spanIndex, span) in (node.spans ?? []).enumerated() {
                guard span.start >= 0, span.end >= span.start else {
                    throw fail("\(place).spans[\(spanIndex)]", "bad offsets \(span.start)..<\(span.end)")
                }
                mentions.insert(Mention(documentID: span.document, start: span.start, end: span.end))
            }
            graph.add(
                Entity(
                    id: node.id, name: node.label ?? node.id, kind: kind, aliases: Set(node.aliases ?? []), mentions: mentions,
                    attributes: node.attributes ?? [:]))
        }
        for (index, link) in file.links.enumerated() {
            let place = "links[\(index)]"
            guard let name = link.relation ?? link.key else { throw fail(place, "no 'relation'") }
            let predicate: NewsGraph.Predicate
            if let builtIn = NewsGraph.Predicate.named(name) {
                predicate = builtIn
            } else {
                guard NewsGraph.Predicate.isValidName(name) else {
                    throw fail("\(place).relation", "'\(name)' is not a valid predicate name (snake_case ASCII)")
                }
                let category = link.category.flatMap(NewsGraph.Predicate.Category.init(rawValue:)) ?? .event
                predicate = NewsGraph.Predicate(
                    name: name, category: category, isSymmetric: link.symmetric ?? false, cameo: link.cameo,
                    definition: link.definition ?? "")
            }
            guard graph.entities[link.source] != nil else {
                throw fail("\(place).source", "no node with id '\(link.source)'")
            }
            guard graph.entities[link.target] != nil else {
                throw fail("\(place).target", "no node with id '\(link.target)'")
            }
            var evidence: [Evidence] = []
            for (itemIndex, item) in (link.evidence ?? []).enumerated() {
                let confidence = item.confidence ?? 1
                guard item.start >= 0, item.end >= item.start else {
                    throw fail("\(place).evidence[\(itemIndex)]", "bad offsets \(item.start)..<\(item.end)")
                }
                guard (0...1).contains(confidence) else {
                    throw fail("\(place).evidence[\(itemIndex)].confidence", "\(confidence) is not between 0 and 1")
                }
                evidence.append(
                    Evidence(
                        documentID: item.document, sentence: item.sentence ?? "", start: item.start, end: item.end,
                        confidence: confidence, rule: item.rule, role: item.role))
            }
            // A weight is read only where it is not the evidence count: on a link without evidence.
            var imported: Double?
            if evidence.isEmpty, let weight = link.weight, weight.isFinite, weight != 0 { imported = weight }
            graph.add(
                Relation(
                    source: link.source, predicate: predicate, target: link.target, evidence: evidence,
                    attributes: link.attributes ?? [:], directed: (link.directed ?? true) && directedGraph,
                    importedWeight: imported))
        }
        return graph
    }

    /// Reads JSON Lines of graphs (one compact graph per line, as `--emit fragments`
    /// writes them) and merges them. Errors name the line.
    static func readFragments(_ data: Data, path: String) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = JSONGraphFormat.fragmentLine(line)
            guard !line.isEmpty else { continue }
            do {
                graph.merge(try read(Data(line), path: path))
            } catch let error as NewsGraphError {
                throw NewsGraphError(error.code, error.message, path: path, line: lineNumber)
            }
        }
        return graph
    }

    private static func describe(_ error: DecodingError) -> String {
        func pathString(_ path: [any CodingKey]) -> String {
            var out = ""
            for key in path {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    out += out.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return out.isEmpty ? "top level" : out
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(pathString(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(pathString(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context):
            return "\(pathString(context.codingPath)): expected \(jsonName(type))"
        case .valueNotFound(let type, let context):
            return "\(pathString(context.codingPath)): expected \(jsonName(type)), found null"
        @unknown default:
            return "not a JSON graph"
        }
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).contains("Array") ? "an array" : "an object"
        }
    }

    private struct FileDTO: Decodable {
        var directed: Bool?
        var graph: GraphDTO?
        var nodes: [NodeDTO]
        var links: [LinkDTO]
    }

    private struct GraphDTO: Decodable {
        var format: Int?
        var documents: [DocumentDTO]?
    }

    private struct DocumentDTO: Decodable {
        var id: String
        var title: String?
        var date: String?
        var url: String?
        var metadata: [String: String]?
    }

    private struct NodeDTO: Decodable {
        var id: String
        var label: String?
        var type: String?
        var aliases: [String]?
        var spans: [SpanDTO]?
        var attributes: [String: String]?
    }

    private struct SpanDTO: Decodable {
        var document: String
        var start: Int
        var end: Int
    }

    private struct LinkDTO: Decodable {
        var source: String
        var target: String
        var key: String?
        var relation: String?
        var category: String?
        var symmetric: Bool?
        var directed: Bool?
        var cameo: String?
        var definition: String?
        var weight: Double?
        var evidence: [EvidenceDTO]?
        var attributes: [String: String]?
    }

    private struct EvidenceDTO: Decodable {
        var document: String
        var start: Int
        var end: Int
        var sentence: String?
        var confidence: Double?
        var rule: String?
        var role: String?
    }
}
