import Foundation
import TVET

/// Paths of the project, found from this file's location, so tests run from any working directory.
public enum ProjectFiles {
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public static func taxonomy() throws -> SkillTaxonomy { try SkillTaxonomy.load(path: path(SkillTaxonomy.defaultPath)) }

    /// A fresh temporary folder.
    public static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dataraya-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
