/// A parsed command line: which command, the values of its options, its positional words,
/// and the global options.
struct Invocation: Sendable, Equatable {
    var command: String?
    /// Option name → values in the order given ("" for a flag).
    var options: [String: [String]] = [:]
    /// The first word, for a command that takes one from a list (`done` in `careers mark done python`).
    var leadingChoice: String?
    var arguments: [String] = []
    var json = false
    var color: ColorChoice = .auto
    var help = false
    var version = false

    /// The last value of an option (a later one overrides an earlier one).
    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
    func flag(_ name: String) -> Bool { options[name] != nil }

    /// The positional words as one name: `careers show ml engineer` names "ml engineer".
    var argument: String { arguments.joined(separator: " ") }
}
