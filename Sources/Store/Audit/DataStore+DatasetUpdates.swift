import Foundation
import GRDB

extension DataStore {
    /// An index for finding a dataset's last write without scanning the whole audit trail.
    static func registerDatasetUpdatesMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-audit-dataset-index") { db in
            try db.execute(sql: """
                CREATE INDEX "audit_dataset_at" ON "audit" ("dataset", "at")
                """)
        }
    }

    /// Each dataset's last accepted write, as the audit trail records it: a batch or an amendment through the API,
    /// a UP_TVET application, or `dataraya import`. Datasets never written through an audited path are absent.
    public func datasetUpdates() throws(StoreError) -> [String: Date] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT "dataset", MAX("at") AS "at" FROM "audit"
                WHERE "dataset" IS NOT NULL AND "outcome" = 'ALLOWED'
                  AND ("action" = 'POST /api/v1/' || "dataset" OR "action" LIKE 'PATCH /api/v1/' || "dataset" || '/%'
                       OR "action" = 'POST /api/v1/uptvet/applications' OR "action" LIKE 'import %')
                GROUP BY "dataset"
                """)
            var updates: [String: Date] = [:]
            for row in rows {
                if let dataset: String = row["dataset"], let at = StoreDate.date(row["at"]) { updates[dataset] = at }
            }
            return updates
        }
    }
}
