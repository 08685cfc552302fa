import CareerCore

/// The manual page, in roff (the man(7) macros), built from the command table like help: every command
/// with its arguments and options, each described as help describes it, and the examples.
struct ManPage {
    let table: CommandTable

    var roff: String {
        var page = """
            .TH CAREERS 1 "" "careers \(Version.number)" "User Commands"
            .SH NAME
            careers \\- \(escape(Help.tagline))
            .SH SYNOPSIS
            \\fBcareers\\fR [\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]
            .SH DESCRIPTION

            """
        page += paragraphs(Self.description)
        page += ".SH COMMANDS\n"
        for command in table.commands {
            page += ".TP\n" + synopsis(of: command) + "\n"
            page += escape(sentence(command.summary)) + "\n"
            if !command.aliases.isEmpty {
                page += "Also: " + command.aliases.map { bold("careers " + $0) }.joined(separator: ", ") + ".\n"
            }
            var items: [(term: String, text: String)] = []
            if let argument = command.argument {
                if let leading = argument.leadingChoice {
                    items.append((italic(leading.placeholder), escape(sentence(leading.shownHelp))))
                }
                items.append((argument.words.map(italic).joined(separator: " "), escape(sentence(argument.help))))
            }
            items += command.options.map(item)
            if !items.isEmpty { page += ".RS\n" + items.map { ".TP\n\($0.term)\n\($0.text)\n" }.joined() + ".RE\n" }
        }
        // The keys of `browse`, from the table its `?` screen shows.
        page += ".SH KEYS IN BROWSE\n"
        page += BrowserModel.keys.map { ".TP\n" + bold($0.keys) + "\n" + escape(sentence($0.does)) + "\n" }.joined()
        page += ".SH OPTIONS\nGlobal options, which every command takes, before or after the command:\n"
        page += table.globalOptions.map(item).map { ".TP\n\($0.term)\n\($0.text)\n" }.joined()
        page += ".SH ENVIRONMENT\n"
        page += EnvironmentVariables.all.map { ".TP\n" + bold($0.name) + "\n" + escape($0.meaning) + "\n" }.joined()
        page += ".SH FILES\n"
        page += Self.files.map { ".TP\n" + italic($0.path) + "\n" + escape($0.meaning) + "\n" }.joined()
        page += ".SH EXIT STATUS\n"
        page += Self.exitStatus.map { ".TP\n" + bold($0.code) + "\n" + escape($0.meaning) + "\n" }.joined()
        page += ".SH EXAMPLES\n"
        page += table.commands.flatMap(\.examples).map { ".TP\n" + bold($0.command) + "\n" + escape($0.explanation) + "\n" }
            .joined()
        return page
    }

    private static let description = [
        """
        careers browses a career guide to machine learning and LLM work: the roles, what each needs, a \
        roadmap to learn it in phases, projects, certifications and the field itself. It keeps your plan too: \
        the role you aim for, and what you have learned, are learning or will skip. Everything works offline; \
        the guide is built in, or read from a content pack (--content DIR).
        """,
        """
        Names are forgiving everywhere: case, spaces and punctuation are ignored, several words need no quotes, \
        and a near miss is taken with a note on standard error. Every listing and page takes --json. \
        --opt value and --opt=value are the same, and -- ends the options.
        """,
    ]

    private static let files = [
        (
            path: "$XDG_STATE_HOME/careers/progress.json",
            meaning: "Your plan: the target role and the marks, per guide (default ~/.local/state/careers/progress.json; "
                + "CAREERS_STATE_DIR names another directory). Only target, mark and progress write it, under a lock "
                + "on progress.json.lock beside it."
        ),
        (
            path: "$XDG_CACHE_HOME/careers/packs/",
            meaning: "Compiled copies of content packs, one file per pack, rebuilt when a pack's files change "
                + "(default ~/.cache/careers/packs/). Safe to delete."
        ),
    ]

    private static let exitStatus = [
        (code: "0", meaning: "Success."),
        (
            code: "1",
            meaning: "Nothing found (an unknown or ambiguous name, no search results), or a failure (a broken "
                + "content pack, validate finding problems, a file that cannot be read or written)."
        ),
        (code: "2", meaning: "A usage error: an unknown command or option, a missing or invalid value, extra arguments."),
        (code: "130", meaning: "Browsing ended by Ctrl-C, as an interrupted program ends."),
    ]

    /// `careers mark <status> <name>... [options]`, in bold and italics.
    private func synopsis(of command: CommandSpec) -> String {
        var words = [bold("careers " + command.name)]
        if let argument = command.argument {
            if let leading = argument.leadingChoice { words.append(italic(leading.placeholder)) }
            let placeholder = argument.words.map(italic).joined(separator: " ") + (argument.repeatable ? "..." : "")
            words.append(argument.required ? placeholder : "[" + placeholder + "]")
        }
        if !command.options.isEmpty { words.append("[" + italic("options") + "]") }
        return words.joined(separator: " ")
    }

    /// An option as a list item, in roff: `-l, --level LEVEL`, then its help as help shows it.
    private func item(_ option: OptionSpec) -> (term: String, text: String) {
        let long = bold("--" + option.name) + (option.placeholder.map { " " + italic($0) } ?? "")
        let term = option.short.map { bold("-\($0)") + ", " + long } ?? long
        return (term, escape(sentence(option.shownHelp)))
    }

    /// "show help" → "Show help."
    private func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() + "." }

    private func paragraphs(_ texts: [String]) -> String {
        texts.map(escape).joined(separator: "\n.PP\n") + "\n"
    }

    private func bold(_ text: String) -> String { "\\fB" + escape(text) + "\\fR" }
    private func italic(_ text: String) -> String { "\\fI" + escape(text) + "\\fR" }

    /// `text` as roff prints it: backslashes and hyphens escaped (`\-` is the hyphen-minus of command
    /// lines), characters beyond ASCII named by code point, and a line that would start with a control
    /// character (`.` or `'`) guarded with `\&`.
    func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case "\n": result += "\n"
            case _ where scalar.isASCII: result.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
    }
}
