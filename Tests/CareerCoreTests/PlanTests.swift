import Testing

@testable import CareerCore

@Suite("The plan: progress.json, marks, the outline, the checklist")
struct PlanTests {
    static let sample = PlanFile(plans: [
        "bundled": Plan(
            target: "data-scientist",
            marks: [
                ItemRef(.skill, "python"): .done, ItemRef(.skill, "calculus"): .learning,
                ItemRef(.skill, "robotics"): .skipped, ItemRef(.project, "spam-detector"): .done,
            ]),
        "/home/me/my-guide": Plan(marks: [ItemRef(.certification, "team-cert"): .learning]),
    ])

    @Test("The file's text, whole: keys in a fixed order, marks by kind and id")
    func format() throws {
        #expect(
            Self.sample.json == """
                {
                  "version": 1,
                  "guides": {
                    "/home/me/my-guide": {
                      "target": null,
                      "certifications": {
                        "team-cert": "learning"
                      }
                    },
                    "bundled": {
                      "target": "data-scientist",
                      "skills": {
                        "calculus": "learning",
                        "python": "done",
                        "robotics": "skipped"
                      },
                      "projects": {
                        "spam-detector": "done"
                      }
                    }
                  }
                }

                """)
        #expect(try PlanFile(json: Array(Self.sample.json.utf8)) == Self.sample)
        #expect(try PlanFile(json: Array(PlanFile().json.utf8)) == PlanFile())
        #expect(PlanFile().json == "{\n  \"version\": 1,\n  \"guides\": {}\n}\n")
    }

    @Test("An empty plan leaves no entry for its guide")
    func emptyPlansAreDropped() {
        var file = Self.sample
        file[guide: "/home/me/my-guide"].set(nil, on: [ItemRef(.certification, "team-cert")])
        #expect(file.plans.keys.sorted() == ["bundled"])
        #expect(file[guide: "elsewhere"] == Plan())
    }

    @Test(
        "A damaged file says what is wrong and where",
        arguments: [
            ("{\"version\": 1,", 1, 15, "malformed JSON: expected a quoted field name", false),
            ("", 1, 1, "malformed JSON: no value at all (an empty file)", false),
            ("[]", 1, 1, "the file should be an object, found an array", false),
            ("{\"guides\": {}}", 1, 1, "missing field 'version'", false),
            ("{\"version\": \"1\", \"guides\": {}}", 1, 13, "field 'version' should be a whole number of 1 or more", false),
            ("{\"version\": 1.5, \"guides\": {}}", 1, 13, "field 'version' should be a whole number of 1 or more", false),
            (
                "{\"version\": 2, \"guides\": []}", 1, 13, "written by a newer careers (format 2; this one reads format 1)",
                true
            ),
            ("{\"version\": 1}", 1, 1, "missing field 'guides'", false),
            ("{\"version\": 1, \"guides\": []}", 1, 26, "'guides' should be an object, found an array", false),
            (
                "{\"version\": 1, \"guides\": {}, \"notes\": 3}", 1, 39,
                "unknown field 'notes' in the file (expected 'version', 'guides')", false
            ),
            (
                "{\"version\": 1,\n \"guides\": {\"bundled\": {\"skills\": {\"python\": \"finished\"}}}}", 2, 46,
                "the mark of skill 'python' is 'finished', expected one of: done, learning, skipped", false
            ),
            (
                "{\"version\": 1, \"guides\": {\"bundled\": {\"roles\": {}}}}", 1, 48,
                "unknown field 'roles' in the plan for 'bundled' (expected 'target', 'skills', 'projects', 'certifications')",
                false
            ),
            (
                "{\"version\": 1, \"guides\": {\"bundled\": {\"target\": 7}}}", 1, 49,
                "'target' of the plan for 'bundled' should be a role id or null, found a number", false
            ),
            (
                "{\"version\": 1, \"guides\": {\"bundled\": {\"skills\": {\"\": \"done\"}}}}", 1, 54, "an empty skill id",
                false
            ),
        ])
    func damage(_ text: String, _ line: Int, _ column: Int, _ message: String, _ newer: Bool) throws {
        let damage = try #require(throws: PlanFile.Damage.self) { try PlanFile(json: Array(text.utf8)) }
        #expect(
            damage == PlanFile.Damage(position: TextPosition(line: line, column: column), message: message, isNewerFormat: newer))
    }

    @Test("An either-or requirement is done by any choice, skipped only when every choice is")
    func requirementStatus() {
        let either = Requirement(skills: ["tensorflow", "pytorch"], weights: [], sources: [])
        var plan = Plan()
        #expect(plan.status(of: either) == nil)
        plan.set(.skipped, on: [ItemRef(.skill, "tensorflow")])
        #expect(plan.status(of: either) == nil)
        plan.set(.learning, on: [ItemRef(.skill, "pytorch")])
        #expect(plan.status(of: either) == .learning)
        plan.set(.done, on: [ItemRef(.skill, "tensorflow")])
        #expect(plan.status(of: either) == .done)
        plan.set(.skipped, on: [ItemRef(.skill, "tensorflow"), ItemRef(.skill, "pytorch")])
        #expect(plan.status(of: either) == .skipped)
    }

    @Test("Marks on items the guide lacks are kept, and found")
    func unknownMarks() {
        let plan = Plan(marks: [ItemRef(.skill, "python"): .done, ItemRef(.skill, "cobol"): .done])
        #expect(plan.unknownMarks(in: .bundled).map(\.ref) == [ItemRef(.skill, "cobol")])
        #expect(plan.doneSkills(in: .bundled) == ["python"])
    }

    @Test("Where the plan is kept: CAREERS_STATE_DIR, else XDG_STATE_HOME, else HOME; nowhere without them")
    func location() {
        let all = ["CAREERS_STATE_DIR": "/state/", "XDG_STATE_HOME": "/xdg", "HOME": "/home/me"]
        #expect(PlanStore.locate(environment: all)?.file == "/state/progress.json")
        #expect(PlanStore.locate(environment: all.merging(["CAREERS_STATE_DIR": ""]) { $1 })?.directory == "/xdg/careers")
        #expect(
            PlanStore.locate(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/me"])?.directory
                == "/home/me/.local/state/careers")
        #expect(PlanStore.locate(environment: [:]) == nil)
        #expect(PlanStore.guideKey(directory: nil) == "bundled")
        #expect(PlanStore.guideKey(directory: "/tmp/../tmp/") == "/tmp")
    }

    @Test("The outline of a target: foundations and its own skills, each once, phase by phase in the roadmap's order")
    func outline() throws {
        let catalog = Catalog.bundled
        let engineer = try #require(catalog.role("machine-learning-engineer"))
        let outline = PlanOutline(target: engineer, catalog: catalog)
        let names = outline.items.map { catalog.name(of: $0.requirement) }
        #expect(Array(names.prefix(4)) == ["Python", "Linear algebra", "Calculus", "Machine learning algorithms"])
        #expect(names.count == catalog.foundationsToLearn.count + 2)
        // Outside the roadmap, by category: the role's own machine learning skills before the soft skills.
        #expect(Array(names.suffix(3)) == ["Problem-solving", "Creativity", "Willingness to learn"])
        #expect(names.firstIndex(of: "Model training")! < names.firstIndex(of: "Research ethics")!)
        #expect(outline.groups.map { $0.phase?.number } == [1, 2, 3, 4, nil])
        let networks = try #require(outline.items.first { $0.requirement.skills == ["ml-algorithms"] })
        #expect(networks.isFoundation && !networks.isOwn)
        let training = try #require(outline.items.first { $0.requirement.skills == ["model-training"] })
        #expect(!training.isFoundation && training.isOwn)

        let whole = PlanOutline(target: nil, catalog: catalog)
        #expect(whole.items.count == catalog.foundationsToLearn.count + 5)
        #expect(
            whole.groups[1].items.map { catalog.name(of: $0.requirement) } == [
                "Machine learning algorithms", "Supervised learning", "Unsupervised learning",
            ])
        let plan = Plan(marks: [
            ItemRef(.skill, "python"): .done, ItemRef(.skill, "calculus"): .skipped, ItemRef(.skill, "deep-learning"): .learning,
        ])
        #expect(
            whole.next(plan, catalog: catalog).prefix(3).map { catalog.name(of: $0.requirement) } == [
                "Deep learning", "Linear algebra", "Machine learning algorithms",
            ])
        #expect(
            Tally(whole.items.map { plan.status(of: $0.requirement) })
                == {
                    var tally = Tally([])
                    (tally.done, tally.learning, tally.skipped, tally.total) = (1, 1, 1, 29)
                    return tally
                }())
    }

    @Test("A checklist is read back as it was written")
    func checklistRoundTrip() {
        let catalog = Catalog.bundled
        let plan = Plan(
            target: "data-scientist",
            marks: [
                ItemRef(.skill, "python"): .done, ItemRef(.skill, "pytorch"): .learning,
                ItemRef(.skill, "data-cleaning"): .skipped, ItemRef(.project, "spam-detector"): .done,
            ])
        let outline = PlanOutline(target: catalog.role("data-scientist"), catalog: catalog)
        let text = PlanChecklist.markdown(outline, plan: plan, catalog: catalog)
        #expect(text.hasPrefix("# My plan: Data Scientist\n\n## Phase 1: Foundations\n- [x] Python\n- [ ] Linear algebra\n"))
        #expect(text.contains("\n- [ ] TensorFlow\n- [ ] PyTorch *(learning)*\n"))
        #expect(text.contains("\n- [ ] Data cleaning *(skipped)*\n"))
        let parsed = PlanChecklist.parse(text)
        #expect(parsed.target == .some("Data Scientist"))
        let marked = parsed.lines.filter { $0.mark != nil }.map { "\($0.name)=\($0.mark!.rawValue)" }
        #expect(marked == ["Python=done", "Data cleaning=skipped", "PyTorch=learning", "Spam detector=done"])
        #expect(parsed.lines.count == outline.items.flatMap(\.requirement.skills).count + 5 + 3)
    }

    @Test("Checklist lines: bullets, boxes, notes; everything else ignored")
    func checklistLines() {
        let parsed = PlanChecklist.parse(
            """
            # My plan
            Some text, and a [x] that is not an item.
              * [X] Python
            + [ ] Calculus *(learning)*
            - [ ]   Robotics *(skipped)*  
            - [x]Python
            -[x] Python
            - [ ] Linear algebra *(a note)*
            ## Phase 9: not a title
            """)
        #expect(parsed.target == .some(nil))
        #expect(
            parsed.lines == [
                .init(number: 3, name: "Python", mark: .done), .init(number: 4, name: "Calculus", mark: .learning),
                .init(number: 5, name: "Robotics", mark: .skipped), .init(number: 8, name: "Linear algebra", mark: nil),
            ])
        #expect(PlanChecklist.parse("nothing here").target == nil)
    }
}
