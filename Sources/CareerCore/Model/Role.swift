/// How far into a career a role sits.
public enum Level: String, CaseIterable, Hashable, Sendable {
    case entry
    case mid
    case senior
    case lead
}

/// A job in the field, such as Machine Learning Engineer.
public struct Role: Hashable, Sendable {
    public let id: String
    public let name: String
    public let aliases: [String]
    public let level: Level
    public let summary: String
    /// The day-to-day work as the documents describe it; empty where they say nothing.
    public let responsibilities: [String]
    /// Ids of the roles this one leads to on the growth path.
    public let next: [String]
    /// Ids of related roles (the relation is symmetric; `Catalog` completes it).
    public let related: [String]
    /// Skills specific to this role; `Catalog.skillLinks(of:)` adds the field-wide ones.
    public let skills: [SkillLink]
    public let sources: [String]
}
