import TVET
/// Administrative districts of each state with approximate coordinates of their main town, for institution locations.
/// The first district of each state is its most populous and is drawn twice as often.
enum Places {
    struct District: Sendable {
        let name: String
        let latitude: Double
        let longitude: Double
    }

    static func districts(of state: MalaysianState) -> [District] {
        let rows: [(String, Double, Double)]
        switch state {
        case .johor:
            rows = [("Johor Bahru", 1.49, 103.74), ("Batu Pahat", 1.85, 102.93), ("Muar", 2.04, 102.57),
                    ("Kluang", 2.03, 103.32), ("Kulai", 1.66, 103.60), ("Segamat", 2.51, 102.82),
                    ("Pontian", 1.49, 103.39), ("Kota Tinggi", 1.73, 103.90), ("Mersing", 2.43, 103.84),
                    ("Tangkak", 2.27, 102.55)]
        case .kedah:
            rows = [("Kota Setar", 6.12, 100.37), ("Kuala Muda", 5.65, 100.49), ("Kulim", 5.37, 100.56),
                    ("Kubang Pasu", 6.42, 100.43), ("Baling", 5.68, 100.92), ("Langkawi", 6.35, 99.80),
                    ("Yan", 5.80, 100.38), ("Pendang", 5.99, 100.48)]
        case .kelantan:
            rows = [("Kota Bharu", 6.13, 102.24), ("Pasir Mas", 6.05, 102.14), ("Tumpat", 6.20, 102.17),
                    ("Tanah Merah", 5.80, 102.15), ("Machang", 5.77, 102.22), ("Kuala Krai", 5.53, 102.20),
                    ("Gua Musang", 4.88, 101.97), ("Bachok", 6.07, 102.40), ("Pasir Puteh", 5.83, 102.40)]
        case .melaka:
            rows = [("Melaka Tengah", 2.20, 102.25), ("Alor Gajah", 2.38, 102.21), ("Jasin", 2.31, 102.43)]
        case .negeriSembilan:
            rows = [("Seremban", 2.73, 101.94), ("Port Dickson", 2.52, 101.80), ("Rembau", 2.59, 102.09),
                    ("Kuala Pilah", 2.74, 102.25), ("Jempol", 2.89, 102.40), ("Tampin", 2.47, 102.23),
                    ("Jelebu", 3.03, 102.07)]
        case .pahang:
            rows = [("Kuantan", 3.81, 103.33), ("Temerloh", 3.45, 102.42), ("Bentong", 3.52, 101.91),
                    ("Raub", 3.79, 101.86), ("Jerantut", 3.94, 102.36), ("Pekan", 3.49, 103.39),
                    ("Cameron Highlands", 4.47, 101.38), ("Maran", 3.59, 102.77), ("Rompin", 2.80, 103.49),
                    ("Lipis", 4.18, 102.05)]
        case .pulauPinang:
            rows = [("Timur Laut", 5.41, 100.33), ("Barat Daya", 5.33, 100.23), ("Seberang Perai Utara", 5.42, 100.39),
                    ("Seberang Perai Tengah", 5.36, 100.47), ("Seberang Perai Selatan", 5.19, 100.49)]
        case .perak:
            rows = [("Kinta", 4.60, 101.08), ("Larut, Matang dan Selama", 4.85, 100.74), ("Manjung", 4.21, 100.66),
                    ("Hilir Perak", 4.02, 101.02), ("Kuala Kangsar", 4.77, 100.94), ("Kerian", 5.08, 100.56),
                    ("Batang Padang", 4.06, 101.29), ("Muallim", 3.80, 101.53), ("Hulu Perak", 5.45, 101.13)]
        case .perlis:
            rows = [("Kangar", 6.44, 100.20), ("Arau", 6.43, 100.27), ("Padang Besar", 6.66, 100.32)]
        case .selangor:
            rows = [("Petaling", 3.10, 101.60), ("Klang", 3.04, 101.45), ("Hulu Langat", 2.99, 101.79),
                    ("Gombak", 3.27, 101.56), ("Sepang", 2.83, 101.70), ("Kuala Langat", 2.82, 101.50),
                    ("Kuala Selangor", 3.34, 101.26), ("Hulu Selangor", 3.56, 101.65), ("Sabak Bernam", 3.77, 100.99)]
        case .terengganu:
            rows = [("Kuala Terengganu", 5.33, 103.14), ("Kemaman", 4.23, 103.42), ("Dungun", 4.76, 103.42),
                    ("Besut", 5.83, 102.55), ("Marang", 5.21, 103.21), ("Hulu Terengganu", 5.07, 103.01),
                    ("Setiu", 5.52, 102.74), ("Kuala Nerus", 5.38, 103.05)]
        case .sabah:
            rows = [("Kota Kinabalu", 5.98, 116.07), ("Sandakan", 5.84, 118.12), ("Tawau", 4.25, 117.89),
                    ("Lahad Datu", 5.03, 118.33), ("Keningau", 5.34, 116.16), ("Penampang", 5.92, 116.11),
                    ("Papar", 5.73, 115.93), ("Kudat", 6.88, 116.84), ("Beaufort", 5.35, 115.75),
                    ("Ranau", 5.95, 116.66), ("Semporna", 4.48, 118.61)]
        case .sarawak:
            rows = [("Kuching", 1.55, 110.34), ("Miri", 4.40, 113.99), ("Sibu", 2.30, 111.82), ("Bintulu", 3.17, 113.04),
                    ("Samarahan", 1.46, 110.49), ("Sri Aman", 1.24, 111.46), ("Kapit", 2.02, 112.93),
                    ("Mukah", 2.90, 112.09), ("Limbang", 4.75, 115.01), ("Sarikei", 2.13, 111.52),
                    ("Betong", 1.41, 111.52)]
        case .kualaLumpur:
            rows = [("Kuala Lumpur", 3.14, 101.69)]
        case .labuan:
            rows = [("Labuan", 5.28, 115.24)]
        case .putrajaya:
            rows = [("Putrajaya", 2.93, 101.69)]
        }
        return rows.map { District(name: $0.0, latitude: $0.1, longitude: $0.2) }
    }
}
