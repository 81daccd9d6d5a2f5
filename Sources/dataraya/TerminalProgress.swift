#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows progress of long work on standard error, only when it is a terminal.
struct TerminalProgress {
    let enabled = isatty(2) == 1

    func report(_ step: String, _ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        writeToStandardError("\r\u{1B}[K\(step): \(percent)% (\(done) of \(total))")
    }

    /// A step without a count ("loading the store").
    func show(_ step: String) {
        guard enabled else { return }
        writeToStandardError("\r\u{1B}[K\(step)…")
    }

    func finish() {
        guard enabled else { return }
        writeToStandardError("\r\u{1B}[K")
    }

    private func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
