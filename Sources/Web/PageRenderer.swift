import Foundation
import Mustache

/// Renders pages from the Mustache templates in `Templates/` (shipped with the module): every page wraps its own
/// template in the shared head and foot (`{{> head}}`, `{{> foot}}`), and every value is HTML-escaped unless a
/// template asks otherwise (only for the SVG of charts the server draws itself).
///
///     let html = try PageRenderer().render("home", PageModel(language: .en, title: "Home", ...), content: [...])
public struct PageRenderer: Sendable {
    let library: MustacheLibrary

    public init() throws {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Templates").path else {
            throw PageRenderError.noTemplates
        }
        library = try Self.load(folder)
    }

    private static func load(_ folder: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        for file in names.sorted() {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        return library
    }

    /// The whole page: the shared frame of `model` around the page's own content.
    public func render(_ template: String, model: PageModel, content: [String: Any] = [:]) throws -> String {
        var values = model.values
        for (key, value) in content { values[key] = value }
        guard let html = library.render(values, withTemplate: template) else { throw PageRenderError.unknownTemplate(template) }
        return html
    }

    /// The stylesheet every page links to.
    public static let stylesheet: String = {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("Templates/site.css"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()
}

/// Why a page could not be drawn (our fault, never the visitor's).
public enum PageRenderError: Error, CustomStringConvertible {
    case noTemplates
    case unknownTemplate(String)

    public var description: String {
        switch self {
        case .noTemplates: "the page templates are missing from the installation"
        case .unknownTemplate(let name): "no page template named \(name)"
        }
    }
}
