import Crypto
import Foundation

/// The store's own secrets, kept outside the database so that a copy of the database alone reveals neither:
/// the key of the MyKad lookup digests and the Ed25519 key that signs audit checkpoints.
///
/// They live in `<store>.keys` (mode 0600) beside the store file; an in-memory store makes fresh ones.
public struct StoreKeys: Sendable {
    let lookupKey: SymmetricKey
    let signingKey: Curve25519.Signing.PrivateKey

    public var auditPublicKey: Curve25519.Signing.PublicKey { signingKey.publicKey }

    static func fresh() -> StoreKeys {
        StoreKeys(lookupKey: SymmetricKey(size: .bits256), signingKey: Curve25519.Signing.PrivateKey())
    }

    /// Reads the key file, creating it (0600) when it does not exist yet.
    static func load(beside storePath: String) throws(StoreError) -> StoreKeys {
        let path = storePath + ".keys"
        if let data = FileManager.default.contents(atPath: path) {
            let parts = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            guard parts.count >= 2, let lookup = Secret.data(base64url: parts[0]), let signing = Secret.data(base64url: parts[1]),
                let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: signing)
            else { throw .cannotOpen(path: path, reason: "the key file is damaged") }
            return StoreKeys(lookupKey: SymmetricKey(data: lookup), signingKey: key)
        }
        let keys = fresh()
        try keys.save(beside: storePath)
        return keys
    }

    /// Writes the key file beside a store (0600); a backup carries its store's keys this way.
    func save(beside storePath: String) throws(StoreError) {
        let path = storePath + ".keys"
        let text = Secret.base64url(lookupKey.withUnsafeBytes { Data($0) }) + "\n"
            + Secret.base64url(signingKey.rawRepresentation) + "\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw .cannotOpen(path: path, reason: "cannot write the key file") }
    }
}
