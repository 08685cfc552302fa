/// What the plan's page and checklist list: the outline's skills, then every item of the other kinds that
/// can be marked.
extension PlanOutline {
    package func listedItems(in catalog: Catalog) -> Set<ItemRef> {
        Set(items.flatMap { $0.requirement.skills.map { ItemRef(.skill, $0) } })
            .union(Mark.kinds.filter { $0 != .skill }.flatMap(catalog.refs(of:)))
    }
}

extension Plan {
    /// Marks on items the guide has but `outline`'s page does not list (a skill of another role, say),
    /// kind by kind in the guide's order. With the listed items and `unknownMarks`, every mark.
    package func marks(outside outline: PlanOutline, in catalog: Catalog) -> [(ref: ItemRef, mark: Mark)] {
        let listed = outline.listedItems(in: catalog)
        let outside = marks.compactMap { ref, mark in
            listed.contains(ref) ? nil : catalog.guide.index(of: ref).map { (ref: ref, mark: mark, index: $0) }
        }
        return outside.sorted { ($0.ref.kind, $0.index) < ($1.ref.kind, $1.index) }.map { ($0.ref, $0.mark) }
    }
}
