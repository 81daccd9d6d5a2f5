import Foundation
import GRDB
import TVET

extension DataStore {
    /// Stores a new request as SUBMITTED, with its first version and its first history step; returns its id.
    public func fileSharingRequest(
        requester: UserRecord, body: String, period: (from: String, to: String), step: SharingRequestRecord.Step
    ) throws(StoreError) -> Int64 {
        try writing { db in
            let at = StoreDate.text(step.at)
            try db.execute(
                sql: """
                    INSERT INTO "sharing_requests" ("requester_id", "requester_category", "state", "version", "period_from",
                        "period_to", "created_at") VALUES (?, ?, ?, 1, ?, ?, ?)
                    """,
                arguments: [requester.id, requester.category.rawValue, RequestState.submitted.rawValue, period.from, period.to, at])
            let id = db.lastInsertedRowID
            try db.execute(
                sql: #"INSERT INTO "sharing_request_versions" ("request_id", "version", "body", "at") VALUES (?, 1, ?, ?)"#,
                arguments: [id, body, at])
            try Self.insertHistory(step, request: id, in: db)
            return id
        }
    }

    /// One request with its latest fields and history, or nil.
    public func sharingRequest(id: Int64) throws(StoreError) -> SharingRequestRecord? {
        try reading { db in try Self.fetchRequests(db, where: #"WHERE r."id" = ?"#, arguments: [id]).first }
    }

    /// Every request, oldest first (the list is filtered by the access policy, request by request).
    public func sharingRequests() throws(StoreError) -> [SharingRequestRecord] {
        try reading { db in try Self.fetchRequests(db, where: "", arguments: []) }
    }

    /// Records a step and what it changes, if the request is still in `change.from`; returns whether it was written.
    public func recordSharingStep(request id: Int64, _ change: SharingStepChange) throws(StoreError) -> Bool {
        try writing { db in
            // Writes are serialised: a state read here holds until the transaction ends.
            let stored = try String.fetchOne(db, sql: #"SELECT "state" FROM "sharing_requests" WHERE "id" = ?"#, arguments: [id])
            guard stored == change.from.rawValue else { return false }
            var sets = [#""state" = ?"#]
            var values: [(any DatabaseValueConvertible)?] = [change.step.state.rawValue]
            if let body = change.body {
                sets.append(#""version" = "version" + 1"#)
                let version = (try Int.fetchOne(db, sql: #"SELECT "version" FROM "sharing_requests" WHERE "id" = ?"#, arguments: [id]) ?? 0) + 1
                try db.execute(
                    sql: #"INSERT INTO "sharing_request_versions" ("request_id", "version", "body", "at") VALUES (?, ?, ?, ?)"#,
                    arguments: [id, version, body, StoreDate.text(change.step.at)])
            }
            let optional: [(String, (any DatabaseValueConvertible)?)] = [
                ("period_from", change.period?.from), ("period_to", change.period?.to), ("fee_myr", change.feeMYR),
                ("fee_paid_myr", change.feePaidMYR), ("payment_reference", change.paymentReference), ("conditions", change.conditions),
                ("agreement_kind", change.agreement?.kind), ("agreement_reference", change.agreement?.reference),
                ("agreement_sha256", change.agreement?.documentSHA256),
            ]
            for (column, value) in optional where value != nil {
                sets.append("\"\(column)\" = ?")
                values.append(value)
            }
            values.append(id)
            try db.execute(
                sql: #"UPDATE "sharing_requests" SET "# + sets.joined(separator: ", ") + #" WHERE "id" = ?"#,
                arguments: StatementArguments(values))
            try Self.insertHistory(change.step, request: id, in: db)
            if let datasets = change.grantDatasets { try Self.openGrant(request: id, datasets: datasets, at: change.step.at, in: db) }
            if change.step.state == .revoked { try Self.revokeGrant(request: id, at: change.step.at, in: db) }
            return true
        }
    }

    static func insertHistory(_ step: SharingRequestRecord.Step, request id: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO "sharing_request_history" ("request_id", "at", "user_id", "role", "action", "note", "state")
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, StoreDate.text(step.at), step.userID, step.role, step.action, step.note, step.state.rawValue])
    }

    static func fetchRequests(_ db: Database, where clause: String, arguments: StatementArguments) throws -> [SharingRequestRecord] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.*, v."body" FROM "sharing_requests" r
                JOIN "sharing_request_versions" v ON v."request_id" = r."id" AND v."version" = r."version"
                \(clause) ORDER BY r."id"
                """,
            arguments: arguments)
        return try rows.map { row in
            let id: Int64 = row["id"]
            let history = try Row.fetchAll(
                db, sql: #"SELECT * FROM "sharing_request_history" WHERE "request_id" = ? ORDER BY "seq""#, arguments: [id]
            ).map { step in
                SharingRequestRecord.Step(
                    at: StoreDate.date(step["at"]) ?? Date(timeIntervalSince1970: 0), userID: step["user_id"], role: step["role"],
                    action: step["action"], note: step["note"], state: RequestState(rawValue: step["state"]) ?? .submitted)
            }
            let agreementKind: String? = row["agreement_kind"]
            return SharingRequestRecord(
                id: id, requesterID: row["requester_id"], requesterCategory: UserCategory(rawValue: row["requester_category"]) ?? .other,
                state: RequestState(rawValue: row["state"]) ?? .submitted, version: row["version"], body: row["body"],
                periodFrom: row["period_from"], periodTo: row["period_to"], feeMYR: row["fee_myr"], feePaidMYR: row["fee_paid_myr"],
                paymentReference: row["payment_reference"], conditions: row["conditions"],
                agreement: agreementKind.map {
                    SharingRequestRecord.Agreement(kind: $0, reference: row["agreement_reference"] ?? "", documentSHA256: row["agreement_sha256"] ?? "")
                },
                createdAt: StoreDate.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0), history: history)
        }
    }
}
