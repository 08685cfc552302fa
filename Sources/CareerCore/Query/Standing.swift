/// Where someone stands: the field's foundations they have, by roadmap phase and outside it, and what to
/// learn next, in the order of their plan (`PlanOutline`: the target's, or the whole roadmap's).
package struct Standing: Sendable, Equatable {
    /// The foundations had, in runs of one phase; the run no phase teaches (phase nil) comes last.
    package let foundations: [(phase: Phase?, requirements: [Requirement])]
    /// How many of the plan's foundations are had, and how many there are.
    package let foundationsHad: Int
    package let foundationsTotal: Int
    /// The first items of the plan not had yet.
    package let next: [PlanOutline.Item]

    /// `have` counts with the skills it counts toward (`Catalog.credited`).
    package init(have: Set<String>, target: Role?, catalog: Catalog, next count: Int = 4) {
        let have = catalog.credited(have)
        let items = PlanOutline(target: target, catalog: catalog).items
        let had = items.filter { $0.isFoundation && $0.requirement.isMet(by: have) }
        var runs: [(phase: Phase?, requirements: [Requirement])] = []
        for item in had {
            if let last = runs.indices.last, runs[last].phase?.id == item.phase?.id {
                runs[last].requirements.append(item.requirement)
            } else {
                runs.append((item.phase, [item.requirement]))
            }
        }
        foundations = runs
        foundationsHad = had.count
        foundationsTotal = items.count { $0.isFoundation }
        next = Array(items.filter { !$0.requirement.isMet(by: have) }.prefix(count))
    }

    package static func == (lhs: Standing, rhs: Standing) -> Bool {
        lhs.foundationsHad == rhs.foundationsHad && lhs.next == rhs.next
            && lhs.foundations.map(\.requirements) == rhs.foundations.map(\.requirements)
    }
}
