#if canImport(Glibc)
    import Glibc
#endif

/// A JSON tokenizer over bytes, read from a file descriptor in chunks (never the whole file
/// in one buffer) or from bytes already in memory. Strings are decoded straight from the
/// buffer (escapes, surrogate pairs, UTF-8 checked); numbers are parsed without a `String`;
/// whitespace is skipped counting lines, so an error names its line and column. It keeps
/// the count of open arrays and objects and refuses more than ``JSONNesting/foundationLimit``
/// at the bracket that goes one level too deep.
///
/// It is lenient where Foundation's `JSONDecoder` was (the reader it replaced): a comma
/// before a closing bracket is accepted.
package final class JSONScanner {
    // One reader uses a scanner at a time, on one thread: no dynamic exclusivity checks
    // (they were ~5% of reading a JSON graph).
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Valid bytes in `buffer`, and the next one to read.
    @exclusivity(unchecked) private var count = 0
    @exclusivity(unchecked) private(set) var position = 0
    /// The offset in the input of `buffer[0]`.
    @exclusivity(unchecked) private var base = 0
    private let fd: Int32
    @exclusivity(unchecked) private var atEnd: Bool
    let path: String
    /// The 1-based line of `position`, and the input offset where that line starts.
    @exclusivity(unchecked) private(set) var line = 1
    @exclusivity(unchecked) private var lineStart = 0
    /// Open arrays and objects.
    @exclusivity(unchecked) var depth = 0
    /// Where the bytes of a string with escapes are decoded.
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    /// A scanner reading `fd` to its end, after `prefix` (bytes already read from it).
    package init(fd: Int32, prefix: [UInt8], path: String) {
        self.fd = fd
        self.path = path
        capacity = Swift.max(1 << 18, prefix.count * 2)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        _ = UnsafeMutableBufferPointer(start: buffer, count: capacity).initialize(from: prefix)
        self.buffer = buffer
        count = prefix.count
        atEnd = false
    }

    /// A scanner over bytes in memory.
    package init(bytes: some Collection<UInt8>, path: String) {
        fd = -1
        self.path = path
        capacity = Swift.max(bytes.count, 1)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        _ = UnsafeMutableBufferPointer(start: buffer, count: capacity).initialize(from: bytes)
        self.buffer = buffer
        count = bytes.count
        atEnd = true
    }

    deinit { buffer.deallocate() }

    // MARK: Buffer

    /// Reads more input, keeping the bytes from `keep` on (moved to the front). Returns
    /// `false` at the end of the input.
    private func refill(keeping keep: Int) throws -> Bool {
        if atEnd { return false }
        if keep > 0 {
            let kept = count - keep
            memmove(buffer, buffer + keep, kept)
            base += keep
            position -= keep
            count = kept
        }
        if count == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        while true {
            let got = read(fd, buffer + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(.io, "cannot read: \(systemErrorMessage(errno))", path: path)
            }
            if got == 0 {
                atEnd = true
                return false
            }
            count += got
            return true
        }
    }

    /// Makes `buffer[position]` readable; `false` at the end of the input.
    @inline(__always) private func available() throws -> Bool {
        if position < count { return true }
        return try refill(keeping: position)
    }

    // MARK: Errors

    /// The 1-based column of `position` (in bytes).
    var column: Int { base + position - lineStart + 1 }

    /// "not valid JSON" at the current position.
    package func invalid() -> NewsGraphError {
        NewsGraphError(.invalidInput, "not valid JSON", path: path, line: line, column: column)
    }

    // MARK: Tokens

    /// Skips whitespace; returns the next byte (not consumed), or `nil` at the end.
    @inline(__always) package func peek() throws -> UInt8? {
        while true {
            while position < count {
                let byte = buffer[position]
                if byte > 0x20 { return byte }
                switch byte {
                case 0x20, 0x09, 0x0D: position += 1
                case 0x0A:
                    position += 1
                    line += 1
                    lineStart = base + position
                default: return byte
                }
            }
            guard try refill(keeping: position) else { return nil }
        }
    }

    /// Consumes the byte `peek()` gave.
    @inline(__always) func advance() { position += 1 }

    /// Skips whitespace and consumes `byte`, or throws.
    @inline(__always) func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw invalid() }
        position += 1
    }

    /// Consumes an opening bracket, counting the depth.
    @inline(__always) private func open() throws {
        depth += 1
        if depth > JSONNesting.foundationLimit {
            throw NewsGraphError(.invalidInput, JSONNesting.message(), path: path, line: line, column: column)
        }
        position += 1
    }

    /// Whether the next value is `null` (consumed if so).
    package func null() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Starts an object: `false` (and nothing consumed) when the next value is not one.
    package func beginObject() throws -> Bool {
        guard try peek() == UInt8(ascii: "{") else { return false }
        try open()
        return true
    }

    /// Starts an array: `false` (and nothing consumed) when the next value is not one.
    package func beginArray() throws -> Bool {
        guard try peek() == UInt8(ascii: "[") else { return false }
        try open()
        return true
    }

    /// Moves to the next element of an array: `false` after its closing bracket.
    /// `first` is `true` for the first call on an array.
    @inline(__always) package func nextElement(first: Bool) throws -> Bool {
        try nextItem(first: first, closing: UInt8(ascii: "]")) != nil
    }

    /// Moves past the comma before an array's element or an object's member, or past the
    /// closing byte: the item's first byte, or `nil` after the closing byte.
    @inline(__always) private func nextItem(first: Bool, closing: UInt8) throws -> UInt8? {
        guard var byte = try peek() else { throw invalid() }
        if !first, byte != closing {
            guard byte == UInt8(ascii: ",") else { throw invalid() }
            position += 1
            guard let next = try peek() else { throw invalid() }
            byte = next
        }
        if byte == closing {
            position += 1
            depth -= 1
            return nil
        }
        return byte
    }

    /// Moves to the next member of an object and reads its key: the index of the key in
    /// `keys`, `-1` for another key, or `nil` after the closing brace. The colon is consumed.
    @inline(__always) func nextKey(first: Bool, in keys: JSONKeys) throws -> Int? {
        guard try nextMember(first: first) else { return nil }
        let index = try stringBytes { keys.index(of: $0) }
        try expect(UInt8(ascii: ":"))
        return index
    }

    /// Moves to the next member of an object, at its key's opening quote: `false` after the
    /// closing brace.
    @inline(__always) private func nextMember(first: Bool) throws -> Bool {
        guard let byte = try nextItem(first: first, closing: UInt8(ascii: "}")) else { return false }
        guard byte == UInt8(ascii: "\"") else { throw invalid() }
        return true
    }

    /// ``nextKey(first:in:)`` giving the key as a string (for objects of free keys; UTF-8 checked).
    package func nextKeyString(first: Bool) throws -> String? {
        guard try nextMember(first: first) else { return nil }
        guard let key = try string() else { throw invalid() }
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Reads a string, or `nil` (nothing consumed) when the next value is not one.
    @inline(__always) package func string() throws -> String? { try string(showing: { _ in }) }

    /// The input offset of the next byte to read.
    var offset: Int { base + position }

    /// Looks ahead, in the bytes already read at or after input offset `from` (and after the
    /// next byte to read), for the next `"id":"` (a record's id as this project's writer writes
    /// it): shows the bytes up to the next quote to `body` and gives the input offset past
    /// them; `nil` when the next `within` bytes read hold no such whole string. Only a hint for
    /// prefetching: the bytes are not parsed (an escape or a key of that name in another place
    /// shows other bytes).
    package func idAhead(from: Int, within: Int, _ body: (UnsafeRawBufferPointer) -> Void) -> Int? {
        let start = Swift.max(from - base, position)
        guard start < count else { return nil }
        // `"id":"`: a quote, then `id":"` (memchr for each quote; the bytes between records are few).
        var at = buffer + start
        let limit = buffer + Swift.min(count, start + within)
        while true {
            guard at.distance(to: limit) > 6, let quote = memchr(at, 0x22, at.distance(to: limit)) else { return nil }
            at = quote.assumingMemoryBound(to: UInt8.self)
            if at.distance(to: limit) > 6 && at[1] == UInt8(ascii: "i") && at[2] == UInt8(ascii: "d") && at[3] == 0x22
                && at[4] == UInt8(ascii: ":") && at[5] == 0x22
            {
                break
            }
            at += 1
        }
        let first = at + 6
        guard let quote = memchr(first, 0x22, first.distance(to: limit)) else { return nil }
        let end = quote.assumingMemoryBound(to: UInt8.self)
        body(UnsafeRawBufferPointer(start: first, count: first.distance(to: end)))
        return base + buffer.distance(to: end) + 1
    }

    /// Reads a string as ``string()`` does, first showing its bytes to `look` (a reader that
    /// starts a table look-up of the string before it needs the result).
    @inline(__always) package func string(showing look: (UnsafeBufferPointer<UInt8>) -> Void) throws -> String? {
        guard try peek() == UInt8(ascii: "\"") else { return nil }
        return try stringBytes { bytes in
            look(bytes)
            // ASCII, the common case, needs no validation.
            if Self.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            guard let string = Self.validated(bytes) else { throw invalid() }
            return string
        }
    }

    /// Reads a string as ``string()`` does, but gives `known` itself when the bytes are its
    /// UTF-8 (no new string: a record read again, as JSON Lines repeat a node, shares the one
    /// in the graph).
    package func string(sameAs known: String) throws -> String? {
        guard try peek() == UInt8(ascii: "\"") else { return nil }
        var known = known
        return try stringBytes { bytes in
            let same = known.withUTF8 { utf8 in
                utf8.count == bytes.count && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
            if same { return known }
            if Self.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            guard let string = Self.validated(bytes) else { throw invalid() }
            return string
        }
    }

    /// Reads a string as ``string()`` does, through `values`: bytes met before give the value
    /// made for them then (no new string), new bytes the value `make` makes of their string.
    /// For fields of few distinct values (a relation's name, a document id, a rule), so that
    /// each distinct spelling is one `String`, shared. `nil` (nothing consumed) when the next
    /// value is not a string.
    @inline(__always)
    package func value<Value>(in values: inout ByteValues<Value>, _ make: (String) throws -> Value) throws -> Value? {
        guard try peek() == UInt8(ascii: "\"") else { return nil }
        return try stringBytes { bytes in
            if let known = values[bytes] { return known }
            let string: String
            if Self.isASCII(bytes) {
                string = String(decoding: bytes, as: UTF8.self)
            } else {
                guard let valid = Self.validated(bytes) else { throw invalid() }
                string = valid
            }
            let value = try make(string)
            values.add(bytes, string, value)
            return value
        }
    }

    /// The bytes of the object that starts at the next byte to read (an opening brace: the caller
    /// peeked it), when they are all in the bytes read, on one line and at most 64 KiB; `nil`
    /// otherwise. The bytes are not checked (strings are skipped to their closing quote, brackets
    /// counted): a reader compares them with bytes it parsed before, and parses them when they
    /// differ. Valid until the scanner reads on.
    package func rawObject() -> UnsafeRawBufferPointer? {
        let start = position
        let limit = Swift.min(count, start + (1 << 16))
        var index = start + 1
        var depth = 1
        while index < limit {
            let byte = buffer[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < limit {
                    let inner = buffer[index]
                    if inner == UInt8(ascii: "\"") { break }
                    if inner == UInt8(ascii: "\\") { index += 1 } else if inner == 0x0A { return nil }
                    index += 1
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return UnsafeRawBufferPointer(start: buffer + start, count: index + 1 - start) }
            case 0x0A: return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Consumes `count` bytes that ``rawObject()`` gave (one whole object).
    package func skipRaw(_ count: Int) { position += count }

    /// The string of UTF-8 bytes, or `nil` if they are not UTF-8: they are exactly when
    /// decoding keeps them as they are (a repair puts U+FFFD where bytes were not UTF-8).
    /// Cheaper than `String(validating:as:)`, generic and unspecialized here (a metadata
    /// look-up per string).
    private static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var string = String(decoding: bytes, as: UTF8.self)
        let same = string.withUTF8 { utf8 in
            utf8.count == bytes.count && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? string : nil
    }

    /// Whether every byte is ASCII, eight at a time.
    @inline(__always) static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var all: UInt64 = 0
        while index + 8 <= bytes.count {
            all |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            all |= UInt64(base[index])
            index += 1
        }
        return all & 0x8080_8080_8080_8080 == 0
    }

    /// The index (0–7) of the first byte of `word` (read little-endian) that ends the fast path
    /// of a string: a quote, a backslash or a control character; 8 when there is none (also what
    /// ``JSONWriter`` escapes). Each
    /// test flags a byte exactly when no earlier byte was flagged (a borrow only moves up).
    @inline(__always) static func firstSpecial(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let flags =
            ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return (flags & highs).trailingZeroBitCount / 8
    }

    /// Reads the string at `position` (an opening quote) and calls `body` with its decoded
    /// bytes (valid only during the call).
    @inline(__always) private func stringBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        position += 1
        var start = position
        while true {
            // The fast path: no escape, all in the buffer.
            var index = position
            // Eight bytes at a time up to the first quote, backslash or control character.
            while index + 8 <= count {
                let at = Self.firstSpecial(UnsafeRawPointer(buffer + index).loadUnaligned(as: UInt64.self))
                index += at
                if at < 8 { break }
            }
            while index < count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") {
                    position = index + 1
                    return try body(UnsafeBufferPointer(start: buffer + start, count: index - start))
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            if index < count {
                position = index
                if buffer[index] < 0x20 { throw invalid() }
                return try escapedString(from: start, body)
            }
            position = index
            let offset = position - start
            guard try refill(keeping: start) else { throw invalid() }
            start = 0
            position = offset
        }
    }

    /// The slow path of ``stringBytes(_:)``: from the first backslash on, decoding into `scratch`.
    private func escapedString<T>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: position - start))
        while true {
            guard try available() else { throw invalid() }
            let byte = buffer[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return try scratch.withUnsafeBufferPointer(body)
            }
            if byte < 0x20 { throw invalid() }
            guard byte == UInt8(ascii: "\\") else {
                // The run of plain bytes up to the next quote, backslash or control character.
                var end = position + 1
                while end + 8 <= count {
                    let at = Self.firstSpecial(UnsafeRawPointer(buffer + end).loadUnaligned(as: UInt64.self))
                    end += at
                    if at < 8 { break }
                }
                while end < count && buffer[end] != UInt8(ascii: "\"") && buffer[end] != UInt8(ascii: "\\")
                    && buffer[end] >= 0x20
                {
                    end += 1
                }
                scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + position, count: end - position))
                position = end
                continue
            }
            position += 1
            guard try available() else { throw invalid() }
            let escape = buffer[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    guard try available(), buffer[position] == UInt8(ascii: "\\") else { throw invalid() }
                    position += 1
                    guard try available(), buffer[position] == UInt8(ascii: "u") else { throw invalid() }
                    position += 1
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw invalid() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw invalid()
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw invalid() }
                scratch.append(contentsOf: UTF8.encode(unicode)!)
            default:
                throw invalid()
            }
        }
    }

    private func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard try available() else { throw invalid() }
            let byte = buffer[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw invalid()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A number token: an integer when it is written as one and fits, and its value as a double.
    package struct Number {
        package var integer: Int?
        package var double: Double
        /// Whether the token is written as an integer (no fraction, no exponent).
        package var isWritten: Bool = false
    }

    /// Reads a number, or `nil` (nothing consumed) when the next value is not one.
    package func number() throws -> Number? {
        guard let first = try peek(), first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return nil }
        // The fast path: the token ends inside the buffer, read where it is.
        var end = position
        while end < count, Self.isNumberByte(buffer[end]) { end += 1 }
        if end < count && end - position <= 4096 {
            let token = UnsafeRawBufferPointer(start: buffer + position, count: end - position)
            position = end
            return try number(token)
        }
        // The token's bytes, checked against JSON's grammar.
        scratch.removeAll(keepingCapacity: true)
        while try available() {
            let byte = buffer[position]
            if Self.isNumberByte(byte) {
                scratch.append(byte)
                position += 1
                if scratch.count > 4096 { throw invalid() }
                continue
            }
            break
        }
        return try scratch.withUnsafeBytes { try number($0) }
    }

    @inline(__always) private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"),
            UInt8(ascii: "E"):
            return true
        default: return false
        }
    }

    /// A number token's value, its bytes checked against JSON's grammar.
    private func number(_ digits: UnsafeRawBufferPointer) throws -> Number {
        var index = 0
        func run() -> Int {
            let from = index
            while index < digits.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digits[index]) { index += 1 }
            return index - from
        }
        if digits[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = run()
        guard integerDigits > 0, integerDigits == 1 || digits[integerStart] != UInt8(ascii: "0") else { throw invalid() }
        var isInteger = true
        if index < digits.count, digits[index] == UInt8(ascii: ".") {
            index += 1
            guard run() > 0 else { throw invalid() }
            isInteger = false
        }
        if index < digits.count, digits[index] == UInt8(ascii: "e") || digits[index] == UInt8(ascii: "E") {
            index += 1
            if index < digits.count, digits[index] == UInt8(ascii: "+") || digits[index] == UInt8(ascii: "-") { index += 1 }
            guard run() > 0 else { throw invalid() }
            isInteger = false
        }
        guard index == digits.count else { throw invalid() }
        if isInteger && integerDigits <= 18 {
            var value = 0
            for byte in digits[integerStart...] { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            if digits[0] == UInt8(ascii: "-") { value = -value }
            return Number(integer: value, double: Double(value), isWritten: true)
        }
        let double: Double
        if let short = DecimalBytes.double(digits) {
            double = short
        } else {
            var terminated = Array(digits)
            terminated.append(0)
            double = terminated.withUnsafeBufferPointer {
                strtod(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), nil)
            }
        }
        guard double.isFinite else { throw invalid() }
        var integer: Int?
        if double == double.rounded(), abs(double) < 9.2e18 { integer = Int(double) }
        return Number(integer: integer, double: double, isWritten: isInteger)
    }

    /// Reads `true` or `false`, or `nil` (nothing consumed) when the next value is neither.
    package func bool() throws -> Bool? {
        switch try peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: return nil
        }
    }

    private func literal(_ word: StaticString) throws {
        for index in 0..<word.utf8CodeUnitCount {
            guard try available(), buffer[position] == word.utf8Start[index] else { throw invalid() }
            position += 1
        }
    }

    /// Skips any value, checking that it is JSON.
    package func skipValue() throws {
        guard let byte = try peek() else { throw invalid() }
        switch byte {
        case UInt8(ascii: "{"):
            try open()
            var first = true
            while try nextKey(first: first, in: .none) != nil {
                first = false
                try skipValue()
            }
        case UInt8(ascii: "["):
            try open()
            var first = true
            while try nextElement(first: first) {
                first = false
                try skipValue()
            }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): _ = try null()
        default:
            guard try number() != nil else { throw invalid() }
        }
    }
}

