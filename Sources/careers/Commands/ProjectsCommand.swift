import CareerCore

enum ProjectsCommand {
    static let level = OptionSpec(
        name: "level", short: "l", value: .choice("LEVEL", ProjectLevel.allCases.map(\.rawValue)),
        help: "only projects of this level")

    static let spec = CommandSpec(
        name: "projects",
        summary: "list project ideas by level",
        options: [
            level
        ],
        examples: [
            Example("careers projects", "every project idea, beginner first"),
            Example("careers projects --level beginner", "where to start"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let level = context.invocation.text(ProjectsCommand.level).flatMap(ProjectLevel.init(rawValue:))
        let projects = context.catalog.projects(level: level)
        try context.requireSome(context.catalog.projects(), "project ideas")
        if let level { try context.requireSome(projects, "\(level.rawValue) project ideas") }
        let blocks = ProjectLevel.allCases.compactMap { level -> Document.Block? in
            let rows = projects.filter { $0.level == level }.map { Document.Row(cells: [$0.name, $0.summary]) }
            return rows.isEmpty ? nil : .rows(rows, group: level.rawValue)
        }
        let (plan, notes) = context.marksForJSON()
        let json = context.itemJSON(plan)
        return CommandOutput(
            document: Document(blocks: blocks), json: .object([("projects", .array(projects.map(json.project)))]), notes: notes)
    }
}
