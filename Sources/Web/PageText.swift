import TVET

/// Every piece of text the pages show, in Bahasa Melayu and English, by key. Templates name keys (`{{t.sign_in}}`);
/// `PageTextTests` checks that every key a template uses exists here in both languages.
public enum PageText {
    static let entries: [String: BilingualText] = [
        "site_name": .init(ms: "Data Raya TVET", en: "Data Raya TVET"),
        "tagline": .init(
            ms: "Data pendidikan dan latihan teknikal dan vokasional negara, dikongsi dengan selamat antara agensi.",
            en: "Malaysia's technical and vocational education and training data, shared safely between agencies."),
        "skip": .init(ms: "Langkau ke kandungan", en: "Skip to content"),
        "home": .init(ms: "Utama", en: "Home"),
        "sign_in": .init(ms: "Log masuk", en: "Sign in"),
        "sign_out": .init(ms: "Log keluar", en: "Sign out"),
        "signed_in_as": .init(ms: "Log masuk sebagai", en: "Signed in as"),
        "language": .init(ms: "Bahasa", en: "Language"),
        "account_nav": .init(ms: "Bahasa dan akaun", en: "Language and account"),
        "headline": .init(ms: "Angka utama negara", en: "National headline figures"),
        "headline_note": .init(
            ms: "Angka awam: sel kecil disembunyikan supaya tiada individu dapat dikenal pasti.",
            en: "Public figures: small cells are withheld so that no person can be identified."),
        "figure": .init(ms: "Angka", en: "Figure"),
        "value": .init(ms: "Nilai", en: "Value"),
        "withheld": .init(ms: "disembunyikan", en: "withheld"),
        "cluster_institutions": .init(ms: "Institusi TVET", en: "TVET institutions"),
        "cluster_programmes": .init(ms: "Program latihan", en: "Training programmes"),
        "cluster_instructors": .init(ms: "Tenaga pengajar", en: "Instructors"),
        "cluster_applicants": .init(ms: "Pemohon UP_TVET", en: "UP_TVET applicants"),
        "cluster_students": .init(ms: "Pelajar berdaftar", en: "Registered students"),
        "cluster_certificates": .init(ms: "Sijil dikeluarkan", en: "Certificates issued"),
        "cluster_graduates": .init(ms: "Graduan", en: "Graduates"),
        "cluster_employers": .init(ms: "Majikan", en: "Employers"),
        "cluster_open_vacancies": .init(ms: "Kekosongan yang masih dibuka", en: "Vacancies still open"),
        "everything": .init(ms: "Semua yang ada di sini", en: "Everything here"),
        "link_dashboards": .init(ms: "Papan pemuka untuk penggubal dasar (API)", en: "Dashboards for policymakers (API)"),
        "link_reports": .init(ms: "Laporan dasar", en: "Policy reports"),
        "link_api": .init(ms: "API untuk sistem agensi", en: "The API for agencies' systems"),
        "link_graduate": .init(ms: "Graduan: rekod dan pekerjaan anda", en: "Graduates: your record and jobs"),
        "login_title": .init(ms: "Log masuk ke Data Raya TVET", en: "Sign in to Data Raya TVET"),
        "login_hint": .init(
            ms: "Graduan dan pemohon: nombor MyKad (12 digit, tanpa sempang). Pengguna lain: nama log masuk.",
            en: "Graduates and applicants: your MyKad number (12 digits, no dashes). Other users: your sign-in name."),
        "login_field": .init(ms: "Nombor MyKad atau nama log masuk", en: "MyKad number or sign-in name"),
        "password": .init(ms: "Kata laluan", en: "Password"),
        "errors_title": .init(ms: "Ada masalah", en: "There is a problem"),
        "login_wrong": .init(
            ms: "Nombor MyKad, nama log masuk atau kata laluan tidak betul.",
            en: "The MyKad number, sign-in name or password is wrong."),
        "login_missing": .init(ms: "Masukkan nombor MyKad atau nama log masuk, dan kata laluan.", en: "Enter your MyKad number or sign-in name, and your password."),
        "login_locked": .init(
            ms: "Terlalu banyak percubaan yang gagal. Cuba lagi kemudian.",
            en: "Too many failed attempts. Try again later."),
        "graduate_title": .init(ms: "Rekod anda", en: "Your record"),
        "programme": .init(ms: "Program", en: "Programme"),
        "graduation_year": .init(ms: "Tahun tamat", en: "Graduation year"),
        "status": .init(ms: "Status", en: "Status"),
        "skills": .init(ms: "Kemahiran", en: "Skills"),
        "certificates": .init(ms: "Sijil", en: "Certificates"),
        "no_certificates": .init(ms: "Tiada sijil direkodkan.", en: "No certificates are recorded."),
        "issued_on": .init(ms: "Tarikh dikeluarkan", en: "Issued on"),
        "level": .init(ms: "Tahap", en: "Level"),
        "open_to_matching": .init(ms: "Majikan boleh mencari saya (tanpa nama)", en: "Employers may find me (anonymously)"),
        "yes": .init(ms: "Ya", en: "Yes"),
        "no": .init(ms: "Tidak", en: "No"),
        "no_record": .init(
            ms: "Akaun anda tidak dipautkan kepada rekod graduan.",
            en: "Your account is not linked to a graduate record."),
        "error_title": .init(ms: "Halaman ini tidak dapat dipaparkan", en: "This page cannot be shown"),
        "error_back": .init(ms: "Kembali ke halaman utama", en: "Back to the home page"),
        "not_found": .init(ms: "Halaman ini tidak wujud.", en: "There is no such page."),
        "forbidden": .init(ms: "Anda tidak dibenarkan melihat halaman ini.", en: "You may not see this page."),
        "bad_form": .init(
            ms: "Borang ini telah tamat tempoh atau tidak lengkap. Muat semula halaman dan cuba lagi.",
            en: "This form has expired or is incomplete. Reload the page and try again."),
    ]

    /// Every text in one language, for a template's `t`.
    public static func strings(_ language: PageLanguage) -> [String: String] {
        entries.mapValues { language == .ms ? $0.ms : $0.en }
    }

    /// One text.
    public static func text(_ key: String, _ language: PageLanguage) -> String {
        entries[key].map { language == .ms ? $0.ms : $0.en } ?? key
    }

    /// The keys every language has.
    public static var keys: Set<String> { Set(entries.keys) }
}
