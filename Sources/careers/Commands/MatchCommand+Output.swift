import CareerCore

/// `match`'s ranking as text and as JSON.
extension MatchCommand {
    static func document(_ ranking: Ranking, _ context: Context) -> Document {
        // Where you stand, as notes: a terminal shows them, a pipe leaves them out, so they are made only for one.
        var document = Document(
            blocks: context.isInteractive ? standingNotes(ranking.standing, had: ranking.had, target: ranking.target, context) : [])
        // Roles with no skills of their own have no score: they come last, with what the guide knows of them.
        let named = ranking.namedOnly.compactMap(context.catalog.role).map { role in
            Document.Row(cells: [role.name, "—", "no skills of its own", context.placeDescription(role)])
        }
        document.add(.rows(ranking.ranked.map(row) + named))
        if ranking.more > 0 {
            document.add(
                .note("… and \(ranking.more) more roles, which fit less well: --all lists every one, --limit N the best N."))
        }
        if ranking.report.matchesNoRole {
            document.add(
                .note(
                    "None of your skills is one that a role needs in particular, so no role stands out: "
                        + "start with the roadmap ('careers roadmap')."))
        }
        document.add(
            .note(
                "Roles are ranked by how many of their own skills you have, then those with more recorded first, then by "
                    + "the share, each skill weighed by its document's word; the field's foundations count toward no one "
                    + "role. See what a role still needs with 'careers gap ROLE'."))
        return document
    }

    /// A ranked role's row. Only the names shown are looked up: all that is had, the first few missing.
    private static func row(_ fit: MatchReport.RoleFit) -> Document.Row {
        let missing = fit.missingPositions
        let names = fit.requirementNames(at: fit.havePositions + missing.prefix(Self.shown))
        let have = names.prefix(fit.haveCount)
        let listed =
            (have.isEmpty ? [] : ["has " + have.joined(separator: ", ")])
            + (missing.isEmpty ? [] : ["missing " + shortList(Array(names.dropFirst(fit.haveCount)), missing.count)])
        return Document.Row(
            cells: [
                fit.name, "\(fit.percent)%",
                "\(fit.haveCount) of \(fit.total) own skill\(fit.total == 1 ? "" : "s")"
                    + (fit.isThin ? ", little recorded" : ""),
                listed.joined(separator: "; "),
            ])
    }

    static func json(_ ranking: Ranking, _ context: Context) -> JSON {
        let (had, foundations) = (ranking.had, ranking.report.foundations)
        let items = context.itemJSON(ranking.marks)
        return JSON.object([
            ("have", items.refs(.skill, had.skills)),
            ("unresolved", .array((had.given?.unresolved ?? []).map { .string($0.input) })),
            (
                "corrections",
                .array((had.given?.corrections ?? []).map { items.ref(.skill, $0.skill).setting("input", .string($0.input)) })
            ),
            (
                "foundations",
                .object([
                    ("have", .number(Double(foundations.have.count))), ("total", .number(Double(foundations.total))),
                    ("missing", .array(foundations.missing.map { items.requirement($0, scope: .field) })),
                ])
            ),
            ("credits", .array(context.creditNotes(had.skills).map(JSON.string))),
            ("standing", standingJSON(ranking.standing, target: ranking.target, context, items)),
            (
                "roles",
                .array(
                    ranking.ranked.map { rankedRoleJSON($0.role, percent: $0.percent, coverage: $0.coverage, items) }
                        + ranking.namedOnly.map { rankedRoleJSON($0, percent: nil, coverage: nil, items) })
            ),
            ("more", .number(Double(ranking.more))),
        ])
    }

    /// Where you stand, before the roles: your skills, those outside the guide, what counts toward what, the
    /// foundations you have by phase and outside the roadmap, and what to learn next.
    private static func standingNotes(_ standing: Standing, had: SkillInput.Had, target: Role?, _ context: Context)
        -> [Document.Block]
    {
        let catalog = context.catalog
        var notes = ["Your skills: " + (had.skills.isEmpty ? "none the guide has" : context.names(had.skills, .skill))]
        notes += SkillInput.outsideNote(had).map { [$0] } ?? []
        notes += context.creditNotes(had.skills)
        if standing.foundationsTotal > 0 {
            let runs = standing.foundations.map { run in
                (run.phase.map { "Phase \($0.number)" } ?? "outside the roadmap") + ": "
                    + run.requirements.map(catalog.name(of:)).joined(separator: ", ")
            }
            notes.append(
                "Foundations of the field you have: \(standing.foundationsHad) of \(standing.foundationsTotal)"
                    + (runs.isEmpty ? "" : " (" + runs.joined(separator: "; ") + ")"))
        }
        if !standing.next.isEmpty {
            let next = standing.next.map { item in
                catalog.name(of: item.requirement) + (item.phase.map { " (Phase \($0.number))" } ?? "")
            }
            notes.append(
                "Learn next" + (target.map { ", for \($0.name)" } ?? "") + ": " + next.joined(separator: ", ")
                    + " ('careers gap" + (target == nil ? " ROLE" : "") + "' for the whole plan)")
        }
        return notes.map(Document.Block.note)
    }

    /// `{target, had: [{phase, requirements}], next: [PlanItem]}`.
    private static func standingJSON(_ standing: Standing, target: Role?, _ context: Context, _ items: ItemJSON) -> JSON {
        .object([
            ("target", items.ref(.role, target?.id)),
            (
                "had",
                .array(
                    standing.foundations.map { run in
                        .object([
                            ("phase", items.ref(.phase, run.phase?.id)),
                            ("requirements", .array(run.requirements.map { items.requirement($0, scope: .field) })),
                        ])
                    })
            ),
            ("next", .array(standing.next.map { context.planItemJSON($0, items.plan) })),
        ])
    }

    /// How many missing requirements a row names.
    private static let shown = 5

    /// The first few names of `count`, then how many more.
    private static func shortList(_ names: [String], _ count: Int) -> String {
        names.joined(separator: ", ") + (count > names.count ? " and \(count - names.count) more" : "")
    }

    /// A ranked role: the role, `percent`, and its own requirements had and missing; a role with no skills of
    /// its own has a null percent and empty lists.
    private static func rankedRoleJSON(_ id: String, percent: Int?, coverage: Coverage?, _ items: ItemJSON) -> JSON {
        .object([
            ("role", items.catalog.role(id).map(items.role) ?? .null), ("percent", percent.map { .number(Double($0)) } ?? .null),
            ("littleRecorded", .bool((items.catalog.role(id)?.skills.count ?? 0) <= MatchReport.thinEvidence)),
            ("have", .array((coverage?.have ?? []).map { items.requirement($0, scope: .role) })),
            ("missing", .array((coverage?.missing ?? []).map { items.requirement($0, scope: .role) })),
        ])
    }
}
