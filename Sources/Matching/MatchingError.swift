import TVET

/// Why a model could not be trained, saved or loaded, or a match could not be ranked.
///
/// Messages name the file, the dataset or the identifier at fault, never a person's data: graduate and vacancy ids
/// are record keys, not personal data.
public enum MatchingError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingTable(String)
    case missingColumn(table: String, column: String)
    case missingLink(table: String, link: String)
    case training(String)
    case unreadableModel(path: String, reason: String)
    case vocabularyMismatch(modelHash: String, taxonomyHash: String, modelSkills: Int, taxonomySkills: Int)
    case unwritable(path: String, reason: String)
    case unknownGraduate(String)
    case unknownVacancy(String)
    case unknownSkill(String)
    case unknownField(String)
    case unknownState(String)
    case invalidLevel(Int)
    case invalidParameter(String)
    case unreadableTruth(path: String, reason: String)
    case unreadableArray(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingTable(let t): "the catalog has no '\(t)' table"
        case .missingColumn(let t, let c): "table '\(t)' has no usable column '\(c)'"
        case .missingLink(let t, let l): "the catalog does not resolve the link '\(l)' of '\(t)'"
        case .training(let reason): "the matching model cannot be trained: \(reason)"
        case .unreadableModel(let path, let reason): "the matching model at \(path) cannot be read: \(reason)"
        case .vocabularyMismatch(let m, let t, let ms, let ts):
            "the matching model was trained on another skill taxonomy (vocabulary hash \(m) over \(ms) skills, "
                + "the taxonomy has \(t) over \(ts) skills); train it again"
        case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
        case .unknownGraduate(let id): "unknown graduate '\(id)'"
        case .unknownVacancy(let id): "unknown vacancy '\(id)'"
        case .unknownSkill(let id): "unknown skill '\(id)'"
        case .unknownField(let f): "unknown field: " + AcceptedValues.notOneOf(f, Codes.fields.map(\.rawValue))
        case .unknownState(let s): "unknown state: " + AcceptedValues.notOneOf(s, Codes.states.map(\.name))
        case .invalidLevel(let l): "level \(l) is outside 1 to 5"
        case .invalidParameter(let reason): reason
        case .unreadableTruth(let path, let reason): "the matching truth file \(path) cannot be read: \(reason)"
        case .unreadableArray(let path, let reason): "the array file \(path) cannot be read: \(reason)"
        }
    }
}
