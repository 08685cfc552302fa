import Foundation
import Testing

@testable import CareerCore
@testable import careers

/// `careers progress --export FORMAT`, `--reset`, then `--import FILE` gives back the plan as it was:
/// every mark, in the plan or outside it, and the target. In process, on the bundled guide.
@Suite("Your plan, exported and imported: nothing lost")
struct ProgressRoundTripTests {
    /// Every skill, project and certification of the bundled guide, marked done, learning, skipped or
    /// not at all in turn: marks in the target's plan and outside it, on each kind.
    static func everyItemMarked(target: String?) -> Plan {
        let catalog = Catalog.bundled
        let refs =
            catalog.skills().map { ItemRef(.skill, $0.id) } + catalog.projects().map { ItemRef(.project, $0.id) }
            + catalog.all(Certification.self).map { ItemRef(.certification, $0.id) }
        let marks: [Mark?] = [.done, .learning, .skipped, nil]
        var plan = Plan(target: target)
        for (index, ref) in refs.enumerated() { plan.set(marks[index % marks.count], on: [ref]) }
        return plan
    }

    /// Runs careers in process, its plan kept in `state`, lines unwrapped; fails the test on a non-zero status.
    static func careers(_ arguments: [String], _ state: StateDirectory) -> CLI.Result {
        let result = CLI.run(arguments, environment: ["CAREERS_STATE_DIR": state.path], terminalWidth: 1000)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    static func savedPlan(_ state: StateDirectory) throws -> Plan {
        try PlanStore(directory: state.path).read()[guide: PlanFile.bundledGuide]
    }

    @Test(
        "Every mark and the target come back, for each export format",
        arguments: ProgressCommand.export.choices, [nil, "data-scientist", "machine-learning-engineer"])
    func everyMarkComesBack(format: String, target: String?) throws {
        let state = try StateDirectory()
        let plan = Self.everyItemMarked(target: target)
        try state.write(PlanFile(plans: [PlanFile.bundledGuide: plan]).json)
        let export = Self.careers(["progress", "--export", format], state)
        #expect(export.stderr == "")
        let file = state.path + "/plan." + format
        try export.stdout.write(toFile: file, atomically: false, encoding: .utf8)

        _ = Self.careers(["progress", "--reset"], state)
        #expect(try Self.savedPlan(state) == Plan())
        _ = Self.careers(["progress", "--import", file], state)
        #expect(try Self.savedPlan(state) == plan)
    }

    @Test("The checklist ends with the marks outside the plan, which --import reads back")
    func marksOutsideThePlan() throws {
        let state = try StateDirectory()
        _ = Self.careers(["target", "data", "scientist"], state)
        _ = Self.careers(["mark", "skip", "robotics"], state)
        _ = Self.careers(["mark", "done", "python", "computer", "vision"], state)
        let before = try Self.savedPlan(state)
        let checklist = Self.careers(["progress", "--export", "markdown"], state).stdout
        #expect(
            checklist.hasSuffix(
                """
                - [ ] TensorFlow Developer Certificate

                ## Marked outside this plan
                - [x] Computer vision
                - [ ] Robotics *(skipped)*

                """))
        let file = state.path + "/plan.md"
        try checklist.write(toFile: file, atomically: false, encoding: .utf8)
        _ = Self.careers(["progress", "--reset"], state)
        let imported = Self.careers(["progress", "--import", file], state)
        #expect(
            imported.stdout
                == "Read 35 items from \(file): 2 done, 0 learning, 1 skipped, 32 not started.\n\nYour target: Data Scientist.\n")
        #expect(try Self.savedPlan(state) == before)
    }

    @Test("What a checklist cannot name, a target and marks this guide does not have, is left out, and said")
    func leftOutIsSaid() throws {
        let state = try StateDirectory()
        try state.write(
            """
            {"version": 1, "guides": {"bundled": {"target": "astronaut", "skills": {"cobol": "done", "fortran": "learning", "python": "done"}}}}
            """)
        #expect(
            Self.careers(["progress", "--export", "markdown"], state).stderr == """
                careers: your target, 'astronaut', is not a role in this guide; showing the whole roadmap
                careers: the checklist leaves out the target 'astronaut' and the marks on cobol (skill) and fortran (skill), \
                which this guide does not have; your plan keeps them

                """)
        try state.write(#"{"version": 1, "guides": {"bundled": {"skills": {"cobol": "done"}}}}"#)
        #expect(
            Self.careers(["progress", "--export", "markdown"], state).stderr
                == "careers: the checklist leaves out the mark on cobol (skill), which this guide does not have; your plan keeps it\n"
        )
    }
}
