/// A publication date in ISO 8601, as RDF types it: a day (`xsd:date`) or an instant
/// (`xsd:dateTime`).
///
/// Documents carry their date as the source wrote it. What `parse` accepts, and how it writes
/// it in XSD's lexical form:
///
/// | written | kind | lexical form |
/// |---|---|---|
/// | `2018-11-26` | date | `2018-11-26` |
/// | `2018-11-26T09:00:00Z`, `…T09:00:00.5+01:00` | dateTime | as written |
/// | `2018-11-26T09:00Z` (no seconds) | dateTime | `2018-11-26T09:00:00Z` |
/// | `2018-11-26 09:00:00`, `…+0100` (space, offset without colon) | dateTime | `2018-11-26T09:00:00`, `…+01:00` |
///
/// Anything else (`November 26, 2018`, `26/11/2018`) is not ISO 8601: `nil`.
public struct ISODate: Equatable, Sendable {
    /// A day or an instant.
    public enum Kind: String, Sendable {
        /// `xsd:date`.
        case date
        /// `xsd:dateTime`.
        case dateTime
    }

    /// A day or an instant.
    public var kind: Kind
    /// The date in the lexical form of its XSD type.
    public var lexical: String

    /// Parses an ISO 8601 date or date and time; `nil` for anything else.
    public static func parse(_ text: String) -> ISODate? {
        let bytes = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        // The day: DocumentDate's check (a plausible month and day), shared with the filters.
        guard let dayText = DocumentDate.isoDay(text) else { return nil }
        if bytes.count == 10 { return ISODate(kind: .date, lexical: dayText) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), let hour = digits(11, 2), hour <= 23,
            bytes.count >= 16, bytes[13] == UInt8(ascii: ":"), let minute = digits(14, 2), minute <= 59
        else { return nil }
        var index = 16
        var time = String(format2(hour)) + ":" + format2(minute)
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let second = digits(index + 1, 2), second <= 60 else { return nil }
            time += ":" + format2(second)
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                var end = index + 1
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
                guard end > index + 1 else { return nil }
                time += String(decoding: bytes[index..<end], as: UTF8.self)
                index = end
            }
        } else {
            time += ":00"
        }
        var zone = ""
        if index < bytes.count {
            let sign = bytes[index]
            if sign == UInt8(ascii: "Z"), index + 1 == bytes.count {
                zone = "Z"
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), let hours = digits(index + 1, 2), hours <= 14 {
                let colon = index + 3 < bytes.count && bytes[index + 3] == UInt8(ascii: ":")
                guard let minutes = digits(index + (colon ? 4 : 3), 2), minutes <= 59,
                    index + (colon ? 6 : 5) == bytes.count
                else { return nil }
                zone = String(UnicodeScalar(sign)) + format2(hours) + ":" + format2(minutes)
            } else {
                return nil
            }
        }
        return ISODate(kind: .dateTime, lexical: dayText + "T" + time + zone)
    }

    private static func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
