import TVET

/// A refused field's problem in the reader's language, from its kind (`ProblemKind`), as a form shows it beside the
/// field. The write path words every problem in English for the API; a page words the same problem again here.
///
///     ProblemWords.text(.implausible(maximum: 1000), reason: "...", label: { $0 }, .ms)
///     // "Tidak boleh melebihi 1000: tiada rekod sebenar sebesar ini."
public enum ProblemWords {
    /// The problem in `language`; `label` names another field of the form (for `below`). A kind with no words of
    /// its own (`other`) keeps the English `reason`.
    public static func text(_ kind: ProblemKind, reason: String, label: (String) -> String, _ language: PageLanguage) -> String {
        let ms = language == .ms
        switch kind {
        case .required: return PageText.text("required", language)
        case .notNumber: return ms ? "Masukkan nombor." : "Enter a number."
        case .outOfRange(let low, let high):
            if high == .infinity { return ms ? "Mesti sekurang-kurangnya \(number(low))." : "Must be at least \(number(low))." }
            if low == -.infinity { return ms ? "Tidak boleh melebihi \(number(high))." : "Cannot be above \(number(high))." }
            return ms ? "Mesti antara \(number(low)) dan \(number(high))." : "Must be between \(number(low)) and \(number(high))."
        case .notChoice: return ms ? "Pilih salah satu pilihan yang diberi." : "Choose one of the options given."
        case .notDate: return ms ? "Masukkan tarikh sebenar (TTTT-BB-HH)." : "Enter a real date (YYYY-MM-DD)."
        case .badFormat: return ms ? "Bentuknya tidak betul; lihat panduan di bawah label." : "It is not in the right form; see the hint under the label."
        case .badListItem:
            return ms ? "Senarai ini ada item yang kosong, tidak dikenali atau berulang." : "The list has an empty, unknown or repeated item."
        case .below(let column, let date):
            let other = label(column)
            if date { return ms ? "Tidak boleh sebelum «\(other)»." : "Cannot be before «\(other)»." }
            return ms ? "Tidak boleh kurang daripada «\(other)»." : "Cannot be below «\(other)»."
        case .implausible(let maximum):
            return ms
                ? "Tidak boleh melebihi \(number(Double(maximum))): tiada rekod sebenar sebesar ini."
                : "Cannot be above \(number(Double(maximum))): no real record is this large."
        case .unknownReference: return ms ? "Tiada rekod seperti ini disimpan." : "No such record is stored."
        case .duplicateID: return ms ? "Pengecam ini sudah digunakan." : "This identifier is already used."
        case .other: return reason
        }
    }

    /// A bound as a person writes it: 1000, not 1000.0; 1.5 stays 1.5.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
