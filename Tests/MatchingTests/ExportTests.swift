import Foundation
import Matching
import TestSupport
import Testing

/// The exported `.npy` files are NumPy format 1.0 with the right header, and hold exactly the index's bytes.
@Suite struct ExportTests {
    struct Npy {
        let header: String
        let data: Data
    }

    /// Parses the header as NumPy does: magic, version 1.0, little-endian header length, dict, data from a multiple of 64.
    func parse(_ path: String) throws -> Npy {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(8)) == [0x93] + Array("NUMPY".utf8) + [1, 0])
        let length = Int(bytes[8]) | Int(bytes[9]) << 8
        #expect((10 + length) % 64 == 0)
        let header = String(decoding: bytes[10..<(10 + length)], as: UTF8.self)
        #expect(header.hasSuffix("\n"))
        return Npy(header: header, data: bytes.subdata(in: (10 + length)..<bytes.count))
    }

    @Test func matricesAndIdsAreWrittenAsNumPyExpects() throws {
        let f = try MatchingFixture.get()
        let directory = try ProjectFiles.temporaryDirectory() + "/vectors"
        try VectorExport.write(f.index, to: directory)
        let g = try parse(directory + "/graduates.npy")
        let d = f.model.dimension
        let n = f.index.graduates.count
        #expect(g.header.hasPrefix("{'descr': '<f4', 'fortran_order': False, 'shape': (\(n), \(d)), }"))
        #expect(g.data.count == n * d * 4)
        let floats = g.data.withUnsafeBytes { raw in
            (0..<(n * d)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        #expect(floats == f.index.graduates.vectors)
        let v = try parse(directory + "/vacancies.npy")
        #expect(v.header.contains("'shape': (\(f.index.vacancies.count), \(d))"))
        let ids = try String(contentsOfFile: directory + "/graduate_ids.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(ids == (0..<n).map(f.index.graduateID))
        let vacancyIDs = try String(contentsOfFile: directory + "/vacancy_ids.txt", encoding: .utf8).split(separator: "\n")
        #expect(vacancyIDs.count == f.index.vacancies.count)
        let level = try parse(directory + "/graduate_level.npy")
        #expect(level.header.contains("'descr': '|u1'") && level.header.contains("'shape': (\(n),)"))
        #expect(Array(level.data) == f.index.graduates.level)
        let skills = try parse(directory + "/vacancy_essential_skills.npy")
        #expect(skills.header.contains("'descr': '<u2'"))
        #expect(skills.data.count == f.index.vacancies.essential.items.count * 2)
        for name in ["weights.json", "field_similarity.npy", "location.npy", "skill_embedding.npy", "programme_profiles.npy"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + name), "\(name)")
        }
    }

    @Test func headersOfOtherShapes() {
        let bytes = NpyWriter.encode([Int32(1), 2, 3], shape: [3])
        let header = String(decoding: bytes[10..<(bytes.count - 12)], as: UTF8.self)
        #expect(header.hasPrefix("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }"))
        #expect((bytes.count - 12) % 64 == 0)
        #expect(Array(bytes.suffix(12)) == [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])
    }
}
