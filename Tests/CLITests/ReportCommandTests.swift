import Foundation
import ServerTestSupport
import TestSupport
import Testing

/// `dataraya report NAME --out FILE`: pages in both languages and PDF from the store, public figures unless
/// `--unsuppressed`, and a one-line reason with a non-zero exit for every mistake.
@Suite struct ReportCommandTests {
    func report(_ arguments: [String], store: ReportStore) throws -> BinaryRunner.Output {
        try BinaryRunner.run(["report"] + arguments + ["--db", store.db], in: ProjectFiles.root.path)
    }

    @Test(arguments: [("graduate-employability", "Kebolehpasaran Graduan TVET", "Employability of TVET Graduates"),
                      ("supply-demand", "Penawaran dan Permintaan Tenaga Kerja TVET", "Supply of and Demand for TVET Skills"),
                      ("institution-profile", "Profil Institusi: Kebolehpasaran Graduan", "Institution Profile: Graduate Employability")])
    func writesThePageInBothLanguages(name: String, malay: String, english: String) throws {
        let store = try ReportStore.get()
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let institution = name == "institution-profile" ? ["--institution-id", store.institutionID] : []
        for (language, title) in [("ms", malay), ("en", english)] {
            let out = "\(folder)/\(name)-\(language).html"
            let result = try report([name, "--out", out, "--lang", language] + institution, store: store)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(result.stdout.contains(out))
            let html = try String(contentsOfFile: out, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("<html lang=\"\(language)\">"))
            #expect(html.contains("<h1>\(title)</h1>"))
            #expect(ReportTable.all(in: html).count >= 3)
        }
        // Without a language the page is in Bahasa Melayu.
        let plain = "\(folder)/\(name).html"
        #expect(try report([name, "--out", plain] + institution, store: store).status == 0)
        #expect(try String(contentsOfFile: plain, encoding: .utf8).contains("<h1>\(malay)</h1>"))
    }

    @Test func writesAPDF() throws {
        let store = try ReportStore.get()
        _ = try HeadlessBrowser.locate()
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/report.pdf"
        let result = try report(["graduate-employability", "--format", "pdf", "--lang", "en", "--out", out], store: store)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(pdf.count > 20_000)
    }

    @Test(arguments: [
        (["institution-profile"], "--institution-id"),
        (["no-such-report"], "no-such-report"),
        (["graduate-employability", "--year", "soon"], "--year"),
        (["graduate-employability", "--year", "1850"], "--year"),
        (["graduate-employability", "--state", "Atlantis"], "--state"),
        (["graduate-employability", "--lang", "xx"], "--lang"),
        (["graduate-employability", "--format", "docx"], "--format"),
        (["institution-profile", "--institution-id", "NOPE-0000"], "NOPE-0000"),
    ])
    func aMistakeFailsWithOneLine(arguments: [String], named: String) throws {
        let store = try ReportStore.get()
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/report.html"
        let result = try report(arguments + ["--out", out], store: store)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1 && result.stderr.hasSuffix("\n"), "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(named), "\(arguments): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unsuppressedChangesTheFiguresOfASmallFilter() throws {
        let store = try ReportStore.get()
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let filter = ["--state", "Perlis", "--lang", "en"]
        let open = folder + "/public.html", cleared = folder + "/unsuppressed.html"
        #expect(try report(["graduate-employability", "--out", open] + filter, store: store).status == 0)
        let unsuppressed = try report(["graduate-employability", "--out", cleared, "--unsuppressed"] + filter, store: store)
        #expect(unsuppressed.status == 0, "\(unsuppressed.stderr)")
        #expect(unsuppressed.stdout.contains("unsuppressed"))
        let openPage = try String(contentsOfFile: open, encoding: .utf8)
        let clearedPage = try String(contentsOfFile: cleared, encoding: .utf8)
        let openTables = ReportTable.all(in: openPage), clearedTables = ReportTable.all(in: clearedPage)
        #expect(openTables.map(\.reference) == clearedTables.map(\.reference))
        #expect(openTables != clearedTables)
        #expect(openPage.contains("data-suppressed=\"true\""))
        #expect(!clearedPage.contains("data-suppressed=\"true\""))
        // The public page shows the same groups, each count within 2 of the exact one (the published perturbation).
        for (openTable, clearedTable) in zip(openTables, clearedTables) {
            #expect(openTable.rows.count == clearedTable.rows.count)
            for (openRow, clearedRow) in zip(openTable.rows, clearedTable.rows) {
                for (openCell, clearedCell) in zip(openRow, clearedRow) where !openCell.value.isEmpty {
                    if openCell.column == "graduates", let shown = Int(openCell.value), let exact = Int(clearedCell.value) {
                        #expect(abs(shown - exact) <= 2, "\(openTable.reference)")
                    } else if Double(openCell.value) == nil {
                        #expect(openCell == clearedCell, "\(openTable.reference)")
                    }
                }
            }
        }
    }
}
