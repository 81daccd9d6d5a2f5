import Crypto
import Foundation

/// Stable pseudonyms for candidates shown to employers (CONTRACT 3.6): the same graduate always has the same pseudonym
/// for one employer, a different one for every other employer, and only this store can turn it back into the graduate.
///
/// A pseudonym is the graduate id sealed with AES-GCM under a key derived from the store's lookup key, with the
/// employer id as authenticated data and a synthetic nonce (HMAC of employer and graduate), so sealing is deterministic
/// and a pseudonym shown to one employer is worthless to another.
///
///     let pseudonym = store.candidatePseudonym(employer: "E000123", graduate: "G0004567")
///     store.graduate(fromPseudonym: pseudonym, employer: "E000123")   // "G0004567"
///     store.graduate(fromPseudonym: pseudonym, employer: "E000999")   // nil
extension StoreKeys {
    static let pseudonymPrefix = "cand_"

    private var pseudonymKey: SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: lookupKey, info: Data("dataraya candidate pseudonym v1".utf8), outputByteCount: 32)
    }

    func candidatePseudonym(employer: String, graduate: String) -> String {
        let key = pseudonymKey
        let mac = HMAC<SHA256>.authenticationCode(for: Data((employer + "\u{0}" + graduate).utf8), using: key)
        // Twelve bytes of the MAC are a valid nonce, unique per (employer, graduate).
        let nonce = try! AES.GCM.Nonce(data: Data(mac).prefix(12))
        let sealed = try! AES.GCM.seal(Data(graduate.utf8), using: key, nonce: nonce, authenticating: Data(employer.utf8))
        return Self.pseudonymPrefix + Secret.base64url(sealed.combined!)
    }

    /// The graduate behind a pseudonym issued to `employer`; nil when it was issued to someone else or is not one.
    func graduate(fromPseudonym pseudonym: String, employer: String) -> String? {
        guard pseudonym.hasPrefix(Self.pseudonymPrefix),
            let bytes = Secret.data(base64url: String(pseudonym.dropFirst(Self.pseudonymPrefix.count))),
            let box = try? AES.GCM.SealedBox(combined: bytes),
            let opened = try? AES.GCM.open(box, using: pseudonymKey, authenticating: Data(employer.utf8))
        else { return nil }
        let graduate = String(decoding: opened, as: UTF8.self)
        return candidatePseudonym(employer: employer, graduate: graduate) == pseudonym ? graduate : nil
    }
}

extension DataStore {
    /// The stable pseudonym under which `employer` sees `graduate` as a candidate.
    public func candidatePseudonym(employer: String, graduate: String) -> String {
        keys.candidatePseudonym(employer: employer, graduate: graduate)
    }

    /// The graduate behind a pseudonym this store issued to `employer`; nil for any other employer or text.
    public func graduate(fromPseudonym pseudonym: String, employer: String) -> String? {
        keys.graduate(fromPseudonym: pseudonym, employer: employer)
    }
}
