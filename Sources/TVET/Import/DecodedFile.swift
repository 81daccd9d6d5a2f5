import Columnar

/// What a file decoded to: the accepted rows as an engine table, and every problem of every refused line.
public struct DecodedFile: Sendable {
    public let dataset: DatasetSchema
    /// Accepted rows only, in file order, all schema columns in schema order (a column absent from the file is null).
    public let table: Columnar.Table
    /// The source line of each accepted row.
    public let lines: [Int32]
    /// Sorted by line; every problem of a refused record is listed.
    public let problems: [RowProblem]
    /// Records read (accepted + rejected).
    public let recordCount: Int

    /// Records refused (each has at least one entry in `problems`).
    public var rejectedLineCount: Int { recordCount - lines.count }
    public var acceptedCount: Int { lines.count }
}
