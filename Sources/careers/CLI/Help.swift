/// Help text, built from the command table: OVERVIEW, USAGE, EXAMPLES, ARGUMENTS, OPTIONS.
struct Help {
    let table: CommandTable
    /// The columns to wrap to: 79 (no help line is longer), or a narrower terminal's width.
    var width = 79

    /// What the tool is, in a line (help and the man page's NAME).
    static let tagline = "a career guide to machine learning and LLM work, offline"

    /// `careers`, `careers help`, `careers --help`.
    func overview() -> String {
        var text = columns("", 0, "careers \(Version.number) - \(Self.tagline)", gap: 0)
        text += "\n" + columns("USAGE:", 0, "careers <command> [options]", gap: 1)
        text += """

            EXAMPLES:
            \(examples(Self.headline))

            COMMANDS:

            """
        let width = table.commands.map { $0.allNames.joined(separator: ", ").count }.max() ?? 0
        for command in table.commands {
            text += columns("  " + command.allNames.joined(separator: ", "), width + 2, command.summary)
        }
        text += "\nGLOBAL OPTIONS:\n" + options(table.globalOptions)
        text += "\n" + columns("", 0, "Run 'careers help <command>' for a command's options and examples.", gap: 0)
        return text
    }

    /// `careers help roles`, `careers roles --help`.
    func page(for command: CommandSpec) -> String {
        var usage = "careers \(command.name)"
        if let argument = command.argument {
            if let leading = argument.leadingChoice { usage += " <\(leading.placeholder)>" }
            usage += argument.required ? " \(argument.bracketed)" : " [\(argument.bracketed)]"
        }
        usage += " [options]"
        var text =
            columns("OVERVIEW:", 0, command.summary.prefix(1).uppercased() + command.summary.dropFirst() + ".", gap: 1) + "\n"
        text += columns("USAGE:", 0, usage, gap: 1)
        if !command.aliases.isEmpty {
            text += "       (also: \(command.aliases.map { "careers \($0)" }.joined(separator: ", ")))\n"
        }
        text += "\nEXAMPLES:\n" + examples(command.examples) + "\n"
        if let argument = command.argument {
            text += "\nARGUMENTS:\n"
            if let leading = argument.leadingChoice {
                text += columns("  <\(leading.placeholder)>", 24, leading.shownHelp)
            }
            text += columns("  \(argument.bracketed)", 24, argument.help)
        }
        if !command.options.isEmpty { text += "\nOPTIONS:\n" + options(command.options) }
        text += "\nGLOBAL OPTIONS:\n" + options(table.globalOptions)
        return text
    }

    private static let headline = [
        Example("careers roles", "every role, one line each"),
        Example("careers skills --role \"ML Engineer\"", "a Machine Learning Engineer's own skills, and the foundations"),
        Example("careers roadmap", "the four phases from beginner to job"),
        Example("careers show data scientist", "everything about one item"),
        Example("careers search deep learning", "search the whole guide"),
        Example("careers match --have \"python, pytorch\"", "which roles fit what you know"),
        Example("careers next", "what to learn next, for the role you target ('careers target ROLE')"),
    ]

    private func examples(_ examples: [Example]) -> String {
        // A command too long for the line goes on beneath itself, further in, as its explanation does not.
        examples.map { columns("", 2, $0.command, gap: 0, continuation: 4) + columns("", 4, $0.explanation) }.joined()
            .trimmingSuffix("\n")
    }

    private func options(_ options: [OptionSpec]) -> String {
        options.map { columns("  " + $0.synopsis, 24, $0.shownHelp) }.joined()
    }

    /// A left column padded to `leftWidth` (plus `gap` spaces), then `right` wrapped to `width` under itself;
    /// on a terminal too narrow for that, `right` goes under the left column, indented. `continuation`, where
    /// given, is where `right`'s lines after the first start.
    private func columns(_ left: String, _ leftWidth: Int, _ right: String, gap: Int = 2, continuation: Int? = nil) -> String {
        var start = max(leftWidth, left.count) + gap
        var lines: [String] = []
        var line = left + String(repeating: " ", count: start - left.count)
        if width - start < 24, left.contains(where: { $0 != " " }) {
            lines.append(left)
            start = min(start, 6)
            line = String(repeating: " ", count: start)
        }
        var lineHasWords = false
        for word in right.split(separator: " ") {
            if lineHasWords, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: continuation ?? start)
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

enum Version {
    static let number = "0.1.0"
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
