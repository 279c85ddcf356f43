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
}
