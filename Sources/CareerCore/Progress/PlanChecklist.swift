/// A plan as a Markdown checklist, to paste into a note or an issue, and read back on another machine:
///
///     # My plan: Data Scientist
///
///     ## Phase 1: Foundations
///     - [x] Python
///     - [ ] Linear algebra *(learning)*
///
/// A checked item is done; an unchecked one is being learned or skipped when its note says so, and not
/// started otherwise. An either-or choice is written skill by skill, each noting the others. After the
/// plan's phases and the other kinds that can be marked comes what is marked outside the plan (skills of other
/// roles), so that every mark on an item of the guide is written, and read back.
package enum PlanChecklist {
    /// One item line of a checklist.
    package struct Line: Sendable, Equatable {
        /// 1-based, for messages.
        package let number: Int
        package let name: String
        package let mark: Mark?
    }

    /// What a checklist says: the target (`.some(nil)` for "# My plan" with no role) and the items.
    package struct Parsed: Sendable, Equatable {
        /// The target's name as written, when the checklist has a "# My plan" title.
        package var target: String??
        package var lines: [Line] = []
        /// The numbers of lines that are items with a box neither checked nor empty ("- [y] Python"): a
        /// mistake to report, where other lines are prose and headings, which a checklist may well hold.
        package var unreadable: [Int] = []
    }

    static let title = "My plan"
    /// The section of marks on items the plan does not list, so that the checklist holds every mark.
    package static let outsideHeading = "Marked outside this plan"

    package static func markdown(_ outline: PlanOutline, plan: Plan, catalog: Catalog) -> String {
        var sections = ["# \(title)" + (outline.target.map { ": \($0.name)" } ?? "")]
        for group in outline.groups {
            let heading = group.phase?.title ?? PlanOutline.unphasedHeading(in: catalog)
            let lines = group.items.flatMap { item in
                item.requirement.skills.map { skill in
                    let others = item.requirement.skills.filter { $0 != skill }.map { catalog.name(of: ItemRef(.skill, $0)) }
                    return line(
                        catalog.name(of: ItemRef(.skill, skill)), plan.mark(of: ItemRef(.skill, skill)),
                        notes: others.isEmpty ? [] : ["or " + others.joined(separator: " or ")])
                }
            }
            sections.append((["## \(heading)"] + lines).joined(separator: "\n"))
        }
        let markable = Mark.kinds.filter { $0 != .skill }.map { ($0.plural, catalog.refs(of: $0)) }
        for (heading, refs) in markable + [(outsideHeading, plan.marks(outside: outline, in: catalog).map(\.ref))]
        where !refs.isEmpty {
            sections.append(
                (["## \(heading)"] + refs.map { line(catalog.name(of: $0), plan.mark(of: $0)) }).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private static func line(_ name: String, _ mark: Mark?, notes: [String] = []) -> String {
        let notes = (mark == .learning || mark == .skipped ? [mark!.rawValue] : []) + notes
        return "- [\(mark == .done ? "x" : " ")] \(name)" + (notes.isEmpty ? "" : " *(\(notes.joined(separator: "; ")))*")
    }

    /// The title and the item lines of `text`, and the items whose box is unreadable; every other line is
    /// ignored.
    package static func parse(_ text: String) -> Parsed {
        var parsed = Parsed()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }.trimmingWhitespaceAtEnd()
            if line.hasPrefix("# ") {
                let heading = line.dropFirst(2).trimmingWhitespaceAtEnd().drop { $0 == " " }
                if heading == title {
                    parsed.target = .some(nil)
                } else if heading.hasPrefix(title + ":") {
                    parsed.target = String(heading.dropFirst(title.count + 1).drop { $0 == " " })
                }
                continue
            }
            guard let bullet = line.first, "-*+".contains(bullet), line.dropFirst().hasPrefix(" [") else { continue }
            let box = line.dropFirst(3)
            guard let state = box.first, box.dropFirst().hasPrefix("] ") else { continue }
            guard "xX ".contains(state) else {
                parsed.unreadable.append(index + 1)
                continue
            }
            var name = box.dropFirst(3).drop { $0 == " " }
            var notes: [Substring] = []
            if name.hasSuffix(")*"), let open = name.lastRange(of: " *(") {
                notes = name[open.upperBound..<name.index(name.endIndex, offsetBy: -2)].split(separator: ";").map {
                    $0.drop { $0 == " " }.trimmingWhitespaceAtEnd()
                }
                name = name[..<open.lowerBound]
            }
            let mark: Mark? =
                state != " " ? .done : notes.contains("learning") ? .learning : notes.contains("skipped") ? .skipped : nil
            parsed.lines.append(Line(number: index + 1, name: String(name.trimmingWhitespaceAtEnd()), mark: mark))
        }
        return parsed
    }
}

extension Substring {
    fileprivate func trimmingWhitespaceAtEnd() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }

    fileprivate func lastRange(of pattern: String) -> Range<Index>? {
        var start = endIndex
        while start > startIndex {
            start = index(before: start)
            if self[start...].hasPrefix(pattern) { return start..<index(start, offsetBy: pattern.count) }
        }
        return nil
    }
}
