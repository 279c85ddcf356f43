import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Offices named before their holder with the body between ("the managing director of the Velmar Power
/// Company (VPC), X"), "chief" and "rector" as offices, and an office its holder is put out of; invented
/// sentences with negatives.
@Suite("Offices apposed to their holders")
struct OfficeAppositionTests: RuleSuite {
    @Test("'the TITLE of the BODY (ACRONYM), X' gives X the office in the body")
    func titleOfTheBody() {
        let g = graph("The deal was signed by the managing director of the Velmar Power Company (VPC), Ana Lisk, in Lima.")
        #expect(has(g, "ana_lisk", .leads, "velmar_power_company"), "\(keys(g))")
        let plain = graph("The chief executive of the Korvex Mining Group, Ivo Lask, said output fell.")
        #expect(has(plain, "ivo_lask", .leads, "korvex_mining_group"), "\(keys(plain))")
        // Put out of office: the holder leads it no more.
        let dismissed = graph("Parliament dismissed the governor of the Velmar Central Bank, Ana Lisk, on Friday.")
        #expect(!has(dismissed, "ana_lisk", .leads, "velmar_central_bank"), "\(keys(dismissed))")
        let praised = graph("Parliament praised the governor of the Velmar Central Bank, Ana Lisk, on Friday.")
        #expect(has(praised, "ana_lisk", .leads, "velmar_central_bank"), "\(keys(praised))")
        // The verb right before the office: "voted to remove President X", "dismissed Energy Minister X".
        let removed = graph("LIMA, Peru — Peru's Congress voted on Thursday to remove President Ana Lisk for incapacity.")
        #expect(!has(removed, "ana_lisk", .leads, "peru"), "\(keys(removed))")
        let sacked = graph("LIMA, Peru — The president sacked Energy Minister Ivo Lask on Friday.")
        #expect(!has(sacked, "ivo_lask", .roleIn, "peru"), "\(keys(sacked))")
        let met = graph("LIMA, Peru — Peru's Congress voted on Thursday to support President Ana Lisk on the budget.")
        #expect(has(met, "ana_lisk", .leads, "peru"), "\(keys(met))")
    }

    @Test("'BODY chief X' and 'BODY's rector, X' lead the body; 'chief' elsewhere gives no office")
    func chiefAndRector() {
        let chief = graph("Korvex Front chief Ana Lisk said the truce held.")
        #expect(has(chief, "ana_lisk", .leads, "korvex_front"), "\(keys(chief))")
        let rector = graph("Velmar University's rector, Ivo Lask, said no data was taken.")
        #expect(has(rector, "ivo_lask", .leads, "velmar_university"), "\(keys(rector))")
        // A holder's apposition, a traditional chief and a rank before "chief" name no body led.
        let apposed = graph("Ana Lisk met Ivo Lask, chief Korvex Bank spokesperson Mara Velt and others.")
        #expect(!has(apposed, "ivo_lask", .leads, "korvex_bank"), "\(keys(apposed))")
        let traditional = graph("Ivo Lask, a chief from Tonga's outer islands, said so.")
        #expect(!has(traditional, "ivo_lask", .leads, "tonga"), "\(keys(traditional))")
        let deputy = graph("Korvex Bank deputy chief commissioner Ana Lisk said so.")
        #expect(!has(deputy, "ana_lisk", .leads, "korvex_bank"), "\(keys(deputy))")
    }
}
