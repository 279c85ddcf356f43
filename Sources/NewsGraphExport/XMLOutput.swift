import Dispatch
import NewsGraph
import NewsGraphXML

/// Which engine writes XML (GraphML, GEXF, RDF/XML).
///
/// Both produce the same bytes (the test suite checks it on every fixture); they differ in
/// speed only. The default is the one the export benchmark found faster; see
/// `Benchmarks/README.md`.
public enum XMLEngine: String, CaseIterable, Sendable {
    /// libxml2's `xmlTextWriter`, through ``NewsGraphXML/XMLStreamWriter``.
    case libxml2
    /// A Swift writer that appends to a byte buffer with one escaping routine.
    case bytes

    /// The engine the writers use unless told otherwise: the byte engine, 1.3–1.6× faster in
    /// the export benchmark.
    public static let `default`: XMLEngine = .bytes
}

/// What the XML writers need from an engine: the calls of ``NewsGraphXML/XMLStreamWriter``.
/// (`SendableMetatype`: the writers' generic code refers to the engine's type from the
/// closures that ``children(count:threads:_:)`` may run on other threads.)
protocol XMLOutput: AnyObject, SendableMetatype {
    func startDocument() throws
    func startElement(_ name: String) throws
    func attribute(_ name: String, _ value: String) throws
    func text(_ value: String) throws
    func comment(_ value: String) throws
    func endElement() throws
    func endDocument() throws
    /// Writes `<name attribute="value">text</name>`, the shape of every GraphML `<data>`.
    func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws
    /// Writes `<name attributes…>text</name>`, or `<name attributes…/>` without text.
    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws

    // The calls of the writers' inner loops: values a writer composed as UTF-8 bytes
    // (unescaped) and numbered ids, so that no `String` is made per value.

    /// Writes an attribute whose value is UTF-8 bytes.
    func attribute(_ name: String, bytes value: UnsafeBufferPointer<UInt8>) throws
    /// Writes the attribute `name="<prefix><number>"` (ids such as `n12`).
    func attribute(_ name: String, prefix: StaticString, number: Int) throws
    /// Writes `<name attribute="value">text</name>` for a prepared `leaf`, the text as UTF-8 bytes.
    func leaf(_ leaf: XMLLeaf, text: UnsafeBufferPointer<UInt8>) throws
    /// Writes `<name attribute="value" second="secondValue"/>` for a prepared `leaf`, the
    /// second value as UTF-8 bytes.
    func element(_ leaf: XMLLeaf, _ second: String, _ secondValue: UnsafeBufferPointer<UInt8>) throws

    /// Writes `count` children of the innermost open element: `write(xml, range)` writes
    /// those in `range` through `xml`, each child whole. The bytes are those of
    /// `write(self, 0..<count)`; the byte engine writes chunks of the range on up to
    /// `threads` threads, each into a buffer of its own, and hands the buffers on in order.
    func children(count: Int, threads: Int, _ write: @Sendable (Self, Range<Int>) throws -> Void) throws
}

extension XMLOutput {
    func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws {
        try startElement(name)
        try self.attribute(attribute, value)
        try self.text(text)
        try endElement()
    }

    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    func attribute(_ name: String, bytes value: UnsafeBufferPointer<UInt8>) throws {
        try attribute(name, String(decoding: value, as: UTF8.self))
    }

    func attribute(_ name: String, prefix: StaticString, number: Int) throws {
        try attribute(name, prefix.description + String(number))
    }

    func leaf(_ leaf: XMLLeaf, text: UnsafeBufferPointer<UInt8>) throws {
        try self.leaf(leaf.name, leaf.attribute, leaf.value, text: String(decoding: text, as: UTF8.self))
    }

    func element(_ leaf: XMLLeaf, _ second: String, _ secondValue: UnsafeBufferPointer<UInt8>) throws {
        try element(
            leaf.name, attributes: [leaf.attribute: leaf.value, second: String(decoding: secondValue, as: UTF8.self)],
            text: nil)
    }

    func children(count: Int, threads: Int, _ write: @Sendable (Self, Range<Int>) throws -> Void) throws {
        try write(self, 0..<count)
    }

    /// `<name attributes…/>`, through the requirement (so that the byte engine's fast path is used).
    func element(_ name: String, attributes: KeyValuePairs<String, String>) throws {
        try element(name, attributes: attributes, text: nil)
    }

