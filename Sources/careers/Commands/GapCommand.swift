import CareerCore

enum GapCommand {
    static let spec = CommandSpec(
        name: "gap",
        summary: "what a role needs that you lack: the field's foundations, then its own skills, in roadmap order",
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
        if input == nil {
            document.add(.note("Everything \(role.name) needs, in learning order:"))
        } else if plan.isEmpty {
            document.add(.text("You have every skill the guide lists for \(role.name)."))
        } else {
            document.add(
                .note(
                    "\(role.name): \(plan.foundations.count) of the field's foundations and \(plan.own.count) of its own skills to learn:"
                ))
        }
        let row = { (step: PlanStep) in
            let phase = step.phase.flatMap { catalog.phase($0) }.map(context.phaseName) ?? "not on the roadmap"
            return Document.Row(cells: [catalog.name(of: step.requirement), phase, context.needLabel(step.requirement)])
        }
        if !plan.foundations.isEmpty {
            document.add(.rows(plan.foundations.map(row), group: Scope.field.rawValue, heading: "Foundations of the field"))
        }
        if !plan.own.isEmpty {
            document.add(.rows(plan.own.map(row), group: Scope.role.rawValue, heading: "Skills of \(role.name) in particular"))
        } else if catalog.isNamedOnly(role) {
            document.add(.note(Silence.ownSkills(role)))
        }
        @Sendable func stepJSON(_ step: PlanStep, _ scope: Scope) -> JSON {
            context.requirementJSON(step.requirement, scope: scope).setting("phase", context.refJSON(step.phase, .phase))
        }
        return CommandOutput(
            document: document,
            json: .object([
                ("role", context.refJSON(role.id, .role)),
                ("have", context.refsJSON(input?.profile.skills ?? [], .skill)),
                ("missing", .array(plan.foundations.map { stepJSON($0, .field) } + plan.own.map { stepJSON($0, .role) })),
            ]), notes: notes)
    }
}
