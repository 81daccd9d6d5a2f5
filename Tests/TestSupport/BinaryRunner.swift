import Foundation

/// Runs the built `dataraya` executable as a user would, capturing what it prints.
public enum BinaryRunner {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The executable built beside the test bundle (`swift build` puts both in the same folder).
    public static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("dataraya")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return ProjectFiles.root.appendingPathComponent(".build/debug/dataraya")
    }

    public static func run(_ arguments: [String], stdin: String? = nil, in directory: String? = nil) throws -> Output {
        try execute(executable, arguments, stdin: stdin, in: directory)
    }

    /// Runs a program of the project (a script, or a virtualenv's Python) from the project's folder, with
    /// `environment` added to this process's own.
    public static func runScript(_ path: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> Output {
        try execute(ProjectFiles.root.appendingPathComponent(path), arguments, in: ProjectFiles.root.path, environment: environment)
    }

    private static func execute(
        _ program: URL, _ arguments: [String], stdin: String? = nil, in directory: String? = nil, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a chatty process cannot fill a pipe and block.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
