/// How far into a career a role sits, where a document places it.
public enum Level: String, CaseIterable, Hashable, Sendable {
    case entry
    case senior
    case lead
}

/// A job in the field, such as Machine Learning Engineer.
public struct Role: Hashable, Sendable {
    public let id: String
    public let name: String
    /// Other names the documents use for it, shown as "Also called".
    public let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    public let searchTerms: [String]
    /// Nil where no document places the role.
    public let level: Level?
    public let summary: String
    /// The day-to-day work as the documents describe it; empty where they say nothing.
    public let responsibilities: [String]
    /// Ids of the roles this one leads to on the growth path.
    public let next: [String]
    /// Ids of related roles (the relation is symmetric; `Catalog` completes it).
    public let related: [String]
    /// The skills the documents tie to this role in particular; the field's foundations are kept apart.
    /// Empty for a role the documents only name.
    public let skills: [Requirement]
    public let sources: [String]
}
