import CareerCore

enum RolesCommand {
    static let level = OptionSpec(
        name: "level", short: "l", value: .level,
        help: "only roles at this level (see 'careers levels')")

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
        let catalog = context.catalog
        let levels = catalog.levels
        // A level by its id ("job-zone-4") or its name ("Job Zone Four: Considerable Preparation Needed"), case,
        // spaces and punctuation aside, or by the first words of its name, whole words and at least two, that
        // begin no other level's ("job zone four"; never "level 1" for "Level 10").
        let level = try context.invocation.text(RolesCommand.level).map { value throws(CLIError) in
            let key = TextFolding.key(value)
            if let exact = levels.first(where: { TextFolding.key($0.id) == key || TextFolding.key($0.name) == key }) { return exact }
            let words = TextFolding.words(value)
            let started = levels.filter { words.count >= 2 && TextFolding.words($0.name).starts(with: words) }
            if started.count == 1 { return started[0] }
            let id = try Parser.choose(value, among: levels.map(\.id), for: "--level")
            return levels.first { $0.id == id }!
        }
        if catalog.count(of: .role) == 0 { throw .notFound("this guide has no roles", hint: nil) }
        // The list reads each role's heading only; the JSON decodes whole roles as it writes them.
        let roles = catalog.roleHeadings(level: level)
        if let level, roles.isEmpty {
            let placed = levels.filter { !catalog.roleIndexes(level: $0).isEmpty }.map(\.id)
            throw .notFound(
                // "the lead level"; a pack's own level of several words by its name: "the level 'L4 Mid'".
                "no role in the guide is placed at the \(level.name.contains(" ") ? "level '\(level.name)'" : level.phrase)",
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
