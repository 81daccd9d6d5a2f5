import GRDB

extension DataStore {
    /// Data-sharing requests (seed 2.4.2): the request, every version of its fields, and every step taken on it.
    static func registerSharingRequestsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-sharing-requests") { db in
            try db.execute(sql: """
                CREATE TABLE "sharing_requests" (
                    "id" INTEGER PRIMARY KEY,
                    "requester_id" INTEGER NOT NULL REFERENCES "users" ("id"),
                    "requester_category" TEXT NOT NULL,
                    "state" TEXT NOT NULL CHECK ("state" IN ('SUBMITTED', 'RETURNED', 'RECOMMENDED', 'VERIFIED', 'APPROVED',
                        'ACTIVE', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'EXPIRED')),
                    "version" INTEGER NOT NULL,
                    "period_from" TEXT NOT NULL,
                    "period_to" TEXT NOT NULL,
                    "fee_myr" REAL CHECK ("fee_myr" >= 0),
                    "fee_paid_myr" REAL CHECK ("fee_paid_myr" >= 0),
                    "payment_reference" TEXT,
                    "conditions" TEXT,
                    "agreement_kind" TEXT CHECK ("agreement_kind" IN ('LETTER', 'MINUTE', 'MOU', 'NOU')),
                    "agreement_reference" TEXT,
                    "agreement_sha256" TEXT,
                    "created_at" TEXT NOT NULL
                ) STRICT;
                CREATE TABLE "sharing_request_versions" (
                    "request_id" INTEGER NOT NULL REFERENCES "sharing_requests" ("id"),
                    "version" INTEGER NOT NULL,
                    "body" TEXT NOT NULL,
                    "at" TEXT NOT NULL,
                    PRIMARY KEY ("request_id", "version")
                ) STRICT;
                CREATE TABLE "sharing_request_history" (
                    "seq" INTEGER PRIMARY KEY,
                    "request_id" INTEGER NOT NULL REFERENCES "sharing_requests" ("id"),
                    "at" TEXT NOT NULL,
                    "user_id" INTEGER NOT NULL REFERENCES "users" ("id"),
                    "role" TEXT NOT NULL,
                    "action" TEXT NOT NULL,
                    "note" TEXT,
                    "state" TEXT NOT NULL
                ) STRICT;
                CREATE INDEX "sharing_request_history_request" ON "sharing_request_history" ("request_id", "seq");
                """)
        }
    }
}
