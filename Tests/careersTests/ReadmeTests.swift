import Foundation
import Testing

/// README.md shows real output: every `$ careers …` example in it is run and compared.
@Suite("README examples")
struct ReadmeTests {
    struct Example: CustomStringConvertible, Sendable {
        let command: String
        let output: [String]
        /// The README shows only the first lines, then "…".
        let truncated: Bool
        var description: String { command }
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
            let output = Array(lines.dropFirst())
            let truncated = output.last == "…"
            examples.append(
                Example(command: String(first.dropFirst(2)), output: truncated ? output.dropLast() : output, truncated: truncated)
            )
        }
        return examples
    }()

    @Test func readmeHasExamples() {
        #expect(Self.examples.count >= 8)
    }

    /// What the example prints: at 100 columns, stdout and stderr together, as a terminal shows them.
    static func output(of example: Example) throws -> [String] {
        let outcome = try RunCareers.sh(
            "\"$CAREERS\"" + example.command.dropFirst("careers".count) + " 2>&1", environment: ["COLUMNS": "100"])
        var actual = outcome.stdout.components(separatedBy: "\n")
        if actual.last == "" { actual.removeLast() }
        return actual
    }

    @Test(arguments: examples)
    func exampleOutputIsReal(_ example: Example) throws {
        let actual = try Self.output(of: example)
        if example.truncated {
            #expect(Array(actual.prefix(example.output.count)) == example.output)
        } else {
            #expect(actual == example.output)
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
            let old = (["$ " + example.command] + example.output + (example.truncated ? ["…"] : [])).joined(separator: "\n")
            let actual = try Self.output(of: example)
            let shown = example.truncated ? Array(actual.prefix(example.output.count)) + ["…"] : actual
            let new = (["$ " + example.command] + shown).joined(separator: "\n")
            text = text.replacingOccurrences(of: "```console\n" + old + "\n```", with: "```console\n" + new + "\n```")
        }
        try text.write(to: Self.readme, atomically: true, encoding: .utf8)
    }
}
