import CareerCore

enum LevelsCommand {
    static let spec = CommandSpec(
        name: "levels",
        summary: "list the levels the guide places roles at, lowest first, with how many roles each has",
        examples: [
            Example("careers levels", "each level, what it means, and its number of roles"),
            Example("careers roles --level entry", "then the roles at one of them"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let catalog = context.catalog
        // A guide's own levels are all listed; of the standard ones, which are the program's, only those it
        // places roles at (no document gives the bundled guide a senior or lead level).
        let levels = catalog.levels.map { (level: $0, roles: catalog.roleIndexes(level: $0).count) }
            .filter { catalog.declaresLevels || $0.roles > 0 }
        let rows = levels.map { level, roles in
            Document.Row(
                cells: [level.id, level.name == level.id ? "" : level.name, roles == 1 ? "1 role" : "\(roles) roles"],
                details: level.description.isEmpty ? [] : [level.description])
        }
        return CommandOutput(
            document: Document(
                blocks: [.rows(rows)]
                    + (catalog.declaresLevels ? [] : [.note("The standard levels: this guide declares none of its own.")])),
            json: .object([
                (
                    "levels",
                    .array(
                        levels.map { level, roles in
                            .object([
                                ("id", .string(level.id)), ("name", .string(level.name)),
                                ("description", level.description.isEmpty ? .null : .string(level.description)), ("roles", .number(Double(roles))),
                                ("sources", context.itemJSON().refs(.source, level.sources)),
                            ])
                        })
                )
            ]))
    }
}
