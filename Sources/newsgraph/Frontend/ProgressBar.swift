import Foundation
import NewsGraphCorpus

/// A one-line progress display on stderr: documents done, MB/s and time left. Drawn
/// only on a terminal; redrawn at most ten times a second.
final class ProgressBar {
    private let enabled: Bool
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: CorpusProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100) { return }
        lastDraw = now
        let seconds = max(Double(progress.elapsed.components.seconds) + Double(progress.elapsed.components.attoseconds) / 1e18, 0.001)
        let rate = Double(progress.bytes) / seconds
        var line = "\r\u{1B}[K"
        if let total = progress.totalBytes, total > 0 {
            let fraction = min(1, Double(progress.bytes) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += String(format: "%3.0f%% ", fraction * 100)
            if rate > 0 { line += "eta " + Self.clock(Double(total - progress.bytes) / rate) + "  " }
        }
        line += "\(progress.documents) docs"
        if progress.skipped > 0 { line += ", \(progress.skipped) skipped" }
        line += String(format: ", %.1f MB/s", rate / 1e6)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Clears the line, so the summary starts on a clean one.
    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}
