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

    static let examples: [Example] = {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
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

    @Test(arguments: examples)
    func exampleOutputIsReal(_ example: Example) throws {
        // README examples are shown at 100 columns, stdout and stderr together, as a terminal shows them.
        let outcome = try RunCareers.sh(
            "\"$CAREERS\"" + example.command.dropFirst("careers".count) + " 2>&1", environment: ["COLUMNS": "100"])
        var actual = outcome.stdout.components(separatedBy: "\n")
        if actual.last == "" { actual.removeLast() }
        if example.truncated {
            #expect(Array(actual.prefix(example.output.count)) == example.output)
        } else {
            #expect(actual == example.output)
        }
    }
}
