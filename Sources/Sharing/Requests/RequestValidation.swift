import Foundation
import Columnar
import TVET

/// The checks a request's fields pass before anything is stored: known datasets and columns, filters the query
/// language takes, a period that ends after it starts, and data that is not open to all already.
///
/// Filters are checked by the engine itself (a count under them), so a request takes exactly what a query takes.
public enum RequestValidation {
    /// Every problem, each naming its field (`datasets[0].columns`); empty when the request may be stored.
    public static func problems(in body: SharingRequestBody, snapshot: Catalog) -> [SharingError.Problem] {
        var problems: [SharingError.Problem] = []
        if body.organisation.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("organisation", "is required")) }
        if body.purpose.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("purpose", "is required")) }
        problems += period(body.period)
        if body.datasets.isEmpty { problems.append(.init("datasets", "name at least one dataset")) }
        var schemas: [DatasetSchema] = []
        for (index, ask) in body.datasets.enumerated() {
            let field = "datasets[\(index)]"
            guard let schema = TVETSchema.dataset(named: ask.dataset) else {
                problems.append(.init(field + ".dataset", "unknown dataset '\(ask.dataset)'"))
                continue
            }
            schemas.append(schema)
            if ask.columns.isEmpty { problems.append(.init(field + ".columns", "name at least one column")) }
            for column in ask.columns where schema.column(named: column) == nil {
                problems.append(.init(field + ".columns", "unknown column '\(column)' in dataset '\(schema.name)'"))
            }
            do {
                _ = try snapshot.execute(Query(dataset: schema.name, filters: ask.filters, measures: [Measure(fn: .count)]))
            } catch {
                problems.append(.init(field + ".filters", String(describing: error)))
            }
        }
        if !schemas.isEmpty, schemas.count == body.datasets.count, schemas.allSatisfy({ $0.classification == .terbuka }) {
            problems.append(.init("datasets", "only open (TERBUKA) data is asked for: it downloads whole from the catalogue without a request"))
        }
        return problems
    }

    static func period(_ period: SharingRequestBody.Period) -> [SharingError.Problem] {
        guard let from = CivilDate(period.from) else { return [.init("period.from", "must be a date YYYY-MM-DD")] }
        guard let to = CivilDate(period.to) else { return [.init("period.to", "must be a date YYYY-MM-DD")] }
        return to < from ? [.init("period.to", "ends before the period starts")] : []
    }
}
