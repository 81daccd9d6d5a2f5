import Columnar
import Foundation

/// How the server runs: where, and its limits.
public struct ServerConfiguration: Sendable {
    public static let defaultBodyLimit = 32 << 20

    public var host: String
    public var port: Int
    /// Largest request body accepted (413 above it).
    public var bodyLimit: Int
    /// Page size when `limit` is not given, and the most a page may hold.
    public var defaultPageSize: Int
    public var maxPageSize: Int
    /// The most rows a query may ask for with `limit`.
    public var maxQueryRows: Int
    /// What a query may ask of the engine: filters, values in a list, group keys, measures, groups, time.
    public var queryLimits: QueryLimits
    /// The most bytes a query's answer may take (413 above it).
    public var maxQueryResultBytes: Int
    /// The most skills an ad-hoc match profile may list (422 above it).
    public var maxProfileSkills: Int
    /// Queries, matches and reports one credential may have running at once, and one client address (429 above).
    public var concurrentPerKey = 4
    public var concurrentPerAddress = 16
    /// Batches a G2C or G2B credential may send a minute, after a burst of `batchBurst` (429 above).
    public var batchesPerMinute = 30
    public var batchBurst = 10
    /// PDF reports drawn at once (each is a Chromium process tree), and how many more may wait (503 above).
    public var pdfRenderers = 2
    public var pdfQueue = 4
    /// A connection that sends no complete request head for this long is closed (slow or half-open clients).
    public var idleTimeout: Duration = .seconds(30)
    /// Connections open at once: at this many, the one that has waited longest for a request is closed to make room
    /// (`ConnectionRoster`); when all are busy, more wait in the listen backlog until one closes.
    public var maxConnections = 1024
    /// How long a request's body may take to arrive once its head has (408 and the connection closed after it).
    public var requestBodyTimeout: Duration = .seconds(60)
    /// How long a UP_TVET bearer token is valid, in seconds.
    public var tokenLifetime: TimeInterval
    /// Failed logins of one account allowed within `loginWindow` seconds before 429.
    public var maxLoginFailures: Int
    public var loginWindow: TimeInterval
    /// Public figures withhold counts under this many people, and figures built on them (CONTRACT 3.7).
    public var disclosureThreshold: Int
    /// Records with personal data a caller may read an hour before being slowed, then refused (data-loss prevention).
    public var personalReads = PersonalReadLimits()

    public init(
        host: String = "127.0.0.1", port: Int = 8080, bodyLimit: Int = defaultBodyLimit, defaultPageSize: Int = 50,
        maxPageSize: Int = 1000, maxQueryRows: Int = 100_000, tokenLifetime: TimeInterval = 3600, maxLoginFailures: Int = 5,
        loginWindow: TimeInterval = 900, disclosureThreshold: Int = 5, queryLimits: QueryLimits = QueryLimits(),
        maxQueryResultBytes: Int = 16 << 20, maxProfileSkills: Int = 100
    ) {
        self.queryLimits = queryLimits
        self.maxQueryResultBytes = maxQueryResultBytes
        self.maxProfileSkills = maxProfileSkills
        self.host = host
        self.port = port
        self.bodyLimit = bodyLimit
        self.defaultPageSize = defaultPageSize
        self.maxPageSize = maxPageSize
        self.maxQueryRows = maxQueryRows
        self.tokenLifetime = tokenLifetime
        self.maxLoginFailures = maxLoginFailures
        self.loginWindow = loginWindow
        self.disclosureThreshold = disclosureThreshold
    }

    /// The page size for a `limit` query parameter (CONTRACT 3.1: default 50, at most 1000).
    func pageSize(_ text: String?) throws -> Int {
        guard let text else { return defaultPageSize }
        guard let value = Int(text), (1...maxPageSize).contains(value) else {
            throw APIError.badRequest("limit must be a whole number from 1 to \(maxPageSize).")
        }
        return value
    }

    /// Where a page starts, from a `cursor` query parameter (the `next_cursor` of the previous page; 0 without one).
    func pageStart(_ cursor: String?) throws -> Int {
        guard let cursor else { return 0 }
        guard let value = Int(cursor), value >= 0 else { throw APIError.badRequest("cursor must be a next_cursor value from a previous page.") }
        return value
    }
}
