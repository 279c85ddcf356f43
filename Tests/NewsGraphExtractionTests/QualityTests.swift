import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing
import _NewsGraphTestSupport

/// Entity and relation precision/recall/F1 over annotated corpora, with floors.
///
/// Floors sit just below the scores reached; raise them as the extractor improves.
@Suite("Extraction quality")
struct QualityTests {
    @Test("dev corpus (Fixtures/dev)")
    func devCorpus() throws {
        let directory = CorpusSupport.devDirectory
        try #require(FileManager.default.fileExists(atPath: directory.path), "dev corpus not found at \(directory.path)")
        let items = try CorpusSupport.load(directory)
        #expect(items.count >= 10)
        let score = CorpusSupport.score(items, label: "dev")
        #expect(score.entities.f1 >= 0.97)
        #expect(score.typedEntities.f1 >= 0.97)
        #expect(score.relations.f1 >= 0.84)
    }

    /// dev2: 19 public-domain texts that came after the rules. Their first score, before
    /// any rule was tuned on them: entities P 0.725 R 0.915 F1 0.809, relations P 0.700
    /// R 0.264 F1 0.384, typed entities F1 0.749. On 2026-12-02 (entities3, relations3) they
    /// reached 0.896, typed 0.873, relations 0.505; later that day (quality) 0.903, typed
    /// 0.880, relations 0.540; then (quality, evening) 0.905, typed 0.882, relations 0.551; then (lead,
    /// acronyms spelled through "al-") 0.905, typed 0.885, relations 0.569; then (quality, 2026-12-03:
    /// "the two countries", "accuse each other", a list before an aside) relations 0.578; then (a title's organization within its sentence) 0.584; then (quality, 2026-12-03: denials of accusations any family read) 0.588; then (quality: a list over a phrase on one
    /// item, a group standing for the names after "including"/"to include", "served in" as a frame) 0.627; then (a title's organization after its holder, "X of
    /// the Y"; no apposition before a verb) 0.635; then (quality, 2026-12-03 noon: a finite verb after
    /// "said" without "that", a rank after an office's organization, "meet with the commander of X as
    /// well as with Y") 0.651, relation floor 0.64; then (quality, 2026-12-03 afternoon: language names,
    /// region adjectives, words only before a thing's noun, acronym long forms over known names)
    /// entities 0.919, typed 0.903; then (a company "of" a city, "Kalmar's X news agency") entities 0.921,
    /// typed 0.906, relations 0.667 (P 0.890 R 0.533), relation floor 0.66; the floors sit just below.
    @Test("dev2 corpus (Fixtures/dev2)")
    func dev2Corpus() throws {
        let items = try CorpusSupport.load(CorpusSupport.dev2Directory)
        #expect(items.count >= 19)
        let score = CorpusSupport.score(items, label: "dev2")
        #expect(score.entities.f1 >= 0.91)
        #expect(score.typedEntities.f1 >= 0.90)
        #expect(score.relations.f1 >= 0.66)
    }

