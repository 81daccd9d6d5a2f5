import Columnar
import Foundation
import ZIPFoundation

/// Rows of a dataset as a one-sheet Office Open XML workbook (the `xlsx` delivery): numbers as numbers, everything
/// else as inline text, a header row first. The smallest package a spreadsheet program opens: no styles, no shared
/// strings.
public enum Workbook {
    public static func xlsx(_ table: Table, columns names: [String], rows: [Int], sheet: String) throws -> Data {
        let columns = names.compactMap { table.column($0) }
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        xml += "<row>" + names.map(text).joined() + "</row>"
        for row in rows {
            xml += "<row>" + columns.map { cell($0, row) }.joined() + "</row>"
        }
        xml += "</sheetData></worksheet>"
        let archive = try Archive(accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=""# + escape(String(sheet.prefix(31))) + #"" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", xml),
        ]
        for (path, content) in parts { try Packaging.add(Data(content.utf8), as: path, to: archive) }
        return archive.data ?? Data()
    }

    static func cell(_ column: Column, _ row: Int) -> String {
        switch column.value(at: row) {
        case .null: "<c/>"
        case .int(let value): "<c><v>\(value)</v></c>"
        case .double(let value): "<c><v>\(value)</v></c>"
        case let other: text(other.description)
        }
    }

    static func text(_ value: String) -> String { #"<c t="inlineStr"><is><t>"# + escape(value) + "</t></is></c>" }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
