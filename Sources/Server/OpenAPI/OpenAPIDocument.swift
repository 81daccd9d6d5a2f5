import Foundation
import TVET

/// The OpenAPI 3.1 description of the running server, built from the route book and the TVET schema.
enum OpenAPIDocument {
    static func build(_ entries: [RouteBook.Entry]) -> JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for entry in entries {
            var operation: [String: JSONValue] = [
                "summary": .string(entry.summary), "tags": [.string(entry.tag)],
                "description": .string((entry.description.isEmpty ? "" : entry.description + "\n\n") + "Who may call it: \(entry.access)."),
                "operationId": .string(operationID(entry)),
                "parameters": .array(entry.parameters.map(\.json) + uxpParameters),
                "responses": responses(entry),
            ]
            if let body = entry.requestBody {
                operation["requestBody"] = .object(["required": true, "description": .string(body.description), "content": content(body)])
            }
            paths[entry.path, default: [:]][entry.method.rawValue.lowercased()] = .object(operation)
        }
        var schemas: [String: JSONValue] = ["Query": OpenAPISchemas.query, "Error": OpenAPISchemas.error]
        for dataset in TVETSchema.datasets { schemas[dataset.name] = OpenAPISchemas.record(dataset) }
        return .object([
            "openapi": "3.1.0",
            "info": .object([
                "title": "DataRaya: Data Raya TVET API", "version": "1.0.0",
                "description": "Malaysia's national TVET data platform. Every JSON response is {success, data, message}; every error also carries UXP-FaultCode, UXP-FaultString and UXP-FaultDetail headers. See docs/API.md.",
            ]),
            "servers": [.object(["url": "http://127.0.0.1:8080"])],
            "security": [.object([:]), .object(["bearer": []]), .object(["apiKey": []]), .object(["basic": []])],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": .object([
                "schemas": .object(schemas),
                "securitySchemes": .object([
                    "bearer": .object(["type": "http", "scheme": "bearer", "description": "A UP_TVET login token, or an API key"]),
                    "apiKey": .object(["type": "apiKey", "in": "header", "name": "X-API-Key"]),
                    "basic": .object(["type": "http", "scheme": "basic"]),
                ]),
            ]),
        ])
    }

    private static let uxpParameters: [JSONValue] = [
        OpenAPIParameter(
            name: "UXP-client", location: "header", required: false,
            description: "MyGDX caller: MYGDX/GOV/<memberCode>/<subsystemCode>. Recorded and echoed; grants no rights.",
            schema: .object(["type": "string"])).json,
        OpenAPIParameter(
            name: "UXP-Service", location: "header", required: false,
            description: "MyGDX service: MYGDX/GOV/<memberCode>/<subsystemCode>/<Agency>-<System>-<C|R|U|D>-<InfoType>/v1.",
            schema: .object(["type": "string"])).json,
    ]

    private static func content(_ body: OpenAPIBody) -> JSONValue {
        .object(body.content.mapValues { .object(["schema": $0]) })
    }

    private static func responses(_ entry: RouteBook.Entry) -> JSONValue {
        let error: JSONValue = .object([
            "description": "Refused or failed; the UXP-Fault headers say why",
            "content": .object(["application/json": .object(["schema": OpenAPISchemas.ref("Error")])]),
        ])
        return .object([
            "200": .object(["description": .string(entry.response.description), "content": content(entry.response)]),
            "400": error, "401": error, "403": error, "404": error, "413": error, "422": error, "429": error, "500": error,
        ])
    }

    private static func operationID(_ entry: RouteBook.Entry) -> String {
        entry.method.rawValue.lowercased() + entry.path.split(separator: "/").map { part in
            let word = part.hasPrefix("{") ? "By" + part.dropFirst().dropLast().capitalized : part.capitalized
            return word.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
        }.joined()
    }
}
