import Analytics
import Foundation
import Hummingbird
import Reports
import Web

/// `/`: what DataRaya is, the national headline figures as the public get them (small cells withheld, exactly as the
/// API's overview), and the way to everything else. `/assets/site.css`: the one stylesheet, served by DataRaya itself.
struct HomePageController {
    let analytics: DashboardService
    let renderer: PageRenderer
    let threshold: Int

    func register(in pages: PageRoutes) {
        pages.add(.get, "/") { request, context in try home(request: request, context: context) }
        pages.add(.get, "/assets/site.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Self.stylesheet)))
        }
    }

    /// The pages' own style, then the style of the charts they share with the reports.
    static let stylesheet = PageRenderer.stylesheet + "\n" + ChartStyle.rules + "\n"

    func home(request: Request, context: DataRayaRequestContext) throws -> Response {
        let page = try PageRequest(request)
        let overview = try analytics.dashboard(name: "overview", filters: DashboardFilters(), audience: .public(threshold: threshold))
        let totals = overview.figures.first { $0.id == "totals" }
        let figures: [[String: Any]] = (totals?.rows ?? []).compactMap { row in
            guard case .text(let code)? = row.cells.first else { return nil }
            var figure: [String: Any] = ["code": code, "label": PageText.text("cluster_" + code, page.language)]
            if let value = row.cells.last?.doubleValue { figure["value"] = Self.count(value, page.language) }
            return figure
        }
        let title = PageText.text("home", page.language)
        let html = try renderer.render("home", model: page.model(title: title, caller: context.caller), content: [
            // The registrations queue is offered only to those the policy lets decide registrations.
            "figures": figures, "decides_registrations": context.caller.decide(.decideRegistration).isAllowed,
        ])
        return page.html(html)
    }

    /// A count as people in Malaysia read it, in either language: 1,234,567.
    static func count(_ value: Double, _ language: PageLanguage) -> String {
        let digits = String(Int64(value.rounded()))
        var grouped = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 && digit != "-" { grouped.append(",") }
            grouped.append(digit)
        }
        return String(grouped.reversed())
    }
}
