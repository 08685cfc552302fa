import Foundation
import Testing

@testable import careers

/// A few hundred seeded random command lines, built from the command table's own names and options and
/// from hostile values, run through the real binary: none may crash, hang, fail silently or print bad JSON.
@Suite("Command-line fuzzing of the real binary")
struct CommandLineFuzzTests {
    /// A deterministic generator, so that a failure names a command line that fails again.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
    }

    /// Values no one should type, and some they might.
    static let hostile: [String] = [
        "", " ", "--", "-", "-h", "--json", "=", "==", "0", "-1", "99999999999999999999999", "1e308", "NaN",
        "\u{1B}[31mred", "tab\there", "new\nline", "\u{7F}", "\u{0}", "nul\u{0}byte", "😀", "e\u{301}",
        String(repeating: "a", count: 1_001), String(repeating: "w ", count: 600), "python", "data scientist", "ml",
        "/dev/zero", "/dev/null", "/nonexistent/file", "/tmp", "-", "'", "\"", "$(echo x)", "; rm -rf /", "%s%n",
        "Machine Learning Engineer", "phase 1", "entry", "lead", "markdown", "skill", "..",
    ]

    /// One random command line: maybe a command, some of its options (and global ones) with values of their
    /// kind or hostile ones, in `--name value`, `--name=value` or short forms, and some loose words.
    static func commandLine(_ random: inout Random, table: CommandTable) -> [String] {
        var words: [String] = []
        let command = random.next(10) == 0 ? nil : random.pick(table.commands)
        if let command { words.append(random.next(8) == 0 ? String(command.name.dropLast()) : command.name) }
        let options = (command?.options ?? []) + table.globalOptions
        for _ in 0..<random.next(4) {
            guard !options.isEmpty else { break }
            let option = random.pick(options)
            let value =
                random.next(2) == 0 ? random.pick(hostile) : random.pick(option.choices.isEmpty ? hostile : option.choices)
            switch (option.isFlag, random.next(3)) {
            case (true, _): words.append("--\(option.name)")
            case (false, 0): words += ["--\(option.name)", value]
            case (false, 1): words.append("--\(option.name)=\(value)")
            default: words += option.short.map { ["-\($0)\(value)"] } ?? ["--\(option.name)", value]
            }
        }
        for _ in 0..<random.next(3) { words.append(random.pick(hostile)) }
        if random.next(4) == 0 { words.append("--json") }
        return words
    }

    @Test("300 random command lines: no crash, no hang, no silent failure, JSON that parses")
    func randomCommandLines() throws {
        var random = Random(state: 20_261_123)
        // A directory of its own to run in and keep the plan in: `init` with a random name writes where it runs.
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("careers-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["CAREERS_STATE_DIR": state.path, "COLUMNS": "80"]
        for _ in 0..<300 {
            let arguments = Self.commandLine(&random, table: .standard).filter { !$0.contains("\u{0}") }
            // A hang is killed by RunCareers, and shows here as a signal.
            let outcome = try RunCareers.run(arguments, environment: environment, in: state)
            let line = arguments.debugDescription
            #expect(outcome.status < 128, "\(line) ended by a signal: \(outcome.status - 128)")
            if outcome.status != 0 { #expect(!outcome.stderr.isEmpty, "\(line) failed without a word") }
            // JSON was asked for when the parser reads --json as the option (not a word after `--`).
            if outcome.status == 0, (try? Parser(table: .standard).parse(arguments))?.json == true {
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))) != nil, "\(line) printed bad JSON")
            }
        }
    }

    @Test("Invalid UTF-8 in arguments is read as text with replacement characters, never a crash")
    func invalidUTF8Arguments() throws {
        for (bytes, shown) in [
            ("\\377\\376", "\u{FFFD}\u{FFFD}"), ("caf\\303", "caf\u{FFFD}"), ("\\355\\240\\200", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ] {
            let outcome = try RunCareers.sh("\"$CAREERS\" search \"$(printf '\(bytes)')\"")
            #expect(
                outcome
                    == RunCareers.Outcome(
                        status: 1, stdout: "", stderr: "careers: nothing found for '\(shown)'\nhint: Try fewer or other words.\n")
            )
        }
    }
}
