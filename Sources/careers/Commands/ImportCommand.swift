import CareerCore

enum ImportCommand {
    static let force = OptionSpec(name: "force", help: "write into PACK even if it is not empty (replacing its guide files)")
    static let release = OptionSpec(
        name: "release", value: .text("VERSION"),
        help: "the database's release, such as 29.2, where DIR's name (db_29_2_text) does not say it")

    static let spec = CommandSpec(
        name: "import",
        summary: "turn a database such as O*NET's text files in DIR into a content pack in PACK",
        argument: ArgumentSpec(
            placeholder: "DIR PACK", help: "the database's directory, then where to write the pack (new or empty)",
            leadingChoice: LeadingChoice(placeholder: "FORMAT", choices: ["onet"], help: "what DIR holds"),
            value: .directory),
        options: [force, release],
        examples: [
            Example("careers import onet db_29_2_text onet", "the O*NET database as a pack in ./onet"),
            Example("careers --content onet match --have \"python, sql\"", "then use it like the bundled guide"),
        ],
        needsGuide: false,
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let arguments = context.invocation.arguments
        guard arguments.count == 2 else {
            throw .usage(
                "'careers import onet' needs two directories, the database's and the pack's, but was given \(arguments.count)",
                hint: "For example: careers import onet db_29_2_text onet")
        }
        let (directory, pack) = (arguments[0], arguments[1])
        for (path, what) in [(directory, "the database's directory"), (pack, "the pack's directory")] where path.allSatisfy(\.isWhitespace) {
            throw .usage("\(what) is blank, which names no directory", hint: "For example: careers import onet db_29_2_text onet")
        }
        // A release is numbered, as O*NET numbers them (29.2): it goes into the source's title as it is given.
        if let given = context.invocation.text(release),
            !given.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ part in
                !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
            })
        {
            throw .usage("'\(given.excerpt())' is not a release of the O*NET database", hint: "Give its number, for example --release 29.2.")
        }
        let progress = Progress()
        // Cleared however the import ends, before anything else is printed.
        defer { progress.finish() }
        let database: ONetDatabase
        let imported: ONetImport
        do {
            database = try ONetDatabase(directory: directory) { progress.show("reading \($0)") }
            progress.show("making the guide")
            imported = try ONetImport(database, directory: directory, release: context.invocation.text(release))
        } catch {
            throw failure(error.problems, "the O*NET files in '\(directory)' have")
        }
        progress.show("checking the guide")
        let files = imported.content.packFiles()
        let checked: Content
        do {
            // Read back as any pack is: what is written is a guide `validate` passes.
            checked = try ContentLoader.load(files: files, directory: pack)
        } catch {
            throw failure(error.errors.map { ImportProblem(file: $0.file, line: $0.position?.line, $0.message) }, "the guide made has")
        }
        progress.show("writing \(pack)")
        do {
            try PackWriter.writeAtomically(files, to: pack, force: context.invocation.isSet(force))
        } catch {
            switch error {
            case .notEmpty(let path):
                throw .failed("'\(path)' is not empty", hint: "Choose a new directory, or add --force to replace its guide files.")
            case .system(let path, let reason):
                throw .failed("cannot write '\(path)': \(reason)", hint: nil)
            }
        }
        // Compiled now, from what was just checked, so that the first command on the pack is as quick as the rest.
        progress.show("compiling \(pack)")
        context.packCache?.store(checked, writtenTo: pack)
        let content = imported.content
        let counts = [
            ("occupations", content.roles.count), ("technologies", content.skills.count),
            ("categories", content.categories.count), ("levels", content.levels.count),
        ]
        let summary = counts.map { "\($0.1) \($0.0)" }
        return CommandOutput(
            document: Document(blocks: [
                .text("Wrote \(content.sources[0].title) to \(pack): \(listed(summary))."),
                .text("Use it with 'careers --content \(CLIError.shellWord(pack)) …', for example 'careers --content \(CLIError.shellWord(pack)) roles'."),
            ]),
            json: .object(
                [("directory", .string(pack)), ("source", .string(content.sources[0].title))]
                    + counts.map { ($0.0, JSON.number(Double($0.1))) } + [("notes", .array(imported.notes.map(JSON.string)))]),
            notes: imported.notes.map { "note: " + $0 })
    }

    /// "`subject` N problems:", then every problem, one per line as `validate` gives them.
    private static func failure(_ problems: [ImportProblem], _ subject: String) -> CLIError {
        let noun = problems.count == 1 ? "a problem" : "\(problems.count) problems"
        return .failed("\(subject) \(noun):\n" + problems.map(\.description).joined(separator: "\n"), hint: nil)
    }
}

/// What an import is doing, on one line of a terminal's stderr that each step overwrites; nothing when
/// stderr is not a terminal (a script's log gets the result only).
private final class Progress {
    private let isShown = TerminalDevice.isTerminal(STDERR_FILENO)
    private var isOnScreen = false

    func show(_ step: String) {
        guard isShown else { return }
        write("\r\u{1B}[Kcareers: \(step)…")
        isOnScreen = true
    }

    func finish() {
        guard isOnScreen else { return }
        write("\r\u{1B}[K")
        isOnScreen = false
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Descriptors.writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }
}
