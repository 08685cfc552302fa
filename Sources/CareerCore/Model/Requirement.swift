/// How strongly a document says a skill is needed, in its own words, grouped in three levels.
/// A need is never promoted: "often required" stays below "essential".
public enum Need: String, CaseIterable, Hashable, Sendable {
    /// "essential", "crucial", "fundamental", "vital", "key", "must learn".
    case essential
    /// "often required", "you'll often need".
    case oftenRequired = "often-required"
    /// "also important".
    case alsoImportant = "also-important"

    /// The words people read: "often required".
    public var label: String {
        switch self {
        case .essential: "essential"
        case .oftenRequired: "often required"
        case .alsoImportant: "also important"
        }
    }
}

/// Whom a requirement applies to: the whole field (its foundations) or one role.
public enum Scope: String, CaseIterable, Hashable, Sendable {
    case field
    case role
}

/// One thing the field or a role needs: a skill, or a choice between skills ("TensorFlow or PyTorch").
public struct Requirement: Hashable, Sendable {
    /// The id of one skill, or the ids of an either-or group's choices (at least two).
    public let skills: [String]
    /// The document's own weight; nil where a document ties the skill to a role's work without weighing it.
    public let need: Need?
    /// Whom it is narrowed to, where a document says so ("for those specializing in LLMs").
    public let condition: String?
    public let sources: [String]

    public init(skills: [String], need: Need?, condition: String? = nil, sources: [String]) {
        self.skills = skills
        self.need = need
        self.condition = condition
        self.sources = sources
    }

    /// True for an either-or group.
    public var isChoice: Bool { skills.count > 1 }

    /// Had when any of its choices is had.
    public func isMet(by have: Set<String>) -> Bool { skills.contains(where: have.contains) }
}
