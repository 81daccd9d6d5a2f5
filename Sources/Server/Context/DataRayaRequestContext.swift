import HTTPTypes
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context: what the middleware learned about the request (caller, MyGDX headers) and what the handler
/// touched (for the audit trail), and on pages the visitor's session.
public struct DataRayaRequestContext: RequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var caller: Caller = .anonymous
    public var uxp: UXPHeaders?
    public let audit = AuditNote()
    /// Bodies larger than this are refused with 413 (set from the server configuration by the limits middleware).
    public var bodyLimit: Int = ServerConfiguration.defaultBodyLimit
    /// The page session of a person signed in to the pages (CONTRACT 3.9); the API never reads it.
    public let sessions = SessionContext<PageSession>()

    /// The client's IP address, to share limits out per address; nil when the channel has none (tests).
    public let remoteAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { bodyLimit }
}
