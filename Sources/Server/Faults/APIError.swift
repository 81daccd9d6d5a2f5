import HTTPTypes
import Hummingbird
import TVET

/// A refusal or failure with its HTTP status, its MyGDX fault reason and one human sentence.
///
/// The sentence goes to the client as `message` and `UXP-FaultString`; it never holds personal data, SQL, a file
/// path or a stack trace. `details` (e.g. every bad record of a batch) goes to `data`.
public struct APIError: Error, Sendable {
    public let status: HTTPResponse.Status
    /// The reason part of `UXP-FaultCode` (`Client.<reason>` or `Server.ServerProxy.<reason>`).
    public let reason: String
    public let message: String
    public let details: [Problem]?
    /// Extra response headers (e.g. `Retry-After`).
    public let headers: [(HTTPField.Name, String)]

    /// One bad part of a request: a record of a batch (`index` in a JSON array, `line` in a CSV body), a field, and why.
    public struct Problem: Encodable, Sendable, Equatable {
        public let index: Int?
        public let line: Int?
        public let field: String?
        public let reason: String
        /// The reason as data, for a page to word it in its reader's language; not part of the API's answer.
        public let kind: ProblemKind

        public init(index: Int?, line: Int? = nil, field: String?, reason: String, kind: ProblemKind = .other) {
            self.index = index
            self.line = line
            self.field = field
            self.reason = reason
            self.kind = kind
        }

        enum CodingKeys: String, CodingKey { case index, line, field, reason }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let line { try container.encode(line, forKey: .line) } else { try container.encode(index, forKey: .index) }
            try container.encode(field, forKey: .field)
            try container.encode(reason, forKey: .reason)
        }
    }

    public init(
        _ status: HTTPResponse.Status, reason: String, message: String, details: [Problem]? = nil,
        headers: [(HTTPField.Name, String)] = []
    ) {
        self.status = status
        self.reason = reason
        self.message = message
        self.details = details
        self.headers = headers
    }

    /// The most characters of `message` that go into `UXP-FaultString`: a message that quotes the request stays a
    /// short header, however long what it quotes.
    public static let faultStringLimit = 200

    /// `message` as the `UXP-FaultString` header carries it: at most `faultStringLimit` characters.
    public var faultString: String {
        message.count <= Self.faultStringLimit ? message : String(message.prefix(Self.faultStringLimit - 1)) + "…"
    }

    /// `Client.<reason>` for the caller's fault, `Server.ServerProxy.<reason>` for ours.
    public var faultCode: String { status.code >= 500 ? "Server.ServerProxy.\(reason)" : "Client.\(reason)" }

    public static func badRequest(_ message: String, details: [Problem]? = nil) -> APIError {
        APIError(.badRequest, reason: "BadRequest", message: message, details: details)
    }

    public static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, reason: "Unauthorized", message: message, headers: [(.wwwAuthenticate, "Bearer realm=\"DataRaya\", Basic realm=\"DataRaya\"")])
    }

    public static func forbidden(_ message: String) -> APIError { APIError(.forbidden, reason: "Forbidden", message: message) }

    public static func notFound(_ message: String) -> APIError { APIError(.notFound, reason: "NotFound", message: message) }

    public static func unprocessable(_ message: String, details: [Problem]) -> APIError {
        APIError(.unprocessableContent, reason: "RuleBroken", message: message, details: details)
    }

    public static let internalError = APIError(
        .internalServerError, reason: "InternalError",
        message: "The server could not complete the request; quote the fault id to the operators.")
}
