import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Denials that judge a claim instead of rejecting it ("called the allegation 'baseless'", "said
/// the charges were false") and denied deeds ("denied any role", "denied wrongdoing"), on invented texts.
@Suite("Rebuttal rules")
struct RebuttalRuleTests: RuleSuite {
    @Test("'called the allegation \"baseless\"' answers the accusation against the speaker")
    func calledBaseless() {
        let g = graph(
            """
            The Tarsk Water Board accused Korvane Mining of dumping slag into the upper river. \
            Korvane Mining called the allegation "baseless" on Monday.
            """)
        #expect(has(g, "korvane_mining", .denied, "tarsk_water_board"), "\(keys(g))")
    }

    @Test("'said the accusations were fabrications' and 'described the charges as false' rebut")
    func saidFalse() {
        let g = graph(
            """
            The Halvor Institute accused Brenna Lisk of inventing her survey results. \
            Brenna Lisk said the accusations were fabrications meant to end her career.
            """)
        #expect(has(g, "brenna_lisk", .denied, "halvor_institute"), "\(keys(g))")
        let described = graph(
            """
            Ostrava Fields accused Dellmore Freight of hiding losses from its lenders. \
            Dellmore Freight described the charges as politically motivated.
            """)
        #expect(has(described, "dellmore_freight", .denied, "ostrava_fields"), "\(keys(described))")
    }

    @Test("a claim called serious, or a report said to be under review, is no denial")
    func endorsedClaimsAreNoDenial() {
        let serious = graph(
            """
            The Tarsk Water Board accused Korvane Mining of dumping slag into the upper river. \
            Korvane Mining called the allegations "very serious" and opened an inquiry.
            """)
        #expect(!serious.relations.values.contains { $0.predicate == .denied }, "\(keys(serious))")
        let review = graph(
            """
            The Tarsk Water Board accused Korvane Mining of dumping slag into the upper river. \
            Korvane Mining said the report was being studied by its lawyers.
            """)
        #expect(!review.relations.values.contains { $0.predicate == .denied }, "\(keys(review))")
        // ("called the report a milestone": no word of rebuttal, no quotation.)
        let praise = graph(
            """
            The Tarsk Water Board accused Korvane Mining of dumping slag into the upper river. \
            Korvane Mining called the report a useful guide for the industry.
            """)
        #expect(!praise.relations.values.contains { $0.predicate == .denied }, "\(keys(praise))")
    }

    @Test("'denied wrongdoing' answers the speaker of the sentence before who named the denier")
    func deniedWrongdoing() {
        let g = graph(
            """
            The Orsk Audit Chamber said on Tuesday that Pell Varnes had inflated the invoices of three road projects. \
            Varnes denied wrongdoing.
            """)
        #expect(has(g, "pell_varnes", .denied, "orsk_audit_chamber"), "\(keys(g))")
        // A plan rejected is no claim.
        let plan = graph("The Orsk Audit Chamber said Pell Varnes had been slow. Varnes rejected the plan.")
        #expect(!plan.relations.values.contains { $0.predicate == .denied }, "\(keys(plan))")
    }

    @Test("'denied any role' answers an accusation against the denier from further back")
    func deniedAnyRole() {
        let g = graph(
            """
            Brevik Holdings accused the Dunmar Front of planting the bomb at its depot. \
            The blast destroyed two warehouses and a fuel line. \
            Firefighters worked through the night to contain the blaze. \
            Nobody was hurt, the fire service said. \
            The Dunmar Front denied any role in the blast.
            """)
        #expect(has(g, "dunmar_front", .denied, "brevik_holdings"), "\(keys(g))")
    }
}
