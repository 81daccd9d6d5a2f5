import Foundation
import Store
import TVET

/// The first user of a new store, whose API key is written to a file only its owner can read — never a default
/// password, never printed to a log.
enum AdminCredential {
    static func create(in store: DataStore, storePath: String) throws -> String {
        let (_, key) = try store.addUser(NewUser(name: "admin", category: .g2g, roles: [.admin, .dataController]))
        let folder = URL(fileURLWithPath: storePath).deletingLastPathComponent().path
        let path = folder + "/admin-credential.txt"
        let text = "# DataRaya: the API key of user 'admin' (ADMIN, DATA_CONTROLLER). Send it as X-API-Key.\n\(key)\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure("cannot write \(path)")
        }
        return path
    }
}
