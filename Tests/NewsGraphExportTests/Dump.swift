import Foundation
import NewsGraph
import NewsGraphExport
import Testing

/// With `EXPORT_DUMP=<directory>`, writes the test graphs in every format there, for
/// looking at by eye and feeding to other tools; with `EXPORT_READ=<file.graphml>`, writes
/// what ``GraphMLReader`` reads from the file as `<file.graphml>.json`. Does nothing otherwise.
@Test(
    "dump the fixtures when EXPORT_DUMP is set (or read EXPORT_READ)",
    .enabled(if: ProcessInfo.processInfo.environment["EXPORT_DUMP"] != nil || ProcessInfo.processInfo.environment["EXPORT_READ"] != nil))
func dumpFixtures() throws {
    if let path = ProcessInfo.processInfo.environment["EXPORT_READ"] {
        // Reads a GraphML file and writes what GraphMLReader made of it as JSON beside it.
        let graph = try GraphMLReader.read(path: path)
        try Data(try render(graph, .json)).write(to: URL(fileURLWithPath: path + ".json"))
    }
    guard let directory = ProcessInfo.processInfo.environment["EXPORT_DUMP"] else { return }
    let url = URL(fileURLWithPath: directory)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let nasties = (1...12).map { ("nasty-\($0)", Fixtures.randomNasty(seed: UInt64($0))) }
    for (name, graph) in ExportAPITests.graphs + nasties {
        for format in GraphFormat.allCases {
            try Data(try render(graph, format)).write(to: url.appendingPathComponent("\(name).\(format.fileExtension)"))
        }
        // Every option set of the tests, for comparing the bytes of two versions.
        for (index, (format, options)) in ExportAPITests.configurations.enumerated() {
            try Data(try render(graph, format, options))
                .write(to: url.appendingPathComponent("\(name).config\(index).\(format.fileExtension)"))
        }
        try Data(try render(graph, .graphml, ExportOptions(flavor: .yed)))
            .write(to: url.appendingPathComponent("\(name).yed.graphml"))
        let yed = ExportOptions(flavor: .yed)
        let reread = try GraphMLReader.read(bytes: try render(graph, .graphml, yed), name: name)
        try Data(try render(reread, .graphml, yed)).write(to: url.appendingPathComponent("\(name).reread.graphml"))
    }
}
