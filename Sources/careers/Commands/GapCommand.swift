import CareerCore

enum GapCommand {
    static let role = OptionSpec(
        name: "role", short: "r", value: .name("NAME", [.role]), takesWords: true,
        help: "the role you aim for (or give it as the argument); your target when neither is given")
    static let all = OptionSpec(name: "all", help: "list everything left to learn on a terminal, not only the first \(shown)")

    static let spec = CommandSpec(
        name: "gap",
        summary: "what you lack of the field's foundations and of a role's own skills, in the order to learn them",
        argument: ArgumentSpec(
            placeholder: "role", help: "the role you aim for; your target ('careers target') when none is given",
            required: false, value: role.value),
        options: [role, all] + SkillInput.options,
        examples: [
            Example("careers gap data scientist --have \"python, probability\"", "what is left to learn, and where"),
            Example("careers gap", "for your target, counting what you marked done"),
            Example("careers gap --role \"language model engineer\" --all", "everything left, not only the first \(shown)"),
        ],
        run: run)

    /// How many steps are listed unless `--all` is given: a screenful.
    static let shown = 15

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let catalog = context.catalog
        let (role, roleNote) = try chosenRole(context)
        let input = try SkillInput.had(context)
        let (marks, _) = context.marks()
        let plan = LearningPlan(role: role, have: Set(input?.skills ?? []), catalog: catalog)
        let notes = roleNote + (input?.notes ?? [])
        if role.skills.isEmpty, catalog.foundations.isEmpty {
            throw .notFound("no skills are recorded for \(role.name)", hint: nil)
        }

        var document = Document()
        if let marked = input?.marked, !marked.isEmpty {
            document.add(.note("Skills you marked done count as had: " + context.names(marked, .skill)))
        }
        if input == nil {
            document.add(.note("Counting nothing as known: give --have, or mark what you know with 'careers mark done NAME'."))
        }
        if let outside = SkillInput.outsideNote(input) { document.add(.note(outside)) }
        for credit in context.creditNotes(input?.skills ?? []) { document.add(.note(credit)) }
        if plan.isEmpty {
            document.add(.text("You have every skill the guide lists for \(role.name), and the field's foundations."))
        } else {
            let elsewhere = plan.steps.count - plan.onRoadmap
            document.add(
                .note("\(role.name): \(plan.steps.count) to learn, \(plan.onRoadmap) on the roadmap and \(elsewhere) elsewhere."))
        }
        // A screenful for a person at a terminal; everything for a pipe or JSON.
        let listed =
            context.invocation.isSet(Self.all) || !context.isInteractive ? plan.steps : Array(plan.steps.prefix(Self.shown))
        // A table for each place to learn: a phase, or a category of what no phase teaches.
        var places: [(place: String, rows: [Document.Row])] = []
        for item in listed {
            let status = marks.marks.isEmpty ? [] : [marks.status(of: item.requirement).label]
            let row = Document.Row(cells: [catalog.name(of: item.requirement)] + status + [context.reason(item)])
            let place = context.phaseOrCategory(item)
            if places.last?.place == place { places[places.count - 1].rows.append(row) } else { places.append((place, [row])) }
        }
        for (place, rows) in places { document.add(.rows(rows, group: place, heading: place)) }
        if listed.count < plan.steps.count {
            document.add(.note("… and \(plan.steps.count - listed.count) more: careers gap \(CLIError.shellWord(role.name)) --all"))
        }
        if catalog.isNamedOnly(role) {
            document.add(.note(context.noOwnSkills(role)))
        } else if input != nil, plan.ownHad == role.skills.count {
            document.add(.note("You have all of \(role.name)'s own skills."))
        }
        let items = context.itemJSON(marks)
        let steps = plan.steps
        return CommandOutput(
            document: document,
            json: .object([
                ("role", items.ref(.role, role.id)),
                ("have", items.refs(.skill, input?.skills ?? [])),
                ("unresolved", .array((input?.given?.unresolved ?? []).map { .string($0.input) })),
                ("onRoadmap", .number(Double(plan.onRoadmap))),
                ("missing", .array(steps.map { context.planItemJSON($0, marks) })),
            ]), notes: notes)
    }

    /// The role given as the argument or with --role, else the target; with a note when a name was read loosely.
    private static func chosenRole(_ context: Context) throws(CLIError) -> (Role, [String]) {
        let invocation = context.invocation
        let given = invocation.text(Self.role)
        if given != nil, !invocation.arguments.isEmpty {
            throw .usage("'careers gap' takes one role, as the argument or with --role", hint: "For example: careers gap data scientist")
        }
        if let name = given ?? (invocation.arguments.isEmpty ? nil : invocation.argument) {
            let (ref, note) = try context.resolve(name, among: [.role], noun: "role")
            return (try context.item(ref, Catalog.role), note.map { [$0] } ?? [])
        }
        if let target = try context.plan().targetRole(in: context.catalog) { return (target, []) }
        throw .usage(
            "'careers gap' needs a role, or a target ('careers target ROLE')",
            hint: "For example: careers gap \"Data Scientist\" --have python")
    }
}
