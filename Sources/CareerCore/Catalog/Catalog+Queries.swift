/// The questions the command-line tool asks of the guide. Questions over many items read the compiled
/// guide's numbers (`CompiledGuide.roleFacts`), and decode only the items in the answer.
extension Catalog {
    // MARK: Roles

    /// The levels roles are placed at, lowest first: the guide's own, or the standard ones (`Level`).
    package var levels: [Level] { guide.levels() }

    /// Whether the guide declares its own levels (levels.json) rather than using the standard ones.
    package var declaresLevels: Bool { !guide.declaredLevels().isEmpty }

    /// The levels to list and offer: a guide's own, all of them; of the standard ones, which are the program's,
    /// only those the guide places roles at (no document gives the bundled guide a senior or lead level).
    package var listedLevels: [Level] {
        declaresLevels ? levels : levels.filter { !roleIndexes(level: $0).isEmpty }
    }

    /// The level with `id`, if the guide has it.
    package func level(_ id: String?) -> Level? { id.flatMap { id in levels.first { $0.id == id } } }

    package func roles(level: Level? = nil) -> [Role] {
        roleIndexes(level: level).map { guide.item(Role.self, $0) }
    }

    /// What a list of roles shows, without decoding whole roles: name, level and summary.
    package struct RoleHeading: Sendable, Equatable {
        package let name: String
        package let level: Level?
        package let summary: String
    }

    package func roleHeadings(level: Level? = nil) -> [RoleHeading] {
        let levels = self.levels
        return roleIndexes(level: level).map { index in
            let heading = guide.roleHeading(index)
            return RoleHeading(name: heading.name, level: heading.level.map { levels[$0] }, summary: guide.summary(.role, index))
        }
    }

    /// The indexes of the roles (in the guide's order) placed at `level`, or of every role.
    package func roleIndexes(level: Level? = nil) -> [Int] {
        let all = 0..<guide.count(.role)
        guard let level else { return Array(all) }
        let place = levels.firstIndex(of: level)
        return all.filter { guide.roleHeading($0).level == place }
    }

    /// The roles whose growth path leads to `role`.
    package func rolesLeading(to role: Role) -> [Role] {
        guard let index = guide.index(of: ItemRef(.role, role.id)) else { return [] }
        return guide.roleFacts(index).previous.map { guide.item(Role.self, $0) }
    }

    /// The ids of the related roles, in both directions of the stored relation (the role's own first),
    /// read without decoding them.
    package func idsOfRelatedRoles(of role: Role) -> [String] {
        guard let index = guide.index(of: ItemRef(.role, role.id)) else { return [] }
        return guide.roleFacts(index).related.map { guide.id(.role, $0) }
    }

    /// The ids of the roles whose growth path leads to `role`, read without decoding them.
    func idsOfRolesLeading(to role: Role) -> [String] {
        guard let index = guide.index(of: ItemRef(.role, role.id)) else { return [] }
        return guide.roleFacts(index).previous.map { guide.id(.role, $0) }
    }

    /// The whole growth path, as compiled: no role is read.
    var growthPath: GrowthPath {
        let stored = guide.growthPath()
        let ids = { (indexes: [Int]) in indexes.map { guide.id(.role, $0) } }
        return GrowthPath(entry: ids(stored.entry), steps: stored.steps.map(ids))
    }

    /// The field's foundations: what the documents say those entering the field need, each weight with the
    /// audience its document names.
    package var foundations: [Requirement] { guide.foundations() }

    /// `skills` with the skills they count toward, where a document says so (Python toward Programming).
    package func credited(_ skills: Set<String>) -> Set<String> {
        skills.union(skills.compactMap(skill).flatMap(\.countsToward).map(\.skill))
    }

    /// The foundations as a list to learn, each skill once: an either-or group whose every choice is also
    /// a foundation on its own is left out ("TensorFlow or PyTorch" beside TensorFlow and PyTorch), since
    /// learning the skills one by one covers it. Pages still show the group with its own weight.
    package var foundationsToLearn: [Requirement] {
        let all = foundations
        let alone = Set(all.filter { !$0.isChoice }.flatMap(\.skills))
        return all.filter { !$0.isChoice || !$0.skills.allSatisfy(alone.contains) }
    }

