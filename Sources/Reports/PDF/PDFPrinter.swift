import Foundation

/// Prints a rendered report to PDF with headless Chromium, on A4 as the page's print stylesheet lays it out,
/// without the browser's own header and footer.
///
/// ```swift
/// let pdf = try await PDFPrinter().pdf(html: html)
/// ```
public struct PDFPrinter: Sendable {
    public let chromium: Chromium
    public let timeout: Duration

    /// Uses the Chromium on PATH; throws `ChromiumError.notFound` when there is none.
    public init(chromium: Chromium? = nil, timeout: Duration = .seconds(60)) throws {
        self.chromium = try chromium ?? Chromium.locate()
        self.timeout = timeout
    }

    /// The PDF of `html`, which is written to a temporary file first so that Chromium opens it as `file://`.
    public func pdf(html: String) async throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataraya-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let output = folder.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: page)
        try await print(page: page, to: output)
        return try Data(contentsOf: output)
    }

    /// Prints the page at `page` (a file) to `output`.
    public func print(page: URL, to output: URL) async throws {
        try? FileManager.default.removeItem(at: output)
        _ = try await chromium.run(
            ["--no-pdf-header-footer", "--print-to-pdf=\(output.path)", page.absoluteString], timeout: timeout)
        guard let data = FileManager.default.contents(atPath: output.path), data.starts(with: Data("%PDF".utf8)) else {
            throw ChromiumError.noOutput(expected: "PDF at \(output.path)")
        }
    }
}
