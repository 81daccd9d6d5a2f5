/// A Malaysian identity card number, `YYMMDDPBNNNG` without dashes (CONTRACT section 2).
///
/// The first six digits are a real birth date, `PB` a place-of-birth code issued by JPN, and the last digit is odd
/// for men and even for women. There is no checksum, so none is checked.
///
///     try MyKad.validate("990215105231")   // born 15 Feb (19)99 in Selangor, male
public struct MyKad: Hashable, Sendable {
    /// Why a text is not a MyKad number. The messages never repeat the number itself: it is personal data.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case notTwelveDigits
        case invalidBirthDate
        case invalidPlaceOfBirth

        public var description: String {
            switch self {
            case .notTwelveDigits: "MyKad number must be exactly 12 digits with no dashes"
            case .invalidBirthDate: "MyKad number does not begin with a real date (YYMMDD)"
            case .invalidPlaceOfBirth: "MyKad number has an unissued place-of-birth code (digits 7-8)"
            }
        }
    }

    public let digits: String
    /// Two-digit year of birth; the century is not part of the number.
    public let birthYearOfCentury: Int
    public let birthMonth: Int
    public let birthDay: Int
    public let placeOfBirthCode: Int

    /// Parses and validates a MyKad number.
    public static func validate(_ text: some StringProtocol) throws(Problem) -> MyKad {
        let bytes = Array(text.utf8)
        guard bytes.count == 12, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .notTwelveDigits
        }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) } }
        let yy = number(0..<2), mm = number(2..<4), dd = number(4..<6), pb = number(6..<8)
        // A two-digit year names 19YY or 20YY; 29 February is real when either century's year is a leap year,
        // which for YY divisible by 4 is always so (2000 is a leap year).
        guard CivilDate(year: 2000 + yy, month: mm, day: dd) != nil else { throw .invalidBirthDate }
        guard isIssuedPlaceOfBirthCode(pb) else { throw .invalidPlaceOfBirth }
        return MyKad(
            digits: String(decoding: bytes, as: UTF8.self), birthYearOfCentury: yy, birthMonth: mm, birthDay: dd,
            placeOfBirthCode: pb)
    }

    public static func isValid(_ text: some StringProtocol) -> Bool { (try? validate(text)) != nil }

    /// Codes JPN issues: states 01-16 and 21-59, abroad 60-68, 71-72, 74-79 and 82-93, 98 stateless, 99 unknown.
    public static func isIssuedPlaceOfBirthCode(_ code: Int) -> Bool {
        switch code {
        case 1...16, 21...59, 60...68, 71...72, 74...79, 82...93, 98, 99: true
        default: false
        }
    }

    /// The state of birth, or nil for births abroad and the special codes.
    public var stateOfBirth: MalaysianState? { MalaysianState(birthPlaceCode: placeOfBirthCode) }

    /// `M` or `F`, from the parity of the last digit.
    public var gender: String { (digits.utf8.last! - UInt8(ascii: "0")) % 2 == 1 ? "M" : "F" }

    /// Whether the number's date is `date` (in either century).
    public func isBorn(on date: CivilDate) -> Bool {
        date.year % 100 == birthYearOfCentury && date.month == birthMonth && date.day == birthDay
    }

    /// Builds a number from its parts; `sequence` is the last four digits (0...9999).
    public static func compose(birthDate: CivilDate, placeOfBirthCode: Int, sequence: Int) -> String {
        func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let seq = String(sequence)
        return pad2(birthDate.year % 100) + pad2(birthDate.month) + pad2(birthDate.day) + pad2(placeOfBirthCode)
            + String(repeating: "0", count: 4 - seq.count) + seq
    }
}
