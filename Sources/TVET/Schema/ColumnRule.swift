/// A rule a column's values must follow beyond their type.
public enum ColumnRule: Hashable, Sendable {
    /// One of a fixed set of codes.
    case oneOf(ValueSet)
    /// Every element of a list is one of a fixed set of codes.
    case eachOneOf(ValueSet)
    /// A whole number within bounds, inclusive.
    case range(Int, Int)
    /// A decimal at or above a bound.
    case atLeast(Double)
    /// A decimal within bounds, inclusive.
    case decimalRange(Double, Double)
    /// A MyKad number (`YYMMDDPBNNNG`).
    case myKad
    /// A MASCO 2020 unit group code: four digits.
    case mascoCode
    /// A SSM registration number: twelve digits.
    case ssmNumber
    /// A NOSS code such as `EE-012-3:2016`.
    case nossCode
    /// Every element of a list is a skill id from `models/skills.csv`.
    case skillIds
}
