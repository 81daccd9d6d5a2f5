import Foundation
import TVET
import TestSupport
import Testing

@testable import Analytics

/// Docs are tested: docs/ANALYTICS.md says, per dashboard, which columns decide its audience and who gets it
/// unsuppressed, exactly as the declarations and the access policy decide.
@Suite struct FigureClearanceDocumentationTests {
    static let callers: [(String, Principal)] = [
        ("DATA_CONTROLLER", Principal(roles: [.dataController], category: .g2g)),
        ("AGENCY_SYSTEM", Principal(roles: [.agencySystem], category: .g2g)),
        ("KKTD, JTDTVET, JPDTVET", Principal(roles: [.kktd], category: .g2g)),
        ("ANALYST (G2G)", Principal(roles: [.analyst], category: .g2g)),
        ("ANALYST (RESEARCHER)", Principal(roles: [.analyst], category: .researcher)),
        ("ADMIN", Principal(roles: [.admin], category: .g2g)),
        ("EMPLOYER", Principal(roles: [.employer], category: .g2b)),
        ("GRADUATE", Principal(roles: [.graduate], category: .g2c)),
        ("anonymous", .anonymous),
    ]

    /// The table row of `name`: its most sensitive classification read, the columns above TERHAD, who is cleared.
    static func row(_ name: String) throws -> String {
        let reads = try DashboardService.reads(of: name)
        let above = reads.reads.filter { $0.column.classification > .terhad || $0.column.personal }.map { "`\($0.name)`" }
        let cleared = callers.filter { caller in
            AccessPolicy.decide(caller.1, .readUnsuppressedFigures(columns: reads.columns.map(ColumnReference.init))).isAllowed
        }.map(\.0)
        return "| `\(name)` | \(reads.classification.rawValue) | \(above.isEmpty ? "none" : above.joined(separator: ", ")) | "
            + cleared.joined(separator: ", ") + " |"
    }

    @Test func analyticsDocsListWhoGetsEachDashboardUnsuppressed() throws {
        let document = try String(contentsOfFile: ProjectFiles.path("docs/ANALYTICS.md"), encoding: .utf8)
        for name in FigureReadsTests.published {
            let row = try Self.row(name)
            #expect(document.contains(row), "docs/ANALYTICS.md lacks the row \(row)")
        }
    }
}
