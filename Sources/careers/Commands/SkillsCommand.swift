import CareerCore

enum SkillsCommand {
    static let spec = CommandSpec(
        name: "skills",
        summary: "list skills by category, or the skills a role needs, essential first",
        options: [
            OptionSpec(name: "role", short: "r", placeholder: "NAME", takesWords: true, help: "only the skills this role needs"),
            OptionSpec(name: "category", short: "c", placeholder: "NAME", takesWords: true, help: "only skills of this category"),
        ],
        examples: [
            Example("careers skills --role \"ML Engineer\"", "what a Machine Learning Engineer needs"),
            Example("careers skills --category tools", "the tools and frameworks"),
            Example("careers skills", "every skill, by category"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let catalog = context.catalog
        var notes: [String] = []
        let category: SkillCategory? = try context.invocation.value("category").map { (name) throws(CLIError) in
            let (ref, note) = try context.resolve(name, among: [.category], noun: "skill category")
            notes += note.map { [$0] } ?? []
            return catalog.category(ref.id)!
        }
        guard let roleName = context.invocation.value("role") else {
            let skills = catalog.skills(category: category?.id)
            let blocks = catalog.skillsByCategory(skills).map { group in
                Document.Block.rows(
                    group.skills.map { .init(cells: [$0.name, firstSentence($0.description)]) }, group: group.category.name)
            }
            @Sendable func json() -> JSON {
                JSON.object([
                    ("category", category.map { .string($0.id) } ?? .null),
                    (
                        "skills",
                        .array(
                            skills.map {
                                JSON.encode($0).setting("categoryName", .string(catalog.category($0.category)?.name ?? ""))
                            })
                    ),
                ])
            }
            return CommandOutput(document: Document(blocks: blocks), json: json(), notes: notes)
        }

        let (ref, note) = try context.resolve(roleName, among: [.role], noun: "role")
        notes += note.map { [$0] } ?? []
        let role = catalog.role(ref.id)!
        let links = catalog.skillLinks(of: role).filter { link in
            category.map { catalog.skill(link.skill)?.category == $0.id } ?? true
        }
        if links.isEmpty, let category {
            throw .notFound(
                "\(role.name) needs no skill in the category '\(category.name)'",
                hint: "See all its skills with: careers skills --role \"\(role.name)\"")
        }
        var document = Document()
        for need in Need.allCases {
            let rows = links.filter { $0.need == need }.compactMap { link in
                catalog.skill(link.skill).map {
                    Document.Row(cells: [$0.name, catalog.category($0.category)?.name ?? $0.category])
                }
            }
            if !rows.isEmpty { document.add(.rows(rows, group: need.rawValue)) }
        }
        @Sendable func json() -> JSON {
            JSON.object([
                ("role", context.refsJSON([role.id], .role).first),
                ("category", category.map { .string($0.id) } ?? .null),
                ("skills", .array(links.map(context.linkJSON))),
            ])
        }
        return CommandOutput(document: document, json: json(), notes: notes)
    }
}
