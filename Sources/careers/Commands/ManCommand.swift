import CareerCore

/// `careers man`: the manual page, in roff.
enum ManCommand {
    static let spec = CommandSpec(
        name: "man",
        summary: "print the manual page (roff), built from the same table as help",
        examples: [
            Example("careers man | man -l -", "read it"),
            Example("careers man > ~/.local/share/man/man1/careers.1", "install it, for 'man careers'"),
        ],
        needsGuide: false,
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let page = ManPage(table: context.table).roff
        return CommandOutput(document: Document(blocks: [.preformatted(page)]), json: .object([("man", .string(page))]))
    }
}
