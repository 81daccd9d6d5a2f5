import HTTPTypes
import Hummingbird
import TVET

/// Keeps one caller from taking the server from the others: the expensive routes (queries, matching, reports) run
/// at most `concurrentPerKey` at once per credential and `concurrentPerAddress` per client address, and G2C and
/// G2B callers may send `batchesPerMinute` batches a minute (after a burst of `batchBurst`). A request over a limit is a
/// 429 with `Retry-After`.
struct CallerLimitsMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext

    let configuration: ServerConfiguration
    let running = CallerSlots()
    let batches: RateBuckets

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
        batches = RateBuckets(burst: configuration.batchBurst, perMinute: configuration.batchesPerMinute)
    }

    /// The paths whose requests scan the engine, rank candidates or draw reports.
    static let expensivePrefixes = ["/api/v1/query", "/api/v1/match/", "/reports/"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let key = Self.key(of: context.caller)
        if let key, Self.isBatch(request), [UserCategory.g2c, .g2b].contains(context.caller.principal.category), let wait = batches.take(key) {
            throw APIError(
                .tooManyRequests, reason: "TooManyBatches",
                message: "Too many batches from this credential: at most \(configuration.batchesPerMinute) a minute.",
                headers: [(.retryAfter, String(wait))])
        }
        guard Self.expensivePrefixes.contains(where: { path.hasPrefix($0) }) else { return try await next(request, context) }
        var keys: [(key: String, limit: Int)] = []
        if let address = context.remoteAddress { keys.append((key: "address:" + address, limit: configuration.concurrentPerAddress)) }
        if let key { keys.append((key: key, limit: configuration.concurrentPerKey)) }
        guard running.take(keys) else {
            throw APIError(
                .tooManyRequests, reason: "TooManyConcurrentRequests",
                message: "This caller already has as many queries, matches or reports running as it may; retry when one ends.",
                headers: [(.retryAfter, "1")])
        }
        defer { running.release(keys.map { $0.key }) }
        return try await next(request, context)
    }

    /// Who a credential belongs to, for counting; nil for an anonymous caller. Never logged.
    static func key(of caller: Caller) -> String? {
        if let user = caller.user { return "user:\(user.id)" }
        return caller.principal.myKadDigest.map { "person:" + $0 }
    }

    /// A batch of records: a POST to a dataset or to UP_TVET's applications.
    static func isBatch(_ request: Request) -> Bool {
        guard request.method == .post else { return false }
        let parts = request.uri.path.split(separator: "/")
        guard parts.count == 3, parts[0] == "api", parts[1] == "v1" else { return request.uri.path == "/api/v1/uptvet/applications" }
        return TVETSchema.dataset(named: String(parts[2])) != nil
    }
}
