import Analytics
import Columnar
import Matching
import Reports
import Sharing
import Store
import TVET

/// The one mapping of the modules' errors onto the API's: status, fault reason and sentence. `FaultMiddleware`
/// applies it to whatever a handler throws, so controllers throw their modules' errors as they are.
extension APIError {
    /// An access-policy refusal.
    public init(_ refusal: Refusal) {
        switch refusal.kind {
        case .unauthenticated: self = .unauthorized(refusal.reason)
        case .forbidden: self = .forbidden(refusal.reason)
        case .notFound: self = .notFound(refusal.reason)
        case .conflict: self = .conflict(refusal.reason)
        }
    }

    /// A batch that was not stored. `recordIndex` maps a CSV line to the index the caller knows the record by (a JSON
    /// batch's array index); without it, problems name CSV lines.
    public init(_ error: IngestError, recordIndex: ((Int) -> Int?)? = nil) {
        switch error {
        case .refused(let refusal): self.init(refusal)
        case .unreadable(let reason): self = .badRequest(reason)
        case .tooLarge(let reason): self = APIError(.contentTooLarge, reason: "BatchTooLarge", message: reason)
        case .empty: self = .badRequest("The batch has no records.")
        case .invalid(_, let problems, let refusals):
            let details = problems.map { problem in
                recordIndex.map { APIError.Problem(index: $0(problem.line), field: problem.column, reason: problem.reason, kind: problem.kind) }
                    ?? APIError.Problem(index: nil, line: problem.line, field: problem.column, reason: problem.reason, kind: problem.kind)
            }
            // A batch refused only because a stored record may not be changed in its state is a conflict.
            if !refusals.isEmpty, refusals.allSatisfy({ $0.kind == .conflict }) {
                self = APIError(.conflict, reason: "Conflict", message: "Nothing was stored: \(refusals[0].reason).", details: details)
            } else {
                self = .unprocessable(error.description, details: details)
            }
        case .store: self = .internalError
        }
    }

    /// The known errors of the modules, or nil for an error that is ours (a 500).
    static func domain(_ error: any Error) -> APIError? {
        switch error {
        case let error as APIError: error
        case let refusal as Refusal: APIError(refusal)
        case let error as IngestError: APIError(error)
        case let error as MatchingError: APIError(error)
        case let error as AnalyticsError: APIError(error)
        case let error as DashboardFilterError: .badRequest(error.description + ".")
        case let error as QueryError: APIError(error)
        case let error as SharingError: APIError(error)
        case let error as ReportBuilder.RequestError: .notFound(error.description + ".")
        case let error as ReportRenderError: APIError(error)
        case StoreError.invalidContact(let field, let reason):
            .unprocessable("The contact was not kept: \(field) \(reason).", details: [Problem(index: nil, field: field, reason: reason)])
        default: nil
        }
    }

    /// A sharing call not done: a refusal as the policy gave it, an unreadable body (400), fields that break a rule
    /// (422, every field named).
    init(_ error: SharingError) {
        switch error {
        case .refused(let refusal): self.init(refusal)
        case .unreadable(let reason): self = .badRequest(reason)
        case .invalid(let problems):
            self = .unprocessable(error.description, details: problems.map { Problem(index: nil, field: $0.field, reason: $0.reason) })
        case .store: self = .internalError
        }
    }

    /// A ranking failure: the caller's mistakes are 400s and 404s that name them.
    init(_ error: MatchingError) {
        switch error {
        case .unknownGraduate: self = .notFound("No graduate record has that id.")
        case .unknownVacancy: self = .notFound("No vacancy has that id.")
        case .unknownSkill, .unknownField, .unknownState, .invalidLevel, .invalidParameter: self = .badRequest(error.description)
        default: self = .internalError
        }
    }

    /// A query refused by the engine: over a limit is a 422 (a 413 for too many groups) naming the limit; any other
    /// mistake a 400 naming it.
    init(_ error: QueryError) {
        switch error {
        case .overLimit, .outOfTime: self = APIError(.unprocessableContent, reason: "QueryLimit", message: error.description + ".")
        case .tooManyGroups: self = APIError(.contentTooLarge, reason: "ResultTooLarge", message: error.description + ".")
        default: self = .badRequest(error.description)
        }
    }

    /// An analytics failure: the caller's mistakes are 404 or 400 naming them.
    init(_ error: AnalyticsError) {
        switch error {
        case .unknownName: self = .notFound(error.description)
        case .badParameter: self = .badRequest(error.description)
        case .engine, .insufficientData: self = .unprocessable(error.description, details: [])
        }
    }

    /// A report that cannot be drawn: a missing filter is the caller's (400), anything else a rule of the report (422).
    init(_ error: ReportRenderError) {
        if case .missingFilter = error { self = .badRequest(error.description + ".") } else { self = .unprocessable(error.description + ".", details: []) }
    }

    public static func conflict(_ message: String) -> APIError { APIError(.conflict, reason: "Conflict", message: message) }
}
