import Columnar
import Foundation
import Synchronization
import TVET

/// The matching index behind the service, kept in step with the engine: a batch of vacancies or graduates marks its side
/// stale, and the next request (or the rebuild started at once in the background) reads that side again from the new
/// snapshot. Nothing is retrained, so a posted vacancy is rankable as soon as its side is rebuilt (docs/MATCHING.md
/// gives the times).
public final class MatchService: Sendable {
    public let model: QualificationModel
    private let engine: CatalogStore
    private let state: Mutex<State>
    /// What employers may be shown of candidates, built from the graduates' side of the data; nil until first asked
    /// for, and again after a batch of graduates, programmes or students.
    private let disclosure = Mutex<(generation: Int, built: CandidateDisclosure?)>((0, nil))

    private struct State {
        var index: MatchingIndex
        var staleVacancies = false
        var staleGraduates = false
    }

    public init(engine: CatalogStore, model: QualificationModel) throws(MatchingError) {
        self.engine = engine
        self.model = model
        state = Mutex(State(index: try MatchingIndex(catalog: engine.snapshot, model: model)))
    }

    /// The datasets whose batches change one side of the index: vacancies the jobs side, the rest the candidates.
    static let candidateSources = Set([DatasetSchema.graduates, .programmes, .students].map(\.name))

    /// Tells the service that a batch of `dataset` has been published to the engine: the side it touches is marked
    /// stale and rebuilt at once in the background (or by the next request, whichever comes first).
    public func datasetChanged(_ dataset: String) {
        let vacancies = dataset == DatasetSchema.vacancies.name
        guard vacancies || Self.candidateSources.contains(dataset) else { return }
        state.withLock {
            if vacancies { $0.staleVacancies = true } else { $0.staleGraduates = true }
        }
        if !vacancies { disclosure.withLock { $0 = ($0.generation + 1, nil) } }
        // A rebuild takes up to a few hundred ms of CPU: on a dispatch queue, never on Swift's cooperative pool.
        DispatchQueue.global(qos: .utility).async { [weak self] in
            _ = try? self?.index()
            if !vacancies { _ = self?.candidateDisclosure() }
        }
    }

    /// What employers may be shown of candidates (`CandidateDisclosure`) for the current data: reading every graduate
    /// takes a few hundred ms at national scale, so it is built once and again only after the graduates' side changed.
    public func candidateDisclosure() -> CandidateDisclosure {
        let (generation, cached) = disclosure.withLock { $0 }
        if let cached { return cached }
        let built = CandidateDisclosure(catalog: engine.snapshot)
        // Kept only if no batch of graduates came in while it was built from the snapshot before it.
        disclosure.withLock { if $0.generation == generation { $0.built = built } }
        return built
    }

    /// The current index, with any stale side rebuilt from the engine's current snapshot first.
    public func index() throws(MatchingError) -> MatchingIndex {
        try state.withLock { (state: inout State) throws(MatchingError) -> MatchingIndex in
            guard state.staleVacancies || state.staleGraduates else { return state.index }
            let snapshot = engine.snapshot
            if state.staleGraduates {
                state.index = try state.index.replacingGraduates(from: snapshot)
                state.staleGraduates = false
            }
            if state.staleVacancies {
                state.index = try state.index.replacingVacancies(from: snapshot)
                state.staleVacancies = false
            }
            return state.index
        }
    }

    /// The model saved in `directory` when it fits the taxonomy, else one trained now from `catalog`; `note` hears
    /// which, and why a saved model was not used.
    public static func model(
        directory: String, catalog: Catalog, taxonomy: SkillTaxonomy, note: (String) -> Void
    ) throws(MatchingError) -> QualificationModel {
        if FileManager.default.fileExists(atPath: directory + "/manifest.json") {
            do {
                return try QualificationModel.load(from: directory, taxonomy: taxonomy)
            } catch {
                note("the saved matching model is not used: \(error.description)")
            }
        }
        let started = Date()
        let model = try QualificationModel.train(catalog: catalog, taxonomy: taxonomy, options: TrainingOptions(trainedOn: .today()))
        note("trained the matching model from the loaded data in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        return model
    }
}
