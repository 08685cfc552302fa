/// Splits argv into tokens before anything knows which options exist (after lexopt):
/// `--name`, `--name=value`, a group of short flags `-abc`, and plain values. `--` ends options.
enum Token: Equatable, Sendable {
    case long(String, value: String?)
    case shorts(String)
    case value(String)
}

enum Lexer {
    static func tokens(_ arguments: [String]) -> [Token] {
        var tokens: [Token] = []
        var optionsEnded = false
        for argument in arguments {
            if optionsEnded {
                tokens.append(.value(argument))
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    tokens.append(.long(String(body[..<equals]), value: String(body[body.index(after: equals)...])))
                } else {
                    tokens.append(.long(String(body), value: nil))
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                tokens.append(.shorts(String(argument.dropFirst())))
            } else {
                tokens.append(.value(argument))
            }
        }
        return tokens
    }
}
