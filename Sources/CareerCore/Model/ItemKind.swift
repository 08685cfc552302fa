/// The kinds of item the guide holds (each described by its `GuideItem` type, see `Content.kinds`). The
/// order is the priority used when one name exactly names items of several kinds (the skill "Deep
/// learning" before the phase "Deep Learning"), and a kind's place in it is its number in a compiled guide.
public enum ItemKind: String, CaseIterable, Hashable, Sendable, Comparable {
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

    /// The kind's place in `allCases`: the one source of kind numbers.
    var ordinal: Int { Self.ordinals[self]! }

    init?(ordinal: Int) {
        guard Self.allCases.indices.contains(ordinal) else { return nil }
        self = Self.allCases[ordinal]
    }

    private static let ordinals = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    public static func < (lhs: ItemKind, rhs: ItemKind) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// Names one item of the guide.
public struct ItemRef: Hashable, Sendable, Comparable {
    public let kind: ItemKind
    public let id: String

    public init(_ kind: ItemKind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public static func < (lhs: ItemRef, rhs: ItemRef) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}
