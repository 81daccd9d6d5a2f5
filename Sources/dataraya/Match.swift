import ArgumentParser
import Foundation
import Matching
import TVET

/// `dataraya match`: the rankings of the API (CONTRACT 3.6) from the command line, with graduate ids (whoever holds
/// the store file holds the data), plus the fairness audit and the quality evaluation.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank jobs for a graduate or candidates for a vacancy, audit fairness, evaluate quality.",
        subcommands: [Jobs.self, Candidates.self, FairnessAuditCommand.self, Evaluate.self])

    struct Jobs: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The open vacancies that best fit a graduate, as JSON.")

        @OptionGroup var options: MatchingOptions
        @OptionGroup var ranking: RankingOptions

        @Option(help: "The graduate's id.")
        var graduate: String

        @Option(name: .customLong("min-salary"), help: "Only vacancies whose salary_max reaches this many ringgit.")
        var minSalary: Double?

        func run() throws {
            let (_, index) = try options.load()
            do {
                let hits = try index.jobs(
                    forGraduate: graduate, k: ranking.k, today: try options.day(), mode: ranking.matchMode,
                    filters: JobFilters(state: ranking.state, field: ranking.field, minSalary: minSalary))
                try printJSON(Hits(items: hits))
            } catch let error as MatchingError {
                throw error.failure
            }
        }
    }

    struct Candidates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The graduates open to matching who best fit a vacancy, as JSON.")

        @OptionGroup var options: MatchingOptions
        @OptionGroup var ranking: RankingOptions

        @Option(help: "The vacancy's id.")
        var vacancy: String

        func run() throws {
            let (_, index) = try options.load()
            do {
                let hits = try index.candidates(
                    forVacancy: vacancy, k: ranking.k, mode: ranking.matchMode,
                    filters: CandidateFilters(state: ranking.state, field: ranking.field))
                try printJSON(Hits(items: hits))
            } catch let error as MatchingError {
                throw error.failure
            }
        }
    }

    struct FairnessAuditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "The gender and state mix of top-k candidate lists against the eligible pool, as JSON.")

        @OptionGroup var options: MatchingOptions
        @OptionGroup var ranking: RankingOptions

        @Option(help: "Open vacancies sampled.")
        var sample: Int = 200

        func run() throws {
            let (catalog, index) = try options.load()
            do {
                try printJSON(try FairnessAudit.run(
                    index: index, catalog: catalog, sampleSize: sample, k: ranking.k, today: try options.day(),
                    mode: ranking.matchMode, filters: CandidateFilters(state: ranking.state, field: ranking.field)))
            } catch let error as MatchingError {
                throw error.failure
            }
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recall@k and NDCG@k both ways and in both modes, against the exact-overlap baseline, from the "
                + "generator's matching-truth.csv.")

        @OptionGroup var options: MatchingOptions

        @Option(help: ArgumentHelp("The generator's matching-truth.csv.", valueName: "file"))
        var truth: String

        @Option(help: "Graduates and vacancies sampled.")
        var sample: Int = 1000

        @Option(help: "The cut-off rank.")
        var k: Int = 10

        func run() throws {
            let (catalog, index) = try options.load()
            do {
                let report = try MatchingEvaluation.run(
                    index: index, catalog: catalog, truth: try MatchingTruth.load(path: truth), today: try options.day(),
                    k: k, sampleSize: sample)
                print("direction   mode    scorer          queries  Recall@\(report.k)  NDCG@\(report.k)")
                for row in report.rows {
                    print(
                        row.direction.padding(toLength: 12, withPad: " ", startingAt: 0)
                            + row.mode.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                            + row.scorer.padding(toLength: 16, withPad: " ", startingAt: 0)
                            + String(row.queries).padding(toLength: 9, withPad: " ", startingAt: 0)
                            + String(format: "%.3f", row.recall).padding(toLength: 11, withPad: " ", startingAt: 0)
                            + String(format: "%.3f", row.ndcg))
                }
            } catch let error as MatchingError {
                throw error.failure
            }
        }
    }

    struct Hits: Encodable {
        let items: [MatchHit]
    }
}
