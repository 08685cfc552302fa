import CareerCore

enum ProgressCommand {
    static let export = OptionSpec(
        name: "export", value: .choice("FORMAT", ["markdown"]),
        help: "print the plan, and any marks outside it, as a Markdown checklist, to paste into a note or an issue")
    static let importFile = OptionSpec(
        name: "import", value: .file,
        help: "read marks (and the target) from such a checklist ('-' for standard input)")
    static let reset = OptionSpec(name: "reset", help: "start afresh: move the plan file aside, as a backup beside it")

    static let spec = CommandSpec(
        name: "progress",
        summary: "show your plan: each phase with a bar, then every item with its mark; or export, import, reset it",
        options: [
            export,
            importFile,
            reset,
        ],
        examples: [
            Example("careers progress", "where you stand, phase by phase"),
            Example("careers progress --export markdown > plan.md", "the plan as a checklist"),
            Example("careers progress --import plan.md", "the same marks, on another machine"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let invocation = context.invocation
        let actions = [export, importFile, reset].filter(invocation.isSet).map(\.name)
        if actions.count > 1 {
            throw .usage(
                "--\(actions[0]) and --\(actions[1]) do not go together", hint: "Give one of --export, --import and --reset.")
        }
        if invocation.isSet(ProgressCommand.reset) { return try reset(context) }
        if let path = invocation.text(ProgressCommand.importFile) { return try importChecklist(path, context) }
        let plan = try context.plan()
        let (outline, notes) = context.outline(plan)
        if invocation.isSet(ProgressCommand.export) {
            if invocation.json {
                throw .usage("--export and --json do not go together", hint: "'careers progress --json' gives the plan as JSON.")
            }
            return exportChecklist(outline, plan, context, notes: notes)
        }
        return page(outline, plan, context, notes: notes)
    }

    // MARK: The page

    /// What `progress` shows: the plan's outline with each item's mark, the projects and certifications,
    /// and the marks the outline does not hold.
    struct PlanPage: Sendable {
        let outline: PlanOutline
        let plan: Plan
        let projects: [Project]
        let certifications: [Certification]
        /// Marks on items of the guide outside the outline.
        let outside: [(ref: ItemRef, mark: Mark)]
        /// Marks on items the guide does not have.
        let unknown: [(ref: ItemRef, mark: Mark)]
        /// The outline's items.
        let tally: Tally
        /// How many of them are had through a skill done, though not marked (`PlanOutline.hadThroughOthers`).
        let hadThroughOthers: Int

        init(_ outline: PlanOutline, _ plan: Plan, catalog: Catalog) {
            self.outline = outline
            self.plan = plan
            projects = catalog.projects()
            certifications = catalog.all(Certification.self)
            outside = plan.marks(outside: outline, in: catalog)
            unknown = plan.unknownMarks(in: catalog)
            tally = Tally(outline.items.map { plan.status(of: $0.requirement) })
            hadThroughOthers = outline.hadThroughOthers(plan, catalog: catalog).count
        }
    }

    private static func page(_ outline: PlanOutline, _ plan: Plan, _ context: Context, notes: [String]) -> CommandOutput {
        let page = PlanPage(outline, plan, catalog: context.catalog)
        return CommandOutput(document: document(page, context), json: json(page, context), notes: notes)
    }

    /// "1 skill and 2 projects": how many marks there are of each kind.
    static func countedByKind(_ marks: [(ref: ItemRef, mark: Mark)]) -> String {
        listed(
            Mark.kinds.compactMap { kind in
                let count = marks.count { $0.ref.kind == kind }
                return count == 0 ? nil : counted(count, kind.label)
            })
    }

    /// `done`, `learning`, `skipped` and `total` (what is skipped included).
    static func counts(_ tally: Tally) -> [(String, JSON)] {
        [
            ("done", .number(Double(tally.done))), ("learning", .number(Double(tally.learning))),
            ("skipped", .number(Double(tally.skipped))), ("total", .number(Double(tally.total))),
        ]
    }

    /// "███░░░░░░░", "1/3 · 1 skipped": a bar of ten cells and the count; what is skipped does not count.
    static func bar(_ tally: Tally) -> [String] {
        let total = tally.total - tally.skipped
        let cells = 10
        let filled =
            tally.done == total ? cells : tally.done == 0 ? 0 : min(cells - 1, max(1, (tally.done * cells + total / 2) / total))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return [bar, "\(tally.done)/\(total)" + (tally.skipped > 0 ? " · \(tally.skipped) skipped" : "")]
    }
}
