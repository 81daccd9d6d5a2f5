import Foundation
import GRDB

extension DataStore {
    /// Appends audit entries with the records with personal data each released (by the entry's request id), in one
    /// transaction: what a person later sees of who read their records is always backed by an audit entry.
    public func appendAudit(_ entries: [AuditEntry], releases: [String: PersonalRelease]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        let signingKey = keys.signingKey
        try writing { db in
            try DataStore.appendAudit(entries, signingKey: signingKey, in: db)
            let insert = try db.cachedStatement(sql: #"INSERT INTO "personal_reads" ("request_id", "dataset", "record_id") VALUES (?, ?, ?)"#)
            for (requestID, release) in releases {
                for record in release.recordIDs { try insert.execute(arguments: [requestID, release.dataset, record]) }
            }
        }
    }

    /// Who read these records (dataset and id) and when, newest first: allowed requests only, leaving out the
    /// person's own reads — by `actor`, or by any account of theirs (one tied to `graduateID`, or signing in with the
    /// MyKad number whose digest is `myKadDigest`).
    public func personalReads(
        of records: [(dataset: String, id: String)], excluding actor: String?, graduateID: String?, myKadDigest: String?, limit: Int = 500
    ) throws(StoreError) -> [PersonalRead] {
        guard !records.isEmpty else { return [] }
        return try reading { db in
            let pairs = records.map { _ in #"(p."dataset" = ? AND p."record_id" = ?)"# }.joined(separator: " OR ")
            var arguments: [(any DatabaseValueConvertible)?] = records.flatMap { [$0.dataset, $0.id] as [(any DatabaseValueConvertible)?] }
            arguments += [actor ?? "", graduateID ?? "", myKadDigest ?? "", limit]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a."at", a."actor", a."category", a."roles", a."uxp_client", p."dataset", p."record_id", u."agency"
                    FROM "personal_reads" p JOIN "audit" a ON a."request_id" = p."request_id"
                    LEFT JOIN "users" u ON 'user:' || u."id" = a."actor"
                    WHERE (\(pairs)) AND a."outcome" = 'ALLOWED' AND a."actor" <> ?
                        AND coalesce(u."graduate_id", '') <> ? AND coalesce(u."mykad_digest", '') <> ?
                    ORDER BY a."seq" DESC LIMIT ?
                    """,
                arguments: StatementArguments(arguments))
            return rows.map { row in
                PersonalRead(
                    at: StoreDate.date(row["at"]) ?? Date(timeIntervalSince1970: 0), actor: row["actor"], category: row["category"],
                    roles: row["roles"], agency: row["agency"], uxpClient: row["uxp_client"], dataset: row["dataset"], recordID: row["record_id"])
            }
        }
    }
}
