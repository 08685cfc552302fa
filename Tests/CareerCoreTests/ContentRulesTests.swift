import CareerCore
import Testing

/// The rules that keep the guide from contradicting itself or saying more than its documents:
/// each is broken once, on purpose, and must be reported with its file and position.
@Suite("Content rules across items")
struct ContentRulesTests {
    @Test("A weight states its need; a role states its level, as null where no document gives one")
    func needMustBeStated() throws {
        let need = try ContentDirectory.error(
            in: .roles, replacing: "{ \"need\": \"foundational\", \"audience\": null,", with: "{ \"audience\": null,")
        #expect(need.problem == .missingField("need"))
        let level = try ContentDirectory.error(in: .roles, replacing: "\"level\": null,", with: "")
        #expect(level.problem == .missingField("level"))
    }

    @Test("A need is a word of the vocabulary, which lists the documents' words strongest first")
    func needIsAWeight() throws {
        let error = try ContentDirectory.error(
            in: .foundations, replacing: "\"need\": \"also important\"", with: "\"need\": \"optional\"")
        #expect(
            error.message
                == "field 'need' has 'optional', expected one of: essential, must learn, needed, crucial, fundamental, "
                + "critical, vital, key, foundational, equally important, important, often required, also important, in demand, hot technology")
    }

    @Test("A weight cites only sources its requirement lists")
    func weightSourcesAreCited() throws {
        let error = try ContentDirectory.error(
            in: .foundations,
            replacing: "{ \"need\": \"crucial\", \"audience\": \"for those specializing in LLMs\", \"sources\": [\"course-unit\"] }\n    ],\n    \"sources\": [\"course-unit\"]",
            with: "{ \"need\": \"crucial\", \"audience\": \"for those specializing in LLMs\", \"sources\": [\"llm-engineer-news\"] }\n    ],\n    \"sources\": [\"course-unit\"]")
        #expect(error.problem == .uncitedSource(id: "llm-engineer-news"))
    }

    @Test("An either-or group offers at least two different skills")
    func eitherOrNeedsTwoChoices() throws {
        let single = try ContentDirectory.error(
            in: .foundations, replacing: "[\"tensorflow\", \"pytorch\"]", with: "[\"transformers\"]")
        #expect(
            single.description
                == "Content/foundations.json:109:15: an either-or group needs at least two different skills, found 1")
        let same = try ContentDirectory.error(
            in: .foundations, replacing: "[\"tensorflow\", \"pytorch\"]", with: "[\"pytorch\", \"pytorch\"]")
        #expect(same.description == "Content/foundations.json:109:27: 'pytorch' is listed twice in 'either'")
        let both = try ContentDirectory.error(
            in: .foundations, replacing: "\"either\":", with: "\"skill\": \"python\", \"either\":")
        #expect(both.problem == .conflictingFields("skill", "either"))
    }

    @Test("The foundations name a skill once on its own and once among either-or choices")
    func foundationsNameASkillOnce() throws {
        // TensorFlow is a choice of "TensorFlow or PyTorch" and a foundation of its own: each document keeps its word.
        #expect(Catalog.bundled.foundations(naming: "tensorflow").map(\.skills) == [["tensorflow", "pytorch"], ["tensorflow"]])
        let error = try ContentDirectory.error(
            in: .foundations, replacing: "\"skill\": \"scikit-learn\"", with: "\"skill\": \"pytorch\"")
        #expect(error.description == "Content/foundations.json:129:3: skill 'pytorch' is listed twice in the foundations")
    }

    @Test("A role names a skill once")
    func roleNamesASkillOnce() throws {
        let error = try ContentDirectory.error(
            in: .roles, replacing: "{ \"skill\": \"fine-tuning\"", with: "{ \"skill\": \"model-training\"")
        #expect(error.problem == .repeatedSkill(id: "model-training", within: "the skills of role 'machine-learning-engineer'"))
        #expect(error.position == TextPosition(line: 2, column: 3))
    }

    @Test("A skill is built in one phase only (this used to crash the learning plan)")
    func skillInTwoPhases() throws {
        let error = try ContentDirectory.error(
            in: .roadmap, replacing: "\"computer-vision\", \"nlp\"", with: "\"computer-vision\", \"python\"")
        #expect(
            error.description
                == "Content/roadmap.json:26:3: skill 'python' is already built in phase 'foundations' (a skill belongs to one phase)"
        )
    }

    @Test("The growth path never leads back to a role on it, and no role names itself")
    func growthPathHasNoLoop() throws {
        let loop = try ContentDirectory.error(
            in: .roles,
            replacing:
                "\"next\": [],\n    \"related\": [],\n    \"skills\": [],\n    \"sources\": [\"ai-ml-career-profile\"]\n  }\n]",
            with:
                "\"next\": [\"senior-ml-engineer\"],\n    \"related\": [],\n    \"skills\": [],\n    \"sources\": [\"ai-ml-career-profile\"]\n  }\n]"
        )
        #expect(
            loop.message
                == "the growth path loops: senior-ml-engineer → principal-ai-architect → head-of-ai → senior-ml-engineer")
        let itself = try ContentDirectory.error(
            in: .roles, replacing: "\"related\": [\"data-scientist\"]", with: "\"related\": [\"machine-learning-engineer\"]")
        #expect(itself.problem == .selfReference(kind: .role, field: "related", id: "machine-learning-engineer"))
    }

    @Test("Phases link no projects or certifications, and certifications no skills: the documents make no such link")
    func inventedLinksAreUnknownFields() throws {
        let project = try ContentDirectory.error(
            in: .roadmap, replacing: "\"skills\": [\"python\",",
            with: "\"projects\": [\"spam-detector\"], \"skills\": [\"python\",")
        #expect(project.problem == .unknownField("projects", suggestion: nil))
        let skills = try ContentDirectory.error(
            in: .certifications, replacing: "\"issuer\": null,", with: "\"issuer\": null, \"skills\": [\"python\"],")
        #expect(skills.problem == .unknownField("skills", suggestion: nil))
    }
}