    /// `<name>text</name>`, through the requirement.
    func element(_ name: String, text: String) throws {
        try element(name, attributes: [:], text: text)
    }
}

extension XMLStreamWriter: XMLOutput {}

/// Makes the engine's writer over a sink.
func makeXMLOutput(_ engine: XMLEngine, sink: ByteSink) throws -> any XMLOutput {
    switch engine {
    case .libxml2: try XMLStreamWriter(sink: sink)
    case .bytes: XMLByteWriter(sink: sink)
    }
}

/// An element with one fixed attribute, written many times with different content —
/// GraphML's `<data key="d3">…</data>`, GEXF's `<attvalue for="evidence" value="…"/>` — with
/// its markup put together once.
struct XMLLeaf: Sendable {
    let name: String
    let attribute: String
    let value: String
    /// `<name attribute="value"` as the byte engine writes it (after the `<` the caller writes).
    fileprivate let start: [UInt8]
    /// `</name>` and a newline.
    fileprivate let end: [UInt8]

    init(_ name: String, _ attribute: String, _ value: String) {
        self.name = name
        self.attribute = attribute
        self.value = value
        var bytes = ByteWriter(sink: nil)
        bytes.plain(name)
        bytes.byte(UInt8(ascii: " "))
        bytes.plain(attribute)
        bytes.raw("=\"")
        var value = value
        value.withUTF8 { bytes.appendXMLEscaped($0, attribute: true) }
        bytes.byte(UInt8(ascii: "\""))
        start = bytes.withBytes { Array($0) }
        end = Array("</\(name)>\n".utf8)
    }
}

/// A writer of a whole graph through an XML engine. Its body is generic over the engine's
/// type, so each engine gets a specialized copy (the writers' loops call the engine
/// directly, not through `any XMLOutput`).
protocol XMLGraphWriter {
    /// The engine.
    var engine: XMLEngine { get }
    /// Writes `graph`, visited in `order`, through `xml`.
    func write<Output: XMLOutput>(_ graph: KnowledgeGraph, order: GraphOrder, to xml: Output) throws
}

extension XMLGraphWriter {
    /// Orders `graph`, which checks it for relations to missing entities before anything is
    /// written, and writes it through the engine to `sink`.
    func writeThroughEngine(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        let order = try GraphOrder(graph)
        switch engine {
        case .libxml2: try write(graph, order: order, to: try XMLStreamWriter(sink: sink))
        case .bytes: try write(graph, order: order, to: XMLByteWriter(sink: sink))
        }
    }
}

/// A streaming XML writer in Swift that writes exactly what libxml2's `xmlTextWriter`
/// writes with two-space indentation: the same declaration, line breaks and escapes
/// (`& < > "` and carriage return in text; those plus tab and newline in attributes, as
/// character references), and empty elements as `<x/>`. Characters XML 1.0 forbids are
/// dropped, as ``NewsGraphXML/XMLText/sanitized(_:policy:)`` does. Names are the caller's
/// responsibility.
final class XMLByteWriter: XMLOutput {
    /// All state lives in one struct so that each call is one exclusive access to it, not
    /// one per byte (dynamic exclusivity checks on class properties cost a quarter of the
    /// time otherwise).
    /// Only this object's own methods touch `core`, one call at a time, so the run-time
    /// exclusivity check (a hash-set insertion per call) is turned off.
    @exclusivity(unchecked) private var core: Core
    private var finished = false

    init(sink: ByteSink) { core = Core(out: ByteWriter(sink: sink)) }

    /// A writer of a fragment that goes inside `openElements`, collected in memory.
    private init(fragmentInside openElements: [(name: String, hasChildren: Bool)]) {
        core = Core(out: ByteWriter(sink: nil))
        core.stack = openElements
    }

    /// Children per chunk when they are written on several threads: about half a megabyte
    /// of GraphML edges.
    static let childrenPerChunk = 1024

    func children(count: Int, threads: Int, _ write: @Sendable (XMLByteWriter, Range<Int>) throws -> Void) throws {
        let chunk = Self.childrenPerChunk
        let lanes = min(threads, (count + chunk - 1) / chunk)
        guard lanes > 1 else { return try write(self, 0..<count) }
        // What the first child would do to the parent; the lanes then start as children do.
        core.openForChildren()
        let parts = Lanes((0..<lanes).map { _ in XMLByteWriter(fragmentInside: core.stack) })
        var start = 0
        while start < count {
            // One round: a chunk per lane, written at the same time, then handed on in order.
            let round = min(lanes, (count - start + chunk - 1) / chunk)
            let first = start
            DispatchQueue.concurrentPerform(iterations: round) { lane in
                let from = first + lane * chunk
                parts.run(lane) { try write($0, from..<min(from + chunk, count)) }
            }
            for lane in 0..<round {
                let part = try parts.result(lane)
                try core.out.flush()
                try part.core.out.flush(to: core.out)
            }
            start += round * chunk
        }
    }

