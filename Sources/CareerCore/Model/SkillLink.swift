/// How much a role needs a skill (ESCO's two values).
public enum Need: String, CaseIterable, Hashable, Sendable {
    case essential
    case optional
}

/// A role's need for one skill, with the documents that say so.
public struct SkillLink: Hashable, Sendable {
    /// The id of a `Skill`.
    public let skill: String
    public let need: Need
    public let sources: [String]
}
