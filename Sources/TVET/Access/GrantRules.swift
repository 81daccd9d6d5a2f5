/// What a principal holding a grant key may read (CONTRACT 3.11): decided by the grant alone, never by the owner's
/// roles. Outside the grant's period or once it is revoked the key reads nothing; within it, only the granted
/// datasets and columns, under the grant's row filters. Every refusal names the grant.
enum GrantRules {
    static func use(_ grant: Grant) -> AccessDecision {
        grant.refusalToday.map { .refuse($0) } ?? .allow
    }

    static func readScope(_ grant: Grant, _ dataset: DatasetSchema) -> ReadScope {
        switch grant.scope(of: dataset) {
        case .failure(let refusal): return .refused(refusal)
        case .success(let scope): return .granted(dataset.columns.filter { scope.columns.contains($0.name) }, grant)
        }
    }

    /// A query reads only granted columns of a granted dataset; `dataset` nil asks whether the key queries at all.
    static func query(_ grant: Grant, dataset: DatasetSchema?, columns: [ColumnReference]) -> AccessDecision {
        if let refusal = grant.refusalToday { return .refuse(refusal) }
        guard let dataset else { return .allow }
        switch grant.scope(of: dataset) {
        case .failure(let refusal): return .refuse(refusal)
        case .success(let scope):
            guard let outside = columns.first(where: { !scope.columns.contains($0.path) }) else { return .allow }
            return .refuse(Refusal(
                .forbidden, "This key reads only what \(grant.name) covers, and it does not cover column '\(outside.path)' of \(dataset.name).",
                field: outside.path))
        }
    }
}
