import CareerCore

enum AboutCommand {
    static let spec = CommandSpec(
        name: "about",
        summary: "describe the field: what it is, the job market, who it suits, the day-to-day, a reality check",
        examples: [Example("careers about", "the whole overview"), Example("careers show reality check", "one part of it")],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let pages = Pages(context: context)
        try context.requireSome(context.catalog.field, "overview of the field")
        var document = Document(blocks: [.title("About the field")])
        for section in context.catalog.field {
            document.blocks += pages.sectionBlocks(section, title: false)
        }
        context.sourcesSection(context.catalog.sources.map(\.id), into: &document)
        return CommandOutput(
            document: document, json: .object([("sections", .array(context.catalog.field.map(context.itemJSON().section)))]))
    }
}
