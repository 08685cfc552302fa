/// How strongly a document says a skill is needed, in the document's own word. The words form a fixed
/// vocabulary, strongest first, so that needs can be ordered (`rank`); a page always shows the word.
public enum Need: String, CaseIterable, Hashable, Sendable {
    case essential
    case mustLearn = "must learn"
    case needed
    case crucial
    case fundamental
    case critical
    case vital
    case key
    case foundational
    case equallyImportant = "equally important"
    case important
    case oftenRequired = "often required"
    case alsoImportant = "also important"

    /// The document's word: "often required".
    public var label: String { rawValue }

    /// The word's place in the vocabulary: 0 for the strongest.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }
}

/// What one document says of a requirement: its word for the weight, and the audience it says it to
/// ("to succeed in this field", "for anyone seeking a career in LLMs").
public struct Weight: Hashable, Sendable {
    public let need: Need
    /// Whom the document addresses, in its own terms; nil where it names no one.
    public let audience: String?
    public let sources: [String]

    public init(need: Need, audience: String?, sources: [String]) {
        self.need = need
        self.audience = audience
        self.sources = sources
    }
}

/// Whom a requirement applies to: the field (its foundations, each with its audience) or one role.
public enum Scope: String, CaseIterable, Hashable, Sendable {
    case field
    case role
}

/// One thing the field or a role needs: a skill, or a choice between skills ("TensorFlow or PyTorch").
public struct Requirement: Hashable, Sendable {
    /// The id of one skill, or the ids of an either-or group's choices (at least two).
    public let skills: [String]
    /// Each document's weight, with its audience; empty where a document ties the skill to a role's work
    /// without weighing it. Documents that weigh a skill differently each keep their own word.
    public let weights: [Weight]
    /// The documents that tie the skill to the field or the role.
    public let sources: [String]

    public init(skills: [String], weights: [Weight], sources: [String]) {
        self.skills = skills
        self.weights = weights
        self.sources = sources
    }

    /// The strongest weight any document gives, for ordering; nil where none is given.
    public var need: Need? { weights.map(\.need).min { $0.rank < $1.rank } }

    /// The weight with the strongest word.
    public var strongest: Weight? { weights.min { $0.need.rank < $1.need.rank } }

    /// True for an either-or group.
    public var isChoice: Bool { skills.count > 1 }

    /// Had when any of its choices is had.
    public func isMet(by have: Set<String>) -> Bool { skills.contains(where: have.contains) }
}
