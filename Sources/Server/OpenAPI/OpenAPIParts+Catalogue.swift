/// The bodies of the catalogue's endpoints (docs/SHARING.md, "Catalogue").
extension OpenAPIBody {
    private static let text: JSONValue = .object(["type": "string"])
    private static let bilingual: JSONValue = .object(["type": "object", "properties": .object(["ms": text, "en": text])])
    private static let year: JSONValue = .object(["type": .array(["integer", "null"])])

    private static let catalogueItem: JSONValue = .object([
        "type": "object",
        "properties": .object([
            "dataset": text, "title": bilingual, "description": bilingual,
            "cluster": .object(["type": "string", "enum": ["institusi", "pengajar", "pemohon", "pelajar", "sijil"]]),
            "owners": .object(["type": "array", "items": text]), "classification": text,
            "personal_data": .object(["type": "boolean"]), "frequency": text,
            "coverage": .object(["type": "object", "properties": .object(["from": year, "to": year])]),
            "updated_at": .object(["type": .array(["string", "null"]), "format": "date-time"]),
            "records": .object(["type": "integer"]), "access": .object(["type": "string", "enum": ["open", "request"]]),
            "retention_years": .object(["type": "integer"]),
            "columns": .object([
                "type": "array",
                "items": .object([
                    "type": "object",
                    "properties": .object([
                        "name": text, "title": bilingual, "type": text, "classification": text,
                        "personal": .object(["type": "boolean"]),
                    ]),
                ]),
            ]),
            "citation": bilingual,
        ]),
    ])

    static let catalogue = enveloped("Every dataset, in the schema's order", .object([
        "type": "object",
        "properties": .object([
            "items": .object(["type": "array", "items": catalogueItem]), "next_cursor": .object(["type": .array(["string", "null"])]),
        ]),
    ]))
    static let catalogueEntry = enveloped("The dataset's entry", catalogueItem)
    static let dcat = OpenAPIBody(
        description: "The catalogue as DCAT-AP JSON-LD (not enveloped)", content: ["application/ld+json": .object(["type": "object"])])
    static let datasetCSV = OpenAPIBody(
        description: "The whole dataset as CSV (CONTRACT section 2)", content: ["text/csv": .object(["type": "string"])])
}
