/// Decimal numbers read from their bytes, as `Double(String)` and `strtod` read them, for the
/// short decimals graph files are full of (a confidence of `0.8`, a weight of `3`).
package enum DecimalBytes {
    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { result, _ in result * 10 } }

    /// `-?digits(.digits)?` of at most 15 digits in all, as `Double(String)` reads it, without
    /// making a `String`; `nil` for anything else (which the caller reads with
    /// `Double(String)`). The digits make an integer below 2^53 and the divisor is an exact
    /// power of ten, so the one division rounds correctly: the same `Double` as `strtod`'s.
    package static func double(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var index = 0
        let negative = bytes.count > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = -1  // digits after the point; -1: no point
        var integerDigits = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if fraction >= 0 { fraction += 1 } else { integerDigits += 1 }
            } else if byte == UInt8(ascii: "."), fraction < 0 {
                fraction = 0
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, digits <= 15, integerDigits > 0, fraction != 0 else { return nil }
        var value = Double(mantissa)
        if fraction > 0 { value /= exactPowersOfTen[fraction] }
        return negative ? -value : value
    }
}
