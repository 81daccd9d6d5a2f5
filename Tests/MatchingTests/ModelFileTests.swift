import Foundation
import Matching
import TVET
import TestSupport
import Testing

/// A saved model loads back identical, and is refused for another taxonomy or a damaged file.
@Suite struct ModelFileTests {
    @Test func saveAndLoadRoundTrip() throws {
        let f = try MatchingFixture.get()
        let directory = try ProjectFiles.temporaryDirectory() + "/model"
        try f.model.save(to: directory)
        let loaded = try QualificationModel.load(from: directory, taxonomy: f.taxonomy)
        #expect(loaded.manifest == f.model.manifest)
        #expect(loaded.embedding == f.model.embedding)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/skill_embedding.f32"))
        #expect(bytes.count == f.model.vocabulary.count * f.model.dimension * 4)
        // Little-endian Float32: the first value's four bytes.
        let first = f.model.embedding[0].bitPattern
        #expect(Array(bytes.prefix(4)) == [UInt8(first & 0xff), UInt8(first >> 8 & 0xff), UInt8(first >> 16 & 0xff), UInt8(first >> 24)])
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/manifest.json"))) as? [String: Any]
        #expect(manifest?["vocabulary_hash"] as? String == f.model.manifest.vocabularyHash)
        #expect(manifest?["dimension"] as? Int == 48)
        #expect((manifest?["training"] as? [String: Any])?["graduate_rows"] as? Int == MatchingFixture.graduates)
    }

    @Test func aModelForAnotherTaxonomyIsRefusedWithTheReason() throws {
        let f = try MatchingFixture.get()
        let directory = try ProjectFiles.temporaryDirectory() + "/model"
        try f.model.save(to: directory)
        var skills = f.taxonomy.skills
        skills.swapAt(0, 1)
        let reordered = SkillTaxonomy(skills: skills)
        #expect {
            try QualificationModel.load(from: directory, taxonomy: reordered)
        } throws: { error in
            guard case .vocabularyMismatch(let m, let t, 493, 493) = error as? MatchingError else { return false }
            return m == f.model.manifest.vocabularyHash && t != m && "\(error)".contains("another skill taxonomy")
        }
        let fewer = SkillTaxonomy(skills: Array(f.taxonomy.skills.dropLast()))
        #expect(throws: MatchingError.self) { try QualificationModel.load(from: directory, taxonomy: fewer) }
    }

    @Test func aTruncatedEmbeddingOrMissingModelIsRefused() throws {
        let f = try MatchingFixture.get()
        let directory = try ProjectFiles.temporaryDirectory() + "/model"
        try f.model.save(to: directory)
        let path = directory + "/skill_embedding.f32"
        try Data(try Data(contentsOf: URL(fileURLWithPath: path)).dropLast(4)).write(to: URL(fileURLWithPath: path))
        #expect {
            try QualificationModel.load(from: directory, taxonomy: f.taxonomy)
        } throws: { error in
            "\(error)".contains("bytes, expected")
        }
        #expect(throws: MatchingError.self) { try QualificationModel.load(from: directory + "/none", taxonomy: f.taxonomy) }
    }
}
