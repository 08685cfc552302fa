import CareerCore

/// The whole tool as a function: arguments and environment in; stdout, stderr and exit code out.
/// main.swift only connects it to the real process.
enum CLI {
    struct Result: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ arguments: [String], environment: [String: String], isInteractive: Bool = false, terminalWidth: Int? = nil,
        catalog: @autoclosure () -> Catalog = .bundled, table: CommandTable = .standard
    ) -> Result {
        let invocation: Invocation
        do {
            invocation = try Parser(table: table).parse(arguments)
        } catch {
            return Result(status: error.exitCode, stdout: "", stderr: error.report)
        }
        let help = Help(table: table)
        // The guide is built only once a command needs it: not for help or usage errors.
        if invocation.version {
            let content = catalog().content
            return Result(
                status: 0,
                stdout: "careers \(Version.number)\nguide: \(content.sources.count) sources, \(content.roles.count) roles, "
                    + "\(content.skills.count) skills, \(content.phases.count) roadmap phases\n",
                stderr: "")
        }
        guard let name = invocation.command, let command = table.command(named: name) else {
            return Result(status: 0, stdout: help.overview(), stderr: "")
        }
        if invocation.help {
            return Result(status: 0, stdout: help.page(for: command), stderr: "")
        }
        let output: CommandOutput
        do {
            output = try command.run(Context(catalog: catalog(), invocation: invocation))
        } catch {
            return Result(status: error.exitCode, stdout: "", stderr: error.report)
        }
        let notes = output.notes.map { "careers: \(CLIError.escapingControls($0))\n" }.joined()
        if invocation.json {
            return Result(status: 0, stdout: output.makeJSON().serialized() + "\n", stderr: notes)
        }
        let terminal = Terminal.detect(
            color: invocation.color, environment: environment, isInteractive: isInteractive, terminalWidth: terminalWidth)
        return Result(status: 0, stdout: TextRenderer(terminal: terminal).render(output.document), stderr: notes)
    }
}
