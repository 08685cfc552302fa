/// Splits argv into tokens before anything knows which options exist (after lexopt):
/// `--name`, `--name=value`, a group of short flags `-abc`, and plain values. `--` ends options.
enum Token: Equatable, Sendable {
    case long(String, value: String?)
    case shorts(String)
    case value(String)
}

/// Reads argv word by word: the parser reads a whole command line, completion the words before the one
/// being completed.
struct Lexer {
    /// Whether `--` has been read: every word after it is a value.
    private(set) var optionsEnded = false

    static func tokens(_ arguments: [String]) -> [Token] {
        var lexer = Lexer()
        return arguments.compactMap { lexer.token($0) }
    }

    /// The next word's token; nil for the `--` that ends options.
    mutating func token(_ argument: String) -> Token? {
        if optionsEnded { return .value(argument) }
        if argument == "--" {
            optionsEnded = true
            return nil
        }
        return Self.token(argument)
    }

    /// The token of a word read while options have not ended (and not `--` itself).
    static func token(_ argument: String) -> Token {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                return .long(String(body[..<equals]), value: String(body[body.index(after: equals)...]))
            }
            return .long(String(body), value: nil)
        }
        if argument.hasPrefix("-"), argument.count > 1 { return .shorts(String(argument.dropFirst())) }
        return .value(argument)
    }
}
