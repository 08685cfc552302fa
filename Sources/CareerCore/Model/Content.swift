/// The whole guide as plain values, exactly as Content/ holds it.
public struct Content: Hashable, Sendable {
    public internal(set) var sources: [Source] = []
    public internal(set) var categories: [SkillCategory] = []
    public internal(set) var skills: [Skill] = []
    /// What a document says the whole field needs: the foundations every role shares.
    public internal(set) var foundations: [Requirement] = []
    public internal(set) var roles: [Role] = []
    public internal(set) var phases: [Phase] = []
    public internal(set) var certifications: [Certification] = []
    public internal(set) var projects: [Project] = []
    public internal(set) var tips: [Tip] = []
    public internal(set) var topics: [Topic] = []
    public internal(set) var field: [FieldSection] = []

    /// A guide with nothing in it.
    public static let empty = Content()

    /// The files of a pack, in the order they are read and their problems reported: one line per file.
    static let files: [any PackFileItem.Type] = [
        Source.self, SkillCategory.self, Skill.self, Requirement.self, Role.self, Phase.self, Certification.self,
        Project.self, Tip.self, Topic.self, FieldSection.self,
    ]

    /// Every kind of item, in `ItemKind` order.
    static let kinds: [any GuideItem.Type] = {
        let kinds = files.compactMap { $0 as? any GuideItem.Type }
        return ItemKind.allCases.map { kind in kinds.first { $0.kind == kind }! }
    }()
}

extension ItemKind {
    /// The description of this kind of item.
    var type: any GuideItem.Type { Content.kinds[ordinal] }

    /// The kind's name in the plural, as a heading ("Certifications").
    public var plural: String { type.plural }
}
