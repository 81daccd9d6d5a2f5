import TVET
/// Encodes the generated records in the column order of `TVETSchema` and writes the nine CSV files.
struct DatasetFileWriter {
    let directory: String
    let dataset: NationalDataset
    let asOf: CivilDate
    let injector: ErrorInjector?
    let progress: NationalDatasetGenerator.Progress

    mutating func writeAll() throws -> [GenerationSummary.File] {
        let d = dataset
        return [
            try write(.institutions, count: d.institutions.count) { row, i in
                let r = d.institutions[i]
                row.append(RecordID.institution(i))
                row.append(r.name)
                row.append(r.type.ministry.rawValue)
                row.append(r.type.rawValue)
                row.append(r.state.name)
                row.append(r.district.name)
                row.append(r.latitude, fractionDigits: 4)
                row.append(r.longitude, fractionDigits: 4)
            },
            try write(.programmes, count: d.programmes.count) { row, i in
                let r = d.programmes[i]
                row.append(RecordID.programme(i))
                row.append(RecordID.institution(r.institution))
                row.append(r.name)
                row.append(r.field.rawValue)
                row.append(optional: r.nossCode)
                row.append(r.level)
                row.append(r.durationMonths)
                row.append(r.seats)
            },
            try write(.instructors, count: d.instructors.count) { row, i in
                let r = d.instructors[i]
                row.append(RecordID.instructor(i))
                row.append(r.person.myKad)
                row.append(r.person.name)
                row.append(RecordID.institution(r.institution))
                row.append(r.field.rawValue)
                row.append(r.qualificationLevel)
                row.append(r.vtoCertified)
                row.append(r.yearsExperience)
            },
            try write(.employers, count: d.employers.count) { row, i in
                let r = d.employers[i]
                row.append(RecordID.employer(i))
                row.append(r.name)
                row.append(r.ssmNumber)
                row.append(r.section.rawValue)
                row.append(r.state.name)
                row.append(r.size)
            },
            try write(.applications, count: d.applications.count) { row, i in
                let r = d.applications[i]
                row.append(RecordID.application(i))
                row.append(r.person.myKad)
                row.append(r.person.name)
                row.append(r.intake)
                row.append(RecordID.programme(r.programme))
                row.append(r.choice)
                row.append(r.status)
                row.append(r.submittedOn)
            },
            try write(.students, count: d.students.count) { row, i in
                let r = d.students[i]
                row.append(RecordID.student(i))
                row.append(r.person.myKad)
                row.append(r.person.name)
                row.append(r.person.female ? "F" : "M")
                row.append(r.person.birthDate)
                row.append(r.person.stateOfOrigin.name)
                row.append(RecordID.programme(r.programme))
                row.append(r.intakeYear)
                row.append(r.status)
                row.append(optional: r.graduationYear)
            },
            try write(.certificates, count: d.certificates.count) { row, i in
                let r = d.certificates[i]
                row.append(RecordID.certificate(i))
                row.append(RecordID.student(r.student))
                row.append(r.type)
                row.append(optional: r.level)
                row.append(optional: r.nossCode)
                row.append(r.field.rawValue)
                row.append(r.issuedOn)
            },
            try write(.graduates, count: d.graduates.count) { row, i in
                let r = d.graduates[i]
                row.append(RecordID.graduate(i))
                row.append(RecordID.student(r.student))
                row.append(RecordID.programme(r.programme))
                row.append(r.year)
                row.append(r.status)
                row.append(optional: r.employer.map(RecordID.employer))
                row.append(optional: r.mascoCode)
                if let salary = r.salary { row.append(salary, fractionDigits: 0) } else { row.appendNull() }
                row.append(optional: r.monthsToEmployment)
                row.append(optional: r.stateOfWork?.name)
                row.append(list: r.skills)
                row.append(r.willingToRelocate)
                row.append(r.openToMatching)
            },
            try write(.vacancies, count: d.vacancies.count) { row, i in
                let r = d.vacancies[i]
                row.append(RecordID.vacancy(i))
                row.append(RecordID.employer(r.employer))
                row.append(r.title)
                row.append(r.mascoCode)
                row.append(r.field.rawValue)
                row.append(r.minLevel)
                row.append(list: r.essentialSkills)
                row.append(list: r.optionalSkills)
                row.append(r.state.name)
                row.append(r.salaryMin, fractionDigits: 0)
                row.append(r.salaryMax, fractionDigits: 0)
                row.append(r.openings)
                row.append(r.postedOn)
                row.append(r.closesOn)
            },
        ]
    }

    private mutating func write(
        _ schema: DatasetSchema, count: Int, encode: (inout CSVRow, Int) -> Void
    ) throws -> GenerationSummary.File {
        let writer = try CSVWriter(path: directory + "/" + schema.fileName)
        writer.writeHeader(schema.columnNames)
        var row = CSVRow()
        var injected = 0
        for index in 0..<count {
            if index % 200_000 == 0 && count > 200_000 { progress(schema.name, index, count) }
            row.removeAll()
            encode(&row, index)
            assert(row.count == schema.columns.count, "\(schema.name) encodes \(row.count) fields")
            writer.write(row)
            if let injector, injector.shouldInject() {
                var bad = row
                let defect = injector.corrupt(&bad, schema: schema, sequence: injected)
                injector.record(file: schema.fileName, line: writer.write(bad), defect: defect)
                injected += 1
            }
        }
        writer.close()
        return GenerationSummary.File(
            name: schema.fileName, rows: count, injectedErrors: injected, bytes: writer.bytesWritten)
    }

    /// `matching-truth.csv`: the occupation each programme trains for (not a dataset; the importer skips it).
    func writeMatchingTruth() throws {
        let writer = try CSVWriter(path: directory + "/" + NationalDatasetGenerator.matchingTruthName)
        writer.writeHeader(["programme_id", "masco_code"])
        var row = CSVRow()
        for (index, masco) in dataset.targetOccupations.enumerated() {
            row.removeAll()
            row.append(RecordID.programme(index))
            row.append(masco)
            writer.write(row)
        }
        writer.close()
    }

    func writeInjectedErrorManifest() throws {
        guard let injector else { return }
        try injector.writeManifest(to: directory + "/" + ErrorInjector.manifestName)
    }
}

extension CSVRow {
    mutating func append(optional text: String?) {
        if let text { append(text) } else { appendNull() }
    }

    mutating func append(optional value: Int?) {
        if let value { append(value) } else { appendNull() }
    }
}
