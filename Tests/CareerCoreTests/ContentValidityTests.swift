import CareerCore
import Testing

@Suite("The content of the guide")
struct ContentValidityTests {
    let catalog = Catalog.bundled

    @Test("The guide written from the binary's one compiled copy is Content/, byte for byte (else: swift run generate-content)")
    func bundledMatchesContentDirectory() throws {
        let files = ContentDirectory.files()
        // Every file but levels.json: the bundled guide places its roles at the standard levels.
        #expect(Set(files.keys) == Set(ContentLoader.File.allCases).subtracting([ContentLoader.File(named: "levels.json")!]))
        let written = catalog.content.packFiles()
        for file in ContentLoader.File.allCases {
            #expect(
                written[file] == files[file],
                "Content/\(file) is not as the guide writes it: run `swift run generate-content` and review the change")
        }
        #expect(try ContentLoader.load(directory: ContentDirectory.path) == catalog.content)
    }

    @Test("The compiled guide in the binary is Content/ compiled by this code (else: swift run generate-content)")
    func compiledGuideIsCurrent() throws {
        let content = try ContentLoader.load(directory: ContentDirectory.path)
        let committed = String(
            decoding: ContentDirectory.read(ContentDirectory.packageRoot + "/" + BundledGuideSource.path) ?? [], as: UTF8.self)
        #expect(
            BundledGuideSource.generate(content) == committed, "Sources/BundledGuide is stale: run `swift run generate-content`")
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
            check(role.skills.flatMap(\.skills), .skill, from: role.id)
        }
        check(catalog.foundations.flatMap(\.skills), .skill, from: "foundations")
        for skill in catalog.content.skills { check([skill.category], .category, from: skill.id) }
        for phase in catalog.phases { check(phase.skills, .skill, from: phase.id) }
        for entry in catalog.entries where entry.ref.kind != .category {
            check(entry.sources, .source, from: entry.ref.id)
        }
    }

    @Test("A role's own skills cite only documents the role itself cites")
    func roleSkillsCiteTheRolesSources() {
        for role in catalog.content.roles {
            for requirement in role.skills {
                #expect(Set(requirement.sources).isSubset(of: role.sources), "\(role.id): \(requirement.skills)")
            }
        }
    }

    @Test("Only entry-level roles and roles on the growth path have a level")
    func levelsOnlyWhereADocumentPlacesTheRole() {
        for role in catalog.content.roles where role.level != nil {
            let onPath = !role.next.isEmpty || !catalog.rolesLeading(to: role).isEmpty
            #expect(role.level == "entry" || onPath, "\(role.id) has a level no document gives")
        }
    }

    @Test("No certification names an issuer: the documents give none beyond the names")
    func noInventedIssuers() {
        #expect(catalog.all(Certification.self).allSatisfy { $0.issuer == nil })
    }

    @Test("Content speaks about the field, never about the documents it comes from")
    func noTalkAboutTheDocuments() {
        let forbidden = [
            "the sources", "the documents", "the article", "the career profile", "the course unit", "this guide", "described as",
        ]
        for text in allStrings(of: catalog.content) where !catalog.sources.contains(where: { $0.summary == text }) {
            for phrase in forbidden { #expect(!text.lowercased().contains(phrase), "'\(phrase)' in: \(text)") }
        }
    }

    @Test("One spelling, the documents' American one")
    func americanSpelling() {
        let british = [
            "analyse", "analysing", "visualis", "specialise", "specialising", "specialisation", "labelled", "centre", "optimis",
            "recognis", "organis", "tokenis", "behaviour", "colour", "modelling", "licence", "catalogue",
        ]
        for text in allStrings(of: catalog.content) {
            for word in british {
                #expect(!text.lowercased().contains(word), "British spelling '\(word)' in: \(text)")
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
            #expect(!ControlCharacters.any(in: text), "control character in: \(text)")
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
