import BundledGuide

/// The guide, read on demand from its compiled form (`CompiledGuide`): every item by id, and the
/// cross-references between them. `Catalog.bundled` is the guide embedded in the binary;
/// `Catalog(directory:)` reads a content pack, through a compiled copy cached between runs.
package struct Catalog: Sendable {
    let guide: CompiledGuide

    init(guide: CompiledGuide) {
        self.guide = guide
    }

    /// Compiles already validated content (`ContentLoader` validates) in memory.
    package init(_ content: Content) {
        guide = CompiledGuide(content)
    }

    /// Loads, validates and compiles the content directory at `path`, without a cache.
    package init(directory path: String) throws(ContentProblems) {
        self.init(try ContentLoader.load(directory: path))
    }

    /// The guide as shipped: its compiled form, embedded in the binary by `generate-content` (the test suite
    /// checks that it matches Content/ and keeps every rule). It is part of the program, as its code is.
    package static let bundled: Catalog = {
        var size: UInt = 0
        guard let start = careers_bundled_guide(&size),
            let file = try? GuideFile(GuideBytes(static: UnsafeRawBufferPointer(start: start, count: Int(size)))),
            let guide = try? CompiledGuide(file, rebuild: nil)
        else { fatalError("the guide built into careers does not open; run: swift run generate-content") }
        return Catalog(guide: guide)
    }()

    /// Every item, decoded: the whole guide as plain values (for writing it out, and for tests).
    package var content: Content {
        var content = Content()
        for type in Content.kinds { decodeAll(type, into: &content) }
        content.foundations = guide.foundations()
        content.levels = guide.declaredLevels()
        return content
    }

    private func decodeAll<Item: GuideItem>(_ type: Item.Type, into content: inout Content) {
        content[keyPath: Item.all] = all(Item.self)
    }

    /// How many items of `kind` the guide holds.
    package func count(of kind: ItemKind) -> Int { guide.count(kind) }

    /// A name or alias found by its beginning (see `names(of:beginningWith:)`).
    package struct NameMatch: Sendable, Equatable {
        package let text: String
        package let kind: ItemKind
        /// The item's index among its kind: which names are one item's.
        package let item: Int
        package let isName: Bool

        /// Which item the name is of: equal for the names of one item.
        package var itemKey: ItemKey { ItemKey(kind: kind, item: item) }

        package struct ItemKey: Hashable {
            let kind: ItemKind
            let item: Int
        }
    }

    /// The names and aliases of items of `kinds` that begin with `prefix`, ignoring case, in the guide's order
    /// (kind by kind, item by item, a name before its aliases): read from a sorted table, never from the items.
    package func names(of kinds: [ItemKind], beginningWith prefix: String) -> [NameMatch] {
        let key = Array(prefix.lowercased().utf8)
        return kinds.flatMap { kind in
            guide.names(kind, beginningWith: key).sorted { ($0.item, $0.slot) < ($1.item, $1.slot) }.map {
                NameMatch(text: $0.text, kind: kind, item: $0.item, isName: $0.slot == 1)
            }
        }
    }

    /// Every item of a kind, in the guide's order.
    package func all<Item: GuideItem>(_ type: Item.Type) -> [Item] {
        (0..<guide.count(Item.kind)).map { guide.item(Item.self, $0) }
    }

    /// The item of a kind at `index` in the guide's order.
    package func item<Item: GuideItem>(_ type: Item.Type, at index: Int) -> Item {
        guide.item(Item.self, index)
    }

    /// The item of a kind with `id`, if any.
    package func item<Item: GuideItem>(_ type: Item.Type, _ id: String) -> Item? {
        guide.index(of: ItemRef(Item.kind, id)).map { guide.item(Item.self, $0) }
    }

    // MARK: Items by id

    package func role(_ id: String) -> Role? { item(Role.self, id) }
    package func skill(_ id: String) -> Skill? { item(Skill.self, id) }
    package func category(_ id: String) -> SkillCategory? { item(SkillCategory.self, id) }
    package func phase(_ id: String) -> Phase? { item(Phase.self, id) }
    package func project(_ id: String) -> Project? { item(Project.self, id) }
    package func topic(_ id: String) -> Topic? { item(Topic.self, id) }
    package func tip(_ id: String) -> Tip? { item(Tip.self, id) }
    package func section(_ id: String) -> FieldSection? { item(FieldSection.self, id) }
    package func source(_ id: String) -> Source? { item(Source.self, id) }

    /// Whether `ref` names an item of this catalog.
    package func contains(_ ref: ItemRef) -> Bool { guide.index(of: ref) != nil }
}
