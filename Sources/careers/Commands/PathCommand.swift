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
        let catalog = context.catalog
        let format = try context.pictureFormat()
        var role: Role?
        var notes: [String] = []
        if let name = context.invocation.text(PathCommand.role) {
            let (ref, note) = try context.resolve(name, among: [.role], noun: "role")
            role = catalog.role(ref.id)
            notes += note.map { [$0] } ?? []
        }
        guard let path = GrowthPath(catalog: catalog, through: role), !path.steps.isEmpty else {
            if role == nil { throw .notFound("this guide has no growth path", hint: "No role in it leads to another.") }
            throw .notFound(
                "\(role!.name) is neither at the entry level nor on the growth path",
                hint: "See the whole path with 'careers path'; related roles are on 'careers show \"\(role!.name)\"'.")
        }
        if format != .text {
            let (plan, warnings) = context.marks()
            let picture = context.growthPicture(path, plan: plan)
            return try context.pictureOutput(
                format, plan: plan, narrowed: Self.role, notes: notes + warnings, svg: { Layout(growthPath: picture) },
                mermaid: { Mermaid.growthPath(picture) }, dot: { Dot.growthPath(picture) })
        }
        func names(_ ids: [String]) -> String { ids.map { catalog.name(of: ItemRef(.role, $0)) }.joined(separator: ", ") }
        var document = Document(blocks: [.title("Growth path" + (role.map { " through \($0.name)" } ?? ""))])
        if !path.entry.isEmpty { document.add(.text("Entry level: " + names(path.entry))) }
        document.add(
            .text("Growth path: " + path.steps.map { $0.map { catalog.name(of: ItemRef(.role, $0)) }.joined(separator: " or ") }.joined(separator: " → ")))
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
                        value: catalog.isNamedOnly(role) ? "none recorded" : role.skills.map(catalog.name(of:)).joined(separator: ", "))
                ]))
            document.add(role.responsibilities.isEmpty ? .text(Silence.responsibilities) : .bullets(role.responsibilities))
        }
        let items = context.itemJSON(context.marksForJSON().plan)
        @Sendable func rolesJSON(_ ids: [String]) -> JSON { .array(ids.compactMap(catalog.role).map(items.role)) }
        let chosen = role?.id
        return CommandOutput(
            document: document,
            json: .object([
                ("role", items.ref(.role, chosen)), ("entry", rolesJSON(path.entry)),
                ("path", .array(path.steps.map(rolesJSON))),
            ]), notes: notes)
    }
}
