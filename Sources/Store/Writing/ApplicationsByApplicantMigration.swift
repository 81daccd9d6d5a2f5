import GRDB

extension DataStore {
    /// An index for the rule of one application per person, programme and intake (`PlausibilityCheck`): a batch's
    /// applications are looked up by applicant without scanning every stored one.
    static func registerApplicationsByApplicantMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v16-applications-by-applicant") { db in
            try db.execute(sql: """
                CREATE INDEX "applications_by_applicant" ON "applications"("no_ic", "programme_id", "intake")
                """)
        }
    }
}
