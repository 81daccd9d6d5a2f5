/// The bodies and parameters of the user and key management endpoints (docs/API.md, "Managing users and keys").
extension OpenAPIBody {
    private static let text: JSONValue = .object(["type": "string"])
    private static let optionalText: JSONValue = .object(["type": .array(["string", "null"])])
    private static let optionalMoment: JSONValue = .object(["type": .array(["string", "null"]), "format": "date-time"])

    private static let userSchema: JSONValue = .object([
        "type": "object",
        "properties": .object([
            "id": .object(["type": "integer"]), "name": text,
            "category": .object(["type": "string", "enum": ["G2G", "G2B", "G2C", "RESEARCHER", "OTHER"]]),
            "roles": .object(["type": "array", "items": text]), "agency": optionalText, "employer_id": optionalText,
            "graduate_id": optionalText, "uptvet_login": .object(["type": "boolean"]), "disabled": .object(["type": "boolean"]),
            "disabled_at": optionalMoment,
        ]),
    ])

    private static let keySchema: JSONValue = .object([
        "type": "object",
        "properties": .object([
            "key_id": .object(["type": "string", "description": "the first 12 hex digits of the key's SHA-256 digest"]),
            "user_id": .object(["type": "integer"]), "created_at": .object(["type": "string", "format": "date-time"]),
            "expires_at": optionalMoment, "revoked_at": optionalMoment,
            "state": .object(["type": "string", "enum": ["active", "expired", "revoked"]]),
            "api_key": .object(["type": "string", "description": "only when the key is issued: shown this once"]),
        ]),
    ])

    private static func page(_ item: JSONValue) -> JSONValue {
        .object([
            "type": "object",
            "properties": .object([
                "items": .object(["type": "array", "items": item]), "next_cursor": .object(["type": .array(["string", "null"])]),
            ]),
        ])
    }

    static let users = enveloped("A page of users, by id", page(userSchema))
    static let user = enveloped("The user", userSchema)
    static let apiKeys = enveloped("The user's API keys, oldest first", page(keySchema))
    static let apiKey = enveloped("The API key", keySchema)
    static let newAPIKey = enveloped("The new API key with `api_key`, shown this once", keySchema)
    static let newAPIKeyRequest = json("Optional: how many days the key works (without it, it does not expire)", .object([
        "type": "object", "additionalProperties": false,
        "properties": .object(["expires_days": .object(["type": "integer", "minimum": 1, "maximum": 3650])]),
    ]))
}

extension OpenAPIParameter {
    static let userID = path("id", "The user's id.")
    static let keyID = path("key_id", "The key's id (key_id in the key listing).")
}
