import CareerCore

/// `careers progress --export markdown`: the plan as a checklist that `--import` reads back.
extension ProgressCommand {
    static func exportChecklist(_ outline: PlanOutline, _ plan: Plan, _ context: Context, notes: [String]) -> CommandOutput {
        let markdown = PlanChecklist.markdown(outline, plan: plan, catalog: context.catalog)
        return CommandOutput(
            document: Document(blocks: [.preformatted(markdown)]), json: .null,
            notes: notes + (leftOut(outline, plan, context).map { [$0] } ?? []))
    }

    /// What the checklist cannot hold, said plainly: a target or marks on items this guide does not have,
    /// which a checklist, naming items by name, cannot name. The plan keeps them.
    private static func leftOut(_ outline: PlanOutline, _ plan: Plan, _ context: Context) -> String? {
        let unknownTarget = outline.target == nil ? plan.target : nil
        let unknown = plan.unknownMarks(in: context.catalog).map { "\($0.ref.id) (\($0.ref.kind.label))" }
        let parts =
            (unknownTarget.map { ["the target '\($0)'"] } ?? [])
            + (unknown.isEmpty ? [] : ["the \(unknown.count == 1 ? "mark" : "marks") on \(listed(unknown))"])
        guard !parts.isEmpty else { return nil }
        let count = unknown.count + (unknownTarget == nil ? 0 : 1)
        return "the checklist leaves out \(listed(parts)), which this guide does not have; "
            + "your plan keeps \(count == 1 ? "it" : "them")"
    }
}
