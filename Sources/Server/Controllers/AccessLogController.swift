import Foundation
import Hummingbird
import Store
import TVET

/// `GET /api/v1/me/personal-reads`: PDPA's access principle for the people in the data. A graduate or applicant sees
/// who (roles, category, agency, grant, MyGDX client) read their own records with personal data, and when, from the
/// audit trail; their own reads are left out.
struct AccessLogController {
    let data: DataService
    let own: OwnRecords

    func register(in book: RouteBook) {
        book.add(
            .get, "/api/v1/me/personal-reads", tag: "Identity", summary: "Who read your records with personal data",
            description: "Every allowed read of your student, application or other records that released personal data (MyKad "
                + "number, name, birth date), newest first (at most 500), by someone other than you.",
            access: "GRADUATE, and applicants signed in with their MyKad number", response: .personalReads
        ) { request, context in try await list(request: request, context: context) }
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let reads = try await Self.reads(of: context.caller, data: data, own: own)
        return try Envelope(data: Items(items: reads.map(Item.init))).response(from: request, context: context)
    }

    /// The reads of the caller's own records with personal data, once the policy allows the caller to see them.
    static func reads(of caller: Caller, data: DataService, own: OwnRecords) async throws -> [PersonalRead] {
        try caller.require(.readOwnAccessLog)
        let snapshot = data.engine.snapshot
        var records: [(dataset: String, id: String)] = []
        for dataset in TVETSchema.datasets where dataset.columns.contains(where: \.personal) {
            guard let table = snapshot.table(dataset.name) else { continue }
            for row in own.rows(of: dataset, in: snapshot, for: caller.principal) {
                if let id = table.text(dataset.primaryKey.name, row: row) { records.append((dataset.name, id)) }
            }
        }
        let store = data.store, me = caller.auditName, owned = records, principal = caller.principal
        return try await Blocking.run {
            try store.personalReads(of: owned, excluding: me, graduateID: principal.graduateID, myKadDigest: principal.myKadDigest)
        }
    }

    struct Items: Encodable, Sendable {
        let items: [Item]
    }

    struct Item: Encodable, Sendable {
        let at: Date
        let roles: String?
        let category: String?
        let agency: String?
        let uxpClient: String?
        let dataset: String
        let recordID: String

        init(_ read: PersonalRead) {
            at = read.at
            roles = read.roles
            category = read.category
            agency = read.agency
            uxpClient = read.uxpClient
            dataset = read.dataset
            recordID = read.recordID
        }

        enum CodingKeys: String, CodingKey {
            case at, roles, category, agency, dataset
            case uxpClient = "uxp_client", recordID = "record_id"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(ISO8601DateFormatter().string(from: at), forKey: .at)
            try container.encode(roles, forKey: .roles)
            try container.encode(category, forKey: .category)
            try container.encode(agency, forKey: .agency)
            try container.encode(uxpClient, forKey: .uxpClient)
            try container.encode(dataset, forKey: .dataset)
            try container.encode(recordID, forKey: .recordID)
        }
    }
}
