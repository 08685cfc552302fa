import CareerCore

/// Every way a run can fail, each mapped to its exit code in one place.
enum CLIError: Error, Equatable, Sendable {
    /// The command line is wrong: exit 2.
    case usage(String, hint: String?)
    /// Nothing answers the question, or several things do: exit 1.
    case notFound(String, hint: String?)
    /// The work could not be done (a broken guide, a file that cannot be written): exit 1.
    case failed(String, hint: String?)

    var exitCode: Int32 {
        switch self {
        case .usage: 2
        case .notFound, .failed: 1
        }
    }

    var message: String {
        switch self {
        case .usage(let message, _), .notFound(let message, _), .failed(let message, _): message
        }
    }

    var hint: String? {
        switch self {
        case .usage(_, let hint), .notFound(_, let hint), .failed(_, let hint): hint
        }
    }

    /// What stderr shows: "careers: message" and, on a second line, "hint: …". Messages quote what
    /// the user typed, so control characters in it are shown escaped, never sent to the terminal.
    var report: String {
        // A failure may list problems, one per line: each line is escaped on its own.
        var text = ControlCharacters.escaping(message)
        if case .failed = self {
            text = message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { ControlCharacters.escaping(String($0)) }.joined(separator: "\n")
        }
        return "careers: \(text)\n" + (hint.map { "hint: \(ControlCharacters.escaping($0))\n" } ?? "")
    }

    /// `text` as one word a shell reads back as it is, for commands shown in hints: as it is when it
    /// holds nothing a shell treats specially, else quoted ("my guide").
    static func shellWord(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789/._-+,:@%=".unicodeScalars.contains($0) }
        if plain { return text }
        if !text.contains(where: { "\"$`\\!".contains($0) }) { return "\"" + text + "\"" }
        return "'" + text.replacing("'", with: "'\\''") + "'"
    }

    static func didYouMean(_ candidates: [String], then rest: String) -> String {
        guard !candidates.isEmpty else { return rest }
        let quoted = candidates.map { "'\($0)'" }
        return "Did you mean \(listed(quoted, "or"))? \(rest)"
    }
}
