/// The policy's five components of TVET data (seed 1.2.4): every dataset belongs to the nearest one.
///
/// Graduates are former students (`pelajar`); employers and vacancies are the entities around TVET (`institusi`).
public enum Cluster: String, CaseIterable, Sendable, Codable {
    /// Maklumat entiti TVET: institutions, programmes, and the employers and vacancies around them.
    case institusi
    /// Tenaga pengajar: instructors.
    case pengajar
    /// Permohonan: applications.
    case pemohon
    /// Pendaftaran pelajar: students and, after them, graduates.
    case pelajar
    /// Persijilan: certificates.
    case sijil
}
