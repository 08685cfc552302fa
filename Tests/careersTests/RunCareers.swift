import Foundation

/// Runs the built `careers` binary, as a user would, and captures what it does.
enum RunCareers {
    struct Outcome: Equatable {
        /// The exit status, or 128 + the signal's number when a signal ended the process (as shells report it).
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// How long a process may run before it is taken to hang and killed. Only a hang reaches it: speed is
    /// measured by the benchmark (Tests/Benchmarks), never by a test, so a busy machine cannot fail one.
    static let hangLimit: TimeInterval = 60

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
        try process([executable] + arguments, environment: cleanEnvironment.merging(environment) { _, new in new }, in: directory)
    }

    /// Runs a command line through /bin/sh, for pipes: `sh("$CAREERS roles | head -1")`.
    static func sh(_ script: String, environment: [String: String] = [:]) throws -> Outcome {
        try run(["-c", script], environment: environment.merging(["CAREERS": binary]) { a, _ in a }, executable: "/bin/sh")
    }

    /// A clean, predictable environment: no terminal, no colour preference, 80 columns, and an empty
    /// directory for the plan, so that no one's own plan is ever read (tests that write give their own).
    static let cleanEnvironment = [
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "CAREERS_STATE_DIR": emptyState, "COLUMNS": "80",
    ]

    /// Runs `command` (a path and its arguments) with `environment` (nil: this process's own) and `input` on
    /// its standard input, and kills it if it runs past `hangLimit`.
    static func process(
        _ command: [String], environment: [String: String]?, in directory: URL? = nil, input: String? = nil
    ) throws -> Outcome {
        let process = Process()
        if let directory { process.currentDirectoryURL = directory }
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        if let environment { process.environment = environment }
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        let hang = DispatchWorkItem { kill(process.processIdentifier, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + hangLimit, execute: hang)
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = readAll(stderr.fileHandleForReading)
            group.leave()
        }
        if let input {
            try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let outputData = readAll(stdout.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        hang.cancel()
        let signaled = process.terminationReason == .uncaughtSignal
        return Outcome(
            status: process.terminationStatus + (signaled ? 128 : 0), stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Everything `handle` gives until its end. Read with read(2), retried when a signal interrupts it:
    /// Foundation's `readDataToEndOfFile` traps on EINTR, which took the whole test run down once.
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(handle.fileDescriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return data }
            data.append(buffer, count: count)
        }
    }
}
