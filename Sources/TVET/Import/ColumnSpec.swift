/// How one schema column's fields are checked, prepared once per decoder from the schema.
struct ColumnSpec: Sendable {
    enum Check: Sendable {
        /// Free text: well-formed UTF-8.
        case text
        /// One of a value set's codes (table value = member index).
        case code(ByteKeyTable, setName: String)
        case myKad
        case masco
        case ssm
        case noss
        /// A record's own identifier (the primary key): `FieldSyntax.isIdentifier`.
        case identifier
        case integer(ClosedRange<Int64>)
        case decimal(low: Double, high: Double)
        case boolean
        case date
        /// A `;`-separated list; with a table, every item must be one of its keys.
        case list(ByteKeyTable?, itemName: String)
    }

    let column: ColumnSchema
    let check: Check
    /// For a link column: the target dataset and the noun used in problems (`programme`).
    let link: (target: String, noun: String)?

    /// `isKey` for the dataset's primary key, whose text must be an identifier (a link need not be: it must name a
    /// record that is one).
    init(_ column: ColumnSchema, skills: ByteKeyTable, isKey: Bool = false) {
        self.column = column
        if let target = column.linksTo { link = (target, column.linkName ?? target) } else { link = nil }
        check = isKey && column.type == .text && column.rule == nil ? .identifier : Self.check(for: column, skills: skills)
    }

    private static func check(for column: ColumnSchema, skills: ByteKeyTable) -> Check {
        switch column.type {
        case .text:
            switch column.rule {
            case .oneOf(let set): return .code(ByteKeyTable(keys: set.codes), setName: set.name)
            case .myKad: return .myKad
            case .mascoCode: return .masco
            case .ssmNumber: return .ssm
            case .nossCode: return .noss
            default: return .text
            }
        case .integer:
            // The engine holds whole numbers as Int32.
            if case .range(let low, let high) = column.rule {
                return .integer(max(Int64(low), Int64(Int32.min))...min(Int64(high), Int64(Int32.max)))
            }
            return .integer(Int64(Int32.min)...Int64(Int32.max))
        case .decimal:
            switch column.rule {
            case .atLeast(let low): return .decimal(low: low, high: .infinity)
            case .decimalRange(let low, let high): return .decimal(low: low, high: high)
            default: return .decimal(low: -.infinity, high: .infinity)
            }
        case .boolean: return .boolean
        case .date: return .date
        case .list:
            switch column.rule {
            case .skillIds: return .list(skills, itemName: "skill id")
            case .eachOneOf(let set): return .list(ByteKeyTable(keys: set.codes), itemName: "\(set.name) code")
            default: return .list(nil, itemName: "item")
            }
        }
    }

    /// Why a present field is refused, for the slow path; `value` is quoted unless the column is personal.
    func describe(_ problem: FieldProblem, value: UnsafeBufferPointer<UInt8>) -> String {
        let shown = column.personal ? "" : "'\(quoted(value))' "
        switch problem {
        case .notUTF8: return "\(column.personal ? "value" : "'\(quoted(value))'") is not valid UTF-8"
        case .notWholeNumber: return "\(shown)is not a whole number (digits with an optional sign)"
        case .outOfRange:
            if case .integer(let range) = check { return "\(shown)is outside \(range.lowerBound) to \(range.upperBound)" }
            if case .decimal(let low, let high) = check {
                if high == .infinity { return "\(shown)is below \(Self.format(low))" }
                if low == -.infinity { return "\(shown)is above \(Self.format(high))" }
                return "\(shown)is outside \(Self.format(low)) to \(Self.format(high))"
            }
            return "\(shown)is out of range"
        case .notDecimal:
            return "\(shown)is not a plain decimal number (digits and an optional '.', no thousands separators or currency)"
        case .notBoolean: return "\(shown)is not true or false"
        case .notDate: return "\(shown)is not a real date written YYYY-MM-DD"
        case .notCode:
            if case .code(_, let setName) = check { return "\(shown)is not one of the \(setName) codes" }
            return "\(shown)is not a known code"
        case .myKad(let problem): return problem.description
        case .notMasco: return "\(shown)is not a MASCO 2020 code (4 digits)"
        case .notSSM: return "\(shown)is not an SSM registration number (12 digits)"
        case .notNOSS: return "\(shown)is not a NOSS code AA-NNN-L:YYYY (level L from 1 to 5)"
        case .notIdentifier:
            return "\(shown)is not an identifier (1 to \(FieldSyntax.identifierLength) letters, digits, '-', '_', '.' or '/', "
                + "starting with a letter or digit)"
        case .emptyItem: return "the list has an empty item (items are separated by a single ';')"
        case .unknownItem(let item):
            guard case .list(_, let itemName) = check else { return "unknown item" }
            return column.personal ? "unknown \(itemName)" : "unknown \(itemName) '\(quoted(item))'"
        case .repeatedItem(let item):
            guard case .list(_, let itemName) = check else { return "repeated item" }
            return column.personal ? "a \(itemName) is listed twice" : "\(itemName) '\(quoted(item))' is listed twice"
        }
    }

