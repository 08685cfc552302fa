import CareerCore

enum GapCommand {
    static let spec = CommandSpec(
        name: "gap",
        summary: "what a role needs that you lack, essential first, in the order the roadmap teaches it",
        options: [
            OptionSpec(name: "role", short: "r", placeholder: "NAME", takesWords: true, help: "the role you aim for (required)")
        ] + SkillInput.options,
        examples: [
            Example("careers gap --role \"Data Scientist\" --have \"python, probability\"", "what is left to learn, and where"),
            Example("careers gap --role nlp engineer", "everything the role needs, as a learning plan"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let roleName = context.invocation.value("role") else {
            throw .usage("'careers gap' needs a role", hint: "For example: careers gap --role \"Data Scientist\" --have python")
        }
        let (ref, note) = try context.resolve(roleName, among: [.role], noun: "role")
        let input = try SkillInput.profile(context)
        let catalog = context.catalog
        let role = catalog.role(ref.id)!
        let plan = LearningPlan(role: role, have: Set(input?.profile.skills ?? []), catalog: catalog)
        let notes = (note.map { [$0] } ?? []) + (input?.notes ?? [])

        var document = Document()
        let essential = plan.steps.filter { $0.need == .essential }.count
        if input == nil {
            document.add(.note("Everything \(role.name) needs, in learning order:"))
        } else if plan.steps.isEmpty {
            document.add(.text("You have every skill the guide lists for \(role.name)."))
        } else {
            document.add(
                .note("\(role.name): \(essential) essential and \(plan.steps.count - essential) optional skills to learn:"))
        }
        for need in Need.allCases {
            let rows = plan.steps.filter { $0.need == need }.map { step -> Document.Row in
                let phase = step.phase.flatMap { catalog.phase($0) }.map(context.phaseName) ?? "alongside the roadmap"
                var details: [String] = []
                if !step.projects.isEmpty { details.append("Projects: " + context.names(step.projects, .project)) }
                if !step.certifications.isEmpty {
                    details.append("Certifications: " + context.names(step.certifications, .certification))
                }
                return Document.Row(cells: [catalog.name(of: ItemRef(.skill, step.skill)), phase], details: details)
            }
            if !rows.isEmpty { document.add(.rows(rows, group: need.rawValue)) }
        }
        return CommandOutput(
            document: document,
            json: .object([
                ("role", context.refsJSON([role.id], .role).first),
                ("have", context.refsJSON(input?.profile.skills ?? [], .skill)),
                (
                    "missing",
                    .array(
                        plan.steps.map { step in
                            .object([
                                ("id", .string(step.skill)), ("name", .string(catalog.name(of: ItemRef(.skill, step.skill)))),
                                ("need", .string(step.need.rawValue)),
                                ("phase", context.refsJSON(step.phase.map { [$0] } ?? [], .phase).first),
                                ("projects", context.refsJSON(step.projects, .project)),
                                ("certifications", context.refsJSON(step.certifications, .certification)),
                            ])
                        })
                ),
            ]), notes: notes)
    }
}
