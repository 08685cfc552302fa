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

    /// Everything `role` needs: its own links, plus the links stated of the whole field.
    /// Where both name a skill, the stronger need wins and the sources are merged.
    /// Ordered essential first, then by category, then as in the skill list.
    public func skillLinks(of role: Role) -> [SkillLink] {
        var merged: [SkillLink] = []
        var position: [String: Int] = [:]
        for link in content.fieldSkills + role.skills {
            guard let index = position[link.skill] else {
                position[link.skill] = merged.count
                merged.append(link)
                continue
            }
            let existing = merged[index]
            let need: Need = existing.need == .essential || link.need == .essential ? .essential : .optional
            let sources = existing.sources + link.sources.filter { !existing.sources.contains($0) }
            merged[index] = SkillLink(skill: link.skill, need: need, sources: sources)
        }
        // Sort on precomputed keys: looking skills up inside the comparison would repeat it n log n times.
        let keys = merged.map {
            (
                $0.need == .essential ? 0 : 1, skillIndex[$0.skill].map { categoryRank(of: content.skills[$0]) } ?? Int.max,
                skillRank($0.skill)
            )
        }
        return merged.indices.sorted { keys[$0] < keys[$1] }.map { merged[$0] }
    }

    /// The roles that need `skill`, with how much.
    public func roles(needing skill: Skill) -> [(role: Role, need: Need)] {
        content.roles.compactMap { role in
            skillLinks(of: role).first { $0.skill == skill.id }.map { (role, $0.need) }
        }
    }

    /// Certifications that cover at least one skill `role` needs, most overlap first.
    public func certifications(for role: Role) -> [Certification] {
        let needed = Set(skillLinks(of: role).map(\.skill))
        let scored = content.certifications.enumerated().compactMap { index, certification in
            let overlap = certification.skills.filter(needed.contains).count
            return overlap > 0 ? (certification, overlap, index) : nil
        }
        return scored.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0)
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
    public func certifications(covering skill: String) -> [Certification] {
        content.certifications.filter { $0.skills.contains(skill) }
    }

    // MARK: Roadmap and the rest

    public var phases: [Phase] { content.phases }

    public func phase(number: Int) -> Phase? { content.phases.first { $0.number == number } }

    /// The phase a project or certification fits, if the roadmap places it.
    public func phase(containing ref: ItemRef) -> Phase? {
        content.phases.first { phase in
            switch ref.kind {
            case .project: phase.projects.contains(ref.id)
            case .certification: phase.certifications.contains(ref.id)
            default: false
            }
        }
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

    /// Orders two skill ids by category, then by their place in the skill list.
    func skillOrder(_ a: String, _ b: String) -> Bool {
        let (skillA, skillB) = (skill(a), skill(b))
        let categoryA = skillA.map(categoryRank) ?? Int.max
        let categoryB = skillB.map(categoryRank) ?? Int.max
        if categoryA != categoryB { return categoryA < categoryB }
        return skillRank(a) < skillRank(b)
    }
}
