import CareerCore

enum HelpCommand {
    static let spec = CommandSpec(
        name: "help",
        summary: "show help for the tool or for one command",
        argument: ArgumentSpec(placeholder: "command", help: "the command to explain", required: false, value: .command),
        examples: [
            Example("careers help", "the list of commands"),
            Example("careers help skills", "the options of 'careers skills'"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let table = CommandTable.standard
        let help = Help(table: table, width: min(79, context.width))
        let name = context.invocation.argument
        let text: String
        if name.isEmpty {
            text = help.overview()
        } else if context.invocation.arguments.count > 1, table.command(named: context.invocation.arguments[0]) != nil {
            throw .usage(
                "'careers help' explains one command, but was given \(context.invocation.arguments.count) words: '\(name.excerpt())'",
                hint: "Run 'careers help \(context.invocation.arguments[0])'.")
        } else if let command = table.command(named: name) {
            text = help.page(for: command)
        } else {
            throw table.unknownCommand(name)
        }
        return CommandOutput(document: Document(blocks: [.preformatted(text)]), json: .object([("help", .string(text))]))
    }
}
