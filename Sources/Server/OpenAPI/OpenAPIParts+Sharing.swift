/// The bodies of the data-sharing endpoints (docs/SHARING.md).
extension OpenAPIBody {
    private static let text: JSONValue = .object(["type": "string"])
    private static let optionalText: JSONValue = .object(["type": .array(["string", "null"])])
    private static let date: JSONValue = .object(["type": "string", "format": "date"])

    private static let fields: [String: JSONValue] = [
        "organisation": text, "purpose": text,
        "kind": .object(["type": "string", "enum": ["one_off", "periodic"]]),
        "period": .object(["type": "object", "required": ["from", "to"], "properties": .object(["from": date, "to": date])]),
        "delivery": .object(["type": "string", "enum": ["csv", "txt", "xlsx", "api"]]),
        "datasets": .object([
            "type": "array",
            "items": .object([
                "type": "object", "required": ["dataset", "columns"],
                "properties": .object([
                    "dataset": text, "columns": .object(["type": "array", "items": text]),
                    "filters": .object(["type": "array", "items": .object(["$ref": "#/components/schemas/Query/properties/filters/items"])]),
                ]),
            ]),
        ]),
    ]

    private static let view: JSONValue = .object([
        "type": "object",
        "properties": .object(fields.merging([
            "request_id": .object(["type": "integer"]),
            "state": .object(["type": "string", "enum": [
                "SUBMITTED", "RETURNED", "RECOMMENDED", "VERIFIED", "APPROVED", "ACTIVE", "REJECTED", "WITHDRAWN", "REVOKED", "EXPIRED",
            ]]),
            "requester_category": text, "version": .object(["type": "integer"]), "conditions": optionalText,
            "fee": .object(["type": .array(["object", "null"])]), "agreement": .object(["type": .array(["object", "null"])]),
            "history": .object([
                "type": "array",
                "items": .object([
                    "type": "object",
                    "properties": .object(["at": date, "by": text, "role": text, "action": text, "note": optionalText]),
                ]),
            ]),
            "waiting": .object([
                "type": "array",
                "items": .object([
                    "type": "object",
                    "properties": .object(["state": text, "since": date, "days": .object(["type": "integer"])]),
                ]),
            ]),
        ]) { first, _ in first }),
    ])

    static let sharingRequest = json("The request's fields (CONTRACT 3.11)", .object([
        "type": "object", "required": ["organisation", "purpose", "kind", "period", "delivery", "datasets"],
        "properties": .object(fields),
    ]))
    static let sharingStep = json("A step: the action, a note, and the action's own fields", .object([
        "type": "object", "required": ["action"],
        "properties": .object(fields.merging([
            "action": .object(["type": "string", "enum": [
                "return", "recommend", "resubmit", "withdraw", "verify", "approve", "reject", "quote", "record_payment",
                "record_agreement", "revoke",
            ]]),
            "note": text, "conditions": text, "amount_myr": .object(["type": "number"]), "reference": text,
            "kind": .object(["type": "string", "description": "with record_agreement: LETTER, MINUTE, MOU or NOU; with resubmit: one_off or periodic"]),
            "document_sha256": text,
        ]) { _, new in new }),
    ]))
    static let grant = enveloped("The grant", .object([
        "type": "object",
        "properties": .object([
            "grant_id": .object(["type": "integer"]), "request_id": .object(["type": "integer"]),
            "datasets": .object(["type": "array", "items": text]),
            "columns": .object(["type": "object", "additionalProperties": .object(["type": "array", "items": text])]),
            "filters": .object(["type": "object", "additionalProperties": .object(["type": "array"])]),
            "from": date, "to": date, "revoked": .object(["type": "boolean"]),
        ]),
    ]))
    static let delivery = OpenAPIBody(
        description: "A ZIP archive: one file per granted dataset and manifest.json", content: ["application/zip": .object(["type": "string"])])
    static let registration = json("Who registers and how they sign in", .object([
        "type": "object", "required": ["category", "organisation", "name", "email", "login", "password"],
        "properties": .object([
            "category": .object(["type": "string", "enum": ["G2G", "G2B", "G2C", "RESEARCHER", "OTHER"]]), "organisation": text,
            "name": text, "email": text, "login": text, "password": .object(["type": "string", "minLength": 10]),
        ]),
    ]))
    static let registrationDecision = json("The decision and a note", .object([
        "type": "object", "required": ["action"],
        "properties": .object(["action": .object(["type": "string", "enum": ["approve", "reject"]]), "note": text]),
    ]))
    static let registrationView = enveloped("The registration", .object([
        "type": "object",
        "properties": .object([
            "registration_id": .object(["type": "integer"]),
            "state": .object(["type": "string", "enum": ["PENDING", "APPROVED", "REJECTED"]]), "note": optionalText,
        ]),
    ]))
    static let sharingRequestView = enveloped("The request, its history and its waiting days", view)
    static let sharingRequests = enveloped("A page of requests", .object([
        "type": "object",
        "properties": .object([
            "items": .object(["type": "array", "items": view]), "next_cursor": .object(["type": .array(["string", "null"])]),
        ]),
    ]))
}
