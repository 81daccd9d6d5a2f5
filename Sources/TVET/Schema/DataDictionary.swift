/// The data dictionary of the nine datasets, rendered from the schema (docs/DATA.md includes it verbatim).
public enum DataDictionary {
    public static func markdown() -> String {
        var out = ""
        for dataset in TVETSchema.datasets {
            out += "### `\(dataset.fileName)` — \(dataset.label.ms) / \(dataset.label.en)\n\n"
            out += "Dataset classification: **\(dataset.classification.rawValue)**. Primary key: `\(dataset.primaryKey.name)`.\n\n"
            out += "| column | BM | EN | type | null | rule | classification | personal |\n"
            out += "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
            for column in dataset.columns {
                let cells = [
                    "`\(column.name)`", column.label.ms, column.label.en, column.type.name, column.nullable ? "yes" : "no",
                    describe(column), column.classification.rawValue, column.personal ? "**yes**" : "no",
                ]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        out += "### Value sets\n\n"
        let sets: [ValueSet] = [
            .state, .ministry, .institutionType, .field, .certificateType, .graduateStatus, .studentStatus,
            .applicationStatus, .gender, .employerSize, .msicSection,
        ]
        for set in sets {
            out += "- `\(set.name)`: " + set.members.map { "`\($0.code)` (\($0.label.ms) / \($0.label.en))" }
                .joined(separator: ", ") + "\n"
        }
        return out
    }

    static func describe(_ column: ColumnSchema) -> String {
        var parts: [String] = []
        switch column.rule {
        case .oneOf(let set): parts.append("one of `\(set.name)`")
        case .eachOneOf(let set): parts.append("each one of `\(set.name)`")
        case .range(let low, let high): parts.append("\(low) to \(high)")
        case .atLeast(let low): parts.append("at least \(formatted(low))")
        case .decimalRange(let low, let high): parts.append("\(formatted(low)) to \(formatted(high))")
        case .myKad: parts.append("MyKad `YYMMDDPBNNNG`")
        case .mascoCode: parts.append("MASCO 2020, 4 digits")
        case .ssmNumber: parts.append("SSM, 12 digits")
        case .nossCode: parts.append("NOSS code `AA-NNN-L:YYYY`")
        case .skillIds: parts.append("skill ids of `models/skills.csv`, `;`-separated")
        case nil: break
        }
        if let target = column.linksTo { parts.append("→ `\(target)` (link `\(column.linkName!)`)") }
        return parts.isEmpty ? "" : parts.joined(separator: "; ")
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
