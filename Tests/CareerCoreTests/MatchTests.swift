import CareerCore
import Testing

@Suite("From skills to roles: match, gap and growth path")
struct MatchTests {
    let catalog = Catalog.bundled

    private func report(_ skills: String) -> MatchReport {
        MatchReport(have: SkillProfile([skills], catalog: catalog).skills, catalog: catalog)
    }

    private func top(_ skills: String) -> String? { report(skills).roles.first?.role }

    @Test("The top role is the one a careers adviser would name")
    func profilesAnAdviserWouldSign() {
        #expect(top("python, pytorch, deep learning, research") == "research-scientist")
        #expect(top("tokenization, transformers, attention, perplexity, fine-tuning") == "llm-engineer")
        #expect(top("data cleaning, data analysis, data visualization, statistics") == "data-scientist")
        #expect(top("model training, fine-tuning, python") == "machine-learning-engineer")
    }

    @Test("Reasons: the share of the role's own skills, with what is had and what is missing")
    func reasonsAreShown() throws {
        let fit = try #require(report("model training, python").roles.first)
        #expect(fit.percent == 50)
        #expect(fit.coverage.have.map(\.skills) == [["model-training"]])
        #expect(fit.coverage.missing.map(\.skills) == [["fine-tuning"]])
        let research = try #require(report("python, pytorch, deep learning, research").roles.first)
        #expect(research.percent == 50)
        #expect(research.coverage.have.map(\.skills) == [["research-abilities"]])
    }

