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

    /// The value of `option` as given last (a later one overrides an earlier one); the parser has checked
    /// it against the option's `ValueKind`.
    func text(_ option: OptionSpec) -> String? { options[option.name]?.last }
    /// Every value of a repeatable option, in order.
    func texts(_ option: OptionSpec) -> [String] { options[option.name] ?? [] }
    /// Whether the option was given at all.
    func isSet(_ option: OptionSpec) -> Bool { options[option.name] != nil }
    /// The value of a `.number` option.
    func number(_ option: OptionSpec) -> Int? { text(option).flatMap { Int($0) } }
    /// The value of a `.choice` option, as the type whose raw values are its choices.
    func choice<Choice: RawRepresentable>(_ option: OptionSpec, as type: Choice.Type = Choice.self) -> Choice?
    where Choice.RawValue == String {
        text(option).flatMap(Choice.init(rawValue:))
    }

    /// The positional words as one name: `careers show ml engineer` names "ml engineer".
    var argument: String { arguments.joined(separator: " ") }
}
