/// One step of the beginner-to-job roadmap.
package struct Phase: Hashable, Sendable {
    package let id: String
    /// 1-based position in the roadmap.
    package let number: Int
    package let name: String
    package let goal: String
    /// Ids of the skills this phase builds; a skill is built in one phase at most.
    package let skills: [String]
    package let sources: [String]

    /// "Phase 3: Deep Learning", as pages and checklists title it.
    package var title: String { "Phase \(number): \(name)" }
}

extension Phase: GuideItem {
    package static let kind = ItemKind.phase
    package static let file = "roadmap.json"
    package static let plural = "Roadmap"
    package static var all: WritableKeyPath<Content, [Self]> { \.phases }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .phase), number: json.int("number"), name: json.string("name"),
            goal: json.string("goal"), skills: json.references("skills", to: .skill), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("number", .number(Double(number))), ("name", .string(name)), ("goal", .string(goal)),
            ("skills", .strings(skills)), ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(ref: ref, name: self.name, aliases: ["Phase \(number)"], summary: goal, body: [], sources: sources)
    }
}
