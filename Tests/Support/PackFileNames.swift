import CareerCore

/// The files of a pack by name, for the tests, the benchmark and the fuzz targets that write one file at a time.
extension ContentLoader.File {
    package static let sources = Self(named: "sources.json")!
    package static let levels = Self(named: "levels.json")!
    package static let categories = Self(named: "categories.json")!
    package static let skills = Self(named: "skills.json")!
    package static let foundations = Self(named: "foundations.json")!
    package static let roles = Self(named: "roles.json")!
    package static let roadmap = Self(named: "roadmap.json")!
    package static let certifications = Self(named: "certifications.json")!
    package static let projects = Self(named: "projects.json")!
    package static let tips = Self(named: "tips.json")!
    package static let topics = Self(named: "topics.json")!
    package static let field = Self(named: "field.json")!
}
