import NewsGraph

/// `newsgraph report`: one self-contained HTML page that draws a laid-out graph on a canvas
/// and lets a reader search, filter and click through to the sentences behind each relation.
///
/// The page needs nothing else: its script and styles (`Report/report.js`,
/// `Report/report.css`, embedded into the binary as ``ReportAssets``) are inline, fonts are
/// the system's, and a Content-Security-Policy forbids every request. The graph travels as
/// JSON inside `<script type="application/json">` with `<`, `>`, `&`, U+2028 and U+2029
/// escaped, so no name or sentence can close the element or start markup; the script
/// renders every piece of data with `textContent` and links only `http(s)` URLs.
///
/// The data is compact arrays (the page's script reads them by position): `kinds`
/// `[name, colour]`; `predicates` names; `docs` `[id, title, ISO day, url]`; `nodes`
/// `[name, kind, x, y, size, mentions, aliases, first ISO day]` in entity id order (y up);
/// `edges` `[source, target, predicate, weight, confidence, [evidence]]` in relation order;
/// `evidence` `[document, sentence, confidence]`.
public struct HTMLReport: Sendable {
    /// The page's title.
    public var title: String
    /// Where the nodes go; a node without a placement is drawn at the origin.
    public var drawing: GraphDrawing

    /// Creates a report.
    public init(title: String, drawing: GraphDrawing) {
        self.title = title
        self.drawing = drawing
    }

