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

    private static func page(_ outline: PlanOutline, _ plan: Plan, _ context: Context, notes: [String]) -> CommandOutput {
        let catalog = context.catalog
        let target = outline.target
        func status(_ item: PlanOutline.Item) -> Mark? { plan.status(of: item.requirement) }
        let projects = catalog.projects()
        let certifications = catalog.certifications
        let unknown = plan.unknownMarks(in: catalog)
        let outside = plan.marks(outside: outline, in: catalog)
        let groups = outline.groups.map { group in
            (label: group.phase.map(context.phaseName) ?? "Not on the roadmap", items: group.items)
        }
        let projectRefs = projects.map { ItemRef(.project, $0.id) }
        let certificationRefs = certifications.map { ItemRef(.certification, $0.id) }

        let tally = Tally(outline.items.map(status))
        var document = Document(blocks: [.title("Plan: " + (target?.name ?? "the whole roadmap"))])
        let left = tally.total - tally.done - tally.skipped
        document.add(
            .text(
                "\(tally.done) of \(tally.total - tally.skipped) skills done, \(tally.learning) learning, \(tally.skipped) skipped"
                    + (outside.isEmpty ? "" : ", and \(countedByKind(outside)) marked outside this plan")
                    + (left > 0 ? ". What to learn next: careers next" : ". Nothing is left to learn.")))
        // At a glance: a bar for each part of the plan, lined up; then each part, item by item.
        let bars =
            groups.map { ($0.label, Tally($0.items.map(status))) }
            + (projects.isEmpty ? [] : [("Projects", Tally(projectRefs.map(plan.mark)))])
            + (certifications.isEmpty ? [] : [("Certifications", Tally(certificationRefs.map(plan.mark)))])
        document.add(.rows(bars.map { Document.Row(cells: [$0.0] + bar($0.1)) }))
        if target == nil {
            document.add(
                .note(
                    "No target role is set, so this is the whole roadmap and the field's foundations: "
                        + "set one with 'careers target ROLE'."
                ))
        }
        for group in groups {
            document.add(.heading(group.label))
            document.add(
                .rows(
                    group.items.map { item in
                        Document.Row(cells: [
                            catalog.name(of: item.requirement), status(item).label, context.reason(item),
                        ])
                    }))
        }
        if !projects.isEmpty {
            document.add(.heading("Projects"))
            document.add(
                .rows(zip(projects, projectRefs).map { .init(cells: [$0.name, plan.mark(of: $1).label, $0.level.rawValue]) }))
        }
        if !certifications.isEmpty {
            document.add(.heading("Certifications"))
            document.add(.rows(zip(certifications, certificationRefs).map { .init(cells: [$0.name, plan.mark(of: $1).label]) }))
        }
        if !outside.isEmpty {
            document.add(.heading(PlanChecklist.outsideHeading))
            document.add(
                .rows(outside.map { .init(cells: [catalog.name(of: $0.ref), $0.mark.rawValue, $0.ref.kind.label]) }))
        }
        if !unknown.isEmpty {
            document.add(.heading("Marks on items not in this guide"))
            document.add(.rows(unknown.map { .init(cells: [$0.ref.id, $0.ref.kind.label, $0.mark.rawValue]) }))
            document.add(.note("Kept in case the guide brings them back; 'careers mark clear ID' removes one."))
        }

        @Sendable func json() -> JSON {
            let phases = outline.groups.compactMap { group in
                group.phase.map { phase in
                    JSON.object(
                        [("id", .string(phase.id)), ("number", .number(Double(phase.number))), ("name", .string(phase.name))]
                            + counts(Tally(group.items.map { plan.status(of: $0.requirement) })))
                }
            }
            let items = context.itemJSON(plan)
            let projectsJSON = projects.map(items.project)
            let certificationsJSON = certifications.map(items.certification)
            let outsideJSON = outside.map { items.kindRef($0.ref).setting("status", .string($0.mark.rawValue)) }
            let unknownJSON = unknown.map { (ref, mark) in
                JSON.object([("kind", .string(ref.kind.label)), ("id", .string(ref.id)), ("status", .string(mark.rawValue))])
            }
            let head: [(String, JSON)] = [
                ("guide", context.guideDirectory == nil ? .null : .string(context.guideKey)),
                ("target", context.itemJSON().ref(.role, target?.id)),
                ("unknownTarget", target == nil ? plan.target.map { .string($0) } ?? .null : .null),
            ]
            let lists: [(String, JSON)] = [
                ("phases", .array(phases)), ("items", .array(outline.items.map { context.planItemJSON($0, plan) })),
                ("projects", .array(projectsJSON)), ("certifications", .array(certificationsJSON)),
                ("outsidePlan", .array(outsideJSON)), ("unknownMarks", .array(unknownJSON)),
            ]
            return .object(head + counts(tally) + lists)
        }
        return CommandOutput(document: document, json: json(), notes: notes)
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
