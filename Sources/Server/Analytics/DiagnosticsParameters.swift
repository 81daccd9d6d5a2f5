import Analytics

/// The OpenAPI description of the diagnostics' own parameters (`DiagnosticParameters` reads them).
enum DiagnosticsParameters {
    static let openAPI: [OpenAPIParameter] = [
        OpenAPIParameter(
            name: "from", location: "query", required: false, description: "The earlier graduation year (default: the second latest).",
            schema: .object(["type": "integer"])),
        OpenAPIParameter(
            name: "to", location: "query", required: false, description: "The later graduation year (default: the latest).",
            schema: .object(["type": "integer"])),
        OpenAPIParameter(
            name: "group_by", location: "query", required: false, description: "The groups compared (default field).",
            schema: .object(["type": "string", "enum": .array(DiagnosticParameters.dimensions.map { .string($0.name) })])),
        OpenAPIParameter(
            name: "measure", location: "query", required: false, description: "compare's rate (default employability).",
            schema: .object(["type": "string", "enum": .array(DiagnosticParameters.RateMeasure.allCases.map { .string($0.rawValue) })])),
    ]
}
