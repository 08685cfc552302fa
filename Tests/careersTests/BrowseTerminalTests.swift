import Foundation
import Testing

private let tmuxPath = ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// `careers browse` in a real terminal: tmux runs it on a pseudo-terminal of a given size, keys are sent
/// as a person types them, and the screen is read back. Nothing waits on the clock but to poll for what
/// the screen should show, with a generous limit, so a busy machine is slower, never failing.
@Suite("careers browse in a real terminal", .enabled(if: tmuxPath != nil, "needs tmux (.ci/run installs it)"))
struct BrowseTerminalTests {
    static let tmux = tmuxPath

    /// One tmux server of its own, with one window running `careers browse` from a shell that then writes
    /// the exit status and `stty -a` to files, and waits.
    final class Session {
        let folder: URL
        let socket: String
        var state: URL { folder.appendingPathComponent("state") }

        /// `jobControl`: a shell with job control (bash -m) runs it, as a person's shell does; once the browser
        /// stops (Ctrl-Z), the shell writes its status and `stty -a`, says SHELL-BETWEEN, and on a line typed
        /// brings it back with `fg`.
        init(_ arguments: String = "", width: Int = 100, height: Int = 30, environment: String = "", jobControl: Bool = false) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("careers-browse-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("state"), withIntermediateDirectories: true)
            socket = folder.appendingPathComponent("tmux").path
            let stopped = """
                echo $? > '\(folder.path)/stopped'
                stty -a > '\(folder.path)/stty-stopped'
                echo SHELL-BETWEEN
                read line
                fg
                """
            let script = """
                \(jobControl ? "set -m" : "")
                export CAREERS_STATE_DIR='\(state.path)' XDG_CACHE_HOME='\(folder.path)/cache' \(environment)
                '\(RunCareers.binary)' browse \(arguments)
                \(jobControl ? stopped : "")
                echo $? > '\(folder.path)/status'
                stty -a > '\(folder.path)/stty'
                echo SHELL-AGAIN
                sleep 120
                """
            try script.write(to: folder.appendingPathComponent("session.sh"), atomically: true, encoding: .utf8)
            try tmux("new-session", "-d", "-x", "\(width)", "-y", "\(height)", "\(jobControl ? "/bin/bash" : "/bin/sh") '\(folder.path)/session.sh'")
        }

        /// The shell's view of the browser stopped by Ctrl-Z: its status and the terminal's settings.
        func stopped() throws -> (status: String, stty: String) {
            try wait(for: "SHELL-BETWEEN")
            let status = try String(contentsOf: folder.appendingPathComponent("stopped"), encoding: .utf8)
            let stty = try String(contentsOf: folder.appendingPathComponent("stty-stopped"), encoding: .utf8)
            return (status.trimmingCharacters(in: .whitespacesAndNewlines), stty)
        }

        deinit {
            _ = try? tmux("kill-server")
            try? FileManager.default.removeItem(at: folder)
        }

