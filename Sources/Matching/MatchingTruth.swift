import TVET

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The evaluation's ground truth: the occupation (MASCO code) each programme trains for, as the generator writes it
/// in `matching-truth.csv` (`programme_id,masco_code`). A vacancy is relevant to a graduate when it is for their
/// programme's occupation and the hard rules allow the pair.
public struct MatchingTruth: Sendable, Equatable {
    public static let fileName = "matching-truth.csv"
    public static let header = ["programme_id", "masco_code"]

    public let occupationOfProgramme: [String: String]

    public init(occupationOfProgramme: [String: String]) { self.occupationOfProgramme = occupationOfProgramme }

    public static func load(path: String) throws(MatchingError) -> MatchingTruth {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableTruth(path: path, reason: "no such file")
        }
        var reader = CSVReader(bytes: Array(data))
        var fields: [String] = []
        var map: [String: String] = [:]
        do {
            guard try reader.nextRecord(into: &fields) != nil, fields == header else {
                throw MatchingError.unreadableTruth(path: path, reason: "the header must be \(header.joined(separator: ","))")
            }
            while let line = try reader.nextRecord(into: &fields) {
                guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw MatchingError.unreadableTruth(path: path, reason: "line \(line): expected programme_id,masco_code")
                }
                map[fields[0]] = fields[1]
            }
        } catch let error as MatchingError {
            throw error
        } catch {
            throw .unreadableTruth(path: path, reason: "\(error)")
        }
        return MatchingTruth(occupationOfProgramme: map)
    }
}
