import Foundation
import GRDB
import TVET

/// Users, API keys, bearer tokens and UP_TVET logins. Secrets are kept only in one-way form: API keys and tokens as
/// SHA-256 digests, passwords under scrypt, MyKad numbers as keyed digests (for lookup at login).
extension DataStore {
    static func registerIdentityMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-identity") { db in
            let categories = UserCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE "users" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "name" TEXT NOT NULL UNIQUE,
                    "category" TEXT NOT NULL CHECK ("category" IN (\(categories))),
                    "roles" TEXT NOT NULL,
                    "agency" TEXT,
                    "employer_id" TEXT,
                    "graduate_id" TEXT,
                    "mykad_digest" TEXT UNIQUE,
                    "password_hash" TEXT,
                    "created_at" TEXT NOT NULL);
                CREATE TABLE "api_keys" (
                    "digest" TEXT PRIMARY KEY,
                    "user_id" INTEGER NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
                    "created_at" TEXT NOT NULL);
                CREATE TABLE "tokens" (
                    "digest" TEXT PRIMARY KEY,
                    "user_id" INTEGER NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
                    "expires_at" REAL NOT NULL);
                """)
        }
    }

    /// Creates a user and returns it with its API key, which is shown this once and kept only as a digest.
    /// `keyExpiresAt` nil: the key does not expire. A MyKad number given with a graduate id must be the one in that
    /// graduate's student record.
    public func addUser(
        _ user: NewUser, keyExpiresAt: Date? = nil, now: Date = Date()
    ) throws(StoreError) -> (user: UserRecord, apiKey: String) {
        if let problem = user.problem() { throw .invalidUser(reason: problem) }
        let passwordHash: String?
        do {
            passwordHash = try user.password.map(Secret.hashPassword)
        } catch {
            throw .database(reason: "cannot hash the password")
        }
        let myKadDigest = user.myKad.map { Secret.keyedDigest($0, key: keys.lookupKey) }
        let (id, apiKey): (Int64, String) = try writing { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE name = ?", arguments: [user.name]) == true {
                throw StoreError.invalidUser(reason: "a user with that name exists already")
            }
            if let graduateID = user.graduateID, let myKad = user.myKad, try !DataStore.isMyKad(myKad, ofGraduate: graduateID, db) {
                throw StoreError.invalidUser(reason: DataStore.notTheGraduatesMyKad)
            }
            if let myKadDigest,
                try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE mykad_digest = ?", arguments: [myKadDigest]) == true
            {
                throw StoreError.invalidUser(reason: "that MyKad number already has a login")
            }
            try db.execute(
                sql: """
                    INSERT INTO users (name, category, roles, agency, employer_id, graduate_id, mykad_digest, password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    user.name, user.category.rawValue, user.roles.map(\.rawValue).sorted().joined(separator: ";"), user.agency,
                    user.employerID, user.graduateID, myKadDigest, passwordHash, StoreDate.text(now),
                ])
            let id = db.lastInsertedRowID
            return (id, try DataStore.insertAPIKey(db, userID: id, expiresAt: keyExpiresAt, now: now).key)
        }
        return (try self.user(id: id)!, apiKey)
    }

    public func user(id: Int64) throws(StoreError) -> UserRecord? {
        try reading { db in try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [id]).map(DataStore.userRecord) }
    }

    /// Whether `myKad` is the number the user logs in with (for checking that applicants submit only their own).
    public func user(_ id: Int64, holdsMyKad myKad: String) throws(StoreError) -> Bool {
        let digest = Secret.keyedDigest(myKad, key: keys.lookupKey)
        return try reading { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE id = ? AND mykad_digest = ?", arguments: [id, digest]) ?? false
        }
    }

    /// A new bearer token for the user, valid for `lifetime` seconds.
    public func issueToken(userID: Int64, lifetime: TimeInterval, now: Date = Date()) throws(StoreError) -> (token: String, expiresAt: Date) {
        let token = Secret.generate(prefix: "drt_")
        let expires = now.addingTimeInterval(lifetime)
        try writing { db in
            try db.execute(sql: "DELETE FROM tokens WHERE expires_at < ?", arguments: [StoreDate.text(now)])
            try db.execute(
                sql: "INSERT INTO tokens (digest, user_id, expires_at) VALUES (?, ?, ?)",
                arguments: [Secret.digest(token), userID, StoreDate.text(expires)])
        }
        return (token, expires)
    }

    /// The user a bearer token was issued to, unless it has expired or the user is disabled.
    public func user(bearerToken: String, now: Date = Date()) throws(StoreError) -> CredentialLookup {
        let row = try reading { db in
            try Row.fetchOne(
                db, sql: "SELECT users.*, tokens.expires_at AS token_expires FROM tokens JOIN users ON users.id = tokens.user_id WHERE tokens.digest = ?",
                arguments: [Secret.digest(bearerToken)])
        }
        guard let row else { return .unknown }
        guard let expires = StoreDate.date(row["token_expires"]), expires >= now else { return .expired }
        let user = DataStore.userRecord(row)
        return user.isDisabled ? .disabled : .valid(user)
    }

    public func userCount() throws(StoreError) -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM users") ?? 0 }
    }

    static func userRecord(_ row: Row) -> UserRecord {
        let roles: String = row["roles"]
        return UserRecord(
            id: row["id"], name: row["name"], category: UserCategory(rawValue: row["category"]) ?? .other,
            roles: Set(roles.split(separator: ";").compactMap { Role(rawValue: String($0)) }), agency: row["agency"],
            employerID: row["employer_id"], graduateID: row["graduate_id"], canLogIn: row["mykad_digest"] as String? != nil,
            disabledAt: StoreDate.date(row["disabled_at"]))
    }
}

extension DataStore {
    /// Whether a dataset holds a record with this primary key.
    public func contains(dataset name: String, id: String) throws(StoreError) -> Bool {
        guard let dataset = TVETSchema.dataset(named: name) else { return false }
        return try reading { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM \(StoreSchema.quoted(dataset.name)) WHERE \(StoreSchema.quoted(dataset.primaryKey.name)) = ?",
                arguments: [id]) ?? false
        }
    }
}
