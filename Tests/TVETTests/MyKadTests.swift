import Testing
import TVET

@Suite struct MyKadTests {
    @Test(arguments: [
        "990215105231",  // 15 Feb 1999, Selangor (10)
        "000229011234",  // 29 Feb 2000: a leap year
        "851231140002",  // KL (14)
        "020101590001",  // Negeri Sembilan's later code 59
        "970707600001",  // born abroad (60)
        "970707980001",  // stateless (98)
        "970707990001",  // 99
        "010131210001",  // Johor's later series (21)
    ])
    func acceptsValidNumbers(_ number: String) throws {
        _ = try MyKad.validate(number)
    }

    @Test(arguments: [
        ("99021510523", MyKad.Problem.notTwelveDigits),
        ("9902151052311", .notTwelveDigits),
        ("990215-10-5231", .notTwelveDigits),
        ("99021510523A", .notTwelveDigits),
        ("", .notTwelveDigits),
        ("991315105231", .invalidBirthDate),  // month 13
        ("990230105231", .invalidBirthDate),  // 30 February
        ("010229105231", .invalidBirthDate),  // 29 February 2001 / 1901
        ("990000105231", .invalidBirthDate),  // month 0
        ("990431105231", .invalidBirthDate),  // 31 April
        ("990215005231", .invalidPlaceOfBirth),  // 00
        ("990215175231", .invalidPlaceOfBirth),  // 17-20 are not issued
        ("990215205231", .invalidPlaceOfBirth),
        ("990215695231", .invalidPlaceOfBirth),  // 69-70
        ("990215735231", .invalidPlaceOfBirth),  // 73
        ("990215805231", .invalidPlaceOfBirth),  // 80-81
        ("990215945231", .invalidPlaceOfBirth),  // 94-97
    ])
    func rejectsInvalidNumbersWithTheReason(_ number: String, _ problem: MyKad.Problem) {
        #expect(throws: problem) { try MyKad.validate(number) }
    }

    @Test func everyPlaceOfBirthCodeIsClassified() {
        let issued = (0...99).filter(MyKad.isIssuedPlaceOfBirthCode)
        let expected = Array(1...16) + Array(21...68) + [71, 72] + Array(74...79) + Array(82...93) + [98, 99]
        #expect(issued == expected)
    }

    @Test func readsStateAndGenderButNoChecksum() throws {
        let man = try MyKad.validate("990215105231")
        #expect(man.stateOfBirth == .selangor)
        #expect(man.gender == "M")
        #expect(man.isBorn(on: CivilDate(year: 1999, month: 2, day: 15)!))
        let woman = try MyKad.validate("031120475238")
        #expect(woman.stateOfBirth == .sabah)
        #expect(woman.gender == "F")
        #expect(try MyKad.validate("970707600001").stateOfBirth == nil)
        // Changing any of the last four digits keeps a number valid: there is no check digit.
        #expect(MyKad.isValid("990215105230") && MyKad.isValid("990215109999"))
    }

    @Test func errorMessagesNeverRepeatTheNumber() {
        for problem in [MyKad.Problem.notTwelveDigits, .invalidBirthDate, .invalidPlaceOfBirth] {
            #expect(!problem.description.contains(where: \.isNumber) || problem.description.contains("12 digits")
                || problem.description.contains("7-8"))
        }
        do {
            _ = try MyKad.validate("990230105231")
        } catch {
            #expect(!"\(error)".contains("990230"))
        }
    }

    @Test func composesNumbersThatValidate() {
        let number = MyKad.compose(birthDate: CivilDate(year: 2004, month: 3, day: 9)!, placeOfBirthCode: 7, sequence: 42)
        #expect(number == "040309070042")
        #expect(MyKad.isValid(number))
    }
}
