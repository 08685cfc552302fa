/// What a plan covers, in the order to learn it: for a target role, the field's foundations and the role's
/// own skills; with no target, the foundations and every skill on the roadmap. Each item is one
/// requirement (a skill, or a choice such as "TensorFlow or PyTorch"), listed once. The order: the
/// roadmap's phases in turn, each in the phase's own order; then what no phase teaches, by category: the
/// categories that hold the target's own skills first, each in the guide's order, and within a category
/// the target's own skills first; the documents' weightiest needs first within each. A guide with no
/// roadmap lists the weightiest needs first, then by category.
package struct PlanOutline: Sendable, Equatable {
    package struct Item: Sendable, Equatable {
        package let requirement: Requirement
        /// One of the field's foundations.
        package let isFoundation: Bool
        /// One of the target role's own skills (a foundation may be one too).
        package let isOwn: Bool
        /// The roadmap phase that teaches it, by its place among the phases, which every item of a plan shares:
        /// an item is copied in every sort and filter, and a phase is large.
        fileprivate let phaseIndex: Int?
        fileprivate let phases: [Phase]

        /// The roadmap phase that teaches it, if any.
        package var phase: Phase? { phaseIndex.map { phases[$0] } }
    }

    /// The target role; nil for the whole roadmap.
    package let target: Role?
    /// In the order to learn them (see above).
    package let items: [Item]

    package init(target: Role?, catalog: Catalog) {
        self.target = target
        let foundations = catalog.foundationsToLearn
        let foundationSkills = Set(foundations.flatMap(\.skills))
        // Decoded once: hundreds of items may name one phase.
        let phases = catalog.phases
        // Where each skill is taught: the first phase that lists it (as the compiled guide records it), and its
        // place in that phase's list; worked out from the phases at hand, not looked up skill by skill.
        var taught: [String: (phase: Int, place: Int)] = [:]
        taught.reserveCapacity(phases.reduce(0) { $0 + $1.skills.count })
        for (number, phase) in phases.enumerated() {
            for (place, skill) in phase.skills.enumerated() where taught[skill] == nil { taught[skill] = (number, place) }
        }
        // The earliest phase that teaches one of the requirement's skills, and the requirement's first place in it.
        let lesson = { (requirement: Requirement) in
            requirement.skills.compactMap { taught[$0] }.min { ($0.phase, $0.place) < ($1.phase, $1.place) }
        }
        let ownSkills = Set(target?.skills.flatMap(\.skills) ?? [])
        let others: [Requirement]
        if let target {
            // A skill both a foundation and the role's own is listed once, among the foundations.
            others = target.skills.filter { !$0.skills.allSatisfy(foundationSkills.contains) }
        } else {
            others = phases.flatMap { phase in
                phase.skills.filter { !foundationSkills.contains($0) }.map {
                    Requirement(skills: [$0], weights: [], sources: phase.sources)
                }
            }
        }
        let requirements = foundations + others
        let lessons = requirements.map(lesson)
        let items = requirements.indices.map { index in
            let requirement = requirements[index]
            let isFoundation = index < foundations.count
            return Item(
                requirement: requirement, isFoundation: isFoundation,
                isOwn: isFoundation ? requirement.skills.contains(where: ownSkills.contains) : target != nil,
                phaseIndex: lessons[index]?.phase, phases: phases)
        }
        let categories = catalog.refs(of: .category).map(\.id)
        // Needed for the items no phase teaches and for the target's own (a skill is decoded for it).
        let category = items.map { item in
            item.phaseIndex == nil || item.isOwn
                ? item.requirement.skills.first.flatMap(catalog.skill).flatMap { categories.firstIndex(of: $0.category) } : nil
        }
        let ownCategories = Set(items.indices.filter { items[$0].isOwn }.compactMap { category[$0] })
        let keys = items.indices.map { index in
            let item = items[index]
            guard let lesson = lessons[index] else {
                let group = category[index] ?? Int.max
                let rank = item.requirement.need?.rank ?? Need.allCases.count
                // With no roadmap at all (O*NET's guide), the weightiest needs come first, whatever their category.
                if phases.isEmpty { return (Int.max, 0, rank, group, 0, index) }
                return (Int.max, ownCategories.contains(group) ? 0 : 1, group, item.isOwn ? 0 : 1, item.requirement.need?.rank ?? Need.allCases.count, index)
            }
            return (phases[lesson.phase].number, 0, lesson.place, 0, item.requirement.need?.rank ?? Need.allCases.count, index)
        }
        self.items = items.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }
    }

    /// The items not marked done or skipped that the skills marked done meet all the same, where a document
    /// says one counts toward another (Python toward Programming): had, though not marked.
    package func hadThroughOthers(_ plan: Plan, catalog: Catalog) -> [Item] {
        let had = catalog.credited(Set(plan.doneSkills(in: catalog)))
        return items.filter { item in
            let status = plan.status(of: item.requirement)
            return status != .done && status != .skipped && item.requirement.isMet(by: had)
        }
    }

    /// How a plan heads the run no phase teaches: "Not on the roadmap", or in a guide with no roadmap at all,
    /// where it is the whole plan, "To learn".
    package static func unphasedHeading(in catalog: Catalog) -> String {
        catalog.count(of: .phase) == 0 ? "To learn" : "Not on the roadmap"
    }

    /// The items in runs of one phase, in roadmap order; the run no phase teaches (phase nil) comes last.
    package var groups: [(phase: Phase?, items: [Item])] {
        var groups: [(phase: Phase?, items: [Item])] = []
        for item in items {
            if let last = groups.indices.last, groups[last].phase?.id == item.phase?.id {
                groups[last].items.append(item)
            } else {
                groups.append((item.phase, [item]))
            }
        }
        return groups
    }

    /// What to learn next: what is being learned first, then the rest in roadmap order; what is done or
    /// skipped is left out, and so is what the skills done meet where a document says they count toward it
    /// (Python toward Programming, `Catalog.credited`), as `gap` counts it had.
    package func next(_ plan: Plan, catalog: Catalog) -> [Item] {
        let credited = Set(hadThroughOthers(plan, catalog: catalog).map(\.requirement))
        let open = items.filter { item in
            let status = plan.status(of: item.requirement)
            return status != .done && status != .skipped && !credited.contains(item.requirement)
        }
        return open.filter { plan.status(of: $0.requirement) == .learning }
            + open.filter { plan.status(of: $0.requirement) == nil }
    }
}

/// How many of some items are done, being learned and skipped.
package struct Tally: Sendable, Equatable {
    package var done = 0
    package var learning = 0
    package var skipped = 0
    package var total = 0

    package init(_ marks: [Mark?]) {
        total = marks.count
        for mark in marks {
            switch mark {
            case .done: done += 1
            case .learning: learning += 1
            case .skipped: skipped += 1
            case nil: break
            }
        }
    }
}
