import Testing

@testable import CareerCore

/// Queries that must stay flat at any size read their indexes, never the items: shown on a copy of the
/// bundled guide whose items cannot be read. Reading one makes the guide rebuild itself, which is counted.
@Suite("Queries that read indexes, not items")
struct ReadsOnlyWhatItNeedsTests {
    /// The bundled guide with every item record unreadable (valid checksums, no JSON), and how often it
    /// had to rebuild itself from a good copy since.
    final class GuideWithoutItems: @unchecked Sendable {
        private(set) var rebuilds = 0
        var catalog: Catalog!

        init() throws {
            let good = GuideCompiler.compile(Catalog.bundled.content)
            var sections = try GuideFile(GuideBytes(good)).sectionRecords()
            for kind in ItemKind.allCases {
                let section = GuideLayout.section(.items, kind)
                sections[section] = sections[section].map { _ in [0xFF] }
            }
            let file = try GuideFile(GuideBytes(GuideFile.build(sections)))
            catalog = Catalog(
                guide: try CompiledGuide(file) { [unowned self] in
                    self.rebuilds += 1
                    return try? GuideFile(GuideBytes(good))
                })
        }
    }

    @Test("Completing a name reads the sorted names: no item, whatever the prefix")
    func completionReadsNames() throws {
        let guide = try GuideWithoutItems()
        let found = guide.catalog.names(of: [.role, .skill], beginningWith: "ML")
        // The same, from every item decoded (search terms count as aliases): the guide's order, a name before
        // its aliases.
        let expected = [ItemKind.role, .skill].flatMap { kind in
            Catalog.bundled.entries(of: kind).flatMap { [$0.name] + $0.aliases }
        }
        #expect(found.map(\.text) == expected.filter { $0.lowercased().hasPrefix("ml") })
        #expect(found.contains { $0.text == "ML Engineer" && $0.kind == .role })
        #expect(guide.catalog.names(of: ItemKind.allCases, beginningWith: "").count > 100)
        #expect(guide.rebuilds == 0)
        // The check itself: reading an item is seen.
        _ = guide.catalog.role("machine-learning-engineer")
        #expect(guide.rebuilds == 1)
    }

    @Test("The growth path is read as compiled: no role is decoded to find it, whole or through a role")
    func growthPathReadsNoRole() throws {
        let guide = try GuideWithoutItems()
        let principal = try #require(Catalog.bundled.role("principal-ai-architect"))
        let whole = try #require(GrowthPath(catalog: guide.catalog))
        let through = try #require(GrowthPath(catalog: guide.catalog, through: principal))
        #expect(guide.rebuilds == 0)
        #expect(whole.entry == ["machine-learning-engineer", "junior-ai-researcher"])
        #expect(whole.steps == [["senior-ml-engineer"], ["principal-ai-architect"], ["head-of-ai"]])
        #expect(through.steps == [["senior-ml-engineer"], ["principal-ai-architect"], ["head-of-ai"]])
    }
}
