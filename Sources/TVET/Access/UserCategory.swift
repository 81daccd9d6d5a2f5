/// The policy's user categories (seed 2.3).
public enum UserCategory: String, CaseIterable, Sendable, Codable {
    /// Government agencies and their systems (kerajaan kepada kerajaan).
    case g2g = "G2G"
    /// Businesses: employers (kerajaan kepada perniagaan).
    case g2b = "G2B"
    /// Citizens: graduates and applicants (kerajaan kepada rakyat).
    case g2c = "G2C"
    /// Approved researchers.
    case researcher = "RESEARCHER"
    case other = "OTHER"
}
