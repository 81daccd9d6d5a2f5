import Foundation

/// The MyGDX (UXP) headers of a government caller (seed Lampiran A, "Standard Header Format untuk UXP REST-API"):
///
///     UXP-client:  MYGDX/GOV/<memberCode>/<subsystemCode>
///     UXP-Service: MYGDX/GOV/<memberCode>/<subsystemCode>/<serviceCode>/v1
///
/// with a service code `<AgencyCode>-<System>-<C|R|U|D>-<InfoType>`. They are recorded and echoed; they never grant
/// rights — rights come from the credential.
public struct UXPHeaders: Sendable, Equatable {
    public struct Client: Sendable, Equatable {
        public let memberCode: String
        public let subsystemCode: String
        public var description: String { "MYGDX/GOV/\(memberCode)/\(subsystemCode)" }
    }

    public struct Service: Sendable, Equatable {
        public let memberCode: String
        public let subsystemCode: String
        public let serviceCode: String
        /// `C`, `R`, `U` or `D`.
        public let operation: Character
        public let version: String?
        public var description: String {
            "MYGDX/GOV/\(memberCode)/\(subsystemCode)/\(serviceCode)" + (version.map { "/" + $0 } ?? "")
        }
    }

    public let client: Client?
    public let service: Service?

    public struct Malformed: Error, Equatable {
        public let header: String
        public let reason: String
    }

    /// Parses the raw header values (either may be absent).
    public static func parse(client: String?, service: String?) throws(Malformed) -> UXPHeaders? {
        guard client != nil || service != nil else { return nil }
        return UXPHeaders(
            client: try client.map { text throws(Malformed) in try parseClient(text) },
            service: try service.map { text throws(Malformed) in try parseService(text) })
    }

    static func parseClient(_ text: String) throws(Malformed) -> Client {
        let parts = try segments(text, header: "UXP-client")
        guard parts.count == 4 else {
            throw Malformed(header: "UXP-client", reason: "must be MYGDX/GOV/<memberCode>/<subsystemCode>")
        }
        return Client(memberCode: parts[2], subsystemCode: parts[3])
    }

    static func parseService(_ text: String) throws(Malformed) -> Service {
        let parts = try segments(text, header: "UXP-Service")
        guard parts.count == 5 || parts.count == 6 else {
            throw Malformed(header: "UXP-Service", reason: "must be MYGDX/GOV/<memberCode>/<subsystemCode>/<serviceCode>/v1")
        }
        let code = parts[4].split(separator: "-", omittingEmptySubsequences: false)
        guard code.count == 4, code.allSatisfy({ !$0.isEmpty }), let operation = code[2].first, code[2].count == 1,
            "CRUD".contains(operation)
        else {
            throw Malformed(header: "UXP-Service", reason: "the service code must be <AgencyCode>-<System>-<C|R|U|D>-<InfoType>")
        }
        if parts.count == 6 {
            let version = parts[5]
            guard version.count >= 2, version.first == "v", version.dropFirst().allSatisfy(\.isNumber) else {
                throw Malformed(header: "UXP-Service", reason: "the version must be v<number>, e.g. v1")
            }
        }
        return Service(
            memberCode: parts[2], subsystemCode: parts[3], serviceCode: parts[4], operation: operation,
            version: parts.count == 6 ? parts[5] : nil)
    }

    private static func segments(_ text: String, header: String) throws(Malformed) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0] == "MYGDX", parts[1] == "GOV" else {
            throw Malformed(header: header, reason: "must start with MYGDX/GOV/")
        }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
        for part in parts where part.isEmpty || part.count > 64 || !part.allSatisfy(allowed.contains) {
            throw Malformed(header: header, reason: "each part must be 1 to 64 letters, digits, '-', '_' or '.'")
        }
        return parts
    }
}
