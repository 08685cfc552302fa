/// The pictures as Mermaid flowcharts, to paste into a Markdown note. Ids are made here (`phase1`,
/// `skill1_2`, `role3`); every name from the guide is a quoted label, escaped.
enum Mermaid {
    static func roadmap(_ picture: RoadmapPicture) -> String {
        var lines = ["flowchart LR"]
        for (index, phase) in picture.phases.enumerated() {
            let id = "phase\(index + 1)"
            let title = label(phase.title)
            if phase.skills.isEmpty {
                lines.append("    \(id)[\(title)]")
                continue
            }
            lines.append("    subgraph \(id)[\(title)]")
            lines.append("        direction TB")
            for (number, skill) in phase.skills.enumerated() {
                let mark = skill.mark.map { " (\($0.rawValue))" } ?? ""
                lines.append(
                    "        \(id)_\(number + 1)[\(label(skill.name + mark))]" + (skill.mark.map { ":::\($0.rawValue)" } ?? ""))
            }
            lines.append("    end")
        }
        lines += zip(picture.phases.indices, picture.phases.indices.dropFirst()).map { "    phase\($0 + 1) --> phase\($1 + 1)" }
        if picture.hasMarks { lines += classes }
        return lines.joined(separator: "\n") + "\n"
    }

    static func growthPath(_ picture: GrowthPicture) -> String {
        var lines = ["flowchart LR"]
        var ids: [String: String] = [:]
        for role in picture.steps.joined() {
            let id = "role\(ids.count + 1)"
            ids[role.id] = id
            let level = role.level.map { " (\($0))" } ?? ""
            let target = role.isTarget ? ", your target" : ""
            lines.append("    \(id)[\(label(role.name + level + target))]" + (role.isTarget ? ":::target" : ""))
        }
        lines += picture.arrows.compactMap { arrow in
            guard let from = ids[arrow.from], let to = ids[arrow.to] else { return nil }
            return "    \(from) --> \(to)"
        }
        if picture.hasTarget { lines += classes }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func label(_ text: String) -> String { "\"\(Escaping.mermaid(text))\"" }

    private static let classes = [
        "    classDef done fill:#d8f3dc,stroke:#2d6a4f",
        "    classDef learning fill:#fff1c2,stroke:#9a6700",
        "    classDef skipped fill:#eeeeee,stroke:#888888,stroke-dasharray:5 4",
        "    classDef target stroke:#0b5cad,stroke-width:3px",
    ]
}
