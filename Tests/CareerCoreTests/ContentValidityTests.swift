import CareerCore
import Testing

@Suite("The content of the guide")
struct ContentValidityTests {
    let catalog = Catalog.bundled

    @Test("Content/ loads without error and the embedded guide matches it (run `swift run generate-content` if not)")
    func bundledMatchesContentDirectory() throws {
        let loaded = try ContentLoader.load(directory: ContentDirectory.path)
        #expect(loaded == Content.bundled)
        let generated = BundledContentSource.generate(loaded)
        let committed = String(
            decoding: ContentDirectory.read(ContentDirectory.packageRoot + "/" + BundledContentSource.path), as: UTF8.self)
        #expect(generated == committed, "Sources/CareerCore/Generated is stale: run `swift run generate-content`")
    }

    @Test func idsAreUniqueWithinEachKind() {
        for kind in ItemKind.allCases {
            let ids = catalog.entries(of: kind).map(\.ref.id)
            #expect(Set(ids).count == ids.count, "duplicate \(kind) id")
        }
    }

    @Test func namesAndAliasesDoNotCollideWithinAKind() {
        for kind in ItemKind.allCases {
            var owners: [String: String] = [:]
            for entry in catalog.entries(of: kind) {
                for name in Set(([entry.name] + entry.aliases).map { $0.lowercased() }) {
                    #expect(owners[name] == nil, "\(kind) '\(name)' names both \(owners[name] ?? "") and \(entry.ref.id)")
                    owners[name] = entry.ref.id
                }
            }
        }
    }

    @Test func everyReferenceResolves() {
        func check(_ ids: [String], _ kind: ItemKind, from owner: String) {
            for id in ids { #expect(catalog.contains(ItemRef(kind, id)), "\(owner) refers to unknown \(kind) '\(id)'") }
        }
        for role in catalog.content.roles {
            check(role.next + role.related, .role, from: role.id)
            check(role.skills.map(\.skill), .skill, from: role.id)
        }
        check(catalog.content.fieldSkills.map(\.skill), .skill, from: "field-skills")
        for skill in catalog.content.skills { check([skill.category], .category, from: skill.id) }
        for phase in catalog.phases {
            check(phase.skills, .skill, from: phase.id)
            check(phase.projects, .project, from: phase.id)
            check(phase.certifications, .certification, from: phase.id)
        }
        for entry in catalog.entries where entry.ref.kind != .category {
            check(entry.sources, .source, from: entry.ref.id)
        }
    }

    @Test func everyRoleHasEssentialSkillsAndEveryLinkASource() {
        for role in catalog.content.roles {
            let links = catalog.skillLinks(of: role)
            #expect(links.contains { $0.need == .essential }, "\(role.id) has no essential skill")
            #expect(links.allSatisfy { !$0.sources.isEmpty })
        }
    }

    @Test func everySkillIsUsedOrDeliberatelyStandalone() {
        let linked = Set(catalog.content.fieldSkills.map(\.skill) + catalog.content.roles.flatMap { $0.skills.map(\.skill) })
        for skill in catalog.content.skills {
            if skill.standalone {
                #expect(!linked.contains(skill.id), "\(skill.id) is marked standalone but a role uses it")
            } else {
                #expect(linked.contains(skill.id), "\(skill.id) is used by no role and not marked standalone")
            }
        }
    }

    @Test func everyItemNamesItsSources() {
        for entry in catalog.entries where entry.ref.kind != .category {
            #expect(!entry.sources.isEmpty, "\(entry.ref) names no source")
        }
        for source in catalog.sources {
            #expect(!catalog.items(citing: source.id).filter { $0.kind != .source }.isEmpty, "\(source.id) is cited by nothing")
        }
    }

    @Test func everyCategoryAndPhaseHasSkills() {
        for category in catalog.content.categories { #expect(!catalog.skills(category: category.id).isEmpty, "\(category.id)") }
        for phase in catalog.phases { #expect(!phase.skills.isEmpty, "\(phase.id)") }
        #expect(catalog.phases.map(\.number) == Array(1...catalog.phases.count))
    }

    @Test("No damaged characters: the broken encoding of one document is cleaned up")
    func noDamagedCharacters() {
        let damaged: [String] = ["β", "π", "€", "Ÿ", "οΈ", "\u{FFFD}", "â€", "Ã", "\u{200B}"]
        for text in allStrings(of: catalog.content) {
            for mark in damaged { #expect(!text.contains(mark), "damaged text: \(text)") }
            #expect(
                !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
                "control character in: \(text)")
            #expect(text == text.trimmingSpaces, "stray spaces around: '\(text)'")
        }
    }

    private func allStrings(of value: Any) -> [String] {
        if let string = value as? String { return [string] }
        return Mirror(reflecting: value).children.flatMap { allStrings(of: $0.value) }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
