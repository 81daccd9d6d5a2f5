/// Where a self-registered user stands (CONTRACT 3.11): pending until a DATA_CONTROLLER approves or rejects them;
/// a G2C registrant whose login is a valid MyKad number is approved at once.
public enum RegistrationState: String, CaseIterable, Sendable, Codable {
    case pending = "PENDING", approved = "APPROVED", rejected = "REJECTED"
}