    /// What `describe` says, as data.
    func kind(of problem: FieldProblem) -> ProblemKind {
        switch problem {
        case .notWholeNumber, .notDecimal: return .notNumber
        case .outOfRange:
            switch check {
            case .integer(let range): return .outOfRange(low: Double(range.lowerBound), high: Double(range.upperBound))
            case .decimal(let low, let high): return .outOfRange(low: low, high: high)
            default: return .other
            }
        case .notBoolean, .notCode: return .notChoice
        case .notDate: return .notDate
        case .notUTF8, .myKad, .notMasco, .notSSM, .notNOSS, .notIdentifier: return .badFormat
        case .emptyItem, .unknownItem, .repeatedItem: return .badListItem
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// A column's checks as plain values, so that the per-field loop touches no reference-counted data.
struct FieldPlan {
    enum Kind: UInt8 { case text, code, myKad, masco, ssm, noss, identifier, integer, decimal, boolean, date, list, plainList }

    var kind: Kind
    var nullable: Bool
    var linked: Bool
    /// Index of the code table (value set or skill ids) in `DecodeRun.tables`, or -1.
    var table: Int
    var low: Int64 = 0
    var high: Int64 = 0
    var lowDecimal: Double = 0
    var highDecimal: Double = 0

    /// The plan of `spec`; a code table, if any, is appended to `tables`.
    init(_ spec: ColumnSpec, tables: inout [ByteKeyTable]) {
        nullable = spec.column.nullable
        linked = spec.link != nil
        table = -1
        switch spec.check {
        case .text: kind = .text
        case .code(let codes, _):
            kind = .code
            table = tables.count
            tables.append(codes)
        case .myKad: kind = .myKad
        case .masco: kind = .masco
        case .ssm: kind = .ssm
        case .noss: kind = .noss
        case .identifier: kind = .identifier
        case .integer(let range):
            kind = .integer
            low = range.lowerBound
            high = range.upperBound
        case .decimal(let low, let high):
            kind = .decimal
            lowDecimal = low
            highDecimal = high
        case .boolean: kind = .boolean
        case .date: kind = .date
        case .list(let items, _):
            if let items {
                kind = .list
                table = tables.count
                tables.append(items)
            } else {
                kind = .plainList
            }
        }
    }
}

/// Why one field is refused (the wording is made by `ColumnSpec.describe`, off the hot path).
enum FieldProblem {
    case notUTF8
    case notWholeNumber
    case outOfRange
    case notDecimal
    case notBoolean
    case notDate
    case notCode
    case myKad(MyKad.Problem)
    case notMasco
    case notSSM
    case notNOSS
    case notIdentifier
    case emptyItem
    case unknownItem(UnsafeBufferPointer<UInt8>)
    case repeatedItem(UnsafeBufferPointer<UInt8>)
}
