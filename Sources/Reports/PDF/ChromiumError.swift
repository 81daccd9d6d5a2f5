/// Why headless Chromium could not do its job, in words an operator can act on.
public enum ChromiumError: Error, Equatable, CustomStringConvertible {
    /// No Chromium on PATH; `scripts/install-chromium.sh` installs Debian's.
    case notFound(searched: [String])
    case launchFailed(executable: String, reason: String)
    /// The browser did not finish in time and was ended by its process id.
    case timedOut(after: Duration)
    /// The browser exited with a failure status; `detail` is the last line it logged.
    case failed(status: Int32, detail: String)
    /// The browser exited cleanly but wrote no usable output.
    case noOutput(expected: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            "no Chromium found on PATH (looked for \(searched.joined(separator: ", "))); run scripts/install-chromium.sh"
        case .launchFailed(let executable, let reason): "cannot start \(executable): \(reason)"
        case .timedOut(let limit): "Chromium did not finish within \(limit) and was stopped"
        case .failed(let status, let detail): "Chromium exited with status \(status): \(detail)"
        case .noOutput(let expected): "Chromium wrote no \(expected)"
        }
    }
}
