/// A report definition that cannot be used, naming the file and the field at fault so that it can be fixed.
public struct ReportDefinitionError: Error, Equatable, CustomStringConvertible {
    public let file: String
    /// The field's path in the JSON, such as `sections[2].chart`; empty for the file as a whole.
    public let field: String
    public let reason: String

    public init(file: String, field: String, reason: String) {
        self.file = file
        self.field = field
        self.reason = reason
    }

    public var description: String {
        field.isEmpty ? "\(file): \(reason)" : "\(file): \(field): \(reason)"
    }
}
