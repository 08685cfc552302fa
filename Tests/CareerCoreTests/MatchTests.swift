import CareerCore
import Testing

@Suite("From skills to roles: match, gap and growth path")
struct MatchTests {
    let catalog = Catalog.bundled

    private func ranking(_ skills: String) -> [String] {
        RoleMatcher(catalog: catalog).rank(SkillProfile([skills], catalog: catalog).skills).map(\.role)
    }

    @Test(
        "A mathematician who knows Python: the entry-level research role first, then roles the sources describe only field-wide")
    func mathematician() {
        #expect(
            ranking("linear algebra, calculus, probability, python") == [
                "junior-ai-researcher", "senior-ml-engineer", "principal-ai-architect", "head-of-ai", "computer-vision-engineer",
                "nlp-engineer", "ai-specialist", "research-scientist", "data-scientist", "machine-learning-engineer",
                "llm-engineer",
            ])
    }

    @Test("A data analyst: Data Scientist first")
    func dataAnalyst() {
        #expect(ranking("python, statistics, data cleaning, data analysis, data visualisation").first == "data-scientist")
    }

    @Test("Someone who knows PyTorch and Transformers: the language model engineer first")
    func pytorchAndTransformers() {
        #expect(ranking("pytorch, transformers").first == "llm-engineer")
        #expect(ranking("PyTorch, Transformers, tokenisation, BLEU").prefix(1) == ["llm-engineer"])
    }

    @Test("Scores: essential skills weigh more, everything covered is 100%")
    func scores() throws {
        let role = try #require(catalog.role("data-scientist"))
        let matcher = RoleMatcher(catalog: catalog)
        let all = Set(catalog.skillLinks(of: role).map(\.skill))
        #expect(matcher.match(role, have: all).percent == 100)
        #expect(matcher.match(role, have: []).score == 0)
        let essentialOnly = matcher.match(role, have: ["data-preparation"])
        let optionalOnly = matcher.match(role, have: ["model-training"])
        #expect(essentialOnly.score > optionalOnly.score)
        #expect(essentialOnly.matchedEssential == ["data-preparation"])
        #expect(optionalOnly.matchedOptional == ["model-training"])
    }

    @Test("Skill names resolve like every other name; unknown and ambiguous ones are reported, never dropped silently")
    func profileResolution() {
        let profile = SkillProfile(
            ["Pytorh, sklearn", "NLP", "quantum", " data ", "# a comment", "", "python, PYTHON"], catalog: catalog)
        #expect(profile.skills == ["pytorch", "scikit-learn", "nlp", "python"])
        #expect(profile.corrections.map { [$0.input, $0.skill] } == [["Pytorh", "pytorch"]])
        #expect(profile.unresolved.map(\.input) == ["quantum", "data"])
        #expect(profile.unresolved[1].isAmbiguous)
        #expect(profile.unresolved[1].candidates == ["data-preparation", "data-cleaning", "data-analysis", "data-visualization"])
    }

    @Test("The gap is the missing skills, essential first, each group in roadmap order")
    func gap() throws {
        let role = try #require(catalog.role("data-scientist"))
        let plan = LearningPlan(role: role, have: ["python", "probability"], catalog: catalog)
        #expect(!plan.steps.contains { $0.skill == "python" || $0.skill == "probability" })
        #expect(plan.steps.prefix(3).map(\.skill) == ["linear-algebra", "calculus", "programming"])
        let needs = plan.steps.map(\.need)
        #expect(needs == needs.sorted { $0 == .essential && $1 == .optional })
        let phases = plan.steps.filter { $0.need == .essential }.map { step in
            step.phase.flatMap { catalog.phase($0)?.number } ?? 99
        }
        #expect(phases == phases.sorted())
        let scikit = try #require(plan.steps.first { $0.skill == "scikit-learn" })
        #expect(scikit.phase == "classical-ml")
        let full = LearningPlan(role: role, catalog: catalog)
        #expect(full.steps.count == catalog.skillLinks(of: role).count)
    }

    @Test("The growth path runs from the entry roles to Head of AI, and says what each step adds")
    func growthPath() throws {
        let path = try #require(GrowthPath(catalog: catalog))
        #expect(
            path.steps.map { $0.roles.map(\.role) } == [
                ["machine-learning-engineer", "junior-ai-researcher"], ["senior-ml-engineer"], ["principal-ai-architect"],
                ["head-of-ai"],
            ])
        #expect(path.steps[1].roles[0].newSkills.isEmpty)  // the sources name nothing a Senior ML Engineer adds
        let throughEngineer = try #require(GrowthPath(catalog: catalog, through: catalog.role("machine-learning-engineer")))
        #expect(throughEngineer.steps.first?.roles.map(\.role) == ["machine-learning-engineer"])
        #expect(GrowthPath(catalog: catalog, through: catalog.role("data-scientist")) == nil)
    }
}
