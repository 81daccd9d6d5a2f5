import Analytics
import Columnar
import Foundation
import Hummingbird
import Reports
import TVET
import Web

/// `/dashboards` and `/dashboards/{name}`: every dashboard of CONTRACT 3.7 as a page, with a filter form that uses the
/// API's parameter names, each figure's table, method and CSV link. The figures are those the API gives the same
/// caller: public (small cells withheld) for everyone, unsuppressed for a signed-in role the access policy clears.
struct DashboardPagesController {
    let analytics: DashboardService
    let renderer: PageRenderer
    let threshold: Int
    /// The engine's current snapshot, for the institutions to choose from.
    let catalog: @Sendable () -> Catalog

    func register(in pages: PageRoutes) {
        pages.add(.get, "/dashboards") { request, context in try list(request: request, context: context) }
        pages.add(.get, "/dashboards/:name", parameters: DashboardFilters.parameters) { request, context in
            try dashboard(request: request, context: context)
        }
        pages.add(.get, "/diagnostics/:name", parameters: DashboardFilters.parameters + DiagnosticParameters.names) { request, context in
            try diagnostic(request: request, context: context)
        }
    }

    func list(request: Request, context: DataRayaRequestContext) throws -> Response {
        let page = try PageRequest(request)
        let items = DashboardService.dashboardNames.compactMap { name -> [String: String]? in
            guard let dashboard = try? analytics.dashboard(name: name, filters: DashboardFilters(), audience: .public(threshold: threshold)) else { return nil }
            return ["name": name, "title": words(dashboard.title, page.language)]
        }
        let diagnostics = DashboardService.diagnosticNames.map { ["name": $0, "title": PageText.text("diagnostic_" + $0, page.language)] }
        let html = try renderer.render(
            "dashboards", model: page.model(title: PageText.text("dashboards_title", page.language), caller: context.caller),
            content: ["dashboards": items, "diagnostics": diagnostics])
        return page.html(html)
    }

    func dashboard(request: Request, context: DataRayaRequestContext) throws -> Response {
        let page = try PageRequest(request)
        let name = context.parameters.get("name") ?? ""
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where key != "lang" { query[String(key)] = String(value) }
        let filters = try DashboardFilters(query: query)
        let audience = AudienceChoice.caller(context.caller.principal, threshold: threshold).audience(forDashboard: name)
        context.audit.record(dataset: "dashboards/" + name, classification: audience == .cleared ? "SULIT" : "TERBUKA")
        let dashboard = try analytics.dashboard(name: name, filters: filters, audience: audience)
        let language: ReportLanguage = page.language == .ms ? .ms : .en
        let filterQuery = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        let figures: [[String: Any]] = dashboard.figures.map { figure in
            [
                "id": figure.id, "title": language.pick(figure.title), "method": language.pick(figure.method),
                "table": FigureFragment.table(figure, language: language),
                "chart": FigureFragment.chart(figure, filters: filters, language: language),
                "csv": "/api/v1/dashboards/\(name)/\(figure.id).csv" + (filterQuery.isEmpty ? "" : "?" + filterQuery),
            ]
        }
        let content: [String: Any] = [
            "name": name, "dashboard_title": language.pick(dashboard.title), "figures": figures, "public": audience != .cleared,
            "form_action": "/dashboards/\(name)",
            "filters": filterForm(filters, language: page.language) + [institutionFilter(filters, language: page.language)],
        ]
        let html = try renderer.render("dashboard", model: page.model(title: language.pick(dashboard.title), caller: context.caller), content: content)
        return page.html(html)
    }

