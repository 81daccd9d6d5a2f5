import Crypto
import Foundation
import _CryptoExtras

/// Random credentials and the one-way forms in which the store keeps them.
enum Secret {
    /// A new random credential: a prefix saying what it is, then 32 random bytes in base64url (`drk_…`, `drt_…`).
    static func generate(prefix: String) -> String {
        prefix + base64url(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    /// How an API key or bearer token is stored: SHA-256, hex. They are long and random, so a fast hash is enough.
    static func digest(_ credential: String) -> String { hex(SHA256.hash(data: Data(credential.utf8))) }

    /// A keyed digest for looking up low-entropy identifiers (MyKad numbers) without storing them.
    static func keyedDigest(_ text: String, key: SymmetricKey) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }

    /// A password under scrypt (N = 2^14, r = 8, p = 1) with a random 16-byte salt: `scrypt$N$r$p$salt$hash`.
    static func hashPassword(_ password: String) throws -> String {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        let key = try scrypt(password, salt: salt, n: 16_384, r: 8, p: 1)
        return "scrypt$16384$8$1$\(base64url(salt))$\(base64url(key))"
    }

    /// Checks a password against a stored hash in constant time.
    static func verifyPassword(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
            let salt = data(base64url: parts[4]), let expected = data(base64url: parts[5]),
            let actual = try? scrypt(password, salt: salt, n: n, r: r, p: p)
        else { return false }
        return constantTimeEqual(actual, expected)
    }

    /// Whether two byte strings are equal, in a time that depends on their length only, not on where they differ.
    static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        a.count == b.count && zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func scrypt(_ password: String, salt: Data, n: Int, r: Int, p: Int) throws -> Data {
        try KDF.Scrypt.deriveKey(from: Data(password.utf8), salt: salt, outputByteCount: 32, rounds: n, blockSize: r, parallelism: p)
            .withUnsafeBytes { Data($0) }
    }

    static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        bytes.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64url text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
