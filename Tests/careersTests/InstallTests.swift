import Foundation
import Testing

@testable import careers

/// README.md's Install section run as a new user runs it: each line of its `sh` blocks in a login shell of
/// its own (as in a new terminal), in an empty home, as a user who is not root (nobody, when the tests run
/// as root). Two things differ from what a user types: the `swift build` line is skipped, and
/// `.build/release/careers` is the binary the tests built. The `sudo` lines, for every user, are not run.
enum Install {
    static let build = "swift build -c release --static-swift-stdlib"
    static let builtBinary = ".build/release/careers"
    /// What README.md says to add where `man` does not search `~/.local/share/man`.
    static let manpath = #"export MANPATH="$HOME/.local/share/man:""#

    static let asRoot = geteuid() == 0
    static let setpriv = "/usr/bin/setpriv"
    static let canRun = !asRoot || FileManager.default.isExecutableFile(atPath: setpriv)

    /// The lines of README.md's Install section, in order, from its `sh` blocks.
    static let lines: [String] = {
        let text = (try? String(contentsOf: ReadmeTests.readme, encoding: .utf8)) ?? ""
        let section = text.components(separatedBy: "\n## Install\n").dropFirst().first?.components(separatedBy: "\n## ")[0]
        let blocks = (section ?? "").components(separatedBy: "```sh\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        return blocks.flatMap { $0.split(separator: "\n").map(String.init) }
    }()

    /// A directory the user can read, with a copy of the built binary (named `careers`, as `cp` keeps the
    /// name) and the user's home, empty.
    static let directory: URL = {
        let fm = FileManager.default
        let directory = fm.temporaryDirectory.resolvingSymlinksInPath().appendingPathComponent(
            "careers-install-\(UUID().uuidString)")
        try? fm.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        try? fm.copyItem(atPath: RunCareers.binary, toPath: directory.appendingPathComponent("careers").path)
        if asRoot { chown(directory.appendingPathComponent("home").path, 65534, 65534) }
        atexit { try? FileManager.default.removeItem(at: Install.directory) }
        return directory
    }()

    static let binary = directory.appendingPathComponent("careers").path
    static let home = directory.appendingPathComponent("home").path

    /// Each line run and what it did, once for all the tests, before any of them looks.
    static let ran: [(line: String, outcome: RunCareers.Outcome)] = lines.dropFirst().filter { !$0.hasPrefix("sudo ") }.map {
        let line = $0.replacing(builtBinary, with: binary)
        return (line, (try? run(["sh", "-l", "-c", line])) ?? RunCareers.Outcome(status: -1, stdout: "", stderr: "not run"))
    }

    /// Runs `command` as the user, in their home, with only what a login starts with in the environment.
    static func run(_ command: [String]) throws -> RunCareers.Outcome {
        let user = asRoot ? [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let environment = ["HOME=\(home)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=xterm"]
        // A guard against a hang only: every command here takes a few seconds at most.
        return try RunCareers.run(
            ["60"] + user + ["/usr/bin/env", "-i"] + environment + command, executable: "/usr/bin/timeout",
            in: URL(fileURLWithPath: home))
    }

    static let installedBinary = home + "/.local/bin/careers"
    static func installed(_ tool: String) -> Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/" + tool) }
    static func file(_ path: String) -> String? { try? String(contentsOfFile: home + "/" + path, encoding: .utf8) }
}

@Suite(
    "README's Install, run as a new user",
    .enabled(if: Install.canRun, "setpriv is not installed: it runs the install as a user, not root"))
struct InstallTests {
    @Test("The Install section builds first, then installs the binary it built; sudo lines are for every user")
    func lines() {
        #expect(Install.lines.first == Install.build)
        #expect(Install.ran.filter { $0.line.contains(Install.binary) }.count == 1)
        #expect(!Install.ran.contains { $0.line.contains(".build/") })
        #expect(Install.lines.contains { $0.hasPrefix("sudo ") })
    }

    @Test("Every line runs, and puts the man page and the completion scripts where README says")
    func everyLineRuns() throws {
        for (line, outcome) in Install.ran {
            #expect(outcome == RunCareers.Outcome(status: 0, stdout: "", stderr: ""), "\(line)")
        }
        #expect(Install.file(".local/share/man/man1/careers.1") == (try RunCareers.run(["man"]).stdout))
        #expect(Install.file(".local/share/bash-completion/completions/careers") == CompletionScripts.bash)
        #expect(Install.file(".local/share/zsh/site-functions/_careers") == CompletionScripts.zsh)
        #expect(Install.file(".config/fish/completions/careers.fish") == CompletionScripts.fish)
    }

    @Test("sh and bash, at login, find careers on PATH; the user is not root")
    func loginShellsFindCareers() throws {
        _ = Install.ran
        #expect(try Install.run(["id", "-u"]).stdout == (Install.asRoot ? "65534\n" : "\(geteuid())\n"))
        let version = try RunCareers.run(["--version"]).stdout
        for shell in ["sh", "bash"] {
            #expect(
                try Install.run([shell, "-l", "-c", "command -v careers; careers --version"])
                    == RunCareers.Outcome(status: 0, stdout: Install.installedBinary + "\n" + version, stderr: ""), "\(shell)")
        }
    }

    @Test(
        "man finds the page through PATH, or through README's MANPATH, which keeps the system's pages",
        .enabled(if: Install.installed("man") && Install.installed("manpath"), "man-db is not installed"))
    func manFindsThePage() throws {
        _ = Install.ran
        let page = Install.home + "/.local/share/man/man1/careers.1\n"
        #expect(try Install.run(["sh", "-l", "-c", "man -w careers"]) == RunCareers.Outcome(status: 0, stdout: page, stderr: ""))
        // Without ~/.local/bin on PATH (no login shell), MANPATH as README says it.
        #expect(try String(contentsOf: ReadmeTests.readme, encoding: .utf8).contains("`\(Install.manpath)`"))
        #expect(try Install.run(["sh", "-c", "man -w careers"]).status != 0)
        #expect(
            try Install.run(["sh", "-c", "\(Install.manpath); man -w careers"])
                == RunCareers.Outcome(status: 0, stdout: page, stderr: ""))
        let system = try Install.run(["manpath"]).stdout
        #expect(
            try Install.run(["sh", "-c", "\(Install.manpath); manpath"]).stdout == Install.home + "/.local/share/man:" + system)
    }

    @Test(
        "bash: bash-completion loads the script from the user's directory, which offers the commands",
        .enabled(if: FileManager.default.fileExists(atPath: Shells.bashCompletion), "bash-completion is not installed"))
    func bashCompletes() throws {
        _ = Install.ran
        // What Tab does: bash runs the default completion (`complete -D`), which loads careers' script and
        // asks to try again; then careers' own.
        let tab = #"""
            source /usr/share/bash-completion/bash_completion
            COMP_LINE='careers ro' COMP_POINT=10 COMP_WORDS=(careers ro) COMP_CWORD=1 COMP_TYPE=9 COMP_KEY=9
            function_of() { local spec; spec=$(complete -p "$@") && spec=${spec##*-F } && echo "${spec%% *}"; }
            "$(function_of -D)" careers ro careers
            "$(function_of careers)" careers ro careers
            printf '%s\n' "${COMPREPLY[@]}"
            """#
        #expect(
            try Install.run(["bash", "-l", "-c", tab])
                == RunCareers.Outcome(status: 0, stdout: "roles\nrole\nroadmap\n", stderr: ""))
    }

    @Test(
        "zsh: the new ~/.zshrc starts without an error, registers the completion, and Tab completes",
        .enabled(if: Install.installed("zsh"), "zsh is not installed"))
    func zshCompletes() throws {
        _ = Install.ran
        #expect(
            try Install.run(["zsh", "-i", "-c", "command -v careers; print -r -- $_comps[careers]"])
                == RunCareers.Outcome(status: 0, stdout: Install.installedBinary + "\n_careers\n", stderr: ""))
        // An interactive zsh in a pseudo-terminal: type the line and Tab, then Ctrl-X saves the line and exits.
        let tab = #"""
            zmodload zsh/zpty
            zpty z zsh -i
            zpty -w z 'PROMPT=; save() { print -r -- $BUFFER > ~/tab.line; exit }; zle -N save; bindkey "^X" save; bindkey "^I" complete-word'
            zpty -w -n z "$1"$'\t'$'\x18'
            while zpty -r z line; do :; done
            """#
        #expect(try Install.run(["zsh", "-f", "-c", tab, "zsh", "careers roa"]).status == 0)
        #expect(Install.file("tab.line") == "careers roadmap \n")
    }

    @Test("fish: finds careers on PATH and offers the commands", .enabled(if: Install.installed("fish"), "fish is not installed"))
    func fishCompletes() throws {
        _ = Install.ran
        let offers = [RoadmapCommand.spec, ShowCommand.roleSpec, RolesCommand.spec].map { "\($0.name)\t\($0.summary)\n" }
        #expect(
            try Install.run(["fish", "-c", "command -v careers; complete -C 'careers ro'"])
                == RunCareers.Outcome(status: 0, stdout: Install.installedBinary + "\n" + offers.joined(), stderr: ""))
    }
}
