import Testing

@testable import CareerCore

/// Queries that must stay flat at any size read their indexes, never the items: shown on a copy of the
/// bundled guide whose items cannot be read. Reading one makes the guide rebuild itself, which is counted.
@Suite("Queries that read indexes, not items")
struct ReadsOnlyWhatItNeedsTests {
    /// The bundled guide with records made unreadable (valid checksums, bytes that mean nothing): by
    /// default every item's; and how often it had to rebuild itself from a good copy since.
    final class GuideWithoutItems: @unchecked Sendable {
        private(set) var rebuilds = 0
        var catalog: Catalog!

        init(unreadable: [(section: Int, record: Int)] = ItemKind.allCases.flatMap { kind in
            (0..<Catalog.bundled.count(of: kind)).map { (GuideLayout.section(.items, kind), $0) }
        }) throws {
            let good = GuideCompiler.compile(Catalog.bundled.content)
            var sections = try GuideFile(GuideBytes(good)).sectionRecords()
            for (section, record) in unreadable { sections[section][record] = [0xFF] }
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

    @Test("Ranking roles for the skills had reads the roles that need them, as far as the list shown needs")
    func matchReadsRolesNeedingTheSkills() throws {
        let catalog = Catalog.bundled
        let needing = Set(catalog.roles(needing: "ml-algorithms").map(\.role.id))
        #expect(needing.count >= 2)
        let others = catalog.roleIndexes().filter { !needing.contains(catalog.guide.id(.role, $0)) }
        let guide = try GuideWithoutItems(unreadable: others.map { (GuideLayout.section(.headings, .role), $0) })
        let expected = MatchReport(have: ["ml-algorithms"], catalog: catalog)
        let report = MatchReport(have: ["ml-algorithms"], catalog: guide.catalog)
        let best = report.best(needing.count)
        #expect(guide.rebuilds == 0)
        #expect(Set(best.ranked.map(\.role)) == needing)
        #expect(best.ranked.map(\.role) == expected.roles.prefix(needing.count).map(\.role))
        #expect(best.more == catalog.count(of: .role) - needing.count)
        // The whole ranking reads every role.
        #expect(report.roles.map(\.role) == expected.roles.map(\.role))
        #expect(guide.rebuilds == 1)
    }
}
