/// Base pointers of the per-row arrays, for the scans: valid only inside `withColumns`, they spare the hot loops the
/// bounds checks and reference counting of array access.
struct VacancyPointers {
    let closesOn: UnsafePointer<Int32>
    let minLevel: UnsafePointer<UInt8>
    let state: UnsafePointer<UInt8>
    let field: UnsafePointer<UInt8>
    let salaryMin: UnsafePointer<Float>
    let salaryMax: UnsafePointer<Float>
    let essentialOffsets: UnsafePointer<Int32>
    let essentialItems: UnsafePointer<UInt16>
    let optionalOffsets: UnsafePointer<Int32>
    let optionalItems: UnsafePointer<UInt16>
}

struct GraduatePointers {
    let open: UnsafePointer<Bool>
    let relocate: UnsafePointer<Bool>
    let level: UnsafePointer<UInt8>
    let state: UnsafePointer<UInt8>
    let field: UnsafePointer<UInt8>
    let expectedSalary: UnsafePointer<Float>
    let programme: UnsafePointer<Int32>
    let skillOffsets: UnsafePointer<Int32>
    let skillItems: UnsafePointer<UInt16>
}

/// A pointer to an array's storage for the duration of `body` (a placeholder address for an empty array, never read).
@inline(__always)
func withBase<T, R>(_ array: [T], _ body: (UnsafePointer<T>) -> R) -> R {
    array.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<T>.alignment)!) }
}

extension VacancyRows {
    func withColumns<R>(_ body: (VacancyPointers) -> R) -> R {
        withBase(closesOn) { closesOn in
            withBase(minLevel) { minLevel in
                withBase(state) { state in
                    withBase(field) { field in
                        withBase(salaryMin) { salaryMin in
                            withBase(salaryMax) { salaryMax in
                                withBase(essential.offsets) { eo in
                                    withBase(essential.items) { ei in
                                        withBase(optional.offsets) { oo in
                                            withBase(optional.items) { oi in
                                                body(
                                                    VacancyPointers(
                                                        closesOn: closesOn, minLevel: minLevel, state: state,
                                                        field: field, salaryMin: salaryMin, salaryMax: salaryMax,
                                                        essentialOffsets: eo, essentialItems: ei, optionalOffsets: oo,
                                                        optionalItems: oi))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension GraduateRows {
    func withColumns<R>(_ body: (GraduatePointers) -> R) -> R {
        withBase(openToMatching) { open in
            withBase(willingToRelocate) { relocate in
                withBase(level) { level in
                    withBase(state) { state in
                        withBase(field) { field in
                            withBase(expectedSalary) { salary in
                                withBase(programme) { programme in
                                    withBase(skills.offsets) { offsets in
                                        withBase(skills.items) { items in
                                            body(
                                                GraduatePointers(
                                                    open: open, relocate: relocate, level: level, state: state,
                                                    field: field, expectedSalary: salary, programme: programme,
                                                    skillOffsets: offsets, skillItems: items))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How many of the skills `items[range]` are in the bitset `bits` (the exact-overlap test of the scans).
@inline(__always)
func countPresent(_ items: UnsafePointer<UInt16>, _ range: Range<Int>, in bits: UnsafeBufferPointer<UInt64>) -> Int {
    var count = 0
    for i in range {
        let s = Int(items[i])
        count &+= Int(truncatingIfNeeded: (bits[s &>> 6] &>> UInt64(s & 63)) & 1)
    }
    return count
}

/// The same against two bitsets at once (a vacancy's essential and optional skills).
@inline(__always)
func countPresent(
    _ items: UnsafePointer<UInt16>, _ range: Range<Int>, in first: UnsafeBufferPointer<UInt64>,
    and second: UnsafeBufferPointer<UInt64>
) -> (Int, Int) {
    var a = 0
    var b = 0
    for i in range {
        let s = Int(items[i])
        let word = s &>> 6
        let bit = UInt64(s & 63)
        a &+= Int(truncatingIfNeeded: (first[word] &>> bit) & 1)
        b &+= Int(truncatingIfNeeded: (second[word] &>> bit) & 1)
    }
    return (a, b)
}
