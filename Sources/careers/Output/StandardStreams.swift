import CareerCore

/// The real process's streams and environment, kept out of everything that can be tested.
enum StandardStreams {
    /// Writes all of `text` to the file descriptor; returns the error (`errno`) that stopped it, if any.
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        guard !text.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { Descriptors.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes a command's result: stderr, then stdout. A write that fails (disk full, a closed descriptor)
    /// ends the program with status 1 and, where stderr still works, one line naming the cause; a closed
    /// pipe (`careers roles | head -1`) ends it quietly, as other Unix tools end.
    /// JSON is written as it is made, a part at a time (`JSONWriter`), so a long list is never held whole.
    static func finish(_ result: CLI.Result, pagedBy pager: (String) -> Bool) -> Never {
        if write(result.stderr, to: STDERR_FILENO) != nil { Processes.exit(1) }
        func stopped(by error: Int32?) {
            guard let error else { return }
            if error == EPIPE { Processes.exit(result.status) }
            write("careers: cannot write the output: \(SystemError.message(error))\n", to: STDERR_FILENO)
            Processes.exit(1)
        }
        switch result.body {
        case .text(let text):
            if !pager(text) { stopped(by: write(text, to: STDOUT_FILENO)) }
        case .json(let json):
            var writer = JSONWriter { bytes in stopped(by: Descriptors.writeAll(bytes, to: STDOUT_FILENO)) }
            writer.writeDocument(json)
        }
        Processes.exit(result.status)
    }

    /// The environment variables the tool reads (and only those: copying the whole environment costs
    /// more than some commands' whole work).
    static func environment(_ names: [String] = EnvironmentVariables.all.map(\.name)) -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = Environment.value(of: name) { result[name] = value }
        }
        return result
    }
}
