/// The graduate side of a pair, resolved once per query: the vector and skills the mode uses, and the graduate's
/// level, state, field, salary expectation and willingness to relocate as codes.
struct GraduateQuery {
    var vector: [Float]
    var skills: [UInt16]
    var bits: SkillBits
    var level: UInt8
    var state: UInt8
    var field: UInt8
    var expectedSalary: Float
    var relocate: Bool
}

extension MatchingIndex {
    /// A recorded graduate: own skills (`skills`) or their programme's profile (`study`).
    func query(graduate row: Int, mode: MatchMode) -> GraduateQuery {
        let d = model.dimension
        let g = graduates
        var vector = Array(g.vectors[(row * d)..<((row + 1) * d)])
        var skills = Array(g.skills.row(row))
        if mode == .study {
            // A graduate without a programme has no line of study: nothing to match on in this mode.
            let p = Int(g.programme[row])
            vector = p >= 0 ? Array(programmeProfiles.vectors[(p * d)..<((p + 1) * d)]) : [Float](repeating: 0, count: d)
            skills = p >= 0 ? Array(programmeProfiles.skills.row(p)) : []
        }
        return GraduateQuery(
            vector: vector, skills: skills, bits: SkillBits(vocabularySize: model.vocabulary.count, skills),
            level: g.level[row], state: g.state[row], field: g.field[row], expectedSalary: g.expectedSalary[row],
            relocate: g.willingToRelocate[row])
    }

    /// An ad-hoc profile. In `study` mode a profile naming a field uses that field's profile; without a field it is
    /// matched on its own skills.
    func query(profile: MatchProfile, mode: MatchMode) throws(MatchingError) -> GraduateQuery {
        var skills: [UInt16] = []
        for id in profile.skills ?? [] {
            guard let index = model.vocabulary.index(of: id) else { throw .unknownSkill(id) }
            if !skills.contains(UInt16(index)) { skills.append(UInt16(index)) }
        }
        var field = Codes.unknown
        var state = Codes.unknown
        var level: UInt8 = 0
        if let name = profile.field {
            guard let code = Codes.field(name) else { throw .unknownField(name) }
            field = code
        }
        if let name = profile.state {
            guard let code = Codes.state(name) else { throw .unknownState(name) }
            state = code
        }
        if let l = profile.level {
            guard (1...5).contains(l) else { throw .invalidLevel(l) }
            level = UInt8(l)
        }
        if let salary = profile.expectedSalary, !salary.isFinite || salary < 0 {
            throw .invalidParameter("expected_salary must be a number at least 0")
        }
        let d = model.dimension
        var vector = [Float](repeating: 0, count: d)
        if mode == .study, field != Codes.unknown {
            let f = Int(field)
            vector = Array(fieldProfiles.vectors[(f * d)..<((f + 1) * d)])
            skills = Array(fieldProfiles.skills.row(f))
        } else {
            vector.withUnsafeMutableBufferPointer { model.profileVector(skills[...], into: $0.baseAddress!) }
        }
        return GraduateQuery(
            vector: vector, skills: skills, bits: SkillBits(vocabularySize: model.vocabulary.count, skills),
            level: level, state: state, field: field, expectedSalary: profile.expectedSalary.map { Float($0) } ?? .nan,
            relocate: profile.willingToRelocate ?? false)
    }
}
