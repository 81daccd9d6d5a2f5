import TVET

/// JSON Schemas of the API's bodies, derived from the TVET schema (one per dataset) and the envelope.
enum OpenAPISchemas {
    static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    static func envelope(_ data: JSONValue) -> JSONValue {
        .object([
            "type": "object", "required": ["success", "data", "message"],
            "properties": .object(["success": .object(["type": "boolean"]), "data": data, "message": .object(["type": "string"])]),
        ])
    }

    /// A dataset's record: its columns with types, value sets, nullability, classification and personal flag.
    static func record(_ dataset: DatasetSchema) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for column in dataset.columns {
            var schema: [String: JSONValue]
            switch column.type {
            case .text: schema = ["type": "string"]
            case .integer: schema = ["type": "integer"]
            case .decimal: schema = ["type": "number"]
            case .boolean: schema = ["type": "boolean"]
            case .date: schema = ["type": "string", "format": "date"]
            case .list: schema = ["type": "array", "items": .object(["type": "string"])]
            }
            switch column.rule {
            case .oneOf(let set): schema["enum"] = .array(set.codes.map(JSONValue.string) + (column.nullable ? [.null] : []))
            case .range(let low, let high):
                schema["minimum"] = .number(Double(low))
                schema["maximum"] = .number(Double(high))
            case .myKad: schema["pattern"] = "^[0-9]{12}$"
            default: break
            }
            if column.nullable, case .string(let type) = schema["type"] ?? .null { schema["type"] = .array([.string(type), "null"]) }
            schema["description"] = .string("\(column.label.en) / \(column.label.ms). \(column.classification.rawValue)\(column.personal ? ", personal data" : "").")
            schema["x-classification"] = .string(column.classification.rawValue)
            schema["x-personal"] = .bool(column.personal)
            properties[column.name] = .object(schema)
        }
        return .object([
            "type": "object", "additionalProperties": false,
            "required": .array(dataset.columns.filter { !$0.nullable }.map { .string($0.name) }),
            "properties": .object(properties),
            "description": .string("\(dataset.label.en) / \(dataset.label.ms). Dataset classification \(dataset.classification.rawValue)."),
        ])
    }

    static let query: JSONValue = .object([
        "type": "object", "required": ["dataset"],
        "properties": .object([
            "dataset": .object(["type": "string", "enum": .array(TVETSchema.datasets.map { .string($0.name) })]),
            "filters": .object(["type": "array", "items": .object([
                "type": "object", "required": ["column", "op"],
                "properties": .object([
                    "column": .object(["type": "string"]),
                    "op": .object(["type": "string", "enum": ["eq", "ne", "in", "not_in", "lt", "le", "gt", "ge", "between", "is_null", "not_null", "contains"]]),
                    "value": .object([:]), "values": .object(["type": "array"]),
                ]),
            ])]),
            "group_by": .object(["type": "array", "items": .object(["type": "string"])]),
            "measures": .object(["type": "array", "items": .object([
                "type": "object", "required": ["fn"],
                "properties": .object([
                    "fn": .object(["type": "string", "enum": ["count", "count_distinct", "sum", "avg", "min", "max", "median", "p25", "p75", "p90", "rate"]]),
                    "column": .object(["type": "string"]), "as": .object(["type": "string"]), "where": .object(["type": "object"]),
                ]),
            ])]),
            "order_by": .object(["type": "array", "items": .object([
                "type": "object", "required": ["column"],
                "properties": .object(["column": .object(["type": "string"]), "desc": .object(["type": "boolean"])]),
            ])]),
            "limit": .object(["type": "integer", "minimum": 0]),
        ]),
    ])

    static let error: JSONValue = envelope(.object([
        "type": .array(["object", "null"]),
        "properties": .object(["errors": .object(["type": "array", "items": .object([
            "type": "object",
            "properties": .object([
                "index": .object(["type": .array(["integer", "null"])]), "field": .object(["type": .array(["string", "null"])]),
                "reason": .object(["type": "string"]),
            ]),
        ])])]),
    ]))
}
