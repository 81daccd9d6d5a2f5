/// A page of a list (CONTRACT 3.1): `{"items": [...], "next_cursor": "..." | null}`.
struct Paged<Item: Encodable & Sendable>: Encodable, Sendable {
    let items: [Item]
    /// Where the next page starts; nil on the last page.
    let nextCursor: Int?

    /// The page of `all` that starts at `start` and holds at most `limit` items.
    init(slicing all: [Item], from start: Int, limit: Int) {
        items = Array(all.dropFirst(start).prefix(limit))
        nextCursor = start + limit < all.count ? start + limit : nil
    }

    init(items: [Item], nextCursor: Int?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    enum CodingKeys: String, CodingKey { case items, nextCursor = "next_cursor" }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor.map(String.init), forKey: .nextCursor)
    }
}
