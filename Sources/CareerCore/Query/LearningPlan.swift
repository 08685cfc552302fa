/// One requirement still to learn, with where the roadmap teaches it.
public struct PlanStep: Sendable, Equatable {
    public let requirement: Requirement
    /// The id of the roadmap phase that builds it, if any.
    public let phase: String?
}

/// What a role needs that someone lacks, in the order to learn it: the field's foundations first, then
/// the role's own skills, each in roadmap order (what no phase teaches comes last), stronger needs first
/// within a phase.
public struct LearningPlan: Sendable, Equatable {
    public let role: String
    public let foundations: [PlanStep]
    /// The role's own requirements still missing, but for those the foundations already list: a skill is
    /// learned once.
    public let own: [PlanStep]
    /// The role's own requirements met (by the skills had).
    public let ownHad: Int

    public init(role: Role, have: Set<String> = [], catalog: Catalog) {
        self.role = role.id
        foundations = Self.steps(Coverage(catalog.foundationsToLearn, have: have).missing, catalog)
        let coverage = Coverage(role.skills, have: have)
        let listed = Set(foundations.flatMap(\.requirement.skills))
        own = Self.steps(coverage.missing.filter { !$0.skills.allSatisfy(listed.contains) }, catalog)
        ownHad = coverage.have.count
    }

    public var isEmpty: Bool { foundations.isEmpty && own.isEmpty }

    private static func steps(_ missing: [Requirement], _ catalog: Catalog) -> [PlanStep] {
        let phases = missing.map { catalog.phase(teaching: $0) }
        let keys = missing.indices.map { index in
            (
                phases[index]?.number ?? Int.max,
                missing[index].need?.rank ?? Need.allCases.count,
                index
            )
        }
        return missing.indices.sorted { keys[$0] < keys[$1] }.map { PlanStep(requirement: missing[$0], phase: phases[$0]?.id) }
    }
}
