// swift-tools-version: 6.0
import PackageDescription

// The export benchmark, kept out of the main package so that its build and its results
// never slow down `swift test`. Run: swift run -c release export-benchmark (see README.md).
let package = Package(
    name: "NewsGraphBenchmarks",
    dependencies: [
        // Named, so that the product references below do not depend on the clone's folder name.
        .package(name: "NewsGraph", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "export-benchmark",
            dependencies: [
                .product(name: "NewsGraph", package: "NewsGraph"),
                .product(name: "NewsGraphExport", package: "NewsGraph"),
            ],
            path: "Sources/ExportBenchmark"
        ),
        .executableTarget(
            name: "layout-benchmark",
            dependencies: [.product(name: "NewsGraphLayout", package: "NewsGraph")],
            path: "Sources/LayoutBenchmark"
        ),
        // Extraction alone on a JSON Lines corpus, for callgrind (see README.md, "Extraction").
        .executableTarget(
            name: "extraction-profile",
            dependencies: [
                .product(name: "NewsGraph", package: "NewsGraph"),
                .product(name: "NewsGraphExtraction", package: "NewsGraph"),
            ],
            path: "Sources/ExtractionProfile"
        ),
    ]
)
