import NIOCore
import NIOHTTPTypes
import Synchronization

/// The open connections, and which of them wait for a request: when the server holds `capacity` connections, the one
/// that has waited longest without sending a request is closed to make room, so that connections that send nothing
/// (half-open or slow clients) cannot keep a new caller waiting in the listen backlog until their idle timeout.
///
/// A connection waits from when it opens, and again after each answer, until the head of its next request has
/// arrived; a connection whose request is being read or answered is never closed to make room (when every one is
/// busy, newcomers wait in the backlog, as the connection cap has them).
final class ConnectionRoster: Sendable {
    let capacity: Int
    private let state = Mutex(State())

    private struct State {
        /// Open connections by id; the value is the tick at which the connection began to wait, nil while busy.
        var waitingSince: [ObjectIdentifier: (channel: any Channel, since: UInt64?)] = [:]
        var tick: UInt64 = 0
    }

    init(capacity: Int) { self.capacity = capacity }

    /// A handler for one new connection's pipeline.
    func handler() -> ConnectionRosterHandler { ConnectionRosterHandler(roster: self) }

    /// How many connections are open.
    var count: Int { state.withLock { $0.waitingSince.count } }

    func opened(_ channel: any Channel) {
        let evicted: (any Channel)? = state.withLock { state in
            state.tick += 1
            state.waitingSince[ObjectIdentifier(channel)] = (channel, state.tick)
            guard state.waitingSince.count >= capacity else { return nil }
            let oldest = state.waitingSince.lazy.filter { $0.key != ObjectIdentifier(channel) && $0.value.since != nil }
                .min { $0.value.since! < $1.value.since! }
            guard let oldest else { return nil }
            state.waitingSince[oldest.key] = nil
            return oldest.value.channel
        }
        evicted?.close(promise: nil)
    }

    func busy(_ channel: any Channel) {
        state.withLock { state in state.waitingSince[ObjectIdentifier(channel)]?.since = nil }
    }

    func waiting(_ channel: any Channel) {
        state.withLock { state in
            state.tick += 1
            state.waitingSince[ObjectIdentifier(channel)]?.since = state.tick
        }
    }

    func closed(_ channel: any Channel) {
        _ = state.withLock { state in state.waitingSince.removeValue(forKey: ObjectIdentifier(channel)) }
    }
}

/// Tells the roster when its connection opens, begins a request, has been answered, and closes.
final class ConnectionRosterHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let roster: ConnectionRoster
    private var registered = false

    init(roster: ConnectionRoster) { self.roster = roster }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { register(context.channel) }
    }

    func channelActive(context: ChannelHandlerContext) {
        register(context.channel)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        unregister(context.channel)
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { unregister(context.channel) }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { roster.busy(context.channel) }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { roster.waiting(context.channel) }
        context.write(data, promise: promise)
    }

    private func register(_ channel: any Channel) {
        guard !registered else { return }
        registered = true
        roster.opened(channel)
    }

    private func unregister(_ channel: any Channel) {
        guard registered else { return }
        registered = false
        roster.closed(channel)
    }
}
