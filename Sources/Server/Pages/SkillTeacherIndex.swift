import Columnar
import Matching
import Synchronization

/// `SkillTeachers` for the engine's current snapshot, built once per snapshot version and kept until the data changes.
final class SkillTeacherIndex: Sendable {
    private let cached = Mutex<(version: UInt64, teachers: SkillTeachers)?>(nil)

    func teachers(for snapshot: Catalog) -> SkillTeachers {
        if let cached = cached.withLock({ $0 }), cached.version == snapshot.version { return cached.teachers }
        let teachers = SkillTeachers(catalog: snapshot)
        cached.withLock { $0 = (snapshot.version, teachers) }
        return teachers
    }
}
