import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// A named accusation rejected by one not read as the accused's side ("Finance Minister X rejected the accusation" after
/// "Y accused the party of …"), and "the government of President X" as the subject of an accusation, on invented
/// sentences with negatives.
@Suite("Accusation answer rules")
struct AccusationAnswerTests: RuleSuite {
    @Test("'rejected the accusation' answers the last two sentences' accusation whoever was accused")
    func namedAccusationAnswersAnyAccused() {
        let g = graph("Lena Ortiz accused the Korvex Party of buying votes in the north. Finance Minister Tomas Reyel rejected the accusation.")
        #expect(has(g, "tomas_reyel", .denied, "lena_ortiz"), "\(keys(g))")
    }

    @Test("'denied any wrongdoing' names no accusation: only one of the denier's side is answered")
    func wrongdoingAnswersOnlyTheAccused() {
        let g = graph("Lena Ortiz accused the Korvex Party of buying votes in the north. Tomas Reyel denied any wrongdoing.")
        #expect(!has(g, "tomas_reyel", .denied, "lena_ortiz"), "\(keys(g))")
    }

    @Test("'The government of President X has long accused Y': the state X heads accuses")
    func governmentOfHeadAccuses() {
        let g = graph(
            "LIMA — Peru expelled the ambassador of Chile on Monday after a clash on the border, the Peruvian foreign ministry said. "
                + "The government of President Anna Velsk has long accused Chile of holding prisoners.")
        #expect(has(g, "peru", .accused, "chile"), "\(keys(g))")
        #expect(!has(g, "anna_velsk", .accused, "chile"), "\(keys(g))")
    }

    @Test("'A friend of President X accused Y': no government named, the state does not accuse")
    func friendOfHeadIsNoState() {
        let g = graph(
            "LIMA — Peru expelled the ambassador of Chile on Monday after a clash on the border, the Peruvian foreign ministry said. "
                + "A friend of President Anna Velsk accused Chile of holding prisoners.")
        #expect(!has(g, "peru", .accused, "chile"), "\(keys(g))")
    }
}
