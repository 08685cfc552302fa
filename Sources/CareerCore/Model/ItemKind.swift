/// The kinds of item the guide holds. The order is the priority used when one name
/// exactly names items of several kinds (the skill "Deep learning" before the phase "Deep Learning").
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

    public static func < (lhs: ItemKind, rhs: ItemKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
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
