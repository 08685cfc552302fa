import CareerCore

/// `careers show NAME`, and `careers role NAME` / `careers skill NAME` restricted to one kind.
enum ShowCommand {
    static let spec = CommandSpec(
        name: "show",
        summary: "show the full page of any item: role, skill, topic, phase, certification, project, tip",
        argument: ArgumentSpec(
            placeholder: "name", help: "a name, alias or id; several words need no quotes",
            value: .name("name", ItemKind.allCases)),
        examples: [
            Example("careers show data scientist", "a role's page"),
            Example("careers show pytorch", "a skill's page: who needs it and where to learn it"),
            Example("careers show phase 2", "a roadmap phase"),
        ],
        run: { context throws(CLIError) in try run(context, kinds: ItemKind.allCases, noun: "item") })

    static let roleSpec = CommandSpec(
        name: "role",
        summary: "show the page of a role",
        argument: ArgumentSpec(placeholder: "name", help: "a role's name, alias or id", value: .name("name", [.role])),
        examples: [Example("careers role mle", "the Machine Learning Engineer's page")],
        run: { context throws(CLIError) in try run(context, kinds: [.role], noun: "role") })

    static let skillSpec = CommandSpec(
        name: "skill",
        summary: "show the page of a skill",
        argument: ArgumentSpec(placeholder: "name", help: "a skill's name, alias or id", value: .name("name", [.skill])),
        examples: [Example("careers skill sklearn", "the Scikit-learn page")],
        run: { context throws(CLIError) in try run(context, kinds: [.skill], noun: "skill") })

    private static func run(_ context: Context, kinds: [ItemKind], noun: String) throws(CLIError) -> CommandOutput {
        let (ref, note) = try context.resolve(context.invocation.argument, among: kinds, noun: noun)
        let (plan, warnings) = context.marks()
        var output = try Pages(context: context, plan: plan).page(for: ref)
        output.notes = (note.map { [$0] } ?? []) + warnings + output.notes
        return output
    }
}
