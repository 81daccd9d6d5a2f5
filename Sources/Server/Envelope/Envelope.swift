import Foundation
import HTTPTypes
import Hummingbird

/// The response body of every JSON answer (the policy's API annex, Lampiran B):
/// `{"success": true|false, "data": ..., "message": "..."}`.
public struct Envelope<Payload: Encodable & Sendable>: ResponseGenerator, Encodable, Sendable {
    public let success: Bool
    public let data: Payload
    public let message: String
    var status: HTTPResponse.Status = .ok

    public init(data: Payload, message: String = "OK", status: HTTPResponse.Status = .ok) {
        self.success = status.code < 400
        self.data = data
        self.message = message
        self.status = status
    }

    enum CodingKeys: String, CodingKey { case success, data, message }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        let body = try JSONEncoder().encode(self)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// An empty `data` (`null`).
public struct NoData: Encodable, Sendable {
    public init() {}
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
