import Analytics

/// Which version of a figure a section needs: computed with the report's filters, or the national one to compare with.
public struct FigureRequest: Sendable, Hashable {
    public enum Scope: String, Sendable, Hashable {
        /// With every filter of the report.
        case selection
        /// With the report's filters except `institution_id` (`ReportContext.nationalFilters`).
        case national
    }

    public var reference: String
    public var scope: Scope

    public init(reference: String, scope: Scope = .selection) {
        self.reference = reference
        self.scope = scope
    }
}

/// Where the renderer gets its figures: a function (the analytics service behind the HTTP API or the CLI) or
/// figures computed beforehand.
public struct FigureSource {
    private let fetch: (FigureRequest) throws -> Figure

    /// A source that answers both scopes; a thrown error stops the rendering and names the figure.
    public init(_ fetch: @escaping (FigureRequest) throws -> Figure) {
        self.fetch = fetch
    }

    /// A source for reports without national comparisons: every request is answered by reference alone.
    public init(references fetch: @escaping (String) throws -> Figure) {
        self.fetch = { request in try fetch(request.reference) }
    }

    /// Figures computed beforehand, keyed by reference, with the national ones apart.
    public init(figures: [String: Figure], nationalFigures: [String: Figure] = [:]) {
        self.fetch = { request in
            let figures = request.scope == .selection ? figures : nationalFigures
            guard let figure = figures[request.reference] else {
                throw ReportRenderError.figureUnavailable(
                    reference: request.reference, scope: request.scope, reason: "not among the figures given")
            }
            return figure
        }
    }

    func figure(_ request: FigureRequest) throws -> Figure {
        do {
            return try fetch(request)
        } catch let error as ReportRenderError {
            throw error
        } catch {
            throw ReportRenderError.figureUnavailable(
                reference: request.reference, scope: request.scope, reason: String(describing: error))
        }
    }
}
