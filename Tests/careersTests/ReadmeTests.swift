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
