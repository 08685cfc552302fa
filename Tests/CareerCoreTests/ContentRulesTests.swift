import CareerCore
import Testing

/// The rules that keep the guide from contradicting itself or saying more than its documents:
/// each is broken once, on purpose, and must be reported with its file and position.
@Suite("Content rules across items")
struct ContentRulesTests {
    @Test("A need must be stated, as null where a document gives no weight")
    func needMustBeStated() throws {
        let need = try ContentDirectory.error(
            in: .roles, replacing: "{ \"skill\": \"fine-tuning\", \"need\": null,", with: "{ \"skill\": \"fine-tuning\",")
        #expect(need.problem == .missingField("need"))
        let level = try ContentDirectory.error(in: .roles, replacing: "\"level\": null,", with: "")
        #expect(level.problem == .missingField("level"))
    }

    @Test("A need is one of the three weights")
    func needIsAWeight() throws {
        let error = try ContentDirectory.error(
            in: .foundations, replacing: "\"need\": \"also-important\"", with: "\"need\": \"optional\"")
        #expect(error.message == "field 'need' has 'optional', expected one of: essential, often-required, also-important")
    }

    @Test("An either-or group offers at least two different skills")
    func eitherOrNeedsTwoChoices() throws {
        let single = try ContentDirectory.error(
            in: .foundations, replacing: "[\"tensorflow\", \"pytorch\"]", with: "[\"tensorflow\"]")
        #expect(
            single.description
                == "Content/foundations.json:21:15: an either-or group needs at least two different skills, found 1")
        let same = try ContentDirectory.error(
            in: .foundations, replacing: "[\"tensorflow\", \"pytorch\"]", with: "[\"pytorch\", \"pytorch\"]")
        #expect(same.description == "Content/foundations.json:21:27: 'pytorch' is listed twice in 'either'")
        let both = try ContentDirectory.error(
            in: .foundations, replacing: "{ \"either\":", with: "{ \"skill\": \"python\", \"either\":")
        #expect(both.problem == .conflictingFields("skill", "either"))
    }

    @Test("The foundations name a skill once, counting the choices of a group")
    func foundationsNameASkillOnce() throws {
        let error = try ContentDirectory.error(
            in: .foundations, replacing: "{ \"skill\": \"data-preparation\"", with: "{ \"skill\": \"pytorch\"")
        #expect(error.description == "Content/foundations.json:22:3: skill 'pytorch' is listed twice in the foundations")
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
        #expect(itself.problem == .selfReference(field: "related", id: "machine-learning-engineer"))
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
