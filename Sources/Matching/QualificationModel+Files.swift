import TVET

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension QualificationModel {
    /// Where `dataraya model train` writes the model, relative to the project root.
    public static let defaultDirectory = "models/matching"

    /// Writes `manifest.json` and the embedding (little-endian Float32, `skill_count × dimension`, row-major).
    public func save(to directory: String) throws(MatchingError) {
        let manifestPath = directory + "/manifest.json"
        let embeddingPath = directory + "/" + manifest.embeddingFile
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory, reason: "\(error)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try (encoder.encode(manifest) + [0x0a]).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
        } catch {
            throw .unwritable(path: manifestPath, reason: "\(error)")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(embedding.count * 4)
        for value in embedding { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: embeddingPath), options: .atomic)
        } catch {
            throw .unwritable(path: embeddingPath, reason: "\(error)")
        }
    }

    /// Reads a saved model and checks it against `taxonomy`: a different vocabulary (skills added, removed, renamed
    /// or reordered) is refused, since every embedding row would then describe the wrong skill.
    public static func load(from directory: String, taxonomy: SkillTaxonomy) throws(MatchingError) -> QualificationModel {
        let manifestPath = directory + "/manifest.json"
        guard let manifestData = FileManager.default.contents(atPath: manifestPath) else {
            throw .unreadableModel(path: manifestPath, reason: "no such file")
        }
        let manifest: ModelManifest
        do {
            manifest = try JSONDecoder().decode(ModelManifest.self, from: manifestData)
        } catch {
            throw .unreadableModel(path: manifestPath, reason: "not a model manifest (\(error))")
        }
        guard manifest.format == ModelManifest.currentFormat, manifest.modelVersion == ModelManifest.currentVersion else {
            throw .unreadableModel(
                path: manifestPath, reason: "format \(manifest.format) version \(manifest.modelVersion) is not supported")
        }
        let vocabulary = SkillVocabulary(taxonomy: taxonomy)
        guard manifest.vocabularyHash == vocabulary.hash, manifest.skillCount == vocabulary.count else {
            throw .vocabularyMismatch(
                modelHash: manifest.vocabularyHash, taxonomyHash: vocabulary.hash, modelSkills: manifest.skillCount,
                taxonomySkills: vocabulary.count)
        }
        guard !manifest.embeddingFile.contains("/") else {
            throw .unreadableModel(path: manifestPath, reason: "embedding_file must be a file name in the same folder")
        }
        let embeddingPath = directory + "/" + manifest.embeddingFile
        guard let data = FileManager.default.contents(atPath: embeddingPath) else {
            throw .unreadableModel(path: embeddingPath, reason: "no such file")
        }
        let expected = manifest.skillCount * manifest.dimension * 4
        guard data.count == expected else {
            throw .unreadableModel(path: embeddingPath, reason: "\(data.count) bytes, expected \(expected)")
        }
        let embedding = data.withUnsafeBytes { raw in
            (0..<(expected / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        return try QualificationModel(taxonomy: taxonomy, manifest: manifest, embedding: embedding)
    }
}
