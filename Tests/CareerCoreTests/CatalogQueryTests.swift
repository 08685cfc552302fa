import CareerCore
import Testing

@Suite("Questions asked of the catalog")
struct CatalogQueryTests {
    let catalog = Catalog.bundled

    @Test("Only the roles a document places have a level: the two entry-level roles")
    func rolesByLevel() {
        #expect(catalog.roles().count == 11)
        #expect(catalog.roles(level: .entry).map(\.id) == ["machine-learning-engineer", "junior-ai-researcher"])
        #expect(catalog.roles(level: .senior).isEmpty && catalog.roles(level: .lead).isEmpty)
        #expect(catalog.roles().filter { $0.level == nil }.count == 9)
    }

    @Test("A role's own skills are kept apart from the field's foundations")
    func ownSkillsAndFoundations() throws {
        let engineer = try #require(catalog.role("machine-learning-engineer"))
        #expect(
            engineer.skills.map(\.skills) == [["model-training"], ["fine-tuning"]])
        #expect(engineer.skills.allSatisfy { $0.need == nil })
        let frameworks = try #require(catalog.foundations(naming: "pytorch").first)
        #expect(frameworks.skills == ["tensorflow", "pytorch"])
        #expect(frameworks.weights == [Weight(need: .oftenRequired, audience: "for anyone seeking a career in LLMs", sources: ["llm-career-article"])])
        #expect(catalog.name(of: frameworks) == "TensorFlow or PyTorch")
        #expect(frameworks.isMet(by: ["pytorch"]) && !frameworks.isMet(by: ["python"]))
        #expect(catalog.foundations(naming: "creativity").map(\.need) == [.alsoImportant])
        #expect(catalog.foundations(naming: "fine-tuning") == [])
        let named = catalog.roles().filter(catalog.isNamedOnly).map(\.id)
        // Job titles only: no document ties Computer Vision Engineer or NLP Engineer to skills or a phase.
        #expect(
            named == [
                "junior-ai-researcher", "computer-vision-engineer", "nlp-engineer", "senior-ml-engineer", "principal-ai-architect",
                "head-of-ai",
            ])
    }

    @Test("Each document keeps its own word and audience for a foundation; the strongest orders it")
    func weightsKeepTheirDocuments() throws {
        let networks = try #require(catalog.foundations(naming: "neural-networks").first)
        #expect(
            networks.weights.map { "\($0.need.label) \($0.audience ?? "") (\($0.sources.joined()))" } == [
                "essential to succeed in this field (course-unit)",
                "fundamental for anyone seeking a career in LLMs (llm-career-article)",
                "must learn for AI/ML engineering (ai-ml-career-profile)",
            ])
        #expect(networks.need == .essential)
        #expect(catalog.foundations(naming: "nlp").map(\.weights) == [[Weight(need: .crucial, audience: "for those specializing in LLMs", sources: ["course-unit"])]])
        #expect(catalog.foundations(naming: "research-abilities").first?.need == .vital)
        #expect(catalog.foundations(naming: "data-cleaning").first?.need == .key)
        // "You'll often need to write scripts to prepare data, train models, and evaluate results" weighs no skill.
        for skill in ["data-preparation", "model-training", "model-evaluation"] { #expect(catalog.foundations(naming: skill) == []) }
        // Every foundation has an audience: no document speaks of every role.
        #expect(catalog.foundations.flatMap(\.weights).allSatisfy { $0.audience != nil })
        #expect(Need.essential.rank < Need.crucial.rank && Need.crucial.rank < Need.vital.rank && Need.vital.rank < Need.key.rank)
        #expect(Need.key.rank < Need.oftenRequired.rank && Need.oftenRequired.rank < Need.alsoImportant.rank)
    }

    @Test func skillsByCategoryFollowCategoryOrder() {
        let groups = catalog.skillsByCategory()
        #expect(groups.map(\.category.id) == catalog.content.categories.map(\.id))
        #expect(groups.first?.skills.map(\.name) == ["Linear algebra", "Calculus", "Probability"])
        #expect(catalog.skills(category: "tools").map(\.id) == ["tensorflow", "pytorch", "scikit-learn", "gpu-computing"])
    }

    @Test func crossReferences() throws {
        let scientist = try #require(catalog.role("data-scientist"))
        #expect(catalog.idsOfRelatedRoles(of: scientist) == ["machine-learning-engineer"])
        #expect(catalog.phase(teaching: Requirement(skills: ["deep-learning"], weights: [], sources: []))?.name == "Deep Learning")
        #expect(catalog.phase(teaching: Requirement(skills: ["tensorflow", "pytorch"], weights: [], sources: [])) == nil)
        #expect(catalog.phase(number: 2)?.id == "classical-ml")
        #expect(catalog.projects(level: .advanced).count == 2)
        #expect(catalog.content.projects.allSatisfy { $0.skills.isEmpty })  // no document ties a project to skills
        #expect(catalog.topics(covering: "perplexity").map(\.id) == ["evaluation-metrics"])
        #expect(catalog.roles(needing: "robotics").isEmpty)
        #expect(catalog.roles(needing: "tensorflow").isEmpty)
        #expect(catalog.roles(needing: "large-language-models").map(\.role.id) == ["research-scientist", "ai-specialist"])
    }

    @Test func everyEntryIsReachableByRef() {
        for entry in catalog.entries {
            #expect(catalog.entry(entry.ref)?.name == entry.name)
        }
        #expect(catalog.entry(ItemRef(.role, "astronaut")) == nil)
    }
}
