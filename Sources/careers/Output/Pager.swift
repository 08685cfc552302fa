import CareerCore

/// Long output on a terminal goes through a pager, as `git` does: `$CAREERS_PAGER`, then `$PAGER`, else
/// `less -FRX` (which quits at once when the page fits). Never down a pipe, never for JSON, never with
/// `--no-pager` or an empty `PAGER`; a pager program that cannot be found means printing as usual.
enum Pager {
    /// The pager to run, as a program path and its arguments, or nil to print directly.
    /// `lines` is the output's length; `height` the terminal's, when it reports one.
    static func command(for lines: Int, height: Int?, environment: [String: String]) -> [String]? {
        // A page that fits needs no pager (and an unknown height is taken as a page that fits).
        guard let height, lines >= height else { return nil }
        let setting = environment["CAREERS_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
        let words = setting.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        // An empty (or blank) setting turns paging off; so does `cat`, which pages nothing.
        guard let program = words.first, program != "cat" else { return nil }
        guard let path = find(program, in: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin") else { return nil }
        return [path] + words.dropFirst()
    }

    /// How many lines `text` takes (its line breaks), counted over its bytes.
    static func lineCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
    }

    /// The executable `program` names: itself when it has a slash, else the first match on `path`.
    static func find(_ program: String, in path: String) -> String? {
        let candidates =
            program.contains("/") ? [program] : path.split(separator: ":").map { ($0.isEmpty ? "." : String($0)) + "/" + program }
        return candidates.first { FileSystem.isExecutable($0) && !FileSystem.isDirectory($0) }
    }

    /// The pager's environment (`NAME=value` strings): ours, with `LESS=FRX` when `LESS` is unset, as git
    /// does, so that `less` shows colors (R) instead of escape codes, quits when the page fits (F) and
    /// leaves the page on screen (X).
    static func environment(_ environment: [String]) -> [String] {
        environment.contains { $0.hasPrefix("LESS=") } ? environment : environment + ["LESS=FRX"]
    }

    /// Runs `command` with `text` on its standard input and waits for it; false if it could not be started.
    /// As git does, careers ignores Ctrl-C and Ctrl-\ while the pager runs (they are the pager's: `less`
    /// takes them) and waits for it, so that the shell gets the terminal back only once the pager is done;
    /// and it puts the terminal's settings back as they were, should the pager have left them changed.
    static func run(_ command: [String], text: String) -> Bool {
        guard let pipe = Descriptors.pipe() else { return false }
        return Signals.ignoring([SIGINT, SIGQUIT]) {
            // A pager killed, or one that does not clean up, leaves the terminal without echo or line editing.
            let settings = TerminalDevice.Settings(of: STDOUT_FILENO)
            defer { settings?.restore() }
            let child = System.spawn(
                command, environment: environment(System.environment()), input: pipe.read, closing: pipe.write)
            Descriptors.close(pipe.read)
            guard let child else {
                Descriptors.close(pipe.write)
                return false
            }
            // A pager quit early (q in less) closes the pipe: that ends the writing quietly.
            Signals.ignore(SIGPIPE)
            StandardStreams.write(text, to: pipe.write)
            Descriptors.close(pipe.write)
            Processes.wait(for: child)
            return true
        }
    }
}