/// The keys an object's reader knows, matched against a key's bytes without a `String`.
struct JSONKeys: @unchecked Sendable {
    /// Each key's bytes packed in two words (keys of up to 16 bytes; a longer key never
    /// matches: none of the readers' keys is longer), and its length. Never freed nor
    /// changed: the readers' key lists are static, made once, and passing a pointer costs no
    /// retain (an array did, at every object and every key).
    private let packed: UnsafeBufferPointer<(low: UInt64, high: UInt64, count: Int)>

    init(_ keys: [String]) {
        let storage = UnsafeMutableBufferPointer<(low: UInt64, high: UInt64, count: Int)>.allocate(capacity: keys.count)
        for (index, key) in keys.enumerated() {
            precondition(key.utf8.count <= 16, "JSONKeys holds keys of up to 16 bytes")
            storage[index] = Array(key.utf8).withUnsafeBufferPointer { Self.pack($0) }
        }
        packed = UnsafeBufferPointer(storage)
    }

    static let none = JSONKeys([])

    @inline(__always) private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64, count: Int) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<Swift.min(bytes.count, 8) { low |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        if bytes.count > 8 {
            for index in 8..<bytes.count { high |= UInt64(bytes[index]) << (8 * UInt64(index - 8)) }
        }
        return (low, high, bytes.count)
    }

    /// `bytes` packed as ``pack(_:)`` packs them, by whole-word loads that stay inside them
    /// (two that overlap where the key is not a multiple of the word): a key is packed at
    /// every member of every object read, byte by byte it was a loop of up to 16 steps.
    /// - Precondition: `bytes.count <= 16`.
    @inline(__always) private static func packWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64, count: Int) {
        #if _endian(big)
            return pack(bytes)
        #else
        let n = bytes.count
        guard n >= 4, let base = bytes.baseAddress else { return pack(bytes) }
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            let low = raw.loadUnaligned(as: UInt64.self)
            // The last eight bytes, shifted so that byte 8 lands at the bottom.
            let high = n > 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64(8 * (16 - n)) : 0
            return (low, high, n)
        }
        // 4 to 7 bytes: the first four and the last four (the overlap holds the same bytes).
        let first = UInt64(raw.loadUnaligned(as: UInt32.self))
        let last = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << UInt64(8 * (n - 4))
        return (first | last, 0, n)
        #endif
    }

    /// The index of the key spelled by `bytes`, or -1.
    @inline(__always) func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count <= 16 else { return -1 }
        let key = Self.packWords(bytes)
        for index in packed.indices
        where packed[index].low == key.low && packed[index].high == key.high && packed[index].count == key.count {
            return index
        }
        return -1
    }
}

