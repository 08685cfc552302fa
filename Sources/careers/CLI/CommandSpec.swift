import CareerCore

/// One command of the tool: everything parsing, help and error messages need to know about it.
struct CommandSpec: Sendable {
    let name: String
    var aliases: [String] = []
    /// One line, lower case, no full stop: "list every role with its level and summary".
    let summary: String
    /// The positional argument, if the command takes one.
    var argument: ArgumentSpec? = nil
    var options: [OptionSpec] = []
    /// Command lines that show the command at work, each with what it does.
    let examples: [Example]
    /// False for commands that work without loading the guide (help, validate, init).
    var needsGuide = true
    let run: @Sendable (Context) throws(CLIError) -> CommandOutput

    var allNames: [String] { [name] + aliases }
}

struct Example: Sendable {
    let command: String
    let explanation: String

    init(_ command: String, _ explanation: String) {
        self.command = command
        self.explanation = explanation
    }
}

/// A positional argument; several words given unquoted are joined with spaces.
struct ArgumentSpec: Sendable {
    let placeholder: String
    let help: String
    var required = true
    /// A path, say, which cannot run over several words unquoted: extra words are a usage error.
    var oneWord = false
    /// A word chosen from a list that comes first, before the argument itself (`careers mark done NAME`).
    var leadingChoice: LeadingChoice? = nil
    /// What its words are, for completions and the man page; free text when nil.
    var value: ValueKind? = nil
    /// Whether several values may follow one another (names in `careers mark done python linear algebra`).
    var repeatable = false

    /// Its words: "DIR PACK" is two arguments, each a word, that the command checks for.
    var words: [String] { placeholder.split(separator: " ").map(String.init) }
    /// `<DIR> <PACK>`, as help shows it.
    var bracketed: String { words.map { "<\($0)>" }.joined(separator: " ") }
}

/// The first word of a command's arguments, one of a few (`done` in `careers mark done python`).
struct LeadingChoice: Sendable {
    let placeholder: String
    let choices: [String]
    let help: String

    /// Its help and then its choices, as help and the man page show it.
    var shownHelp: String { "\(help) (\(choices.joined(separator: ", ")))" }
}

/// What an option's value is. Parsing checks it, help and the man page show its placeholder and choices,
/// completions offer it.
enum ValueKind: Sendable, Equatable {
    /// None: the option is a flag.
    case none
    /// Free text, shown as `placeholder`.
    case text(String)
    /// A whole number of 1 or more (`N`).
    case number
    /// One of `values`, shown as `placeholder`; case is ignored.
    case choice(String, [String])
    /// A file to read (`FILE`; `-` for standard input).
    case file
    /// A directory (`DIR`).
    case directory
    /// The name of an item of the guide of one of `kinds`, shown as `placeholder`.
    case name(String, [ItemKind])
    /// The name of one of the tool's commands.
    case command
    /// One of the guide's levels (`Catalog.levels`), checked once the guide is loaded.
    case level

    var placeholder: String? {
        switch self {
        case .none: nil
        case .text(let placeholder), .choice(let placeholder, _), .name(let placeholder, _): placeholder
        case .number: "N"
        case .file: "FILE"
        case .directory: "DIR"
        case .command: "COMMAND"
        case .level: "LEVEL"
        }
    }
}

/// An option, and the kind of its value.
struct OptionSpec: Sendable {
    let name: String
    var short: Character? = nil
    var value: ValueKind = .none
    /// Whether it may be given several times, each value kept.
    var repeatable = false
    /// Whether its value is a name that may run over several words unquoted (`--role ml engineer`),
    /// for commands that take no positional argument to confuse them with.
    var takesWords = false
    let help: String

    var isFlag: Bool { value == .none }
    var placeholder: String? { value.placeholder }
    /// The values it accepts, if it is a choice.
    var choices: [String] {
        if case .choice(_, let values) = value { return values }
        return []
    }

    /// Its help and then its choices, if any, as help and the man page show it. The help says what the
    /// value is: nothing else is added, so that nothing is said twice.
    var shownHelp: String { choices.isEmpty ? help : "\(help) (\(choices.joined(separator: ", ")))" }

    /// "-l, --level LEVEL" as help shows it.
    var synopsis: String {
        let long = "--\(name)" + (placeholder.map { " \($0)" } ?? "")
        return short.map { "-\($0), \(long)" } ?? "    \(long)"
    }
}

/// What a command produced: text for people, JSON for scripts, and notes for stderr.
/// The JSON is built only when asked for: encoding it is most of the work of a text run otherwise.
struct CommandOutput: Sendable {
    var document: Document
    let makeJSON: @Sendable () -> JSON
    /// Warnings and notes that go to stderr whatever the output format.
    var notes: [String] = []
    /// Non-zero for output that reports a failure (`validate` on a broken guide).
    var exitCode: Int32 = 0

    init(document: Document, json: @autoclosure @escaping @Sendable () -> JSON, notes: [String] = [], exitCode: Int32 = 0) {
        self.document = document
        self.makeJSON = json
        self.notes = notes
        self.exitCode = exitCode
    }
}
