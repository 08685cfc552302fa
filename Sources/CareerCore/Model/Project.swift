/// How demanding a practice project is.
public enum ProjectLevel: String, CaseIterable, Hashable, Sendable {
    case beginner
    case intermediate
    case advanced
}

/// A project idea to build.
public struct Project: Hashable, Sendable {
    public let id: String
    public let name: String
    /// Other names the documents use for it, shown as "Also called".
    public let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    public let searchTerms: [String]
    public let level: ProjectLevel
    public let summary: String
    /// Ids of the skills it exercises.
    public let skills: [String]
    public let sources: [String]
}
