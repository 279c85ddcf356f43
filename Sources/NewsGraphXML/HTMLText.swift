internal import CLibXML2
import NewsGraph

/// The article text of an HTML page, read with libxml2's HTML parser.
public struct HTMLArticle: Equatable, Sendable {
    /// The page title (`<title>`, or `og:title`).
    public var title: String?
    /// The publication date from the page's metadata, if any.
    public var date: String?
    /// The canonical URL, if any.
    public var url: String?
    /// The text: one paragraph per block element, blank lines between them.
    public var text: String
}

/// Reduces HTML to its article text.
///
/// Scripts, styles, navigation, headers, footers, asides, forms and figures' captions
/// are dropped; block elements (paragraphs, headings, list items, quotes, table cells)
/// become paragraphs. If the page has an `<article>` (or `<main>`), only that is read.
/// The parser never touches the network and recovers from broken markup.
public enum HTMLText {
    private static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "template", "figcaption", "menu",
    ]
    private static let blocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "dd", "dt", "pre", "div",
        "section", "article", "main", "br", "tr", "figure", "address",
    ]

    /// Extracts the article from an HTML page.
    /// - Throws: ``XMLError`` when libxml2 cannot parse the bytes at all.
    public static func extract(_ bytes: [UInt8], name: String) throws -> HTMLArticle {
        _ = LibXML.ready
        let options = Int32(
            bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard let context = htmlNewParserCtxt() else { throw XMLError("out of memory", file: name) }
        defer { htmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                htmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), name, "UTF-8", options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        // libxml2 stops at its depth limit (256 elements) and keeps what came before: say so,
        // rather than read a page whose text sits deeper as having none.
        if let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)), let message = error.pointee.message,
            String(cString: message).contains("Excessive depth")
        {
            let limit = String(cString: message).split(whereSeparator: { !$0.isNumber }).first.map(String.init) ?? "256"
            throw XMLError(
                "nesting deeper than \(limit) elements (libxml2's limit for HTML): the page is not read", file: name,
                line: error.pointee.line > 0 ? Int(error.pointee.line) : nil)
        }
        guard let document else { throw XMLError("not an HTML document", file: name) }
        guard let root = xmlDocGetRootElement(document) else { throw XMLError("empty HTML document", file: name) }
        var article = HTMLArticle(text: "")
        readMetadata(root, into: &article)
        let body = find(root, ["article"]) ?? find(root, ["main"]) ?? find(root, ["body"]) ?? root
        var paragraphs: [String] = []
        var current = ""
        collect(body, paragraphs: &paragraphs, current: &current)
        flush(&current, into: &paragraphs)
        article.text = paragraphs.joined(separator: "\n\n")
        return article
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    private static func attribute(_ node: xmlNodePtr, _ attribute: String) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    private static func find(_ node: xmlNodePtr, _ names: Set<String>) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                if names.contains(name(current)) { return current }
                if !dropped.contains(name(current)), let found = find(current, names) { return found }
            }
            child = current.pointee.next
        }
        return nil
    }

    private static func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    private static func readMetadata(_ root: xmlNodePtr, into article: inout HTMLArticle) {
        guard let head = find(root, ["head"]) else { return }
        var child = head.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            switch name(node) {
            case "title":
                let title = normalize(text(of: node))
                if !title.isEmpty && article.title == nil { article.title = title }
            case "meta":
                let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "").lowercased()
                guard let content = attribute(node, "content").map(normalize), !content.isEmpty else { continue }
                switch key {
                case "og:title": article.title = content
                case "article:published_time", "date", "pubdate", "datepublished", "dc.date", "dcterms.date":
                    if article.date == nil { article.date = content }
                case "og:url": if article.url == nil { article.url = content }
                default: break
                }
            case "link":
                if attribute(node, "rel")?.lowercased() == "canonical", let href = attribute(node, "href") {
                    article.url = href
                }
            default:
                break
            }
        }
    }

    private static func collect(_ node: xmlNodePtr, paragraphs: inout [String], current: inout String) {
        var child = node.pointee.children
        while let item = child {
            defer { child = item.pointee.next }
            switch item.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = item.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                let tag = name(item)
                if dropped.contains(tag) { continue }
                let isBlock = blocks.contains(tag)
                if isBlock { flush(&current, into: &paragraphs) }
                collect(item, paragraphs: &paragraphs, current: &current)
                if isBlock { flush(&current, into: &paragraphs) }
            default:
                continue
            }
        }
    }

    private static func flush(_ current: inout String, into paragraphs: inout [String]) {
        let paragraph = normalize(current)
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        current = ""
    }

    /// Collapses runs of white space (including non-breaking spaces) into one space.
    static func normalize(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
