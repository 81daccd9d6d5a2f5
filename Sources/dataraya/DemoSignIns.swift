import Foundation
import Store
import TVET

/// Sign-ins for trying the pages on the demo data only: a graduate open to matching and the employer with the most
/// vacancies, one member of each committee that passes data-sharing requests and a data controller, and an approved
/// researcher to file requests, each with a random password, kept beside the store in a file only its owner can read
/// and printed by `serve --demo` so that a newcomer can try every journey at once. Never created for real data.
enum DemoSignIns {
    static let graduateLogin = "graduan-demo", employerLogin = "majikan-demo"
    /// The sharing workflow's people: sign-in name, what `serve --demo` calls them, and their role.
    static let sharing: [(login: String, who: String, role: Role)] = [
        ("kktd-demo", "demo KKTD member", .kktd), ("jtdtvet-demo", "demo JTDTVET member", .jtdtvet),
        ("jpdtvet-demo", "demo JPDTVET member", .jpdtvet), ("pengawal-demo", "demo data controller", .dataController),
    ]
    static let researcherLogin = "penyelidik-demo"

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
        var text = "\(graduateLogin) \(graduatePassword)\n\(employerLogin) \(employerPassword)\n"
        text += try sharingUsers(in: store)
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure("cannot write \(file)")
        }
    }

    /// The committees' members, a data controller and an approved researcher (registered as anyone would, and
    /// approved by the data controller), as lines of the sign-ins file.
    static func sharingUsers(in store: DataStore) throws -> String {
        var text = ""
        var controller: Int64?
        for person in sharing {
            let secret = password()
            let added = try store.addUser(NewUser(
                name: person.login, category: .g2g, roles: [person.role], agency: person.role == .dataController ? "KPT" : nil, password: secret))
            if person.role == .dataController { controller = added.user.id }
            text += "\(person.login) \(secret)\n"
        }
        let secret = password()
        let registration = try store.register(NewRegistration(
            category: .researcher, organisation: "Universiti Contoh (demo)", name: "Penyelidik Demo", email: "penyelidik@contoh.edu.my",
            login: researcherLogin, password: secret))
        if let controller { _ = try store.decideRegistration(id: registration.id, approve: true, by: controller, note: "demo") }
        return text + "\(researcherLogin) \(secret)\n"
    }

    /// The lines `serve --demo` prints: where the pages are and how to sign in to try them.
    static func announcement(storePath: String, address: String) -> [String] {
        var lines = ["pages: \(address)/ (Bahasa Melayu; \(address)/?lang=en for English)"]
        guard let text = try? String(contentsOfFile: path(beside: storePath), encoding: .utf8) else { return lines }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let login = String(parts[0])
            let who = login == graduateLogin ? "demo graduate" : login == employerLogin ? "demo employer"
                : login == researcherLogin ? "demo researcher (files data requests)" : sharing.first { $0.login == login }?.who ?? "demo user"
            lines.append("\(who): sign in at \(address)/login as \(parts[0]) with password \(parts[1]) (demo data only)")
        }
        return lines
    }

    private static func password() -> String {
        let letters = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return String((0..<14).map { _ in letters.randomElement()! })
    }
}
