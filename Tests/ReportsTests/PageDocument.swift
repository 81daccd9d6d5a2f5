import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A rendered page parsed strictly as XML (libxml2 through Foundation): a page that parses has balanced tags, quoted
/// attributes and escaped text. Queries use XPath; SVG elements are in the SVG namespace, so match them by
/// `local-name()`.
struct PageDocument {
    let document: XMLDocument

    init(_ html: String) throws {
        document = try XMLDocument(xmlString: html, options: [])
    }

    func elements(_ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    func texts(_ xpath: String) throws -> [String] {
        try elements(xpath).map { $0.stringValue ?? "" }
    }
}

extension XMLElement {
    /// An attribute's value, read through XPath: Foundation's `attribute(forName:)` misses the attributes of
    /// elements in a default namespace, such as inline SVG's.
    func value(_ attribute: String) -> String? {
        ((try? nodes(forXPath: "@" + attribute)) ?? []).first?.stringValue
    }
}
