import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// One caller cannot take the server from the others: expensive routes have a share per caller, batches from G2C and
/// G2B callers a rate, and PDF rendering a few places and a short queue.
@Suite struct CallerLimitTests {
    @Test func anExpensiveRequestBeyondTheCallersShareIsA429WithRetryAfter() async throws {
        var configured = try SharedFixture.get()
        configured.configuration.concurrentPerKey = 0
        let fixture = configured
        let query = #"{"dataset": "graduates", "measures": [{"fn": "count"}]}"#
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: query)) {
                #expect($0.status == .tooManyRequests)
                #expect($0.header("UXP-FaultCode") == "Client.TooManyConcurrentRequests")
                #expect($0.header("Retry-After") == "1")
            }
            // Cheap routes are not counted.
            try await client.execute(uri: "/health", method: .get, headers: fixture.headers("controller")) { #expect($0.status == .ok) }
        }
    }

    @Test func g2bBatchesBeyondTheirRateAre429() async throws {
        var configured = try SharedFixture.get()
        configured.configuration.batchBurst = 2
        configured.configuration.batchesPerMinute = 1
        let fixture = configured
        try await fixture.test { client in
            for expected in [HTTPResponse.Status.badRequest, .badRequest, .tooManyRequests] {
                try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: "[]")) {
                    #expect($0.status == expected)
                    if expected == .tooManyRequests {
                        #expect($0.header("UXP-FaultCode") == "Client.TooManyBatches")
                        #expect(Int($0.header("Retry-After") ?? "") ?? 0 >= 1)
                    }
                }
            }
            // A G2G agency system is not rate-limited here.
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/institutions", method: .post, headers: fixture.headers("agency"), body: ByteBuffer(string: "[]")) {
                    #expect($0.status == .badRequest)
                }
            }
        }
    }

    @Test func aFullGateRefusesAtOnceAndAFreedPlaceIsTaken() async throws {
        let gate = AdmissionGate(capacity: 1, queueLimit: 0)
        let (started, startedSignal) = AsyncStream<Void>.makeStream()
        let (release, releaseSignal) = AsyncStream<Void>.makeStream()
        let holder = Task {
            try await gate.run {
                startedSignal.yield()
                for await _ in release { break }
                return 1
            }
        }
        for await _ in started { break }
        #expect(try await gate.run { 2 } == nil)
        releaseSignal.yield()
        #expect(try await holder.value == 1)
        #expect(try await gate.run { 3 } == 3)
    }

    @Test func aBucketRefillsAtItsRate() {
        let buckets = RateBuckets(burst: 2, perMinute: 60)
        let start = ContinuousClock.now
        #expect(buckets.take("k", now: start) == nil)
        #expect(buckets.take("k", now: start) == nil)
        #expect(buckets.take("k", now: start) == 1)
        #expect(buckets.take("other", now: start) == nil)
        #expect(buckets.take("k", now: start + .seconds(1)) == nil)
    }
}
