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
    /// The skills having this one counts toward, where a document says so ("Python counts toward
    /// Programming": "programming languages, particularly Python").
    public let countsToward: [Credit]
    public let sources: [String]
}

/// That having a skill counts toward having another, with the words of the document that says so.
public struct Credit: Hashable, Sendable {
    /// The id of the skill it counts toward.
    public let skill: String
    /// The document's words that tie the two ("programming languages, particularly Python").
    public let quote: String
    public let sources: [String]

    public init(skill: String, quote: String, sources: [String]) {
        self.skill = skill
        self.quote = quote
        self.sources = sources
    }
}

/// A group of skills, such as mathematics or soft skills.
public struct SkillCategory: Hashable, Sendable {
    public let id: String
    /// A label that groups skills; a category says nothing of its own, so it needs no source.
    public let name: String
}
