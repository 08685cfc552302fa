import BundledGuide

/// The guide, read on demand from its compiled form (`CompiledGuide`): every item by id, and the
/// cross-references between them. `Catalog.bundled` is the guide embedded in the binary;
/// `Catalog(directory:)` reads a content pack, through a compiled copy cached between runs.
public struct Catalog: Sendable {
    let guide: CompiledGuide

    init(guide: CompiledGuide) {
        self.guide = guide
    }

    /// Compiles already validated content (`ContentLoader` validates) in memory.
    public init(_ content: Content) {
        guide = CompiledGuide(content)
    }

    /// Loads, validates and compiles the content directory at `path`, without a cache.
    public init(directory path: String) throws(ContentProblems) {
        self.init(try ContentLoader.load(directory: path))
    }

    /// The guide as shipped, embedded in the binary. The test suite checks it with every rule, so it
    /// always loads; should it not, the message says where it is broken.
    public static let bundled: Catalog = {
        do {
            return try loadBundled()
        } catch {
            fatalError("the bundled guide is broken: \(error)")
        }
    }()

    /// The guide as shipped: its compiled form, embedded at build time (the test suite checks that it
    /// matches Content/), or, should that not read, the embedded Content/ files loaded and compiled.
    public static func loadBundled() throws(ContentProblems) -> Catalog {
        let rebuild = { @Sendable in
            (try? BundledContent.load()).flatMap { try? GuideFile(GuideBytes(GuideCompiler.compile($0))) }
        }
        var size: UInt = 0
        if let start = careers_bundled_guide(&size),
            let file = try? GuideFile(GuideBytes(static: UnsafeRawBufferPointer(start: start, count: Int(size)))),
            let guide = try? CompiledGuide(file, rebuild: rebuild)
        {
            return Catalog(guide: guide)
        }
        return Catalog(try BundledContent.load())
    }

    /// Every item, decoded: the whole guide as plain values (for writing it out, and for tests).
    public var content: Content {
        Content(
            sources: all(.source, Source.init), categories: all(.category, SkillCategory.init), skills: all(.skill, Skill.init),
            foundations: guide.foundations(), roles: all(.role, Role.init), phases: all(.phase, Phase.init),
            certifications: all(.certification, Certification.init), projects: all(.project, Project.init),
            tips: all(.tip, Tip.init), topics: all(.topic, Topic.init), field: all(.section, FieldSection.init))
    }

    /// How many items of `kind` the guide holds.
    public func count(of kind: ItemKind) -> Int { guide.count(kind) }

    func all<Item>(_ kind: ItemKind, _ decode: (ObjectReader) -> Item) -> [Item] {
        (0..<guide.count(kind)).map { guide.item(kind, $0, decode) }
    }

    private func item<Item>(_ kind: ItemKind, _ id: String, _ decode: (ObjectReader) -> Item) -> Item? {
        guide.index(of: ItemRef(kind, id)).map { guide.item(kind, $0, decode) }
    }

    // MARK: Items by id

    public func role(_ id: String) -> Role? { item(.role, id, Role.init) }
    public func skill(_ id: String) -> Skill? { item(.skill, id, Skill.init) }
    public func category(_ id: String) -> SkillCategory? { item(.category, id, SkillCategory.init) }
    public func phase(_ id: String) -> Phase? { item(.phase, id, Phase.init) }
    public func certification(_ id: String) -> Certification? { item(.certification, id, Certification.init) }
    public func project(_ id: String) -> Project? { item(.project, id, Project.init) }
    public func topic(_ id: String) -> Topic? { item(.topic, id, Topic.init) }
    public func tip(_ id: String) -> Tip? { item(.tip, id, Tip.init) }
    public func section(_ id: String) -> FieldSection? { item(.section, id, FieldSection.init) }
    public func source(_ id: String) -> Source? { item(.source, id, Source.init) }

    /// Whether `ref` names an item of this catalog.
    public func contains(_ ref: ItemRef) -> Bool { guide.index(of: ref) != nil }
}
