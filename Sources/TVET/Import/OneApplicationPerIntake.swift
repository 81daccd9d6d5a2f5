/// At most one UP_TVET application per person, programme and intake (docs/DATA.md, "Plausibility"): a second one
/// adds nothing an applicant could want and inflates the applications per seat of that programme.
///
/// The reasons name the rule and the programme, never the applicant's MyKad number.
public enum OneApplicationPerIntake {
    /// The column a repeated application is reported on.
    public static let field = "no_ic"

    /// The reason for an application that repeats an earlier one of the same batch.
    public static func repeatedInBatch(programme: String, intake: Int) -> String {
        "the same applicant already applies for programme '\(quoted(programme))' and intake \(intake) earlier in this "
            + "batch: one application per person, programme and intake"
    }

    /// The reason for an application that repeats a stored one (with another application_id).
    public static func repeatsStored(programme: String, intake: Int) -> String {
        "the same applicant already has an application stored for programme '\(quoted(programme))' and intake "
            + "\(intake): one application per person, programme and intake"
    }
}
