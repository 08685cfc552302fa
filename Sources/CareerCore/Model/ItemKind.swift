/// The kinds of item the guide holds (each described by its `GuideItem` type, see `Content.kinds`). The
/// order is the priority used when one name exactly names items of several kinds (the skill "Deep
/// learning" before the phase "Deep Learning"), and a kind's place in it is its number in a compiled guide.
package enum ItemKind: String, CaseIterable, Hashable, Sendable, Comparable {
    case role
    case skill
    case topic
    case phase
    case certification
    case project
    case tip
    case section
    case source
    case category

    /// The kind's place in `allCases`, the order of the cases above: the one source of kind numbers. Read
    /// as the case's tag, which Swift numbers in declaration order (ItemKindTests checks it), because
    /// every read of the compiled guide asks for it.
    var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    init?(ordinal: Int) {
        guard Self.allCases.indices.contains(ordinal) else { return nil }
        self = Self.allCases[ordinal]
    }

    package static func < (lhs: ItemKind, rhs: ItemKind) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// Names one item of the guide.
package struct ItemRef: Hashable, Sendable, Comparable {
    package let kind: ItemKind
    package let id: String

    package init(_ kind: ItemKind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    package static func < (lhs: ItemRef, rhs: ItemRef) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}
