import Foundation
import TVET

/// Which files an import reads, in load order: the nine `<dataset>.csv` names, from folders or named directly.
public struct ImportPlan: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        public let dataset: DatasetSchema
        public let path: String
    }

    /// In `TVETSchema.datasets` order (a dataset named twice keeps the order of the arguments).
    public let files: [File]
    /// Files found in the folders that are not dataset files (`injected-errors.csv`, rejects files, notes).
    public let skipped: [String]

    /// Finds the dataset files among `paths`. A folder contributes the dataset files directly inside it; a file
    /// named directly must be one of the nine. Throws, before anything is read, on a path that does not exist,
    /// a file with another name, or when no dataset file is found at all.
    public static func make(paths: [String]) throws(ImportError) -> ImportPlan {
        var found: [File] = []
        var skipped: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { throw .noSuchPath(path) }
            if isFolder.boolValue {
                guard let names = try? manager.contentsOfDirectory(atPath: path) else { throw .unreadableFolder(path) }
                for name in names.sorted() {
                    let full = (path.hasSuffix("/") ? path : path + "/") + name
                    var nested: ObjCBool = false
                    guard manager.fileExists(atPath: full, isDirectory: &nested), !nested.boolValue else { continue }
                    if let dataset = dataset(fileName: name) {
                        found.append(File(dataset: dataset, path: full))
                    } else {
                        skipped.append(full)
                    }
                }
            } else {
                let name = URL(fileURLWithPath: path).lastPathComponent
                guard let dataset = dataset(fileName: name) else { throw .notADatasetFile(path) }
                found.append(File(dataset: dataset, path: path))
            }
        }
        guard !found.isEmpty else { throw .noDatasetFiles(paths) }
        let order = Dictionary(uniqueKeysWithValues: TVETSchema.datasets.enumerated().map { ($1.name, $0) })
        // A stable sort: files of one dataset stay in argument order.
        let files = found.enumerated().sorted { a, b in
            let (x, y) = (order[a.element.dataset.name]!, order[b.element.dataset.name]!)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return ImportPlan(files: files, skipped: skipped)
    }

    static func dataset(fileName: String) -> DatasetSchema? {
        TVETSchema.datasets.first { $0.fileName == fileName }
    }
}

/// Bad input found before anything is read or stored.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchPath(String)
    case unreadableFolder(String)
    case notADatasetFile(String)
    case noDatasetFiles([String])

    public var description: String {
        let names = TVETSchema.datasets.map(\.fileName).joined(separator: ", ")
        switch self {
        case .noSuchPath(let path): return "\(path): no such file or folder"
        case .unreadableFolder(let path): return "\(path): cannot list the folder"
        case .notADatasetFile(let path): return "\(path): not a dataset file (the names are \(names))"
        case .noDatasetFiles(let paths): return "no dataset file (\(names)) in \(paths.joined(separator: ", "))"
        }
    }
}
