/// Lexical checks for the six GraphML `attr.type`s, as XML Schema defines their literals.
enum XSDLexical {
    /// Whether `text` (after white-space collapsing) is a valid literal of `type`
    /// (`boolean`, `int`, `long`, `float`, `double`, `string`).
    static func isValid(_ text: String, as type: String) -> Bool {
        let value = trimmed(text)
        switch type {
        case "string": return true
        case "boolean": return ["true", "false", "1", "0"].contains(value)
        case "int": return isInteger(value, min: Int64(Int32.min), max: Int64(Int32.max))
        case "long": return isInteger(value, min: Int64.min, max: Int64.max)
        case "float", "double": return isDouble(value)
        default: return true
        }
    }

    static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while let first = slice.first, first == " " || first == "\t" || first == "\n" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\n" || last == "\r" { slice.removeLast() }
        return slice
    }

    /// `[+-]?[0-9]+` within the range.
    static func isInteger(_ text: Substring, min: Int64, max: Int64) -> Bool {
        var body = text
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        guard let value = Int64(text.first == "+" ? text.dropFirst() : text, radix: 10) else { return false }
        return (min...max).contains(value)
    }

    /// xs:double: `(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?`, `INF`, `-INF`, `+INF`, `NaN`.
    static func isDouble(_ text: Substring) -> Bool {
        if ["INF", "-INF", "+INF", "NaN"].contains(text) { return true }
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissaDigits = 0
        while let byte = bytes.first, byte >= 0x30 && byte <= 0x39 {
            bytes = bytes.dropFirst()
            mantissaDigits += 1
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            while let byte = bytes.first, byte >= 0x30 && byte <= 0x39 {
                bytes = bytes.dropFirst()
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if let byte = bytes.first, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            var exponentDigits = 0
            while let digit = bytes.first, digit >= 0x30 && digit <= 0x39 {
                bytes = bytes.dropFirst()
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
