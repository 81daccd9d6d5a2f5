import GRDB

extension DataStore {
    /// The registrant's name, kept with their registration so that a DATA_CONTROLLER sees who asks to be verified
    /// (registrations filed before this migration have none).
    static func registerRegistrationNamesMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14-registration-names") { db in
            try db.execute(sql: #"ALTER TABLE "registrations" ADD COLUMN "name" TEXT"#)
        }
    }
}
