import CareerCore

enum PathCommand {
    static let role = OptionSpec(
        name: "role", short: "r", value: .name("NAME", [.role]), takesWords: true, help: "only the path through this role")

    static let spec = CommandSpec(
        name: "path",
        summary: "show the entry-level roles and the growth path, with each role's skills and work",
        options: [
            role,
            PictureFormat.option,
        ],
        examples: [
            Example("careers path", "the entry-level roles, then Senior ML Engineer → Principal AI Architect → Head of AI"),
            Example("careers path --role \"principal ai architect\"", "only the part of the path through one role"),
            Example("careers path --format mermaid", "the path as a Mermaid flowchart, for a Markdown note"),
            Example("careers path --format dot | dot -Tpng > path.png", "drawn by Graphviz"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let format = try context.pictureFormat()
        let chosen = try chosenPath(context)
        if format != .text {
            let (plan, warnings) = context.marks()
            let picture = context.growthPicture(chosen.path, plan: plan)
            return try context.pictureOutput(
                format, plan: plan, narrowed: Self.role, notes: chosen.notes + warnings, svg: { Layout(growthPath: picture) },
                mermaid: { Mermaid.growthPath(picture) }, dot: { Dot.growthPath(picture) })
        }
        let marks = context.marksForJSON().plan
        return CommandOutput(document: document(chosen, context), json: json(chosen, marks, context), notes: chosen.notes)
    }

    /// What `path` shows: the growth path, or the part of it through `role`.
    struct ChosenPath: Sendable {
        let role: Role?
        let path: GrowthPath
        let notes: [String]
    }

    static func chosenPath(_ context: Context) throws(CLIError) -> ChosenPath {
        var role: Role?
        var notes: [String] = []
        if let name = context.invocation.text(PathCommand.role) {
            let (ref, note) = try context.resolve(name, among: [.role], noun: "role")
            role = context.catalog.role(ref.id)
            notes += note.map { [$0] } ?? []
        }
        guard let path = GrowthPath(catalog: context.catalog, through: role), !path.steps.isEmpty else {
            guard let role, GrowthPath(catalog: context.catalog).map({ !$0.steps.isEmpty }) ?? false else {
                throw .notFound("this guide has no growth path", hint: "No role in it leads to another.")
            }
            throw .notFound(
                "\(role.name) is neither at the entry level nor on the growth path",
                hint: "See the whole path with 'careers path'; related roles are on 'careers show \"\(role.name)\"'.")
        }
        return ChosenPath(role: role, path: path, notes: notes)
    }

    static func document(_ chosen: ChosenPath, _ context: Context) -> Document {
        let (catalog, path) = (context.catalog, chosen.path)
        func names(_ ids: [String]) -> String { ids.map { catalog.name(of: ItemRef(.role, $0)) }.joined(separator: ", ") }
        var document = Document(blocks: [.title("Growth path" + (chosen.role.map { " through \($0.name)" } ?? ""))])
        if !path.entry.isEmpty { document.add(.text("Entry level: " + names(path.entry))) }
        let steps = path.steps.map { $0.map { catalog.name(of: ItemRef(.role, $0)) }.joined(separator: " or ") }
        document.add(.text("Growth path: " + steps.joined(separator: " → ")))
        for id in path.entry + path.steps.joined() {
            guard let role = catalog.role(id) else { continue }
            document.add(.heading(role.name))
            if catalog.isNamedOnly(role) && role.responsibilities.isEmpty {
                document.add(.text(Silence.onlyNamed))
                continue
            }
            document.add(
                .fields([
                    .init(
                        label: "Own skills",
                        value: catalog.isNamedOnly(role)
                            ? "none recorded" : role.skills.map(catalog.name(of:)).joined(separator: ", "))
                ]))
            document.add(role.responsibilities.isEmpty ? .text(Silence.responsibilities) : .bullets(role.responsibilities))
        }
        return document
    }

    static func json(_ chosen: ChosenPath, _ marks: Plan, _ context: Context) -> JSON {
        let items = context.itemJSON(marks)
        func rolesJSON(_ ids: [String]) -> JSON { .array(ids.compactMap(context.catalog.role).map(items.role)) }
        return .object([
            ("role", items.ref(.role, chosen.role?.id)), ("entry", rolesJSON(chosen.path.entry)),
            ("path", .array(chosen.path.steps.map(rolesJSON))),
        ])
    }
}
