import Crypto
import Foundation

/// The secret behind the record keys of the cell-key method (docs/ANALYTICS.md, "Disclosure control"): derived from
/// the store's lookup key, as candidate pseudonyms are, so it lives in the key file and never in the data, and the
/// same store always gives every record the same key (and every published cell the same noise).
extension StoreKeys {
    var cellKeySecret: SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: lookupKey, info: Data("dataraya cell key v1".utf8), outputByteCount: 32)
    }
}

extension DataStore {
    /// The key under which public figures derive each record's key; pass it to `DashboardService`.
    public var cellKeySecret: SymmetricKey { keys.cellKeySecret }
}
