import CareerCore

enum InitCommand {
    static let force = OptionSpec(name: "force", help: "write into DIR even if it is not empty (replacing the guide's files)")

    static let spec = CommandSpec(
        name: "init",
        summary: "write the bundled guide into DIR as an editable content pack, to start a guide of your own",
        argument: ArgumentSpec(
            placeholder: "DIR", help: "where to write it; it must be empty or not exist yet", oneWord: true,
            value: .directory),
        options: [force],
        examples: [
            Example("careers init my-guide", "a copy of the guide to edit"),
            Example("careers --content my-guide roles", "then use it"),
        ],
        needsGuide: false,
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let directory = context.invocation.argument
        let files = Catalog.bundled.content.packFiles()
        do {
            try PackWriter.write(files, to: directory, force: context.invocation.isSet(InitCommand.force))
        } catch {
            switch error {
            case .notEmpty(let path):
                throw .failed(
                    "'\(path)' is not empty", hint: "Choose a new directory, or add --force to write the guide's files into it.")
            case .system(let path, let reason):
                throw .failed("cannot write '\(path)': \(reason)", hint: nil)
            }
        }
        return CommandOutput(
            document: Document(blocks: [
                .text("Wrote the guide's \(files.count) files to \(directory)."),
                .text(
                    "Edit them, check them with 'careers validate \(directory)', and use them with 'careers --content \(directory) …'."
                ),
            ]),
            json: .object([
                ("directory", .string(directory)), ("files", .array(ContentLoader.File.allCases.filter { files[$0] != nil }.map { .string($0.rawValue) })),
            ]))
    }
}
