import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Accusations stated in relative and reported clauses ("Y (ABC), which said X had …", "according to Y, X had …",
/// "an audit by Y found that X had …", "Y alleged that X had …") and an unnamed lawyer's denial that answers them, on
/// invented sentences with negatives.
@Suite("Reported accusation rules")
struct ReportedAccusationTests: RuleSuite {
    @Test("'Y (ABC), which said X had embezzled': the body before the brackets reports the deed")
    func relativeOverBrackets() {
        let g = graph(
            "Police detained Anna Lisk on Monday. The case was brought by the Velmar Anti-Fraud Agency (VAFA), which said Lisk had embezzled funds.")
        #expect(has(g, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(g))")
        let plain = graph("Police detained Anna Lisk on Monday. The Velmar Anti-Fraud Agency (VAFA), which opened in 2019, has 40 staff.")
        #expect(!has(plain, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(plain))")
    }

    @Test("'according to Y' and 'according to a report by Y' report a sentence with no speaker")
    func accordingTo() {
        let g = graph("Police detained Anna Lisk. According to the Velmar Anti-Fraud Agency, Lisk had embezzled funds.")
        #expect(has(g, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(g))")
        let report = graph("Police detained Anna Lisk. Lisk had embezzled funds, according to a report by the Velmar Anti-Fraud Agency.")
        #expect(has(report, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(report))")
        // (A deed not of wrongdoing accuses nobody.)
        let neutral = graph("Police detained Anna Lisk. Lisk had moved to Tarsk in May, according to the Velmar Anti-Fraud Agency.")
        #expect(!has(neutral, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(neutral))")
    }

    @Test("'an audit by Y found that X had …', 'Y alleged that X had …': findings and allegations are reported speech")
    func findingsAndAllegations() {
        let audit = graph("Police detained Anna Lisk. An audit by the Velmar Anti-Fraud Agency found that Lisk had embezzled funds.")
        #expect(has(audit, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(audit))")
        let alleged = graph("Police detained Anna Lisk. The Velmar Anti-Fraud Agency alleged that Lisk had embezzled funds.")
        #expect(has(alleged, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(alleged))")
        // (A finding of no wrongdoing, negated, accuses nobody.)
        let cleared = graph("Police detained Anna Lisk. An audit by the Velmar Anti-Fraud Agency found that Lisk had not embezzled funds.")
        #expect(!has(cleared, "velmar_anti_fraud_agency", .accused, "anna_lisk"), "\(keys(cleared))")
    }

    @Test("'His lawyer denied the allegation': the accused person denies the accuser")
    func unnamedLawyerDenies() {
        let g = graph(
            "Police detained Anna Lisk. The Velmar Anti-Fraud Agency accused her of embezzling funds. Her lawyer denied the allegation.")
        #expect(has(g, "anna_lisk", .denied, "velmar_anti_fraud_agency"), "\(keys(g))")
        // (An accused body has no "her lawyer".)
        let body = graph(
            "The Velmar Anti-Fraud Agency accused Korvex Bank of hiding losses. Her lawyer denied the allegation.")
        #expect(!has(body, "korvex_bank", .denied, "velmar_anti_fraud_agency"), "\(keys(body))")
    }
}
