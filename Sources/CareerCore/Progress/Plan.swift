/// One person's plan for one guide: the role they work toward and their marks, by item id.
/// Marks on items the guide no longer has are kept: a guide that brings them back finds them again.
package struct Plan: Sendable, Equatable {
    /// The id of the target role, if one is set.
    package var target: String?
    package var marks: [ItemRef: Mark]

    package init(target: String? = nil, marks: [ItemRef: Mark] = [:]) {
        self.target = target
        self.marks = marks
    }

    package var isEmpty: Bool { target == nil && marks.isEmpty }

    package func mark(of ref: ItemRef) -> Mark? { marks[ref] }

    /// Sets `mark` on each item, or removes its mark when `mark` is nil.
    package mutating func set(_ mark: Mark?, on refs: [ItemRef]) {
        for ref in refs { marks[ref] = mark }
    }

    /// The mark of a requirement: done when any choice is done, learning when any is being learned,
    /// skipped only when every choice is skipped ("TensorFlow or PyTorch" is still needed if one is left).
    package func status(of requirement: Requirement) -> Mark? {
        let marks = requirement.skills.map { self.marks[ItemRef(.skill, $0)] }
        if marks.contains(.done) { return .done }
        if marks.contains(.learning) { return .learning }
        return !marks.isEmpty && marks.allSatisfy({ $0 == .skipped }) ? .skipped : nil
    }

    /// The ids of the skills marked done that the guide has, in the guide's order.
    package func doneSkills(in catalog: Catalog) -> [String] {
        // From the marks, not from every skill: a guide can hold tens of thousands.
        let done = marks.compactMap { ref, mark in
            ref.kind == .skill && mark == .done ? catalog.guide.index(of: ref).map { (index: $0, id: ref.id) } : nil
        }
        return done.sorted { $0.index < $1.index }.map(\.id)
    }

    /// Marks on items `catalog` does not have, in a stable order: kept, and reported.
    package func unknownMarks(in catalog: Catalog) -> [(ref: ItemRef, mark: Mark)] {
        marks.filter { !catalog.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The target role, when it is set and the guide has it.
    package func targetRole(in catalog: Catalog) -> Role? { target.flatMap(catalog.role) }
}
