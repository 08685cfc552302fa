import Foundation
import Testing

@testable import CareerCore
@testable import careers

/// `careers progress` names the marks it does not show among the plan's items: a skill of another role.
@Suite("Your plan's page: the marks outside the plan")
struct ProgressOutsidePlanTests {
    /// Runs careers in process on the small pack, its plan kept in `state`.
    static func careers(_ arguments: [String], _ state: StateDirectory, _ catalog: Catalog) -> CLI.Result {
        CLI.run(arguments, environment: ["CAREERS_STATE_DIR": state.path], terminalWidth: 100, catalog: catalog)
    }

    @Test("The page counts them after the tally, and lists them at its end; its JSON has them in outsidePlan")
    func page() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        let catalog = try Catalog(directory: pack.path)
        let state = try StateDirectory()
        // Mentoring is the Lead Engineer's skill, not the Engineer's.
        for arguments in [["target", "engineer"], ["mark", "done", "swift"], ["mark", "skip", "mentoring"]] {
            #expect(Self.careers(arguments, state, catalog).status == 0)
        }
        #expect(
            Self.careers(["progress"], state, catalog)
                == .init(
                    status: 0,
                    stdout: """
                        Plan: Engineer

                          1 of 2 skills done, 0 learning, 0 skipped, and 1 skill marked outside this plan. What to learn
                          next: careers next

                          Phase 1: Basics     ██████████  1/1
                          Not on the roadmap  ░░░░░░░░░░  0/1

                        Phase 1: Basics
                          Swift  done  foundation, essential

                        Not on the roadmap
                          Testing  to do  a skill of this role, essential

                        Marked outside this plan
                          Mentoring  skipped  skill

                        """, stderr: ""))
        let json = Self.careers(["progress", "--json"], state, catalog).stdout
        #expect(
            json.contains(
                """
                  "outsidePlan": [
                    {
                      "kind": "skill",
                      "id": "mentoring",
                      "name": "Mentoring",
                      "status": "skipped"
                    }
                  ],
                  "unknownMarks": []
                }
                """))
        // Set the Lead Engineer as the target, and Mentoring is in the plan: nothing is outside it.
        #expect(Self.careers(["target", "lead", "engineer"], state, catalog).status == 0)
        let lead = Self.careers(["progress"], state, catalog).stdout
        #expect(
            lead.contains("  1 of 1 skills done, 0 learning, 1 skipped. Nothing is left to learn.\n") && !lead.contains("outside")
        )
        #expect(Self.careers(["progress", "--json"], state, catalog).stdout.contains("\"outsidePlan\": [],"))
    }

    @Test("The count is worded per kind: '1 skill', '2 skills and 1 project', '1 skill, 2 projects and 1 certification'")
    func countWording() {
        func marks(_ kinds: [ItemKind]) -> [(ref: ItemRef, mark: Mark)] {
            kinds.enumerated().map { (ItemRef($1, "item-\($0)"), .done) }
        }
        #expect(ProgressCommand.countedByKind(marks([.skill])) == "1 skill")
        #expect(ProgressCommand.countedByKind(marks([.skill, .project, .skill])) == "2 skills and 1 project")
        #expect(
            ProgressCommand.countedByKind(marks([.certification, .project, .skill, .project]))
                == "1 skill, 2 projects and 1 certification")
    }
}
