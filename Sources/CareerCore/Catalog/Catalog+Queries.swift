/// The questions the command-line tool asks of the guide.
extension Catalog {
    // MARK: Roles

    public func roles(level: Level? = nil) -> [Role] {
        guard let level else { return content.roles }
        return content.roles.filter { $0.level == level }
    }

    /// The roles whose growth path leads to `role`.
    public func rolesLeading(to role: Role) -> [Role] {
        content.roles.filter { $0.next.contains(role.id) }
    }

    /// Related roles, in both directions of the stored relation.
    public func relatedRoles(of role: Role) -> [Role] {
        content.roles.filter { other in
            other.id != role.id && (role.related.contains(other.id) || other.related.contains(role.id))
        }
    }

    /// What the whole field needs: the foundations every role shares, as the documents weigh them.
    public var foundations: [Requirement] { content.foundations }

    /// True for a role the documents only name: nothing is tied to it in particular.
    public func isNamedOnly(_ role: Role) -> Bool { role.skills.isEmpty }

    /// The roles that need `skill` in particular (the field's foundations aside), with the requirement that names it.
    public func roles(needing skill: String) -> [(role: Role, requirement: Requirement)] {
        content.roles.compactMap { role in
            role.skills.first { $0.skills.contains(skill) }.map { (role, $0) }
        }
    }

    /// The foundation that names `skill`, if the field as a whole needs it.
    public func foundation(naming skill: String) -> Requirement? {
        content.foundations.first { $0.skills.contains(skill) }
    }

    /// "TensorFlow or PyTorch".
    public func name(of requirement: Requirement) -> String {
        requirement.skills.map { name(of: ItemRef(.skill, $0)) }.joined(separator: " or ")
    }

    // MARK: Skills

    public func skills(category: String? = nil) -> [Skill] {
        guard let category else { return content.skills }
        return content.skills.filter { $0.category == category }
    }

    /// Skills grouped by category, in category order; empty categories are left out.
    public func skillsByCategory(_ skills: [Skill]? = nil) -> [(category: SkillCategory, skills: [Skill])] {
        let all = skills ?? content.skills
        return content.categories.compactMap { category in
            let members = all.filter { $0.category == category.id }
            return members.isEmpty ? nil : (category, members)
        }
    }

    /// The roadmap phase that builds `skill`, if any.
    public func phase(teaching skill: String) -> Phase? {
        content.phases.first { $0.skills.contains(skill) }
    }

    public func topics(covering skill: String) -> [Topic] { content.topics.filter { $0.skills.contains(skill) } }
    public func projects(exercising skill: String) -> [Project] { content.projects.filter { $0.skills.contains(skill) } }

    // MARK: Roadmap and the rest

    public var phases: [Phase] { content.phases }

    public func phase(number: Int) -> Phase? { content.phases.first { $0.number == number } }

    /// The earliest phase that builds any skill of `requirement`: where to learn it.
    public func phase(teaching requirement: Requirement) -> Phase? {
        content.phases.first { phase in requirement.skills.contains(where: phase.skills.contains) }
    }

    public var certifications: [Certification] { content.certifications }

    public func projects(level: ProjectLevel? = nil) -> [Project] {
        guard let level else { return content.projects }
        return content.projects.filter { $0.level == level }
    }

    public var tips: [Tip] { content.tips }
    public var topics: [Topic] { content.topics }
    public var sources: [Source] { content.sources }
    public var field: [FieldSection] { content.field }

    /// Items of every kind that name `source` among their sources.
    public func items(citing source: String) -> [ItemRef] {
        entries.filter { $0.sources.contains(source) }.map(\.ref)
    }
}
