/// One skill to learn for a role, with where the guide teaches it.
public struct PlanStep: Sendable, Equatable {
    public let skill: String
    public let need: Need
    /// The roadmap phase that builds it, if any.
    public let phase: String?
    public let projects: [String]
    public let certifications: [String]
}

/// What a role needs that someone lacks, in the order to learn it: essential skills first, each
/// group in roadmap order (skills no phase teaches come last), then by category.
public struct LearningPlan: Sendable, Equatable {
    public let role: String
    public let steps: [PlanStep]

    public init(role: Role, have: Set<String> = [], catalog: Catalog) {
        let phaseNumbers = Dictionary(
            uniqueKeysWithValues: catalog.phases.flatMap { phase in phase.skills.map { ($0, phase.number) } })
        let missing = catalog.skillLinks(of: role).filter { !have.contains($0.skill) }
        let keys = missing.map { link in
            (
                link.need == .essential ? 0 : 1, phaseNumbers[link.skill] ?? Int.max,
                catalog.skill(link.skill).map(catalog.categoryRank) ?? Int.max, catalog.skillRank(link.skill)
            )
        }
        self.role = role.id
        steps = missing.indices.sorted { keys[$0] < keys[$1] }.map { index in
            let skill = missing[index].skill
            let phase = catalog.phase(teaching: skill)
            return PlanStep(
                skill: skill, need: missing[index].need, phase: phase?.id,
                projects: catalog.projects(exercising: skill).map(\.id),
                certifications: catalog.certifications(covering: skill).map(\.id))
        }
    }
}
