extension OpenAPIBody {
    static let personalReads = enveloped("Who read your records with personal data, newest first", .object([
        "type": "object",
        "properties": .object([
            "items": .object([
                "type": "array",
                "items": .object([
                    "type": "object",
                    "properties": .object([
                        "at": .object(["type": "string", "format": "date-time"]),
                        "roles": .object(["type": .array(["string", "null"]), "description": "the reader's roles, or `grant N` for a grant key"]),
                        "category": .object(["type": .array(["string", "null"])]),
                        "agency": .object(["type": .array(["string", "null"])]),
                        "uxp_client": .object(["type": .array(["string", "null"]), "description": "the MyGDX client, when one was named"]),
                        "dataset": .object(["type": "string"]), "record_id": .object(["type": "string"]),
                    ]),
                ]),
            ])
        ]),
    ]))
}
