import CareerCore

enum PathCommand {
    static let role = OptionSpec(
        name: "role", short: "r", value: .name("NAME", [.role]), takesWords: true, help: "only the path through this role")

    static let spec = CommandSpec(
        name: "path",
        summary: "show the growth path from the entry roles up, and what each step adds",
        options: [
            role,
            PictureFormat.option,
        ],
        examples: [
            Example("careers path", "entry roles → Senior ML Engineer → Principal AI Architect → Head of AI"),
            Example("careers path --role mle", "the path from Machine Learning Engineer"),
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
                "\(role!.name) is not on the growth path",
                hint: "See the whole path with 'careers path'; related roles are on 'careers show \"\(role!.name)\"'.")
        }
        if format != .text {
            let (plan, warnings) = context.marks()
            let picture = context.growthPicture(path, plan: plan)
            return try context.pictureOutput(
                format, plan: plan, narrowed: Self.role, notes: notes + warnings, svg: { Layout(growthPath: picture) },
                mermaid: { Mermaid.growthPath(picture) }, dot: { Dot.growthPath(picture) })
        }
        var document = Document(blocks: [.title("Growth path" + (role.map { " through \($0.name)" } ?? ""))])
        document.add(
            .text(
                path.steps.map { step in step.roles.map { catalog.name(of: ItemRef(.role, $0.role)) }.joined(separator: " or ") }
                    .joined(separator: " → ")))
        for step in path.steps {
            for stepRole in step.roles {
                guard let role = catalog.role(stepRole.role) else { continue }
                document.add(.heading("Step \(step.number): \(role.name)"))
                if catalog.isNamedOnly(role) && stepRole.responsibilities.isEmpty {
                    document.add(.text(Silence.onlyNamed))
                    continue
                } else if catalog.isNamedOnly(role) {
                    document.add(.text(context.noOwnSkills(role)))
                } else if step.number == 1 {
                    document.add(
                        .fields([
                            .init(
                                label: "Own skills",
                                value: "\(role.skills.count) (careers skills --role \"\(role.name)\")")
                        ]))
                } else {
                    let new = stepRole.newSkills.map(catalog.name(of:))
                    document.add(
                        .fields([
                            .init(
                                label: "New skills",
                                value: new.isEmpty ? "none beyond the step before" : new.joined(separator: ", "))
                        ]))
                }
                document.add(
                    stepRole.responsibilities.isEmpty ? .text(Silence.responsibilities) : .bullets(stepRole.responsibilities))
            }
        }
        let items = context.itemJSON(context.marksForJSON().plan)
        let chosen = role?.id
        @Sendable func stepRoleJSON(_ stepRole: GrowthPath.StepRole) -> JSON {
            .object([
                ("role", catalog.role(stepRole.role).map(items.role) ?? .null),
                ("newSkills", .array(stepRole.newSkills.map { items.requirement($0, scope: .role) })),
            ])
        }
        let steps = path.steps.map { step in
            JSON.object([("step", .number(Double(step.number))), ("roles", .array(step.roles.map(stepRoleJSON)))])
        }
        return CommandOutput(
            document: document, json: .object([("role", items.ref(.role, chosen)), ("steps", .array(steps))]), notes: notes)
    }
}