    /// The writers of ``children(count:threads:_:)``'s lanes. Lane `i` is touched only by the
    /// thread that runs lane `i` in a round, and by the caller once the round is over
    /// (`concurrentPerform` returns when every lane has finished), never by two threads at once.
    private final class Lanes: @unchecked Sendable {
        private let writers: [XMLByteWriter]
        private let errors: UnsafeMutablePointer<(any Error)?>

        init(_ writers: [XMLByteWriter]) {
            self.writers = writers
            errors = .allocate(capacity: writers.count)
            errors.initialize(repeating: nil, count: writers.count)
        }

        deinit {
            errors.deinitialize(count: writers.count)
            errors.deallocate()
        }

        /// Runs `body` on lane `lane`'s writer, keeping its error.
        func run(_ lane: Int, _ body: (XMLByteWriter) throws -> Void) {
            do { try body(writers[lane]) } catch { errors[lane] = error }
        }

        /// Lane `lane`'s writer, or its error.
        func result(_ lane: Int) throws -> XMLByteWriter {
            if let error = errors[lane] { throw error }
            return writers[lane]
        }
    }

    func startDocument() throws { core.out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
    func startElement(_ name: String) throws { core.startElement(name) }
    func attribute(_ name: String, _ value: String) throws { core.attribute(name, value) }
    func text(_ value: String) throws { try core.text(value) }
    func comment(_ value: String) throws { core.comment(value) }
    func endElement() throws { try core.endElement() }
    func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws {
        try core.leaf(name, attribute, value, text: text)
    }
    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws {
        try core.element(name, attributes: attributes, text: text)
    }
    func attribute(_ name: String, bytes value: UnsafeBufferPointer<UInt8>) throws {
        core.attribute(name, bytes: value)
    }
    func attribute(_ name: String, prefix: StaticString, number: Int) throws {
        core.attribute(name, prefix: prefix, number: number)
    }
    func leaf(_ leaf: XMLLeaf, text: UnsafeBufferPointer<UInt8>) throws {
        try core.leaf(leaf, text: text)
    }
    func element(_ leaf: XMLLeaf, _ second: String, _ secondValue: UnsafeBufferPointer<UInt8>) throws {
        try core.element(leaf, second, secondValue)
    }

    func endDocument() throws {
        guard !finished else { return }
        finished = true
        try core.finish()
    }

    private struct Core: ~Copyable {
        var out: ByteWriter
        /// Open elements: name, and whether a child element was written inside.
        var stack: [(name: String, hasChildren: Bool)] = []
        /// Whether the innermost start tag is still open (attributes may follow).
        var tagOpen = false
        /// Whether the last thing written into the innermost element was text (no indent
        /// before its end tag).
        var afterText = false

        mutating func closeStartTag(newline: Bool) {
            guard tagOpen else { return }
            out.byte(UInt8(ascii: ">"))
            if newline { out.byte(UInt8(ascii: "\n")) }
            tagOpen = false
        }

        mutating func indent(_ depth: Int) {
            let target = out.reserve(2 * depth)
            target.initialize(repeating: UInt8(ascii: " "), count: 2 * depth)
            out.commit(2 * depth)
        }

        /// Closes an open start tag, marks the parent as having children and indents: what
        /// comes before every element.
        mutating func beginChild() {
            closeStartTag(newline: true)
            if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
            indent(stack.count)
            out.byte(UInt8(ascii: "<"))
        }

        /// Closes an open start tag and marks the innermost element as having children, as
        /// writing a child would.
        mutating func openForChildren() {
            closeStartTag(newline: true)
            if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
            afterText = false
        }

        mutating func startElement(_ name: String) {
            beginChild()
            out.plain(name)
            stack.append((name, false))
            tagOpen = true
            afterText = false
        }

        /// `<name attribute="value">`, the start of a leaf.
        mutating func leafStart(_ name: String, _ attribute: String, _ value: String) {
            beginChild()
            out.plain(name)
            out.byte(UInt8(ascii: " "))
            out.plain(attribute)
            out.raw("=\"")
            escape(value, attribute: true)
            out.raw("\">")
        }

        /// `</name>` and a newline, the end of a leaf.
        mutating func leafEnd(_ name: String) throws {
            out.raw("</")
            out.plain(name)
            out.raw(">\n")
            afterText = false
            try out.flushIfFull()
        }

        /// `<name attribute="value">text</name>` and a newline, as the four calls would
        /// write it (an empty text still gives a start and an end tag).
        mutating func leaf(_ name: String, _ attribute: String, _ value: String, text: String) throws {
            leafStart(name, attribute, value)
            escape(text, attribute: false)
            try leafEnd(name)
        }

        /// A prepared leaf: its start tag and end tag are copied as they are.
        mutating func leaf(_ leaf: XMLLeaf, text: UnsafeBufferPointer<UInt8>) throws {
            beginChild()
            leaf.start.withUnsafeBufferPointer { out.append($0) }
            out.byte(UInt8(ascii: ">"))
            out.appendXMLEscaped(text, attribute: false)
            leaf.end.withUnsafeBufferPointer { out.append($0) }
            afterText = false
            try out.flushIfFull()
        }

        /// A whole element in one go, as the separate calls would write it.
        mutating func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String?) throws {
            beginChild()
            out.plain(name)
            for (key, value) in attributes { attribute(key, value) }
            if let text {
                out.byte(UInt8(ascii: ">"))
                escape(text, attribute: false)
                try leafEnd(name)
            } else {
                try emptyEnd()
            }
        }

        /// `<name attribute="value" second="value"/>` for a prepared leaf.
        mutating func element(_ leaf: XMLLeaf, _ second: String, _ secondValue: UnsafeBufferPointer<UInt8>) throws {
            beginChild()
            leaf.start.withUnsafeBufferPointer { out.append($0) }
            attribute(second, bytes: secondValue)
            try emptyEnd()
        }

        /// `/>` and a newline, the end of an empty element written in one go.
        mutating func emptyEnd() throws {
            out.raw("/>\n")
            afterText = false
            try out.flushIfFull()
        }

        /// ` name="`, then the value, then `"`.
        mutating func attributeStart(_ name: String) {
            out.byte(UInt8(ascii: " "))
            out.plain(name)
            out.raw("=\"")
        }

        mutating func attribute(_ name: String, _ value: String) {
            attributeStart(name)
            escape(value, attribute: true)
            out.byte(UInt8(ascii: "\""))
        }

        mutating func attribute(_ name: String, bytes value: UnsafeBufferPointer<UInt8>) {
            attributeStart(name)
            out.appendXMLEscaped(value, attribute: true)
            out.byte(UInt8(ascii: "\""))
        }

        /// `name="<prefix><number>"`; the prefix is a name, so it needs no escaping.
        mutating func attribute(_ name: String, prefix: StaticString, number: Int) {
            attributeStart(name)
            out.raw(prefix)
            out.integer(number)
            out.byte(UInt8(ascii: "\""))
        }

        mutating func text(_ value: String) throws {
            closeStartTag(newline: false)
            escape(value, attribute: false)
            afterText = true
            try out.flushIfFull()
        }

        mutating func comment(_ value: String) {
            closeStartTag(newline: true)
            var body = XMLText.sanitized(value)
            while body.contains("--") { body = body.replacing("--", with: "- -") }
            if body.hasSuffix("-") { body += " " }
            indent(stack.count)
            out.raw("<!--")
            out.plain(body)
            out.raw("-->\n")
        }

        mutating func endElement() throws {
            guard let top = stack.popLast() else { throw XMLError("cannot write end of element") }
            if tagOpen {
                out.raw("/>\n")
                tagOpen = false
            } else {
                if !afterText && top.hasChildren { indent(stack.count) }
                out.raw("</")
                out.plain(top.name)
                out.raw(">\n")
            }
            afterText = false
            try out.flushIfFull()
        }

        mutating func finish() throws {
            while !stack.isEmpty { try endElement() }
            try out.flush()
        }

        mutating func escape(_ text: String, attribute: Bool) {
            var text = text
            text.withUTF8 { out.appendXMLEscaped($0, attribute: attribute) }
        }
    }
}

