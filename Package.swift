// swift-tools-version: 6.0
import PackageDescription

// NewsGraph: news text in, an actor graph out (GraphML, GEXF, RDF/XML, DOT, JSON).
// Module map and data flow: ARCHITECTURE.md.
let package = Package(
    name: "NewsGraph",
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphXML", targets: ["NewsGraphXML"]),
        .library(name: "NewsGraphExtraction", targets: ["NewsGraphExtraction"]),
        .library(name: "NewsGraphExport", targets: ["NewsGraphExport"]),
        .library(name: "NewsGraphValidation", targets: ["NewsGraphValidation"]),
        .library(name: "NewsGraphCorpus", targets: ["NewsGraphCorpus"]),
        .library(name: "NewsGraphLayout", targets: ["NewsGraphLayout"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        // The CLI's argument parsing; the only third-party dependency.
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0")
    ],
    targets: [
        // libxml2 as a system library. Only NewsGraphXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // C helpers Swift cannot spell (a cache prefetch), header-only.
        .target(name: "CNewsGraphShims"),
        // The model: documents, entities, relations, the knowledge graph, JSON, byte sinks.
        .target(name: "NewsGraph", dependencies: ["CNewsGraphShims"]),
        // The one safe wrapper over libxml2: streaming writer, safe reader, schemas.
        .target(name: "NewsGraphXML", dependencies: ["CLibXML2", "NewsGraph"]),
        .target(name: "NewsGraphExtraction", dependencies: ["NewsGraph"], exclude: ["LEXICON.md", "Knowledge/SOURCES.md"]),
        // Report/: the HTML report's script and styles, embedded as ReportAssets.swift (no bundle resources).
        .target(name: "NewsGraphExport", dependencies: ["NewsGraph", "NewsGraphXML"], exclude: ["Report"]),
        .target(name: "NewsGraphValidation", dependencies: ["NewsGraph", "NewsGraphXML"]),
        // Whole corpora: reading files, folders, JSON Lines and HTML; parallel extraction.
        .target(name: "NewsGraphCorpus", dependencies: ["NewsGraph", "NewsGraphXML"]),
        // Drawing: ForceAtlas2 (Barnes–Hut, deterministic on any number of threads) and layout quality.
        .target(name: "NewsGraphLayout", dependencies: ["NewsGraph"]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph", "NewsGraphXML", "NewsGraphExtraction", "NewsGraphExport",
                "NewsGraphValidation", "NewsGraphCorpus", "NewsGraphLayout",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets only: running programs, temporary folders, the reference files in Tests/Reference.
        .target(name: "_NewsGraphTestSupport", path: "Sources/_NewsGraphTestSupport"),
        .testTarget(name: "NewsGraphTests", dependencies: ["NewsGraph", "_NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphXMLTests", dependencies: ["NewsGraphXML", "NewsGraph", "_NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphCLITests", dependencies: ["newsgraph", "NewsGraph", "_NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphLayoutTests", dependencies: ["NewsGraphLayout", "NewsGraph", "_NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphCorpusTests", dependencies: ["NewsGraphCorpus", "NewsGraph", "_NewsGraphTestSupport"]),
        .testTarget(
            name: "NewsGraphValidationTests",
            dependencies: ["NewsGraphValidation", "NewsGraph", "NewsGraphXML", "NewsGraphExport", "_NewsGraphTestSupport"]
        ),
        .testTarget(
            name: "NewsGraphExportTests",
            dependencies: ["NewsGraphExport", "NewsGraph", "NewsGraphXML", "NewsGraphLayout", "_NewsGraphTestSupport"]),
        .testTarget(
            name: "NewsGraphExtractionTests", dependencies: ["NewsGraphExtraction", "NewsGraph", "_NewsGraphTestSupport"],
            resources: [.copy("Fixtures")]),
    ]
)
