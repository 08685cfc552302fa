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
    public let aliases: [String]
    public let level: ProjectLevel
    public let summary: String
    /// Ids of the skills it exercises.
    public let skills: [String]
    public let sources: [String]
}
