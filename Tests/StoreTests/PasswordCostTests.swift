import Foundation
import Testing

@testable import Store

/// A sign-in for an account that does not exist (or has no password) costs the same as a wrong password: it runs
/// the same scrypt, with the same parameters, against a hash nobody knows the password of. Checked by what is run,
/// not by timing it (timings on a shared machine say little).
@Suite struct PasswordCostTests {
    /// The scheme, cost parameters and sizes of a stored hash: `scrypt$N$r$p$salt$key`.
    static func shape(_ hash: String) -> [String] {
        let parts = hash.split(separator: "$").map(String.init)
        guard parts.count == 6 else { return [] }
        return Array(parts[0...3]) + [String(Secret.data(base64url: parts[4])?.count ?? -1), String(Secret.data(base64url: parts[5])?.count ?? -1)]
    }

    @Test func theHashOfNoAccountHasTheCostOfARealOne() throws {
        let real = try Secret.hashPassword("a-real-password-1")
        #expect(Self.shape(DataStore.dummyPasswordHash) == Self.shape(real))
        #expect(Self.shape(real) == ["scrypt", "16384", "8", "1", "16", "32"])
    }

    @Test func noAccountNeverSignsIn() async throws {
        let store = try DataStore.inMemory()
        #expect(await store.verifyPassword("", for: nil) == false)
        #expect(await store.verifyPassword("a-real-password-1", for: nil) == false)
    }
}
