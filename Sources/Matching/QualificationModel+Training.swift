import Columnar
import TVET

extension QualificationModel {
    static let method = "ppmi-eigen: PPMI of weighted skill co-occurrence, top eigenpairs by LAPACKE_dsyevr"

    /// Learns the embedding from the snapshot's graduates (`skills`) and vacancies (`essential_skills`,
    /// `optional_skills`): PPMI of their co-occurrence, its `dimension` largest eigenpairs, `U·√Λ` normalised per row.
    /// Only skill lists are read: no personal column enters the model.
    public static func train(
        catalog: Catalog, taxonomy: SkillTaxonomy, options: TrainingOptions
    ) throws(MatchingError) -> QualificationModel {
        let vocabulary = SkillVocabulary(taxonomy: taxonomy)
        let n = vocabulary.count
        guard options.dimension > 0, options.dimension <= n else {
            throw .training("dimension \(options.dimension) must be between 1 and the \(n) skills")
        }
        var cooccurrence = SkillCooccurrence(size: n)
        let graduates = try catalog.requiredTable("graduates")
        let graduateSkills = try SkillLists.reading(graduates, column: "skills", vocabulary: vocabulary)
        for row in 0..<graduateSkills.count { cooccurrence.add(Array(graduateSkills.row(row))) }
        let vacancies = try catalog.requiredTable("vacancies")
        let essential = try SkillLists.reading(vacancies, column: "essential_skills", vocabulary: vocabulary)
        let optional = try SkillLists.reading(vacancies, column: "optional_skills", vocabulary: vocabulary)
        for row in 0..<vacancies.rowCount {
            let e = essential.row(row)
            let o = optional.row(row).filter { !essential.row(row).contains($0) }
            cooccurrence.add(Array(e) + o, weights: e.map { _ in 1 } + o.map { _ in options.optionalSkillWeight })
        }
        let seen = cooccurrence.seen
        let eigen = try SymmetricEigen(largest: options.dimension, of: cooccurrence.ppmi(), n: n)
        let embedding = embeddingRows(eigen, seen: seen)
        let manifest = ModelManifest(
            format: ModelManifest.currentFormat, modelVersion: ModelManifest.currentVersion, method: method,
            dimension: options.dimension, skillCount: n, vocabularyHash: vocabulary.hash,
            embeddingFile: ModelManifest.embeddingFileName, trainedOn: options.trainedOn.description,
            optionalSkillWeight: options.optionalSkillWeight,
            training: .init(
                graduateRows: graduates.rowCount, vacancyRows: vacancies.rowCount, documents: cooccurrence.documents,
                skillsSeen: seen.filter { $0 }.count),
            eigenvalues: eigen.values)
        return try QualificationModel(taxonomy: taxonomy, manifest: manifest, embedding: embedding)
    }

    /// `U·√max(λ, 0)`, each row scaled to unit length; rows of unseen skills stay zero rather than carry noise.
    private static func embeddingRows(_ eigen: SymmetricEigen, seen: [Bool]) -> [Float] {
        let d = eigen.count
        let scales = eigen.values.map { max(0, $0).squareRoot() }
        var rows = [Float](repeating: 0, count: eigen.n * d)
        rows.withUnsafeMutableBufferPointer { out in
            for s in 0..<eigen.n where seen[s] {
                for k in 0..<d { out[s * d + k] = Float(eigen.vectors[s * d + k] * scales[k]) }
                normalize(out.baseAddress! + s * d, count: d)
            }
        }
        return rows
    }
}

extension Catalog {
    func requiredTable(_ name: String) throws(MatchingError) -> Table {
        guard let table = table(name) else { throw .missingTable(name) }
        return table
    }

    func requiredLink(from table: String, _ link: String) throws(MatchingError) -> [Int32] {
        guard let rows = linkRows(from: table, link: link) else { throw .missingLink(table: table, link: link) }
        return rows
    }
}

extension SkillLists {
    /// The skill lists of a table's list column, translated to vocabulary indexes.
    static func reading(_ table: Table, column name: String, vocabulary: SkillVocabulary) throws(MatchingError) -> SkillLists {
        guard let column = table.column(name), case .list(_, _, let dictionary) = column.storage else {
            throw .missingColumn(table: table.name, column: name)
        }
        return reading(column: column, indexOfCode: vocabulary.indexes(of: dictionary))
    }
}