    /// Writes the page.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        var out = ByteWriter(sink: sink)
        out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        // No request of any kind: inline script and styles only.
        out.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
        )
        out.raw(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"NewsGraph\">\n<title>"
        )
        html(&out, title)
        out.raw("</title>\n<style>\n")
        out.plain(ReportAssets.css)
        out.raw("</style>\n</head>\n<body>\n<header><h1>")
        html(&out, title)
        out.raw(
            """
            </h1><div id="search-wrap"><input id="search" type="search" placeholder="Search an actor" autocomplete="off" \
            aria-label="Search an actor"><ul id="search-results"></ul></div>\
            <label>Predicate <select id="predicate-filter"><option value="-1">all</option></select></label>\
            <label>From <input id="from" type="date"></label><label>to <input id="to" type="date"></label>\
            <button id="reset" type="button">Reset</button></header>
            <main><div id="stage"><canvas id="graph" aria-label="The graph"></canvas><div id="legend"></div>\
            <div id="status"></div></div>
            <aside><div id="panel"></div>
            <details open><summary>Timeline (<span id="documents-count"></span> documents)</summary>\
            <canvas id="timeline" aria-label="Documents by date"></canvas><div id="documents-list" class="table-wrap"></div></details>
            <details><summary>Actors (<span id="actors-count"></span>)</summary><div id="actors-table" class="table-wrap"></div></details>
            <details><summary>Relations (<span id="relations-count"></span>)</summary><div id="relations-table" class="table-wrap">\
            </div></details>
            </aside></main>
            <script type="application/json" id="newsgraph-data">
            """)
        try data(graph, &out)
        out.raw("</script>\n<script>\n")
        out.plain(ReportAssets.js)
        out.raw("</script>\n</body>\n</html>\n")
        try out.flush()
    }

    /// The graph as the page's JSON.
    private func data(_ graph: KnowledgeGraph, _ out: inout ByteWriter) throws {
        let entities = graph.sortedEntities
        var nodeIndex: [String: Int] = [:]
        for (index, entity) in entities.enumerated() { nodeIndex[entity.id] = index }
        let relations = graph.sortedRelations.filter { nodeIndex[$0.source] != nil && nodeIndex[$0.target] != nil }
        // Documents: the graph's, then any that evidence or mentions name without a record.
        var documents = graph.sortedDocuments
        var documentIndex: [String: Int] = [:]
        for (index, document) in documents.enumerated() { documentIndex[document.id] = index }
        var missing = Set<String>()
        for relation in relations { for id in relation.documentIDs where documentIndex[id] == nil { missing.insert(id) } }
        for id in missing.sorted() {
            documentIndex[id] = documents.count
            documents.append(DocumentInfo(id: id))
        }
        let days = documents.map { $0.date.flatMap(DocumentDate.isoDay) }
        var predicates: [String] = []
        var predicateIndex: [String: Int] = [:]
        for name in Set(relations.map(\.predicate.name)).sorted() {
            predicateIndex[name] = predicates.count
            predicates.append(name)
        }

        out.raw("{\"title\":")
        json(&out, title)
        out.raw(",\"kinds\":[")
        for (index, kind) in EntityKind.allCases.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("[")
            json(&out, kind.rawValue)
            out.raw(",")
            json(&out, KindStyle.hex(kind))
            out.raw("]")
        }
        out.raw("],\"predicates\":[")
        for (index, name) in predicates.enumerated() {
            if index > 0 { out.raw(",") }
            json(&out, name)
        }
        out.raw("],\"docs\":[")
        for (index, document) in documents.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("\n[")
            json(&out, document.id)
            out.raw(",")
            optional(&out, document.title)
            out.raw(",")
            optional(&out, days[index])
            out.raw(",")
            optional(&out, document.url)
            out.raw("]")
            try out.flushIfFull()
        }
        out.raw("],\"nodes\":[")
        let kinds = EntityKind.allCases
        for (index, entity) in entities.enumerated() {
            if index > 0 { out.raw(",") }
            let placement = drawing[entity.id]
            out.raw("\n[")
            json(&out, entity.name)
            out.raw(",")
            out.integer(kinds.firstIndex(of: entity.kind) ?? 0)
            out.raw(",")
            out.plain(Format.double(placement?.x ?? 0))
            out.raw(",")
            out.plain(Format.double(placement?.y ?? 0))
            out.raw(",")
            out.plain(Format.double(placement?.size ?? KindStyle.size(mentions: entity.mentionCount)))
            out.raw(",")
            out.integer(entity.mentionCount)
            out.raw(",[")
            for (position, alias) in entity.sortedAliases.enumerated() {
                if position > 0 { out.raw(",") }
                json(&out, alias)
            }
            out.raw("],")
            let first = entity.documentIDs.compactMap { documentIndex[$0].flatMap { days[$0] } }.min()
            optional(&out, first)
            out.raw("]")
            try out.flushIfFull()
        }
        out.raw("],\"edges\":[")
        var evidenceCount = 0
        for (index, relation) in relations.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("\n[")
            out.integer(nodeIndex[relation.source]!)
            out.raw(",")
            out.integer(nodeIndex[relation.target]!)
            out.raw(",")
            out.integer(predicateIndex[relation.predicate.name]!)
            out.raw(",")
            out.plain(Format.double(relation.weight))
            out.raw(",")
            out.plain(Format.double(relation.confidence))
            out.raw(",[")
            for position in 0..<relation.evidenceCount {
                if position > 0 { out.raw(",") }
                out.integer(evidenceCount + position)
            }
            evidenceCount += relation.evidenceCount
            out.raw("]]")
            try out.flushIfFull()
        }
        out.raw("],\"evidence\":[")
        var first = true
        for relation in relations {
            for item in relation.evidence {
                if !first { out.raw(",") }
                first = false
                out.raw("\n[")
                out.integer(documentIndex[item.documentID]!)
                out.raw(",")
                json(&out, item.sentence)
                out.raw(",")
                out.plain(Format.double(item.confidence))
                out.raw("]")
                try out.flushIfFull()
            }
        }
        out.raw("]}\n")
    }

    private func optional(_ out: inout ByteWriter, _ text: String?) {
        if let text { json(&out, text) } else { out.raw("null") }
    }

    /// A JSON string safe inside `<script>`: quotes, backslashes and control characters
    /// escaped as JSON requires, and `<`, `>`, `&`, U+2028, U+2029 as `\u` escapes.
    func json(_ out: inout ByteWriter, _ text: String) {
        out.byte(UInt8(ascii: "\""))
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                escaped += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\u" + hex4(scalar.value)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        out.plain(escaped)
        out.byte(UInt8(ascii: "\""))
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<4).reversed().map { digits[Int((value >> (4 * UInt32($0))) & 0xF)] })
    }

    /// Text in HTML content: `&`, `<`, `>`, `"` escaped.
    func html(_ out: inout ByteWriter, _ text: String) {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default:
                if scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" { escaped.unicodeScalars.append(scalar) }
            }
        }
        out.plain(escaped)
    }
}
