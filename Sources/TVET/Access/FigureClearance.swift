/// Whether a caller may have published figures unsuppressed: the one decision behind every dashboard, diagnostic,
/// forecast, report and CSV (CONTRACT 3.3 and 3.7).
///
/// A figure built from columns is as sensitive as the most sensitive of them: a median salary of one person's cell
/// is that person's salary. So a caller gets the unsuppressed figures only when they may read rows at all and their
/// clearance covers every column the figure reads (personal columns also need personal-data rights), which is the
/// rule `POST /api/v1/query` applies to the same columns. Everyone else gets the public figures, after disclosure
/// control.
///
///     let cleared = FigureClearance.audienceIsCleared(access: caller.access, reads: [salary, status])
public enum FigureClearance {
    public static func audienceIsCleared(access: AccessProfile, reads: [ColumnSchema]) -> Bool {
        access.rowLevel
            && reads.allSatisfy { column in
                column.classification <= access.clearance && (!column.personal || access.personalData)
            }
    }
}
