/// The guide, indexed: every item by id, and the cross-references between them.
/// `Catalog.bundled` is the guide embedded in the binary; `Catalog(directory:)` reads one from disk.
public struct Catalog: Sendable {
    public let content: Content
    private let roleIndex: [String: Int]
    let skillIndex: [String: Int]
    private let categoryIndex: [String: Int]
    private let phaseIndex: [String: Int]
    private let certificationIndex: [String: Int]
    private let projectIndex: [String: Int]
    private let topicIndex: [String: Int]
    private let tipIndex: [String: Int]
    private let sectionIndex: [String: Int]
    private let sourceIndex: [String: Int]

    /// Indexes already validated content (`ContentLoader` validates).
    public init(_ content: Content) {
        func index(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.content = content
        roleIndex = index(content.roles.map(\.id))
        skillIndex = index(content.skills.map(\.id))
        categoryIndex = index(content.categories.map(\.id))
        phaseIndex = index(content.phases.map(\.id))
        certificationIndex = index(content.certifications.map(\.id))
        projectIndex = index(content.projects.map(\.id))
        topicIndex = index(content.topics.map(\.id))
        tipIndex = index(content.tips.map(\.id))
        sectionIndex = index(content.field.map(\.id))
        sourceIndex = index(content.sources.map(\.id))
    }

    /// Loads, validates and indexes the content directory at `path`.
    public init(directory path: String) throws(ContentProblems) {
        self.init(try ContentLoader.load(directory: path))
    }

    /// The guide as shipped, embedded in the binary. The test suite checks it with every rule, so it
    /// always loads; should it not, the message says where it is broken.
    public static let bundled: Catalog = {
        do {
            return Catalog(try BundledContent.load())
        } catch {
            fatalError("the bundled guide is broken: \(error)")
        }
    }()

    // MARK: Items by id

    public func role(_ id: String) -> Role? { roleIndex[id].map { content.roles[$0] } }
    public func skill(_ id: String) -> Skill? { skillIndex[id].map { content.skills[$0] } }
    public func category(_ id: String) -> SkillCategory? { categoryIndex[id].map { content.categories[$0] } }
    public func phase(_ id: String) -> Phase? { phaseIndex[id].map { content.phases[$0] } }
    public func certification(_ id: String) -> Certification? { certificationIndex[id].map { content.certifications[$0] } }
    public func project(_ id: String) -> Project? { projectIndex[id].map { content.projects[$0] } }
    public func topic(_ id: String) -> Topic? { topicIndex[id].map { content.topics[$0] } }
    public func tip(_ id: String) -> Tip? { tipIndex[id].map { content.tips[$0] } }
    public func section(_ id: String) -> FieldSection? { sectionIndex[id].map { content.field[$0] } }
    public func source(_ id: String) -> Source? { sourceIndex[id].map { content.sources[$0] } }

    /// Whether `ref` names an item of this catalog.
    public func contains(_ ref: ItemRef) -> Bool {
        switch ref.kind {
        case .role: roleIndex[ref.id] != nil
        case .skill: skillIndex[ref.id] != nil
        case .category: categoryIndex[ref.id] != nil
        case .phase: phaseIndex[ref.id] != nil
        case .certification: certificationIndex[ref.id] != nil
        case .project: projectIndex[ref.id] != nil
        case .topic: topicIndex[ref.id] != nil
        case .tip: tipIndex[ref.id] != nil
        case .section: sectionIndex[ref.id] != nil
        case .source: sourceIndex[ref.id] != nil
        }
    }
}
