import CareerCore

/// Every command and option of the tool, listed once. Parsing, help and "did you mean" all read it.
struct CommandTable: Sendable {
    let commands: [CommandSpec]
    /// Options every command accepts, before or after the command name.
    var globalOptions: [OptionSpec] = Self.standardGlobalOptions

    static let json = OptionSpec(name: "json", help: "print JSON instead of text")
    static let color = OptionSpec(
        name: "color", value: .choice("WHEN", ColorChoice.allCases.map(\.rawValue)),
        help: "when to color the output; default auto")
    static let content = OptionSpec(
        name: "content", value: .directory,
        help: "use the guide (content pack) in DIR instead of the bundled one; also CAREERS_CONTENT")
    static let noPager = OptionSpec(name: "no-pager", help: "print long output at once, without a pager")
    static let help = OptionSpec(name: "help", short: "h", help: "show help")
    static let version = OptionSpec(name: "version", help: "print the version")

    static let standardGlobalOptions: [OptionSpec] = [json, color, content, noPager, help, version]

    static let standard = CommandTable(commands: [
        RolesCommand.spec, LevelsCommand.spec, ShowCommand.spec, ShowCommand.roleSpec, ShowCommand.skillSpec, SkillsCommand.spec,
        RoadmapCommand.spec, CertificationsCommand.spec, ProjectsCommand.spec, TopicsCommand.spec, TipsCommand.spec,
        AboutCommand.spec, SourcesCommand.spec, SearchCommand.spec, BrowseCommand.spec, MatchCommand.spec, GapCommand.spec, PathCommand.spec,
        CompareCommand.spec,
        TargetCommand.spec, MarkCommand.spec, ProgressCommand.spec, NextCommand.spec, ValidateCommand.spec, InitCommand.spec,
        ImportCommand.spec, CompletionsCommand.spec, ManCommand.spec, HelpCommand.spec,
    ])

    func command(named name: String) -> CommandSpec? {
        commands.first { $0.allNames.contains(name) }
    }

    /// The options valid at this point: the command's own and the global ones.
    func options(in command: CommandSpec?) -> [OptionSpec] {
        (command?.options ?? []) + globalOptions
    }

    func option(named name: String, in command: CommandSpec?) -> OptionSpec? {
        options(in: command).first { $0.name == name }
    }

    func option(short: Character, in command: CommandSpec?) -> OptionSpec? {
        options(in: command).first { $0.short == short }
    }

    /// The letters of a group of short options (`-xh`), each with its option (nil if unknown here). The
    /// first that takes a value takes the rest of the group as `inline` (`-lentry`) and ends it; with
    /// nothing left (nil), it takes the next word.
    func shortOptions(_ group: String, in command: CommandSpec?) -> [(letter: Character, option: OptionSpec?, inline: String?)] {
        var letters: [(letter: Character, option: OptionSpec?, inline: String?)] = []
        var rest = Substring(group)
        while let letter = rest.popFirst() {
            let found = option(short: letter, in: command)
            let takesRest = found.map { !$0.isFlag && !rest.isEmpty } ?? false
            letters.append((letter, found, takesRest ? String(rest) : nil))
            if takesRest { break }
        }
        return letters
    }

    /// The error for `word` where a command belongs, with a near command name, or `--version` for `version`.
    func unknownCommand(_ word: String) -> CLIError {
        if word == Self.version.name {
            return .usage("unknown command '\(word)'", hint: "For the version, run 'careers --version'.")
        }
        let near = NearestWords.nearest(to: word, among: commands.flatMap(\.allNames))
        return .usage(
            "unknown command '\(word)'", hint: CLIError.didYouMean(near, then: "Run 'careers help' for the list of commands."))
    }
}
