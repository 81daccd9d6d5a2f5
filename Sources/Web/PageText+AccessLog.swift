import TVET

extension PageText {
    /// The texts of "who read your records" on the graduate's page, and the roles a reader may hold, in words.
    static let accessLog: [String: BilingualText] = [
        "reads_title": .init(ms: "Siapa membaca data peribadi anda", en: "Who read your personal data"),
        "reads_intro": .init(
            ms: "Setiap kali rekod anda yang mengandungi data peribadi (nombor MyKad, nama, tarikh lahir) dibaca oleh orang lain, ia direkodkan dalam jejak audit. Inilah senarainya, yang terbaru dahulu.",
            en: "Every time someone else reads a record of yours that holds personal data (MyKad number, name, birth date), the audit trail records it. Here is the list, newest first."),
        "reads_none": .init(ms: "Belum ada sesiapa membaca data peribadi anda.", en: "Nobody has read your personal data yet."),
        "reads_when": .init(ms: "Bila (waktu Malaysia)", en: "When (Malaysia time)"),
        "reads_who": .init(ms: "Siapa", en: "Who"),
        "reads_record": .init(ms: "Rekod", en: "Record"),
        "reads_grant": .init(ms: "Geran perkongsian data", en: "Data-sharing grant"),
        "role_ADMIN": .init(ms: "Pentadbir sistem", en: "System administrator"),
        "role_AGENCY_SYSTEM": .init(ms: "Sistem agensi", en: "Agency system"),
        "role_ANALYST": .init(ms: "Penganalisis", en: "Analyst"),
        "role_EMPLOYER": .init(ms: "Majikan", en: "Employer"),
        "role_GRADUATE": .init(ms: "Graduan", en: "Graduate"),
    ]
}
