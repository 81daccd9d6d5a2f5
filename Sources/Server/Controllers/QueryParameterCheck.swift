import Hummingbird

/// The query parameters a route declares, and the refusal of every other one (CONTRACT 3.7: a parameter an endpoint
/// does not know is a 400 that names it and lists what is accepted; nothing is silently ignored). `RouteBook` puts
/// it in front of every handler, from the same declaration the OpenAPI document lists.
///
///     try QueryParameterCheck(accepted: ["year", "state"]).check(request.uri.queryParameters)
///     // ?yeer=2025: Unknown query parameter 'yeer'; accepted: year, state.
struct QueryParameterCheck: Sendable {
    /// The names the route reads, in the order it documents them.
    let accepted: [String]

    init(accepted: [String]) {
        self.accepted = accepted
    }

    init(declared parameters: [OpenAPIParameter]) {
        self.init(accepted: parameters.filter { $0.location == "query" }.map(\.name))
    }

    /// Refuses a parameter the route does not declare, or one given twice (which one would count is a guess).
    /// An empty pair, as a trailing `&` leaves, is no parameter.
    func check(_ query: Parameters) throws {
        var seen = Set<Substring>()
        for (name, value) in query where !(name.isEmpty && value.isEmpty) {
            guard accepted.contains(String(name)) else { throw APIError.badRequest(refusal(name)) }
            guard seen.insert(name).inserted else {
                throw APIError.badRequest("Query parameter '\(Self.quoted(name))' is given more than once.")
            }
        }
    }

    private func refusal(_ name: Substring) -> String {
        let what = accepted.isEmpty ? "this endpoint takes no query parameters" : "accepted: " + accepted.joined(separator: ", ")
        return "Unknown query parameter '\(Self.quoted(name))'; \(what)."
    }

    /// The name as the caller sent it, cut short if it is long: the message is also a response header.
    private static func quoted(_ name: Substring) -> String {
        name.count > 64 ? name.prefix(64) + "..." : String(name)
    }
}
