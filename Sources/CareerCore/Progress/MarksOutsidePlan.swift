/// What the plan's page and checklist list: the outline's skills, then every project and certification.
extension PlanOutline {
    public func listedItems(in catalog: Catalog) -> Set<ItemRef> {
        Set(items.flatMap { $0.requirement.skills.map { ItemRef(.skill, $0) } })
            .union(catalog.projects().map { ItemRef(.project, $0.id) })
            .union(catalog.certifications.map { ItemRef(.certification, $0.id) })
    }
}

extension Plan {
    /// Marks on items the guide has but `outline`'s page does not list (a skill of another role, say),
    /// kind by kind in the guide's order. With the listed items and `unknownMarks`, every mark.
    public func marks(outside outline: PlanOutline, in catalog: Catalog) -> [(ref: ItemRef, mark: Mark)] {
        let listed = outline.listedItems(in: catalog)
        let outside = marks.compactMap { ref, mark in
            listed.contains(ref) ? nil : catalog.guide.index(of: ref).map { (ref: ref, mark: mark, index: $0) }
        }
        return outside.sorted { ($0.ref.kind, $0.index) < ($1.ref.kind, $1.index) }.map { ($0.ref, $0.mark) }
    }
}
