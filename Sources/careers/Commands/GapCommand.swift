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
        let gap = try gap(context)
        return CommandOutput(document: document(gap, context), json: json(gap, context), notes: gap.notes + SkillInput.pipeNotes(gap.input, context))
    }

    /// What `gap` shows: what is left to learn for a role, given the skills had.
    struct Gap: Sendable {
        let role: Role
        /// The skills given and marked done; nil when there are none.
        let input: SkillInput.Had?
        let plan: LearningPlan
        /// The steps the text lists: a screenful at a terminal, unless `--all`.
        let listed: [PlanOutline.Item]
        let marks: Plan
        let notes: [String]
    }

    static func gap(_ context: Context) throws(CLIError) -> Gap {
        let catalog = context.catalog
        let (role, roleNote) = try chosenRole(context)
        let input = try SkillInput.had(context)
        let (marks, _) = context.marks()
        let plan = LearningPlan(role: role, have: Set(input?.skills ?? []), catalog: catalog)
        if role.skills.isEmpty, catalog.foundations.isEmpty {
            throw .notFound("no skills are recorded for \(role.name)", hint: nil)
        }
        // A screenful for a person at a terminal; everything for a pipe or JSON.
        let listed =
            context.invocation.isSet(Self.all) || !context.isInteractive ? plan.steps : Array(plan.steps.prefix(Self.shown))
        return Gap(role: role, input: input, plan: plan, listed: listed, marks: marks, notes: roleNote + (input?.notes ?? []))
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
