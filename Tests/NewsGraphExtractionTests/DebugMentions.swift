import Foundation
import NewsGraph
import Testing

@testable import NewsGraphExtraction

/// Prints the mentions found in `NEWSGRAPH_MENTIONS` (a text), for tuning rules.
@Test("dump mentions (NEWSGRAPH_MENTIONS=text)", .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_MENTIONS"] != nil))
func dumpMentions() {
    guard let text = ProcessInfo.processInfo.environment["NEWSGRAPH_MENTIONS"] else { return }
    let compiled = CompiledLexicon(.builtIn)
    var seg = compiled.segmenter.segment(text)
    compiled.intern(&seg)
    for sentence in seg.sentences { print("S", seg.text(seg.span(of: sentence).start, seg.span(of: sentence).end)) }
    print("T", seg.tokens.map { $0.text }.joined(separator: " · "))
    let (mentions, titles) = MentionFinder(lexicon: compiled).find(seg)
    for m in mentions {
        print("M", m.start, m.end, m.surface(in: seg), m.kind, m.actor.map { compiled.actors[$0].name } ?? "-", m.partOf ?? -1, m.aliasSurface(in: seg) ?? "-")
    }
    for t in titles { print("TITLE", t.start, t.end, compiled.lexicon.titles[t.title].phrase) }
    // Per word token: the word lists it is in, its head kind and its WordNet readings.
    let classes: [(String, CompiledLexicon.WordClass)] = [
        ("common", .commonWord), ("given", .givenName), ("title", .titleWord), ("titlemod", .titleModifier),
        ("particle", .particle), ("nonname", .nonName), ("placestart", .placeStart), ("organhead", .organHead),
        ("familyfirst", .familyFirst), ("connector", .connector),
    ]
    for token in seg.tokens where token.kind == .word {
        let lists = classes.filter { compiled.isWord(token, $0.1) }.map(\.0)
        print("W", token.text, lists.joined(separator: ","), compiled.headKind(token).map { "\($0)" } ?? "-",
            compiled.lexical(token.norm).tags)
    }
}
