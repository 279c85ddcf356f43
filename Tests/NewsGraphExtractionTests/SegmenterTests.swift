import NewsGraph
import Testing

@testable import NewsGraphExtraction

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
        #expect(
            sentences == [
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

@Suite("Word numbers")
struct WordNumberTests {
    @Test("a name is found whichever way its accent is written (precomposed or decomposed)")
    func canonicalEquivalence() {
        let extractor = Extractor()
        for text in ["Officials in Bogot\u{E1} said.", "Officials in Bogota\u{301} said."] {
            let graph = extractor.extract(Document(id: "d", text: text))
            #expect(graph.entities.values.contains { $0.name == "Bogota" }, "\(Array(text.unicodeScalars))")
        }
    }

    @Test("tokens with the same norm share a number; lexicon words keep theirs; word lists are read by number")
    func interning() {
        let compiled = CompiledLexicon.builtIn
        var seg = compiled.segmenter.segment("The U.S. and the US army met. Zorblat met zorblat of Zorblat.")
        compiled.intern(&seg)
        let byNorm = Dictionary(grouping: seg.tokens, by: \.norm).mapValues { Set($0.map(\.word)) }
        for (norm, numbers) in byNorm { #expect(numbers.count == 1, "\(norm)") }
        #expect(Set(byNorm.values.map { $0.first! }).count == byNorm.count)
        let us = seg.tokens.first { $0.text == "U.S." }!
        #expect(us.word == compiled.vocabulary.number(of: "us"))
        let zorblat = seg.tokens.first { $0.text == "Zorblat" }!
        #expect(Int(zorblat.word) >= compiled.vocabulary.count && Int(zorblat.word) < seg.wordCount)
        let of = seg.tokens.first { $0.text == "of" }!
        #expect(compiled.isWord(of, .connector))
        #expect(!compiled.isWord(zorblat, .connector))
    }
}
