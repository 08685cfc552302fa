import CareerCore
import Testing

@testable import careers

/// Each run reads the plan file at most once, however many parts of the command look at it (the skills
/// marked done, the target, the marks in the JSON). In process, on the bundled guide.
@Suite("The plan file, read once a run")
struct PlanReadTests {
    /// Every command line that reads the plan, text and JSON: the skills given or only those marked done,
    /// the role given or the target.
    static let reading: [[String]] = [
        ["match"], ["match", "--json"], ["match", "--have", "python"], ["match", "--have", "python", "--json"],
        ["gap"], ["gap", "--json"], ["gap", "--have", "python"], ["gap", "data", "scientist", "--have", "python", "--json"],
        ["gap", "data", "scientist"], ["compare", "ds", "mle", "--json"], ["show", "python"], ["show", "python", "--json"],
        ["role", "ds"], ["skill", "python", "--json"], ["skills", "--json"], ["skills", "--role", "ds"],
        ["skills", "--role", "ds", "--json"], ["roles", "--json"], ["projects", "--json"], ["certs", "--json"],
        ["path", "--json"], ["path", "--format", "mermaid"], ["roadmap"], ["roadmap", "--json"],
        ["roadmap", "--format", "dot"], ["next"], ["next", "--json"], ["progress"], ["progress", "--json"],
        ["progress", "--export", "markdown"], ["target"], ["target", "--json"], ["mark", "clear", "python"],
    ]

    /// Runs careers in process with a plan that has a target and marks; returns the result and the reads.
    static func reads(_ arguments: [String]) throws -> (result: CLI.Result, reads: Int) {
        let state = try StateDirectory()
        var plan = Plan(target: "data-scientist")
        plan.set(.done, on: [ItemRef(.skill, "python"), ItemRef(.skill, "linear-algebra")])
        plan.set(.learning, on: [ItemRef(.project, Catalog.bundled.projects()[0].id)])
        try state.write(PlanFile(plans: [PlanFile.bundledGuide: plan]).json)
        let memo = PlanMemo()
        let result = CLI.run(arguments, environment: ["CAREERS_STATE_DIR": state.path], planMemo: memo)
        return (result, memo.reads)
    }

    @Test("Every command that reads the plan reads the file once", arguments: reading)
    func readOnce(_ arguments: [String]) throws {
        let (result, reads) = try Self.reads(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reads == 1)
    }

    /// Lists whose text shows no marks read the plan only for their JSON.
    @Test(
        "A command that shows no marks does not read the plan",
        arguments: [["roles"], ["search", "python"], ["certs"], ["skills"], ["path"], ["compare", "ds", "mle"]])
    func noRead(_ arguments: [String]) throws {
        let (result, reads) = try Self.reads(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reads == 0)
    }
}
