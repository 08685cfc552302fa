import Foundation

/// Runs the built `careers` binary, as a user would, and captures what it does.
enum RunCareers {
    struct Outcome: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary SwiftPM built beside this test bundle.
    static let binary: String = {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("careers").path
    }()

    /// A directory no test writes in: the plan there is always empty.
    static let emptyState: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-empty-state-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: RunCareers.emptyState) }
        return directory.path
    }()

    /// Runs the binary with `arguments`, in `directory` when given (for commands that write where they run).
    static func run(
        _ arguments: [String], environment: [String: String] = [:], executable: String = binary, in directory: URL? = nil
    ) throws -> Outcome {
        try shell([executable] + arguments, environment: environment, directory: directory)
    }

    /// Runs a command line through /bin/sh, for pipes: `sh("$CAREERS roles | head -1")`.
    static func sh(_ script: String, environment: [String: String] = [:]) throws -> Outcome {
        try shell(["/bin/sh", "-c", script], environment: environment.merging(["CAREERS": binary]) { a, _ in a })
    }

    private static func shell(_ command: [String], environment: [String: String], directory: URL? = nil) throws -> Outcome {
        let process = Process()
        if let directory { process.currentDirectoryURL = directory }
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        // A clean, predictable environment: no terminal, no colour preference, default width, and an empty
        // directory for the plan, so that no one's own plan is ever read (tests that write give their own).
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "CAREERS_STATE_DIR": emptyState].merging(
            environment
        ) { _, new in new }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
