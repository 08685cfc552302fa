import CareerCore

/// `progress`'s page as text and as JSON.
extension ProgressCommand {
    static func document(_ page: PlanPage, _ context: Context) -> Document {
        let (plan, tally, outside) = (page.plan, page.tally, page.outside)
        // Each part of the outline under its phase's name.
        let groups = page.outline.groups.map { group in
            (label: group.phase?.title ?? PlanOutline.unphasedHeading(in: context.catalog), items: group.items)
        }
        let whole = context.hasRoadmap ? "the whole roadmap" : "no target role"
        var document = Document(blocks: [.title("Plan: " + (page.outline.target?.name ?? whole))])
        // What `next` lists: neither marked done or skipped nor had through a skill done.
        let left = tally.total - tally.done - tally.skipped - page.hadThroughOthers
        if tally.total == 0 {
            document.add(
                .text(
                    Silence.emptyPlan(page.outline.target)
                        + (outside.isEmpty ? "" : " Marked outside this plan: \(countedByKind(outside)).")))
        } else {
            document.add(
                .text(
                    "\(tally.done) of \(tally.total - tally.skipped) skills done, \(tally.learning) learning, \(tally.skipped) skipped"
                        + (page.hadThroughOthers > 0 ? ", \(page.hadThroughOthers) had through a skill done" : "")
                        + (outside.isEmpty ? "" : ", and \(countedByKind(outside)) marked outside this plan")
                        + (left > 0 ? ". What to learn next: careers next" : ". Nothing is left to learn.")))
        }
        // At a glance: a bar for each part of the plan, lined up; then each part, item by item.
        let projectRefs = page.projects.map { ItemRef(.project, $0.id) }
        let certificationRefs = page.certifications.map { ItemRef(.certification, $0.id) }
        let bars =
            groups.map { ($0.label, Tally($0.items.map { plan.status(of: $0.requirement) })) }
            + (page.projects.isEmpty ? [] : [("Projects", Tally(projectRefs.map(plan.mark)))])
            + (page.certifications.isEmpty ? [] : [("Certifications", Tally(certificationRefs.map(plan.mark)))])
        document.add(.rows(bars.map { Document.Row(cells: [$0.0] + bar($0.1)) }))
        if page.outline.target == nil, tally.total > 0 {
            document.add(
                .note(
                    "No target role is set, so this is the whole roadmap and the field's foundations: "
                        + "set one with 'careers target ROLE'."
                ))
        }
        for group in groups {
            document.add(.heading(group.label))
            document.add(
                .rows(
                    group.items.map { item in
                        Document.Row(cells: [
                            context.catalog.name(of: item.requirement), plan.status(of: item.requirement).label,
                            context.reason(item),
                        ])
                    }))
        }
        document.blocks += markBlocks(page, context)
        return document
    }

    /// The projects, the certifications, and the marks outside the outline, each with its mark.
    private static func markBlocks(_ page: PlanPage, _ context: Context) -> [Document.Block] {
        let plan = page.plan
        var blocks: [Document.Block] = []
        if !page.projects.isEmpty {
            blocks.append(.heading("Projects"))
            blocks.append(
                .rows(
                    page.projects.map {
                        .init(cells: [$0.name, plan.mark(of: ItemRef(.project, $0.id)).label, $0.level.rawValue])
                    }))
        }
        if !page.certifications.isEmpty {
            blocks.append(.heading("Certifications"))
            blocks.append(
                .rows(page.certifications.map { .init(cells: [$0.name, plan.mark(of: ItemRef(.certification, $0.id)).label]) }))
        }
        if !page.outside.isEmpty {
            blocks.append(.heading(PlanChecklist.outsideHeading))
            blocks.append(
                .rows(page.outside.map { .init(cells: [context.catalog.name(of: $0.ref), $0.mark.rawValue, $0.ref.kind.label]) }))
        }
        if !page.unknown.isEmpty {
            blocks.append(.heading("Marks on items not in this guide"))
            blocks.append(.rows(page.unknown.map { .init(cells: [$0.ref.id, $0.ref.kind.label, $0.mark.rawValue]) }))
            blocks.append(.note("Kept in case the guide brings them back; 'careers mark clear ID' removes one."))
        }
        return blocks
    }

    static func json(_ page: PlanPage, _ context: Context) -> JSON {
        let (outline, plan) = (page.outline, page.plan)
        let phases = outline.groups.compactMap { group in
            group.phase.map { phase in
                JSON.object(
                    [("id", .string(phase.id)), ("number", .number(Double(phase.number))), ("name", .string(phase.name))]
                        + counts(Tally(group.items.map { plan.status(of: $0.requirement) })))
            }
        }
        let items = context.itemJSON(plan)
        let outsideJSON = page.outside.map { items.kindRef($0.ref).setting("status", .string($0.mark.rawValue)) }
        let unknownJSON = page.unknown.map { (ref, mark) in
            JSON.object([("kind", .string(ref.kind.label)), ("id", .string(ref.id)), ("status", .string(mark.rawValue))])
        }
        let target = outline.target
        let head: [(String, JSON)] = [
            ("guide", context.guideDirectory == nil ? .null : .string(context.guideKey)),
            ("target", context.itemJSON().ref(.role, target?.id)),
            ("unknownTarget", target == nil ? plan.target.map { .string($0) } ?? .null : .null),
        ]
        let lists: [(String, JSON)] = [
            ("phases", .array(phases)), ("items", .array(outline.items.map { context.planItemJSON($0, plan) })),
            ("projects", .array(page.projects.map(items.project))),
            ("certifications", .array(page.certifications.map(items.certification))),
            ("outsidePlan", .array(outsideJSON)), ("unknownMarks", .array(unknownJSON)),
        ]
        return .object(head + counts(page.tally) + lists)
    }
}
