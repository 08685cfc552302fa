import CareerCore

/// `careers browse [NAME]`: the guide as a full-screen browser. The loop reads a key, lets the model change
/// the state, carries out its effect on the plan file, and draws the screen the state describes.
enum BrowseCommand {
    /// The kinds a name given on the command line may name.
    static let kinds: [ItemKind] = ItemKind.allCases.filter { $0 != .category }

    static let spec = CommandSpec(
        name: "browse",
        summary: "browse the guide full-screen: lists, pages, links, search, marks (needs a terminal)",
        argument: ArgumentSpec(
            placeholder: "name", help: "the item to open first; none starts at the list of roles", required: false,
            value: .name("name", kinds)),
        examples: [
            Example("careers browse", "start at the list of roles"),
            Example("careers browse pytorch", "start at a skill's page"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.invocation.json {
            throw .usage("'careers browse' is for a person at a terminal: it has no JSON", hint: nil)
        }
        guard TerminalDevice.isTerminal(STDIN_FILENO), TerminalDevice.isTerminal(STDOUT_FILENO) else {
            throw .usage("'careers browse' needs a terminal for its input and output; try 'careers show' or 'careers search'", hint: nil)
        }
        let name = context.invocation.argument
        let first = name.isEmpty ? nil : try context.resolve(name, among: kinds, noun: "item").ref
        let environment = StandardStreams.environment()
        let dumb = environment["TERM"] == "dumb"
        let color =
            Terminal.detect(color: context.invocation.color, environment: environment, isInteractive: true, terminalWidth: nil).color
            && !dumb
        let (plan, warnings) = context.marks()
        guard let terminal = RawTerminal(input: STDIN_FILENO, output: STDOUT_FILENO, alternateScreen: !dumb) else {
            throw .failed("cannot take over the terminal (its settings cannot be changed)", hint: nil)
        }
        defer { terminal.restore() }
        var session = Session(
            context: context, terminal: terminal, dumb: dumb, timings: Environment.value(of: "CAREERS_BROWSE_TIMINGS"))
        session.state.color = color
        session.state.plan = plan
        session.state.message = warnings.first
        session.run(opening: first)
        if session.state.interrupted {
            // Ended as Ctrl-C ends a program, the terminal put back first: by SIGINT, so that a shell running it
            // in a loop or a script stops too (its status is then 130); where SIGINT was ignored, with 130.
            terminal.restore()
            if !Signals.isIgnored(SIGINT) {
                signal(SIGINT, SIG_DFL)
                raise(SIGINT)
            }
        }
        return CommandOutput(document: Document(), json: .null, exitCode: session.state.interrupted ? 130 : 0)
    }

    /// The running browser: the state, the terminal, and the times it took to answer keys.
    struct Session {
        let context: Context
        let terminal: RawTerminal
        let model: BrowserModel
        let dumb: Bool
        var state = BrowserState()
        /// Where to append the time from each key to the end of its redraw (the benchmark reads it).
        let timingsPath: String?
        private var timings: [String] = []

        init(context: Context, terminal: RawTerminal, dumb: Bool, timings: String?) {
            self.context = context
            self.terminal = terminal
            self.dumb = dumb
            self.timingsPath = timings.flatMap { $0.isEmpty ? nil : $0 }
            model = BrowserModel(guide: BrowseGuide(context: context))
        }

        mutating func run(opening first: ItemRef?) {
            let clock = ContinuousClock()
            let start = clock.now
            resize()
            if let first { model.open(&state, first) }
            draw()
            timings.append("first \(microseconds(clock.now - start))")
            while !state.quit {
                switch terminal.read(timeout: 1000) {
                case .closed: state.quit = true
                case .timeout:
                    // A resize whose signal came between two reads is caught here.
                    if let size = terminal.size, size.columns != state.width || size.rows != state.height {
                        resize()
                        draw()
                    }
                case .resized:
                    resize()
                    draw()
                case .bytes(let bytes):
                    let began = clock.now
                    let searching = state.focus == .search
                    for key in Key.decode(bytes) where !state.quit {
                        if key == .suspend {
                            // Stopped here until the shell's `fg`; then the screen may have changed size.
                            terminal.suspend()
                            resize()
                            continue
                        }
                        if let effect = model.update(&state, key) { apply(effect) }
                        if state.quit { break }
                    }
                    if !state.quit { draw() }
                    timings.append("\(searching ? "search" : "key") \(microseconds(clock.now - began))")
                }
            }
            saveTimings()
        }

        private mutating func resize() {
            let size = terminal.size ?? (80, 24)
            (state.width, state.height) = (max(size.columns, 1), max(size.rows, 1))
            model.scrollList(&state)
        }

        private func draw() {
            let lines = Screen(model: model).lines(state)
            if dumb {
                // A dumb terminal moves no cursor: the whole screen again, below the last.
                terminal.write("\r\n" + lines.joined(separator: "\r\n"))
            } else {
                terminal.write("\u{1B}[H" + lines.joined(separator: "\u{1B}[K\r\n") + "\u{1B}[K")
            }
        }

        /// Carries out an effect on the plan file, through the same locked store `careers mark` uses.
        private mutating func apply(_ effect: BrowserEffect) {
            do throws(CLIError) {
                switch effect {
                case .mark(let ref, let mark):
                    state.plan = try context.updatePlan { $0.set(mark, on: [ref]) }
                    let name = context.catalog.name(of: ref)
                    state.message = mark.map { "Marked \($0.rawValue): \(name)." } ?? "Cleared the mark of \(name)."
                case .target(let ref):
                    state.plan = try context.updatePlan { $0.target = ref.id }
                    state.message = "Your target: \(context.catalog.name(of: ref))."
                }
            } catch {
                state.message = error.message
            }
        }

        private func microseconds(_ duration: Duration) -> Int {
            Int(duration.components.seconds) * 1_000_000 + Int(duration.components.attoseconds / 1_000_000_000_000)
        }

        private func saveTimings() {
            guard let timingsPath,
                let file = Descriptors.open(timingsPath, O_WRONLY | O_CREAT | O_APPEND, permissions: 0o644)
            else { return }
            let text = timings.joined(separator: "\n") + "\n"
            _ = StandardStreams.write(text, to: file)
            Descriptors.close(file)
        }
    }
}
