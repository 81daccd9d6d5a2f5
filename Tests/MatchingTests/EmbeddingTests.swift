import CBLAS
import Matching
import TVET
import Testing

/// The learned embedding: the eigen-decomposition is right, and skills that go together are closer than others.
@Suite struct EmbeddingTests {
    func ppmi(_ f: MatchingFixture) -> (matrix: [Double], n: Int) {
        var c = SkillCooccurrence(size: f.model.vocabulary.count)
        for row in 0..<f.index.graduates.count { c.add(Array(f.index.graduates.skills.row(row))) }
        return (c.ppmi(), c.size)
    }

    @Test func eigenpairsSatisfyTheDefinitionAndAreOrthonormal() throws {
        let f = try MatchingFixture.get()
        let (m, n) = ppmi(f)
        let eigen = try SymmetricEigen(largest: 16, of: m, n: n)
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 >= $1 })
        for k in 0..<eigen.count {
            let u = (0..<n).map { eigen.vectors[$0 * eigen.count + k] }
            var mu = [Double](repeating: 0, count: n)
            cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(n), Int32(n), 1, m, Int32(n), u, 1, 0, &mu, 1)
            let residual = zip(mu, u).map { abs($0 - eigen.values[k] * $1) }.max()!
            #expect(residual < 1e-8 * max(1, abs(eigen.values[k])), "eigenpair \(k): residual \(residual)")
            for j in 0..<eigen.count {
                let dot = (0..<n).reduce(0.0) { $0 + u[$1] * eigen.vectors[$1 * eigen.count + j] }
                #expect(abs(dot - (j == k ? 1 : 0)) < 1e-9)
            }
        }
    }

    @Test func eigenvaluesAreTheLargestOfTheFullSpectrum() throws {
        let f = try MatchingFixture.get()
        let (m, n) = ppmi(f)
        let top = try SymmetricEigen(largest: 5, of: m, n: n)
        let all = try SymmetricEigen(largest: n, of: m, n: n)
        for k in 0..<5 { #expect(abs(top.values[k] - all.values[k]) < 1e-9) }
        // The trace is the sum of all eigenvalues (zero diagonal here).
        #expect(abs(all.values.reduce(0, +)) < 1e-7)
    }

    @Test func skillsOfOneFieldAreCloserThanSkillsOfUnrelatedFields() throws {
        let f = try MatchingFixture.get()
        let model = f.model
        var same = 0.0
        var sameCount = 0.0
        var other = 0.0
        var otherCount = 0.0
        let technical = f.taxonomy.skills.enumerated().filter { $0.element.field != TVETField.transversal }
        for (i, a) in technical where i % 3 == 0 {
            for (j, b) in technical where j % 3 == 1 {
                let s = Double(model.similarity(i, j))
                if a.field == b.field {
                    same += s
                    sameCount += 1
                } else {
                    other += s
                    otherCount += 1
                }
            }
        }
        #expect(sameCount > 0 && otherCount > 0)
        #expect(same / sameCount > other / otherCount + 0.2, "same field \(same / sameCount), other \(other / otherCount)")
        // A field is closer to a neighbour it shares graduates with than to an unrelated one.
        #expect(model.fieldSimilarity("ELECTRICAL", "ELECTRONICS")! > model.fieldSimilarity("ELECTRICAL", "BEAUTY")!)
        #expect(model.fieldSimilarity("ICT", "ICT") == 1)
    }

    @Test func vectorsAreUnitOrZeroAndTheManifestSummarisesTraining() throws {
        let f = try MatchingFixture.get()
        let model = f.model
        let d = model.dimension
        #expect(d == 48)
        var zero = 0
        for s in 0..<model.vocabulary.count {
            let norm = (0..<d).reduce(Float(0)) { $0 + model.embedding[s * d + $1] * model.embedding[s * d + $1] }
            if norm == 0 { zero += 1 } else { #expect(abs(norm - 1) < 1e-4) }
        }
        #expect(zero == model.vocabulary.count - model.manifest.training.skillsSeen)
        #expect(model.manifest.training.graduateRows == f.catalog.table("graduates")!.rowCount)
        #expect(model.manifest.training.vacancyRows == f.catalog.table("vacancies")!.rowCount)
        #expect(model.manifest.vocabularyHash == SkillVocabulary(taxonomy: f.taxonomy).hash)
    }

    @Test func theVocabularyHashIsStableAndOrderSensitive() {
        #expect(SkillVocabulary(ids: []).hash == "fnv1a64:cbf29ce484222325")
        // FNV-1a 64 of "a\n".
        #expect(SkillVocabulary(ids: ["a"]).hash == "fnv1a64:\(fnv(Array("a\n".utf8)))")
        #expect(SkillVocabulary(ids: ["A", "B"]).hash != SkillVocabulary(ids: ["B", "A"]).hash)
        #expect(SkillVocabulary(ids: ["AB"]).hash != SkillVocabulary(ids: ["A", "B"]).hash)
    }

    func fnv(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in bytes { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
