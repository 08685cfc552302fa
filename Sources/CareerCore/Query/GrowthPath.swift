/// The growth path the guide describes (entry roles → Senior ML Engineer → Principal AI Architect
/// → Head of AI), step by step, with what each step adds to the one before as far as the guide says.
public struct GrowthPath: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        /// 1 for the entry roles, then one more for each step up.
        public let number: Int
        public let roles: [StepRole]
    }

    public struct StepRole: Sendable, Equatable {
        public let role: String
        /// The role's own requirements that no role of the step before has.
        public let newSkills: [Requirement]
        /// What the guide says the role does.
        public let responsibilities: [String]
    }

    public let steps: [Step]

    /// The whole path, or only the steps through `role` (nil when `role` is not on the path).
    public init?(catalog: Catalog, through role: Role? = nil) {
        // Only roles on the path matter: those that lead somewhere, and those led to.
        let roles = catalog.rolesOnGrowthPath()
        // Layers: roles nothing leads to, then the roles they lead to, and so on.
        let ledTo = Set(roles.flatMap(\.next))
        let first = roles.filter { !ledTo.contains($0.id) }
        guard !first.isEmpty else {
            // No growth path in this guide (or only loops, which validation refuses).
            if role != nil { return nil }
            steps = []
            return
        }
        var layers: [[Role]] = [first]
        var seen = Set(layers[0].map(\.id))
        while let last = layers.last {
            let reached = Set(last.flatMap(\.next))
            let next = roles.filter { !seen.contains($0.id) && reached.contains($0.id) }
            if next.isEmpty { break }
            seen.formUnion(next.map(\.id))
            layers.append(next)
        }
        if let role {
            guard seen.contains(role.id) else { return nil }
            // Keep the layers up to the role's, with only the role in its own layer, and everything after it.
            let index = layers.firstIndex { $0.contains { $0.id == role.id } }!
            layers[index] = [role]
            if index > 0 { layers[index - 1] = layers[index - 1].filter { $0.next.contains(role.id) } }
        }
        var steps: [Step] = []
        var previousSkills: Set<[String]>? = nil
        for (index, layer) in layers.enumerated() {
            let stepRoles = layer.map { role in
                let new = previousSkills.map { before in role.skills.filter { !before.contains($0.skills) } } ?? role.skills
                return StepRole(role: role.id, newSkills: new, responsibilities: role.responsibilities)
            }
            steps.append(Step(number: index + 1, roles: stepRoles))
            previousSkills = Set(layer.flatMap { $0.skills.map(\.skills) })
        }
        self.steps = steps
    }
}
