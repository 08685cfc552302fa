import CareerCore

/// What Tab offers on a command line being typed, worked out from the command table alone, with the
/// names of the guide in use. The shells' scripts (`careers completions SHELL`) ask for it through the
/// hidden command `careers __complete WORD…`: the words typed after `careers`, unquoted, the last one
/// the word being completed (empty at the start of a new word). Asking the program each time keeps the
/// names current: a script never holds a list of them.
struct Completion {
    /// The hidden command; not in the table, so neither help nor the man page shows it.
    static let command = "__complete"

    enum Reply: Equatable {
        /// These words, to be quoted by the shell as it inserts them.
        case words([Candidate])
        /// A file name, completed by the shell itself.
        case files
        case directories
    }

    struct Candidate: Equatable {
        let word: String
        /// A few words saying what it is, for the shells that show them.
        var description = ""
    }

    let table: CommandTable

    /// The reply to `words` (at least one: the word being completed). `guide` gives the guide in use,
    /// given the `--content` the words name (nil when they name none), only once names are needed.
    func reply(to words: [String], guide: (String?) -> Catalog?) -> Reply {
        let current = words.last ?? ""
        let line = Line(table: table, words: words.dropLast())
        let catalog = { guide(line.content) }
        if line.unknownCommand { return .words([]) }
        if let option = line.pending {
            return reply(for: option.value, earlier: [], current: current, catalog: catalog)
        }
        if !line.optionsEnded, current.hasPrefix("-") {
            if case .long(let name, let value?) = Lexer.token(current), let option = table.option(named: name, in: line.command) {
                guard case .words(let candidates) = reply(for: option.value, earlier: [], current: value, catalog: catalog)
                else { return .words([]) }
                return .words(candidates.map { Candidate(word: "--\(name)=" + $0.word, description: $0.description) })
            }
            return .words(options(matching: current, in: line.command))
        }
        guard let command = line.command else {
            return .words(
                table.commands.flatMap { command in
                    command.allNames.filter { $0.hasPrefix(current) }.map { Candidate(word: $0, description: command.summary) }
                })
        }
        var positional: Reply = .words([])
        if let option = line.wordsOption, command.argument == nil {
            positional = reply(for: option.value, earlier: line.optionWords, current: current, catalog: catalog)
        } else if let argument = command.argument {
            if let leading = argument.leadingChoice, line.arguments.isEmpty {
                positional = .words(leading.choices.filter { $0.hasPrefix(current.lowercased()) }.map { Candidate(word: $0) })
            } else if let value = argument.value {
                let earlier = argument.leadingChoice == nil ? line.arguments : Array(line.arguments.dropFirst())
                if !argument.oneWord || earlier.isEmpty {
                    positional = reply(for: value, earlier: earlier, current: current, several: argument.repeatable, catalog: catalog)
                }
            }
        }
        // At the start of a word with nothing else to offer, the options are what can come next.
        if current.isEmpty, positional == .words([]) { return .words(options(matching: "", in: command)) }
        return positional
    }

    /// The reply for a value of the kind `kind`; `earlier` are the words already typed of a name that runs
    /// over several words unquoted.
    private func reply(
        for kind: ValueKind, earlier: [String], current: String, several: Bool = false,
        catalog: () -> Catalog?
    ) -> Reply {
        switch kind {
        case .none, .text, .number: .words([])
        case .choice(_, let values): .words(values.filter { startsCaselessly($0, with: current) }.map { Candidate(word: $0) })
        case .file: .files
        case .directory: .directories
        case .command:
            .words(table.commands.map(\.name).filter { $0.hasPrefix(current) }.map { Candidate(word: $0) })
        case .name(_, let kinds):
            .words(catalog().map { Self.names(of: kinds, in: $0, after: earlier, current: current, several: several) } ?? [])
        case .level:
            .words((catalog()?.listedLevels ?? []).map(\.id).filter { startsCaselessly($0, with: current) }.map { Candidate(word: $0) })
        }
    }

    private func options(matching prefix: String, in command: CommandSpec?) -> [Candidate] {
        table.options(in: command).map { Candidate(word: "--\($0.name)", description: $0.help) }.filter {
            $0.word.hasPrefix(prefix)
        }
    }

