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
        try Child(command, environment: environment, in: directory, input: input).outcome()
    }

    /// Starts the binary with `arguments` and returns at once: `outcome()` waits for it.
    static func start(_ arguments: [String], environment: [String: String]) throws -> Child {
        try Child([binary] + arguments, environment: cleanEnvironment.merging(environment) { _, new in new }, in: nil, input: nil)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// A started process with its three pipes. Started with posix_spawn and read with poll(2), on the calling
    /// thread: Foundation's `Process` (a run loop thread and a SIGCHLD source per process) crashed a whole
    /// test run once when many tests started processes at the same time.
    final class Child {
        let pid: pid_t
        private var input: [UInt8]
        private var inputPipe: Int32?, outputPipe: Int32, errorPipe: Int32

        /// Pipes are made and the child started under one lock, so that no other test's child inherits
        /// these pipes' ends (which would hold a pipe open, and a reader waiting, until that child ended).
        private static let spawning: NSLock = {
            // A child that stops reading its input must not end the test run with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            return NSLock()
        }()

        init(_ command: [String], environment: [String: String]?, in directory: URL?, input: String?) throws {
            // A directory is entered by a shell, as posix_spawn has no portable way to change it.
            let command = directory.map { ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", $0.path] + command } ?? command
            let environment = environment.map { $0.map { "\($0.key)=\($0.value)" } } ?? ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
            self.input = Array((input ?? "").utf8)
            Self.spawning.lock()
            defer { Self.spawning.unlock() }
            let (stdinRead, stdinWrite) = try Self.pipe()
            let (stdoutRead, stdoutWrite) = try Self.pipe()
            let (stderrRead, stderrWrite) = try Self.pipe()
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            if input == nil {
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            } else {
                posix_spawn_file_actions_adddup2(&actions, stdinRead, 0)
            }
            posix_spawn_file_actions_adddup2(&actions, stdoutWrite, 1)
            posix_spawn_file_actions_adddup2(&actions, stderrWrite, 2)
            let argv = command.map { strdup($0) } + [nil]
            let envp = environment.map { strdup($0) } + [nil]
            defer { for string in argv + envp { free(string) } }
            // As a shell starts a command: no signal blocked (a test runner's threads block some) and every
            // signal's action the default (this process ignores SIGPIPE).
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var signals = sigset_t()
            sigemptyset(&signals)
            posix_spawnattr_setsigmask(&attributes, &signals)
            sigfillset(&signals)
            sigdelset(&signals, SIGKILL)
            sigdelset(&signals, SIGSTOP)
            posix_spawnattr_setsigdefault(&attributes, &signals)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var pid = pid_t()
            let failure = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
            for end in [stdinRead, stdoutWrite, stderrWrite] { close(end) }
            guard failure == 0 else {
                for end in [stdinWrite, stdoutRead, stderrRead] { close(end) }
                throw SpawnError(description: "cannot start \(command[0]): \(String(cString: strerror(failure)))")
            }
            self.pid = pid
            // Written as the child reads it (poll says when): never a blocking write of more than fits.
            _ = fcntl(stdinWrite, F_SETFL, fcntl(stdinWrite, F_GETFL) | O_NONBLOCK)
            (inputPipe, outputPipe, errorPipe) = (stdinWrite, stdoutRead, stderrRead)
            if input == nil { closeInput() }
        }

        /// A pipe whose two ends close on exec (the child gets copies made by dup2, which do not).
        private static func pipe() throws -> (read: Int32, write: Int32) {
            var ends: [Int32] = [0, 0]
            guard Glibc.pipe(&ends) == 0 else { throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))") }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            return (ends[0], ends[1])
        }

        private func closeInput() {
            if let inputPipe { close(inputPipe) }
            inputPipe = nil
        }

        /// Writes the input and reads both outputs as they come, so that no pipe fills and blocks the child;
        /// then waits for it. A child still running after `hangLimit` is killed.
        func outcome() throws -> Outcome {
            let deadline = Date().addingTimeInterval(hangLimit)
            var output: [UInt8] = [], errors: [UInt8] = []
            var open: [Int32: Bool] = [outputPipe: true, errorPipe: true]
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while open.values.contains(true) {
                var watched = open.filter(\.value).keys.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                if let inputPipe { watched.append(pollfd(fd: inputPipe, events: Int16(POLLOUT), revents: 0)) }
                let remaining = deadline.timeIntervalSinceNow
                if remaining <= 0 { kill(pid, SIGKILL) }
                // Killed, yet a pipe still open: a process it started holds it. Stop reading.
                if remaining < -5 { break }
                let ready = poll(&watched, nfds_t(watched.count), Int32(max(100, min(remaining, 1) * 1000)))
                if ready < 0, errno != EINTR { throw SpawnError(description: "poll: \(String(cString: strerror(errno)))") }
                for entry in watched where entry.revents != 0 {
                    if entry.fd == inputPipe {
                        let count = input.withUnsafeBytes { write(entry.fd, $0.baseAddress, $0.count) }
                        if count > 0 { input.removeFirst(count) }
                        if input.isEmpty || (count < 0 && errno != EINTR && errno != EAGAIN) { closeInput() }
                        continue
                    }
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count < 0, errno == EINTR || errno == EAGAIN { continue }
                    if count <= 0 {
                        open[entry.fd] = false
                        close(entry.fd)
                    } else if entry.fd == outputPipe {
                        output += buffer[..<count]
                    } else {
                        errors += buffer[..<count]
                    }
                }
            }
            closeInput()
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            // As shells report it: the exit status, or 128 + the number of the signal that ended the process.
            let signal = status & 0x7f
            return Outcome(
                status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, stdout: String(decoding: output, as: UTF8.self),
                stderr: String(decoding: errors, as: UTF8.self))
        }
    }
}
