import Foundation

/// What a page session holds: who signed in and when. It carries no right of its own: every page asks the access
/// policy as the user, exactly as the API does, so a disabled user's session stops working at once.
public struct PageSession: Codable, Sendable, Equatable {
    public let userID: Int64
    public let signedInAt: Date
    /// When the visitor was last seen; a session idle for longer than `idleLimit` ends.
    public var lastSeen: Date

    /// A session ends after this long without a request...
    public static let idleLimit: TimeInterval = 30 * 60
    /// ...and after this long in any case (the cookie's own expiry).
    public static let absoluteLimit: Duration = .seconds(12 * 60 * 60)

    public init(userID: Int64, signedInAt: Date = Date()) {
        self.userID = userID
        self.signedInAt = signedInAt
        lastSeen = signedInAt
    }

    public func isIdle(at now: Date) -> Bool { now.timeIntervalSince(lastSeen) > Self.idleLimit }
}
