import Columnar

/// The syntax of CSV field values, checked on raw bytes (no `String` on the success path).
enum FieldSyntax {
    /// An optional sign and decimal digits only, within ±10^18.
    @inline(__always)
    static func wholeNumber(_ s: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var negative = false
        if s.count > 0 && (s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+")) {
            negative = s[0] == UInt8(ascii: "-")
            i = 1
        }
        let digits = s.count - i
        guard digits > 0, digits <= 18 else { return nil }
        var value: Int64 = 0
        while i < s.count {
            let d = s[i] &- UInt8(ascii: "0")
            guard d <= 9 else { return nil }
            value = value &* 10 &+ Int64(d)
            i &+= 1
        }
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// Plain decimal notation: an optional sign, digits, and optionally `.` and more digits (`1500`, `-2.5`, `0.75`,
    /// `.5`, `3.`); no exponent, thousands separator, currency or spaces.
    @inline(__always)
    static func plainDecimal(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if s.count > 0 && (s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+")) {
            negative = s[0] == UInt8(ascii: "-")
            i = 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else {
                let d = c &- UInt8(ascii: "0")
                guard d <= 9 else { return nil }
                if digits < 18 { mantissa = mantissa &* 10 &+ Int64(d) }
                digits &+= 1
                if seenPoint { fraction &+= 1 }
            }
            i &+= 1
        }
        guard digits > 0 else { return nil }
        if digits <= 15 {
            // Both operands are exact doubles, so one division is correctly rounded.
            let v = Double(mantissa) / powersOfTen[fraction]
            return negative ? -v : v
        }
        // Long digit strings: the standard library's correctly rounded parser (the syntax is already checked).
        guard let v = Double(String(decoding: s, as: UTF8.self)), v.isFinite else { return nil }
        return v
    }

    /// Exactly `count` ASCII digits.
    @inline(__always)
    static func isDigits(_ s: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        guard s.count == count else { return false }
        for byte in s where byte &- UInt8(ascii: "0") > 9 { return false }
        return true
    }

    /// The most characters an identifier may have.
    static let identifierLength = 40

    /// A record's identifier: 1 to `identifierLength` ASCII letters, digits, `-`, `_`, `.` or `/`, starting with a
    /// letter or digit. It rules out what a spreadsheet would run (`=`, `+`, `-`, `@` first), spaces and markup.
    static func isIdentifier(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = s.first, s.count <= identifierLength, isLetterOrDigit(first) else { return false }
        for byte in s where !isLetterOrDigit(byte) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_")
            && byte != UInt8(ascii: ".") && byte != UInt8(ascii: "/")
        {
            return false
        }
        return true
    }

    @inline(__always)
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") <= 9 || (byte | 0x20) &- UInt8(ascii: "a") <= 25
    }

    /// A NOSS code `AA-NNN-L:YYYY`: two capital letters, three digits, a level 1-5 and a four-digit year.
    static func isNOSSCode(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count == 13 else { return false }
        func letter(_ i: Int) -> Bool { s[i] >= UInt8(ascii: "A") && s[i] <= UInt8(ascii: "Z") }
        func digit(_ i: Int) -> Bool { s[i] &- UInt8(ascii: "0") <= 9 }
        return letter(0) && letter(1) && s[2] == UInt8(ascii: "-") && digit(3) && digit(4) && digit(5)
            && s[6] == UInt8(ascii: "-") && s[7] >= UInt8(ascii: "1") && s[7] <= UInt8(ascii: "5")
            && s[8] == UInt8(ascii: ":") && digit(9) && digit(10) && digit(11) && digit(12)
    }

    /// `true` / `false`, exactly.
    @inline(__always)
    static func boolean(_ s: UnsafeBufferPointer<UInt8>) -> Bool? {
        if s.count == 4 && s[0] == UInt8(ascii: "t") && s[1] == UInt8(ascii: "r") && s[2] == UInt8(ascii: "u")
            && s[3] == UInt8(ascii: "e")
        {
            return true
        }
        if s.count == 5 && s[0] == UInt8(ascii: "f") && s[1] == UInt8(ascii: "a") && s[2] == UInt8(ascii: "l")
            && s[3] == UInt8(ascii: "s") && s[4] == UInt8(ascii: "e")
        {
            return false
        }
        return nil
    }

    /// `YYYY-MM-DD`, a real date, as days since 1970-01-01.
    @inline(__always)
    static func date(_ s: UnsafeBufferPointer<UInt8>) -> Int32? { Columnar.EpochDays.parse(utf8: s) }

    /// A MyKad problem, or nil for a valid number. The common valid case is checked on bytes; anything else asks
    /// `MyKad.validate`, so its problems (and their wording) are the one definition.
    static func myKadProblem(_ s: UnsafeBufferPointer<UInt8>) -> MyKad.Problem? {
        if isDigits(s, count: 12) {
            func number(_ i: Int) -> Int { Int(s[i] &- 48) * 10 + Int(s[i + 1] &- 48) }
            if CivilDate(year: 2000 + number(0), month: number(2), day: number(4)) != nil,
                MyKad.isIssuedPlaceOfBirthCode(number(6))
            {
                return nil
            }
        }
        do {
            _ = try MyKad.validate(String(decoding: s, as: UTF8.self))
            return nil
        } catch {
            return error
        }
    }

    /// Whether the bytes are well-formed UTF-8 (ASCII is checked eight bytes at a time).
    @inline(__always)
    static func isValidUTF8(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = s.baseAddress else { return true }
        let n = s.count
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i &+= 8
        }
        while i < n {
            if base[i] < 0x80 {
                i &+= 1
                continue
            }
            return validateMultibyte(s, from: i)
        }
        return true
    }

    private static func validateMultibyte(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        let n = s.count
        func continuation(_ k: Int) -> Bool { k < n && s[k] & 0xC0 == 0x80 }
        while i < n {
            let b = s[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xDF {
                guard continuation(i + 1) else { return false }
                i += 2
            } else if b >= 0xE0 && b <= 0xEF {
                guard continuation(i + 1), continuation(i + 2) else { return false }
                if b == 0xE0 && s[i + 1] < 0xA0 { return false }  // overlong
                if b == 0xED && s[i + 1] >= 0xA0 { return false }  // surrogates
                i += 3
            } else if b >= 0xF0 && b <= 0xF4 {
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                if b == 0xF0 && s[i + 1] < 0x90 { return false }  // overlong
                if b == 0xF4 && s[i + 1] >= 0x90 { return false }  // above U+10FFFF
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
