/// The pictures in Graphviz's DOT language, for `dot -Tsvg`. Ids are made here; every name from the
/// guide is a quoted string, escaped.
enum Dot {
    static func roadmap(_ picture: RoadmapPicture) -> String {
        var lines = header("roadmap", "Roadmap") + ["    compound=true;"]
        var anchors: [String] = []
        for (index, phase) in picture.phases.enumerated() {
            let id = "phase\(index + 1)"
            lines.append("    subgraph cluster_\(id) {")
            lines.append("        label=\(quoted(phase.title)); style=\"rounded,filled\"; fillcolor=\"#f3f6fa\";")
            if phase.skills.isEmpty {
                lines.append("        \(id)_empty [label=\"No skills are listed for this phase.\", style=dashed];")
                anchors.append("\(id)_empty")
            }
            for (number, skill) in phase.skills.enumerated() {
                let mark = skill.mark.map { " (\($0.rawValue))" } ?? ""
                lines.append("        \(id)_\(number + 1) [label=\(quoted(skill.name + mark))\(style(skill.mark?.rawValue))];")
            }
            if !phase.skills.isEmpty { anchors.append("\(id)_1") }
            lines.append("    }")
        }
        // One arrow from each phase's cluster to the next one's.
        for (index, pair) in zip(anchors, anchors.dropFirst()).enumerated() {
            lines.append("    \(pair.0) -> \(pair.1) [ltail=cluster_phase\(index + 1), lhead=cluster_phase\(index + 2)];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    static func growthPath(_ picture: GrowthPicture) -> String {
        var lines = header("growth_path", "Growth path")
        var ids: [String: String] = [:]
        for (index, step) in picture.steps.enumerated() {
            lines.append("    { rank=same;")
            for role in step {
                let id = "role\(ids.count + 1)"
                ids[role.id] = id
                let level = role.level.map { "\\n\($0)" } ?? ""
                let target = role.isTarget ? "\\nyour target" : ""
                lines.append(
                    "        \(id) [label=\"\(Escaping.dot(role.name))\(level)\(target)\"\(style(role.isTarget ? "target" : nil))];"
                )
            }
            lines.append("    }  // column \(index + 1)")
        }
        lines += picture.arrows.compactMap { arrow in
            guard let from = ids[arrow.from], let to = ids[arrow.to] else { return nil }
            return "    \(from) -> \(to);"
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    private static func header(_ name: String, _ title: String) -> [String] {
        [
            "digraph \(name) {",
            "    graph [rankdir=LR, label=\(quoted(title)), labelloc=t, fontsize=20, fontname=\"DejaVu Sans\"];",
            "    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"DejaVu Sans\"];",
        ]
    }

    private static func quoted(_ text: String) -> String { "\"\(Escaping.dot(text))\"" }

    /// The look of a marked skill or of the target role.
    private static func style(_ state: String?) -> String {
        switch state {
        case "done": ", fillcolor=\"#d8f3dc\", color=\"#2d6a4f\""
        case "learning": ", fillcolor=\"#fff1c2\", color=\"#9a6700\""
        case "skipped": ", fillcolor=\"#eeeeee\", style=\"rounded,filled,dashed\""
        case "target": ", color=\"#0b5cad\", penwidth=3"
        default: ""
        }
    }
}