        @discardableResult
        func tmux(_ arguments: String...) throws -> String {
            let outcome = try RunCareers.process(
                [BrowseTerminalTests.tmux!, "-S", socket, "-f", "/dev/null"] + arguments,
                environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": folder.path])
            return outcome.stdout
        }

        func send(_ keys: String...) throws {
            try tmux(["send-keys", "-t", "0"] + keys)
        }

        private func tmux(_ arguments: [String]) throws {
            _ = try RunCareers.process(
                [BrowseTerminalTests.tmux!, "-S", socket, "-f", "/dev/null"] + arguments,
                environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": folder.path])
        }

        /// The screen as text; `escapes`: with its style sequences.
        func screen(escapes: Bool = false) throws -> String {
            escapes ? try tmux("capture-pane", "-p", "-e", "-t", "0") : try tmux("capture-pane", "-p", "-t", "0")
        }

        /// Waits (up to 30 s) until the screen passes `test`; the last screen seen.
        @discardableResult
        func wait(for what: String, _ test: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(30)
            var screen = ""
            while Date() < deadline {
                screen = try self.screen()
                if test(screen) { return screen }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("the screen never showed \(what):\n\(screen)")
            return screen
        }

        @discardableResult
        func wait(for text: String) throws -> String { try wait(for: "'\(text)'") { $0.contains(text) } }

        /// After the browser ended: its exit status and the terminal's settings as it left them.
        func ended() throws -> (status: String, stty: String) {
            try wait(for: "SHELL-AGAIN")
            let status = try String(contentsOf: folder.appendingPathComponent("status"), encoding: .utf8)
            let stty = try String(contentsOf: folder.appendingPathComponent("stty"), encoding: .utf8)
            return (status.trimmingCharacters(in: .whitespacesAndNewlines), stty)
        }

        /// Whether the pane is on the alternate screen now.
        func alternateScreen() throws -> Bool {
            try tmux("display-message", "-p", "-t", "0", "#{alternate_on}").hasPrefix("1")
        }

        var plan: String { (try? String(contentsOf: state.appendingPathComponent("progress.json"), encoding: .utf8)) ?? "" }
    }

    /// The terminal is left as a shell needs it: line editing and echo on.
    func expectSane(_ stty: String) {
        let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("icanon") && words.contains("echo") && words.contains("isig"), "\(stty)")
    }

    /// Every line of the screen within `width`.
    func expectWithin(_ screen: String, _ width: Int) {
        for line in screen.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
    }

    @Test("Open, search, open a page, follow a link, back, mark, resize, quit: the terminal left sane")
    func walk() throws {
        let session = try Session(width: 100, height: 30)
        var screen = try session.wait(for: "> Machine Learning Engineer")
        #expect(screen.contains("│Machine Learning Engineer"))
        #expect(try session.alternateScreen())
        // Search as you type; Enter opens the top result.
        try session.send("/", "p", "y", "t", "o", "r")
        screen = try session.wait(for: "> PyTorch (skill)")
        #expect(screen.contains("/pytor_"))
        try session.send("Enter")
        screen = try session.wait(for: "> PyTorch")
        #expect(screen.contains("│PyTorch"))
        // Mark it done: the plan file says so, and the list shows it at once.
        try session.send("d")
        try session.wait(for: "> PyTorch [done]")
        #expect(session.plan.contains("\"pytorch\": \"done\""))
        // Follow a link: the first the page lists.
        try session.send("Tab")
        screen = try session.wait(for: "│> ")
        let link = try #require(screen.split(separator: "\n").first { $0.contains("│> ") })
        let name = try #require(link.split(separator: ": ", maxSplits: 1).last).trimmingCharacters(in: .whitespaces)
        try session.send("Enter")
        try session.wait(for: "the linked page") { $0.split(separator: "\n").dropFirst().first?.hasSuffix("│" + name) == true }
        // Back to PyTorch.
        try session.send("BSpace")
        try session.wait(for: "back at PyTorch") { $0.contains("│PyTorch") }
        // Narrower than side by side: the page alone, within the width.
        try session.tmux("resize-window", "-t", "0", "-x", "60", "-y", "20")
        screen = try session.wait(for: "the page alone") { $0.split(separator: "\n").dropFirst().first?.hasPrefix("PyTorch") == true }
        expectWithin(screen, 60)
        try session.send("q")
        let (status, stty) = try session.ended()
        #expect(status == "0")
        expectSane(stty)
        #expect(try !session.alternateScreen())
    }

    @Test("Ctrl-C quits as an interrupted program does (status 130) and puts the terminal back; q quits with 0")
    func controlC() throws {
        let session = try Session()
        try session.wait(for: "> Machine Learning Engineer")
        try session.send("j", "C-c")
        let (status, stty) = try session.ended()
        #expect(status == "130")
        expectSane(stty)
        #expect(try !session.alternateScreen())
    }

    @Test("Ctrl-Z stops it as a shell's job, the terminal put back; fg takes the screen again where it was")
    func controlZ() throws {
        let session = try Session(jobControl: true)
        try session.wait(for: "> Machine Learning Engineer")
        try session.send("j")
        try session.wait(for: "> Data Scientist")
        try session.send("C-z")
        let (stoppedStatus, stoppedStty) = try session.stopped()
        #expect(stoppedStatus == "\(128 + SIGTSTP)")
        expectSane(stoppedStty)
        #expect(try !session.alternateScreen())
        try session.send("Enter")
        try session.wait(for: "> Data Scientist")
        #expect(try session.alternateScreen())
        try session.send("q")
        let (status, stty) = try session.ended()
        #expect(status == "0")
        expectSane(stty)
    }

    @Test("SIGTERM, SIGHUP and the other signals that end a program end it so, the terminal put back first")
    func signals() throws {
        for (signal, number) in [(SIGTERM, 15), (SIGHUP, 1), (SIGUSR1, 10), (SIGALRM, 14)] {
            let session = try Session("data scientist")
            try session.wait(for: "│Data Scientist")
            let shell = try session.tmux("display-message", "-p", "-t", "0", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            let browser = try #require(Int32(children.split(separator: " ").first ?? ""))
            kill(browser, signal)
            let (status, stty) = try session.ended()
            #expect(status == "\(128 + number)")
            expectSane(stty)
            #expect(try !session.alternateScreen())
        }
    }

    @Test("NO_COLOR and TERM=dumb: no colour; dumb also no alternate screen, still usable")
    func plainTerminals() throws {
        let colored = try Session()
        try colored.wait(for: "> Machine Learning Engineer")
        #expect(try colored.screen(escapes: true).contains("\u{1B}[7m"))
        let plain = try Session(environment: "NO_COLOR=1")
        try plain.wait(for: "> Machine Learning Engineer")
        let screen = try plain.screen(escapes: true)
        #expect(!screen.contains("\u{1B}[7m") && !screen.contains("\u{1B}[1m"))
        let dumb = try Session(environment: "TERM=dumb")
        try dumb.wait(for: "> Machine Learning Engineer")
        #expect(try !dumb.alternateScreen())
        try dumb.send("j")
        try dumb.wait(for: "> Data Scientist")
        try dumb.send("q")
        expectSane(try dumb.ended().stty)
    }

    @Test("Without a terminal it refuses: one line, exit 2, no escape sequences")
    func withoutATerminal() throws {
        for outcome in [try RunCareers.run(["browse"]), try RunCareers.sh("$CAREERS browse < /dev/null | cat")] {
            #expect(outcome.status == 2 || outcome.stderr.contains("needs a terminal"))
            #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
            #expect(!(outcome.stdout + outcome.stderr).contains("\u{1B}"))
        }
        #expect(try RunCareers.run(["browse"]).status == 2)
        #expect(try RunCareers.sh("$CAREERS browse < /dev/null | cat; exit ${PIPESTATUS:-0}").stdout.isEmpty)
    }
}
