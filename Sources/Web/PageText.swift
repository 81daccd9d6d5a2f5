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
        "jobs_title": .init(ms: "Pekerjaan untuk anda", en: "Jobs for you"),
        "jobs_lead": .init(
            ms: "Kekosongan yang masih dibuka, disusun mengikut kesesuaian dengan kemahiran, bidang, tahap, lokasi dan gaji anda.",
            en: "Vacancies still open, ranked by how well they fit your skills, field, level, location and salary."),
        "filters": .init(ms: "Tapis", en: "Filters"),
        "state": .init(ms: "Negeri", en: "State"),
        "any_state": .init(ms: "Semua negeri", en: "Any state"),
        "field": .init(ms: "Bidang", en: "Field"),
        "any_field": .init(ms: "Semua bidang", en: "Any field"),
        "min_salary": .init(ms: "Gaji minimum (RM sebulan)", en: "Minimum salary (RM a month)"),
        "match_by": .init(ms: "Padankan mengikut", en: "Match by"),
        "mode_skills": .init(ms: "Kemahiran saya", en: "My skills"),
        "mode_study": .init(ms: "Bidang pengajian saya", en: "My line of study"),
        "show_jobs": .init(ms: "Tunjukkan pekerjaan", en: "Show jobs"),
        "jobs_found": .init(ms: "Pekerjaan yang sesuai", en: "Matching jobs"),
        "no_jobs": .init(ms: "Tiada kekosongan yang sepadan dengan penapis ini.", en: "No vacancy matches these filters."),
        "closes": .init(ms: "tutup", en: "closes"),
        "how_you_match": .init(ms: "Bagaimana anda sepadan", en: "How you match"),
        "criterion": .init(ms: "Kriteria", en: "Criterion"),
        "match": .init(ms: "Padanan", en: "Match"),
        "criterion_skills": .init(ms: "Kemahiran", en: "Skills"),
        "criterion_field": .init(ms: "Bidang", en: "Field"),
        "criterion_level": .init(ms: "Tahap kelayakan", en: "Qualification level"),
        "criterion_location": .init(ms: "Lokasi", en: "Location"),
        "criterion_salary": .init(ms: "Gaji", en: "Salary"),
        "skills_you_have": .init(ms: "Kemahiran yang anda ada", en: "Skills you have"),
        "skills_you_lack": .init(ms: "Kemahiran yang belum ada", en: "Skills you lack"),
        "stars_of_five": .init(ms: "bintang daripada 5", en: "stars out of 5"),
        "link_jobs": .init(ms: "Pekerjaan untuk anda", en: "Jobs for you"),
        "invitations_title": .init(ms: "Jemputan daripada majikan", en: "Invitations from employers"),
        "invitations_lead": .init(
            ms: "Majikan hanya mengenali anda tanpa nama sehingga anda menerima jemputan mereka.",
            en: "Employers know you only anonymously until you accept their invitation."),
        "no_invitations": .init(ms: "Belum ada jemputan.", en: "No invitations yet."),
        "share_legend": .init(ms: "Hubungan yang dikongsi dengan majikan ini", en: "Contact to share with this employer"),
        "share_email": .init(ms: "E-mel", en: "E-mail"),
        "share_phone": .init(ms: "Telefon", en: "Telephone"),
        "accept": .init(ms: "Terima", en: "Accept"),
        "decline": .init(ms: "Tolak", en: "Decline"),
        "you_shared": .init(ms: "Anda berkongsi", en: "You shared"),
        "invitation_pending": .init(ms: "Menunggu jawapan anda", en: "Awaiting your answer"),
        "invitation_accepted": .init(ms: "Diterima", en: "Accepted"),
        "invitation_declined": .init(ms: "Ditolak", en: "Declined"),
        "link_invitations": .init(ms: "Jemputan daripada majikan", en: "Invitations from employers"),
        "edit_title": .init(ms: "Kemas kini profil anda", en: "Update your profile"),
        "saved": .init(ms: "Perubahan anda telah disimpan.", en: "Your changes are saved."),
        "skills_keep": .init(ms: "Kemahiran anda (nyahtanda untuk membuang)", en: "Your skills (untick to remove)"),
        "add_skill": .init(ms: "Tambah kemahiran", en: "Add a skill"),
        "add_skill_hint": .init(ms: "Taip nama kemahiran dan pilih daripada senarai.", en: "Type a skill's name and pick it from the list."),
        "add_skill_unknown": .init(
            ms: "Kemahiran itu tiada dalam senarai kemahiran. Pilih nama daripada senarai.",
            en: "That skill is not in the list of skills. Pick a name from the list."),
        "contact_legend": .init(ms: "Hubungan untuk majikan", en: "Contact for employers"),
        "contact_hint": .init(
            ms: "Majikan hanya melihat apa yang anda pilih untuk dikongsi apabila anda menerima jemputan mereka.",
            en: "Employers see only what you choose to share when you accept their invitation."),
        "contact_email_invalid": .init(ms: "Masukkan alamat e-mel seperti nama@contoh.com.my.", en: "Enter an e-mail address such as nama@contoh.com.my."),
        "contact_phone_invalid": .init(
            ms: "Masukkan nombor telefon 8 hingga 15 digit, seperti +60 12-345 6789.",
            en: "Enter a telephone number of 8 to 15 digits, such as +60 12-345 6789."),
        "save": .init(ms: "Simpan", en: "Save"),
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