    /// The own texts. 58–67 came after the rules (first score: entities F1 0.868, relations F1
    /// 0.585); with them the floors moved from 0.965 / 0.80 to the score of all 67 texts. On
    /// 2026-12-02 evening (quality) relations reached 0.810; the relation floor moved to 0.805; on
    /// 2026-12-03 (quality, pair references and "each other") 0.813, floor 0.81; later that day (denials of any
    /// accusation, organs naming their country inside) 0.819, floor 0.815. On 2026-12-03 evening
    /// texts 68–79 came in (written blind to the rules; first score with main f8b6c34: entities
    /// 0.919, typed 0.869, relations 0.574, P 0.805 R 0.446); all 79 texts scored entities 0.960,
    /// typed 0.936, relations 0.771, and the floors moved to 0.955 / 0.93 / 0.765. Then (quality, evening: accusations carried by
    /// speech, no country for a former or visited office) relations 0.778 (P 0.913 R 0.678), floor 0.775.
    /// That night texts 80–91 came in (written blind; first score with main 143c109: entities 0.914,
    /// typed 0.873, relations 0.554, P 0.754 R 0.438); all 91 texts scored entities 0.957, typed 0.934,
    /// relations 0.742 (P 0.890 R 0.636), and the floors moved to 0.955 / 0.93 / 0.74. On 2026-12-03
    /// night texts 92–103 came in (written blind; first score with main 3fe79c7: entities 0.933, typed
    /// 0.910, relations 0.519, P 0.764 R 0.393); all 103 texts scored entities 0.960, typed 0.943,
    /// relations 0.721 (P 0.888 R 0.607), and the relation floor moved to 0.715. On 2026-12-04 texts
    /// 104–115 came in (written blind; first score with main 5de86ce: entities 0.924, typed 0.866,
    /// relations 0.476, P 0.763 R 0.346); all 115 texts scored entities 0.957, typed 0.935, relations
    /// 0.700 (P 0.882 R 0.580), and the relation floor moved to 0.695. The same session's rules (names
    /// with connectors, two-word short names, judgement and structure rules) brought them to entities
    /// 0.966, typed 0.947, relations 0.725 (P 0.899 R 0.607); the relation floor moved to 0.72. Then
    /// texts 116–127 came in (written blind; first score with main 1c25451: entities 0.919, typed 0.903,
    /// relations 0.465, P 0.733 R 0.341); all 127 texts scored entities 0.962, typed 0.943, relations
    /// 0.698 (P 0.886 R 0.576), and the relation floor moved to 0.695. The same session's rules (names
    /// written family name first, name boundaries, reported accusations, loans, paired offices, bloc organs)
    /// brought them to entities 0.965, typed 0.949, relations 0.708 (P 0.889 R 0.588); floor 0.705. Then
    /// texts 128–139 came in (written blind; first score with main d1bc8cb: entities 0.947, typed 0.921,
    /// relations 0.463, P 0.700 R 0.346); all 139 texts scored entities 0.964, typed 0.947, relations
    /// 0.681 (P 0.870 R 0.559), and the relation floor moved to 0.675. The same session's rules (names,
    /// reported blame, stand-ins, venue datelines, 'whose') brought them to 0.687 (P 0.874 R 0.566); floor 0.68.
    /// Then texts 140–151 came in (written blind; first score with main 156f8ce: entities 0.946, typed
    /// 0.901, relations 0.473, P 0.744 R 0.346); all 151 texts scored entities 0.964, typed 0.944, relations
    /// 0.664 (P 0.863 R 0.540), and the relation floor moved to 0.66. The same session's rules (company and
    /// place names, office holders' states, denials, company control, party lawmakers, possessive groups)
    /// brought them to entities 0.969, typed 0.953, relations 0.680 (P 0.883 R 0.553); floor 0.675.
    /// Then texts 152–163 came in (written blind; first score with main 99b3383: entities 0.949, typed
    /// 0.921, relations 0.510, P 0.779 R 0.379); all 163 texts scored entities 0.967, typed 0.950, relations
    /// 0.662 (P 0.874 R 0.533), and the relation floor moved to 0.66. The same session's rules (names before
    /// "of" a country, places apart from bodies named after them, the lede's doer, a country's company,
    /// a party of a person) brought them to entities 0.969, typed 0.953, relations 0.668 (P 0.876 R 0.540);
    /// floor 0.665. On 2026-12-04 texts 164–175 came in blind (first score entities 0.929, typed 0.887,
    /// relations 0.479, P 0.787 R 0.344); all 175 texts scored entities 0.965, typed 0.947, relations
    /// 0.652 (P 0.870 R 0.521), and the relation floor moved to 0.65. The same session's rules (a company's
    /// first two words, redefined acronyms, organs "… of" a country, ownership stakes, described objects,
    /// a representative's denial) brought them to entities 0.966, typed 0.949, relations 0.662 (P 0.874
    /// R 0.533); floor 0.66. In the next session, texts 176–187 came in blind (first score with main ec0f3c2:
    /// entities 0.918, typed 0.889, relations 0.480, P 0.741 R 0.355); with that session's first rules (where
    /// places and companies are) all 187 texts scored entities 0.963, typed 0.945, relations 0.650 (P 0.865
    /// R 0.520), and the relation floor moved to 0.645. That session's rules (ties and party members, accusations
    /// as legal actions, bodies' names with "and", a title's word read as no verb) brought them to entities 0.965,
    /// typed 0.947, relations 0.657 (P 0.867 R 0.529); floor 0.65. On 2026-12-04 night texts 188–199 came in
    /// blind (first score with main 7d6bb44: entities 0.972, typed 0.937, relations 0.501, P 0.774 R 0.371);
    /// all 199 texts scored entities 0.965, typed 0.947, relations 0.646 (P 0.861 R 0.516), and the relation
    /// floor moved to 0.645. That session's rules (places after a journey or a battle, a trade's plural, a
    /// country's company, "its chief executive" resolved to the right body, "urged both sides", forces sent or
    /// kept in a place) brought them to entities 0.966, typed 0.949, relations 0.652 (P 0.867 R 0.523); floor 0.65.
    /// On 2026-12-05 texts 200–211 came in blind (first score with main a5cf1be: entities 0.917, typed 0.898,
    /// relations 0.532, P 0.807 R 0.397); all 211 texts scored entities 0.963, typed 0.946, relations 0.645
    /// (P 0.864 R 0.515; 0.64496), and the relation floor moved to 0.644. That session's rules (WordNet's named
    /// places, place participles, "have" as a main verb, "X said it …", aid with a second object) brought them to
    /// entities 0.964, typed 0.949, relations 0.649 (P 0.864 R 0.520); floor 0.645. On 2026-12-05 morning texts
    /// 212–223 came in blind (first score with main e58bcf3: entities 0.935, typed 0.882, relations 0.463, P 0.854
    /// R 0.318); all 223 texts scored entities 0.962, typed 0.945, relations 0.639 (P 0.864 R 0.507), and the
    /// relation floor moved to 0.638. That session's rules (member lists, bodies registered in a place, "controlled
    /// by", offices' implied countries, "urged both sides" read from the main dispute, plural descriptions, civil
    /// bodies located in their country, "Sheikh" inside names) brought them to entities 0.962, typed 0.945, relations
    /// 0.651 (P 0.870 R 0.520); floor 0.65. On 2026-12-05 texts 224–235 came in blind (first score with main
    /// 211b924: entities 0.949, typed 0.913, relations 0.496, P 0.740 R 0.372); all 235 texts scored entities
    /// 0.961, typed 0.943, relations 0.641 (P 0.862 R 0.510), and the relation floor moved to 0.638. Then (rel2: kinds
    /// by foreign head words and company context, stakes described and held, member pairs and described blocs, a
    /// company's partner) entities 0.962, typed 0.945, relations 0.649 (P 0.868 R 0.518); floor 0.645. With the
    /// lead's mends from 224–235's false relations and quality's implicit accusations in reported speech and
    /// signing agents: entities 0.962, typed 0.945, relations 0.653 (P 0.870 R 0.522); floor 0.65. On 2026-12-05
    /// texts 236–247 came in blind (first score with main 075262b: entities 0.949, typed 0.912, relations 0.506,
    /// P 0.836 R 0.363); all 247 texts scored entities 0.961, typed 0.943, relations 0.643 (P 0.868 R 0.511), and
    /// the relation floor moved to 0.64. That session's rules (counted member lists, organs named after their
    /// parent, forums as bodies, founders and allies as ties, names with "and"/"on the" inside, country-named and
    /// "X-based" companies, legal forms from GLEIF's list, "the P-based N" descriptions, a state's body as a subject,
    /// offices held in the last sentence's subject) brought them to entities
    /// 0.965, typed 0.947, relations 0.657 (P 0.875 R 0.526); floor 0.654. Texts 248–259 came in blind that
    /// afternoon (first score with main 9cf6b24: entities 0.926, typed 0.893, relations 0.508, P 0.781 R 0.376);
    /// all 259 texts scored entities 0.962, typed 0.944, relations 0.649 (P 0.870 R 0.517); floor 0.645. That
    /// afternoon's rules (a city's name as a company's modifier, "X, a U.N. agency", police ranks as titles, places
    /// and facilities by their nouns, legal forms written first, civil bodies named after their country, denials of
    /// "the criticism", more demonym bodies; then the reviews' mends, a region or a country before a body's name)
    /// brought them to entities 0.963, typed 0.948, relations 0.657 (P 0.867 R 0.529); floor 0.653. Texts 260–271
    /// came in blind that evening (first score with main 511f182: entities 0.923, typed 0.878, relations 0.534,
    /// P 0.820 R 0.396); all 271 texts scored entities 0.961, typed 0.944, relations 0.651 (P 0.865 R 0.522);
    /// floor 0.648. That evening's rules (companies and places by their context, titles after a possessive with
    /// words between, denials of a named claim, passive "led/run/operated by" agents, owners) and the gold
    /// corrections (21 civil bodies' `located_in`, "run by" as `leads`) brought them to entities 0.961, typed 0.947,
    /// relations 0.659 (P 0.873 R 0.530); floor 0.656. Texts 272–283 came in blind on 2026-12-05 at night (first
    /// score with main ea08458: entities 0.961, typed 0.927, relations 0.550, P 0.864 R 0.403); all 283 texts scored
    /// entities 0.961, typed 0.946, relations 0.654 (P 0.873 R 0.522); floor 0.651. That night's rules (agreements
    /// and forces by their frames, definite descriptions read as actors, "said … and accused" as the speaker's,
    /// located_in from descriptions of a body, titles with a profession or a unit between) and the review's mends
    /// brought them to entities 0.962, typed 0.947, relations 0.660 (P 0.876 R 0.530); floor 0.657.
    /// Texts 284–295 came in blind on 2026-12-05 late at night (first score with main 55954bd: entities 0.931,
    /// typed 0.900, relations 0.445, P 0.770 R 0.313); with the gold of 152 and 249 corrected, all 295 texts scored
    /// entities 0.960, typed 0.945, relations 0.650 (P 0.872 R 0.519); floor 0.647.
    /// That night's rules (offices with their holders' names in lists and subjects, summoned envoys, hosted forces,
    /// outlets told, subjects of accusations and calls, "at X's request", rebuttals, aid and state backing, titles
    /// and entity kinds) brought them to entities 0.961, typed 0.945, relations 0.662 (P 0.877 R 0.531); floor 0.659.
    /// Texts 296–307 came in blind on 2026-12-06 (first score with main a71ec6a: entities 0.950, typed 0.919,
    /// relations 0.548, P 0.854 R 0.404); all 307 texts scored entities 0.960, typed 0.944, relations 0.657
    /// (P 0.877 R 0.525); floor 0.654. That day's rules (holders apposed to offices, sentence-case offices, lists
    /// and described bodies as targets, rebuttals of reported claims, places after a kind of place and "of", the
    /// review's precision mends, names with "to" inside) brought them to entities 0.961, typed 0.945, relations
    /// 0.664 (P 0.878 R 0.534); floor 0.661.
    /// Texts 308–319 came in blind on 2026-12-06 (first score with main f391682: entities 0.964, typed 0.939,
    /// relations 0.480, P 0.812 R 0.341; the densest batch yet, 355 relations); all 319 texts scored entities 0.961,
    /// typed 0.944, relations 0.655 (P 0.876 R 0.523); floor 0.652. The morning's rules (quality: companies named
    /// with a sea's adjective or a trade's word, "X for A and B C D" names, surnames that are a city or "Sheikh", people
    /// by an age or "who"; lead: newsroom titles, two offices joined by "and", another state's Congress or Senate,
    /// deputies' countries, rebel forces) brought them to entities 0.962, typed 0.946, relations 0.658
    /// (P 0.878 R 0.526); floors 0.958 / 0.94 / 0.655. With rel2's recall rules (a named body's deed judged, "which
    /// groups", "which reports to", "set up by", bodies named after their seat, inquiries as verbs): relations 0.659
    /// (P 0.876 R 0.528); floor 0.656.
    /// Texts 320–331 came in blind on 2026-12-06 (first score with main eff5795: entities 0.942, typed 0.922,
    /// relations 0.502, P 0.792 R 0.367; 362 relations); all 331 texts scored entities 0.961, typed 0.945, relations
    /// 0.651 (P 0.873 R 0.519); floor 0.648. That session's rules (lead: a state's lower-case stand-ins asked, offices
    /// before their holders with the body between, "chief" and "rector"; quality: UN agencies described by their parent,
    /// a country's possessive before an apposed body, facilities on a river or a border; rel2: support by "with the help
    /// of" and donors, "whom it accused of", degree words before "by") brought them to entities 0.961, typed 0.946,
    /// relations 0.656 (P 0.874 R 0.526); floor 0.655.
    /// Texts 332–343 came in blind on 2026-12-06 (first score with main 8570dcf: entities 0.949, typed 0.911,
    /// relations 0.513, P 0.831 R 0.370; 359 relations); all 343 texts scored entities 0.961, typed 0.944, relations
    /// 0.650 (P 0.872 R 0.518); floor 0.649.
    /// With the day's second rules (lead: trade and service ties, "the Law Society of …", objects after hyphenated
    /// compounds; rel2: coordinated subjects over a description, wrongs reported of "the government", rules "broken",
    /// "coordinator" leading; engine: memory only): relations 0.652 (P 0.873 R 0.520); floor 0.651.
    /// With quality's branch (GeoNames alternate names of non-ASCII cities, the Cook Islands and Niue as states, names
    /// with a title word inside, "the company" as the firm of the sentence before): entities 0.962, typed 0.946,
    /// relations 0.653 (P 0.875 R 0.521); floors 0.960 / 0.944 / 0.653.
    /// With quality's national sections of a known body named with their country ("… International Kalmar"):
    /// relations 0.654 (P 0.875 R 0.522); floor 0.653.
    /// Texts 344–355 came in blind on 2026-12-06 (first score with main 2ab12db plus the crash fix of 88cc448:
    /// entities 0.936, typed 0.896, relations 0.444, P 0.797 R 0.308; 318 relations); all 355 texts scored entities
    /// 0.961, typed 0.944, relations 0.646 (P 0.873 R 0.513); floors 0.960 / 0.943 / 0.645.
    /// With the session's rules (names of bodies ending in a region, "the lessor"/"the club" as the name introduced
    /// with that noun, offices after a described body, listed subjects of "urged", a bare "Treasury", police
    /// spokespeople, demonym trades): relations 0.650 (P 0.875 R 0.516); floor 0.649.
    /// Texts 356–367 came in blind on 2026-12-06 (first score with main ffb60a1: entities 0.917, typed 0.882,
    /// relations 0.486, P 0.785 R 0.352; 332 relations); all 367 texts scored entities 0.959, typed 0.942, relations
    /// 0.643 (P 0.872 R 0.510); floors 0.959 / 0.942 / 0.643.
    /// With the session's rules (arrests on charges, complements past an apposed object, "the Prosecutor General's
    /// Office", ranks, settlements "the X city of Y", denials of a clause, short names made of a place's words):
    /// entities 0.960, typed 0.943, relations 0.645 (P 0.873 R 0.512); floors 0.960 / 0.943 / 0.645.
    /// Texts 368–379 came in blind on 2026-12-06 (first score with main fef66bb: entities 0.933, typed 0.911,
    /// relations 0.502, P 0.808 R 0.365; 277 relations); all 379 texts scored entities 0.959, typed 0.942, relations
    /// 0.641 (P 0.871 R 0.507); floors 0.959 / 0.942 / 0.641.
    /// With the session's rules (a based description speaking a trailing "said", "accusing them" after a list of
    /// names, part owners, "the eastern city of X" in the text's country, the dateline's country, "border town",
    /// aquifers and townships, long names with commas, a place named alone before a body named after it):
    /// entities 0.960, typed 0.943, relations 0.643 (P 0.872 R 0.509); floors 0.959 / 0.942 / 0.642 (the measured 0.9598, 0.9430, 0.6429).
    /// Then (joint venture owners, company trade words and "Jan" as a given name, a body named by another's name and
    /// "of"): entities 0.960, typed 0.943, relations 0.644 (P 0.872 R 0.510); floors 0.959 / 0.943 / 0.643.
    /// Texts 380–391 came in blind on 2026-12-06 (first score with main e1512a9: entities 0.941, typed 0.893,
    /// relations 0.480, P 0.730 R 0.357; 333 relations); all 391 texts scored entities 0.959, typed 0.941, relations
    /// 0.638 (P 0.868 R 0.504); floors 0.959 / 0.941 / 0.637 (the measured 0.9590, 0.9415, 0.6380).
    /// With the session's rules (a body described after its article, "the government of Prime Minister X", state
    /// firms, a minister's ministry, frames reading "it", names before a continent and after body nouns, possessive
    /// place names): entities 0.960, typed 0.943, relations 0.642 (P 0.866 R 0.510); floors 0.959 / 0.942 / 0.641.
    /// Then (quality, 2026-12-07: "<head> General of …" bodies, an ordinal opening a body's name, kin nouns, currency
    /// and commodity words, "<office> X of the Y bloc", place lists after "in"): entities 0.961, typed 0.944, relations
    /// 0.643 (P 0.867 R 0.511); floors 0.960 / 0.943 / 0.642.
    /// Texts 392–403 came in blind on 2026-12-07 (first score with main 7afc9eb: entities 0.936, typed 0.882,
    /// relations 0.542, P 0.788 R 0.413; 341 relations); all 403 texts scored entities 0.959, typed 0.940, relations
    /// 0.639 (P 0.864 R 0.507); floors 0.958 / 0.940 / 0.638 (the measured 0.95896, 0.9404, 0.6387).
    /// Merged into quality (fccc3a2, e7307ca) the same day: all 403 texts entities 0.960, typed 0.942, relations 0.639
    /// (P 0.864 R 0.507); floors 0.959 / 0.941 / 0.639 (the measured 0.95978, 0.94160, 0.63930).
    /// With the session's relation rules (offices opening a sentence, "Its general director", agents after "since
    /// 2021", stakes "about" a size, "welcomed the ruling", "X, Y's second city"): entities 0.960, typed 0.942,
    /// relations 0.641 (P 0.863 R 0.510); floors 0.959 / 0.941 / 0.641 (the measured 0.95978, 0.94159, 0.64122).
    /// Texts 404–415 came in blind on 2026-12-07 (first score with main aed7c6b: entities 0.933, typed 0.907,
    /// relations 0.544, P 0.844 R 0.401; 364 relations); all 415 texts scored entities 0.959, typed 0.940, relations
    /// 0.638 (P 0.862 R 0.506); floors 0.958 / 0.940 / 0.637 (the measured 0.95879, 0.94031, 0.63764).
    /// With the session's rules (airlines, comma-listed body names, places after "at", company trade words, compass
    /// regions, hyphenated acronyms, datelines before a demonym, "a spokesman for X, Y", advisers, referrals, reported
    /// harms, judged deeds' doers): entities 0.960, typed 0.943, relations 0.641 (P 0.865 R 0.509); floors 0.959 /
    /// 0.943 / 0.640 (the measured 0.95963, 0.94340, 0.64086).
    /// Texts 416–427 came in blind on 2026-12-07 (first score with main 7e86c85: entities 0.958, typed 0.918,
    /// relations 0.529, P 0.834 R 0.387; 377 relations); all 427 texts scored entities 0.960, typed 0.943, relations
    /// 0.637 (P 0.864 R 0.504); floors 0.959 / 0.942 / 0.636 (the measured 0.95958, 0.94254, 0.63681).
    /// With the session's rules (places as surnames, "Superintendency", lawyers' clients, money lent and gifts donated,
    /// "one of the country's largest insurers", lists of cities, regions with a compass word, bodies that operate
    /// in a place, premises, "-based" compounds, possessive plurals in body names, trade and media head words):
    /// entities 0.961, typed 0.944, relations 0.641 (P 0.865 R 0.509); floors 0.960 / 0.944 / 0.641 (the measured
    /// 0.96097, 0.94413, 0.64118).
    /// Texts 428–439 came in blind on 2026-12-07 (first score with main 74b7310: entities 0.926, typed 0.875,
    /// relations 0.397, P 0.745 R 0.271; 421 relations); all 439 texts scored entities 0.960, typed 0.943, relations
    /// 0.633 (P 0.862 R 0.500); floors 0.959 / 0.942 / 0.632 (the measured 0.95987, 0.94262, 0.63252).
    /// With the session's rules (offices after "Its", "the country's" bodies, members and partners in appositions, lists
    /// before "which", sites operated or straddled, ties held, kinds from a describing noun, organs kept apart from the
    /// name they add to): entities 0.960, typed 0.944, relations 0.636 (P 0.863 R 0.503); floors 0.959 / 0.944 / 0.635
    /// (the measured 0.95998, 0.94425, 0.63583).
    /// Texts 440–451 came in blind on 2026-12-07 (first score with main 4748a06: entities 0.942, typed 0.924,
    /// relations 0.541, P 0.831 R 0.401; 344 relations); all 451 texts scored entities 0.960, typed 0.944, relations
    /// 0.633 (P 0.862 R 0.500); floors 0.959 / 0.943 / 0.633 (the measured 0.95951, 0.94390, 0.63305).
    /// After the session's rules (stakes with several owners, demonyms before lists, suits to come as threats, bodies
    /// that run bodies, pairs of states that skip a company's demonym, kinds of parks, continents and foreign company
    /// names, past warnings as notices, committee chairs): entities 0.960, typed 0.946, relations 0.637 (P 0.867
    /// R 0.504); floors 0.960 / 0.945 / 0.637 (the measured 0.96014, 0.94580, 0.63725).
    /// Texts 452–463 came in blind on 2026-12-07 (first score with main ccec8e7: entities 0.927, typed 0.904,
    /// relations 0.546, P 0.800 R 0.414; 309 relations); all 463 texts scored entities 0.959, typed 0.945, relations
    /// 0.635 (P 0.865 R 0.501); floors 0.959 / 0.944 / 0.634 (the measured 0.95919, 0.94460, 0.63472).
    /// After the session's rules (portfolios and office holders' offices in organs' names, city organs, deputies'
    /// offices, "and" inside bodies' names, "Assembly of …" and "Community" names, organs' adjectives, company offices
    /// after a quotation, "Environment Secretary X", "the unions" and owners that are no "the company", "between the
    /// two countries"): entities 0.962, typed 0.947, relations 0.641 (P 0.871 R 0.507); floors 0.961 / 0.946 / 0.640
    /// (the measured 0.96160, 0.94700, 0.64052).
    /// Texts 464–475 came in blind on 2026-12-07 (first score with main c67e4f2: entities 0.949, typed 0.926,
    /// relations 0.485, P 0.752 R 0.358; 346 relations); all 475 texts scored entities 0.961, typed 0.947, relations
    /// 0.636 (P 0.868 R 0.502); floors 0.961 / 0.946 / 0.636 (the measured 0.96125, 0.94651, 0.63639).
    /// After the session's rules (former offices over a demonym or a body's name, "its" offices after a quotation, "side
    /// with", two bodies before "member", go-betweens, halted talks, ended terms, armed groups in apposition, Romance and
    /// numbered body names, one head per country and office, seats in apposition, perfect adverbs): entities 0.962, typed
    /// 0.948, relations 0.640 (P 0.873 R 0.505); floors 0.962 / 0.947 / 0.640 (the measured 0.96220, 0.94755, 0.64007).
    /// Texts 476–487 came in blind on 2026-12-07 (first score with main a671c9c: entities 0.952, typed 0.908,
    /// relations 0.465, P 0.755 R 0.336; 339 relations); all 487 texts scored entities 0.962, typed 0.947, relations
    /// 0.635 (P 0.870 R 0.500); floors 0.961 / 0.946 / 0.635 (the measured 0.96194, 0.94650, 0.63529).
    /// After the session's rules (state companies in apposition and named after "state … company", deputies' offices,
    /// offices put out by a verb, donors, a region before "its" office, people's names in compounds, an answered
    /// "rejected the accusation", "the government of President X", names repeated in full, "and" in bodies' names, two
    /// modifiers before a facility): entities 0.962, typed 0.947, relations 0.638 (P 0.874 R 0.503); floors 0.962 / 0.947
    /// / 0.638 (the measured 0.96234, 0.94735, 0.63801).
    /// Texts 488–499 came in blind on 2026-12-08 (first score with main 3d2cba9: entities 0.942, typed 0.918,
    /// relations 0.483, P 0.795 R 0.347; 334 relations); all 499 texts scored entities 0.962, typed 0.947, relations
    /// 0.634 (P 0.872 R 0.498). With the first holder of "President X and Prime Minister Y" kept a person: floors
    /// 0.961 / 0.946 / 0.634 (the measured 0.96188, 0.94674, 0.63420). After the session's rules (reported findings and
    /// "according to" reporters, relative clauses after an acronym, a lawyer's denial, names that open with a place, a list of
    /// bodies closed before ", and"): entities 0.963, typed 0.948, relations 0.636 (P 0.873 R 0.500); floors 0.962 / 0.947 /
    /// 0.636 (the measured 0.96268, 0.94754, 0.63611).
    @Test("own annotated texts (Fixtures/corpus)")
    func ownCorpus() throws {
        let directory = try #require(CorpusSupport.ownDirectory)
        let items = try CorpusSupport.load(directory)
        #expect(items.count >= 10)
        let score = CorpusSupport.score(items, label: "own")
        #expect(score.entities.f1 >= 0.962)
        #expect(score.typedEntities.f1 >= 0.947)
        #expect(score.relations.f1 >= 0.636)
    }

    /// The founding article: every actor the seed names comes out once, aliases merged.
    @Test("founding article: each named actor exactly once")
    func foundingArticle() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("Examples/esper-soleimani.txt").path
        try #require(FileManager.default.fileExists(atPath: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let graph = Extractor().extract(Document(id: "esper-soleimani", text: text))
        let expected = [
            "Esper", "Soleimani", "Kataib Hezbollah", "Iran", "United States", "Trump", "Quds Force", "Revolutionary Guard Corps",
            "Pentagon", "Iraq", "Baghdad", "Baghdad International Airport", "US Embassy", "NBC News", "Middle East",
        ]
        for name in expected {
            let key = GoldScore.normalize(name)
            let nodes = graph.entities.values.filter { node in
                ([node.name] + node.sortedAliases).contains {
                    GoldScore.normalize($0) == key || GoldScore.normalize($0).hasSuffix(" " + key)
                }
            }
            #expect(nodes.count == 1, "\(name): \(nodes.map(\.name))")
        }
        #expect(!graph.entities.values.contains { $0.name.contains("Reuters") })
        #expect(graph.relations.values.contains { $0.predicate == .reported && $0.evidence.first?.rule == "attribution" })
    }
}
