import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes

/// Bounds how long a client may take to send a request's body once its head has arrived: a client that trickles the
/// body (a byte now and then, each one resetting the idle timeout) is answered 408 `RequestTimeout` with the MyGDX
/// fault headers when `limit` has passed since the head, and its connection is closed. When the server has already
/// begun its answer (it refused the request before reading the body), the connection is only closed.
///
/// One per connection, in the pipeline after the HTTP codec, so it sees whole request and response parts.
final class RequestBodyDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let limit: TimeAmount
    let logger: Logger
    private var deadline: Scheduled<Void>?
    /// Whether the answer to the request being read has begun.
    private var answering = false

    init(limit: TimeAmount, logger: Logger) {
        self.limit = limit
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            answering = false
            cancel()
            let loopBound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
            deadline = context.eventLoop.scheduleTask(in: limit) {
                let (handler, context) = loopBound.value
                handler.expire(context: context)
            }
        case .body:
            break
        case .end:
            cancel()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .head = unwrapOutboundIn(data) { answering = true }
        context.write(data, promise: promise)
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { cancel() }

    private func cancel() {
        deadline?.cancel()
        deadline = nil
    }

    private func expire(context: ChannelHandlerContext) {
        deadline = nil
        guard context.channel.isActive else { return }
        let faultID = UUID().uuidString.lowercased()
        logger.info("request body too slow", metadata: ["fault_id": .string(faultID), "status": "408"])
        if !answering {
            let seconds = Double(limit.nanoseconds) / 1e9
            let message = "The request body did not arrive within \(seconds.formatted(.number.precision(.fractionLength(0...1)))) seconds."
            var fields = HTTPFields()
            fields[.contentType] = "application/json; charset=utf-8"
            fields[.connection] = "close"
            fields[.uxpFaultCode] = "Client.RequestTimeout"
            fields[.uxpFaultString] = message
            fields[.uxpFaultDetail] = faultID
            let body = ByteBuffer(string: #"{"success":false,"data":null,"message":"\#(message)"}"#)
            fields[.contentLength] = String(body.readableBytes)
            context.write(wrapOutboundOut(.head(HTTPResponse(status: .requestTimeout, headerFields: fields))), promise: nil)
            context.write(wrapOutboundOut(.body(body)), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        context.close(promise: nil)
    }
}
