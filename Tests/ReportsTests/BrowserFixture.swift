import Foundation
import Reports
import TestSupport

/// Finds headless Chromium, installing Debian's with `scripts/install-chromium.sh` when none is on PATH; an install
/// that fails fails the test with the script's reason rather than skipping it.
enum BrowserFixture {
    struct InstallFailed: Error, CustomStringConvertible {
        let description: String
    }

    static func chromium() throws -> Chromium {
        if let found = try? Chromium.locate() { return found }
        let result = try run(ProjectFiles.path("scripts/install-chromium.sh"))
        guard result.status == 0 else {
            throw InstallFailed(description: "scripts/install-chromium.sh failed (\(result.status)): \(result.output)")
        }
        return try Chromium.locate()
    }

    /// Runs a program and returns its exit status with its standard output and error together.
    static func run(_ executable: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// A temporary folder for one test's pages and pictures; kept (and printed) when `DATARAYA_KEEP_SCREENSHOTS`
    /// names a folder to copy them to, so that a person can look at them.
    static func keep(_ file: URL) throws {
        guard let folder = ProcessInfo.processInfo.environment["DATARAYA_KEEP_SCREENSHOTS"], !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = URL(fileURLWithPath: folder).appendingPathComponent(file.lastPathComponent)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: file, to: target)
    }
}
