import Foundation
import Testing

/// README.md shows real output: every `$ careers …` example in it is run and compared. A block with
/// several commands is a session: they run in order, on a plan of their own that starts empty.
@Suite("README examples")
struct ReadmeTests {
    struct Step: Sendable {
        let command: String
        let output: [String]
        /// The README shows only the first lines, then "…".
        let truncated: Bool

        /// The step as README.md shows it.
        var text: String { (["$ " + command] + output + (truncated ? ["…"] : [])).joined(separator: "\n") }
    }

    struct Example: CustomStringConvertible, Sendable {
        let steps: [Step]
        var description: String { steps.map(\.command).joined(separator: "; ") }
        /// The steps of a session stand apart by a blank line.
        var text: String { steps.map(\.text).joined(separator: "\n\n") }
    }

    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    static let examples: [Example] = {
        guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        for block in text.components(separatedBy: "```console\n").dropFirst() {
            let lines = block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")
            // Examples that pipe into other tools (jq) depend on those tools: not checked here.
            guard let first = lines.first, first.hasPrefix("$ careers "), !first.contains("|") else { continue }
            var steps: [Step] = []
            var command = ""
            var output: [String] = []
            for line in lines + ["$ "] {
                guard line.hasPrefix("$ ") else {
                    output.append(line)
                    continue
                }
                if !command.isEmpty {
                    if line != "$ ", output.last == "" { output.removeLast() }
                    let truncated = output.last == "…"
                    steps.append(Step(command: command, output: truncated ? output.dropLast() : output, truncated: truncated))
                }
                (command, output) = (String(line.dropFirst(2)), [])
            }
            examples.append(Example(steps: steps))
        }
        return examples
    }()

    @Test func readmeHasExamples() {
        #expect(Self.examples.count >= 8)
        #expect(Self.examples.contains { $0.steps.count > 1 })
    }

    /// What each step prints: at 100 columns, stdout and stderr together, as a terminal shows them. The
    /// steps share a new, empty directory for the plan.
    static func outputs(of example: Example) throws -> [[String]] {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("careers-readme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        return try example.steps.map { step in
            let outcome = try RunCareers.sh(
                "\"$CAREERS\"" + step.command.dropFirst("careers".count) + " 2>&1",
                environment: ["COLUMNS": "100", "CAREERS_STATE_DIR": state.path])
            var actual = outcome.stdout.components(separatedBy: "\n")
            if actual.last == "" { actual.removeLast() }
            return actual
        }
    }

    @Test(arguments: examples)
    func exampleOutputIsReal(_ example: Example) throws {
        for (step, actual) in zip(example.steps, try Self.outputs(of: example)) {
            if step.truncated {
                #expect(Array(actual.prefix(step.output.count)) == step.output, "\(step.command)")
            } else {
                #expect(actual == step.output, "\(step.command)")
            }
        }
    }

    @Test("The short, complete pack README shows is a valid guide")
    func examplePackIsValid() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: "A short, complete pack")).upperBound
        let block = text[start...].components(separatedBy: "```json\n")[1].components(separatedBy: "\n```")[0]
        // Each file starts at column 0 with its name; continuation lines are indented.
        var files: [String: String] = [:]
        var current = ""
        for line in block.split(separator: "\n") {
            if line.first != " " {
                let parts = line.split(separator: " ", maxSplits: 1)
                current = String(parts[0])
                files[current] = String(parts[1])
            } else {
                files[current, default: ""] += "\n" + line
            }
        }
        #expect(files.count == 6)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-readme-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, json) in files { try Data(json.utf8).write(to: directory.appendingPathComponent(name)) }
        let outcome = try RunCareers.run(["validate", directory.path], environment: ["COLUMNS": "400"])
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(try RunCareers.run(["--content", directory.path, "path"]).stdout.contains("Engineer → Lead Engineer"))
    }

    /// `CAREERS_UPDATE_README=1 swift test --filter updateReadmeExamples` rewrites every example's output
    /// in README.md from the real binary (keeping as many lines as a truncated example shows), so that
    /// examples are regenerated, never edited by hand.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CAREERS_UPDATE_README"] == "1"))
    func updateReadmeExamples() throws {
        var text = try String(contentsOf: Self.readme, encoding: .utf8)
        for example in Self.examples {
            let steps = zip(example.steps, try Self.outputs(of: example)).map { step, actual in
                Step(
                    command: step.command, output: step.truncated ? Array(actual.prefix(step.output.count)) : actual,
                    truncated: step.truncated)
            }
            let new = Example(steps: steps)
            text = text.replacingOccurrences(
                of: "```console\n" + example.text + "\n```", with: "```console\n" + new.text + "\n```")
        }
        try text.write(to: Self.readme, atomically: true, encoding: .utf8)
    }
}
