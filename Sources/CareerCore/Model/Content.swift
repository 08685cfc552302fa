/// The whole guide as plain values, exactly as Content/ holds it.
package struct Content: Hashable, Sendable {
    package internal(set) var sources: [Source] = []
    /// The levels roles are placed at, lowest first; none for the standard ones (`Level.standard`).
    package internal(set) var levels: [Level] = []
    package internal(set) var categories: [SkillCategory] = []
    package internal(set) var skills: [Skill] = []
    /// What a document says the whole field needs: the foundations every role shares.
    package internal(set) var foundations: [Requirement] = []
    package internal(set) var roles: [Role] = []
    package internal(set) var phases: [Phase] = []
    package internal(set) var certifications: [Certification] = []
    package internal(set) var projects: [Project] = []
    package internal(set) var tips: [Tip] = []
    package internal(set) var topics: [Topic] = []
    package internal(set) var field: [FieldSection] = []

    /// A guide with nothing in it.
    package static let empty = Content()

    /// Every kind of item, in `ItemKind` order, and the files of a pack, in the order they are read and
    /// their problems reported: a kind is one line in each (ItemKindTests checks that they agree). Lists
    /// of types, not found by casting: a cast looks through every conformance, which start-up cannot afford.
    static let kinds: [any GuideItem.Type] = [
        Role.self, Skill.self, Topic.self, Phase.self, Certification.self, Project.self, Tip.self, FieldSection.self,
        Source.self, SkillCategory.self,
    ]
    static let files: [any PackFileItem.Type] = [
        Source.self, Level.self, SkillCategory.self, Skill.self, Requirement.self, Role.self, Phase.self, Certification.self,
        Project.self, Tip.self, Topic.self, FieldSection.self,
    ]
}

extension ItemKind {
    /// The description of this kind of item.
    var type: any GuideItem.Type { Content.kinds[ordinal] }

    /// The kind's name in the plural, as a heading ("Roles").
    package var plural: String { type.plural }
}
