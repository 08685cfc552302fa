import CareerCore

/// The whole tool as a function: arguments and environment in; stdout, stderr and exit code out.
/// main.swift only connects it to the real process.
enum CLI {
    struct Result: Equatable {
        var status: Int32
        var body: Body
        var stderr: String
        /// Whether stdout is text for a person on a terminal, which a pager may show (see `Pager`).
        var mayPage = false

        /// What goes to stdout: text, or JSON, which the process streams as it is written (`StandardStreams`).
        enum Body {
            case text(String)
            case json(JSON)
        }

        init(status: Int32, stdout: String, stderr: String, mayPage: Bool = false) {
            (self.status, body, self.stderr, self.mayPage) = (status, .text(stdout), stderr, mayPage)
        }

        init(status: Int32, json: JSON, stderr: String) {
            (self.status, body, self.stderr) = (status, .json(json), stderr)
        }

        /// stdout as text: JSON as a document, ending with a line break.
        var stdout: String {
            switch body {
            case .text(let text): text
            case .json(let json): json.serialized() + "\n"
            }
        }

        static func == (lhs: Result, rhs: Result) -> Bool {
            (lhs.status, lhs.stdout, lhs.stderr, lhs.mayPage) == (rhs.status, rhs.stdout, rhs.stderr, rhs.mayPage)
        }
    }

    /// `catalog` stands in for the guide (tests); by default it is the pack that `--content` or
    /// `CAREERS_CONTENT` names, else the bundled one. `planMemo` keeps the plan once read (a test's, to count reads).
    static func run(
        _ arguments: [String], environment: [String: String], isInteractive: Bool = false, terminalWidth: Int? = nil,
        catalog: Catalog? = nil, table: CommandTable = .standard, planMemo: PlanMemo = PlanMemo()
    ) -> Result {
        if arguments.first == Completion.command {
            // Tab completion asks here; it never fails: a guide that does not load offers no names.
            let reply = Completion(table: table).reply(to: Array(arguments.dropFirst())) { content in
                catalog ?? (try? loadGuide(guideDirectory(content, environment: environment), environment: environment))?.catalog
            }
            return Result(status: 0, stdout: reply.text, stderr: "")
        }
        let invocation: Invocation
        do {
            invocation = try Parser(table: table).parse(arguments)
        } catch {
            return Result(status: error.exitCode, stdout: "", stderr: error.report)
        }
        let terminal = Terminal.detect(
            color: invocation.color, environment: environment, isInteractive: isInteractive, terminalWidth: terminalWidth)
        let help = Help(table: table, width: min(79, terminal.width))
        let directory = guideDirectory(invocation.text(CommandTable.content), environment: environment)
        // The guide is loaded only once a command needs it: not for help or usage errors. A warning about
        // how it was loaded (a cache not trusted) goes first on stderr, whatever follows.
        var warning = ""
        func guide() throws(CLIError) -> Catalog {
            if let catalog { return catalog }
            let loaded = try loadGuide(directory, environment: environment, named: invocation.text(CommandTable.content) == nil)
            warning = loaded.warning.map { "careers: \($0)\n" } ?? ""
            return loaded.catalog
        }
        // Text for a person at a terminal may go through a pager; JSON and pipes never do.
        let mayPage = isInteractive && !invocation.json && !invocation.isSet(CommandTable.noPager)
        if invocation.version {
            do {
                let catalog = try guide()
                let counts = [ItemKind.source, .role, .skill, .phase].map { catalog.count(of: $0) }
                if invocation.json {
                    let json = JSON.object(
                        [("version", .string(Version.number)), ("guide", directory.map(JSON.string) ?? .null)]
                            + zip(["sources", "roles", "skills", "phases"], counts).map { ($0, .number(Double($1))) })
                    return Result(status: 0, json: json, stderr: warning)
                }
                return Result(
                    status: 0,
                    stdout: "careers \(Version.number)\nguide: \(directory ?? "bundled"): \(counted(counts[0], "source")), "
                        + "\(counted(counts[1], "role")), \(counted(counts[2], "skill")), \(counted(counts[3], "roadmap phase"))\n",
                    stderr: warning)
            } catch {
                let stdout = invocation.json ? "" : "careers \(Version.number)\n"
                return Result(status: error.exitCode, stdout: stdout, stderr: warning + error.report)
            }
        }
        // Help, as text or, with --json, as `careers help --json` gives it.
        func helpResult(_ text: String) -> Result {
            guard invocation.json else { return Result(status: 0, stdout: text, stderr: "", mayPage: mayPage) }
            return Result(status: 0, json: .object([("help", .string(text))]), stderr: "")
        }
        guard let name = invocation.command, let command = table.command(named: name) else {
            return helpResult(help.overview())
        }
        if invocation.help { return helpResult(help.page(for: command)) }
        let output: CommandOutput
        do {
            let catalog = command.needsGuide ? try guide() : Catalog(.empty)
            output = try command.run(
                Context(
                    catalog: catalog, invocation: invocation, table: table, width: terminal.width,
                    isInteractive: isInteractive && !invocation.json, guideDirectory: directory,
                    planStore: PlanStore.locate(environment: environment), planMemo: planMemo,
                    packCache: PackCache.directory(environment: environment).map(PackCache.init(directory:))))
        } catch {
            return Result(status: error.exitCode, stdout: "", stderr: warning + error.report)
        }
        let notes = warning + output.notes.map { "careers: \(ControlCharacters.escaping($0))\n" }.joined()
        if invocation.json {
            return Result(status: output.exitCode, json: output.makeJSON(), stderr: notes)
        }
        return Result(
            status: output.exitCode, stdout: TextRenderer(terminal: terminal).render(output.document), stderr: notes,
            mayPage: mayPage)
    }

    /// The content pack in use: `--content`, else `CAREERS_CONTENT`; nil (an empty value too) for the bundled guide.
    static func guideDirectory(_ option: String?, environment: [String: String]) -> String? {
        (option ?? environment["CAREERS_CONTENT"]).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The guide in `directory`, or the bundled one.
    /// `namedByEnvironment`: the directory came from `CAREERS_CONTENT`, which a failure then names.
    /// `warning`: why the pack cache was not used, when it cannot be trusted.
    static func loadGuide(
        _ directory: String?, environment: [String: String], named namedByEnvironment: Bool = false
    )
        throws(CLIError) -> (catalog: Catalog, warning: String?)
    {
        guard let directory else { return (Catalog.bundled, nil) }
        do {
            // A pack's compiled form is kept in the user's cache directory between runs.
            guard let cache = PackCache.directory(environment: environment) else {
                return (try Catalog(directory: directory), nil)
            }
            return try PackCache(directory: cache).catalog(directory: directory)
        } catch {
            throw GuideProblems.failure(error, directory: directory, variable: namedByEnvironment ? "CAREERS_CONTENT" : nil)
        }
    }
}