    /// True for a role the documents only name: nothing is tied to it in particular.
    package func isNamedOnly(_ role: Role) -> Bool { role.skills.isEmpty }

    /// The roles that need `skill` in particular (the field's foundations aside), with the requirement that names it.
    package func roles(needing skill: String) -> [(role: Role, requirement: Requirement)] {
        guard let index = guide.index(of: ItemRef(.skill, skill)) else { return [] }
        return guide.roles(needingSkill: index).map { guide.item(Role.self, $0) }.compactMap { role in
            role.skills.first { $0.skills.contains(skill) }.map { (role, $0) }
        }
    }

    /// The roles that need `skill` in particular, by reference: what a list of links needs, read without the roles.
    package func roleRefs(needing skill: String) -> [ItemRef] {
        guard let index = guide.index(of: ItemRef(.skill, skill)) else { return [] }
        return guide.roles(needingSkill: index).map { guide.ref(.role, $0) }
    }

    /// The foundation that names `skill`, if the field as a whole needs it.
    /// The foundations that name `skill`: on its own, among either-or choices, or both.
    package func foundations(naming skill: String) -> [Requirement] {
        foundations.filter { $0.skills.contains(skill) }
    }

    /// "TensorFlow or PyTorch".
    package func name(of requirement: Requirement) -> String {
        requirement.skills.map { name(of: ItemRef(.skill, $0)) }.joined(separator: " or ")
    }

    // MARK: Skills

    package func skills(category: String? = nil) -> [Skill] {
        let all = self.all(Skill.self)
        guard let category else { return all }
        return all.filter { $0.category == category }
    }

    /// Skills grouped by category, in category order; empty categories are left out.
    package func skillsByCategory(_ skills: [Skill]? = nil) -> [(category: SkillCategory, skills: [Skill])] {
        let members = skills ?? self.skills()
        return all(SkillCategory.self).compactMap { category in
            let members = members.filter { $0.category == category.id }
            return members.isEmpty ? nil : (category, members)
        }
    }

    /// The roadmap phase that builds `skill`, if any.
    package func phase(teaching skill: String) -> Phase? {
        phaseIndex(teaching: skill).map { guide.item(Phase.self, $0) }
    }

    private func phaseIndex(teaching skill: String) -> Int? {
        guide.index(of: ItemRef(.skill, skill)).flatMap(guide.phase(teachingSkill:))
    }

    package func topics(covering skill: String) -> [Topic] { topics.filter { $0.skills.contains(skill) } }
    package func projects(exercising skill: String) -> [Project] { projects().filter { $0.skills.contains(skill) } }

    // MARK: Roadmap and the rest

    package var phases: [Phase] { all(Phase.self) }

    package func phase(number: Int) -> Phase? { phases.first { $0.number == number } }

    /// The earliest phase that builds any skill of `requirement`: where to learn it.
    package func phase(teaching requirement: Requirement) -> Phase? {
        phaseIndex(teaching: requirement).map { guide.item(Phase.self, $0) }
    }

    /// The index (in `phases`) of the first phase that teaches one of the requirement's skills, read without
    /// decoding a phase.
    private func phaseIndex(teaching requirement: Requirement) -> Int? {
        requirement.skills.compactMap(phaseIndex(teaching:)).min()
    }

    package func projects(level: ProjectLevel? = nil) -> [Project] {
        let all = self.all(Project.self)
        guard let level else { return all }
        return all.filter { $0.level == level }
    }

    package var tips: [Tip] { all(Tip.self) }
    package var topics: [Topic] { all(Topic.self) }
    package var sources: [Source] { all(Source.self) }
    package var field: [FieldSection] { all(FieldSection.self) }

    /// Items of every kind that name `source` among their sources, kind by kind: read from an index, as a
    /// source of a big pack is cited by thousands.
    package func items(citing source: String) -> [ItemRef] {
        guard let index = guide.index(of: ItemRef(.source, source)) else { return [] }
        return guide.citations(ofSource: index).map { guide.ref($0.kind, $0.item) }
    }
}
