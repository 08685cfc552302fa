import CareerCore

enum NextCommand {
    static let limit = OptionSpec(name: "limit", short: "n", value: .number, help: "show at most N (default 5)")

    static let spec = CommandSpec(
        name: "next",
        summary: "name the next things to learn, in roadmap order: what you are learning first, then what is left",
        options: [limit],
        examples: [
            Example("careers next", "the next five things to learn, and why"),
            Example("careers next --limit 20", "further ahead"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let limit = context.invocation.number(Self.limit) ?? 5
        let plan = try context.plan()
        let (outline, notes) = context.outline(plan)
        let target = outline.target
        let next = outline.next(plan, catalog: context.catalog)
        let shown = Array(next.prefix(limit))
        var document = Document()
        if outline.items.isEmpty {
            document.add(.text(Silence.emptyPlan(target)))
        } else if next.isEmpty {
            document.add(
                .text(
                    "Nothing left to learn for \(target?.name ?? "the roadmap"): everything "
                        + "\(target == nil ? "on it" : "it needs") is done or skipped"
                        + (outline.hadThroughOthers(plan, catalog: context.catalog).isEmpty ? "." : ", or had through a skill done.")))
        } else {
            document.add(.note(target.map { "Next for \($0.name):" } ?? "Next on the roadmap (no target role is set):"))
            document.add(
                .rows(
                    shown.map { item in
                        Document.Row(cells: [
                            context.catalog.name(of: item.requirement), plan.status(of: item.requirement).label,
                            context.phaseLabel(item), context.reason(item),
                        ])
                    }))
            if next.count > shown.count {
                document.add(.note("\(next.count - shown.count) more after these: careers next --limit \(next.count)"))
            }
        }
        return CommandOutput(
            document: document,
            json: .object([
                ("target", context.itemJSON().ref(.role, target?.id)),
                ("next", .array(shown.map { context.planItemJSON($0, plan) })),
                ("remaining", .number(Double(next.count))),
            ]), notes: notes)
    }
}
