/// One fixture for the suites that only read (built once: generating and ingesting takes a few seconds).
enum SharedFixture {
    static let shared: Result<ServerFixture, any Error> = Result { try ServerFixture() }
    static func get() throws -> ServerFixture { try shared.get() }
}
