import CareerCore

/// What `progress` and `next` say about the items of a plan.
extension Context {
    /// The outline the plan follows: its target's, or the whole roadmap's when no target is set. A target
    /// the guide does not have is kept, but noted, and the whole roadmap is shown.
    func outline(_ plan: Plan) -> (outline: PlanOutline, notes: [String]) {
        let role = plan.targetRole(in: catalog)
        let notes = plan.target.flatMap { id in
            role == nil ? ["your target, '\(id)', is not a role in this guide; showing the whole roadmap"] : nil
        }
        return (PlanOutline(target: role, catalog: catalog), notes ?? [])
    }

    /// Why an item is in the plan: "foundation, essential; a skill of this role" (the target), or nothing
    /// for a skill that is only on the roadmap.
    func reason(_ item: PlanOutline.Item) -> String {
        let need = item.requirement.need == nil ? "" : ", " + needLabel(item.requirement)
        var reasons: [String] = []
        if item.isFoundation { reasons.append("foundation" + need) }
        if item.isOwn { reasons.append("a skill of this role" + (item.isFoundation ? "" : need)) }
        return reasons.joined(separator: "; ")
    }

    /// "Phase 1: Foundations", or "not on the roadmap" (its category in a guide with no roadmap at all).
    func phaseLabel(_ item: PlanOutline.Item) -> String {
        if let phase = item.phase { return phase.title }
        return hasRoadmap ? "not on the roadmap" : category(of: item) ?? "—"
    }

    /// "Phase 1: Foundations", or for what no phase teaches, "Outside the roadmap: Tools and frameworks"
    /// (the category alone in a guide with no roadmap, O*NET's).
    func phaseOrCategory(_ item: PlanOutline.Item) -> String {
        if let phase = item.phase { return phase.title }
        guard hasRoadmap else { return category(of: item) ?? "—" }
        return "Outside the roadmap" + (category(of: item).map { ": \($0)" } ?? "")
    }

    /// Whether the guide has learning phases at all.
    var hasRoadmap: Bool { catalog.count(of: .phase) > 0 }

    private func category(of item: PlanOutline.Item) -> String? {
        item.requirement.skills.first.flatMap(catalog.skill).flatMap { catalog.category($0.category) }?.name
    }

    /// An item as a requirement (scope `field`, `role`, or `roadmap` for a roadmap skill that is neither),
    /// with `roleSkill`, its `phase` and its `status`.
    func planItemJSON(_ item: PlanOutline.Item, _ plan: Plan) -> JSON {
        let scope = item.isFoundation ? "field" : item.isOwn ? "role" : "roadmap"
        let items = itemJSON(plan)
        return items.requirement(item.requirement, scope: .field).setting("scope", .string(scope))
            .setting("roleSkill", .bool(item.isOwn)).setting("phase", items.ref(.phase, item.phase?.id))
    }
}
