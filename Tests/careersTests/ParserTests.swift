import Testing

@testable import careers

@Suite("Parsing the command line")
struct ParserTests {
    let parser = Parser(table: .standard)

    @Test func lexerSplitsLongShortAndValues() {
        #expect(
            Lexer.tokens(["--level=entry", "--json", "-hl", "x", "-", "--", "--not-an-option", "-x"]) == [
                .long("level", value: "entry"), .long("json", value: nil), .shorts("hl"), .value("x"), .value("-"),
                .value("--not-an-option"), .value("-x"),
            ])
        #expect(Lexer.tokens(["--phase="]) == [.long("phase", value: "")])
    }

    @Test("--opt value, --opt=value and the short form are the same")
    func valueSpellings() throws {
        let spaced = try parser.parse(["roles", "--level", "entry"])
        #expect(try parser.parse(["roles", "--level=entry"]) == spaced)
        #expect(try parser.parse(["roles", "-l", "entry"]) == spaced)
        #expect(try parser.parse(["roles", "-lentry"]) == spaced)
        #expect(spaced.command == "roles")
        #expect(spaced.text(RolesCommand.level) == "entry")
    }

    @Test func choicesIgnoreCase() throws {
        #expect(try parser.parse(["projects", "--level", "Advanced"]).text(ProjectsCommand.level) == "advanced")
    }

    @Test("Global options work before or after the command")
    func globalOptionsAnywhere() throws {
        let after = try parser.parse(["roles", "--json", "--color", "never"])
        let before = try parser.parse(["--json", "--color=never", "roles"])
        #expect(after == before)
        #expect(after.json && after.color == .never)
    }

    @Test("Several words make one name, unquoted; '--' lets a name start with a dash")
    func multiWordNames() throws {
        #expect(try parser.parse(["show", "ml", "engineer"]).argument == "ml engineer")
        #expect(try parser.parse(["skills", "--role", "ML Engineer"]).text(SkillsCommand.role) == "ML Engineer")
        #expect(try parser.parse(["search", "--", "-deep", "--json"]).arguments == ["-deep", "--json"])
        #expect(try parser.parse(["search", "--", "--json"]).json == false)
    }

    @Test("A leading choice is taken out of the words, whatever its case")
    func leadingChoice() throws {
        let invocation = try parser.parse(["mark", "Done", "linear", "algebra"])
        #expect(invocation.leadingChoice == "done")
        #expect(invocation.arguments == ["linear", "algebra"])
        #expect(try parser.parse(["show", "done"]).leadingChoice == nil)
    }

    @Test("A choice is read as a name is: case, spaces and punctuation aside, and a plural's s")
    func forgivingChoices() throws {
        #expect(try parser.parse(["search", "--kind", "roles", "x"]).text(SearchCommand.kind) == "role")
        #expect(try parser.parse(["projects", "--level", "Beginners"]).text(ProjectsCommand.level) == "beginner")
        #expect(throws: CLIError.self) { try parser.parse(["search", "--kind", "rol", "x"]) }
    }

    @Test func laterValueWinsAndRepeatsAreKept() throws {
        #expect(try parser.parse(["roles", "-l", "entry", "-l", "lead"]).text(RolesCommand.level) == "lead")
    }

    @Test("-h is help only where it stands as an option, not inside another option's attached value")
    func helpOnlyAsAnOption() throws {
        let category = try parser.parse(["skills", "-cmath"])
        #expect(!category.help)
        #expect(category.text(SkillsCommand.category) == "math")
        let phase = try parser.parse(["roadmap", "-pphase"])
        #expect(!phase.help)
        #expect(phase.text(RoadmapCommand.phase) == "phase")
        #expect(try parser.parse(["skills", "-h"]).help)
        #expect(try parser.parse(["skills", "-hcmath"]).help)
    }

    @Test("A number option's value is checked when parsed and reaches the command as a number")
    func numbersAreChecked() throws {
        #expect(try parser.parse(["search", "python", "-n", "3"]).number(SearchCommand.limit) == 3)
        #expect(try parser.parse(["search", "python", "--limit=12"]).number(SearchCommand.limit) == 12)
        for bad in ["0", "-1", "three", "1.5", String(repeating: "9", count: 100)] {
            #expect(throws: CLIError.self) { try parser.parse(["search", "python", "--limit", bad]) }
        }
        do {
            _ = try parser.parse(["next", "--limit", String(repeating: "x", count: 1000)])
        } catch {
            #expect(error.report.count < 200, "a long value is quoted as an excerpt")
            #expect(
                error.report.hasPrefix("careers: '" + String(repeating: "x", count: 60) + "…' is not a valid number for '--limit'")
            )
        }
    }

    @Test func helpAndVersionWinOverEverythingElse() throws {
        #expect(try parser.parse(["roles", "--bogus", "--help"]).help)
        #expect(try parser.parse(["-h"]).help)
        #expect(try parser.parse(["show", "-h"]).help)
        #expect(try parser.parse(["--version"]).version)
    }

    @Test(arguments: [
        (["rols"], "careers: unknown command 'rols'\nhint: Did you mean 'roles'? Run 'careers help' for the list of commands.\n"),
        (["frobnicate"], "careers: unknown command 'frobnicate'\nhint: Run 'careers help' for the list of commands.\n"),
        (
            ["roles", "--lvl", "entry"],
            "careers: unknown option '--lvl' for 'careers roles'\nhint: Did you mean '--level'? Run 'careers help roles' for its options.\n"
        ),
        (["roles", "-x"], "careers: unknown option '-x' for 'careers roles'\nhint: Run 'careers help roles' for its options.\n"),
        (["--level", "entry", "roles"], "careers: unknown option '--level'\nhint: A command's options go after the command.\n"),
        (["roles", "--level"], "careers: option '--level' needs a value\nhint: Write '--level LEVEL'.\n"),
        (["skills", "--role", "--json"], "careers: option '--role' needs a value\nhint: Write '--role NAME'.\n"),
        (
            ["roles", "--json=yes"],
            "careers: option '--json' takes no value, but was given 'yes'\nhint: Write '--json' on its own.\n"
        ),
        (
            ["roles", "--color", "sometimes"],
            "careers: 'sometimes' is not a valid value for '--color'\nhint: Valid values: auto, always, never.\n"
        ),
        (
            ["roles", "extra"],
            "careers: 'careers roles' takes no arguments, but was given 'extra'\nhint: See 'careers help roles' for its usage.\n"
        ),
        (["show"], "careers: 'careers show' needs a name\nhint: For example: careers show data scientist\n"),
    ])
    func usageErrors(_ arguments: [String], _ report: String) {
        #expect(throws: CLIError.self) { try parser.parse(arguments) }
        do {
            _ = try parser.parse(arguments)
        } catch {
            #expect(error.report == report)
            #expect(error.exitCode == 2)
        }
    }

    @Test("A guessed command is suggested, never run")
    func neverRunsAGuess() {
        let result = CLI.run(["rols"], environment: [:])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }
}
