import CareerCore
import Foundation
import Testing

@testable import careers

/// Each shell asked for completions the way it asks itself: bash runs the function `complete -p careers`
/// names, with bash-completion loaded and COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT as bash sets
/// them; zsh runs in a pseudo-terminal (zpty) where the test types the line and presses Tab; fish answers
/// `complete -C`, its own API. A test is skipped only where its shell is not installed: CI installs all three.
enum Shells {
    static let bashCompletion = "/usr/share/bash-completion/bash_completion"

    static func installed(_ shell: String) -> Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)") }

    /// A directory with the three scripts, the harnesses, a home of their own, and a few files to complete.
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-shells-\(UUID().uuidString)")
        let fm = FileManager.default
        try? fm.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        try? fm.createDirectory(at: directory.appendingPathComponent("files/guides"), withIntermediateDirectories: true)
        _ = fm.createFile(atPath: directory.appendingPathComponent("files/goals.md").path, contents: Data())
        for shell in ["bash", "zsh", "fish"] {
            let script = (try? RunCareers.run(["completions", shell]).stdout) ?? ""
            try? Data(script.utf8).write(to: directory.appendingPathComponent("careers.\(shell)"))
        }
        for (name, text) in harnesses { try? Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        atexit { try? FileManager.default.removeItem(at: Shells.directory) }
        return directory
    }()

    static let harnesses = [
        // bash: $1 is the line, the other arguments its words as bash splits them (COMP_WORDS).
        "harness.bash": #"""
        source /usr/share/bash-completion/bash_completion
        source "$DIR/careers.bash"
        COMP_LINE=$1 COMP_POINT=${#1}
        shift
        COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_TYPE=9 COMP_KEY=9
        spec=$(complete -p careers)
        function=${spec##*-F }
        function=${function%% *}
        "$function" careers "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}"
        """#,
        // zsh: types $1 and Tab into an interactive zsh, then Ctrl-X, which saves the line and exits. Each
        // set of matches the completion system keeps goes to $DIR/out.matches.
        "harness.zsh": #"""
        zmodload zsh/zpty
        zpty z zsh -f -i
        zpty -w z "source ${(q)DIR}/setup.zsh"
        zpty -w -n z "$1"$'\t'$'\x18'
        while zpty -r z line; do :; done
        """#,
        "setup.zsh": #"""
        PROMPT=
        autoload -U compinit && compinit -u -D
        source $DIR/careers.zsh
        compadd() {
            if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
            local -a hits
            builtin compadd -A hits "$@"
            (( $#hits )) && print -rl -- $hits >> $OUT.matches
            builtin compadd "$@"
        }
        save-line() { print -r -- "$BUFFER" > $OUT.line; exit }
        zle -N save-line
        bindkey '^X' save-line
        bindkey '^I' complete-word
        """#,
    ]

    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let binaries = URL(fileURLWithPath: RunCareers.binary).deletingLastPathComponent().path
        return [
            "PATH": "\(binaries):/usr/bin:/bin", "HOME": directory.appendingPathComponent("home").path, "DIR": directory.path,
            "TERM": "xterm",
        ].merging(extra) { _, new in new }
    }

    /// What bash puts in COMPREPLY for `line`.
    static func bash(_ line: String, environment extra: [String: String] = [:]) throws -> [String] {
        let outcome = try RunCareers.run(
            [directory.appendingPathComponent("harness.bash").path, line] + bashWords(line), environment: environment(extra),
            executable: "/usr/bin/bash")
        #expect(outcome.stderr == "")
        return lines(outcome.stdout)
    }

    /// The words bash makes of a line for COMP_WORDS: split at blanks and around `=` and `:` (in
    /// COMP_WORDBREAKS), outside quotes, with quotes and backslashes kept; a blank at the end starts an empty word.
    static func bashWords(_ line: String) -> [String] {
        var words = [""]
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " {
                if !words[words.count - 1].isEmpty { words.append("") }
                continue
            } else if character == "=" || character == ":" {
                if !words[words.count - 1].isEmpty { words.append("") }
                words[words.count - 1].append(character)
                words.append("")
                continue
            }
            words[words.count - 1].append(character)
        }
        return words
    }

    /// What zsh's completion system keeps as matches for `line` (quoted as they would be inserted), and the
    /// line after Tab.
    static func zsh(_ line: String, environment extra: [String: String] = [:]) throws -> (matches: [String], line: String) {
        let out = directory.appendingPathComponent("out-\(UUID().uuidString)").path
        defer { for suffix in [".matches", ".line"] { try? FileManager.default.removeItem(atPath: out + suffix) } }
        // A shell that never gets its Ctrl-X is stopped after 60 seconds, and the test fails.
        let outcome = try RunCareers.run(
            ["60", "/usr/bin/zsh", "-f", directory.appendingPathComponent("harness.zsh").path, line],
            environment: environment(extra).merging(["OUT": out]) { _, new in new }, executable: "/usr/bin/timeout")
        #expect(outcome.status == 0)
        let matches = (try? String(contentsOfFile: out + ".matches", encoding: .utf8)) ?? ""
        let after = (try? String(contentsOfFile: out + ".line", encoding: .utf8)) ?? ""
        return (lines(matches), after.hasSuffix("\n") ? String(after.dropLast()) : after)
    }

    /// What fish's `complete -C` gives for `line`: each completion and its description.
    static func fish(_ line: String, environment extra: [String: String] = [:]) throws -> [String] {
        let outcome = try RunCareers.run(
            ["--no-config", "-c", "source $DIR/careers.fish; complete -C $argv[1]", line], environment: environment(extra),
            executable: "/usr/bin/fish")
        #expect(outcome.stderr == "")
        return lines(outcome.stdout)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    static let roles = Catalog.bundled.entries(of: .role).map(\.name)
}

@Suite("Completions in bash, zsh and fish, as each shell asks for them")
struct ShellCompletionTests {
    static let noBash = !Shells.installed("bash") || !FileManager.default.fileExists(atPath: Shells.bashCompletion)

    // MARK: bash

    @Test("bash: commands, options and choice values", .enabled(if: !noBash, "bash or bash-completion is not installed"))
    func bashCommandsOptionsChoices() throws {
        #expect(try Shells.bash("careers sh") == ["show"])
        #expect(try Shells.bash("careers roles --l") == ["--level"])
        // The levels the guide places roles at, as `careers levels` lists them: the bundled guide's entry.
        #expect(try Shells.bash("careers roles --level ") == ["entry"])
        #expect(try Shells.bash("careers roles --level=e") == ["entry"])
        #expect(try Shells.bash("careers mark l") == ["learning"])
        #expect(try Shells.bash("careers completions ") == ["bash", "zsh", "fish"])
    }

    @Test("bash: names of the guide, quoted", .enabled(if: !noBash, "bash or bash-completion is not installed"))
    func bashNames() throws {
        #expect(
            try Shells.bash("careers show mach") == [
                "Machine\\ Learning\\ Engineer", "Machine\\ learning\\ algorithms", "Machine\\ Learning\\ Specialization",
                "Machine\\ learning",
            ])
        #expect(try Shells.bash("careers skills --role ") == Shells.roles.map { $0.replacing(" ", with: "\\ ") })
        #expect(try Shells.bash("careers skills --role data") == ["Data\\ Scientist"])
        // Within quotes the name goes in as it is; a name over several unquoted words goes on from its start.
        #expect(try Shells.bash("careers role \"Data S") == ["Data Scientist"])
        #expect(try Shells.bash("careers show machine\\ learning\\ e") == ["Machine\\ Learning\\ Engineer"])
        #expect(try Shells.bash("careers show data sc") == ["Scientist"])
        #expect(try Shells.bash("careers mark done python linear al") == ["algebra"])
        // Names that differ in case where the typed word ends take its case there, so that readline, which
        // puts in the start they share, keeps the word ("d", not nothing); names sharing a longer start keep theirs.
        let d = try Shells.bash("careers show d")
        #expect(d.count > 2 && d.allSatisfy { $0.hasPrefix("d") }, "\(d)")
        #expect(d.contains("data\\ Scientist") && d.contains("deployment"))
    }

    @Test("bash: files, directories, and --content's names", .enabled(if: !noBash, "bash or bash-completion is not installed"))
    func bashFilesAndContent() throws {
        let files = Shells.directory.appendingPathComponent("files").path
        #expect(try Shells.bash("careers progress --import \(files)/g").sorted() == ["\(files)/goals.md", "\(files)/guides"])
        #expect(try Shells.bash("careers init \(files)/g") == ["\(files)/guides"])
        let pack = try SyntheticPack()
        defer { pack.remove() }
        #expect(try Shells.bash("careers --content \(pack.path) role ") == ["Engineer", "Lead\\ Engineer"])
        #expect(try Shells.bash("careers role ", environment: ["CAREERS_CONTENT": pack.path]) == ["Engineer", "Lead\\ Engineer"])
    }

    // MARK: zsh

    @Test("zsh: commands, options and choice values", .enabled(if: Shells.installed("zsh"), "zsh is not installed"))
    func zshCommandsOptionsChoices() throws {
        #expect(try Shells.zsh("careers sh") == (["show"], "careers show "))
        #expect(try Shells.zsh("careers roles --l") == (["--level"], "careers roles --level "))
        #expect(try Shells.zsh("careers roles --level ").line == "careers roles --level entry ")
        #expect(try Shells.zsh("careers roles --level=e").line == "careers roles --level=entry ")
        #expect(try Shells.zsh("careers mark l").line == "careers mark learning ")
    }

    @Test("zsh: names of the guide, quoted", .enabled(if: Shells.installed("zsh"), "zsh is not installed"))
    func zshNames() throws {
        #expect(
            try Shells.zsh("careers show mach").matches == [
                "Machine\\ Learning\\ Engineer", "Machine\\ learning\\ algorithms", "Machine\\ Learning\\ Specialization",
                "Machine\\ learning",
            ])
        #expect(try Shells.zsh("careers skills --role ").matches == Shells.roles.map { $0.replacing(" ", with: "\\ ") })
        #expect(try Shells.zsh("careers role mach").line == "careers role Machine\\ Learning\\ Engineer ")
        #expect(try Shells.zsh("careers role \"Data S").line == "careers role \"Data Scientist\" ")
        #expect(try Shells.zsh("careers show data sc").line == "careers show data Scientist ")
    }

    @Test("zsh: files, directories, and --content's names", .enabled(if: Shells.installed("zsh"), "zsh is not installed"))
    func zshFilesAndContent() throws {
        let files = Shells.directory.appendingPathComponent("files").path
        #expect(try Shells.zsh("careers progress --import \(files)/go").line == "careers progress --import \(files)/goals.md ")
        #expect(try Shells.zsh("careers init \(files)/g").line == "careers init \(files)/guides/")
        let pack = try SyntheticPack()
        defer { pack.remove() }
        #expect(try Shells.zsh("careers --content \(pack.path) role ").matches == ["Engineer", "Lead\\ Engineer"])
        #expect(
            try Shells.zsh("careers --content \(pack.path) role l").line == "careers --content \(pack.path) role Lead\\ Engineer "
        )
    }

    // MARK: fish

    @Test("fish: commands, options and choice values", .enabled(if: Shells.installed("fish"), "fish is not installed"))
    func fishCommandsOptionsChoices() throws {
        #expect(try Shells.fish("careers sh") == ["show\t" + ShowCommand.spec.summary])
        #expect(try Shells.fish("careers roles --l") == ["--level\tonly roles at this level (see 'careers levels')"])
        #expect(try Shells.fish("careers roles --level ") == ["entry"])
        #expect(try Shells.fish("careers roles --level=e") == ["--level=entry"])
        #expect(try Shells.fish("careers mark l") == ["learning"])
    }

    @Test("fish: names of the guide", .enabled(if: Shells.installed("fish"), "fish is not installed"))
    func fishNames() throws {
        #expect(
            try Shells.fish("careers show mach") == [
                "Machine learning\tcategory", "Machine learning algorithms\tskill", "Machine Learning Engineer\trole",
                "Machine Learning Specialization\tcertification",
            ])
        #expect(try Shells.fish("careers skills --role ") == Shells.roles.sorted().map { $0 + "\trole" })
        #expect(try Shells.fish("careers role \"Data S") == ["Data Scientist\trole"])
        #expect(try Shells.fish("careers show data sc") == ["Scientist\trole"])
    }

    @Test("fish: files, directories, and --content's names", .enabled(if: Shells.installed("fish"), "fish is not installed"))
    func fishFilesAndContent() throws {
        let files = Shells.directory.appendingPathComponent("files").path
        #expect(try Shells.fish("careers progress --import \(files)/g") == ["\(files)/goals.md", "\(files)/guides/"])
        #expect(try Shells.fish("careers init \(files)/g") == ["\(files)/guides/"])
        let pack = try SyntheticPack()
        defer { pack.remove() }
        #expect(try Shells.fish("careers --content \(pack.path) role ") == ["Engineer\trole", "Lead Engineer\trole"])
        #expect(
            try Shells.fish("careers role ", environment: ["CAREERS_CONTENT": pack.path]) == [
                "Engineer\trole", "Lead Engineer\trole",
            ])
    }
}
