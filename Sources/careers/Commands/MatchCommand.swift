import CareerCore

enum MatchCommand {
    static let spec = CommandSpec(
        name: "match",
        summary: "rank the roles by how many of their own skills you have",
        options: SkillInput.options,
        examples: [
            Example("careers match --have \"python, linear algebra, pytorch\"", "which roles fit what you know"),
            Example("careers match --have-file my-skills.txt", "the same, one skill per line in a file"),
            Example("careers match", "from the skills you marked done ('careers mark done NAME')"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let had = try SkillInput.had(context) else {
            throw .usage("'careers match' needs your skills", hint: "For example: careers match --have \"python, pytorch\"")
        }
        let catalog = context.catalog
        let report = MatchReport(have: had.skills, catalog: catalog)
        let foundations = report.foundations

        var document = Document(blocks: [.note("Your skills: " + context.names(had.skills, .skill))])
        if foundations.total > 0 {
            let missing = foundations.missing.prefix(6).map(catalog.name(of:)).joined(separator: ", ")
            let more = foundations.missing.count > 6 ? " and \(foundations.missing.count - 6) more" : ""
            document.add(
                .note(
                    "Foundations of the field: \(foundations.have.count) of \(foundations.total)"
                        + (missing.isEmpty ? "" : " — missing: \(missing)\(more)")))
        }
        let shortList = { (names: [String]) in Self.shortList(names) }
        let scored = report.roles.map { fit in
            let have = fit.coverage.have.map(catalog.name(of:))
            let missing = fit.coverage.missing.map(catalog.name(of:))
            let listed =
                (have.isEmpty ? [] : ["has " + have.joined(separator: ", ")])
                + (missing.isEmpty ? [] : ["missing " + shortList(missing)])
            return Document.Row(
                cells: [
                    catalog.name(of: ItemRef(.role, fit.role)), "\(fit.percent)%",
                    "\(fit.coverage.have.count) of \(fit.coverage.total) own skills", listed.joined(separator: "; "),
                ])
        }
        // Roles with no skills of their own have no score: they come last, with what the guide knows of them.
        let named = report.namedOnly.compactMap(catalog.role).map { role in
            Document.Row(cells: [role.name, "—", "no skills of its own", context.placeDescription(role)])
        }
        document.add(.rows(scored + named))
        if report.matchesNoRole {
            document.add(
                .note(
                    "None of your skills is one that a role needs in particular, so no role stands out: "
                        + "start with the foundations ('careers roadmap')."))
        }
        document.add(
            .note(
                "Roles are ranked by how many of their own skills you have, then by the share; "
                    + "the foundations count for every role alike. See what a role still needs with 'careers gap --role NAME'."))

        @Sendable func json() -> JSON {
            JSON.object([
                ("have", context.refsJSON(had.skills, .skill)),
                ("unresolved", JSON.encode(had.given?.unresolved.map(\.input) ?? [])),
                (
                    "corrections",
                    .array(
                        (had.given?.corrections ?? []).map {
                            context.refJSON($0.skill, .skill).setting("input", .string($0.input))
                        })
                ),
                (
                    "foundations",
                    .object([
                        ("have", .number(Double(foundations.have.count))), ("total", .number(Double(foundations.total))),
                        ("missing", .array(foundations.missing.map { context.requirementJSON($0, scope: .field) })),
                    ])
                ),
                (
                    "roles",
                    .array(
                        report.roles.map { fit in
                            rankedRoleJSON(fit.role, percent: fit.percent, coverage: fit.coverage, context)
                        } + report.namedOnly.map { rankedRoleJSON($0, percent: nil, coverage: nil, context) })
                ),
            ])
        }
        return CommandOutput(document: document, json: json(), notes: had.notes)
    }

    /// The first few names, then how many more.
    private static func shortList(_ names: [String], limit: Int = 5) -> String {
        names.count <= limit
            ? names.joined(separator: ", ") : names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    /// A ranked role: `percent` and the requirements had and missing; a role with no skills of its own has
    /// a null percent and empty lists.
    private static func rankedRoleJSON(_ id: String, percent: Int?, coverage: Coverage?, _ context: Context) -> JSON {
        let role = context.catalog.role(id)
        return .object([
            ("id", .string(id)), ("name", .string(role?.name ?? id)),
            ("level", role?.level.map { .string($0.rawValue) } ?? .null),
            ("percent", percent.map { .number(Double($0)) } ?? .null),
            ("have", .array((coverage?.have ?? []).map { context.requirementJSON($0, scope: .role) })),
            ("missing", .array((coverage?.missing ?? []).map { context.requirementJSON($0, scope: .role) })),
        ])
    }
}
