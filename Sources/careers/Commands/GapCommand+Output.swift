import CareerCore

/// `gap`'s plan as text and as JSON.
extension GapCommand {
    static func document(_ gap: Gap, _ context: Context) -> Document {
        let (role, input, plan) = (gap.role, gap.input, gap.plan)
        var document = Document()
        if let marked = input?.marked, !marked.isEmpty {
            document.add(.note("Skills you marked done count as had: " + context.names(marked, .skill)))
        }
        if input == nil {
            document.add(.note("Counting nothing as known: give --have, or mark what you know with 'careers mark done NAME'."))
        }
        if let outside = SkillInput.outsideNote(input) { document.add(.note(outside)) }
        for credit in context.creditNotes(input?.skills ?? []) { document.add(.note(credit)) }
        if plan.isEmpty {
            document.add(.text("You have every skill the guide lists for \(role.name), and the field's foundations."))
        } else {
            let elsewhere = plan.steps.count - plan.onRoadmap
            let where_ = context.hasRoadmap ? ", \(plan.onRoadmap) on the roadmap and \(elsewhere) elsewhere" : ""
            // What you skipped is still lacking, and listed as such; `next` leaves it out.
            let skipped = plan.steps.count { gap.marks.status(of: $0.requirement) == .skipped }
            document.add(.note("\(role.name): \(plan.steps.count) to learn\(where_)\(skipped > 0 ? " (\(skipped) of them skipped)" : "")."))
        }
        document.blocks += stepBlocks(gap, context)
        if gap.listed.count < plan.steps.count {
            document.add(
                .note("… and \(plan.steps.count - gap.listed.count) more: --all lists every one"))
        }
        if context.catalog.isNamedOnly(role) {
            document.add(.note(context.noOwnSkills(role)))
        } else if input != nil, plan.ownHad == role.skills.count {
            document.add(.note("You have all of \(role.name)'s own skills."))
        }
        return document
    }

    /// A table for each place to learn: a phase, or a category of what no phase teaches.
    private static func stepBlocks(_ gap: Gap, _ context: Context) -> [Document.Block] {
        var places: [(place: String, rows: [Document.Row])] = []
        for item in gap.listed {
            let status = gap.marks.marks.isEmpty ? [] : [gap.marks.status(of: item.requirement).label]
            let row = Document.Row(cells: [context.catalog.name(of: item.requirement)] + status + [context.reason(item)])
            let place = context.phaseOrCategory(item)
            if places.last?.place == place { places[places.count - 1].rows.append(row) } else { places.append((place, [row])) }
        }
        return places.map { .rows($0.rows, group: $0.place, heading: $0.place) }
    }

    static func json(_ gap: Gap, _ context: Context) -> JSON {
        let items = context.itemJSON(gap.marks)
        return .object([
            ("role", items.ref(.role, gap.role.id)),
            ("have", items.refs(.skill, gap.input?.skills ?? [])),
            ("unresolved", .array((gap.input?.given?.unresolved ?? []).map { .string($0.input) })),
            ("onRoadmap", .number(Double(gap.plan.onRoadmap))),
            ("missing", .array(gap.plan.steps.map { context.planItemJSON($0, gap.marks) })),
        ])
    }
}
