import Columnar
import TVET

/// The applications dashboard: UP_TVET applications against seats, with offer and acceptance rates, by field and by
/// programme.
enum ApplicationsDashboard: DashboardDefinition {
    static let name = "applications"
    static let title = BilingualText(ms: "Permohonan UP_TVET", en: "UP_TVET applications")

    static let method = BilingualText(
        ms: "Permohonan UP_TVET mengikut bidang atau program yang dipohon. Tawaran ialah permohonan berstatus OFFERED "
            + "atau ACCEPTED; penerimaan ialah ACCEPTED. Kadar tawaran = tawaran / permohonan; kadar penerimaan = "
            + "penerimaan / tawaran. Tempat ialah tempat setahun program; permohonan setiap tempat = permohonan / "
            + "(tempat × bilangan tahun ambilan dalam permohonan yang dipilih). Penapis tahun memilih tahun ambilan.",
        en: "UP_TVET applications by the field or programme applied for. Offers are applications whose status is OFFERED "
            + "or ACCEPTED; acceptances are ACCEPTED. Offer rate = offers / applications; acceptance rate = acceptances / "
            + "offers. Seats are the programmes' seats a year; applications per seat = applications / (seats × the number "
            + "of intake years among the selected applications). The year filter selects the intake year.")

    static let columns: [FigureColumn] = [
        Columns.measure("applications", "Permohonan", "Applications", unit: .count),
        Columns.measure("seats", "Tempat", "Seats", unit: .count),
        Columns.measure("offers", "Tawaran", "Offers", unit: .count),
        Columns.measure("acceptances", "Penerimaan", "Acceptances", unit: .count),
        Columns.measure(
            "applications_per_seat", "Permohonan setiap tempat", "Applications per seat", unit: .ratio,
            basis: "applications"),
        Columns.measure("offer_rate", "Kadar tawaran", "Offer rate", unit: .rate, basis: "applications"),
        Columns.measure("acceptance_rate", "Kadar penerimaan", "Acceptance rate", unit: .rate, basis: "offers"),
    ]

    /// Counts of one group, from the applications and the programmes' seats.
    struct Counts: Sendable {
        var applications: Int64 = 0
        var seats: Int64 = 0
        var offers: Int64 = 0
        var acceptances: Int64 = 0
    }

    /// Applications by intake, field, programme and status; the programmes' seats.
    static let reads = FigureReads(
        [
            .applications: ["intake", "programme.field", "programme_id", "status"],
            .programmes: ["field", "programme_id", "seats"],
        ],
        scopes: [.applications, .programmes])

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let filters = DatasetScope.applications.engineFilters(context.filters)
        // The intake years are the groups of a count; the engine's count_distinct overruns a buffer on full batches.
        let intakes = try context.run(
            Query(dataset: DatasetSchema.applications.name, filters: filters, groupBy: ["intake"], measures: [Measure(fn: .count, as: "n")]),
            for: "applications/by-field")
        let intakeYears = Int64(max(1, intakes.count))
        let byField = try counts(context, filters: filters, applicationKey: "programme.field", programmeKey: "field")
        let byProgramme = try counts(context, filters: filters, applicationKey: "programme_id", programmeKey: "programme_id")
        let fieldDraft = draft(
            context, id: "by-field", title: BilingualText(ms: "Permohonan mengikut bidang", en: "Applications by field"),
            dimension: Columns.field, counts: byField, intakeYears: intakeYears)
        let programmeDraft = draft(
            context, id: "by-programme",
            title: BilingualText(ms: "Permohonan mengikut program", en: "Applications by programme"),
            dimension: Columns.programme, counts: byProgramme, intakeYears: intakeYears)
        return [fieldDraft, programmeDraft]
    }

    private static func draft(
        _ context: FigureContext, id: String, title: BilingualText, dimension: FigureColumn, counts: [String: Counts],
        intakeYears: Int64
    ) -> FigureDraft {
        let rows: [[FigureCell]] = counts.keys.sorted().map { key in
            let c = counts[key]!
            return [
                .text(key), .integer(c.applications), .integer(c.seats), .integer(c.offers), .integer(c.acceptances),
                c.seats > 0 ? .number(Double(c.applications) / Double(c.seats * intakeYears)) : .null,
                c.applications > 0 ? .number(Double(c.offers) / Double(c.applications)) : .null,
                // Public counts are perturbed each on its own, so acceptances can come out above offers.
                c.offers > 0 ? .number(min(1, Double(c.acceptances) / Double(c.offers))) : .null,
            ]
        }
        var draft = FigureDraft(
            figure: context.figure(
                name, id, title: title, method: method, scope: .applications, columns: [dimension] + columns, rows: rows))
        draft.dependencies = ["applications_per_seat": ["seats"], "offer_rate": ["offers"], "acceptance_rate": ["acceptances"]]
        draft.numerators = ["offer_rate": "offers", "acceptance_rate": "acceptances"]
        return draft
    }

    /// Applications, offers and acceptances by `applicationKey`, joined with the seats of programmes by `programmeKey`.
    private static func counts(
        _ context: FigureContext, filters: [Filter], applicationKey: String, programmeKey: String
    ) throws(AnalyticsError) -> [String: Counts] {
        let offered = Filter(column: "status", op: .in, values: ["OFFERED", "ACCEPTED"])
        let accepted = Filter(column: "status", op: .eq, value: "ACCEPTED")
        let applications = try context.run(
            Query(
                dataset: DatasetSchema.applications.name, filters: filters, groupBy: [applicationKey],
                measures: [
                    Measure(fn: .count, as: "n"), Measure(fn: .rate, where: offered, as: "offered"),
                    Measure(fn: .rate, where: accepted, as: "accepted"),
                ]), for: "applications")
        let seats = try context.run(
            Query(
                dataset: DatasetSchema.programmes.name, filters: DatasetScope.programmes.engineFilters(context.filters),
                groupBy: [programmeKey], measures: [Measure(fn: .sum, column: "seats", as: "seats")]), for: "applications")
        var counts: [String: Counts] = [:]
        for row in 0..<applications.count {
            let n = applications.integer(row, "n")
            let share = { (name: String) in Int64(((applications.double(row, name) ?? 0) * Double(n)).rounded()) }
            var entry = Counts()
            entry.applications = n
            entry.offers = share("offered")
            entry.acceptances = share("accepted")
            counts[applications.key(row, applicationKey) ?? ""] = entry
        }
        for row in 0..<seats.count { counts[seats.key(row, programmeKey) ?? "", default: Counts()].seats = seats.integer(row, "seats") }
        return counts
    }
}
