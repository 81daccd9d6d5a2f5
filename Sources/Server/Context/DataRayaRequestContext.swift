import HTTPTypes
import Hummingbird

/// The request context: what the middleware learned about the request (caller, MyGDX headers) and what the handler
/// touched (for the audit trail).
public struct DataRayaRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var caller: Caller = .anonymous
    public var uxp: UXPHeaders?
    public let audit = AuditNote()
    /// Bodies larger than this are refused with 413 (set from the server configuration by the limits middleware).
    public var bodyLimit: Int = ServerConfiguration.defaultBodyLimit

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { bodyLimit }
}
