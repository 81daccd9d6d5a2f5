import TVET

/// A column of a figure: a dimension the rows are grouped by, or a measure computed for each group.
public struct FigureColumn: Sendable, Codable, Equatable {
    /// Whether the column names a group or holds a computed value.
    public enum Role: String, Sendable, Codable, CaseIterable {
        case dimension
        case measure
    }

    /// What a cell's number means, so that renderers format it (a rate is a fraction 0..1, shown as a percentage).
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case text
        case count
        case rate
        case ringgit
        case months
        case ratio
        case number
        case year
    }

    /// The snake_case name used as the JSON key and CSV header (`state`, `graduates`, `employability_rate`...).
    public var name: String
    public var label: BilingualText
    public var role: Role
    public var unit: Unit
    /// For a measure computed over rows (a rate, a median), the name of the count column holding that number of rows,
    /// so that disclosure control and readers know what it rests on.
    public var basis: String?

    public init(name: String, label: BilingualText, role: Role, unit: Unit, basis: String? = nil) {
        self.name = name
        self.label = label
        self.role = role
        self.unit = unit
        self.basis = basis
    }

    /// Whether the column's numbers are whole numbers: counts, years, and numeric dimensions such as `level`.
    ///
    /// JSON does not tell 3 from 3.0, so decoding relies on this to give back the cell it was given.
    public var holdsIntegers: Bool {
        switch unit {
        case .count, .year: true
        case .number: role == .dimension
        case .text, .rate, .ringgit, .months, .ratio: false
        }
    }

    private enum CodingKeys: String, CodingKey {
        case name, label, role, unit, basis
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(label, forKey: .label)
        try container.encode(role, forKey: .role)
        try container.encode(unit, forKey: .unit)
        try container.encode(basis, forKey: .basis)
    }
}
