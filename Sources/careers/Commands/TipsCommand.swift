import CareerCore

enum TipsCommand {
    static let spec = CommandSpec(
        name: "tips",
        summary: "list the tips for building a career in the field",
        examples: [Example("careers tips", "each tip with what to do")],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let tips = context.catalog.tips
        try context.requireSome(tips, "tips")
        let rows = tips.map { Document.Row(cells: [$0.name, $0.summary], details: $0.actions) }
        return CommandOutput(
            document: Document(blocks: [.rows(rows)]), json: .object([("tips", .array(tips.map(context.itemJSON().tip)))]))
    }
}
