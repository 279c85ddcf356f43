import Foundation

/// Derives stable identifiers from names.
public enum StableID {
    /// The identifier for a canonical name: lower case, diacritics folded, every run of
    /// characters other than letters and digits turned into one `_`.
    ///
    /// `"Mark Esper"` → `mark_esper`, `"Nicolás Maduro"` → `nicolas_maduro`,
    /// `"U.S."` → `u_s`. Letters of other scripts are kept as they are. A name with no
    /// letter or digit gets `x` followed by its scalar values in hex, so that it
    /// still has a stable, non-empty identifier.
    public static func make(_ name: String) -> String {
        if let ascii = asciiID(name) { return ascii }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSeparator && !out.isEmpty { out.append("_") }
                pendingSeparator = false
                out.append(scalar)
            } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingSeparator = true
            }
        }
        if out.isEmpty {
            return "x" + name.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "_")
        }
        return String(out)
    }

    /// The fast path for ASCII names (most names in English news): the same result as
    /// the general path, without Unicode property look-ups.
    private static func asciiID(_ name: String) -> String? {
        // Written in place into the result's storage (one allocation, none for up to 15
        // bytes), not through an array: an identifier is never longer than the name (each byte
        // written is a letter or digit of the name, or one `_` for a run of other bytes).
        guard !name.isEmpty else { return nil }
        var isASCII = true
        let id = String(unsafeUninitializedCapacity: name.utf8.count) { out in
            var count = 0
            var pendingSeparator = false
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSeparator && count > 0 {
                        out[count] = UInt8(ascii: "_")
                        count += 1
                    }
                    pendingSeparator = false
                    out[count] = byte <= UInt8(ascii: "Z") && byte >= UInt8(ascii: "A") ? byte + 32 : byte
                    count += 1
                case 0x80...:
                    isASCII = false
                    return 0
                case UInt8(ascii: "^"), UInt8(ascii: "`"):
                    continue  // diacritics: dropped without a separator, as the general path does
                default:
                    pendingSeparator = true
                }
            }
            return count
        }
        return isASCII && !id.isEmpty ? id : nil
    }
}
