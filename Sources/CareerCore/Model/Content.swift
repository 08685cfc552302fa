/// The whole guide as plain values, exactly as Content/ holds it.
public struct Content: Hashable, Sendable {
    public let sources: [Source]
    public let categories: [SkillCategory]
    public let skills: [Skill]
    /// What a document says the whole field needs: the foundations every role shares.
    public let foundations: [Requirement]
    public let roles: [Role]
    public let phases: [Phase]
    public let certifications: [Certification]
    public let projects: [Project]
    public let tips: [Tip]
    public let topics: [Topic]
    public let field: [FieldSection]
}

extension Content {
    /// A guide with nothing in it.
    public static let empty = Content(
        sources: [], categories: [], skills: [], foundations: [], roles: [], phases: [], certifications: [], projects: [],
        tips: [], topics: [], field: [])
}
