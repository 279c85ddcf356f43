import NewsGraph
@testable import NewsGraphExtraction
import Testing

@Suite("Segmenter")
struct SegmenterTests {
    let segmenter = Segmenter(lexicon: .builtIn)

    @Test("token offsets are Unicode scalar offsets into the text")
    func scalarOffsets() {
        let text = "🇺🇸 Mr. Olsen met Gen. Ruiz in the U.S. on Jan. 5 — w/ aides & guests.  “Fine,” he said."
        let seg = segmenter.segment(text)
        let scalars = Array(text.unicodeScalars)
        for token in seg.tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
        let mr = seg.tokens.first { $0.text == "Mr." }
        #expect(mr != nil)
        // The flag is two scalars, then a space.
        #expect(mr?.start == 3)
        #expect(seg.tokens.contains { $0.text == "Gen." })
        #expect(seg.tokens.contains { $0.text == "U.S." && $0.norm == "us" })
        #expect(seg.tokens.contains { $0.text == "Jan." })
        #expect(seg.tokens.contains { $0.text == "w/" && $0.norm == "with" })
        #expect(seg.tokens.contains { $0.text == "&" })
        #expect(seg.tokens.contains { $0.kind == .dash })
    }

    @Test("abbreviations and initials do not end sentences; sentence spans match the text")
    func sentences() {
        let text = "Sen. Dana W. White met No. 2 official Mr. Park on Oct. 3. She left. \"We agree,\" he said!"
        let seg = segmenter.segment(text)
        let sentences = seg.sentences.map { seg.text($0.start, $0.end) }
        #expect(sentences == [
            "Sen. Dana W. White met No. 2 official Mr. Park on Oct. 3.", "She left.", "\"We agree,\" he said!",
        ])
    }

    @Test("a headline line and a dateline")
    func headlinesAndDatelines() {
        let text = "Rebels Seize Port\n\nMOGADISHU — Rebels seized the port on Sunday."
        let seg = segmenter.segment(text)
        #expect(seg.sentences.count == 2)
        #expect(seg.text(seg.sentences[1].start, seg.sentences[1].end).hasPrefix("MOGADISHU —"))
    }

    @Test("a photo credit glued to a caption is split off")
    func gluedCredit() throws {
        let text = "Lena Brandt\nLena BrandtReuters\n\nThe minister spoke on Monday."
        let seg = segmenter.segment(text)
        let credit = try #require(seg.tokens.first { $0.isCredit })
        #expect(credit.text == "Reuters")
        #expect(seg.tokens.contains { $0.text == "Brandt" && !$0.isCredit })
        #expect(!seg.tokens.contains { $0.text == "BrandtReuters" })
    }

    @Test("possessives split, contractions kept whole, quotes tracked")
    func possessivesAndQuotes() {
        let seg = segmenter.segment("Kenya’s army didn't move. “We won’t,” Odhiambo said.")
        #expect(seg.tokens.map(\.text).prefix(3) == ["Kenya", "’s", "army"])
        #expect(seg.tokens.contains { $0.text == "didn't" })
        #expect(seg.tokens.first { $0.text == "We" }?.inQuote == true)
        #expect(seg.tokens.first { $0.text == "Odhiambo" }?.inQuote == false)
    }
}
