internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// ``XMLByteReader``'s fast path: a byte-level XML tokenizer for the well-formed subset that
/// graph files use, which gives the handler the same events as libxml2's SAX2 parser does
/// (the same element and attribute numbers, attribute values and text bytes, the same line
/// at each start and end of an element), without libxml2's per-callback work.
///
/// What it reads: UTF-8 (a BOM allowed), an XML declaration of version 1.0 with no encoding
/// or UTF-8, comments, processing instructions, elements with namespaces, attributes in
/// either quote, CDATA sections, the five predefined entities and character references,
/// line ends normalized as XML 1.0 says. What it does not read — a DOCTYPE (and so any
/// entity declaration), another encoding or version, an odd XML declaration — it leaves to
/// libxml2 before any event (``Outcome/unsupported``). Anything not well-formed (or not
/// namespace-well-formed, or past libxml2's limits without `XML_PARSE_HUGE`: nesting deeper
/// than 256, names over 50,000 bytes, a token over 10 MB) is ``Outcome/malformed``: the
/// reader then has libxml2 read the input again for its exact error. It never accepts what
/// libxml2 refuses; the differential tests and the `fuzz-graphml` target compare the two.
final class XMLFastParser {
    enum Outcome {
        /// The document was read to its end.
        case finished
        /// The handler stopped the reading.
        case stopped
        /// Not in the subset: no event was given; libxml2 should read the input.
        case unsupported
        /// Not well-formed (or beyond the subset after events were given): why.
        case malformed(String)
        /// The input could not be read.
        case failed(String)
    }

    private unowned(unsafe) let owner: XMLByteReader
    private let handler: Unmanaged<HandlerBox>
    private let source: Source
    private let vocabulary: XMLVocabulary
    private let values: UnsafeMutablePointer<UnsafeRawBufferPointer?>
    private let slots: Int

    // The window on the input: buf[0..<end]; tokens are parsed whole inside it.
    @exclusivity(unchecked) private var buf: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var eof = false
    @exclusivity(unchecked) private var failure: String?
    @exclusivity(unchecked) private var tooLarge = false
    /// libxml2 refuses a text token (attribute value, comment, PI, CDATA) over 10,000,000
    /// bytes without `XML_PARSE_HUGE`; a window well above that holds any token it accepts.
    static let maxCapacity = 24 << 20

    // Lines: `lines` is the line of buf[countedTo].
    @exclusivity(unchecked) private var lines = 1
    @exclusivity(unchecked) private var countedTo = 0
    /// Where the current event is (the `>` of its tag), for ``line``.
    @exclusivity(unchecked) private var eventAt = 0
    /// The local name of the current element, for ``XMLByteReader/elementName``.
    @exclusivity(unchecked) private(set) var currentName: UnsafeRawBufferPointer?

    // Open elements: their qualified names in `openNames`, and what to restore on close.
    private struct Open {
        var nameOffset: Int
        var nameLength: Int
        var number: Int
        var bindings: Int
        var defaultURI: Int32
    }
    @exclusivity(unchecked) private var open = PODStack<Open>()
    @exclusivity(unchecked) private var openNames = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
    @exclusivity(unchecked) private var openNamesCount = 0
    @exclusivity(unchecked) private var openNamesCapacity = 4096
    // Namespaces: interned URIs, prefix bindings in scope (innermost last), the default.
    @exclusivity(unchecked) private var uris: [[UInt8]] = [Array("http://www.w3.org/XML/1998/namespace".utf8)]
    @exclusivity(unchecked) private var uriNumbers: [[UInt8]: Int32] = [Array("http://www.w3.org/XML/1998/namespace".utf8): 0]
    @exclusivity(unchecked) private var bindings: [(prefix: [UInt8], uri: Int32)] = [(Array("xml".utf8), 0)]
    @exclusivity(unchecked) private var defaultURI: Int32 = -1
    @exclusivity(unchecked) private var elementNames = NameCache()
    @exclusivity(unchecked) private var attributeNames = NameCache()

    // The attributes of the tag being read.
    private struct Attribute {
        var name: Int  // offset in buf
        var nameLength: Int
        var colon: Int  // offset of the colon in the name, or -1
        var value: Int  // offset in buf, or in `scratch` when `decoded`
        var valueLength: Int
        var decoded: Bool
        /// 0: no prefix; 1: `xmlns`; 2: `xmlns:…`; 3: another prefix.
        var kind: Int
    }
    @exclusivity(unchecked) private var attributes = PODStack<Attribute>()
    @exclusivity(unchecked) private var scratch: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var scratchCapacity = 4096
    @exclusivity(unchecked) private var scratchUsed = 0

    init(owner: XMLByteReader, handler: Unmanaged<HandlerBox>, source: Source, vocabulary: XMLVocabulary,
         values: UnsafeMutablePointer<UnsafeRawBufferPointer?>, slots: Int, window: Int = 256 << 10) {
        self.owner = owner
        self.handler = handler
        self.source = source
        self.vocabulary = vocabulary
        self.values = values
        self.slots = slots
        capacity = max(window, 8)
        buf = .allocate(capacity: capacity + 16)
        for i in 0..<slots { values[i] = nil }
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        elementNames.free()
        attributeNames.free()
        open.free()
        attributes.free()
        openNames.deallocate()
        buf.deallocate()
        scratch.deallocate()
        pending.deallocate()
    }

    /// The line of the current event (1-based), as libxml2 counts it: line feeds before the
    /// tag's `>`.
    var line: Int {
        if eventAt > countedTo {
            lines += Self.countNewlines(buf + countedTo, eventAt - countedTo)
            countedTo = eventAt
        }
        return lines
    }

    /// Line feeds in start[0..<count], sixteen bytes at a time.
    private static func countNewlines(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var n = 0
        var i = 0
        let raw = UnsafeRawPointer(start)
        let lineFeeds = SIMD16<UInt8>(repeating: 0x0A)
        while i + 16 <= count {
            // Up to 255 blocks summed per lane before the lanes are added up.
            var sums = SIMD16<UInt8>()
            var blocks = 0
            while blocks < 255 && i + 16 <= count {
                let block = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                sums &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: block .== lineFeeds)
                i += 16
                blocks += 1
            }
            var total = 0
            for lane in 0..<16 { total += Int(sums[lane]) }
            n += total
        }
        while i + 8 <= count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            // High bit of each byte set where x's byte is not zero (exact, no carries across bytes).
            let nonzero = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
            n += 8 - (nonzero & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < count {
            if start[i] == 0x0A { n += 1 }
            i += 1
        }
        return n
    }

