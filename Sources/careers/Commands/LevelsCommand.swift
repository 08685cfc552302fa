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
        let levels = catalog.listedLevels.map { (level: $0, roles: catalog.roleIndexes(level: $0).count) }
        if levels.isEmpty { throw .notFound("no role in this guide has a level", hint: "'careers roles' lists every role.") }
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