    /// A diagnostic (`employability-change`, `compare`) as a page: its own parameters as a form, then its figure with
    /// its chart, table, method and CSV link, for the same caller as `GET /api/v1/diagnostics/{name}`.
    func diagnostic(request: Request, context: DataRayaRequestContext) throws -> Response {
        let page = try PageRequest(request)
        let name = context.parameters.get("name") ?? ""
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where key != "lang" && !value.isEmpty { query[String(key)] = String(value) }
        let filters = try DashboardFilters(query: query.filter { DashboardFilters.parameters.contains($0.key) })
        let parameters = query.filter { DiagnosticParameters.names.contains($0.key) }
        let dashboard = DashboardService.diagnosticsDashboard
        let audience = AudienceChoice.caller(context.caller.principal, threshold: threshold).audience(forDashboard: dashboard)
        context.audit.record(dataset: "diagnostics/" + name, classification: audience == .cleared ? "SULIT" : "TERBUKA")
        let figure = try analytics.diagnostic(name: name, parameters: parameters, filters: filters, audience: audience)
        let language: ReportLanguage = page.language == .ms ? .ms : .en
        let csvQuery = query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        let thisYear = CivilDate.today().year
        func choices(_ name: String, _ values: [(String, String)], required: Bool) -> [String: Any] {
            ["name": name, "label": PageText.text(name, page.language), "required": required,
             "choices": values.map { ["code": $0.0, "label": $0.1, "selected": $0.0 == parameters[name]] }]
        }
        let years = (2015...thisYear).reversed().map { (String($0), String($0)) }
        var form = [
            choices("group_by", DiagnosticParameters.dimensions.map { ($0.name, PageText.text($0.name, page.language)) }, required: true),
            choices("measure", DiagnosticParameters.RateMeasure.allCases.map { ($0.rawValue, PageText.text("measure_" + $0.rawValue, page.language)) }, required: true),
        ]
        if name == "employability-change" { form = [choices("from", years, required: false), choices("to", years, required: false)] + form }
        let content: [String: Any] = [
            "name": name, "dashboard_title": PageText.text("diagnostic_" + name, page.language), "public": audience != .cleared,
            "form_action": "/diagnostics/\(name)", "filters": form,
            "figures": [[
                "id": figure.id, "title": language.pick(figure.title), "method": language.pick(figure.method),
                "table": FigureFragment.table(figure, language: language), "chart": FigureFragment.chart(figure, filters: filters, language: language),
                "csv": "/api/v1/dashboards/\(dashboard)/\(name).csv" + (csvQuery.isEmpty ? "" : "?" + csvQuery),
            ]],
        ]
        let html = try renderer.render("dashboard", model: page.model(title: PageText.text("diagnostic_" + name, page.language), caller: context.caller), content: content)
        return page.html(html)
    }

    /// The institution filter, for drilling down from the country to a state to one institution: the institutions of
    /// the chosen state (of the country when none is chosen), by name.
    /// The institution filter lists the chosen state's institutions: the drill-down goes from the country to a state
    /// to one institution. Without a state it lists only an institution already chosen, and asks for a state first
    /// (the whole country's institutions, over a thousand, make a list nobody can use on a phone).
    func institutionFilter(_ filters: DashboardFilters, language: PageLanguage) -> [String: Any] {
        let institutions = catalog().table(DatasetSchema.institutions.name)
        var choices: [(String, String)] = []
        if let table = institutions {
            if let state = filters.state {
                for row in 0..<table.rowCount where table.text("state", row: row) == state {
                    if let id = table.text("institution_id", row: row) { choices.append((id, table.text("name", row: row) ?? id)) }
                }
            } else if let chosen = filters.institutionId, let row = table.row(forKey: chosen) {
                choices.append((chosen, table.text("name", row: row) ?? chosen))
            }
        }
        choices.sort { ($0.1, $0.0) < ($1.1, $1.0) }
        var filter: [String: Any] = [
            "name": "institution_id", "label": PageText.text("institution", language),
            "choices": choices.map { ["code": $0.0, "label": $0.1, "selected": $0.0 == filters.institutionId] },
        ]
        if filters.state == nil { filter["hint"] = PageText.text("institution_state_first", language) }
        return filter
    }

    /// The filter form: each filter a list of the values its value set accepts, the chosen one selected.
    func filterForm(_ filters: DashboardFilters, language: PageLanguage) -> [[String: Any]] {
        let thisYear = CivilDate.today().year
        let sets: [(String, String?, [(String, String)])] = [
            ("year", filters.year.map(String.init), (2015...thisYear).reversed().map { (String($0), String($0)) }),
            ("state", filters.state, MalaysianState.allCases.map { ($0.name, $0.name) }),
            ("field", filters.field, TVETField.allCases.map { ($0.rawValue, words($0.label, language)) }),
            ("level", filters.level.map(String.init), (1...5).map { (String($0), String($0)) }),
            ("ministry", filters.ministry, Ministry.allCases.map { ($0.rawValue, words($0.label, language)) }),
            ("institution_type", filters.institutionType, InstitutionType.allCases.map { ($0.rawValue, words($0.label, language)) }),
        ]
        return sets.map { name, chosen, values in
            ["name": name, "label": PageText.text(name, language), "choices": values.map { ["code": $0.0, "label": $0.1, "selected": $0.0 == chosen] }]
        }
    }
}
