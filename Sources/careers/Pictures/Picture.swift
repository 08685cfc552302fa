import CareerCore

/// What the roadmap picture shows, whatever its format: the phases in order, each with its skills and
/// the user's marks on them.
struct RoadmapPicture: Sendable {
    struct Skill: Sendable {
        let name: String
        let mark: Mark?
    }

    struct Phase: Sendable {
        /// "Phase 1: Foundations".
        let title: String
        let goal: String
        let skills: [Skill]
    }

    let phases: [Phase]

    /// Whether any skill shown is marked, so that a legend explains the marks.
    var hasMarks: Bool { phases.contains { $0.skills.contains { $0.mark != nil } } }
}

/// What the growth path picture shows: its roles step by step, and an arrow for each "leads to".
struct GrowthPicture: Sendable {
    struct Role: Sendable {
        let id: String
        let name: String
        /// "entry level", as a note under its name.
        let level: String?
        /// The role the user works toward.
        let isTarget: Bool
    }

    struct Arrow: Sendable, Equatable {
        let from: String
        let to: String
    }

    /// Columns, left to right: the entry-level roles, then each step of the path.
    let steps: [[Role]]
    /// Each column's caption ("Entry level", "Growth path"), or "" for none.
    let headings: [String]
    let arrows: [Arrow]

    var hasTarget: Bool { steps.contains { $0.contains(where: \.isTarget) } }
}

extension Context {
    func roadmapPicture(_ phases: [Phase], plan: Plan) -> RoadmapPicture {
        RoadmapPicture(
            phases: phases.map { phase in
                .init(
                    title: phase.title, goal: phase.goal,
                    skills: phase.skills.map {
                        .init(name: catalog.name(of: ItemRef(.skill, $0)), mark: plan.mark(of: ItemRef(.skill, $0)))
                    })
            })
    }

    func growthPicture(_ path: GrowthPath, plan: Plan) -> GrowthPicture {
        let columns = (path.entry.isEmpty ? [] : [path.entry]) + path.steps
        let roles = columns.map { $0.compactMap(catalog.role) }
        let shown = Set(roles.joined().map(\.id))
        let headings =
            (path.entry.isEmpty ? [] : [catalog.levels.first.map { $0.phrase.prefix(1).uppercased() + $0.phrase.dropFirst() } ?? ""]) + path.steps.indices.map { $0 == 0 ? "Growth path" : "" }
        return GrowthPicture(
            steps: roles.map { step in
                step.map { .init(id: $0.id, name: $0.name, level: levelPhrase($0.level), isTarget: plan.target == $0.id) }
            },
            headings: headings,
            arrows: roles.joined().flatMap { role in role.next.filter(shown.contains).map { .init(from: role.id, to: $0) } })
    }
}
