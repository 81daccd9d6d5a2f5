import Columnar

/// Graduates and vacancies as qualification vectors in one space, ready to rank both ways.
///
/// Built from one catalog snapshot; it is a value and never changes. When a batch lands, build the side it touched
/// again (`replacingVacancies(from:)`, `replacingGraduates(from:)`): no retraining is involved, and the times at
/// 250,000 vacancies and 1,000,000 graduates are in docs/MATCHING.md.
///
///     let index = try MatchingIndex(catalog: snapshot, model: model)
///     let hits = try index.jobs(forGraduate: "G0000042", k: 10, today: today)
public struct MatchingIndex: Sendable {
    public let model: QualificationModel
    public private(set) var weights: ScoreWeights
    public private(set) var vacancies: VacancyRows
    public private(set) var graduates: GraduateRows
    /// By programme row.
    public private(set) var programmeProfiles: StudyProfiles
    /// By field code (`TVETField.allCases` order).
    public private(set) var fieldProfiles: StudyProfiles
    public private(set) var programmes: Table
    let location = LocationTable()

    public init(catalog: Catalog, model: QualificationModel, weights: ScoreWeights = .standard) throws(MatchingError) {
        self.model = model
        self.weights = weights
        vacancies = try VacancyRows(catalog: catalog, model: model)
        graduates = try GraduateRows(catalog: catalog, model: model)
        programmes = try catalog.requiredTable("programmes")
        (programmeProfiles, fieldProfiles) = StudyProfiles.build(
            graduates, programmeField: try programmes.codes("field", translate: Codes.field),
            vocabularySize: model.vocabulary.count)
    }

    /// The same index with its vacancies read again from `catalog` (after vacancies were added or changed).
    public func replacingVacancies(from catalog: Catalog) throws(MatchingError) -> MatchingIndex {
        var next = self
        next.vacancies = try VacancyRows(catalog: catalog, model: model)
        return next
    }

    /// The same index with its graduates (and the study profiles learned from them) read again from `catalog`.
    public func replacingGraduates(from catalog: Catalog) throws(MatchingError) -> MatchingIndex {
        var next = self
        next.graduates = try GraduateRows(catalog: catalog, model: model)
        next.programmes = try catalog.requiredTable("programmes")
        (next.programmeProfiles, next.fieldProfiles) = StudyProfiles.build(
            next.graduates, programmeField: try next.programmes.codes("field", translate: Codes.field),
            vocabularySize: model.vocabulary.count)
        return next
    }

    /// The same ranking with other weights (the evaluation's exact-overlap baseline).
    public func withWeights(_ weights: ScoreWeights) -> MatchingIndex {
        var next = self
        next.weights = weights
        return next
    }

    public func graduateRow(_ id: String) throws(MatchingError) -> Int {
        guard let row = graduates.table.row(forKey: id) else { throw .unknownGraduate(id) }
        return row
    }

    public func vacancyRow(_ id: String) throws(MatchingError) -> Int {
        guard let row = vacancies.table.row(forKey: id) else { throw .unknownVacancy(id) }
        return row
    }

    public func graduateID(_ row: Int) -> String { graduates.table.key(of: row) }

    public func vacancyID(_ row: Int) -> String { vacancies.table.key(of: row) }

    public func programmeID(_ row: Int) -> String { programmes.key(of: row) }
}
