import Foundation
import Testing

@testable import Web

/// Every text a template names exists in both languages, and every template renders in both.
@Suite struct PageTextTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Web/Templates").standardized

    static func keysUsed() throws -> Set<String> {
        var keys = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: templates.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "{{t.") {
                let name = rest[start.upperBound...].prefix { $0 != "}" }
                keys.insert(String(name))
                rest = rest[start.upperBound...]
            }
        }
        return keys
    }

    @Test func everyTextATemplateNamesExistsInBothLanguages() throws {
        let used = try Self.keysUsed()
        #expect(!used.isEmpty)
        #expect(used.subtracting(PageText.keys).isEmpty, "missing texts: \(used.subtracting(PageText.keys).sorted())")
        for language in PageLanguage.allCases {
            let strings = PageText.strings(language)
            #expect(strings.values.allSatisfy { !$0.isEmpty })
        }
    }

    @Test(arguments: PageLanguage.allCases)
    func everyPageRendersInItsLanguage(_ language: PageLanguage) throws {
        let renderer = try PageRenderer()
        let model = PageModel(language: language, title: "T", path: "/", signedInAs: nil, csrfToken: "token")
        for page in ["home", "login", "graduate", "error"] {
            let html = try renderer.render(page, model: model)
            #expect(html.contains("<html lang=\"\(language.rawValue)\">"), "\(page)")
            #expect(html.contains(PageText.text("site_name", language)) && !html.contains("{{"), "\(page)")
        }
        #expect(!PageRenderer.stylesheet.isEmpty)
    }
}