    @Test("A fresh graduate: foundations counted once, no role a document only names is scored")
    func freshGraduate() {
        let report = report("python, git, sql")
        #expect(report.foundations.have.map(\.skills) == [["programming"], ["python"]])  // Python counts toward Programming
        #expect(report.foundations.total == catalog.foundationsToLearn.count)
        #expect(report.roles.allSatisfy { $0.percent == 0 })
        #expect(report.roles.first.map(\.isThin) == false)  // no role stands out: the better-recorded come first
        #expect(
            report.namedOnly == [
                "junior-ai-researcher", "computer-vision-engineer", "nlp-engineer", "senior-ml-engineer", "principal-ai-architect",
                "head-of-ai",
            ])
        #expect(!report.roles.contains { catalog.role($0.role)?.level == "senior" || catalog.role($0.role)?.level == "lead" })
    }

    @Test("An either-or group is met by any of its choices, and counts once; beside each choice alone it is left out of plans")
    func eitherOrGroup() throws {
        let group = Requirement(skills: ["tensorflow", "pytorch"], weights: [], sources: [])
        #expect(Coverage([group], have: ["pytorch"]).have == [group])
        #expect(Coverage([group], have: ["pytorch", "tensorflow"]).have == [group])
        #expect(Coverage([group], have: ["python"]).missing == [group])
        // The profile asks for TensorFlow and PyTorch each, so a plan lists each, not the blog's "one of them" too.
        #expect(catalog.foundations.contains { $0.skills == ["tensorflow", "pytorch"] })
        #expect(!catalog.foundationsToLearn.contains { $0.isChoice })
        let withPyTorch = report("pytorch").foundations
        #expect(withPyTorch.have.map(\.skills) == [["pytorch"]])
        #expect(withPyTorch.missing.contains { $0.skills == ["tensorflow"] })
    }

    @Test("Everything covered is 100%; nothing covered is 0%")
    func bounds() throws {
        let scientist = try #require(catalog.role("data-scientist"))
        let all = Set(scientist.skills.flatMap(\.skills))
        #expect(Coverage(scientist.skills, have: all).percent == 100)
        #expect(Coverage(scientist.skills, have: []).percent == 0)
        #expect(Coverage([], have: all).percent == nil)
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

    @Test("A skill the guide lacks gets no \"did you mean\" unless it is a real near miss")
    func nearMissesOnly() {
        let profile = SkillProfile(["git, sql, statistics, linear algebre"], catalog: catalog)
        #expect(profile.unresolved.map(\.input) == ["git", "sql", "statistics"])
        #expect(profile.unresolved.allSatisfy { $0.candidates.isEmpty })
        #expect(profile.skills == ["linear-algebra"])
        #expect(NameResolver(catalog: catalog, kinds: [.skill]).nearMisses(for: "pytoorchh").map(\.id) == ["pytorch"])
    }

    @Test("The gap: phase by phase, then by category outside the roadmap, weightiest first, each skill once")
    func gap() throws {
        let role = try #require(catalog.role("data-scientist"))
        let plan = LearningPlan(role: role, have: ["python", "probability", "data-cleaning"], catalog: catalog)
        let skills = plan.steps.map(\.requirement.skills)
        #expect(!skills.contains(["python"]) && !skills.contains(["probability"]) && !skills.contains(["data-cleaning"]))
        #expect(skills.prefix(3) == [["linear-algebra"], ["calculus"], ["ml-algorithms"]])
        let phases = plan.steps.map { $0.phase?.number ?? 99 }
        #expect(phases == phases.sorted())
        #expect(plan.onRoadmap == 6)
        // Outside the roadmap, by category: Data first, which holds the role's own skills, own skills first in it;
        // then the other categories in the guide's order, each once.
        let outside = plan.steps.filter { $0.phase == nil }
        let groups = outside.compactMap { catalog.skill($0.requirement.skills[0])?.category }
        #expect(groups.first == "data" && groups.prefix { $0 == "data" }.count == groups.filter { $0 == "data" }.count)
        #expect(outside.prefix(2).map(\.requirement.skills) == [["data-analysis"], ["data-preparation"]])
        let categories = catalog.content.categories.map(\.id)
        let rest = groups.drop { $0 == "data" }.map { categories.firstIndex(of: $0)! }
        #expect(rest == rest.sorted())
        // A Data Scientist's own skill that is also a foundation is listed once, as both.
        #expect(plan.steps.filter { $0.requirement.skills == ["ml-algorithms"] }.count == 1)
        #expect(plan.steps.first { $0.requirement.skills == ["ml-algorithms"] }.map { $0.isFoundation && $0.isOwn } == true)
        #expect(plan.steps.filter { $0.isOwn && !$0.isFoundation }.map(\.requirement.skills) == [["data-preparation"]])
        #expect(plan.ownHad == 1)
        let engineer = try #require(catalog.role("machine-learning-engineer"))
        let engineerPlan = LearningPlan(role: engineer, have: ["fine-tuning"], catalog: catalog)
        #expect(engineerPlan.steps.filter(\.isOwn).map(\.requirement.skills) == [["model-training"]])
        let full = LearningPlan(role: engineer, catalog: catalog)
        #expect(full.steps.count == catalog.foundationsToLearn.count + 2)
    }

    @Test("Python counts toward Programming, as a document says; nothing counts toward anything otherwise")
    func credits() throws {
        #expect(catalog.credited(["python"]) == ["python", "programming"])
        #expect(catalog.credited(["pytorch", "calculus"]) == ["pytorch", "calculus"])
        let role = try #require(catalog.role("data-scientist"))
        #expect(!LearningPlan(role: role, have: ["python"], catalog: catalog).steps.contains { $0.requirement.skills == ["programming"] })
        #expect(report("python").foundations.have.map(\.skills).contains(["programming"]))
    }

    @Test("Where someone stands: the foundations had by phase and outside it, then what to learn next, in order")
    func standing() throws {
        // A statistics PhD: the math, no Python.
        let phd = Standing(have: ["probability", "linear-algebra", "calculus", "deep-learning"], target: nil, catalog: catalog)
        #expect(phd.foundations.map { $0.phase?.number } == [1, 3, nil])
        #expect(phd.foundations.map { $0.requirements.map(\.skills) } == [[["linear-algebra"], ["calculus"]], [["deep-learning"]], [["probability"]]])
        #expect(phd.foundationsHad == 4)
        #expect(phd.next.map(\.requirement.skills) == [["python"], ["ml-algorithms"], ["supervised-learning"], ["unsupervised-learning"]])
    }

    @Test("A role with one or two recorded skills never outranks a richer fit with as many met; weights count")
    func evidence() throws {
        let report = report("data analysis, transformers")
        // Each role has one met: Data Scientist (1 of 4) and Language Model Engineer (1 of 15) before the thin ones.
        #expect(report.roles.prefix(2).map(\.role) == ["data-scientist", "llm-engineer"])
        #expect(report.roles.filter(\.isThin).allSatisfy { $0.haveCount == 0 })
        let engineer = try #require(catalog.role("llm-engineer"))
        #expect(MatchReport.weight(of: engineer.skills[0]) > MatchReport.weight(of: engineer.skills.last!))
        #expect(MatchReport.weight(of: Requirement(skills: ["x"], weights: [], sources: [])) == 1)
    }

    @Test("Skill names given without commas are read as the longest names their words make")
    func namesWithoutCommas() {
        let profile = SkillProfile(["python pytorch linear algebra, some deep learning, sql"], catalog: catalog)
        #expect(profile.skills == ["python", "pytorch", "linear-algebra", "deep-learning"])
        #expect(profile.unresolved.map(\.input) == ["sql"])  // "some" only joins words
    }

    @Test("Roles are ranked by how many of their own skills are met, then by the share: one skill met is not the best fit")
    func rankingWeighsEvidence() {
        let report = report("nlp, tokenization, transformers, attention, perplexity, bleu, f1, fine-tuning")
        #expect(report.roles.prefix(2).map(\.role) == ["llm-engineer", "machine-learning-engineer"])
        #expect(report.roles[1].percent == 50)
        #expect(!report.matchesNoRole && self.report("python, git").matchesNoRole)
    }

    @Test("Both entry-level roles stand apart from the growth path, which runs Senior ML Engineer → Head of AI")
    func growthPath() throws {
        let path = try #require(GrowthPath(catalog: catalog))
        #expect(path.entry == ["machine-learning-engineer", "junior-ai-researcher"])
        #expect(path.steps == [["senior-ml-engineer"], ["principal-ai-architect"], ["head-of-ai"]])
        let throughEntry = try #require(GrowthPath(catalog: catalog, through: catalog.role("junior-ai-researcher")))
        #expect(throughEntry.entry == ["junior-ai-researcher"] && throughEntry.steps == path.steps)
        let throughPrincipal = try #require(GrowthPath(catalog: catalog, through: catalog.role("principal-ai-architect")))
        #expect(throughPrincipal.entry == [] && throughPrincipal.steps == path.steps)
        let throughHead = try #require(GrowthPath(catalog: catalog, through: catalog.role("head-of-ai")))
        #expect(throughHead.steps == [["principal-ai-architect"], ["head-of-ai"]])
        #expect(GrowthPath(catalog: catalog, through: catalog.role("data-scientist")) == nil)
    }
}
