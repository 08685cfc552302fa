import CareerCore

enum RolesCommand {
    static let level = OptionSpec(
        name: "level", short: "l", value: .choice("LEVEL", Level.allCases.map(\.rawValue)),
        help: "only roles placed at this level")

    static let spec = CommandSpec(
        name: "roles",
        summary: "list every role with its level (where one is given) and summary",
        options: [
            level
        ],
        examples: [
            Example("careers roles", "every role, one line each"),
            Example("careers roles --level entry", "the roles to start with"),
            Example("careers roles --json | jq -r '.roles[].name'", "just the names, from the JSON"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let level = context.invocation.text(RolesCommand.level).flatMap(Level.init(rawValue:))
        let catalog = context.catalog
        if catalog.count(of: .role) == 0 { throw .notFound("this guide has no roles", hint: nil) }
        // The list reads each role's heading only; the JSON decodes whole roles, one at a time as it is written.
        let roles = catalog.roleHeadings(level: level)
        if let level, roles.isEmpty {
            let placed = Level.allCases.filter { !catalog.roleHeadings(level: $0).isEmpty }.map(\.rawValue)
            throw .notFound(
                "no role in the guide is placed at the \(level.rawValue) level",
                hint: placed.isEmpty
                    ? "No role in this guide has a level."
                    : "Levels with roles: \(placed.joined(separator: ", ")). 'careers roles' lists every role.")
        }
        let rows = roles.map { Document.Row(cells: [$0.name, context.levelLabel($0.level), $0.summary]) }
        let (plan, notes) = context.marksForJSON()
        let items = context.itemJSON(plan)
        let indexes = catalog.roleIndexes(level: level)
        return CommandOutput(
            document: Document(blocks: [.rows(rows)]),
            json: .object([("roles", .elements(.init(count: indexes.count) { items.role(catalog.item(Role.self, at: indexes[$0])) }))]),
            notes: notes)
    }
}
