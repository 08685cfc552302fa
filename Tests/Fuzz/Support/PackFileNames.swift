import CareerCore

/// The files of a pack by name, for tests that write one file at a time.
extension ContentLoader.File {
    static let sources = Self(named: "sources.json")!
    static let categories = Self(named: "categories.json")!
    static let skills = Self(named: "skills.json")!
    static let foundations = Self(named: "foundations.json")!
    static let roles = Self(named: "roles.json")!
    static let roadmap = Self(named: "roadmap.json")!
    static let certifications = Self(named: "certifications.json")!
    static let projects = Self(named: "projects.json")!
    static let tips = Self(named: "tips.json")!
    static let topics = Self(named: "topics.json")!
    static let field = Self(named: "field.json")!
}
