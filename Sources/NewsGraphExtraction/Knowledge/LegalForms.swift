// The legal forms of companies (`LegalForms.generated.swift`, from GLEIF's ISO 20275 list) as a
// set of words, for the rules that ask whether a word is one ("Velmar GmbH", "Tarvo S.A.").

extension BuiltInLexicon {
    /// Every legal form of ``legalForms`` in lower case, with its periods and without ("s.a.",
    /// "sa", "gmbh", "oyj"): the forms of ``Token/norm`` and of a name's last word with its
    /// periods removed.
    static let legalFormWords: Set<String> = {
        var words = Set<String>()
        for line in legalForms.split(separator: "\n") where !line.hasPrefix("[") {
            guard let form = line.split(separator: "\t").first else { continue }
            let lower = form.lowercased()
            words.insert(lower)
            words.insert(lower.replacingOccurrences(of: ".", with: ""))
        }
        return words
    }()
}
