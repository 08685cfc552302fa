import CareerCore

enum RolesCommand {
    static let spec = CommandSpec(
        name: "roles",
        summary: "list every role with its level (where one is given) and summary",
        options: [
            OptionSpec(
                name: "level", short: "l", placeholder: "LEVEL", choices: Level.allCases.map(\.rawValue),
                help: "only roles placed at this level")
        ],
        examples: [
            Example("careers roles", "every role, one line each"),
            Example("careers roles --level entry", "the roles to start with"),
            Example("careers roles --json | jq -r '.roles[].name'", "just the names, from the JSON"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let level = context.invocation.value("level").flatMap(Level.init(rawValue:))
        let roles = context.catalog.roles(level: level)
        let rows = roles.map { Document.Row(cells: [$0.name, context.levelLabel($0), $0.summary]) }
        @Sendable func json() -> JSON {
            JSON.object([("roles", .array(roles.map { JSON.encode($0) }))])
        }
        return CommandOutput(document: Document(blocks: [.rows(rows)]), json: json())
    }
}
