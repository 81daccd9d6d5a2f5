import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A headless Chromium found on PATH, run one command at a time with a bounded time, each run in its own
/// throw-away profile so that runs never wait on each other's profile lock.
public struct Chromium: Sendable {
    /// What a finished run printed: `output` is its standard output (the DOM with `--dump-dom`), `log` its
    /// standard error (console messages with `--enable-logging=stderr`).
    public struct Run: Sendable {
        public let status: Int32
        public let output: String
        public let log: String
    }

    /// The names Chromium goes by on Debian, Ubuntu and Google's packages, in the order they are tried.
    public static let executableNames = ["chromium", "chromium-browser", "google-chrome"]

    public let executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// The first Chromium on `searchPath` (the process's PATH by default).
    public static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> Chromium {
        let folders = (searchPath ?? "").split(separator: ":").map(String.init)
        for name in executableNames {
            for folder in folders {
                let candidate = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) { return Chromium(executable: candidate) }
            }
        }
        throw ChromiumError.notFound(searched: executableNames)
    }

    /// The flags every run needs: the new headless mode and no GPU. The sandbox stays on, except for a server run as
    /// root: Chromium refuses to start its sandbox as root, so there `--no-sandbox` is the only way to draw a PDF
    /// (docs/OPERATIONS.md says to run the server as an ordinary user; the page it draws is our own HTML, no script).
    static let headlessFlags =
        ["--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check"]
        + (geteuid() == 0 ? ["--no-sandbox"] : [])
        + ["--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio"]

    /// Runs Chromium with `arguments` after the headless flags; a run still going after `timeout` is killed by its
    /// process id and reported as `ChromiumError.timedOut`.
    public func run(_ arguments: [String], timeout: Duration = .seconds(60)) async throws -> Run {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("dataraya-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let outputURL = workspace.appendingPathComponent("stdout")
        let logURL = workspace.appendingPathComponent("stderr")
        try Data().write(to: outputURL)
        try Data().write(to: logURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            Self.headlessFlags + ["--user-data-dir=\(workspace.appendingPathComponent("profile").path)"]
            + arguments
        // Output goes to files, not pipes, so that a chatty browser can never block on a full pipe.
        let output = try FileHandle(forWritingTo: outputURL)
        let log = try FileHandle(forWritingTo: logURL)
        defer {
            try? output.close()
            try? log.close()
        }
        process.standardOutput = output
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        let status = try await Self.wait(for: process, executable: executable, timeout: timeout)
        let run = Run(
            status: status,
            output: (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "",
            log: (try? String(contentsOf: logURL, encoding: .utf8)) ?? "")
        guard status == 0 else {
            let detail = run.log.split(separator: "\n").last(where: { !$0.contains("dbus") }).map(String.init) ?? ""
            throw ChromiumError.failed(status: status, detail: detail)
        }
        return run
    }

    /// Starts `process` and resumes when it exits or when `timeout` passes, whichever comes first.
    private static func wait(for process: Process, executable: String, timeout: Duration) async throws -> Int32 {
        let outcome = RunOutcome()
        return try await withCheckedThrowingContinuation { continuation in
            outcome.continuation = continuation
            process.terminationHandler = { finished in outcome.finish(.success(finished.terminationStatus)) }
            do {
                try process.run()
            } catch {
                outcome.finish(.failure(ChromiumError.launchFailed(executable: executable, reason: "\(error)")))
                return
            }
            let processID = process.processIdentifier
            let (seconds, attoseconds) = timeout.components
            let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
                if outcome.finish(.failure(ChromiumError.timedOut(after: timeout))) {
                    kill(processID, SIGKILL)
                }
            }
        }
    }
}

/// The first of "the process exited" and "the time ran out" wins; the other is ignored.
private final class RunOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    var continuation: CheckedContinuation<Int32, any Error>?

    @discardableResult
    func finish(_ result: Result<Int32, any Error>) -> Bool {
        lock.lock()
        guard !done, let continuation else {
            lock.unlock()
            return false
        }
        done = true
        self.continuation = nil
        lock.unlock()
        continuation.resume(with: result)
        return true
    }
}