    /// Keeps buf[from..<end] (moved to the front) and reads more after it. False when no
    /// byte came (end of input, a read error, or a token too large).
    private func refill(keeping from: Int) -> Bool {
        if countedTo < from {
            lines += Self.countNewlines(buf + countedTo, from - countedTo)
            countedTo = from
        }
        countedTo -= from
        eventAt = max(0, eventAt - from)
        if from > 0 {
            memmove(buf, buf + from, end - from)
            end -= from
        }
        if eof { return false }
        if end == capacity {
            if capacity >= Self.maxCapacity {
                tooLarge = true
                return false
            }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + 16)
            bigger.update(from: buf, count: end)
            buf.deallocate()
            buf = bigger
            capacity *= 2
        }
        let n = source.fill(UnsafeMutableRawPointer(buf + end).assumingMemoryBound(to: CChar.self), count: capacity - end)
        if n < 0 {
            failure = source.failure ?? "cannot read"
            return false
        }
        if n == 0 {
            eof = true
            return false
        }
        end += Int(n)
        return true
    }

    private enum Step: Error {
        case more  // the token goes past the window: read more, parse it again
        case malformed(String)
        case unsupported
    }

    private enum Place { case prolog, content, epilog }

    // MARK: The document

    func run() -> Outcome {
        var pos = 0
        var place = Place.prolog
        var started = false
        while true {
            do {
                if !started {
                    pos = try prologStart()
                    started = true
                }
                switch place {
                case .prolog, .epilog:
                    pos = skipSpace(pos)
                    if pos == end { throw Step.more }
                    // libxml2 takes a NUL byte after the root element for the end of the input.
                    if place == .epilog && buf[pos] == 0 { return stopped ? .stopped : .finished }
                    guard buf[pos] == UInt8(ascii: "<") else {
                        throw Step.malformed(place == .prolog ? "Start tag expected" : "Extra content at the end of the document")
                    }
                    try need(pos, 4)
                    let next = buf[pos + 1]
                    if next == UInt8(ascii: "?") {
                        pos = try processingInstruction(pos)
                    } else if next == UInt8(ascii: "!") {
                        if buf[pos + 2] == UInt8(ascii: "-") && buf[pos + 3] == UInt8(ascii: "-") {
                            pos = try comment(pos)
                        } else if place == .prolog {
                            throw Step.unsupported  // DOCTYPE (or not XML): libxml2's
                        } else {
                            throw Step.malformed("Extra content at the end of the document")
                        }
                    } else if place == .prolog {
                        pos = try startTag(pos)
                        if stopped { return .stopped }
                        place = open.isEmpty ? .epilog : .content
                    } else {
                        throw Step.malformed("Extra content at the end of the document")
                    }
                case .content:
                    if pos >= end { throw Step.more }
                    pos = try content(pos)
                    if stopped { return .stopped }
                    if open.isEmpty { place = .epilog }
                }
            } catch Step.more {
                if !refill(keeping: pos) {
                    if let failure { return .failed(failure) }
                    if tooLarge { return .malformed("a token larger than \(Self.maxCapacity) bytes") }
                    if place == .epilog && started && skipSpace(0) == end { return .finished }
                    return .malformed("the input ends early")
                }
                pos = 0
            } catch Step.malformed(let message) {
                return .malformed(message)
            } catch Step.unsupported {
                return started && eventsGiven ? .malformed("unsupported") : .unsupported
            } catch {
                return .malformed("\(error)")
            }
        }
    }

    @exclusivity(unchecked) private var eventsGiven = false
    /// The attribute slots (below 64) the last start tag set, to be cleared at the next.
    @exclusivity(unchecked) private var slotsSet: UInt64 = 0

    /// Byte classes: ``plainText`` (text that needs no look: not `<`, `&`, `]`, CR, a
    /// control character or a byte of a multi-byte sequence), ``nameStart`` and ``nameChar``
    /// (ASCII), ``plainValue`` (an attribute value byte that needs no look: printable ASCII
    /// but `<`, `&` and the quotes).
    private static let plainText: UInt8 = 1
    private static let nameStart: UInt8 = 2
    private static let nameChar: UInt8 = 4
    private static let plainValue: UInt8 = 8
    nonisolated(unsafe) private static let classTable: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            var c: UInt8 = 0
            if (b >= 0x20 && b < 0x80 && b != 0x3C && b != 0x26 && b != 0x5D) || b == 0x09 || b == 0x0A { c |= plainText }
            let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
            if letter { c |= nameStart | nameChar }
            if (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E { c |= nameChar }
            if b >= 0x20 && b < 0x80 && b != 0x3C && b != 0x26 && b != 0x22 && b != 0x27 { c |= plainValue }
            table[b] = c
        }
        return table
    }()
    private let table = XMLFastParser.classTable
    private var stopped: Bool { owner.stopRequested }

    @inline(__always)
    private func need(_ pos: Int, _ count: Int) throws(Step) {
        if pos + count > end { throw Step.more }
    }

    @inline(__always)
    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    private func skipSpace(_ from: Int) -> Int {
        var p = from
        while p < end && isSpace(buf[p]) { p += 1 }
        return p
    }

    /// A BOM and the XML declaration, at the start of the input.
    private func prologStart() throws(Step) -> Int {
        // Enough bytes to decide, or the whole input.
        while end < 512 && !eof {
            if !refill(keeping: 0) { break }
        }
        if failure != nil { throw Step.unsupported }
        var p = 0
        if end >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { p = 3 }
        guard p < end, buf[p] == UInt8(ascii: "<") || isSpace(buf[p]) else { throw Step.unsupported }
        if matches(p, "<?xml"), p + 5 < end, isSpace(buf[p + 5]) {
            guard let close = find(p, "?>"), close - p < 400 else { throw Step.unsupported }
            try declaration(p + 5, close)
            return close + 2
        }
        if p + 1 < end && buf[p + 1] == 0 { throw Step.unsupported }
        return p
    }

    /// `version="1.0"`, optional `encoding="UTF-8"` and `standalone="yes|no"`; anything
    /// else is libxml2's.
    private func declaration(_ from: Int, _ close: Int) throws(Step) {
        var p = from
        func pseudo(_ name: String) throws(Step) -> [UInt8]? {
            let q = skipSpace(p)
            guard q > p, matches(q, name) else { return nil }
            var r = skipSpace(q + name.utf8.count)
            guard r < close, buf[r] == UInt8(ascii: "=") else { throw Step.unsupported }
            r = skipSpace(r + 1)
            guard r < close, buf[r] == 0x22 || buf[r] == 0x27 else { throw Step.unsupported }
            let quote = buf[r]
            var e = r + 1
            while e < close && buf[e] != quote { e += 1 }
            guard e < close else { throw Step.unsupported }
            p = e + 1
            return Array(UnsafeBufferPointer(start: buf + r + 1, count: e - r - 1))
        }
        guard try pseudo("version") == Array("1.0".utf8) else { throw Step.unsupported }
        if let encoding = try pseudo("encoding") {
            guard encoding.count == 5, String(decoding: encoding, as: UTF8.self).lowercased() == "utf-8" else {
                throw Step.unsupported
            }
        }
        if let standalone = try pseudo("standalone") {
            guard standalone == Array("yes".utf8) || standalone == Array("no".utf8) else { throw Step.unsupported }
        }
        guard skipSpace(p) == close else { throw Step.unsupported }
    }

    private func matches(_ p: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        return p + count <= end && memcmp(buf + p, text.utf8Start, count) == 0
    }

    private func matches(_ p: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in p + bytes.count <= end && memcmp(buf + p, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// The offset of `text` at or after `from` in the window.
    private func find(_ from: Int, _ text: StaticString) -> Int? {
        let first = text.utf8Start[0]
        let count = text.utf8CodeUnitCount
        var p = from
        while p + count <= end {
            guard let hit = memchr(buf + p, Int32(first), end - count + 1 - p) else { return nil }
            let at = UnsafeMutableRawPointer(hit).assumingMemoryBound(to: UInt8.self) - buf
            if memcmp(buf + at, text.utf8Start, count) == 0 { return at }
            p = at + 1
        }
        return nil
    }

    // MARK: Characters

    /// The length of the UTF-8 sequence at `p` if it is a valid XML character, 0 if not;
    /// throws `.more` if it is cut by the window's end.
    @inline(__always)
    private func character(_ p: Int) throws(Step) -> Int {
        let b = buf[p]
        if b < 0x80 { return (b >= 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) ? 1 : 0 }
        return try multibyte(p).length
    }

    /// A multi-byte sequence at `p`: its length (0 if invalid or not an XML character) and
    /// scalar value.
    private func multibyte(_ p: Int) throws(Step) -> (length: Int, scalar: UInt32) {
        let b = buf[p]
        let length: Int
        var scalar: UInt32
        if b >= 0xC2 && b <= 0xDF {
            length = 2
            scalar = UInt32(b & 0x1F)
        } else if b >= 0xE0 && b <= 0xEF {
            length = 3
            scalar = UInt32(b & 0x0F)
        } else if b >= 0xF0 && b <= 0xF4 {
            length = 4
            scalar = UInt32(b & 0x07)
        } else {
            return (0, 0)
        }
        if p + length > end {
            // A cut sequence: more input, unless the bytes there already are wrong.
            for i in 1..<(end - p) where buf[p + i] & 0xC0 != 0x80 { return (0, 0) }
            if eof { return (0, 0) }
            throw Step.more
        }
        for i in 1..<length {
            let c = buf[p + i]
            guard c & 0xC0 == 0x80 else { return (0, 0) }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        switch length {
        case 3: if scalar < 0x800 || (scalar >= 0xD800 && scalar <= 0xDFFF) || scalar == 0xFFFE || scalar == 0xFFFF { return (0, 0) }
        case 4: if scalar < 0x10000 || scalar > 0x10FFFF { return (0, 0) }
        default: break
        }
        return (length, scalar)
    }

    private static func isXMLChar(_ c: UInt32) -> Bool {
        c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF)
    }

    private static func isNameStart(_ c: UInt32) -> Bool {
        (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
            || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
            || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
            || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF)
    }

    private static func isNameChar(_ c: UInt32) -> Bool {
        isNameStart(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040)
    }

    /// An NCName (no colon) at `p`: its end. Throws if there is none.
    private func ncName(_ p: Int) throws(Step) -> Int {
        var q = p
        let buf = self.buf
        let end = self.end
        let table = self.table
        if q < end && table[Int(buf[q])] & Self.nameStart != 0 {
            q += 1
            while q < end && table[Int(buf[q])] & Self.nameChar != 0 { q += 1 }
            // An ASCII name ended by an ASCII byte: done.
            if q < end && buf[q] < 0x80 && q - p <= 50_000 { return q }
        }
        while true {
            if q == end { throw Step.more }
            let b = buf[q]
            if b < 0x80 {
                let ok =
                    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
                    || (q > p && ((b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E))
                if !ok { break }
                q += 1
            } else {
                let (length, scalar) = try multibyte(q)
                guard length > 0, q == p ? Self.isNameStart(scalar) : Self.isNameChar(scalar) else { break }
                q += length
            }
        }
        guard q > p else { throw Step.malformed("a name expected") }
        guard q - p <= 50_000 else { throw Step.malformed("a name too long") }
        return q
    }

    /// A qualified name at `p`: its end and the colon's offset (-1 without one).
    private func qName(_ p: Int) throws(Step) -> (end: Int, colon: Int) {
        let first = try ncName(p)
        if first < end && buf[first] == UInt8(ascii: ":") {
            let second = try ncName(first + 1)
            if second == end { throw Step.more }
            if buf[second] == UInt8(ascii: ":") { throw Step.malformed("a name with two colons") }
            return (second, first)
        }
        if first == end { throw Step.more }
        return (first, -1)
    }

    /// A reference at `p` (`&`…`;`): the character's UTF-8 bytes into `out`, their count, and
    /// the reference's end.
    private func reference(_ p: Int, into out: UnsafeMutablePointer<UInt8>) throws(Step) -> (count: Int, end: Int) {
        try need(p, 2)
        if buf[p + 1] == UInt8(ascii: "#") {
            try need(p, 3)
            let hex = buf[p + 2] == UInt8(ascii: "x")
            var q = p + (hex ? 3 : 2)
            var value: UInt32 = 0
            var digits = 0
            while true {
                if q == end { throw Step.more }
                let b = buf[q]
                var digit: UInt32
                if b >= 0x30 && b <= 0x39 {
                    digit = UInt32(b - 0x30)
                } else if hex && b >= 0x61 && b <= 0x66 {
                    digit = UInt32(b - 0x61 + 10)
                } else if hex && b >= 0x41 && b <= 0x46 {
                    digit = UInt32(b - 0x41 + 10)
                } else {
                    break
                }
                value = min(value * (hex ? 16 : 10) + digit, 0x110000)
                digits += 1
                q += 1
            }
            guard digits > 0, buf[q] == UInt8(ascii: ";"), Self.isXMLChar(value) else {
                throw Step.malformed("a bad character reference")
            }
            return (Self.encode(value, into: out), q + 1)
        }
        let nameEnd = try ncName(p + 1)
        if nameEnd == end { throw Step.more }
        guard buf[nameEnd] == UInt8(ascii: ";") else { throw Step.malformed("a bad entity reference") }
        let length = nameEnd - p - 1
        let name = buf + p + 1
        let c: UInt8
        if length == 2 && name[1] == UInt8(ascii: "t") && name[0] == UInt8(ascii: "l") {
            c = UInt8(ascii: "<")
        } else if length == 2 && name[1] == UInt8(ascii: "t") && name[0] == UInt8(ascii: "g") {
            c = UInt8(ascii: ">")
        } else if length == 3 && memcmp(name, "amp", 3) == 0 {
            c = UInt8(ascii: "&")
        } else if length == 4 && memcmp(name, "apos", 4) == 0 {
            c = UInt8(ascii: "'")
        } else if length == 4 && memcmp(name, "quot", 4) == 0 {
            c = UInt8(ascii: "\"")
        } else {
            throw Step.malformed("an entity reference")  // refused by libxml2's path
        }
        out[0] = c
        return (1, nameEnd + 1)
    }

    private static func encode(_ c: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        if c < 0x80 {
            out[0] = UInt8(c)
            return 1
        } else if c < 0x800 {
            out[0] = UInt8(0xC0 | (c >> 6))
            out[1] = UInt8(0x80 | (c & 0x3F))
            return 2
        } else if c < 0x10000 {
            out[0] = UInt8(0xE0 | (c >> 12))
            out[1] = UInt8(0x80 | ((c >> 6) & 0x3F))
            out[2] = UInt8(0x80 | (c & 0x3F))
            return 3
        }
        out[0] = UInt8(0xF0 | (c >> 18))
        out[1] = UInt8(0x80 | ((c >> 12) & 0x3F))
        out[2] = UInt8(0x80 | ((c >> 6) & 0x3F))
        out[3] = UInt8(0x80 | (c & 0x3F))
        return 4
    }

    // MARK: Markup other than elements

    /// `<!--` … `-->` at `p`: its end.
    private func comment(_ p: Int) throws(Step) -> Int {
        var q = p + 4
        while true {
            if q + 1 >= end { throw Step.more }
            let b = buf[q]
            if b == UInt8(ascii: "-") && buf[q + 1] == UInt8(ascii: "-") {
                try need(q, 3)
                guard buf[q + 2] == UInt8(ascii: ">") else { throw Step.malformed("'--' in a comment") }
                guard q + 3 - p <= 10_000_000 else { throw Step.malformed("a comment too big") }
                return q + 3
            }
            let length = try character(q)
            guard length > 0 else { throw Step.malformed("a bad character in a comment") }
            q += length
        }
    }

    /// `<?target …?>` at `p`: its end.
    private func processingInstruction(_ p: Int) throws(Step) -> Int {
        let nameEnd = try ncName(p + 2)
        if nameEnd == end { throw Step.more }
        let length = nameEnd - p - 2
        if length == 3 && (buf[p + 2] | 0x20) == UInt8(ascii: "x") && (buf[p + 3] | 0x20) == UInt8(ascii: "m")
            && (buf[p + 4] | 0x20) == UInt8(ascii: "l")
        {
            throw Step.malformed("a processing instruction named xml")
        }
        var q = nameEnd
        if buf[q] == UInt8(ascii: ":") { throw Step.malformed("a colon in a processing instruction's name") }
        if buf[q] == UInt8(ascii: "?") {
            try need(q, 2)
            guard buf[q + 1] == UInt8(ascii: ">") else { throw Step.malformed("a bad processing instruction") }
            return q + 2
        }
        guard isSpace(buf[q]) else { throw Step.malformed("a bad processing instruction") }
        while true {
            if q + 1 >= end { throw Step.more }
            if buf[q] == UInt8(ascii: "?") && buf[q + 1] == UInt8(ascii: ">") {
                guard q + 2 - p <= 10_000_000 else { throw Step.malformed("a processing instruction too big") }
                return q + 2
            }
            let length = try character(q)
            guard length > 0 else { throw Step.malformed("a bad character in a processing instruction") }
            q += length
        }
    }

    /// `<![CDATA[` … `]]>` at `p`: gives its text, returns its end.
    private func cdata(_ p: Int) throws(Step) -> Int {
        owner.cdataSections += 1
        var q = p + 9
        var carriageReturns = false
        while true {
            if q + 2 >= end { throw Step.more }
            let b = buf[q]
            if b == UInt8(ascii: "]") && buf[q + 1] == UInt8(ascii: "]") && buf[q + 2] == UInt8(ascii: ">") { break }
            if b == 0x0D { carriageReturns = true }
            let length = try character(q)
            guard length > 0 else { throw Step.malformed("a bad character in CDATA") }
            q += length
        }
        guard q - p <= 10_000_000 else { throw Step.malformed("a CDATA section too big") }
        if carriageReturns {
            var start = p + 9
            var i = start
            while i < q {
                if buf[i] == 0x0D {
                    text(start, i)
                    if i + 1 < q && buf[i + 1] == 0x0A {
                        start = i + 1
                    } else {
                        lineFeed()
                        start = i + 1
                    }
                }
                i += 1
            }
            text(start, q)
        } else {
            text(p + 9, q)
        }
        return q + 3
    }

    private func lineFeed() {
        guard owner.textWanted else { return }
        var lf: UInt8 = 0x0A
        eventsGiven = true
        withUnsafeBytes(of: &lf) { raw in handler._withUnsafeGuaranteedRef { $0.text(raw) } }
    }

    @inline(__always)
    private func text(_ from: Int, _ to: Int) {
        if to > from && owner.textWanted {
            eventsGiven = true
            handler._withUnsafeGuaranteedRef { $0.text(UnsafeRawBufferPointer(start: buf + from, count: to - from)) }
        }
    }

    // MARK: Content

    /// One token of content at `p` (text up to the next markup, or a piece of markup): its end.
    private func content(_ p: Int) throws(Step) -> Int {
        if buf[p] == UInt8(ascii: "<") {
            try need(p, 2)
            switch buf[p + 1] {
            case UInt8(ascii: "/"): return try endTag(p)
            case UInt8(ascii: "?"): return try processingInstruction(p)
            case UInt8(ascii: "!"):
                try need(p, 4)
                if buf[p + 2] == UInt8(ascii: "-") && buf[p + 3] == UInt8(ascii: "-") { return try comment(p) }
                try need(p, 9)
                if matches(p, "<![CDATA[") { return try cdata(p) }
                throw Step.malformed("a bad declaration in content")
            default: return try startTag(p)
            }
        }
        return try characters(p)
    }

    /// Text at `p` up to the next `<`: gives it, returns where it stopped. Text with
    /// references or carriage returns in it is decoded into ``pending`` and given as one piece
    /// (a handler joins the pieces anyway: one call instead of three per reference). A
    /// reference, character, `]` or carriage return cut by the window's end is read again
    /// after a refill (the text before it is given first). Nothing is given while the owner
    /// does not want text (``XMLByteReader/wantsText``), but the text is checked all the same.
    private func characters(_ p: Int) throws(Step) -> Int {
        var start = p
        var q = p
        let table = self.table
        pendingCount = 0
        while q < end {
            let buf = self.buf
            let end = self.end
            while q < end && table[Int(buf[q])] & Self.plainText != 0 { q += 1 }
            if q == end { break }
            let b = buf[q]
            if b >= 0x20 && b < 0x80 {
                if b == UInt8(ascii: "<") { break }
                if b == UInt8(ascii: "&") {
                    var bytes: UInt64 = 0
                    let result: (count: Int, end: Int)
                    do throws(Step) {
                        result = try withUnsafeMutableBytes(of: &bytes) { raw throws(Step) in
                            try reference(q, into: raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
                        }
                    } catch {
                        guard case .more = error, q > p else { throw error }
                        flush(start, q)
                        return q
                    }
                    keep(buf + start, q - start)
                    withUnsafeBytes(of: &bytes) { raw in
                        keep(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), result.count)
                    }
                    q = result.end
                    start = q
                    continue
                }
                if b == UInt8(ascii: "]") {
                    if q + 2 >= end {
                        if !eof { return try cut(p, start, q) }
                    } else if buf[q + 1] == UInt8(ascii: "]") && buf[q + 2] == UInt8(ascii: ">") {
                        throw Step.malformed("']]>' in content")
                    }
                }
                q += 1
            } else if b == 0x0A || b == 0x09 {
                q += 1
            } else if b == 0x0D {
                if q + 1 == end && !eof { return try cut(p, start, q) }
                keep(buf + start, q - start)
                if q + 1 < end && buf[q + 1] == 0x0A {
                    start = q + 1
                } else {
                    var lf: UInt8 = 0x0A
                    keep(&lf, 1)
                    start = q + 1
                }
                q += 1
            } else if b < 0x20 {
                throw Step.malformed("a bad character in content")
            } else {
                let length: Int
                do throws(Step) {
                    length = try multibyte(q).length
                } catch {
                    return try cut(p, start, q)
                }
                guard length > 0 else { throw Step.malformed("a bad character in content") }
                q += length
            }
        }
        flush(start, q)
        return q
    }

    /// Text cut by the window's end at `q`: gives what comes before, or asks for more.
    private func cut(_ p: Int, _ start: Int, _ q: Int) throws(Step) -> Int {
        if q == p { throw Step.more }
        flush(start, q)
        return q
    }

    /// Decoded text of the current text run, given as one piece by ``flush(_:_:)``.
    @exclusivity(unchecked) private var pending = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
    @exclusivity(unchecked) private var pendingCount = 0
    @exclusivity(unchecked) private var pendingCapacity = 4096

    /// Moves a byte buffer to a larger one (at least double) holding `needed` bytes, its first
    /// `used` bytes copied.
    private static func grow(
        _ buffer: inout UnsafeMutablePointer<UInt8>, _ capacity: inout Int, keeping used: Int, toHold needed: Int
    ) {
        capacity = max(capacity * 2, needed)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: buffer, count: used)
        buffer.deallocate()
        buffer = bigger
    }

    /// Appends `count` bytes to ``pending`` (nothing when the owner wants no text).
    @inline(__always)
    private func keep(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard count > 0, owner.textWanted else { return }
        if pendingCount + count > pendingCapacity {
            Self.grow(&pending, &pendingCapacity, keeping: pendingCount, toHold: pendingCount + count)
        }
        (pending + pendingCount).update(from: bytes, count: count)
        pendingCount += count
    }

    /// Gives the text run: ``pending`` and then buf[start..<q] as one piece, or buf[start..<q]
    /// alone, where it is, when nothing was decoded.
    @inline(__always)
    private func flush(_ start: Int, _ q: Int) {
        if pendingCount == 0 {
            text(start, q)
            return
        }
        keep(buf + start, q - start)
        let count = pendingCount
        pendingCount = 0
        guard owner.textWanted else { return }
        eventsGiven = true
        handler._withUnsafeGuaranteedRef { $0.text(UnsafeRawBufferPointer(start: pending, count: count)) }
    }

    // MARK: Tags

    private func endTag(_ p: Int) throws(Step) -> Int {
        // Usually the open element's name then `>`, which is all qName would read here.
        let nameEnd: Int
        if let top = open.last, p + 2 + top.nameLength < end, buf[p + 2 + top.nameLength] == UInt8(ascii: ">"),
            Self.equal(openNames + top.nameOffset, buf + p + 2, top.nameLength)
        {
            nameEnd = p + 2 + top.nameLength
        } else {
            nameEnd = try qName(p + 2).end
        }
        var q = skipSpace(nameEnd)
        if q == end { throw Step.more }
        guard buf[q] == UInt8(ascii: ">") else { throw Step.malformed("a bad end tag") }
        guard let top = open.last else { throw Step.malformed("an end tag without a start") }
        let length = nameEnd - p - 2
        guard length == top.nameLength, Self.equal(openNames + top.nameOffset, buf + p + 2, length) else { throw Step.malformed("an end tag that does not match its start") }
        eventAt = q
        q += 1
        var local = p + 2
        for i in (p + 2)..<nameEnd where buf[i] == UInt8(ascii: ":") {
            local = i + 1
            break
        }
        currentName = UnsafeRawBufferPointer(start: buf + local, count: nameEnd - local)
        close(top)
        return q
    }

    /// Whether two short byte strings are equal (no call for the usual names of a few bytes).
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        if count > 16 { return memcmp(a, b, count) == 0 }
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }

    private func close(_ top: Open) {
        open.removeLast()
        openNamesCount -= top.nameLength
        if bindings.count > top.bindings { bindings.removeLast(bindings.count - top.bindings) }
        defaultURI = top.defaultURI
        eventsGiven = true
        handler._withUnsafeGuaranteedRef { $0.endElement(top.number) }
    }

    private func startTag(_ p: Int) throws(Step) -> Int {
        let (nameEnd, colon) = try qName(p + 1)
        attributes.count = 0
        scratchUsed = 0
        var q = nameEnd
        var empty = false
        while true {
            let spaced = skipSpace(q)
            if spaced == end { throw Step.more }
            let b = buf[spaced]
            if b == UInt8(ascii: ">") {
                q = spaced
                break
            }
            if b == UInt8(ascii: "/") {
                try need(spaced, 2)
                guard buf[spaced + 1] == UInt8(ascii: ">") else { throw Step.malformed("a bad start tag") }
                q = spaced
                empty = true
                break
            }
            guard spaced > q else { throw Step.malformed("no space between attributes") }
            q = try attribute(spaced)
        }
        guard q - p <= 10_000_000 else { throw Step.malformed("a start tag too big") }
        guard open.count <= 256 else { throw Step.malformed("nesting too deep") }
        eventAt = q
        try startElement(p + 1, nameEnd, colon)
        if empty {
            if stopped { return q + 2 }
            close(open.last!)
            return q + 2
        }
        return q + 1
    }

    /// One attribute at `p`: records it, returns its end.
    private func attribute(_ p: Int) throws(Step) -> Int {
        let (nameEnd, colon) = try qName(p)
        var q = skipSpace(nameEnd)
        if q == end { throw Step.more }
        guard buf[q] == UInt8(ascii: "=") else { throw Step.malformed("an attribute without a value") }
        q = skipSpace(q + 1)
        if q == end { throw Step.more }
        let quote = buf[q]
        guard quote == 0x22 || quote == 0x27 else { throw Step.malformed("an attribute value without quotes") }
        let valueStart = q + 1
        q = valueStart
        var plain = true
        let table = self.table
        while true {
            do {
                let buf = self.buf
                let end = self.end
                while q < end && table[Int(buf[q])] & Self.plainValue != 0 { q += 1 }
            }
            if q == end { throw Step.more }
            let b = buf[q]
            if b == quote { break }
            if b >= 0x20 && b < 0x80 {
                if b == UInt8(ascii: "<") { throw Step.malformed("'<' in an attribute value") }
                if b == UInt8(ascii: "&") { plain = false }
                q += 1
            } else if b == 0x09 || b == 0x0A || b == 0x0D {
                plain = false
                q += 1
            } else {
                let length = try character(q)
                guard length > 0 else { throw Step.malformed("a bad character in an attribute value") }
                q += length
            }
        }
        guard q - valueStart <= 10_000_000 else { throw Step.malformed("an attribute value too long") }
        var kind = 0
        if colon >= 0 {
            kind = colon == p + 5 && buf[p] == UInt8(ascii: "x") && memcmp(buf + p, "xmlns", 5) == 0 ? 2 : 3
        } else if nameEnd - p == 5 && buf[p] == UInt8(ascii: "x") && memcmp(buf + p, "xmlns", 5) == 0 {
            kind = 1
        }
        var attribute = Attribute(
            name: p, nameLength: nameEnd - p, colon: colon, value: valueStart, valueLength: q - valueStart, decoded: false,
            kind: kind)
        if !plain { try decode(&attribute) }
        attributes.append(attribute)
        return q + 1
    }

    /// Resolves references and normalizes white space of a value into the scratch space.
    private func decode(_ attribute: inout Attribute) throws(Step) {
        let needed = scratchUsed + attribute.valueLength
        if needed > scratchCapacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, scratchCapacity * 2))
            bigger.update(from: scratch, count: scratchUsed)
            scratch.deallocate()
            scratch = bigger
            scratchCapacity = max(needed, scratchCapacity * 2)
        }
        let out = scratch + scratchUsed
        var n = 0
        var q = attribute.value
        let stop = attribute.value + attribute.valueLength
        while q < stop {
            let b = buf[q]
            if b == UInt8(ascii: "&") {
                let (count, after) = try reference(q, into: out + n)
                guard after <= stop else { throw Step.malformed("a bad reference in an attribute value") }
                n += count
                q = after
            } else if b == 0x0D {
                out[n] = 0x20
                n += 1
                q += (q + 1 < stop && buf[q + 1] == 0x0A) ? 2 : 1
            } else if b == 0x0A || b == 0x09 {
                out[n] = 0x20
                n += 1
                q += 1
            } else {
                out[n] = b
                n += 1
                q += 1
            }
        }
        attribute.value = scratchUsed
        attribute.valueLength = n
        attribute.decoded = true
        scratchUsed += n
    }

    private func bytes(_ start: Int, _ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: buf + start, count: count)
    }

    private func valueBytes(_ attribute: Attribute) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: (attribute.decoded ? scratch : buf) + attribute.value, count: attribute.valueLength)
    }

    private static let xmlNamespace = Array("http://www.w3.org/XML/1998/namespace".utf8)
    private static let xmlnsNamespace = Array("http://www.w3.org/2000/xmlns/".utf8)

    /// Namespaces, checks, numbers, then the handler's start event; pushes the element.
    private func startElement(_ name: Int, _ nameEnd: Int, _ colon: Int) throws(Step) {
        let count = attributes.count
        let bindingsBefore = bindings.count
        let defaultBefore = defaultURI
        // Duplicates by qualified name, and the namespace declarations.
        for i in 0..<count {
            let a = attributes[i]
            for j in 0..<i {
                let other = attributes[j]
                if other.nameLength == a.nameLength && buf[other.name] == buf[a.name]
                    && memcmp(buf + other.name, buf + a.name, a.nameLength) == 0
                {
                    throw Step.malformed("an attribute given twice")
                }
            }
            let isDefault = a.kind == 1
            guard isDefault || a.kind == 2 else { continue }
            let value = valueBytes(a)
            let uri = Array(value)
            if uri == Self.xmlnsNamespace { throw Step.malformed("the xmlns namespace declared") }
            // libxml2 refuses a namespace that its URI parser does not read: the URIs this
            // parser is sure of are read here, any other is asked of that same URI parser, so
            // both paths accept the same (on any element, not only the root).
            if !uri.isEmpty && !Self.surelyValidURI(uri) && !Self.libxml2ReadsURI(uri) {
                throw Step.malformed("a namespace that is not a valid URI")
            }
            if isDefault {
                if uri == Self.xmlNamespace { throw Step.malformed("the xml namespace as the default") }
                defaultURI = uri.isEmpty ? -1 : intern(uri)
            } else {
                let prefix = Array(bytes(a.colon + 1, a.name + a.nameLength - a.colon - 1))
                if prefix == Array("xmlns".utf8) { throw Step.malformed("the xmlns prefix declared") }
                if prefix == Array("xml".utf8) {
                    if uri != Self.xmlNamespace { throw Step.malformed("the xml prefix bound to another namespace") }
                    continue
                }
                if uri == Self.xmlNamespace { throw Step.malformed("the xml namespace bound to another prefix") }
                if uri.isEmpty { throw Step.malformed("an empty namespace for a prefix") }
                bindings.append((prefix, intern(uri)))
            }
        }
        // The element's namespace.
        var uri = defaultURI
        var local = name
        if colon >= 0 {
            uri = try resolve(name, colon - name)
            local = colon + 1
        }
        let localName = bytes(local, nameEnd - local)
        let number = elementNames.number(uri: uri, name: localName) {
            vocabulary.element(namespace: uri < 0 ? nil : uris[Int(uri)], name: localName)
        }
        // Attributes: prefixed ones checked (bound, not twice by expanded name), plain ones numbered.
        if slots > 64 {
            for i in 0..<slots { values[i] = nil }
        } else {
            // Only the slots the last element set.
            var set = slotsSet
            while set != 0 {
                values[set.trailingZeroBitCount] = nil
                set &= set &- 1
            }
            slotsSet = 0
        }
        var prefixed = 0
        var others = 0
        for i in 0..<count {
            let a = attributes[i]
            if a.kind == 0 {
                if slots > 0 {
                    let attributeName = bytes(a.name, a.nameLength)
                    let n = attributeNames.number(uri: -1, name: attributeName) {
                        vocabulary.attribute(name: attributeName)
                    }
                    if n >= 0 {
                        values[Int(n)] = valueBytes(a)
                        if n < 64 { slotsSet |= 1 << UInt64(n) }
                    } else {
                        others += 1
                    }
                } else {
                    others += 1
                }
            } else if a.kind == 3 {
                let uri = try resolve(a.name, a.colon - a.name)
                prefixed += 1
                let local = bytes(a.colon + 1, a.name + a.nameLength - a.colon - 1)
                if !XMLByteReader.isSchemaLocationHint(namespace: uris[Int(uri)], local: local) { others += 1 }
            }
        }
        owner.otherAttributes = others
        if prefixed > 1 {
            for i in 0..<count where attributes[i].colon >= 0 {
                let a = attributes[i]
                if a.kind != 3 { continue }
                let aURI = try resolve(a.name, a.colon - a.name)
                for j in 0..<i where attributes[j].colon >= 0 {
                    let b = attributes[j]
                    if b.kind != 3 { continue }
                    let aLocal = a.name + a.nameLength - a.colon - 1
                    let bLocal = b.name + b.nameLength - b.colon - 1
                    if aLocal == bLocal && memcmp(buf + a.colon + 1, buf + b.colon + 1, aLocal) == 0,
                        try resolve(b.name, b.colon - b.name) == aURI
                    {
                        throw Step.malformed("a namespaced attribute given twice")
                    }
                }
            }
        }
        open.append(
            Open(
                nameOffset: openNamesCount, nameLength: nameEnd - name, number: Int(number), bindings: bindingsBefore,
                defaultURI: defaultBefore))
        let nameLength = nameEnd - name
        if openNamesCount + nameLength > openNamesCapacity {
            Self.grow(&openNames, &openNamesCapacity, keeping: openNamesCount, toHold: openNamesCount + nameLength)
        }
        (openNames + openNamesCount).update(from: buf + name, count: nameLength)
        openNamesCount += nameLength
        currentName = localName
        eventsGiven = true
        handler._withUnsafeGuaranteedRef {
            $0.startElement(Int(number), attributes: XMLByteAttributes(values: values, count: slots))
        }
    }

    /// Whether libxml2's URI parser (`xmlParseURI`, which its SAX2 parser asks of every
    /// namespace declared) reads `uri`: the slow question, for what ``surelyValidURI(_:)``
    /// is not sure of. A NUL byte, which no XML value holds, is refused. libxml2 (without
    /// entity substitution, as this project reads) asks its URI parser of the value with each
    /// `&` written back as `&#38;`, so "http&amp;://x" is read as "http&#38;://x", a relative
    /// path with a fragment, and accepted: the same spelling is asked here (fuzz-graphml found it).
    static func libxml2ReadsURI(_ uri: [UInt8]) -> Bool {
        _ = LibXML.ready
        guard !uri.contains(0) else { return false }
        var asked = [UInt8]()
        asked.reserveCapacity(uri.count + 1)
        for byte in uri {
            if byte == 0x26 { asked.append(contentsOf: "&#38;".utf8) } else { asked.append(byte) }
        }
        asked.append(0)
        let parsed = asked.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlParseURI($0) }
        }
        guard let parsed else { return false }
        xmlFreeURI(parsed)
        return true
    }

    /// Whether `uri` is surely an absolute URI by RFC 3986, as libxml2's `xmlParseURI` reads
    /// it: `scheme:` then either `//host[:port]` (a port of 1 to 9 digits) and a path, or a path without authority
    /// (`urn:…`), then an optional query and fragment, all of plain characters (unreserved,
    /// sub-delimiters but `&`, `:`, `@`, `/`, `%XX`). False says "not sure", not "invalid".
    static func surelyValidURI(_ uri: [UInt8]) -> Bool {
        func isAlpha(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
        // unreserved and sub-delims (without '&'), the characters of a host.
        func isPlain(_ b: UInt8) -> Bool {
            isAlpha(b) || isDigit(b) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x21 || b == 0x24
                || b == 0x27 || b == 0x28 || b == 0x29 || b == 0x2A || b == 0x2B || b == 0x2C || b == 0x3B || b == 0x3D
        }
        var i = 0
        let n = uri.count
        guard n > 0, isAlpha(uri[0]) else { return false }
        while i < n && (isAlpha(uri[i]) || isDigit(uri[i]) || uri[i] == 0x2B || uri[i] == 0x2D || uri[i] == 0x2E) { i += 1 }
        guard i < n, uri[i] == 0x3A else { return false }
        i += 1
        // A percent-encoded byte at i: its length, or 0.
        func percent(_ i: Int) -> Int { i + 2 < n && uri[i] == 0x25 && isHex(uri[i + 1]) && isHex(uri[i + 2]) ? 3 : 0 }
        if i + 1 < n && uri[i] == 0x2F && uri[i + 1] == 0x2F {
            i += 2
            while i < n && uri[i] != 0x2F && uri[i] != 0x3F && uri[i] != 0x23 && uri[i] != 0x3A {
                if isPlain(uri[i]) {
                    i += 1
                } else if percent(i) > 0 {
                    i += 3
                } else {
                    return false
                }
            }
            // A port: libxml2's xmlParse3986Port wants at least one digit ("host:" then
            // "/" is refused, though RFC 3986 allows an empty port; fuzz-graphml found it)
            // and refuses one past INT_MAX: sure only of 1 to 9 digits.
            if i < n && uri[i] == 0x3A {
                i += 1
                let start = i
                while i < n && isDigit(uri[i]) { i += 1 }
                guard i > start && i - start <= 9 else { return false }
            }
            guard i == n || uri[i] == 0x2F || uri[i] == 0x3F || uri[i] == 0x23 else { return false }
        }
        var inFragment = false
        while i < n {
            let b = uri[i]
            if isPlain(b) || b == 0x3A || b == 0x40 || b == 0x2F || b == 0x3F {
                i += 1
            } else if b == 0x23 && !inFragment {
                inFragment = true
                i += 1
            } else if percent(i) > 0 {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    private func intern(_ uri: [UInt8]) -> Int32 {
        if let number = uriNumbers[uri] { return number }
        let number = Int32(uris.count)
        uris.append(uri)
        uriNumbers[uri] = number
        return number
    }

    /// The namespace bound to the prefix buf[start..<start+length].
    private func resolve(_ start: Int, _ length: Int) throws(Step) -> Int32 {
        var i = bindings.count - 1
        while i >= 0 {
            let prefix = bindings[i].prefix
            if prefix.count == length && prefix.withUnsafeBufferPointer({ memcmp($0.baseAddress!, buf + start, length) == 0 }) {
                return bindings[i].uri
            }
            i -= 1
        }
        throw Step.malformed("an undeclared namespace prefix")
    }
}

/// A stack of plain values in memory of its own (no copy-on-write checks).
private struct PODStack<Element> {
    var base = UnsafeMutablePointer<Element>.allocate(capacity: 16)
    var count = 0
    var capacity = 16

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    subscript(_ index: Int) -> Element { base[index] }

    var isEmpty: Bool { count == 0 }
    var last: Element? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    mutating func removeLast() { count -= 1 }

    func free() { base.deallocate() }
}

/// Names already numbered: (namespace, bytes) → number. Names of up to 8 bytes (all of
/// GraphML's and GEXF's) are one word, found in a small table without hashing byte by byte;
/// longer ones go through ``LongNameCache``.
private struct NameCache {
    private let words = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
    private let metas = UnsafeMutablePointer<Int64>.allocate(capacity: 256)
    private let numbers = UnsafeMutablePointer<Int32>.allocate(capacity: 256)
    private var used = 0
    private var long = LongNameCache()

    init() {
        metas.initialize(repeating: 0, count: 256)
        words.initialize(repeating: 0, count: 256)
        numbers.initialize(repeating: 0, count: 256)
    }

    // (Never freed: one per parser, and parsers are few; see ``XMLFastParser/deinit``.)
    func free() {
        words.deallocate()
        metas.deallocate()
        numbers.deallocate()
    }

    /// `name` must be readable 8 bytes from its start (the parser's window has slack).
    @inline(__always)
    mutating func number(uri: Int32, name: UnsafeRawBufferPointer, resolve: () -> Int32) -> Int32 {
        let length = name.count
        guard length <= 8 else { return long.number(uri: uri, name: name, resolve: resolve) }
        var word = name.baseAddress!.loadUnaligned(as: UInt64.self)
        if length < 8 { word &= (1 << UInt64(length * 8)) &- 1 }
        let meta = Int64(uri + 2) << 8 | Int64(length)
        var slot = Int(truncatingIfNeeded: ((word ^ UInt64(bitPattern: meta)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
        while metas[slot] != 0 {
            if metas[slot] == meta && words[slot] == word { return numbers[slot] }
            slot = (slot + 1) & 255
        }
        let number = resolve()
        if used < 128 {
            metas[slot] = meta
            words[slot] = word
            numbers[slot] = number
            used += 1
        }
        return number
    }
}

/// Names already numbered: (namespace, bytes) → number, in a small open-addressing table.
/// Past 512 names (only hostile input has that many) names are numbered every time.
private struct LongNameCache {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var keys: [(uri: Int32, offset: Int, length: Int, number: Int32)] = []
    private var arena: [UInt8] = []

    @inline(__always)
    mutating func number(uri: Int32, name: UnsafeRawBufferPointer, resolve: () -> Int32) -> Int32 {
        var hash: UInt32 = 2_166_136_261 ^ UInt32(bitPattern: uri)
        for b in name { hash = (hash ^ UInt32(b)) &* 16_777_619 }
        var slot = Int(hash & 1023)
        while true {
            let index = slots[slot]
            if index < 0 { break }
            let key = keys[Int(index)]
            if key.uri == uri && key.length == name.count
                && arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + key.offset, name.baseAddress!, name.count) == 0 })
            {
                return key.number
            }
            slot = (slot + 1) & 1023
        }
        let number = resolve()
        if keys.count < 512 {
            slots[slot] = Int32(keys.count)
            keys.append((uri, arena.count, name.count, number))
            arena.append(contentsOf: name)
        }
        return number
    }
}
