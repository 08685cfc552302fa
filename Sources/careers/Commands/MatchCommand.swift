import CareerCore

enum MatchCommand {
    static let limit = OptionSpec(
        name: "limit", short: "n", value: .number, help: "list the N best-fitting roles (default \(defaultLimit))")
    static let all = OptionSpec(name: "all", help: "list every role")

    static let spec = CommandSpec(
        name: "match",
        summary: "rank the roles by how many of their own skills you have",
        options: SkillInput.options + [
            limit,
            all,
        ],
        examples: [
            Example("careers match --have \"python, linear algebra, pytorch\"", "which roles fit what you know"),
            Example("careers match --have python --all", "every role, not only the best"),
            Example("careers match --have-file my-skills.txt", "the same, one skill per line in a file"),
            Example("careers match", "from the skills you marked done ('careers mark done NAME')"),
        ],
        run: run)

    /// How many roles are listed unless told otherwise: every role of a guide the size of the bundled one,
    /// the best of a framework with thousands.
    static let defaultLimit = 20

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let ranking = try rank(context)
        return CommandOutput(document: document(ranking, context), json: json(ranking, context), notes: ranking.had.notes + SkillInput.pipeNotes(ranking.had, context))
    }

    /// What `match` shows: the skills had, where they stand, and the best-fitting roles.
    struct Ranking: Sendable {
        let had: SkillInput.Had
        let report: MatchReport
        let target: Role?
        let catalog: Catalog
        /// The best roles: ranked ones first, then those the documents only name.
        let ranked: [MatchReport.RoleFit]
        let namedOnly: [String]
        /// How many roles were left out.
        let more: Int
        /// The marks, for the JSON only (see `marksForJSON`).
        let marks: Plan

        /// Where the skills stand: made only when shown (on a terminal, or in JSON), since a pipe gets the
        /// ranking alone and most of a command's work would go into it.
        var standing: Standing { Standing(have: Set(had.skills), target: target, catalog: catalog) }
    }

    static func rank(_ context: Context) throws(CLIError) -> Ranking {
        if context.invocation.isSet(Self.all), context.invocation.isSet(Self.limit) {
            throw .usage("'--all' and '--limit' ask for different numbers of roles", hint: "Give one of them.")
        }
        let limit = context.invocation.isSet(Self.all) ? Int.max : context.invocation.number(Self.limit) ?? defaultLimit
        guard let had = try SkillInput.had(context) else {
            throw .usage("'careers match' needs your skills", hint: "For example: careers match --have \"python, pytorch\"")
        }
        let catalog = context.catalog
        let report = MatchReport(have: had.skills, catalog: catalog)
        let target = context.marks().plan.targetRole(in: catalog)
        let (ranked, namedOnly, more) = report.best(limit)
        return Ranking(
            had: had, report: report, target: target, catalog: catalog, ranked: ranked, namedOnly: namedOnly, more: more,
            marks: context.marksForJSON().plan)
    }
}
