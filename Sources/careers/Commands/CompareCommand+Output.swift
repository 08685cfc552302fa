import CareerCore

/// `compare`'s comparison as text and as JSON.
extension CompareCommand {
    static func document(_ comparison: Comparison, _ context: Context) -> Document {
        let (first, second) = (comparison.first, comparison.second)
        var document = Document(blocks: [.title("\(first.name) and \(second.name)")])
        // A guide with no growth path (O*NET's) gets no line saying each role is not on it.
        let hasPath = GrowthPath(catalog: context.catalog).map { !$0.steps.isEmpty || !$0.entry.isEmpty } ?? false
        for (role, place) in [(first, comparison.firstPlace), (second, comparison.secondPlace)] {
            document.add(.heading(role.name))
            document.add(
                .fields(
                    [.init(label: "Level", value: context.levelLabel(role.level))]
                        + (hasPath ? [.init(label: "Growth path", value: describe(role, place, context))] : [])))
        }
        document.blocks += skillBlocks(comparison, context)
        if !comparison.skills.foundations.isEmpty {
            // The same list beside any two roles, so it is named once, not repeated.
            document.add(
                .note(
                    "The field's foundations stand apart from both roles: careers skills --role \"\(first.name)\" lists them "
                        + "with the audience each document names."))
        }
        return document
    }

    /// The own skills of both, then of each role only.
    private static func skillBlocks(_ comparison: Comparison, _ context: Context) -> [Document.Block] {
        let catalog = context.catalog
        let (first, second, skills) = (comparison.first, comparison.second, comparison.skills)
        // A guide with no roadmap (O*NET's) gets no column saying so on every line.
        let hasRoadmap = catalog.count(of: .phase) > 0
        func phase(_ requirement: Requirement) -> [String] {
            guard hasRoadmap else { return [] }
            return [catalog.phase(teaching: requirement).map(\.title) ?? "not on the roadmap"]
        }
        var blocks: [Document.Block] = [.heading("Own skills of both")]
        if skills.both.isEmpty {
            blocks.append(.text("No skill of their own in common."))
        } else {
            blocks.append(
                .rows(
                    skills.both.map { shared in
                        let (a, b) = (context.needLabel(shared.first), context.needLabel(shared.second))
                        let need = a == b ? a : "\(a) for \(first.name); \(b) for \(second.name)"
                        return .init(cells: [catalog.name(of: shared.first)] + phase(shared.first) + [need])
                    }))
        }
        for (role, other, only) in [(first, second, skills.onlyFirst), (second, first, skills.onlySecond)] {
            blocks.append(.heading("Own skills of \(role.name) only"))
            if only.isEmpty {
                blocks.append(
                    .text(
                        role.skills.isEmpty
                            ? context.noOwnSkills(role) : "None: each of its own skills is one of \(other.name)'s too, above."))
            } else {
                blocks.append(.rows(only.map { .init(cells: [catalog.name(of: $0)] + phase($0) + [context.needLabel($0)]) }))
            }
        }
        return blocks
    }

    static func json(_ comparison: Comparison, _ context: Context) -> JSON {
        let catalog = context.catalog
        let items = context.itemJSON(comparison.marks)
        func stepJSON(_ requirement: Requirement, _ scope: Scope) -> JSON {
            items.requirement(requirement, scope: scope).setting(
                "phase", items.ref(.phase, catalog.phase(teaching: requirement)?.id))
        }
        func roleJSON(_ role: Role, _ place: Place?) -> JSON {
            .object([
                ("role", items.role(role)), ("place", place.map { .string($0.rawValue) } ?? .null),
                ("comesAfter", items.refs(.role, catalog.rolesLeading(to: role).map(\.id))),
            ])
        }
        let skills = comparison.skills
        return .object([
            ("first", roleJSON(comparison.first, comparison.firstPlace)),
            ("second", roleJSON(comparison.second, comparison.secondPlace)),
            (
                "both",
                .array(
                    skills.both.map {
                        .object([("first", stepJSON($0.first, .role)), ("second", stepJSON($0.second, .role))])
                    })
            ),
            ("onlyFirst", .array(skills.onlyFirst.map { stepJSON($0, .role) })),
            ("onlySecond", .array(skills.onlySecond.map { stepJSON($0, .role) })),
            ("foundations", .array(skills.foundations.map { stepJSON($0, .field) })),
        ])
    }
}
