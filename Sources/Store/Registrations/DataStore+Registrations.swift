import Foundation
import GRDB
import TVET

extension DataStore {
    /// Files a registration: a user with no role (signing in with the login and password) and the registration,
    /// PENDING, or APPROVED at once for a G2C registrant whose login is a valid MyKad number.
    public func register(_ registrant: NewRegistration, now: Date = Date()) throws(StoreError) -> RegistrationRecord {
        let passwordHash: String
        do {
            passwordHash = try Secret.hashPassword(registrant.password)
        } catch {
            throw .database(reason: "cannot hash the password")
        }
        let byMyKad = registrant.verifiedByMyKad
        let myKadDigest = byMyKad ? myKadDigest(registrant.login) : nil
        // A MyKad number is never a user name: such a registrant signs in with it through its digest.
        let name = byMyKad ? "mykad-" + String(myKadDigest?.prefix(12) ?? "") : registrant.login
        let state: RegistrationState = byMyKad ? .approved : .pending
        return try writing { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE name = ? OR mykad_digest = ?", arguments: [name, myKadDigest]) == true {
                throw StoreError.invalidUser(reason: "that login is taken")
            }
            try db.execute(
                sql: """
                    INSERT INTO users (name, category, roles, mykad_digest, password_hash, created_at) VALUES (?, ?, '', ?, ?, ?)
                    """,
                arguments: [name, registrant.category.rawValue, myKadDigest, passwordHash, StoreDate.text(now)])
            let userID = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO "registrations" ("user_id", "organisation", "name", "email", "state", "created_at", "decided_at", "note")
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    userID, registrant.organisation, registrant.name, registrant.email, state.rawValue, StoreDate.text(now),
                    byMyKad ? StoreDate.text(now) : nil, byMyKad ? "verified by MyKad number" : nil,
                ])
            return RegistrationRecord(id: db.lastInsertedRowID, userID: userID, state: state, note: nil)
        }
    }

    /// One registration, or nil.
    public func registration(id: Int64) throws(StoreError) -> RegistrationRecord? {
        try reading { db in try Row.fetchOne(db, sql: #"SELECT * FROM "registrations" WHERE "id" = ?"#, arguments: [id]).map(Self.registrationRecord) }
    }

    /// The registrations waiting for a decision, oldest first, with who asks (for a DATA_CONTROLLER's queue).
    public func pendingRegistrations() throws(StoreError) -> [PendingRegistration] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r."id", u."category", r."organisation", r."name", r."email", r."created_at"
                    FROM "registrations" r JOIN "users" u ON u."id" = r."user_id"
                    WHERE r."state" = 'PENDING' ORDER BY r."created_at", r."id"
                    """
            ).map { row in
                PendingRegistration(
                    id: row["id"], category: UserCategory(rawValue: row["category"]) ?? .other, organisation: row["organisation"],
                    name: row["name"], email: row["email"], filedAt: StoreDate.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    /// Where the user's own registration stands; nil for users an ADMIN created.
    public func registrationState(userID: Int64) throws(StoreError) -> RegistrationState? {
        try reading { db in
            try String.fetchOne(db, sql: #"SELECT "state" FROM "registrations" WHERE "user_id" = ?"#, arguments: [userID])
                .flatMap(RegistrationState.init(rawValue:))
        }
    }

    /// Approves or rejects a PENDING registration; a rejected registrant's account is disabled. Nil when there is no
    /// such registration or it was decided already.
    public func decideRegistration(id: Int64, approve: Bool, by deciderID: Int64, note: String?, now: Date = Date()) throws(StoreError) -> RegistrationRecord? {
        try writing { db in
            let state = approve ? RegistrationState.approved : .rejected
            try db.execute(
                sql: """
                    UPDATE "registrations" SET "state" = ?, "decided_at" = ?, "decided_by" = ?, "note" = ?
                    WHERE "id" = ? AND "state" = 'PENDING'
                    """,
                arguments: [state.rawValue, StoreDate.text(now), deciderID, note, id])
            guard db.changesCount == 1 else { return nil }
            let record = try Row.fetchOne(db, sql: #"SELECT * FROM "registrations" WHERE "id" = ?"#, arguments: [id]).map(Self.registrationRecord)
            if !approve, let record {
                try db.execute(sql: "UPDATE users SET disabled_at = ? WHERE id = ?", arguments: [StoreDate.text(now), record.userID])
            }
            return record
        }
    }

    static func registrationRecord(_ row: Row) -> RegistrationRecord {
        RegistrationRecord(
            id: row["id"], userID: row["user_id"], state: RegistrationState(rawValue: row["state"]) ?? .pending, note: row["note"])
    }
}
