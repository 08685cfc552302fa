import CareerCore

enum SkillsCommand {
    static let role = OptionSpec(
        name: "role", short: "r", value: .name("NAME", [.role]), takesWords: true, help: "this role's own skills, then the field's foundations")
    static let category = OptionSpec(
        name: "category", short: "c", value: .name("NAME", [.category]), takesWords: true, help: "only skills of this category")

    static let spec = CommandSpec(
        name: "skills",
        summary: "list skills by category, or a role's own skills, then the field's foundations",
        options: [
            role,
            category,
        ],
        examples: [
            Example("careers skills --role \"ML Engineer\"", "a Machine Learning Engineer's own skills, then the field's foundations"),
            Example("careers skills --category tools", "the tools and frameworks"),
            Example("careers skills", "every skill, by category"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        var notes: [String] = []
        let category: SkillCategory? = try context.invocation.text(SkillsCommand.category).map { (name) throws(CLIError) in
            let (ref, note) = try context.resolve(name, among: [.category], noun: "skill category")
            notes += note.map { [$0] } ?? []
            return try context.item(ref, Catalog.category)
        }
        guard let roleName = context.invocation.text(SkillsCommand.role) else {
            return everySkill(category, notes: notes, context)
        }
        let skills = try roleSkills(roleName, category, notes: notes, context)
        return CommandOutput(document: document(skills, context), json: json(skills, context), notes: skills.notes)
    }

    /// Every skill, or those of `category`, by category.
    private static func everySkill(_ category: SkillCategory?, notes: [String], _ context: Context) -> CommandOutput {
        let skills = context.catalog.skills(category: category?.id)
        let blocks = context.catalog.skillsByCategory(skills).map { group in
            Document.Block.rows(
                group.skills.map { .init(cells: [$0.name, firstSentence($0.description)]) }, group: group.category.name)
        }
        let (plan, warnings) = context.marksForJSON()
        let items = context.itemJSON(plan)
        return CommandOutput(
            document: Document(blocks: blocks),
            json: .object([("category", items.ref(.category, category?.id)), ("skills", .elements(.init(count: skills.count) { items.skill(skills[$0]) }))]),
            notes: notes + warnings)
    }

    /// What `skills --role` shows: a role's own skills, then the field's foundations, of `category` if given.
    struct RoleSkills: Sendable {
        let role: Role
        let category: SkillCategory?
        let own: [Requirement]
        let foundations: [Requirement]
        let plan: Plan
        let notes: [String]
    }

    static func roleSkills(_ name: String, _ category: SkillCategory?, notes: [String], _ context: Context)
        throws(CLIError) -> RoleSkills
    {
        let catalog = context.catalog
        let (ref, note) = try context.resolve(name, among: [.role], noun: "role")
        let role = try context.item(ref, Catalog.role)
        let inCategory = { (requirement: Requirement) in
            category.map { wanted in requirement.skills.contains { catalog.skill($0)?.category == wanted.id } } ?? true
        }
        let own = role.skills.filter(inCategory)
        let foundations = catalog.foundations.filter(inCategory)
        if category == nil, own.isEmpty, foundations.isEmpty {
            throw .notFound("no skills are recorded for \(role.name)", hint: nil)
        }
        if let category, own.isEmpty, foundations.isEmpty {
            throw .notFound(
                "\(role.name) has no skill in the category '\(category.name)', of its own or among the foundations",
                hint: "See all its skills with: careers skills --role \"\(role.name)\"")
        }
        let (plan, warnings) = context.marks()
        return RoleSkills(
            role: role, category: category, own: own, foundations: foundations, plan: plan,
            notes: notes + (note.map { [$0] } ?? []) + warnings)
    }

    static func document(_ skills: RoleSkills, _ context: Context) -> Document {
        let (role, plan) = (skills.role, skills.plan)
        // A mark column, once there are marks to show.
        let row = { (requirement: Requirement) in
            Document.Row(
                cells: [context.catalog.name(of: requirement)] + (plan.marks.isEmpty ? [] : [plan.status(of: requirement).label])
                    + [context.needLabel(requirement)])
        }
        var document = Document()
        if !skills.own.isEmpty {
            document.add(.rows(skills.own.map(row), group: Scope.role.rawValue, heading: "Skills of \(role.name) in particular"))
            if skills.own.contains(where: { $0.need == nil }) { document.add(.note("—: no weight is given for the skill.")) }
        } else if context.catalog.isNamedOnly(role) {
            document.add(.note(context.noOwnSkills(role)))
        }
        if !skills.foundations.isEmpty {
            document.add(
                .rows(
                    skills.foundations.map(row), group: Scope.field.rawValue,
                    heading: "Foundations of the field, each with its audience"))
        }
        return document
    }

    static func json(_ skills: RoleSkills, _ context: Context) -> JSON {
        let items = context.itemJSON(skills.plan)
        let requirements =
            skills.own.map { items.requirement($0, scope: .role) }
            + skills.foundations.map { items.requirement($0, scope: .field) }
        return .object([
            ("role", items.ref(.role, skills.role.id)), ("category", items.ref(.category, skills.category?.id)),
            ("skills", .array(requirements)),
        ])
    }
}
