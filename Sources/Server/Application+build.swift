import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import Matching
import NIOCore
import Reports
import Sharing
import Analytics
import HummingbirdAuth
import Store
import TVET
import Web

/// Everything the server needs that outlives a request.
public struct ServerServices: Sendable {
    public let data: DataService
    public let matching: MatchService
    public let analytics: DashboardService
    public let reports: ReportBuilder
    public let recorder: AuditRecorder
    /// Finds a principal's own records (graduates', applicants', employers').
    public let own: OwnRecords
    /// Draws the pages for people from their templates.
    public let pages: PageRenderer
    /// Password sign-in for every way in, with one lockout per person.
    public let logins: PasswordLogins
    /// The PDF renderers: a few at once, a short queue, then 503.
    let pdfs: AdmissionGate
    /// Data-sharing requests and their workflow.
    public let sharing: SharingService
    /// Self-registrations.
    public let registrations: RegistrationService

    /// `reports` holds the report definitions (the project's `reports/`).
    public init(data: DataService, matching: MatchService, reports: ReportLibrary, configuration: ServerConfiguration) throws {
        self.data = data
        self.matching = matching
        data.onPublish { [matching] dataset in matching.datasetChanged(dataset) }
        analytics = DashboardService(store: data.engine, cellKeySecret: data.store.cellKeySecret)
        self.reports = ReportBuilder(library: reports, analytics: analytics)
        recorder = AuditRecorder(store: data.store)
        own = OwnRecords(store: data.store)
        pages = try PageRenderer()
        pdfs = AdmissionGate(capacity: configuration.pdfRenderers, queueLimit: configuration.pdfQueue)
        sharing = SharingService(store: data.store, engine: data.engine)
        registrations = RegistrationService(store: data.store)
        logins = PasswordLogins(
            store: data.store, throttle: LoginThrottle(maxFailures: configuration.maxLoginFailures, window: configuration.loginWindow))
    }
}

/// Builds the router: middleware in order (metrics, security headers, audit, MyGDX headers, faults, authentication,
/// limits, each caller's share), then every
/// controller's routes, and `/openapi.json` built from those routes.
///
/// Metrics come first so that they count the status the client gets (errors have become responses by then).
/// Authentication comes before the limits so that a refused body is audited under the caller who sent it.
public func buildRouter(configuration: ServerConfiguration, services: ServerServices) -> Router<DataRayaRequestContext> {
    let router = Router(context: DataRayaRequestContext.self)
    _ = ServerMetrics.registry
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: AuditMiddleware(recorder: services.recorder))
    router.add(middleware: UXPMiddleware())
    router.add(middleware: FaultMiddleware())
    router.add(middleware: AuthenticationMiddleware(store: services.data.store, logins: services.logins, sharing: services.sharing))
    router.add(middleware: LimitsMiddleware(bodyLimit: configuration.bodyLimit))
    router.add(middleware: CallerLimitsMiddleware(configuration: configuration))
    let book = RouteBook(router: router)
    OperationsController(data: services.data, matching: services.matching, recorder: services.recorder, startedAt: Date()).register(in: book)
    // Records with personal data read by each caller this hour (data-loss prevention), for the API's two ways to them.
    let personalReads = PersonalReadBudget(limits: configuration.personalReads)
    DatasetController(data: services.data, own: services.own, limits: configuration, personalReads: personalReads, recorder: services.recorder)
        .register(in: book)
    QueryController(data: services.data, limits: configuration, personalReads: personalReads, recorder: services.recorder).register(in: book)
    UPTVETController(data: services.data, logins: services.logins, limits: configuration).register(in: book)
    MatchController(data: services.data, matching: services.matching, own: services.own, maxProfileSkills: configuration.maxProfileSkills)
        .register(in: book)
    InvitationController(data: services.data, own: services.own).register(in: book)
    AccessLogController(data: services.data, own: services.own).register(in: book)
    ContactController(data: services.data).register(in: book)
    UserAdminController(administration: UserAdministration(store: services.data.store), limits: configuration).register(in: book)
    AnalyticsController(analytics: services.analytics, threshold: configuration.disclosureThreshold).register(in: book)
    ReportController(
        data: services.data, builder: services.reports, threshold: configuration.disclosureThreshold, pdfs: services.pdfs,
        picker: InstitutionPicker(pages: services.pages))
        .register(in: book)
    CatalogueController(data: services.data, limits: configuration).register(in: book)
    RequestController(sharing: services.sharing, limits: configuration).register(in: book)
    GrantController(sharing: services.sharing).register(in: book)
    RegistrationController(registrations: services.registrations).register(in: book)
    registerPages(on: router, configuration: configuration, services: services)
    let document = OpenAPIDocument.build(book.entries + [openAPIEntry])
    let body = (try? JSONEncoder().encode(document)) ?? Data()
    book.add(.get, "/openapi.json", tag: openAPIEntry.tag, summary: openAPIEntry.summary, access: openAPIEntry.access, response: .openAPI) { _, _ in
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
    return router
}

