/// What a role needs that someone lacks, in the order to learn it: the items of the plan for that role
/// (`PlanOutline`: the field's foundations and the role's own skills, each once, phase by phase, then by
/// category) that the skills had do not meet.
package struct LearningPlan: Sendable, Equatable {
    package let role: String
    /// What is left to learn, in order.
    package let steps: [PlanOutline.Item]
    /// How many of the role's own requirements are met.
    package let ownHad: Int

    /// `have` counts with the skills it counts toward (`Catalog.credited`).
    package init(role: Role, have: Set<String> = [], catalog: Catalog) {
        self.role = role.id
        let have = catalog.credited(have)
        steps = PlanOutline(target: role, catalog: catalog).items.filter { !$0.requirement.isMet(by: have) }
        ownHad = Coverage(role.skills, have: have).have.count
    }

    package var isEmpty: Bool { steps.isEmpty }
    /// How many steps a roadmap phase teaches.
    package var onRoadmap: Int { steps.count { $0.phase != nil } }
}
