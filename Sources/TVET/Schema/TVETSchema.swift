/// The nine datasets of Data Raya TVET, in load order: every link points to a dataset earlier in the list.
public enum TVETSchema {
    public static let datasets: [DatasetSchema] = [
        .institutions, .programmes, .instructors, .employers, .applications, .students, .certificates, .graduates,
        .vacancies,
    ]

    public static func dataset(named name: some StringProtocol) -> DatasetSchema? {
        datasets.first { $0.name == name }
    }
}
