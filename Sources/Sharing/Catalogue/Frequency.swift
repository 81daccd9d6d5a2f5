/// How often a dataset is renewed, in the EU's frequency vocabulary that DCAT-AP uses.
public enum Frequency: String, Sendable, Codable {
    case daily, monthly, semiannual, annual

    /// The DCAT-AP frequency resource.
    public var uri: String {
        "http://publications.europa.eu/resource/authority/frequency/" + (self == .semiannual ? "ANNUAL_2" : rawValue.uppercased())
    }
}
