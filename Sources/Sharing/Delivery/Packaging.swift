import Foundation
import ZIPFoundation

/// Adding whole files to an in-memory ZIP archive (deflated), for deliveries and workbooks.
enum Packaging {
    static func add(_ data: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 946_684_800),
            compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
