import GRDB
import TVET

extension DataStore {
    /// The principal a user acts as, with the facts the access policy needs resolved from what is stored: the
    /// student record behind their graduate record, and the digest of the MyKad number they sign in with.
    public func principal(for user: UserRecord) throws(StoreError) -> Principal {
        var principal = Principal(
            roles: user.roles, category: user.category, employerID: user.employerID, graduateID: user.graduateID, userID: user.id)
        if user.roles.isEmpty { principal.registration = try registrationState(userID: user.id) }
        guard user.graduateID != nil || user.canLogIn else { return principal }
        try reading { db in
            principal.myKadDigest = try String.fetchOne(db, sql: "SELECT mykad_digest FROM users WHERE id = ?", arguments: [user.id])
            if let graduateID = user.graduateID, let student = try Row.fetchOne(
                db, sql: "SELECT students.student_id, students.no_ic FROM graduates JOIN students USING (student_id) WHERE graduate_id = ?",
                arguments: [graduateID])
            {
                principal.studentID = student[0]
                // A graduate without a UP_TVET login still owns the applications made with their own MyKad number.
                if principal.myKadDigest == nil, let myKad: String = student[1] { principal.myKadDigest = myKadDigest(myKad) }
            }
        }
        return principal
    }

    /// The keyed digest under which this store knows a MyKad number (logins, applicants' ownership).
    public func myKadDigest(_ myKad: String) -> String { Secret.keyedDigest(myKad, key: keys.lookupKey) }
}
