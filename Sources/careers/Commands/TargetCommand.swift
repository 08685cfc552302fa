import CareerCore

enum TargetCommand {
    static let clear = OptionSpec(name: "clear", help: "remove the target: progress and next then follow the whole roadmap")

    static let spec = CommandSpec(
        name: "target",
        summary: "set the role you are working toward, or show it; progress and next follow it",
        argument: ArgumentSpec(
            placeholder: "role", help: "the role's name, alias or id; none shows the target", required: false,
            value: .name("role", [.role])),
        options: [clear],
        examples: [
            Example("careers target data scientist", "work toward Data Scientist"),
            Example("careers target", "show the target"),
            Example("careers target --clear", "back to the whole roadmap"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let name = context.invocation.argument
        let clear = context.invocation.isSet(TargetCommand.clear)
        if clear, !name.isEmpty {
            throw .usage("'careers target' takes a role or --clear, not both", hint: "Set a target with 'careers target ROLE'.")
        }
        if clear {
            try context.updatePlan { $0.target = nil }
            return output(
                context, role: nil, "No target role: 'careers progress' and 'careers next' follow the whole roadmap.")
        }
        guard !name.isEmpty else {
            let plan = try context.plan()
            if let id = plan.target, context.catalog.role(id) == nil {
                return output(
                    context, role: nil, "Your target, '\(id)', is not a role in this guide.",
                    next: "Set another with 'careers target ROLE', or clear it: 'careers target --clear'.", unknown: id)
            }
            guard let role = plan.targetRole(in: context.catalog) else {
                return output(context, role: nil, "No target role is set.", next: "Set one with 'careers target ROLE'.")
            }
            return output(context, role: role, "Your target: \(role.name).")
        }
        let (ref, note) = try context.resolve(name, among: [.role], noun: "role")
        try context.updatePlan { $0.target = ref.id }
        let role = context.catalog.role(ref.id)
        var text = "Your target: \(context.catalog.name(of: ref))."
        // A role the documents only name: its plan is the foundations alone (or nothing), which is said, not
        // left to find out.
        if let role, context.catalog.isNamedOnly(role) {
            text +=
                context.catalog.foundations.isEmpty
                ? " " + Silence.emptyPlan(role) : " \(context.noOwnSkills(role)) Its plan is the field's foundations."
        }
        var output = output(context, role: role, text, next: "See it with 'careers progress'; 'careers next' says what to learn next.")
        output.notes = note.map { [$0] } ?? []
        return output
    }

    /// One line, a hint below it on a terminal; in JSON the target (or null) and a target the guide lacks.
    private static func output(
        _ context: Context, role: Role?, _ text: String, next: String? = nil, unknown: String? = nil
    ) -> CommandOutput {
        CommandOutput(
            document: Document(blocks: [.text(text)] + (next.map { [.note($0)] } ?? [])),
            json: .object([
                ("target", context.itemJSON().ref(.role, role?.id)), ("unknownTarget", unknown.map { .string($0) } ?? .null),
            ]))
    }
}