/// Values by the bytes of a string, for ``JSONScanner/value(in:_:)``: a ``ByteTable`` of at
/// most `limit` keys, behind a direct-mapped cache of 64 recent keys that is checked by a cheap
/// hash of the bytes and then by the bytes themselves (a collision only misses: the table's
/// seeded hash is the one that bounds the cost on any input), so that a field of few values
/// is found without hashing its bytes through SipHash each time.
package struct ByteValues<Value> {
    private struct Entry {
        var key: String
        var value: Value
    }
    private var table = ByteTable<Entry>()
    private var recent = [(key: String, value: Value?)](repeating: ("", nil), count: 64)
    private let limit: Int

    package init(limit: Int = 1 << 14) { self.limit = limit }

    @inline(__always) private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var word = UInt64(truncatingIfNeeded: bytes.count)
        if let base = bytes.baseAddress, bytes.count >= 8 {
            word ^= UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            word ^= UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self) &* 0x9E37_79B9_7F4A_7C15
        } else {
            for byte in bytes { word = word << 8 | UInt64(byte) }
        }
        return Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The value for these bytes, if known.
    package subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        mutating get {
            let slot = Self.slot(bytes)
            if let value = recent[slot].value {
                var key = recent[slot].key
                if key.withUTF8({ bytesEqual(UnsafeRawBufferPointer($0), UnsafeRawBufferPointer(bytes)) }) { return value }
            }
            guard let entry = table[UnsafeRawBufferPointer(bytes)] else { return nil }
            recent[slot] = (key: entry.key, value: entry.value)
            return entry.value
        }
    }

    /// Keeps `value` for these bytes (`string`), while the table has room.
    package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ string: String, _ value: Value) {
        recent[Self.slot(bytes)] = (key: string, value: value)
        if table.count < limit { table.set(UnsafeRawBufferPointer(bytes), Entry(key: string, value: value)) }
    }
}
