extension TVETSchema {
    /// The column a query path names from `dataset`, following many-to-one links by their names
    /// (`programme.institution.state` from graduates), with every dataset the path passes through.
    public static func resolve(path: String, from dataset: DatasetSchema) -> (column: ColumnSchema, datasets: [DatasetSchema])? {
        var current = dataset
        var passed = [dataset]
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for link in parts.dropLast() {
            guard let column = current.links.first(where: { $0.linkName == link }), let target = self.dataset(named: column.linksTo!)
            else { return nil }
            current = target
            passed.append(target)
        }
        guard let last = parts.last, let column = current.column(named: last) else { return nil }
        return (column, passed)
    }

    /// Every column a query path reads from `dataset`, each with its dataset: the link columns it follows, then the
    /// column it names (`programme.institution.state` from graduates: graduates.programme_id,
    /// programmes.institution_id, institutions.state).
    public static func columns(along path: String, from dataset: DatasetSchema)
        -> [(dataset: DatasetSchema, column: ColumnSchema)]?
    {
        guard let (column, passed) = resolve(path: path, from: dataset) else { return nil }
        let links = path.split(separator: ".").dropLast().enumerated().map { step, link in
            (passed[step], passed[step].links.first { $0.linkName == String(link) }!)
        }
        return links + [(passed.last!, column)]
    }
}