    /// The names (and aliases) of items of `kinds` that begin with what is typed, ignoring case. A name runs
    /// over several words unquoted, so the words typed before `current` may be its start: the candidates
    /// are then the rest of the name, from `current` on. Where several names may follow one another
    /// (`mark done python linear al`), the longest run of earlier words that begins a name is taken; after a
    /// comma, a new name begins.
    static func names(
        of kinds: [ItemKind], in catalog: Catalog, after earlier: [String], current: String, several: Bool = false
    ) -> [Candidate] {
        var earlier = earlier
        var current = current
        var kept = ""
        if let comma = current.lastIndex(where: { $0 == "," || $0 == ";" }) {
            let rest = current[current.index(after: comma)...]
            let start = rest.firstIndex { $0 != " " } ?? rest.endIndex
            kept = String(current[..<start])
            current = String(rest[start...])
            earlier = []
        } else if let comma = earlier.lastIndex(where: { $0.contains(",") || $0.contains(";") }) {
            earlier = Array(earlier[(comma + 1)...])
        }
        for start in several ? Array(earlier.indices) + [earlier.endIndex] : [earlier.startIndex] {
            let typed = (earlier[start...] + [current]).joined(separator: " ")
            let matching = catalog.names(of: kinds, beginningWith: typed).filter { startsCaselessly($0.text, with: typed) }
            guard !matching.isEmpty else { continue }
            // An alias is offered only where its item's name is not; an item the words before already name in
            // full, not again ("compare ds <Tab>" does not offer Data Scientist).
            let named = Set(matching.filter(\.isName).map(\.itemKey))
            let given = several ? Self.items(namedBy: earlier[..<start], kinds: kinds, in: catalog) : [:]
            var seen: Set<String> = []
            return matching.compactMap { match in
                let word = kept + String(match.text.dropFirst(typed.count - current.count))
                guard match.isName || !named.contains(match.itemKey), given[match.kind]?.contains(match.item) != true,
                    seen.insert(word).inserted
                else { return nil }
                return Candidate(word: word, description: match.kind.label)
            }
        }
        return []
    }
}

extension Completion {
    /// The items that `words` name exactly (`NameResolver.exactNames`): by kind, each item's index.
    fileprivate static func items(namedBy words: ArraySlice<String>, kinds: [ItemKind], in catalog: Catalog) -> [ItemKind: Set<Int>] {
        var items: [ItemKind: Set<Int>] = [:]
        for ref in NameResolver(catalog: catalog, kinds: kinds).exactNames(in: words) {
            if let index = catalog.index(of: ref) { items[ref.kind, default: []].insert(index) }
        }
        return items
    }
}

/// Whether `text` begins with `prefix`, ignoring case, character by character.
private func startsCaselessly(_ text: String, with prefix: String) -> Bool {
    text.count >= prefix.count && zip(text, prefix).allSatisfy { $0.lowercased() == $1.lowercased() }
}

extension Completion {
    /// The words before the one being completed, read as the parser reads them (by the same lexer and
    /// short-option rule), leniently: what is wrong there is the parser's to report when the line is run.
    struct Line {
        var command: CommandSpec?
        var unknownCommand = false
        /// An option whose value is the word being completed.
        var pending: OptionSpec?
        /// An option whose name runs over several words unquoted, and its words so far.
        var wordsOption: OptionSpec?
        var optionWords: [String] = []
        var arguments: [String] = []
        /// The guide the words name with `--content`.
        var content: String?
        private var lexer = Lexer()

        var optionsEnded: Bool { lexer.optionsEnded }

        init(table: CommandTable, words: ArraySlice<String>) {
            for word in words {
                // An option's value is the next word, whatever it looks like.
                if let option = pending {
                    take(option, word)
                    if option.takesWords { (wordsOption, optionWords) = (option, [word]) }
                    continue
                }
                switch lexer.token(word) {
                case nil: break
                case .long(let name, let inline):
                    wordsOption = nil
                    guard let option = table.option(named: name, in: command), !option.isFlag else { continue }
                    if let inline { take(option, inline) } else { pending = option }
                case .shorts(let group):
                    wordsOption = nil
                    // Only the last letter can take a value: the rest of the group, or else the next word.
                    guard let last = table.shortOptions(group, in: command).last, let option = last.option, !option.isFlag
                    else { continue }
                    if let inline = last.inline { take(option, inline) } else { pending = option }
                case .value(let word):
                    if wordsOption != nil, command?.argument == nil {
                        optionWords.append(word)
                    } else if command == nil, !unknownCommand {
                        command = table.command(named: word)
                        unknownCommand = command == nil
                    } else {
                        arguments.append(word)
                    }
                }
            }
        }

        private mutating func take(_ option: OptionSpec, _ value: String) {
            pending = nil
            if option.name == CommandTable.content.name { content = value }
        }
    }
}

extension Completion.Reply {
    /// The reply as the scripts read it: `words`, `files` or `directories` on the first line, then one
    /// candidate a line, with a tab before its description. (The guide's names hold no control characters.)
    var text: String {
        switch self {
        case .files: "files\n"
        case .directories: "directories\n"
        case .words(let candidates):
            "words\n" + candidates.map { $0.word + ($0.description.isEmpty ? "" : "\t" + $0.description) + "\n" }.joined()
        }
    }
}
