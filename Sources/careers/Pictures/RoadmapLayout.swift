import CareerCore

extension Layout {
    /// The roadmap, top to bottom: a band for each phase with its title and goal, its skills in a grid
    /// inside it, and an arrow to the next phase; above them, when any skill is marked, a legend.
    init(roadmap picture: RoadmapPicture, width: Double = 960) {
        self.init(width: width, title: "Roadmap")
        let inner = width - 2 * Self.margin
        let titleBox = Self.textBox([("Roadmap", .title)], x: Self.margin, y: Self.margin, width: inner, classes: ["title"])
        boxes.append(titleBox)
        var y = titleBox.maxY + 8
        if picture.hasMarks {
            y = legend(top: y) + 20
        }
        for (index, phase) in picture.phases.enumerated() {
            if index > 0 {
                arrows.append([Point(x: width / 2, y: y), Point(x: width / 2, y: y + 30)])
                y += 34
            }
            y = band(phase, top: y, width: inner)
        }
        height = y + Self.margin
    }

    /// What each mark looks like: a skill box of each kind, with its word. Returns its bottom.
    private mutating func legend(top: Double) -> Double {
        let label = Self.textBox([("Marks:", .name)], x: Self.margin, y: top, width: 90, classes: ["caption"])
        boxes.append(label)
        var x = label.maxX + 8
        for (word, classes) in Mark.allCases.map({ ($0.rawValue, [$0.rawValue]) }) + [("not marked", [])] {
            let swatch = Self.textBox([(word, .body)], x: x, y: top, width: 130, classes: ["skill", "legend"] + classes)
            boxes.append(swatch)
            x = swatch.maxX + 12
        }
        return boxes.map(\.maxY).max() ?? top
    }

    /// One phase's band with its skills; returns its bottom.
    private mutating func band(_ phase: RoadmapPicture.Phase, top: Double, width: Double) -> Double {
        let inset = 16.0
        let gap = 12.0
        let columns = 4
        let cellWidth = ((width - 2 * inset - Double(columns - 1) * gap) / Double(columns)).rounded(.down)
        var parts = [(phase.title, TextStyle.heading), (phase.goal, TextStyle.body)]
        if phase.skills.isEmpty { parts.append(("No skills are listed for this phase.", .note)) }
        let header = Self.setText(parts, x: Self.margin + inset, top: top + inset, width: width - 2 * inset)
        var y = top + inset + header.height + (phase.skills.isEmpty ? 0 : gap)
        var cells: [Box] = []
        for start in stride(from: 0, to: phase.skills.count, by: columns) {
            let row = phase.skills[start..<min(start + columns, phase.skills.count)].enumerated().map { column, skill in
                var box = Self.textBox(
                    [(skill.name, .name)] + (skill.mark.map { [($0.rawValue, .note)] } ?? []),
                    x: Self.margin + inset + Double(column) * (cellWidth + gap), y: y, width: cellWidth,
                    classes: ["skill"] + (skill.mark.map { [$0.rawValue] } ?? []))
                box.label = skill.name + (skill.mark.map { ", \($0.rawValue)" } ?? "")
                return box
            }
            let rowHeight = row.map(\.height).max() ?? 0
            cells += row.map { cell in
                var cell = cell
                cell.height = rowHeight
                return cell
            }
            y += rowHeight + gap
        }
        let bottom = y - (phase.skills.isEmpty ? 0 : gap) + inset
        boxes.append(
            Box(
                x: Self.margin, y: top, width: width, height: bottom - top, classes: ["phase"], lines: header.lines,
                label: phase.title + ". " + phase.goal))
        boxes += cells
        return bottom
    }
}