extension ByteWriter {
    /// The one XML escaping routine: `bytes` (UTF-8) as XML character data or as an
    /// attribute value, written as libxml2's `xmlTextWriter` writes them — `& < > "` and
    /// carriage return as references everywhere, tab and newline too in attributes — with
    /// the characters XML 1.0 forbids dropped (C0 controls other than tab, newline and
    /// carriage return; U+FFFE and U+FFFF).
    ///
    /// Eight bytes at a time are checked for a byte that may need work (one of `& < > "`,
    /// a byte below 0x20, or 0xEF, the lead byte of U+FFFE and U+FFFF) and copied as one
    /// word: the bytes before the first such byte stay, and the copy goes on after it.
    mutating func appendXMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        // The longest replacement, `&quot;`, is six bytes; words are stored whole, so up to
        // eight bytes past the end are written (and then written over or left unused).
        let start = reserve(count * 6 + 8)
        var target = UnsafeMutableRawPointer(start)
        var index = 0
        while index < count {
            var word: UInt64
            let available = count - index
            if available >= 8 {
                word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
            } else {
                // The tail, padded with bytes that need nothing (put together here: a call
                // to copy a few bytes cost more than the escaping of a short value).
                var value: UInt64 = 0x4141_4141_4141_4141 &<< (8 * UInt64(available))
                for offset in 0..<available { value |= UInt64(source[index + offset]) &<< (8 * UInt64(offset)) }
                word = UInt64(littleEndian: value)
            }
            target.storeBytes(of: word, as: UInt64.self)
            let flags = Self.xmlFlags(UInt64(littleEndian: word))
            let clean = flags == 0 ? min(8, available) : flags.trailingZeroBitCount >> 3
            index += clean
            target += clean
            if flags == 0 { continue }
            // The byte at `index` may need work. What replaces it, as one little-endian word
            // stored whole (the room reserved above covers the word's bytes past the
            // replacement) and its length; length 0: dropped.
            let replacement: UInt64
            let length: Int
            var skip = 1
            switch source[index] {
            case UInt8(ascii: "&"): (replacement, length) = (0x3B_706D_6126, 5)  // &amp;
            case UInt8(ascii: "<"): (replacement, length) = (0x3B74_6C26, 4)  // &lt;
            case UInt8(ascii: ">"): (replacement, length) = (0x3B74_6726, 4)  // &gt;
            case UInt8(ascii: "\""): (replacement, length) = (0x3B74_6F75_7126, 6)  // &quot;
            case 0x0D: (replacement, length) = (0x3B_3331_2326, 5)  // &#13;
            case 0x0A where attribute: (replacement, length) = (0x3B_3031_2326, 5)  // &#10;
            case 0x09 where attribute: (replacement, length) = (0x3B39_2326, 4)  // &#9;
            case 0x0A, 0x09: (replacement, length) = (UInt64(source[index]), 1)
            case 0..<0x20: (replacement, length) = (0, 0)  // forbidden in XML 1.0: dropped
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are forbidden too.
                if index + 2 < count, source[index + 1] == 0xBF, source[index + 2] == 0xBE || source[index + 2] == 0xBF {
                    (replacement, length) = (0, 0)
                    skip = 3
                } else {
                    (replacement, length) = (0xEF, 1)
                }
            default:
                // Flagged by a neighbour's borrow, not itself special.
                (replacement, length) = (UInt64(source[index]), 1)
            }
            target.storeBytes(of: UInt64(littleEndian: replacement), as: UInt64.self)
            target += length
            index += skip
        }
        commit(target - UnsafeMutableRawPointer(start))
    }

    /// A word with the high bit set in the byte lanes that hold one of `& < > "`, a byte
    /// below 0x20 or 0xEF; the lowest set lane is always the first such byte (higher lanes
    /// may be set spuriously by a borrow, and are checked again).
    @inline(__always)
    private static func xmlFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroLanes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        // `<` 0x3C and `>` 0x3E differ in one bit, as do `"` 0x22 and `&` 0x26.
        let angle = zeroLanes((word | 0x0202_0202_0202_0202) ^ 0x3E3E_3E3E_3E3E_3E3E)
        let quoteOrAmpersand = zeroLanes((word | 0x0404_0404_0404_0404) ^ 0x2626_2626_2626_2626)
        let lead = zeroLanes(word ^ 0xEFEF_EFEF_EFEF_EFEF)
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        return angle | quoteOrAmpersand | lead | control
    }
}
