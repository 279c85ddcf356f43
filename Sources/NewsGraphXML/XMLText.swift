/// Text as XML 1.0 allows it.
public enum XMLText {
    /// What to do with characters that XML 1.0 forbids (C0 controls other than tab,
    /// newline and carriage return; U+FFFE; U+FFFF).
    public enum Policy: Sendable {
        /// Drop them.
        case remove
        /// Replace each with U+FFFD REPLACEMENT CHARACTER.
        case replace
    }

    /// Whether a scalar matches XML 1.0's `Char` production.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF: true
        case 0xE000...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether every character of `text` is allowed in XML 1.0.
    @inlinable
    public static func isClean(_ text: String) -> Bool {
        // Fast path on bytes: only C0 bytes and the UTF-8 forms of U+FFFE/U+FFFF (EF BF BE/BF) can be bad.
        var sawEF = false
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD { return false }
            if byte == 0xEF { sawEF = true }
        }
        if !sawEF { return true }
        return text.unicodeScalars.allSatisfy(isAllowed)
    }

    /// `text` with forbidden characters removed or replaced.
    public static func sanitized(_ text: String, policy: Policy = .remove) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) {
                out.append(scalar)
            } else if policy == .replace {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}
