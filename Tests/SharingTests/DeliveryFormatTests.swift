import Columnar
import Foundation
import Sharing
@testable import Store
import TVET
import Testing
import ZIPFoundation

/// The delivery formats hold the same rows and columns: CSV as CONTRACT section 2 writes it, tab-separated text with
/// one line a record, and a workbook whose sheet holds numbers as numbers.
@Suite struct DeliveryFormatTests {
    static func table() throws -> Table {
        let builder = TableBuilder(name: "graduates")
        let ids = builder.string("graduate_id")
        let salary = builder.double("monthly_salary")
        let state = builder.string("state_of_work")
        for (id, pay, place) in [("G1", 2500.0, "Johor"), ("G2", 3100.5, "Pulau\tPinang"), ("G3", 1800.0, "Sabah, Tawau")] {
            ids.append(id)
            salary.append(pay)
            state.append(place)
        }
        return try builder.build()
    }

    @Test func everyFormatHoldsTheChosenRowsAndColumns() throws {
        let table = try Self.table()
        let columns = ["graduate_id", "state_of_work"]
        let csv = String(decoding: try Delivery.file(table, columns: columns, rows: [0, 2], format: .csv, sheet: "graduates"), as: UTF8.self)
        #expect(csv == "graduate_id,state_of_work\nG1,Johor\nG3,\"Sabah, Tawau\"\n")
        let txt = String(decoding: try Delivery.file(table, columns: columns, rows: [1, 2], format: .txt, sheet: "graduates"), as: UTF8.self)
        #expect(txt == "graduate_id\tstate_of_work\nG2\tPulau Pinang\nG3\tSabah, Tawau\n")

        let xlsx = try Delivery.file(table, columns: ["graduate_id", "monthly_salary"], rows: [1], format: .xlsx, sheet: "graduates")
        let archive = try Archive(data: xlsx, accessMode: .read)
        #expect(Set(archive.map(\.path)).isSuperset(of: ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]))
        var sheet = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains("<t>monthly_salary</t>") && xml.contains("<t>G2</t>") && xml.contains("<v>3100.5</v>"))
        #expect(!xml.contains("G1") && !xml.contains("G3"))
    }

    @Test func waitingDaysRunFromStepToStepAndToToday() throws {
        let day: TimeInterval = 86_400
        // 2026-03-01 09:00 in Malaysia is 01:00 UTC.
        let start = Date(timeIntervalSince1970: TimeInterval(CivilDate("2026-03-01")!.daysSinceEpoch) * day + 3600)
        let steps = [
            SharingRequestRecord.Step(at: start, userID: 1, role: "REQUESTER", action: "submit", note: nil, state: .submitted),
            SharingRequestRecord.Step(at: start + 4 * day, userID: 2, role: "KKTD", action: "recommend", note: nil, state: .recommended),
        ]
        let record = SharingRequestRecord(
            id: 1, requesterID: 1, requesterCategory: .researcher, state: .recommended, version: 1, body: "{}", periodFrom: "2026-01-01",
            periodTo: "2026-12-31", feeMYR: nil, feePaidMYR: nil, paymentReference: nil, conditions: nil, agreement: nil, createdAt: start,
            history: steps)
        let view = RequestView(record, today: CivilDate("2026-03-12")!)
        #expect(view.waiting.map(\.days) == [4, 7])
        #expect(view.waiting.map(\.since) == ["2026-03-01", "2026-03-05"])
        #expect(view.history.map(\.at) == ["2026-03-01", "2026-03-05"])
    }
}
