import TVET
/// MASCO 2020 unit groups (four digits; the structure follows ISCO-08) that graduates of each field work in.
enum Occupations {
    struct Occupation: Sendable {
        let code: String
        let title: BilingualText
    }

    static func of(_ field: TVETField) -> [Occupation] {
        let rows: [(String, String, String)]
        switch field {
        case .electrical:
            rows = [("7411", "Juruelektrik bangunan", "Building electrician"),
                    ("7412", "Mekanik dan pemasang elektrik", "Electrical mechanic and fitter"),
                    ("7413", "Pemasang dan pembaik talian elektrik", "Electrical line installer"),
                    ("3113", "Juruteknik kejuruteraan elektrik", "Electrical engineering technician")]
        case .electronics:
            rows = [("7421", "Mekanik dan pembaik elektronik", "Electronics mechanic and servicer"),
                    ("3114", "Juruteknik kejuruteraan elektronik", "Electronics engineering technician"),
                    ("8212", "Pemasang peralatan elektrik dan elektronik", "Electronic equipment assembler"),
                    ("7422", "Pemasang dan pembaik peralatan ICT", "ICT equipment installer and servicer")]
        case .mechanical:
            rows = [("3115", "Juruteknik kejuruteraan mekanikal", "Mechanical engineering technician"),
                    ("7233", "Mekanik jentera perindustrian", "Industrial machinery mechanic"),
                    ("8189", "Pengendali loji dan mesin pegun", "Stationary plant and machine operator")]
        case .manufacturing:
            rows = [("7223", "Penetap dan pengendali mesin alat", "Machine tool setter and operator"),
                    ("7222", "Pembuat alat dan acuan", "Toolmaker"),
                    ("3122", "Penyelia pembuatan", "Manufacturing supervisor"),
                    ("8219", "Pemasang produk", "Product assembler")]
        case .ict:
            rows = [("3512", "Juruteknik sokongan pengguna ICT", "ICT user support technician"),
                    ("3513", "Juruteknik rangkaian dan sistem komputer", "Computer network and systems technician"),
                    ("3514", "Juruteknik web", "Web technician"),
                    ("2512", "Pembangun perisian", "Software developer")]
        case .automotive:
            rows = [("7231", "Mekanik kenderaan bermotor", "Motor vehicle mechanic"),
                    ("7213", "Pekerja kepingan logam (panel)", "Panel beater"),
                    ("7132", "Pengecat sembur", "Spray painter")]
        case .hospitality:
            rows = [("4224", "Penyambut tetamu hotel", "Hotel receptionist"), ("5131", "Pelayan", "Waiter"),
                    ("5151", "Penyelia pengemasan", "Housekeeping supervisor"),
                    ("4221", "Perunding pelancongan", "Travel consultant")]
        case .culinary:
            rows = [("5120", "Tukang masak", "Cook"), ("3434", "Cef", "Chef"),
                    ("7512", "Pembuat roti dan pastri", "Baker and pastry cook"),
                    ("7514", "Pemproses makanan", "Food processing worker")]
        case .agriculture:
            rows = [("6111", "Penanam tanaman", "Crop grower"), ("6121", "Penternak", "Livestock farmer"),
                    ("6221", "Pekerja akuakultur", "Aquaculture worker"),
                    ("3142", "Juruteknik pertanian", "Agricultural technician")]
        case .construction:
            rows = [("7112", "Tukang batu", "Bricklayer"), ("7115", "Tukang kayu", "Carpenter"),
                    ("7126", "Tukang paip", "Plumber"), ("3112", "Juruteknik kejuruteraan awam", "Civil engineering technician"),
                    ("3123", "Penyelia pembinaan", "Construction supervisor")]
        case .welding:
            rows = [("7212", "Jurukimpal dan pemotong api", "Welder and flame cutter"),
                    ("7214", "Penyedia dan pemasang logam struktur", "Structural metal fabricator")]
        case .oilGas:
            rows = [("3134", "Pengendali loji penapisan petroleum", "Petroleum refining plant operator"),
                    ("8113", "Penggerudi telaga", "Well driller"),
                    ("3133", "Pengawal loji pemprosesan kimia", "Chemical processing plant controller")]
        case .aviation:
            rows = [("7232", "Mekanik enjin pesawat", "Aircraft maintenance mechanic"),
                    ("3155", "Juruteknik elektronik keselamatan penerbangan", "Aviation electronics technician"),
                    ("5111", "Anak kapal kabin", "Cabin crew")]
        case .marine:
            rows = [("3151", "Jurutera kapal", "Ship's engineer"), ("8350", "Anak kapal dek", "Deck crew"),
                    ("3152", "Pegawai dek kapal", "Ship's deck officer")]
        case .fashion:
            rows = [("7531", "Tukang jahit dan pembuat pakaian", "Tailor and dressmaker"),
                    ("8153", "Pengendali mesin jahit", "Sewing machine operator"),
                    ("7532", "Pembuat pola dan pemotong pakaian", "Garment pattern maker and cutter")]
        case .beauty:
            rows = [("5141", "Pendandan rambut", "Hairdresser"), ("5142", "Ahli terapi kecantikan", "Beauty therapist")]
        case .healthcare:
            rows = [("5321", "Pembantu penjagaan kesihatan", "Health care assistant"),
                    ("3256", "Pembantu perubatan", "Medical assistant"),
                    ("3212", "Juruteknologi makmal perubatan", "Medical laboratory technician"),
                    ("5311", "Pekerja penjagaan kanak-kanak", "Child care worker")]
        case .creativeMedia:
            rows = [("2166", "Pereka grafik dan multimedia", "Graphic and multimedia designer"),
                    ("3431", "Jurugambar", "Photographer"),
                    ("3521", "Juruteknik penyiaran dan audio visual", "Broadcast and audio-visual technician")]
        case .business:
            rows = [("4110", "Kerani am", "General office clerk"), ("4311", "Kerani perakaunan", "Accounts clerk"),
                    ("3313", "Pembantu akauntan", "Accounting assistant"), ("4120", "Setiausaha", "Secretary"),
                    ("5223", "Pembantu jualan", "Sales assistant")]
        case .rac:
            rows = [("7127", "Mekanik penyaman udara dan penyejukan", "Air-conditioning and refrigeration mechanic"),
                    ("3115", "Juruteknik kejuruteraan mekanikal (HVAC)", "HVAC technician")]
        }
        return rows.map { Occupation(code: $0.0, title: BilingualText(ms: $0.1, en: $0.2)) }
    }
}
