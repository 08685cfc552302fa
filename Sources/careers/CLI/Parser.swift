import CareerCore

/// Turns argv into an `Invocation` using the command table alone, or says precisely what is wrong.
struct Parser {
    let table: CommandTable

    func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
        let tokens = Lexer.tokens(arguments)
        var invocation = Invocation()
        invocation.help = tokens.contains { token in
            switch token {
            case .long("help", _): true
            case .shorts(let group): asksForHelp(group)
            default: false
            }
        }
        var command: CommandSpec?
        var wordsFor: String?  // the option whose value the next bare words continue
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if case .value = token {} else { wordsFor = nil }
            switch token {
            case .value(let word):
                // Bare words after an option that takes words continue its value, unless the command takes
                // other words as its argument (they continue it too where both name the same: `gap --role data scientist`).
                if let option = wordsFor, command?.argument == nil || command?.argument?.value == table.option(named: option, in: command)?.value,
                    var values = invocation.options[option]
                {
                    values[values.count - 1] += " " + word
                    invocation.options[option] = values
                } else if invocation.command == nil {
                    guard let found = table.command(named: word) else { throw table.unknownCommand(word) }
                    command = found
                    invocation.command = found.name
                } else {
                    try checkLength(word, of: command?.argument?.value, what: command?.argument?.placeholder ?? "word")
                    invocation.arguments.append(word)
                }
            case .long(let name, let inline):
                guard let option = table.option(named: name, in: command) else {
                    if invocation.help { continue }
                    throw unknownOption("--\(name)", in: command)
                }
                try take(option, spelled: "--\(name)", inline: inline, tokens: tokens, index: &index, into: &invocation)
                if option.takesWords, inline == nil { wordsFor = option.name }
            case .shorts(let group):
                let letters = table.shortOptions(group, in: command)
                for (position, (letter, option, inline)) in letters.enumerated() {
                    guard let option else {
                        if invocation.help { continue }
                        throw unknownOption("-\(letter)", in: command)
                    }
                    try take(option, spelled: "-\(letter)", inline: inline, tokens: tokens, index: &index, into: &invocation)
                    if option.takesWords, inline == nil, position == letters.count - 1 { wordsFor = option.name }
                }
            }
        }
        if invocation.help || invocation.version { return invocation }
        if let command {
            try checkArguments(of: command, &invocation)
        } else if !invocation.arguments.isEmpty {
            throw table.unknownCommand(invocation.arguments[0])
        }
        return invocation
    }

    /// Whether a group of short options (`-h`, `-xh`) holds `-h` as an option, not inside the value of an
    /// option that takes the rest of the group (`-cmath` is `--category math`).
    private func asksForHelp(_ group: String) -> Bool {
        let shorts = (table.commands.flatMap(\.options) + table.globalOptions).filter { $0.short != nil }
        for letter in group {
            if letter == CommandTable.help.short { return true }
            // An option that takes a value takes the rest of the group; an unknown letter ends the scan too.
            guard let option = shorts.first(where: { $0.short == letter }), option.isFlag else { return false }
        }
        return false
    }

    private func take(
        _ option: OptionSpec, spelled: String, inline: String?, tokens: [Token], index: inout Int,
        into invocation: inout Invocation
    ) throws(CLIError) {
        let value: String
        if option.isFlag {
            if let inline {
                throw CLIError.usage(
                    "option '\(spelled)' takes no value, but was given '\(inline)'", hint: "Write '\(spelled)' on its own.")
            }
            value = ""
        } else if let inline {
            value = inline
        } else if index < tokens.count, case .value(let next) = tokens[index] {
            value = next
            index += 1
        } else if index < tokens.count, case .shorts(let group) = tokens[index], group.allSatisfy(\.isNumber) {
            // `--limit -1`, `--phase -1`: a negative number (no option is a digit), refused below as a value, not
            // as a missing one.
            value = "-" + group
            index += 1
        } else {
            throw CLIError.usage(
                "option '\(spelled)' needs a value",
                hint: "Write '\(spelled) \(option.placeholder ?? "VALUE")'" + choiceList(option) + ".")
        }
        try checkLength(value, of: option.value, what: "value of '\(spelled)'")
        switch option.name {
        case "json": invocation.json = true
        case "help": invocation.help = true
        case "version": invocation.version = true
        case "color": invocation.color = ColorChoice(rawValue: try choose(value, for: option, spelled: spelled)) ?? .auto
        default:
            let checked: String
            switch option.value {
            case .choice: checked = try choose(value, for: option, spelled: spelled)
            case .number:
                guard let number = Int(value), number > 0 else {
                    throw CLIError.usage(
                        "'\(value.excerpt())' is not a valid number for '\(spelled)'",
                        hint: "Give a whole number of 1 or more, e.g. \(spelled) 5.")
                }
                checked = String(number)
            default: checked = value
            }
            invocation.options[option.name, default: []].append(checked)
        }
    }

    /// Refuses a word over its limit (`InputLimits`): a path may be as long as the system allows, any
    /// other word 1,000 characters. The message quotes only the start of it.
    private func checkLength(_ word: String, of kind: ValueKind?, what: String) throws(CLIError) {
        let isPath = kind == .file || kind == .directory
        let (size, limit, unit) =
            isPath ? (word.utf8.count, InputLimits.path, "bytes") : (word.count, InputLimits.word, "characters")
        guard size > limit else { return }
        throw CLIError.usage(
            "the \(what) '\(word.excerpt(limit: 30))' is \(size) \(unit) long, over the limit of \(limit)",
            hint: "Give a shorter one.")
    }

    private func choose(_ value: String, for option: OptionSpec, spelled: String) throws(CLIError) -> String {
        try Self.choose(value, among: option.choices, for: spelled)
    }

    /// The one of `choices` that `value` is, ignoring case, then spaces and punctuation ("job zone 3" for
    /// job-zone-3) or a plural's s ("roles" for role); else a usage error naming them all.
    static func choose(_ value: String, among choices: [String], for spelled: String) throws(CLIError) -> String {
        if let choice = choices.first(where: { $0.lowercased() == value.lowercased() }) { return choice }
        let key = TextFolding.key(value)
        let folded = choices.filter { TextFolding.key($0) == key || TextFolding.key($0) + "s" == key }
        if folded.count == 1 { return folded[0] }
        let near = NearestWords.nearest(to: value, among: choices)
        throw CLIError.usage(
            "'\(value)' is not a valid value for '\(spelled)'",
            hint: CLIError.didYouMean(near, then: "Valid values: \(choices.joined(separator: ", "))."))
    }

    private func choiceList(_ option: OptionSpec) -> String {
        option.choices.isEmpty ? "" : " (one of: \(option.choices.joined(separator: ", ")))"
    }

    /// Checks the positional words against the command's argument, taking its leading choice out of them.
    private func checkArguments(of command: CommandSpec, _ invocation: inout Invocation) throws(CLIError) {
        if let leading = command.argument?.leadingChoice {
            let choices = leading.choices.joined(separator: ", ")
            guard let word = invocation.arguments.first else {
                throw CLIError.usage(
                    "'careers \(command.name)' needs a \(leading.placeholder): one of \(choices)",
                    hint: command.examples.first.map { "For example: \($0.command)" } ?? "See 'careers help \(command.name)'.")
            }
            guard let choice = leading.choices.first(where: { $0.lowercased() == word.lowercased() }) else {
                let near = NearestWords.nearest(to: word, among: leading.choices)
                throw CLIError.usage(
                    "'\(word)' is not a valid \(leading.placeholder) for 'careers \(command.name)'",
                    hint: CLIError.didYouMean(near, then: "Valid values: \(choices)."))
            }
            invocation.leadingChoice = choice
            invocation.arguments.removeFirst()
        }
        let arguments = invocation.arguments
        guard let argument = command.argument else {
            if !arguments.isEmpty {
                let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
                throw CLIError.usage(
                    "'careers \(command.name)' takes no arguments, but was given \(quoted)",
                    hint: "See 'careers help \(command.name)' for its usage.")
            }
            return
        }
        if argument.oneWord, arguments.count > 1 {
            let quoted = arguments.dropFirst().map { "'\($0)'" }.joined(separator: " ")
            throw CLIError.usage(
                "'careers \(command.name)' takes one \(argument.placeholder), but was also given \(quoted)",
                hint: "Quote a \(argument.placeholder) with spaces in it.")
        }
        if argument.required, arguments.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw CLIError.usage(
                "'careers \(command.name)' needs \(argument.words.count == 1 ? "a " : "")\(argument.words.joined(separator: " and "))",
                hint: command.examples.first.map { "For example: \($0.command)" } ?? "See 'careers help \(command.name)'.")
        }
    }

    private func unknownOption(_ spelled: String, in command: CommandSpec?) -> CLIError {
        let available = table.options(in: command)
        let near = NearestWords.nearest(to: spelled, among: available.map { "--\($0.name)" })
        let elsewhere = command == nil && table.commands.contains { $0.options.contains { "--\($0.name)" == spelled } }
        let rest =
            elsewhere
            ? "A command's options go after the command."
            : "Run 'careers help\(command.map { " \($0.name)" } ?? "")' for its options."
        let what = command.map { " for 'careers \($0.name)'" } ?? ""
        return .usage("unknown option '\(spelled)'\(what)", hint: CLIError.didYouMean(near, then: rest))
    }
}
