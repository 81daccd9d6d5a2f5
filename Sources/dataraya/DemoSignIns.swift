import Foundation
import Store
import TVET

/// Sign-ins for trying the pages on the demo data only: a graduate open to matching and the employer with the most
/// vacancies, each with a random password, kept beside the store in a file only its owner can read and printed by
/// `serve --demo` so that a newcomer can try both journeys at once. Never created for real data.
enum DemoSignIns {
    static let graduateLogin = "graduan-demo", employerLogin = "majikan-demo"

    static func path(beside storePath: String) -> String {
        URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent("demo-sign-ins.txt").path
    }

    /// Creates the two users once, for a store that holds the demo data.
    static func create(in store: DataStore, storePath: String, data: DataService) throws {
        let file = path(beside: storePath)
        guard !FileManager.default.fileExists(atPath: file) else { return }
        let snapshot = data.engine.snapshot
        guard let graduates = snapshot.table(DatasetSchema.graduates.name), let vacancies = snapshot.table(DatasetSchema.vacancies.name),
            let graduate = (0..<graduates.rowCount).first(where: { graduates.text("open_to_matching", row: $0) == "true" })
                .flatMap({ graduates.text("graduate_id", row: $0) })
        else { return }
        var counts: [String: Int] = [:]
        for row in 0..<vacancies.rowCount { if let employer = vacancies.text("employer_id", row: row) { counts[employer, default: 0] += 1 } }
        guard let employer = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return }
        let graduatePassword = password(), employerPassword = password()
        _ = try store.addUser(NewUser(name: graduateLogin, category: .g2c, roles: [.graduate], graduateID: graduate, password: graduatePassword))
        _ = try store.addUser(NewUser(name: employerLogin, category: .g2b, roles: [.employer], employerID: employer, password: employerPassword))
        let text = "\(graduateLogin) \(graduatePassword)\n\(employerLogin) \(employerPassword)\n"
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure("cannot write \(file)")
        }
    }

    /// The lines `serve --demo` prints: where the pages are and how to sign in to try them.
    static func announcement(storePath: String, address: String) -> [String] {
        var lines = ["pages: \(address)/ (Bahasa Melayu; \(address)/?lang=en for English)"]
        guard let text = try? String(contentsOfFile: path(beside: storePath), encoding: .utf8) else { return lines }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let who = parts[0] == Substring(graduateLogin) ? "demo graduate" : "demo employer"
            lines.append("\(who): sign in at \(address)/login as \(parts[0]) with password \(parts[1]) (demo data only)")
        }
        return lines
    }

    private static func password() -> String {
        let letters = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return String((0..<14).map { _ in letters.randomElement()! })
    }
}
