/// The bodies of the matching endpoints (CONTRACT 3.6).
extension OpenAPIBody {
    private static let number: JSONValue = .object(["type": "number"])
    private static let strings: JSONValue = .object(["type": "array", "items": .object(["type": "string"])])

    static let matchHit: JSONValue = .object([
        "type": "object",
        "required": ["id", "score", "components", "matched_skills", "missing_skills"],
        "properties": .object([
            "id": .object([
                "type": "string",
                "description": "vacancy_id; for candidates the graduate_id, or a pseudonym for employers",
            ]),
            "score": number,
            "components": .object([
                "type": "object",
                "properties": .object(["skills": number, "field": number, "level": number, "location": number, "salary": number]),
            ]),
            "matched_skills": strings,
            "missing_skills": strings,
            "related_skills": .object([
                "type": "array",
                "items": .object([
                    "type": "object",
                    "properties": .object([
                        "missing_skill": .object(["type": "string"]), "related_skill": .object(["type": "string"]),
                        "similarity": number,
                    ]),
                ]),
            ]),
        ]),
    ])

    static let matchHits = enveloped("The hits, best first (score formula: models/README.md)", .object([
        "type": "object", "properties": .object(["items": .object(["type": "array", "items": matchHit])]),
    ]))

    static let matchProfile = json("A graduate with no record; every field may be left out", .object([
        "type": "object", "additionalProperties": false,
        "properties": .object([
            "skills": strings, "field": .object(["type": "string"]),
            "level": .object(["type": "integer", "minimum": 1, "maximum": 5]), "state": .object(["type": "string"]),
            "expected_salary": number, "willing_to_relocate": .object(["type": "boolean"]),
        ]),
    ]))

    static let fairnessReport = enveloped("Shares of each gender and state among top-k candidates and in the eligible pool", .object([
        "type": "object",
    ]))

    static let invitationRequest = json("The candidate's pseudonym, your vacancy, and a message", .object([
        "type": "object", "required": ["candidate", "vacancy_id"],
        "properties": .object([
            "candidate": .object(["type": "string"]), "vacancy_id": .object(["type": "string"]),
            "message": .object(["type": "string", "maxLength": 1000]),
        ]),
    ]))

    private static let invitationSchema: JSONValue = .object([
        "type": "object",
        "properties": .object([
            "id": .object(["type": "integer"]), "vacancy_id": .object(["type": "string"]),
            "status": .object(["type": "string", "enum": ["PENDING", "ACCEPTED", "DECLINED"]]),
            "message": .object(["type": .array(["string", "null"])]),
            "created_at": .object(["type": "string", "format": "date-time"]),
            "answered_at": .object(["type": .array(["string", "null"]), "format": "date-time"]),
            "candidate": .object(["type": "string", "description": "employers: the candidate's pseudonym"]),
            "graduate_id": .object(["type": "string", "description": "employers: only once the graduate accepted"]),
            "employer_id": .object(["type": "string", "description": "graduates: who invites"]),
            "title": .object(["type": "string", "description": "graduates: the vacancy's title"]),
            "contact": contactSchema,
            "shared": .object(["type": "array", "items": .object(["type": "string", "enum": ["email", "phone"]]),
                               "description": "graduates: the contact fields you shared"]),
        ]),
    ])

    private static let contactSchema: JSONValue = .object([
        "type": "object", "additionalProperties": false,
        "properties": .object(["email": .object(["type": .array(["string", "null"])]), "phone": .object(["type": .array(["string", "null"])])]),
    ])

    static let contact = enveloped("The contact you keep for employers", contactSchema)
    static let contactBody = json("Your e-mail address and telephone number (null for none)", contactSchema)

    static let invitation = enveloped("The invitation", invitationSchema)

    static let invitations = enveloped("Invitations, newest first", .object([
        "type": "object", "properties": .object(["items": .object(["type": "array", "items": invitationSchema])]),
    ]))
}
