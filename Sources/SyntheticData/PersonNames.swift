import TVET
/// Malaysian personal names in the naming conventions of the country's communities, for synthetic people.
/// Community shares per state approximate the 2020 census; the community itself is never written to any dataset.
enum PersonNames {
    enum Community: CaseIterable { case malay, chinese, indian, sabahan, sarawakian }

    static func communityWeights(_ state: MalaysianState) -> [Double] {
        // malay, chinese, indian, Sabah Bumiputera, Sarawak Bumiputera
        switch state {
        case .pulauPinang: [45, 42, 11, 1, 1]
        case .kualaLumpur: [48, 40, 11, 0.5, 0.5]
        case .selangor: [60, 27, 12, 0.5, 0.5]
        case .johor: [62, 31, 6, 0.5, 0.5]
        case .perak: [58, 28, 13, 0.5, 0.5]
        case .negeriSembilan: [63, 21, 15, 0.5, 0.5]
        case .melaka: [70, 24, 6, 0, 0]
        case .pahang: [78, 15, 5, 1, 1]
        case .kedah: [80, 12, 7, 0.5, 0.5]
        case .perlis: [88, 8, 2, 1, 1]
        case .kelantan, .terengganu: [96, 3, 0.5, 0.25, 0.25]
        case .putrajaya: [97, 1, 1, 0.5, 0.5]
        case .sabah: [25, 10, 0.5, 64, 0.5]
        case .labuan: [50, 15, 1, 33, 1]
        case .sarawak: [30, 24, 0.5, 0.5, 45]
        }
    }

    static func name(community: Community, female: Bool, random: inout RandomSource) -> String {
        switch community {
        case .malay:
            let first: String
            if female {
                first = random.chance(0.55) ? "\(random.pick(malayFemalePrefixes)) \(random.pick(malayFemale))" : random.pick(malayFemale)
            } else {
                first = random.chance(0.5) ? "\(random.pick(malayMalePrefixes)) \(random.pick(malayMale))" : random.pick(malayMale)
            }
            return "\(first) \(female ? "binti" : "bin") \(random.pick(malayMale))"
        case .chinese:
            let given = female ? chineseFemale : chineseMale
            return "\(random.pick(chineseSurnames)) \(random.pick(given)) \(random.pick(chineseShared))"
        case .indian:
            return "\(random.pick(female ? indianFemale : indianMale)) \(female ? "a/p" : "a/l") \(random.pick(indianFathers))"
        case .sabahan:
            return "\(random.pick(female ? borneoFemale : borneoMale)) \(random.pick(sabahSurnames))"
        case .sarawakian:
            return "\(random.pick(female ? borneoFemale : borneoMale)) anak \(random.pick(sarawakFathers))"
        }
    }

    static let malayMalePrefixes = ["Muhammad", "Mohd", "Ahmad", "Muhammad", "Nik", "Wan"]
    static let malayFemalePrefixes = ["Nur", "Siti", "Nurul", "Nor", "Wan", "Puteri"]
    static let malayMale = [
        "Aiman", "Hafiz", "Haziq", "Irfan", "Syafiq", "Danial", "Faris", "Hakim", "Imran", "Izzat", "Luqman", "Nabil",
        "Firdaus", "Aqil", "Zulkifli", "Khairul", "Azlan", "Hisham", "Farhan", "Shahrul", "Adam", "Arif", "Fikri",
        "Iqbal", "Zikri", "Ismail", "Ibrahim", "Abdullah", "Hassan", "Hussin", "Osman", "Yusof", "Rahman", "Razak",
        "Salleh", "Mahmud", "Omar", "Zakaria", "Kassim", "Ali", "Sulaiman", "Ramli", "Harun", "Musa", "Hamzah",
        "Rosli", "Azman", "Kamal", "Rahim", "Mokhtar", "Nordin", "Zainal", "Amirul", "Hazim", "Syahmi", "Amin",
    ]
    static let malayFemale = [
        "Aisyah", "Aina", "Amira", "Balqis", "Damia", "Farah", "Hanis", "Izzati", "Syafiqah", "Nabila", "Nadia",
        "Qistina", "Sofea", "Alya", "Syahirah", "Athirah", "Farhana", "Liyana", "Najwa", "Husna", "Batrisyia",
        "Aqilah", "Hidayah", "Nadhirah", "Zulaikha", "Fatimah", "Khadijah", "Maisarah", "Safiya", "Ain", "Izzah",
    ]
    static let chineseSurnames = [
        "Tan", "Lim", "Lee", "Ng", "Wong", "Chan", "Ong", "Teoh", "Goh", "Chong", "Yap", "Low", "Chin", "Khoo", "Ho",
        "Leong", "Foo", "Lau", "Cheah", "Koh", "Tay", "Liew", "Yeoh", "Chua",
    ]
    static let chineseMale = ["Wei", "Hao", "Kai", "Jun", "Ming", "Sheng", "Yong", "Seng", "Choon", "Hong", "Zhi", "Kah"]
    static let chineseFemale = ["Mei", "Hui", "Ying", "Xin", "Siew", "Pei", "Shu", "Li", "Jia", "Yi", "Wen", "Ee"]
    static let chineseShared = [
        "Ling", "Han", "Jie", "Xuan", "Yee", "Teck", "Loong", "Kiat", "Qi", "Min", "Yan", "Fong", "Ern", "Sin",
    ]
    static let indianMale = [
        "Arun", "Kumar", "Ganesh", "Ravi", "Suresh", "Vinod", "Prakash", "Dinesh", "Kavin", "Tharun", "Sanjay",
        "Vijay", "Rajesh", "Naveen", "Hari", "Kishen", "Logesh", "Mugilan", "Saravanan", "Thinesh",
    ]
    static let indianFemale = [
        "Kavitha", "Priya", "Devi", "Shalini", "Thivya", "Sangeetha", "Nisha", "Kalaivani", "Malar", "Revathi",
        "Yamuna", "Anitha", "Dharshini", "Keerthana", "Pavithra", "Sharmila",
    ]
    static let indianFathers = [
        "Subramaniam", "Muniandy", "Krishnan", "Raman", "Rajan", "Gopal", "Nair", "Pillai", "Maniam", "Selvaraj",
        "Arumugam", "Murugan", "Samy", "Velu", "Ramasamy", "Govindasamy",
    ]
    static let borneoMale = [
        "Alvin", "Jimmy", "Rudy", "Maclean", "Nelson", "Jerry", "Ronald", "Clarence", "Justin", "Melvin", "Jabu",
        "Unggang", "Kanyan", "Edwin", "Bryan", "Dominic",
    ]
    static let borneoFemale = [
        "Fiona", "Gladys", "Joanna", "Elvina", "Mary", "Christina", "Lilian", "Agnes", "Esther", "Ivy", "Juliana",
        "Cynthia", "Rachel", "Janet", "Nancy", "Irene",
    ]
    static let sabahSurnames = [
        "Gunsalam", "Majinbon", "Gansau", "Sipaun", "Tangau", "Lojiki", "Sompotan", "Ambrose", "Malanjum", "Kitingan",
        "Ongkili", "Gimbang", "Tibin", "Sabin",
    ]
    static let sarawakFathers = [
        "Jugah", "Unting", "Nyipa", "Lasah", "Bujang", "Sindi", "Ngelai", "Manggie", "Empaling", "Lenggu", "Mawan",
        "Ngumbang", "Sagah", "Entili",
    ]
}
