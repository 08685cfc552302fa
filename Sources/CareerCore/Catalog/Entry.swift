/// Any item of the guide seen the same way: what name resolution and search work on.
public struct Entry: Sendable {
    public let ref: ItemRef
    public let name: String
    /// The names other than `name` that find it: the aliases and the search terms.
    public let aliases: [String]
    /// One line that says what the item is.
    public let summary: String
    /// The rest of the item's text.
    public let body: [String]
    public let sources: [String]
    /// Words that classify the item (its category, level, issuer), searchable but not shown as text.
    public var keywords: [String] = []
}

extension Catalog {
    /// Every item of every kind, kind by kind in `ItemKind` order, each kind in content order.
    public var entries: [Entry] {
        ItemKind.allCases.flatMap(entries(of:))
    }

    public func entries(of kind: ItemKind) -> [Entry] {
        (0..<guide.count(kind)).map { guide.entry(kind, $0) }
    }

    public func entry(_ ref: ItemRef) -> Entry? {
        guide.index(of: ref).map { guide.entry(ref.kind, $0) }
    }

    /// The display name of `ref`, or its id if it names nothing.
    public func name(of ref: ItemRef) -> String {
        guide.index(of: ref).map { guide.name(ref.kind, $0) } ?? ref.id
    }
}

/// How each kind of item is seen as an `Entry`.
extension Entry {
    /// The entries of every item of `kind` in `content`.
    static func entries(of kind: ItemKind, in content: Content) -> [Entry] {
        let categories = Dictionary(content.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let categoryName = { (id: String) in categories[id] ?? "" }
        return switch kind {
        case .role: content.roles.map(entry)
        case .skill: content.skills.map { entry($0, categoryName: categoryName) }
        case .topic: content.topics.map(entry)
        case .phase: content.phases.map(entry)
        case .certification: content.certifications.map(entry)
        case .project: content.projects.map(entry)
        case .tip: content.tips.map(entry)
        case .section: content.field.map(entry)
        case .source: content.sources.map(entry)
        case .category: content.categories.map(entry)
        }
    }

    static func entry(_ role: Role) -> Entry {
        Entry(
            ref: ItemRef(.role, role.id), name: role.name, aliases: role.aliases + role.searchTerms, summary: role.summary,
            body: role.responsibilities, sources: role.sources, keywords: role.level.map { ["\($0.rawValue) level role"] } ?? [])
    }

    static func entry(_ skill: Skill, categoryName: (String) -> String) -> Entry {
        Entry(
            ref: ItemRef(.skill, skill.id), name: skill.name, aliases: skill.aliases + skill.searchTerms, summary: skill.description,
            body: [], sources: skill.sources, keywords: [categoryName(skill.category)])
    }

    static func entry(_ topic: Topic) -> Entry {
        Entry(
            ref: ItemRef(.topic, topic.id), name: topic.name, aliases: [], summary: topic.summary,
            body: topic.details, sources: topic.sources)
    }

    static func entry(_ phase: Phase) -> Entry {
        Entry(
            ref: ItemRef(.phase, phase.id), name: phase.name, aliases: ["Phase \(phase.number)"], summary: phase.goal,
            body: [], sources: phase.sources)
    }

    static func entry(_ certification: Certification) -> Entry {
        Entry(
            ref: ItemRef(.certification, certification.id), name: certification.name, aliases: certification.aliases + certification.searchTerms,
            summary: certification.summary, body: [], sources: certification.sources,
            keywords: certification.issuer.map { [$0] } ?? [])
    }

    static func entry(_ project: Project) -> Entry {
        Entry(
            ref: ItemRef(.project, project.id), name: project.name, aliases: project.aliases + project.searchTerms, summary: project.summary,
            body: [], sources: project.sources, keywords: ["\(project.level.rawValue) level"])
    }

    static func entry(_ tip: Tip) -> Entry {
        Entry(
            ref: ItemRef(.tip, tip.id), name: tip.name, aliases: [], summary: tip.summary, body: tip.actions,
            sources: tip.sources)
    }

    static func entry(_ section: FieldSection) -> Entry {
        let points = section.points.map { point in point.label.map { "\($0): \(point.text)" } ?? point.text }
        return Entry(
            ref: ItemRef(.section, section.id), name: section.title, aliases: [],
            summary: section.paragraphs.first ?? points.first ?? "",
            body: Array(section.paragraphs.dropFirst()) + points, sources: section.sources)
    }

    static func entry(_ source: Source) -> Entry {
        Entry(
            ref: ItemRef(.source, source.id), name: source.title, aliases: [], summary: source.summary,
            body: [], sources: [source.id], keywords: [source.kind])
    }

    static func entry(_ category: SkillCategory) -> Entry {
        Entry(
            ref: ItemRef(.category, category.id), name: category.name, aliases: [], summary: "",
            body: [], sources: [])
    }
}
