/// The bodies of the dashboard, diagnostic and report endpoints (CONTRACT 3.7).
extension OpenAPIBody {
    private static let bilingual: JSONValue = .object([
        "type": "object", "properties": .object(["ms": .object(["type": "string"]), "en": .object(["type": "string"])]),
    ])

    static let figureSchema: JSONValue = .object([
        "type": "object",
        "required": ["id", "dashboard", "title", "method", "columns", "rows", "suppressed"],
        "properties": .object([
            "id": .object(["type": "string"]), "dashboard": .object(["type": "string"]), "title": bilingual,
            "method": bilingual,
            "columns": .object([
                "type": "array",
                "items": .object([
                    "type": "object",
                    "properties": .object([
                        "name": .object(["type": "string"]), "label": bilingual,
                        "role": .object(["type": "string", "enum": ["dimension", "measure"]]),
                        "unit": .object(["type": "string"]), "basis": .object(["type": .array(["string", "null"])]),
                    ]),
                ]),
            ]),
            "rows": .object([
                "type": "array",
                "description": .string(
                    "One object per row keyed by column name; a withheld cell is null, and its row then has "
                        + "\"suppressed\": true and \"suppressed_columns\"."),
                "items": .object(["type": "object"]),
            ]),
            "suppressed": .object(["type": "boolean"]),
            "threshold": .object(["type": .array(["integer", "null"])]),
            "data_version": .object(["type": "integer"]),
        ]),
    ])

    static let figure = OpenAPIBody(description: "The figure (JSON in the envelope), or CSV when the id ends in .csv", content: [
        "application/json": OpenAPISchemas.envelope(figureSchema),
        "text/csv": .object(["type": "string"]),
    ])

    static let dashboard = enveloped("The dashboard and its figures", .object([
        "type": "object",
        "properties": .object([
            "name": .object(["type": "string"]), "title": bilingual, "filters": .object(["type": "object"]),
            "figures": .object(["type": "array", "items": figureSchema]), "data_version": .object(["type": "integer"]),
        ]),
    ]))

    static let html = OpenAPIBody(description: "An HTML page (a report: also application/pdf for .pdf)", content: [
        "text/html": .object(["type": "string"]),
        "application/pdf": .object(["type": "string", "format": "binary"]),
    ])
}
