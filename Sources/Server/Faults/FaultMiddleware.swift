import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Turns every error into the envelope with the MyGDX fault headers (seed Lampiran A 3.1.1.2), and never lets an
/// internal detail reach the client: unknown errors become a 500 whose fault id points to the log line.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.response(for: error, request: request, context: context)
        }
    }

    static func apiError(for error: any Error) -> APIError? {
        if let error = APIError.domain(error) { return error }
        // A body read past its limit, however it was sent (a chunked body declares no length to refuse it by).
        if error is NIOTooManyBytesError { return bodyTooLarge }
        if let error = error as? HTTPError {
            switch error.status {
            case .notFound: return .notFound("There is no such endpoint. See /openapi.json.")
            case .contentTooLarge: return bodyTooLarge
            case .methodNotAllowed: return APIError(.methodNotAllowed, reason: "MethodNotAllowed", message: "This endpoint does not take that method.")
            case .unsupportedMediaType:
                return APIError(.unsupportedMediaType, reason: "UnsupportedMediaType", message: "Send JSON (application/json) or CSV (text/csv).")
            default:
                if error.status.code < 500 {
                    return APIError(error.status, reason: "BadRequest", message: "The request could not be read.")
                }
                return nil
            }
        }
        if error is DecodingError { return .badRequest("The request body is not the JSON this endpoint expects.") }
        return nil
    }

    static let bodyTooLarge = APIError(.contentTooLarge, reason: "BodyTooLarge", message: "The request body is larger than the server accepts.")

    static func response(for error: any Error, request: Request, context: Context) -> Response {
        let faultID = UUID().uuidString.lowercased()
        let known = apiError(for: error)
        let apiError = known ?? .internalError
        if known == nil {
            // The full error goes to the log only, under the fault id the client sees.
            context.logger.error("request failed", metadata: ["fault_id": .string(faultID), "error": .string(String(reflecting: error))])
        } else {
            context.logger.info(
                "request refused",
                metadata: ["fault_id": .string(faultID), "status": .stringConvertible(apiError.status.code), "fault": .string(apiError.faultCode)])
        }
        context.audit.fault(id: faultID)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.uxpFaultCode] = apiError.faultCode
        headers[.uxpFaultString] = apiError.faultString
        headers[.uxpFaultDetail] = faultID
        for (name, value) in apiError.headers { headers[name] = value }
        let envelope = FaultBody(data: apiError.details.map { ["errors": $0] }, message: apiError.message)
        let body = (try? JSONEncoder().encode(envelope)) ?? Data("{\"success\":false,\"data\":null,\"message\":\"error\"}".utf8)
        return Response(status: apiError.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    private struct FaultBody: Encodable {
        let success = false
        let data: [String: [APIError.Problem]]?
        let message: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(success, forKey: .success)
            try container.encode(data, forKey: .data)
            try container.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case success, data, message }
    }
}

extension HTTPField.Name {
    static let uxpFaultCode = HTTPField.Name("UXP-FaultCode")!
    static let uxpFaultString = HTTPField.Name("UXP-FaultString")!
    static let uxpFaultDetail = HTTPField.Name("UXP-FaultDetail")!
}
