import Foundation
import GRDB

/// Invitations from employers to pseudonymous candidates, and the graduates' answers.
extension DataStore {
    static func registerInvitationMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-invitations") { db in
            try db.execute(sql: """
                CREATE TABLE "invitations" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "employer_id" TEXT NOT NULL,
                    "vacancy_id" TEXT NOT NULL,
                    "graduate_id" TEXT NOT NULL,
                    "message" TEXT,
                    "status" TEXT NOT NULL CHECK ("status" IN ('PENDING', 'ACCEPTED', 'DECLINED')),
                    "created_at" REAL NOT NULL,
                    "answered_at" REAL,
                    UNIQUE ("vacancy_id", "graduate_id"));
                CREATE INDEX "invitations_by_graduate" ON "invitations"("graduate_id");
                CREATE INDEX "invitations_by_employer" ON "invitations"("employer_id");
                """)
        }
    }

    /// Records an invitation; inviting the same graduate to the same vacancy again returns the first invitation.
    public func invite(
        employer: String, vacancy: String, graduate: String, message: String?, now: Date = Date()
    ) throws(StoreError) -> Invitation {
        try writing { db in
            try db.execute(
                sql: """
                    INSERT INTO invitations (employer_id, vacancy_id, graduate_id, message, status, created_at)
                    VALUES (?, ?, ?, ?, 'PENDING', ?) ON CONFLICT ("vacancy_id", "graduate_id") DO NOTHING
                    """,
                arguments: [employer, vacancy, graduate, message, StoreDate.text(now)])
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM invitations WHERE vacancy_id = ? AND graduate_id = ?", arguments: [vacancy, graduate])
            return Self.invitation(row!)
        }
    }

    /// Migration `v6-graduate-contacts`: the contact graduates share, and which of its fields each accepted
    /// invitation shares with its employer.
    static func registerContactMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-graduate-contacts") { db in
            try db.execute(sql: """
                CREATE TABLE "graduate_contacts" (
                    "graduate_id" TEXT PRIMARY KEY,
                    "email" TEXT,
                    "phone" TEXT,
                    "updated_at" TEXT NOT NULL);
                ALTER TABLE "invitations" ADD COLUMN "shared_fields" TEXT;
                """)
        }
    }

    /// One invitation by its id.
    public func invitation(id: Int64) throws(StoreError) -> Invitation? {
        try reading { db in try Row.fetchOne(db, sql: "SELECT * FROM invitations WHERE id = ?", arguments: [id]).map(Self.invitation) }
    }

    /// What answering an invitation did.
    public enum Answer: Sendable, Equatable {
        /// The answer was recorded.
        case answered(Invitation)
        /// The invitation had been answered before; its first answer stands.
        case alreadyAnswered(Invitation)
        /// No invitation with that id is addressed to this graduate.
        case unknown
    }

    /// The graduate's answer to a pending invitation addressed to them; an answered invitation keeps its first answer.
    /// Accepting shares `share` of the graduate's contact with the employer.
    public func answerInvitation(
        id: Int64, graduate: String, accept: Bool, share: Set<GraduateContact.Field> = [], now: Date = Date()
    ) throws(StoreError) -> Answer {
        try writing { db in
            try db.execute(
                sql: """
                    UPDATE invitations SET status = ?, answered_at = ?, shared_fields = ?
                    WHERE id = ? AND graduate_id = ? AND status = 'PENDING'
                    """,
                arguments: [
                    accept ? "ACCEPTED" : "DECLINED", StoreDate.text(now),
                    accept ? share.map(\.rawValue).sorted().joined(separator: ";") : nil, id, graduate,
                ])
            let changed = db.changesCount > 0
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM invitations WHERE id = ? AND graduate_id = ?", arguments: [id, graduate])
            else { return .unknown }
            return changed ? .answered(Self.invitation(row)) : .alreadyAnswered(Self.invitation(row))
        }
    }

    /// The contact a graduate keeps for employers, or nil when they have none.
    public func contact(graduate: String) throws(StoreError) -> GraduateContact? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT email, phone FROM graduate_contacts WHERE graduate_id = ?", arguments: [graduate])
                .map { GraduateContact(email: $0["email"], phone: $0["phone"]) }
        }
    }

    /// Keeps (or, when empty, removes) a graduate's contact.
    public func setContact(_ contact: GraduateContact, graduate: String, now: Date = Date()) throws(StoreError) {
        if let (field, reason) = contact.problem() { throw .invalidContact(field: field, reason: reason) }
        try writing { db in
            if contact.email == nil && contact.phone == nil {
                try db.execute(sql: "DELETE FROM graduate_contacts WHERE graduate_id = ?", arguments: [graduate])
                return
            }
            try db.execute(
                sql: """
                    INSERT INTO graduate_contacts (graduate_id, email, phone, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT ("graduate_id") DO UPDATE SET email = excluded.email, phone = excluded.phone, updated_at = excluded.updated_at
                    """,
                arguments: [graduate, contact.email, contact.phone, StoreDate.text(now)])
        }
    }

    /// Invitations sent by an employer, newest first.
    public func invitations(employer: String) throws(StoreError) -> [Invitation] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM invitations WHERE employer_id = ? ORDER BY id DESC", arguments: [employer])
                .map(Self.invitation)
        }
    }

    /// Invitations addressed to a graduate, newest first.
    public func invitations(graduate: String) throws(StoreError) -> [Invitation] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM invitations WHERE graduate_id = ? ORDER BY id DESC", arguments: [graduate])
                .map(Self.invitation)
        }
    }

    private static func invitation(_ row: Row) -> Invitation {
        Invitation(
            id: row["id"], employerID: row["employer_id"], vacancyID: row["vacancy_id"], graduateID: row["graduate_id"],
            message: row["message"], status: Invitation.Status(rawValue: row["status"]) ?? .pending,
            createdAt: StoreDate.date(row["created_at"]) ?? .distantPast,
            answeredAt: StoreDate.date(row["answered_at"]),
            sharedFields: (row["shared_fields"] as String?).map { Set($0.split(separator: ";").compactMap { GraduateContact.Field(rawValue: String($0)) }) })
    }
}
