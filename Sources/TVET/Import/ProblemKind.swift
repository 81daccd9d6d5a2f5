/// What a refused field is about, as data, so that a page can say it in its reader's language. `RowProblem.reason`
/// says the same in English, for the API, the import and the logs.
public enum ProblemKind: Hashable, Sendable {
    /// The field is empty and the column requires a value.
    case required
    /// Not a number of the column's kind (whole or plain decimal).
    case notNumber
    /// A number outside the column's range; an open end is infinite.
    case outOfRange(low: Double, high: Double)
    /// Not one of the column's accepted values (a code, true or false).
    case notChoice
    /// Not a real date written YYYY-MM-DD.
    case notDate
    /// Not in the column's written form (UTF-8, a MyKad number, a MASCO, SSM or NOSS code).
    case badFormat
    /// A list with an empty, unknown or repeated item.
    case badListItem
    /// Below (or, for dates, before) another column of the same record, which is named.
    case below(column: String, date: Bool)
    /// Above what any real record holds (`RecordRule.plausibleAtMost`).
    case implausible(maximum: Int)
    /// Names a record of another dataset that is neither stored nor in the batch.
    case unknownReference(dataset: String)
    /// The record's id is already used earlier in the same batch.
    case duplicateID
    /// Anything else: the English reason is all there is.
    case other
}
