import CareerCore

enum MatchCommand {
    static let spec = CommandSpec(
        name: "match",
        summary: "rank every role by how much of it your skills cover",
        options: SkillInput.options,
        examples: [
            Example("careers match --have \"python, linear algebra, pytorch\"", "which roles fit what you know"),
            Example("careers match --have-file my-skills.txt", "the same, one skill per line in a file"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let (profile, notes) = try SkillInput.profile(context) else {
            throw .usage("'careers match' needs your skills", hint: "For example: careers match --have \"python, pytorch\"")
        }
        let catalog = context.catalog
        let matches = RoleMatcher(catalog: catalog).rank(profile.skills)
        let rows = matches.map { match in
            let essential = match.matchedEssential.count + match.missingEssential.count
            let optional = match.matchedOptional.count + match.missingOptional.count
            return Document.Row(
                cells: [
                    catalog.name(of: ItemRef(.role, match.role)), "\(match.percent)%",
                    "\(match.matchedEssential.count)/\(essential) essential",
                    "\(match.matchedOptional.count)/\(optional) optional",
                    "\(match.missingEssential.count) essential missing",
                ],
                details: match.missingEssential.isEmpty
                    ? []
                    : [
                        "Missing: " + context.names(Array(match.missingEssential.prefix(6)), .skill)
                            + (match.missingEssential.count > 6 ? " and \(match.missingEssential.count - 6) more" : "")
                    ])
        }
        var document = Document(blocks: [.note("Your skills: " + context.names(profile.skills, .skill))])
        document.add(.rows(rows))
        document.add(.note("See what a role still needs with: careers gap --role NAME --have …"))
        return CommandOutput(
            document: document,
            json: .object([
                ("have", context.refsJSON(profile.skills, .skill)),
                ("unresolved", JSON.encode(profile.unresolved.map(\.input))),
                (
                    "roles",
                    .array(
                        matches.map { match in
                            .object([
                                ("id", .string(match.role)), ("name", .string(catalog.name(of: ItemRef(.role, match.role)))),
                                ("score", .number((match.score * 1000).rounded() / 1000)),
                                ("percent", .number(Double(match.percent))),
                                ("matchedEssential", JSON.encode(match.matchedEssential)),
                                ("matchedOptional", JSON.encode(match.matchedOptional)),
                                ("missingEssential", JSON.encode(match.missingEssential)),
                                ("missingOptional", JSON.encode(match.missingOptional)),
                            ])
                        })
                ),
            ]), notes: notes)
    }
}
