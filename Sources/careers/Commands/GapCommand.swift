import CareerCore

enum GapCommand {
    static let role = OptionSpec(
        name: "role", short: "r", value: .name("NAME", [.role]), takesWords: true, help: "the role you aim for (required)")

    static let spec = CommandSpec(
        name: "gap",
        summary: "what you lack of the field's foundations and of a role's own skills, in roadmap order",
        options: [
            role
        ] + SkillInput.options,
        examples: [
            Example("careers gap --role \"Data Scientist\" --have \"python, probability\"", "what is left to learn, and where"),
            Example("careers gap --role \"language model engineer\"", "all but what you marked done, as a learning plan"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let roleName = context.invocation.text(GapCommand.role) else {
            throw .usage("'careers gap' needs a role", hint: "For example: careers gap --role \"Data Scientist\" --have python")
        }
        let (ref, note) = try context.resolve(roleName, among: [.role], noun: "role")
        let input = try SkillInput.had(context)
        let (marks, _) = context.marks()
        let catalog = context.catalog
        let role = try context.item(ref, Catalog.role)
        let plan = LearningPlan(role: role, have: Set(input?.skills ?? []), catalog: catalog)
        let notes = (note.map { [$0] } ?? []) + (input?.notes ?? [])

        if role.skills.isEmpty, catalog.foundations.isEmpty {
            throw .notFound("no skills are recorded for \(role.name)", hint: nil)
        }
        var document = Document()
        let named = catalog.isNamedOnly(role)
        if let marked = input?.marked, !marked.isEmpty {
            document.add(.note("Skills you marked done count as had: " + context.names(marked, .skill)))
        }
        if input == nil {
            document.add(.note("The field's foundations and \(role.name)'s own skills, in learning order:"))
        } else if plan.isEmpty {
            document.add(.text("You have every skill the guide lists for \(role.name)."))
        } else {
            let own = named ? "" : " and \(plan.own.count) more of its own"
            document.add(.note("\(role.name): \(plan.foundations.count) of the field's foundations\(own) to learn:"))
        }
        // A skill both a foundation and the role's own is listed once, among the foundations, and marked.
        let ownSkills = Set(role.skills.flatMap(\.skills))
        let row = { (step: PlanStep, scope: Scope) in
            let phase = step.phase.flatMap { catalog.phase($0) }.map(context.phaseName) ?? "not on the roadmap"
            let mark =
                scope == .field && step.requirement.skills.contains(where: ownSkills.contains) ? "; a skill of this role" : ""
            let status = marks.marks.isEmpty ? [] : [marks.status(of: step.requirement).label]
            return Document.Row(
                cells: [catalog.name(of: step.requirement)] + status + [phase, context.needLabel(step.requirement) + mark])
        }
        if !plan.foundations.isEmpty {
            document.add(
                .rows(plan.foundations.map { row($0, .field) }, group: Scope.field.rawValue, heading: "Foundations of the field"))
        }
        if !plan.own.isEmpty {
            document.add(
                .rows(
                    plan.own.map { row($0, .role) }, group: Scope.role.rawValue, heading: "Skills of \(role.name) in particular"))
        } else if named {
            document.add(.note(context.noOwnSkills(role)))
        } else if input != nil, plan.ownHad == role.skills.count {
            document.add(.note("You have all of \(role.name)'s own skills."))
        }
        let items = context.itemJSON(marks)
        @Sendable func stepJSON(_ step: PlanStep, _ scope: Scope) -> JSON {
            items.requirement(step.requirement, scope: scope).setting("phase", items.ref(.phase, step.phase))
        }
        return CommandOutput(
            document: document,
            json: .object([
                ("role", items.ref(.role, role.id)),
                ("have", items.refs(.skill, input?.skills ?? [])),
                ("missing", .array(plan.foundations.map { stepJSON($0, .field) } + plan.own.map { stepJSON($0, .role) })),
            ]), notes: notes)
    }
}
