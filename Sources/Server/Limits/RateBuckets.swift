import Synchronization

/// One token bucket per caller: `burst` requests at once, then `perMinute` a minute.
final class RateBuckets: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let burst: Int
    let perMinute: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    init(burst: Int, perMinute: Int) {
        self.burst = max(1, burst)
        self.perMinute = max(1, perMinute)
    }

    /// Takes a token for `key`: nil when there was one, otherwise the whole seconds until there is.
    func take(_ key: String, now: ContinuousClock.Instant = .now) -> Int? {
        let perSecond = Double(perMinute) / 60
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: Double(burst), updated: now)
            let elapsed = bucket.updated.duration(to: now).seconds
            bucket.tokens = min(Double(burst), bucket.tokens + max(0, elapsed) * perSecond)
            bucket.updated = now
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else { return Int(((1 - bucket.tokens) / perSecond).rounded(.up)) }
            bucket.tokens -= 1
            return nil
        }
    }
}

extension Duration {
    /// The duration in seconds, as a decimal.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }

    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
