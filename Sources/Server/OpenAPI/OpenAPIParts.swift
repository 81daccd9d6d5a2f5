import TVET

/// A request or response body in the OpenAPI document.
struct OpenAPIBody {
    let description: String
    /// Content type → schema.
    let content: [String: JSONValue]

    static func json(_ description: String, _ schema: JSONValue) -> OpenAPIBody {
        OpenAPIBody(description: description, content: ["application/json": schema])
    }

    static func enveloped(_ description: String, _ data: JSONValue) -> OpenAPIBody { json(description, OpenAPISchemas.envelope(data)) }

    static func page(of dataset: DatasetSchema) -> OpenAPIBody {
        enveloped("A page of records", .object([
            "type": "object",
            "properties": .object([
                "items": .object(["type": "array", "items": OpenAPISchemas.ref(dataset.name)]),
                "next_cursor": .object(["type": .array(["string", "null"])]),
            ]),
        ]))
    }

    static func record(of dataset: DatasetSchema) -> OpenAPIBody { enveloped("The record", OpenAPISchemas.ref(dataset.name)) }

    static func batch(of dataset: DatasetSchema) -> OpenAPIBody {
        OpenAPIBody(description: "A batch of records", content: [
            "application/json": .object(["type": "array", "items": OpenAPISchemas.ref(dataset.name)]),
            "text/csv": .object(["type": "string", "description": .string("CSV with a header row naming the columns (CONTRACT section 2)")]),
        ])
    }

    /// Some fields of one record: the dataset's record schema, none of its fields required.
    static func amendment(of dataset: DatasetSchema) -> OpenAPIBody {
        json("The fields to change", .object([
            "allOf": .array([OpenAPISchemas.ref(dataset.name)]), "minProperties": 1,
            "description": .string("Any of the record's fields except \(dataset.primaryKey.name); the others keep their stored values."),
        ]))
    }

    static let accepted = enveloped("Every record was stored (message: Data accepted)", .object([
        "type": "object",
        "properties": .object(["dataset": .object(["type": "string"]), "records": .object(["type": "integer"])]),
    ]))
    static let query = json("A query (CONTRACT 3.4)", .object(["$ref": "#/components/schemas/Query"]))
    static let queryResult = enveloped("The result", .object([
        "type": "object",
        "properties": .object([
            "columns": .object(["type": "array", "items": .object(["type": "string"])]),
            "rows": .object(["type": "array", "items": .object(["type": "array"])]),
        ]),
    ]))
    static let login = json("MyKad number and password", .object([
        "type": "object", "required": ["no_ic", "password"], "additionalProperties": false,
        "properties": .object(["no_ic": .object(["type": "string"]), "password": .object(["type": "string"])]),
    ]))
    static let token = enveloped("A bearer token", .object([
        "type": "object",
        "properties": .object([
            "token": .object(["type": "string"]), "token_type": .object(["type": "string"]),
            "expires_at": .object(["type": "string", "format": "date-time"]),
        ]),
    ]))
    static let health = enveloped("Liveness and rows loaded per dataset", .object(["type": "object"]))
    static let prometheus = OpenAPIBody(description: "Prometheus text format", content: ["text/plain": .object(["type": "string"])])
    static let auditVerification = enveloped("The result of the check", .object([
        "type": "object",
        "properties": .object([
            "intact": .object(["type": "boolean"]), "entries": .object(["type": "integer"]),
            "checkpoints": .object(["type": "integer"]), "problem": .object(["type": .array(["string", "null"])]),
        ]),
    ]))
    static let openAPI = json("This document (not enveloped, so that tools read it as it is)", .object(["type": "object"]))
}

/// A parameter in the OpenAPI document.
struct OpenAPIParameter {
    let name: String
    let location: String
    let required: Bool
    let description: String
    let schema: JSONValue

    static func path(_ name: String, _ description: String) -> OpenAPIParameter {
        OpenAPIParameter(name: name, location: "path", required: true, description: description, schema: .object(["type": "string"]))
    }

    static let limit = OpenAPIParameter(
        name: "limit", location: "query", required: false, description: "Records per page (default 50, at most 1000).",
        schema: .object(["type": "integer", "minimum": 1, "maximum": 1000]))
    static let cursor = OpenAPIParameter(
        name: "cursor", location: "query", required: false, description: "The next_cursor of the previous page.",
        schema: .object(["type": "string"]))

    var json: JSONValue {
        .object([
            "name": .string(name), "in": .string(location), "required": .bool(required), "description": .string(description),
            "schema": schema,
        ])
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
