import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Headless Chromium as a person's browser for the end-to-end report tests: found on PATH or installed with
/// `scripts/install-chromium.sh`, each run in a throw-away profile, bounded in time and ended by its process id.
struct HeadlessBrowser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// What a run printed: standard output (the DOM with `--dump-dom`) and standard error (the console log).
    struct Run {
        let status: Int32
        let output: String
        let log: String
    }

    let executable: String

    /// The Chromium on PATH, after installing Debian's when there is none (an install that fails fails the test).
    static func locate() throws -> HeadlessBrowser {
        if let found = find() { return HeadlessBrowser(executable: found) }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: ProjectFiles.path("scripts/install-chromium.sh"))
        let pipe = Pipe()
        install.standardOutput = pipe
        install.standardError = pipe
        try install.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        install.waitUntilExit()
        guard install.terminationStatus == 0, let found = find() else {
            throw Failure(description: "scripts/install-chromium.sh failed (\(install.terminationStatus)): \(output)")
        }
        return HeadlessBrowser(executable: found)
    }

    static func find() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Runs the browser headless with `arguments`; output goes to files so that a chatty browser never blocks.
    func run(_ arguments: [String], timeout: TimeInterval = 30) throws -> Run {
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputPath = folder + "/stdout", logPath = folder + "/stderr"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        defer {
            try? output.close()
            try? log.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=\(folder)/profile",
            ] + arguments
        process.standardOutput = output
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw Failure(description: "Chromium did not finish within \(Int(timeout)) s")
        }
        return Run(
            status: process.terminationStatus,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            log: (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")
    }

    /// The DOM of the page at `url` after it loaded, and the console lines that report an error.
    func load(_ url: String) throws -> (dom: String, errors: [String]) {
        let run = try run(["--enable-logging=stderr", "--v=0", "--dump-dom", url])
        guard run.status == 0 else { throw Failure(description: "Chromium exited with \(run.status) on \(url)") }
        return (run.output, Self.consoleErrors(run.log))
    }

    /// A PNG of the page at `url`, `width` wide and `height` tall, written to `path`.
    func screenshot(_ url: String, to path: String, width: Int = 1100, height: Int = 4200) throws {
        try? FileManager.default.removeItem(atPath: path)
        let run = try run(["--screenshot=\(path)", "--window-size=\(width),\(height)", url])
        guard run.status == 0, FileManager.default.fileExists(atPath: path) else {
            throw Failure(description: "Chromium wrote no screenshot of \(url) (status \(run.status))")
        }
    }

    /// The lines of a console log that show the page is broken. Chromium logs console.error like console.log (as
    /// `INFO:CONSOLE`), and a report page has no script, so any console message counts, as do uncaught exceptions and
    /// failed loads.
    static func consoleErrors(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { line in
            line.contains(":CONSOLE") || line.contains("Uncaught") || line.contains("Failed to load resource")
        }
    }

    /// What a page would fetch besides itself: `src` attributes, stylesheet links, CSS `url(...)` and `@import`,
    /// other than `data:` URLs and references within the page (`url(#hatch)`). Chromium does not log a failed image or stylesheet load at this log level, so a
    /// report page must reference none, which also keeps it whole when it is saved, mailed or opened offline.
    static func outsideResources(_ html: String) -> [String] {
        let patterns = [#"\bsrcset\s*=\s*"[^"]*""#, #"\bsrc\s*=\s*"(?!data:)[^"]*""#, #"<link\b[^>]*>"#, #"url\((?!\s*['"]?(data:|#))[^)]*\)"#, #"@import[^;]*"#]
        return patterns.flatMap { pattern -> [String] in
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [pattern] }
            return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
                Range($0.range, in: html).map { String(html[$0]) }
            }
        }
    }
}
