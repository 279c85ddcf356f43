/// The closed classes of English: the few hundred function words whose part of speech
/// WordNet does not give (it lists only nouns, verbs, adjectives and adverbs) or gives
/// misleadingly ("a" the vitamin, "in" the inch, "can" the container, "will" the testament).
/// Each word's first tag is its usual reading; the tagger picks another from context where
/// a second is listed (``Tagger``).
enum ClosedClass {
    /// Word → readings, most usual first.
    static let words: [String: [Tag]] = {
        var table: [String: [Tag]] = [:]
        func add(_ tags: [Tag], _ list: String) {
            for word in list.split(separator: " ") { table[String(word)] = tags }
        }
        add([.determiner], "the a an this these those every each another either neither no some any all both")
        add([.determiner, .subordinator, .wh], "that")
        add([.pronoun], "i me you he him she her it we us they them my your his its our their mine yours hers ours theirs")
        add([.pronoun], "myself yourself himself herself itself ourselves themselves one's")
        add([.pronoun, .adverb], "there")
        add([.wh], "who whom whose which what whoever whatever whichever")
        add([.adverb], "where when why how however whenever wherever")
        add(
            [.preposition],
            "of in on at by for from with into onto upon about against among amid amidst between through throughout during without within across along alongside around near toward towards under underneath over above below behind beyond beside besides despite except inside outside per via than unlike like off up down out amongst atop"
        )
        add([.preposition, .subordinator], "after before since until till as")
        add([.subordinator], "because if whether although though unless while whereas whilst")
        add([.coordinator], "and or nor")
        add([.coordinator, .preposition], "but")
        add([.preposition, .infinitive], "to")
        add([.negation], "not n't")
        add([.modal], "will would can could may might shall should must ought 'll 'd wo ca")
        add([.auxiliary], "be is are was were been being am 're 'm")
        add([.auxiliary, .verbThird], "has does")
        add([.auxiliary, .verbPresent], "have do 've")
        add([.auxiliary, .verbPast], "had did")
        add([.auxiliary, .verbGerund], "having doing")
        add([.verbParticiple], "done")
        add(
            [.number],
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen"
        )
        add([.adjective], "many much more most few fewer fewest several less least such other own same")
        add([.adverb], "also never always often sometimes already still yet even just only very too so again then thus therefore meanwhile")
        return table
    }()

    /// Forms of "be" (a following participle makes a passive).
    static let be: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"]
    /// Forms of "have" (a following participle makes a perfect).
    static let have: Set<String> = ["have", "has", "had", "having", "'ve"]
    /// Forms of "do" (do-support: "did not say").
    static let `do`: Set<String> = ["do", "does", "did"]
    /// Subject pronouns.
    static let subjectPronouns: Set<String> = ["i", "you", "he", "she", "it", "we", "they"]
    /// Indefinite pronouns ("Nobody will be forced …"), which WordNet lists as nouns ("a nobody"); never a name alone.
    static let indefinitePronouns: Set<String> = [
        "nobody", "somebody", "anybody", "everybody", "someone", "anyone", "everyone", "nothing", "something", "anything",
        "everything", "none",
    ]
    /// Possessive determiners.
    static let possessivePronouns: Set<String> = ["my", "your", "his", "her", "its", "our", "their"]
}
