#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes the index as NumPy arrays and id lists, so that anyone can rank independently and compare
/// (docs/MATCHING.md, "Vectors export", lists every file and how to recompute the score from them).
///
///     try VectorExport.write(index, to: "out/vectors")
public enum VectorExport {
    /// Every file written, in order.
    public static func write(_ index: MatchingIndex, to directory: String) throws(MatchingError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory, reason: "\(error)")
        }
        let d = index.model.dimension
        let g = index.graduates
        let v = index.vacancies
        let p = index.programmeProfiles
        func path(_ name: String) -> String { directory + "/" + name }
        try NpyWriter.write(g.vectors, shape: [g.count, d], to: path("graduates.npy"))
        try NpyWriter.write(v.vectors, shape: [v.count, d], to: path("vacancies.npy"))
        try writeLines((0..<g.count).map(g.table.key(of:)), to: path("graduate_ids.txt"))
        try writeLines((0..<v.count).map(v.table.key(of:)), to: path("vacancy_ids.txt"))
        try writeGraduateArrays(g, path: path)
        try writeVacancyArrays(v, path: path)
        try NpyWriter.write(p.vectors, shape: [p.count, d], to: path("programme_profiles.npy"))
        try writeSkills(p.skills, prefix: "programme_profile", path: path)
        try writeLines((0..<index.programmes.rowCount).map(index.programmes.key(of:)), to: path("programme_ids.txt"))
        try NpyWriter.write(index.model.embedding, shape: [index.model.vocabulary.count, d], to: path("skill_embedding.npy"))
        try writeLines(index.model.vocabulary.ids, to: path("skill_ids.txt"))
        try NpyWriter.write(index.model.fields.values, shape: [FieldTable.size, FieldTable.size], to: path("field_similarity.npy"))
        try NpyWriter.write(
            index.location.values, shape: [2, LocationTable.size, LocationTable.size], to: path("location.npy"))
        try writeLines(Codes.states.map(\.name), to: path("states.txt"))
        try writeLines(Codes.fields.map(\.rawValue), to: path("fields.txt"))
        try writeWeights(index.weights, to: path("weights.json"))
    }

    private static func writeGraduateArrays(_ g: GraduateRows, path: (String) -> String) throws(MatchingError) {
        try NpyWriter.write(g.level, shape: [g.count], to: path("graduate_level.npy"))
        try NpyWriter.write(g.state, shape: [g.count], to: path("graduate_state.npy"))
        try NpyWriter.write(g.field, shape: [g.count], to: path("graduate_field.npy"))
        try NpyWriter.write(g.expectedSalary, shape: [g.count], to: path("graduate_expected_salary.npy"))
        try NpyWriter.write(g.willingToRelocate.map { $0 ? UInt8(1) : 0 }, shape: [g.count], to: path("graduate_willing_to_relocate.npy"))
        try NpyWriter.write(g.openToMatching.map { $0 ? UInt8(1) : 0 }, shape: [g.count], to: path("graduate_open_to_matching.npy"))
        try NpyWriter.write(g.programme, shape: [g.count], to: path("graduate_programme.npy"))
        try writeSkills(g.skills, prefix: "graduate", path: path)
    }

    private static func writeVacancyArrays(_ v: VacancyRows, path: (String) -> String) throws(MatchingError) {
        try NpyWriter.write(v.minLevel, shape: [v.count], to: path("vacancy_min_level.npy"))
        try NpyWriter.write(v.state, shape: [v.count], to: path("vacancy_state.npy"))
        try NpyWriter.write(v.field, shape: [v.count], to: path("vacancy_field.npy"))
        try NpyWriter.write(v.salaryMin, shape: [v.count], to: path("vacancy_salary_min.npy"))
        try NpyWriter.write(v.salaryMax, shape: [v.count], to: path("vacancy_salary_max.npy"))
        try NpyWriter.write(v.closesOn, shape: [v.count], to: path("vacancy_closes_on.npy"))
        try writeSkills(v.essential, prefix: "vacancy_essential", path: path)
        try writeSkills(v.optional, prefix: "vacancy_optional", path: path)
    }

    /// `<prefix>_skill_offsets.npy` (int32, rows + 1) and `<prefix>_skills.npy` (uint16 skill indexes).
    private static func writeSkills(_ lists: SkillLists, prefix: String, path: (String) -> String) throws(MatchingError) {
        try NpyWriter.write(lists.offsets, shape: [lists.offsets.count], to: path(prefix + "_skill_offsets.npy"))
        try NpyWriter.write(lists.items, shape: [lists.items.count], to: path(prefix + "_skills.npy"))
    }

    private static func writeLines(_ lines: [String], to path: String) throws(MatchingError) {
        do {
            try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
    }

    private static func writeWeights(_ weights: ScoreWeights, to path: String) throws(MatchingError) {
        struct Parameters: Encodable {
            let weights: ScoreWeights
            let neutral = MatchFormula.neutral
            let relocating = MatchFormula.relocating
            let sameRegion = MatchFormula.sameRegion
            let relatedSkillThreshold = MatchFormula.relatedSkillThreshold
            let unknownCode = Codes.unknown
            enum CodingKeys: String, CodingKey {
                case weights
                case neutral
                case relocating
                case sameRegion = "same_region"
                case relatedSkillThreshold = "related_skill_threshold"
                case unknownCode = "unknown_code"
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(Parameters(weights: weights)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
    }
}
