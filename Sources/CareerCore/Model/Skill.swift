/// A skill, tool, method, topic or metric the documents name.
public struct Skill: Hashable, Sendable {
    public let id: String
    public let name: String
    /// Other names the documents use for it, shown as "Also called".
    public let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    public let searchTerms: [String]
    /// The id of a `SkillCategory`.
    public let category: String
    public let description: String
    public let sources: [String]
}

/// A group of skills, such as mathematics or soft skills.
public struct SkillCategory: Hashable, Sendable {
    public let id: String
    /// A label that groups skills; a category says nothing of its own, so it needs no source.
    public let name: String
}
