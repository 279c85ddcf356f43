// swift-tools-version: 6.0
import PackageDescription

// Fuzz targets for NewsGraph's readers, one executable per reader, built with libFuzzer and
// AddressSanitizer: `bash Fuzz/run.sh SECONDS` builds and runs them all (see README.md).
// Kept out of the main package, like Benchmarks/, so `swift test` never builds them.
let targets = [
    "fuzz-graphml", "fuzz-gexf", "fuzz-json", "fuzz-dot", "fuzz-extract", "fuzz-lexicon", "fuzz-html", "fuzz-jsonl-corpus",
    "fuzz-validate",
]

let package = Package(
    name: "NewsGraphFuzz",
    dependencies: [.package(name: "NewsGraph", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "NewsGraph", package: "NewsGraph"),
                .product(name: "NewsGraphExport", package: "NewsGraph"),
            ],
            path: "Sources/FuzzSupport")
    ]
        + targets.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport",
                    .product(name: "NewsGraph", package: "NewsGraph"),
                    .product(name: "NewsGraphExport", package: "NewsGraph"),
                    .product(name: "NewsGraphExtraction", package: "NewsGraph"),
                    .product(name: "NewsGraphValidation", package: "NewsGraph"),
                    .product(name: "NewsGraphCorpus", package: "NewsGraph"),
                    .product(name: "NewsGraphXML", package: "NewsGraph"),
                ],
                path: "Sources/\(name)",
                // libFuzzer provides main(): the entry point is LLVMFuzzerTestOneInput.
                swiftSettings: [.unsafeFlags(["-parse-as-library"])])
        }
)
