import NewsGraph
import Testing
import _NewsGraphTestSupport

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

    @Test("a token's start past 1,023 scalars from its block's start is kept whole: long words and runs of spaces")
    func farStarts() {
        // Blocks of 32 tokens store their first token's start and each token's offset from it in
        // 10 bits; a block whose tokens lie further apart keeps their starts whole. Runs of spaces and words of every
        // length around that bound, a possessive and a capitalized word among them (their marks
        // share the offset's bits).
        var text = ""
        var expected: [(start: Int, text: String)] = []
        var offset = 0
        func add(_ word: String, spaces: Int) {
            text += String(repeating: " ", count: spaces)
            offset += spaces
            expected.append((offset, word))
            text += word
            offset += word.unicodeScalars.count
        }
        for k in 0..<120 {
            let spaces = [1, 2, 1_020, 1_023, 1_024, 40_000, 3][k % 7]
            let word = k % 11 == 5 ? String(repeating: "é", count: 1_030) : ["Halvern", "the", "States'", "commitment", ",", "x"][k % 6]
            add(word, spaces: spaces)
        }
        // Then blocks that fit, after wide ones.
        for _ in 0..<200 { add("Halvern", spaces: 1) }
        let seg = segmenter.segment(text)
        let tokens = Array(seg.tokens)
        #expect(seg.tokens.wideBlockCount >= 4 && seg.tokens.wideBlockCount + 6 <= (tokens.count + 31) / 32)
        // Every token is the text at its offsets, and only spaces lie between two tokens: the
        // starts are the ones the text gives.
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for token in tokens {
            #expect(token.start >= previousEnd && scalars[previousEnd..<token.start].allSatisfy { $0 == " " })
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
            previousEnd = token.end
        }
        #expect(scalars[previousEnd...].allSatisfy { $0 == " " })
        #expect(tokens.count >= expected.count)
        // Each word written starts a token at the offset it was written at.
        let starts = Set(tokens.map(\.start))
        #expect(expected.allSatisfy { starts.contains($0.start) })
        let expectedStarts = tokens.map(\.start)
        // Marks survive beside a far offset, and a token set back keeps its start.
        #expect(tokens.contains { $0.record.isPossessive } && tokens.contains { $0.record.isCapitalFolded })
        var copy = seg.tokens
        for k in copy.indices { copy[k].tag = .proper }
        #expect(copy.map(\.start) == expectedStarts && copy.allSatisfy { $0.tag == .proper })
        #expect(zip(copy, tokens).allSatisfy { $0.text == $1.text && $0.norm == $1.norm })
    }

    @Test("stored tokens read back whole: text numbers past the stored width in a side table, shapes from the text")
    func storedTokensReadBack() {
        // A stored token keeps 24 bits of its text's number; from the limit on, the number is kept
        // by position in a side table (here a limit of 3, where a document needs 2^24 - 1 strings).
        let text = "Halvern and the States' commitment, NATO’s “draft” — U.S. officials in São Paulo said 'yes'.\nRé’s x-ray."
        let seg = segmenter.segment(text)
        for limit: UInt32 in [0, 3, 17, Tokens.storedTextLimit] {
            var copy = Tokens(strings: seg.strings, textLimit: limit)
            for token in seg.tokens { copy.append(token) }
            #expect(copy.overflowCount == seg.tokens.filter { UInt32($0.textNumber) >= limit }.count)
            #expect(copy.count == seg.tokens.count)
            for (k, (a, b)) in zip(copy, seg.tokens).enumerated() {
                #expect(a == b && a.record == b.record && a.start == b.start && a.end == b.end)
                #expect(a.textNumber == b.textNumber && a.normNumber == b.normNumber && copy.normNumber(at: k) == b.normNumber)
            }
            // Set back with other tags and flags: the text number stays, in the record or the side table.
            for k in copy.indices {
                copy[k].tag = .proper
                copy[k].inQuote = k % 2 == 0
            }
            #expect(copy.overflowCount == seg.tokens.filter { UInt32($0.textNumber) >= limit }.count)
            for (k, (a, b)) in zip(copy, seg.tokens).enumerated() {
                #expect(a.textNumber == b.textNumber && a.text == b.text && a.norm == b.norm && a.start == b.start)
                #expect(a.tag == .proper && a.inQuote == (k % 2 == 0) && a.kind == b.kind)
                #expect(a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps && a.hasNameShape == b.hasNameShape)
                #expect(a.isLowerInitial == b.isLowerInitial && a.spaceBefore == b.spaceBefore && a.newlineBefore == b.newlineBefore)
                #expect(a.record.isPossessive == b.record.isPossessive && a.record.isCapitalFolded == b.record.isCapitalFolded)
            }
        }
        // The shapes the stored tokens read back are the segmenter's.
        #expect(seg.tokens.contains { $0.record.isCapitalFolded && $0.isCapitalized && $0.hasNameShape && !$0.isLowerInitial })
        #expect(seg.tokens.contains { $0.text == "NATO" && $0.isAllCaps && $0.hasNameShape })
        #expect(seg.tokens.contains { $0.text == "officials" && $0.isLowerInitial && !$0.hasNameShape })
        #expect(seg.tokens.contains { $0.record.isPossessive })
        #expect(seg.tokens.filter { $0.kind != .word }.allSatisfy { !$0.isCapitalized && !$0.isAllCaps && !$0.isLowerInitial && !$0.hasNameShape })
        #expect(seg.tokens.allSatisfy { $0.record.flags & 0xF0 == 0 })
    }

    @Test("a document's own strings without their hash index: found by reading them, and indexed again when one is added")
    func stringsWithoutIndex() {
        let seg = segmenter.segment("Halvern and the States' commitment, NATO (the alliance): ré’sumé.")
        let before = (0..<Int32(seg.strings.count)).map { seg.strings[$0] }
        let asked = ["the", "(", ":", "alliance", "absent", "ré’sumé", ""]
        let found = asked.map { seg.strings.existingNumber($0) }
        seg.strings.releaseIndex()
        #expect(asked.map { seg.strings.existingNumber($0) } == found)
        #expect(found[0] != nil && found[4] == nil)
        // A string looked up or added after: the index is built again, numbers unchanged.
        #expect(seg.strings.number("commitment") == found[0].map { _ in seg.strings.existingNumber("commitment")! })
        let added = seg.strings.number("Korvex")
        #expect(Int(added) == before.count && seg.strings.existingNumber("Korvex") == added)
        #expect((0..<Int32(before.count)).map { seg.strings[$0] } == before)
        #expect(before.indices.allSatisfy { seg.strings.number(before[$0]) == Int32($0) })
    }

    @Test("text cut at scalar offsets past many checkpoints, in ASCII and in mixed text")
    func cutsAtScalarOffsets() {
        // Scalars of one to four UTF-8 bytes, over several checkpoint strides.
        let pieces = ["a", "é", "—", "🇺", "Kenya’s ", "“Mr. Ødegård” ", "東京 ", ".\r\n"]
        var text = ""
        for k in 0..<400 { text += pieces[(k * 7) % pieces.count] }
        for sample in [text, String(repeating: "News at ten. ", count: 40)] {
            let source = ScalarText(sample)
            let scalars = Array(sample.unicodeScalars)
            #expect(source.count == scalars.count)
            #expect(source.isASCII == sample.utf8.allSatisfy { $0 < 0x80 })
            for start in stride(from: 0, through: scalars.count, by: 13) {
                for end in [start, min(start + 1, scalars.count), min(start + 40, scalars.count), scalars.count] {
                    #expect(source.string(start, end) == String(String.UnicodeScalarView(scalars[start..<end])))
                }
            }
            // Every token's text is the text at its offsets.
            let seg = segmenter.segment(sample)
            for token in seg.tokens { #expect(seg.text(token.start, token.end) == token.text) }
        }
    }

    @Test("a stored token takes 8 bytes of plain data, a sentence 16, and the text keeps no scalar array")
    func compactTokens() {
        // Tokens are most of the memory extraction takes (one per ~5.5 bytes of news text):
        // 64 bytes each before the offsets were 32-bit and the flags bits, 48 while they held
        // their text and norm as strings, 32 while each held a pointer to its strings, 24 while
        // they stored their end offset and word number, 16 with their norm's number, 12 with
        // their start offset whole (now an offset from their block's start); sentences were 32.
        #expect(MemoryLayout<TokenRecord>.stride == 8 && MemoryLayout<StoredToken>.stride == 6)
        #expect(_isPOD(StoredToken.self))
        #expect(Tag.allCases.count <= 32 && Token.Kind.quote.rawValue < 8 && Token.Kind.dash.rawValue < 8)
        #expect(_isPOD(TokenRecord.self))
        #expect(_isPOD(Token.self))
        #expect(MemoryLayout<Sentence>.stride == 8)
        // The tagger's readings: one per token of a sentence.
        #expect(MemoryLayout<Lexical>.stride == 8 && Tag.allCases.count <= Int(Lexical.tagBits))
        let reading = Lexical(tags: TagSet([.symbol, .noun]), preferred: .symbol, lemma: 7)
        #expect(reading.tags == TagSet([.symbol, .noun]) && reading.preferred == .symbol && reading.lemma == 7)
        var sentence = Sentence(tokens: 3..<7)
        sentence.tokens = 4..<9
        #expect(sentence.tokens == 4..<9)
        // Stored as the end of each: 4 bytes a sentence.
        var sentences = Sentences()
        sentences.close(at: 3)
        sentences.close(at: 7)
        #expect(sentences.map(\.tokens) == [0..<3, 3..<7] && sentences.ends.count == 2)
        let strings = TokenStrings()
        var token = Token(
            start: 5, text: strings.number("NATO"), norm: strings.number("nato"), kind: .word, spaceBefore: true,
            strings: strings)
        #expect(token.text == "NATO" && token.norm == "nato" && token.end == 9 && token.word == -1)
        token.markPossessive()
        #expect(token.text == "NATO" && token.norm == "'s" && strings.count == 3)
        token.tag = .verbGerund
        token.kind = .dash
        #expect(token.tag == .verbGerund && token.kind == .dash && token.norm == "'s")
        token.kind = .word
        #expect(token.tag == .verbGerund && token.kind == .word)
        // (A word's shape is its text's, kept by the strings.)
        strings.setWordShape(32 | 128, ofText: token.textNumber)
        token.newlineBefore = true
        #expect(token.spaceBefore && token.isAllCaps && token.hasNameShape && token.newlineBefore)
        #expect(!token.inQuote && !token.isCredit && !token.isCapitalized && !token.isLowerInitial)
        token.spaceBefore = false
        #expect(!token.spaceBefore && token.isAllCaps && token.start == 5 && token.end == 9)
        // The end counts scalars, not bytes; the word number is the norm string's.
        let far = Token(
            start: 2_000_000_000, text: strings.number("Ré’"), norm: strings.number("ré'"), kind: .word, spaceBefore: false,
            strings: strings)
        #expect(far.end == 2_000_000_003)
        strings.setWord(7, local: 0, ofNorm: strings.number("ré'"))
        strings.setWord(3, local: 1, ofNorm: strings.number("'s"))
        #expect(far.word == 7 && token.word == 3)
        // "w/" is "with"; a bare apostrophe is "'s" after a plural, "'" as a quote.
        let marks = segmenter.segment("Talks w/ W/ the States' envoys 'here'").tokens
        #expect(marks.map(\.norm) == ["talks", "with", "with", "the", "states", "'s", "envoys", "'", "here", "'"])
        // An ASCII text needs no checkpoints; others one per 32 scalars.
        #expect(ScalarText(String(repeating: "abc ", count: 1000)).checkpoints.isEmpty)
        #expect(ScalarText(String(repeating: "ab’ ", count: 1000)).checkpoints.count == 4000 / ScalarText.stride)
    }

    @Test("a word list answers a token as its set answers the token's norm, asked once or again, in one set of strings or two")
    func wordSetAnswers() {
        let lists: [WordSet] = [["the", "us", "'s", "with"], ["said", "u.s."], []]
        let strings = TokenStrings()
        for text in ["The U.S. said the States' envoys met w/ the us team.", "THE us, said The States's envoy"] {
            strings.beginDocument()
            for seg in [segmenter.segment(text), segmenter.segment(text, reusing: strings)] {
                for _ in 0..<2 {
                    for token in seg.tokens {
                        for list in lists { #expect(list.contains(token) == list.words.contains(token.norm), "\(token.text)") }
                    }
                }
            }
        }
        #expect(lists[0].contains("us") && !lists[1].contains("us"))
    }

    @Test("a word list made after a norm's lists were asked answers it as its set does (canonically equal spellings too)")
    func wordSetMadeLater() {
        let seg = segmenter.segment("Talks with the envoy of Vorkassa and caf\u{E9} owners, said Vorkassa.")
        let early: WordSet = ["talks", "envoy"]
        for token in seg.tokens { #expect(early.contains(token) == early.words.contains(token.norm), "\(token.text)") }
        // (Made after the answers above were kept: the strings ask the lists again.)
        let later: WordSet = ["with", "vorkassa", "cafe\u{301}"]
        for _ in 0..<2 {
            for token in seg.tokens {
                #expect(later.contains(token) == later.words.contains(token.norm), "\(token.text)")
                #expect(early.contains(token) == early.words.contains(token.norm), "\(token.text)")
            }
        }
        #expect(seg.tokens.filter { later.contains($0) }.count == 4)
    }

    @Test("one document's strings, then shared: the local word numbers start again from 0 in the next document")
    func localWordsReset() {
        let compiled = CompiledLexicon.builtIn
        var first = compiled.segmenter.segment("Zorblat met Quennel and Zorblat.")
        compiled.intern(&first)
        #expect(first.localWordCount == 5 && !first.strings.isShared)
        // (Reused: the strings begin a second document.)
        var second = compiled.segmenter.segment("Quennel left.", reusing: first.strings)
        compiled.intern(&second)
        #expect(second.localWordCount == 3)
        #expect(Set(second.tokens.indices.map { second.localWord[$0] }) == [0, 1, 2])
    }

    @Test("a capitalized word kept as its norm's string reads as the word: text, norm, end, shape, word number")
    func capitalsFolded() {
        let text = "Halvern met halvern, HALVERN and Halvern's aide Ko in Kalo-Vetrov. A Dor; Mr. Kay. Über Ké Halvern."
        let own = segmenter.segment(text)  // strings of its own: capitals folded
        #expect(own.strings.foldsCapitals)
        let shared = TokenStrings(capacity: 64, keepsStrings: true)
        shared.beginDocument()
        let kept = segmenter.segment(text, reusing: shared)
        #expect(!shared.foldsCapitals)
        var folded = 0
        for (a, b) in zip(own.tokens, kept.tokens) {
            #expect(a.text == b.text && a.norm == b.norm && a.start == b.start && a.end == b.end)
            #expect(a.record.flags == b.record.flags && a.kind == b.kind, "\(a.text)")
            #expect(a.textIs(",") == b.textIs(",") && a.normIs("halvern") == b.normIs("halvern"))
            if a.record.isCapitalFolded {
                folded += 1
                // One string for "Halvern" and "halvern": the norm's.
                #expect(a.textNumber == a.normNumber && a.isCapitalized && a.hasNameShape && !a.isAllCaps)
            }
        }
        #expect(own.tokens.count == kept.tokens.count)
        // "Halvern" ×3, "Ko", "Kalo", "Vetrov", "Dor", "Kay": not "HALVERN", "A", "Mr.", "Über", "Ké".
        #expect(folded == 8)
        #expect(own.sentences.count == kept.sentences.count)
        // Fewer strings: no "Halvern", "Ko", "Kalo", … beside their norms.
        #expect(own.strings.count < shared.count)
    }

    @Test("token strings that share one FNV-1a hash get distinct hashes (no quadratic flood)")
    func tokenStringsFlood() {
        let words = FNVFlood.words(bits: 10)
        #expect(Set(words.map(FNVFlood.fnv1a)).count == 1)
        // Seeded: a 32-bit random hash of 1,024 words repeats with a chance of about 1 in 8,000.
        let hashes = words.map { word in Array(word.utf8).withUnsafeBufferPointer { TokenStrings.hash($0) } }
        #expect(Set(hashes).count >= 1022)
        let strings = TokenStrings(capacity: 2)
        for (k, word) in words.enumerated() { #expect(strings.number(word) == Int32(k)) }
        #expect(strings.number(words[600]) == 600)
    }

    @Test("token strings are numbered byte for byte: equal bytes once, canonically equal strings apart")
    func tokenStrings() {
        let strings = TokenStrings(capacity: 2)
        var numbers: [Int32] = []
        for k in 0..<1000 { numbers.append(strings.number("w\(k)")) }
        for k in 0..<1000 { #expect(strings.number("w\(k)") == numbers[k] && strings[numbers[k]] == "w\(k)") }
        #expect(Set(numbers).count == 1000 && strings.count == 1000)
        let composed = strings.number("caf\u{E9}")
        let decomposed = strings.number("cafe\u{301}")
        #expect(composed != decomposed)
        #expect(Array(strings[composed].utf8) == Array("caf\u{E9}".utf8))
        #expect(Array(strings[decomposed].utf8) == Array("cafe\u{301}".utf8))
        #expect(strings.number("") == strings.number(""))
        // A segmentation reads each token's text back exactly as written.
        let text = "Caf\u{E9} and cafe\u{301}, the U.S. and the us: w/ NATO's \u{201C}quote\u{201D}."
        let seg = Segmenter(lexicon: .builtIn).segment(text)
        for token in seg.tokens { #expect(Array(token.text.utf8) == Array(seg.text(token.start, token.end).utf8)) }
        #expect(seg.tokens.first { $0.text == "U.S." }?.norm == "us")
        #expect(seg.tokens.first { $0.text == "w/" }?.norm == "with")
    }

    @Test("tokens are reserved from a count of where they can start, not a guess per scalar")
    func tokenReservation() {
        // One token per scalar (punctuation): the estimate is exact, so the array never grows.
        let commas = Array(String(repeating: ",", count: 1000).unicodeScalars)
        #expect(Segmenter.tokenCountEstimate(commas) == 1000)
        #expect(segmenter.tokenize(String(repeating: ",", count: 1000)).count == 1000)
        // News text: at least every token, and not much more.
        let news = "Mr. Olsen met Gen. Ruiz in the U.S. on Jan. 5 — w/ aides & guests. “Fine,” he said. Kenya’s army didn't move."
        let estimate = Segmenter.tokenCountEstimate(Array(news.unicodeScalars))
        let count = segmenter.tokenize(news).count
        #expect(estimate >= count && estimate <= count + count / 3)
    }

    @Test("a long text is tokenized in pieces cut after a space, with the same tokens as in one piece")
    func pieces() {
        // Quotes, possessives, abbreviations, numbers, dashes, credits and line breaks of every
        // kind, repeated past several pieces, then a run of punctuation longer than a piece.
        let paragraph =
            "Mr. Olsen met Gen. Ruiz in the U.S. on Jan. 5 \u{2014} w/ aides & guests. \u{201C}Fine,\u{201D} he said. "
            + "Kenya\u{2019}s army didn't move; the States' 2,000.5 troops -- \"left\" ... Caf\u{E9}\r\n"
            + "ESPER MEETS Mark EsperReuters\rU+2028\u{2028}next\u{2029}para 'quoted' x.\n\n"
        let text =
            String(repeating: paragraph, count: Segmenter.pieceScalars / 120)
            + String(repeating: ",", count: Segmenter.pieceScalars + 7) + " end."
        let seg = segmenter.segment(text)
        expectSameTokens(seg, segmenter.tokenize(Array(text.unicodeScalars), TokenStrings()))
        // The sentences cut from the bytes: each span's text is its tokens' text.
        var previousEnd = 0
        for sentence in seg.sentences {
            #expect(sentence.tokens.lowerBound == previousEnd && !sentence.tokens.isEmpty)
            previousEnd = sentence.tokens.upperBound
        }
        #expect(previousEnd == seg.tokens.count)
        for sentence in seg.sentences.prefix(200) {
            let span = seg.span(of: sentence)
            #expect(span.start == seg.tokens[sentence.tokens.lowerBound].start)
            #expect(span.end == seg.tokens[sentence.tokens.upperBound - 1].end)
        }
        #expect(seg.sentences.count > Segmenter.pieceScalars / 120)
    }

    @Test("a long text without a space is cut between two plain marks, with the same tokens as in one piece")
    func piecesWithoutSpaces() {
        // Every plain mark beside words, numbers with "," and ".", quotes, apostrophes, dashes,
        // periods, "w/" and marks that are not plain, none of it spaced, past several pieces.
        let unit =
            "Olsen,2,000;U.S.(x)!?w/aides&\u{201C}Fine,\u{201D}Kenya\u{2019}s'q'--x-y...1.5$5,5#@[a]{b}<c>=d+e*f%g^h|i~j\\k:"
            + "Caf\u{E9},,e\u{301}!!\"q\"Jr.,,"
        let text = String(repeating: unit, count: 3 * Segmenter.pieceScalars / unit.unicodeScalars.count) + ",,,,end."
        let seg = segmenter.segment(text)
        expectSameTokens(seg, segmenter.tokenize(Array(text.unicodeScalars), TokenStrings()))
        // Where a piece may be cut: between two plain marks only, the last such place.
        #expect(Segmenter.lastPlainPunctuationPair(Array(",,a,(b".unicodeScalars)) == 4)
        #expect(Segmenter.lastPlainPunctuationPair(Array("1,2.3-4".unicodeScalars)) == nil)
        #expect(Segmenter.lastPlainPunctuationPair(Array(",".unicodeScalars)) == nil)
        #expect(Segmenter.lastPlainPunctuationPair(Array(",;x".unicodeScalars)) == 1)
    }

    @Test("abbreviations and initials do not end sentences; sentence spans match the text")
    func sentences() {
        let text = "Sen. Dana W. White met No. 2 official Mr. Park on Oct. 3. She left. \"We agree,\" he said!"
        let seg = segmenter.segment(text)
        let sentences = seg.sentences.map { seg.text(seg.span(of: $0).start, seg.span(of: $0).end) }
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
        #expect(seg.text(seg.span(of: seg.sentences[1]).start, seg.span(of: seg.sentences[1]).end).hasPrefix("MOGADISHU —"))
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

/// The pieced segmentation's tokens are the tokens of the whole text read in one piece.
private func expectSameTokens(_ seg: Segmentation, _ whole: Tokens, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(seg.tokens.count == whole.count, sourceLocation: sourceLocation)
    var same = seg.tokens.count == whole.count
    for (a, b) in zip(seg.tokens, whole) where same {
        same =
            a.start == b.start && a.end == b.end && a.text == b.text && a.norm == b.norm && a.kind == b.kind
            && a.record.flags == b.record.flags
    }
    #expect(same, sourceLocation: sourceLocation)
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
