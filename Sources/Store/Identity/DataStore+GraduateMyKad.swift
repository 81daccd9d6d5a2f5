import Crypto
import Foundation
import GRDB

/// Whether a MyKad number is a graduate's own, from their student record (`graduates.student_id` →
/// `students.no_ic`): a UP_TVET login tied to a graduate must be that graduate's, or anyone could take over a record
/// by naming it. Neither number ever appears in a message.
extension DataStore {
    static let notTheGraduatesMyKad = "the MyKad number given (--no-ic) is not the one in the graduate's student record"

    static func isMyKad(_ myKad: String, ofGraduate graduateID: String, _ db: Database) throws -> Bool {
        let stored = try String.fetchOne(
            db,
            sql: """
                SELECT students.no_ic FROM graduates JOIN students ON students.student_id = graduates.student_id
                WHERE graduates.graduate_id = ?
                """,
            arguments: [graduateID])
        guard let stored else { return false }
        // Equal-length digests compared in constant time: the time taken says nothing about how much of it matched.
        return Secret.constantTimeEqual(Data(SHA256.hash(data: Data(stored.utf8))), Data(SHA256.hash(data: Data(myKad.utf8))))
    }

    /// Whether `myKad` is the MyKad number in the student record of graduate `graduateID` (false when there is none).
    public func isMyKad(_ myKad: String, ofGraduate graduateID: String) throws(StoreError) -> Bool {
        try reading { db in try DataStore.isMyKad(myKad, ofGraduate: graduateID, db) }
    }
}
