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
                arguments: [employer, vacancy, graduate, message, now.timeIntervalSince1970])
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM invitations WHERE vacancy_id = ? AND graduate_id = ?", arguments: [vacancy, graduate])
            return Self.invitation(row!)
        }
    }

    /// The graduate's answer to a pending invitation addressed to them; nil when there is no such invitation.
    /// An invitation already answered keeps its first answer.
    public func answerInvitation(
        id: Int64, graduate: String, accept: Bool, now: Date = Date()
    ) throws(StoreError) -> Invitation? {
        try writing { db in
            try db.execute(
                sql: "UPDATE invitations SET status = ?, answered_at = ? WHERE id = ? AND graduate_id = ? AND status = 'PENDING'",
                arguments: [accept ? "ACCEPTED" : "DECLINED", now.timeIntervalSince1970, id, graduate])
            return try Row.fetchOne(db, sql: "SELECT * FROM invitations WHERE id = ? AND graduate_id = ?", arguments: [id, graduate])
                .map(Self.invitation)
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
            createdAt: Date(timeIntervalSince1970: row["created_at"]),
            answeredAt: (row["answered_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }
}
