import CareerCore

enum SourcesCommand {
    static let spec = CommandSpec(
        name: "sources",
        summary: "list the documents the guide is drawn from, and say which guide is in use",
        examples: [
            Example("careers sources", "each document with its id and kind"), Example("careers show course-unit", "one document"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let sources = context.catalog.sources
        let rows = sources.map { Document.Row(cells: [$0.id, $0.title, $0.kind]) }
        let guide = context.guideDirectory
        let document = Document(blocks: [.rows(rows), .note("Guide in use: " + (guide ?? "the bundled one"))])
        return CommandOutput(
            document: document,
            json: .object([
                ("guide", guide.map { .string($0) } ?? .null), ("sources", .array(sources.map(context.itemJSON().source))),
            ]))
    }
}
