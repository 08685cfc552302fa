import Foundation
import Testing

@testable import careers

@Suite("The man page and the completion commands")
struct ManPageTests {
    let page = ManPage(table: .standard).roff

    @Test(
        "groff reads the page without a warning",
        .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/groff"), "groff is not installed"))
    func groffFindsNothingToWarnAbout() throws {
        let outcome = try RunCareers.sh("\"$CAREERS\" man | groff -man -ww -z")
        #expect(outcome == RunCareers.Outcome(status: 0, stdout: "", stderr: ""))
    }

    @Test("man -l shows it", .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/man"), "man is not installed"))
    func manShowsIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("careers-\(UUID().uuidString).1")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try RunCareers.run(["man"]).stdout.utf8).write(to: file)
        let outcome = try RunCareers.sh("man -l \(file.path)", environment: ["MANWIDTH": "80", "MAN_KEEP_FORMATTING": ""])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        let lines = outcome.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first?.hasPrefix("CAREERS(1)") == true)
        for heading in [
            "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS IN BROWSE", "OPTIONS", "ENVIRONMENT", "FILES", "EXIT STATUS",
            "EXAMPLES",
        ] {
            #expect(lines.contains(heading), "\(heading)")
        }
        #expect(lines.contains("careers - a career guide to machine learning and LLM work, offline"))
        #expect(lines.contains("careers mark status name... [options]") || lines.contains("careers mark status name..."))
        #expect(lines.contains("-l, --level LEVEL"))
        #expect(lines.contains("$XDG_STATE_HOME/careers/progress.json"))
    }

    @Test("Every command, option and example of the table is on the page; the hidden command is not")
    func pageFollowsTheTable() {
        for command in CommandTable.standard.commands {
            #expect(page.contains(".TP\n\\fBcareers \(command.name.replacing("-", with: "\\-"))\\fR"), "\(command.name)")
            for option in command.options + CommandTable.standard.globalOptions {
                #expect(page.contains("\\fB\\-\\-\(option.name.replacing("-", with: "\\-"))\\fR"), "\(option.name)")
            }
            for example in command.examples {
                #expect(page.contains(ManPage(table: .standard).escape(example.command)), "\(example.command)")
            }
        }
        #expect(!page.contains("complete\\fR ") && !page.contains("__complete"))
    }

    /// The entry of `command` in COMMANDS, whole: its synopsis, summary, arguments and options.
    func entry(_ command: String) -> String {
        let commands = page.components(separatedBy: ".SH COMMANDS\n")[1].components(separatedBy: ".SH OPTIONS\n")[0]
        let entries = commands.components(separatedBy: ".TP\n\\fBcareers ").dropFirst()
        return ".TP\n\\fBcareers " + (entries.first { $0.hasPrefix(command + "\\fR") } ?? "")
    }

    @Test("Arguments and options say what help says, once: the help, then the choices")
    func entriesSayEachThingOnce() {
        #expect(
            entry("show") == #"""
                .TP
                \fBcareers show\fR \fIname\fR
                Show the full page of any item: role, skill, topic, phase, certification, project, tip.
                .RS
                .TP
                \fIname\fR
                A name, alias or id; several words need no quotes.
                .RE

                """#)
        #expect(
            entry("skill") == #"""
                .TP
                \fBcareers skill\fR \fIname\fR
                Show the page of a skill.
                .RS
                .TP
                \fIname\fR
                A skill's name, alias or id.
                .RE

                """#)
        #expect(
            entry("roles") == #"""
                .TP
                \fBcareers roles\fR [\fIoptions\fR]
                List every role with its level (where one is given) and summary.
                .RS
                .TP
                \fB\-l\fR, \fB\-\-level\fR \fILEVEL\fR
                Only roles at this level (see 'careers levels').
                .RE

                """#)
        #expect(
            entry("match") == #"""
                .TP
                \fBcareers match\fR [\fIoptions\fR]
                Rank the roles by how many of their own skills you have.
                .RS
                .TP
                \fB\-H\fR, \fB\-\-have\fR \fISKILLS\fR
                Skills you have, with or without commas; may be repeated; adds to those you marked done.
                .TP
                \fB\-\-have\-file\fR \fIFILE\fR
                Read skills from FILE, one per line ('\-' for standard input).
                .TP
                \fB\-\-strict\fR
                Fail on a skill name the guide does not know, or does not spell so, instead of warning or taking it.
                .TP
                \fB\-n\fR, \fB\-\-limit\fR \fIN\fR
                List the N best\-fitting roles (default 20).
                .TP
                \fB\-\-all\fR
                List every role.
                .RE

                """#)
        #expect(
            entry("mark") == #"""
                .TP
                \fBcareers mark\fR \fIstatus\fR \fIname\fR...
                Mark skills, projects or certifications as done, being learned or skipped, or clear their marks.
                .RS
                .TP
                \fIstatus\fR
                The mark to set; clear removes it (done, learning, skip, clear).
                .TP
                \fIname\fR
                One or more skills, projects or certifications, separated by commas or not: 'python linear algebra' is Python and Linear algebra.
                .RE

                """#)
        #expect(
            entry("completions") == #"""
                .TP
                \fBcareers completions\fR \fIshell\fR
                Print the script that makes a shell complete commands, options and the guide's names on Tab.
                .RS
                .TP
                \fIshell\fR
                The shell: bash (with bash\-completion), zsh or fish.
                .RE

                """#)
    }

    @Test("ENVIRONMENT names every variable the tool reads; FILES the plan and the cache")
    func environmentAndFiles() {
        for name in [
            "CAREERS_CONTENT", "CAREERS_STATE_DIR", "XDG_STATE_HOME", "XDG_CACHE_HOME", "HOME", "COLUMNS", "NO_COLOR", "TERM",
            "CAREERS_PAGER", "PAGER",
        ] {
            #expect(page.contains(".TP\n\\fB\(name)\\fR\n"), "\(name)")
        }
        #expect(page.contains("\\fI$XDG_STATE_HOME/careers/progress.json\\fR"))
        #expect(page.contains("\\fI$XDG_CACHE_HOME/careers/packs/\\fR"))
    }

    @Test("KEYS IN BROWSE is the table the browser's ? screen shows, every key; EXIT STATUS has Ctrl-C's 130")
    func browseKeys() {
        let man = ManPage(table: .standard)
        for (keys, _) in BrowserModel.keys { #expect(page.contains(".TP\n\\fB\(man.escape(keys))\\fR\n"), "\(keys)") }
        #expect(page.contains(".TP\n\\fB130\\fR\nBrowsing ended by Ctrl\\-C, as an interrupted program ends.\n"))
    }

    @Test("Text is escaped for roff: backslashes, hyphens, leading dots and quotes, characters beyond ASCII")
    func escaping() {
        let man = ManPage(table: .standard)
        #expect(man.escape(#"a\b --json"#) == #"a\eb \-\-json"#)
        #expect(man.escape(".hidden\n'quoted\nplain") == "\\&.hidden\n\\&'quoted\nplain")
        #expect(man.escape("AWS – Specialty") == #"AWS \[u2013] Specialty"#)
    }

    @Test("completions: a script for each shell; another shell is a usage error")
    func completionsCommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let outcome = try RunCareers.run(["completions", shell])
            #expect(outcome.status == 0 && outcome.stderr == "")
            #expect(outcome.stdout == CompletionScripts.script(for: shell)!, "\(shell)")
        }
        #expect(
            try RunCareers.run(["completions", "bsh"])
                == RunCareers.Outcome(
                    status: 2, stdout: "",
                    stderr:
                        "careers: 'bsh' is not a shell careers completes in\nhint: Did you mean 'bash'? Valid values: bash, zsh, fish.\n"
                ))
        #expect(try RunCareers.run(["completions"]).status == 2)
    }

    @Test("__complete answers at once, never fails, and is not shown in help")
    func hiddenCommand() throws {
        #expect(
            try RunCareers.run(["__complete", "sh"])
                == RunCareers.Outcome(status: 0, stdout: "words\nshow\t\(ShowCommand.spec.summary)\n", stderr: ""))
        #expect(try RunCareers.run(["__complete", "progress", "--import", ""]).stdout == "files\n")
        #expect(try RunCareers.run(["__complete", "--content", "/nonexistent", "show", ""]).status == 0)
        #expect(!(try RunCareers.run(["help"]).stdout.contains("__complete")))
        #expect(try RunCareers.run(["__complet"]).status == 2)
    }
}
