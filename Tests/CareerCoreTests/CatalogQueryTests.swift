import CareerCore
import Testing

@Suite("Questions asked of the catalog")
struct CatalogQueryTests {
    let catalog = Catalog.bundled

    @Test func rolesByLevel() {
        #expect(catalog.roles().count == 11)
        #expect(catalog.roles(level: .lead).map(\.id) == ["principal-ai-architect", "head-of-ai"])
        #expect(catalog.roles(level: .senior).map(\.id) == ["senior-ml-engineer"])
    }

    @Test("A role's skills merge its own links with the field-wide ones, essential first")
    func skillsOfARole() throws {
        let engineer = try #require(catalog.role("machine-learning-engineer"))
        let links = catalog.skillLinks(of: engineer)
        let firstOptional = try #require(links.firstIndex { $0.need == .optional })
        #expect(links[..<firstOptional].allSatisfy { $0.need == .essential })
        #expect(links[firstOptional...].allSatisfy { $0.need == .optional })
        #expect(links.first?.skill == "linear-algebra")
        // Field-wide "optional" (often) made essential by the role's own link, sources merged.
        let training = try #require(links.first { $0.skill == "model-training" })
        #expect(training.need == .essential)
        #expect(training.sources == ["llm-career-article", "ai-ml-career-profile"])
        #expect(Set(links.map(\.skill)).count == links.count)
    }

    @Test func skillsByCategoryFollowCategoryOrder() {
        let groups = catalog.skillsByCategory()
        #expect(groups.map(\.category.id) == catalog.content.categories.map(\.id))
        #expect(groups.first?.skills.map(\.name) == ["Linear algebra", "Calculus", "Probability"])
        #expect(catalog.skills(category: "tools").map(\.id) == ["tensorflow", "pytorch", "scikit-learn", "gpu-computing"])
    }

    @Test func crossReferences() throws {
        let scientist = try #require(catalog.role("data-scientist"))
        #expect(catalog.relatedRoles(of: scientist).map(\.id) == ["machine-learning-engineer"])
        #expect(catalog.phase(teaching: "pytorch")?.name == "Deep Learning")
        #expect(catalog.phase(teaching: "creativity") == nil)
        #expect(catalog.phase(number: 2)?.id == "classical-ml")
        #expect(catalog.projects(level: .advanced).count == 2)
        #expect(catalog.topics(covering: "perplexity").map(\.id) == ["evaluation-metrics"])
        let robotics = try #require(catalog.skill("robotics"))
        #expect(catalog.roles(needing: robotics).isEmpty)
        let tensorflow = try #require(catalog.skill("tensorflow"))
        #expect(catalog.roles(needing: tensorflow).count == 11)
        #expect(
            catalog.certifications(for: scientist).map(\.id) == [
                "tensorflow-developer-certificate", "deeplearning-ai-ml-specialization", "aws-ml-specialty",
            ])
    }

    @Test func everyEntryIsReachableByRef() {
        for entry in catalog.entries {
            #expect(catalog.entry(entry.ref)?.name == entry.name)
        }
        #expect(catalog.entry(ItemRef(.role, "astronaut")) == nil)
    }
}