private let openAPIEntry = RouteBook.Entry(
    method: .get, path: "/openapi.json", summary: "This API's OpenAPI 3.1 description", description: "", access: "anyone",
    tag: "Operations", requestBody: nil, response: .openAPI, parameters: [])

/// The application: the router served on the configured address, closing a connection that sends nothing for
/// `idleTimeout` (a request head still unread counts as nothing), answering 408 to a body that takes longer than
/// `requestBodyTimeout`, and accepting at most `maxConnections` at once (closing the one that has waited longest for
/// a request to make room, see `ConnectionRoster`).
/// `onListening` gets the port the server listens on (the chosen one when the configured port is 0).
public func buildApplication(
    configuration: ServerConfiguration, services: ServerServices, logger: Logger = Logger(label: "DataRaya"),
    onListening: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let roster = ConnectionRoster(capacity: configuration.maxConnections)
    let bodyTimeout = TimeAmount.nanoseconds(configuration.requestBodyTimeout.nanoseconds)
    return Application(
        router: buildRouter(configuration: configuration, services: services),
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [roster.handler(), RequestBodyDeadline(limit: bodyTimeout, logger: logger)],
                idleTimeout: .nanoseconds(configuration.idleTimeout.nanoseconds))),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "DataRaya",
            availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections)),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// Sets the request's body limit in its context (the decoders and `collectBody` honour it) and refuses a declared
/// `Content-Length` above it before reading anything.
struct LimitsMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
            throw APIError(.contentTooLarge, reason: "BodyTooLarge", message: "The request body is larger than \(bodyLimit) bytes.")
        }
        var context = context
        context.bodyLimit = bodyLimit
        return try await next(request, context)
    }
}

/// The pages for people (CONTRACT 3.9), on their own group: cookies marked Secure behind TLS, page sessions kept in the
/// store, then the session's user as the caller, then the pages.
func registerPages(on router: Router<DataRayaRequestContext>, configuration: ServerConfiguration, services: ServerServices) {
    let sessions = SessionMiddleware<DataRayaRequestContext>(
        storage: StorePersistDriver(store: services.data.store),
        configuration: .init(
            sessionCookieParameters: .init(name: "dataraya_session", path: "/", secure: false, sameSite: .lax),
            keyPrefix: "page.", defaultSessionExpiration: PageSession.absoluteLimit))
    let group = router.group().add(middleware: SecureCookieMiddleware()).add(middleware: sessions)
        .add(middleware: PageMiddleware(store: services.data.store, renderer: services.pages))
    let pages = PageRoutes(group: group)
    HomePageController(analytics: services.analytics, renderer: services.pages, threshold: configuration.disclosureThreshold).register(in: pages)
    SignInController(logins: services.logins, renderer: services.pages).register(in: pages)
    GraduatePageController(data: services.data, own: services.own, renderer: services.pages).register(in: pages)
    JobsPageController(data: services.data, matching: services.matching, renderer: services.pages, teachers: SkillTeacherIndex()).register(in: pages)
    InvitationsPageController(data: services.data, renderer: services.pages).register(in: pages)
    DashboardPagesController(
        analytics: services.analytics, renderer: services.pages, threshold: configuration.disclosureThreshold,
        catalog: { [engine = services.data.engine] in engine.snapshot }
    ).register(in: pages)
    EmployerPagesController(data: services.data, matching: services.matching, own: services.own, renderer: services.pages).register(in: pages)
    VacancyEditController(data: services.data, own: services.own, renderer: services.pages).register(in: pages)
    CataloguePagesController(data: services.data, renderer: services.pages).register(in: pages)
    RegistrationPageController(registrations: services.registrations, renderer: services.pages).register(in: pages)
    RegistrationQueueController(registrations: services.registrations, renderer: services.pages).register(in: pages)
    RequestsPageController(sharing: services.sharing, renderer: services.pages).register(in: pages)
    RequestFormController(sharing: services.sharing, data: services.data, renderer: services.pages).register(in: pages)
    let request = RequestPageController(sharing: services.sharing, data: services.data, renderer: services.pages)
    request.register(in: pages)
    RequestStepController(sharing: services.sharing, detail: request).register(in: pages)
}
