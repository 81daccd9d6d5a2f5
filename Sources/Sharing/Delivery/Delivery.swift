import Columnar
import Crypto
import Foundation
import Store
import TVET
import ZIPFoundation

/// A one-off delivery (CONTRACT 3.11): one file per granted dataset in the request's format — `csv`, `txt`
/// (tab-separated) or `xlsx` — holding exactly the rows and columns of the grant, and `manifest.json`.
///
///     let delivery = try Delivery.build(grant: grant, format: .csv, snapshot: engine.snapshot, at: Date())
public struct Delivery: Sendable {
    public let zip: Data
    public let manifest: DeliveryManifest

    /// The files of a grant in one ZIP archive. The format is the request's; `api` delivers no files.
    public static func build(grant: GrantRecord, format: SharingRequestBody.Delivery, snapshot: Catalog, at moment: Date) throws -> Delivery {
        let archive = try Archive(accessMode: .create)
        var files: [DeliveryManifest.File] = []
        var citations: [String: Citation] = [:]
        for ask in grant.asked {
            guard let table = snapshot.table(ask.dataset), let schema = TVETSchema.dataset(named: ask.dataset) else { continue }
            let rows = try snapshot.rows(of: ask.dataset, matching: ask.filters)
            let name = ask.dataset + "." + format.rawValue
            let bytes = try Self.file(table, columns: ask.columns, rows: rows, format: format, sheet: ask.dataset)
            try Packaging.add(bytes, as: name, to: archive)
            files.append(DeliveryManifest.File(
                name: name, dataset: ask.dataset, columns: ask.columns, filters: ask.filters, rows: rows.count,
                sha256: SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()))
            citations[ask.dataset] = Citation(dataset: schema, year: MalaysiaTime.day(of: moment).year)
        }
        let manifest = DeliveryManifest(
            grant: GrantView(grant), format: format.rawValue, generatedAt: moment.formatted(.iso8601), files: files,
            citation: citations, duties: Citation.duties)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try Packaging.add(try encoder.encode(manifest), as: "manifest.json", to: archive)
        return Delivery(zip: archive.data ?? Data(), manifest: manifest)
    }

    /// One dataset's file in the delivery's format.
    public static func file(_ table: Table, columns: [String], rows: [Int], format: SharingRequestBody.Delivery, sheet: String) throws -> Data {
        switch format {
        case .txt: Data(DelimitedText.tabSeparated(table, columns: columns, rows: rows))
        case .xlsx: try Workbook.xlsx(table, columns: columns, rows: rows, sheet: sheet)
        case .csv, .api: Data(DatasetCSV.bytes(table, columns: columns, rows: rows))
        }
    }
}
